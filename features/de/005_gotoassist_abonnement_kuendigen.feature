# language: de
# Artikel 005 (deutsche Fassung): „Wie kündige ich meinen Abonnementplan für GoToAssist Remote Support v5?“
@article_005 @gotoassist_rs_v5 @self_service
Funktionalität: Den Abonnementplan für GoToAssist Remote Support v5 kündigen
  Der Plan verlängert sich am Ende des monatlichen oder jährlichen Abrechnungszeitraums automatisch.
  Der Rechnungskontakt des Kontos kann die nächste Zahlung jederzeit kündigen und das Abonnement
  reaktivieren, bevor der Plan abläuft.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Szenario: Das Abonnement kündigen: das Ablaufdatum, die E-Mail und „Kündigung ausstehend“
    Angenommen ein Konto vom Typ Self-Service mit "GoToAssist Remote Support v5" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Wenn ich auf der Seite Abonnements beim Produkt "GoToAssist Remote Support v5" oben rechts auf das Symbol "Optionen" und dann auf "Abonnement kündigen" klicke
    Dann öffnet sich das Bestätigungsfenster als modales Fenster und nennt den Ablauf des Plans am Ende des Abrechnungszeitraums
    Wenn ich die Informationen im Bestätigungsfenster prüfe und auf "Ja, kündigen" klicke
    Dann wird eine Bestätigung angezeigt, die nennt, wann mein Abonnementplan abläuft
    Und erhalte ich an die E-Mail-Adresse meines Kontos eine Bestätigung der Kündigung mit dem Ablaufdatum
    Wenn ich im Bestätigungsfenster auf "Schließen" klicke
    Dann zeigt die Seite Abonnements unter dem Produkt "GoToAssist Remote Support v5" die Meldung "Kündigung ausstehend"
    Und bietet das Menü "Optionen" von "GoToAssist Remote Support v5" "Reaktivieren" an, aber nicht mehr "Abonnement bearbeiten" oder "Abonnement kündigen"
    Und bleibt nichts zurück: der Warenkorb in der Kopfzeile und die Warenkorbseite sind leer, keine Bestellung wurde berechnet und das Guthaben des Kontos ist wie zuvor

  @verifies:005.intro-2 @verifies:005.intro-7
  Szenario: Meinung geändert: das Abonnement wird vor dem Ablauf reaktiviert
    Angenommen ein Self-Service-Konto mit "GoToAssist Remote Support v5" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich", 225,00 € bezahlt für den Zeitraum ab 1. November 2026, und heute ist der 30. November 2026
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Wenn ich auf der Seite Abonnements beim Produkt "GoToAssist Remote Support v5" oben rechts auf das Symbol "Optionen" und dann auf "Abonnement kündigen" klicke
    Und ich die Informationen im Bestätigungsfenster prüfe und auf "Ja, kündigen" klicke
    Und ich im Bestätigungsfenster auf "Schließen" klicke
    Und ich beim Produkt "GoToAssist Remote Support v5" auf das Symbol "Optionen" und dann auf "Reaktivieren" klicke
    Dann ist das Abonnement reaktiviert: es verlängert sich wieder am Ende des Abrechnungszeitraums

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Szenario: Esc schließt das Bestätigungsfenster, ohne etwas zu kündigen
    Angenommen ein Konto vom Typ Self-Service mit "GoToAssist Remote Support v5" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Wenn ich auf der Seite Abonnements beim Produkt "GoToAssist Remote Support v5" oben rechts auf das Symbol "Optionen" und dann auf "Abonnement kündigen" klicke
    Dann öffnet sich das Bestätigungsfenster als modales Fenster und nennt den Ablauf des Plans am Ende des Abrechnungszeitraums
    Wenn ich die Taste Esc drücke
    Dann bleibt das Abonnement von "GoToAssist Remote Support v5" aktiv: kein "Kündigung ausstehend", keine E-Mail, die Verlängerung bleibt am nächsten Abrechnungsdatum

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Szenario: Nach dem Ablauf wird der Plan nicht verlängert und „Reaktivieren“ wird abgelehnt
    Angenommen ein Self-Service-Konto mit "GoToAssist Remote Support v5" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich", 225,00 € bezahlt für den Zeitraum ab 1. November 2026, und heute ist der 30. November 2026
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Wenn ich auf der Seite Abonnements beim Produkt "GoToAssist Remote Support v5" oben rechts auf das Symbol "Optionen" und dann auf "Abonnement kündigen" klicke
    Und ich die Informationen im Bestätigungsfenster prüfe und auf "Ja, kündigen" klicke
    Und ich im Bestätigungsfenster auf "Schließen" klicke
    Und der Tag kommt, an dem der Plan abläuft
    Und ich beim Produkt "GoToAssist Remote Support v5" auf das Symbol "Optionen" und dann auf "Reaktivieren" klicke
    Dann wird die Reaktivierung mit der Meldung "Dieses Abonnement ist beendet und kann nicht mehr reaktiviert werden. Fügen Sie es mit „Neues Abonnement hinzufügen“ erneut hinzu." abgelehnt
    Und ist das Abonnement von "GoToAssist Remote Support v5" ohne Verlängerung und ohne das Symbol "Optionen" beendet, und 40 Tage später wurde nichts verlängert oder abgebucht

  @verifies:005.intro-2
  Szenario: Eine kostenlose Testversion wird nicht gekündigt: sie läuft von selbst ab
    Angenommen ein Konto mit einer kostenlosen Testversion von "GoToAssist Remote Support v5" "Standard", vor 4 Tagen begonnen
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Dann bietet das Menü "Optionen" von "GoToAssist Remote Support v5" kein "Abonnement kündigen": die Testversion endet von selbst am Ende des Testzeitraums

  @verifies:005.intro-2
  Szenario: Eine kostenlose Testversion läuft bis zu ihrem letzten Tag und ist am Tag darauf beendet
    Angenommen ein Konto mit einer kostenlosen Testversion von "GoToAssist Remote Support v5" "Standard" an ihrem letzten Tag
    Und ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Dann zeigt die Karte von "GoToAssist Remote Support v5" noch die kostenlose Testversion, die heute endet, mit dem Symbol "Optionen"
    Wenn der nächste Tag kommt und ich das "Billing Center" wieder öffne
    Dann sehe ich beim Produkt "GoToAssist Remote Support v5" kein Symbol "Optionen", sondern "Jetzt abonnieren"
    Und bleibt nichts zurück: der Warenkorb in der Kopfzeile und die Warenkorbseite sind leer, keine Bestellung wurde berechnet und das Guthaben des Kontos ist wie zuvor

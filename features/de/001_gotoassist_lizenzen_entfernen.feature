# language: de
# Artikel 001 (deutsche Fassung): "Wie entferne ich Benutzerlizenzen aus meinem GoToAssist Remote Support v5-Abonnementplan?"
@article_001 @gotoassist_rs_v5 @self_service
Funktionalität: Benutzerlizenzen aus dem GoToAssist Remote Support v5-Abonnementplan entfernen
  Rechnungskontakte können jederzeit Benutzerlizenzen aus einem bestehenden Abonnementplan entfernen.
  Änderungen gelten sofort und werden anteilig mit dem aktuellen Kontostand verrechnet.

  @smoke @purchase @verifies:001.intro-1 @verifies:001.intro-2 @verifies:001.1 @verifies:001.2 @verifies:001.3 @verifies:001.4 @verifies:001.5 @verifies:001.6 @verifies:001.result-1
  Szenario: Weniger Benutzerlizenzen: ein Guthaben bleibt, keine Zahlung wird verlangt
    Angenommen ein Konto vom Typ Self-Service mit "GoToAssist Remote Support v5" "Standard", 10 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToAssist Remote Support v5" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 4 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich nicht zur Zahlung aufgefordert
    Wenn ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und bleibt ein Guthaben auf dem Konto
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @verifies:001.tip-1
  Szenario: Die Bestellung auf der Kasse ändern: die Auswahl bleibt erhalten
    Angenommen ein Konto vom Typ Self-Service mit "GoToAssist Remote Support v5" "Standard", 10 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToAssist Remote Support v5" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 6 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich mit "Bestellung ändern" zur Auswahl zurückkehre
    Dann sind meine Auswahlen erhalten
    Wenn ich die Anzahl der Benutzerlizenzen auf 5 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

  @purchase @verifies:001.troubleshooting-1
  Szenario: Eine abgelaufene Testversion zeigt "Jetzt abonnieren" statt des Optionssymbols
    Angenommen ein Konto mit einer abgelaufenen kostenlosen Testversion von "GoToAssist Remote Support v5" "Standard"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann sehe ich beim Produkt "GoToAssist Remote Support v5" kein Symbol "Optionen", sondern "Jetzt abonnieren"
    Wenn ich beim Produkt "GoToAssist Remote Support v5" auf "Jetzt abonnieren" klicke
    Und ich die Anzahl der Benutzerlizenzen auf 3 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @corporate @verifies:001.note-1
  Szenario: Ein Firmenkonto verwaltet die Abrechnung im Corporate Billing Portal
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann werde ich zum "Corporate Billing Portal" mit seinen häufig gestellten Fragen und dem Formular für meinen Vertreter geleitet

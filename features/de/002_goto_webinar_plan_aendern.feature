# language: de
# Artikel 002 (deutsche Fassung): "Wie kann ich meinen aktuellen GoTo Webinar-Abonnementplan ändern?"
@article_002 @goto_webinar @self_service
Funktionalität: Den aktuellen GoTo Webinar-Abonnementplan ändern
  Der Rechnungskontakt Ihres Kontos kann den GoTo Webinar-Abonnementplan jederzeit ändern, um
  erweiterte Funktionen freizuschalten, weitere Benutzerlizenzen hinzuzufügen oder den
  Abrechnungszeitraum zu ändern. Änderungen gelten sofort und werden anteilig mit dem aktuellen
  Kontostand verrechnet.

  Grundlage:
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe

  @smoke @purchase
  Szenario: Auf einen höheren Plan mit mehr Benutzerlizenzen wechseln
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich den Plan "Pro" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf
    Und weise ich die neuen Lizenzen meinen Benutzern zu

  @purchase
  Szenario: Weniger Benutzerlizenzen und jährliche Abrechnung
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 3 ändere
    Und ich die Abrechnungshäufigkeit "Jährlich" wähle
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

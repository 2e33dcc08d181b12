# language: de
# Artikel 000 (deutsche Fassung): "Wie entferne ich Benutzerlizenzen aus meinem OpenVoice-Abonnementplan?"
@article_000 @openvoice @self_service
Funktionalität: Benutzerlizenzen aus dem OpenVoice-Abonnementplan entfernen
  Rechnungskontakte können jederzeit Benutzerlizenzen aus einem bestehenden Abonnementplan entfernen.
  Änderungen gelten sofort und werden anteilig mit dem aktuellen Kontostand verrechnet.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Szenario: Weniger Benutzerlizenzen: ein Guthaben bleibt, keine Zahlung wird verlangt
    Angenommen ein Konto vom Typ Self-Service mit "OpenVoice" "Standard", 10 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "OpenVoice" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 4 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich nicht zur Zahlung aufgefordert
    Wenn ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und bleibt ein Guthaben auf dem Konto
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @verifies:000.tip-1
  Szenario: Die Bestellung auf der Kasse ändern: die Auswahl bleibt erhalten
    Angenommen ein Konto vom Typ Self-Service mit "OpenVoice" "Standard", 10 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "OpenVoice" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 6 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich mit "Bestellung ändern" zur Auswahl zurückkehre
    Dann sind meine Auswahlen erhalten
    Wenn ich die Anzahl der Benutzerlizenzen auf 5 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

  @purchase @verifies:000.troubleshooting-1
  Szenario: Eine abgelaufene Testversion zeigt "Jetzt abonnieren" statt des Optionssymbols
    Angenommen ein Konto mit einer abgelaufenen kostenlosen Testversion von "OpenVoice" "Standard"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann sehe ich beim Produkt "OpenVoice" kein Symbol "Optionen", sondern "Jetzt abonnieren"
    Wenn ich beim Produkt "OpenVoice" auf "Jetzt abonnieren" klicke
    Und ich die Anzahl der Benutzerlizenzen auf 3 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Szenario: Ein Firmenkonto verwaltet die Abrechnung im Corporate Billing Portal
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann werde ich zum "Corporate Billing Portal" mit seinen häufig gestellten Fragen und dem Formular für meinen Vertreter geleitet

  @not_billing_contact @verifies:000.intro-1
  Szenario: Wer kein Rechnungskontakt ist, sieht die Abonnements, kann sie aber nicht ändern
    Angenommen ein Self-Service-Konto, in dem ich kein Rechnungskontakt bin
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann sehe ich die Abonnements, aber ohne das Symbol "Optionen": nur ein Rechnungskontakt kann sie ändern

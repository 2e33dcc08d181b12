# language: de
# Artikel 009 (deutsche Fassung): "Wie füge ich meinem GoTo Meeting-Abonnementplan Benutzerlizenzen hinzu?"
@article_009 @gotomeeting
Funktionalität: Benutzerlizenzen über die Produktkarte hinzufügen
  Rechnungskontakte können einem bestehenden Abonnementplan jederzeit Benutzerlizenzen hinzufügen,
  direkt über die Karte des Produkts; die Änderung gilt sofort und wird anteilig mit dem Kontostand
  verrechnet.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Szenario: "Organisatoren hinzufügen": mehr Benutzerlizenzen, anteilig bezahlt und bereit zum Zuweisen
    Angenommen ein Konto vom Typ Self-Service mit "GoToMeeting" "Business", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToMeeting" "Organisatoren hinzufügen" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf
    Und weise ich die neuen Lizenzen meinen Benutzern zu

  @purchase @verifies:009.3 @verifies:009.4
  Szenario: Mit einem Artikel im Warenkorb: "In den Warenkorb", dann "Zur Kasse"
    Angenommen ein Konto vom Typ Self-Service mit einem Artikel im Warenkorb mit "GoToMeeting" "Business", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToMeeting" "Organisatoren hinzufügen" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 7 ändere
    Und ich die "Bestellübersicht" prüfe, "In den Warenkorb" und im Warenkorb "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @self_service @verifies:009.tip-1
  Szenario: "Bestellung ändern" führt zu den hinzugefügten Lizenzen zurück, die Auswahl bleibt erhalten
    Angenommen ein Konto vom Typ Self-Service mit "GoToMeeting" "Business", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToMeeting" "Organisatoren hinzufügen" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 9 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich mit "Bestellung ändern" zur Auswahl zurückkehre
    Dann sind meine Auswahlen erhalten
    Wenn ich die Anzahl der Benutzerlizenzen auf 10 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

  @not_billing_contact @verifies:009.intro-2
  Szenario: Wer nicht der Rechnungskontakt ist, kann keine Benutzerlizenzen hinzufügen
    Angenommen ein Self-Service-Konto, in dem ich kein Rechnungskontakt bin
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann gibt es beim Produkt "GoToMeeting" kein "Organisatoren hinzufügen": nur ein Rechnungskontakt kann Lizenzen hinzufügen

  @corporate @verifies:009.note-1
  Szenario: Ein Firmenkonto sieht etwas anderes: das Corporate Billing Portal
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann werde ich zum "Corporate Billing Portal" mit seinen häufig gestellten Fragen und dem Formular für meinen Vertreter geleitet

# language: de
# Artikel 004: "Wie kann ich ein Abonnement oder eine kostenlose Testversion für ein anderes Produkt hinzufügen?" (der Hinweis zu Schritt 8)
@article_004 @openvoice @self_service
Funktionalität: Ein Abonnement hinzufügen, wenn der Warenkorb schon einen Artikel enthält
  Der Hinweis zu Schritt 8: Wenn sich bereits ein oder mehrere Artikel im Warenkorb befinden, wird
  anstelle von „Zur Kasse“ die Option „In den Warenkorb“ angezeigt.

  Grundlage:
    Angenommen ein Konto vom Typ Self-Service mit einem Artikel im Warenkorb mit "GoToMeeting" "Business", 3 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe

  @purchase @verifies:004.note-2
  Szenario: Mit einem Artikel im Warenkorb: "In den Warenkorb", dann "Zur Kasse"
    Wenn ich im Billing Center "Neues Abonnement hinzufügen" wähle
    Und ich das Produkt "OpenVoice" wähle
    Und ich "Kaufen" wähle, um ein Abo zu erwerben
    Und ich die Abostufe "Business" auswähle
    Und ich 4 neue Benutzerlizenzen auswähle und dann "Weiter" wähle
    Und ich "Monatlich" als Abrechnungstarif wähle
    Und ich es mit "In den Warenkorb" hinzufüge und im Warenkorb "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf
    Und weise ich die neuen Lizenzen meinen Benutzern zu

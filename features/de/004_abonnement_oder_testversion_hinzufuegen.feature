# language: de
# Artikel 004: "Wie kann ich ein Abonnement oder eine kostenlose Testversion für ein anderes Produkt hinzufügen?"
@article_004 @openvoice @self_service
Funktionalität: Ein Abonnement oder eine kostenlose Testversion für ein anderes Produkt hinzufügen
  Abrechnungskontakte können jederzeit einen Abonnementplan oder eine kostenlose Testversion für ein
  anderes GoTo Produkt zu ihrem bestehenden Konto hinzufügen. Sie haben sofort Zugriff auf das neue
  Produkt.

  Grundlage:
    Angenommen ein Konto vom Typ Self-Service mit "GoToMeeting" "Business", 3 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Szenariogrundriss: Ein Abonnement kaufen: <produkt> "<stufe>", <lizenzen> Lizenzen, Abrechnung "<tarif>"
    Wenn ich im Billing Center "Neues Abonnement hinzufügen" wähle
    Und ich das Produkt "<produkt>" wähle
    Und ich "Kaufen" wähle, um ein Abo zu erwerben
    Und ich die Abostufe "<stufe>" auswähle
    Und ich <lizenzen> neue Benutzerlizenzen auswähle und dann "Weiter" wähle
    Und ich "<tarif>" als Abrechnungstarif wähle
    Und ich mit "Zur Kasse" fortfahre
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf
    Und weise ich die neuen Lizenzen meinen Benutzern zu

    Beispiele:
      | produkt      | stufe    | lizenzen | tarif     |
      | OpenVoice    | Business | 4        | Jährlich  |
      | GoTo Webinar | Standard | 2        | Monatlich |
      | GoTo Connect | Connect CX | 3      | Jährlich  |
      | GoTo Resolve | Premium  | 5        | Monatlich |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Szenario: Eine kostenlose Testversion anfordern
    Wenn ich im Billing Center "Neues Abonnement hinzufügen" wähle
    Und ich das Produkt "OpenVoice" wähle
    Und ich "Testen" wähle, um zuerst eine kostenlose Testversion anzufordern
    Und ich die Abostufe "Standard" auswähle
    Und ich 2 neue Benutzerlizenzen auswähle und dann "Weiter" wähle
    Und ich die Testversion mit "Testversion starten" starte
    Dann sehe ich den Bestätigungsbildschirm und erhalte eine Willkommens-E-Mail
    Und bleibt nichts zurück: der Warenkorb in der Kopfzeile und die Warenkorbseite sind leer, keine Bestellung wurde berechnet und das Guthaben des Kontos ist wie zuvor

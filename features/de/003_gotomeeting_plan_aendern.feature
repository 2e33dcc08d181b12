# language: de
# Artikel 003 (deutsche Fassung): "Wie ändere ich meinen aktuellen GoToMeeting-Abonnementplan?"
@article_003 @gotomeeting @self_service
Funktionalität: Den aktuellen GoToMeeting-Abonnementplan ändern
  Der Rechnungskontakt kann den GoToMeeting-Abonnementplan jederzeit ändern. Benutzerlizenzen lassen
  sich online verringern; für ein Downgrade auf einen niedrigeren Plan wenden Sie sich an den Support.

  Grundlage:
    Angenommen ein Konto vom Typ Self-Service mit "GoToMeeting" "Business", 6 Benutzerlizenzen und Abrechnung "Monatlich"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Szenario: Über die alte Adresse billing.logmeininc.com zu einem höheren Plan mit mehr Lizenzen
    Angenommen ich mich unter https://billing.logmeininc.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToMeeting" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich den Plan "Enterprise" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 9 ändere
    Und ich die Abrechnungshäufigkeit "Jährlich" wähle
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @verifies:003.intro-2
  Szenario: Ein Downgrade auf einen niedrigeren Plan geht nicht online: "Support kontaktieren"
    Angenommen ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoToMeeting" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich den Plan "Professional" wähle
    Dann wird der Planwechsel online abgelehnt, mit dem Link "Support kontaktieren"

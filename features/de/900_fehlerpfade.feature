# language: de
# Nicht aus einem Artikel: die Fehlerpfade einer Planänderung (abgelehnte Eingaben, abgelehnte Karte,
# Serverfehler, doppeltes Absenden, abgelaufene Sitzung), wie QA sie von einem Billing Center erwartet.
@failure_path @goto_webinar @self_service
Funktionalität: Fehlerpfade beim Ändern des Abonnementplans
  Ein Billing Center lehnt falsche Eingaben mit einer klaren Meldung ab, ohne etwas zu ändern,
  berechnet nichts doppelt und verliert den Warenkorb nicht.

  @verifies:002.note-3
  Szenario: Eine fehlerhafte Umsatzsteuer-Identifikationsnummer wird abgelehnt
    Angenommen ein Self-Service-Konto mit Rechnungsadresse in "Deutschland", mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten und eine Umsatzsteuer-Identifikationsnummer aus "Deutschland" mit falscher Prüfziffer eingebe
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Umsatzsteuer-Identifikationsnummer" der Fehler "Diese Umsatzsteuer-Identifikationsnummer ist für Deutschland nicht gültig."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

  @verifies:002.note-3
  Szenario: Eine gültige Umsatzsteuer-Identifikationsnummer eines anderen EU-Landes wird abgelehnt
    Angenommen ein Self-Service-Konto mit Rechnungsadresse in "Deutschland", mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten und eine gültige Umsatzsteuer-Identifikationsnummer aus "Italien" eingebe
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Umsatzsteuer-Identifikationsnummer" der Fehler "Diese Umsatzsteuer-Identifikationsnummer gehört zu einem anderen Land. Geben Sie eine Nummer des Landes Ihrer Rechnungsadresse ein (Deutschland)."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

  @verifies:002.note-3
  Szenario: Eine Rechnungsadresse außerhalb der EU hat keine EU-Umsatzsteuer-Identifikationsnummer
    Angenommen ein Self-Service-Konto mit Rechnungsadresse in "Vereinigte Staaten", mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten und eine gültige Umsatzsteuer-Identifikationsnummer aus "Deutschland" eingebe
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Umsatzsteuer-Identifikationsnummer" der Fehler "Ihre Rechnungsadresse liegt außerhalb der EU (Vereinigte Staaten), daher gilt keine EU-Umsatzsteuer-Identifikationsnummer. Lassen Sie die Umsatzsteuer-Identifikationsnummer leer."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

  @purchase @verifies:002.note-3 @verifies:002.6
  Szenario: Eine abgelehnte Karte gibt keine Bestellung auf; mit einer gültigen Karte gelingt sie
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich die Daten einer Karte eingebe, die abgelehnt wird
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Kartennummer" der Fehler "Ihre Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und wird genau eine Bestellung aufgegeben und genau eine Bestätigungs-E-Mail gesendet

  @purchase @verifies:002.note-3 @verifies:002.6
  Szenario: Eine Karte, die in diesem Monat abläuft, zahlt noch
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich die Daten einer Karte eingebe, die in diesem Monat abläuft
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute

  @verifies:002.note-3
  Szenario: Eine abgelaufene Karte wird abgelehnt
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich die Daten einer abgelaufenen Karte eingebe
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Ablaufdatum (MM/JJ)" der Fehler "Diese Karte ist abgelaufen."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

  @verifies:002.3
  Szenariogrundriss: Eine Anzahl an Lizenzen an einer der beiden Grenzen wird angenommen
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf <Lizenzen> ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

    Beispiele:
      | Lizenzen |
      | 1        |
      | 500      |

  @verifies:002.3
  Szenariogrundriss: Eine Anzahl an Lizenzen außerhalb des erlaubten Bereichs wird abgelehnt
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf <Lizenzen> ändere
    Und ich versuche, mit "Zur Kasse" fortzufahren
    Dann steht bei "Benutzerlizenzen" der Fehler "<Meldung>"
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

    Beispiele:
      | Lizenzen | Meldung                                                                                                  |
      | 0        | Sie benötigen mindestens 1 Benutzerlizenz.                                                               |
      | 501      | Sie können online höchstens 500 Benutzerlizenzen erwerben. Für mehr Lizenzen wenden Sie sich an den Support. |

  @purchase @verifies:002.6 @verifies:002.result-1
  Szenario: Ein Serverfehler bei "Bestellung aufgeben": ein erneuter Versuch berechnet nur einmal
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und der Server den nächsten Klick auf "Bestellung aufgeben" nicht verarbeiten kann
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann sehe ich die Seite "Bei uns ist ein Fehler aufgetreten"
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert
    Wenn ich zur Seite "Kasse" zurückkehre
    Und ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und wird genau eine Bestellung aufgegeben und genau eine Bestätigungs-E-Mail gesendet

  @purchase @verifies:002.6 @verifies:002.result-1
  Szenario: Doppeltes Absenden von "Bestellung aufgeben" ergibt nur eine Bestellung
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung zweimal kurz hintereinander mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und wird genau eine Bestellung aufgegeben und genau eine Bestätigungs-E-Mail gesendet

  @purchase
  Szenario: Die Sitzung läuft an der Kasse ab: nach erneuter Anmeldung ist der Warenkorb erhalten
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und meine Sitzung abläuft
    Und ich die Seite "Kasse" neu lade
    Dann werde ich mit der Meldung "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." aufgefordert, mich erneut anzumelden
    Wenn ich mich erneut anmelde
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und wird genau eine Bestellung aufgegeben und genau eine Bestätigungs-E-Mail gesendet

  @verifies:002.intro-2
  Szenario: Änderungen im Warenkorb, die nicht mehr gelten, werden bei „Bestellung aufgeben“ abgelehnt
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Pro" und "GoToMeeting" "Business", je 5 Benutzerlizenzen und Abrechnung "Monatlich", dessen Warenkorb noch eine Änderung von "GoTo Webinar" auf den Plan "Lite" und eine von "GoToMeeting" auf den jetzigen Plan enthält
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich den Warenkorb öffne und "Zur Kasse" wähle
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann lehnt die Seite "Kasse" die Bestellung mit dem Fehler "Ein Downgrade Ihres Plans ist online nicht möglich. Wählen Sie „Support kontaktieren“, um ein Downgrade Ihres Plans vorzunehmen." ab
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und meine Abonnements und mein Warenkorb bleiben, wie sie waren

  @verifies:002.note-3
  Szenariogrundriss: Eine Umsatzsteuer-Identifikationsnummer mit einer Ziffer <abweichung> wird abgelehnt
    Angenommen ein Self-Service-Konto mit Rechnungsadresse in "Deutschland", mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten und eine Umsatzsteuer-Identifikationsnummer aus "Deutschland" mit einer Ziffer <abweichung> und richtiger Prüfziffer eingebe
    Und ich versuche, die Bestellung mit "Bestellung aufgeben" aufzugeben
    Dann steht bei "Umsatzsteuer-Identifikationsnummer" der Fehler "Diese Umsatzsteuer-Identifikationsnummer ist für Deutschland nicht gültig."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und mein Abonnement bleibt unverändert

    Beispiele:
      | abweichung |
      | zu viel    |
      | zu wenig   |

# language: de
# Artikel 002 (deutsche Fassung): "Wie kann ich meinen aktuellen GoTo Webinar-Abonnementplan ändern?"
@article_002 @goto_webinar @self_service
Funktionalität: Den aktuellen GoTo Webinar-Abonnementplan ändern
  Der Rechnungskontakt Ihres Kontos kann den GoTo Webinar-Abonnementplan jederzeit ändern, um
  erweiterte Funktionen freizuschalten, weitere Benutzerlizenzen hinzuzufügen oder den
  Abrechnungszeitraum zu ändern. Änderungen gelten sofort und werden anteilig mit dem aktuellen
  Kontostand verrechnet.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Szenario: Auf einen höheren Plan mit mehr Benutzerlizenzen wechseln
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
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

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Szenario: Weniger Benutzerlizenzen und jährliche Abrechnung
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
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

  @verifies:002.intro-2
  Szenario: Ein Downgrade des Plans geht nicht online: "Support kontaktieren"
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Pro", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich den Plan "Lite" wähle
    Dann wird der Planwechsel online abgelehnt, mit dem Link "Support kontaktieren"

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Szenario: Mit Artikeln im Warenkorb: "In den Warenkorb", dann "Zur Kasse"
    Angenommen ein Konto vom Typ Self-Service mit einem Artikel im Warenkorb mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 7 ändere
    Und ich die "Bestellübersicht" prüfe, "In den Warenkorb" und im Warenkorb "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @purchase @verifies:002.warning-1
  Szenariogrundriss: Eine abgelaufene Testversion: "Jetzt abonnieren" führt zum Kauf von <lizenzen> Benutzerlizenzen
    Angenommen ein Konto mit einer abgelaufenen kostenlosen Testversion von "GoTo Webinar" "Standard"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann sehe ich beim Produkt "GoTo Webinar" kein Symbol "Optionen", sondern "Jetzt abonnieren"
    Wenn ich beim Produkt "GoTo Webinar" auf "Jetzt abonnieren" klicke
    Und ich die Anzahl der Benutzerlizenzen auf <lizenzen> ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute

    # 1: Plan und Lizenzen der Testversion, die kleinste Anzahl, so belassen.
    Beispiele:
      | lizenzen |
      | 1        |
      | 2        |

  @verifies:002.after-1
  Szenario: Es lassen sich nicht mehr Lizenzen zuweisen, als gekauft wurden
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Standard", 2 Benutzerlizenzen und Abrechnung "Monatlich" und 3 weiteren Benutzern
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Dann kann ich "GoTo Webinar" einzeln so vielen Benutzern zuweisen, wie Lizenzen gekauft wurden, und keinem weiteren

  @purchase @verifies:002.intro-2 @verifies:002.6
  Szenario: Das Guthaben des Kontos wird zuerst verwendet
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen, Abrechnung "Monatlich" und einem Guthaben von 100,00 €
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag
    Und werde ich zur Zahlung aufgefordert
    Wenn ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Dann ist mein Abonnementplan geändert und der neue Abrechnungszeitraum beginnt heute
    Und erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf

  @verifies:002.intro-2 @verifies:002.5
  Szenario: Die Gutschrift für die ungenutzten Tage wird auf den Cent gerundet
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich", 100,01 € bezahlt für den Zeitraum ab 1. Februar 2026, und heute ist der 15. Februar 2026
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

  @verifies:002.intro-2 @verifies:002.5
  Szenariogrundriss: Die Gutschrift für die ungenutzten Tage beim kleinsten bezahlten Betrag: <bezahlt>
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich", <bezahlt> bezahlt für den Zeitraum ab 1. Februar 2026, und heute ist der <heute>
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Dann zeigt die Seite "Kasse" den Abrechnungszeitraum ab heute, die Anzahl der Benutzerlizenzen, den Preis des Plans und den fälligen Gesamtbetrag

    # Nichts bezahlt, keine Gutschrift; ein Cent bezahlt ergibt einen (27 von 28 Tagen ungenutzt:
    # 0,0096, gerundet); ein Euro bezahlt zur Hälfte des Zeitraums die Hälfte.
    Beispiele:
      | bezahlt | heute             |
      | 0,00 €  | 2. Februar 2026   |
      | 0,01 €  | 2. Februar 2026   |
      | 1,00 €  | 15. Februar 2026  |

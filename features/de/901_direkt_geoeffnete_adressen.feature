# language: de
# Nicht aus einem Artikel: was bekommt, wer eine Adresse des Billing Center direkt öffnet (ein
# Lesezeichen, ein Link, den ein Kollege geteilt hat, der Verlauf des Browsers, die eingetippte
# Adresse), statt den Seiten zu folgen. Wer was sehen und ändern darf, entscheidet der Server, welche
# Adresse auch geöffnet wird (OWASPs "Broken Access Control"), wie QA es von Ende zu Ende prüft.
@failure_path @access_control
Funktionalität: Direkt geöffnete Adressen des Billing Center
  Eine Seite nur für Rechnungskontakte lehnt alle anderen mit dem Grund ab, wer nicht angemeldet ist,
  wird zuerst zur Anmeldung aufgefordert, und eine Adresse, die etwas nennt, das das Konto nicht hat,
  wird nicht gefunden. Nichts ändert sich.

  @purchase @goto_webinar @self_service
  Szenario: Die Seite einer Bestellung, über ihre Adresse geöffnet, ist nur für die Rechnungskontakte des Kontos
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich beim Produkt "GoTo Webinar" oben rechts das Symbol "Optionen" und dann "Abonnement bearbeiten" wähle
    Und ich die Anzahl der Benutzerlizenzen auf 8 ändere
    Und ich die "Bestellübersicht" unten auf der Seite prüfe und dann "Zur Kasse" wähle
    Und ich meine Zahlungsdaten eingebe und meine Umsatzsteuer-Identifikationsnummer hinzufüge
    Und ich die Bestellung mit "Bestellung aufgeben" aufgebe
    Und ich mich abmelde
    Und ich die Adresse der Seite der Bestellung öffne
    Dann werde ich aufgefordert, mich anzumelden
    Wenn ich mich dort als Kollege anmelde, der kein Rechnungskontakt ist
    Dann sehe ich die Seite "Sie können diese Aktion nicht ausführen" mit der Meldung "Nur ein Rechnungskontakt Ihres Kontos kann Abonnements ändern. Bitten Sie Ihren Rechnungskontakt, diese Änderung vorzunehmen."

  # Die Adresse, von der die Seite des Assistenten ihre Bestellübersicht holt, während man wählt.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Szenario: Die Bestellübersicht eines Kaufs, über ihre Adresse geöffnet, ist nur für Rechnungskontakte
    Angenommen ein Self-Service-Konto, in dem ich kein Rechnungskontakt bin
    Wenn ich die Adresse der "Bestellübersicht" des Kaufs von "GoToMeeting" öffne
    Dann werde ich aufgefordert, mich anzumelden
    Wenn ich mich dort anmelde
    Dann sehe ich die Seite "Sie können diese Aktion nicht ausführen" mit der Meldung "Nur ein Rechnungskontakt Ihres Kontos kann Abonnements ändern. Bitten Sie Ihren Rechnungskontakt, diese Änderung vorzunehmen."

  @gotoassist_rs_v5
  Szenario: Die Adresse von "Abonnement kündigen" einer kostenlosen Testversion wird abgelehnt, die Testversion läuft weiter
    Angenommen ein Konto mit einer kostenlosen Testversion von "GoToAssist Remote Support v5" "Standard", vor 4 Tagen begonnen
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich die Adresse von "Abonnement kündigen" von "GoToAssist Remote Support v5" öffne
    Dann sehe ich die Seite "Fehler" mit der Meldung "Nur ein kostenpflichtiges Abonnement, das sich verlängert, kann gekündigt werden. Eine kostenlose Testversion endet von selbst."
    Und läuft die kostenlose Testversion von "GoToAssist Remote Support v5" weiter wie zuvor
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und meine Abonnements und mein Warenkorb bleiben, wie sie waren

  # "Bestellung bearbeiten" eines Kaufs im Warenkorb öffnet den Assistenten mit der Nummer des Artikels
  # in seiner Adresse; der Assistent bearbeitet Käufe, die Nummer einer Änderung ist also nicht seine.
  @goto_webinar @self_service
  Szenariogrundriss: Die Adresse des Assistenten, die eine Änderung im Warenkorb nennt, wird nicht gefunden: Adresse des <step>
    Angenommen ein Self-Service-Konto mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich", dessen Warenkorb eine Änderung davon auf 8 Benutzerlizenzen enthält
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich die Adresse des <step> des Kaufs von "GoTo Webinar" öffne, die seine Änderung in meinem Warenkorb nennt
    Dann sehe ich die Seite "Seite nicht gefunden" mit der Meldung "Dieses Element ist in Ihrem Konto nicht vorhanden."
    Und wird keine Bestellung aufgegeben, keine E-Mail gesendet und meine Abonnements und mein Warenkorb bleiben, wie sie waren

    Beispiele:
      | step                     |
      | Planschritts             |
      | Zusammenfassungsschritts |

  # Keine Adresse führt zu einem fehlerhaften Formular "Benutzerlizenzen": nur ein im Browser
  # bearbeitetes Formular (mit den Entwicklertools oder einem Werkzeug, das Anfragen wiederholt) sendet es.
  @goto_webinar @self_service
  Szenario: Ein im Browser bearbeitetes Formular "Benutzerlizenzen" wird abgelehnt, nichts wird gespeichert
    Angenommen ein Konto vom Typ Self-Service mit "GoTo Webinar" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich unter "Benutzerlizenzen" "GoTo Webinar" für meinen Kollegen ankreuze, das Feld hinter dem Häkchen in den Entwicklertools des Browsers umbenenne und "Speichern" wähle
    Dann sehe ich die Seite "Die Anfrage konnte nicht verarbeitet werden"
    Und hat mein Kollege noch immer keine Lizenz für "GoTo Webinar"

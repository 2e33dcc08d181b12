# language: de
# Artikel 008 (deutsche Fassung): "Wie melde ich mich bei meinem Abrechnungsportal an?" (GoTo Meeting)
@article_008 @gotomeeting
Funktionalität: Beim Abrechnungsportal anmelden
  Die meisten Rechnungskontakte melden sich im Billing Center an; die Rechnungskontakte größerer
  (Firmen-)Konten melden sich im Corporate Billing Portal an. Beide helfen, wenn die Anmeldung
  nicht gelingt.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Szenario: Ein Rechnungskontakt meldet sich im Billing Center an, verwaltet die Pläne und druckt die Rechnung jeder Verlängerung
    Angenommen ein Self-Service-Konto mit "GoToMeeting" "Business", 5 Benutzerlizenzen, Abrechnung "Monatlich" und einem Guthaben von 20,00 €
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann bin ich im "Billing Center" mit meinen Abonnements
    Und kann ich im "Billing Center" die Abonnementpläne und ihre Abrechnungshäufigkeit verwalten, den Rechnungsverlauf ansehen und die Zahlungsdaten aktualisieren
    Wenn das nächste Abrechnungsdatum verstreicht
    Dann hat die Verlängerung im "Rechnungsverlauf" ihre druckbare Rechnung, belastet auf die hinterlegte Karte

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Szenario: Wer nicht der Rechnungskontakt ist, erfährt, an wen er sich wenden kann, und kann ihm schreiben
    Angenommen ein Self-Service-Konto, in dem ich kein Rechnungskontakt bin
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann sehe ich die Meldung mit dem Namen und der E-Mail-Adresse meines Abrechnungsadministrators
    Und schreibt "E-Mail an den Abrechnungsadministrator" an meinen Abrechnungsadministrator

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Szenario: Der Rechnungskontakt eines Firmenkontos wird zum Corporate Billing Portal geleitet
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://billing.goto.com im "Billing Center" anmelde
    Dann werde ich zum "Corporate Billing Portal" mit seinen häufig gestellten Fragen und dem Formular für meinen Vertreter geleitet

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Szenario: Ein Firmen-Rechnungskontakt meldet sich mit der Benutzer-ID im Corporate Billing Portal an
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://link.goto.com/corp-billing im "Corporate Billing Portal" mit meiner Benutzer-ID und meinem Passwort anmelde
    Dann zeigt das "Corporate Billing Portal" mein Konto

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Szenario: Eine Benutzer-ID, die keinem Rechnungskontakt gehört, wird mit "Ungültige Benutzer-ID" abgelehnt
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://link.goto.com/corp-billing im "Corporate Billing Portal" mit einer Benutzer-ID anmelde, die kein Rechnungskontakt hat
    Dann wird die Anmeldung mit der Meldung "Ungültige Benutzer-ID" abgelehnt

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Szenario: Ein falsches Passwort wird mit "Ungültige Benutzer-ID/ungültiges Passwort" abgelehnt
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich mich unter https://link.goto.com/corp-billing im "Corporate Billing Portal" mit meiner Benutzer-ID und einem falschen Passwort anmelde
    Dann wird die Anmeldung mit der Meldung "Ungültige Benutzer-ID/ungültiges Passwort" abgelehnt

  @corporate @failure_path @verifies:008.intro-11
  Szenario: "Passwort vergessen?" schickt einen Link zum Zurücksetzen, der einmal funktioniert
    Angenommen ein Firmenkonto (Corporate)
    Wenn ich im "Corporate Billing Portal" unter https://link.goto.com/corp-billing "Passwort vergessen?" wähle, meine Benutzer-ID eingebe und "Absenden" wähle
    Dann erhalte ich einen Link zum Zurücksetzen des Passworts an die E-Mail-Adresse meines Rechnungskontakt-Kontos
    Wenn ich den Link öffne und ein neues Passwort wähle
    Dann kann ich mich im "Corporate Billing Portal" mit meiner Benutzer-ID und dem neuen Passwort anmelden, nicht mehr mit dem alten
    Und wird derselbe Link beim zweiten Öffnen mit der Meldung "Dieser Link zum Zurücksetzen des Passworts wurde bereits verwendet. Jeder Link funktioniert einmal: Fordern Sie mit Passwort vergessen? einen neuen an." abgelehnt

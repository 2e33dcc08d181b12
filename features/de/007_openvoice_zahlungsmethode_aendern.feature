# language: de
# Artikel 007 (deutsche Fassung): "Zahlungsmethode ändern" (OpenVoice)
@article_007 @openvoice @self_service
Funktionalität: Die Zahlungsmethode ändern
  Der Rechnungskontakt des Kontos kann die Rechnungsdaten jederzeit aktualisieren, auch mitten in
  einem Abrechnungszeitraum: die neue Karte ist die, die bei der nächsten Verlängerung belastet wird.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Szenario: Eine neue Karte ersetzt die hinterlegte und bezahlt die nächste Verlängerung
    Angenommen ein Self-Service-Konto mit Rechnungsadresse in "Deutschland", mit "OpenVoice" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich oben auf der Seite auf "Zahlungsmethode" klicke
    Und ich beim hinterlegten Zahlungsmittel auf den Link "bearbeiten" klicke
    Und ich meine Umsatzsteuer-Identifikationsnummer eingebe und auf "Übernehmen" klicke
    Und ich alle Pflichtfelder mit einer neuen Karte ausfülle und dann auf "Zahlungsmethode aktualisieren" klicke
    Dann ist die neue Karte das hinterlegte Zahlungsmittel
    Wenn das nächste Abrechnungsdatum verstreicht
    Dann hat die Verlängerung im "Rechnungsverlauf" ihre druckbare Rechnung, belastet auf die neue Karte

  @purchase @failure_path @verifies:007.intro-4
  Szenario: Eine abgelehnte Karte lässt die bisherige hinterlegt
    Angenommen ein Konto vom Typ Self-Service mit "OpenVoice" "Standard", 5 Benutzerlizenzen und Abrechnung "Monatlich"
    Und ich mich unter https://billing.goto.com im "Billing Center" angemeldet habe
    Wenn ich oben auf der Seite auf "Zahlungsmethode" klicke
    Und ich beim hinterlegten Zahlungsmittel auf den Link "bearbeiten" klicke
    Und ich alle Pflichtfelder mit einer Karte ausfülle, die abgelehnt wird, und dann auf "Zahlungsmethode aktualisieren" klicke
    Dann bleibt das hinterlegte Zahlungsmittel das bisherige

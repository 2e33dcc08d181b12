# language: it
# Articolo 009 (versione italiana): "Come aggiungo licenze utente al mio piano di sottoscrizione GoTo Meeting?"
@article_009 @gotomeeting
Funzionalità: Aggiungere licenze utente dalla scheda del prodotto
  I contatti di fatturazione possono aggiungere in qualsiasi momento licenze utente a un piano di
  sottoscrizione esistente, direttamente dalla scheda del prodotto; la modifica ha effetto immediato
  e viene ripartita proporzionalmente in base al saldo dell'account.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Scenario: "Aggiungi organizzatori": più licenze utente, pagate pro rata e pronte da assegnare
    Dato un account self-service con "GoToMeeting" "Business", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToMeeting" seleziono "Aggiungi organizzatori"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto
    E assegno le nuove licenze ai miei utenti

  @purchase @verifies:009.3 @verifies:009.4
  Scenario: Con un articolo già nel carrello: "Aggiungi al carrello", poi "Completa la transazione"
    Dato un account self-service con un articolo già nel carrello con "GoToMeeting" "Business", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToMeeting" seleziono "Aggiungi organizzatori"
    E aggiorno il numero di licenze utente a 7
    E esamino il "Riepilogo ordine", poi seleziono "Aggiungi al carrello" e nel carrello "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @self_service @verifies:009.tip-1
  Scenario: "Modifica ordine" torna alle licenze aggiunte, con le scelte mantenute
    Dato un account self-service con "GoToMeeting" "Business", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToMeeting" seleziono "Aggiungi organizzatori"
    E aggiorno il numero di licenze utente a 9
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E torno alla selezione con "Modifica ordine"
    Allora le mie scelte sono mantenute
    Quando aggiorno il numero di licenze utente a 10
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

  @not_billing_contact @verifies:009.intro-2
  Scenario: Chi non è il contatto di fatturazione non può aggiungere licenze utente
    Dato un account self-service in cui non sono un contatto di fatturazione
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora sul prodotto "GoToMeeting" non c'è "Aggiungi organizzatori": solo un contatto di fatturazione può aggiungere licenze

  @corporate @verifies:009.note-1
  Scenario: Un account aziendale vede qualcosa di diverso: il Portale di fatturazione Corporate
    Dato un account aziendale (Corporate)
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vengo indirizzato al "Portale di fatturazione Corporate" con le sue domande frequenti e il modulo per il mio rappresentante

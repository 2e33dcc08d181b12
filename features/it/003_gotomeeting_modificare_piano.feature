# language: it
# Articolo 003: "Come posso modificare il piano di sottoscrizione di GoToMeeting attuale?" (testo dell'era LogMeIn)
@article_003 @gotomeeting @self_service
Funzionalità: Modificare il piano di sottoscrizione di GoToMeeting attuale
  Il contatto di fatturazione del tuo account può modificare il piano di sottoscrizione di GoToMeeting
  in qualsiasi momento. Puoi ridurre il numero di postazioni utente online, ma per eseguire il
  downgrade a un piano inferiore devi contattare l'Assistenza clienti.

  Contesto:
    Dato un account self-service con "GoToMeeting" "Business", 6 licenze utente e fatturazione "Mensile"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Scenario: Dall'indirizzo storico billing.logmeininc.com a un piano superiore con più postazioni
    Dato che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Quando sul prodotto "GoToMeeting" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E scelgo il piano "Enterprise"
    E aggiorno il numero di licenze utente a 9
    E scelgo la frequenza di fatturazione "Annuale"
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @verifies:003.intro-2
  Scenario: Il downgrade a un piano inferiore non si fa online: "Contatta il supporto"
    Dato che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToMeeting" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E scelgo il piano "Professional"
    Allora il cambio di piano viene rifiutato online con il link "Contatta il supporto"

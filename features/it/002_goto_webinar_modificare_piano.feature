# language: it
# Articolo 002: "Come posso modificare il piano di sottoscrizione a GoTo Webinar corrente?"
@article_002 @goto_webinar @self_service
Funzionalità: Modificare il piano di sottoscrizione a GoTo Webinar corrente
  Il contatto di fatturazione del tuo account può modificare il piano di sottoscrizione a GoTo Webinar
  in qualsiasi momento per sbloccare funzionalità avanzate, aggiungere ulteriori licenze utente o
  modificare il periodo di fatturazione. Le modifiche hanno effetto immediato e vengono ripartite
  proporzionalmente in base al saldo corrente dell'account.

  Contesto:
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com

  @smoke @purchase
  Scenario: Passare a un piano superiore con più licenze utente
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E scelgo il piano "Pro"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto
    E assegno le nuove licenze ai miei utenti

  @purchase
  Scenario: Ridurre il numero di licenze utente e passare alla fatturazione annuale
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 3
    E scelgo la frequenza di fatturazione "Annuale"
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

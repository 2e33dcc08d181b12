# language: it
# Articolo 004 (versione italiana): "Come posso aggiungere un abbonamento o una prova gratuita per un altro prodotto?" (la nota del passaggio 8)
@article_004 @openvoice @self_service
Funzionalità: Aggiungere un abbonamento quando il carrello contiene già un articolo
  La nota del passaggio 8: se nel carrello sono già presenti uno o più articoli, al posto di
  "Completa la transazione" viene visualizzata l'opzione "Aggiungi al carrello".

  Contesto:
    Dato un account self-service con un articolo già nel carrello con "GoToMeeting" "Business", 3 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com

  @purchase @verifies:004.note-2
  Scenario: Con un articolo già nel carrello: "Aggiungi al carrello", poi "Completa la transazione"
    Quando nel Centro fatturazione seleziono "Aggiungi nuovo abbonamento"
    E scelgo il prodotto "OpenVoice"
    E scelgo "Acquista" per acquistare un abbonamento
    E scelgo il livello di abbonamento "Business"
    E scelgo 4 nuove licenze utente e poi "Avanti"
    E scelgo "Mensile" come piano di fatturazione
    E lo aggiungo con "Aggiungi al carrello", poi nel carrello seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto
    E assegno le nuove licenze ai miei utenti

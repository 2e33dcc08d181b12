# language: it
# Articolo 004 (versione italiana): "Come posso aggiungere un abbonamento o una prova gratuita per un altro prodotto?"
@article_004 @openvoice @self_service
Funzionalità: Aggiungere un abbonamento o una prova gratuita per un altro prodotto
  I contatti di fatturazione possono aggiungere in qualsiasi momento un piano di abbonamento o una
  prova gratuita per un altro prodotto GoTo al proprio account. L'accesso al nuovo prodotto è immediato.

  Contesto:
    Dato un account self-service con "GoToMeeting" "Business", 3 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Schema dello scenario: Acquistare un abbonamento: <prodotto> "<livello>", <licenze> licenze, fatturazione "<frequenza>"
    Quando nel Centro fatturazione seleziono "Aggiungi nuovo abbonamento"
    E scelgo il prodotto "<prodotto>"
    E scelgo "Acquista" per acquistare un abbonamento
    E scelgo il livello di abbonamento "<livello>"
    E scelgo <licenze> nuove licenze utente e poi "Avanti"
    E scelgo "<frequenza>" come piano di fatturazione
    E proseguo con "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto
    E assegno le nuove licenze ai miei utenti

    Esempi:
      | prodotto     | livello  | licenze | frequenza |
      | OpenVoice    | Business | 4       | Annuale   |
      | GoTo Webinar | Standard | 2       | Mensile   |
      | GoTo Connect | Connect CX | 3     | Annuale   |
      | GoTo Resolve | Premium  | 5       | Mensile   |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Scenario: Richiedere una prova gratuita
    Quando nel Centro fatturazione seleziono "Aggiungi nuovo abbonamento"
    E scelgo il prodotto "OpenVoice"
    E scelgo "Prova" per richiedere prima una prova gratuita
    E scelgo il livello di abbonamento "Standard"
    E scelgo 2 nuove licenze utente e poi "Avanti"
    E avvio la prova con "Avvia la prova"
    Allora vedo la schermata di conferma e ricevo un'e-mail di benvenuto
    E non resta nulla in sospeso: il carrello nell'intestazione e la pagina del carrello sono vuoti, nessun ordine è stato addebitato e il credito dell'account è quello di prima

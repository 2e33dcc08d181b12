# language: it
# Non da un articolo: i percorsi di errore di una modifica del piano (dati rifiutati, carta rifiutata,
# errore del server, doppio invio, sessione scaduta), come li verifica un QA di un centro fatturazione.
@failure_path @goto_webinar @self_service
Funzionalità: Percorsi di errore nella modifica del piano di sottoscrizione
  Un centro fatturazione rifiuta i dati sbagliati con un messaggio chiaro e senza cambiare nulla,
  non addebita due volte e non perde il carrello.

  @verifies:002.note-3
  Scenario: Un numero di partita IVA malformato viene rifiutato
    Dato che il mio account self-service, con indirizzo di fatturazione in "Italia", ha "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e un numero di partita IVA di "Italia" con una cifra di controllo errata
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Numero di partita IVA" leggo l'errore "Questo numero di partita IVA non è valido per Italia."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

  @verifies:002.note-3
  Scenario: Un numero di partita IVA valido di un altro paese dell'UE viene rifiutato
    Dato che il mio account self-service, con indirizzo di fatturazione in "Italia", ha "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e un numero di partita IVA valido di "Germania"
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Numero di partita IVA" leggo l'errore "Questo numero di partita IVA è di un altro paese. Inserisci un numero di partita IVA del paese del tuo indirizzo di fatturazione (Italia)."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

  @verifies:002.note-3
  Scenario: Un indirizzo di fatturazione fuori dall'UE non ha un numero di partita IVA UE
    Dato che il mio account self-service, con indirizzo di fatturazione in "Stati Uniti", ha "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e un numero di partita IVA valido di "Germania"
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Numero di partita IVA" leggo l'errore "Il tuo indirizzo di fatturazione è fuori dall'UE (Stati Uniti), quindi un numero di partita IVA UE non si applica. Lascia vuoto il numero di partita IVA."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

  @purchase @verifies:002.note-3 @verifies:002.6
  Scenario: Una carta rifiutata non effettua l'ordine; con una carta valida l'ordine riesce
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i dati di una carta che viene rifiutata
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Numero della carta" leggo l'errore "La carta è stata rifiutata. Usa un'altra carta o contatta la tua banca."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E viene effettuato un solo ordine e arriva una sola e-mail di conferma

  @purchase @verifies:002.note-3 @verifies:002.6
  Scenario: Una carta che scade questo mese paga ancora
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i dati di una carta che scade questo mese
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi

  @verifies:002.note-3
  Scenario: Una carta scaduta viene rifiutata
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i dati di una carta scaduta
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Data di scadenza (MM/AA)" leggo l'errore "Questa carta è scaduta."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

  @verifies:002.3
  Schema dello scenario: Un numero di licenze a uno dei due limiti viene accettato
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a <licenze>
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

    Esempi:
      | licenze |
      | 1       |
      | 500     |

  @verifies:002.3
  Schema dello scenario: Un numero di licenze fuori dall'intervallo viene rifiutato
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a <licenze>
    E provo a proseguire con "Completa la transazione"
    Allora accanto a "Licenze utente" leggo l'errore "<messaggio>"
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

    Esempi:
      | licenze | messaggio                                                                                    |
      | 0       | Ti serve almeno 1 licenza utente.                                                            |
      | 501     | Puoi acquistare online al massimo 500 licenze utente. Per averne di più, contatta il supporto. |

  @purchase @verifies:002.6 @verifies:002.result-1
  Scenario: Un errore del server su "Effettua ordine": riprovando si paga una volta sola
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E il server non riesce a elaborare il prossimo "Effettua ordine"
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora vedo la pagina "Si è verificato un problema da parte nostra"
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata
    Quando torno indietro alla pagina "Completa transazione"
    E inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E viene effettuato un solo ordine e arriva una sola e-mail di conferma

  @purchase @verifies:002.6 @verifies:002.result-1
  Scenario: Un doppio invio di "Effettua ordine" effettua un solo ordine
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine due volte di seguito con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E viene effettuato un solo ordine e arriva una sola e-mail di conferma

  @purchase
  Scenario: La sessione scade durante il checkout: dopo un nuovo accesso il carrello è conservato
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E la mia sessione scade
    E ricarico la pagina "Completa transazione"
    Allora mi viene chiesto di accedere di nuovo con il messaggio "La sessione è scaduta. Accedi di nuovo."
    Quando accedo di nuovo
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E viene effettuato un solo ordine e arriva una sola e-mail di conferma

  @verifies:002.intro-2
  Scenario: Le modifiche nel carrello che non valgono più vengono rifiutate a Effettua ordine
    Dato un account self-service con "GoTo Webinar" "Pro" e "GoToMeeting" "Business", 5 licenze utente ciascuno e fatturazione "Mensile", il cui carrello contiene ancora un cambio di "GoTo Webinar" al piano "Lite" e uno di "GoToMeeting" uguale al piano attuale
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando apro il carrello e seleziono "Completa la transazione"
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora la pagina "Completa transazione" rifiuta l'ordine con l'errore "Il downgrade del piano non può essere effettuato online. Contatta il supporto per effettuare il downgrade del piano."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e le mie sottoscrizioni e il carrello restano come erano

  @verifies:002.note-3
  Schema dello scenario: Un numero di partita IVA con una cifra <di_troppo> viene rifiutato
    Dato che il mio account self-service, con indirizzo di fatturazione in "Italia", ha "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e un numero di partita IVA di "Italia" con una cifra <di_troppo>, con la cifra di controllo giusta
    E provo a effettuare l'ordine con "Effettua ordine"
    Allora accanto a "Numero di partita IVA" leggo l'errore "Questo numero di partita IVA non è valido per Italia."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e la mia sottoscrizione resta invariata

    Esempi:
      | di_troppo |
      | in più    |
      | in meno   |

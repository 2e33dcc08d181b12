# language: it
# Non da un articolo: che cosa ottiene chi apre direttamente un indirizzo del Centro fatturazione (un
# segnalibro, un link condiviso da un collega, la cronologia del browser, l'indirizzo digitato) invece
# di seguire le pagine. Chi può vedere e modificare che cosa lo decide il server, qualunque indirizzo
# si apra (il "broken access control" dell'OWASP), come lo verifica un QA da un capo all'altro.
@failure_path @access_control
Funzionalità: Indirizzi del Centro fatturazione aperti direttamente
  Una pagina riservata ai contatti di fatturazione rifiuta chiunque altro con il motivo, a chi non ha
  effettuato l'accesso viene chiesto di accedere prima, e un indirizzo che nomina ciò che l'account
  non ha non viene trovato. Non cambia nulla.

  @purchase @goto_webinar @self_service
  Scenario: La pagina di un ordine, aperta dal suo indirizzo, è solo per i contatti di fatturazione dell'account
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    E esco
    E apro l'indirizzo della pagina dell'ordine
    Allora mi viene chiesto di accedere
    Quando accedo lì come un collega che non è un contatto di fatturazione
    Allora vedo la pagina "Non puoi eseguire questa operazione" con il messaggio "Solo un contatto di fatturazione del tuo account può modificare le sottoscrizioni. Chiedi al tuo contatto di fatturazione di effettuare questa modifica."

  # L'indirizzo da cui la pagina della procedura chiede il suo Riepilogo ordine mentre si sceglie.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Scenario: Il Riepilogo ordine di un acquisto, aperto dal suo indirizzo, è solo per i contatti di fatturazione
    Dato un account self-service in cui non sono un contatto di fatturazione
    Quando apro l'indirizzo del "Riepilogo ordine" dell'acquisto di "GoToMeeting"
    Allora mi viene chiesto di accedere
    Quando accedo lì
    Allora vedo la pagina "Non puoi eseguire questa operazione" con il messaggio "Solo un contatto di fatturazione del tuo account può modificare le sottoscrizioni. Chiedi al tuo contatto di fatturazione di effettuare questa modifica."

  @gotoassist_rs_v5
  Scenario: L'indirizzo di "Annulla sottoscrizione" di una prova gratuita viene rifiutato, e la prova prosegue
    Dato un account con una prova gratuita di "GoToAssist Remote Support v5" "Standard" iniziata 4 giorni fa
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando apro l'indirizzo di "Annulla sottoscrizione" di "GoToAssist Remote Support v5"
    Allora vedo la pagina "Errore" con il messaggio "Si può annullare solo una sottoscrizione a pagamento che si rinnova. Una versione di prova gratuita scade da sola."
    E la prova gratuita di "GoToAssist Remote Support v5" prosegue come era
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e le mie sottoscrizioni e il carrello restano come erano

  # "Modifica ordine" di un acquisto nel carrello apre la procedura con il numero dell'articolo nel
  # suo indirizzo; la procedura modifica gli acquisti, quindi il numero di una modifica non è suo.
  @goto_webinar @self_service
  Schema dello scenario: L'indirizzo della procedura che nomina una modifica nel carrello non viene trovato: il <step>
    Dato che il mio account self-service ha "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile", e il carrello contiene una sua modifica a 8 licenze utente
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando apro l'indirizzo del <step> dell'acquisto di "GoTo Webinar", indicando la sua modifica nel mio carrello
    Allora vedo la pagina "Pagina non trovata" con il messaggio "Questo elemento non esiste nel tuo account."
    E non viene effettuato alcun ordine, non arriva alcuna e-mail e le mie sottoscrizioni e il carrello restano come erano

    Esempi:
      | step                    |
      | passaggio del piano     |
      | passaggio del riepilogo |

  # Nessun indirizzo porta a un modulo "Licenze utente" malformato: solo un modulo modificato nel
  # browser (i suoi strumenti per sviluppatori, o uno strumento che ripete le richieste) lo invia.
  @goto_webinar @self_service
  Scenario: Un modulo "Licenze utente" modificato nel browser viene rifiutato e non si salva nulla
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando in "Licenze utente" spunto "GoTo Webinar" per il mio collega, rinomino il campo dietro la spunta negli strumenti per sviluppatori del browser e seleziono "Salva"
    Allora vedo la pagina "Impossibile elaborare la richiesta"
    E il mio collega non ha ancora una licenza di "GoTo Webinar"

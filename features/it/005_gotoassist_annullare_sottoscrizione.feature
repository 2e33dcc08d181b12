# language: it
# Articolo 005: "Come posso annullare il piano di sottoscrizione a GoToAssist Remote Support v5?"
@article_005 @gotoassist_rs_v5 @self_service
Funzionalità: Annullare il piano di sottoscrizione a GoToAssist Remote Support v5
  Il piano si rinnova automaticamente al termine del periodo di fatturazione mensile o annuale. Il
  contatto di fatturazione dell'account può annullare in qualsiasi momento il pagamento successivo,
  e riattivare la sottoscrizione prima che il piano scada.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Scenario: Annullare la sottoscrizione: la data di scadenza, l'e-mail e "Annullamento in sospeso"
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    Allora si apre la finestra di conferma, modale, che indica la scadenza del piano alla fine del periodo di fatturazione
    Quando verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    Allora viene visualizzato un messaggio di conferma con l'indicazione della scadenza del piano di sottoscrizione
    E ricevo all'indirizzo e-mail del mio account un'e-mail di conferma dell'annullamento con la data di scadenza
    Quando faccio clic su "Chiudi" nella finestra di conferma
    Allora nella pagina Sottoscrizioni sotto il prodotto "GoToAssist Remote Support v5" viene visualizzato il messaggio "Annullamento in sospeso"
    E il menu "Opzioni" di "GoToAssist Remote Support v5" offre "Riattiva" e non più "Modifica sottoscrizione" né "Annulla sottoscrizione"
    E non resta nulla in sospeso: il carrello nell'intestazione e la pagina del carrello sono vuoti, nessun ordine è stato addebitato e il credito dell'account è quello di prima

  @verifies:005.intro-2 @verifies:005.intro-7
  Scenario: Se cambi idea: la sottoscrizione viene riattivata prima che scada
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 5 licenze utente e fatturazione "Mensile", pagato 225,00 € per il periodo dal 1 novembre 2026, e oggi è il 30 novembre 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    E verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    E faccio clic su "Chiudi" nella finestra di conferma
    E sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni", quindi su "Riattiva"
    Allora la sottoscrizione è riattivata: si rinnoverà di nuovo alla fine del periodo di fatturazione

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Scenario: Esc chiude la finestra di conferma senza annullare nulla
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    Allora si apre la finestra di conferma, modale, che indica la scadenza del piano alla fine del periodo di fatturazione
    Quando premo il tasto Esc
    Allora la sottoscrizione a "GoToAssist Remote Support v5" resta attiva: nessun "Annullamento in sospeso", nessuna e-mail, il rinnovo resta alla prossima data di fatturazione

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Scenario: Scaduto il piano, non viene rinnovato e "Riattiva" viene rifiutato
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 5 licenze utente e fatturazione "Mensile", pagato 225,00 € per il periodo dal 1 novembre 2026, e oggi è il 30 novembre 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    E verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    E faccio clic su "Chiudi" nella finestra di conferma
    E arriva il giorno in cui il piano scade
    E sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni", quindi su "Riattiva"
    Allora la riattivazione viene rifiutata con il messaggio "Questa sottoscrizione è terminata e non può più essere riattivata. Aggiungila di nuovo con Aggiungi nuova sottoscrizione."
    E la sottoscrizione a "GoToAssist Remote Support v5" è terminata senza rinnovo e senza l'icona "Opzioni", e 40 giorni dopo nulla è stato rinnovato né addebitato

  @verifies:005.intro-2
  Scenario: Una prova gratuita non si annulla: scade da sola
    Dato un account con una prova gratuita di "GoToAssist Remote Support v5" "Standard" iniziata 4 giorni fa
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Allora il menu "Opzioni" di "GoToAssist Remote Support v5" non offre "Annulla sottoscrizione": la prova scade da sola alla fine del periodo di prova

  @verifies:005.intro-2
  Scenario: Una prova gratuita dura fino al suo ultimo giorno ed è terminata il giorno dopo
    Dato un account con una prova gratuita di "GoToAssist Remote Support v5" "Standard" al suo ultimo giorno
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.logmeininc.com
    Allora la scheda di "GoToAssist Remote Support v5" mostra ancora la prova gratuita, che termina oggi, con l'icona "Opzioni"
    Quando arriva il giorno dopo e apro di nuovo il "Centro fatturazione"
    Allora sul prodotto "GoToAssist Remote Support v5" non vedo l'icona "Opzioni", ma "Abbonati ora"
    E non resta nulla in sospeso: il carrello nell'intestazione e la pagina del carrello sono vuoti, nessun ordine è stato addebitato e il credito dell'account è quello di prima

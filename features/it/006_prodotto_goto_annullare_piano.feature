# language: it
# Articolo 006 (versione italiana): "Come posso annullare il mio piano di sottoscrizione a un prodotto GoTo?"
@article_006 @gotoassist_rs_v5 @self_service
Funzionalità: Annullare un piano di sottoscrizione a un prodotto GoTo
  Un piano di sottoscrizione a un prodotto GoTo si rinnova automaticamente al termine del periodo di
  fatturazione mensile o annuale. Il contatto di fatturazione dell'account può annullare in qualsiasi
  momento il pagamento successivo e, se cambia idea, riattivare la sottoscrizione prima che scada.

  @smoke @verifies:006.intro-1 @verifies:006.1 @verifies:006.2 @verifies:006.3 @verifies:006.result-1 @verifies:006.after-1
  Scenario: Disattivare il rinnovo automatico di un piano annuale
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 3 licenze utente e fatturazione "Annuale", pagato 1.350,00 € per il periodo dal 1 febbraio 2026, e oggi è il 16 novembre 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    Allora si apre la finestra di conferma, modale, che indica la scadenza del piano alla fine del periodo di fatturazione
    Quando verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    Allora viene visualizzato un messaggio di conferma con l'indicazione della scadenza del piano di sottoscrizione
    E ricevo all'indirizzo e-mail del mio account un'e-mail di conferma dell'annullamento con la data di scadenza
    Quando faccio clic su "Chiudi" nella finestra di conferma
    Allora nella pagina Sottoscrizioni sotto il prodotto "GoToAssist Remote Support v5" viene visualizzato il messaggio "Annullamento in sospeso"
    E il menu "Opzioni" di "GoToAssist Remote Support v5" offre "Riattiva" e non più "Modifica sottoscrizione" né "Annulla sottoscrizione"

  @verifies:006.intro-2 @verifies:006.after-2
  Scenario: Riattivare il piano di sottoscrizione prima che scada
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 3 licenze utente e fatturazione "Annuale", pagato 1.350,00 € per il periodo dal 1 febbraio 2026, e oggi è il 16 novembre 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    E verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    E faccio clic su "Chiudi" nella finestra di conferma
    E sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni", quindi su "Riattiva"
    Allora la sottoscrizione è riattivata: si rinnoverà di nuovo alla fine del periodo di fatturazione

  @failure_path @verifies:006.2 @verifies:006.3
  Scenario: Esc chiude la finestra di conferma senza annullare nulla
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 3 licenze utente e fatturazione "Annuale"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    Allora si apre la finestra di conferma, modale, che indica la scadenza del piano alla fine del periodo di fatturazione
    Quando premo il tasto Esc
    Allora la sottoscrizione a "GoToAssist Remote Support v5" resta attiva: nessun "Annullamento in sospeso", nessuna e-mail, il rinnovo resta alla prossima data di fatturazione

  @failure_path @verifies:006.intro-1 @verifies:006.after-2
  Scenario: Un piano annuale scaduto non viene rinnovato e "Riattiva" viene rifiutato
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 3 licenze utente e fatturazione "Annuale", pagato 1.350,00 € per il periodo dal 1 febbraio 2026, e oggi è il 16 novembre 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando nella pagina Sottoscrizioni, sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni" nell'angolo superiore destro, quindi su "Annulla sottoscrizione"
    E verifico le informazioni nella finestra di conferma e faccio clic su "Sì, annulla"
    E faccio clic su "Chiudi" nella finestra di conferma
    E arriva il giorno in cui il piano scade
    E sul prodotto "GoToAssist Remote Support v5" faccio clic sull'icona "Opzioni", quindi su "Riattiva"
    Allora la riattivazione viene rifiutata con il messaggio "Questa sottoscrizione è terminata e non può più essere riattivata. Aggiungila di nuovo con Aggiungi nuova sottoscrizione."
    E la sottoscrizione a "GoToAssist Remote Support v5" è terminata senza rinnovo e senza l'icona "Opzioni", e 400 giorni dopo nulla è stato rinnovato né addebitato

  @verifies:006.intro-2
  Scenario: Una prova gratuita senza dati di fatturazione scade da sola
    Dato un account con una prova gratuita di "GoToAssist Remote Support v5" "Standard" iniziata 10 giorni fa
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora il menu "Opzioni" di "GoToAssist Remote Support v5" non offre "Annulla sottoscrizione": la prova scade da sola alla fine del periodo di prova

  @corporate @verifies:006.note-1
  Scenario: Un account aziendale gestisce la fatturazione nel Portale di fatturazione Corporate
    Dato un account aziendale (Corporate)
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vengo indirizzato al "Portale di fatturazione Corporate" con le sue domande frequenti e il modulo per il mio rappresentante

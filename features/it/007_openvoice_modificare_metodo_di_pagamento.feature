# language: it
# Articolo 007 (versione italiana): "Modificare il metodo di pagamento" (OpenVoice)
@article_007 @openvoice @self_service
Funzionalità: Modificare il metodo di pagamento
  Il contatto di fatturazione dell'account può aggiornare i dati di fatturazione in qualsiasi
  momento, anche a metà di un ciclo di fatturazione: la nuova carta è quella addebitata al rinnovo
  successivo.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Scenario: Una nuova carta sostituisce quella registrata e paga il rinnovo successivo
    Dato che il mio account self-service, con indirizzo di fatturazione in "Italia", ha "OpenVoice" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando faccio clic su "Metodo di pagamento" nella parte superiore della pagina
    E faccio clic sul link "modifica" accanto al mio metodo di pagamento
    E inserisco il mio numero di partita IVA e faccio clic su "Applica"
    E compilo tutti i campi obbligatori con una nuova carta, quindi faccio clic su "Aggiorna metodo di pagamento"
    Allora la nuova carta è il metodo di pagamento registrato
    Quando passa la data di fatturazione successiva
    Allora in "Cronologia di fatturazione" il rinnovo ha la sua fattura stampabile, addebitata sulla nuova carta

  @purchase @failure_path @verifies:007.intro-4
  Scenario: Una carta rifiutata lascia registrata quella di prima
    Dato un account self-service con "OpenVoice" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando faccio clic su "Metodo di pagamento" nella parte superiore della pagina
    E faccio clic sul link "modifica" accanto al mio metodo di pagamento
    E compilo tutti i campi obbligatori con una carta che viene rifiutata, quindi faccio clic su "Aggiorna metodo di pagamento"
    Allora il metodo di pagamento registrato resta quello di prima

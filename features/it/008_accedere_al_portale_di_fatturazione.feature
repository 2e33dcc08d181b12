# language: it
# Articolo 008 (versione italiana): "Come accedo al mio portale di fatturazione?" (GoTo Meeting)
@article_008 @gotomeeting
Funzionalità: Accedere al portale di fatturazione
  La maggior parte dei contatti di fatturazione accede al Centro fatturazione; i contatti di
  fatturazione degli account più grandi (aziendali) accedono al Portale di fatturazione Corporate.
  Ciascuno ha il suo aiuto quando l'accesso non riesce.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Scenario: Un contatto di fatturazione accede al Centro fatturazione, gestisce i piani e stampa la fattura di ogni rinnovo
    Dato un account self-service con "GoToMeeting" "Business", 5 licenze utente, fatturazione "Mensile" e un credito di 20,00 € sul conto
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora sono nel "Centro fatturazione" con le mie sottoscrizioni
    E il "Centro fatturazione" mi permette di gestire i piani di sottoscrizione e la loro frequenza di fatturazione, di vedere la cronologia di fatturazione e di aggiornare i dati di pagamento
    Quando passa la data di fatturazione successiva
    Allora in "Cronologia di fatturazione" il rinnovo ha la sua fattura stampabile, addebitata sulla carta registrata

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Scenario: Chi non è il contatto di fatturazione sa a chi rivolgersi e può scrivergli
    Dato un account self-service in cui non sono un contatto di fatturazione
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vedo il messaggio che mi indica il nome e l'indirizzo e-mail del mio amministratore della fatturazione
    E "Invia un'e-mail all'amministratore della fatturazione" scrive al mio amministratore della fatturazione

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Scenario: Il contatto di fatturazione di un account aziendale viene indirizzato al Portale di fatturazione Corporate
    Dato un account aziendale (Corporate)
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vengo indirizzato al "Portale di fatturazione Corporate" con le sue domande frequenti e il modulo per il mio rappresentante

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Scenario: Un contatto di fatturazione aziendale accede al Portale di fatturazione Corporate con l'ID utente
    Dato un account aziendale (Corporate)
    Quando accedo al "Portale di fatturazione Corporate" all'indirizzo https://link.goto.com/corp-billing con il mio ID utente e la mia password
    Allora il "Portale di fatturazione Corporate" mostra il mio account

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scenario: Un ID utente che non è di un contatto di fatturazione viene rifiutato con "ID utente non valido"
    Dato un account aziendale (Corporate)
    Quando accedo al "Portale di fatturazione Corporate" all'indirizzo https://link.goto.com/corp-billing con un ID utente che nessun contatto di fatturazione ha
    Allora l'accesso viene rifiutato con il messaggio "ID utente non valido"

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scenario: Una password sbagliata viene rifiutata con "ID utente/password non validi"
    Dato un account aziendale (Corporate)
    Quando accedo al "Portale di fatturazione Corporate" all'indirizzo https://link.goto.com/corp-billing con il mio ID utente e una password sbagliata
    Allora l'accesso viene rifiutato con il messaggio "ID utente/password non validi"

  @corporate @failure_path @verifies:008.intro-11
  Scenario: Password dimenticata? invia per e-mail un link di reimpostazione che funziona una volta sola
    Dato un account aziendale (Corporate)
    Quando sul "Portale di fatturazione Corporate" all'indirizzo https://link.goto.com/corp-billing seleziono "Password dimenticata?", inserisco il mio ID utente e seleziono "Invia"
    Allora ricevo un link per reimpostare la password all'indirizzo e-mail del mio account di contatto di fatturazione
    Quando apro il link e scelgo una nuova password
    Allora posso accedere al "Portale di fatturazione Corporate" con il mio ID utente e la nuova password, non più con quella vecchia
    E lo stesso link, aperto una seconda volta, viene rifiutato con il messaggio "Questo link per reimpostare la password è già stato usato. Ogni link funziona una sola volta: richiedine uno nuovo con Password dimenticata?"

# language: it
# Articolo 001: "Come posso rimuovere licenze utente dal piano di sottoscrizione a GoToAssist Remote Support v5?"
@article_001 @gotoassist_rs_v5 @self_service
Funzionalità: Rimuovere licenze utente dal piano di sottoscrizione GoToAssist Remote Support v5
  I contatti di fatturazione possono rimuovere in qualsiasi momento licenze utente da un piano di
  sottoscrizione esistente. Le modifiche hanno effetto immediato e vengono ripartite
  proporzionalmente in base al saldo corrente dell'account.

  @smoke @purchase @verifies:001.intro-1 @verifies:001.intro-2 @verifies:001.1 @verifies:001.2 @verifies:001.3 @verifies:001.4 @verifies:001.5 @verifies:001.6 @verifies:001.result-1
  Scenario: Ridurre le licenze utente: resta un credito e non viene chiesto alcun pagamento
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 10 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToAssist Remote Support v5" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 4
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E non mi viene chiesto alcun pagamento
    Quando effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E sull'account resta un credito
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @verifies:001.tip-1
  Scenario: Modificare l'ordine dalla pagina di riepilogo: le scelte restano
    Dato un account self-service con "GoToAssist Remote Support v5" "Standard", 10 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoToAssist Remote Support v5" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 6
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E torno alla selezione con "Modifica ordine"
    Allora le mie scelte sono mantenute
    Quando aggiorno il numero di licenze utente a 5
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

  @purchase @verifies:001.troubleshooting-1
  Scenario: Una prova gratuita terminata mostra "Abbonati ora" invece dell'icona delle opzioni
    Dato un account con una prova gratuita di "GoToAssist Remote Support v5" "Standard" terminata
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora sul prodotto "GoToAssist Remote Support v5" non vedo l'icona "Opzioni", ma "Abbonati ora"
    Quando sul prodotto "GoToAssist Remote Support v5" faccio clic su "Abbonati ora"
    E aggiorno il numero di licenze utente a 3
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @corporate @verifies:001.note-1
  Scenario: Un account aziendale gestisce la fatturazione nel Portale di fatturazione Corporate
    Dato un account aziendale (Corporate)
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vengo indirizzato al "Portale di fatturazione Corporate" con le sue domande frequenti e il modulo per il mio rappresentante

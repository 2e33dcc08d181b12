# language: it
# Articolo 000: "Come posso rimuovere licenze utente dal mio piano di sottoscrizione OpenVoice?"
@article_000 @openvoice @self_service
Funzionalità: Rimuovere licenze utente dal piano di sottoscrizione OpenVoice
  I contatti di fatturazione possono rimuovere in qualsiasi momento licenze utente da un piano di
  sottoscrizione esistente. Le modifiche hanno effetto immediato e vengono ripartite
  proporzionalmente in base al saldo corrente dell'account.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Scenario: Ridurre le licenze utente: resta un credito e non viene chiesto alcun pagamento
    Dato un account self-service con "OpenVoice" "Standard", 10 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "OpenVoice" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 4
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E non mi viene chiesto alcun pagamento
    Quando effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E sull'account resta un credito
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @verifies:000.tip-1
  Scenario: Modificare l'ordine dalla pagina di riepilogo: le scelte restano
    Dato un account self-service con "OpenVoice" "Standard", 10 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "OpenVoice" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 6
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    E torno alla selezione con "Modifica ordine"
    Allora le mie scelte sono mantenute
    Quando aggiorno il numero di licenze utente a 5
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

  @purchase @verifies:000.troubleshooting-1
  Scenario: Una prova gratuita terminata mostra "Abbonati ora" invece dell'icona delle opzioni
    Dato un account con una prova gratuita di "OpenVoice" "Standard" terminata
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora sul prodotto "OpenVoice" non vedo l'icona "Opzioni", ma "Abbonati ora"
    Quando sul prodotto "OpenVoice" faccio clic su "Abbonati ora"
    E aggiorno il numero di licenze utente a 3
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Scenario: Un account aziendale gestisce la fatturazione nel Portale di fatturazione Corporate
    Dato un account aziendale (Corporate)
    Quando accedo al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vengo indirizzato al "Portale di fatturazione Corporate" con le sue domande frequenti e il modulo per il mio rappresentante

  @not_billing_contact @verifies:000.intro-1
  Scenario: Chi non è un contatto di fatturazione vede le sottoscrizioni ma non può modificarle
    Dato un account self-service in cui non sono un contatto di fatturazione
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora vedo le sottoscrizioni, ma senza l'icona "Opzioni": solo un contatto di fatturazione può modificarle

# language: it
# Articolo 002: "Come posso modificare il piano di sottoscrizione a GoTo Webinar corrente?"
@article_002 @goto_webinar @self_service
Funzionalità: Modificare il piano di sottoscrizione a GoTo Webinar corrente
  Il contatto di fatturazione del tuo account può modificare il piano di sottoscrizione a GoTo Webinar
  in qualsiasi momento per sbloccare funzionalità avanzate, aggiungere ulteriori licenze utente o
  modificare il periodo di fatturazione. Le modifiche hanno effetto immediato e vengono ripartite
  proporzionalmente in base al saldo corrente dell'account.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Scenario: Passare a un piano superiore con più licenze utente
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E scelgo il piano "Pro"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto
    E assegno le nuove licenze ai miei utenti

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Scenario: Ridurre il numero di licenze utente e passare alla fatturazione annuale
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 3
    E scelgo la frequenza di fatturazione "Annuale"
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @verifies:002.intro-2
  Scenario: Il downgrade del piano non si fa online: "Contatta il supporto"
    Dato un account self-service con "GoTo Webinar" "Pro", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E scelgo il piano "Lite"
    Allora il cambio di piano viene rifiutato online con il link "Contatta il supporto"

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Scenario: Con articoli già nel carrello: "Aggiungi al carrello", poi "Completa la transazione"
    Dato un account self-service con un articolo già nel carrello con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile"
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 7
    E esamino il "Riepilogo ordine", poi seleziono "Aggiungi al carrello" e nel carrello "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @purchase @verifies:002.warning-1
  Schema dello scenario: Una prova gratuita terminata: "Abbonati ora" porta all'acquisto di <licenze> licenze utente
    Dato un account con una prova gratuita di "GoTo Webinar" "Standard" terminata
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora sul prodotto "GoTo Webinar" non vedo l'icona "Opzioni", ma "Abbonati ora"
    Quando sul prodotto "GoTo Webinar" faccio clic su "Abbonati ora"
    E aggiorno il numero di licenze utente a <licenze>
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi

    # 1: il piano e le licenze della prova, il numero più basso, lasciati come sono.
    Esempi:
      | licenze |
      | 1       |
      | 2       |

  @verifies:002.after-1
  Scenario: Non si possono assegnare più licenze di quelle acquistate
    Dato un account self-service con "GoTo Webinar" "Standard", 2 licenze utente e fatturazione "Mensile", e 3 altri utenti
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Allora posso assegnare "GoTo Webinar" a tanti utenti quante sono le licenze acquistate, uno alla volta, e non a uno di più

  @purchase @verifies:002.intro-2 @verifies:002.6
  Scenario: Il saldo a credito dell'account viene usato per primo
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente, fatturazione "Mensile" e un credito di 100,00 € sul conto
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto
    E mi viene chiesto di effettuare un pagamento
    Quando inserisco i miei dati di pagamento e aggiungo il mio numero di partita IVA
    E effettuo l'ordine con "Effettua ordine"
    Allora il mio piano di sottoscrizione è modificato e il nuovo periodo di fatturazione inizia oggi
    E ricevo un'e-mail di conferma con i dettagli del mio acquisto

  @verifies:002.intro-2 @verifies:002.5
  Scenario: Il credito per i giorni non usati è arrotondato al centesimo
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile", pagato 100,01 € per il periodo dal 1 febbraio 2026, e oggi è il 15 febbraio 2026
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

  @verifies:002.intro-2 @verifies:002.5
  Schema dello scenario: Il credito per i giorni non usati con l'importo pagato più piccolo: <pagato>
    Dato un account self-service con "GoTo Webinar" "Standard", 5 licenze utente e fatturazione "Mensile", pagato <pagato> per il periodo dal 1 febbraio 2026, e oggi è il <oggi>
    E che ho effettuato l'accesso al "Centro fatturazione" all'indirizzo https://billing.goto.com
    Quando sul prodotto "GoTo Webinar" seleziono l'icona "Opzioni" nell'angolo superiore destro, poi scelgo "Modifica sottoscrizione"
    E aggiorno il numero di licenze utente a 8
    E esamino il "Riepilogo ordine" in fondo alla pagina, quindi seleziono "Completa la transazione"
    Allora nella pagina "Completa transazione" rivedo il periodo di fatturazione a partire da oggi, il numero di licenze, il costo del piano e il totale dovuto

    # Nulla pagato, nessun credito; un centesimo pagato ne vale uno (27 giorni su 28 non usati:
    # 0,0096, arrotondato); un euro pagato vale la metà a metà periodo.
    Esempi:
      | pagato | oggi             |
      | 0,00 € | 2 febbraio 2026  |
      | 0,01 € | 2 febbraio 2026  |
      | 1,00 € | 15 febbraio 2026 |

"""Direct Playwright: "Passare a un piano superiore con più licenze utente" (article 002, Italian).

The same clicks and key checks as the harness scenario (features/it/002_goto_webinar_modificare_piano.feature,
@smoke): GoTo Webinar Standard, 5 licenses monthly → Pro, 8 licenses; the Order Summary, Checkout,
payment and VAT number, Place Order, the result, the card afterwards, the confirmation email, and
assigning a new license. No pytest, no page objects: role/name locators with the Italian labels.

    python tools/direct/upgrade_002.py [--json] [--defect NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from playwright.sync_api import expect

from tools.direct.common import (
    IT_VAT_NUMBER,
    TEST_CARD,
    Flow,
    Run,
    card_expiry,
    cents,
    definition,
    email_facts,
    equal,
    fact,
    long_date,
    main,
    money,
    period_end,
    price,
)

PRODUCT = "GoTo Webinar"


def steps(run: Run) -> None:
    page, today = run.page, run.today
    held = cents(price(run.catalog, "goto-webinar", "standard", "EUR", "monthly") * 5)
    unit = price(run.catalog, "goto-webinar", "pro", "EUR", "monthly")
    plan_cost = cents(unit * 8)
    total_due = plan_cost - held  # the whole period paid today comes back as credit
    ends = period_end(today, "monthly")
    with run.phase("flow"):
        # The card before the change: what the account holds.
        card = page.get_by_role("main").get_by_role("article", name=PRODUCT)
        equal("plan on the card", definition(card, "Piano"), "Standard")
        equal("licenses on the card", int(definition(card, "Licenze utente")), 5)
        equal("frequency on the card", definition(card, "Frequenza di fatturazione"), "Mensile")
        equal("next billing date on the card", definition(card, "Prossima data di fatturazione"), long_date(ends, "it"))
        equal("price on the card", money(definition(card, "Prezzo").removesuffix("al mese"), "it"), held)

        card.get_by_role("button", name="Opzioni").click()
        expect(card.get_by_role("menu")).to_be_visible()
        card.get_by_role("menuitem", name="Modifica sottoscrizione").click()
        run.expect_heading(f"Modifica sottoscrizione: {PRODUCT}")

        main_region = page.get_by_role("main")
        main_region.get_by_role("region", name="Piano", exact=True).get_by_role("button", name="Modifica").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_role("radio", name="Pro", exact=True).check()
        dialog.get_by_role("button", name="Fine").click()
        expect(dialog).to_be_hidden()
        expect(main_region.get_by_role("region", name="Piano", exact=True).get_by_role("strong")).to_have_text("Pro")
        licenses = main_region.get_by_role("spinbutton", name="Licenze utente")
        licenses.fill("8")
        expect(licenses).to_have_value("8")

        summary = main_region.get_by_role("region", name="Riepilogo ordine")
        expect(summary.get_by_role("definition").nth(1)).to_have_text("Pro")  # Piano, as it re-renders
        expect(summary.get_by_role("definition").nth(2)).to_have_text("8")  # Licenze utente
        equal("Order Summary plan", definition(summary, "Piano"), "Pro")
        equal("Order Summary licenses", int(definition(summary, "Licenze utente")), 8)
        per_license = definition(summary, "Prezzo per licenza").removesuffix("al mese")
        equal("Order Summary price per license", money(per_license, "it"), unit)
        equal("Order Summary plan cost", money(definition(summary, "Costo del piano"), "it"), plan_cost)
        credit = money(definition(summary, "Credito per la parte non utilizzata del piano attuale"), "it")
        equal("Order Summary credit", credit, -held)
        equal("Order Summary total due", money(definition(summary, "Totale dovuto oggi"), "it"), total_due)
        proceed = main_region.get_by_role("button", name="Completa la transazione")
        expect(proceed).to_be_enabled()
        proceed.click()

        run.expect_heading("Completa transazione")
        review = main_region.get_by_role("article")
        expect(review).to_have_count(1)
        line = main_region.get_by_role("article", name=PRODUCT)
        period = f"{long_date(today, 'it')} – {long_date(ends, 'it')} (a partire da oggi)"
        equal("billing period", definition(line, "Periodo di fatturazione"), period)
        equal("licenses", int(definition(line, "Licenze utente")), 8)
        equal("plan cost", money(definition(line, "Costo del piano"), "it"), plan_cost)
        equal("total due", money(definition(main_region, "Totale dovuto"), "it"), total_due)

        payment = main_region.get_by_role("region", name="Dati di pagamento")
        expect(payment).to_be_visible()  # money is due: the page asks for a payment
        payment.get_by_role("textbox", name="Nome sulla carta").fill("Giulia Rossi")
        payment.get_by_role("textbox", name="Numero della carta").fill(TEST_CARD)
        payment.get_by_role("textbox", name="Data di scadenza (MM/AA)").fill(card_expiry(today))
        payment.get_by_role("textbox", name="Codice di sicurezza (CVC)").fill("123")
        main_region.get_by_role("textbox", name="Numero di partita IVA").fill(IT_VAT_NUMBER)
        main_region.get_by_role("button", name="Effettua ordine").click()

        run.expect_heading("Grazie! Il tuo ordine è stato effettuato.")
        number = main_region.get_by_role("status").get_by_role("strong").inner_text().strip()
        billing_date = main_region.get_by_role("paragraph").get_by_role("time").inner_text()
        equal("billing date", billing_date, long_date(today, "it"))
        equal("total charged", money(definition(main_region, "Totale addebitato"), "it"), total_due)
        equal("balance after", money(definition(main_region, "Saldo dell'account (credito)"), "it"), 0)
        note = main_region.get_by_role("note").filter(has=page.get_by_role("link", name="Gestisci licenze utente"))
        expect(note).to_have_count(1)  # more licenses: the reminder to assign them

        page.goto("/billing")
        run.expect_heading("Centro fatturazione")
        card = page.get_by_role("main").get_by_role("article", name=PRODUCT)
        equal("plan on the card after", definition(card, "Piano"), "Pro")
        equal("licenses on the card after", int(definition(card, "Licenze utente")), 8)
        equal("frequency on the card after", definition(card, "Frequenza di fatturazione"), "Mensile")
        equal("next billing date after", definition(card, "Prossima data di fatturazione"), long_date(ends, "it"))

    with run.phase("email"):
        message = run.mail(subject_contains=number)
        for part, sheet in email_facts(message).items():
            equal(f"email ({part}) order number", fact(sheet, "Numero ordine"), number)
            equal(f"email ({part}) total due", money(fact(sheet, "Totale dovuto"), "it"), total_due)
            equal(f"email ({part}) balance", money(fact(sheet, "Saldo dell'account (credito)"), "it"), 0)
            equal(f"email ({part}) plan", fact(sheet, "Piano"), "Pro")
            equal(f"email ({part}) licenses", int(fact(sheet, "Licenze utente")), 8)
            equal(f"email ({part}) plan cost", money(fact(sheet, "Costo del piano"), "it"), plan_cost)
            period = f"{long_date(today, 'it')} – {long_date(ends, 'it')}"
            equal(f"email ({part}) billing period", fact(sheet, "Periodo di fatturazione"), period)
            equal(
                f"email ({part}) next billing date", fact(sheet, "Prossima data di fatturazione"), long_date(ends, "it")
            )

    with run.phase("flow"):
        # Assign one of the new licenses to the colleague.
        page.goto("/users")
        run.expect_heading("Licenze utente")
        table = page.get_by_role("main").get_by_role("table")
        expect(table.get_by_role("columnheader", name=f"{PRODUCT} 0 di 8 licenze assegnate")).to_be_visible()
        colleague = table.get_by_role("checkbox", name=f"{PRODUCT} per Marco Bianchi")
        colleague.check()
        page.get_by_role("main").get_by_role("button", name="Salva").click()
        expect(page.get_by_role("main").get_by_role("status")).to_be_visible()
        expect(colleague).to_be_checked()
        expect(table.get_by_role("columnheader", name=f"{PRODUCT} 1 di 8 licenze assegnate")).to_be_visible()


FLOW = Flow(
    locale="it",
    site="Centro fatturazione",
    holds={"product": "goto-webinar", "tier": "standard", "licenses": 5, "frequency": "monthly", "status": "active"},
    steps=steps,
)

if __name__ == "__main__":
    sys.exit(main("upgrade_002"))

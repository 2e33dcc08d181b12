"""Direct Playwright: "Ridurre le licenze utente: resta un credito e non viene chiesto alcun
pagamento" (article 000, Italian, @smoke).

The same clicks and key checks as the harness scenario (features/it/000_openvoice_rimuovere_licenze.feature):
OpenVoice Standard, 10 licenses monthly → 4 licenses; the Order Summary, Checkout without a
payment, Place Order, the result with the credit left, the card afterwards and the confirmation
email. No pytest, no page objects: role/name locators with the Italian labels.

    python tools/direct/remove_licenses_000.py [--json] [--defect NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from playwright.sync_api import expect

from tools.direct.common import (
    Flow,
    Run,
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

PRODUCT = "OpenVoice"


def steps(run: Run) -> None:
    page, today = run.page, run.today
    unit = price(run.catalog, "openvoice", "standard", "EUR", "monthly")
    held = cents(unit * 10)
    plan_cost = cents(unit * 4)
    credit_left = held - plan_cost  # the whole period paid today comes back; nothing is due
    ends = period_end(today, "monthly")
    with run.phase("flow"):
        card = page.get_by_role("main").get_by_role("article", name=PRODUCT)
        equal("plan on the card", definition(card, "Piano"), "Standard")
        equal("licenses on the card", int(definition(card, "Licenze utente")), 10)
        equal("frequency on the card", definition(card, "Frequenza di fatturazione"), "Mensile")
        equal("next billing date on the card", definition(card, "Prossima data di fatturazione"), long_date(ends, "it"))
        equal("price on the card", money(definition(card, "Prezzo").removesuffix("al mese"), "it"), held)

        card.get_by_role("button", name="Opzioni").click()
        expect(card.get_by_role("menu")).to_be_visible()
        card.get_by_role("menuitem", name="Modifica sottoscrizione").click()
        run.expect_heading(f"Modifica sottoscrizione: {PRODUCT}")

        main_region = page.get_by_role("main")
        licenses = main_region.get_by_role("spinbutton", name="Licenze utente")
        licenses.fill("4")
        expect(licenses).to_have_value("4")

        summary = main_region.get_by_role("region", name="Riepilogo ordine")
        expect(summary.get_by_role("definition").nth(2)).to_have_text("4")  # Licenze utente, as it re-renders
        equal("Order Summary plan", definition(summary, "Piano"), "Standard")
        per_license = definition(summary, "Prezzo per licenza").removesuffix("al mese")
        equal("Order Summary price per license", money(per_license, "it"), unit)
        equal("Order Summary plan cost", money(definition(summary, "Costo del piano"), "it"), plan_cost)
        credit = money(definition(summary, "Credito per la parte non utilizzata del piano attuale"), "it")
        equal("Order Summary credit", credit, -held)
        equal("Order Summary total due", money(definition(summary, "Totale dovuto oggi"), "it"), 0)
        proceed = main_region.get_by_role("button", name="Completa la transazione")
        expect(proceed).to_be_enabled()
        proceed.click()

        run.expect_heading("Completa transazione")
        expect(main_region.get_by_role("article")).to_have_count(1)
        line = main_region.get_by_role("article", name=PRODUCT)
        period = f"{long_date(today, 'it')} – {long_date(ends, 'it')} (a partire da oggi)"
        equal("billing period", definition(line, "Periodo di fatturazione"), period)
        equal("licenses", int(definition(line, "Licenze utente")), 4)
        equal("plan cost", money(definition(line, "Costo del piano"), "it"), plan_cost)
        equal("total due", money(definition(main_region, "Totale dovuto"), "it"), 0)
        # Nothing is due: the page asks for no payment.
        expect(main_region.get_by_role("region", name="Dati di pagamento")).to_have_count(0)
        main_region.get_by_role("button", name="Effettua ordine").click()

        run.expect_heading("Grazie! Il tuo ordine è stato effettuato.")
        number = main_region.get_by_role("status").get_by_role("strong").inner_text().strip()
        billing_date = main_region.get_by_role("paragraph").get_by_role("time").inner_text()
        equal("billing date", billing_date, long_date(today, "it"))
        equal("total charged", money(definition(main_region, "Totale addebitato"), "it"), 0)
        equal("credit left", money(definition(main_region, "Saldo dell'account (credito)"), "it"), credit_left)
        reminder = main_region.get_by_role("note").filter(has=page.get_by_role("link", name="Gestisci licenze utente"))
        expect(reminder).to_have_count(0)  # fewer licenses: nothing new to assign

        page.goto("/billing")
        run.expect_heading("Centro fatturazione")
        card = page.get_by_role("main").get_by_role("article", name=PRODUCT)
        equal("plan on the card after", definition(card, "Piano"), "Standard")
        equal("licenses on the card after", int(definition(card, "Licenze utente")), 4)
        equal("frequency on the card after", definition(card, "Frequenza di fatturazione"), "Mensile")
        equal("next billing date after", definition(card, "Prossima data di fatturazione"), long_date(ends, "it"))

    with run.phase("email"):
        message = run.mail(subject_contains=number)
        for part, sheet in email_facts(message).items():
            equal(f"email ({part}) order number", fact(sheet, "Numero ordine"), number)
            equal(f"email ({part}) total due", money(fact(sheet, "Totale dovuto"), "it"), 0)
            equal(f"email ({part}) balance", money(fact(sheet, "Saldo dell'account (credito)"), "it"), credit_left)
            equal(f"email ({part}) plan", fact(sheet, "Piano"), "Standard")
            equal(f"email ({part}) licenses", int(fact(sheet, "Licenze utente")), 4)
            equal(f"email ({part}) plan cost", money(fact(sheet, "Costo del piano"), "it"), plan_cost)
            period = f"{long_date(today, 'it')} – {long_date(ends, 'it')}"
            equal(f"email ({part}) billing period", fact(sheet, "Periodo di fatturazione"), period)
            next_billing = fact(sheet, "Prossima data di fatturazione")
            equal(f"email ({part}) next billing date", next_billing, long_date(ends, "it"))


FLOW = Flow(
    locale="it",
    site="Centro fatturazione",
    holds={"product": "openvoice", "tier": "standard", "licenses": 10, "frequency": "monthly", "status": "active"},
    steps=steps,
)

if __name__ == "__main__":
    sys.exit(main("remove_licenses_000"))

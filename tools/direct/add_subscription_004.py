"""Direct Playwright: "Buy a subscription: OpenVoice "Business", 4 licenses billed "Monthly""
(article 004, English, @smoke; the first example of the outline).

The same clicks and key checks as the harness scenario (features/en/004_add_subscription_or_trial.feature):
a self-service account with GoToMeeting Business, 3 licenses monthly; Add New Subscription →
OpenVoice → Buy → Business, 4 licenses → Next → Monthly → Proceed to Checkout; the review, the
payment, Place Order, the result, the new card, the confirmation email and assigning a license.
No pytest, no page objects: role/name locators with the English labels.

    python tools/direct/add_subscription_004.py [--json] [--defect NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from playwright.sync_api import expect

from tools.direct.common import (
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

PRODUCT = "OpenVoice"


def steps(run: Run) -> None:
    page, today = run.page, run.today
    plan_cost = cents(price(run.catalog, "openvoice", "business", "USD", "monthly") * 4)  # new: no credit
    ends = period_end(today, "monthly")
    main_region = page.get_by_role("main")
    with run.phase("flow"):
        main_region.get_by_role("link", name="Add New Subscription", exact=True).click()
        run.expect_heading("Add New Subscription")
        main_region.get_by_role("listitem").get_by_role("link", name=PRODUCT, exact=True).click()
        run.expect_heading(f"Add New Subscription: {PRODUCT}")
        main_region.get_by_role("link", name="Buy", exact=True).click()
        run.expect_heading(f"Buy {PRODUCT}")
        expect(main_region.get_by_role("button", name="Next")).to_be_visible()

        tier = main_region.get_by_role("region", name="Plan").get_by_role("radio", name="Business", exact=True)
        tier.check()
        expect(tier).to_be_checked()
        licenses = main_region.get_by_role("spinbutton", name="Number of new user licenses")
        licenses.fill("4")
        expect(licenses).to_have_value("4")
        main_region.get_by_role("button", name="Next").click()

        run.expect_heading(f"Buy {PRODUCT}")
        selection = main_region.get_by_role("region", name="Your selection")
        expect(selection).to_be_visible()
        equal("selected product", definition(selection, "Product"), PRODUCT)
        equal("selected plan", definition(selection, "Plan"), "Business")
        equal("selected licenses", int(definition(selection, "User licenses")), 4)
        monthly = main_region.get_by_role("group", name="Billing frequency").get_by_role("radio", name="Monthly")
        monthly.check()
        expect(monthly).to_be_checked()
        summary = main_region.get_by_role("region", name="Order Summary")
        expect(summary.get_by_role("definition").nth(3)).to_have_text("Monthly")  # as it re-renders
        main_region.get_by_role("button", name="Proceed to Checkout").click()

        run.expect_heading("Checkout")
        expect(main_region.get_by_role("article")).to_have_count(1)
        line = main_region.get_by_role("article", name=PRODUCT)
        period = f"{long_date(today, 'en')} to {long_date(ends, 'en')} (starting today)"
        equal("billing period", definition(line, "Billing period"), period)
        equal("licenses", int(definition(line, "User licenses")), 4)
        equal("plan cost", money(definition(line, "Plan cost"), "en"), plan_cost)
        equal("total due", money(definition(main_region, "Total due"), "en"), plan_cost)

        payment = main_region.get_by_role("region", name="Payment details")
        expect(payment).to_be_visible()  # money is due: the page asks for a payment
        payment.get_by_role("textbox", name="Name on card").fill("Emily Carter")
        payment.get_by_role("textbox", name="Card number").fill(TEST_CARD)
        payment.get_by_role("textbox", name="Expiry date (MM/YY)").fill(card_expiry(today))
        payment.get_by_role("textbox", name="Security code (CVC)").fill("123")
        # A US account has no VAT number to add.
        main_region.get_by_role("button", name="Place Order").click()

        run.expect_heading("Thank you! Your order has been placed.")
        number = main_region.get_by_role("status").get_by_role("strong").inner_text().strip()
        billing_date = main_region.get_by_role("paragraph").get_by_role("time").inner_text()
        equal("billing date", billing_date, long_date(today, "en"))
        equal("total charged", money(definition(main_region, "Total charged"), "en"), plan_cost)
        reminder = main_region.get_by_role("note").filter(has=page.get_by_role("link", name="Manage user licenses"))
        expect(reminder).to_have_count(1)  # new licenses: the reminder to assign them

        page.goto("/billing")
        run.expect_heading("Billing Center")
        card = main_region.get_by_role("article", name=PRODUCT)
        equal("plan on the new card", definition(card, "Plan"), "Business")
        equal("licenses on the new card", int(definition(card, "User licenses")), 4)
        equal("frequency on the new card", definition(card, "Billing frequency"), "Monthly")
        equal("next billing date", definition(card, "Next billing date"), long_date(ends, "en"))

    with run.phase("email"):
        message = run.mail(subject_contains=number)
        for part, sheet in email_facts(message).items():
            equal(f"email ({part}) order number", fact(sheet, "Order number"), number)
            equal(f"email ({part}) total due", money(fact(sheet, "Total due"), "en"), plan_cost)
            equal(f"email ({part}) balance", money(fact(sheet, "Account balance (credit)"), "en"), 0)
            equal(f"email ({part}) plan", fact(sheet, "Plan"), "Business")
            equal(f"email ({part}) licenses", int(fact(sheet, "User licenses")), 4)
            equal(f"email ({part}) plan cost", money(fact(sheet, "Plan cost"), "en"), plan_cost)
            period = f"{long_date(today, 'en')} to {long_date(ends, 'en')}"
            equal(f"email ({part}) billing period", fact(sheet, "Billing period"), period)
            equal(f"email ({part}) next billing date", fact(sheet, "Next billing date"), long_date(ends, "en"))

    with run.phase("flow"):
        page.goto("/users")
        run.expect_heading("User licenses")
        table = main_region.get_by_role("table")
        expect(table.get_by_role("columnheader", name=f"{PRODUCT} 0 of 4 licenses assigned")).to_be_visible()
        colleague = table.get_by_role("checkbox", name=f"{PRODUCT} for James Miller")
        colleague.check()
        main_region.get_by_role("button", name="Save").click()
        expect(main_region.get_by_role("status")).to_be_visible()
        expect(colleague).to_be_checked()
        expect(table.get_by_role("columnheader", name=f"{PRODUCT} 1 of 4 licenses assigned")).to_be_visible()


FLOW = Flow(
    locale="en",
    site="Billing Center",
    holds={"product": "gotomeeting", "tier": "business", "licenses": 3, "frequency": "monthly", "status": "active"},
    steps=steps,
)

if __name__ == "__main__":
    sys.exit(main("add_subscription_004"))

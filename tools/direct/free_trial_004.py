"""Direct Playwright: "Request a free trial" (article 004, English, @smoke).

The same clicks and key checks as the harness scenario (features/en/004_add_subscription_or_trial.feature):
a self-service account with GoToMeeting Business, 3 licenses monthly; Add New Subscription →
OpenVoice → Try → Standard, 2 licenses → Next → Start Trial; the confirmation screen and the
welcome email. No pytest, no page objects: role/name locators with the English labels.

    python tools/direct/free_trial_004.py [--json] [--defect NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datetime import timedelta

from playwright.sync_api import expect

from tools.direct.common import (
    Flow,
    Run,
    check,
    definition,
    email_facts,
    equal,
    fact,
    long_date,
    main,
)

PRODUCT = "OpenVoice"


def steps(run: Run) -> None:
    page, today = run.page, run.today
    openvoice = [product for product in run.catalog["products"] if product["code"] == "openvoice"]
    check(len(openvoice) == 1, "the catalog has no OpenVoice")
    trial_ends = long_date(today + timedelta(days=int(openvoice[0]["trial_days"])), "en")
    main_region = page.get_by_role("main")
    with run.phase("flow"):
        main_region.get_by_role("link", name="Add New Subscription", exact=True).click()
        run.expect_heading("Add New Subscription")
        main_region.get_by_role("listitem").get_by_role("link", name=PRODUCT, exact=True).click()
        run.expect_heading(f"Add New Subscription: {PRODUCT}")
        main_region.get_by_role("link", name="Try", exact=True).click()
        run.expect_heading(f"Try {PRODUCT} for free")
        expect(main_region.get_by_role("button", name="Next")).to_be_visible()

        tier = main_region.get_by_role("region", name="Plan").get_by_role("radio", name="Standard", exact=True)
        tier.check()
        expect(tier).to_be_checked()
        licenses = main_region.get_by_role("spinbutton", name="Number of new user licenses")
        licenses.fill("2")
        expect(licenses).to_have_value("2")
        main_region.get_by_role("button", name="Next").click()

        run.expect_heading(f"Try {PRODUCT} for free")
        trial = main_region.get_by_role("region", name="Your free trial")
        expect(trial).to_be_visible()
        equal("trial product", definition(trial, "Product"), PRODUCT)
        equal("trial plan", definition(trial, "Plan"), "Standard")
        equal("trial licenses", int(definition(trial, "User licenses")), 2)
        main_region.get_by_role("button", name="Start Trial").click()

        run.expect_heading("Your free trial has started")
        equal("confirmed product", definition(main_region, "Product"), PRODUCT)
        equal("confirmed plan", definition(main_region, "Plan"), "Standard")
        equal("confirmed licenses", int(definition(main_region, "User licenses")), 2)
        equal("trial ends on", definition(main_region, "Trial ends on"), trial_ends)

    with run.phase("email"):
        for part, sheet in email_facts(run.mail()).items():
            equal(f"welcome email ({part}) product", fact(sheet, "Product"), PRODUCT)
            equal(f"welcome email ({part}) plan", fact(sheet, "Plan"), "Standard")
            equal(f"welcome email ({part}) licenses", int(fact(sheet, "User licenses")), 2)
            equal(f"welcome email ({part}) trial ends on", fact(sheet, "Trial ends on"), trial_ends)


FLOW = Flow(
    locale="en",
    site="Billing Center",
    holds={"product": "gotomeeting", "tier": "business", "licenses": 3, "frequency": "monthly", "status": "active"},
    steps=steps,
)

if __name__ == "__main__":
    sys.exit(main("free_trial_004"))

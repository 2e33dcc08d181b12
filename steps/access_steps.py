"""Steps of addresses opened directly: what a user gets who opens a page of the Billing Center from
a bookmark, a link a colleague shared, the browser's history or the address typed, rather than by
following the pages (OWASP's "broken access control": the server, not the menu, decides).

The addresses are the page objects' (`OrderResultPage.address`, `WizardConfirmStep.summary_address`,
...), opened through `flows.open_address`; what they name (the order, the subscription, the cart
item) is what the harness set up or the scenario did, read back by id from the control API where
the harness made it. Refusals are asserted by their page's heading and whole message, both
checked against the vocabulary first.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from playwright.sync_api import Page

import flows
from billing_e2e.accounts import TRIAL_DAYS
from billing_e2e.domain import PRODUCT_CODES
from pages import AnyPage, CancelSubscriptionDialog, RefusalPage, SignInPage, WizardConfirmStep, WizardPlanStep
from pages.base import CurrentPage
from pages.result import OrderResultPage
from pages.user_licenses import UserLicensesPage
from pages.vocabulary import Vocabulary

from .account_steps import AccountMaker
from .checkout_steps import PlacedOrder
from .failure_steps import AccountRecords
from .phrasing import given, require_label, step_values, then, when
from .state import ScenarioAccount, frequency_code

# The headings of the pages that refuse an address, by their vocabulary keys.
REFUSAL_TITLES = ("forbidden_title", "not_found_title", "bad_request_title", "error_title")


def _product_code(product: str) -> str:
    if product not in PRODUCT_CODES:
        raise AssertionError(f"{product!r} is not a product the harness knows: {', '.join(PRODUCT_CODES)}")
    return PRODUCT_CODES[product]


# --- the account ------------------------------------------------------------------------------


@given(target_fixture="account")
def an_account_with_a_change_in_its_cart(
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    cart_licenses: int,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    """A change of the subscription put in the cart earlier (Edit Subscription, then Add to Cart)."""
    billed = frequency_code(vocabulary, frequency)
    return account_maker.make(
        "self_service", (product, tier, licenses, billed), changes_in_cart=((product, tier, cart_licenses, billed),)
    )


# --- signing in and out -------------------------------------------------------------------------


@when()
def sign_out(page: Page, vocabulary: Vocabulary) -> None:
    AnyPage(page, vocabulary).expect_loaded().sign_out()


@when()
def sign_in_where_sent(current_page: CurrentPage, account: ScenarioAccount) -> None:
    current_page(SignInPage).sign_in_to_where_sent(account.email, account.password)


@when()
def sign_in_as_a_colleague(current_page: CurrentPage, account: ScenarioAccount) -> None:
    if account.colleague is None:
        raise AssertionError("the harness made this account without a colleague who is not a billing contact")
    current_page(SignInPage).sign_in_to_where_sent(account.colleague.email, account.colleague.password)


# --- addresses opened directly ------------------------------------------------------------------


@when()
def open_the_order_address(page: Page, placed_order: PlacedOrder) -> None:
    flows.open_address(page, OrderResultPage.address(placed_order.number))


@when()
def open_the_summary_address(summary: str, product: str, page: Page, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "order_summary", summary)
    flows.open_address(page, WizardConfirmStep.summary_address(_product_code(product)))


@when()
def open_the_cancel_address(
    cancel_subscription: str, product: str, page: Page, vocabulary: Vocabulary, account_records: AccountRecords
) -> None:
    require_label(vocabulary, "cancel_subscription", cancel_subscription)
    code = _product_code(product)
    ids = [sub["id"] for sub in account_records.state()["subscriptions"] if sub["product"] == code]
    assert len(ids) == 1, f"the account holds {len(ids)} subscriptions of {product}"
    flows.open_address(page, CancelSubscriptionDialog.address(int(ids[0])))


def _the_change_in_the_cart(account_records: AccountRecords, code: str) -> dict[str, Any]:
    changes = [item for item in account_records.state()["cart"] if item["product"] == code and item["kind"] == "change"]
    assert len(changes) == 1, f"the cart holds {len(changes)} changes of {code}: {account_records.state()['cart']}"
    change: dict[str, Any] = changes[0]
    return change


@when()
def open_the_wizard_address_of_the_change(step: str, product: str, page: Page, account_records: AccountRecords) -> None:
    """The wizard's address as Edit Order writes it for a purchase in the cart (`?item=<id>`),
    naming instead the change of the product the cart holds: the wizard edits purchases only."""
    words = step_values("wizard_step")
    if step not in words:
        raise AssertionError(f"unknown wizard step {step!r}; known: {', '.join(words)}")
    code = _product_code(product)
    change = _the_change_in_the_cart(account_records, code)
    if words[step] == "plan":
        address = WizardPlanStep.address(code, "buy", {"item": change["id"]})
    else:  # the confirm step carries the choices of the plan step too, as its form sends them
        query = {"item": change["id"], "tier": change["tier"], "licenses": change["licenses"]}
        address = WizardConfirmStep.address(code, "buy", {**query, "frequency": change["frequency"]})
    flows.open_address(page, address)


# --- what the browser lands on ------------------------------------------------------------------


@then()
def asked_to_sign_in(current_page: CurrentPage) -> None:
    sign_in = current_page(SignInPage)
    assert sign_in.error() is None, f"the sign-in page shows the error {sign_in.error()!r}"


@then()
def refused_with_message(title: str, message: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    if not set(vocabulary.keys_for(title)) & set(REFUSAL_TITLES):
        known = ", ".join(repr(vocabulary[key]) for key in REFUSAL_TITLES)
        raise AssertionError(f"{title!r} is not the heading of a refusal in {vocabulary.locale}: {known}")
    # keys_for, not key_for: a template such as Portuguese «{product} para {user}» matches a message too.
    if not any(key.startswith("error_") for key in vocabulary.keys_for(message)):
        raise AssertionError(f"{message!r} is not an error message of the vocabulary ({vocabulary.locale})")
    shown = current_page(RefusalPage, title=title).reasons()
    assert shown == [message], f"the {title!r} page says {shown}, expected {message!r}"


@then()
def trial_runs_on(product: str, account: ScenarioAccount, account_records: AccountRecords) -> None:
    code = _product_code(product)
    planned = next((sub for sub in account.subscriptions if sub.product == code), None)
    if planned is None or planned.period_start is None:
        raise AssertionError(f"the harness made no free trial of {product} with a start date")
    ends = planned.period_start + timedelta(days=TRIAL_DAYS)
    now = [
        (sub["status"], sub["trial_ends_on"])
        for sub in account_records.state()["subscriptions"]
        if sub["product"] == code
    ]
    assert now == [("trial", ends.isoformat())], f"{product} is now {now}, the trial ending {ends} was made"


# --- a form edited in the browser ---------------------------------------------------------------


@when()
def save_user_licenses_with_a_renamed_field(
    user_licenses: str, product: str, save: str, page: Page, vocabulary: Vocabulary, account: ScenarioAccount
) -> None:
    """No address reaches a malformed User Licenses form: only a form edited in the browser sends
    one (the developer tools, or a tool that replays requests), so that is what the step does."""
    require_label(vocabulary, "user_licenses", user_licenses)
    require_label(vocabulary, "save", save)
    if account.colleague is None:
        raise AssertionError("the harness made this account without a colleague who is not a billing contact")
    licenses = UserLicensesPage(page, vocabulary).open()
    name = account.colleague.full_name
    assert not licenses.is_enabled(product, name), f"{product} is already enabled for {name} before the form is edited"
    licenses.tick_with_its_field_renamed(product, name).save_expecting_another_page()


@then()
def colleague_still_without(product: str, account: ScenarioAccount, account_records: AccountRecords) -> None:
    if account.colleague is None:
        raise AssertionError("the harness made this account without a colleague who is not a billing contact")
    code = _product_code(product)
    assigned = [sub["assigned_users"] for sub in account_records.state()["subscriptions"] if sub["product"] == code]
    assert len(assigned) == 1, f"the account holds {len(assigned)} subscriptions of {product}"
    assert account.colleague.email not in assigned[0], f"{product} was assigned to {account.colleague.email}"

"""Steps of the failure paths: what a billing center must refuse, and how it recovers.

A malformed VAT number or one of another country, a declined card, a license count out of
range, a server error on Place Order, a double submit and a session that expires during checkout.
Faults, sessions and the orders placed are the bundled mock's control API's (`ControlApi`); the
emails are the target's mailbox's. Expected messages are the vocabulary's: a feature quotes the
whole message, and the step checks that it is one of the vocabulary's error messages before
comparing it with what the page shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from babel import Locale

from billing_e2e.control_api import ControlApi
from billing_e2e.factories import DataFactory
from billing_e2e.mailboxes import Mailbox
from billing_e2e.prices import PriceList
from billing_e2e.targets import Target
from billing_e2e.vat_formats import CHECKED_COUNTRIES, VAT_FORMATS, with_check_digit
from fixtures.targets import PurchaseGuard
from pages import CheckoutPage, EditSubscriptionPage, RefusalPage, ServerErrorPage, SignInPage
from pages.base import CurrentPage
from pages.checkout import FIELD_KEYS
from pages.vocabulary import Vocabulary

from .account_steps import AccountMaker
from .checkout_steps import PlacedOrder, ready_to_place
from .mail_steps import mailbox_of
from .phrasing import given, require_label, step_values, then, when
from .state import PlanChange, ScenarioAccount, frequency_code


def country_code(vocabulary: Vocabulary, name: str) -> str:
    """The ISO code of a country named in the locale's language ("Germania" → "DE"), by Babel."""
    territories = Locale.parse(vocabulary.babel_locale).territories
    codes = [code for code, shown in territories.items() if shown.casefold() == name.casefold() and code.isalpha()]
    if len(codes) != 1:
        raise AssertionError(f"{name!r} is not the name of one country in {vocabulary.locale}")
    return str(codes[0])


@dataclass(frozen=True)
class AccountRecords:
    """What the target recorded for the scenario's account: its orders and state (the control
    API) and the emails sent to it (the mailbox)."""

    control: ControlApi
    mailbox: Mailbox
    account_id: int
    email: str

    def orders(self) -> list[dict[str, Any]]:
        return self.control.orders(self.account_id)

    def state(self) -> dict[str, Any]:
        return self.control.account(self.account_id)

    def emails(self) -> int:
        return len(self.mailbox.messages_to(self.email))


@pytest.fixture
def account_records(billing_target: Target, account: ScenarioAccount) -> AccountRecords:
    if billing_target.control is None or account.account_id is None:
        pytest.skip(
            "failure paths need the bundled mock's control API (faults, sessions, orders); not on a live target"
        )
    return AccountRecords(billing_target.control, mailbox_of(billing_target), account.account_id, account.email)


# --- the account ------------------------------------------------------------------------------


@given(target_fixture="account")
def an_account_billed_in(
    country: str,
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    subscription = (product, tier, licenses, frequency_code(vocabulary, frequency))
    return account_maker.make("self_service", subscription, country=country_code(vocabulary, country))


@given(target_fixture="account")
def an_account_with_stale_changes_in_its_cart(
    product: str,
    tier: str,
    other: str,
    other_tier: str,
    frequency: str,
    cart_tier: str,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    """Changes put in the cart earlier that no longer apply by the time of Place Order (the
    subscriptions changed since, set up here through the control API): a downgrade, which goes
    through support, and a change to what the subscription already is. Place Order must re-check
    them and refuse with the first one's reason."""
    billed = frequency_code(vocabulary, frequency)
    return account_maker.make(
        "self_service",
        (product, tier, 5, billed),
        others=((other, other_tier, 5, billed),),
        changes_in_cart=((product, cart_tier, 5, billed), (other, other_tier, 5, billed)),
    )


# --- what the buyer enters --------------------------------------------------------------------


def _enter_card_and_vat(
    current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount, vat_number: str
) -> None:
    checkout = current_page(CheckoutPage)
    checkout.enter_card(test_data.card(today=account.today))
    checkout.enter_vat_number(vat_number)


@when()
def enter_malformed_vat_number(
    country: str, current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount, vocabulary: Vocabulary
) -> None:
    invalid = test_data.invalid_vat_number(country_code(vocabulary, country))
    _enter_card_and_vat(current_page, test_data, account, invalid)


LENGTH_CHANGES = {"longer": 1, "shorter": -1}
"""What `[values.off_by]` of the phrasings means: a VAT number one digit longer or shorter than its
format (the words are each language's, in its phrasing file)."""


@when()
def enter_vat_number_off_by_one_digit(
    country: str,
    off_by: str,
    current_page: CurrentPage,
    test_data: DataFactory,
    account: ScenarioAccount,
    vocabulary: Vocabulary,
) -> None:
    """A number right in all but its length (the harness's table of formats, `vat_formats`): its
    check digit computed over the longer or shorter body, so only the length can refuse it."""
    words = step_values("off_by")
    if off_by not in words or words[off_by] not in LENGTH_CHANGES:
        raise AssertionError(f"{off_by!r} is not one of {', '.join(words)} ([values.off_by] of the phrasings)")
    change = LENGTH_CHANGES[words[off_by]]
    code = country_code(vocabulary, country)
    valid = test_data.vat_number(code)
    if valid is None or code not in CHECKED_COUNTRIES:
        raise AssertionError(f"the harness computes VAT check digits of {', '.join(CHECKED_COUNTRIES)}, not {code}")
    body = valid[2:-1]  # the prefix and the check digit off
    assert len(body) + 1 == VAT_FORMATS[code].longest, f"the factory's {code} VAT number {valid} is not of its format"
    # The digit added or taken off is the company number's last (an Italian number ends with
    # its three-digit province office, which stays).
    cut = len(body) - 3 if code == "IT" else len(body)
    head, tail = body[:cut], body[cut:]
    head = head + head[-1] if change > 0 else head[:-1]
    _enter_card_and_vat(current_page, test_data, account, with_check_digit(code, head + tail))


@when()
def enter_vat_number_of(
    country: str, current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount, vocabulary: Vocabulary
) -> None:
    valid = test_data.vat_number(country_code(vocabulary, country))
    if valid is None:
        raise AssertionError(f"{country} has no VAT numbers: the scenario needs a country of the EU")
    _enter_card_and_vat(current_page, test_data, account, valid)


@when()
def enter_declined_card(current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount) -> None:
    current_page(CheckoutPage).enter_card(test_data.card("declined", today=account.today))


@when()
def enter_expired_card(current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount) -> None:
    # The boundary: expired since the first of this month (the scenario's clock), not years ago.
    current_page(CheckoutPage).enter_card(test_data.card("expired_last_month", today=account.today))


@when()
def enter_card_expiring_this_month(current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount) -> None:
    # The other side of the boundary: good until the month's end, so it pays today.
    current_page(CheckoutPage).enter_card(test_data.card("expires_this_month", today=account.today))


@when()
def try_to_proceed(proceed: str, plan_change: PlanChange, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "proceed_to_checkout", proceed)
    current_page(EditSubscriptionPage, product=plan_change.product).submit_expecting_errors()


@when()
def try_to_place_the_order(
    place_order: str, current_page: CurrentPage, vocabulary: Vocabulary, purchase_guard: PurchaseGuard
) -> None:
    what = "an order the target should refuse"
    ready_to_place(place_order, current_page, vocabulary, purchase_guard, what).place_order_refused()


# --- what the page says -------------------------------------------------------------------------


@then()
def field_shows_error(
    field: str, message: str, current_page: CurrentPage, plan_change: PlanChange, vocabulary: Vocabulary
) -> None:
    known = [key for key in vocabulary.keys_for(message) if key.startswith("error_")]
    if not known:
        raise AssertionError(f"{message!r} is none of the {vocabulary.locale} error messages of pages/vocabulary.toml")
    key = vocabulary.key_for(field)
    page: EditSubscriptionPage | CheckoutPage
    if key == "user_licenses":
        page = current_page(EditSubscriptionPage, product=plan_change.product)
        shown = page.licenses_error()
    elif key in FIELD_KEYS:
        page = current_page(CheckoutPage)
        shown = page.field_error(str(key))
    else:
        raise AssertionError(f"{field!r} is not a field the failure paths know ({vocabulary.locale})")
    assert shown == message, f"next to {field!r} the page shows {shown!r}, expected {message!r}"
    assert page.errors() == [message], f"the page's errors are {page.errors()}, expected only {message!r}"


@then()
def checkout_refuses(checkout: str, message: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "checkout_title", checkout)
    if not [key for key in vocabulary.keys_for(message) if key.startswith("error_")]:
        raise AssertionError(f"{message!r} is none of the {vocabulary.locale} error messages of pages/vocabulary.toml")
    errors = current_page(CheckoutPage).errors()
    assert errors == [message], f"the {checkout} page's errors are {errors}, expected only {message!r}"


@then()
def error_page_shown(title: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    """The page shown instead of the one asked for, by its heading: the target's own failure, or a
    request it could not process (a form edited in the browser), which gives no reason."""
    if "bad_request_title" in vocabulary.keys_for(title):
        current_page(RefusalPage, title=title)
        return
    require_label(vocabulary, "server_error_title", title)
    current_page(ServerErrorPage)


# --- what was recorded ------------------------------------------------------------------------


@then()
def nothing_changed(
    account_records: AccountRecords,
    account: ScenarioAccount,
    plan_change: PlanChange,
    tier_codes: dict[tuple[str, str], str],
) -> None:
    orders = account_records.orders()
    assert len(orders) == 0, f"{len(orders)} orders were placed: {[order['number'] for order in orders]}"
    assert account_records.emails() == 0, f"{account_records.emails()} emails were sent to {account.email}"
    if plan_change.held is None:
        raise AssertionError(f"the scenario changes no held subscription of {plan_change.product}")
    held = plan_change.held.selection
    state = account_records.state()
    now = [
        (sub["tier"], sub["licenses"], sub["frequency"])
        for sub in state["subscriptions"]
        if sub["product"] == plan_change.product_code
    ]
    assert now == [(tier_codes[(plan_change.product_code, held.tier)], held.licenses, held.frequency)], (
        f"{plan_change.product} is now {now}, held {held}"
    )
    # The cart keeps the change as chosen, for a retry (a refused selection never gets in), and
    # what it held before.
    chosen = plan_change.chosen
    in_cart = [item for item in state["cart"] if item["product"] == plan_change.product_code]
    kept = [(item["licenses"], item["frequency"]) for item in in_cart]
    assert kept in ([], [(chosen.licenses, chosen.frequency)]), f"the cart holds {kept} of {plan_change.product}"
    others = len(state["cart"]) - len(in_cart)
    assert others == len(account.cart), f"the cart holds {state['cart']}, before {account.cart}"


@then()
def nothing_ordered_from_the_cart(account_records: AccountRecords, account: ScenarioAccount) -> None:
    """After a refused Place Order of a whole cart: the subscriptions the harness made and the
    items the cart held, unchanged (the cart is kept for the buyer to mend)."""
    orders = account_records.orders()
    assert len(orders) == 0, f"{len(orders)} orders were placed: {[order['number'] for order in orders]}"
    assert account_records.emails() == 0, f"{account_records.emails()} emails were sent to {account.email}"
    state = account_records.state()
    held = sorted((sub.product, sub.tier, sub.licenses, sub.frequency) for sub in account.subscriptions)
    now = sorted((sub["product"], sub["tier"], sub["licenses"], sub["frequency"]) for sub in state["subscriptions"])
    assert now == held, f"the subscriptions are now {now}, held {held}"
    in_cart = tuple((item["product"], item["tier"], item["licenses"], item["frequency"]) for item in state["cart"])
    assert in_cart == account.cart, f"the cart holds {in_cart}, before {account.cart}"


@then()
def exactly_one_order_and_email(
    account_records: AccountRecords, placed_order: PlacedOrder, account: ScenarioAccount
) -> None:
    numbers = [order["number"] for order in account_records.orders()]
    assert numbers == [placed_order.number], f"orders placed: {numbers}, expected only {placed_order.number}"
    account_records.mailbox.wait_for(account.email, subject_contains=placed_order.number)
    assert account_records.emails() == 1, f"{account_records.emails()} emails were sent to {account.email}"


# --- faults, double submits and sessions ----------------------------------------------------------


@when()
def server_fails_on_place_order(place_order: str, account_records: AccountRecords, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "place_order", place_order)
    account_records.control.add_fault(
        kind="http_error",
        status_code=500,
        path_prefix=CheckoutPage.PATH,
        account_id=account_records.account_id,
        count=1,
    )


@when()
def back_to_checkout(checkout: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "checkout_title", checkout)
    current_page(ServerErrorPage).back_to_checkout()


@when(target_fixture="placed_order")
def place_the_order_twice(
    place_order: str,
    current_page: CurrentPage,
    plan_change: PlanChange,
    vocabulary: Vocabulary,
    account: ScenarioAccount,
    price_list: PriceList | None,
    purchase_guard: PurchaseGuard,
) -> PlacedOrder:
    expected = plan_change.expected(price_list, account)
    what = f"an order for {plan_change.product} (submitted twice)"
    return PlacedOrder.of(
        ready_to_place(place_order, current_page, vocabulary, purchase_guard, what).place_order_twice(), expected
    )


@when()
def session_expires(account_records: AccountRecords) -> None:
    expired = account_records.control.expire_sessions(account_records.account_id)
    assert expired >= 1, "the account had no session to expire"


@when()
def reload_checkout(checkout: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "checkout_title", checkout)
    current_page(CheckoutPage).reload_expecting_sign_in()


@then()
def asked_to_sign_in_again(notice: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "session_expired", notice)
    shown = current_page(SignInPage).notice()
    assert shown == notice, f"the sign-in page says {shown!r}, expected {notice!r}"


@when()
def sign_in_again(current_page: CurrentPage, account: ScenarioAccount) -> None:
    sign_in = current_page(SignInPage)
    sign_in.sign_in_back_to(account.email, account.password, CheckoutPage(sign_in.page, sign_in.vocab))

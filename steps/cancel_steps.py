"""Steps of Cancel Subscription and Reactivate (articles 005 and 006): the confirmation window, Yes,
Cancel, the message with the expiry date, the cancellation email, "Pending Cancellation" under the
product, Reactivate before the plan expires, and what happens once it has (the clock).

The expiry date is the harness's own: the end of the billing period it made the account pay for
(`ScenarioAccount.planned`, from the clock it set and the period), never read back from the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

import flows
from billing_e2e.accounts import TRIAL_DAYS
from billing_e2e.domain import Frequency
from billing_e2e.oracle import period_after
from billing_e2e.prices import Catalog
from billing_e2e.targets import Target
from fixtures.reporting import ScenarioNotes
from pages import BillingCenterPage, CancelSubscriptionDialog, ConfirmationWindow, RefusalPage
from pages.base import CurrentPage
from pages.email_facts import FactCheck, fact_sheets, require_facts
from pages.vocabulary import Vocabulary

from .account_steps import AccountMaker
from .mail_steps import mailbox_of
from .phrasing import given, require_label, then, when
from .state import ScenarioAccount
from .subscription_steps import held_before


@dataclass(frozen=True)
class Cancellation:
    """A subscription whose cancellation the scenario asked for, and when it must expire."""

    product: str
    expires_on: date
    """The end of the billing period paid for: the harness's own date (on a live target, the card's)."""
    requested_on: date
    frequency: Frequency
    """How the plan was billed: a renewal would have come one such period after the expiry."""
    plan: str
    licenses: int


def _billing(current_page: CurrentPage) -> BillingCenterPage:
    return current_page(BillingCenterPage)


def _dialog(current_page: CurrentPage, cancellation: Cancellation) -> CancelSubscriptionDialog:
    _billing(current_page)
    return CancelSubscriptionDialog(current_page.page, current_page.vocab, cancellation.product).expect_open()


def _window(current_page: CurrentPage, title_key: str) -> ConfirmationWindow:
    _billing(current_page)
    return ConfirmationWindow(current_page.page, current_page.vocab, current_page.vocab[title_key]).expect_open()


def _require_modal(window: CancelSubscriptionDialog | ConfirmationWindow) -> None:
    assert window.is_modal(), f"{window.what} is shown, but not as a modal window: the page behind it is not inert"
    assert window.has_focus(), f"{window.what} is open, but the keyboard focus did not move into it"


def _require_dates(window: CancelSubscriptionDialog | ConfirmationWindow, expected: date) -> None:
    shown = window.dates()
    assert shown == [expected], f"{window.what} states the dates {shown}, expected only {expected}: {window.text()!r}"


# --- the account --------------------------------------------------------------------------------


@given(target_fixture="account")
def an_account_with_a_running_trial(
    product: str, tier: str, days: int, account_maker: AccountMaker, scenario_today: date
) -> ScenarioAccount:
    # A trial pays nothing; its start is the harness's choice, so the day it ends is known.
    started = scenario_today - timedelta(days=days)
    return account_maker.make("trial_active", (product, tier, 1, "monthly"), paid=(started, Decimal("0.00")))


# --- Cancel Subscription ------------------------------------------------------------------------


@when(target_fixture="cancellation")
def open_cancel_subscription(
    product: str,
    options: str,
    cancel_subscription: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    target_catalog: Catalog | None,
    scenario_notes: ScenarioNotes,
) -> Cancellation:
    require_label(vocabulary, "options", options)
    require_label(vocabulary, "cancel_subscription", cancel_subscription)
    billing = _billing(current_page)
    held = held_before(product, account, billing, vocabulary, target_catalog, scenario_notes)
    if held.paid is None:
        raise AssertionError(f"the {product} card shows no paid plan: only a paid plan can be cancelled")
    flows.open_cancel_subscription(billing, product)
    return Cancellation(
        product,
        held.paid.next_billing_date,
        account.today,
        held.paid.frequency,
        held.selection.tier,
        held.selection.licenses,
    )


@then()
def cancel_dialog_is_modal_and_names_the_expiry(cancellation: Cancellation, current_page: CurrentPage) -> None:
    dialog = _dialog(current_page, cancellation)
    _require_modal(dialog)
    _require_dates(dialog, cancellation.expires_on)


@when()
def yes_cancel(yes_cancel: str, cancellation: Cancellation, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "yes_cancel", yes_cancel)
    flows.confirm_cancellation(_billing(current_page), _dialog(current_page, cancellation))


@then()
def cancellation_confirmed(cancellation: Cancellation, account: ScenarioAccount, current_page: CurrentPage) -> None:
    window = _window(current_page, "cancelled_title")
    _require_modal(window)
    _require_dates(window, cancellation.expires_on)
    assert window.mentions(cancellation.product), f"{window.what} does not name {cancellation.product}"
    assert window.mentions(account.email), f"{window.what} does not say the email went to {account.email}"


@then()
def cancellation_email(
    cancellation: Cancellation, account: ScenarioAccount, billing_target: Target, vocabulary: Vocabulary
) -> None:
    subject = vocabulary.format("cancellation_email_subject", product=cancellation.product)
    message = mailbox_of(billing_target).wait_for(account.email, subject_contains=subject)
    assert message.subject == subject, f"the cancellation email's subject is {message.subject!r}, expected {subject!r}"
    checks = []
    for sheet in fact_sheets(message):
        facts = FactCheck(sheet, vocabulary)
        facts.text("product", cancellation.product)
        facts.text("plan", cancellation.plan)
        facts.count("user_licenses", cancellation.licenses)
        facts.long_date("cancelled_on", cancellation.requested_on)
        facts.long_date("expires_on", cancellation.expires_on)
        checks.append(facts)
    require_facts(checks)


@when()
def close_the_confirmation(close: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "close", close)
    billing = _billing(current_page)
    title_key = "cancelled_title" if _is_open(current_page, "cancelled_title") else "reactivated_title"
    flows.close_confirmation(billing, _window(current_page, title_key))


def _is_open(current_page: CurrentPage, title_key: str) -> bool:
    return ConfirmationWindow(current_page.page, current_page.vocab, current_page.vocab[title_key]).is_open()


@then()
def pending_cancellation_shown(
    product: str, pending: str, cancellation: Cancellation, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "pending_cancellation", pending)
    card = _billing(current_page).product(product)
    assert card.shows_pending_cancellation(), f"the {product} card does not show {pending!r}"
    facts = card.facts()
    assert facts.expires_on == cancellation.expires_on, (
        f"the {product} card says it expires on {facts.expires_on}, expected {cancellation.expires_on}"
    )
    assert facts.next_billing_date is None, (
        f"the {product} card still shows a next billing date, {facts.next_billing_date}"
    )


@then()
def menu_offers_reactivate_only(
    options: str,
    product: str,
    reactivate: str,
    edit_subscription: str,
    cancel_subscription: str,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
) -> None:
    for key, label in (
        ("options", options),
        ("reactivate", reactivate),
        ("edit_subscription", edit_subscription),
        ("cancel_subscription", cancel_subscription),
    ):
        require_label(vocabulary, key, label)
    card = _billing(current_page).product(product)
    menu = card.open_options()
    items = menu.items()
    offered = (menu.offers("reactivate"), menu.offers("edit_subscription"), menu.offers("cancel_subscription"))
    menu.close()
    assert offered == (True, False, False), f"the {options} menu of {product} offers {items}, expected {reactivate!r}"
    assert card.add_licenses_label() is None, f"the {product} card still offers {card.add_licenses_label()!r}"


# --- Escape: the window closes, nothing is cancelled -------------------------------------------


@when()
def press_escape(cancellation: Cancellation, current_page: CurrentPage) -> None:
    closed = _dialog(current_page, cancellation).press_escape()
    assert closed, "Escape did not close the confirmation window"


@then()
def subscription_stays_active(
    product: str,
    pending: str,
    cancellation: Cancellation,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    billing_target: Target,
) -> None:
    require_label(vocabulary, "pending_cancellation", pending)
    # Opened again: what the Billing Center has stored, not what the page still shows.
    card = _billing(current_page).open().product(product)
    assert not card.shows_pending_cancellation(), f"the {product} card shows {pending!r}"
    renews = card.facts().next_billing_date
    assert renews == cancellation.expires_on, (
        f"the {product} card renews on {renews}, expected {cancellation.expires_on}"
    )
    sent = mailbox_of(billing_target).messages_to(account.email)
    assert sent == [], f"{len(sent)} email(s) went to {account.email}: {[message.subject for message in sent]}"


# --- Reactivate ---------------------------------------------------------------------------------


@when()
def click_reactivate(
    product: str, options: str, reactivate: str, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "options", options)
    require_label(vocabulary, "reactivate", reactivate)
    flows.reactivate(_billing(current_page), product)


@then()
def reactivated(cancellation: Cancellation, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    window = _window(current_page, "reactivated_title")
    _require_modal(window)
    _require_dates(window, cancellation.expires_on)
    card = flows.close_confirmation(_billing(current_page), window).product(cancellation.product)
    assert not card.shows_pending_cancellation(), f"the reactivated {cancellation.product} card still shows it pending"
    facts = card.facts()
    assert (facts.next_billing_date, facts.expires_on) == (cancellation.expires_on, None), (
        f"the reactivated {cancellation.product} card shows next billing date {facts.next_billing_date} and expiry "
        f"{facts.expires_on}, expected {cancellation.expires_on} and none"
    )
    menu = card.open_options()
    items = menu.items()
    offered = menu.offers("cancel_subscription") and menu.offers("edit_subscription")
    menu.close()
    assert offered, f"the reactivated {cancellation.product} card's menu offers {items}"


# --- the expiry (the clock) ---------------------------------------------------------------------


def _set_clock(billing_target: Target, account: ScenarioAccount, today: date) -> None:
    if billing_target.control is None or account.account_id is None:
        pytest.skip("the expiry needs the bundled mock's clock (control API); a live target's clock cannot be moved")
    billing_target.control.set_clock(account.account_id, today)


@when()
def the_expiry_comes(cancellation: Cancellation, account: ScenarioAccount, billing_target: Target) -> None:
    """The page stays as it was loaded the day before: its Reactivate is now stale."""
    _set_clock(billing_target, account, cancellation.expires_on)


@then()
def reactivation_refused(message: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "error_subscription_ended", message)
    refusal = current_page(RefusalPage)
    assert refusal.reasons() == [message], f"the page gives the reasons {refusal.reasons()}, expected [{message!r}]"
    refusal.back_to_billing_center()


@then()
def ended_without_renewal(
    product: str,
    options: str,
    days: int,
    cancellation: Cancellation,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    billing_target: Target,
) -> None:
    require_label(vocabulary, "options", options)
    later = cancellation.expires_on + timedelta(days=days)
    renewal_due = period_after(cancellation.expires_on, cancellation.frequency)
    if later <= renewal_due:
        raise AssertionError(
            f"{days} days after the expiry is not past the renewal a plan would have had ({renewal_due})"
        )
    billing = _billing(current_page)
    for today in (cancellation.expires_on, later):
        _set_clock(billing_target, account, today)
        card = billing.open().product(product)
        facts = card.facts()
        shown = (card.shows_ended(), card.has_options_icon(), facts.ended_on, facts.next_billing_date)
        assert shown == (True, False, cancellation.expires_on, None), (
            f"on {today} the {product} card shows (ended, {options} icon, ended on, next billing date) {shown}, "
            f"expected (True, False, {cancellation.expires_on}, None)"
        )
    assert billing_target.control is not None
    assert account.account_id is not None
    orders = billing_target.control.orders(account.account_id)
    assert orders == [], f"{len(orders)} order(s) were charged after the cancellation: {orders}"
    subjects = [message.subject for message in mailbox_of(billing_target).messages_to(account.email)]
    expected = [vocabulary.format("cancellation_email_subject", product=product)]
    assert subjects == expected, f"emails to {account.email}: {subjects}, expected only {expected}"


# --- free trials ----------------------------------------------------------------------------------


@then()
def trial_offers_no_cancel(
    options: str,
    product: str,
    cancel_subscription: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    trial_days: int | None,
    scenario_notes: ScenarioNotes,
) -> None:
    require_label(vocabulary, "options", options)
    require_label(vocabulary, "cancel_subscription", cancel_subscription)
    card = _billing(current_page).product(product)
    menu = card.open_options()
    items = menu.items()
    offers_cancel = menu.offers("cancel_subscription")
    menu.close()
    assert items, f"the {product} trial's {options} menu is empty"
    assert not offers_cancel, f"the {product} trial's menu offers {items}"
    ends_on = card.facts().trial_ends_on
    started = next((sub.period_start for sub in account.subscriptions if sub.period_start is not None), None)
    if trial_days is None or started is None:
        scenario_notes.not_checked("the day the trial ends", "the live target's trial length is not known")
        return
    expected = started + timedelta(days=trial_days)
    assert ends_on == expected, f"the {product} trial ends on {ends_on}, expected {expected}"


# --- the trial's length at its boundary ------------------------------------------------------------


@given(target_fixture="account")
def an_account_on_the_trials_last_day(
    product: str, tier: str, account_maker: AccountMaker, scenario_today: date
) -> ScenarioAccount:
    """The trial started the harness's trial length ago (`accounts.TRIAL_DAYS`): it ends today,
    the day the harness gave it as its end."""
    started = scenario_today - timedelta(days=TRIAL_DAYS)
    return account_maker.make("trial_active", (product, tier, 1, "monthly"), paid=(started, Decimal("0.00")))


@then()
def trial_still_running_today(
    product: str, options: str, account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "options", options)
    card = _billing(current_page).product(product)
    facts = card.facts()
    assert not facts.trial_ended, f"the {product} trial shows as ended on its last day, {account.today}"
    assert facts.trial_ends_on == account.today, f"the {product} trial ends on {facts.trial_ends_on}, not today"
    assert card.has_options_icon(), f"the {product} card shows no {options} icon on the trial's last day"
    assert not card.has_subscribe_now(), f"the {product} card offers Subscribe Now on the trial's last day"


@when()
def the_next_day(
    site: str, account: ScenarioAccount, billing_target: Target, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    """The account's clock (the control API) one day on, then the page loaded again."""
    require_label(vocabulary, "site", site)
    _set_clock(billing_target, account, account.today + timedelta(days=1))
    _billing(current_page).open()


# --- nothing left behind ---------------------------------------------------------------------------


@then()
def nothing_left_behind(
    account: ScenarioAccount,
    current_page: CurrentPage,
    billing_target: Target,
    scenario_notes: ScenarioNotes,
) -> None:
    """After a trial or a cancellation, which buy nothing: no item waits in the cart (it would be
    bought with the next order), none was charged, the credit the harness gave is untouched."""
    billing = BillingCenterPage(current_page.page, current_page.vocab).open()
    assert billing.cart_count() == 0, f"the header's cart shows {billing.cart_count()} items"
    cart = flows.open_cart(billing)
    assert cart.is_empty(), f"the cart holds {cart.products()}"
    if billing_target.control is None or account.account_id is None:
        scenario_notes.not_checked("the orders charged and the balance", "a live target has no control API")
        return
    orders = billing_target.control.orders(account.account_id)
    assert orders == [], f"{len(orders)} order(s) were charged: {[order['number'] for order in orders]}"
    state = billing_target.control.account(account.account_id)
    assert state["cart"] == [], f"the account's cart holds {state['cart']}"
    assert Decimal(state["balance"]) == account.balance, f"the balance is {state['balance']}, was {account.balance}"

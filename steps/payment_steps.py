"""Steps of the payment method and the billing history (article 007; article 008's "view and print
the billing history for each renewal"): Payment Method at the top of the page, the edit link, the
VAT number with Apply, the new card with Update Payment Method; the renewal the moved clock makes,
its entry in the billing history and its printable invoice, read as a PDF.

Expected values are the harness's own: the card it typed, the VAT number of the account it made,
the renewal the oracle computes from the plan it set up, the catalog's price and the clock it
moved (`oracle.expected_renewals`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from billing_e2e.domain import PRODUCT_NAMES
from billing_e2e.factories import DataFactory, TestCard
from billing_e2e.oracle import ExpectedRenewal, expected_renewals, period_after
from billing_e2e.prices import PriceList
from billing_e2e.targets import Target
from fixtures.targets import PurchaseGuard
from flows import fact_trail
from pages import BillingCenterPage
from pages.base import CurrentPage
from pages.billing_history import BillingHistoryPage, open_billing_history
from pages.payment_method import CardOnFile, PaymentMethodPage, UpdatePaymentMethodPage, open_payment_method
from pages.vocabulary import Vocabulary

from .phrasing import require_label, then, when
from .state import ScenarioAccount
from .trail import payment_trail_of


@dataclass(frozen=True)
class PaymentChange:
    """The card on file before the change and the card the scenario typed (None: not yet)."""

    before: CardOnFile | None
    typed: TestCard | None = None


@when(target_fixture="payment_change")
def click_payment_method(payment_method: str, current_page: CurrentPage, vocabulary: Vocabulary) -> PaymentChange:
    require_label(vocabulary, "payment_method", payment_method)
    shown = open_payment_method(current_page(BillingCenterPage))
    return PaymentChange(before=shown.card_on_file())


@when()
def click_edit(edit: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "payment_method_edit", edit)
    current_page(PaymentMethodPage).edit()


@when()
def apply_vat_number(apply: str, current_page: CurrentPage, vocabulary: Vocabulary, account: ScenarioAccount) -> None:
    require_label(vocabulary, "apply", apply)
    if account.vat_number is None:
        raise AssertionError("the scenario's account has no VAT number to enter: the scenario is wrong")
    applied = current_page(UpdatePaymentMethodPage).apply_vat_number(account.vat_number)
    assert applied.vat_number_applied(), f"the VAT number {account.vat_number} was not applied: {applied.errors()}"


def _update(
    card: TestCard, update: str, current_page: CurrentPage, vocabulary: Vocabulary, purchase_guard: PurchaseGuard
) -> UpdatePaymentMethodPage:
    require_label(vocabulary, "update_payment_method", update)
    # Replacing the card of a real account is a change of its billing, like an order.
    purchase_guard.allow("replace the card on file")
    return current_page(UpdatePaymentMethodPage).enter_card(card)


@when(target_fixture="payment_change")
def update_with_a_new_card(
    update: str,
    payment_change: PaymentChange,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    purchase_guard: PurchaseGuard,
    test_data: DataFactory,
    account: ScenarioAccount,
) -> PaymentChange:
    card = test_data.card("valid", today=account.today)
    _update(card, update, current_page, vocabulary, purchase_guard).update()
    return PaymentChange(payment_change.before, card)


@when()
def update_with_a_declined_card(
    update: str,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    purchase_guard: PurchaseGuard,
    test_data: DataFactory,
    account: ScenarioAccount,
) -> None:
    card = test_data.card("declined", today=account.today)
    refused = _update(card, update, current_page, vocabulary, purchase_guard).update_refused()
    error = refused.field_error("card_number")
    assert error == vocabulary.error_card_declined, f"next to the card number: {error!r}"


@then()
def new_card_on_file(payment_change: PaymentChange, current_page: CurrentPage, account: ScenarioAccount) -> None:
    card = payment_change.typed
    assert card is not None, "the scenario typed no new card"
    shown = current_page(PaymentMethodPage).card_on_file()
    assert shown == CardOnFile(card.last4, card.holder, card.expiry), f"on file: {shown}, typed: {card}"
    fact_trail.check(fact_trail.PAYMENT_METHOD, current_page(PaymentMethodPage), payment_trail_of(account, card))


@then()
def old_card_kept(payment_change: PaymentChange, current_page: CurrentPage) -> None:
    shown = open_payment_method(current_page(UpdatePaymentMethodPage)).card_on_file()
    assert shown == payment_change.before, f"on file: {shown}, before: {payment_change.before}"


@when(target_fixture="renewal")
def billing_date_passes(
    account: ScenarioAccount, billing_target: Target, price_list: PriceList | None
) -> ExpectedRenewal:
    """The harness moves the account's clock to the day after its next billing date: one renewal,
    at the price the harness knows, charged to the card on file."""
    if billing_target.control is None or account.account_id is None or price_list is None:
        pytest.skip("the live target's clock cannot be moved: a renewal cannot be made to happen here")
    (sub,) = account.subscriptions
    next_billing = period_after(sub.period_start or account.today, sub.frequency)
    moved_to = date.fromordinal(next_billing.toordinal() + 1)
    billing_target.control.set_clock(account.account_id, moved_to)
    unit_price = price_list[(sub.product, sub.tier, account.currency, sub.frequency)]
    (renewal,) = expected_renewals(unit_price, sub.licenses, sub.frequency, next_billing, moved_to, account.balance)
    return renewal


@then()
def renewal_invoice(
    billing_history: str,
    renewal: ExpectedRenewal,
    payment_change: PaymentChange,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
) -> None:
    require_label(vocabulary, "billing_history", billing_history)
    card = payment_change.typed
    assert card is not None, "the scenario typed no new card"
    _check_renewal_in_history(renewal, account, current_page, vocabulary, card.last4)


@then()
def renewal_invoice_on_the_card_on_file(
    billing_history: str,
    renewal: ExpectedRenewal,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
) -> None:
    """Article 008's "view and print the billing history for each renewal": the card is the one
    the harness put on file when it made the account."""
    require_label(vocabulary, "billing_history", billing_history)
    card = account.card_on_file
    assert card is not None, "the harness put no card on file for this account: nothing can be renewed"
    _check_renewal_in_history(renewal, account, current_page, vocabulary, card.last4)


def _check_renewal_in_history(
    renewal: ExpectedRenewal, account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary, last4: str
) -> None:
    """Billing History holds exactly the renewal, and its invoice PDF says what the oracle expects."""
    history = open_billing_history(BillingCenterPage(current_page.page, vocabulary).open())
    (sub,) = account.subscriptions
    product = PRODUCT_NAMES[sub.product]
    entries = history.entries()
    assert [(e.issued_on, e.total, e.products) for e in entries] == [(renewal.billed_on, renewal.total_due, product)]
    _check_invoice(history, entries[0].number, renewal, product, sub.licenses, last4)


def _check_invoice(
    history: BillingHistoryPage, number: str, renewal: ExpectedRenewal, product: str, licenses: int, last4: str
) -> None:
    """The invoice PDF's facts, each compared as what it is (a number, an amount, a date)."""
    vocab, locale = history.vocab, history.vocab.locale
    invoice = history.invoice(number)
    assert invoice.text(vocab.invoice_number) == number
    assert invoice.date(vocab.invoice_date, locale) == renewal.billed_on
    assert invoice.count(vocab.user_licenses, locale, section=product) == licenses
    assert invoice.period(vocab.billing_period, locale, section=product) == (renewal.billed_on, renewal.period_end)
    assert invoice.money(vocab.plan_cost, locale, section=product) == renewal.plan_cost
    assert invoice.money(vocab.history_total, locale) == renewal.total_due
    charged_to = invoice.text(vocab.payment_method)
    assert charged_to == f"{vocab.card_ending_in} {last4}", f"charged to {charged_to!r}, the new card ends in {last4}"

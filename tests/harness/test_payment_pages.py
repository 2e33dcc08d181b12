"""The Payment Method and Billing History page objects and flows, in Chromium against the real mock.

Expected values are the harness's own: the card this test types, the prices of the catalog the
control API serves times the licenses set up, the billing dates computed by the oracle from the
period set up and the clock this test moves (`oracle.expected_renewals`); each invoice PDF is read
by `pages.invoice_facts` and compared as Decimals, dates and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

import flows
from billing_e2e.accounts import Subscription, TestAccount, create_test_account
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import Language
from billing_e2e.factories import DataFactory
from billing_e2e.oracle import expected_renewals, period_after
from flows import Control
from pages import BillingCenterPage, SignInPage, Vocabulary
from pages.base import BasePage
from pages.payment_method import CardOnFile, PaymentMethodPage
from tests.harness.open_page import OpenPage

pytestmark = pytest.mark.harness

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
WEBINAR = "GoTo Webinar"


@dataclass(frozen=True)
class Card:
    holder: str
    number: str
    expiry: str
    cvc: str


NEW_CARD = Card("Marco Rossi", "5555 5555 5555 4444", "03/30", "321")
DECLINED_CARD = Card("Marco Rossi", "4000 0000 0000 0002", "03/30", "321")


class Stops:
    """An observer that keeps the stops a flow tells it: (name, control left by, not clicked)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Control | None, bool]] = []

    def stop(self, name: str, page: BasePage, leave_by: Control | None, *, not_clicked: bool = False) -> None:
        self.seen.append((name, leave_by, not_clicked))


def webinar_account(api: ControlApi, locale: Language, seed: int, licenses: int = 3) -> TestAccount:
    subscription = Subscription("goto-webinar", "standard", licenses, "monthly", period_start=PERIOD_START)
    return create_test_account(api, "self_service", locale, DataFactory(locale, seed), TODAY, [subscription])


def signed_in(open_page: OpenPage, account: TestAccount) -> BillingCenterPage:
    vocab = Vocabulary.for_locale(account.locale)
    sign_in_page = SignInPage(open_page(account.locale), vocab).open()
    return flows.sign_in_to_billing_center(sign_in_page, account.sign_in.email, account.sign_in.password)


def unit_price(api: ControlApi, product: str, tier: str, currency: str, frequency: str) -> Decimal:
    for entry in api.catalog()["products"]:
        if entry["code"] == product:
            prices = next(t["prices"] for t in entry["tiers"] if t["code"] == tier)
            return Decimal(prices[currency][frequency])
    raise AssertionError(f"the catalog has no {product} {tier}")


def test_the_flow_to_update_payment_method_and_a_declined_card(api: ControlApi, open_page: OpenPage) -> None:
    account = webinar_account(api, "de", seed=11)
    assert account.card_on_file is not None
    billing = signed_in(open_page, account)
    vocab = billing.vocab
    stops = Stops()
    form = flows.to_update_payment_method(billing, stops)
    assert stops.seen == [
        ("billing_center", Control("link", vocab.payment_method), False),
        ("payment_method", Control("link", vocab.payment_method_edit), False),
        ("update_payment_method", Control("button", vocab.update_payment_method), True),
    ]
    refused = form.enter_card(DECLINED_CARD).update_refused()
    assert refused.field_error("card_number") == vocab.error_card_declined
    assert api.account(account.id)["card_on_file"]["last4"] == account.card_on_file.last4
    applied = refused.apply_vat_number("DE136695976")  # a valid German number; the account is in Germany
    assert applied.vat_number_applied(), applied.errors()
    updated = applied.enter_card(NEW_CARD).update()
    assert isinstance(updated, PaymentMethodPage)
    assert updated.card_on_file() == CardOnFile("4444", NEW_CARD.holder, NEW_CARD.expiry)
    notice = updated.updated_notice()
    assert notice is not None
    assert notice.startswith(vocab.payment_method_updated)


def test_the_billing_history_shows_each_renewal_with_its_invoice(api: ControlApi, open_page: OpenPage) -> None:
    licenses = 3
    account = webinar_account(api, "it", seed=12, licenses=licenses)
    next_billing = period_after(PERIOD_START, "monthly")
    moved_to = date(2027, 1, 5)
    api.set_clock(account.id, moved_to)
    price = unit_price(api, "goto-webinar", "standard", "EUR", "monthly")
    expected = expected_renewals(price, licenses, "monthly", next_billing, moved_to, Decimal("0.00"))
    assert [renewal.billed_on for renewal in expected] == [date(2026, 12, 1), date(2027, 1, 1)]
    billing = signed_in(open_page, account)
    stops = Stops()
    history = flows.to_billing_history(billing, stops)
    assert stops.seen[0] == ("billing_center", Control("link", billing.vocab.billing_history), False)
    entries = history.entries()
    assert [(e.issued_on, e.total, e.products) for e in entries] == [
        (renewal.billed_on, renewal.total_due, WEBINAR) for renewal in reversed(expected)
    ]
    assert {entry.type_label for entry in entries} == {history.vocab.entry_renewal}
    vocab, locale = history.vocab, history.vocab.locale
    for entry, renewal in zip(entries, reversed(expected), strict=True):
        invoice = history.invoice(entry.number)
        assert invoice.title.startswith(vocab.invoice_title)
        assert invoice.text(vocab.invoice_number) == entry.number
        assert invoice.date(vocab.invoice_date, locale) == renewal.billed_on
        assert invoice.count(vocab.user_licenses, locale, section=WEBINAR) == licenses
        assert invoice.period(vocab.billing_period, locale, section=WEBINAR) == (renewal.billed_on, renewal.period_end)
        assert invoice.money(vocab.plan_cost, locale, section=WEBINAR) == renewal.plan_cost
        assert invoice.money(vocab.history_total, locale) == renewal.total_due

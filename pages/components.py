"""Parts that several pages share: the license stepper, the billing frequency choice, the live
Order Summary and the Proceed to Checkout / Add to Cart pair.

Edit Subscription (and Subscribe Now), and the Add New Subscription wizard's steps show the same
controls; each page object composes these instead of repeating their locators.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from playwright.sync_api import Locator, expect

from billing_e2e.domain import FREQUENCIES, Frequency
from billing_e2e.formats import format_count, parse_count, parse_money, without_suffix

from .base import Facts, definition_of, exactly
from .vocabulary import Vocabulary

PrimaryAction = Literal["proceed_to_checkout", "add_to_cart"]


def frequency_key(vocab: Vocabulary, frequency: str) -> Frequency:
    """'monthly' / 'annual', from the code itself or from its label in this locale ("Jährlich")."""
    for key in FREQUENCIES:
        if frequency == key or vocab.key_for(frequency) == key:
            return key
    raise ValueError(f"{frequency!r} is not a billing frequency in {vocab.locale} ({vocab.monthly}, {vocab.annual})")


@dataclass(frozen=True)
class OrderSummary:
    """What the Order Summary shows. Amounts as shown: `credit` is negative (the page writes it
    with a minus sign) and 0 when the page shows no credit; `balance_after` is the credit left on
    the account, None when the page does not show it; `balance_used` (account credit spent on
    this order) is negative like the credit, 0 when not shown."""

    tier: str
    licenses: int
    frequency_label: str
    unit_price: Decimal
    plan_cost: Decimal
    credit: Decimal
    total_due: Decimal
    balance_after: Decimal | None
    product: str
    balance_used: Decimal


class LicenseStepper:
    """The labelled number field with its − and + buttons."""

    def __init__(self, scope: Locator, vocab: Vocabulary, label: str) -> None:
        self.vocab = vocab
        self.field = scope.get_by_role("spinbutton", name=exactly(label))
        self.add_one = scope.get_by_role("button", name=exactly(vocab.add_one_license))
        self.remove_one = scope.get_by_role("button", name=exactly(vocab.remove_one_license))

    def set(self, count: int | str) -> None:
        """Type a count (a str types it as given, to try bad input such as "0" or "abc")."""
        self.field.fill(str(count))
        expect(self.field).to_have_value(str(count))

    def value(self) -> int:
        raw = self.field.input_value().strip()
        if not raw.isdigit():
            raise AssertionError(f"the user licenses field holds {raw!r}, not a number of licenses")
        return int(raw)

    def step(self, by: Literal[1, -1]) -> None:
        before = self.value()
        (self.add_one if by == 1 else self.remove_one).click()
        maximum = int(self.field.get_attribute("max") or before + 1)
        expected = max(1, min(maximum, before + by))
        expect(self.field).to_have_value(str(expected))


class FrequencyChoice:
    """The Billing frequency group: Monthly / Annual radio buttons."""

    def __init__(self, scope: Locator, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.group = scope.get_by_role("group", name=exactly(vocab.billing_frequency))

    def radio(self, frequency: Frequency) -> Locator:
        return self.group.get_by_role("radio", name=exactly(self.vocab[frequency]))

    def choose(self, frequency: str) -> None:
        radio = self.radio(frequency_key(self.vocab, frequency))
        radio.check()
        expect(radio).to_be_checked()

    def selected(self) -> Frequency | None:
        for key in FREQUENCIES:
            if self.radio(key).is_checked():
                return key
        return None


class OrderSummaryPanel:
    """The Order Summary region, which the page re-renders from the server as choices change.
    Its values are read by their terms (the summary is a definition list)."""

    def __init__(self, scope: Locator, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.region = scope.get_by_role("region", name=exactly(vocab.order_summary))
        self.contact_support_link = self.region.get_by_role("link", name=exactly(vocab.contact_support))
        # An alert that links Contact Support (`has` is matched inside the alert: a page-rooted locator).
        support = scope.page.get_by_role("link", name=exactly(vocab.contact_support))
        self.refusal = self.region.get_by_role("alert").filter(has=support)

    def wait_until_shows(self, tier: str | None, licenses: int | None, frequency: Frequency | None) -> None:
        """Wait until the summary reflects these choices (it updates after each change)."""
        expect(self.region).to_be_visible()
        vocab = self.vocab
        if tier is not None:
            expect(definition_of(self.region, vocab.plan)).to_have_text(exactly(tier))
        if licenses is not None:
            expect(definition_of(self.region, vocab.user_licenses)).to_have_text(format_count(licenses, vocab.locale))
        if frequency is not None:
            expect(definition_of(self.region, vocab.billing_frequency)).to_have_text(exactly(vocab[frequency]))

    def read(self) -> OrderSummary:
        """The summary as shown now (call `wait_until_shows` first when choices just changed)."""
        vocab, locale = self.vocab, self.vocab.locale
        facts = Facts(self.region, f"the {vocab.order_summary}")
        unit_price = facts.required(vocab.price_per_license)
        credit = facts.get(vocab.unused_plan_credit)
        balance_after = facts.get(vocab.credit_left)
        balance_used = facts.get(vocab.account_balance_used)
        return OrderSummary(
            tier=facts.required(vocab.plan),
            licenses=parse_count(facts.required(vocab.user_licenses), locale),
            frequency_label=facts.required(vocab.billing_frequency),
            unit_price=parse_money(without_suffix(unit_price, vocab.per_month, vocab.per_year), locale),
            plan_cost=parse_money(facts.required(vocab.plan_cost), locale),
            credit=parse_money(credit, locale) if credit else Decimal(0),
            total_due=parse_money(facts.required(vocab.total_due_today), locale),
            balance_after=parse_money(balance_after, locale) if balance_after else None,
            product=facts.get(vocab.product) or "",
            balance_used=parse_money(balance_used, locale) if balance_used else Decimal(0),
        )

    def refused(self) -> bool:
        """True when the summary refuses the choice and points to Contact Support (tier downgrade)."""
        return self.refusal.count() > 0


class CheckoutButtons:
    """Proceed to Checkout, or Add to Cart when the cart already holds other items."""

    def __init__(self, scope: Locator, vocab: Vocabulary) -> None:
        self.scope = scope
        self.vocab = vocab
        self.proceed_to_checkout = scope.get_by_role("button", name=exactly(vocab.proceed_to_checkout))
        self.add_to_cart = scope.get_by_role("button", name=exactly(vocab.add_to_cart))

    def primary_action(self) -> PrimaryAction:
        """Which of the two the page offers: "proceed_to_checkout" or "add_to_cart" (a vocabulary key)."""
        expect(self.proceed_to_checkout.or_(self.add_to_cart).first).to_be_visible()
        if self.proceed_to_checkout.count() > 0:
            return "proceed_to_checkout"
        if self.add_to_cart.count() > 0:
            return "add_to_cart"
        shown = self.scope.get_by_role("button").all_inner_texts()
        raise AssertionError(
            f"neither {self.vocab.proceed_to_checkout!r} nor {self.vocab.add_to_cart!r} is offered; buttons: {shown}"
        )

    def button(self) -> Locator:
        return self.proceed_to_checkout if self.primary_action() == "proceed_to_checkout" else self.add_to_cart

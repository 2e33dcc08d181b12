"""What a scenario carries from step to step: immutable values passed with `target_fixture`.

A step that changes what the scenario chose returns a new value (`PlanChange.choose`), never
changes one in place; the page the browser is on is not part of any value (steps ask for it with
the `current_page` fixture, which checks that the browser is there). Expected amounts are
computed from these values by `billing_e2e.oracle`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from billing_e2e.accounts import TRIAL_TYPES, Subscription
from billing_e2e.domain import Frequency, frequency
from billing_e2e.factories import Person, TestCard
from billing_e2e.oracle import ExpectedOrder, PlanNow, cents, expected_line, expected_order, period_after
from billing_e2e.prices import Catalog, PriceList
from pages.vocabulary import Vocabulary


@dataclass(frozen=True)
class ScenarioAccount:
    """Who the scenario signs in as, and what the account pays in, on which day."""

    email: str
    password: str
    locale: str
    currency: str
    today: date
    balance: Decimal
    account_type: str
    # what the cart already held when the scenario began: (product code, tier code, licenses, frequency)
    cart: tuple[tuple[str, str, int, Frequency], ...] = ()
    account_id: int | None = None
    """The account's id in the control API; None on a live target."""
    country: str = ""
    """Where the account is billed (ISO code); empty on a live target."""
    subscriptions: tuple[Subscription, ...] = ()
    """What the harness made it hold (empty on a live target, whose account file does not say)."""
    vat_number: str | None = None
    """The VAT number the harness gave the account (None: none, or a live account)."""
    billing_admin: Person | None = None
    """The account's billing contact as the harness made them (None on a live target)."""
    portal_user_id: str | None = None
    """The billing contact's Corporate Billing Portal User ID (corporate accounts the harness made)."""
    name: str = ""
    """The account's name as the harness made it (empty on a live target)."""
    card_on_file: TestCard | None = None
    """The card the harness put on file (None: none, or a live account)."""
    colleague: Person | None = None
    """A user of the account who is not a billing contact, other than the one signed in (None on a
    live target): who opens an address a billing contact shared."""

    def planned(self, product_code: str, catalog: Catalog) -> Held | None:
        """The subscription of `product_code` as the harness made it, in the terms its card shows:
        None when the harness made none (a live account, or a product the account does not hold)."""
        sub = next((sub for sub in self.subscriptions if sub.product == product_code), None)
        if sub is None:
            return None
        tier = catalog.tier_name(product_code, sub.tier)
        selection = Selection(tier, sub.licenses, sub.frequency)
        if self.account_type in TRIAL_TYPES:
            return Held(selection, paid=None)
        paid = sub.paid_amount
        if paid is None:  # the control API's default: a full period at the catalog price
            paid = cents(catalog.prices[(product_code, sub.tier, self.currency, sub.frequency)] * sub.licenses)
        start = sub.period_start or self.today
        return Held(selection, PlanNow(sub.frequency, paid, period_after(start, sub.frequency)))


@dataclass(frozen=True)
class Selection:
    """A plan as chosen (or as held): tier, number of licenses and billing frequency."""

    tier: str
    licenses: int
    frequency: Frequency


@dataclass(frozen=True)
class Held:
    """The subscription as the account held it before the change."""

    selection: Selection
    paid: PlanNow | None
    """What was paid for which period; None for a free trial (nothing comes back as credit)."""


@dataclass(frozen=True)
class PlanChange:
    """A change of one product's plan, or a new product: what was held, what is chosen."""

    product: str  # product name as the UI shows it, e.g. "GoTo Webinar"
    product_code: str
    held: Held | None
    """None for a product the account did not hold (a new subscription)."""
    chosen: Selection
    shown_unit_price: Decimal | None = None
    """Only on a target without a price list: the price per license its Order Summary showed for
    `chosen` (a value read back from the target, which the price step says)."""

    def choose(
        self, *, tier: str | None = None, licenses: int | None = None, frequency: Frequency | None = None
    ) -> PlanChange:
        """This change with another tier, number of licenses or frequency."""
        chosen = replace(
            self.chosen,
            tier=self.chosen.tier if tier is None else tier,
            licenses=self.chosen.licenses if licenses is None else licenses,
            frequency=self.chosen.frequency if frequency is None else frequency,
        )
        price_kept = (chosen.tier, chosen.frequency) == (self.chosen.tier, self.chosen.frequency)
        return replace(self, chosen=chosen, shown_unit_price=self.shown_unit_price if price_kept else None)

    def with_shown_unit_price(self, price: Decimal) -> PlanChange:
        return replace(self, shown_unit_price=price)

    def unit_price(self, prices: PriceList | None, currency: str) -> Decimal:
        """The price per license of the selection: from the target's price list where it has one,
        otherwise what the Order Summary showed for this tier and frequency."""
        if prices is not None:
            return prices[(self.product_code, self.chosen.tier, currency, self.chosen.frequency)]
        if self.shown_unit_price is None:
            raise AssertionError(
                f"no price known for {self.product} {self.chosen.tier} {self.chosen.frequency}: the live target "
                "has no price list and the Order Summary was not read for this selection"
            )
        return self.shown_unit_price

    def expected(self, prices: PriceList | None, account: ScenarioAccount, *, with_cart: bool = True) -> ExpectedOrder:
        """The order this change makes: the change itself, plus what the cart already held
        (new purchases: charged in full, no credit) unless `with_cart` is False."""
        paid = self.held.paid if self.held is not None else None
        chosen = self.chosen
        line = expected_line(
            self.unit_price(prices, account.currency), chosen.licenses, chosen.frequency, account.today, paid
        )
        lines = [line]
        for product_code, tier_code, licenses, billed in account.cart if with_cart else ():
            if prices is None:
                raise AssertionError("the cart's items cannot be priced on a target without a price list")
            unit = prices[(product_code, tier_code, account.currency, billed)]
            lines.append(expected_line(unit, licenses, billed, account.today, None))
        return expected_order(tuple(lines), account.balance)

    @property
    def adds_licenses(self) -> bool:
        before = self.held.selection.licenses if self.held is not None else 0
        return self.chosen.licenses > before


def frequency_code(vocabulary: Vocabulary, label: str) -> Frequency:
    """monthly or annual, for the locale's label of a billing frequency."""
    try:
        return frequency(vocabulary.key_for(label) or "")
    except ValueError:
        raise AssertionError(f"{label!r} is not a billing frequency label in {vocabulary.locale}") from None

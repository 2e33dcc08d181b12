"""What a scenario carries from step to step (through `target_fixture`, never a global).

A `PlanChange` is opened by the options-icon step and follows the subscription change to the
confirmation email: the card as it was before, the selection the steps make, and the page the
browser is on. Expected amounts are computed from it by `billing_e2e.oracle`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import cast

from billing_e2e.domain import Frequency
from billing_e2e.oracle import ExpectedOrder, PlanNow, expected_line, expected_order
from billing_e2e.prices import PriceList
from pages import EditSubscriptionPage
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


@dataclass
class PlanChange:
    product: str  # product name as the card shows it, e.g. "GoTo Webinar"
    product_code: str
    before_tier: str
    before_licenses: int
    before_plan: PlanNow | None  # what was paid for which period; None for a free trial
    tier: str
    licenses: int
    frequency: Frequency
    page: EditSubscriptionPage | None  # None for a new subscription bought through the wizard
    shown_unit_prices: dict[tuple[str, str], Decimal] = field(default_factory=dict)

    def unit_price(self, prices: PriceList | None, currency: str) -> Decimal:
        """The price per license of the selection: from the target's price list where it has one,
        otherwise what the Order Summary showed for this tier and frequency."""
        if prices is not None:
            return prices[(self.product_code, self.tier, currency, self.frequency)]
        try:
            return self.shown_unit_prices[(self.tier, self.frequency)]
        except KeyError:
            raise AssertionError(
                f"no price known for {self.product} {self.tier} {self.frequency}: the live target has no "
                "price list and the Order Summary was not read for this selection"
            ) from None

    def expected(self, prices: PriceList | None, account: ScenarioAccount, *, with_cart: bool = True) -> ExpectedOrder:
        """The order this change makes: the change itself, plus what the cart already held
        (new purchases: charged in full, no credit) unless `with_cart` is False."""
        line = expected_line(
            self.unit_price(prices, account.currency), self.licenses, self.frequency, account.today, self.before_plan
        )
        lines = [line]
        for product_code, tier_code, licenses, frequency in account.cart if with_cart else ():
            if prices is None:
                raise AssertionError("the cart's items cannot be priced on a target without a price list")
            unit = prices[(product_code, tier_code, account.currency, frequency)]
            lines.append(expected_line(unit, licenses, frequency, account.today, None))
        return expected_order(tuple(lines), account.balance)

    @property
    def adds_licenses(self) -> bool:
        return self.licenses > self.before_licenses


def frequency_code(vocabulary: Vocabulary, label: str) -> Frequency:
    """monthly or annual, for the locale's label of a billing frequency."""
    key = vocabulary.key_for(label)
    if key in ("monthly", "annual"):
        return cast(Frequency, key)
    raise AssertionError(f"{label!r} is not a billing frequency label in {vocabulary.locale}")

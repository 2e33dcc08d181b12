"""The products the mock billing center sells, their tiers and per-license prices.

SAMPLE DATA: product names are GoTo's, but tiers and prices are invented for testing and are
not GoTo's price list. Prices are per user license and billing period (a month or a year),
in EUR and USD. Tiers are listed cheapest first: their order is what makes a change an upgrade
or a downgrade.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Frequency = Literal["monthly", "annual"]
Currency = Literal["EUR", "USD"]
FREQUENCIES: tuple[Frequency, ...] = ("monthly", "annual")
CURRENCIES: tuple[Currency, ...] = ("EUR", "USD")
SEAT_NOUNS = ("organizers", "agents", "experts", "users")


@dataclass(frozen=True)
class Tier:
    code: str
    name: str
    rank: int
    prices: dict[Currency, dict[Frequency, Decimal]]

    def unit_price(self, currency: Currency, frequency: Frequency) -> Decimal:
        return self.prices[currency][frequency]


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    # What a license is called on the card's direct add button ("Add Organizers", ...).
    seat_noun: str
    tiers: tuple[Tier, ...]
    max_licenses: int = 500
    trial_days: int = 14

    def tier(self, code: str) -> Tier:
        for tier in self.tiers:
            if tier.code == code:
                return tier
        raise UnknownTierError(self.code, code)


class CatalogError(LookupError):
    """A product or tier that the catalog does not have."""


class UnknownProductError(CatalogError):
    def __init__(self, code: str) -> None:
        super().__init__(f"unknown product {code!r}; known: {', '.join(PRODUCTS)}")
        self.code = code


class UnknownTierError(CatalogError):
    def __init__(self, product_code: str, code: str) -> None:
        known = ", ".join(t.code for t in PRODUCTS[product_code].tiers) if product_code in PRODUCTS else ""
        super().__init__(f"unknown tier {code!r} of product {product_code!r}; known: {known}")
        self.product_code = product_code
        self.code = code


def _tier(code: str, name: str, rank: int, eur_month: str, usd_month: str) -> Tier:
    """A tier whose annual price is ten months' worth: two months free, as SaaS plans often are."""
    eur, usd = Decimal(eur_month), Decimal(usd_month)
    return Tier(
        code=code,
        name=name,
        rank=rank,
        prices={
            "EUR": {"monthly": eur, "annual": eur * 10},
            "USD": {"monthly": usd, "annual": usd * 10},
        },
    )


_PRODUCT_LIST: tuple[Product, ...] = (
    Product(
        code="openvoice",
        name="OpenVoice",
        seat_noun="organizers",
        tiers=(
            _tier("standard", "Standard", 1, "14.00", "15.00"),
            _tier("business", "Business", 2, "22.00", "24.00"),
        ),
    ),
    Product(
        code="gotoassist-rs-v5",
        name="GoToAssist Remote Support v5",
        seat_noun="experts",
        tiers=(
            _tier("standard", "Standard", 1, "39.00", "42.00"),
            _tier("premium", "Premium", 2, "59.00", "64.00"),
        ),
    ),
    Product(
        code="goto-webinar",
        name="GoTo Webinar",
        seat_noun="organizers",
        tiers=(
            _tier("lite", "Lite", 1, "49.00", "52.00"),
            _tier("standard", "Standard", 2, "99.00", "109.00"),
            _tier("pro", "Pro", 3, "199.00", "219.00"),
            _tier("enterprise", "Enterprise", 4, "399.00", "439.00"),
        ),
    ),
    Product(
        code="gotomeeting",
        name="GoToMeeting",
        seat_noun="organizers",
        tiers=(
            _tier("professional", "Professional", 1, "12.00", "14.00"),
            _tier("business", "Business", 2, "16.00", "19.00"),
            _tier("enterprise", "Enterprise", 3, "29.00", "32.00"),
        ),
    ),
    Product(
        code="goto-connect",
        name="GoTo Connect",
        seat_noun="users",
        tiers=(
            _tier("phone-system", "Phone System", 1, "24.00", "27.00"),
            _tier("connect-cx", "Connect CX", 2, "59.00", "65.00"),
        ),
    ),
    Product(
        code="goto-resolve",
        name="GoTo Resolve",
        seat_noun="agents",
        tiers=(
            _tier("standard", "Standard", 1, "33.00", "37.00"),
            _tier("premium", "Premium", 2, "55.00", "61.00"),
        ),
    ),
)

PRODUCTS: dict[str, Product] = {product.code: product for product in _PRODUCT_LIST}


def product(code: str) -> Product:
    try:
        return PRODUCTS[code]
    except KeyError:
        raise UnknownProductError(code) from None

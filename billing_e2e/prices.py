"""What the target publishes about its products: prices per license, tier codes, trial length.

Read from the bundled mock's control API (`GET /_control/catalog`), which describes the catalog the
mock sells; a live target publishes none of it (its prices are read from its Order Summary, and
the steps say so). The oracle computes every expected amount from these prices, independently of
the mock's own pricing code.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .control_api import ControlApi
from .domain import Frequency, frequency

# (product code, tier name or tier code, currency, frequency) → price per license.
PriceList = dict[tuple[str, str, str, Frequency], Decimal]


@dataclass(frozen=True)
class Catalog:
    prices: PriceList
    tier_codes: dict[tuple[str, str], str]
    """(product code, tier name) → tier code, for creating accounts through the control API."""
    trial_days: int
    """How long a free trial lasts (one length for every product)."""

    def tier_name(self, product: str, tier_code: str) -> str:
        """The name pages show for a tier given by its code."""
        for (code, name), known in self.tier_codes.items():
            if (code, known) == (product, tier_code):
                return name
        raise KeyError(f"the catalog has no tier {tier_code!r} of {product!r}")

    @classmethod
    def read(cls, api: ControlApi) -> Catalog:
        prices: PriceList = {}
        tier_codes: dict[tuple[str, str], str] = {}
        products = api.catalog()["products"]
        for product in products:
            for tier in product["tiers"]:
                tier_codes[(product["code"], tier["name"])] = tier["code"]
                for currency, by_frequency in tier["prices"].items():
                    for billed, amount in by_frequency.items():
                        # by the tier's name (what pages show) and by its code (what cart items carry)
                        prices[(product["code"], tier["name"], currency, frequency(billed))] = Decimal(amount)
                        prices[(product["code"], tier["code"], currency, frequency(billed))] = Decimal(amount)
        lengths = {int(product["trial_days"]) for product in products}
        if len(lengths) != 1:
            raise ValueError(f"free trials of different lengths: {sorted(lengths)}; the harness expects one")
        return cls(prices, tier_codes, lengths.pop())

"""Accounts for a flow's situation: an account that has (or lacks) a product, holds items in its
cart, whose free trial of the product has ended, or a corporate one (the Corporate Billing Portal).

The article check asks for these: an article describes a way through the Billing Center, and
that way needs an account in a given situation relative to the article's product. On the bundled
mock the account is made for it through the control API (seeded Faker data, so the same accounts
run after run); on a live target it is one of the live-accounts file's accounts.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from .accounts import AccountType, CartItem, Subscription, create_test_account
from .control_api import ControlApi, ControlApiError
from .domain import PRODUCT_CODES, language
from .factories import DataFactory
from .live_accounts import LiveAccountError, LiveAccounts
from .targets import Target

Situation = Literal[
    "subscribed",
    "not_subscribed",
    "cart_subscribed",
    "cart_not_subscribed",
    "trial_expired",
    "cart_trial_expired",
    "corporate",
]
"""The account a flow needs, relative to the product it is about."""


@dataclass(frozen=True)
class Credentials:
    email: str
    password: str = field(repr=False)


class AccountUnavailableError(Exception):
    """The target cannot give an account for a situation (the message says why)."""


class AccountSource(Protocol):
    """Where a flow's account comes from: made for it on the mock, configured on a live target."""

    def credentials(self, situation: Situation, product: str, locale: str) -> Credentials: ...


@dataclass
class MockAccounts:
    """Accounts made through the mock's control API with seeded Faker data."""

    api: ControlApi
    seed: int
    today: date
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def credentials(self, situation: Situation, product: str, locale: str) -> Credentials:
        code = PRODUCT_CODES.get(product)
        if code is None:
            raise AccountUnavailableError(f"{product!r} is not a product of the mock's catalog")
        try:
            data_locale = language(locale)
        except ValueError as error:
            raise AccountUnavailableError(f"the mock has no accounts in {locale!r}") from error
        factory = DataFactory(data_locale, seed=self.seed + next(self._counter))
        catalog = {item["code"]: item for item in self.api.catalog()["products"]}
        if code not in catalog:
            raise AccountUnavailableError(f"the mock does not sell {product}")

        def first_tier(product_code: str) -> str:
            return str(catalog[product_code]["tiers"][0]["code"])

        others = [c for c in catalog if c != code]
        own = Subscription(code, first_tier(code), 5, "monthly")
        other = Subscription(others[0], first_tier(others[0]), 3, "monthly")
        in_cart = CartItem(others[-1], first_tier(others[-1]), 1, "monthly")
        plans: dict[Situation, tuple[AccountType, list[Subscription], list[CartItem]]] = {
            "subscribed": ("self_service", [own], []),
            "not_subscribed": ("self_service", [other], []),
            "cart_subscribed": ("cart_has_items", [own], [in_cart]),
            "cart_not_subscribed": ("cart_has_items", [other], [in_cart]),
            "trial_expired": ("trial_expired", [Subscription(code, first_tier(code), 1, "monthly")], []),
            # Subscribe Now with items already in the cart: Add to Cart replaces Proceed to Checkout.
            "cart_trial_expired": ("trial_expired", [Subscription(code, first_tier(code), 1, "monthly")], [in_cart]),
            "corporate": ("corporate", [own], []),
        }
        account_type, subscriptions, cart = plans[situation]
        try:
            account = create_test_account(self.api, account_type, data_locale, factory, self.today, subscriptions, cart)
        except ControlApiError as error:
            raise AccountUnavailableError(f"the mock refused the account: {error}") from error
        return Credentials(account.sign_in.email, account.sign_in.password)


# Which configured live account serves which situation, best first.
_LIVE_TYPES: dict[Situation, tuple[str, ...]] = {
    "subscribed": ("self_service",),
    "not_subscribed": ("self_service", "trial_active", "no_card_on_file"),
    "cart_subscribed": ("cart_has_items",),
    "cart_not_subscribed": ("cart_has_items",),
    "trial_expired": ("trial_expired",),
    "cart_trial_expired": (),  # no live account type has both; its walk would fill a real cart anyway
    "corporate": ("corporate",),
}
_WITH_PRODUCT: frozenset[Situation] = frozenset(
    {"subscribed", "cart_subscribed", "trial_expired", "cart_trial_expired", "corporate"}
)


@dataclass
class LiveAccountSource:
    """Accounts from the live-accounts file: one that has (or lacks) the product."""

    accounts: LiveAccounts

    def credentials(self, situation: Situation, product: str, locale: str) -> Credentials:
        reasons: list[str] = []
        for account_type in _LIVE_TYPES[situation]:
            try:
                account = self.accounts.get(account_type, locale)
            except LiveAccountError as error:
                reasons.append(str(error))
                continue
            wants_product = situation in _WITH_PRODUCT
            if account.products and (product in account.products) != wants_product:
                have = "has" if not wants_product else "lacks"
                reasons.append(f"the {account_type} account ({locale}) {have} {product}")
                continue
            return Credentials(account.email, account.password)
        raise AccountUnavailableError("; ".join(reasons) or f"no {situation} account configured for {locale}")


def account_source(target: Target, *, seed: int, today: date) -> AccountSource:
    """Accounts for situations on `target`: made on the mock, configured on a live target."""
    if target.control is not None:
        return MockAccounts(target.control, seed, today)
    if target.live_accounts is None:
        raise AccountUnavailableError(f"{target.description or target.base_url} has no live-accounts file")
    return LiveAccountSource(target.live_accounts)


def products_sold(target: Target) -> list[str]:
    """Product names the target sells, as the UI writes them: the mock's catalog, or what the
    live-accounts file says its accounts hold."""
    if target.control is not None:
        return [str(item["name"]) for item in target.control.catalog()["products"]]
    accounts = target.live_accounts
    products: set[str] = set()
    for account_type, locale in accounts or ():
        try:
            products.update(accounts.get(account_type, locale).products)  # type: ignore[union-attr]
        except LiveAccountError:
            continue  # an account whose password is not set is reported when a flow needs it
    return sorted(products)

"""The target an article check runs against: the bundled mock (started for the run) or a live UI.

- `mock`: `python -m mock_server` in test mode on a free port with a scratch SQLite file; the
  browser reaches it under the articles' own host names (billing.goto.com, the legacy
  billing.logmeininc.com, and link.goto.com / support.goto.com, whose corporate pages the mock
  stands in for); walks get accounts made for them through the control API.
- `live`: the Billing Center at `--base-url`; walks sign in with the accounts of the live-accounts
  file (`fixtures/live_accounts.example.toml`), and walks that would put items in a real cart are
  not made. The check never buys anything on any target.
"""

from __future__ import annotations

import itertools
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import cast, get_args
from urllib.parse import urlsplit

from fixtures.accounts import PRODUCT_CODES, AccountType, CartItem, Subscription, create_test_account
from fixtures.control_api import ControlApi, ControlApiError
from fixtures.factories import DataFactory, Locale
from fixtures.live_accounts import LiveAccountError, LiveAccounts
from fixtures.mock_process import MockServer, MockServerProcess
from fixtures.targets import CURRENT_HOST, LEGACY_HOST

from .walks import AccountUnavailableError, Credentials, Situation

# Hosts of the articles that the bundled mock answers for (its corporate portal and FAQ pages are
# served on any host name, see mock_server/corporate.py).
MOCK_HOSTS = (CURRENT_HOST, LEGACY_HOST, "link.goto.com", "support.goto.com")


@dataclass
class CheckTarget:
    """What a check needs of a target."""

    kind: str
    entry_url: str
    """Where walks start (the Billing Center's sign-in)."""
    products: list[str]
    """Product names the target sells, as the UI writes them."""
    accounts: MockAccounts | LiveAccountSource
    host_resolver_rules: str | None = None
    mock_port: int | None = None
    """On the mock: its port, which replaces the port of an article's address."""
    allow_state_changes: bool = False
    """Walks may put items in a cart (only on the mock, on accounts made for the walk)."""
    description: str = ""

    def request_url(self, article_url: str) -> str | None:
        """What the browser opens for an address of the article; None when the target cannot
        answer for its host (the mock serves only `MOCK_HOSTS`)."""
        parts = urlsplit(article_url)
        host = (parts.hostname or "").lower()
        if self.mock_port is None:
            return article_url
        if host not in MOCK_HOSTS:
            return None
        path = parts.path or "/"
        query = f"?{parts.query}" if parts.query else ""
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return f"http://{host}:{self.mock_port}{path}{query}{fragment}"

    def article_form(self, opened_url: str) -> str:
        """An address the browser ended at, written as an article would (https, no mock port)."""
        if self.mock_port is None:
            return opened_url
        parts = urlsplit(opened_url)
        path = "" if parts.path == "/" else parts.path
        query = f"?{parts.query}" if parts.query else ""
        return f"https://{parts.hostname}{path}{query}"


@dataclass
class MockAccounts:
    """Accounts for walks, made through the mock's control API with seeded Faker data."""

    api: ControlApi
    seed: int
    today: date
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def credentials(self, situation: Situation, product: str, locale: str) -> Credentials:
        code = _product_code(product)
        if locale not in get_args(Locale):
            raise AccountUnavailableError(f"the mock has no accounts in {locale!r}")
        data_locale = cast(Locale, locale)
        factory = DataFactory(data_locale, seed=self.seed + next(self._counter))
        catalog = {item["code"]: item for item in self.api.catalog()["products"]}
        if code not in catalog:
            raise AccountUnavailableError(f"the mock does not sell {product}")
        tier = str(catalog[code]["tiers"][0]["code"])
        others = [c for c in catalog if c != code]
        own = Subscription(code, tier, 5, "monthly")
        other = Subscription(others[0], str(catalog[others[0]]["tiers"][0]["code"]), 3, "monthly")
        in_cart = CartItem(others[-1], str(catalog[others[-1]]["tiers"][0]["code"]), 1, "monthly")
        account_type: AccountType
        subscriptions: list[Subscription]
        cart: list[CartItem]
        if situation == "subscribed":
            account_type, subscriptions, cart = "self_service", [own], []
        elif situation == "not_subscribed":
            account_type, subscriptions, cart = "self_service", [other], []
        elif situation == "cart_subscribed":
            account_type, subscriptions, cart = "cart_has_items", [own], [in_cart]
        elif situation == "cart_not_subscribed":
            account_type, subscriptions, cart = "cart_has_items", [other], [in_cart]
        else:
            account_type, subscriptions, cart = "trial_expired", [Subscription(code, tier, 1, "monthly")], []
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
}


_WITH_PRODUCT: frozenset[Situation] = frozenset({"subscribed", "cart_subscribed", "trial_expired"})


@dataclass
class LiveAccountSource:
    """Accounts for walks from the live-accounts file: one that has (or lacks) the product."""

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


class MockTarget(AbstractContextManager["CheckTarget"]):
    """Starts the bundled mock for a check run and stops it afterwards."""

    def __init__(self, workdir: Path, *, seed: int, today: date) -> None:
        self.process = MockServerProcess(workdir)
        self.seed = seed
        self.today = today
        self.server: MockServer | None = None

    def __enter__(self) -> CheckTarget:
        self.server = self.process.start()
        api = ControlApi(self.server.url, self.server.control_token)
        products = [str(item["name"]) for item in api.catalog()["products"]]
        return CheckTarget(
            kind="mock",
            entry_url=f"http://{CURRENT_HOST}:{self.server.port}",
            products=products,
            accounts=MockAccounts(api, self.seed, self.today),
            host_resolver_rules=", ".join(f"MAP {host} 127.0.0.1" for host in MOCK_HOSTS),
            mock_port=self.server.port,
            allow_state_changes=True,
            description=f"the bundled mock billing center ({self.server.url})",
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.process.stop()


def live_target(base_url: str, accounts: LiveAccounts) -> CheckTarget:
    """A live Billing Center at `base_url`; products are those the accounts file lists."""
    products: set[str] = set()
    for account_type, locale in accounts:
        try:
            products.update(accounts.get(account_type, locale).products)
        except LiveAccountError:
            continue  # an account whose password is not set is reported when a walk needs it
    return CheckTarget(
        kind="live",
        entry_url=base_url.rstrip("/"),
        products=sorted(products),
        accounts=LiveAccountSource(accounts),
        description=f"the live Billing Center at {base_url}",
    )


def _product_code(product: str) -> str:
    try:
        return PRODUCT_CODES[product]
    except KeyError:
        raise AccountUnavailableError(f"{product!r} is not a product of the mock's catalog") from None

"""Steps that set up who the scenario is: the account (made through the control API on the mock,
taken from the live account file elsewhere) and signing in to the Billing Center."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import cast
from urllib.parse import urlsplit

from playwright.sync_api import Page

from fixtures.accounts import PRODUCT_CODES, AccountType, Subscription, create_test_account
from fixtures.factories import DataFactory, Locale
from fixtures.targets import CURRENT_HOST, LEGACY_HOST, Target
from pages import BillingCenterPage, SignInPage
from pages.vocabulary import Vocabulary

from .phrasing import given, require_label
from .state import ScenarioAccount, frequency_code

# How the features name account types, per language (the harness's codes on the right).
ACCOUNT_TYPE_WORDS = {
    "self-service": "self_service",
    "Self-Service": "self_service",
    "aziendale": "corporate",
    "Firmenkonto": "corporate",
    "corporate": "corporate",
}
ARTICLE_HOSTS = {CURRENT_HOST, LEGACY_HOST}


@given(
    it='un account {account_type} con "{product}" "{tier}", {licenses:d} licenze utente e fatturazione "{frequency}"',
    de='ein Konto vom Typ {account_type} mit "{product}" "{tier}", {licenses:d} Benutzerlizenzen und Abrechnung '
    '"{frequency}"',
    en='a {account_type} account with "{product}" "{tier}", {licenses:d} user licenses billed "{frequency}"',
    target_fixture="account",
)
def an_account_with_a_subscription(
    account_type: str,
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    billing_target: Target,
    test_data: DataFactory,
    vocabulary: Vocabulary,
    scenario_today: date,
    tier_codes: dict[tuple[str, str], str],
) -> ScenarioAccount:
    kind = ACCOUNT_TYPE_WORDS.get(account_type)
    if kind is None:
        raise AssertionError(f"unknown account type {account_type!r}; known: {', '.join(ACCOUNT_TYPE_WORDS)}")
    locale = vocabulary.locale
    if billing_target.control is None:
        assert billing_target.live_accounts is not None
        live = billing_target.live_accounts.get(kind, locale)
        # A live account is what it is: the card read later tells its real plan.
        return ScenarioAccount(live.email, live.password, locale, "", scenario_today, Decimal("0.00"), kind)
    code = PRODUCT_CODES[product]
    created = create_test_account(
        billing_target.control,
        cast(AccountType, kind),
        cast(Locale, locale),
        test_data,
        scenario_today,
        subscriptions=[Subscription(code, tier_codes[(code, tier)], licenses, frequency_code(vocabulary, frequency))],
    )
    return ScenarioAccount(
        email=created.sign_in.email,
        password=created.sign_in.password,
        locale=locale,
        currency=created.currency,
        today=created.today,
        balance=Decimal(str(created.raw.get("balance", "0.00"))),
        account_type=kind,
    )


@given(
    it="che ho effettuato l'accesso al \"{site}\" all'indirizzo {url}",
    de='ich mich unter {url} im "{site}" angemeldet habe',
    en='I have signed in to the "{site}" at {url}',
    target_fixture="billing_center",
)
def signed_in_to_the_billing_center(
    site: str, url: str, page: Page, account: ScenarioAccount, vocabulary: Vocabulary, billing_target: Target
) -> BillingCenterPage:
    require_label(vocabulary, "site", site)
    host = urlsplit(url).hostname
    if host not in ARTICLE_HOSTS:
        raise AssertionError(f"{url} is not a Billing Center address the harness knows ({', '.join(ARTICLE_HOSTS)})")
    landing = SignInPage(page, vocabulary).open().sign_in(account.email, account.password)
    if not isinstance(landing, BillingCenterPage):
        raise AssertionError(f"{account.email} did not land on the {site} after signing in")
    return landing

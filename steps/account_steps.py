"""Steps that set up who the scenario is: the account (made through the control API on the mock,
taken from the live account file elsewhere) and signing in to the Billing Center."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

import flows
from billing_e2e.accounts import ACCOUNT_TYPES, AccountType, CartItem, Subscription, TestAccount, create_test_account
from billing_e2e.domain import PRODUCT_CODES, Frequency, Language
from billing_e2e.factories import DataFactory
from billing_e2e.formats import parse_long_date, parse_money
from billing_e2e.targets import Target
from flows.sessions import SignedInSessions
from pages import BillingCenterPage, CorporatePortalPage, SignInPage
from pages.base import CurrentPage
from pages.vocabulary import Vocabulary

from .phrasing import PhrasingError, given, require_label, step_values, then, when
from .state import ScenarioAccount, frequency_code


def _scenario_account(created: TestAccount) -> ScenarioAccount:
    return ScenarioAccount(
        email=created.sign_in.email,
        password=created.sign_in.password,
        locale=created.locale,
        currency=created.currency,
        today=created.today,
        balance=Decimal(str(created.raw.get("balance", "0.00"))),
        account_type=created.account_type,
        cart=tuple(
            (str(item["product"]), str(item["tier"]), int(item["licenses"]), item["frequency"]) for item in created.cart
        ),
        account_id=created.id,
        country=str(created.raw["country"]),
        subscriptions=created.planned,
        vat_number=created.vat_number,
        billing_admin=created.billing_contact,
        portal_user_id=created.portal_user_id,
        card_on_file=created.card_on_file,
        name=created.name,
        colleague=next((user for user in created.other_users if user != created.sign_in), None),
    )


@dataclass(frozen=True)
class AccountMaker:
    """Makes the scenario's account of a type: through the control API on the mock (with the
    scenario's seeded data and clock); on a live target the one the account file names (it is what
    it is: the cards read later tell its real plans)."""

    target: Target
    data: DataFactory
    locale: Language
    today: date
    tier_codes: dict[tuple[str, str], str]

    def make(
        self,
        kind: AccountType,
        subscription: tuple[str, str, int, Frequency] | None = None,
        *,
        country: str | None = None,
        balance: Decimal = Decimal("0.00"),
        today: date | None = None,
        paid: tuple[date, Decimal] | None = None,
        members: int = 1,
        others: tuple[tuple[str, str, int, Frequency], ...] = (),
        changes_in_cart: tuple[tuple[str, str, int, Frequency], ...] = (),
    ) -> ScenarioAccount:
        """`subscription`: (product name, tier name, licenses, frequency) the account starts with,
        instead of its type's defaults; `country`: where it is billed, instead of the locale's
        country; `balance`: the credit it already holds; `today`: the account's clock instead of
        the scenario's day; `paid`: (period start, amount paid) of the subscription's current
        period; `members`: its users besides the billing contact; `others`: more subscriptions
        (product name, tier name, licenses, frequency); `changes_in_cart`: changes of held
        subscriptions already in the cart, in that order (all ignored on a live target)."""
        if self.target.control is None:
            assert self.target.live_accounts is not None
            live = self.target.live_accounts.get(kind, self.locale)
            return ScenarioAccount(live.email, live.password, self.locale, "", self.today, Decimal("0.00"), kind)
        subscriptions = None
        if subscription is not None:
            product, tier, licenses, billed = subscription
            code = PRODUCT_CODES[product]
            period_start, paid_amount = paid if paid is not None else (None, None)
            subscriptions = [
                Subscription(
                    code,
                    self.tier_codes[(code, tier)],
                    licenses,
                    billed,
                    period_start=period_start,
                    paid_amount=paid_amount,
                ),
                *(self._subscription(*other) for other in others),
            ]
        cart = [
            CartItem(sub.product, sub.tier, sub.licenses, sub.frequency, "change")
            for sub in (self._subscription(*change) for change in changes_in_cart)
        ]
        created = create_test_account(
            self.target.control,
            kind,
            self.locale,
            self.data,
            today or self.today,
            subscriptions=subscriptions,
            cart=cart or None,
            country=country,
            balance=balance,
            members=members,
        )
        return _scenario_account(created)

    def _subscription(self, product: str, tier: str, licenses: int, billed: Frequency) -> Subscription:
        code = PRODUCT_CODES[product]
        return Subscription(code, self.tier_codes[(code, tier)], licenses, billed)


@pytest.fixture
def account_maker(
    billing_target: Target,
    test_data: DataFactory,
    scenario_locale: Language,
    scenario_today: date,
    tier_codes: dict[tuple[str, str], str],
) -> AccountMaker:
    return AccountMaker(billing_target, test_data, scenario_locale, scenario_today, tier_codes)


@given(target_fixture="account")
def an_account_with_a_subscription(
    account_type: str,
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    # How the features name account types: each language's words, steps/phrasings/<lang>.toml.
    words = step_values("account_type")
    if account_type not in words:
        raise AssertionError(f"unknown account type {account_type!r}; known: {', '.join(words)}")
    kind = next((kind for kind in ACCOUNT_TYPES if kind == words[account_type]), None)
    if kind is None:
        raise PhrasingError(
            f"[values.account_type] {account_type!r} means {words[account_type]!r}, not an account type"
        )
    return account_maker.make(kind, (product, tier, licenses, frequency_code(vocabulary, frequency)))


@given(target_fixture="account")
def an_account_with_more_users(
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    members: int,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    """More users than licenses, so a limit is tried at the licenses bought and one over."""
    subscription = (product, tier, licenses, frequency_code(vocabulary, frequency))
    return account_maker.make("self_service", subscription, members=members)


@given(target_fixture="account")
def an_account_with_a_credit_balance(
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    balance: str,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    subscription = (product, tier, licenses, frequency_code(vocabulary, frequency))
    return account_maker.make("self_service", subscription, balance=parse_money(balance, vocabulary.locale))


@given(target_fixture="account")
def an_account_on_a_day_of_its_period(
    product: str,
    tier: str,
    licenses: int,
    frequency: str,
    paid: str,
    start: str,
    today: str,
    account_maker: AccountMaker,
    vocabulary: Vocabulary,
) -> ScenarioAccount:
    """The harness sets the clock and the amount paid, so the credit for the unused days is a
    number it knows (and one that needs rounding, where the scenario chooses so)."""
    locale = vocabulary.locale
    return account_maker.make(
        "self_service",
        (product, tier, licenses, frequency_code(vocabulary, frequency)),
        today=parse_long_date(today, locale),
        paid=(parse_long_date(start, locale), parse_money(paid, locale)),
    )


@given(target_fixture="account")
def an_account_with_an_ended_trial(product: str, tier: str, account_maker: AccountMaker) -> ScenarioAccount:
    return account_maker.make("trial_expired", (product, tier, 1, "monthly"))


@given(target_fixture="account")
def an_account_where_i_am_not_a_billing_contact(account_maker: AccountMaker) -> ScenarioAccount:
    return account_maker.make("not_billing_contact")


@then()
def subscriptions_read_only(options: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "options", options)
    billing_center = current_page(BillingCenterPage)
    products = billing_center.products()
    assert products, "the Billing Center shows no subscriptions at all"
    for product in products:
        assert not billing_center.product(product).has_options_icon(), f"{product} offers the {options} icon"
    assert billing_center.notice(), "nothing tells the user why the subscriptions cannot be changed"


@given(target_fixture="account")
def a_corporate_account(account_maker: AccountMaker) -> ScenarioAccount:
    return account_maker.make("corporate")


def _check_current_host(url: str, page: Page, billing_target: Target) -> None:
    """A legacy host must bring the browser to the current one."""
    arrived = urlsplit(page.url).hostname
    expected = urlsplit(billing_target.base_url).hostname
    assert arrived == expected, f"{url} left the browser on {arrived}, not on the Billing Center's {expected}"


def _sign_in(
    url: str, page: Page, account: ScenarioAccount, vocabulary: Vocabulary, billing_target: Target
) -> BillingCenterPage | CorporatePortalPage:
    """Sign in through the sign-in page at the address the article names."""
    sign_in_page = SignInPage(page, vocabulary).open(billing_target.entry_url(url))
    landing = flows.sign_in(sign_in_page, account.email, account.password)
    _check_current_host(url, page, billing_target)
    return landing


@given()
def signed_in_to_the_billing_center(
    site: str,
    url: str,
    page: Page,
    account: ScenarioAccount,
    vocabulary: Vocabulary,
    billing_target: Target,
    signed_in_sessions: SignedInSessions,
) -> None:
    """Starts signed in without the sign-in page where it can (`flows.sessions`): signing in
    is not what these scenarios are about. The address the article names is still opened, so a
    legacy host must still redirect."""
    require_label(vocabulary, "site", site)
    landing = signed_in_sessions.enter(
        SignInPage(page, vocabulary), billing_target.entry_url(url), account.account_id, account.email, account.password
    )
    _check_current_host(url, page, billing_target)
    if not isinstance(landing, BillingCenterPage):
        raise AssertionError(f"{account.email} did not land on the {site} after signing in")


@when()
def sign_in_to(
    site: str, url: str, page: Page, account: ScenarioAccount, vocabulary: Vocabulary, billing_target: Target
) -> None:
    require_label(vocabulary, "site", site)
    _sign_in(url, page, account, vocabulary, billing_target)


@then()
def sent_to_the_corporate_portal(portal: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "corporate_billing_portal", portal)
    landing = current_page(CorporatePortalPage)
    assert landing.faq_questions(), f"the {portal} shows no FAQs"
    sent = landing.contact_representative("topic_invoices", "Please send me last month's invoice again.")
    assert sent.confirmation(), "the message to the representative was not confirmed"

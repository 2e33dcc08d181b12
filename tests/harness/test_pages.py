"""The page objects (`pages/`): formats, vocabulary, and a few real-browser flows against the mock.

- formats.py: format → parse round trips in it, de and en (amounts with thousands and negatives,
  the Unicode minus, long dates including month ends), and clear errors for what is not a value.
- vocabulary: every locale loads with the same keys; the "mock wording" marks agree with the
  list of labels that are not the articles' words; reverse lookup; clear errors.
- pages: the mock billing center runs as a real process (port 0, its own database, test mode),
  accounts come from its control API, and Debian's Chromium is driven through the page objects:
  sign in, options, Edit Subscription, plan and licenses, Order Summary, Checkout, payment,
  Place Order, result; the downgrade refusal; Subscribe Now on an ended trial; a free trial from
  Add New Subscription; a corporate account. Expected amounts and dates are computed here from
  the sample prices and the account's clock, never read back from the mock.

Module-scoped server (`mock` of conftest.py) and browser, a new browser context per test; nothing
sleeps.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright

import pages
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import LANGUAGES as LOCALES
from billing_e2e.mock_process import MockServer
from pages import (
    BillingCenterPage,
    CheckoutPage,
    CorporatePortalPage,
    EditSubscriptionPage,
    FormatError,
    SignInPage,
    SupportPage,
    UnknownLabelError,
    UserLicensesPage,
    Vocabulary,
    VocabularyError,
    find_long_dates,
    format_count,
    format_long_date,
    format_money,
    parse_count,
    parse_long_date,
    parse_money,
    without_suffix,
)
from pages.vocabulary import VOCABULARY_FILE

pytestmark = pytest.mark.harness

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Secret-Passw0rd!"
CHROMIUM = os.environ.get("BILLING_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)  # a 30-day period of which 15 days remain on TODAY
NAMES = {"it": "Giulia Bianchi", "de": "Jonas Becker", "en": "Emma Carter"}
VAT_NUMBERS = {"it": "IT00743110157", "de": "DE136695976"}


# === formats ======================================================================================

AMOUNTS = [
    "0",
    "0.01",
    "0.5",
    "7",
    "12.5",
    "99.99",
    "999.99",
    "1000",
    "1234.5",
    "13930",
    "1234567.89",
    "-0.01",
    "-181.67",
    "-247.5",
    "-1234.5",
    "-1234567.89",
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("currency", ["EUR", "USD"])
@pytest.mark.parametrize("amount", AMOUNTS)
def test_money_round_trips(locale: str, currency: str, amount: str) -> None:
    value = Decimal(amount)
    shown = format_money(value, currency, locale)
    assert parse_money(shown, locale) == value
    if value < 0:  # the pages write credits as a Unicode minus before the positive amount
        assert parse_money("−" + format_money(-value, currency, locale), locale) == value


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1.234,50 €", "it", "1234.50"),
        ("1.234,50\u00a0€", "de", "1234.50"),
        ("13.930,00 €", "de", "13930.00"),
        ("−247,50 €", "it", "-247.50"),
        ("€1,234.50", "en", "1234.50"),
        ("−€181.67", "en", "-181.67"),
        ("-$1,234.50", "en", "-1234.50"),
        ("$1,234,567.89", "en", "1234567.89"),
        ("  0,00 €  ", "it", "0.00"),
        ("49,00 €", "it_IT", "49.00"),
        ("49,00 €", "de-DE", "49.00"),
    ],
)
def test_money_as_the_pages_show_it(text: str, locale: str, expected: str) -> None:
    assert parse_money(text, locale) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("", "it"),
        ("abc", "de"),
        ("€", "en"),
        ("1,234.50 €", "it"),
        ("1.234,50 €", "en"),
        ("€5€", "en"),
        ("--5 €", "de"),
    ],
)
def test_what_is_not_money_is_an_error(text: str, locale: str) -> None:
    with pytest.raises(FormatError):
        parse_money(text, locale)


def test_suffixes_are_stripped_by_the_caller() -> None:
    assert without_suffix("495,00\u00a0€ al mese", "al mese", "all'anno") == "495,00 €"
    assert without_suffix("1.990,00 € pro Jahr", "pro Monat", "pro Jahr") == "1.990,00 €"
    assert parse_money(without_suffix("$1,090.00 per year", "per month", "per year"), "en") == Decimal("1090.00")


def _dates() -> list[date]:
    month_ends = [date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 12)] + [date(2026, 12, 31)]
    return [*month_ends, date(2028, 2, 29), date(2026, 1, 1), date(2026, 11, 9), date(2027, 5, 23)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("day", _dates(), ids=str)
def test_long_dates_round_trip(locale: str, day: date) -> None:
    assert parse_long_date(format_long_date(day, locale), locale) == day


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("23 novembre 2026", "it", date(2026, 11, 23)),
        ("1 dicembre 2026", "it", date(2026, 12, 1)),
        ("23. November 2026", "de", date(2026, 11, 23)),
        ("1. März 2027", "de", date(2027, 3, 1)),
        ("November 23, 2026", "en", date(2026, 11, 23)),
        ("february 28, 2027", "en", date(2027, 2, 28)),
    ],
)
def test_long_dates_as_the_pages_show_them(text: str, locale: str, expected: date) -> None:
    assert parse_long_date(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("31 febbraio 2026", "it"),
        ("23 November 2026", "it"),
        ("2026-11-23", "de"),
        ("23. November", "de"),
        ("November 23 2026", "en"),
    ],
)
def test_what_is_not_a_long_date_is_an_error(text: str, locale: str) -> None:
    with pytest.raises(FormatError):
        parse_long_date(text, locale)


def test_dates_are_found_inside_sentences() -> None:
    assert find_long_dates("16. November 2026 bis 16. November 2027 (ab heute)", "de") == [
        date(2026, 11, 16),
        date(2027, 11, 16),
    ]
    assert find_long_dates("16 novembre 2026 – 16 dicembre 2026 (a partire da oggi)", "it") == [
        date(2026, 11, 16),
        date(2026, 12, 16),
    ]
    assert find_long_dates("Your billing date is now November 16, 2026.", "en") == [date(2026, 11, 16)]
    assert find_long_dates("nothing here", "en") == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("count", [0, 1, 7, 999, 1000, 1234, 500000])
def test_counts_round_trip(locale: str, count: int) -> None:
    assert parse_count(format_count(count, locale), locale) == count


def test_counts_refuse_fractions_and_words() -> None:
    assert parse_count("1.234", "de") == 1234
    assert parse_count("1,234", "en") == 1234
    for text, locale in [("1,5", "it"), ("1.5", "en"), ("five", "en"), ("", "de")]:
        with pytest.raises(FormatError):
            parse_count(text, locale)


# === vocabulary ===================================================================================


def test_every_locale_has_the_same_keys() -> None:
    keys = {locale: set(Vocabulary.for_locale(locale).keys()) for locale in LOCALES}
    assert keys["it"] == keys["de"] == keys["en"]
    assert {"site", "edit_subscription", "proceed_to_checkout", "checkout_title", "place_order"} <= keys["it"]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_vocabulary_loads_once_per_locale(locale: str) -> None:
    vocab = Vocabulary.for_locale(locale)
    assert vocab.locale == locale
    assert Vocabulary.for_locale(locale) is vocab
    assert Vocabulary.for_locale(vocab.browser_locale) is vocab
    assert Vocabulary.for_locale(vocab.babel_locale) is vocab
    assert all(label.strip() for label in vocab.labels.values())


def test_labels_are_the_articles_words() -> None:
    it, de, en = (Vocabulary.for_locale(locale) for locale in LOCALES)
    assert (it.edit_subscription, de.edit_subscription, en.edit_subscription) == (
        "Modifica sottoscrizione",
        "Abonnement bearbeiten",
        "Edit Subscription",
    )
    assert (it["proceed_to_checkout"], it["checkout_title"]) == ("Completa la transazione", "Completa transazione")
    assert (de["proceed_to_checkout"], de["checkout_title"], de["try"]) == ("Zur Kasse", "Kasse", "Testen")
    assert it.from_articles("place_order")
    assert not it.from_articles("done")
    assert de.from_articles("number_of_new_licenses")
    assert not it.from_articles("number_of_new_licenses")


def test_mock_wording_marks_agree_with_the_list() -> None:
    """Each label commented "# mock wording" in vocabulary.toml is listed in [not_from_articles]."""
    marked: dict[str, set[str]] = {}
    table = ""
    for line in VOCABULARY_FILE.read_text("utf-8").splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            table = header.group(1)
        entry = re.match(r"(\w+) = \"", line)
        if entry and table in LOCALES and "# mock wording" in line:
            marked.setdefault(table, set()).add(entry.group(1))
    for locale in LOCALES:
        assert Vocabulary.for_locale(locale).not_from_articles == marked[locale], locale


def test_placeholders_are_the_same_in_every_locale() -> None:
    it, de, en = (Vocabulary.for_locale(locale) for locale in LOCALES)
    for key in it:
        fields = [set(re.findall(r"\{(\w+)\}", vocab[key])) for vocab in (it, de, en)]
        assert fields[0] == fields[1] == fields[2], key
    assert de.format("buy_product_title", product="OpenVoice") == "OpenVoice kaufen"
    with pytest.raises(VocabularyError, match="product"):
        it.format("buy_product_title")


def test_no_label_key_hides_an_attribute() -> None:
    vocab = Vocabulary.for_locale("en")
    assert not set(vocab.keys()) & set(dir(Vocabulary)), "a key that is an attribute cannot be read as vocab.key"


@pytest.mark.parametrize("locale", LOCALES)
def test_reverse_lookup_finds_every_label(locale: str) -> None:
    vocab = Vocabulary.for_locale(locale)
    for key, label in vocab.labels.items():
        example = label.format(product="GoTo Webinar", user="Anna Rossi") if "{" in label else label
        assert key in vocab.keys_for(example), (key, example)
        assert vocab.key_for(example) is not None


def test_reverse_lookup_ignores_case_spaces_and_quotes_and_knows_shared_words() -> None:
    it = Vocabulary.for_locale("it")
    assert it.key_for("Modifica sottoscrizione") == "edit_subscription"
    assert it.key_for("  «modifica   SOTTOSCRIZIONE» ") == "edit_subscription"
    assert it.key_for("Acquista OpenVoice") == "buy_product_title"
    assert it.key_for("Modifica") == "change"
    assert it.keys_for("Modifica") == ["change", "edit"]
    assert it.key_for("Ordina ordine") is None  # article 002's slip for «Effettua ordine»


def test_unknown_keys_and_locales_are_clear_errors() -> None:
    de = Vocabulary.for_locale("de")
    with pytest.raises(KeyError, match=r"'de' vocabulary .* no label 'edit_subscriptoin'.*edit_subscription"):
        de["edit_subscriptoin"]
    with pytest.raises(UnknownLabelError):
        de.edit_subscriptoin  # noqa: B018 - the attribute access is the test
    assert not hasattr(de, "no_such_label")
    assert de.get("no_such_label") is None
    with pytest.raises(VocabularyError, match="fr"):
        Vocabulary.for_locale("fr")


def test_page_objects_never_read_the_mock() -> None:
    """The harness's expectation is its own: pages/ imports nothing of mock_server."""
    for module in (REPO / "pages").glob("*.py"):
        assert "mock_server" not in module.read_text("utf-8"), module.name


# === pages against the real mock ==================================================================


@dataclass(frozen=True)
class Card:
    holder: str
    number: str
    expiry: str
    cvc: str


@pytest.fixture(scope="module")
def chromium(playwright: Playwright, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """Debian's Chromium (Playwright's own build cannot be downloaded here), profile data in tmp."""
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (set BILLING_E2E_CHROMIUM)")
    home = tmp_path_factory.mktemp("chromium-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        patch.setenv("XDG_CACHE_HOME", str(home / "cache"))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


OpenPage = Callable[[str], Page]


@pytest.fixture
def open_page(chromium: Browser, mock: MockServer) -> Iterator[OpenPage]:
    """A new browser context per test (base_url: the mock; locale: the vocabulary's)."""
    contexts = []

    def open_page(locale: str) -> Page:
        context = chromium.new_context(base_url=mock.url, locale=Vocabulary.for_locale(locale).browser_locale)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def user(locale: str, email: str, *, billing_contact: bool = True) -> dict[str, Any]:
    return {"email": email, "password": PASSWORD, "full_name": NAMES[locale], "billing_contact": billing_contact}


def webinar_account(api: ControlApi, locale: str, tag: str = "webinar", **extra: Any) -> dict[str, Any]:
    """GoTo Webinar Standard, 5 licenses, monthly, 495 € paid on PERIOD_START; the clock at TODAY."""
    spec: dict[str, Any] = {
        "kind": "self_service",
        "locale": locale,
        "currency": "EUR",
        "today": TODAY.isoformat(),
        "users": [user(locale, f"{locale}.{tag}@pages.test")],
        "subscriptions": [
            {
                "product": "goto-webinar",
                "tier": "standard",
                "licenses": 5,
                "frequency": "monthly",
                "status": "active",
                "period_start": PERIOD_START.isoformat(),
                "paid_amount": "495.00",
            }
        ],
        **extra,
    }
    return api.create_account(spec)


def sign_in(open_page: OpenPage, locale: str, email: str) -> BillingCenterPage:
    vocab = Vocabulary.for_locale(locale)
    landing = SignInPage(open_page(locale), vocab).open().sign_in(email, PASSWORD)
    assert isinstance(landing, BillingCenterPage), landing
    return landing


# Prices of the sample catalog (mock_server/catalog.py), per license, EUR.
WEBINAR = {"standard": Decimal("99.00"), "pro": Decimal("199.00")}
CREDIT = Decimal("-247.50")  # 495.00 paid for 30 days, 15 unused on TODAY


@pytest.mark.parametrize(
    ("locale", "frequency", "unit_price", "period_end"),
    [
        ("it", "monthly", WEBINAR["pro"], date(2026, 12, 16)),
        ("de", "annual", WEBINAR["pro"] * 10, date(2027, 11, 16)),
    ],
)
def test_an_upgrade_from_the_options_icon_to_the_result(
    api: ControlApi, open_page: OpenPage, locale: str, frequency: str, unit_price: Decimal, period_end: date
) -> None:
    account = webinar_account(api, locale, tag=f"upgrade-{frequency}")
    vocab = Vocabulary.for_locale(locale)
    billing = sign_in(open_page, locale, account["users"][0]["email"])
    assert billing.products() == ["GoTo Webinar"]
    assert billing.notice() is None
    assert billing.cart_count() == 0

    card = billing.product("GoTo Webinar")
    facts = card.facts()
    assert (facts.tier, facts.licenses, facts.frequency_label) == ("Standard", 5, vocab.monthly)
    assert (facts.next_billing_date, facts.price) == (date(2026, 12, 1), Decimal("495.00"))
    assert card.has_options_icon()
    assert card.add_licenses_label() == vocab.add_licenses_organizers

    menu = card.open_options()
    assert menu.items() == [vocab.edit_subscription]
    edit = menu.edit_subscription()
    assert (edit.selected_tier(), edit.licenses(), edit.selected_frequency()) == ("Standard", 5, "monthly")

    edit.choose_tier("Pro").set_licenses(6).add_license().choose_frequency(frequency)
    summary = edit.order_summary()
    plan_cost = unit_price * 7
    assert (summary.product, summary.tier, summary.licenses) == ("GoTo Webinar", "Pro", 7)
    assert summary.frequency_label == vocab[frequency]
    assert (summary.unit_price, summary.plan_cost, summary.credit) == (unit_price, plan_cost, CREDIT)
    assert (summary.total_due, summary.balance_after) == (plan_cost + CREDIT, None)
    assert not edit.downgrade_refused()
    assert edit.primary_action() == "proceed_to_checkout"

    checkout = edit.proceed_to_checkout()
    review = checkout.review()
    assert len(review.lines) == 1
    line = review.lines[0]
    assert (line.product, line.tier, line.licenses, line.frequency_label) == (
        "GoTo Webinar",
        "Pro",
        7,
        vocab[frequency],
    )
    assert (line.period_start, line.period_end) == (TODAY, period_end)
    assert (line.plan_cost, line.credit, review.total_due) == (plan_cost, CREDIT, plan_cost + CREDIT)
    assert {vocab.billing_period, vocab.plan_cost, vocab.total_due} <= set(checkout.review_terms())
    assert checkout.payment_requested()
    assert checkout.card_on_file() is None

    refused = checkout.place_order_expecting_error()
    assert refused.field_error("card_number")
    assert refused.field_error("card_holder")
    assert refused.field_error("vat_number") is None
    assert len(refused.errors()) == 4

    result = (
        refused.enter_card(Card(NAMES[locale], "4242 4242 4242 4242", "12/29", "123"))
        .enter_vat_number(VAT_NUMBERS[locale])
        .place_order()
    )
    assert re.fullmatch(r"[A-Z]{2}-\d{8}-\d+", result.order_number())
    assert result.billing_date() == TODAY
    assert result.total_charged() == plan_cost + CREDIT
    assert result.balance_after() == Decimal("0.00")
    [ordered] = result.lines()
    assert (ordered.tier, ordered.licenses, ordered.next_billing_date) == ("Pro", 7, period_end)
    assert result.reminder_to_assign_licenses()

    licenses = result.manage_user_licenses()
    assert isinstance(licenses, UserLicensesPage)
    assert licenses.assigned("GoTo Webinar") == (0, 7)
    saved = licenses.set_product_for_user("GoTo Webinar", NAMES[locale], enabled=True).save()
    assert saved.saved()
    assert saved.error() is None
    assert saved.assigned("GoTo Webinar") == (1, 7)


def test_a_downgrade_is_refused_online_and_points_to_support(api: ControlApi, open_page: OpenPage) -> None:
    account = webinar_account(api, "it", tag="downgrade")
    vocab = Vocabulary.for_locale("it")
    edit = sign_in(open_page, "it", account["users"][0]["email"]).product("GoTo Webinar").add_licenses()
    assert edit.licenses() == 6  # the card's Add Organizers starts one license up
    edit.choose_tier("Lite")
    assert edit.downgrade_refused()
    assert not edit.primary_action_enabled()
    assert any(vocab.contact_support.casefold() in error.casefold() for error in edit.errors())
    support = edit.contact_support()
    assert isinstance(support, SupportPage)


def test_fewer_licenses_go_through_the_cart_and_edit_order_comes_back(api: ControlApi, open_page: OpenPage) -> None:
    """Article 000: reduce the licenses, Add to Cart > Proceed to Checkout; Edit Order keeps the choice."""
    openvoice_new = {"kind": "new", "product": "openvoice", "tier": "standard", "licenses": 2, "frequency": "monthly"}
    account = webinar_account(api, "it", tag="cart", cart=[openvoice_new])
    vocab = Vocabulary.for_locale("it")
    billing = sign_in(open_page, "it", account["users"][0]["email"])
    assert billing.cart_count() == 1
    edit = billing.product("GoTo Webinar").open_options().edit_subscription().remove_license().remove_license()
    assert edit.primary_action() == "add_to_cart"
    assert edit.order_summary().licenses == 3
    cart = edit.add_to_cart()
    assert [(item.product, item.licenses) for item in cart.items()] == [("OpenVoice", 2), ("GoTo Webinar", 3)]
    checkout = cart.proceed_to_checkout()
    assert isinstance(checkout, CheckoutPage)
    assert [line.product for line in checkout.review().lines] == ["OpenVoice", "GoTo Webinar"]
    back = checkout.edit_order()
    assert back.vocab is vocab
    assert isinstance(back, pages.CartPage)
    again = back.edit("GoTo Webinar")
    assert isinstance(again, EditSubscriptionPage)
    assert again.licenses() == 3
    emptied = again.add_to_cart().remove("OpenVoice")
    assert emptied.products() == ["GoTo Webinar"]


def test_an_ended_trial_offers_subscribe_now_instead_of_the_options_icon(api: ControlApi, open_page: OpenPage) -> None:
    account = api.create_account(
        {
            "kind": "self_service",
            "locale": "de",
            "today": TODAY.isoformat(),
            "users": [user("de", "de.trial-ended@pages.test")],
            "subscriptions": [
                {
                    "product": "gotomeeting",
                    "tier": "business",
                    "licenses": 3,
                    "frequency": "monthly",
                    "status": "trial",
                    "trial_ends_on": (TODAY - timedelta(days=6)).isoformat(),
                }
            ],
        }
    )
    vocab = Vocabulary.for_locale("de")
    card = sign_in(open_page, "de", account["users"][0]["email"]).product("GoToMeeting")
    assert not card.has_options_icon()
    assert card.has_subscribe_now()
    facts = card.facts()
    assert (facts.tier, facts.licenses, facts.trial_ended) == ("Business", 3, True)
    assert facts.trial_ends_on == TODAY - timedelta(days=6)
    assert (facts.frequency_label, facts.next_billing_date, facts.price) == (None, None, None)

    subscribe = card.subscribe_now()
    summary = subscribe.order_summary()
    assert (summary.tier, summary.licenses, summary.frequency_label) == ("Business", 3, vocab.monthly)
    assert (summary.plan_cost, summary.credit, summary.total_due) == (Decimal("48.00"), Decimal(0), Decimal("48.00"))
    review = subscribe.proceed_to_checkout().review()
    assert (review.lines[0].period_start, review.lines[0].period_end) == (TODAY, date(2026, 12, 16))
    assert review.total_due == Decimal("48.00")


def test_a_free_trial_from_add_new_subscription(api: ControlApi, open_page: OpenPage) -> None:
    """Article 004 in German: Neues Abonnement hinzufügen → product → Testen → plan → Weiter → Testversion starten."""
    account = webinar_account(api, "de", tag="trial")
    vocab = Vocabulary.for_locale("de")
    start = sign_in(open_page, "de", account["users"][0]["email"]).add_new_subscription()
    assert "GoTo Resolve" in start.products()
    plan = start.choose_product("GoTo Resolve").try_for_free()
    plan.choose_tier("Premium").set_licenses(2)
    assert plan.selected_tier() == "Premium"
    confirm = plan.next()
    choice = confirm.selection()
    assert (choice.product, choice.tier, choice.licenses) == ("GoTo Resolve", "Premium", 2)
    assert choice.trial_ends_on == TODAY + timedelta(days=14)
    trial = confirm.start_trial()
    facts = trial.facts()
    assert (facts.product, facts.tier, facts.licenses, facts.trial_ends_on) == (
        "GoTo Resolve",
        "Premium",
        2,
        TODAY + timedelta(days=14),
    )
    assert trial.reminder_to_assign_licenses()
    card = trial.back_to_billing_center().product("GoTo Resolve").facts()
    assert (card.status, card.trial_ended) == (vocab.free_trial, False)


def test_a_purchase_from_add_new_subscription_in_english(api: ControlApi, open_page: OpenPage) -> None:
    account = webinar_account(api, "en", tag="buy")
    plan = (
        sign_in(open_page, "en", account["users"][0]["email"]).add_new_subscription().choose_product("OpenVoice").buy()
    )
    confirm = plan.choose_tier("Business").set_licenses(250).next()
    assert confirm.primary_action() == "proceed_to_checkout"
    summary = confirm.choose_frequency("Annual").order_summary()
    assert (summary.licenses, summary.unit_price, summary.plan_cost) == (250, Decimal("220.00"), Decimal("55000.00"))
    checkout = confirm.proceed_to_checkout()
    back = checkout.edit_order()
    assert isinstance(back, pages.WizardPlanStep)
    assert (back.selected_tier(), back.licenses()) == ("Business", 250)


def test_other_accounts_land_where_the_articles_say(api: ControlApi, open_page: OpenPage) -> None:
    corporate = api.create_account(
        {"kind": "corporate", "locale": "it", "name": "Gruppo Ferretti", "users": [user("it", "it.corp@pages.test")]}
    )
    vocab = Vocabulary.for_locale("it")
    portal = SignInPage(open_page("it"), vocab).open().sign_in(corporate["users"][0]["email"], PASSWORD)
    assert isinstance(portal, CorporatePortalPage)
    assert portal.account_name() == "Gruppo Ferretti"
    assert len(portal.faq_questions()) == 6
    sent = portal.contact_representative("topic_add_user_licenses", "Ci servono 10 licenze in più di GoTo Webinar.")
    assert sent.errors() == []
    assert sent.confirmation()
    assert sent.request_number()

    member = "it.member@pages.test"
    webinar_account(
        api,
        "it",
        tag="member-owner",
        users=[user("it", "it.owner@pages.test"), user("it", member, billing_contact=False)],
    )
    billing = sign_in(open_page, "it", member)
    assert billing.notice()
    assert not billing.product("GoTo Webinar").has_options_icon()
    assert billing.cart_count() == 0

    refused = SignInPage(open_page("it"), vocab).open().sign_in_expecting_error(member, "wrong-password")
    assert refused.error()


def test_the_vat_error_is_the_vat_fields_description(api: ControlApi, open_page: OpenPage) -> None:
    account = webinar_account(api, "it", tag="vat")
    checkout = sign_in(open_page, "it", account["users"][0]["email"]).product("GoTo Webinar").add_licenses()
    refused = checkout.proceed_to_checkout().enter_vat_number("IT123").place_order_expecting_error()
    assert any("IVA" in error for error in refused.errors())
    error = refused.field_error("vat_number")
    assert error is not None
    assert "IVA" in error
    assert "Facoltativo" not in error

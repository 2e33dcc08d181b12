"""The page objects (`pages/`): formats, vocabulary, and a few real-browser flows against the mock.

- formats.py: format → parse round trips in it, de and en (amounts with thousands and negatives,
  the Unicode minus, long dates including month ends), and clear errors for what is not a value.
- vocabulary: every locale loads with the same keys; the "mock wording" marks agree with the
  list of labels that are not the articles' words; reverse lookup; clear errors.
- pages: what the scenarios do not already walk: the corporate portal's account name and request
  confirmation, a wrong password, the VAT field's error, the header's cart link (its name carries
  the count; `flows.open_cart`); against the mock as a real process
  (`mock` of conftest.py), with accounts from the one account builder through its control API.

Module-scoped server and browser, a new browser context per test; nothing sleeps.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

import flows
from billing_e2e.accounts import AccountType, TestAccount, create_test_account
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import LANGUAGES as LOCALES
from billing_e2e.domain import Language
from billing_e2e.factories import DataFactory
from billing_e2e.formats import (
    FormatError,
    find_long_dates,
    format_count,
    format_long_date,
    format_money,
    parse_count,
    parse_long_date,
    parse_money,
    without_suffix,
)
from flows import Control
from pages import (
    BillingCenterPage,
    CartPage,
    CorporatePortalPage,
    SignInPage,
    UnknownLabelError,
    Vocabulary,
    VocabularyError,
)
from pages.base import BasePage
from pages.vocabulary import VOCABULARY_FILE
from tests.harness.open_page import OpenPage

pytestmark = pytest.mark.harness

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Secret-Passw0rd!"
TODAY = date(2026, 11, 16)


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
    differ = {locale: keys[locale] ^ keys["it"] for locale in LOCALES if keys[locale] != keys["it"]}
    assert differ == {}, "keys another locale lacks or adds, compared with [it]"
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
    it, de, en = (Vocabulary.for_locale(locale) for locale in ("it", "de", "en"))
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


def test_french_spanish_portuguese_labels_are_the_articles_words() -> None:
    """ui-vocabulary.md's "French, Spanish, Portuguese" section; a dash there is mock wording here."""
    fr, es, pt = (Vocabulary.for_locale(locale) for locale in ("fr", "es", "pt"))
    assert (fr.edit_subscription, es.edit_subscription, pt.edit_subscription) == (
        "Modifier l'abonnement",
        "Editar suscripción",
        "Editar assinatura",
    )
    assert (fr.proceed_to_checkout, fr.place_order) == ("Passer à la commande", "Passer la commande")
    assert (es.proceed_to_checkout, es.checkout_title, es.place_order) == ("Pagar", "Pago", "Realizar pedido")
    assert (pt.proceed_to_checkout, pt.order_summary) == ("Finalizar compra", "Resumo de pedidos")
    assert fr.from_articles("place_order")
    assert not pt.from_articles("place_order")
    assert es.from_articles("add_licenses_experts")
    assert not fr.from_articles("add_licenses_experts")
    assert pt.from_articles("yes_cancel")
    assert not es.from_articles("yes_cancel")


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
    vocabularies = [Vocabulary.for_locale(locale) for locale in LOCALES]
    it, de = vocabularies[0], Vocabulary.for_locale("de")
    for key in it:
        fields = {vocab.locale: frozenset(re.findall(r"\{(\w+)\}", vocab[key])) for vocab in vocabularies}
        assert len(set(fields.values())) == 1, (key, fields)
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
        example = (
            label.format(
                product="GoTo Webinar",
                user="Anna Rossi",
                country="Italia",
                limit="1",
                count="2",
                number="BC-1",
                email="anna@example.test",
            )
            if "{" in label
            else label
        )
        assert key in vocab.keys_for(example), (key, example)
        assert vocab.key_for(example) is not None


def test_reverse_lookup_ignores_case_spaces_and_quotes_and_knows_shared_words() -> None:
    it = Vocabulary.for_locale("it")
    assert it.key_for("Modifica sottoscrizione") == "edit_subscription"
    assert it.key_for("  «modifica   SOTTOSCRIZIONE» ") == "edit_subscription"
    assert it.key_for("Acquista OpenVoice") == "buy_product_title"
    assert it.key_for("Modifica") == "change"
    assert it.keys_for("Modifica") == ["change", "edit", "payment_method_edit"]
    assert it.key_for("Ordina ordine") is None  # article 002's slip for «Effettua ordine»


def test_unknown_keys_and_locales_are_clear_errors() -> None:
    de = Vocabulary.for_locale("de")
    with pytest.raises(KeyError, match=r"'de' vocabulary .* no label 'edit_subscriptoin'.*edit_subscription"):
        de["edit_subscriptoin"]
    with pytest.raises(UnknownLabelError):
        de.edit_subscriptoin  # noqa: B018 - the attribute access is the test
    assert not hasattr(de, "no_such_label")
    assert de.get("no_such_label") is None
    with pytest.raises(VocabularyError, match="tlh"):
        Vocabulary.for_locale("tlh")


def test_page_objects_never_read_the_mock() -> None:
    """The harness's expectation is its own: pages/ imports nothing of mock_server."""
    for module in (REPO / "pages").glob("*.py"):
        assert "mock_server" not in module.read_text("utf-8"), module.name


# === pages against the real mock ==================================================================
# What the scenarios (features/) already walk is not repeated here; these are the page objects'
# answers the scenarios do not ask for.


def account_of(api: ControlApi, account_type: AccountType, locale: Language, seed: int) -> TestAccount:
    return create_test_account(api, account_type, locale, DataFactory(locale, seed), TODAY)


def sign_in(open_page: OpenPage, account: TestAccount) -> BillingCenterPage | CorporatePortalPage:
    sign_in_page = SignInPage(open_page(account.locale), Vocabulary.for_locale(account.locale)).open()
    return flows.sign_in(sign_in_page, account.sign_in.email, account.sign_in.password)


def test_the_corporate_portal_names_the_account_and_confirms_a_request(api: ControlApi, open_page: OpenPage) -> None:
    corporate = account_of(api, "corporate", "it", seed=1)
    portal = sign_in(open_page, corporate)
    assert isinstance(portal, CorporatePortalPage)
    assert portal.account_name() == corporate.name
    assert len(portal.faq_questions()) == 6
    sent = portal.contact_representative("topic_add_user_licenses", "Ci servono 10 licenze in più di GoTo Webinar.")
    assert sent.errors() == []
    assert sent.confirmation()
    assert sent.request_number()


def test_a_wrong_password_is_refused_on_the_sign_in_page(api: ControlApi, open_page: OpenPage) -> None:
    account = account_of(api, "self_service", "it", seed=2)
    sign_in_page = SignInPage(open_page("it"), Vocabulary.for_locale("it")).open()
    refused = sign_in_page.sign_in_expecting_error(account.sign_in.email, "wrong-password")
    assert refused.error()


class Stops:
    """An observer that keeps the stops a flow tells it: (name, control left by)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Control | None]] = []

    def stop(self, name: str, page: BasePage, leave_by: Control | None, *, not_clicked: bool = False) -> None:
        self.seen.append((name, leave_by))


def test_the_cart_link_whose_name_carries_the_count_opens_the_cart(api: ControlApi, open_page: OpenPage) -> None:
    billing = sign_in(open_page, account_of(api, "cart_has_items", "de", seed=4))
    assert isinstance(billing, BillingCenterPage)
    stops = Stops()
    cart = flows.open_cart(billing, stops)
    assert isinstance(cart, CartPage)
    # The control is the vocabulary's label; the link's name adds the count ("Warenkorb (1)").
    assert stops.seen == [("billing_center", Control("link", "Warenkorb"))]
    assert len(cart.items()) == 1


def test_the_vat_error_is_the_vat_fields_description(api: ControlApi, open_page: OpenPage) -> None:
    billing = sign_in(open_page, account_of(api, "self_service", "it", seed=3))
    assert isinstance(billing, BillingCenterPage)
    edit = flows.add_licenses_from_card(billing, "GoTo Webinar")
    refused = flows.leave_selection(edit).enter_vat_number("IT123").place_order_expecting_error()
    assert any("IVA" in error for error in refused.errors())
    error = refused.field_error("vat_number")
    assert error is not None
    assert "IVA" in error

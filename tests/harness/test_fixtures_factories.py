"""Seeded test data: replayable from a seed, different between seeds, valid where it must be."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from typing import Any

import pytest
from stdnum import luhn
from stdnum.eu import vat as eu_vat

from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES
from billing_e2e.factories import (
    CARD_NUMBERS,
    DECLINED_CARD_NUMBER,
    DataFactory,
    Locale,
    scenario_seed,
)

pytestmark = pytest.mark.harness

LOCALES: tuple[Locale, ...] = LANGUAGES
TODAY = date(2026, 3, 15)


def sample(factory: DataFactory) -> list[Any]:
    """A bit of everything the factory makes, in a fixed order."""
    return [
        asdict(factory.person()),
        asdict(factory.company()),
        asdict(factory.card(today=TODAY)),
        asdict(factory.card("expired", today=TODAY)),
        asdict(factory.card("declined", today=TODAY)),
        factory.invalid_vat_number() if factory.country.lower() in eu_vat.MEMBER_STATES else None,
        asdict(factory.person()),
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_same_seed_gives_the_same_data(locale: Locale) -> None:
    assert sample(DataFactory(locale, 1234)) == sample(DataFactory(locale, 1234))


@pytest.mark.parametrize("locale", LOCALES)
def test_different_seeds_give_different_data(locale: Locale) -> None:
    first, second = sample(DataFactory(locale, 1234)), sample(DataFactory(locale, 1235))
    assert first[0] != second[0]  # person
    assert first[1] != second[1]  # company
    assert first[0]["email"] != second[0]["email"]
    assert first[0]["password"] != second[0]["password"]


def test_factories_do_not_share_state() -> None:
    """Seeding one factory never touches another (no global Faker seeding)."""
    alone = sample(DataFactory("it", 7))
    noisy = DataFactory("it", 7)
    DataFactory("it", 99).person()
    DataFactory("de", 7).company()
    assert sample(noisy) == alone


@pytest.mark.parametrize("locale", LANGUAGES)
def test_company_country_currency_and_vat_per_locale(locale: Locale) -> None:
    data = LANGUAGE_DATA[locale]
    company = DataFactory(locale, 5).company()
    assert company.country == data.country
    assert company.currency == data.currency
    assert company.address.country == data.country
    if data.country.lower() not in eu_vat.MEMBER_STATES:  # no EU VAT number outside the EU (US, BR)
        assert company.vat_number is None
    else:
        assert company.vat_number is not None
        assert company.vat_number.startswith(data.country)


@pytest.mark.parametrize("country", ["IT", "DE"])
def test_generated_vat_numbers_are_valid(country: str) -> None:
    numbers = set()
    for seed in range(200):
        number = DataFactory("it", seed).vat_number(country)
        assert number is not None
        assert number.startswith(country)
        assert eu_vat.is_valid(number), number
        numbers.add(number)
    assert len(numbers) > 190  # drawn from the RNG, not a fixed list


@pytest.mark.parametrize("country", ["IT", "DE", "US"])
def test_invalid_vat_numbers_are_invalid(country: str) -> None:
    for seed in range(100):
        number = DataFactory("de", seed).invalid_vat_number(country)
        assert number.startswith(country)
        assert not eu_vat.is_valid(number), number
        if country != "US":
            # The right shape, only the check digit is wrong: what a typo produces.
            assert len(number) == (13 if country == "IT" else 11)
            assert number[2:].isdigit()


def test_vat_number_of_an_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError, match="no VAT numbers for country 'NL'"):
        DataFactory("it", 1).vat_number("NL")


@pytest.mark.parametrize("country", ["FR", "ES"])
def test_vat_numbers_of_france_and_spain_are_valid_and_the_wrong_ones_are_not(country: str) -> None:
    factory = DataFactory("it", 7)
    for _ in range(50):
        valid = factory.vat_number(country)
        assert valid is not None
        assert valid.startswith(country)
        assert eu_vat.is_valid(valid)
        invalid = factory.invalid_vat_number(country)
        assert invalid.startswith(country)
        assert len(invalid) == len(valid)
        assert not eu_vat.is_valid(invalid)


@pytest.mark.parametrize("country", ["US", "BR"])
def test_a_country_outside_the_eu_has_no_vat_number(country: str) -> None:
    assert DataFactory("it", 1).vat_number(country) is None


def test_emails_are_unique_over_1000_persons_and_across_seeds() -> None:
    emails = [DataFactory("de", 42).person().email]  # another factory, same seed: same first email
    factory = DataFactory("de", 42)
    emails = [factory.person().email for _ in range(1000)]
    assert len(set(emails)) == 1000
    others = {DataFactory("de", seed).person().email for seed in range(43, 243)}
    assert len(others) == 200
    assert others.isdisjoint(emails)
    # The same seed and locale is the same data, so a replay gives the same first address.
    assert DataFactory("de", 42).person().email == emails[0]


@pytest.mark.parametrize("locale", LOCALES)
def test_emails_are_ascii_under_the_reserved_domain(locale: Locale) -> None:
    factory = DataFactory(locale, 3)
    for _ in range(200):
        person = factory.person()
        local, _, domain = person.email.partition("@")
        assert domain == "example.test"
        assert re.fullmatch(r"[a-z0-9]+(\.[a-z0-9]+)*", local), person.email
        assert len(local) <= 64
        assert person.full_name.strip()
        assert " " in person.full_name


def test_umlauts_are_spelled_out_in_emails() -> None:
    from billing_e2e.factories import _ascii_slug

    assert _ascii_slug("Jürgen Müller-Lüdenscheidt") == "juergen.mueller.luedenscheidt"
    assert _ascii_slug("Niccolò D'Alessandro") == "niccolo.d.alessandro"
    assert _ascii_slug("Weiß") == "weiss"


def test_emails_of_the_same_seed_differ_between_locales() -> None:
    assert DataFactory("it", 8).person().email != DataFactory("de", 8).person().email


@pytest.mark.parametrize("locale", LOCALES)
def test_passwords_are_strong(locale: Locale) -> None:
    factory = DataFactory(locale, 11)
    for _ in range(100):
        password = factory.person().password
        assert len(password) >= 12
        assert re.search(r"[A-Z]", password)
        assert re.search(r"[a-z]", password)
        assert re.search(r"\d", password)
        assert re.search(r"[^A-Za-z0-9]", password)


def test_password_stays_out_of_repr() -> None:
    person = DataFactory("it", 1).person()
    assert person.password not in repr(person)


def expiry_month(expiry: str) -> tuple[int, int]:
    month, year = expiry.split("/")
    return 2000 + int(year), int(month)


def test_valid_cards_are_stripe_test_numbers_expiring_after_today() -> None:
    factory = DataFactory("it", 21)
    cards = [factory.card(today=TODAY) for _ in range(100)]
    assert {card.number for card in cards} == set(CARD_NUMBERS)  # chosen by the RNG
    for card in cards:
        assert luhn.is_valid(card.number)
        assert re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", card.expiry)
        assert expiry_month(card.expiry) > (TODAY.year, TODAY.month)
        assert re.fullmatch(r"\d{3}", card.cvc)
        assert card.holder
        assert card.last4 == card.number[-4:]


def test_declined_card_is_the_one_the_mock_declines() -> None:
    from mock_server.payment import ALWAYS_DECLINED_CARD

    card = DataFactory("de", 2).card("declined", today=TODAY)
    assert card.number == DECLINED_CARD_NUMBER == ALWAYS_DECLINED_CARD
    assert expiry_month(card.expiry) > (TODAY.year, TODAY.month)


def test_expired_cards_expire_before_the_given_today() -> None:
    from mock_server.payment import check_card

    factory = DataFactory("en", 4)
    for today in (TODAY, date(2026, 1, 1), date(2030, 12, 31)):
        for _ in range(50):
            card = factory.card("expired", today=today)
            assert expiry_month(card.expiry) < (today.year, today.month)
            _, problems = check_card(card.number, card.expiry, card.cvc, card.holder, today)
            assert problems == {"card_expiry": "card_expired"}


def test_valid_cards_pass_the_mocks_card_check() -> None:
    from mock_server.payment import check_card

    factory = DataFactory("it", 9)
    for _ in range(50):
        card = factory.card(today=TODAY)
        accepted, problems = check_card(card.number, card.expiry, card.cvc, card.holder, TODAY)
        assert problems == {}
        assert accepted is not None


def test_unknown_card_kind_and_locale_are_refused() -> None:
    with pytest.raises(ValueError, match="card kind"):
        DataFactory("it", 1).card("stolen", today=TODAY)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"locale must be one of {', '.join(LANGUAGES)}, not 'xx'"):
        DataFactory("xx", 1)


def test_scenario_seed_is_stable_per_scenario_and_follows_the_base_seed() -> None:
    node = "features/it/modifica.feature::test_aggiungere_licenze[it]"
    assert scenario_seed(node, 1) == scenario_seed(node, 1)
    assert scenario_seed(node, 1) != scenario_seed(node, 2)
    assert scenario_seed(node, 1) != scenario_seed(node + "x", 1)
    seeds = {scenario_seed(f"features/x.feature::test_{i}", 20260315) for i in range(1000)}
    assert len(seeds) == 1000
    assert all(0 <= seed < 2**32 for seed in seeds)

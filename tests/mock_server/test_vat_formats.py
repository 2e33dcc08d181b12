"""The VAT number's limits per country, a rule of the mock alone (the Checkout and Payment
Method pages both check with `check_vat_number`): the harness's own table of formats
(`billing_e2e.vat_formats`, from the Commission's table) against the mock's check, at each
format's length and one character over and under."""

from __future__ import annotations

import random

import pytest
from babel import Locale

from billing_e2e.vat_formats import CHECKED_COUNTRIES, VAT_FORMATS, with_check_digit
from mock_server.payment import check_vat_number

pytestmark = pytest.mark.unit

BODIES = 5
"""How many numbers of each length and country (seeded): check digits vary with the digits."""


def _bodies(country: str, digits: int) -> list[str]:
    """Seeded bodies (without the check digit) of `digits` digits, none starting with 0 (a German
    USt-IdNr. never does); an Italian one ends with its province office, 001-100 (as the factory
    makes them), so only the company number's length changes."""
    rng = random.Random(f"{country}-{digits}")
    if country == "IT":
        company = digits - 3
        return [f"{rng.randint(10 ** (company - 1), 10**company - 1)}{rng.randint(1, 100):03d}" for _ in range(BODIES)]
    return [str(rng.randint(10 ** (digits - 1), 10**digits - 1)) for _ in range(BODIES)]


@pytest.mark.parametrize("country", CHECKED_COUNTRIES)
def test_a_vat_number_is_taken_at_its_length_and_refused_one_digit_over_or_under(country: str) -> None:
    """Right check digits at every length: only the length decides."""
    length = VAT_FORMATS[country].longest
    assert VAT_FORMATS[country].shortest == length, f"{country} has one length in the table"
    for body in _bodies(country, length - 1):
        number = with_check_digit(country, body)
        assert check_vat_number(number, country) == (number, None), f"{number} ({length} digits) refused"
    for digits in (length - 2, length):  # one digit under, one over, each with its own check digit
        for body in _bodies(country, digits):
            number = with_check_digit(country, body)
            assert check_vat_number(number, country) == (None, "vat_invalid"), (
                f"{number} ({digits + 1} digits, {country} has {length}) was taken"
            )


@pytest.mark.parametrize("country", sorted(VAT_FORMATS))
def test_one_character_over_the_longest_or_under_the_shortest_is_refused(country: str) -> None:
    form = VAT_FORMATS[country]
    over = f"{form.prefix}{'1' * (form.longest + 1)}"
    assert check_vat_number(over, country) == (None, "vat_invalid"), f"{over} ({form.shape}) was taken"
    shortest = form.old_length or form.shortest
    if shortest > 1:
        under = f"{form.prefix}{'1' * (shortest - 1)}"
        assert check_vat_number(under, country) == (None, "vat_invalid"), f"{under} ({form.shape}) was taken"


def test_the_member_states_are_the_tables_and_no_other_country_has_an_eu_vat_number() -> None:
    """Every two-letter country Babel knows: inside the EU (27, the table's) a number is checked
    for the country; anywhere else it is refused as outside the EU."""
    countries = [str(code) for code in Locale.parse("en").territories if str(code).isalpha() and len(str(code)) == 2]
    inside = {code for code in countries if check_vat_number("1", code) != (None, "vat_outside_eu")}
    assert inside == set(VAT_FORMATS), (
        f"taken as EU: {sorted(inside - set(VAT_FORMATS))}; not taken: {sorted(set(VAT_FORMATS) - inside)}"
    )


def test_a_greek_number_of_the_old_eight_digits_is_taken_with_a_zero_in_front() -> None:
    assert VAT_FORMATS["GR"].old_length == 8
    assert check_vat_number("EL11111111", "GR") == ("EL011111111", None)

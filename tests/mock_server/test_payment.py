"""Card and VAT number checks of the checkout page."""

from __future__ import annotations

from datetime import date

import pytest

from mock_server.payment import check_card, check_vat_number

pytestmark = pytest.mark.unit
TODAY = date(2026, 11, 23)


def test_a_good_card_keeps_only_what_a_provider_would() -> None:
    card, problems = check_card("4242 4242 4242 4242", "12/28", "123", "Giulia Bianchi", TODAY)
    assert problems == {}
    assert card is not None
    assert (card.last4, card.expiry, card.holder) == ("4242", "12/28", "Giulia Bianchi")
    assert not card.always_declined


@pytest.mark.parametrize(
    ("number", "expiry", "cvc", "holder", "field", "code"),
    [
        ("", "12/28", "123", "A", "card_number", "card_number_missing"),
        ("4242 4242 4242 4241", "12/28", "123", "A", "card_number", "card_number_invalid"),
        ("4242-abcd", "12/28", "123", "A", "card_number", "card_number_invalid"),
        ("4242424242424242", "", "123", "A", "card_expiry", "card_expiry_missing"),
        ("4242424242424242", "13/28", "123", "A", "card_expiry", "card_expiry_invalid"),
        ("4242424242424242", "1228", "123", "A", "card_expiry", "card_expiry_invalid"),
        ("4242424242424242", "10/26", "123", "A", "card_expiry", "card_expired"),
        ("4242424242424242", "12/28", "12", "A", "card_cvc", "card_cvc_invalid"),
        ("4242424242424242", "12/28", "123", "  ", "card_holder", "card_holder_missing"),
    ],
)
def test_each_bad_card_field_is_named(number: str, expiry: str, cvc: str, holder: str, field: str, code: str) -> None:
    card, problems = check_card(number, expiry, cvc, holder, TODAY)
    assert card is None
    assert problems == {field: code}


def test_this_month_is_not_expired_yet() -> None:
    card, problems = check_card("4242424242424242", "11/26", "123", "A", TODAY)
    assert problems == {}
    assert card is not None


def test_the_decline_test_card_is_recognised() -> None:
    card, _ = check_card("4000 0000 0000 0002", "12/30", "123", "A", TODAY)
    assert card is not None
    assert card.always_declined


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("IT00743110157", "IT", "IT00743110157"),
        ("00743110157", "IT", "IT00743110157"),
        ("de 136 695 976", "DE", "DE136695976"),
        ("094259216", "GR", "EL094259216"),  # Greece's VAT numbers start with EL
        ("EL094259216", "GR", "EL094259216"),
        ("", "IT", None),
    ],
)
def test_valid_vat_numbers_are_compacted(raw: str, country: str, expected: str | None) -> None:
    assert check_vat_number(raw, country) == (expected, None)


@pytest.mark.parametrize(
    ("raw", "country", "code"),
    [
        ("IT00743110158", "IT", "vat_invalid"),
        ("12345", "DE", "vat_invalid"),
        ("XX123", "IT", "vat_invalid"),
        # valid numbers, but not of the billing address's country
        ("DE136695976", "IT", "vat_other_country"),
        ("IT00743110157", "DE", "vat_other_country"),
        ("EL094259216", "IT", "vat_other_country"),
        # a billing address outside the EU has no EU VAT number, whatever is entered
        ("DE136695976", "US", "vat_outside_eu"),
        ("123456789", "US", "vat_outside_eu"),
    ],
)
def test_invalid_vat_numbers_are_refused(raw: str, country: str, code: str) -> None:
    assert check_vat_number(raw, country) == (None, code)

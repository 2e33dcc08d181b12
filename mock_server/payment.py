"""Checking what a buyer types on the checkout and Payment Method pages: card details and the VAT number.

Checks use python-stdnum (Luhn for card numbers, per-country VAT rules) rather than
hand-written patterns. Only what a payment provider would keep leaves this module: the card
number itself is never stored or logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum import luhn
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.util import clean

# Stripe's well-known test number for a card that is always declined.
ALWAYS_DECLINED_CARD = "4000000000000002"
_EXPIRY_RE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*$")


@dataclass(frozen=True)
class Card:
    holder: str
    number: str
    last4: str
    expiry: str  # MM/YY

    @property
    def always_declined(self) -> bool:
        return self.number == ALWAYS_DECLINED_CARD


def check_card(number: str, expiry: str, cvc: str, holder: str, today: date) -> tuple[Card | None, dict[str, str]]:
    """A card, or the problems per form field (codes from `messages`)."""
    problems: dict[str, str] = {}
    digits = re.sub(r"[\s-]", "", number)
    if not digits:
        problems["card_number"] = "card_number_missing"
    elif not digits.isdigit() or not 12 <= len(digits) <= 19 or not luhn.is_valid(digits):
        problems["card_number"] = "card_number_invalid"
    month_and_year, expiry_problem = check_expiry(expiry, today)
    if expiry_problem:
        problems["card_expiry"] = expiry_problem
    if not re.fullmatch(r"\d{3,4}", cvc.strip()):
        problems["card_cvc"] = "card_cvc_invalid"
    if not holder.strip():
        problems["card_holder"] = "card_holder_missing"
    if problems or month_and_year is None:
        return None, problems
    month, year = month_and_year
    return Card(holder.strip(), digits, digits[-4:], f"{month:02d}/{year % 100:02d}"), {}


def check_expiry(expiry: str, today: date) -> tuple[tuple[int, int] | None, str | None]:
    """((month, year), None) for an expiry date ("MM/YY" or "MM/YYYY") still valid `today`, else
    (None, problem code). A card is good through the last day of its expiry month. Checkout, the
    Payment Method form and a renewal's charge of the card on file all judge it here."""
    match = _EXPIRY_RE.match(expiry)
    if not expiry.strip():
        return None, "card_expiry_missing"
    if match is None or not 1 <= int(match.group(1)) <= 12:
        return None, "card_expiry_invalid"
    month, year = int(match.group(1)), int(match.group(2))
    year += 2000 if year < 100 else 0
    if (year, month) < (today.year, today.month):
        return None, "card_expired"
    return (month, year), None


# The one member state whose VAT numbers do not start with its ISO code: Greece writes EL.
_VAT_PREFIX_OF = {"GR": "EL"}
_COUNTRY_OF_PREFIX = {prefix: country for country, prefix in _VAT_PREFIX_OF.items()}


def check_vat_number(raw: str, country: str) -> tuple[str | None, str | None]:
    """(the VAT number in its compact form, None) or (None, problem code). Empty input is no VAT number.

    A VAT number must belong to the country of the billing address (`country`, ISO 3166): an EU
    VAT number of another member state is refused, and a billing address outside the EU has no
    EU VAT number at all, so any number entered there is refused too.
    """
    text = raw.strip()
    if not text:
        return None, None
    home = country.upper()
    prefix = _VAT_PREFIX_OF.get(home, home)
    if home.lower() not in eu_vat.MEMBER_STATES:
        return None, "vat_outside_eu"
    compact = clean(text, " -./").upper()
    if not compact[:2].isalpha():
        compact = prefix + compact
    try:
        number: str = eu_vat.validate(compact)
    except ValidationError:
        return None, "vat_invalid"
    if _COUNTRY_OF_PREFIX.get(number[:2], number[:2]) != home:
        return None, "vat_other_country"
    return number, None

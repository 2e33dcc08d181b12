"""The formats of EU VAT numbers as the harness expects them, per member state: the harness's
own table, never the mock's rules nor the VAT modules of the library the mock checks with
(python-stdnum's `stdnum.eu.vat`), so a product that takes a number one character too long or too
short fails a test.

Source of the lengths: the European Commission's table "VAT identification number structure"
(VIES; reproduced for instance at https://portal.kyckr.com/VATCheckHelp.aspx, and with the same
lengths at https://newproductspy.com/kb/vat-number/), which gives per member state the block of
characters after the two-letter prefix. The check digits of the two countries the harness bills
accounts in, as the factory makes them (`factories.DataFactory.vat_number`): Italy's partita IVA
ends with a Luhn check digit over its first ten digits, Germany's USt-IdNr. with an ISO 7064
MOD 11,10 check digit over its first eight.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import luhn
from stdnum.iso7064 import mod_11_10


@dataclass(frozen=True)
class VatFormat:
    """A member state's VAT numbers: the prefix written before them (the ISO code, EL for
    Greece) and how many characters may follow it (`lengths`, shortest to longest)."""

    prefix: str
    lengths: tuple[int, ...]
    shape: str
    old_length: int | None = None
    """A shorter form of old numbers, still taken: written with 0 in front (Greece's 8 digits)."""

    @property
    def shortest(self) -> int:
        return self.lengths[0]

    @property
    def longest(self) -> int:
        return self.lengths[-1]


VAT_FORMATS: dict[str, VatFormat] = {
    "AT": VatFormat("AT", (9,), "U and 8 digits"),
    "BE": VatFormat("BE", (10,), "10 digits, the first 0 or 1"),
    "BG": VatFormat("BG", (9, 10), "9 or 10 digits"),
    "CY": VatFormat("CY", (9,), "8 digits and a letter"),
    "CZ": VatFormat("CZ", (8, 9, 10), "8, 9 or 10 digits"),
    "DE": VatFormat("DE", (9,), "9 digits"),
    "DK": VatFormat("DK", (8,), "8 digits"),
    "EE": VatFormat("EE", (9,), "9 digits"),
    "ES": VatFormat("ES", (9,), "9 characters, the first or last (or both) a letter"),
    "FI": VatFormat("FI", (8,), "8 digits"),
    "FR": VatFormat("FR", (11,), "2 characters (digits or letters) and 9 digits"),
    # Greece's old 8-digit numbers "are replaced by putting the digit 0 in front"
    # (http://www.realobjects.com/European_VAT_ID.612.0.html).
    "GR": VatFormat("EL", (9,), "9 digits", old_length=8),
    "HR": VatFormat("HR", (11,), "11 digits"),
    "HU": VatFormat("HU", (8,), "8 digits"),
    "IE": VatFormat("IE", (8, 9), "7 digits and 1 or 2 letters (or a digit, a letter, 5 digits and a letter)"),
    "IT": VatFormat("IT", (11,), "11 digits: 7 of the company, 3 of its province office, a check digit"),
    "LT": VatFormat("LT", (9, 12), "9 or 12 digits"),
    "LU": VatFormat("LU", (8,), "8 digits"),
    "LV": VatFormat("LV", (11,), "11 digits"),
    "MT": VatFormat("MT", (8,), "8 digits"),
    "NL": VatFormat("NL", (12,), "9 digits, B and 2 digits"),
    "PL": VatFormat("PL", (10,), "10 digits"),
    "PT": VatFormat("PT", (9,), "9 digits"),
    "RO": VatFormat("RO", (2, 3, 4, 5, 6, 7, 8, 9, 10), "2 to 10 digits"),
    "SE": VatFormat("SE", (12,), "12 digits"),
    "SI": VatFormat("SI", (8,), "8 digits"),
    "SK": VatFormat("SK", (10,), "10 digits"),
}
"""The 27 member states (ISO 3166 code → format): a billing address anywhere else has no EU VAT number."""

CHECKED_COUNTRIES = ("IT", "DE")
"""The member states whose check digit the harness computes (`with_check_digit`)."""


def with_check_digit(country: str, body: str) -> str:
    """`body` (digits, any length) with its country's check digit appended and its prefix before
    it: a number that is right but for its length when `body` is one digit longer or shorter
    than the format's. Only for `CHECKED_COUNTRIES`."""
    if not body.isdigit():
        raise ValueError(f"a VAT number's body is digits, not {body!r}")
    if country == "IT":
        return f"IT{body}{luhn.calc_check_digit(body)}"
    if country == "DE":
        return f"DE{body}{mod_11_10.calc_check_digit(body)}"
    raise ValueError(f"the harness computes check digits of {', '.join(CHECKED_COUNTRIES)}, not {country!r}")

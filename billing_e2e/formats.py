"""Read and write what the pages show, per locale, with Babel: money, long dates, counts.

The pages format numbers, money and dates with the conventions of the country an article is
written for (it → it_IT, de → de_DE, en → en_US). Page objects parse what they read into
Decimal, date and int with these functions; steps that compute an expectation themselves can
format it the same way.

    parse_money("1.234,50 €", "it")          # Decimal('1234.50')
    parse_money("−€181.67", "en")            # Decimal('-181.67'), Unicode minus
    parse_long_date("23. November 2026", "de")   # date(2026, 11, 23)
    parse_count("1,234", "en")               # 1234

Suffixes such as "per month" are not money: the caller strips them (`without_suffix`).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Final

from babel.dates import format_date, get_date_format, get_month_names
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from .domain import BABEL_LOCALES, language_of_locale

_SPACES: Final = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_EXAMPLE_DATE: Final = date(2026, 11, 23)
_MINUS_SIGNS: Final = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-", "\uff0d": "-"})
# A sign, a currency (symbol or ISO code) on either side, and the number between.
_MONEY: Final = re.compile(
    r"(?P<sign1>[-+])?\s*(?P<cur1>[^\d\s+\-.,]+)?\s*(?P<sign2>[-+])?\s*"
    r"(?P<number>\d(?:[\d.,' ]*\d)?)\s*(?P<cur2>[^\d\s+\-.,]+)?"
)

COUNT_SUFFIX: Final = r"\s*\(\s*([\d.,]+)\s*\)"
"""The count a link's name carries after its label (`Carrello (2)`, `Warenkorb (1.000)`): the
account's state, not part of the label; group 1 is the count as the locale writes it."""


class FormatError(ValueError):
    """Text that is not a money amount, long date or count in the given locale."""


def babel_locale(locale: str) -> str:
    """The Babel locale of a harness locale: 'it' → 'it_IT' (also accepts 'it_IT', 'it-IT')."""
    return BABEL_LOCALES[language_of_locale(locale)]


def _clean(text: str) -> str:
    return " ".join(text.translate(_SPACES).split())


def without_suffix(text: str, *suffixes: str) -> str:
    """`text` without a trailing suffix such as "per month" (the first that matches, case ignored)."""
    cleaned = _clean(text)
    for suffix in suffixes:
        wanted = _clean(suffix)
        if wanted and cleaned.casefold().endswith(wanted.casefold()):
            return cleaned[: -len(wanted)].rstrip()
    return cleaned


# --- money ------------------------------------------------------------------------------------


def parse_money(text: str, locale: str) -> Decimal:
    """The amount shown as `text` ("1.234,50 €", "€1,234.50", "−€181.67", "-1.234,50 €")."""
    cleaned = _clean(text).translate(_MINUS_SIGNS)
    match = _MONEY.fullmatch(cleaned)
    if match is None or (match["cur1"] and match["cur2"]) or (match["sign1"] and match["sign2"]):
        raise FormatError(f"{text!r} is not an amount of money in {locale}")
    number = _parse_number(match["number"], locale, text)
    return -number if "-" in (match["sign1"], match["sign2"]) else number


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """`amount` as the pages show it: format_money(Decimal("1234.5"), "EUR", "it") == "1.234,50\xa0€"."""
    return str(format_currency(amount, currency, locale=babel_locale(locale)))


# --- counts -----------------------------------------------------------------------------------


def parse_count(text: str, locale: str) -> int:
    """A whole number as shown ("1.234" in it/de, "1,234" in en)."""
    value = _parse_number(_clean(text), locale, text)
    if value != value.to_integral_value():
        raise FormatError(f"{text!r} is not a whole number in {locale}")
    return int(value)


def format_count(value: int, locale: str) -> str:
    """A whole number as the pages show it ("1.234" in it/de)."""
    return str(format_decimal(value, locale=babel_locale(locale)))


def _parse_number(number: str, locale: str, original: str) -> Decimal:
    try:
        # strict: grouping must be the locale's ("1.234,5" in en is an error, not 1.2345).
        return Decimal(parse_decimal(number.replace(" ", ""), locale=babel_locale(locale), strict=True))
    except NumberFormatError as error:
        raise FormatError(f"{original!r} is not a number in {locale}: {error}") from None


# --- long dates -------------------------------------------------------------------------------


def format_long_date(value: date, locale: str) -> str:
    """`value` in Babel's long format: "23 novembre 2026", "23. November 2026", "November 23, 2026"."""
    return str(format_date(value, format="long", locale=babel_locale(locale)))


def parse_long_date(text: str, locale: str) -> date:
    """The date written as `text` in the locale's long format (the whole text, nothing else)."""
    pattern, months = _long_date_pattern(babel_locale(locale))
    match = pattern.fullmatch(_clean(text))
    if match is None:
        raise FormatError(f"{text!r} is not a long date in {locale} (like {format_long_date(_EXAMPLE_DATE, locale)!r})")
    return _date_of(match, months, text)


def find_long_dates(text: str, locale: str) -> list[date]:
    """Every long date inside `text`, in order ("23 novembre 2026 – 23 dicembre 2026 (...)")."""
    pattern, months = _long_date_pattern(babel_locale(locale))
    return [_date_of(match, months, text) for match in pattern.finditer(_clean(text))]


def _date_of(match: re.Match[str], months: dict[str, int], original: str) -> date:
    month = months[match["month"].casefold()] if match["month"] else int(match["month_number"])
    try:
        return date(int(match["year"]), month, int(match["day"]))
    except ValueError as error:
        raise FormatError(f"{original!r} is not a real date: {error}") from None


@cache
def _long_date_pattern(locale: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex for the locale's long date format, built from its CLDR pattern and month names."""
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, context=context, locale=locale).items():
                months.setdefault(str(name).casefold(), int(number))
                months.setdefault(str(name).casefold().rstrip("."), int(number))
    names = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    tokens = _tokens(get_date_format("long", locale=locale).pattern)
    parts = [_token_regex(token, names, locale) for token in tokens]
    return re.compile("".join(parts), re.IGNORECASE), months


def _tokens(pattern: str) -> list[str]:
    """A CLDR date pattern split into fields ("MMMM"), quoted literals ("'de'") and characters."""
    return [m.group(0) for m in re.finditer(r"'[^']*'|([A-Za-z])\1*|.", pattern)]


def _token_regex(token: str, month_names: str, locale: str) -> str:
    if token.startswith("'"):
        return re.escape(token.strip("'") or "'")
    letter, width = token[0], len(token)
    if letter == "d":
        return r"(?<!\d)(?P<day>\d{1,2})"
    if letter in "ML" and width >= 3:
        return rf"(?P<month>{month_names})\.?"
    if letter in "ML":
        return r"(?P<month_number>\d{1,2})"
    if letter in "yY":
        return r"(?P<year>\d{4})(?!\d)"
    if letter.isalpha():
        raise FormatError(f"the long date format of {locale} has a field {token!r} this parser does not read")
    return r"\s+" if token.isspace() else re.escape(token)

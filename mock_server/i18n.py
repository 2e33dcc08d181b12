"""Languages of the mock: gettext catalogs compiled from the .po files, locale choice, Babel formats.

The UI speaks Italian, German and English. Message ids are the English labels; the catalogs in
`translations/<lang>/LC_MESSAGES/messages.po` carry the wording of the published help articles
(see ../shared/ui-vocabulary.md). They are compiled in memory at start, so a checkout needs no
build step and a stale .mo file can never hide an edited .po file.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Literal, cast

from babel import Locale as BabelLocale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.support import Translations
from flask import Flask, g, request

Lang = Literal["it", "de", "en"]
LANGUAGES: tuple[Lang, ...] = ("it", "de", "en")
DEFAULT_LANGUAGE: Lang = "en"
# Formats follow the countries the articles are written for.
BABEL_LOCALES: dict[Lang, str] = {"it": "it_IT", "de": "de_DE", "en": "en_US"}


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Marks a message for extraction where it is defined; it is translated where it is shown."""
    return message


@cache
def translations(lang: Lang) -> Translations:
    po_file = resources.files("mock_server").joinpath(f"translations/{lang}/LC_MESSAGES/messages.po")
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


def is_language(value: str | None) -> bool:
    return value in LANGUAGES


def current_language() -> Lang:
    return cast(Lang, g.get("lang", DEFAULT_LANGUAGE))


def best_accept_language() -> Lang:
    match = request.accept_languages.best_match(LANGUAGES)
    return cast(Lang, match) if match else DEFAULT_LANGUAGE


def gettext(message: str, **variables: object) -> str:
    text = translations(current_language()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: object) -> str:
    text = translations(current_language()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


def babel_locale() -> str:
    return BABEL_LOCALES[current_language()]


def money(amount: Decimal, currency: str) -> str:
    return format_currency(amount, currency, locale=babel_locale())


def long_date(value: date) -> str:
    return format_date(value, format="long", locale=babel_locale())


def number(value: int | Decimal) -> str:
    return format_decimal(value, locale=babel_locale())


def language_name(lang: Lang) -> str:
    name = BabelLocale.parse(BABEL_LOCALES[lang]).language_name
    return (name or lang).capitalize()


def territory_name(country_code: str) -> str:
    """A country's name in the current language ("Italia", "Italien", "Italy")."""
    territories = BabelLocale.parse(BABEL_LOCALES[current_language()]).territories
    return str(territories.get(country_code.upper(), country_code))


def init_app(app: Flask) -> None:
    for lang in LANGUAGES:
        translations(lang)  # a broken catalog fails at start, not on the first request in that language
    app.jinja_env.add_extension("jinja2.ext.i18n")
    # Jinja's new-style gettext does the %-formatting (and escaping) itself: hand it the bare lookups.
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: translations(current_language()).gettext(message),
        lambda singular, plural, n: translations(current_language()).ngettext(singular, plural, n),
        newstyle=True,
    )
    app.jinja_env.filters.update(money=money, long_date=long_date, number=number)
    app.jinja_env.globals.update(current_language=current_language, LANGUAGES=LANGUAGES, language_name=language_name)

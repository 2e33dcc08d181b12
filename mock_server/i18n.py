"""Languages of the mock: gettext catalogs compiled from the .po files, locale choice, Babel formats.

The languages are data: each folder of `translations/` (and of the extra folder given at start) is
one, with its name and Babel locale in `language.toml` (see `languages`). Message ids are the English
labels; the catalogs in `translations/<lang>/LC_MESSAGES/messages.po` carry the wording of the
published help articles (see ../shared/ui-vocabulary.md). They are compiled in memory at start, so a
checkout needs no build step and a stale .mo file can never hide an edited .po file.

One process serves one set of languages: `use_languages` (called by `create_app`) sets it; until
then it is the package's own folder.
"""

from __future__ import annotations

import io
import threading
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated

from babel import Locale as BabelLocale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.numbers import format_currency, format_decimal
from babel.support import Translations
from flask import Flask, g, request
from pydantic import AfterValidator

from . import languages as language_data
from .languages import Language, read_catalog

# A language code of the mock ("it", "fr", a test's made-up "xx"); `KnownLang` where input is checked.
Lang = str
# The message ids are English, so English is what a visitor gets when nothing else is asked for.
DEFAULT_LANGUAGE: Lang = "en"

_active: dict[str, Language] | None = None
_active_extra: Path | None = None
_active_lock = threading.Lock()


def use_languages(extra: Path | None = None) -> dict[str, Language]:
    """Serve the package's languages and those of `extra`; raises LanguageError for a bad folder.
    The same folders again (an app per test) keep the languages already read."""
    global _active, _active_extra
    with _active_lock:
        if _active is not None and extra == _active_extra:
            return _active
    loaded = language_data.load(extra)
    if DEFAULT_LANGUAGE not in loaded:
        raise language_data.LanguageError(f"the mock's translations lack {DEFAULT_LANGUAGE!r}, its default language")
    with _active_lock:
        _active, _active_extra = loaded, extra
        translations.cache_clear()
    for lang in loaded:
        translations(lang)  # a catalog that cannot compile fails at start, not on its first request
    return loaded


def _languages() -> dict[str, Language]:
    global _active
    if _active is None:
        with _active_lock:
            if _active is None:
                _active = language_data.load()
    return _active


def languages() -> tuple[Lang, ...]:
    """The codes of the languages served, in the order of their codes."""
    return tuple(_languages())


def language(lang: Lang) -> Language:
    return _languages()[lang]


def is_language(value: object) -> bool:
    return isinstance(value, str) and value in _languages()


def _known(value: str) -> str:
    if not is_language(value):
        raise ValueError(f"not a language of the mock: {value!r} (it serves {', '.join(languages())})")
    return value


# A language code that must be one the mock serves (pydantic checks it when input is read).
KnownLang = Annotated[str, AfterValidator(_known)]


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Marks a message for extraction where it is defined; it is translated where it is shown."""
    return message


@cache
def translations(lang: Lang) -> Translations:
    catalog = read_catalog(language(lang).catalog_path, lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


def current_language() -> Lang:
    lang: Lang = g.get("lang", DEFAULT_LANGUAGE)
    return lang


def best_accept_language() -> Lang:
    match = request.accept_languages.best_match(languages())
    return match or DEFAULT_LANGUAGE


def gettext(message: str, **variables: object) -> str:
    text = translations(current_language()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: object) -> str:
    text = translations(current_language()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


def babel_locale(lang: Lang | None = None) -> str:
    """The Babel locale of `lang` (default: the current language)."""
    return language(lang or current_language()).babel_locale


def money(amount: Decimal, currency: str) -> str:
    return format_currency(amount, currency, locale=babel_locale())


def long_date(value: date) -> str:
    return format_date(value, format="long", locale=babel_locale())


def number(value: int | Decimal) -> str:
    return format_decimal(value, locale=babel_locale())


def language_name(lang: Lang) -> str:
    """The language's name in itself ("Italiano"), as its language.toml gives it."""
    return language(lang).name


def territory_name(country_code: str) -> str:
    """A country's name in the current language ("Italia", "Italien", "Italy")."""
    territories = BabelLocale.parse(babel_locale()).territories
    return str(territories.get(country_code.upper(), country_code))


def init_app(app: Flask, extra_translations: Path | None = None) -> None:
    use_languages(extra_translations)
    app.jinja_env.add_extension("jinja2.ext.i18n")
    # Jinja's new-style gettext does the %-formatting (and escaping) itself: hand it the bare lookups.
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: translations(current_language()).gettext(message),
        lambda singular, plural, n: translations(current_language()).ngettext(singular, plural, n),
        newstyle=True,
    )
    app.jinja_env.filters.update(money=money, long_date=long_date, number=number)
    app.jinja_env.globals.update(current_language=current_language, languages=languages, language_name=language_name)

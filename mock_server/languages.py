"""The mock's languages, found in its translations folder: a language is data, not code.

Each folder `translations/<code>/` is one language of the mock:

- `language.toml`: the language's own name (the language menu shows it), its Babel locale (dates,
  money and country names follow it), and optionally `[demo]`, the hand-written people of its demo
  accounts (`--seed demo`);
- `LC_MESSAGES/messages.po`: the gettext catalog of the UI, emails and error messages;
- `LC_MESSAGES/harmless.po` (optional): the texts the harmless releases add to pages.

Besides the folder inside the package, one extra folder may be given when the mock starts
(`python -m mock_server --translations DIR`, `Settings.extra_translations`), laid out the same way, so
that a test can add a made-up language without touching the tree. Everything is checked when the
languages are loaded: a folder the mock cannot use raises `LanguageError`, which names the file and
the fix, and the mock exits with status 2 before it serves anything.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po
from babel.numbers import get_territory_currencies
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .config import ConfigError

BUILT_IN = Path(__file__).resolve().parent / "translations"
LANGUAGE_FILE = "language.toml"
CATALOG = "messages.po"
HARMLESS_CATALOG = "harmless.po"
# A language code as gettext and the harness name them: "it", "pt", "pt_BR", or a made-up "xx".
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class LanguageError(ConfigError):
    """A translations folder the mock cannot start with; the message names the file and the fix."""


class DemoPeople(BaseModel):
    """The hand-written names of one language's demo accounts: (full name, company) per role."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    self_service: tuple[Name, Name]
    member: Name
    colleague: Name
    corporate: tuple[Name, Name]
    trial: tuple[Name, Name]
    trial_expired: tuple[Name, Name]
    cart: tuple[Name, Name]
    no_card: tuple[Name, Name]
    # Whether the self-service billing contact has a card on file (one language's has none).
    self_service_card: bool = True
    corporate_vat_number: Name | None = None
    self_service_vat_number: Name | None = None


class LanguageFile(BaseModel):
    """`language.toml`, as written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Name = Field(description="the language's name in itself, as the language menu shows it")
    babel_locale: Name = Field(description="the Babel locale of dates, money and country names, e.g. it_IT")
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        default=None, description="an account's default country (default: the Babel locale's territory)"
    )
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = Field(
        default=None, description="an account's default currency (default: the country's, per Babel)"
    )
    demo: DemoPeople | None = None


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    babel_locale: str
    folder: Path
    demo: DemoPeople | None
    # The defaults of an account created in this language (control API), when the request gives none.
    country: str
    currency: str

    @property
    def catalog_path(self) -> Path:
        return self.folder / "LC_MESSAGES" / CATALOG

    @property
    def harmless_path(self) -> Path | None:
        path = self.folder / "LC_MESSAGES" / HARMLESS_CATALOG
        return path if path.is_file() else None


def read_catalog(path: Path, code: str) -> Catalog:
    """A .po file, read strictly: a syntax error is a LanguageError, not a half-read catalog."""
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=code, abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        raise LanguageError(f"{path}: not a readable gettext catalog: {error}") from error
    except OSError as error:
        raise LanguageError(f"{path}: cannot read it: {error.strerror or error}") from error


def read_language(folder: Path) -> Language:
    """One language's folder, checked whole."""
    code = folder.name
    if not _CODE.match(code):
        raise LanguageError(
            f"{folder}: a language folder is named by its code, like 'it', 'pt' or 'pt_BR' (not {code!r})"
        )
    data_file = folder / LANGUAGE_FILE
    if not data_file.is_file():
        raise LanguageError(
            f"{data_file} is missing: a language needs its name and Babel locale there,"
            ' e.g. name = "Italiano" and babel_locale = "it_IT"'
        )
    try:
        data = LanguageFile.model_validate(tomllib.loads(data_file.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise LanguageError(f"{data_file}: not valid TOML: {error}") from error
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}" for problem in error.errors()
        )
        raise LanguageError(f"{data_file}: {problems}") from error
    try:
        locale = Locale.parse(data.babel_locale)
    except (UnknownLocaleError, ValueError) as error:
        raise LanguageError(
            f"{data_file}: babel_locale {data.babel_locale!r} is not a locale Babel knows (e.g. fr_FR, pt_BR)"
        ) from error
    country = data.country or locale.territory
    if not country:
        raise LanguageError(f'{data_file}: babel_locale {data.babel_locale!r} names no country: give country = "XX"')
    currencies = get_territory_currencies(country)
    currency = data.currency or (currencies[0] if currencies else None)
    if currency is None:
        raise LanguageError(f'{data_file}: Babel knows no currency of {country}: give currency = "EUR" or "USD"')
    language = Language(code, data.name, data.babel_locale, folder, data.demo, country, currency)
    if not language.catalog_path.is_file():
        raise LanguageError(
            f"{language.catalog_path} is missing: every language needs its catalog of the UI's messages"
            " (pybabel init -i mock_server/translations/messages.pot -d DIR -l CODE)"
        )
    read_catalog(language.catalog_path, code)
    if language.harmless_path is not None:
        read_catalog(language.harmless_path, code)
    return language


def discover(folder: Path) -> dict[str, Language]:
    """The languages of one translations folder, by code, in the order of their codes."""
    if not folder.is_dir():
        raise LanguageError(f"{folder} is not a folder of translations (one folder per language: <code>/)")
    found = {
        child.name: read_language(child)
        for child in sorted(folder.iterdir())
        if child.is_dir() and not child.name.startswith((".", "_"))
    }
    if not found:
        raise LanguageError(f"{folder} holds no language: add a folder <code>/ with language.toml and LC_MESSAGES/")
    return found


def load(extra: Path | None = None) -> dict[str, Language]:
    """The mock's own languages, then those of `extra` (which may add languages, not replace one)."""
    languages = discover(BUILT_IN)
    if extra is not None:
        added = discover(extra)
        if clash := sorted(set(added) & set(languages)):
            raise LanguageError(
                f"{extra}: {', '.join(clash)} is a language of the mock already; an extra folder adds new ones"
            )
        languages.update(added)
    return dict(sorted(languages.items()))

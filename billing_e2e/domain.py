"""What the harness knows of the Billing Center's world, defined once: languages (read from the
data of `languages.toml`), billing frequencies, products and the hosts the articles name.

Everything else in the harness (pytest plugin, steps, flows, the article check, scripts) imports
these; the bundled mock keeps its own definitions (it is the product under test, and a harness that
read the product's own tables could not catch it changing them).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

# --- languages ------------------------------------------------------------------------------------

LANGUAGES_FILE = Path(__file__).with_name("languages.toml")
LANGUAGE_DATA_ENV = "BILLING_E2E_LANGUAGE_DATA"
"""Folders (separated by os.pathsep) of more language data laid over the project's: each may hold
a `languages.toml` (new languages, in this file's format), `phrasings/<code>.toml`,
`vocabulary.toml` and the mock's `translations/<code>/`. Read once, at import; child processes
(xdist workers, the mock, a pytest started by a test) inherit it."""


class LanguageDataError(ValueError):
    """A languages.toml file is malformed, or redefines a language another file defines."""


@dataclass(frozen=True)
class ArticleReading:
    """How a language's help articles are read: see `languages.toml`'s `[<code>.article]`."""

    words: frozenset[str]
    generic_product: str
    labels: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class LanguageData:
    """One language's entry of `languages.toml` (its fields are documented there)."""

    code: str
    name: str
    native_name: str
    gherkin: str
    babel_locale: str
    browser_locale: str
    time_zone: str
    country: str
    currency: str
    article: ArticleReading
    source: Path

    @property
    def display_name(self) -> str:
        """How reports name the language: `Italiano (it)`."""
        return f"{self.native_name} ({self.code})"


_TEXT_FIELDS = ("name", "native_name", "gherkin", "babel_locale", "browser_locale", "time_zone", "country", "currency")


def _text(path: Path, where: str, table: Mapping[str, object], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LanguageDataError(f"{path}: [{where}] {key} must be a non-empty string")
    return value


def _article_reading(path: Path, code: str, table: object) -> ArticleReading:
    where = f"{code}.article"
    if not isinstance(table, dict):
        raise LanguageDataError(f"{path}: [{where}] is missing")
    labels = table.get("labels")
    if not isinstance(labels, dict) or not all(
        isinstance(texts, list) and texts and all(isinstance(text, str) and text for text in texts)
        for texts in labels.values()
    ):
        raise LanguageDataError(f"{path}: [{where}.labels] must map each box kind to a list of labels")
    return ArticleReading(
        words=frozenset(_text(path, where, table, "words").casefold().split()),
        generic_product=_text(path, where, table, "generic_product").casefold(),
        labels=MappingProxyType({kind: tuple(texts) for kind, texts in labels.items()}),
    )


def _read_languages(path: Path) -> list[LanguageData]:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise LanguageDataError(f"{path}: {error}") from error
    found: list[LanguageData] = []
    for code, table in document.items():
        if not isinstance(table, dict) or not code.isascii() or not code.isalpha() or not code.islower():
            raise LanguageDataError(f"{path}: [{code}] must be a table named by a lower-case language code")
        unknown = sorted(set(table) - {*_TEXT_FIELDS, "article"})
        if unknown:
            known = ", ".join((*_TEXT_FIELDS, "article"))
            raise LanguageDataError(f"{path}: [{code}] has unknown fields {unknown}; known: {known}")
        texts = {key: _text(path, code, table, key) for key in _TEXT_FIELDS}
        reading = _article_reading(path, code, table.get("article"))
        found.append(LanguageData(code=code, article=reading, source=path, **texts))
    return found


def _extra_data_dirs() -> tuple[Path, ...]:
    listed = [Path(entry) for entry in os.environ.get(LANGUAGE_DATA_ENV, "").split(os.pathsep) if entry]
    missing = [str(folder) for folder in listed if not folder.is_dir()]
    if missing:
        raise LanguageDataError(f"{LANGUAGE_DATA_ENV} names folders that do not exist: {', '.join(missing)}")
    return tuple(folder.resolve() for folder in listed)


EXTRA_DATA_DIRS: tuple[Path, ...] = _extra_data_dirs()
"""The folders of `BILLING_E2E_LANGUAGE_DATA`, in their order (after the project's own data)."""


def _load_languages() -> dict[str, LanguageData]:
    languages: dict[str, LanguageData] = {}
    for path in (LANGUAGES_FILE, *(folder / LANGUAGES_FILE.name for folder in EXTRA_DATA_DIRS)):
        if path != LANGUAGES_FILE and not path.is_file():
            continue
        for entry in _read_languages(path):
            if entry.code in languages:
                raise LanguageDataError(f"{path}: [{entry.code}] is already defined in {languages[entry.code].source}")
            languages[entry.code] = entry
    if not languages:
        raise LanguageDataError(f"{LANGUAGES_FILE}: defines no language")
    return languages


Language = str
"""A language code of `LANGUAGES` (a plain string: the languages are data; `language()` checks one)."""
LANGUAGE_DATA: Mapping[Language, LanguageData] = MappingProxyType(_load_languages())
LANGUAGES: tuple[Language, ...] = tuple(LANGUAGE_DATA)
# Formats, test data and the browser follow the countries the articles are written for.
BABEL_LOCALES: Mapping[Language, str] = MappingProxyType({c: d.babel_locale for c, d in LANGUAGE_DATA.items()})
"""Also Faker's locale for the test data."""
BROWSER_LOCALES: Mapping[Language, str] = MappingProxyType({c: d.browser_locale for c, d in LANGUAGE_DATA.items()})
TIME_ZONES: Mapping[Language, str] = MappingProxyType({c: d.time_zone for c, d in LANGUAGE_DATA.items()})
"""The time zone of each language's readers, which the browser context is given."""


HELP_CENTER_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ja", "zh", "ko", "pl", "sv")
"""The languages GoTo's help center publishes its articles in (under support.goto.com/<code>/… and
help.gotoassist.com/<code>/…: /it/, /pt/, /ko/, … are seen in its published pages; the list is
issue 23's), as ISO 639-1 codes: what the article check identifies an article's or a sentence's
language among. The harness's own `LANGUAGES` are those it runs scenarios and checks articles in."""
HELP_CENTER_SOURCE: str = "en"
"""The language the help center writes its articles in and translates them from: its page
templates' words stay in it in translated pages (a German article's `Note:` and `Result:` boxes),
so an article is read with its own language's box labels and this one's (`billing_e2e.articles`)."""


def data_files(relative: str) -> tuple[Path, ...]:
    """`relative` (e.g. `phrasings/fr.toml`) in each folder of `EXTRA_DATA_DIRS` that has it."""
    return tuple(folder / relative for folder in EXTRA_DATA_DIRS if (folder / relative).exists())


def language(value: str) -> Language:
    """`value` as a supported language, or a ValueError that lists them."""
    if value not in LANGUAGE_DATA:
        raise ValueError(f"unsupported language {value!r}; billing-e2e speaks {', '.join(LANGUAGES)}")
    return value


def language_of_locale(locale: str) -> Language:
    """The language of a locale as it is written anywhere ('it', 'it_IT', 'it-IT' → 'it'); a
    ValueError that lists the supported languages for another."""
    return language(locale.replace("-", "_").split("_", 1)[0].lower())


def language_of_feature(path: Path, gherkin: str) -> Language:
    """The language of a feature file written with `# language: <gherkin>`: the folder it is in
    (`features/<code>/`) when that is a language, whose `gherkin` must then be the feature's; else
    the one language written with that Gherkin language. A ValueError says what does not fit."""
    folder = path.parent.name
    if folder in LANGUAGE_DATA:
        expected = LANGUAGE_DATA[folder].gherkin
        if gherkin != expected:
            raise ValueError(
                f"{path}: a feature in {folder}/ must be written with '# language: {expected}' "
                f"({LANGUAGE_DATA[folder].source}), not {gherkin!r}"
            )
        return folder
    written = [code for code, data in LANGUAGE_DATA.items() if data.gherkin == gherkin]
    if len(written) != 1:
        where = f"one of the folders {', '.join(LANGUAGES)}" if written else f"a language whose gherkin is {gherkin!r}"
        raise ValueError(f"{path}: '# language: {gherkin}' does not tell its language; put it in {where}")
    return written[0]


# --- billing frequencies --------------------------------------------------------------------------

Frequency = Literal["monthly", "annual"]
FREQUENCIES: tuple[Frequency, ...] = get_args(Frequency)


def frequency(value: str) -> Frequency:
    """`value` as a billing frequency, or a ValueError that lists them."""
    if value not in FREQUENCIES:
        raise ValueError(f"billing frequency must be {' or '.join(FREQUENCIES)}, not {value!r}")
    return value


# --- products -------------------------------------------------------------------------------------

# Product names as the articles and the UI write them -> the product codes of the bundled mock's
# catalog (the codes are how the control API names products).
PRODUCT_CODES: dict[str, str] = {
    "OpenVoice": "openvoice",
    "GoToAssist Remote Support v5": "gotoassist-rs-v5",
    "GoTo Webinar": "goto-webinar",
    "GoToMeeting": "gotomeeting",
    "GoTo Connect": "goto-connect",
    "GoTo Resolve": "goto-resolve",
}
PRODUCT_NAMES: dict[str, str] = {code: name for name, code in PRODUCT_CODES.items()}


def product_code(product: str) -> str:
    """The catalog code of a product given by its name ("GoTo Webinar") or its code ("goto-webinar")."""
    if product in PRODUCT_NAMES:
        return product
    try:
        return PRODUCT_CODES[product]
    except KeyError:
        known = ", ".join(f"{name!r} ({code})" for name, code in PRODUCT_CODES.items())
        raise ValueError(f"unknown product {product!r}; known: {known}") from None


# --- hosts ----------------------------------------------------------------------------------------

CURRENT_HOST = "billing.goto.com"
# The LogMeIn era's name of the Billing Center; the GoToMeeting article still links it.
LEGACY_HOST = "billing.logmeininc.com"
# The Corporate Billing Portal and the support pages the articles link.
CORPORATE_HOST = "link.goto.com"
SUPPORT_HOST = "support.goto.com"
BILLING_HOSTS = frozenset({CURRENT_HOST, LEGACY_HOST})
# Every host of the articles that the bundled mock answers for (its corporate portal and support
# pages are served on any host name).
MOCK_HOSTS: tuple[str, ...] = (CURRENT_HOST, LEGACY_HOST, CORPORATE_HOST, SUPPORT_HOST)

# Hosts of GoTo's services under the LogMeIn era's domain: `billing.logmeininc.com` is today
# `billing.goto.com`, and so for each service the articles link (the Billing Center, the Corporate
# Billing Portal, support) and GoTo Admin. Sources: the articles themselves (003 links the
# Billing Center's old host, the others its current one); GoTo's help pages as published under
# support.logmeininc.com (/gotomeeting/help/…, /gotoassist-remote-support/help/…) before the 2022
# move from logmeininc.com to goto.com. link.logmeininc.com and admin.logmeininc.com are not seen in
# any source: they follow the same rule and are kept because a finding for an unreal host is
# harmless, while a missed one is a dead link. Not rewritten: support.logmeininc.com/lastpass/…
# (LastPass left GoTo; its pages are not on support.goto.com), which no article links.
SERVICE_HOSTS: tuple[str, ...] = (CURRENT_HOST, CORPORATE_HOST, SUPPORT_HOST, "admin.goto.com")
LEGACY_DOMAINS: tuple[str, ...] = ("logmeininc.com",)
# Not logmein.com: LogMeIn's own products (Rescue, Pro, Central) still live there.
LEGACY_HOSTS: dict[str, str] = {
    f"{current.split('.')[0]}.{domain}": current for current in SERVICE_HOSTS for domain in LEGACY_DOMAINS
}
"""A LogMeIn-era host of a GoTo service → the service's current host."""


def current_host(host: str) -> str | None:
    """The current host of a LogMeIn-era host (`billing.logmeininc.com` → `billing.goto.com`), or None."""
    return LEGACY_HOSTS.get(host.lower())


def on_legacy_domain(host: str) -> bool:
    """Whether the host is under the LogMeIn era's domain (`myaccount.logmeininc.com`), whether or
    not a GoTo service took it over (`current_host`)."""
    host = host.lower()
    return any(host == domain or host.endswith(f".{domain}") for domain in LEGACY_DOMAINS)


@dataclass(frozen=True)
class Place:
    """A place of the product an article may send its reader to by name, not by address ("Öffnen
    Sie das Self Service Portal."): where it is, its label (a key of pages/vocabulary.toml, the name
    the product gives it in each language) and the other names help articles give it."""

    address: str
    label: str
    """The vocabulary key of the place's name (`corporate_billing_portal`)."""
    names: tuple[str, ...] = ()
    """Other names articles give it, in any language (an older name, a translation of one)."""
    signed_out: bool = False
    """A reader may arrive there signed out and sign in, or reset a password, there (the portal's
    own sign-in); the Billing Center's sign-in is where every walk starts anyway."""


# Source of the portal's other names: OpenVoice's "Accessing the Self Service Portal"
# (support.goto.com/openvoice/help/accessing-self-service-portal-ov710010, and its German version
# /de/…, the published corpus's 118: "Self Service Portal", "Selbstbedienungsportal"), which tells
# the administrators and billing contacts of corporate accounts how to reach invoices, billing
# information, purchase orders, quotes and invoice contacts: the Corporate Billing Portal's readers
# and tasks (../shared/articles-more/008 calls it "a different self-service site").
PLACES: tuple[Place, ...] = (
    Place(
        f"https://{CORPORATE_HOST}/corp-billing",
        "corporate_billing_portal",
        ("Self Service Portal", "Self-Service-Portal", "Selbstbedienungsportal"),
        signed_out=True,
    ),
)


# --- brand and product names over time ------------------------------------------------------------

BRAND = "GoTo"
OLD_BRANDS: tuple[str, ...] = ("LogMeIn",)
"""The company's name before 2022 (LogMeIn, Inc. renamed itself GoTo), as help articles still write it."""
LOGMEIN_PRODUCTS: tuple[str, ...] = ("Rescue", "Pro", "Central", "Hamachi")
"""Products still sold under the LogMeIn name: `LogMeIn Rescue` is a product's name, not an old brand."""


@dataclass(frozen=True)
class ProductLine:
    """One product through its renames: `names[0]` is today's name, the others earlier ones
    (`former`); `short` are shorter ways of writing today's name that identify the product without
    being a name of their own to correct (`GoToAssist` for GoToAssist Remote Support v5);
    `miswritten` are ways the help center writes today's name wrongly (its version without the
    `v`): they identify the product, and a text that uses one is corrected to today's name.

    Versions of a product that are sold side by side or one instead of the other are lines of
    their own of the same `kind` (GoToAssist Remote Support v4 and v5): an article about one
    the target does not sell is checked with another of its kind."""

    kind: str
    names: tuple[str, ...]
    short: tuple[str, ...] = ()
    miswritten: tuple[str, ...] = ()

    @property
    def current(self) -> str:
        """The product's name today."""
        return self.names[0]

    @property
    def former(self) -> tuple[str, ...]:
        """The names the product had before (a text that uses one is out of date)."""
        return self.names[1:]


# Source: the product-names paragraph of the shared UI vocabulary (GoTo's 2022 rebrand: GoToMeeting
# → GoTo Meeting, GoToWebinar → GoTo Webinar, GoToTraining → GoTo Training, GoToConnect → GoTo
# Connect; LogMeIn → GoTo for the company; GoToAssist Remote Support v5, OpenVoice and Rescue keep
# their names), GoTo's help center (GoToAssist v5 "formerly known as RescueAssist"; its Italian
# pages write the versions "v. 4", "v. 5") and the names the articles of articles/ use.
PRODUCT_LINES: tuple[ProductLine, ...] = (
    ProductLine("meetings", ("GoTo Meeting", "GoToMeeting", "LogMeIn GoToMeeting", "Citrix GoToMeeting")),
    ProductLine("meetings", ("GoTo Room", "GoToRoom")),
    ProductLine("audio conferencing", ("OpenVoice", "Citrix OpenVoice")),
    ProductLine("webinars", ("GoTo Webinar", "GoToWebinar", "LogMeIn GoToWebinar", "Citrix GoToWebinar")),
    ProductLine("webinars", ("GoTo Training", "GoToTraining", "LogMeIn GoToTraining", "Citrix GoToTraining")),
    ProductLine(
        "remote support",
        ("GoToAssist Remote Support v5", "RescueAssist"),
        short=("GoToAssist Remote Support v. 5", "GoToAssist v5", "GoToAssist Remote Support", "GoToAssist"),
        # help.gotoassist.com/es/remote-support/help/how-do-i-cancel-my-gotoassist-remote-support-subscription-plan
        # writes "GoToAssist Remote Support 5" beside "… v5" (tests/article_check/published/142).
        miswritten=("GoToAssist Remote Support 5",),
    ),
    ProductLine(
        "remote support",
        ("GoToAssist Remote Support v4", "GoToAssist Corporate"),
        short=("GoToAssist Remote Support v. 4", "GoToAssist v4"),
    ),
    ProductLine("remote support", ("GoTo Resolve", "LogMeIn Resolve")),
    ProductLine("remote support", ("LogMeIn Rescue",)),
    ProductLine("phone system", ("GoTo Connect", "GoToConnect", "LogMeIn GoToConnect", "Jive")),
)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def product_line(name: str) -> ProductLine | None:
    """The line a product name (today's, an earlier one or a short form, any letter case) belongs to."""
    wanted = _folded(name)
    return next(
        (
            line
            for line in PRODUCT_LINES
            if wanted in (_folded(n) for n in (*line.names, *line.short, *line.miswritten))
        ),
        None,
    )


def current_product_name(name: str) -> str | None:
    """Today's name of the product a name (any of its names) stands for: `GoToMeeting` → `GoTo Meeting`."""
    line = product_line(name)
    return line.current if line is not None else None


def is_miswritten_product_name(name: str) -> bool:
    """Whether the name is a wrong way of writing a product's name today (`GoToAssist Remote Support 5`)."""
    line = product_line(name)
    return line is not None and _folded(name) in (_folded(n) for n in line.miswritten)


def is_former_product_name(name: str) -> bool:
    """Whether the name is one a product had before (`GoToMeeting`), not today's or a short form."""
    line = product_line(name)
    return line is not None and _folded(name) in (_folded(n) for n in line.former)


def product_names() -> tuple[str, ...]:
    """Every name and short form of every product line, longest first (so a longer name wins where
    both fit)."""
    every = {name for line in PRODUCT_LINES for name in (*line.names, *line.short, *line.miswritten)}
    return tuple(sorted(every, key=len, reverse=True))

"""What the harness knows of the Billing Center's world, defined once: languages, billing
frequencies, products and the hosts the articles name.

Everything else in the harness (pytest plugin, steps, flows, the article check, scripts) imports
these; the bundled mock keeps its own definitions (it is the product under test, and a harness that
read the product's own tables could not catch it changing them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

# --- languages ------------------------------------------------------------------------------------

Language = Literal["it", "de", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
# Formats, test data and the browser follow the countries the articles are written for.
BABEL_LOCALES: dict[Language, str] = {"it": "it_IT", "de": "de_DE", "en": "en_US"}  # also Faker's
BROWSER_LOCALES: dict[Language, str] = {"it": "it-IT", "de": "de-DE", "en": "en-US"}
# The time zone of each language's readers, which the browser context is given.
TIME_ZONES: dict[Language, str] = {"it": "Europe/Rome", "de": "Europe/Berlin", "en": "America/New_York"}


def language(value: str) -> Language:
    """`value` as a supported language, or a ValueError that lists them."""
    if value not in LANGUAGES:
        raise ValueError(f"unsupported language {value!r}; billing-e2e speaks {', '.join(LANGUAGES)}")
    return value


def language_of_locale(locale: str) -> Language:
    """The language of a locale as it is written anywhere ('it', 'it_IT', 'it-IT' → 'it'); a
    ValueError that lists the supported languages for another."""
    return language(locale.replace("-", "_").split("_", 1)[0].lower())


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
    being a name of their own to correct (`GoToAssist` for GoToAssist Remote Support v5).

    Versions of a product that are sold side by side or one instead of the other are lines of
    their own of the same `kind` (GoToAssist Remote Support v4 and v5): an article about one
    the target does not sell is checked with another of its kind."""

    kind: str
    names: tuple[str, ...]
    short: tuple[str, ...] = ()

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
        (line for line in PRODUCT_LINES if wanted in (_folded(n) for n in (*line.names, *line.short))),
        None,
    )


def current_product_name(name: str) -> str | None:
    """Today's name of the product a name (any of its names) stands for: `GoToMeeting` → `GoTo Meeting`."""
    line = product_line(name)
    return line.current if line is not None else None


def is_former_product_name(name: str) -> bool:
    """Whether the name is one a product had before (`GoToMeeting`), not today's or a short form."""
    line = product_line(name)
    return line is not None and _folded(name) in (_folded(n) for n in line.former)


def product_names() -> tuple[str, ...]:
    """Every name and short form of every product line, longest first (so a longer name wins where
    both fit)."""
    every = {name for line in PRODUCT_LINES for name in (*line.names, *line.short)}
    return tuple(sorted(every, key=len, reverse=True))

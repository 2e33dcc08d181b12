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
    """One product through its renames: `names[0]` is today's name, the others earlier ones.

    Versions of a product that are sold side by side or one instead of the other are lines of
    their own of the same `kind` (GoToAssist Remote Support v4 and v5): an article about one
    the target does not sell is checked with another of its kind."""

    kind: str
    names: tuple[str, ...]


# Source: GoTo's product pages and help center (2022 rebrand: GoToMeeting → GoTo Meeting,
# GoToWebinar → GoTo Webinar, GoToConnect → GoTo Connect, GoToAssist → GoTo Resolve's
# predecessor), and the names the articles of articles/ use.
PRODUCT_LINES: tuple[ProductLine, ...] = (
    ProductLine("meetings", ("GoTo Meeting", "GoToMeeting", "LogMeIn GoToMeeting", "Citrix GoToMeeting")),
    ProductLine("meetings", ("GoTo Room", "GoToRoom")),
    ProductLine("audio conferencing", ("OpenVoice", "Citrix OpenVoice")),
    ProductLine("webinars", ("GoTo Webinar", "GoToWebinar", "LogMeIn GoToWebinar", "Citrix GoToWebinar")),
    ProductLine("webinars", ("GoTo Training", "GoToTraining", "Citrix GoToTraining")),
    ProductLine("remote support", ("GoToAssist Remote Support v5", "GoToAssist v5", "GoToAssist Remote Support")),
    ProductLine("remote support", ("GoToAssist Remote Support v4", "GoToAssist v4", "GoToAssist Corporate")),
    ProductLine("remote support", ("GoTo Resolve", "LogMeIn Resolve")),
    ProductLine("remote support", ("LogMeIn Rescue",)),
    ProductLine("phone system", ("GoTo Connect", "GoToConnect", "LogMeIn GoToConnect", "Jive")),
)


def product_line(name: str) -> ProductLine | None:
    """The line a product name (today's or an earlier one, any letter case) belongs to."""
    wanted = " ".join(name.split()).casefold()
    return next((line for line in PRODUCT_LINES if wanted in (n.casefold() for n in line.names)), None)


def product_names() -> tuple[str, ...]:
    """Every name of every product line, longest first (so a longer name wins where both fit)."""
    return tuple(sorted({name for line in PRODUCT_LINES for name in line.names}, key=len, reverse=True))

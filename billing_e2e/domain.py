"""What the harness knows of the Billing Center's world, defined once: languages, billing
frequencies, products and the hosts the articles name.

Everything else in the harness (pytest plugin, steps, flows, the article check, scripts) imports
these; the bundled mock keeps its own definitions (it is the product under test, and a harness that
read the product's own tables could not catch it changing them).
"""

from __future__ import annotations

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

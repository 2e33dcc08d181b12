"""The catalogue: changes a release of the Billing Center could ship without changing anything
the help articles describe (labels, the flow, prices), one change each.

Each release keeps the page valid HTML and accessible (a banner is a landmark, a cookie bar has a
real button, a hidden copy is hidden from everyone), and its own text is in the mock's catalogs
(`translations/<lang>/LC_MESSAGES/harmless.po`), in the page's language. Run against each, the
whole suite must stay green (`bin/harmless`): the page objects must be no stricter than the
articles. How the edits are applied: `patches`.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bs4 import BeautifulSoup, Tag

from .. import i18n
from ..defects.core import Patch
from ..languages import read_catalog
from .patches import Delay, PageEdit, StylesheetEdit

HARMLESS_STYLESHEET = "/static/harmless.css"
HARMLESS_SCRIPT = "/static/harmless.js"


@dataclass(frozen=True)
class Release:
    name: str
    description: str
    patches: tuple[Patch, ...]


# --- what every edit needs ----------------------------------------------------------------------


@cache
def _catalog(lang: str) -> dict[str, str] | None:
    path = i18n.language(lang).harmless_path
    if path is None:
        return None
    catalog = read_catalog(path, lang)
    return {str(message.id): str(message.string) for message in catalog if message.id and message.string}


def wording(lang: str, msgid: str) -> str:
    """`msgid` in `lang`, from the harmless releases' catalog (a KeyError when a catalog lacks it:
    the package's catalogs are checked whole in the tests). A language without a harmless.po (a
    test's made-up one) gets the English text: a release's own text is no label of the articles."""
    catalog = _catalog(lang)
    return msgid if catalog is None else catalog[msgid]


def _tag(soup: BeautifulSoup, name: str, text: str | None = None, **attributes: str) -> Tag:
    # Attribute names with a dash (aria-label) come in with an underscore.
    element = soup.new_tag(name, attrs={key.rstrip("_").replace("_", "-"): value for key, value in attributes.items()})
    if text is not None:
        element.string = text
    return element


def _head_asset(soup: BeautifulSoup, *, stylesheet: bool = False, script: bool = False) -> None:
    """Link the releases' stylesheet or script (same origin: the Content-Security-Policy allows it)."""
    assert soup.head is not None
    if stylesheet:
        soup.head.append(_tag(soup, "link", rel="stylesheet", href=HARMLESS_STYLESHEET))
    if script:
        soup.head.append(_tag(soup, "script", src=HARMLESS_SCRIPT, defer=""))


def _main(soup: BeautifulSoup) -> Tag:
    main = soup.find("main")
    assert isinstance(main, Tag), "every page of the mock has a <main>"
    return main


def _tags(
    root: BeautifulSoup | Tag, name: str | list[str] | bool, *, recursive: bool = True, **attributes: str | bool
) -> list[Tag]:
    """The elements `name` (True: every element) under `root` with these attribute values."""
    found = root.find_all(name, attrs=dict(attributes), recursive=recursive)
    return [element for element in found if isinstance(element, Tag)]


def _classes(element: Tag) -> list[str]:
    value = element.get("class")
    return list(value) if isinstance(value, list) else (value.split() if isinstance(value, str) else [])


def _wrap_children(element: Tag, wrapper: Tag) -> None:
    for child in list(element.contents):
        wrapper.append(child.extract())
    element.append(wrapper)


# --- class names ----------------------------------------------------------------------------

CLASS_PREFIX = "bc26-"
SCRIPT_HOOKS = frozenset({"stepper", "step", "single-submit", "confirmation", "cookie-bar", "cookie-accept"})
"""Classes billing.js and harmless.js select by: a release renaming its styling keeps its
scripts' hooks (harmless.js's too, so the release stacks with the cookie bar's)."""
_CLASS_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)")
_SELECTOR_BEFORE_BLOCK = re.compile(r"([^{}]+)\{")


def _renamed(name: str) -> str:
    return name if name in SCRIPT_HOOKS else f"{CLASS_PREFIX}{name}"


def rename_classes(soup: BeautifulSoup, _lang: str) -> None:
    for element in _tags(soup, True):
        if classes := _classes(element):
            element["class"] = " ".join(_renamed(name) for name in classes)
    for link in _tags(soup, "link", rel="stylesheet"):
        link["href"] = f"{link['href']}?release=class-names"


def rename_css_classes(css: str) -> str:
    """The class selectors of a stylesheet renamed as `rename_classes` renames the markup's
    (selectors only: the text before each `{`, never a declaration's value)."""

    def selector(match: re.Match[str]) -> str:
        return _CLASS_SELECTOR.sub(lambda found: "." + _renamed(found.group(1)), match.group(1)) + "{"

    return _SELECTOR_BEFORE_BLOCK.sub(selector, css)


# --- wrappers -------------------------------------------------------------------------------


def add_wrappers(soup: BeautifulSoup, _lang: str) -> None:
    """A layout grid: main's content in two wrappers, each panel's content and each fact list in one."""
    for section in _tags(soup, "section"):
        _wrap_children(section, _tag(soup, "div", class_="panel-body"))
    for facts in _tags(soup, "dl"):
        wrapper = _tag(soup, "div", class_="facts-wrap")
        facts.wrap(wrapper)
    inner = _tag(soup, "div", class_="layout-inner")
    _wrap_children(_main(soup), inner)
    inner.wrap(_tag(soup, "div", class_="layout"))


# --- banners and notices --------------------------------------------------------------------


MAINTENANCE = "Scheduled maintenance: on Sunday between 02:00 and 04:00 UTC some pages may load more slowly than usual."


def add_banner_and_notice(soup: BeautifulSoup, lang: str) -> None:
    """A maintenance banner above the header (a named region: a landmark) and a tip inside main."""
    banner = _tag(soup, "section", class_="service-banner", aria_label=wording(lang, "Service notice"))
    banner.append(_tag(soup, "p", wording(lang, MAINTENANCE)))
    header = soup.find("header")
    assert isinstance(header, Tag)
    header.insert_before(banner)
    notice = _tag(soup, "div", class_="tip", role="note")
    notice.append(_tag(soup, "p", wording(lang, "Tip: you can print this page for your records.")))
    _main(soup).insert(0, notice)
    _head_asset(soup, stylesheet=True)


# --- a cookie bar ---------------------------------------------------------------------------


def add_cookie_bar(soup: BeautifulSoup, lang: str) -> None:
    """A cookie bar fixed at the bottom of every page, a named region with a real button that
    closes it (harmless.js); shown again on every page, as a bar that stores no choice would be."""
    bar = _tag(soup, "section", class_="cookie-bar", aria_label=wording(lang, "Cookies"))
    bar.append(_tag(soup, "p", wording(lang, "We use cookies to keep you signed in and to improve this site.")))
    bar.append(_tag(soup, "button", wording(lang, "Accept all"), type="button", class_="cookie-accept"))
    assert soup.body is not None
    soup.body.append(bar)
    _head_asset(soup, stylesheet=True, script=True)


# --- cards ----------------------------------------------------------------------------------


def _card_lists(soup: BeautifulSoup) -> list[Tag]:
    return [element for element in _tags(soup, "ul") if "cards" in _classes(element)]


def reverse_cards(soup: BeautifulSoup, _lang: str) -> None:
    """Every list of cards (subscriptions, Buy / Try) in the opposite order."""
    for cards in _card_lists(soup):
        items = [item.extract() for item in _tags(cards, "li", recursive=False)]
        for item in reversed(items):
            cards.append(item)


def add_card(soup: BeautifulSoup, lang: str) -> None:
    """A promotional card after the subscriptions' cards (no product's name, no price)."""
    for cards in _card_lists(soup):
        card = _tag(soup, "article", class_="card card-promo", aria_labelledby="promo-card-title")
        card.append(_tag(soup, "h3", wording(lang, "Need more from GoTo?"), id="promo-card-title"))
        card.append(_tag(soup, "p", wording(lang, "Discover the other GoTo products for your team.")))
        card.append(_tag(soup, "a", wording(lang, "Explore products"), href="/add", class_="button"))
        item = _tag(soup, "li")
        item.append(card)
        cards.append(item)


# --- field ids ------------------------------------------------------------------------------

FIELD_ID_PREFIX = "fld-"
_REFERENCES = ("for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-errormessage", "list")


def rename_field_ids(soup: BeautifulSoup, _lang: str) -> None:
    """Every form field's id renamed, and every reference to it (labels, ARIA, in-page links, the
    page's JSON settings) with it: the fields keep their labels and descriptions."""
    renamed: dict[str, str] = {}
    for field in _tags(soup, ["input", "select", "textarea"]):
        old = field.get("id")
        if isinstance(old, str) and old:
            renamed[old] = f"{FIELD_ID_PREFIX}{old}"
            field["id"] = renamed[old]
    if not renamed:
        return
    for element in _tags(soup, True):
        for attribute in _REFERENCES:
            value = element.get(attribute)
            if isinstance(value, str) and any(token in renamed for token in value.split()):
                element[attribute] = " ".join(renamed.get(token, token) for token in value.split())
        href = element.get("href")
        if isinstance(href, str) and href.startswith("#") and href[1:] in renamed:
            element["href"] = f"#{renamed[href[1:]]}"
    for block in _tags(soup, "script", type="application/json"):
        settings = json.loads(block.get_text())
        if isinstance(settings, dict):
            block.string = json.dumps({key: renamed.get(value, value) if isinstance(value, str) else value
                                       for key, value in settings.items()})  # fmt: skip


# --- hidden responsive duplicates -----------------------------------------------------------


def _copy_without_ids(element: Tag) -> Tag:
    duplicate = copy.copy(element)
    for inner in [duplicate, *_tags(duplicate, True)]:
        for attribute in ("id", "aria-controls", "aria-labelledby", "aria-describedby", "for"):
            if attribute in inner.attrs:
                del inner[attribute]
    return duplicate


def add_responsive_duplicates(soup: BeautifulSoup, _lang: str) -> None:
    """What a responsive page carries for small screens, hidden on this one: a copy of the main
    menu (a `hidden` nav, as a closed mobile menu), and a copy of each primary action (display:
    none and aria-hidden, as a sticky mobile action bar)."""
    for nav in _tags(soup, "nav"):
        duplicate = _copy_without_ids(nav)
        duplicate["class"] = "mobile-menu"
        duplicate["hidden"] = ""
        nav.insert_after(duplicate)
        break  # the first nav: the main menu
    for action in [*_tags(soup, "a"), *_tags(soup, "button")]:
        if "primary" not in _classes(action):
            continue
        duplicate = _copy_without_ids(action)
        duplicate["class"] = " ".join([*_classes(action), "mobile-only"])
        duplicate["aria-hidden"] = "true"
        duplicate["tabindex"] = "-1"
        action.insert_after(duplicate)
    _head_asset(soup, stylesheet=True)


# --- heading levels -------------------------------------------------------------------------


def demote_headings(soup: BeautifulSoup, _lang: str) -> None:
    """Every heading below the page's title one level lower (h2 -> h3, h3 -> h4 ...): a template
    that nests its sections deeper. The title stays the page's one h1."""
    for level in (5, 4, 3, 2):
        for heading in _tags(soup, f"h{level}"):
            heading.name = f"h{level + 1}"


# --- a footer -------------------------------------------------------------------------------


def add_footer_links(soup: BeautifulSoup, lang: str) -> None:
    """The page's footer grows legal links (a named navigation) and a copyright line."""
    footer = soup.find("footer")
    assert isinstance(footer, Tag)
    nav = _tag(soup, "nav", class_="legal", aria_label=wording(lang, "Legal"))
    links = _tag(soup, "ul")
    for label, href in (("Privacy Policy", "/legal/privacy"), ("Terms of Service", "/legal/terms")):
        item = _tag(soup, "li")
        item.append(_tag(soup, "a", wording(lang, label), href=href))
        links.append(item)
    nav.append(links)
    footer.append(nav)
    footer.append(_tag(soup, "p", wording(lang, "© GoTo. All rights reserved.")))


# --- a late Order Summary -------------------------------------------------------------------


def late_order_summary(soup: BeautifulSoup, _lang: str) -> None:
    """The Order Summary comes hidden and is shown by script a moment after the page loads
    (harmless.js), as one rendered client-side after its data arrives."""
    summary = soup.find("section", id="order-summary")
    if isinstance(summary, Tag):
        summary["hidden"] = ""
        _head_asset(soup, script=True)


# --- the language selector ------------------------------------------------------------------


def move_language_selector(soup: BeautifulSoup, _lang: str) -> None:
    """The list of languages leaves the header's menu for the footer, in a navigation of its own
    named as the list is."""
    languages = next((ul for ul in _tags(soup, "ul") if "languages" in _classes(ul)), None)
    footer = soup.find("footer")
    if languages is None or not isinstance(footer, Tag):
        return
    label = languages.get("aria-label")
    nav = _tag(soup, "nav", class_="footer-languages", aria_label=label if isinstance(label, str) else "Language")
    nav.append(languages.extract())
    footer.insert(0, nav)


# --- the catalogue --------------------------------------------------------------------------


def _page(edit: Callable[[BeautifulSoup, str], None]) -> tuple[Patch, ...]:
    return (PageEdit(edit),)


RELEASES: tuple[Release, ...] = (
    Release(
        "class-names",
        "every class attribute renamed (`card` -> `bc26-card`), the stylesheet with it; billing.js's hooks kept",
        # harmless.css too: stacked with the releases that style what they add, it renames theirs.
        (
            PageEdit(rename_classes),
            StylesheetEdit("billing.css", rename_css_classes),
            StylesheetEdit("harmless.css", rename_css_classes),
        ),
    ),
    Release(
        "wrappers",
        "main's content in two layout wrappers, each section's content and each fact list in a wrapper",
        _page(add_wrappers),
    ),
    Release(
        "banner-and-notice",
        "a maintenance banner (a named region) above the header and a tip (a note) at the top of main",
        _page(add_banner_and_notice),
    ),
    Release(
        "cookie-bar",
        "a cookie bar fixed at the bottom of every page, with a real button that closes it",
        _page(add_cookie_bar),
    ),
    Release("latency", "every page and Order Summary answered 300-500 ms later", (Delay(0.3, 0.5),)),
    Release(
        "cards-reordered", "every list of cards (subscriptions; Buy / Try) in the opposite order", _page(reverse_cards)
    ),
    Release(
        "card-added",
        "a promotional card (no product, no price, a link to Add New Subscription) after the subscriptions",
        _page(add_card),
    ),
    Release(
        "field-ids-renamed",
        "every form field's id renamed, its labels and ARIA references with it",
        _page(rename_field_ids),
    ),
    Release(
        "responsive-duplicates",
        "a hidden copy of the main menu (a closed mobile menu) and of each primary action (display: none)",
        _page(add_responsive_duplicates),
    ),
    Release(
        "heading-levels", "every heading below the page's title one level lower (h2 -> h3 ...)", _page(demote_headings)
    ),
    Release(
        "footer", "the footer grows legal links (a named navigation) and a copyright line", _page(add_footer_links)
    ),
    Release(
        "late-order-summary",
        "the Order Summary comes hidden and is shown by script 400 ms after the page loads",
        _page(late_order_summary),
    ),
    Release(
        "language-selector-moved",
        "the language list moves from the header's menu to the footer, in a navigation of its own",
        _page(move_language_selector),
    ),
)

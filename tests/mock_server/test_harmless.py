"""The harmless releases: each is off by default, does what its description says when on, and
keeps what the articles describe (every text, every form field) and the page valid and labelled.

Each page is fetched twice from the same account, the release off then on, and the two compared
(`same_product`): a release may add, move, wrap, hide and rename, never drop a text or change what
a form sends. Then the release's own check says what changed. The control API and the command
line refuse unknown names (`test_cli.py` has the command line's exit codes).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from flask import Flask

from billing_e2e.control_api import ControlApi, ControlApiError
from mock_server import harmless, i18n
from mock_server.harmless.releases import CLASS_PREFIX, FIELD_ID_PREFIX, SCRIPT_HOOKS, wording

from .conftest import CONTROL_TOKEN, Browser, subscription
from .test_defects import account, buyer, choose

pytestmark = pytest.mark.http

REFERENCES = ("for", "aria-labelledby", "aria-describedby", "aria-controls")


@pytest.fixture(autouse=True)
def no_release_left_on(app: Flask) -> Any:
    harmless.state(app).replace(())
    yield
    harmless.state(app).replace(())


def parsed(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def tags(soup: BeautifulSoup | Tag, *args: Any, **kwargs: Any) -> list[Tag]:
    return [element for element in soup.find_all(*args, **kwargs) if isinstance(element, Tag)]


def classes(element: Tag) -> list[str]:
    value = element.get("class")
    return list(value) if isinstance(value, list) else []


def texts(soup: BeautifulSoup) -> Counter[str]:
    assert soup.body is not None
    return Counter(" ".join(text.split()) for text in soup.body.stripped_strings)


def form_fields(soup: BeautifulSoup) -> dict[str, set[tuple[str, str, str]]]:
    """Per form action, what it can send: (name, type, value) of its named fields."""
    forms: dict[str, set[tuple[str, str, str]]] = {}
    for form in tags(soup, "form"):
        fields = forms.setdefault(str(form.get("action")), set())
        for field in tags(form, ["input", "select", "textarea", "button"]):
            if field.get("name") and field.get("type") != "hidden":  # hidden: tokens made per page
                fields.add((str(field["name"]), str(field.get("type", "")), str(field.get("value", ""))))
    return forms


def without_tokens(soup: BeautifulSoup) -> str:
    """The page with its hidden fields emptied: their tokens differ on every render."""
    copy = parsed(str(soup))
    for hidden in tags(copy, "input", type="hidden"):
        hidden["value"] = ""
    return str(copy)


def same_product(before: BeautifulSoup, after: BeautifulSoup) -> None:
    """What the articles describe is all still there, and the page is still well labelled."""
    lost = texts(before) - texts(after)
    assert not lost, f"texts gone: {lost}"
    assert form_fields(after) == form_fields(before)
    ids = [str(element["id"]) for element in tags(after, id=True)]
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    for element in tags(after, True):
        for attribute in REFERENCES:
            value = element.get(attribute)
            if isinstance(value, str):
                assert set(value.split()) <= set(ids), f"{element.name} {attribute}={value!r} points nowhere"
    after_lang = after.html.get("lang") if after.html else None
    assert after_lang == (before.html.get("lang") if before.html else None)


def two_products(control: ControlApi, locale: str = "en") -> dict[str, Any]:
    return account(
        control,
        locale,
        subscriptions=[
            subscription("goto-webinar", "standard", 5, period_start="2026-11-01", paid_amount="495.00"),
            subscription("gotomeeting", "business", 3, period_start="2026-11-01", paid_amount="48.00"),
        ],
    )


Page = Callable[[Browser, dict[str, Any]], str]


def overview(browser: Browser, _made: dict[str, Any]) -> str:
    return "/billing"


def edit_page(_browser: Browser, made: dict[str, Any]) -> str:
    return f"/subscriptions/{made['subscriptions'][0]['id']}/edit"


def checkout_page(browser: Browser, made: dict[str, Any]) -> str:
    choose(browser, made)
    return "/checkout"


PAGES: dict[str, Page] = {"overview": overview, "edit": edit_page, "checkout": checkout_page}
UNCHANGED_ON = {
    "latency": set(PAGES),
    "cards-reordered": {"edit", "checkout"},
    "card-added": {"edit", "checkout"},
    "late-order-summary": {"overview", "checkout"},
    "field-ids-renamed": {"overview"},
}
"""The pages a release leaves as they are: it has nothing to change there (no cards, no summary)."""


def off_and_on(
    app: Flask, control: ControlApi, release: str | list[str], page: Page, locale: str = "en"
) -> tuple[Any, Any]:
    """The page with `release` (or a list of releases) off, then on, for the same signed-in buyer."""
    made = two_products(control, locale)
    browser = buyer(app, made)
    path = page(browser, made)
    before = parsed(browser.text(path))
    harmless.state(app).replace([release] if isinstance(release, str) else release)
    after = parsed(browser.text(path))
    return before, after


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("release", harmless.names())
def test_every_release_keeps_what_the_articles_describe(
    app: Flask, control: ControlApi, release: str, page: str
) -> None:
    before, after = off_and_on(app, control, release, PAGES[page])
    same_product(before, after)
    changed = without_tokens(after) != without_tokens(before)
    assert changed == (page not in UNCHANGED_ON.get(release, set())), f"{release} on the {page} page"


@pytest.mark.parametrize("page", PAGES)
def test_every_release_at_once_keeps_what_the_articles_describe(app: Flask, control: ControlApi, page: str) -> None:
    """`bin/harmless --together`: the releases stack (each edit runs on the others' output)."""
    before, after = off_and_on(app, control, list(harmless.names()), PAGES[page], locale="fr")
    same_product(before, after)
    assert tags(after, "section", class_="cookie-bar"), "the cookie bar keeps its script's hook"
    main = after.find("main")
    assert isinstance(main, Tag)
    assert [classes(child) for child in main.children if isinstance(child, Tag)] == [[f"{CLASS_PREFIX}layout"]]


def test_class_names_renames_the_releases_own_stylesheet_with_their_markup(app: Flask, control: ControlApi) -> None:
    """Stacked with the releases that style what they add (harmless.css), class-names renames
    their selectors as it renames their markup: the hidden copies stay hidden."""
    _before, after = off_and_on(app, control, ["class-names", "responsive-duplicates"], overview)
    assert tags(after, class_=f"{CLASS_PREFIX}mobile-only")
    client = app.test_client()
    served = client.get("/static/harmless.css")
    css = served.get_data(as_text=True)
    served.close()
    assert f".{CLASS_PREFIX}mobile-only {{ display: none !important; }}" in css
    assert ".cookie-bar[hidden]" in css  # harmless.js's hook, kept


def test_class_names_renames_every_class_and_the_stylesheet(app: Flask, control: ControlApi) -> None:
    _before, after = off_and_on(app, control, "class-names", overview)
    renamed = {name for element in tags(after, class_=True) for name in classes(element)}
    assert {name for name in renamed if not name.startswith(CLASS_PREFIX)} <= SCRIPT_HOOKS
    assert f"{CLASS_PREFIX}card" in renamed
    client = app.test_client()
    harmless.state(app).replace(())
    original = client.get("/static/billing.css")
    css = original.get_data(as_text=True)
    original.close()
    harmless.state(app).replace(["class-names"])
    served = client.get("/static/billing.css")
    assert served.headers["Cache-Control"] == "no-store"
    renamed_css = served.get_data(as_text=True)
    served.close()
    assert ".card " in css or ".card{" in css
    assert not re.search(r"\.card[\s{,:.]", renamed_css)
    assert re.search(rf"\.{CLASS_PREFIX}card[\s{{,:.]", renamed_css)
    # Declarations are untouched: only selectors change.
    assert len(re.findall(r"\{[^{}]*\}", css)) == len(re.findall(r"\{[^{}]*\}", renamed_css))
    assert list(re.findall(r"\{[^{}]*\}", css)) == re.findall(r"\{[^{}]*\}", renamed_css)


def test_wrappers_wrap_main_sections_and_fact_lists(app: Flask, control: ControlApi) -> None:
    _before, after = off_and_on(app, control, "wrappers", edit_page)
    main = after.find("main")
    assert isinstance(main, Tag)
    layout = [child for child in main.children if isinstance(child, Tag)]
    assert [classes(child) for child in layout] == [["layout"]]
    facts = tags(after, "dl")
    assert facts
    assert all(isinstance(dl.parent, Tag) and classes(dl.parent) == ["facts-wrap"] for dl in facts)


def test_banner_and_notice_are_a_named_region_and_a_note_in_the_page_language(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "banner-and-notice", overview, locale="de")
    banner = after.find("section", attrs={"aria-label": wording("de", "Service notice")})
    assert isinstance(banner, Tag)
    assert banner.find_next_sibling("header") is not None
    assert "Geplante Wartung" in banner.get_text()
    main = after.find("main")
    assert isinstance(main, Tag)
    first = next(child for child in main.children if isinstance(child, Tag))
    assert first.get("role") == "note"
    assert len(tags(after, role="note")) == len(tags(before, role="note")) + 1


def test_cookie_bar_has_a_real_button_and_the_script_that_closes_it(app: Flask, control: ControlApi) -> None:
    _before, after = off_and_on(app, control, "cookie-bar", overview)
    bar = after.find("section", class_="cookie-bar")
    assert isinstance(bar, Tag)
    assert bar.get("aria-label") == "Cookies"
    button = bar.find("button")
    assert isinstance(button, Tag)
    assert (button.get("type"), button.get_text()) == ("button", "Accept all")
    assert after.find("script", src="/static/harmless.js") is not None
    script = app.test_client().get("/static/harmless.js")
    assert script.status_code == 200
    assert "cookie-accept" in script.get_data(as_text=True)
    script.close()


def test_latency_delays_pages_by_300_to_500_ms(app: Flask, control: ControlApi) -> None:
    made = two_products(control)
    browser = buyer(app, made)
    harmless.state(app).replace(["latency"])
    started = time.monotonic()
    browser.text("/billing")
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    control.harmless()  # the harness's API is not slowed
    assert time.monotonic() - started < 0.3


def card_titles(soup: BeautifulSoup) -> list[str]:
    return [heading.get_text(strip=True) for card in tags(soup, "article") for heading in tags(card, "h3")]


def test_cards_reordered_reverses_the_subscriptions(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "cards-reordered", overview)
    assert len(card_titles(before)) == 2
    assert card_titles(after) == list(reversed(card_titles(before)))


def test_card_added_is_one_more_card_without_a_product(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "card-added", overview)
    assert card_titles(after) == [*card_titles(before), "Need more from GoTo?"]


def test_field_ids_renamed_keeps_every_label(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "field-ids-renamed", edit_page)
    old_ids = {str(field["id"]) for field in tags(before, ["input", "select", "textarea"], id=True)}
    new_ids = {str(field["id"]) for field in tags(after, ["input", "select", "textarea"], id=True)}
    assert old_ids
    assert new_ids == {f"{FIELD_ID_PREFIX}{name}" for name in old_ids}
    labelled = {str(label["for"]) for label in tags(after, "label", attrs={"for": True})}
    assert labelled
    assert labelled <= new_ids | {str(element["id"]) for element in tags(after, id=True)}


def test_responsive_duplicates_are_hidden_from_everyone(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "responsive-duplicates", overview)
    navs = tags(after, "nav")
    assert len(navs) == len(tags(before, "nav")) + 1
    copy = navs[1]
    assert copy.has_attr("hidden")
    assert copy.get_text(" ", strip=True) == navs[0].get_text(" ", strip=True)
    copies = tags(after, class_="mobile-only")
    assert copies
    assert all(element.get("aria-hidden") == "true" and element.get("tabindex") == "-1" for element in copies)
    assert after.find("link", href="/static/harmless.css") is not None


def test_heading_levels_go_one_down_below_the_title(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "heading-levels", overview)
    levels_before = Counter(heading.name for heading in tags(before, re.compile(r"^h[1-6]$")))
    levels_after = Counter(heading.name for heading in tags(after, re.compile(r"^h[1-6]$")))
    assert levels_after["h1"] == levels_before["h1"] == 1
    assert levels_after["h3"] == levels_before["h2"]
    assert levels_after["h4"] == levels_before["h3"]
    assert levels_after["h2"] == 0


def test_footer_gets_a_named_navigation_of_legal_links(app: Flask, control: ControlApi) -> None:
    _before, after = off_and_on(app, control, "footer", overview, locale="it")
    nav = after.find("nav", attrs={"aria-label": wording("it", "Legal")})
    assert isinstance(nav, Tag)
    assert isinstance(nav.parent, Tag)
    assert nav.parent.name == "footer"
    assert [link.get_text() for link in tags(nav, "a")] == ["Informativa sulla privacy", "Termini di servizio"]


def test_late_order_summary_is_hidden_on_the_page_and_not_in_the_live_fragment(app: Flask, control: ControlApi) -> None:
    made = two_products(control)
    browser = buyer(app, made)
    path = edit_page(browser, made)
    harmless.state(app).replace(["late-order-summary"])
    page = parsed(browser.text(path))
    summary = page.find("section", id="order-summary")
    assert isinstance(summary, Tag)
    assert summary.has_attr("hidden")
    assert page.find("script", src="/static/harmless.js") is not None
    fragment = parsed(browser.text(f"{path.removesuffix('/edit')}/summary?tier=standard&licenses=6&frequency=monthly"))
    live = fragment.find("section", id="order-summary")
    assert isinstance(live, Tag)
    assert not live.has_attr("hidden")


def test_language_selector_moves_to_the_footer(app: Flask, control: ControlApi) -> None:
    before, after = off_and_on(app, control, "language-selector-moved", overview)
    assert before.select("header ul.languages")
    assert not before.select("footer ul.languages")
    assert after.select("footer nav ul.languages")
    assert not after.select("header ul.languages")


def test_the_control_api_lists_sets_refuses_and_clears(control: ControlApi) -> None:
    listed = control.harmless()
    assert [release["name"] for release in listed["releases"]] == list(harmless.names())
    assert listed["active"] == []
    assert control.set_harmless(["footer", "latency"])["active"] == ["latency", "footer"]
    with pytest.raises(ControlApiError) as refused:
        control.set_harmless(["footer", "no-such-release"])
    assert refused.value.status == 422
    assert "unknown harmless release 'no-such-release'" in str(refused.value)
    assert control.harmless()["active"] == ["latency", "footer"]  # nothing changed
    assert control.clear_harmless()["active"] == []


def test_the_control_api_checks_the_body_with_its_model(app: Flask) -> None:
    answer = app.test_client().put(
        "/_control/harmless",
        json={"active": "footer", "extra": 1},
        headers={"Authorization": f"Bearer {CONTROL_TOKEN}"},
    )
    assert answer.status_code == 422
    fields = {tuple(problem["loc"]) for problem in answer.get_json()["problems"]}
    assert fields == {("active",), ("extra",)}
    assert harmless.state(app).active == frozenset()


def test_every_text_a_release_adds_is_in_every_language_s_catalog() -> None:
    from mock_server.harmless.releases import _catalog

    catalogs = {lang: _catalog(lang) for lang in i18n.languages()}
    english = catalogs["en"]
    assert english is not None
    missing = [lang for lang, catalog in catalogs.items() if catalog is None]
    assert missing == [], f"the package's languages need a harmless.po each: {missing}"
    differ = {lang: set(catalog) ^ set(english) for lang, catalog in catalogs.items() if catalog is not None}
    assert {lang: diff for lang, diff in differ.items() if diff} == {}
    assert all(english[msgid] == msgid for msgid in english)


@pytest.mark.parametrize("release", harmless.names())
def test_a_redirect_and_the_sign_in_page_are_served_under_every_release(app: Flask, release: str) -> None:
    harmless.state(app).replace([release])
    client = app.test_client()
    redirect = client.get("/")
    assert redirect.status_code == 302
    sign_in_page = client.get("/signin")
    assert sign_in_page.status_code == 200
    assert parsed(sign_in_page.get_data(as_text=True)).find("main") is not None


def test_docs_list_the_catalogue() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "harmless.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- harmless-catalogue:start -->\n(.*?)<!-- harmless-catalogue:end -->", doc, re.S)
    assert table is not None
    assert table.group(1) == harmless.readme_table()

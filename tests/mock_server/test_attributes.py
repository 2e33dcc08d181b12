"""`--strip-test-attributes`: the mock serves its pages without data-* attributes, as the real
Billing Center, and loses nothing a user sees."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

import pytest
from flask import Flask, Response

from billing_e2e.control_api import ControlApi
from mock_server import create_app
from mock_server.__main__ import build_parser, settings_from
from mock_server.attributes import strip_test_attributes

from .conftest import CONTROL_TOKEN, Browser, FlaskTransport, contact, sign_in
from .test_billing_flows import CARD, billing_contact, edit, place_order, webinar_account

pytestmark = pytest.mark.http


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.update(name for name, _ in attrs)


def attribute_names(html: str) -> set[str]:
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return parser.names


# --- the rewrite ----------------------------------------------------------------------------


def test_test_attributes_are_removed_and_everything_else_is_kept() -> None:
    html = (
        '<p class="a" data-field="tier" title="x data-y=1">Pro</p>\n'
        "<button type=submit data-once disabled DATA-TESTID='place'>Place Order</button>\n"
        '<img src="a.png" data-x="1" alt="a &amp; b"/>'
    )
    assert strip_test_attributes(html) == (
        '<p class="a" title="x data-y=1">Pro</p>\n'
        '<button type="submit" disabled>Place Order</button>\n'
        '<img src="a.png" alt="a &amp; b" />'
    )


def test_script_text_comments_and_prose_are_not_attributes() -> None:
    html = (
        '<!-- <p data-field="x"> -->\n'
        '<script type="application/json" id="s">{"html": "<p data-field=\\"x\\">"}</script>\n'
        "<p>Mark values with data-field=tier.</p>"
    )
    assert strip_test_attributes(html) == html


def test_a_page_without_test_attributes_is_the_same_string() -> None:
    html = '<main><h1 id="t">Checkout</h1><dl><dt>Plan</dt><dd>Pro</dd></dl></main>'
    assert strip_test_attributes(html) is html


# --- the option -----------------------------------------------------------------------------


def test_the_command_line_option_sets_it() -> None:
    args = build_parser().parse_args(["--strip-test-attributes"])
    assert settings_from(args, {}).strip_test_attributes
    assert not settings_from(build_parser().parse_args([]), {}).strip_test_attributes


def _stripping(app: Flask) -> Flask:
    """An app like the test's `app`, with the option on (same database and mail sink)."""
    return create_app(dataclasses.replace(app.config["SETTINGS"], strip_test_attributes=True))


@pytest.fixture
def stripped(app: Flask) -> Flask:
    return _stripping(app)


MARKED = '<p data-testid="marked" class="hint">seen</p>'


def _marked() -> Response:
    return Response(MARKED, mimetype="text/html")


@pytest.mark.parametrize("strip", [True, False])
def test_only_with_the_option_html_loses_its_test_attributes(app: Flask, strip: bool) -> None:
    # An app of its own either way: routes are added to it (the shared app has served requests).
    app = _stripping(app) if strip else create_app(app.config["SETTINGS"])
    app.add_url_rule("/marked", view_func=_marked)
    app.add_url_rule("/marked.json", view_func=lambda: {"html": MARKED})
    html = app.test_client().get("/marked").get_data(as_text=True)
    assert html == ('<p class="hint">seen</p>' if strip else MARKED)
    assert app.test_client().get("/marked.json").get_json() == {"html": MARKED}, "JSON is not a page"


def _every_page(app: Flask, control: ControlApi) -> dict[str, str]:
    """One of each kind of page, as a billing contact (and a corporate contact) walks through them."""
    pages: dict[str, str] = {"sign in": Browser(app.test_client()).text("/signin")}
    pages["not found"] = app.test_client().get("/no-such-page").get_data(as_text=True)
    account = webinar_account(control, card=True)
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    pages["billing center"] = browser.text("/billing")
    pages["edit subscription"] = browser.text(f"/subscriptions/{sub_id}/edit?add=licenses")
    pages["order summary"] = browser.text(f"/subscriptions/{sub_id}/summary?tier=lite&licenses=5&frequency=monthly")
    assert edit(browser, sub_id, licenses="7").status_code == 302
    pages["checkout"] = browser.text("/checkout")
    placed = place_order(browser, **CARD)
    assert placed.status_code == 302, placed.get_data(as_text=True)
    pages["order result"] = browser.text(placed.headers["Location"])
    pages["cart"] = browser.text("/cart")
    pages["user licenses"] = browser.text("/users")
    pages["add new subscription"] = browser.text("/add")
    pages["product"] = browser.text("/add/goto-webinar")
    pages["plan step"] = browser.text("/add/openvoice/buy")
    pages["confirm step"] = browser.text("/add/openvoice/buy/confirm?tier=business&licenses=3")
    pages["trial step"] = browser.text("/add/openvoice/try/confirm?tier=business&licenses=3")
    started = browser.post_form(
        "/add/openvoice/try/confirm?tier=business&licenses=3",
        "/add/openvoice/try/confirm",
        {"tier": "business", "licenses": "3"},
    )
    assert started.status_code == 302, started.get_data(as_text=True)
    pages["trial started"] = browser.text(started.headers["Location"])
    pages["support"] = browser.text("/support")
    corporate = control.create_account(
        {"kind": "corporate", "locale": "en", "currency": "EUR", "country": "IT", "users": [contact("en", "corporate")]}
    )
    corporate_browser = sign_in(app, corporate["users"][0]["email"])
    sent = corporate_browser.post_form(
        "/corp-billing", "/corp-billing/contact", {"topic": "add_licenses", "message": "25 more", "page": "portal"}
    )
    assert sent.status_code == 302, sent.get_data(as_text=True)
    pages["corporate billing portal"] = corporate_browser.text(sent.headers["Location"])
    pages["corporate billing faqs"] = corporate_browser.text("/corporate-billing-faqs")
    return pages


def test_with_the_option_no_page_has_a_test_attribute(stripped: Flask) -> None:
    control = ControlApi("http://localhost", CONTROL_TOKEN, transport=FlaskTransport(stripped.test_client()))
    pages = _every_page(stripped, control)
    for kind, html in pages.items():
        assert "<main" in html or kind == "order summary", kind  # the summary is a part of a page
        marked = sorted(name for name in attribute_names(html) if name.startswith("data-"))
        assert not marked, f"the {kind} page has {marked}"

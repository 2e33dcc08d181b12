"""What a planned walk may press, read from the page (`article_check.explore`), in real Chromium.

A page served for the test holds the kinds of control a walk meets: a selection form sent by POST,
a confirmation window whose submit is posted (Yes, Cancel) and one that only closes it, a link, a
menu button, a language switch, the sign-out. The walk must never press a committing label, nor
the confirmation's submit unless its account was made for it on the mock (throw-away), on a live
target no form sent by POST, and its search must follow only what navigates or opens something.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import Page, Route, sync_playwright

from article_check.explore import Explorer
from article_check.model import UiElement
from article_check.walks import Recorder
from billing_e2e.chromium import chromium_launch_options

pytestmark = pytest.mark.browser

SITE = "http://billing.test/"
PAGE = """<!doctype html><html lang="en"><body>
<h1>Billing Center</h1>
<form method="post" action="/edit"><button>Proceed to Checkout</button></form>
<form method="post" action="/sign-out"><button>Sign out</button></form>
<a href="/cart">Cart (1)</a>
<a href="#main">Skip to content</a>
<a href="?lang=de" hreflang="de" lang="de">Deutsch</a>
<button type="button" aria-haspopup="menu" aria-controls="m">Options</button>
<ul role="menu" id="m" hidden><li role="none"><a role="menuitem" href="/edit">Edit Subscription</a></li></ul>
<button type="button">Add one user license</button>
<dialog open aria-label="Cancel Subscription: OpenVoice">
  <form method="post" action="/cancel"><button>Yes, Cancel</button></form>
  <form method="dialog"><button>Keep Subscription</button></form>
</dialog>
</body></html>"""


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options(playwright, None, None, {"headless": True}))

        def serve(route: Route) -> None:
            route.fulfill(status=200, content_type="text/html", body=PAGE)

        opened = browser.new_page()
        opened.route(f"{SITE}**", serve)
        opened.goto(SITE)
        yield opened
        browser.close()


def explorer(page: Page, tmp_path: Path, *, live: bool = False, throwaway: bool = False) -> Explorer:
    rec = Recorder(page, "planned-1", tmp_path / "screens", tmp_path)
    return Explorer(page, rec, product="OpenVoice", locale="en", timeout_ms=5_000, live=live, throwaway=throwaway)


def test_a_confirmation_s_posted_submit_and_the_committing_labels_are_never_pressed(page: Page, tmp_path: Path) -> None:
    walk = explorer(page, tmp_path)
    assert walk.commits(UiElement("button", "Yes, Cancel"))
    assert walk.commits(UiElement("button", "Place Order"))  # the vocabulary's committing key, by label
    assert not walk.commits(UiElement("button", "Keep Subscription"))  # closes the window only
    assert not walk.commits(UiElement("button", "Proceed to Checkout"))  # a selection, on the mock


def test_on_a_live_target_every_form_sent_by_post_commits(page: Page, tmp_path: Path) -> None:
    live = explorer(page, tmp_path, live=True)
    assert live.commits(UiElement("button", "Proceed to Checkout"))
    assert not live.commits(UiElement("button", "Keep Subscription"))


def test_on_an_account_made_for_the_walk_the_confirmation_is_pressed_but_never_a_committing_label(
    page: Page, tmp_path: Path
) -> None:
    walk = explorer(page, tmp_path, throwaway=True)
    assert not walk.commits(UiElement("button", "Yes, Cancel"))
    assert walk.commits(UiElement("button", "Place Order"))
    # A live target's account is real: throw-away is refused there, every POST still commits.
    live = explorer(page, tmp_path, live=True, throwaway=True)
    assert live.commits(UiElement("button", "Yes, Cancel"))
    assert live.commits(UiElement("button", "Proceed to Checkout"))


def test_the_search_follows_only_what_navigates_or_opens_something(page: Page, tmp_path: Path) -> None:
    walk = explorer(page, tmp_path)
    follows = {
        name: walk.navigates(UiElement(role, name))
        for role, name in [
            ("link", "Cart (1)"),
            ("button", "Options"),
            ("link", "Skip to content"),
            ("link", "Deutsch"),
            ("button", "Proceed to Checkout"),
            ("button", "Sign out"),
            ("button", "Yes, Cancel"),
            ("button", "Add one user license"),
            ("button", "Not on the page"),
        ]
    }
    assert follows == {
        "Cart (1)": True,
        "Options": True,
        "Skip to content": False,  # a part of this page
        "Deutsch": False,  # this page for another reader
        "Proceed to Checkout": False,  # sends a form
        "Sign out": False,
        "Yes, Cancel": False,
        "Add one user license": False,  # changes a field, goes nowhere
        "Not on the page": False,
    }


HELD = 5
EDIT = """<!doctype html><html lang="en"><body><h1>Edit Subscription: GoToMeeting</h1>{alert}
<form method="post" action="/edit"><label>User licenses <input type="number" name="licenses" value="{value}"></label>
<button>Add to Cart</button></form></body></html>"""
CART = """<!doctype html><html lang="en"><body><h1>Cart</h1></body></html>"""


def test_a_selection_refused_as_no_change_is_sent_again_the_other_way(page: Page, tmp_path: Path) -> None:
    """The card's Add Organizers opens the selection with one license more than held: one fewer is
    no change, which the product refuses; the walk then sends one more than the page opened with."""
    sent: list[str] = []

    def serve(route: Route) -> None:
        if route.request.method != "POST":
            route.fulfill(status=200, content_type="text/html", body=EDIT.format(alert="", value=HELD + 1))
            return
        licenses = parse_qs(route.request.post_data or "")["licenses"][0]
        sent.append(licenses)
        if int(licenses) == HELD:
            refused = EDIT.format(alert='<p role="alert">Nothing changed.</p>', value=licenses)
            route.fulfill(status=422, content_type="text/html", body=refused)
        else:
            route.fulfill(status=200, content_type="text/html", body=CART)

    browser = page.context.browser
    assert browser is not None
    opened = browser.new_page()  # the module's browser: one Playwright per thread
    try:
        opened.route(f"{SITE}**", serve)
        opened.goto(f"{SITE}edit?add=licenses")
        explorer(opened, tmp_path).press(UiElement("button", "Add to Cart"))
        heading = opened.get_by_role("heading", level=1).inner_text()
    finally:
        opened.close()
    assert sent == [str(HELD), str(HELD + 2)]
    assert heading == "Cart"

"""A walk planned from an article whose first steps are on a retired page, in real Chromium.

The article sends the reader to a LogMeIn-era page the target does not answer for (My Account),
names a control there (Go To Billing), then goes on in the product (Add New Subscription, skips
the choice of a product, Buy). The walk says which labels were on that page (`elsewhere`) and goes
on from the signed-in start; its search for the skipped step looks in the page's own controls
(the walk's product's first) before the header's links, which lead where they led from before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, sync_playwright

from article_check.explore import SEARCH_BUDGET, Explorer
from article_check.planner import Intention
from article_check.walks import Recorder
from billing_e2e.chromium import chromium_launch_options

pytestmark = pytest.mark.browser

SITE = "http://billing.test"
RETIRED = "https://myaccount.logmeininc.com"
HEADER = "".join(f'<a href="/header-{n}">Header link {n}</a>' for n in range(SEARCH_BUDGET + 1))
PAGES = {
    "/": '<h1>Billing Center</h1><a href="/wizard">Add New Subscription</a>',
    "/wizard": (
        '<h1>Add New Subscription</h1><a href="/p/webinar">GoTo Webinar</a><a href="/p/meeting">GoTo Meeting</a>'
    ),
    "/p/webinar": "<h1>GoTo Webinar</h1><p>Already in your account</p>",
    "/p/meeting": '<h1>GoTo Meeting</h1><a href="/buy">Buy</a>',
    "/buy": "<h1>Buy GoTo Meeting</h1>",
}


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options(playwright, None, None, {"headless": True}))

        def serve(route: Route) -> None:
            path = route.request.url.removeprefix(SITE)
            body = PAGES.get(path, "<h1>Elsewhere</h1>")
            html = f'<!doctype html><html lang="en"><body><nav>{HEADER}</nav><main>{body}</main></body></html>'
            route.fulfill(status=200, content_type="text/html", body=html)

        opened = browser.new_page()
        opened.route(f"{SITE}/**", serve)
        opened.goto(f"{SITE}/")
        yield opened
        browser.close()


def step(kind: str, label: str, part: int) -> Intention:
    return Intention(kind, label, (label,), f"980.{part}")  # type: ignore[arg-type]


def test_a_retired_page_s_labels_are_told_and_the_walk_goes_on_from_the_signed_in_start(
    page: Page, tmp_path: Path
) -> None:
    rec = Recorder(page, "planned-1", tmp_path / "screens", tmp_path)

    def open_url(address: str) -> str | None:
        return None if address.startswith(RETIRED) else address  # the target answers for its own host only

    walk = Explorer(page, rec, product="GoTo Webinar", locale="en", timeout_ms=5_000, open_url=open_url)
    outcome = walk.run(
        [
            step("look", "My Account", 1),
            step("open", RETIRED, 1),
            step("click", "Go To Billing", 2),
            step("click", "Add New Subscription", 3),
            step("select", "Buy", 4),
        ]
    )
    assert outcome.elsewhere == [("My Account", RETIRED), ("Go To Billing", RETIRED)]
    assert outcome.unreached == []
    # The webinar is held (no Buy on its page): the search goes on to the list's next product,
    # before the header's links, which would use up its budget.
    assert outcome.followed == ["Add New Subscription", "GoTo Meeting", "Buy"]
    assert page.get_by_role("heading", level=1).inner_text() == "Buy GoTo Meeting"

"""Starting signed in without the sign-in page (`flows.sessions`), in a real Chromium: on
the mock with a session from the control API, on a live target with the cookies kept from the
account's first sign-in, and back to the sign-in page when a kept session has ended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright

from billing_e2e.accounts import create_test_account
from billing_e2e.chromium import chromium_launch_options, host_resolver_rules
from billing_e2e.domain import MOCK_HOSTS
from billing_e2e.factories import DataFactory
from billing_e2e.mock_process import MockServer
from billing_e2e.targets import live_target, mock_target
from flows.sessions import SignedInSessions
from pages import BillingCenterPage, SignInPage
from pages.vocabulary import Vocabulary

pytestmark = pytest.mark.harness

BILLING_CENTER = "https://billing.goto.com"
DEMO_USER = "it.self-service@demo.billing.test"
DEMO_PASSWORD = "Demo-Billing-2026!"
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    # The articles' host names resolve to this machine, as in the scenarios.
    browser = playwright.chromium.launch(**chromium_launch_options(playwright, None, host_resolver_rules(MOCK_HOSTS)))
    yield browser
    browser.close()


class Visit:
    """A new context and page, and every path the page requested."""

    def __init__(self, browser: Browser) -> None:
        self.context: BrowserContext = browser.new_context(locale="it-IT")
        self.page: Page = self.context.new_page()
        self.paths: list[str] = []
        self.page.on("request", lambda request: self.paths.append(request.url.split("?")[0].rsplit("/", 1)[-1]))

    def sign_in_page(self) -> SignInPage:
        return SignInPage(self.page, Vocabulary.for_locale("it"))


def test_on_the_mock_the_control_api_makes_the_session(chromium: Browser, mock: MockServer) -> None:
    target = mock_target(mock)
    assert target.control is not None
    account = create_test_account(target.control, "self_service", "it", DataFactory("it", 11), TODAY)
    sessions = SignedInSessions(target)
    visit = Visit(chromium)
    try:
        entry = target.entry_url(BILLING_CENTER)
        landing = sessions.enter(
            visit.sign_in_page(), entry, account.id, account.sign_in.email, account.sign_in.password
        )
        assert isinstance(landing, BillingCenterPage)
        assert "signin" not in visit.paths, visit.paths
    finally:
        visit.context.close()


def test_on_a_live_target_the_first_sign_in_is_kept_and_an_ended_session_signs_in_again(
    chromium: Browser, demo_billing_center: MockServer
) -> None:
    target = live_target(demo_billing_center.url, None)
    sessions = SignedInSessions(target)
    entry = target.entry_url(BILLING_CENTER)

    first = Visit(chromium)
    landing = sessions.enter(first.sign_in_page(), entry, None, DEMO_USER, DEMO_PASSWORD)
    assert isinstance(landing, BillingCenterPage)
    assert "signin" in first.paths  # nothing kept yet: the sign-in page
    first.context.close()

    second = Visit(chromium)
    landing = sessions.enter(second.sign_in_page(), entry, None, DEMO_USER, DEMO_PASSWORD)
    assert isinstance(landing, BillingCenterPage)
    assert "signin" not in second.paths, second.paths  # the kept cookies signed in
    landing.sign_out()  # ends the kept session on the server
    second.context.close()

    third = Visit(chromium)
    landing = sessions.enter(third.sign_in_page(), entry, None, DEMO_USER, DEMO_PASSWORD)
    assert isinstance(landing, BillingCenterPage)
    assert third.paths.count("signin") >= 1  # the ended session sent it to the sign-in page
    third.context.close()

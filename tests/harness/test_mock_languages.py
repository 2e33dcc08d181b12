"""Every language of the harness, in a real Chromium against the bundled mock: the page objects
find the Billing Center by the language's own labels (pages/vocabulary.toml), and the page is in
that language (its `lang`, its Babel-formatted next billing date).

The scenarios walk the articles in each language; this is the short check that a language added as
data (the mock's catalog, the vocabulary's table) is one the browser, the mock and the page objects
agree on, before any scenario runs in it. Screenshots of each language's Billing Center are kept in
the test's temporary folder, for a reader who wants to look.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import flows
from billing_e2e.accounts import Subscription, create_test_account
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import BROWSER_LOCALES, LANGUAGES, Language
from billing_e2e.factories import DataFactory
from billing_e2e.mock_process import MockServer
from pages import BillingCenterPage, SignInPage
from pages.vocabulary import Vocabulary

pytestmark = pytest.mark.browser

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
NEXT_BILLING = date(2026, 12, 1)  # a month after the period the harness set up began


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_billing_center_speaks_each_language(
    locale: Language, api: ControlApi, mock: MockServer, chromium: Browser, tmp_path: Path
) -> None:
    vocab = Vocabulary.for_locale(locale)
    webinar = Subscription("GoTo Webinar", "standard", 5, "monthly", period_start=PERIOD_START)
    account = create_test_account(api, "self_service", locale, DataFactory(locale, 25), TODAY, [webinar])
    context = chromium.new_context(base_url=mock.url, locale=BROWSER_LOCALES[locale])
    try:
        page = context.new_page()
        signed_in = flows.sign_in(SignInPage(page, vocab).open(), account.sign_in.email, account.sign_in.password)
        assert isinstance(signed_in, BillingCenterPage)
        assert page.locator("html").get_attribute("lang") == locale
        assert signed_in.products() == ["GoTo Webinar"]
        card = signed_in.product("GoTo Webinar")
        facts = card.facts()  # read by the language's terms, dates and numbers parsed in its formats
        assert (facts.licenses, facts.frequency_label, facts.next_billing_date) == (5, vocab.monthly, NEXT_BILLING)
        page.screenshot(path=tmp_path / f"billing-center-{locale}.png", full_page=True)
        menu = card.open_options()
        assert menu.offers("edit_subscription"), f"the options menu offers {vocab.edit_subscription!r}"
        edit = menu.edit_subscription()  # the page object checks the page's title is the language's
        assert edit.licenses() == 5
    finally:
        context.close()

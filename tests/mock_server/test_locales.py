"""Each article's labels, in each locale, on the page where the article says they are.

The expected words are the harness's vocabulary (pages/vocabulary.toml: the published articles'
wording, the same table the page objects use), never read from the mock's catalogs, so a renamed
label fails here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask

from billing_e2e.control_api import ControlApi
from billing_e2e.domain import LANGUAGES
from pages.vocabulary import Vocabulary

from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http


def label(key: str, locale: str) -> str:
    """The harness's label of `key` (pages/vocabulary.toml: the articles' words, never the mock's)."""
    return Vocabulary.for_locale(locale)[key]


def named(html: str, text: str) -> bool:
    """The text stands as a whole element text or accessible name, not as part of a longer one."""
    # An apostrophe is written as is in a translated text (Jinja marks gettext's result safe) and
    # as &#39; where the page escapes a value: either is the label.
    escaped = "(?:'|&#39;)".join(re.escape(part) for part in text.split("'"))
    return re.search(rf'(>\s*{escaped}\s*<)|(aria-label="{escaped}")', html) is not None


@pytest.fixture(params=LANGUAGES)
def locale(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def account_in(control: ControlApi, locale: str, **extra: Any) -> dict[str, Any]:
    return control.create_account(
        dict(
            kind="self_service",
            locale=locale,
            today="2026-11-16",
            users=[contact(locale)],
            subscriptions=[subscription("goto-webinar", "standard", 5, period_start="2026-11-01")],
            **extra,
        )
    )


def browser_for(app: Flask, account: dict[str, Any]) -> Browser:
    return sign_in(app, account["users"][0]["email"])


def test_the_billing_center_page(app: Flask, control: ControlApi, locale: str) -> None:
    html = browser_for(app, account_in(control, locale)).text("/billing")
    for key in ("site", "options", "edit_subscription", "add_new_subscription", "user_licenses", "monthly"):
        assert named(html, label(key, locale)), key


def test_edit_subscription_and_the_downgrade_pointer(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(control, locale)
    browser = browser_for(app, account)
    sub_id = account["subscriptions"][0]["id"]
    html = browser.text(f"/subscriptions/{sub_id}/edit")
    for key in ("change", "order_summary", "proceed_to_checkout", "monthly", "annual", "user_licenses"):
        assert named(html, label(key, locale)), key
    refused = browser.post_form(
        f"/subscriptions/{sub_id}/edit", data={"tier": "lite", "licenses": "5", "frequency": "monthly"}
    )
    assert refused.status_code == 422
    assert named(refused.get_data(as_text=True), label("contact_support", locale))


def test_add_to_cart_when_the_cart_holds_items(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(
        control,
        locale,
        cart=[{"kind": "new", "product": "openvoice", "tier": "standard", "licenses": 1, "frequency": "monthly"}],
    )
    html = browser_for(app, account).text(f"/subscriptions/{account['subscriptions'][0]['id']}/edit")
    assert named(html, label("add_to_cart", locale))
    assert not named(html, label("proceed_to_checkout", locale))


def test_the_checkout_page(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(control, locale)
    browser = browser_for(app, account)
    browser.post_form(
        f"/subscriptions/{account['subscriptions'][0]['id']}/edit",
        data={"tier": "pro", "licenses": "6", "frequency": "monthly", "action": "checkout"},
    )
    html = browser.text("/checkout")
    assert f"<h1>{label('checkout_title', locale)}</h1>" in html
    for key in ("edit_order", "place_order", "vat_number"):
        assert named(html, label(key, locale)), key


def test_an_expired_trial_card(app: Flask, control: ControlApi, locale: str) -> None:
    account = control.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "today": "2026-11-16",
            "users": [contact(locale)],
            "subscriptions": [
                {**subscription("gotomeeting", "business", 1), "status": "trial", "trial_ends_on": "2026-11-01"}
            ],
        }
    )
    html = browser_for(app, account).text("/billing")
    assert named(html, label("subscribe_now", locale))
    assert not named(html, label("options", locale))


def test_the_add_subscription_wizard(app: Flask, control: ControlApi, locale: str) -> None:
    browser = browser_for(app, account_in(control, locale))
    assert named(browser.text("/add"), label("add_new_subscription", locale))
    product = browser.text("/add/openvoice")
    assert named(product, label("buy", locale))
    assert named(product, label("try", locale))
    assert named(browser.text("/add/openvoice/buy"), label("next", locale))
    confirm = browser.text("/add/openvoice/buy/confirm?tier=standard&licenses=2")
    for key in ("monthly", "annual", "proceed_to_checkout"):
        assert named(confirm, label(key, locale)), key
    assert named(browser.text("/add/openvoice/try/confirm?tier=standard&licenses=2"), label("start_trial", locale))


def test_the_corporate_billing_portal(app: Flask, control: ControlApi, locale: str) -> None:
    account = control.create_account({"kind": "corporate", "locale": locale, "users": [contact(locale, "corporate")]})
    browser = browser_for(app, account)
    html = browser.text("/corp-billing")
    assert named(html, label("corporate_billing_portal", locale))

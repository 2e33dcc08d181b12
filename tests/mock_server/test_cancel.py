"""Cancel Subscription and Reactivate over HTTP, as the GoToAssist cancellation articles tell it.

Options icon → Cancel Subscription → confirmation window → Yes, Cancel → a message with the
expiry date → Close; "Pending Cancellation" on the card, an email, Reactivate before the expiry;
after it (the account's clock) the subscription has ended and nothing is renewed. The expiry
date is computed here from the period set up, never read back from the mock.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import pytest
from babel.dates import format_date
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import Markup

from billing_e2e.control_api import ControlApi
from mock_server.i18n import babel_locale
from tools.sign_in import csrf_token

from .catalogs import msg, tr
from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
EXPIRES = date(2026, 12, 1)  # the period's end: the next billing date set up below
LOCALES = ["it", "de", "en"]


def account_with(control: ControlApi, locale: str, *, trial: bool = False) -> dict[str, Any]:
    if trial:
        sub = {**subscription("goto-webinar", "standard", 1), "status": "trial", "trial_ends_on": "2026-11-30"}
    else:
        sub = subscription(
            "goto-webinar",
            "standard",
            5,
            period_start=PERIOD_START.isoformat(),
            next_billing_date=EXPIRES.isoformat(),
        )
    return control.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "currency": "EUR",
            "country": "IT",
            "today": TODAY.isoformat(),
            "users": [contact(locale)],
            "subscriptions": [sub],
        }
    )


def signed_in(app: Flask, account: dict[str, Any]) -> tuple[Browser, int]:
    return sign_in(app, account["users"][0]["email"]), account["subscriptions"][0]["id"]


def long_date(value: date, locale: str) -> str:
    return format_date(value, format="long", locale=babel_locale(locale))


def cancel(browser: Browser, sub_id: int) -> Any:
    return browser.post_form("/billing", action=f"/subscriptions/{sub_id}/cancel")


def reactivate(browser: Browser, sub_id: int) -> Any:
    return browser.post_form("/billing", action=f"/subscriptions/{sub_id}/reactivate")


def cancellation_row(conn: sqlite3.Connection, sub_id: int) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT requested_on, expires_on FROM cancellation WHERE subscription_id = ?", (sub_id,)
    ).fetchone()
    return (row["requested_on"], row["expires_on"]) if row else None


def mails_to(client: FlaskClient, email: str) -> list[dict[str, Any]]:
    found = client.get("/mailbox/api/v1/search", query_string={"query": f"to:{email}"}).get_json()
    messages: list[dict[str, Any]] = found["messages"]
    return messages


@pytest.mark.parametrize("locale", LOCALES)
def test_a_paid_subscription_offers_cancel_subscription_in_a_modal_window(
    app: Flask, control: ControlApi, locale: str
) -> None:
    browser, sub_id = signed_in(app, account_with(control, locale))
    html = browser.text("/billing")
    assert (
        f'href="/subscriptions/{sub_id}/cancel" aria-controls="cancel-{sub_id}">{tr(locale, "Cancel Subscription")}'
        in html
    )
    assert f'<dialog id="cancel-{sub_id}"' in html
    assert tr(locale, "Yes, Cancel") in html
    assert long_date(EXPIRES, locale) in html
    assert tr(locale, "Reactivate") not in html
    # Without script the menu item leads to the same question as a page.
    page = browser.text(f"/subscriptions/{sub_id}/cancel")
    assert tr(locale, "Yes, Cancel") in page
    assert long_date(EXPIRES, locale) in page


def test_a_free_trial_offers_no_cancel_subscription(app: Flask, control: ControlApi) -> None:
    browser, sub_id = signed_in(app, account_with(control, "en", trial=True))
    html = browser.text("/billing")
    assert "Edit Subscription" in html
    assert "Cancel Subscription" not in html
    assert browser.get(f"/subscriptions/{sub_id}/cancel").status_code == 422
    response = cancel(browser, sub_id)
    assert response.status_code == 422
    assert msg("en", "not_cancellable") in response.get_data(as_text=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_yes_cancel_stores_it_confirms_the_expiry_and_sends_an_email(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = account_with(control, locale)
    browser, sub_id = signed_in(app, account)
    response = cancel(browser, sub_id)
    assert response.status_code == 302
    assert cancellation_row(conn, sub_id) == (TODAY.isoformat(), EXPIRES.isoformat())
    html = browser.text(response.headers["Location"])
    expires = long_date(EXPIRES, locale)
    assert f'<dialog id="cancelled-{sub_id}" class="confirmation"' in html
    assert (
        tr(
            locale,
            "Your %(product)s subscription will not renew. It expires on %(date)s.",
            product="GoTo Webinar",
            date=Markup(f'<time datetime="{EXPIRES.isoformat()}">{expires}</time>'),  # noqa: S704 (the page's own markup)
        )
        in html
    )
    assert (
        f'<form method="dialog">\n      <button type="submit" class="button primary">{tr(locale, "Close")}</button>'
        in html
    )
    assert tr(locale, "Pending Cancellation") in html
    assert tr(locale, "Reactivate") in html
    assert tr(locale, "Cancel Subscription") + "</a>" not in html
    mails = mails_to(browser.client, account["users"][0]["email"])
    assert len(mails) == 1
    assert mails[0]["Subject"] == tr(locale, "Your %(product)s subscription is cancelled", product="GoTo Webinar")
    text: str = browser.client.get(f"/mailbox/api/v1/message/{mails[0]['ID']}").get_json()["Text"]
    assert expires in text
    # Once cancelled it cannot be cancelled again (a second Yes, Cancel): no second email.
    assert cancel(browser, sub_id).status_code == 422
    assert len(mails_to(browser.client, account["users"][0]["email"])) == 1


@pytest.mark.parametrize("locale", LOCALES)
def test_reactivate_before_the_expiry_keeps_the_subscription(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = account_with(control, locale)
    browser, sub_id = signed_in(app, account)
    assert cancel(browser, sub_id).status_code == 302
    control.set_clock(account["id"], EXPIRES - timedelta(days=1))
    response = reactivate(browser, sub_id)
    assert response.status_code == 302
    assert cancellation_row(conn, sub_id) is None
    html = browser.text(response.headers["Location"])
    assert tr(locale, "Your subscription is reactivated") in html
    assert long_date(EXPIRES, locale) in html
    assert tr(locale, "Pending Cancellation") not in html
    assert tr(locale, "Cancel Subscription") + "</a>" in html
    again = reactivate(browser, sub_id)
    assert again.status_code == 422
    assert msg(locale, "not_cancelled") in again.get_data(as_text=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_at_the_expiry_the_subscription_ends_without_a_renewal(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    browser, sub_id = signed_in(app, account)
    assert cancel(browser, sub_id).status_code == 302
    control.set_clock(account["id"], EXPIRES)
    html = browser.text("/billing")
    assert tr(locale, "This subscription has ended. It was not renewed.") in html
    assert tr(locale, "Pending Cancellation") not in html
    assert f'aria-label="{tr(locale, "Options")}"' not in html
    response = reactivate(browser, sub_id)
    assert response.status_code == 422
    assert msg(locale, "subscription_ended") in response.get_data(as_text=True)
    control.advance_clock(account["id"], 40)
    assert control.orders(account["id"]) == []
    assert control.account(account["id"])["subscriptions"][0]["next_billing_date"] == EXPIRES.isoformat()


def test_cancel_and_reactivate_without_the_csrf_token_are_refused(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    browser, sub_id = signed_in(app, account_with(control, "en"))
    assert browser.client.post(f"/subscriptions/{sub_id}/cancel").status_code == 400
    assert cancellation_row(conn, sub_id) is None
    assert cancel(browser, sub_id).status_code == 302
    assert browser.client.post(f"/subscriptions/{sub_id}/reactivate").status_code == 400
    assert cancellation_row(conn, sub_id) is not None


def test_another_accounts_subscription_is_not_found(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    browser, _ = signed_in(app, account_with(control, "en"))
    theirs = account_with(control, "de")["subscriptions"][0]["id"]
    assert browser.get(f"/subscriptions/{theirs}/cancel").status_code == 404
    assert cancel(browser, theirs).status_code == 404
    assert reactivate(browser, theirs).status_code == 404
    assert cancellation_row(conn, theirs) is None


def test_a_stale_confirmation_link_shows_no_message(app: Flask, control: ControlApi) -> None:
    browser, sub_id = signed_in(app, account_with(control, "en"))
    html = browser.text(f"/billing?cancelled={sub_id}")
    assert "Your subscription is cancelled" not in html
    assert csrf_token(html)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_pending_cancellation_offers_no_change_until_reactivated(
    app: Flask, control: ControlApi, locale: str
) -> None:
    """The articles offer one way back from a cancellation, Reactivate: while it is pending the
    card offers neither Edit Subscription nor Add Agents, and a change is refused (409) with the
    reason, so no licenses are bought for a plan that is about to end."""
    account = account_with(control, locale)
    browser, sub_id = signed_in(app, account)
    html = browser.text("/billing")
    assert f'href="/subscriptions/{sub_id}/edit"' in html
    assert f'href="/subscriptions/{sub_id}/edit?add=licenses"' in html
    assert cancel(browser, sub_id).status_code == 302
    html = browser.text("/billing")
    assert tr(locale, "Edit Subscription") not in html
    assert f'href="/subscriptions/{sub_id}/edit' not in html
    for path in (f"/subscriptions/{sub_id}/edit", f"/subscriptions/{sub_id}/edit?add=licenses"):
        refused = browser.get(path)
        assert refused.status_code == 409
        page = refused.get_data(as_text=True)
        assert tr(locale, "This subscription cannot be changed now") in page
        assert msg(locale, "cancellation_pending") in page
    assert browser.get(f"/subscriptions/{sub_id}/summary", query_string={"licenses": "6"}).status_code == 409
    posted = browser.post_form("/billing", action=f"/subscriptions/{sub_id}/edit", data={"licenses": "6"})
    assert posted.status_code == 409
    assert control.account(account["id"])["cart"] == []
    # Reactivated, it can be changed again.
    assert reactivate(browser, sub_id).status_code == 302
    assert browser.get(f"/subscriptions/{sub_id}/edit").status_code == 200
    assert tr(locale, "Edit Subscription") in browser.text("/billing")


@pytest.mark.parametrize("locale", LOCALES)
def test_an_ended_subscription_cannot_be_changed(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    browser, sub_id = signed_in(app, account)
    assert cancel(browser, sub_id).status_code == 302
    control.set_clock(account["id"], EXPIRES)
    assert f'href="/subscriptions/{sub_id}/edit' not in browser.text("/billing")
    refused = browser.get(f"/subscriptions/{sub_id}/edit")
    assert refused.status_code == 410
    page = refused.get_data(as_text=True)
    assert tr(locale, "This subscription has ended") in page
    assert msg(locale, "ended_not_changeable") in page
    ended_post = browser.post_form("/billing", action=f"/subscriptions/{sub_id}/edit", data={"licenses": "6"})
    assert ended_post.status_code == 410
    assert control.account(account["id"])["cart"] == []
    assert control.orders(account["id"]) == []

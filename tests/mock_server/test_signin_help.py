"""Sign-in help over HTTP, as article 008 ("How do I sign in to my billing portal?") tells it.

A member who is not a billing contact is told to contact the billing admin (name, email address)
and offered Email the billing admin; the Corporate Billing Portal's sign-in answers "Invalid User
ID" or "Invalid User ID/password", and Forgot Password? → User ID → Submit sends a reset link by
email (read here as a message from the SMTP sink) that works once, until the day after it was
sent on the account's clock. Every expected value comes from the account the test set up.
"""

from __future__ import annotations

import email
import hashlib
import re
import sqlite3
from datetime import date, timedelta
from email import policy
from email.message import EmailMessage
from html import unescape as html_unescape
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
from babel.dates import format_date
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from billing_e2e.control_api import ControlApi, ControlApiError
from mock_server.i18n import babel_locale
from pages.vocabulary import Vocabulary

from .catalogs import msg, tr
from .conftest import PASSWORD, Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
LOCALES = ["it", "de", "en"]
NEW_PASSWORD = "Brand-New-Passw0rd!"
ADMIN_NAMES = {"it": "Giulia Bianchi", "de": "Jonas Becker", "en": "Emma Carter"}
MEMBER_NAMES = {"it": "Marco Rossi", "de": "Lena Schmidt", "en": "Noah Turner"}
PORTAL_USER_IDS = {"it": "FERRETTI-0042", "de": "HOFFMANN-0042", "en": "HARRISON-0042"}

ALERT = re.compile(r'role="alert"[^>]*>(.*?)</p>', re.DOTALL)
STATUS = re.compile(r'<div class="alert alert-info" role="status">(.*?)</div>', re.DOTALL)


def long_date(value: date, locale: str) -> str:
    return format_date(value, format="long", locale=babel_locale(locale))


def alerts(html: str) -> list[str]:
    return [text.strip() for text in ALERT.findall(html)]


# --- the member who is not a billing contact -----------------------------------------------------


def self_service_account(control: ControlApi, locale: str, *, member: bool = True) -> dict[str, Any]:
    users = [contact(locale, full_name=ADMIN_NAMES[locale])]
    if member:
        users.append(contact(locale, billing_contact=False, full_name=MEMBER_NAMES[locale]))
    return control.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "name": f"Studio {locale.upper()} & Co",
            "today": TODAY.isoformat(),
            "users": users,
            "subscriptions": [subscription("gotomeeting", "business", 5)],
        }
    )


def email_admin_href(html: str, locale: str) -> str:
    label = re.escape(tr(locale, "Email the billing admin"))
    found = re.findall(rf'<a class="button" href="([^"]*)">{label}</a>', html)
    assert len(found) == 1, f"{len(found)} Email the billing admin buttons"
    return html_unescape(found[0])


@pytest.mark.parametrize("locale", LOCALES)
def test_a_member_is_told_whom_to_contact_and_can_email_the_billing_admin(
    app: Flask, control: ControlApi, locale: str
) -> None:
    account = self_service_account(control, locale)
    admin, member = account["users"]
    html = sign_in(app, member["email"]).text("/billing")
    told = tr(
        locale,
        "Contact your billing admin (%(name)s, %(email)s) to make product or licensing changes to your account",
        name=ADMIN_NAMES[locale],
        email=admin["email"],
    )
    assert f"<p>{told}</p>" in html
    href = urlsplit(email_admin_href(html, locale))
    assert (href.scheme, unquote(href.path)) == ("mailto", admin["email"])
    subject = tr(locale, "Product or licensing changes for %(account)s", account="")
    assert parse_qs(href.query) == {"subject": [f"{subject}Studio {locale.upper()} & Co"]}
    # No subscription controls at all for the member.
    for control_label in ("Options", "Add New Subscription", "Add Organizers", "Edit Subscription"):
        assert tr(locale, control_label) not in html, control_label


def test_the_billing_contact_sees_no_such_message(app: Flask, control: ControlApi) -> None:
    account = self_service_account(control, "en")
    html = sign_in(app, account["users"][0]["email"]).text("/billing")
    assert "Contact your billing admin" not in html
    assert "Email the billing admin" not in html


def test_the_member_cannot_change_a_subscription_directly(app: Flask, control: ControlApi) -> None:
    account = self_service_account(control, "en")
    browser = sign_in(app, account["users"][1]["email"])
    sub_id = account["subscriptions"][0]["id"]
    for path in (f"/subscriptions/{sub_id}/edit", f"/subscriptions/{sub_id}/cancel", "/checkout", "/add"):
        assert browser.get(path).status_code == 403, path
    answer = browser.post_form("/billing", action=f"/subscriptions/{sub_id}/edit", data={"licenses": "6"})
    assert answer.status_code == 403
    assert control.account(account["id"])["subscriptions"][0]["licenses"] == 5


def test_the_first_billing_contact_is_the_billing_admin_named(app: Flask, control: ControlApi) -> None:
    account = self_service_account(control, "en")
    second = control.add_user(
        account["id"],
        {"email": "second.bc@example.test", "password": PASSWORD, "full_name": "Zoe Second", "billing_contact": True},
    )
    assert second["billing_contact"] is True
    html = sign_in(app, account["users"][1]["email"]).text("/billing")
    assert f"(Emma Carter, {account['users'][0]['email']})" in html
    assert "Zoe Second" not in html


def test_an_account_without_a_billing_contact_says_only_one_can_change(app: Flask, control: ControlApi) -> None:
    account = control.create_account(
        {"kind": "self_service", "locale": "en", "users": [contact("en", billing_contact=False)]}
    )
    html = sign_in(app, account["users"][0]["email"]).text("/billing")
    assert "only a billing contact can change them" in html
    assert "Email the billing admin" not in html


# --- the control API makes such a member --------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_the_control_api_adds_a_member_to_an_existing_account(app: Flask, control: ControlApi, locale: str) -> None:
    account = self_service_account(control, locale, member=False)
    member = control.add_user(
        account["id"],
        {
            "email": f"late.{locale}@example.test",
            "password": PASSWORD,
            "full_name": "Late Joiner",
            "billing_contact": False,
        },
    )
    assert {key: member[key] for key in ("email", "full_name", "locale", "billing_contact", "portal_user_id")} == {
        "email": f"late.{locale}@example.test",
        "full_name": "Late Joiner",
        "locale": locale,  # the account's
        "billing_contact": False,
        "portal_user_id": None,
    }
    assert member in control.account(account["id"])["users"]
    html = sign_in(app, member["email"]).text("/billing")
    assert tr(locale, "Email the billing admin") in html


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"billing_contact": "no"}, "billing_contact", "valid boolean"),
        ({"billing_contact": False, "role": "member"}, "role", "Extra inputs are not permitted"),
        ({"billing_contact": False, "email": "not-an-email"}, "email", "must be an email address"),
        ({"billing_contact": False, "password": "short"}, "password", "at least 8 characters"),
        ({"billing_contact": False, "locale": "tlh"}, "locale", "not a language of the mock: 'tlh'"),
        ({"billing_contact": True, "portal_user_id": "X-1"}, "portal_user_id", "only users of corporate accounts"),
    ],
)
def test_a_bad_member_is_refused_with_its_field(
    control: ControlApi, body: dict[str, Any], field: str, message: str
) -> None:
    account = self_service_account(control, "en", member=False)
    spec = {"email": "new.member@example.test", "password": PASSWORD, "full_name": "New Member", **body}
    with pytest.raises(ControlApiError) as refused:
        control.add_user(account["id"], spec)
    assert refused.value.status == 422
    problems = {problem.field: problem.message for problem in refused.value.problems}
    assert field in problems, problems
    assert message in problems[field]
    assert len(control.account(account["id"])["users"]) == 1


def test_a_member_with_a_taken_email_or_for_no_account_is_refused(control: ControlApi) -> None:
    account = self_service_account(control, "en")
    taken = {
        "email": account["users"][1]["email"].upper(),
        "password": PASSWORD,
        "full_name": "X",
        "billing_contact": False,
    }
    with pytest.raises(ControlApiError) as refused:
        control.add_user(account["id"], taken)
    assert refused.value.status == 422
    assert "already exists" in refused.value.problems[0].message
    fresh = {**taken, "email": "nobody.else@example.test"}
    with pytest.raises(ControlApiError) as missing:
        control.add_user(account["id"] + 1000, fresh)
    assert missing.value.status == 404


def test_the_add_user_endpoint_takes_only_json_and_post(client: FlaskClient, control: ControlApi) -> None:
    account = self_service_account(control, "en")
    headers = {"Authorization": "Bearer test-control-token-0123456789"}
    path = f"/_control/accounts/{account['id']}/users"
    assert client.post(path, data="{", headers=headers).status_code == 400
    assert client.put(path, json={}, headers=headers).status_code == 405
    assert client.post(path, json={}).status_code == 401


# --- the Corporate Billing Portal's sign-in ------------------------------------------------------


def corporate_account(control: ControlApi, locale: str) -> dict[str, Any]:
    contact_spec = {
        **contact(locale, "corporate", full_name=ADMIN_NAMES[locale]),
        "portal_user_id": PORTAL_USER_IDS[locale],
    }
    return control.create_account(
        {
            "kind": "corporate",
            "locale": locale,
            "name": f"Corporate {locale.upper()} S.p.A.",
            "today": TODAY.isoformat(),
            "users": [contact_spec, contact(locale, "corporate", billing_contact=False)],
            "subscriptions": [subscription("gotomeeting", "enterprise", 50, "annual")],
        }
    )


def visitor(app: Flask, locale: str) -> Browser:
    browser = Browser(app.test_client())
    assert browser.get(f"/corp-billing?lang={locale}").status_code == 200
    return browser


def portal_sign_in(browser: Browser, user_id: str, password: str) -> Any:
    return browser.post_form("/corp-billing", "/corp-billing/signin", {"user_id": user_id, "password": password})


@pytest.mark.parametrize("locale", LOCALES)
def test_the_portal_offers_its_sign_in_form(app: Flask, locale: str) -> None:
    html = visitor(app, locale).text("/corp-billing")
    assert '<form method="post" action="/corp-billing/signin" novalidate>' in html
    assert f'<label for="portal-user-id">{tr(locale, "User ID")}</label>' in html
    assert f'<label for="portal-password">{tr(locale, "Password")}</label>' in html
    assert f'<button type="submit" class="button primary">{tr(locale, "Sign in")}</button>' in html
    assert f'<a href="/corp-billing/forgot-password">{tr(locale, "Forgot Password?")}</a>' in html


@pytest.mark.parametrize("locale", LOCALES)
def test_an_unknown_user_id_is_an_invalid_user_id(app: Flask, control: ControlApi, locale: str) -> None:
    corporate_account(control, locale)
    answer = portal_sign_in(visitor(app, locale), "NO-SUCH-USER", PASSWORD)
    assert answer.status_code == 401
    assert alerts(answer.get_data(as_text=True)) == [tr(locale, "Invalid User ID")]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_wrong_password_is_an_invalid_user_id_password(app: Flask, control: ControlApi, locale: str) -> None:
    corporate_account(control, locale)
    answer = portal_sign_in(visitor(app, locale), PORTAL_USER_IDS[locale], PASSWORD + "x")
    assert answer.status_code == 401
    html = answer.get_data(as_text=True)
    assert alerts(html) == [str(escape(tr(locale, "Invalid User ID/password")))]
    assert f'value="{PORTAL_USER_IDS[locale]}"' in html, "the User ID typed is kept"
    assert 'aria-invalid="true" aria-describedby="portal-signin-error"' in html


def test_the_email_address_of_a_member_or_self_service_user_is_no_user_id(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    self_service = self_service_account(control, "en")
    for user_id in (account["users"][0]["email"], account["users"][1]["email"], self_service["users"][0]["email"]):
        answer = portal_sign_in(visitor(app, "en"), user_id, PASSWORD)
        assert answer.status_code == 401
        assert alerts(answer.get_data(as_text=True)) == ["Invalid User ID"], user_id


@pytest.mark.parametrize("locale", LOCALES)
def test_the_right_user_id_and_password_open_the_portal(app: Flask, control: ControlApi, locale: str) -> None:
    account = corporate_account(control, locale)
    browser = visitor(app, locale)
    # The User ID is compared as the email is: whatever the case.
    answer = portal_sign_in(browser, PORTAL_USER_IDS[locale].lower(), PASSWORD)
    assert answer.status_code == 302
    assert answer.headers["Location"] == "/corp-billing"
    html = browser.text("/corp-billing")
    assert f'<p class="muted">{escape(account["name"])}</p>' in html
    assert 'action="/corp-billing/signin"' not in html


def test_an_empty_user_id_is_asked_for(app: Flask, control: ControlApi) -> None:
    corporate_account(control, "de")
    for user_id in ("", "   "):
        answer = portal_sign_in(visitor(app, "de"), user_id, PASSWORD)
        assert answer.status_code == 422
        assert alerts(answer.get_data(as_text=True)) == [msg("de", "user_id_missing")]


def test_portal_sign_in_needs_the_form_token_and_post(app: Flask, control: ControlApi) -> None:
    corporate_account(control, "en")
    client = app.test_client()
    answer = client.post("/corp-billing/signin", data={"user_id": PORTAL_USER_IDS["en"], "password": PASSWORD})
    assert answer.status_code == 400
    assert client.get("/corp-billing/signin").status_code == 405
    assert client.get("/corp-billing").get_data(as_text=True).count('action="/corp-billing/signin"') == 1


def test_failed_portal_sign_ins_are_throttled(app: Flask, control: ControlApi) -> None:
    corporate_account(control, "en")
    browser = visitor(app, "en")
    limit = app.config["SETTINGS"].signin_failures_per_account
    for _ in range(limit):
        assert portal_sign_in(browser, PORTAL_USER_IDS["en"], "wrong-password").status_code == 401
    refused = portal_sign_in(browser, PORTAL_USER_IDS["en"], PASSWORD)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0


# --- Forgot Password? and the reset link ------------------------------------------------------


def forgot_password(browser: Browser, user_id: str) -> Any:
    return browser.post_form("/corp-billing/forgot-password", data={"user_id": user_id})


def messages_to(client: FlaskClient, address: str) -> list[EmailMessage]:
    """The emails to `address`, oldest first, each parsed from the bytes the SMTP sink received."""
    found = client.get("/mailbox/api/v1/search", query_string={"query": f"to:{address}"}).get_json()["messages"]
    raws = [client.get(f"/mailbox/api/v1/message/{item['ID']}/raw").get_data() for item in reversed(found)]
    return [email.message_from_bytes(raw, policy=policy.default) for raw in raws]


def body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None, f"no text/{kind} part"
    return str(part.get_content())


RESET_LINK = re.compile(r"http://localhost(/corp-billing/reset-password/([\w-]+)\.([\w-]+))")


def reset_link(message: EmailMessage) -> str:
    """The link's path; the same link in the text and the HTML part."""
    text_links = RESET_LINK.findall(body(message, "plain"))
    html_links = RESET_LINK.findall(body(message, "html"))
    assert len(text_links) == 1
    assert html_links == text_links
    return str(text_links[0][0])


def requested_link(app: Flask, account: dict[str, Any], locale: str = "en") -> str:
    assert forgot_password(visitor(app, locale), PORTAL_USER_IDS[account_locale(account)]).status_code == 200
    return reset_link(messages_to(app.test_client(), account["users"][0]["email"])[-1])


def account_locale(account: dict[str, Any]) -> str:
    return str(account["locale"])


def choose_password(app: Flask, link: str, password: str = NEW_PASSWORD, again: str | None = None) -> Any:
    """Submit the link's form in a new browser (the form token from the portal page: a used or
    forged link's page has no form)."""
    browser = Browser(app.test_client())
    data = {"password": password, "password_confirmation": password if again is None else again}
    return browser.post_form("/corp-billing", action=link, data=data)


@pytest.mark.parametrize("locale", LOCALES)
def test_forgot_password_sends_a_reset_link_in_the_contacts_language(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = corporate_account(control, locale)
    admin = account["users"][0]
    # The visitor's page is English; the email follows the billing contact's profile.
    assert forgot_password(visitor(app, "en"), PORTAL_USER_IDS[locale]).status_code == 200
    [message] = messages_to(app.test_client(), admin["email"])
    assert message["To"] == admin["email"]
    assert message["Subject"] == tr(locale, "Reset your Corporate Billing Portal password")
    text = body(message, "plain")
    assert tr(locale, "Hello %(name)s,", name=ADMIN_NAMES[locale]) in text
    user_id_line = tr(
        locale,
        "Someone asked to reset the password of the User ID %(user_id)s on the Corporate Billing Portal.",
        user_id=PORTAL_USER_IDS[locale],
    )
    assert user_id_line in text
    valid_until = long_date(TODAY + timedelta(days=1), locale)
    assert (
        tr(locale, "To choose a new password, open this link. It works once, until %(date)s:", date=valid_until) in text
    )
    link = reset_link(message)
    selector, secret = RESET_LINK.search(f"http://localhost{link}").groups()[1:]  # type: ignore[union-attr]
    # Only the secret's SHA-256 is stored, never the link itself.
    stored = conn.execute("SELECT selector, secret_sha256 FROM password_reset").fetchall()
    assert [tuple(row) for row in stored] == [(selector, hashlib.sha256(secret.encode()).hexdigest())]
    dump = "\n".join(conn.iterdump())
    assert secret not in dump


def test_an_unknown_user_id_gets_the_same_answer_and_no_email(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")

    def answer_to(user_id: str) -> str:
        answer = forgot_password(visitor(app, "en"), user_id)
        assert answer.status_code == 200
        [status] = STATUS.findall(answer.get_data(as_text=True))
        return str(status).replace(str(escape(user_id)), "<user id>")

    known = answer_to(PORTAL_USER_IDS["en"])
    assert "we sent a link to reset its password" in known
    assert answer_to("NO-SUCH-USER") == known
    assert answer_to(account["users"][1]["email"]) == known  # a member of the account: no User ID
    everything = app.test_client().get("/mailbox/api/v1/messages").get_json()["messages"]
    assert [item["To"][0]["Address"] for item in everything] == [account["users"][0]["email"]]


def test_forgot_password_asks_for_the_user_id_and_takes_only_its_methods(app: Flask) -> None:
    browser = visitor(app, "it")
    page = browser.text("/corp-billing/forgot-password")
    assert f'<label for="user_id">{tr("it", "User ID")}</label>' in page
    assert f">{tr('it', 'Submit')}</button>" in page
    answer = forgot_password(browser, " ")
    assert answer.status_code == 422
    assert alerts(answer.get_data(as_text=True)) == [msg("it", "user_id_missing")]
    assert app.test_client().post("/corp-billing/forgot-password", data={"user_id": "x"}).status_code == 400
    assert app.test_client().delete("/corp-billing/forgot-password").status_code == 405


@pytest.mark.parametrize("locale", LOCALES)
def test_the_reset_link_sets_a_new_password_once(app: Flask, control: ControlApi, locale: str) -> None:
    account = corporate_account(control, locale)
    link = requested_link(app, account, locale)
    page = Browser(app.test_client()).text(link)
    assert (
        tr(locale, "This link works once, until %(date)s.", date=long_date(TODAY + timedelta(days=1), locale)) in page
    )
    answer = choose_password(app, link)
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"/corp-billing?reset=done&lang={locale}"
    # The new password signs in to the portal, the old one no longer does.
    browser = visitor(app, locale)
    assert tr(locale, "Your password has been changed. Sign in with your new password.") in browser.text(
        answer.headers["Location"]
    )
    old = portal_sign_in(browser, PORTAL_USER_IDS[locale], PASSWORD)
    assert alerts(old.get_data(as_text=True)) == [str(escape(tr(locale, "Invalid User ID/password")))]
    assert portal_sign_in(browser, PORTAL_USER_IDS[locale], NEW_PASSWORD).status_code == 302
    # The link is used up: a second use is refused with a page that says so.
    for again in (Browser(app.test_client()).get(link), choose_password(app, link, "Another-Passw0rd!")):
        assert again.status_code == 410
        assert alerts(again.get_data(as_text=True)) == [msg(locale, "reset_link_used")]
    assert portal_sign_in(visitor(app, locale), PORTAL_USER_IDS[locale], "Another-Passw0rd!").status_code == 401


def test_the_new_password_is_the_users_one_and_ends_their_sessions(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    admin = account["users"][0]["email"]
    before = sign_in(app, admin)
    assert escape(account["name"]) in before.text("/corp-billing")
    assert choose_password(app, requested_link(app, account)).status_code == 302
    assert escape(account["name"]) not in before.text("/corp-billing"), "the old session still works"
    sign_in(app, admin, NEW_PASSWORD)  # the Billing Center's sign-in takes the new password too


@pytest.mark.parametrize(
    ("password", "again", "code"),
    [
        ("", "", "password_missing"),
        ("short7!", "short7!", "password_too_short"),
        ("x" * 129, "x" * 129, "password_too_long"),
        (NEW_PASSWORD, NEW_PASSWORD + "?", "password_mismatch"),
    ],
)
def test_a_bad_new_password_is_refused_and_the_link_still_works(
    app: Flask, control: ControlApi, password: str, again: str, code: str
) -> None:
    account = corporate_account(control, "de")
    link = requested_link(app, account, "de")
    answer = choose_password(app, link, password, again)
    assert answer.status_code == 422
    limit = {"password_too_short": 8, "password_too_long": 128}.get(code, 0)
    assert alerts(answer.get_data(as_text=True)) == [msg("de", code, limit=limit)]
    assert choose_password(app, link).status_code == 302


def test_a_forged_link_is_refused(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    link = requested_link(app, account)
    selector_part, _, secret = link.rpartition(".")
    flipped = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    for forged in (
        f"{selector_part}.{flipped}",  # the right selector, a wrong secret
        f"{selector_part}.",
        selector_part,
        "/corp-billing/reset-password/unknown.secret",
        f"/corp-billing/reset-password/{secret}",
    ):
        for answer in (Browser(app.test_client()).get(forged), choose_password(app, forged)):
            assert answer.status_code == 404, forged
            assert alerts(answer.get_data(as_text=True)) == [msg("en", "reset_link_invalid")], forged
    assert choose_password(app, link).status_code == 302, "the real link still works"


def test_the_link_expires_by_the_accounts_clock(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    link = requested_link(app, account)
    control.set_clock(account["id"], TODAY + timedelta(days=1))
    assert Browser(app.test_client()).get(link).status_code == 200
    control.set_clock(account["id"], TODAY + timedelta(days=2))
    for answer in (Browser(app.test_client()).get(link), choose_password(app, link)):
        assert answer.status_code == 410
        assert alerts(answer.get_data(as_text=True)) == [msg("en", "reset_link_expired")]
    assert portal_sign_in(visitor(app, "en"), PORTAL_USER_IDS["en"], PASSWORD).status_code == 302


def test_a_newer_link_replaces_the_older_and_requests_are_bounded(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    first = requested_link(app, account)
    second = requested_link(app, account)
    assert first != second
    refused = Browser(app.test_client()).get(first)
    assert refused.status_code == 410
    assert alerts(refused.get_data(as_text=True)) == [msg("en", "reset_link_replaced")]
    # A third request still mails; beyond three an hour the page answers the same but sends nothing.
    for _ in range(3):
        assert forgot_password(visitor(app, "en"), PORTAL_USER_IDS["en"]).status_code == 200
    assert len(messages_to(app.test_client(), account["users"][0]["email"])) == 3
    assert choose_password(app, second).status_code == 410, "the third link replaced the second"


# --- the control API's portal User IDs -----------------------------------------------------------


def test_only_a_corporate_billing_contact_gets_a_portal_user_id(control: ControlApi) -> None:
    account = corporate_account(control, "it")
    assert [user["portal_user_id"] for user in account["users"]] == [PORTAL_USER_IDS["it"], None]
    cases: list[tuple[dict[str, Any], str, str]] = [
        (
            {"kind": "self_service", "users": [{**contact("en"), "portal_user_id": "SELF-0001"}]},
            "users[0].portal_user_id",
            "only users of corporate accounts",
        ),
        (
            {"kind": "corporate", "users": [{**contact("en", billing_contact=False), "portal_user_id": "MEMBER-01"}]},
            "users[0].portal_user_id",
            "only billing contacts",
        ),
        (
            {"kind": "corporate", "users": [{**contact("en", "corporate"), "portal_user_id": "x"}]},
            "users[0].portal_user_id",
            "3 to 64 letters",
        ),
        (
            {
                "kind": "corporate",
                "users": [
                    {**contact("en", "corporate", email="new.one@example.test"), "portal_user_id": "ferretti-0042"}
                ],
            },
            "users[0].portal_user_id",
            "is taken",
        ),
    ]
    for spec, field, message in cases:
        with pytest.raises(ControlApiError) as refused:
            control.create_account({"locale": "en", **spec})
        assert refused.value.status == 422
        problems = {problem.field: problem.message for problem in refused.value.problems}
        assert message in problems.get(field, ""), problems


# --- the article's labels, as the harness's vocabulary has them, on the mock's pages ------------


def label(key: str, locale: str, **values: str) -> str:
    """The harness's label (pages/vocabulary.toml: article 008's words), never the mock's catalog."""
    vocab = Vocabulary.for_locale(locale)
    return vocab.format(key, **values) if values else vocab[key]


def shown(html: str, text: str) -> bool:
    """The text stands as a whole element text: as a template's translated text shows it (Jinja
    marks it safe as it is) or escaped (a text the view hands to the template)."""
    return any(re.search(rf">\s*{re.escape(form)}\s*<", html) for form in {text, str(escape(text))})


@pytest.mark.parametrize("locale", LOCALES)
def test_the_articles_labels_are_where_the_article_says(app: Flask, control: ControlApi, locale: str) -> None:
    member_account = self_service_account(control, locale)
    admin = member_account["users"][0]
    billing = sign_in(app, member_account["users"][1]["email"]).text("/billing")
    assert shown(billing, label("contact_billing_admin", locale, user=ADMIN_NAMES[locale], email=admin["email"]))
    assert shown(billing, label("email_the_billing_admin", locale))
    corporate_account(control, locale)
    browser = visitor(app, locale)
    portal = browser.text("/corp-billing")
    for key in ("portal_sign_in_title", "user_id", "sign_in_password", "sign_in_button", "forgot_password"):
        assert shown(portal, label(key, locale)), key
    unknown = portal_sign_in(browser, "NO-SUCH-USER", PASSWORD).get_data(as_text=True)
    assert alerts(unknown) == [str(escape(label("invalid_user_id", locale)))]
    wrong = portal_sign_in(browser, PORTAL_USER_IDS[locale], "wrong-password").get_data(as_text=True)
    assert alerts(wrong) == [str(escape(label("invalid_user_id_password", locale)))]
    forgot = browser.text("/corp-billing/forgot-password")
    for key in ("forgot_password", "user_id", "submit"):
        assert shown(forgot, label(key, locale)), key


# --- generated input: never a 5xx, and a refused form changes nothing ----------------------------

NASTY = ["", " ", "\x00", "🙂", "a" * 5000, "CORP.", ".", "..", "%00", "' OR 1=1 --", "ß", "İ"]
text_values = st.one_of(st.sampled_from(NASTY), st.text(max_size=80))
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def sign_in_state(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    rows = conn.execute("SELECT id, password_hash FROM user ORDER BY id").fetchall()
    links = conn.execute("SELECT id, used_at, revoked_at FROM password_reset ORDER BY id").fetchall()
    return [tuple(row) for row in [*rows, *links]]


@pytest.fixture
def portal_account(control: ControlApi) -> dict[str, Any]:
    return corporate_account(control, "en")


@FUZZ
@given(user_id=text_values, password=text_values)
def test_generated_portal_sign_ins_and_reset_requests(
    app: Flask, portal_account: dict[str, Any], user_id: str, password: str
) -> None:
    browser = Browser(app.test_client())
    answer = browser.post_form("/corp-billing", "/corp-billing/signin", {"user_id": user_id, "password": password})
    assert answer.status_code in (302, 401, 422, 429), answer.status_code
    if answer.status_code == 302:  # only the one right pair signs in
        assert (user_id.strip().casefold(), password) == (PORTAL_USER_IDS["en"].casefold(), PASSWORD)
    asked = browser.post_form("/corp-billing/forgot-password", data={"user_id": user_id})
    assert asked.status_code in (200, 422), asked.status_code


@FUZZ
@given(token=text_values, password=text_values)
def test_generated_reset_tokens_are_refused_and_change_nothing(
    app: Flask, portal_account: dict[str, Any], conn: sqlite3.Connection, token: str, password: str
) -> None:
    before = sign_in_state(conn)
    path = f"/corp-billing/reset-password/{quote(token, safe='')}"
    assert app.test_client().get(path).status_code in (404, 405, 308), path
    answer = choose_password(app, path, password)
    assert answer.status_code in (400, 404, 405, 308), answer.status_code
    assert sign_in_state(conn) == before


def test_a_new_password_signs_in_at_once_after_the_old_one_was_throttled(app: Flask, control: ControlApi) -> None:
    account = corporate_account(control, "en")
    browser = visitor(app, "en")
    for _ in range(app.config["SETTINGS"].signin_failures_per_account):
        portal_sign_in(browser, PORTAL_USER_IDS["en"], "forgotten-password")
    assert portal_sign_in(browser, PORTAL_USER_IDS["en"], PASSWORD).status_code == 429
    assert choose_password(app, requested_link(app, account)).status_code == 302
    assert portal_sign_in(browser, PORTAL_USER_IDS["en"], NEW_PASSWORD).status_code == 302

"""Corporate accounts over HTTP: the Corporate Billing Portal, its FAQs, the Corporate Account Services
contact form, and the Contact Support page. Accounts are made through the control API.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from flask import Flask, url_for
from markupsafe import escape

from billing_e2e.control_api import ControlApi
from tools.sign_in import csrf_token

from .catalogs import msg, tr
from .conftest import PASSWORD, Browser, contact, create_italian_account, sign_in

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
LOCALES = ("it", "de", "en")
MESSAGE_MAX = 2000


@dataclass(frozen=True)
class Seeded:
    account_id: int
    name: str
    contact: str  # a billing contact's email
    member: str  # a user who is not a billing contact


def seed(control: ControlApi, locale: str = "en", *, kind: str = "corporate", tag: str = "a") -> Seeded:
    name = f"Rossi & Figli {tag} S.p.A." if kind == "corporate" else f"Piccola Ditta {tag}"
    emails = [f"{tag}.{kind}.{role}@example.test" for role in ("contact", "member")]
    account = create_italian_account(
        control,
        kind=kind,
        locale=locale,
        name=name,
        today=TODAY,
        users=[
            contact(locale, email=email, full_name=f"{role} {tag}", billing_contact=role == "contact")
            for email, role in zip(emails, ("contact", "member"), strict=True)
        ],
    )
    return Seeded(account["id"], name, emails[0], emails[1])


def requests(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT id, account_id, user_id, topic, message FROM corporate_request")]


def send(browser: Browser, via: str = "/corp-billing", **form: Any) -> Any:
    token = csrf_token(browser.client.get(via).get_data(as_text=True))
    data = {"topic": "add_licenses", "message": "We need 25 more GoTo Webinar licenses.", **form}
    return browser.client.post("/corp-billing/contact", data={"csrf_token": token, **data})


def main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


# --- the portal -----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_a_corporate_user_lands_on_the_portal_with_the_account(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale)
    browser = Browser(app.test_client())
    response = browser.post_form("/signin", data={"email": account.contact, "password": PASSWORD})
    assert response.headers["Location"].endswith("/corp-billing")
    html = browser.text("/corp-billing")
    assert f'<html lang="{locale}">' in html
    assert f"<h1>{tr(locale, 'Corporate Billing Portal')}</h1>" in html
    assert f'<p class="muted">{escape(account.name)}</p>' in html, "the account's name under the heading"
    assert f'<h2 id="representative-title">{tr(locale, "Your dedicated GoTo representative")}</h2>' in html
    assert f'<h2 id="faqs-title">{tr(locale, "Corporate Billing Portal FAQs")}</h2>' in html
    assert 4 <= html.count("<summary>") <= 6
    assert html.count("<details>") == html.count("<summary>")
    assert f'<h2 id="billing-form-title">{tr(locale, "Contact Corporate Account Services")}</h2>' in html
    assert f'<label for="topic">{tr(locale, "Topic")}</label>' in html
    assert f'<label for="message">{tr(locale, "Message")}</label>' in html
    assert re.search(r'<select id="topic" name="topic" required>', html)
    assert re.search(rf'<textarea id="message" name="message" rows="6" required maxlength="{MESSAGE_MAX}"', html)
    assert 'aria-describedby="message-hint"' in html
    assert f'<button type="submit" class="button primary single-submit">{tr(locale, "Send")}</button>' in html


def test_the_portal_is_public_but_shows_no_account_data(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    html = app.test_client().get("/corp-billing").get_data(as_text=True)
    assert "<h1>Corporate Billing Portal</h1>" in html
    assert escape(account.name) not in html
    assert "representative-title" not in html
    assert "Corporate Billing Portal FAQs" in html
    assert "<textarea" not in html, "an anonymous visitor is asked to sign in first"
    assert 'href="/signin?next=/corp-billing"' in html


def test_a_self_service_user_sees_the_portal_without_account_data(app: Flask, control: ControlApi) -> None:
    account = seed(control, kind="self_service")
    html = sign_in(app, account.contact).text("/corp-billing")
    assert escape(account.name) not in main(html)
    assert "Your account is managed in the Billing Center." in html
    assert "<textarea" not in html
    assert 'href="/support"' in html


def test_billing_pages_send_corporate_billing_contacts_to_the_portal(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    for path in ("/billing", "/add", "/users"):
        response = browser.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].endswith("/corp-billing"), path


@pytest.mark.parametrize("locale", LOCALES)
def test_the_faq_page_holds_the_faqs_and_the_billing_form(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale)
    html = sign_in(app, account.contact).text("/corporate-billing-faqs")
    assert f'<html lang="{locale}">' in html
    assert f'<h1 id="faqs-title">{tr(locale, "Corporate Billing Portal FAQs")}</h1>' in html
    assert 'id="billing-form"' in html
    assert '<input type="hidden" name="page" value="faqs">' in html
    for question in (
        "Where do I find my invoices?",
        "How do I add user licenses?",
        "How do I change my payment method?",
        "Who is my dedicated GoTo representative?",
    ):
        assert f"<summary>{tr(locale, question)}</summary>" in html


# --- the contact form -----------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_a_request_is_stored_and_confirmed(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.member)  # any user of a corporate account may write
    response = send(browser, message="  We need 25 more GoTo Webinar licenses.\r\nThanks!  ")
    assert response.status_code == 302
    stored = requests(conn)
    assert len(stored) == 1
    assert stored[0]["account_id"] == account.account_id
    assert stored[0]["topic"] == "add_licenses"
    assert stored[0]["message"] == "We need 25 more GoTo Webinar licenses.\nThanks!"
    assert response.headers["Location"].endswith(f"/corp-billing?sent={stored[0]['id']}#billing-form")
    html = browser.text(f"/corp-billing?sent={stored[0]['id']}")
    status = html.split('role="status"', 1)[1].split("</div>", 1)[0]
    assert (
        tr(
            locale,
            "Thank you. Corporate Account Services received your request and will reply by email to %(email)s.",
            email=account.member,
        )
        in status
    )
    assert f"{tr(locale, 'Request number:')} <strong>{stored[0]['id']}</strong>" in status


def test_a_request_from_the_faq_page_returns_there(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    response = send(browser, "/corporate-billing-faqs", page="faqs")
    assert response.status_code == 302
    assert "/corporate-billing-faqs?sent=" in response.headers["Location"]
    assert response.headers["Location"].endswith("#billing-form")


def test_another_accounts_request_number_is_not_confirmed(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    mine = seed(control, tag="mine")
    theirs = seed(control, tag="theirs")
    send(sign_in(app, theirs.contact))
    their_id = requests(conn)[0]["id"]
    html = sign_in(app, mine.contact).text(f"/corp-billing?sent={their_id}")
    assert 'role="status"' not in html
    assert 'role="status"' not in sign_in(app, mine.contact).text("/corp-billing?sent=abc")


BAD_FORMS = [
    ({"topic": ""}, "topic", "topic_missing"),
    ({"topic": "lottery"}, "topic", "topic_unknown"),
    ({"message": ""}, "message", "request_message_missing"),
    ({"message": " \r\n\t "}, "message", "request_message_missing"),
    ({"message": "x" * (MESSAGE_MAX + 1)}, "message", "request_message_too_long"),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("form", "field", "code"), BAD_FORMS)
def test_bad_requests_are_named_next_to_their_field_and_not_stored(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str, form: dict[str, str], field: str, code: str
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.contact)
    response = send(browser, **form)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert f'<html lang="{locale}">' in html
    text = msg(locale, code, limit=MESSAGE_MAX)
    assert f'<p class="field-error" id="{field}-error">{text}</p>' in html
    assert 'role="alert"' in html
    field_tag = re.search(rf'<(select|textarea) id="{field}"[^>]*>', html)
    assert field_tag is not None
    assert 'aria-invalid="true"' in field_tag.group(0)
    assert f"{field}-error" in field_tag.group(0), "the error is tied to the field with aria-describedby"
    assert requests(conn) == []


def test_what_was_typed_is_kept_after_an_error(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    html = send(browser, topic="", message="<b>Invoice</b> 42 please").get_data(as_text=True)
    assert "&lt;b&gt;Invoice&lt;/b&gt; 42 please</textarea>" in html
    html = send(browser, topic="invoices", message="").get_data(as_text=True)
    assert '<option value="invoices" selected>' in html


def test_a_message_of_exactly_the_maximum_length_is_accepted(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control)
    text = ("a" * 99 + "\r\n") * 20  # 2,000 characters as the browser counts them (a line break is one)
    response = send(sign_in(app, account.contact), message=text.rstrip("\r\n") + "b")
    assert response.status_code == 302
    assert len(requests(conn)[0]["message"]) == MESSAGE_MAX


def test_self_service_users_cannot_send_corporate_requests(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control, kind="self_service")
    browser = sign_in(app, account.contact)
    response = send(browser, "/support")
    assert response.status_code == 403
    assert msg("en", "corporate_only") in response.get_data(as_text=True)
    assert requests(conn) == []


def test_anonymous_visitors_are_sent_to_sign_in(app: Flask, conn: sqlite3.Connection) -> None:
    browser = Browser(app.test_client())
    response = browser.post_form(
        "/signin", action="/corp-billing/contact", data={"topic": "invoices", "message": "Hello"}
    )
    assert response.status_code == 302
    assert "/signin?next=/corp-billing" in response.headers["Location"]
    assert requests(conn) == []


def test_a_form_without_its_csrf_token_is_refused(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    response = browser.client.post("/corp-billing/contact", data={"topic": "invoices", "message": "Hello"})
    assert response.status_code == 400
    assert requests(conn) == []


# --- Contact Support ------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_contact_support_explains_that_support_makes_downgrades(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale, kind="self_service")
    html = sign_in(app, account.contact).text("/support")
    assert f'<html lang="{locale}">' in html
    assert f"<h1>{tr(locale, 'Contact Support')}</h1>" in html
    assert tr(locale, "How to reach us") in html
    assert f'<h2 id="downgrade-title">{tr(locale, "Downgrading your plan")}</h2>' in html
    assert 'href="/corp-billing"' not in main(html)


def test_contact_support_is_public_and_points_corporate_users_to_the_portal(app: Flask, control: ControlApi) -> None:
    assert "<h1>Contact Support</h1>" in app.test_client().get("/support?lang=en").get_data(as_text=True)
    account = seed(control)
    html = sign_in(app, account.contact).text("/support")
    assert 'href="/corp-billing"' in main(html)


def test_the_articles_links_have_their_pages(app: Flask) -> None:
    with app.test_request_context("/"):
        assert url_for("corporate.support") == "/support"
        assert url_for("corporate.faqs", _anchor="billing-form") == "/corporate-billing-faqs#billing-form"

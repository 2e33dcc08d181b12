"""Article 008's sign-in help through the page objects and flows, in real Chromium against the
mock as a real process: the member's message and Email the billing admin, the Corporate Billing
Portal's sign-in errors, and Forgot Password? with the reset email read from the mailbox (over
SMTP into the mock's Mailpit-shaped API) and its link used once.

Expected values come from the accounts made here and the harness's vocabulary, never from the
mock's pages. Module-scoped server and browser, a new browser context per test; nothing sleeps.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

import flows
from billing_e2e.accounts import create_test_account, portal_user_id_of
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import LANGUAGES, Language
from billing_e2e.factories import DataFactory
from billing_e2e.mailboxes import MailpitMailbox
from billing_e2e.mock_process import MockServer
from fixtures.accessibility import _scan as scan
from pages import (
    BillingCenterPage,
    CorporatePortalPage,
    ResetPasswordPage,
    SignInPage,
    Vocabulary,
    open_reset_link,
    reset_link_of,
)
from tests.harness.open_page import OpenPage

pytestmark = pytest.mark.harness

PASSWORD = "Secret-Passw0rd!"
NEW_PASSWORD = "Brand-New-Passw0rd!"
TODAY = date(2026, 11, 16)

MEETING = {"product": "gotomeeting", "tier": "business", "licenses": 5, "frequency": "monthly", "status": "active"}


def user(locale: str, role: str, seed: str, *, billing_contact: bool, **extra: Any) -> dict[str, Any]:
    return {
        "email": f"{role}.{seed}@sign-in-help.example.test",
        "password": PASSWORD,
        "full_name": DataFactory(locale, len(seed)).full_name() if billing_contact else "Sam Member",
        "billing_contact": billing_contact,
        **extra,
    }


def member_account(api: ControlApi, locale: Language, seed: str) -> dict[str, Any]:
    return api.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "name": f"Studio {seed}",
            "today": TODAY.isoformat(),
            "users": [
                user(locale, "admin", seed, billing_contact=True),
                user(locale, "member", seed, billing_contact=False),
            ],
            "subscriptions": [
                {
                    "product": "gotomeeting",
                    "tier": "business",
                    "licenses": 5,
                    "frequency": "monthly",
                    "status": "active",
                }
            ],
        }
    )


def corporate_account(api: ControlApi, locale: Language, seed: str) -> dict[str, Any]:
    return api.create_account(
        {
            "kind": "corporate",
            "locale": locale,
            "name": f"Corporate {seed} S.p.A.",
            "today": TODAY.isoformat(),
            "users": [user(locale, "corporate", seed, billing_contact=True, portal_user_id=f"CORP-{seed}")],
        }
    )


def portal_page(open_page: OpenPage, locale: Language) -> CorporatePortalPage:
    return CorporatePortalPage(open_page(locale), Vocabulary.for_locale(locale)).open()


@pytest.mark.parametrize("locale", LANGUAGES)
def test_a_member_reads_the_billing_admins_name_and_address(
    api: ControlApi, open_page: OpenPage, locale: Language
) -> None:
    account = member_account(api, locale, f"member-{locale}")
    admin, member = account["users"]
    vocab = Vocabulary.for_locale(locale)
    sign_in_page = SignInPage(open_page(locale), vocab).open()
    billing = flows.sign_in_to_billing_center(sign_in_page, member["email"], PASSWORD)
    assert isinstance(billing, BillingCenterPage)
    expected = vocab.format("contact_billing_admin", user=admin["full_name"], email=admin["email"])
    # The note: the message, then the paragraph of its Email the billing admin button.
    assert billing.note_paragraphs() == [expected, vocab.email_the_billing_admin]
    mail_to = flows.billing_admin_contact(billing)
    assert mail_to.address == admin["email"]
    assert mail_to.subject is not None
    assert mail_to.subject.endswith(account["name"])
    assert not billing.product("GoToMeeting").has_options_icon()


def test_the_billing_contact_has_no_billing_admin_to_email(api: ControlApi, open_page: OpenPage) -> None:
    account = member_account(api, "en", "contact-en")
    sign_in_page = SignInPage(open_page("en"), Vocabulary.for_locale("en")).open()
    billing = flows.sign_in_to_billing_center(sign_in_page, account["users"][0]["email"], PASSWORD)
    assert billing.note_paragraphs() == []
    with pytest.raises(AssertionError, match="no 'Email the billing admin' button"):
        billing.email_billing_admin()


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_portal_says_invalid_user_id_or_invalid_user_id_password(
    api: ControlApi, open_page: OpenPage, locale: Language
) -> None:
    corporate_account(api, locale, f"errors-{locale}")
    vocab = Vocabulary.for_locale(locale)
    portal = portal_page(open_page, locale)
    assert portal.offers_sign_in()
    assert flows.corporate_portal_sign_in_refused(portal, f"NOBODY-{locale}", PASSWORD) == vocab.invalid_user_id
    wrong = flows.corporate_portal_sign_in_refused(portal, f"CORP-errors-{locale}", "not-the-password")
    assert wrong == vocab.invalid_user_id_password


def test_forgot_password_mails_a_link_that_works_once(api: ControlApi, open_page: OpenPage, mock: MockServer) -> None:
    locale: Language = "de"
    account = corporate_account(api, locale, "reset-de")
    admin = account["users"][0]
    vocab = Vocabulary.for_locale(locale)
    portal = portal_page(open_page, locale)
    forgot = flows.ask_for_password_reset(portal, admin["portal_user_id"])
    assert forgot.confirmation()
    mail = MailpitMailbox(mock.mailbox_url).wait_for(admin["email"], subject_contains=vocab.reset_email_subject)
    assert mail.subject == vocab.reset_email_subject
    assert mail.to == (admin["email"],)
    link = reset_link_of(mail, vocab)
    assert link.startswith(f"{mock.url}/corp-billing/reset-password/")
    back = flows.reset_password_by_link(portal, link, NEW_PASSWORD)
    assert back.sign_in_notice() == vocab.password_changed
    signed_in = flows.sign_in_to_corporate_portal(back, admin["portal_user_id"], NEW_PASSWORD)
    assert signed_in.account_name() == account["name"]
    # The link is used up: a second use is refused, saying so.
    assert flows.reset_link_refusal(signed_in, link) == vocab.error_reset_link_used


def test_an_unused_link_expires_by_the_accounts_clock(api: ControlApi, open_page: OpenPage, mock: MockServer) -> None:
    locale: Language = "it"
    account = corporate_account(api, locale, "expiry-it")
    admin = account["users"][0]
    vocab = Vocabulary.for_locale(locale)
    portal = portal_page(open_page, locale)
    flows.ask_for_password_reset(portal, admin["portal_user_id"])
    mail = MailpitMailbox(mock.mailbox_url).wait_for(admin["email"], subject_contains=vocab.reset_email_subject)
    link = reset_link_of(mail, vocab)
    api.set_clock(account["id"], TODAY + timedelta(days=2))
    assert flows.reset_link_refusal(portal, link) == vocab.error_reset_link_expired


def test_the_sign_in_help_pages_pass_the_accessibility_scan(
    api: ControlApi, open_page: OpenPage, mock: MockServer
) -> None:
    """axe-core (the scan `--axe` runs in scenarios) on each page of article 008, errors shown."""
    locale: Language = "en"
    account = corporate_account(api, locale, "axe-en")
    admin = account["users"][0]
    vocab = Vocabulary.for_locale(locale)
    portal = portal_page(open_page, locale)
    flows.corporate_portal_sign_in_refused(portal, admin["portal_user_id"], "not-the-password")
    scanned = {"the portal's sign-in with its error": scan(portal.page)}
    forgot = flows.ask_for_password_reset(portal, admin["portal_user_id"])
    scanned["Forgot Password? after Submit"] = scan(forgot.page)
    link = reset_link_of(MailpitMailbox(mock.mailbox_url).wait_for(admin["email"]), vocab)
    reset = open_reset_link(forgot.page, vocab, link)
    assert isinstance(reset, ResetPasswordPage)
    scanned["the new password's page with its error"] = scan(reset.save_expecting_error("short").page)
    scanned["the portal after the new password"] = scan(reset.save(NEW_PASSWORD).page)
    flows.reset_link_refusal(portal, link)
    scanned["the used link's page"] = scan(portal.page)
    member = member_account(api, locale, "axe-member-en")
    sign_in_page = SignInPage(open_page(locale), vocab).open()
    billing = flows.sign_in_to_billing_center(sign_in_page, member["users"][1]["email"], PASSWORD)
    scanned["the Billing Center of a member"] = scan(billing.page)
    assert {page: violations for page, violations in scanned.items() if violations} == {}


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_account_builders_people_sign_in_as_article_008_says(
    api: ControlApi, open_page: OpenPage, locale: Language
) -> None:
    """The accounts the scenarios get (`billing_e2e.accounts`): a corporate billing contact signs in
    to the portal with its User ID; a member is told whom to contact."""
    vocab = Vocabulary.for_locale(locale)
    factory = DataFactory(locale, 8)  # one factory: its people are all different
    corporate = create_test_account(api, "corporate", locale, factory, TODAY)
    assert corporate.portal_user_id == portal_user_id_of(corporate.billing_contact)
    portal = portal_page(open_page, locale)
    signed_in = flows.sign_in_to_corporate_portal(portal, corporate.portal_user_id, corporate.billing_contact.password)
    assert signed_in.account_name() == corporate.name
    member = create_test_account(api, "not_billing_contact", locale, factory, TODAY)
    assert member.portal_user_id is None
    sign_in_page = SignInPage(open_page(locale), vocab).open()
    billing = flows.sign_in_to_billing_center(sign_in_page, member.sign_in.email, member.sign_in.password)
    admin = member.billing_contact
    assert vocab.format("contact_billing_admin", user=admin.full_name, email=admin.email) in billing.note_paragraphs()
    assert flows.billing_admin_contact(billing).address == admin.email

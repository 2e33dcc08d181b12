"""Steps of signing in (article 008): the Billing Center at its address and what it lets a billing
contact do, the message a member who is not a billing contact reads (and where "Email the billing
admin" writes), the Corporate Billing Portal's own sign-in with its two errors, and Forgot
Password?: the reset email, its link, the new password, and the link refused when used again.

Expected values are the harness's own: the account it made (its name, its subscriptions, its
billing contact's name, email address and portal User ID), the password it chose, and the
vocabulary's texts for the locale; nothing is read back from the page to be compared with itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page

import flows
from billing_e2e.domain import PRODUCT_NAMES
from billing_e2e.factories import DataFactory
from billing_e2e.targets import Target
from fixtures.reporting import ScenarioNotes
from pages import BillingCenterPage, CorporatePortalPage, ForgotPasswordPage, reset_link_of
from pages.base import CurrentPage, arrive
from pages.vocabulary import Vocabulary

from .mail_steps import mailbox_of, require_whole_message
from .phrasing import require_label, then, when
from .state import ScenarioAccount


@dataclass(frozen=True)
class PortalAttempt:
    """A sign-in on the portal the scenario made, which must be refused: the User ID typed and the
    error it must get (a vocabulary key)."""

    user_id: str
    expected_error: str


@dataclass(frozen=True)
class PasswordReset:
    """A reset the scenario asked for: the link its email carried and the password it chose
    (None: not chosen yet)."""

    link: str
    new_password: str | None = None


def _billing_admin(account: ScenarioAccount) -> tuple[str, str]:
    admin = account.billing_admin
    if admin is None:
        pytest.skip("the live account file does not name the billing admin: the message cannot be checked")
    return admin.full_name, admin.email


def _portal_user_id(account: ScenarioAccount) -> str:
    if account.portal_user_id is None:
        raise AssertionError("the scenario's account has no portal User ID: it must be a corporate account")
    return account.portal_user_id


def _open_portal(url: str, page: Page, vocabulary: Vocabulary, billing_target: Target) -> CorporatePortalPage:
    """The Corporate Billing Portal at the address the article names, not signed in."""
    address = billing_target.request_url(url)
    if address is None:
        raise AssertionError(f"the target cannot open {url}")
    page.goto(address)
    portal = arrive(f"opening {url}", CorporatePortalPage(page, vocabulary))
    assert portal.offers_sign_in(), f"{url} shows no sign-in form to a visitor who has not signed in"
    return portal


# --- the Billing Center -------------------------------------------------------------------------


@then()
def in_the_billing_center(
    site: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    scenario_notes: ScenarioNotes,
) -> None:
    require_label(vocabulary, "site", site)
    shown = current_page(BillingCenterPage).products()
    if not account.subscriptions:
        scenario_notes.not_checked("which subscriptions the account holds", "the live account file does not say")
        assert shown, f"the {site} shows no subscriptions"
        return
    expected = sorted(PRODUCT_NAMES[sub.product] for sub in account.subscriptions)
    assert sorted(shown) == expected, f"the {site} shows {shown}, the account holds {expected}"


@then()
def billing_center_offers_its_tasks(
    site: str, account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    """Each task the article lists, reached through the flows (each page object checks arrival):
    Edit Subscription with its billing frequency, Billing History, and Payment Method's form up to
    Update Payment Method (nothing is pressed that changes the account)."""
    require_label(vocabulary, "site", site)
    billing = current_page(BillingCenterPage)
    product = billing.products()[0]
    if account.subscriptions:
        product = PRODUCT_NAMES[account.subscriptions[0].product]
    edit = flows.open_edit_subscription(billing, product)
    assert edit.selected_frequency() is not None, f"Edit Subscription of {product} offers no billing frequency"
    billing = BillingCenterPage(edit.page, vocabulary).open()
    history = flows.to_billing_history(billing)
    flows.to_update_payment_method(history)
    BillingCenterPage(edit.page, vocabulary).open()


# --- a member who is not a billing contact --------------------------------------------------------


@then()
def billing_admin_message(account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    name, email = _billing_admin(account)
    shown = current_page(BillingCenterPage).note_paragraphs()
    expected = vocabulary.format("contact_billing_admin", user=name, email=email)
    assert expected in shown, f"the notes read {shown!r}, none of them {expected!r}"


@then()
def email_the_billing_admin(
    email_the_billing_admin: str, account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "email_the_billing_admin", email_the_billing_admin)
    _, email = _billing_admin(account)
    mail_to = flows.billing_admin_contact(current_page(BillingCenterPage))
    assert mail_to.address == email, f"{email_the_billing_admin} writes to {mail_to.address}, the admin is {email}"


# --- the Corporate Billing Portal's sign-in -------------------------------------------------------


@when()
def sign_in_to_the_portal(
    portal: str, url: str, page: Page, account: ScenarioAccount, vocabulary: Vocabulary, billing_target: Target
) -> None:
    require_label(vocabulary, "corporate_billing_portal", portal)
    opened = _open_portal(url, page, vocabulary, billing_target)
    flows.sign_in_to_corporate_portal(opened, _portal_user_id(account), account.password)


@then()
def portal_shows_my_account(
    portal: str, account: ScenarioAccount, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "corporate_billing_portal", portal)
    shown = current_page(CorporatePortalPage).account_name()
    assert shown == account.name, f"the {portal} shows the account {shown!r}, signed in to {account.name!r}"


@when(target_fixture="portal_attempt")
def sign_in_with_an_unknown_user_id(
    portal: str,
    url: str,
    page: Page,
    account: ScenarioAccount,
    vocabulary: Vocabulary,
    billing_target: Target,
    test_data: DataFactory,
) -> PortalAttempt:
    require_label(vocabulary, "corporate_billing_portal", portal)
    # The account's own User ID with a suffix nobody has: the harness made every User ID there is.
    user_id = f"{_portal_user_id(account)}-{test_data.password()[:6]}"
    opened = _open_portal(url, page, vocabulary, billing_target)
    flows.corporate_portal_sign_in_refused(opened, user_id, account.password)
    return PortalAttempt(user_id, "invalid_user_id")


@when(target_fixture="portal_attempt")
def sign_in_with_a_wrong_password(
    portal: str,
    url: str,
    page: Page,
    account: ScenarioAccount,
    vocabulary: Vocabulary,
    billing_target: Target,
    test_data: DataFactory,
) -> PortalAttempt:
    require_label(vocabulary, "corporate_billing_portal", portal)
    wrong = test_data.password()
    assert wrong != account.password
    opened = _open_portal(url, page, vocabulary, billing_target)
    flows.corporate_portal_sign_in_refused(opened, _portal_user_id(account), wrong)
    return PortalAttempt(_portal_user_id(account), "invalid_user_id_password")


@then()
def portal_sign_in_refused(
    message: str, portal_attempt: PortalAttempt, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, portal_attempt.expected_error, message)
    portal = current_page(CorporatePortalPage)
    shown = portal.sign_in_error()
    assert shown == message, f"signing in as {portal_attempt.user_id!r} showed {shown!r}, expected {message!r}"
    assert portal.offers_sign_in(), "after the refusal the portal no longer offers its sign-in form"
    assert portal.account_name() is None, f"a refused sign-in shows the account {portal.account_name()!r}"


# --- Forgot Password? ---------------------------------------------------------------------------


@when()
def ask_for_a_reset_link(
    portal: str,
    url: str,
    forgot_password: str,
    submit: str,
    page: Page,
    account: ScenarioAccount,
    vocabulary: Vocabulary,
    billing_target: Target,
) -> None:
    require_label(vocabulary, "corporate_billing_portal", portal)
    require_label(vocabulary, "forgot_password", forgot_password)
    require_label(vocabulary, "submit", submit)
    opened = _open_portal(url, page, vocabulary, billing_target)
    answered = flows.ask_for_password_reset(opened, _portal_user_id(account))
    assert answered.error() is None, f"{submit} was refused: {answered.error()!r}"
    assert answered.confirmation(), f"{submit} says nothing was sent"


@then(target_fixture="password_reset")
def reset_link_sent(
    account: ScenarioAccount, billing_target: Target, vocabulary: Vocabulary, scenario_notes: ScenarioNotes
) -> PasswordReset:
    subject = vocabulary.reset_email_subject
    message = mailbox_of(billing_target).wait_for(account.email, subject_contains=subject)
    require_whole_message(message, subject=subject, account=account, target=billing_target, notes=scenario_notes)
    return PasswordReset(reset_link_of(message, vocabulary))


@when(target_fixture="password_reset")
def choose_a_new_password(
    password_reset: PasswordReset, current_page: CurrentPage, test_data: DataFactory
) -> PasswordReset:
    new_password = test_data.password()
    # Opened from the mail program: the browser is still on Forgot Password?, which said it was sent.
    back = flows.reset_password_by_link(current_page(ForgotPasswordPage), password_reset.link, new_password)
    notice = back.sign_in_notice()
    assert notice == back.vocab.password_changed, f"after saving the new password the portal says {notice!r}"
    return PasswordReset(password_reset.link, new_password)


@then()
def new_password_signs_in(
    portal: str,
    password_reset: PasswordReset,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
) -> None:
    require_label(vocabulary, "corporate_billing_portal", portal)
    assert password_reset.new_password is not None, "the scenario chose no new password"
    user_id = _portal_user_id(account)
    opened = current_page(CorporatePortalPage)
    refused = flows.corporate_portal_sign_in_refused(opened, user_id, account.password)
    assert refused == vocabulary.invalid_user_id_password, f"the old password got {refused!r}"
    signed_in = flows.sign_in_to_corporate_portal(opened, user_id, password_reset.new_password)
    assert signed_in.account_name() == account.name, f"the new password signed in to {signed_in.account_name()!r}"


@then()
def reset_link_used_once(
    message: str, password_reset: PasswordReset, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "error_reset_link_used", message)
    assert password_reset.new_password is not None, "the link was not used yet"
    reason = flows.reset_link_refusal(current_page(CorporatePortalPage), password_reset.link)
    assert reason == message, f"the used link's page says {reason!r}, expected {message!r}"

"""The defect catalogue: every defect is off by default, and visible over HTTP when it is on.

Each check states what the product does right, over HTTP, as a browser would see it; a failed
observation raises `ProductDiffers` (not AssertionError, so a check whose set-up fails is not
taken for a caught defect). `test_each_defect_is_off_by_default_and_visible_when_on` runs a
defect's check with nothing active (it must pass), resets the mock, turns the defect on and runs
it again (it must observe the difference). Expected values are computed here, never read back.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest
from flask import Flask

from billing_e2e.control_api import ControlApi, ControlApiError
from mock_server import defects, payment
from mock_server.defects.regressions import accept_any_eu_vat_number, renamed_labels
from pages.invoice_facts import read_invoice
from pages.vocabulary import Vocabulary
from tools.sign_in import csrf_token

from .conftest import Browser, contact, sign_in, subscription
from .test_billing_flows import CARD, PERIOD_START, TODAY, mail_text, mails_to, place_order
from .test_cancel import EXPIRES, cancel, reactivate
from .test_cancel import account_with as cancel_account
from .test_cancel import signed_in as cancel_signed_in

pytestmark = pytest.mark.http

OTHER_COUNTRY_VAT = "DE136695976"
VALID_IT_VAT = "IT00743110157"  # a valid German number, for an account in Italy
CREDIT = "247.50"  # 495.00 paid for Nov 1 – Dec 1, 15 of 30 days left on TODAY
TRIAL_ENDED = date(2026, 11, 2)


class ProductDiffersError(Exception):
    """The product did not do what it should: the check observed the defect."""


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise ProductDiffersError(what)


Check = Callable[[Flask, ControlApi], None]


def account(
    control: ControlApi,
    locale: str = "en",
    *,
    kind: str = "self_service",
    paid: str = "495.00",
    licenses: int = 5,
    card: bool = True,
    **extra: Any,
) -> dict[str, Any]:
    """An account in Italy, billed in EUR: GoTo Webinar Standard, paid for Nov 1 – Dec 1."""
    spec: dict[str, Any] = {
        "kind": kind,
        "locale": locale,
        "currency": "EUR",
        "country": "IT",
        "today": TODAY.isoformat(),
        "users": [contact(locale, kind), contact(locale, kind, billing_contact=False)],
        "subscriptions": [
            subscription("goto-webinar", "standard", licenses, period_start=PERIOD_START.isoformat(), paid_amount=paid)
        ],
        **extra,
    }
    if card:
        spec["card_on_file"] = {"holder": "Giulia Bianchi", "last4": "4242", "expiry": "12/29"}
    return control.create_account(spec)


def buyer(app: Flask, made: dict[str, Any]) -> Browser:
    return sign_in(app, made["users"][0]["email"])


def choose(browser: Browser, made: dict[str, Any], **choice: str) -> Any:
    """Edit Subscription with these choices (default: 6 licenses), then Proceed to Checkout."""
    sub_id = made["subscriptions"][0]["id"]
    form = {"tier": "standard", "licenses": "6", "frequency": "monthly", "action": "checkout", **choice}
    response = browser.post_form(f"/subscriptions/{sub_id}/edit", data=form)
    assert response.status_code in (302, 422), response.status_code
    return response


def checkout(app: Flask, control: ControlApi, locale: str = "en", **extra: Any) -> str:
    """The Checkout page after choosing 6 licenses (frequency etc. in `extra['choice']`)."""
    choice = extra.pop("choice", {})
    made = account(control, locale, **extra)
    browser = buyer(app, made)
    choose(browser, made, **choice)
    return browser.text("/checkout")


def ordered(app: Flask, control: ControlApi, locale: str = "en", **form: str) -> tuple[dict[str, Any], Browser, Any]:
    """(account, browser, Place Order's answer) after choosing 6 licenses."""
    made = account(control, locale, card="card_number" not in form)
    browser = buyer(app, made)
    choose(browser, made)
    return made, browser, place_order(browser, **form)


def confirmation_text(app: Flask, control: ControlApi, locale: str = "en") -> str:
    made, browser, _answer = ordered(app, control, locale)
    mails = mails_to(browser.client, made["users"][0]["email"])
    assert mails, "no confirmation email"
    return mail_text(browser.client, mails[0]["ID"])


def confirmation_raw(app: Flask, control: ControlApi, locale: str = "en") -> str:
    made, browser, _answer = ordered(app, control, locale)
    mails = mails_to(browser.client, made["users"][0]["email"])
    assert mails, "no confirmation email"
    return browser.client.get(f"/mailbox/api/v1/message/{mails[0]['ID']}/raw").get_data(as_text=True)


# --- the checks ---------------------------------------------------------------------------------


def shows_label(html: str, label: str) -> bool:
    """The label stands whole as an element's text (an apostrophe as is, or as the page escapes it)."""
    pattern = "(?:'|&#39;)".join(re.escape(part) for part in label.split("'"))
    return re.search(rf">\s*{pattern}\s*<", html) is not None


# The label defects (mock_server/defects/renamed_labels.toml) rename a label in one language: each
# check reads the page in that language and looks for the harness's own label (pages/vocabulary.toml).
def place_order_label(locale: str) -> Check:
    def check(app: Flask, control: ControlApi) -> None:
        label = Vocabulary.for_locale(locale).place_order
        expect(shows_label(checkout(app, control, locale), label), f"the Checkout button reads {label}")

    return check


def proceed_label(locale: str) -> Check:
    def check(app: Flask, control: ControlApi) -> None:
        made = account(control, locale)
        html = buyer(app, made).text(f"/subscriptions/{made['subscriptions'][0]['id']}/edit")
        label = Vocabulary.for_locale(locale).proceed_to_checkout
        expect(shows_label(html, label), f"the button reads {label}")

    return check


def edit_subscription_label(locale: str) -> Check:
    def check(app: Flask, control: ControlApi) -> None:
        label = Vocabulary.for_locale(locale).edit_subscription
        expect(shows_label(buyer(app, account(control, locale)).text("/billing"), label), f"the menu offers {label}")

    return check


def options_menu_has_an_item(app: Flask, control: ControlApi) -> None:
    # Edit Subscription itself: the menu has Cancel Subscription besides it.
    html = buyer(app, account(control)).text("/billing")
    expect(re.search(r'role="menuitem" href="[^"]*/edit">Edit Subscription<', html) is not None, "Edit Subscription")


def empty_cart_proceeds_to_checkout(app: Flask, control: ControlApi) -> None:
    made = account(control)
    html = buyer(app, made).text(f"/subscriptions/{made['subscriptions'][0]['id']}/edit")
    expect("Proceed to Checkout" in html and "Add to Cart" not in html, "an empty cart offers Proceed to Checkout")


def credit_for_the_unused_part(app: Flask, control: ControlApi) -> None:
    expect(f"−€{CREDIT}" in checkout(app, control), f"a credit of {CREDIT} for 15 of 30 days")


def balance_is_spent(app: Flask, control: ControlApi) -> None:
    html = checkout(app, control, balance="100.00")  # 594.00 - 247.50 - 100.00
    expect("<dd>€246.50</dd>" in html, "the balance pays 100.00 of 346.50")


def half_a_cent_rounds_up(app: Flask, control: ControlApi) -> None:
    expect("−€0.51" in checkout(app, control, paid="1.01"), "a credit of 0.505 is 0.51")


def annual_costs_a_year(app: Flask, control: ControlApi) -> None:
    html = checkout(app, control, choice={"frequency": "annual", "licenses": "5"})
    expect("€4,950.00" in html, "5 annual licenses at 990.00")


def euro_amounts_in_euro(app: Flask, control: ControlApi) -> None:
    expect("€495.00" in buyer(app, account(control)).text("/billing"), "the price in euros")


def billing_date_moves_to_today(app: Flask, control: ControlApi) -> None:
    _made, browser, _answer = ordered(app, control)
    expect("December 16, 2026" in browser.text("/billing"), "the next billing date is a month from today")


def annual_period_is_a_year(app: Flask, control: ControlApi) -> None:
    html = checkout(app, control, choice={"frequency": "annual"})
    expect("November 16, 2026 to November 16, 2027" in html, "an annual period ends a year from today")


def german_dates(app: Flask, control: ControlApi) -> None:
    expect("1. Dezember 2026" in buyer(app, account(control, "de")).text("/billing"), "a German date")


def confirmation_to_the_buyer(app: Flask, control: ControlApi) -> None:
    made, browser, _answer = ordered(app, control)
    to_buyer = mails_to(browser.client, made["users"][0]["email"])
    to_member = mails_to(browser.client, made["users"][1]["email"])
    expect(len(to_buyer) == 1 and not to_member, "one confirmation, to the buyer only")


def confirmation_names_the_licenses(app: Flask, control: ControlApi) -> None:
    expect("User licenses: 6" in confirmation_text(app, control), "the email names 6 licenses")


def confirmation_total(app: Flask, control: ControlApi) -> None:
    expect("Total due: €346.50" in confirmation_text(app, control), "594.00 - 247.50 due")


def confirmation_in_italian(app: Flask, control: ControlApi) -> None:
    expect("Numero ordine:" in confirmation_text(app, control, "it"), "an Italian email")


def both_mail_parts(app: Flask, control: ControlApi) -> None:
    raw = confirmation_raw(app, control)
    expect("Content-Type: text/plain" in raw and "Content-Type: text/html" in raw, "a text and an HTML part")


def confirmation_headers(app: Flask, control: ControlApi, locale: str) -> EmailMessage:
    raw = confirmation_raw(app, control, locale).encode()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def german_subject_readable(app: Flask, control: ControlApi) -> None:
    subject = str(confirmation_headers(app, control, "de")["Subject"])
    expect(subject.startswith("Ihre Bestellung ") and subject.endswith(" ist bestätigt"), "a readable German subject")


def sender_is_the_billing_center(app: Flask, control: ControlApi) -> None:
    sender = str(confirmation_headers(app, control, "en")["From"])
    expect(sender == app.config["SETTINGS"].mail_sender, "the Billing Center's sender")


def edit_order_keeps_the_choices(app: Flask, control: ControlApi) -> None:
    made = account(control)
    browser = buyer(app, made)
    choose(browser, made, licenses="7")
    link = re.search(r'<a href="([^"]+)">Edit Order</a>', browser.text("/checkout"))
    assert link is not None
    expect('value="7"' in browser.text(link.group(1).replace("&amp;", "&")), "Edit Order shows the 7 licenses")


def downgrade_needs_support(app: Flask, control: ControlApi) -> None:
    made = account(control)
    response = choose(buyer(app, made), made, tier="lite", licenses="5")
    expect(response.status_code == 422, "a downgrade is refused online")


def corporate_goes_to_the_portal(app: Flask, control: ControlApi) -> None:
    made = account(control, kind="corporate")
    browser = Browser(app.test_client())
    answer = browser.post_form("/signin", data={"email": made["users"][0]["email"], "password": "Secret-Passw0rd!"})
    expect(answer.headers["Location"].endswith("/corp-billing"), "a corporate account goes to the portal")


def member_cannot_change(app: Flask, control: ControlApi) -> None:
    made = account(control)
    member = sign_in(app, made["users"][1]["email"])
    status = member.get(f"/subscriptions/{made['subscriptions'][0]['id']}/edit").status_code
    expect(status == 403, "a user who is not a billing contact cannot edit")


def legacy_host_redirects(app: Flask, control: ControlApi) -> None:
    answer = app.test_client().get("/signin", base_url="http://billing.logmeininc.com")
    expect(answer.status_code == 301, "the legacy host redirects")


def ended_trial_offers_subscribe_now(app: Flask, control: ControlApi) -> None:
    trial = subscription("gotomeeting", "business", 3, status="trial", trial_ends_on=TRIAL_ENDED.isoformat())
    made = account(control, subscriptions=[trial])
    expect("Subscribe Now" in buyer(app, made).text("/billing"), "an ended trial offers Subscribe Now")


def trial_runs_to_its_last_day(app: Flask, control: ControlApi) -> None:
    trial = subscription("gotomeeting", "business", 3, status="trial", trial_ends_on=TODAY.isoformat())
    made = account(control, subscriptions=[trial])
    expect("Subscribe Now" not in buyer(app, made).text("/billing"), "on its last day the trial still runs")


def stale_cart_change_refused(app: Flask, control: ControlApi) -> None:
    downgrade = {"kind": "change", "product": "goto-webinar", "tier": "lite", "licenses": 5, "frequency": "monthly"}
    made = account(control, cart=[{**downgrade, "subscription_index": 0}])
    answer = place_order(buyer(app, made))
    expect(answer.status_code == 422, "a downgrade left in the cart is refused at Place Order")


def start_trial(app: Flask, control: ControlApi) -> tuple[dict[str, Any], Browser, str]:
    made = account(control)
    browser = buyer(app, made)
    page = "/add/goto-resolve/try/confirm?tier=standard&licenses=2"
    answer = browser.post_form(page, action="/add/goto-resolve/try/confirm", data={"tier": "standard", "licenses": "2"})
    assert answer.status_code == 302, answer.status_code
    return made, browser, browser.text(answer.headers["Location"])


def trial_confirmation_says_when_it_ends(app: Flask, control: ControlApi) -> None:
    expect("Trial ends on" in start_trial(app, control)[2], "the confirmation names the trial's end")


def trial_welcome_email(app: Flask, control: ControlApi) -> None:
    made, browser, _page = start_trial(app, control)
    expect(len(mails_to(browser.client, made["users"][0]["email"])) == 1, "a welcome email")


def no_more_users_than_licenses(app: Flask, control: ControlApi) -> None:
    made = account(control, licenses=1)
    sub_id = made["subscriptions"][0]["id"]
    browser = buyer(app, made)
    cells = [f"{user['id']}-{sub_id}" for user in made["users"]]
    html = browser.text("/users")
    form: dict[str, Any] = {"csrf_token": csrf_token(html), "cell": cells}
    form.update({f"assign-{cell}": "on" for cell in cells})
    expect(browser.client.post("/users", data=form).status_code == 422, "2 users for 1 license are refused")


def the_order_empties_the_cart(app: Flask, control: ControlApi) -> None:
    made, _browser, _answer = ordered(app, control)
    expect(control.account(made["id"])["cart"] == [], "an empty cart after the order")


def the_last_license_can_be_given(app: Flask, control: ControlApi) -> None:
    made = account(control, licenses=1)
    sub_id = made["subscriptions"][0]["id"]
    browser = buyer(app, made)
    cell = f"{made['users'][0]['id']}-{sub_id}"
    form = {"csrf_token": csrf_token(browser.text("/users")), "cell": [cell], f"assign-{cell}": "on"}
    expect(browser.client.post("/users", data=form).status_code == 302, "1 user for 1 license is saved")


def malformed_vat_refused(app: Flask, control: ControlApi) -> None:
    expect(ordered(app, control, vat_number="IT123")[2].status_code == 422, "IT123 is refused")


def other_country_vat_refused(app: Flask, control: ControlApi) -> None:
    expect(ordered(app, control, vat_number=OTHER_COUNTRY_VAT)[2].status_code == 422, "a German number is refused")


def expired_card_refused(app: Flask, control: ControlApi) -> None:
    expect(ordered(app, control, **{**CARD, "card_expiry": "01/20"})[2].status_code == 422, "01/20 has expired")


def declined_card_refused(app: Flask, control: ControlApi) -> None:
    declined = {**CARD, "card_number": payment.ALWAYS_DECLINED_CARD}
    expect(ordered(app, control, **declined)[2].status_code == 422, "the declined card is refused")


def second_submit_makes_no_second_order(app: Flask, control: ControlApi) -> None:
    made = account(control)
    browser = buyer(app, made)
    choose(browser, made)
    html = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', html)
    assert token is not None
    form = {"csrf_token": csrf_token(html), "checkout_token": token.group(1)}
    for _click in range(2):
        assert browser.client.post("/checkout", data=form).status_code == 302
    one_mail = len(mails_to(browser.client, made["users"][0]["email"])) == 1
    expect(len(control.orders(made["id"])) == 1 and one_mail, "one order, one email")


# --- Payment Method and Billing History (issue 24) -------------------------------------------------

RENEWAL_DAY = date(2026, 12, 1)  # the next billing date of `account`'s subscription


def declined_card_keeps_the_card_on_file(app: Flask, control: ControlApi) -> None:
    made = account(control)
    declined = {**CARD, "card_number": payment.ALWAYS_DECLINED_CARD}
    answer = buyer(app, made).post_form("/billing/payment-method/edit", data=declined)
    kept = control.account(made["id"])["card_on_file"]["last4"] == "4242"
    expect(answer.status_code == 422 and kept, "the declined card is refused and the old one kept")


def result_page_names_the_frequency(app: Flask, control: ControlApi) -> None:
    _made, browser, answer = ordered(app, control)
    assert answer.status_code == 302, answer.status_code
    result = browser.text(answer.headers["Location"])
    expect("<dd>Monthly</dd>" in result and "<dd>Annual</dd>" not in result, "the result page says Monthly")


def confirmation_names_the_frequency(app: Flask, control: ControlApi) -> None:
    raw = confirmation_raw(app, control)
    message = email.message_from_string(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    parts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    expect(len(parts) == 2, "a text and an HTML part")
    text, html = parts
    monthly = "Billing frequency: Monthly" in text and "<td>Monthly</td>" in html
    expect(monthly and "Annual" not in text + html, "both parts say Monthly")


def checkout_vat_number_kept(app: Flask, control: ControlApi) -> None:
    made, _browser, answer = ordered(app, control, vat_number=VALID_IT_VAT)
    kept = control.account(made["id"])["vat_number"] == VALID_IT_VAT
    expect(answer.status_code == 302 and kept, "the VAT number entered at Checkout is the account's")


def invoice_total_after_the_balance(app: Flask, control: ControlApi) -> None:
    made = account(control, balance="100.00")
    control.set_clock(made["id"], RENEWAL_DAY)
    (renewal,) = control.renewals(made["id"])
    pdf = buyer(app, made).get(f"/billing/history/{renewal['number']}/invoice.pdf").get_data()
    # 5 licenses at 99.00, the 100.00 balance spent first
    expect(read_invoice(pdf).money("Total", "en") == Decimal("395.00"), "the invoice's total is what was charged")


def cancelled_subscription_not_renewed(app: Flask, control: ControlApi) -> None:
    made = account(control)
    browser = buyer(app, made)
    sub_id = made["subscriptions"][0]["id"]
    assert browser.post_form("/billing", action=f"/subscriptions/{sub_id}/cancel").status_code == 302
    control.set_clock(made["id"], RENEWAL_DAY)
    expect(control.renewals(made["id"]) == [], "a cancelled subscription is not renewed")


def history_lists_renewals(app: Flask, control: ControlApi) -> None:
    made = account(control)
    control.set_clock(made["id"], RENEWAL_DAY)
    (renewal,) = control.renewals(made["id"])
    html = buyer(app, made).text("/billing/history")
    expect(f'<th scope="row">{renewal["number"]}</th>' in html, "the renewal is in the billing history")


# --- cancel and reactivate ---


def _cancelled(app: Flask, control: ControlApi) -> tuple[dict[str, Any], Browser, int]:
    """An account whose GoTo Webinar plan (paid until EXPIRES) was just cancelled with Yes, Cancel."""
    made = cancel_account(control, "en")
    browser, sub_id = cancel_signed_in(app, made)
    assert cancel(browser, sub_id).status_code == 302
    return made, browser, sub_id


def cancellation_email(app: Flask, control: ControlApi) -> None:
    made, browser, _sub_id = _cancelled(app, control)
    subjects = [mail["Subject"] for mail in mails_to(browser.client, made["users"][0]["email"])]
    expect(subjects == ["Your GoTo Webinar subscription is cancelled"], f"the cancellation email: {subjects}")


def cancellation_expires_at_the_period_end(app: Flask, control: ControlApi) -> None:
    _made, browser, sub_id = _cancelled(app, control)
    html = browser.text(f"/billing?cancelled={sub_id}")
    expect(f'<time datetime="{EXPIRES.isoformat()}">' in html, f"the window says it expires on {EXPIRES}")


def pending_cancellation_on_the_card(app: Flask, control: ControlApi) -> None:
    _made, browser, _sub_id = _cancelled(app, control)
    expect("Pending Cancellation" in browser.text("/billing"), "the card shows Pending Cancellation")


def reactivate_keeps_the_subscription(app: Flask, control: ControlApi) -> None:
    _made, browser, sub_id = _cancelled(app, control)
    assert reactivate(browser, sub_id).status_code == 302
    html = browser.text("/billing")
    expect("Pending Cancellation" not in html and "Cancel Subscription</a>" in html, "the plan renews again")


def cancel_window_opens_modal(app: Flask, control: ControlApi) -> None:
    with app.test_client().get("/static/billing.js") as response:
        script = response.get_data(as_text=True)
    expect("closeMenus();\n      dialog.showModal();" in script, "Cancel Subscription's window opens modal")


def reactivate_refused_after_the_expiry(app: Flask, control: ControlApi) -> None:
    made, browser, sub_id = _cancelled(app, control)
    control.set_clock(made["id"], EXPIRES)
    expect(reactivate(browser, sub_id).status_code == 422, "Reactivate is refused once the plan has expired")


def trial_menu_has_no_cancel(app: Flask, control: ControlApi) -> None:
    browser, _sub_id = cancel_signed_in(app, cancel_account(control, "en", trial=True))
    expect("Cancel Subscription" not in browser.text("/billing"), "a free trial's menu offers no Cancel Subscription")


# --- sign-in help and licenses from the card (articles 008, 009) ---


def _corporate_contact(control: ControlApi) -> tuple[dict[str, Any], str]:
    """A corporate account's billing contact with the portal User ID PORTAL_USER_ID."""
    made = account(
        control,
        kind="corporate",
        users=[
            {**contact("en", "corporate"), "portal_user_id": PORTAL_USER_ID},
            contact("en", "corporate", billing_contact=False),
        ],
    )
    return made, PORTAL_USER_ID


PORTAL_USER_ID = "CARTER-0042"
RESET_PATH = re.compile(r"http://localhost(/corp-billing/reset-password/[\w-]+\.[\w-]+)")


def _portal_error(app: Flask, user_id: str, password: str) -> str:
    browser = Browser(app.test_client())
    answer = browser.post_form("/corp-billing", "/corp-billing/signin", {"user_id": user_id, "password": password})
    found = re.search(r'role="alert"[^>]*>(.*?)</p>', answer.get_data(as_text=True), re.DOTALL)
    return found.group(1).strip() if found else ""


def portal_errors_in_place(app: Flask, control: ControlApi) -> None:
    _made, user_id = _corporate_contact(control)
    unknown, wrong = _portal_error(app, "NO-SUCH-USER", "x"), _portal_error(app, user_id, "not-the-password")
    expect(unknown == "Invalid User ID", f"an unknown User ID: {unknown!r}")
    expect(wrong == "Invalid User ID/password", f"a wrong password: {wrong!r}")


def _reset_links(app: Flask, made: dict[str, Any], user_id: str) -> list[str]:
    browser = Browser(app.test_client())
    assert browser.post_form("/corp-billing/forgot-password", data={"user_id": user_id}).status_code == 200
    client = app.test_client()
    texts = [mail_text(client, mail["ID"]) for mail in mails_to(client, made["users"][0]["email"])]
    return [path for text in texts for path in RESET_PATH.findall(text)]


def reset_email_sent(app: Flask, control: ControlApi) -> None:
    made, user_id = _corporate_contact(control)
    expect(len(set(_reset_links(app, made, user_id))) == 1, "Forgot Password? emails one reset link")


def reset_link_works_once(app: Flask, control: ControlApi) -> None:
    made, user_id = _corporate_contact(control)
    (link, *_) = _reset_links(app, made, user_id)
    for password in ("Brand-New-Passw0rd!", "Another-Passw0rd!"):
        data = {"password": password, "password_confirmation": password}
        last = Browser(app.test_client()).post_form("/corp-billing", action=link, data=data)
    expect(last.status_code == 410, f"the link used a second time: {last.status_code}")


def card_adds_the_licenses_chosen(app: Flask, control: ControlApi) -> None:
    made = account(control)
    sub_id = made["subscriptions"][0]["id"]
    page = f"/subscriptions/{sub_id}/edit?add=licenses"
    form = {"tier": "standard", "licenses": "8", "frequency": "monthly", "action": "checkout"}
    answer = buyer(app, made).post_form(
        page, action=f"/subscriptions/{sub_id}/edit", data=form, headers={"Referer": f"http://localhost{page}"}
    )
    assert answer.status_code == 302, answer.status_code
    in_cart = [item["licenses"] for item in control.account(made["id"])["cart"]]
    expect(in_cart == [8], f"the cart holds {in_cart} licenses after 8 chosen from the card")


def members_see_no_add_licenses(app: Flask, control: ControlApi) -> None:
    made = account(control)
    html = sign_in(app, made["users"][1]["email"]).text("/billing")
    expect("Add Organizers" not in html and "Add Users" not in html, "a member sees no button to add licenses")


CHECKS: dict[str, Check] = {
    "place-order-renamed-it": place_order_label("it"),
    "proceed-to-checkout-renamed-de": proceed_label("de"),
    "edit-subscription-renamed-en": edit_subscription_label("en"),
    "place-order-renamed-fr": place_order_label("fr"),
    "proceed-to-checkout-renamed-es": proceed_label("es"),
    "edit-subscription-renamed-pt": edit_subscription_label("pt"),
    "edit-subscription-missing": options_menu_has_an_item,
    "add-to-cart-with-empty-cart": empty_cart_proceeds_to_checkout,
    "proration-one-day-short": credit_for_the_unused_part,
    "credit-not-applied": credit_for_the_unused_part,
    "balance-not-used": balance_is_spent,
    "rounding-half-down": half_a_cent_rounds_up,
    "rounding-truncated": half_a_cent_rounds_up,
    "annual-at-monthly-price": annual_costs_a_year,
    "wrong-currency": euro_amounts_in_euro,
    "billing-date-not-moved": billing_date_moves_to_today,
    "annual-period-one-month-short": annual_period_is_a_year,
    "annual-period-one-month-long": annual_period_is_a_year,
    "english-dates-in-german": german_dates,
    "confirmation-not-sent": confirmation_to_the_buyer,
    "confirmation-to-other-user": confirmation_to_the_buyer,
    "confirmation-one-license-more": confirmation_names_the_licenses,
    "confirmation-wrong-total": confirmation_total,
    "confirmation-in-english-it": confirmation_in_italian,
    "email-subject-garbled-de-it": german_subject_readable,
    "email-sender-logmein-era": sender_is_the_billing_center,
    "email-text-part-missing": both_mail_parts,
    "email-html-part-missing": both_mail_parts,
    "edit-order-loses-choices": edit_order_keeps_the_choices,
    "tier-downgrade-accepted": downgrade_needs_support,
    "corporate-not-sent-to-portal": corporate_goes_to_the_portal,
    "member-can-change-subscriptions": member_cannot_change,
    "legacy-host-not-redirected": legacy_host_redirects,
    "subscribe-now-missing": ended_trial_offers_subscribe_now,
    "trial-confirmation-missing-end-date": trial_confirmation_says_when_it_ends,
    "trial-welcome-not-sent": trial_welcome_email,
    "one-user-more-than-licenses": no_more_users_than_licenses,
    "cart-kept-after-order": the_order_empties_the_cart,
    "last-license-cannot-be-assigned": the_last_license_can_be_given,
    "malformed-vat-accepted": malformed_vat_refused,
    "foreign-vat-accepted": other_country_vat_refused,
    "expired-card-accepted": expired_card_refused,
    "declined-card-accepted": declined_card_refused,
    "declined-card-saved-as-payment-method": declined_card_keeps_the_card_on_file,
    "result-page-other-frequency": result_page_names_the_frequency,
    "confirmation-other-frequency": confirmation_names_the_frequency,
    "checkout-vat-number-not-kept": checkout_vat_number_kept,
    "invoice-total-before-credit": invoice_total_after_the_balance,
    "cancelled-subscription-renewed": cancelled_subscription_not_renewed,
    "renewals-missing-from-history": history_lists_renewals,
    "double-submit-second-order": second_submit_makes_no_second_order,
    "cancellation-email-not-sent": cancellation_email,
    "cancellation-expires-a-day-early": cancellation_expires_at_the_period_end,
    "pending-cancellation-not-shown": pending_cancellation_on_the_card,
    "reactivate-does-nothing": reactivate_keeps_the_subscription,
    "reactivated-after-expiry": reactivate_refused_after_the_expiry,
    "trial-offers-cancel-subscription": trial_menu_has_no_cancel,
    "cancel-dialog-not-modal": cancel_window_opens_modal,
    "reset-link-reusable": reset_link_works_once,
    "portal-errors-swapped": portal_errors_in_place,
    "reset-email-not-sent": reset_email_sent,
    "card-added-licenses-one-short": card_adds_the_licenses_chosen,
    "add-licenses-offered-to-members": members_see_no_add_licenses,
    "stale-cart-change-ordered": stale_cart_change_refused,
    "trial-ends-a-day-early": trial_runs_to_its_last_day,
}


def test_every_defect_has_a_check_and_every_class_a_defect() -> None:
    assert set(CHECKS) == set(defects.names())
    assert len(defects.names()) >= 32
    assert {defect.kind for defect in defects.catalogue()} == set(defects.DEFECT_CLASSES)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) for name in defects.names())


@pytest.mark.parametrize("name", defects.names())
def test_each_defect_is_off_by_default_and_visible_when_on(app: Flask, control: ControlApi, name: str) -> None:
    check = CHECKS[name]
    check(app, control)
    control.reset()
    assert control.set_defects([name])["active"] == [name]
    with pytest.raises(ProductDiffersError):
        check(app, control)


def test_the_foreign_vat_defect_accepts_what_a_stricter_base_refuses() -> None:
    def refusing(raw: str, country: str) -> tuple[str | None, str | None]:
        number, problem = payment.check_vat_number(raw, country)
        if number is not None and not number.startswith(country):
            return None, "vat_other_country"
        return number, problem

    lenient = accept_any_eu_vat_number(refusing)
    assert refusing(OTHER_COUNTRY_VAT, "IT") == (None, "vat_other_country")
    assert lenient(OTHER_COUNTRY_VAT, "IT") == (OTHER_COUNTRY_VAT, None)
    assert lenient("IT123", "IT") == (None, "vat_invalid")
    assert lenient("00743110157", "IT") == ("IT00743110157", None)


# --- the control API and the command line ------------------------------------------------------


def test_the_control_api_lists_sets_refuses_and_clears(control: ControlApi) -> None:
    listed = control.defects()
    assert [d["name"] for d in listed["defects"]] == list(defects.names())
    assert listed["active"] == []
    first = listed["defects"][0]
    assert set(first) == {"name", "kind", "locales", "description", "active"}
    assert first["locales"] == ["it"]
    assert first["active"] is False
    chosen = ["credit-not-applied", "wrong-currency"]
    assert control.set_defects(chosen)["active"] == chosen
    with pytest.raises(ControlApiError) as refused:
        control.set_defects(["wrong-currency", "no-such-defect"])
    assert refused.value.status == 422
    assert [p.field for p in refused.value.problems] == ["active[1]"]
    assert "no-such-defect" in refused.value.problems[0].message
    assert "credit-not-applied" in refused.value.problems[0].message, "the known names are listed"
    assert control.defects()["active"] == chosen, "nothing changed"
    assert control.clear_defects()["active"] == []
    control.set_defects(chosen)
    control.reset()
    assert control.defects()["active"] == []


def test_the_openapi_document_describes_the_defect_endpoints(control: ControlApi, app: Flask) -> None:
    document = app.test_client().get("/_control/openapi.json").get_json()
    operations = document["paths"]["/_control/defects"]
    assert set(operations) == {"get", "put", "delete"}
    assert operations["put"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("DefectsSpec")
    schemas = document["components"]["schemas"]
    assert {"DefectsSpec", "DefectsOut", "DefectOut"} <= set(schemas)
    assert set(schemas["DefectOut"]["properties"]["kind"]["enum"]) == set(defects.DEFECT_CLASSES)


def test_defects_cannot_be_turned_on_without_test_mode(tmp_path: Any) -> None:
    from mock_server import create_app
    from mock_server.config import ConfigError, Settings

    with pytest.raises(ConfigError, match="--test-mode"):
        Settings(database=tmp_path / "x.sqlite3", defects=("wrong-currency",))
    app = create_app(Settings(database=tmp_path / "x.sqlite3"))
    assert defects.EXTENSION not in app.extensions
    assert app.test_client().get("/_control/defects").status_code == 404


def test_the_command_line_flag_names_known_defects_only() -> None:
    from mock_server.__main__ import build_parser, settings_from

    environ = {"BILLING_MOCK_CONTROL_TOKEN": "cli-test-control-token-0123"}
    args = build_parser().parse_args(["--test-mode", "--defect", "wrong-currency", "--defect", "credit-not-applied"])
    assert settings_from(args, environ).defects == ("wrong-currency", "credit-not-applied")


def test_a_renamed_labels_file_the_catalogue_cannot_use_is_refused(tmp_path: Any) -> None:
    bad = tmp_path / "renamed_labels.toml"
    bad.write_text('[x]\nlocale = "tlh"\nmsgid = "Place Order"\nreads = "a"\ndescription = "b"\n', "utf-8")
    with pytest.raises(defects.DefectError, match="locale 'tlh' is not a language of the mock"):
        renamed_labels(bad)
    bad.write_text('[x]\nlocale = "fr"\nmsgid = "No Such Label"\nreads = "a"\ndescription = "b"\n', "utf-8")
    with pytest.raises(defects.DefectError, match="no msgid 'No Such Label' in the fr catalog"):
        renamed_labels(bad)
    bad.write_text('[x]\nlocale = "fr"\nmsgid = "Place Order"\n', "utf-8")
    with pytest.raises(defects.DefectError, match=r"\[x\] needs exactly the strings"):
        renamed_labels(bad)

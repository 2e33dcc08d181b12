"""The articles' flows over HTTP: cards, Edit Subscription, cart, Checkout, Place Order, emails.

Expected amounts are computed here from the catalog price and the account's clock, never read
back from the mock.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape

from billing_e2e.control_api import ControlApi
from mock_server import auth
from mock_server.catalog import PRODUCTS
from tools.sign_in import csrf_token

from .conftest import PASSWORD, Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)  # 30-day period: 15 of 30 days remain on TODAY
CARD = {
    "card_holder": "Giulia Bianchi",
    "card_number": "4242 4242 4242 4242",
    "card_expiry": "12/29",
    "card_cvc": "123",
}


def price(product: str, tier: str, frequency: str = "monthly", currency: str = "EUR") -> Decimal:
    return PRODUCTS[product].tier(tier).unit_price(currency, frequency)  # type: ignore[arg-type]


def webinar_account(
    control: ControlApi, locale: str = "en", *, card: bool = False, cart: list[Any] | None = None, **extra: Any
) -> dict[str, Any]:
    paid = str(price("goto-webinar", "standard") * 5)
    spec: dict[str, Any] = {
        "kind": "self_service",
        "locale": locale,
        "currency": "EUR",
        "country": "IT",
        "today": TODAY.isoformat(),
        "users": [contact(locale), contact(locale, billing_contact=False)],
        "subscriptions": [
            subscription("goto-webinar", "standard", 5, period_start=PERIOD_START.isoformat(), paid_amount=paid)
        ],
        "cart": cart or [],
        **extra,
    }
    if card:
        spec["card_on_file"] = {"holder": "Giulia Bianchi", "last4": "4242", "expiry": "12/29"}
    return control.create_account(spec)


def billing_contact(app: Flask, account: dict[str, Any]) -> Browser:
    email = next(u["email"] for u in account["users"] if u["billing_contact"])
    return sign_in(app, email)


def mails_to(client: FlaskClient, email: str) -> list[dict[str, Any]]:
    found = client.get("/mailbox/api/v1/search", query_string={"query": f"to:{email}"}).get_json()
    messages: list[dict[str, Any]] = found["messages"]
    return messages


def mail_text(client: FlaskClient, message_id: str) -> str:
    text: str = client.get(f"/mailbox/api/v1/message/{message_id}").get_json()["Text"]
    return text


def edit(browser: Browser, sub_id: int, **choice: Any) -> Any:
    page = f"/subscriptions/{sub_id}/edit"
    return browser.post_form(
        page,
        data={"tier": "standard", "licenses": "5", "frequency": "monthly", "action": "checkout", **choice},
    )


def place_order(browser: Browser, **form: str) -> Any:
    html = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', html)
    assert token
    return browser.client.post(
        "/checkout", data={"csrf_token": csrf_token(html), "checkout_token": token.group(1), **form}
    )


# --- sign-in and sessions -------------------------------------------------------------------


def test_signing_in_starts_a_new_http_only_session(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = Browser(app.test_client())
    browser.get("/signin")
    # Before signing in the visitor has a signed cookie (its form's token), not a session.
    assert browser.client.get_cookie(auth.SESSION_COOKIE) is None
    before = browser.client.get_cookie(auth.VISITOR_COOKIE)
    assert before is not None
    response = browser.post_form("/signin", data={"email": account["users"][0]["email"], "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/billing")
    cookie_header = response.headers["Set-Cookie"]
    assert cookie_header.startswith(f"{auth.SESSION_COOKIE}=")
    assert "HttpOnly" in cookie_header
    assert "SameSite=Lax" in cookie_header
    first = browser.client.get_cookie(auth.SESSION_COOKIE)
    assert first is not None
    assert browser.client.get_cookie(auth.VISITOR_COOKIE) is None
    # Signing in again (the form sent from a signed-in page) starts another session and ends the first.
    again = browser.post_form(
        "/billing", action="/signin", data={"email": account["users"][0]["email"], "password": PASSWORD}
    )
    assert again.status_code == 302
    second = browser.client.get_cookie(auth.SESSION_COOKIE)
    assert second is not None
    assert second.value != first.value
    stale = app.test_client()
    stale.set_cookie(auth.SESSION_COOKIE, first.value)
    assert stale.get("/billing").status_code == 302, "the first session no longer signs anyone in"


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = Browser(app.test_client())
    response = browser.post_form("/signin", data={"email": account["users"][0]["email"], "password": "nope"})
    assert response.status_code == 401
    assert "The email address or password is not correct." in response.get_data(as_text=True)


def test_a_form_without_its_csrf_token_is_refused(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    response = browser.client.post(
        f"/subscriptions/{sub_id}/edit", data={"licenses": "9", "tier": "standard", "frequency": "monthly"}
    )
    assert response.status_code == 400
    assert browser.client.get("/cart").get_data(as_text=True).count("<tr>") == 0


def test_an_expired_session_asks_to_sign_in_again(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    assert control.expire_sessions(account["id"]) >= 1
    response = browser.get("/billing")
    assert response.status_code == 302
    assert "/signin" in response.headers["Location"]


# --- the Billing Center page ----------------------------------------------------------------


def test_cards_show_the_subscription_with_the_options_icon(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    html = billing_contact(app, account).text("/billing")
    assert "GoTo Webinar" in html
    assert 'aria-label="Options"' in html
    assert 'aria-haspopup="menu"' in html
    assert 'role="menuitem"' in html
    assert "Edit Subscription" in html
    assert "Add Organizers" in html
    assert "December 1, 2026" in html  # next billing date, en_US long format
    assert "€495.00" in html  # 5 × 99.00, en_US currency format


def test_italian_and_german_formats_follow_the_locale(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control, "it")
    browser = billing_contact(app, account)
    html = browser.text("/billing")
    assert '<html lang="it">' in html
    assert "495,00\xa0€" in html
    assert "1 dicembre 2026" in html
    german = browser.text("/billing?lang=de")
    assert '<html lang="de">' in german
    assert "1. Dezember 2026" in german
    assert '<html lang="de">' in browser.text("/billing"), "the ?lang= override sticks for the session"


def test_someone_who_is_not_a_billing_contact_sees_but_cannot_change(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    member = next(u["email"] for u in account["users"] if not u["billing_contact"])
    browser = sign_in(app, member)
    html = browser.text("/billing")
    assert "GoTo Webinar" in html
    admin = next(u for u in account["users"] if u["billing_contact"])
    # Article 008's message, naming the billing admin (the test's own account data, escaped as the page does).
    assert str(escape(f"Contact your billing admin ({admin['full_name']}, {admin['email']})")) in html
    assert 'aria-label="Options"' not in html
    sub_id = account["subscriptions"][0]["id"]
    assert browser.get(f"/subscriptions/{sub_id}/edit").status_code == 403
    token = csrf_token(html)
    response = browser.client.post(
        f"/subscriptions/{sub_id}/edit",
        data={"csrf_token": token, "tier": "pro", "licenses": "9", "frequency": "monthly"},
    )
    assert response.status_code == 403
    assert control.account(account["id"])["subscriptions"][0]["licenses"] == 5


def test_an_orders_page_is_for_the_billing_contacts_only(app: Flask, control: ControlApi) -> None:
    """A member who is not a billing contact is refused an order's page even by its URL (the
    mutation campaign's survivor: the page's guard removed, nothing failed)."""
    account = webinar_account(control)
    buyer = billing_contact(app, account)
    assert edit(buyer, account["subscriptions"][0]["id"], licenses="8").status_code == 302
    assert place_order(buyer, **CARD).status_code == 302
    number = control.orders(account["id"])[0]["number"]
    member = sign_in(app, next(u["email"] for u in account["users"] if not u["billing_contact"]))
    assert member.get(f"/orders/{number}").status_code == 403
    assert buyer.get(f"/orders/{number}").status_code == 200


def test_no_account_can_reach_another_accounts_subscription(app: Flask, control: ControlApi) -> None:
    mine = webinar_account(control)
    theirs = webinar_account(control, "de")
    browser = billing_contact(app, mine)
    their_sub = theirs["subscriptions"][0]["id"]
    assert browser.get(f"/subscriptions/{their_sub}/edit").status_code == 404
    response = browser.post_form(
        "/billing",
        action=f"/subscriptions/{their_sub}/edit",
        data={"tier": "pro", "licenses": "9", "frequency": "monthly"},
    )
    assert response.status_code == 404


def test_the_legacy_host_redirects_to_the_current_one(client: FlaskClient) -> None:
    response = client.get("/billing?x=1", headers={"Host": "billing.logmeininc.com"})
    assert response.status_code == 301
    assert response.headers["Location"] == "http://billing.goto.com/billing?x=1"


# --- Edit Subscription ----------------------------------------------------------------------


def test_edit_subscription_offers_plan_licenses_frequency_and_an_order_summary(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    html = billing_contact(app, account).text(f"/subscriptions/{account['subscriptions'][0]['id']}/edit")
    for label in (
        "Change",
        "User licenses",
        "Billing frequency",
        "Monthly",
        "Annual",
        "Order Summary",
        "Proceed to Checkout",
    ):
        assert label in html, label
    assert "<dialog" in html
    assert 'type="number"' in html
    assert 'aria-label="Add one user license"' in html
    assert 'aria-label="Remove one user license"' in html
    assert "Add to Cart" not in html


@pytest.mark.parametrize(
    ("licenses", "text"),
    [
        ("0", "You need at least 1 user license."),
        ("-4", "You need at least 1 user license."),
        ("abc", "must be a whole number"),
        ("100000", "at most 500 user licenses"),
        ("", "Enter the number of user licenses."),
    ],
)
def test_bad_license_counts_are_refused_and_change_nothing(
    app: Flask, control: ControlApi, licenses: str, text: str
) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    response = edit(browser, account["subscriptions"][0]["id"], licenses=licenses)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert text in html
    assert 'aria-invalid="true"' in html
    # the refused field's error alone: the fallback to the current count is no "unchanged selection"
    assert "the same as your current plan" not in html
    assert "Your cart is empty." in browser.text("/cart")


def test_an_unknown_tier_or_frequency_is_refused(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    assert "Choose one of the plans offered." in edit(browser, sub_id, tier="platinum").get_data(as_text=True)
    assert "Choose Monthly or Annual billing." in edit(browser, sub_id, frequency="weekly").get_data(as_text=True)


def test_a_tier_downgrade_points_to_support_instead(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    response = edit(browser, account["subscriptions"][0]["id"], tier="lite")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Contact Support" in html
    assert 'href="/support"' in html
    summary = browser.text(
        f"/subscriptions/{account['subscriptions'][0]['id']}/summary?tier=lite&licenses=5&frequency=monthly"
    )
    assert 'role="alert"' in summary, "the summary refuses the downgrade (the page's script blocks the submit)"
    assert 'href="/support"' in summary


def test_the_live_order_summary_prices_the_selection(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    html = browser.text(
        f"/subscriptions/{account['subscriptions'][0]['id']}/summary?tier=pro&licenses=8&frequency=monthly"
    )
    cost = price("goto-webinar", "pro") * 8
    credit = (price("goto-webinar", "standard") * 5 / 2).quantize(Decimal("0.01"))
    assert f"€{cost:,.2f}" in html
    assert f"€{cost - credit:,.2f}" in html


# --- checkout and orders --------------------------------------------------------------------


def test_more_licenses_go_through_checkout_with_payment_and_email(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    response = edit(browser, sub_id, licenses="8")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/checkout")

    review = browser.text("/checkout")
    cost = price("goto-webinar", "standard") * 8
    credit = (price("goto-webinar", "standard") * 5 * 15 / 30).quantize(Decimal("0.01"))
    due = cost - credit
    assert "<h1>Checkout</h1>" in review
    assert "November 16, 2026 to December 16, 2026" in review
    assert "starting today" in review
    assert f"€{cost:,.2f}" in review
    assert f"€{due:,.2f}" in review
    assert "Edit Order" in review
    assert "Payment details" in review
    assert "VAT Number" in review

    missing = place_order(browser)
    assert missing.status_code == 422
    assert "Enter the card number." in missing.get_data(as_text=True)
    assert control.orders(account["id"]) == []

    placed = place_order(browser, vat_number="IT00743110157", **CARD)
    assert placed.status_code == 302
    result = browser.client.get(placed.headers["Location"]).get_data(as_text=True)
    orders = control.orders(account["id"])
    assert len(orders) == 1
    number = orders[0]["number"]
    assert number in result
    assert "Don't forget to assign the new licenses" in result
    assert Decimal(orders[0]["total_due"]) == due
    assert orders[0]["vat_number"] == "IT00743110157"

    updated = control.account(account["id"])["subscriptions"][0]
    assert (updated["licenses"], updated["period_start"], updated["next_billing_date"]) == (
        8,
        "2026-11-16",
        "2026-12-16",
    )

    mails = mails_to(browser.client, account["users"][0]["email"])
    assert len(mails) == 1
    assert number in mails[0]["Subject"]
    # The headers as a mail client reads them: the configured sender, the buyer's language.
    raw = browser.client.get(f"/mailbox/api/v1/message/{mails[0]['ID']}/raw").get_data()
    headers = email.message_from_bytes(raw, policy=email.policy.default)
    assert (headers["From"], headers["Content-Language"]) == (app.config["SETTINGS"].mail_sender, "en")
    text = mail_text(browser.client, mails[0]["ID"])
    for expected in (
        "GoTo Webinar",
        "User licenses: 8",
        f"€{cost:,.2f}",
        f"€{due:,.2f}",
        "December 16, 2026",
    ):
        assert expected in text, expected


def test_placing_the_same_order_twice_makes_one_order_and_one_email(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control, card=True)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="6")
    html = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', html)
    assert token
    form = {"csrf_token": csrf_token(html), "checkout_token": token.group(1)}
    first = browser.client.post("/checkout", data=form)
    second = browser.client.post("/checkout", data=form)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]
    assert len(control.orders(account["id"])) == 1
    assert len(mails_to(browser.client, account["users"][0]["email"])) == 1


def test_fewer_licenses_leave_a_credit_and_ask_for_no_payment(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="2")
    review = browser.text("/checkout")
    assert "Payment details" not in review
    credit = (price("goto-webinar", "standard") * 5 / 2).quantize(Decimal("0.01"))
    left = credit - price("goto-webinar", "standard") * 2
    assert f"€{left:,.2f}" in review
    assert place_order(browser).status_code == 302
    assert Decimal(control.orders(account["id"])[0]["balance_after"]) == left
    assert f"€{left:,.2f}" in browser.text("/billing")


def test_a_card_on_file_pays_without_typing_it_again(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control, card=True)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], tier="pro")
    assert "ending in 4242" in browser.text("/checkout")
    assert place_order(browser).status_code == 302
    assert control.orders(account["id"])[0]["card_last4"] == "4242"


@pytest.mark.parametrize("how", ["test card", "injected fault"])
def test_a_declined_card_places_no_order(app: Flask, control: ControlApi, how: str) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="7")
    card = dict(CARD)
    if how == "test card":
        card["card_number"] = "4000 0000 0000 0002"
    else:
        control.add_fault(kind="card_declined", account_id=account["id"], count=1)
    response = place_order(browser, **card)
    assert response.status_code == 422
    assert "Your card was declined." in response.get_data(as_text=True)
    assert control.orders(account["id"]) == []
    assert control.account(account["id"])["subscriptions"][0]["licenses"] == 5
    assert mails_to(browser.client, account["users"][0]["email"]) == []


@pytest.mark.parametrize(
    ("country", "vat", "text"),
    [
        ("IT", "IT00743110158", "This VAT number is not valid for Italy."),
        ("IT", "12", "This VAT number is not valid for Italy."),
        # a valid German number, but the billing address is in Italy
        (
            "IT",
            "DE136695976",
            "This VAT number is from another country. Enter a VAT number of the country of your billing address"
            " (Italy).",
        ),
        # a billing address outside the EU has no EU VAT number
        (
            "US",
            "DE136695976",
            "Your billing address is outside the EU (United States), so an EU VAT number does not apply."
            " Leave the VAT number empty.",
        ),
    ],
)
def test_a_bad_vat_number_is_named_next_to_its_field(
    app: Flask, control: ControlApi, country: str, vat: str, text: str
) -> None:
    account = webinar_account(control, country=country)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="7")
    response = place_order(browser, vat_number=vat, **CARD)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert text in html
    assert 'id="vat_number-error"' in html
    assert "4242 4242" not in html, "the card number is never shown again"
    assert control.orders(account["id"]) == []
    assert control.account(account["id"])["subscriptions"][0]["licenses"] == 5


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "it",
            "Questo numero di partita IVA è di un altro paese. Inserisci un numero di partita IVA del paese del tuo"
            " indirizzo di fatturazione (Italia).",
        ),
        (
            "de",
            "Diese Umsatzsteuer-Identifikationsnummer gehört zu einem anderen Land. Geben Sie eine Nummer des Landes"
            " Ihrer Rechnungsadresse ein (Italien).",
        ),
    ],
)
def test_a_vat_number_of_another_country_is_refused_in_the_users_language(
    app: Flask, control: ControlApi, locale: str, text: str
) -> None:
    account = webinar_account(control, locale)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="7")
    response = place_order(browser, vat_number="DE136695976", **CARD)
    assert response.status_code == 422
    assert text in " ".join(response.get_data(as_text=True).split())
    assert control.orders(account["id"]) == []


def test_edit_order_goes_back_with_the_choices_kept(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    edit(browser, account["subscriptions"][0]["id"], licenses="9", frequency="annual")
    review = browser.text("/checkout")
    link = re.search(r'<a href="([^"]+)">Edit Order</a>', review)
    assert link
    page = browser.text(link.group(1).replace("&amp;", "&"))
    assert 'value="9"' in page
    assert re.search(r'value="annual"\s+checked', page)
    changed = browser.post_form(
        link.group(1).replace("&amp;", "&"),
        action=f"/subscriptions/{account['subscriptions'][0]['id']}/edit",
        data={
            "tier": "standard",
            "licenses": "10",
            "frequency": "annual",
            "action": "checkout",
            "item": _item_id(link.group(1)),
        },
    )
    assert changed.status_code == 302
    cart = browser.text("/cart")
    assert cart.count('<th scope="row">') == 1
    assert "<td>10</td>" in cart


def test_with_items_in_the_cart_the_button_is_add_to_cart(app: Flask, control: ControlApi) -> None:
    account = webinar_account(
        control,
        card=True,
        cart=[
            {
                "kind": "new",
                "product": "goto-resolve",
                "tier": "standard",
                "licenses": 2,
                "frequency": "monthly",
            }
        ],
    )
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    html = browser.text(f"/subscriptions/{sub_id}/edit")
    assert "Add to Cart" in html
    assert "Proceed to Checkout" not in html
    response = edit(browser, sub_id, licenses="6", action="add_to_cart")
    assert response.headers["Location"].endswith("/cart")
    cart = browser.text("/cart")
    assert "GoTo Resolve" in cart
    assert "GoTo Webinar" in cart
    assert "Proceed to Checkout" in cart
    assert place_order(browser).status_code == 302
    order = control.orders(account["id"])[0]
    assert {line["product_code"] for line in order["lines"]} == {"goto-resolve", "goto-webinar"}
    assert "Your cart is empty." in browser.text("/cart")


def test_an_expired_trial_shows_subscribe_now_instead_of_the_options_icon(app: Flask, control: ControlApi) -> None:
    account = control.create_account(
        {
            "kind": "self_service",
            "locale": "en",
            "today": TODAY.isoformat(),
            "users": [contact("en")],
            "subscriptions": [
                {
                    "product": "goto-webinar",
                    "tier": "standard",
                    "licenses": 1,
                    "frequency": "monthly",
                    "status": "trial",
                    "trial_ends_on": "2026-11-10",
                }
            ],
        }
    )
    browser = billing_contact(app, account)
    html = browser.text("/billing")
    assert 'aria-label="Options"' not in html
    assert "Subscribe Now" in html
    sub_id = account["subscriptions"][0]["id"]
    page = browser.text(f"/subscriptions/{sub_id}/subscribe")
    assert "Proceed to Checkout" in page
    response = browser.post_form(
        f"/subscriptions/{sub_id}/subscribe",
        data={"tier": "standard", "licenses": "3", "frequency": "annual"},
    )
    assert response.status_code == 302
    assert place_order(browser, **CARD).status_code == 302
    subscribed = control.account(account["id"])["subscriptions"][0]
    assert (subscribed["status"], subscribed["licenses"], subscribed["next_billing_date"]) == (
        "active",
        3,
        "2027-11-16",
    )
    assert (
        Decimal(control.orders(account["id"])[0]["total_due"]) == price("goto-webinar", "standard", "annual", "USD") * 3
    )


def test_a_corporate_billing_contact_is_sent_to_the_corporate_billing_portal(app: Flask, control: ControlApi) -> None:
    account = control.create_account({"kind": "corporate", "locale": "de", "users": [contact("de", "corporate")]})
    browser = Browser(app.test_client())
    response = browser.post_form("/signin", data={"email": account["users"][0]["email"], "password": PASSWORD})
    assert response.headers["Location"].endswith("/corp-billing")
    assert browser.get("/billing").headers["Location"].endswith("/corp-billing")


# --- faults ---------------------------------------------------------------------------------


def test_an_injected_server_error_fails_the_next_request_only(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    control.add_fault(kind="http_error", status_code=503, count=1, account_id=account["id"])
    assert browser.get("/billing").status_code == 503
    assert browser.get("/billing").status_code == 200


def test_get_requests_change_nothing(app: Flask, control: ControlApi) -> None:
    account = webinar_account(control)
    browser = billing_contact(app, account)
    sub_id = account["subscriptions"][0]["id"]
    for path in (
        "/billing",
        f"/subscriptions/{sub_id}/edit?licenses=9",
        "/cart",
        "/checkout",
        f"/subscriptions/{sub_id}/summary?licenses=9",
    ):
        browser.get(path)
    assert control.orders(account["id"]) == []
    assert json.dumps(control.account(account["id"])["subscriptions"]) == json.dumps(account["subscriptions"])


def _item_id(href: str) -> str:
    found = re.search(r"item=(\d+)", href)
    assert found is not None, f"no cart item in {href!r}"
    return found[1]

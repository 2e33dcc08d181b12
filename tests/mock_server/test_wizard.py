"""Add New Subscription (article 004) over HTTP: product, Buy or Try, plan and licenses, Next,
Monthly or Annual, Proceed to Checkout / Add to Cart, Start Trial, the confirmation screen and
the welcome email. Accounts are made through the control API.
"""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from flask import Flask

from billing_e2e.control_api import ControlApi
from mock_server import create_app, outbox
from mock_server.catalog import PRODUCTS, Product, Tier
from mock_server.config import Settings
from mock_server.i18n import babel_locale
from mock_server.mailbox import SmtpSink
from tools.sign_in import csrf_token

from .catalogs import msg, tr
from .conftest import Browser, contact, create_italian_account, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
LOCALES = ("it", "de", "en")
NAMES = {"it": "Giulia Bianchi", "de": "Jonas Becker", "en": "Emma Carter"}


# --- helpers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seeded:
    account_id: int
    contact: str  # the billing contact's email
    member: str  # a user who is not a billing contact
    subscriptions: dict[str, int]
    cart: tuple[int, ...] = ()  # the cart items' ids, in the order given


def seed(
    control: ControlApi,
    locale: str = "en",
    *,
    tag: str = "a",
    kind: str = "self_service",
    active: tuple[tuple[str, str, int], ...] = (),
    trials: tuple[tuple[str, str, int, date], ...] = (),
    cart: tuple[tuple[str, str, str, int], ...] = (),
) -> Seeded:
    """An account: a billing contact, a member, subscriptions (product, tier, licenses[, trial end]).

    `cart`: items (kind, product, tier, licenses), monthly; a change is of the product's subscription.
    """
    contact_email = f"{tag}.{locale}.contact@example.test"
    member = f"{tag}.{locale}.member@example.test"
    subscriptions = [
        subscription(
            product, tier, licenses, period_start="2026-11-01", next_billing_date="2026-12-01", paid_amount="10.00"
        )
        for product, tier, licenses in active
    ] + [
        subscription(
            product,
            tier,
            licenses,
            status="trial",
            period_start=(ends - timedelta(days=14)).isoformat(),
            trial_ends_on=ends.isoformat(),
        )
        for product, tier, licenses, ends in trials
    ]
    products = [sub["product"] for sub in subscriptions]
    items = []
    for item_kind, product, tier, licenses in cart:
        item = {"kind": item_kind, "product": product, "tier": tier, "licenses": licenses, "frequency": "monthly"}
        if item_kind == "change":
            item["subscription_index"] = products.index(product)
        items.append(item)
    account = create_italian_account(
        control,
        kind=kind,
        locale=locale,
        name=f"Account {tag}",
        today=TODAY,
        users=[
            contact(locale, email=contact_email, full_name=NAMES[locale]),
            contact(locale, email=member, full_name="Max Member", billing_contact=False),
        ],
        subscriptions=subscriptions,
        cart=items,
    )
    return Seeded(
        account["id"],
        contact_email,
        member,
        {sub["product"]: sub["id"] for sub in account["subscriptions"]},
        tuple(account["cart_item_ids"]),
    )


def long_date(locale: str, value: date) -> str:
    return format_date(value, format="long", locale=babel_locale(locale))


def rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(sql, params)]


def state(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Everything a wizard step could change."""
    return {
        "subscription": rows(conn, "SELECT * FROM subscription ORDER BY id"),
        "cart_item": rows(
            conn,
            "SELECT id, account_id, kind, subscription_id, product_code, tier_code, licenses,"
            " frequency FROM cart_item ORDER BY id",
        ),
        "mail": rows(conn, "SELECT recipients, subject FROM mail_message ORDER BY created_at"),
    }


def cart(conn: sqlite3.Connection, account_id: int) -> list[dict[str, Any]]:
    return rows(
        conn,
        "SELECT id, kind, subscription_id, product_code, tier_code, licenses, frequency"
        " FROM cart_item WHERE account_id = ? ORDER BY id",
        account_id,
    )


def post(browser: Browser, action: str, data: dict[str, Any]) -> Any:
    """Submit a form with the session's CSRF token, taken from a page the visitor can see."""
    token = csrf_token(browser.client.get("/support").get_data(as_text=True))
    return browser.client.post(action, data={"csrf_token": token, **data})


def buy(browser: Browser, product: str = "openvoice", **form: Any) -> Any:
    data = {"tier": "business", "licenses": "3", "frequency": "annual", "action": "checkout", **form}
    return post(browser, f"/add/{product}/buy/confirm", data)


def start_trial(browser: Browser, product: str = "openvoice", **form: Any) -> Any:
    return post(browser, f"/add/{product}/try/confirm", {"tier": "business", "licenses": "3", **form})


def mails_to(browser: Browser, email: str) -> list[dict[str, Any]]:
    found = browser.client.get("/mailbox/api/v1/search", query_string={"query": f"to:{email}"}).get_json()
    messages: list[dict[str, Any]] = found["messages"]
    return messages


def checked_radio(html: str, name: str) -> str | None:
    for tag in re.findall(r"<input[^>]*>", html):
        if f'name="{name}"' in tag and "checked" in tag:
            value = re.search(r'value="([^"]*)"', tag)
            return value.group(1) if value else None
    return None


def input_value(html: str, element_id: str) -> str | None:
    tag = re.search(rf'<input[^>]*id="{element_id}"[^>]*>', html)
    value = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    return value.group(1) if value else None


# --- the steps ------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_add_new_subscription_lists_every_product_by_name(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale, active=(("goto-webinar", "standard", 5),))
    html = sign_in(app, account.contact).text("/add")
    assert f'<html lang="{locale}">' in html
    assert f"<h1>{tr(locale, 'Add New Subscription')}</h1>" in html
    for product in PRODUCTS.values():
        link = re.search(rf'<a href="/add/{product.code}"[^>]*>([^<]*)</a>', html)
        assert link is not None, product.code
        assert link.group(1) == product.name, "the link's accessible name is the product name"
    assert html.count(tr(locale, "Already in your account")) == 1, "the product the account has is marked"


def test_the_billing_center_links_to_add_new_subscription(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    html = sign_in(app, account.contact).text("/billing")
    assert 'href="/add"' in html
    assert "Add New Subscription" in html


@pytest.mark.parametrize("locale", LOCALES)
def test_a_product_offers_buy_or_try_with_explanations(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale)
    html = sign_in(app, account.contact).text("/add/goto-webinar")
    assert f'<html lang="{locale}">' in html
    buy_link = re.search(r'<a [^>]*href="/add/goto-webinar/buy"[^>]*aria-describedby="buy-hint"[^>]*>([^<]*)</a>', html)
    try_link = re.search(r'<a [^>]*href="/add/goto-webinar/try"[^>]*aria-describedby="try-hint"[^>]*>([^<]*)</a>', html)
    assert buy_link is not None
    assert buy_link.group(1) == tr(locale, "Buy")
    assert try_link is not None
    assert try_link.group(1) == tr(locale, "Try")
    assert 'id="buy-hint"' in html
    assert 'id="try-hint"' in html
    assert tr(locale, "Start a free trial of %(days)s days first. Nothing is charged for the trial.", days=14) in html
    assert msg(locale, "product_owned") not in html


def test_a_product_the_account_has_says_so_before_buy_or_try(app: Flask, control: ControlApi) -> None:
    account = seed(control, active=(("goto-webinar", "standard", 5),))
    html = sign_in(app, account.contact).text("/add/goto-webinar")
    assert 'role="note"' in html
    assert msg("en", "product_owned") in html


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("mode", ["buy", "try"])
def test_the_plan_step_offers_tiers_licenses_and_next(app: Flask, control: ControlApi, locale: str, mode: str) -> None:
    account = seed(control, locale)
    html = sign_in(app, account.contact).text(f"/add/goto-webinar/{mode}")
    assert f'<html lang="{locale}">' in html
    assert f'<form method="get" action="/add/goto-webinar/{mode}/confirm"' in html
    assert 'role="radiogroup" aria-labelledby="tier-legend"' in html
    assert f'<legend id="tier-legend">{tr(locale, "Plan")}</legend>' in html
    for tier in PRODUCTS["goto-webinar"].tiers:
        assert f'<label for="tier-{tier.code}" class="tier-name">{tier.name}</label>' in html
    assert checked_radio(html, "tier") == "lite"
    assert f'<label for="licenses">{tr(locale, "Number of new user licenses")}</label>' in html
    assert input_value(html, "licenses") == "1"
    assert f'<button type="submit" class="button primary">{tr(locale, "Next")}</button>' in html
    assert 'name="csrf_token"' not in html.split("<main", 1)[1].split("</main>")[0], "choosing changes nothing"
    assert (tr(locale, "per license per month") in html) == (mode == "buy"), "prices only when buying"


def test_a_product_with_one_tier_asks_no_plan(app: Flask, control: ControlApi, monkeypatch: pytest.MonkeyPatch) -> None:
    solo = Product("solo", "Solo Product", "users", (PRODUCTS["openvoice"].tiers[0],))
    monkeypatch.setitem(PRODUCTS, "solo", solo)
    account = seed(control)
    browser = sign_in(app, account.contact)
    html = browser.text("/add/solo/buy")
    assert 'role="radiogroup"' not in html
    assert '<input type="hidden" name="tier" value="standard">' in html
    assert browser.get("/add/solo/buy/confirm?licenses=2").status_code == 200


def test_unknown_products_and_modes_are_404(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    for path in (
        "/add/nope",
        "/add/nope/buy",
        "/add/nope/buy/confirm",
        "/add/openvoice/rent",
        "/add/openvoice/rent/confirm",
        "/add/nope/buy/summary",
    ):
        assert browser.get(path).status_code == 404, path
    before = state(conn)
    assert buy(browser, "nope").status_code == 404
    assert post(browser, "/add/openvoice/rent/confirm", {"tier": "business", "licenses": "3"}).status_code == 404
    assert state(conn) == before


@pytest.mark.parametrize("locale", LOCALES)
def test_next_leads_to_monthly_or_annual_and_proceed_to_checkout(app: Flask, control: ControlApi, locale: str) -> None:
    account = seed(control, locale)
    html = sign_in(app, account.contact).text("/add/goto-webinar/buy/confirm?tier=pro&licenses=4&frequency=monthly")
    assert f'<html lang="{locale}">' in html
    assert f"<legend>{tr(locale, 'Billing frequency')}</legend>" in html
    assert f'value="monthly" checked> {tr(locale, "Monthly")}' in html
    assert f'value="annual"> {tr(locale, "Annual")}' in html
    assert '<input type="hidden" name="tier" value="pro">' in html
    assert '<input type="hidden" name="licenses" value="4">' in html
    assert tr(locale, "Order Summary") in html
    assert f'value="checkout" class="button primary">{tr(locale, "Proceed to Checkout")}</button>' in html
    assert tr(locale, "Add to Cart") not in html
    back = re.search(r'<a class="button secondary" href="([^"]+)">', html)
    assert back is not None
    assert back.group(1).replace("&amp;", "&") == "/add/goto-webinar/buy?tier=pro&licenses=4&frequency=monthly"


@pytest.mark.parametrize("locale", LOCALES)
def test_buying_puts_a_new_item_in_the_cart_and_goes_to_checkout(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.contact)
    response = buy(browser, "openvoice", tier="business", licenses="3", frequency="annual")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/checkout")
    assert cart(conn, account.account_id) == [
        {
            "id": 1,
            "kind": "new",
            "subscription_id": None,
            "product_code": "openvoice",
            "tier_code": "business",
            "licenses": 3,
            "frequency": "annual",
        }
    ]
    checkout = browser.text("/checkout")
    assert "OpenVoice" in checkout
    assert f'<html lang="{locale}">' in checkout
    assert 'href="/add/openvoice/buy?item=1"' in checkout, "Edit Order leads back to the wizard"
    assert rows(conn, "SELECT * FROM subscription") == [], "nothing is bought before Place Order"


def test_edit_order_comes_back_with_the_choices_and_replaces_the_item(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    buy(browser, "goto-webinar", tier="pro", licenses="7", frequency="annual")
    item_id = cart(conn, account.account_id)[0]["id"]
    html = browser.text(f"/add/goto-webinar/buy?item={item_id}")
    assert checked_radio(html, "tier") == "pro"
    assert input_value(html, "licenses") == "7"
    assert f'<input type="hidden" name="item" value="{item_id}">' in html
    assert '<input type="hidden" name="frequency" value="annual">' in html
    confirm = browser.text(f"/add/goto-webinar/buy/confirm?item={item_id}&tier=standard&licenses=9&frequency=annual")
    assert checked_radio(confirm, "frequency") == "annual"
    assert f'<input type="hidden" name="item" value="{item_id}">' in confirm
    assert "Proceed to Checkout" in confirm, "the edited item itself does not count as another item"
    response = buy(browser, "goto-webinar", tier="standard", licenses="9", frequency="monthly", item=str(item_id))
    assert response.headers["Location"].endswith("/checkout")
    items = cart(conn, account.account_id)
    assert len(items) == 1
    assert (items[0]["tier_code"], items[0]["licenses"], items[0]["frequency"]) == ("standard", 9, "monthly")


def test_buying_the_same_product_again_replaces_the_earlier_new_item(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    buy(browser, "openvoice", licenses="2")
    html = browser.text("/add/openvoice/buy/confirm?tier=standard&licenses=5")
    assert "Proceed to Checkout" in html
    buy(browser, "openvoice", tier="standard", licenses="5")
    items = cart(conn, account.account_id)
    assert [(i["product_code"], i["tier_code"], i["licenses"]) for i in items] == [("openvoice", "standard", 5)]


@pytest.mark.parametrize("locale", LOCALES)
def test_with_items_in_the_cart_the_button_is_add_to_cart(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(
        control, locale, active=(("goto-webinar", "standard", 5),), cart=(("change", "goto-webinar", "pro", 5),)
    )
    browser = sign_in(app, account.contact)
    html = browser.text("/add/openvoice/buy/confirm?tier=business&licenses=3")
    assert f'value="add_to_cart" class="button primary">{tr(locale, "Add to Cart")}</button>' in html
    assert tr(locale, "Proceed to Checkout") not in html.split('id="order-summary-slot"')[1]
    response = buy(browser, "openvoice", action="add_to_cart")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/cart")
    assert [i["kind"] for i in cart(conn, account.account_id)] == ["change", "new"]


def test_the_live_order_summary_prices_a_new_purchase(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    html = browser.text("/add/openvoice/buy/confirm?tier=business&licenses=3")
    assert '"summaryUrl": "/add/openvoice/buy/summary"' in html
    assert "€66.00" in html  # 3 × 22.00 monthly
    partial = browser.text("/add/openvoice/buy/summary?tier=business&licenses=3&frequency=annual")
    assert "<html" not in partial
    assert "€660.00" in partial  # 3 × 220.00 annual
    assert 'role="alert"' not in partial


# --- bad input ------------------------------------------------------------------------------

BAD_LICENSES = [
    ("", "licenses_missing", {}),
    ("0", "licenses_too_few", {"limit": 1}),
    ("-3", "licenses_too_few", {"limit": 1}),
    ("abc", "licenses_not_a_number", {}),
    ("1.5", "licenses_not_a_number", {}),
    ("1e3", "licenses_not_a_number", {}),
    ("501", "licenses_too_many", {"limit": 500}),
    ("99999999999999999999999", "licenses_too_many", {"limit": 500}),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("licenses", "code", "variables"), BAD_LICENSES)
def test_bad_license_counts_show_the_plan_step_again(
    app: Flask,
    control: ControlApi,
    conn: sqlite3.Connection,
    locale: str,
    licenses: str,
    code: str,
    variables: dict[str, Any],
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.contact)
    before = state(conn)
    for response in (
        browser.get("/add/openvoice/buy/confirm", query_string={"tier": "business", "licenses": licenses}),
        buy(browser, licenses=licenses),
        start_trial(browser, licenses=licenses),
    ):
        assert response.status_code == 422
        html = response.get_data(as_text=True)
        assert f'<html lang="{locale}">' in html
        assert 'role="alert"' in html
        assert f'<p class="field-error" id="licenses-error">{msg(locale, code, **variables)}</p>' in html
        assert 'aria-invalid="true" aria-describedby="licenses-error"' in html
        assert tr(locale, "Number of new user licenses") in html, "the plan step is shown again"
    assert state(conn) == before


@pytest.mark.parametrize("tier", ["", "platinum", "lite"])
def test_an_unknown_tier_is_refused(app: Flask, control: ControlApi, conn: sqlite3.Connection, tier: str) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    before = state(conn)
    for response in (
        browser.get("/add/openvoice/buy/confirm", query_string={"tier": tier, "licenses": "2"}),
        buy(browser, tier=tier),
        start_trial(browser, tier=tier),
    ):
        assert response.status_code == 422
        html = response.get_data(as_text=True)
        assert f'<p class="field-error" id="tier-error">{msg("en", "tier_unknown")}</p>' in html
        assert 'aria-describedby="tier-error" aria-invalid="true"' in html
    assert state(conn) == before


def test_a_missing_tier_is_refused(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    response = browser.get("/add/openvoice/buy/confirm?licenses=2")
    assert response.status_code == 422
    assert msg("en", "tier_unknown") in response.get_data(as_text=True)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("frequency", ["", "weekly", None])
def test_an_unknown_frequency_is_refused_next_to_the_choice(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str, frequency: str | None
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.contact)
    before = state(conn)
    data = {"tier": "business", "licenses": "3", "action": "checkout"}
    if frequency is not None:
        data["frequency"] = frequency
    response = post(browser, "/add/openvoice/buy/confirm", data)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert f'<p class="field-error" id="frequency-error">{msg(locale, "frequency_unknown")}</p>' in html
    assert tr(locale, "Billing frequency") in html, "the frequency step is shown again"
    assert state(conn) == before


def test_an_invalid_prefill_falls_back_to_the_defaults(app: Flask, control: ControlApi) -> None:
    account = seed(control)
    html = sign_in(app, account.contact).text("/add/openvoice/buy?tier=gold&licenses=-4&frequency=weekly")
    assert checked_radio(html, "tier") == "standard"
    assert input_value(html, "licenses") == "1"
    assert '<input type="hidden" name="frequency" value="monthly">' in html


def test_buying_a_product_the_account_has_is_refused(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control, active=(("openvoice", "standard", 5),))
    browser = sign_in(app, account.contact)
    before = state(conn)
    response = buy(browser)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert 'role="alert"' in html
    assert msg("en", "product_owned") in html
    assert state(conn) == before


# --- free trials ----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_the_trial_step_shows_what_the_trial_gives_and_start_trial(
    app: Flask, control: ControlApi, locale: str
) -> None:
    account = seed(control, locale)
    html = sign_in(app, account.contact).text("/add/goto-webinar/try/confirm?tier=pro&licenses=4")
    assert f'<html lang="{locale}">' in html
    assert f'<button type="submit" class="button primary single-submit">{tr(locale, "Start Trial")}</button>' in html
    assert 'name="frequency"' not in html, "a trial has no billing frequency"
    assert long_date(locale, TODAY + timedelta(days=14)) in html
    assert f"<dt>{tr(locale, 'Plan')}</dt><dd>Pro</dd>" in html
    assert f"<dt>{tr(locale, 'User licenses')}</dt><dd>4</dd>" in html
    assert tr(locale, "Proceed to Checkout") not in html


@pytest.mark.parametrize("locale", LOCALES)
def test_start_trial_shows_the_confirmation_and_sends_the_welcome_email(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale)
    browser = sign_in(app, account.contact)
    response = start_trial(browser, "goto-webinar", tier="pro", licenses="4")
    assert response.status_code == 302
    trials = rows(conn, "SELECT * FROM subscription WHERE account_id = ?", account.account_id)
    assert len(trials) == 1
    trial = trials[0]
    assert (trial["product_code"], trial["tier_code"], trial["licenses"], trial["status"]) == (
        "goto-webinar",
        "pro",
        4,
        "trial",
    )
    ends = TODAY + timedelta(days=14)
    assert trial["trial_ends_on"] == ends.isoformat()
    assert response.headers["Location"].endswith(f"/trials/{trial['id']}")
    assert cart(conn, account.account_id) == [], "a trial does not go through the cart"

    html = browser.text(f"/trials/{trial['id']}")
    assert f'<html lang="{locale}">' in html
    assert f'<h1 id="trial-title">{tr(locale, "Your free trial has started")}</h1>' in html
    assert tr(locale, "You have immediate access to %(product)s.", product="GoTo Webinar") in html
    assert f"<dt>{tr(locale, 'Plan')}</dt><dd>Pro</dd>" in html
    assert f"<dt>{tr(locale, 'User licenses')}</dt><dd>4</dd>" in html
    assert long_date(locale, ends) in html
    assert tr(locale, "We sent a welcome email to %(email)s.", email=account.contact) in html
    assert f'<a class="button" href="/billing">{tr(locale, "Back to the Billing Center")}</a>' in html

    mails = mails_to(browser, account.contact)
    assert len(mails) == 1
    assert mails[0]["Subject"] == tr(locale, "Welcome to your free trial of %(product)s", product="GoTo Webinar")
    full = browser.client.get(f"/mailbox/api/v1/message/{mails[0]['ID']}").get_json()
    for text in (full["Text"], full["HTML"]):
        assert "GoTo Webinar" in text
        assert "Pro" in text
        assert long_date(locale, ends) in text
        assert tr(locale, "Hello %(name)s,", name=NAMES[locale]) in text
    assert re.search(r"\b4\b", full["Text"])
    assert f'<html lang="{locale}">' in full["HTML"]

    card = browser.text("/billing")
    assert "GoTo Webinar" in card, "the trial is on the Billing Center page at once"


def test_a_second_trial_of_the_same_product_is_refused(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control, trials=(("openvoice", "standard", 2, TODAY - timedelta(days=3)),))
    browser = sign_in(app, account.contact)
    before = state(conn)
    response = start_trial(browser)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert 'role="alert"' in html
    assert msg("en", "trial_exists") in html
    assert state(conn) == before, "no subscription and no welcome email"


def test_a_trial_of_a_product_the_account_buys_is_refused(app: Flask, control: ControlApi) -> None:
    account = seed(control, active=(("openvoice", "standard", 2),))
    browser = sign_in(app, account.contact)
    response = start_trial(browser)
    assert response.status_code == 409
    assert msg("en", "trial_exists") in response.get_data(as_text=True)


def test_the_trial_stands_when_the_welcome_email_cannot_be_sent_and_the_email_waits_in_the_outbox(
    db_path: Path, control: ControlApi, conn: sqlite3.Connection
) -> None:
    with socket.socket() as probe:  # a port nobody listens on once closed
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    app = create_app(Settings(database=db_path, smtp_host="127.0.0.1", smtp_port=dead_port))
    account = seed(control)
    browser = sign_in(app, account.contact)
    response = start_trial(browser)
    assert response.status_code == 302
    (trial,) = rows(conn, "SELECT * FROM subscription WHERE status = 'trial'")
    (waiting,) = rows(conn, "SELECT * FROM outbox")
    assert waiting["about"] == f"trial {trial['id']}"
    assert (waiting["attempts"], waiting["delivered_at"]) == (1, None)
    assert f"127.0.0.1:{dead_port}" in waiting["last_error"]

    # The retry (the server's sender does the same) delivers the stored message, Message-ID kept.
    with SmtpSink(db_path) as sink:
        host, port = sink.address
        assert outbox.deliver_one(conn, outbox.Smtp(host, port), outbox.Backoff(), waiting["message_id"]) is True
    (mail,) = rows(conn, "SELECT * FROM mail_message")
    assert mail["message_id"] == waiting["message_id"]
    assert rows(conn, "SELECT attempts FROM outbox WHERE delivered_at IS NOT NULL")[0]["attempts"] == 2


def test_the_confirmation_screen_is_only_for_the_accounts_own_trials(app: Flask, control: ControlApi) -> None:
    mine = seed(control, tag="mine", active=(("goto-webinar", "standard", 5),))
    theirs = seed(control, tag="theirs", trials=(("openvoice", "standard", 2, TODAY + timedelta(days=5)),))
    browser = sign_in(app, mine.contact)
    assert browser.get(f"/trials/{theirs.subscriptions['openvoice']}").status_code == 404
    assert browser.get(f"/trials/{mine.subscriptions['goto-webinar']}").status_code == 404, "not a trial"
    assert browser.get("/trials/999999").status_code == 404


# --- who may use the wizard -----------------------------------------------------------------


WIZARD_PAGES = [
    "/add",
    "/add/openvoice",
    "/add/openvoice/buy",
    "/add/openvoice/try",
    "/add/openvoice/buy/confirm?tier=business&licenses=3",
    "/add/openvoice/buy/summary",
]


@pytest.mark.parametrize("path", WIZARD_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(app: Flask, path: str) -> None:
    response = app.test_client().get(path)
    assert response.status_code == 302
    assert "/signin?next=" in response.headers["Location"]


def test_someone_who_is_not_a_billing_contact_gets_403(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control)
    browser = sign_in(app, account.member)
    for path in [*WIZARD_PAGES, "/trials/1"]:
        assert browser.get(path).status_code == 403, path
    before = state(conn)
    assert buy(browser).status_code == 403
    assert start_trial(browser).status_code == 403
    assert state(conn) == before


def test_a_corporate_billing_contact_is_sent_to_the_corporate_billing_portal(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control, kind="corporate")
    browser = sign_in(app, account.contact)
    response = browser.get("/add")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/corp-billing")
    before = state(conn)
    assert start_trial(browser).status_code == 302
    assert state(conn) == before


def test_edit_order_cannot_reach_another_accounts_cart_item(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    mine = seed(
        control,
        tag="mine",
        active=(("goto-webinar", "standard", 5),),
        cart=(("change", "goto-webinar", "pro", 5), ("new", "openvoice", "standard", 2)),
    )
    theirs = seed(control, tag="theirs", cart=(("new", "openvoice", "standard", 2),))
    (their_item,) = theirs.cart
    change_item, my_item = mine.cart
    browser = sign_in(app, mine.contact)
    for item in (their_item, change_item, "abc"):
        assert browser.get(f"/add/openvoice/buy?item={item}").status_code == 404, item
        assert browser.get(f"/add/openvoice/buy/confirm?tier=standard&licenses=2&item={item}").status_code == 404
    assert browser.get(f"/add/goto-resolve/buy?item={my_item}").status_code == 404, "another product's item"
    # A change in the cart is no purchase to edit, even of the wizard's own product (mutation
    # round 3: `kind != "new"` → `kind is "new"` is told apart only here).
    assert browser.get(f"/add/goto-webinar/buy?item={change_item}").status_code == 404, "a change item"
    before = state(conn)
    assert buy(browser, item=str(their_item)).status_code == 404
    assert state(conn) == before


def test_a_form_without_its_csrf_token_is_refused(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    before = state(conn)
    data = {"tier": "business", "licenses": "3", "frequency": "monthly"}
    assert browser.client.post("/add/openvoice/buy/confirm", data=data).status_code == 400
    assert browser.client.post("/add/openvoice/try/confirm", data=data).status_code == 400
    assert browser.client.post("/add/openvoice/try/confirm", data={**data, "csrf_token": "forged"}).status_code == 400
    assert state(conn) == before


def test_get_requests_change_nothing(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    before = json.dumps(state(conn))
    for path in [*WIZARD_PAGES, "/add/openvoice/try/confirm?tier=business&licenses=3"]:
        assert browser.get(path).status_code == 200, path
    assert json.dumps(state(conn)) == before


def test_the_language_can_be_switched_on_any_step(app: Flask, control: ControlApi) -> None:
    account = seed(control, "en")
    browser = sign_in(app, account.contact)
    assert '<html lang="de">' in browser.text("/add/openvoice/buy?lang=de")
    assert '<html lang="de">' in browser.text("/add/openvoice/buy/confirm?tier=business&licenses=3")


def test_tier_names_are_the_catalogs(app: Flask, control: ControlApi) -> None:
    """Every product's plan step can be drawn (guards the catalog against template surprises)."""
    account = seed(control)
    browser = sign_in(app, account.contact)
    for product in PRODUCTS.values():
        html = browser.text(f"/add/{product.code}/buy")
        tiers: list[Tier] = list(product.tiers)
        assert all(f">{tier.name}</label>" in html for tier in tiers), product.code

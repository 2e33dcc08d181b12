"""Article 009 over HTTP: "How do I add user licenses on my GoTo Meeting subscription plan?"

On the product's card select Add Organizers (Add Agents, Add Experts), increase the licenses,
Proceed to Checkout (or Add to Cart > Proceed to Checkout), review the billing period beginning
today, the licenses and the total due, Place Order: the change takes effect at once, prorated,
the billing date moves to today, and a confirmation email goes out. "Anytime": also while a
cancellation is pending (the plan then stays until the end of the period just paid for, still
without renewing), but never on a subscription that has ended. Expected amounts come from the
harness's own oracle (`billing_e2e.oracle`) and the catalog's prices, never from the mock's pages.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from babel.dates import format_date
from babel.numbers import format_currency
from flask import Flask

from billing_e2e.control_api import ControlApi
from billing_e2e.oracle import PlanNow, expected_line, expected_order, period_after
from mock_server.catalog import PRODUCTS
from mock_server.i18n import babel_locale
from tools.sign_in import csrf_token

from .catalogs import msg, tr
from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
NEXT_BILLING = date(2026, 12, 1)
LICENSES = 5
LOCALES = ["it", "de", "en"]
# (product, tier, the card's button): the article's three labels, by the product's seat noun.
BUTTONS = [("gotomeeting", "business", "Add Organizers"), ("goto-resolve", "standard", "Add Agents")]


def unit_price(product: str, tier: str) -> Decimal:
    return PRODUCTS[product].tier(tier).unit_price("EUR", "monthly")


def account_with(control: ControlApi, locale: str, product: str = "gotomeeting", tier: str = "business") -> Any:
    paid = unit_price(product, tier) * LICENSES
    return control.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "currency": "EUR",
            "country": "IT",
            "today": TODAY.isoformat(),
            "card_on_file": {"holder": "Giulia Bianchi", "last4": "4242", "expiry": "09/29"},
            "users": [contact(locale)],
            "subscriptions": [
                subscription(
                    product,
                    tier,
                    LICENSES,
                    period_start=PERIOD_START.isoformat(),
                    next_billing_date=NEXT_BILLING.isoformat(),
                    paid_amount=str(paid),
                )
            ],
        }
    )


def money(amount: Decimal, locale: str) -> str:
    return format_currency(amount, "EUR", locale=babel_locale(locale))


def long_date(value: date, locale: str) -> str:
    return format_date(value, format="long", locale=babel_locale(locale))


def add_licenses_href(html: str, label: str) -> str:
    found = re.findall(rf'<a class="button" href="([^"]+)">{re.escape(label)}</a>', html)
    assert len(found) == 1, f"{len(found)} {label!r} buttons"
    return str(found[0])


def licenses_value(html: str) -> int:
    found = re.search(r'<input id="licenses" name="licenses" type="number"[^>]* value="(\d+)"', html)
    assert found, "no license selector"
    return int(found.group(1))


def place_order(browser: Browser) -> Any:
    html = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', html)
    assert token
    return browser.client.post("/checkout", data={"csrf_token": csrf_token(html), "checkout_token": token.group(1)})


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("product", "tier", "button"), BUTTONS)
def test_adding_licenses_from_the_card_follows_article_009(
    app: Flask, control: ControlApi, locale: str, product: str, tier: str, button: str
) -> None:
    account = account_with(control, locale, product, tier)
    browser = sign_in(app, account["users"][0]["email"])
    sub_id = account["subscriptions"][0]["id"]
    # 2. On the product, select Add Organizers (Add Agents): one more license, ready to adjust.
    href = add_licenses_href(browser.text("/billing"), tr(locale, button))
    assert href == f"/subscriptions/{sub_id}/edit?add=licenses"
    selection = browser.text(href)
    assert licenses_value(selection) == LICENSES + 1
    # 3. Increase the licenses (two more than the button's one) and Proceed to Checkout (empty cart).
    assert f'value="checkout" class="button primary">{tr(locale, "Proceed to Checkout")}</button>' in selection
    wanted = LICENSES + 3
    chosen = browser.post_form(
        href,
        f"/subscriptions/{sub_id}/edit",
        {"tier": tier, "licenses": str(wanted), "frequency": "monthly", "action": "checkout"},
    )
    assert chosen.status_code == 302
    assert chosen.headers["Location"] == "/checkout"
    # 4. The billing period beginning today, the licenses, the plan's price and the total due.
    plan = PlanNow("monthly", unit_price(product, tier) * LICENSES, NEXT_BILLING)
    line = expected_line(unit_price(product, tier), wanted, "monthly", TODAY, plan)
    order = expected_order((line,), Decimal("0.00"))
    review = browser.text("/checkout")
    for fact in (
        long_date(TODAY, locale),
        long_date(period_after(TODAY, "monthly"), locale),
        tr(locale, "starting today"),
        money(line.plan_cost, locale),
        money(order.total_due, locale),
    ):
        assert fact in review, fact
    # 5.-6. The card on file pays; Place Order.
    placed = place_order(browser)
    assert placed.status_code == 302
    [stored] = control.orders(account["id"])
    assert Decimal(stored["total_due"]) == order.total_due
    assert placed.headers["Location"] == f"/orders/{stored['number']}"
    # Results: the license count and the billing date (today) are updated, an email is sent.
    after = control.account(account["id"])["subscriptions"][0]
    assert (after["licenses"], after["period_start"], after["next_billing_date"]) == (
        wanted,
        TODAY.isoformat(),
        period_after(TODAY, "monthly").isoformat(),
    )
    found = browser.client.get("/mailbox/api/v1/search", query_string={"query": f"to:{account['users'][0]['email']}"})
    subjects = [item["Subject"] for item in found.get_json()["messages"]]
    assert subjects == [tr(locale, "Your order %(number)s is confirmed", number=stored["number"])]
    # What to do next: assign the new licenses (the result page says so and links the users page).
    result = browser.text(placed.headers["Location"])
    assert 'href="/users"' in result


def test_with_items_in_the_cart_it_is_add_to_cart_then_proceed_to_checkout(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en")
    browser = sign_in(app, account["users"][0]["email"])
    sub_id = account["subscriptions"][0]["id"]
    # The cart already holds another product: the article's "Add to Cart > Proceed to Checkout".
    wizard = {"tier": "standard", "licenses": "2", "frequency": "monthly", "action": "add_to_cart"}
    added = browser.post_form("/add/openvoice/buy", "/add/openvoice/buy/confirm", wizard)
    assert added.status_code == 302, added.get_data(as_text=True)
    href = f"/subscriptions/{sub_id}/edit?add=licenses"
    page = browser.text(href)
    assert 'value="add_to_cart" class="button primary">Add to Cart</button>' in page
    assert licenses_value(page) == LICENSES + 1
    data = {"tier": "business", "licenses": str(LICENSES + 1), "frequency": "monthly", "action": "add_to_cart"}
    answer = browser.post_form(href, f"/subscriptions/{sub_id}/edit", data)
    assert answer.headers["Location"] == "/cart"
    cart = browser.text("/cart")
    assert cart.count("/cart/items/") == 2
    assert ">Proceed to Checkout<" in cart


@pytest.mark.parametrize("locale", LOCALES)
def test_licenses_bought_while_a_cancellation_is_pending_keep_the_plan_for_the_period_paid(
    app: Flask, control: ControlApi, locale: str
) -> None:
    # While a cancellation is pending the plan cannot be changed (Reactivate first: test_cancel.py),
    # but a change put in the cart before Yes, Cancel can still be bought at Checkout.
    account = account_with(control, locale)
    browser = sign_in(app, account["users"][0]["email"])
    sub_id = account["subscriptions"][0]["id"]
    data = {"tier": "business", "licenses": str(LICENSES + 1), "frequency": "monthly", "action": "checkout"}
    assert browser.post_form(f"/subscriptions/{sub_id}/edit", data=data).status_code == 302
    assert browser.post_form("/billing", f"/subscriptions/{sub_id}/cancel").status_code == 302
    assert place_order(browser).status_code == 302
    paid_until = period_after(TODAY, "monthly")
    html = browser.text("/billing")
    # Still cancelled (no renewal is switched on by buying), but it expires when the period paid for ends.
    assert tr(locale, "Pending Cancellation") in html
    assert long_date(paid_until, locale) in html
    assert long_date(NEXT_BILLING, locale) not in html
    control.set_clock(account["id"], paid_until)
    assert tr(locale, "This subscription has ended. It was not renewed.") in browser.text("/billing")


def test_an_ended_subscription_takes_no_more_licenses(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "it")
    browser = sign_in(app, account["users"][0]["email"])
    sub_id = account["subscriptions"][0]["id"]
    assert browser.post_form("/billing", f"/subscriptions/{sub_id}/cancel").status_code == 302
    control.set_clock(account["id"], NEXT_BILLING)
    assert tr("it", "Add Organizers") not in browser.text("/billing")
    for answer in (
        browser.get(f"/subscriptions/{sub_id}/edit?add=licenses"),
        browser.post_form(
            "/billing",
            f"/subscriptions/{sub_id}/edit",
            {"tier": "business", "licenses": "6", "frequency": "monthly", "action": "checkout"},
        ),
    ):
        assert answer.status_code == 410
        assert msg("it", "ended_not_changeable") in answer.get_data(as_text=True)
    assert browser.get("/cart").get_data(as_text=True).count("/cart/items/") == 0
    assert control.orders(account["id"]) == []


def test_a_change_left_in_the_cart_is_not_bought_once_the_subscription_ended(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "de")
    browser = sign_in(app, account["users"][0]["email"])
    sub_id = account["subscriptions"][0]["id"]
    data = {"tier": "business", "licenses": "6", "frequency": "monthly", "action": "checkout"}
    assert browser.post_form(f"/subscriptions/{sub_id}/edit", data=data).status_code == 302
    assert browser.post_form("/billing", f"/subscriptions/{sub_id}/cancel").status_code == 302
    control.set_clock(account["id"], NEXT_BILLING)
    refused = place_order(browser)
    assert refused.status_code == 422
    assert msg("de", "subscription_ended") in refused.get_data(as_text=True)
    assert control.orders(account["id"]) == []

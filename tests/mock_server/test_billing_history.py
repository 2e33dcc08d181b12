"""Billing History over HTTP: one entry per order and per renewal, each with its invoice as a PDF.

"View and print the billing history for each renewal" (the sign-in article). Renewals happen when
the control API's clock passes a subscription's billing date: the card on file is charged (after
the account's credit balance), the period moves on, nothing is mailed; a cancelled subscription or
a free trial never renews. Every expected amount is computed here from the catalog price, the
licenses and the dates this test set up; each invoice PDF is read with pypdf (`pages.invoice_facts`)
and its facts compared as Decimals, dates and counts.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from billing_e2e.control_api import ControlApi, ControlApiError
from billing_e2e.domain import LANGUAGES
from billing_e2e.formats import parse_long_date, parse_money
from mock_server.catalog import PRODUCTS
from mock_server.pricing import to_cents
from pages.invoice_facts import InvoicePdf, read_invoice

from .catalogs import tr
from .conftest import CONTROL_TOKEN, Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
NEXT_BILLING = date(2026, 12, 1)  # 30-day period: 15 of 30 days remain on TODAY
LICENSES = 5
CARD = {"holder": "Giulia Bianchi", "last4": "4242", "expiry": "12/29"}
VAT_NUMBER = "IT00743110157"
WEBINAR = "GoTo Webinar"


def unit_price(frequency: str = "monthly") -> Decimal:
    return PRODUCTS["goto-webinar"].tier("standard").unit_price("EUR", frequency)  # type: ignore[arg-type]


def cost(licenses: int) -> Decimal:
    return to_cents(unit_price() * licenses)


def account_with(
    control: ControlApi, locale: str = "en", *, card: bool = True, status: str = "active", **extra: Any
) -> dict[str, Any]:
    sub = subscription(
        "goto-webinar",
        "standard",
        LICENSES,
        period_start=PERIOD_START.isoformat(),
        next_billing_date=NEXT_BILLING.isoformat(),
    )
    if status == "trial":
        sub = {**subscription("goto-webinar", "standard", 1), "status": "trial", "trial_ends_on": "2026-11-30"}
    spec: dict[str, Any] = {
        "kind": "self_service",
        "locale": locale,
        "currency": "EUR",
        "country": "IT",
        "today": TODAY.isoformat(),
        "users": [contact(locale), contact(locale, billing_contact=False)],
        "subscriptions": [sub],
        **extra,
    }
    if card:
        spec["card_on_file"] = CARD
    return control.create_account(spec)


def billing_contact(app: Flask, account: dict[str, Any]) -> Browser:
    return sign_in(app, account["users"][0]["email"])


def place_order_for(browser: Browser, account: dict[str, Any], licenses: int) -> str:
    """Edit Subscription to `licenses` → Checkout → Place Order with the card on file; the order's number."""
    sub_id = account["subscriptions"][0]["id"]
    edited = browser.post_form(
        f"/subscriptions/{sub_id}/edit",
        data={"tier": "standard", "licenses": str(licenses), "frequency": "monthly", "action": "checkout"},
    )
    assert edited.status_code == 302
    page = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', page)
    assert token
    placed = browser.post_form("/checkout", data={"checkout_token": token.group(1)})
    assert placed.status_code == 302, placed.get_data(as_text=True)
    return placed.headers["Location"].rsplit("/", 1)[1]


def invoice_of(browser: Browser, number: str) -> InvoicePdf:
    response = browser.get(f"/billing/history/{number}/invoice.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == f'inline; filename="invoice-{number}.pdf"'
    return read_invoice(response.get_data())


def mails_to(client: FlaskClient, email: str) -> list[dict[str, Any]]:
    found = client.get("/mailbox/api/v1/search", query_string={"query": f"to:{email}"}).get_json()
    messages: list[dict[str, Any]] = found["messages"]
    return messages


def history_rows(html: str) -> list[dict[str, str]]:
    """The Billing History table's rows, cell by column header."""
    table = html[html.index("<table") : html.index("</table>")]
    headers = re.findall(r'<th scope="col">([^<]*)</th>', table)
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table[table.index("<tbody>") :], flags=re.S):
        cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
        rows.append(dict(zip(headers, cells, strict=True)))
    return rows


# --- renewals ---------------------------------------------------------------------------------


def test_each_billing_date_passed_renews_once_on_the_card_on_file(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en", vat_number=VAT_NUMBER)
    control.set_clock(account["id"], date(2026, 11, 30))
    assert control.renewals(account["id"]) == []  # the day before the billing date: nothing yet
    control.set_clock(account["id"], date(2027, 2, 1))
    renewals = control.renewals(account["id"])
    starts = [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert [date.fromisoformat(r["billed_on"]) for r in renewals] == starts
    assert [date.fromisoformat(r["period_end"]) for r in renewals] == [*starts[1:], date(2027, 3, 1)]
    assert {Decimal(r["total_due"]) for r in renewals} == {cost(LICENSES)}
    assert {(r["card_last4"], r["vat_number"]) for r in renewals} == {(CARD["last4"], VAT_NUMBER)}
    assert [r["number"] for r in renewals] == [
        f"RN-{d:%Y%m%d}-{r['id']:06d}" for d, r in zip(starts, renewals, strict=True)
    ]
    sub = control.account(account["id"])["subscriptions"][0]
    assert (sub["period_start"], sub["next_billing_date"]) == ("2027-02-01", "2027-03-01")
    assert Decimal(sub["paid_amount"]) == cost(LICENSES)
    # Moving the clock again (or back) renews nothing twice; no order, no email.
    control.advance_clock(account["id"], -40)
    control.advance_clock(account["id"], 40)
    assert len(control.renewals(account["id"])) == 3
    assert control.orders(account["id"]) == []
    assert mails_to(app.test_client(), account["users"][0]["email"]) == []


def test_the_credit_balance_is_spent_before_the_card(app: Flask, control: ControlApi) -> None:
    balance = Decimal("100.00")
    account = account_with(control, "it", balance=str(balance))
    control.set_clock(account["id"], NEXT_BILLING)
    (renewal,) = control.renewals(account["id"])
    assert Decimal(renewal["balance_used"]) == balance
    assert Decimal(renewal["total_due"]) == cost(LICENSES) - balance
    assert Decimal(control.account(account["id"])["balance"]) == Decimal("0.00")
    invoice = invoice_of(billing_contact(app, account), renewal["number"])
    assert invoice.money(tr("it", "Account balance used"), "it") == balance
    assert invoice.money(tr("it", "Total"), "it") == cost(LICENSES) - balance


def test_setting_every_clock_renews_every_account(app: Flask, control: ControlApi) -> None:
    first = account_with(control, "en")
    second = account_with(control, "de", users=[contact("de", email="other@example.test")])
    response = app.test_client().put(
        "/_control/clock",
        json={"today": NEXT_BILLING.isoformat()},
        headers={"Authorization": f"Bearer {CONTROL_TOKEN}"},
    )
    assert response.status_code == 200
    assert [len(control.renewals(a["id"])) for a in (first, second)] == [1, 1]


def test_a_cancelled_subscription_and_a_free_trial_never_renew(app: Flask, control: ControlApi) -> None:
    cancelled = account_with(control, "en")
    browser = billing_contact(app, cancelled)
    sub_id = cancelled["subscriptions"][0]["id"]
    assert browser.post_form("/billing", action=f"/subscriptions/{sub_id}/cancel").status_code == 302
    trial = account_with(control, "de", status="trial", users=[contact("de", email="trial@example.test")])
    for account in (cancelled, trial):
        control.set_clock(account["id"], date(2027, 6, 1))
        assert control.renewals(account["id"]) == []
    assert control.account(cancelled["id"])["subscriptions"][0]["next_billing_date"] == NEXT_BILLING.isoformat()


@pytest.mark.parametrize("why", ["no card on file", "card expired", "card declined"])
def test_a_renewal_that_cannot_be_charged_is_not_made_and_stays_due(app: Flask, control: ControlApi, why: str) -> None:
    if why == "no card on file":
        account = account_with(control, "en", card=False)
    elif why == "card expired":
        # Good through November 2026: expired on the billing date, December 1.
        account = account_with(control, "en", card=False, card_on_file={**CARD, "expiry": "11/26"})
    else:
        account = account_with(control, "en")
        control.add_fault(kind="card_declined", account_id=account["id"], count=1)
    control.set_clock(account["id"], NEXT_BILLING)
    assert control.renewals(account["id"]) == []
    assert control.account(account["id"])["subscriptions"][0]["next_billing_date"] == NEXT_BILLING.isoformat()
    # A working card, and the next move of the clock renews it, dated on its billing date.
    browser = billing_contact(app, account)
    new_card = {
        "card_holder": "Emma Carter",
        "card_number": "4242424242424242",
        "card_expiry": "09/30",
        "card_cvc": "123",
    }
    assert browser.post_form("/billing/payment-method/edit", data=new_card).status_code == 302
    control.advance_clock(account["id"], 1)
    (renewal,) = control.renewals(account["id"])
    assert (renewal["billed_on"], renewal["card_last4"]) == (NEXT_BILLING.isoformat(), "4242")


# --- the Billing History page and its invoices ---------------------------------------------------


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_history_lists_each_order_and_renewal_newest_first(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    browser = billing_contact(app, account)
    assert tr(locale, "There is nothing in your billing history yet.") in browser.text("/billing/history")
    number = place_order_for(browser, account, 7)
    control.set_clock(account["id"], date(2026, 12, 16))  # the order started a period on TODAY
    (renewal,) = control.renewals(account["id"])
    html = browser.text("/billing")
    assert f'<a href="/billing/history">{tr(locale, "Billing History")}</a>' in html
    rows = history_rows(browser.text("/billing/history"))
    assert [row[tr(locale, "Invoice number")] for row in rows] == [renewal["number"], number]
    assert [parse_long_date(row[tr(locale, "Date")], locale) for row in rows] == [date(2026, 12, 16), TODAY]
    assert [row[tr(locale, "Type")] for row in rows] == [tr(locale, "Renewal"), tr(locale, "Order")]
    assert [row[tr(locale, "Products")] for row in rows] == [WEBINAR, WEBINAR]
    order_total = cost(7) - to_cents(cost(LICENSES) * 15 / 30)
    assert [parse_money(row[tr(locale, "Total")], locale) for row in rows] == [cost(7), order_total]
    assert [row[tr(locale, "Invoice")] for row in rows] == [
        tr(locale, "View and print invoice %(number)s (PDF)", number=n) for n in (renewal["number"], number)
    ]


@pytest.mark.parametrize("locale", LANGUAGES)
def test_an_orders_invoice_states_the_orders_numbers(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale, vat_number=VAT_NUMBER)
    browser = billing_contact(app, account)
    number = place_order_for(browser, account, 7)
    invoice = invoice_of(browser, number)
    assert invoice.title == tr(locale, "Invoice %(number)s", number=number)
    assert invoice.text(tr(locale, "Invoice number")) == number
    assert invoice.date(tr(locale, "Invoice date"), locale) == TODAY
    assert invoice.text(tr(locale, "Type")) == tr(locale, "Order")
    assert invoice.text(tr(locale, "VAT Number")) == VAT_NUMBER
    assert invoice.sections == (WEBINAR,)
    assert invoice.count(tr(locale, "User licenses"), locale, section=WEBINAR) == 7
    assert invoice.period(tr(locale, "Billing period"), locale, section=WEBINAR) == (TODAY, date(2026, 12, 16))
    assert invoice.money(tr(locale, "Plan cost"), locale, section=WEBINAR) == cost(7)
    credit = to_cents(cost(LICENSES) * 15 / 30)
    credit_label = tr(locale, "Credit for the unused part of your current plan")
    assert invoice.money(credit_label, locale, section=WEBINAR) == credit
    assert invoice.money(tr(locale, "Total"), locale) == cost(7) - credit
    assert invoice.text(tr(locale, "Payment Method")) == tr(locale, "Card ending in %(last4)s", last4=CARD["last4"])


@pytest.mark.parametrize("locale", LANGUAGES)
def test_an_invoice_prints_amounts_of_four_digits_in_every_language(
    app: Flask, control: ControlApi, locale: str
) -> None:
    """Babel groups the thousands of French amounts with a narrow no-break space, which the PDF's
    core fonts lack: the invoice of a four-digit order was a server error in French."""
    account = account_with(control, locale)
    browser = billing_contact(app, account)
    number = place_order_for(browser, account, 100)
    total = cost(100) - to_cents(cost(LICENSES) * 15 / 30)
    assert total >= 1000
    assert invoice_of(browser, number).money(tr(locale, "Total"), locale) == total


@pytest.mark.parametrize("locale", LANGUAGES)
def test_a_renewals_invoice_states_the_renewed_period(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    control.set_clock(account["id"], NEXT_BILLING)
    (renewal,) = control.renewals(account["id"])
    invoice = invoice_of(billing_contact(app, account), renewal["number"])
    assert invoice.text(tr(locale, "Invoice number")) == renewal["number"]
    assert invoice.date(tr(locale, "Invoice date"), locale) == NEXT_BILLING
    assert invoice.text(tr(locale, "Type")) == tr(locale, "Renewal")
    assert invoice.count(tr(locale, "User licenses"), locale, section=WEBINAR) == LICENSES
    assert invoice.period(tr(locale, "Billing period"), locale, section=WEBINAR) == (NEXT_BILLING, date(2027, 1, 1))
    assert invoice.money(tr(locale, "Plan cost"), locale, section=WEBINAR) == cost(LICENSES)
    assert invoice.money(tr(locale, "Total"), locale) == cost(LICENSES)
    with pytest.raises(AssertionError, match="states no"):
        invoice.text(tr(locale, "VAT Number"))  # none was given


def test_an_invoice_of_another_account_or_an_unknown_number_is_not_found(app: Flask, control: ControlApi) -> None:
    mine = account_with(control, "en")
    theirs = account_with(control, "en", users=[contact("en", email="theirs@example.test")])
    control.set_clock(theirs["id"], NEXT_BILLING)
    (their_renewal,) = control.renewals(theirs["id"])
    browser = billing_contact(app, mine)
    for number in (their_renewal["number"], "RN-20261201-999999", "BC-20261116-000001", "x" * 300, "%2e%2e"):
        assert browser.get(f"/billing/history/{number}/invoice.pdf").status_code == 404, number
    assert (
        billing_contact(app, theirs).get(f"/billing/history/{their_renewal['number']}/invoice.pdf").status_code == 200
    )


def test_only_a_billing_contact_sees_the_billing_history(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en")
    control.set_clock(account["id"], NEXT_BILLING)
    (renewal,) = control.renewals(account["id"])
    member = sign_in(app, account["users"][1]["email"])
    assert 'href="/billing/history"' not in member.text("/billing")
    assert member.get("/billing/history").status_code == 403
    assert member.get(f"/billing/history/{renewal['number']}/invoice.pdf").status_code == 403
    visitor = app.test_client().get(f"/billing/history/{renewal['number']}/invoice.pdf")
    assert visitor.status_code == 302
    assert visitor.headers["Location"].startswith("/signin")


def test_the_renewals_of_the_control_api_need_an_existing_account(control: ControlApi) -> None:
    with pytest.raises(ControlApiError) as caught:
        control.renewals(999)
    assert caught.value.status == 404
    assert "no account with id 999" in str(caught.value)

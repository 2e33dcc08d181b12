"""Payment Method over HTTP, as the OpenVoice article on changing the payment method tells it.

Payment Method at the top of the page → the payment method on file with an edit link → the VAT
number with Apply → the card form → Update Payment Method. A card the rules of Checkout refuse,
or the bank declines, keeps the card on file, with Checkout's own error messages; the new card is
what the next renewal charges. The cards and dates are the ones this test sets up.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from billing_e2e.control_api import ControlApi
from mock_server.catalog import PRODUCTS
from mock_server.pricing import to_cents

from .catalogs import msg, tr
from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
PERIOD_START = date(2026, 11, 1)
NEXT_BILLING = date(2026, 12, 1)
LICENSES = 5
LOCALES = ["it", "de", "en"]
OLD_CARD = {"holder": "Giulia Bianchi", "last4": "4242", "expiry": "12/29"}
NEW_CARD = {
    "card_holder": "Marco Rossi",
    "card_number": "5555 5555 5555 4444",
    "card_expiry": "03/30",
    "card_cvc": "321",
}
NEW_CARD_ON_FILE = {"holder": "Marco Rossi", "last4": "4444", "expiry": "03/30"}
COUNTRY_NAMES = {"it": "Italia", "de": "Italien", "en": "Italy"}


def account_with(control: ControlApi, locale: str = "en", *, card: bool = True, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "kind": "self_service",
        "locale": locale,
        "currency": "EUR",
        "country": "IT",
        "today": TODAY.isoformat(),
        "users": [contact(locale), contact(locale, billing_contact=False)],
        "subscriptions": [
            subscription(
                "goto-webinar",
                "standard",
                LICENSES,
                period_start=PERIOD_START.isoformat(),
                next_billing_date=NEXT_BILLING.isoformat(),
            )
        ],
        **extra,
    }
    if card:
        spec["card_on_file"] = OLD_CARD
    return control.create_account(spec)


def billing_contact(app: Flask, account: dict[str, Any]) -> Browser:
    return sign_in(app, account["users"][0]["email"])


def update_card(browser: Browser, **card: str) -> Any:
    return browser.post_form("/billing/payment-method/edit", data=card)


def apply_vat(browser: Browser, vat_number: str) -> Any:
    return browser.post_form(
        "/billing/payment-method/edit", action="/billing/payment-method/vat", data={"vat_number": vat_number}
    )


def field_error(html: str, field: str) -> str | None:
    found = re.search(rf'<p class="field-error" id="{field}-error">([^<]*)</p>', html)
    return found.group(1) if found else None


def card_on_file(control: ControlApi, account: dict[str, Any]) -> dict[str, Any] | None:
    card: dict[str, Any] | None = control.account(account["id"])["card_on_file"]
    return card


@pytest.mark.parametrize("locale", LOCALES)
def test_payment_method_at_the_top_shows_the_card_on_file_and_edit(
    app: Flask, control: ControlApi, locale: str
) -> None:
    browser = billing_contact(app, account_with(control, locale))
    overview = browser.text("/billing")
    assert f'<a href="/billing/payment-method">{tr(locale, "Payment Method")}</a>' in overview
    page = browser.text("/billing/payment-method")
    assert f"<h1>{tr(locale, 'Payment Method')}</h1>" in page
    assert f"<dd>{tr(locale, 'Card ending in %(last4)s', last4=OLD_CARD['last4'])}</dd>" in page
    assert f"<dd>{OLD_CARD['expiry']}</dd>" in page
    assert f"<dd>{OLD_CARD['holder']}</dd>" in page
    assert f'<a href="/billing/payment-method/edit">{tr(locale, "edit")}</a>' in page
    edit = browser.text("/billing/payment-method/edit")
    assert f'<button type="submit" class="button secondary">{tr(locale, "Apply")}</button>' in edit
    assert f">{tr(locale, 'Update Payment Method')}</button>" in edit
    assert f'<label for="vat_number">{tr(locale, "VAT Number")}</label>' in edit
    for field in ("card_holder", "card_number", "card_expiry", "card_cvc"):
        assert f'id="{field}" name="{field}"' in edit


@pytest.mark.parametrize("locale", LOCALES)
def test_update_payment_method_replaces_the_card_on_file(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    browser = billing_contact(app, account)
    response = update_card(browser, **NEW_CARD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/billing/payment-method?updated=1"
    assert card_on_file(control, account) == NEW_CARD_ON_FILE
    page = browser.text(response.headers["Location"])
    assert (
        tr(
            locale,
            "Your payment method is updated. Your next renewal is charged to the card ending in %(last4)s.",
            last4="4444",
        )
        in page
    )
    assert f"<dd>{tr(locale, 'Card ending in %(last4)s', last4='4444')}</dd>" in page
    # The card number itself is stored nowhere and shown nowhere.
    assert "5555" not in page


def test_an_account_without_a_card_adds_one_the_same_way(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en", card=False)
    browser = billing_contact(app, account)
    assert tr("en", "There is no payment method on file.") in browser.text("/billing/payment-method")
    assert update_card(browser, **NEW_CARD).status_code == 302
    assert card_on_file(control, account) == NEW_CARD_ON_FILE


BAD_CARDS = [
    ({"card_number": "4242 4242 4242 4241"}, "card_number", "card_number_invalid"),
    ({"card_number": ""}, "card_number", "card_number_missing"),
    ({"card_expiry": "10/26"}, "card_expiry", "card_expired"),  # the month before TODAY's
    ({"card_expiry": "13/29"}, "card_expiry", "card_expiry_invalid"),
    ({"card_expiry": ""}, "card_expiry", "card_expiry_missing"),
    ({"card_cvc": "12"}, "card_cvc", "card_cvc_invalid"),
    ({"card_holder": "  "}, "card_holder", "card_holder_missing"),
    ({"card_number": "4000 0000 0000 0002"}, "card_number", "card_declined"),  # the always-declined test card
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("change", "field", "code"), BAD_CARDS, ids=[code for _, _, code in BAD_CARDS])
def test_a_refused_card_keeps_the_card_on_file(
    app: Flask, control: ControlApi, locale: str, change: dict[str, str], field: str, code: str
) -> None:
    account = account_with(control, locale)
    browser = billing_contact(app, account)
    response = update_card(browser, **{**NEW_CARD, **change})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert field_error(html, field) == msg(locale, code)
    assert f'id="{field}" name="{field}"' in html
    assert 'aria-invalid="true"' in html
    assert card_on_file(control, account) == OLD_CARD
    # Neither the number nor the security code is sent back in the page.
    assert "5555 5555 5555 4444" not in html
    assert 'value="321"' not in html


def test_a_card_the_bank_declines_keeps_the_card_on_file(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "it")
    browser = billing_contact(app, account)
    control.add_fault(kind="card_declined", account_id=account["id"], count=1)
    response = update_card(browser, **NEW_CARD)
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), "card_number") == msg("it", "card_declined")
    assert card_on_file(control, account) == OLD_CARD
    # The fault was one hit: the same card goes through now.
    assert update_card(browser, **NEW_CARD).status_code == 302
    assert card_on_file(control, account) == NEW_CARD_ON_FILE


def test_the_error_messages_are_checkouts_own(app: Flask, control: ControlApi) -> None:
    """The same bad card gets the same sentence on Checkout and on Payment Method."""
    account = account_with(
        control,
        "de",
        card=False,
        cart=[{"kind": "change", "product": "goto-webinar", "tier": "standard", "licenses": 7,
               "frequency": "monthly", "subscription_index": 0}],
    )  # fmt: skip
    browser = billing_contact(app, account)
    bad = {**NEW_CARD, "card_number": "4242 4242 4242 4241", "card_expiry": "10/26", "card_cvc": "1"}
    checkout_page = browser.text("/checkout")
    token = re.search(r'name="checkout_token" value="([^"]+)"', checkout_page)
    assert token
    checkout = browser.post_form("/checkout", data={"checkout_token": token.group(1), **bad})
    payment_method = update_card(browser, **bad)
    assert checkout.status_code == payment_method.status_code == 422
    for field in ("card_number", "card_expiry", "card_cvc"):
        expected = field_error(checkout.get_data(as_text=True), field)
        assert expected is not None
        assert field_error(payment_method.get_data(as_text=True), field) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_apply_saves_a_valid_vat_number(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_with(control, locale)
    browser = billing_contact(app, account)
    response = apply_vat(browser, "IT 00743110157")
    assert response.status_code == 302
    assert control.account(account["id"])["vat_number"] == "IT00743110157"
    page = browser.text(response.headers["Location"])
    assert tr(locale, "Your VAT number is applied.") in page
    assert 'value="IT00743110157"' in page
    # An empty field removes it; the card on file never changes with Apply.
    assert apply_vat(browser, "").status_code == 302
    assert control.account(account["id"])["vat_number"] is None
    assert card_on_file(control, account) == OLD_CARD


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("vat_number", "code"), [("IT00743110158", "vat_invalid"), ("DE136695976", "vat_other_country")]
)
def test_apply_refuses_a_bad_vat_number_and_keeps_the_old_one(
    app: Flask, control: ControlApi, locale: str, vat_number: str, code: str
) -> None:
    account = account_with(control, locale, vat_number="IT01114601006")
    browser = billing_contact(app, account)
    response = apply_vat(browser, vat_number)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert field_error(html, "vat_number") == msg(locale, code, country=COUNTRY_NAMES[locale])
    assert control.account(account["id"])["vat_number"] == "IT01114601006"
    assert tr(locale, "Your VAT number is applied.") not in html


def test_the_new_card_is_what_the_next_renewal_charges(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en")
    browser = billing_contact(app, account)
    assert update_card(browser, **NEW_CARD).status_code == 302
    control.set_clock(account["id"], NEXT_BILLING)
    (renewal,) = control.renewals(account["id"])
    assert renewal["card_last4"] == "4444"
    assert renewal["billed_on"] == NEXT_BILLING.isoformat()
    unit = PRODUCTS["goto-webinar"].tier("standard").unit_price("EUR", "monthly")
    assert renewal["total_due"] == str(to_cents(unit * LICENSES))


def test_only_a_billing_contact_sees_or_changes_the_payment_method(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en")
    member = sign_in(app, account["users"][1]["email"])
    assert 'href="/billing/payment-method"' not in member.text("/billing")
    for path in ("/billing/payment-method", "/billing/payment-method/edit"):
        assert member.get(path).status_code == 403
    # Posted with the member's own CSRF token (from a page it may see): refused all the same.
    assert member.post_form("/billing", action="/billing/payment-method/edit", data=NEW_CARD).status_code == 403
    assert (
        member.post_form("/billing", action="/billing/payment-method/vat", data={"vat_number": ""}).status_code == 403
    )
    assert card_on_file(control, account) == OLD_CARD
    assert control.account(account["id"])["vat_number"] is None


def test_signed_out_or_without_the_csrf_token_nothing_changes(app: Flask, control: ControlApi) -> None:
    account = account_with(control, "en")
    visitor = app.test_client()
    response = visitor.get("/billing/payment-method")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/signin")
    browser = billing_contact(app, account)
    assert browser.client.post("/billing/payment-method/edit", data=NEW_CARD).status_code == 400
    assert browser.client.post("/billing/payment-method/vat", data={"vat_number": ""}).status_code == 400
    assert card_on_file(control, account) == OLD_CARD
    # No state changes over GET.
    assert browser.get("/billing/payment-method/vat").status_code == 405


# --- generated input: never a 5xx, and what is refused changes nothing -------------------------

FUZZ_ACCOUNTS = itertools.count()
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NASTY = ["--1", "9" * 5000, "\x00", "🙂", "١٢/٣٠", "02/2030", " 4242424242424242 ", "IT", "EL123", "12/99"]
values = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
card_forms = st.dictionaries(st.sampled_from(["card_holder", "card_number", "card_expiry", "card_cvc"]), values)


@FUZZ
@given(form=card_forms, vat_number=values)
def test_generated_card_forms_and_vat_numbers_are_answered_and_refusals_change_nothing(
    app: Flask, control: ControlApi, form: dict[str, str], vat_number: str
) -> None:
    # One database for every example of the test: a new account (and email) for each.
    account = account_with(control, "en", users=[contact("en", email=f"fuzz-{next(FUZZ_ACCOUNTS)}@example.test")])
    browser = billing_contact(app, account)
    card = update_card(browser, **form)
    assert card.status_code in (302, 422)
    if card.status_code == 422:
        assert card_on_file(control, account) == OLD_CARD
    vat = apply_vat(browser, vat_number)
    assert vat.status_code in (302, 422)
    if vat.status_code == 422:
        assert control.account(account["id"])["vat_number"] is None

"""Each article's labels, in each locale, on the page where the article says they are.

The expected words are this test's own copy of ../shared/ui-vocabulary.md (the published
articles' wording), never read from the mock's catalogs, so a renamed label fails here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask

from billing_e2e.control_api import ControlApi

from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

VOCABULARY: dict[str, dict[str, str]] = {
    "site": {"it": "Centro fatturazione", "de": "Billing Center", "en": "Billing Center"},
    "options": {"it": "Opzioni", "de": "Optionen", "en": "Options"},
    "edit_subscription": {"it": "Modifica sottoscrizione", "de": "Abonnement bearbeiten", "en": "Edit Subscription"},
    "subscribe_now": {"it": "Abbonati ora", "de": "Jetzt abonnieren", "en": "Subscribe Now"},
    "change": {"it": "Modifica", "de": "Ändern", "en": "Change"},
    "order_summary": {"it": "Riepilogo ordine", "de": "Bestellübersicht", "en": "Order Summary"},
    "proceed": {"it": "Completa la transazione", "de": "Zur Kasse", "en": "Proceed to Checkout"},
    "add_to_cart": {"it": "Aggiungi al carrello", "de": "In den Warenkorb", "en": "Add to Cart"},
    "checkout_title": {"it": "Completa transazione", "de": "Kasse", "en": "Checkout"},
    "edit_order": {"it": "Modifica ordine", "de": "Bestellung ändern", "en": "Edit Order"},
    "place_order": {"it": "Effettua ordine", "de": "Bestellung aufgeben", "en": "Place Order"},
    "contact_support": {"it": "Contatta il supporto", "de": "Support kontaktieren", "en": "Contact Support"},
    "add_new": {"it": "Aggiungi nuovo abbonamento", "de": "Neues Abonnement hinzufügen", "en": "Add New Subscription"},
    "buy": {"it": "Acquista", "de": "Kaufen", "en": "Buy"},
    "try": {"it": "Prova", "de": "Testen", "en": "Try"},
    "next": {"it": "Avanti", "de": "Weiter", "en": "Next"},
    "monthly": {"it": "Mensile", "de": "Monatlich", "en": "Monthly"},
    "annual": {"it": "Annuale", "de": "Jährlich", "en": "Annual"},
    "start_trial": {"it": "Avvia la prova", "de": "Testversion starten", "en": "Start Trial"},
    "vat": {"it": "Numero di partita IVA", "de": "Umsatzsteuer-Identifikationsnummer", "en": "VAT Number"},
    "licenses": {"it": "Licenze utente", "de": "Benutzerlizenzen", "en": "User licenses"},
    "corporate_portal": {
        "it": "Portale di fatturazione Corporate",
        "de": "Corporate Billing Portal",
        "en": "Corporate Billing Portal",
    },
}
LOCALES = ("it", "de", "en")


def label(key: str, locale: str) -> str:
    return VOCABULARY[key][locale]


def named(html: str, text: str) -> bool:
    """The text stands as a whole element text or accessible name, not as part of a longer one."""
    escaped = re.escape(text.replace("'", "&#39;"))
    return re.search(rf'(>\s*{escaped}\s*<)|(aria-label="{escaped}")', html) is not None


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def account_in(control: ControlApi, locale: str, **extra: Any) -> dict[str, Any]:
    return control.create_account(
        dict(
            kind="self_service",
            locale=locale,
            today="2026-11-16",
            users=[contact(locale)],
            subscriptions=[subscription("goto-webinar", "standard", 5, period_start="2026-11-01")],
            **extra,
        )
    )


def browser_for(app: Flask, account: dict[str, Any]) -> Browser:
    return sign_in(app, account["users"][0]["email"])


def test_the_billing_center_page(app: Flask, control: ControlApi, locale: str) -> None:
    html = browser_for(app, account_in(control, locale)).text("/billing")
    for key in ("site", "options", "edit_subscription", "add_new", "licenses", "monthly"):
        assert named(html, label(key, locale)), key


def test_edit_subscription_and_the_downgrade_pointer(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(control, locale)
    browser = browser_for(app, account)
    sub_id = account["subscriptions"][0]["id"]
    html = browser.text(f"/subscriptions/{sub_id}/edit")
    for key in ("change", "order_summary", "proceed", "monthly", "annual", "licenses"):
        assert named(html, label(key, locale)), key
    refused = browser.post_form(
        f"/subscriptions/{sub_id}/edit", data={"tier": "lite", "licenses": "5", "frequency": "monthly"}
    )
    assert refused.status_code == 422
    assert named(refused.get_data(as_text=True), label("contact_support", locale))


def test_add_to_cart_when_the_cart_holds_items(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(
        control,
        locale,
        cart=[{"kind": "new", "product": "openvoice", "tier": "standard", "licenses": 1, "frequency": "monthly"}],
    )
    html = browser_for(app, account).text(f"/subscriptions/{account['subscriptions'][0]['id']}/edit")
    assert named(html, label("add_to_cart", locale))
    assert not named(html, label("proceed", locale))


def test_the_checkout_page(app: Flask, control: ControlApi, locale: str) -> None:
    account = account_in(control, locale)
    browser = browser_for(app, account)
    browser.post_form(
        f"/subscriptions/{account['subscriptions'][0]['id']}/edit",
        data={"tier": "pro", "licenses": "6", "frequency": "monthly", "action": "checkout"},
    )
    html = browser.text("/checkout")
    assert f"<h1>{label('checkout_title', locale)}</h1>" in html
    for key in ("edit_order", "place_order", "vat"):
        assert named(html, label(key, locale)), key


def test_an_expired_trial_card(app: Flask, control: ControlApi, locale: str) -> None:
    account = control.create_account(
        {
            "kind": "self_service",
            "locale": locale,
            "today": "2026-11-16",
            "users": [contact(locale)],
            "subscriptions": [
                {**subscription("gotomeeting", "business", 1), "status": "trial", "trial_ends_on": "2026-11-01"}
            ],
        }
    )
    html = browser_for(app, account).text("/billing")
    assert named(html, label("subscribe_now", locale))
    assert not named(html, label("options", locale))


def test_the_add_subscription_wizard(app: Flask, control: ControlApi, locale: str) -> None:
    browser = browser_for(app, account_in(control, locale))
    assert named(browser.text("/add"), label("add_new", locale))
    product = browser.text("/add/openvoice")
    assert named(product, label("buy", locale))
    assert named(product, label("try", locale))
    assert named(browser.text("/add/openvoice/buy"), label("next", locale))
    confirm = browser.text("/add/openvoice/buy/confirm?tier=standard&licenses=2")
    for key in ("monthly", "annual", "proceed"):
        assert named(confirm, label(key, locale)), key
    assert named(browser.text("/add/openvoice/try/confirm?tier=standard&licenses=2"), label("start_trial", locale))


def test_the_corporate_billing_portal(app: Flask, control: ControlApi, locale: str) -> None:
    account = control.create_account({"kind": "corporate", "locale": locale, "users": [contact(locale, "corporate")]})
    browser = browser_for(app, account)
    html = browser.text("/corp-billing")
    assert named(html, label("corporate_portal", locale))

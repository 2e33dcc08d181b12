"""Payment Method and Billing History: the account's card on file and what it has been charged.

As the OpenVoice article tells it: Payment Method at the top of the page → the payment method on
file with an edit link → the VAT number with Apply, and the card form (the card rules of
Checkout, `payment`) → Update Payment Method. A card that is refused or declined keeps the one on
file; the new card is what the next renewal (`renewals`) charges.

Billing History lists one entry per order and per renewal, newest first, each with its invoice as
a PDF (`invoices`) to view and print. Only billing contacts see either page.
"""

from __future__ import annotations

import sqlite3

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from . import invoices, store
from .auth import billing_contact_required
from .billing import cart_count, current_account, today_of
from .db import get_db, transaction
from .faults import card_declined
from .i18n import territory_name
from .messages import message
from .payment import Card, check_card, check_vat_number

bp = Blueprint("billing_info", __name__)

CARD_FIELDS = ("card_holder", "card_number", "card_expiry", "card_cvc")


# --- Payment Method ---------------------------------------------------------------------------


@bp.get("/billing/payment-method")
@billing_contact_required
def payment_method() -> str:
    account = current_account()
    return render_template(
        "billing/payment_method.html",
        account=account,
        # After Update Payment Method (Post/Redirect/Get): said only while a card is on file.
        updated=request.args.get("updated") == "1" and account.has_card,
        cart_size=cart_count(account.id),
    )


def _render_edit(
    account: store.Account,
    problems: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> tuple[str, int]:
    problems = problems or {}
    country = territory_name(account.country)
    texts = {field: message(code, country=country, limit=0) for field, code in problems.items()}
    page = render_template(
        "billing/payment_method_edit.html",
        account=account,
        problems=problems,
        problem_texts=texts,
        form=form or {},
        vat_applied=request.args.get("vat") == "applied" and not problems,
        cart_size=cart_count(account.id),
    )
    return page, status


@bp.get("/billing/payment-method/edit")
@billing_contact_required
def edit_payment_method() -> tuple[str, int]:
    return _render_edit(current_account())


@bp.post("/billing/payment-method/vat")
@billing_contact_required
def apply_vat_number() -> BaseResponse | tuple[str, int]:
    """Apply: the VAT number alone (an empty field removes it), checked as at Checkout."""
    account = current_account()
    raw = request.form.get("vat_number", "")
    vat_number, problem = check_vat_number(raw, account.country)
    if problem is not None:
        return _render_edit(account, {"vat_number": problem}, {"vat_number": raw}, 422)
    with transaction():
        store.set_vat_number(get_db(), account.id, vat_number)
    return redirect(url_for("billing_info.edit_payment_method", vat="applied"))


@bp.post("/billing/payment-method/edit")
@billing_contact_required
def update_payment_method() -> BaseResponse | tuple[str, int]:
    """Update Payment Method: the new card replaces the one on file, or nothing changes."""
    account = current_account()
    form = {field: request.form.get(field, "") for field in CARD_FIELDS}
    # What may be shown again after an error: never the card number or security code.
    kept = {field: form[field] for field in ("card_holder", "card_expiry")}
    card, problems = check_card(
        form["card_number"], form["card_expiry"], form["card_cvc"], form["card_holder"], today_of(account)
    )
    if card is None:
        return _render_edit(account, problems, kept, 422)
    conn = get_db()
    with transaction(conn):
        declined = _declined(conn, account.id, card)
        if not declined:
            store.set_card_on_file(conn, account.id, card.holder, card.last4, card.expiry)
    if declined:
        return _render_edit(account, {"card_number": "card_declined"}, kept, 422)
    return redirect(url_for("billing_info.payment_method", updated="1"))


def _declined(conn: sqlite3.Connection, account_id: int, card: Card) -> bool:
    """Whether the bank declines the new card: the always-declined test card, or an injected fault."""
    return card.always_declined or card_declined(conn, account_id)


# --- Billing History --------------------------------------------------------------------------


def _history(account: store.Account) -> list[invoices.Invoice]:
    conn = get_db()
    return invoices.billing_history(store.list_orders(conn, account.id), store.list_renewals(conn, account.id))


@bp.get("/billing/history")
@billing_contact_required
def history() -> str:
    account = current_account()
    return render_template(
        "billing/history.html",
        account=account,
        entries=_history(account),
        kind_label=invoices.kind_label,
        cart_size=cart_count(account.id),
    )


@bp.get("/billing/history/<number>/invoice.pdf")
@billing_contact_required
def invoice(number: str) -> Response:
    """The invoice of one entry of this account's history; any other number (another account's
    too) is 404, never a hint that it exists."""
    account = current_account()
    found = next((entry for entry in _history(account) if entry.number == number), None)
    if found is None:
        abort(404, description=message("not_found"))
    pdf = invoices.render_pdf(found, account.name, territory_name(account.country))
    response = Response(pdf, mimetype="application/pdf")
    # inline: the browser shows it, to view and to print; the file name for a download.
    response.headers["Content-Disposition"] = f'inline; filename="invoice-{found.number}.pdf"'
    response.headers["Cache-Control"] = "no-store"
    return response

"""Placing an order: the rules that turn an account's cart into an order.

The cart is re-checked and priced (`pricing`) at order time; the order gets its number, pays with
the account's balance first and a card for the rest, creates or renews the subscriptions of its
lines and keeps the card on file. The persistence is `store`'s; `place_order` runs it all inside
the caller's transaction, so an order is placed whole or not at all.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date

from . import store
from .clock import account_today
from .pricing import CurrentPlan, Quote, Selection, SelectionProblem, change_problems, quote


class OrderError(Exception):
    """An order that cannot be placed; `code` keys the localized message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Payment:
    """What the buyer gave on the checkout page; the card number itself is never stored."""

    card_holder: str | None = None
    card_last4: str | None = None
    card_expiry: str | None = None
    vat_number: str | None = None


def new_checkout_token(key: str) -> str:
    """A checkout page's token: a random nonce and its MAC under `key` (the session's CSRF token).

    Only the server can issue one, and one issued to another session (another account) is refused:
    a buyer cannot pick a token, nor reuse the token of someone else's order.
    """
    nonce = secrets.token_urlsafe(18)
    return f"{nonce}.{_checkout_mac(key, nonce)}"


def checkout_token_issued(key: str, token: str) -> bool:
    """Whether `token` is one `new_checkout_token(key)` gave (compared as bytes: any text a form
    sends, non-ASCII included, is an answer, not a 500)."""
    nonce, _, mac = token.partition(".")
    if not (0 < len(token) <= MAX_CHECKOUT_TOKEN and nonce):
        return False
    return hmac.compare_digest(mac.encode(), _checkout_mac(key, nonce).encode())


MAX_CHECKOUT_TOKEN = 128


def _checkout_mac(key: str, nonce: str) -> str:
    digest = hmac.new(key.encode(), nonce.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def order_number(placed_on: date, order_id: int) -> str:
    return f"BC-{placed_on:%Y%m%d}-{order_id:06d}"


def quote_cart(conn: sqlite3.Connection, account: store.Account, items: list[store.CartItem], today: date) -> Quote:
    pairs: list[tuple[Selection, CurrentPlan | None]] = []
    for item in items:
        current = None
        if item.subscription_id is not None:
            subscription = store.get_subscription(conn, account.id, item.subscription_id)
            current = subscription.current_plan if subscription else None
        pairs.append((item.selection, current))
    return quote(pairs, account.currency, account.balance, today)


def cart_problems(conn: sqlite3.Connection, account_id: int, items: list[store.CartItem]) -> list[SelectionProblem]:
    """Re-check every item at order time: the subscription may have changed since it was added."""
    problems: list[SelectionProblem] = []
    for item in items:
        if item.subscription_id is None:
            continue
        subscription = store.get_subscription(conn, account_id, item.subscription_id)
        if subscription is None:
            problems.append(SelectionProblem("cart", "subscription_gone"))
            continue
        if subscription.ended(account_today(conn, account_id)):  # cancelled, and expired since
            problems.append(SelectionProblem("cart", "subscription_ended"))
            continue
        if item.kind == "change":
            problems.extend(change_problems(subscription.selection, item.selection))
        problems.extend(store.assignment_problems(conn, subscription.id, item.selection.licenses))
    return problems


def place_order(
    conn: sqlite3.Connection,
    account_id: int,
    user_id: int,
    checkout_token: str,
    payment: Payment,
    today: date,
) -> tuple[store.Order, bool]:
    """Turn the cart into an order; (order, created). Call inside `db.transaction()`.

    The checkout token makes this idempotent: a second submit of the same checkout page
    returns the order the first one made, and sends no second email.
    """
    placed = store.order_for_checkout(conn, account_id, checkout_token)
    if placed is not None:
        return placed, False
    account = store.get_account(conn, account_id)
    if account is None:
        raise OrderError("account_gone")
    items = store.list_cart(conn, account_id)
    if not items:
        raise OrderError("cart_empty")
    problems = cart_problems(conn, account_id, items)
    if problems:
        raise OrderError(problems[0].code)
    priced = quote_cart(conn, account, items, today)
    if priced.payment_required and payment.card_last4 is None:
        raise OrderError("payment_required")
    vat_number = payment.vat_number or account.vat_number
    order_id = store.insert_order(
        conn,
        account_id=account_id,
        checkout_token=checkout_token,
        placed_on=today,
        priced=priced,
        vat_number=vat_number,
        # A card is recorded only when it paid something: the balance may have covered it all.
        card_last4=payment.card_last4 if priced.payment_required else None,
        placed_by=user_id,
    )
    # The number carries the row id, so it is set once the row exists.
    number = order_number(today, order_id)
    store.set_order_number(conn, order_id, number)
    for item, line in zip(items, priced.lines, strict=True):
        subscription_id = item.subscription_id
        if subscription_id is None:
            subscription_id = store.insert_subscription(
                conn,
                account_id=account_id,
                selection=item.selection,
                status="active",
                period_start=line.period_start,
                next_billing_date=line.period_end,
                paid_amount=line.plan_cost,
            )
        else:
            store.renew_subscription(conn, account_id, subscription_id, line)
        old = line.current.selection if line.current else None
        store.insert_order_line(conn, order_id, subscription_id, item.kind, old, line)
    store.set_balance_and_vat_number(conn, account_id, priced.balance_after, vat_number)
    if priced.payment_required and payment.card_holder and payment.card_last4 and payment.card_expiry:
        store.set_card_on_file(conn, account_id, payment.card_holder, payment.card_last4, payment.card_expiry)
    store.clear_cart(conn, account_id)
    order = store.get_order(conn, account_id, number)
    assert order is not None
    return order, True

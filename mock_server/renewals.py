"""Renewals: a subscription's next period is charged when the account's clock reaches its billing date.

The mock has no scheduler: its time is the account's test clock, so the control API runs the due
renewals whenever it moves a clock (`run_due_renewals`). Each billing date passed renews once, in
order (a clock moved three months on renews a monthly plan three times), at the catalog price of
the plan as it stands: the account's credit balance is spent first (as for an order) and the rest
is charged to the card on file. A renewal is an entry of the billing history with its own
invoice; it sends no order confirmation (the articles name no renewal email either).

What never renews: a free trial (it ends; Subscribe Now buys it), and a cancelled subscription
(it ends on its expiry date). A renewal that cannot be charged (no card on file, the card expired
on the billing date, or the bank declines it) is not made: the subscription stays due, and the
next move of the clock tries again.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from . import store
from .clock import account_today
from .data import faults
from .payment import check_expiry
from .pricing import quote

# The path a card_declined fault is matched against for a renewal's charge (no request makes it):
# a fault on "/" or on "/billing" declines renewals too, one on "/checkout" does not.
RENEWAL_CHARGE_PATH = "/billing/renewals"


def renewal_number(billed_on: date, renewal_id: int) -> str:
    return f"RN-{billed_on:%Y%m%d}-{renewal_id:06d}"


def run_due_renewals(conn: sqlite3.Connection, account_id: int) -> list[store.Renewal]:
    """Renew every subscription of the account whose billing date is today or past; the renewals
    made, oldest first. Call inside `db.transaction()`."""
    today = account_today(conn, account_id)
    made: list[store.Renewal] = []
    for subscription in store.list_subscriptions(conn, account_id):
        if not renews(subscription):
            continue
        current: store.Subscription | None = subscription
        while current is not None and current.next_billing_date <= today:
            renewal = _renew_once(conn, account_id, current)
            if renewal is None:
                break
            made.append(renewal)
            current = store.get_subscription(conn, account_id, current.id)
    return made


def renews(subscription: store.Subscription) -> bool:
    """A paid subscription whose renewal is on: not a free trial, not cancelled."""
    return subscription.status == "active" and subscription.expires_on is None


def _renew_once(conn: sqlite3.Connection, account_id: int, subscription: store.Subscription) -> store.Renewal | None:
    account = store.get_account(conn, account_id)
    assert account is not None
    billed_on = subscription.next_billing_date
    priced = quote([(subscription.selection, None)], account.currency, account.balance, billed_on)
    if priced.payment_required and not _card_charged(conn, account, billed_on):
        return None
    renewal_id = store.insert_renewal(
        conn,
        account_id=account_id,
        subscription_id=subscription.id,
        priced=priced,
        vat_number=account.vat_number,
        card_last4=account.card_last4 if priced.payment_required else None,
    )
    number = renewal_number(billed_on, renewal_id)
    store.set_renewal_number(conn, renewal_id, number)
    (line,) = priced.lines
    store.renew_subscription(conn, account_id, subscription.id, line)
    store.set_balance_and_vat_number(conn, account_id, priced.balance_after, account.vat_number)
    renewal = store.get_renewal(conn, account_id, number)
    assert renewal is not None
    return renewal


def _card_charged(conn: sqlite3.Connection, account: store.Account, billed_on: date) -> bool:
    """Whether the card on file takes the charge on `billed_on` (the same expiry rule as Checkout)."""
    if account.card_last4 is None or account.card_expiry is None:
        return False
    _, problem = check_expiry(account.card_expiry, billed_on)
    if problem is not None:
        return False
    return faults.take_fault(conn, "card_declined", account.id, RENEWAL_CHARGE_PATH) is None

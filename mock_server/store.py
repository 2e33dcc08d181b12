"""Reading and changing the billing state: accounts, users, subscriptions, the cart, orders and renewals.

This is the data layer of the billing state; the other tables' queries are in `mock_server.data`.
The rules of placing an order are in `orders`, prices and prorations in `pricing`.

Every query that touches an account's objects takes the account id, so one account can never
read or change another's data (per-object authorization lives here, not in each view).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal, cast

from werkzeug.security import generate_password_hash

from . import catalog
from .catalog import Currency, Frequency
from .clock import utc_now_iso
from .i18n import Lang
from .pricing import CurrentPlan, LineQuote, Quote, Selection, SelectionProblem

AccountKind = Literal["self_service", "corporate"]
CartKind = Literal["change", "new", "subscribe"]
DEFAULT_PASSWORD_HASH = "scrypt"  # noqa: S105 - a hashing method, not a password
# ~1 ms instead of ~100 ms a user: for test servers that make an account per scenario.
FAST_PASSWORD_HASH = "pbkdf2:sha256:1000"  # noqa: S105 - a hashing method, not a password


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    kind: AccountKind
    country: str
    currency: Currency
    balance: Decimal
    vat_number: str | None
    card_holder: str | None
    card_last4: str | None
    card_expiry: str | None
    clock_date: date | None

    @property
    def has_card(self) -> bool:
        return self.card_last4 is not None

    @property
    def is_corporate(self) -> bool:
        return self.kind == "corporate"


@dataclass(frozen=True)
class User:
    id: int
    account_id: int
    email: str
    full_name: str
    locale: Lang
    is_billing_contact: bool


@dataclass(frozen=True)
class Subscription:
    id: int
    account_id: int
    product_code: str
    tier_code: str
    licenses: int
    frequency: Frequency
    status: Literal["active", "trial"]
    trial_ends_on: date | None
    period_start: date
    next_billing_date: date
    paid_amount: Decimal
    expires_on: date | None = None  # set while its renewal is cancelled: the plan ends on that day

    @property
    def product(self) -> catalog.Product:
        return catalog.product(self.product_code)

    @property
    def tier(self) -> catalog.Tier:
        return self.product.tier(self.tier_code)

    @property
    def selection(self) -> Selection:
        return Selection(self.product_code, self.tier_code, self.licenses, self.frequency)

    @property
    def current_plan(self) -> CurrentPlan:
        return CurrentPlan(self.selection, self.period_start, self.next_billing_date, self.paid_amount)

    def trial_expired(self, today: date) -> bool:
        return self.status == "trial" and self.trial_ends_on is not None and today > self.trial_ends_on

    def pending_cancellation(self, today: date) -> bool:
        """Cancelled, but the paid period still runs: it can be reactivated."""
        return self.expires_on is not None and today < self.expires_on

    def ended(self, today: date) -> bool:
        """Cancelled and past its expiry date: gone for good, never renewed."""
        return self.expires_on is not None and today >= self.expires_on

    @property
    def cancellable(self) -> bool:
        """A paid subscription that renews: a free trial just runs out, it is never cancelled."""
        return self.status == "active" and self.expires_on is None


@dataclass(frozen=True)
class CartItem:
    id: int
    kind: CartKind
    subscription_id: int | None
    selection: Selection


@dataclass(frozen=True)
class OrderLine:
    kind: str
    subscription_id: int | None
    product_code: str
    old_selection: Selection | None
    selection: Selection
    plan_cost: Decimal
    credit: Decimal
    period_start: date
    period_end: date


@dataclass(frozen=True)
class Order:
    id: int
    number: str
    account_id: int
    placed_on: date
    currency: Currency
    plan_total: Decimal
    credit_total: Decimal
    balance_used: Decimal
    total_due: Decimal
    balance_after: Decimal
    vat_number: str | None
    card_last4: str | None
    lines: tuple[OrderLine, ...]

    def as_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(self, default=_json_default))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Renewal:
    """A subscription's period charged on its billing date (`renewals`): an entry of the billing history."""

    id: int
    number: str
    account_id: int
    subscription_id: int | None
    billed_on: date
    currency: Currency
    selection: Selection
    plan_cost: Decimal
    balance_used: Decimal
    total_due: Decimal
    balance_after: Decimal
    period_start: date
    period_end: date
    vat_number: str | None
    card_last4: str | None

    def as_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(self, default=_json_default))  # type: ignore[no-any-return]


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return {name: getattr(value, name) for name in value.__dataclass_fields__}
    raise TypeError(f"cannot serialize {type(value).__name__}")


class AssignmentError(Exception):
    def __init__(self, code: str, limit: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.limit = limit


# --- rows to objects ------------------------------------------------------------------------


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _account(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        currency=row["currency"],
        balance=Decimal(row["balance"]),
        vat_number=row["vat_number"],
        card_holder=row["card_holder"],
        card_last4=row["card_last4"],
        card_expiry=row["card_expiry"],
        clock_date=_date(row["clock_date"]),
    )


def _user(row: sqlite3.Row) -> User:
    return User(
        id=row["id"],
        account_id=row["account_id"],
        email=row["email"],
        full_name=row["full_name"],
        locale=row["locale"],
        is_billing_contact=bool(row["is_billing_contact"]),
    )


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        id=row["id"],
        account_id=row["account_id"],
        product_code=row["product_code"],
        tier_code=row["tier_code"],
        licenses=row["licenses"],
        frequency=row["frequency"],
        status=row["status"],
        trial_ends_on=_date(row["trial_ends_on"]),
        period_start=date.fromisoformat(row["period_start"]),
        next_billing_date=date.fromisoformat(row["next_billing_date"]),
        paid_amount=Decimal(row["paid_amount"]),
        expires_on=_date(row["expires_on"]),
    )


def _cart_item(row: sqlite3.Row) -> CartItem:
    return CartItem(
        id=row["id"],
        kind=row["kind"],
        subscription_id=row["subscription_id"],
        selection=Selection(row["product_code"], row["tier_code"], row["licenses"], row["frequency"]),
    )


# --- accounts and users ---------------------------------------------------------------------


def get_account(conn: sqlite3.Connection, account_id: int) -> Account | None:
    row = conn.execute("SELECT * FROM account WHERE id = ?", (account_id,)).fetchone()
    return _account(row) if row else None


def list_accounts(conn: sqlite3.Connection) -> list[Account]:
    return [_account(row) for row in conn.execute("SELECT * FROM account ORDER BY id")]


def insert_account(
    conn: sqlite3.Connection,
    *,
    name: str,
    kind: AccountKind,
    country: str,
    currency: Currency,
    balance: Decimal = Decimal("0.00"),
    vat_number: str | None = None,
    clock_date: date | None = None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO account (name, kind, country, currency, balance, vat_number, clock_date, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            name,
            kind,
            country,
            currency,
            str(balance),
            vat_number,
            clock_date.isoformat() if clock_date else None,
            utc_now_iso(),
        ),
    )
    return cast(int, cursor.lastrowid)


def set_card_on_file(conn: sqlite3.Connection, account_id: int, holder: str, last4: str, expiry: str) -> None:
    conn.execute(
        "UPDATE account SET card_holder = ?, card_last4 = ?, card_expiry = ? WHERE id = ?",
        (holder, last4, expiry, account_id),
    )


def set_vat_number(conn: sqlite3.Connection, account_id: int, vat_number: str | None) -> None:
    conn.execute("UPDATE account SET vat_number = ? WHERE id = ?", (vat_number, account_id))


def set_balance_and_vat_number(
    conn: sqlite3.Connection, account_id: int, balance: Decimal, vat_number: str | None
) -> None:
    conn.execute("UPDATE account SET balance = ?, vat_number = ? WHERE id = ?", (str(balance), vat_number, account_id))


def delete_account(conn: sqlite3.Connection, account_id: int) -> None:
    """The account and, by the schema's cascades, everything it owns."""
    conn.execute("DELETE FROM account WHERE id = ?", (account_id,))


def insert_user(
    conn: sqlite3.Connection,
    *,
    account_id: int,
    email: str,
    password: str,
    full_name: str,
    locale: Lang,
    is_billing_contact: bool,
    password_hash_method: str = DEFAULT_PASSWORD_HASH,
    password_hash: str | None = None,
) -> int:
    """`password_hash`: the password's hash when the caller already made it (the demo seed hashes
    its one shared password once); else it is hashed here with `password_hash_method`."""
    if password_hash is None:
        password_hash = generate_password_hash(password, method=password_hash_method)
    cursor = conn.execute(
        "INSERT INTO user (account_id, email, password_hash, full_name, locale, is_billing_contact)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (account_id, email, password_hash, full_name, locale, int(is_billing_contact)),
    )
    return cast(int, cursor.lastrowid)


def get_user(conn: sqlite3.Connection, user_id: int) -> User | None:
    row = conn.execute("SELECT * FROM user WHERE id = ?", (user_id,)).fetchone()
    return _user(row) if row else None


def find_user_for_sign_in(conn: sqlite3.Connection, email: str) -> tuple[User, str] | None:
    """The user with this email and the password hash to check, or None."""
    row = conn.execute("SELECT * FROM user WHERE email = ?", (email.strip(),)).fetchone()
    return (_user(row), row["password_hash"]) if row else None


def account_of_email(conn: sqlite3.Connection, email: str) -> int | None:
    """The id of the account that has a user with exactly this email, or None."""
    row = conn.execute("SELECT account_id FROM user WHERE email = ?", (email,)).fetchone()
    return int(row["account_id"]) if row is not None else None


def list_users(conn: sqlite3.Connection, account_id: int) -> list[User]:
    return [_user(r) for r in conn.execute("SELECT * FROM user WHERE account_id = ? ORDER BY id", (account_id,))]


def billing_contacts(conn: sqlite3.Connection, account_id: int) -> list[User]:
    return [user for user in list_users(conn, account_id) if user.is_billing_contact]


# --- subscriptions --------------------------------------------------------------------------


def insert_subscription(
    conn: sqlite3.Connection,
    *,
    account_id: int,
    selection: Selection,
    status: Literal["active", "trial"],
    period_start: date,
    next_billing_date: date,
    paid_amount: Decimal,
    trial_ends_on: date | None = None,
) -> int:
    catalog.product(selection.product_code).tier(selection.tier_code)  # fail on unknown codes
    cursor = conn.execute(
        "INSERT INTO subscription (account_id, product_code, tier_code, licenses, frequency, status,"
        " trial_ends_on, period_start, next_billing_date, paid_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            account_id,
            selection.product_code,
            selection.tier_code,
            selection.licenses,
            selection.frequency,
            status,
            trial_ends_on.isoformat() if trial_ends_on else None,
            period_start.isoformat(),
            next_billing_date.isoformat(),
            str(paid_amount),
        ),
    )
    return cast(int, cursor.lastrowid)


_SUBSCRIPTIONS = (
    "SELECT subscription.*, cancellation.expires_on FROM subscription"
    " LEFT JOIN cancellation ON cancellation.subscription_id = subscription.id"
)


def list_subscriptions(conn: sqlite3.Connection, account_id: int) -> list[Subscription]:
    rows = conn.execute(f"{_SUBSCRIPTIONS} WHERE subscription.account_id = ? ORDER BY subscription.id", (account_id,))
    return [_subscription(row) for row in rows]


def get_subscription(conn: sqlite3.Connection, account_id: int, subscription_id: int) -> Subscription | None:
    row = conn.execute(
        f"{_SUBSCRIPTIONS} WHERE subscription.id = ? AND subscription.account_id = ?", (subscription_id, account_id)
    ).fetchone()
    return _subscription(row) if row else None


def cancel_subscription(
    conn: sqlite3.Connection, account_id: int, subscription_id: int, user_id: int, today: date, expires_on: date
) -> None:
    """Turn off the renewal: the subscription stays until `expires_on`."""
    conn.execute(
        "INSERT INTO cancellation (subscription_id, account_id, requested_on, expires_on, requested_by)"
        " VALUES (?, ?, ?, ?, ?)",
        (subscription_id, account_id, today.isoformat(), expires_on.isoformat(), user_id),
    )


def reactivate_subscription(conn: sqlite3.Connection, account_id: int, subscription_id: int) -> bool:
    """Turn the renewal back on; False if it was not cancelled."""
    cursor = conn.execute(
        "DELETE FROM cancellation WHERE subscription_id = ? AND account_id = ?", (subscription_id, account_id)
    )
    return cursor.rowcount > 0


def start_trial(conn: sqlite3.Connection, account_id: int, selection: Selection, today: date) -> int:
    trial_days = catalog.product(selection.product_code).trial_days
    ends = today + timedelta(days=trial_days)
    return insert_subscription(
        conn,
        account_id=account_id,
        selection=selection,
        status="trial",
        period_start=today,
        next_billing_date=ends + timedelta(days=1),
        paid_amount=Decimal("0.00"),
        trial_ends_on=ends,
    )


def renew_subscription(conn: sqlite3.Connection, account_id: int, subscription_id: int, line: LineQuote) -> None:
    """The subscription as an order line leaves it: active, on the line's plan and period."""
    conn.execute(
        "UPDATE subscription SET tier_code = ?, licenses = ?, frequency = ?, status = 'active',"
        " trial_ends_on = NULL, period_start = ?, next_billing_date = ?, paid_amount = ?"
        " WHERE id = ? AND account_id = ?",
        (
            line.selection.tier_code,
            line.selection.licenses,
            line.selection.frequency,
            line.period_start.isoformat(),
            line.period_end.isoformat(),
            str(line.plan_cost),
            subscription_id,
            account_id,
        ),
    )
    # A change bought while a cancellation is pending pays a new period: the plan stays until that
    # period ends (article 009: licenses "anytime"), and still does not renew (article 005).
    conn.execute(
        "UPDATE cancellation SET expires_on = ? WHERE subscription_id = ? AND account_id = ?",
        (line.period_end.isoformat(), subscription_id, account_id),
    )


# --- cart -----------------------------------------------------------------------------------


def list_cart(conn: sqlite3.Connection, account_id: int) -> list[CartItem]:
    rows = conn.execute("SELECT * FROM cart_item WHERE account_id = ? ORDER BY id", (account_id,))
    return [_cart_item(row) for row in rows]


def get_cart_item(conn: sqlite3.Connection, account_id: int, item_id: int) -> CartItem | None:
    row = conn.execute("SELECT * FROM cart_item WHERE id = ? AND account_id = ?", (item_id, account_id)).fetchone()
    return _cart_item(row) if row else None


def put_cart_item(
    conn: sqlite3.Connection,
    account_id: int,
    kind: CartKind,
    selection: Selection,
    subscription_id: int | None = None,
    replace_item_id: int | None = None,
) -> int:
    """Add an item; a later change of the same subscription replaces the earlier one."""
    if subscription_id is not None:
        conn.execute(
            "DELETE FROM cart_item WHERE account_id = ? AND subscription_id = ?",
            (account_id, subscription_id),
        )
    if replace_item_id is not None:
        conn.execute("DELETE FROM cart_item WHERE account_id = ? AND id = ?", (account_id, replace_item_id))
    cursor = conn.execute(
        "INSERT INTO cart_item (account_id, kind, subscription_id, product_code, tier_code, licenses,"
        " frequency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            account_id,
            kind,
            subscription_id,
            selection.product_code,
            selection.tier_code,
            selection.licenses,
            selection.frequency,
            utc_now_iso(),
        ),
    )
    return cast(int, cursor.lastrowid)


def remove_cart_item(conn: sqlite3.Connection, account_id: int, item_id: int) -> bool:
    cursor = conn.execute("DELETE FROM cart_item WHERE account_id = ? AND id = ?", (account_id, item_id))
    return cursor.rowcount > 0


def clear_cart(conn: sqlite3.Connection, account_id: int) -> None:
    conn.execute("DELETE FROM cart_item WHERE account_id = ?", (account_id,))


# --- orders ---------------------------------------------------------------------------------


def _order(conn: sqlite3.Connection, row: sqlite3.Row) -> Order:
    lines = []
    for line in conn.execute("SELECT * FROM order_line WHERE order_id = ? ORDER BY id", (row["id"],)):
        old = None
        if line["old_tier_code"] is not None:
            old = Selection(line["product_code"], line["old_tier_code"], line["old_licenses"], line["old_frequency"])
        lines.append(
            OrderLine(
                kind=line["kind"],
                subscription_id=line["subscription_id"],
                product_code=line["product_code"],
                old_selection=old,
                selection=Selection(line["product_code"], line["tier_code"], line["licenses"], line["frequency"]),
                plan_cost=Decimal(line["plan_cost"]),
                credit=Decimal(line["credit"]),
                period_start=date.fromisoformat(line["period_start"]),
                period_end=date.fromisoformat(line["period_end"]),
            )
        )
    return Order(
        id=row["id"],
        number=row["number"],
        account_id=row["account_id"],
        placed_on=date.fromisoformat(row["placed_on"]),
        currency=row["currency"],
        plan_total=Decimal(row["plan_total"]),
        credit_total=Decimal(row["credit_total"]),
        balance_used=Decimal(row["balance_used"]),
        total_due=Decimal(row["total_due"]),
        balance_after=Decimal(row["balance_after"]),
        vat_number=row["vat_number"],
        card_last4=row["card_last4"],
        lines=tuple(lines),
    )


def get_order(conn: sqlite3.Connection, account_id: int, number: str) -> Order | None:
    row = conn.execute(
        "SELECT * FROM purchase_order WHERE number = ? AND account_id = ?", (number, account_id)
    ).fetchone()
    return _order(conn, row) if row else None


def list_orders(conn: sqlite3.Connection, account_id: int) -> list[Order]:
    rows = conn.execute("SELECT * FROM purchase_order WHERE account_id = ? ORDER BY id", (account_id,)).fetchall()
    return [_order(conn, row) for row in rows]


def order_for_checkout(conn: sqlite3.Connection, account_id: int, checkout_token: str) -> Order | None:
    """The order the checkout page with this token placed, if it placed one."""
    row = conn.execute(
        "SELECT * FROM purchase_order WHERE checkout_token = ? AND account_id = ?",
        (checkout_token, account_id),
    ).fetchone()
    return _order(conn, row) if row else None


def insert_order(
    conn: sqlite3.Connection,
    *,
    account_id: int,
    checkout_token: str,
    placed_on: date,
    priced: Quote,
    vat_number: str | None,
    card_last4: str | None,
    placed_by: int,
) -> int:
    """A new order without its number and lines (`set_order_number`, `insert_order_line`)."""
    cursor = conn.execute(
        "INSERT INTO purchase_order (number, account_id, checkout_token, placed_on, placed_at, currency,"
        " plan_total, credit_total, balance_used, total_due, balance_after, vat_number, card_last4, placed_by)"
        " VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            account_id,
            checkout_token,
            placed_on.isoformat(),
            utc_now_iso(),
            priced.currency,
            str(priced.plan_total),
            str(priced.credit_total),
            str(priced.balance_used),
            str(priced.total_due),
            str(priced.balance_after),
            vat_number,
            card_last4,
            placed_by,
        ),
    )
    return cast(int, cursor.lastrowid)


def set_order_number(conn: sqlite3.Connection, order_id: int, number: str) -> None:
    conn.execute("UPDATE purchase_order SET number = ? WHERE id = ?", (number, order_id))


def insert_order_line(
    conn: sqlite3.Connection,
    order_id: int,
    subscription_id: int,
    kind: CartKind,
    old: Selection | None,
    line: LineQuote,
) -> None:
    selection = line.selection
    conn.execute(
        "INSERT INTO order_line (order_id, subscription_id, kind, product_code, old_tier_code, old_licenses,"
        " old_frequency, tier_code, licenses, frequency, plan_cost, credit, period_start, period_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            order_id,
            subscription_id,
            kind,
            selection.product_code,
            old.tier_code if old else None,
            old.licenses if old else None,
            old.frequency if old else None,
            selection.tier_code,
            selection.licenses,
            selection.frequency,
            str(line.plan_cost),
            str(line.credit),
            line.period_start.isoformat(),
            line.period_end.isoformat(),
        ),
    )


# --- renewals -------------------------------------------------------------------------------


def _renewal(row: sqlite3.Row) -> Renewal:
    return Renewal(
        id=row["id"],
        number=row["number"],
        account_id=row["account_id"],
        subscription_id=row["subscription_id"],
        billed_on=date.fromisoformat(row["billed_on"]),
        currency=row["currency"],
        selection=Selection(row["product_code"], row["tier_code"], row["licenses"], row["frequency"]),
        plan_cost=Decimal(row["plan_cost"]),
        balance_used=Decimal(row["balance_used"]),
        total_due=Decimal(row["total_due"]),
        balance_after=Decimal(row["balance_after"]),
        period_start=date.fromisoformat(row["period_start"]),
        period_end=date.fromisoformat(row["period_end"]),
        vat_number=row["vat_number"],
        card_last4=row["card_last4"],
    )


def insert_renewal(
    conn: sqlite3.Connection,
    *,
    account_id: int,
    subscription_id: int,
    priced: Quote,
    vat_number: str | None,
    card_last4: str | None,
) -> int:
    """A renewal of the one line `priced` holds, without its number (`set_renewal_number`)."""
    (line,) = priced.lines
    selection = line.selection
    cursor = conn.execute(
        "INSERT INTO renewal (number, account_id, subscription_id, billed_on, currency, product_code, tier_code,"
        " licenses, frequency, plan_cost, balance_used, total_due, balance_after, period_start, period_end,"
        " vat_number, card_last4) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            account_id,
            subscription_id,
            line.period_start.isoformat(),
            priced.currency,
            selection.product_code,
            selection.tier_code,
            selection.licenses,
            selection.frequency,
            str(line.plan_cost),
            str(priced.balance_used),
            str(priced.total_due),
            str(priced.balance_after),
            line.period_start.isoformat(),
            line.period_end.isoformat(),
            vat_number,
            card_last4,
        ),
    )
    return cast(int, cursor.lastrowid)


def set_renewal_number(conn: sqlite3.Connection, renewal_id: int, number: str) -> None:
    conn.execute("UPDATE renewal SET number = ? WHERE id = ?", (number, renewal_id))


def list_renewals(conn: sqlite3.Connection, account_id: int) -> list[Renewal]:
    rows = conn.execute("SELECT * FROM renewal WHERE account_id = ? ORDER BY id", (account_id,))
    return [_renewal(row) for row in rows]


def get_renewal(conn: sqlite3.Connection, account_id: int, number: str) -> Renewal | None:
    row = conn.execute("SELECT * FROM renewal WHERE number = ? AND account_id = ?", (number, account_id)).fetchone()
    return _renewal(row) if row else None


# --- license assignments --------------------------------------------------------------------


def assigned_count(conn: sqlite3.Connection, subscription_id: int) -> int:
    row = conn.execute(
        "SELECT COUNT(*) AS n FROM license_assignment WHERE subscription_id = ?", (subscription_id,)
    ).fetchone()
    return int(row["n"])


def assignment_problems(conn: sqlite3.Connection, subscription_id: int, licenses: int) -> list[SelectionProblem]:
    """Fewer licenses than users who hold one would leave someone without a product."""
    in_use = assigned_count(conn, subscription_id)
    if licenses < in_use:
        return [SelectionProblem("licenses", "licenses_below_assigned", in_use)]
    return []


def assignments(conn: sqlite3.Connection, account_id: int) -> set[tuple[int, int]]:
    rows = conn.execute(
        "SELECT la.user_id, la.subscription_id FROM license_assignment la"
        " JOIN subscription s ON s.id = la.subscription_id WHERE s.account_id = ?",
        (account_id,),
    )
    return {(row["user_id"], row["subscription_id"]) for row in rows}


def assigned_emails(conn: sqlite3.Connection, account_id: int) -> dict[int, list[str]]:
    """Subscription id -> the emails of the users who hold one of its licenses, by user id."""
    assigned: dict[int, list[str]] = {}
    for row in conn.execute(
        "SELECT la.subscription_id, u.email FROM license_assignment la JOIN user u ON u.id = la.user_id"
        " WHERE u.account_id = ? ORDER BY u.id",
        (account_id,),
    ):
        assigned.setdefault(row["subscription_id"], []).append(row["email"])
    return assigned


def set_assignment(
    conn: sqlite3.Connection, account_id: int, user_id: int, subscription_id: int, enabled: bool
) -> None:
    """Enable or disable a product for one user; never more users than licenses bought."""
    subscription = get_subscription(conn, account_id, subscription_id)
    user = get_user(conn, user_id)
    if subscription is None or user is None or user.account_id != account_id:
        raise AssignmentError("not_found")
    if not enabled:
        conn.execute(
            "DELETE FROM license_assignment WHERE user_id = ? AND subscription_id = ?",
            (user_id, subscription_id),
        )
        return
    if (user_id, subscription_id) in assignments(conn, account_id):
        return
    if assigned_count(conn, subscription_id) >= subscription.licenses:
        raise AssignmentError("no_free_license", subscription.licenses)
    conn.execute("INSERT INTO license_assignment (user_id, subscription_id) VALUES (?, ?)", (user_id, subscription_id))


def record_corporate_request(
    conn: sqlite3.Connection, account_id: int, user_id: int | None, topic: str, message: str
) -> int:
    cursor = conn.execute(
        "INSERT INTO corporate_request (account_id, user_id, topic, message, created_at) VALUES (?, ?, ?, ?, ?)",
        (account_id, user_id, topic, message, utc_now_iso()),
    )
    return cast(int, cursor.lastrowid)


def has_corporate_request(conn: sqlite3.Connection, account_id: int, request_id: int) -> bool:
    row = conn.execute(
        "SELECT id FROM corporate_request WHERE id = ? AND account_id = ?", (request_id, account_id)
    ).fetchone()
    return row is not None

"""The control API's operations: create and delete accounts, test clocks (which run the renewals
they make due), sessions, faults, reset.

Each operation takes the connection and runs its own transaction, except `create_account`: the
demo seed calls it inside a transaction of its own, and so does the route. A route only parses,
calls one operation and serializes. A missing account or fault raises NotFound (a 404 with the detail given), a
request that breaks a rule raises SpecError (a 422); either way nothing is written.

`create_account` is the one code path that writes an account with its users, subscriptions and
cart: the POST /_control/accounts endpoint and the demo seed (`seed.py`) both use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from werkzeug.exceptions import NotFound

from .. import auth, defects, harmless, i18n, renewals, store
from ..clock import account_today, utc_now
from ..config import Settings
from ..data import clocks, faults, portal, sessions, tables
from ..data.faults import Fault
from ..db import transaction
from ..i18n import Lang
from ..pricing import Selection
from .models import FIRST_DAY, LAST_DAY, AccountSpec, DefectsSpec, FaultSpec, HarmlessSpec, UserSpec
from .validation import SpecError, fault_problems, plan_account, portal_user_id_problem, problem


def create_account(
    conn: sqlite3.Connection,
    spec: AccountSpec,
    real_today: date | None = None,
    *,
    password_hash_method: str = store.DEFAULT_PASSWORD_HASH,
    known_hashes: Mapping[str, str] | None = None,
) -> int:
    """Write the account `spec` describes and return its id. Call inside `db.transaction(conn)`.

    `known_hashes`: password -> a hash of it already made (the demo seed's one shared password,
    hashed once instead of once per user: a scrypt hash per demo user kept a loaded machine
    past the 30 s start-up deadline).

    Raises SpecError before writing anything when the spec breaks a rule or an email is taken.
    `real_today` is the date that stands for "today" when the spec sets no test clock.
    """
    plan = plan_account(spec, real_today or utc_now().date())
    taken = []
    for index, user in enumerate(spec.users):
        owner = store.account_of_email(conn, user.email)
        if owner is not None:
            taken.append(
                problem(
                    ("users", index, "email"),
                    f"a user with email {user.email!r} already exists (account {owner})",
                )
            )
        if user.portal_user_id is not None and portal.owner_of_login_id(conn, user.portal_user_id) is not None:
            taken.append(problem(("users", index, "portal_user_id"), f"the User ID {user.portal_user_id!r} is taken"))
    if taken:
        raise SpecError(taken)

    account_id = store.insert_account(
        conn,
        name=plan.name,
        kind=spec.kind,
        country=plan.country,
        currency=plan.currency,
        balance=plan.balance,
        vat_number=spec.vat_number,
        clock_date=spec.today,
    )
    if spec.card_on_file is not None:
        card = spec.card_on_file
        store.set_card_on_file(conn, account_id, card.holder, card.last4, card.expiry)
    user_ids: dict[str, int] = {}
    for user in spec.users:
        user_ids[user.email.casefold()] = _insert_user(
            conn, account_id, user, spec.locale, password_hash_method, (known_hashes or {}).get(user.password)
        )
    subscription_ids = []
    for sub in plan.subscriptions:
        subscription_id = store.insert_subscription(
            conn,
            account_id=account_id,
            selection=sub.selection,
            status=sub.status,
            period_start=sub.period_start,
            next_billing_date=sub.next_billing_date,
            paid_amount=sub.paid_amount,
            trial_ends_on=sub.trial_ends_on,
        )
        subscription_ids.append(subscription_id)
        for email in sub.assigned_users:
            store.set_assignment(conn, account_id, user_ids[email.casefold()], subscription_id, True)
    for item in spec.cart:
        changed_id = subscription_ids[item.subscription_index] if item.subscription_index is not None else None
        store.put_cart_item(
            conn,
            account_id,
            item.kind,
            Selection(item.product, item.tier, item.licenses, item.frequency),
            subscription_id=changed_id,
        )
    return account_id


def _insert_user(
    conn: sqlite3.Connection,
    account_id: int,
    user: UserSpec,
    account_locale: Lang,
    password_hash_method: str,
    password_hash: str | None = None,
) -> int:
    user_id = store.insert_user(
        conn,
        account_id=account_id,
        email=user.email,
        password=user.password,
        full_name=user.full_name,
        locale=user.locale or account_locale,
        is_billing_contact=user.billing_contact,
        password_hash_method=password_hash_method,
        password_hash=password_hash,
    )
    if user.portal_user_id is not None:
        portal.set_login_id(conn, user_id, user.portal_user_id)
    return user_id


def add_user(
    conn: sqlite3.Connection,
    account_id: int,
    spec: UserSpec,
    *,
    password_hash_method: str = store.DEFAULT_PASSWORD_HASH,
) -> int:
    """Add a user to an existing account (a member who is not a billing contact, say); the new id.
    Its locale defaults to the account's (that of its first billing contact, or first user)."""
    with transaction(conn):
        account = require_account(conn, account_id)
        problems = []
        owner = store.account_of_email(conn, spec.email)
        if owner is not None:
            problems.append(problem(("email",), f"a user with email {spec.email!r} already exists (account {owner})"))
        reason = portal_user_id_problem(account.kind, spec)
        if reason is not None:
            problems.append(problem(("portal_user_id",), reason))
        elif spec.portal_user_id is not None and portal.owner_of_login_id(conn, spec.portal_user_id) is not None:
            problems.append(problem(("portal_user_id",), f"the User ID {spec.portal_user_id!r} is taken"))
        if problems:
            raise SpecError(problems)
        users = store.list_users(conn, account_id)
        contacts = [user for user in users if user.is_billing_contact] or users
        locale: Lang = contacts[0].locale if contacts else i18n.DEFAULT_LANGUAGE
        return _insert_user(conn, account_id, spec, locale, password_hash_method)


def require_account(conn: sqlite3.Connection, account_id: int) -> store.Account:
    account = store.get_account(conn, account_id)
    if account is None:
        raise NotFound(description=f"no account with id {account_id}")
    return account


def delete_account(conn: sqlite3.Connection, account_id: int) -> None:
    with transaction(conn):
        require_account(conn, account_id)
        store.delete_account(conn, account_id)


def set_clock(conn: sqlite3.Connection, account_id: int, today: date | None) -> store.Account:
    """Set the account's test clock (None: back to real time); returns the account as it is now."""
    with transaction(conn):
        require_account(conn, account_id)
        clocks.set_clock(conn, account_id, today)
        renewals.run_due_renewals(conn, account_id)
    return require_account(conn, account_id)


def advance_clock(conn: sqlite3.Connection, account_id: int, days: int) -> store.Account:
    """Move the account's today by `days` (from real today if it has no clock)."""
    with transaction(conn):
        require_account(conn, account_id)
        try:
            today = account_today(conn, account_id) + timedelta(days=days)
        except OverflowError:
            today = date.max
        if not FIRST_DAY <= today <= LAST_DAY:
            raise SpecError([problem(("days",), f"moves the clock out of {FIRST_DAY} to {LAST_DAY}")])
        clocks.set_clock(conn, account_id, today)
        renewals.run_due_renewals(conn, account_id)
    return require_account(conn, account_id)


def set_every_clock(conn: sqlite3.Connection, today: date) -> int:
    """Set the test clock of every existing account; returns how many there are."""
    with transaction(conn):
        count = clocks.set_every_clock(conn, today)
        for account in store.list_accounts(conn):
            renewals.run_due_renewals(conn, account.id)
        return count


def list_orders(conn: sqlite3.Connection, account_id: int) -> list[store.Order]:
    require_account(conn, account_id)
    return store.list_orders(conn, account_id)


def list_renewals(conn: sqlite3.Connection, account_id: int) -> list[store.Renewal]:
    require_account(conn, account_id)
    return store.list_renewals(conn, account_id)


def expire_sessions(conn: sqlite3.Connection, account_id: int) -> int:
    """Sign out every user of the account; returns how many sessions ended."""
    with transaction(conn):
        require_account(conn, account_id)
        return sessions.delete_account_sessions(conn, account_id)


def create_session(conn: sqlite3.Connection, settings: Settings, account_id: int, email: str) -> dict[str, Any]:
    """Sign the account's user `email` in without the sign-in page: the session row signing in
    would have made (scenarios whose subject is not signing in start signed in this way)."""
    with transaction(conn):
        require_account(conn, account_id)
        wanted = email.strip().casefold()
        user = next((user for user in store.list_users(conn, account_id) if user.email.casefold() == wanted), None)
        if user is None:
            raise SpecError([problem(("email",), f"account {account_id} has no user {email!r}")])
        return auth.start_session(conn, settings, user.id, None)


def create_fault(conn: sqlite3.Connection, spec: FaultSpec) -> Fault:
    problems = fault_problems(spec)
    with transaction(conn):
        if spec.account_id is not None and store.get_account(conn, spec.account_id) is None:
            problems.append(problem(("account_id",), f"no account with id {spec.account_id}"))
        if problems:
            raise SpecError(problems)
        return faults.insert_fault(
            conn,
            account_id=spec.account_id,
            kind=spec.kind,
            status_code=spec.status_code,
            latency_ms=spec.latency_ms,
            path_prefix=spec.path_prefix,
            remaining=spec.count,
        )


def list_faults(conn: sqlite3.Connection) -> list[Fault]:
    return faults.list_faults(conn)


def delete_faults(conn: sqlite3.Connection) -> int:
    with transaction(conn):
        return faults.delete_faults(conn)


def delete_fault(conn: sqlite3.Connection, fault_id: int) -> None:
    with transaction(conn):
        if not faults.delete_fault(conn, fault_id):
            raise NotFound(description=f"no fault with id {fault_id}")


def set_defects(state: defects.DefectState, spec: DefectsSpec) -> None:
    """Replace the active defects; an unknown name is a SpecError and nothing changes."""
    problems = [
        problem(("active", index), defects.unknown_message([name]))
        for index, name in enumerate(spec.active)
        if state.unknown([name])
    ]
    if problems:
        raise SpecError(problems)
    state.replace(spec.active)


def set_harmless(state: defects.DefectState, spec: HarmlessSpec) -> None:
    """Replace the active harmless releases; an unknown name is a SpecError and nothing changes."""
    problems = [
        problem(("active", index), harmless.unknown_message([name]))
        for index, name in enumerate(spec.active)
        if state.unknown([name])
    ]
    if problems:
        raise SpecError(problems)
    state.replace(spec.active)


def reset(conn: sqlite3.Connection, state: defects.DefectState) -> dict[str, int]:
    """Empty every table of the schema, whatever tables it has, in one transaction; no defect stays on."""
    state.replace(())
    with transaction(conn):
        return tables.empty_every_table(conn)

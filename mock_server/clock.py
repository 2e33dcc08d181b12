"""The mock's notion of today: real time, unless a test clock is set on the account.

Like Stripe's test clocks, a clock belongs to an account, so scenarios running side by side on
one server can each live on their own date. Every date and every proration reads it from here.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from .data import clocks


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_now_iso() -> str:
    return utc_now().isoformat(timespec="milliseconds")


def account_today(conn: sqlite3.Connection, account_id: int) -> date:
    return clocks.clock_date(conn, account_id) or utc_now().date()

"""An account's test clock: the `clock_date` column of `account` (None: real time)."""

from __future__ import annotations

import sqlite3
from datetime import date


def clock_date(conn: sqlite3.Connection, account_id: int) -> date | None:
    """The account's test clock; None when it has none or there is no such account."""
    row = conn.execute("SELECT clock_date FROM account WHERE id = ?", (account_id,)).fetchone()
    if row is not None and row["clock_date"]:
        return date.fromisoformat(row["clock_date"])
    return None


def set_clock(conn: sqlite3.Connection, account_id: int, today: date | None) -> None:
    conn.execute("UPDATE account SET clock_date = ? WHERE id = ?", (today.isoformat() if today else None, account_id))


def set_every_clock(conn: sqlite3.Connection, today: date) -> int:
    """Set the clock of every existing account; returns how many accounts there are."""
    return conn.execute("UPDATE account SET clock_date = ?", (today.isoformat(),)).rowcount

"""Sign-in sessions (server side; the cookie holds only the token): the `session` table."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any


def insert_session(
    conn: sqlite3.Connection,
    *,
    token: str,
    user_id: int | None,
    csrf_token: str,
    locale: str | None,
    created_at: datetime,
    expires_at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO session (token, user_id, csrf_token, locale, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        (token, user_id, csrf_token, locale, created_at.isoformat(), expires_at.isoformat()),
    )


def get_session(conn: sqlite3.Connection, token: str) -> dict[str, Any] | None:
    """The session row as a dict (token, user_id, csrf_token, locale, created_at, expires_at)."""
    row = conn.execute("SELECT * FROM session WHERE token = ?", (token,)).fetchone()
    return dict(row) if row is not None else None


def set_session_locale(conn: sqlite3.Connection, token: str, locale: str) -> None:
    conn.execute("UPDATE session SET locale = ? WHERE token = ?", (locale, token))


def delete_session(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM session WHERE token = ?", (token,))


def delete_account_sessions(conn: sqlite3.Connection, account_id: int) -> int:
    """Sign out every user of the account; returns how many sessions were deleted."""
    cursor = conn.execute(
        "DELETE FROM session WHERE user_id IN (SELECT id FROM user WHERE account_id = ?)", (account_id,)
    )
    return cursor.rowcount

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


def delete_stale_sessions(conn: sqlite3.Connection, now: datetime) -> int:
    """Expired sessions, and anonymous ones (no user: a database an older mock wrote); how many."""
    cursor = conn.execute("DELETE FROM session WHERE expires_at <= ? OR user_id IS NULL", (now.isoformat(),))
    return cursor.rowcount


def record_signin_failure(conn: sqlite3.Connection, account_key: str, client_key: str, at: datetime) -> None:
    conn.execute(
        "INSERT INTO signin_failure (account_key, client_key, at) VALUES (?, ?, ?)",
        (account_key, client_key, at.isoformat(timespec="microseconds")),
    )


def forget_signin_failures(
    conn: sqlite3.Connection, *, account_key: str | None = None, before: datetime | None = None
) -> None:
    """The account's failures (after it signed in), or every failure older than `before`."""
    if account_key is not None:
        conn.execute("DELETE FROM signin_failure WHERE account_key = ?", (account_key,))
    if before is not None:
        conn.execute("DELETE FROM signin_failure WHERE at < ?", (before.isoformat(timespec="microseconds"),))


def signin_failures_since(conn: sqlite3.Connection, column: str, key: str, since: datetime) -> list[str]:
    """The times (ISO, oldest first) of the failures of this account_key or client_key since `since`."""
    if column not in ("account_key", "client_key"):
        raise ValueError(f"not a key column: {column}")
    rows = conn.execute(
        f"SELECT at FROM signin_failure WHERE {column} = ? AND at >= ? ORDER BY at",  # noqa: S608 - checked above
        (key, since.isoformat(timespec="microseconds")),
    ).fetchall()
    return [row["at"] for row in rows]


def delete_account_sessions(conn: sqlite3.Connection, account_id: int) -> int:
    """Sign out every user of the account; returns how many sessions were deleted."""
    cursor = conn.execute(
        "DELETE FROM session WHERE user_id IN (SELECT id FROM user WHERE account_id = ?)", (account_id,)
    )
    return cursor.rowcount


def delete_user_sessions(conn: sqlite3.Connection, user_id: int) -> int:
    """Sign the user out everywhere (their password was reset); how many sessions were deleted."""
    return conn.execute("DELETE FROM session WHERE user_id = ?", (user_id,)).rowcount

"""The Corporate Billing Portal's sign-in data: User IDs (`portal_login`) and password-reset
links (`password_reset`). What a link's token is and how it is checked is `portal_auth`'s;
here only the rows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ResetLink:
    id: int
    user_id: int
    secret_sha256: str
    requested_on: date
    valid_until: date
    used: bool
    revoked: bool


def set_login_id(conn: sqlite3.Connection, user_id: int, login_id: str) -> None:
    conn.execute(
        "INSERT INTO portal_login (user_id, login_id) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET login_id = excluded.login_id",
        (user_id, login_id),
    )


def login_ids(conn: sqlite3.Connection, account_id: int) -> dict[int, str]:
    """User id -> portal User ID, for the account's users that have one."""
    rows = conn.execute(
        "SELECT p.user_id, p.login_id FROM portal_login p JOIN user u ON u.id = p.user_id WHERE u.account_id = ?",
        (account_id,),
    )
    return {int(row["user_id"]): str(row["login_id"]) for row in rows}


def owner_of_login_id(conn: sqlite3.Connection, login_id: str) -> int | None:
    """The user id whose portal User ID this is (case-insensitively), or None."""
    row = conn.execute("SELECT user_id FROM portal_login WHERE login_id = ?", (login_id.strip(),)).fetchone()
    return int(row["user_id"]) if row is not None else None


def set_password_hash(conn: sqlite3.Connection, user_id: int, password_hash: str) -> None:
    conn.execute("UPDATE user SET password_hash = ? WHERE id = ?", (password_hash, user_id))


def password_hash(conn: sqlite3.Connection, user_id: int) -> str | None:
    row = conn.execute("SELECT password_hash FROM user WHERE id = ?", (user_id,)).fetchone()
    return str(row["password_hash"]) if row is not None else None


def insert_reset_link(
    conn: sqlite3.Connection,
    *,
    selector: str,
    secret_sha256: str,
    user_id: int,
    requested_on: date,
    valid_until: date,
    now: datetime,
) -> None:
    """A new link for the user; every older link of theirs that still works is revoked."""
    conn.execute(
        "UPDATE password_reset SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL",
        (now.isoformat(), user_id),
    )
    conn.execute(
        "INSERT INTO password_reset (selector, secret_sha256, user_id, requested_on, valid_until, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (selector, secret_sha256, user_id, requested_on.isoformat(), valid_until.isoformat(), now.isoformat()),
    )


def reset_links_sent_since(conn: sqlite3.Connection, user_id: int, since: datetime) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM password_reset WHERE user_id = ? AND created_at >= ?", (user_id, since.isoformat())
    ).fetchone()
    return int(row[0])


def reset_link(conn: sqlite3.Connection, selector: str) -> ResetLink | None:
    row = conn.execute("SELECT * FROM password_reset WHERE selector = ?", (selector,)).fetchone()
    if row is None:
        return None
    return ResetLink(
        id=row["id"],
        user_id=row["user_id"],
        secret_sha256=row["secret_sha256"],
        requested_on=date.fromisoformat(row["requested_on"]),
        valid_until=date.fromisoformat(row["valid_until"]),
        used=row["used_at"] is not None,
        revoked=row["revoked_at"] is not None,
    )


def use_reset_link(conn: sqlite3.Connection, link_id: int, now: datetime) -> bool:
    """Mark the link used; False if it was used or revoked meanwhile (a second submit)."""
    cursor = conn.execute(
        "UPDATE password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL",
        (now.isoformat(), link_id),
    )
    return cursor.rowcount == 1

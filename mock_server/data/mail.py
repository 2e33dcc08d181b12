"""The mailbox's messages: the `mail_message` table the SMTP sink writes and the mailbox API reads.

Lists are newest first (by the time of receipt, then by insertion for messages received in the
same millisecond), the order Mailpit lists messages in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

_COLUMNS = "id, message_id, sender, recipients, subject, created_at, size, is_read, raw"
_NEWEST_FIRST = "ORDER BY created_at DESC, rowid DESC"


@dataclass(frozen=True)
class StoredMail:
    """One received message as stored: the raw source and what the sink read from it."""

    id: str
    message_id: str
    subject: str
    created_at: str
    size: int
    read: bool
    raw: bytes


def _stored(row: sqlite3.Row) -> StoredMail:
    return StoredMail(
        id=row["id"],
        message_id=row["message_id"],
        subject=row["subject"],
        created_at=row["created_at"],
        size=int(row["size"]),
        read=bool(row["is_read"]),
        raw=bytes(row["raw"]),
    )


def has_mail_table(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1 FROM mail_message LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def insert_mail(
    conn: sqlite3.Connection,
    *,
    mail_id: str,
    message_id: str,
    sender: str,
    recipients: list[str],
    subject: str,
    created_at: str,
    raw: bytes,
) -> None:
    conn.execute(
        f"INSERT INTO mail_message ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",  # noqa: S608
        (mail_id, message_id, sender, json.dumps(recipients), subject, created_at, len(raw), raw),
    )


def id_of_message_id(conn: sqlite3.Connection, message_id: str) -> str | None:
    """The database ID of a stored message with this Message-ID (no angle brackets), if any."""
    row = conn.execute("SELECT id FROM mail_message WHERE message_id = ? LIMIT 1", (message_id,)).fetchone()
    return str(row["id"]) if row is not None else None


def count_mail(conn: sqlite3.Connection) -> tuple[int, int]:
    """(messages, unread messages)."""
    row = conn.execute("SELECT COUNT(*) AS total, COALESCE(SUM(is_read = 0), 0) AS unread FROM mail_message").fetchone()
    return int(row["total"]), int(row["unread"])


def list_mail(conn: sqlite3.Connection, start: int = 0, limit: int | None = None) -> list[StoredMail]:
    """Newest first, from `start`; `limit` None or 0: all the rest."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM mail_message {_NEWEST_FIRST} LIMIT ? OFFSET ?",  # noqa: S608
        (limit or -1, start),
    ).fetchall()
    return [_stored(row) for row in rows]


def get_mail(conn: sqlite3.Connection, mail_id: str) -> StoredMail | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM mail_message WHERE id = ?", (mail_id,)).fetchone()  # noqa: S608
    return _stored(row) if row is not None else None


def mark_read(conn: sqlite3.Connection, mail_id: str) -> None:
    conn.execute("UPDATE mail_message SET is_read = 1 WHERE id = ?", (mail_id,))


def delete_mail(conn: sqlite3.Connection, mail_ids: Iterable[str]) -> None:
    conn.executemany("DELETE FROM mail_message WHERE id = ?", [(mail_id,) for mail_id in mail_ids])


def delete_all_mail(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM mail_message")

"""The outbox's SQL: emails written with the order they confirm and delivered afterwards.

A row is claimed before each delivery attempt (`claimed_until`), so two senders of one process
never deliver it at once; the claim of a sender that died expires, and `release_claims` drops
every claim when the mock starts again on the file. Times are ISO 8601 UTC text with
microseconds, so they compare as text.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class OutgoingMail:
    id: int
    message_id: str
    mail_from: str
    rcpt_to: list[str]
    raw: bytes
    attempts: int


def _outgoing(row: sqlite3.Row) -> OutgoingMail:
    return OutgoingMail(
        id=int(row["id"]),
        message_id=row["message_id"],
        mail_from=row["mail_from"],
        rcpt_to=list(json.loads(row["rcpt_to"])),
        raw=bytes(row["raw"]),
        attempts=int(row["attempts"]),
    )


def insert_outgoing(
    conn: sqlite3.Connection,
    *,
    message_id: str,
    about: str,
    mail_from: str,
    rcpt_to: list[str],
    raw: bytes,
    now: str,
) -> int:
    cursor = conn.execute(
        "INSERT INTO outbox (message_id, about, mail_from, rcpt_to, raw, created_at, next_attempt_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (message_id, about, mail_from, json.dumps(rcpt_to), raw, now, now),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def claim(conn: sqlite3.Connection, now: str, until: str, message_id: str | None = None) -> OutgoingMail | None:
    """Claim one due, undelivered, unclaimed message (this one, or the one due first) until `until`."""
    where = "delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)"
    if message_id is None:
        where += " AND next_attempt_at <= :now"
        pick = f"SELECT id FROM outbox WHERE {where} ORDER BY next_attempt_at, id LIMIT 1"  # noqa: S608
    else:
        pick = f"SELECT id FROM outbox WHERE {where} AND message_id = :message_id"  # noqa: S608
    # One statement: the claim is atomic even between processes on the same file.
    row = conn.execute(
        f"UPDATE outbox SET claimed_until = :until WHERE id = ({pick}) RETURNING *",  # noqa: S608
        {"now": now, "until": until, "message_id": message_id},
    ).fetchone()
    return _outgoing(row) if row is not None else None


def mark_delivered(conn: sqlite3.Connection, outbox_id: int, now: str) -> None:
    conn.execute(
        "UPDATE outbox SET delivered_at = ?, claimed_until = NULL, attempts = attempts + 1, last_error = NULL"
        " WHERE id = ?",
        (now, outbox_id),
    )


def mark_failed(conn: sqlite3.Connection, outbox_id: int, next_attempt_at: str, error: str) -> None:
    conn.execute(
        "UPDATE outbox SET next_attempt_at = ?, claimed_until = NULL, attempts = attempts + 1, last_error = ?"
        " WHERE id = ?",
        (next_attempt_at, error, outbox_id),
    )


def release_claims(conn: sqlite3.Connection, now: str) -> int:
    """On start: whatever a dead process had claimed is due again at once; returns how many are pending."""
    conn.execute("UPDATE outbox SET claimed_until = NULL, next_attempt_at = ? WHERE delivered_at IS NULL", (now,))
    return pending_count(conn)


def pending_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0])


def next_due(conn: sqlite3.Connection) -> str | None:
    """When the next undelivered message is due (ISO UTC), or None when nothing is pending."""
    row = conn.execute("SELECT MIN(next_attempt_at) FROM outbox WHERE delivered_at IS NULL").fetchone()
    return row[0] if row is not None else None

"""Injected faults (the `fault` table): what the control API sets and the request hooks consume."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["http_error", "latency", "card_declined"]


@dataclass(frozen=True)
class Fault:
    id: int
    kind: FaultKind
    status_code: int | None
    latency_ms: int | None
    path_prefix: str
    account_id: int | None
    remaining: int | None  # hits left; None: until deleted


def _fault(row: sqlite3.Row) -> Fault:
    # The dataclass's fields are the table's columns.
    return Fault(**dict(row))


def take_fault(conn: sqlite3.Connection, kind: FaultKind, account_id: int | None, path: str) -> Fault | None:
    """Consume one hit of the first matching fault, if any. Call inside a transaction."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM fault WHERE kind = ? AND (account_id IS NULL OR account_id = ?)"
        " AND ? LIKE path_prefix || '%' ORDER BY id LIMIT 1",
        (kind, account_id, path),
    ).fetchone()
    if row is None:
        return None
    if row["remaining"] is not None:
        if row["remaining"] <= 1:
            conn.execute("DELETE FROM fault WHERE id = ?", (row["id"],))
        else:
            conn.execute("UPDATE fault SET remaining = remaining - 1 WHERE id = ?", (row["id"],))
    return _fault(row)


def any_request_fault(conn: sqlite3.Connection) -> bool:
    """Is there a fault that acts on requests (any kind but card_declined)?"""
    return conn.execute("SELECT 1 FROM fault WHERE kind != 'card_declined' LIMIT 1").fetchone() is not None


def insert_fault(
    conn: sqlite3.Connection,
    *,
    account_id: int | None,
    kind: FaultKind,
    status_code: int | None,
    latency_ms: int | None,
    path_prefix: str,
    remaining: int | None,
) -> Fault:
    cursor = conn.execute(
        "INSERT INTO fault (account_id, kind, status_code, latency_ms, path_prefix, remaining)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (account_id, kind, status_code, latency_ms, path_prefix, remaining),
    )
    return _fault(conn.execute("SELECT * FROM fault WHERE id = ?", (cursor.lastrowid,)).fetchone())


def list_faults(conn: sqlite3.Connection) -> list[Fault]:
    return [_fault(row) for row in conn.execute("SELECT * FROM fault ORDER BY id").fetchall()]


def delete_faults(conn: sqlite3.Connection) -> int:
    """Delete every fault; returns how many there were."""
    return conn.execute("DELETE FROM fault").rowcount


def delete_fault(conn: sqlite3.Connection, fault_id: int) -> bool:
    """False if there was no such fault."""
    return conn.execute("DELETE FROM fault WHERE id = ?", (fault_id,)).rowcount > 0

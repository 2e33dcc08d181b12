"""Fault injection for tests: failing responses, added latency and declined cards, on request.

Faults are rows the control API writes. A fault can be limited to one account (so parallel
scenarios on one server do not disturb each other), to a path prefix and to a number of hits.
"""

from __future__ import annotations

import sqlite3
import time

from flask import abort, g, request

from .db import get_db, transaction

# The test's own channels are never disturbed, or a test could not clear the fault it set.
EXEMPT_PREFIXES = ("/_control/", "/mailbox/", "/static/")


def take_fault(conn: sqlite3.Connection, kind: str, account_id: int | None, path: str) -> sqlite3.Row | None:
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
    return row


def apply_request_faults() -> None:
    """Before each request: delay it or fail it if a fault says so."""
    if request.path.startswith(EXEMPT_PREFIXES):
        return
    conn = get_db()
    if conn.execute("SELECT 1 FROM fault WHERE kind != 'card_declined' LIMIT 1").fetchone() is None:
        return
    account_id = g.user.account_id if g.get("user") is not None else None
    with transaction(conn):
        latency = take_fault(conn, "latency", account_id, request.path)
        failure = take_fault(conn, "http_error", account_id, request.path)
    if latency is not None:
        # The mock plays a slow server here; the tests themselves never sleep.
        time.sleep(latency["latency_ms"] / 1000)
    if failure is not None:
        abort(failure["status_code"])


def card_declined(conn: sqlite3.Connection, account_id: int) -> bool:
    return take_fault(conn, "card_declined", account_id, request.path) is not None

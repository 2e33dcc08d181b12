"""Fault injection for tests: failing responses, added latency and declined cards, on request.

Faults are rows the control API writes (their queries are in `data.faults`). A fault can be
limited to one account (so parallel scenarios on one server do not disturb each other), to a path
prefix and to a number of hits.
"""

from __future__ import annotations

import sqlite3
import time

from flask import abort, g, request

from .data import faults as data_faults
from .db import get_db, transaction

# The test's own channels are never disturbed, or a test could not clear the fault it set.
EXEMPT_PREFIXES = ("/_control/", "/mailbox/", "/static/")


def apply_request_faults() -> None:
    """Before each request: delay it or fail it if a fault says so."""
    if request.path.startswith(EXEMPT_PREFIXES):
        return
    conn = get_db()
    if not data_faults.any_request_fault(conn):
        return
    account_id = g.user.account_id if g.get("user") is not None else None
    with transaction(conn):
        latency = data_faults.take_fault(conn, "latency", account_id, request.path)
        failure = data_faults.take_fault(conn, "http_error", account_id, request.path)
    if latency is not None:
        # The mock plays a slow server here; the tests themselves never sleep.
        time.sleep((latency.latency_ms or 0) / 1000)
    if failure is not None:
        abort(failure.status_code or 500)  # the control API requires a status


def card_declined(conn: sqlite3.Connection, account_id: int) -> bool:
    return data_faults.take_fault(conn, "card_declined", account_id, request.path) is not None

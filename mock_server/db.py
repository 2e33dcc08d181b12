"""SQLite access for the mock billing center: one connection per request, schema applied on start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from flask import Flask, current_app, g


def connect(path: Path) -> sqlite3.Connection:
    """Open the database file with the settings every connection of the mock needs."""
    # Autocommit mode: transactions are opened explicitly with `transaction()`, so a
    # request never holds a write lock it did not ask for.
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def init_schema(path: Path) -> None:
    """Create what is missing; existing data is kept, so state survives a restart."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        # WAL lets the SMTP sink's thread write while request threads read.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(resources.files("mock_server").joinpath("schema.sql").read_text("utf-8"))
    finally:
        conn.close()


def get_db() -> sqlite3.Connection:
    """The current request's connection."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    conn: sqlite3.Connection = g.db
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the lock up front, so check-then-write is atomic."""
    conn = conn or get_db()
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction, so several reads see the same state (WAL: writers do not wait)."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def close_db(_exc: BaseException | None = None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def init_app(app: Flask) -> None:
    init_schema(app.config["DATABASE"])
    app.teardown_appcontext(close_db)

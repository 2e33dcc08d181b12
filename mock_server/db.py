"""SQLite access for the mock billing center: one connection per request, schema applied on start."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from flask import Flask, current_app, g
from werkzeug.routing import IntegerConverter, Map

# The largest INTEGER SQLite stores: a larger id names no row, and binding it raises OverflowError.
MAX_ID = 2**63 - 1


class IdConverter(IntegerConverter):
    """`<int:…>` in a route: a row id from 1 to MAX_ID; anything else is a 404, never a 500."""

    def __init__(self, url_map: Map, fixed_digits: int = 0, min: int | None = 1, max: int | None = MAX_ID) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max)


def as_id(text: str) -> int:
    """A row id from a query or form field (`request.args.get(..., type=as_id)`); ValueError if none."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)) or not 1 <= int(text) <= MAX_ID:
        raise ValueError(f"not a row id: {text[:40]!r}")
    return int(text)


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
        _loosen_locale_check(conn)
    finally:
        conn.close()


# A database made before the languages were data held them in a CHECK of the user table.
_FIXED_LOCALES_CHECK = "CHECK (locale IN ('it', 'de', 'en'))"
_ANY_LOCALE_CHECK = "CHECK (locale <> '')"


def _loosen_locale_check(conn: sqlite3.Connection) -> None:
    """Drop the fixed list of languages from an older database's user table, keeping its data.

    Loosening a CHECK is one of the schema changes SQLite documents as safe to make by editing
    the table's SQL in sqlite_schema (https://www.sqlite.org/lang_altertable.html, "making other
    kinds of table schema changes"): the stored rows already satisfy the looser check."""
    row = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'user'").fetchone()
    if row is None or _FIXED_LOCALES_CHECK not in row["sql"]:
        return
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'user'",
            (_FIXED_LOCALES_CHECK, _ANY_LOCALE_CHECK),
        )
        conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def stored_secret(path: Path, name: str) -> bytes:
    """The database's secret of this name, made (32 random bytes) the first time it is asked for;
    processes that start together on one file agree on the first one written."""
    conn = connect(path)
    try:
        conn.execute("INSERT OR IGNORE INTO server_secret (name, value) VALUES (?, ?)", (name, secrets.token_bytes(32)))
        value: bytes = conn.execute("SELECT value FROM server_secret WHERE name = ?", (name,)).fetchone()["value"]
        return value
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
    """Call before any blueprint is registered: their `<int:…>` routes take the bounded converter."""
    app.url_map.converters["int"] = IdConverter
    init_schema(app.config["DATABASE"])
    app.teardown_appcontext(close_db)

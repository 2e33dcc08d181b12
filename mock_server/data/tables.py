"""The schema as a whole: emptying every table, for the control API's reset."""

from __future__ import annotations

import sqlite3


def empty_every_table(conn: sqlite3.Connection) -> dict[str, int]:
    """Delete every row of every table the schema has; returns the rows deleted per table.

    Call inside a transaction. Tables are read from sqlite_master, so a table added to the
    schema is emptied too without a change here.
    """
    tables = [
        row["name"]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
    ]
    # Checked at COMMIT, when every table is empty: the order of the deletes does not matter.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    counts = {table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608 - names from sqlite_master
    for table in tables:
        conn.execute(f'DELETE FROM "{table}"')  # noqa: S608 - names from sqlite_master
    return counts

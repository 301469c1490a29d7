"""Read-only connections for the analysts' commands, safe to use while a crawl writes.

>>> conn = open_reader("output/news.db")      # DatabaseNotFound if there is no such file
>>> conn.execute("SELECT count(*) FROM articles").fetchone()[0]

The database is in WAL mode (``Storage.open`` sets it), so a reader sees the last committed
batch and never waits for the crawl, and the crawl never waits for a reader: a reader takes no
lock the writer needs. Readers open with ``mode=ro``, so a query can never write. A database
of an older schema is upgraded in place once, under the write lock, before it is read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from .schema import SCHEMA_VERSION, migrate

__all__ = ["DatabaseNotFound", "NotANewsDatabase", "open_reader"]


class DatabaseNotFound(FileNotFoundError):
    """There is no file at the database path."""


class NotANewsDatabase(ValueError):
    """The file is not a newscrawler database (or one of a newer newscrawler)."""


def open_reader(path: str | Path, *, busy_timeout: float = 30.0) -> sqlite3.Connection:
    """``open_reader("output/news.db", busy_timeout=30.0)``: a read-only connection whose rows
    are :class:`sqlite3.Row`, on a database at the current schema version."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseNotFound(f"no database at {path}")
    conn = _connect(path, busy_timeout)
    version = _version(conn, path)
    if version < SCHEMA_VERSION:
        conn.close()
        _upgrade(path, busy_timeout)
        conn = _connect(path, busy_timeout)
        version = _version(conn, path)
    if version != SCHEMA_VERSION:
        conn.close()
        raise NotANewsDatabase(f"{path} has schema version {version}, newer than this "
                               f"newscrawler understands ({SCHEMA_VERSION}): upgrade newscrawler")
    conn.row_factory = sqlite3.Row
    return conn


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=busy_timeout)


def _version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_articles = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'articles'").fetchone()
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        conn.close()
        raise NotANewsDatabase(f"{path} is not an SQLite database ({exc})") from None
    if not version or not has_articles:
        conn.close()
        raise NotANewsDatabase(f"{path} is not a newscrawler database (no articles table)")
    return int(version)


def _upgrade(path: Path, busy_timeout: float) -> None:
    # BEGIN IMMEDIATE takes the write lock before the version is read again, so two
    # processes that both found an old schema cannot both run the same migration.
    conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        db = sqlite_utils.Database(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            migrate(db)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()

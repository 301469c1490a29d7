"""Read-only connections for the analysts' commands, safe to use while a crawl writes.

>>> conn = open_reader("output/news.db")      # DatabaseNotFound if there is no such file
>>> conn.execute("SELECT count(*) FROM articles").fetchone()[0]

The database is in WAL mode (``Storage.open`` sets it), so a reader sees the last committed
batch and never waits for the crawl, and the crawl never waits for a reader: a reader takes no
lock the writer needs. Readers open with ``mode=ro``, so a query can never write. A database
of an older schema is upgraded in place once, under the write lock, before it is read.

A reader that cannot write the database's folder (another user's crawl, a read-only mount):
``mode=ro`` on a WAL database needs the ``-shm`` and ``-wal`` files to exist or to be
creatable (SQLite 3.22+). When they do not exist, every committed change is in the database
file itself, so it is opened with ``immutable=1`` (no locks, no ``-shm``): a snapshot that
assumes nothing writes meanwhile; a crawl started during such a read can make it fail or
see a mix, and running the command again reads the new state. When a non-empty ``-wal``
file holds changes that only a process able to write the folder can read,
:class:`DatabaseUnreadable` says so (reading the file alone would show old data).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from .schema import SCHEMA_VERSION, migrate

__all__ = ["DatabaseNotFound", "DatabaseUnreadable", "NotANewsDatabase", "open_reader"]

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseNotFound(FileNotFoundError):
    """There is no file at the database path."""


class NotANewsDatabase(ValueError):
    """The file is not a newscrawler database (or one of a newer newscrawler)."""


class DatabaseUnreadable(OSError):
    """The database is there but this process cannot read it (the message says why)."""


def open_reader(path: str | Path, *, busy_timeout: float = 30.0) -> sqlite3.Connection:
    """``open_reader("output/news.db", busy_timeout=30.0)``: a read-only connection whose rows
    are :class:`sqlite3.Row`, on a database at the current schema version."""
    path = Path(path)
    if not path.exists():
        raise DatabaseNotFound(f"no database at {path}")
    _check_file(path)
    conn = _connect(path, busy_timeout)
    version = _version(conn, path)
    if version < SCHEMA_VERSION:
        conn.close()
        _upgrade(path, busy_timeout, version)
        conn = _connect(path, busy_timeout)
        version = _version(conn, path)
    if version != SCHEMA_VERSION:
        conn.close()
        raise NotANewsDatabase(f"{path} has schema version {version}, newer than this "
                               f"newscrawler understands ({SCHEMA_VERSION}): upgrade newscrawler")
    conn.row_factory = sqlite3.Row
    return conn


def _check_file(path: Path) -> None:
    """What the file system says before SQLite is asked: a file, readable, an SQLite one."""
    if not path.is_file():
        raise NotANewsDatabase(f"{path} is not a file (give the database file with --db PATH)")
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    if header != SQLITE_HEADER:
        raise NotANewsDatabase(f"{path} is not an SQLite database")


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-only connection, checked with a first query; ``immutable=1`` where the
    folder's -shm file cannot be made and no -wal file holds anything (see the module)."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc):  # busy: not a permission problem
            raise
        failure = exc
    wal = path.with_name(path.name + "-wal")
    folder = path.resolve().parent
    if wal.exists() and wal.stat().st_size:
        raise DatabaseUnreadable(
            f"cannot read {path} ({failure}): its last changes are in {wal.name}, which only "
            f"a process that may write to {folder} can read (a crawl running or killed); read "
            "it as a user who can write there, or when its owner's next crawl has ended")
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=busy_timeout)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise DatabaseUnreadable(f"cannot read {path}: {failure}; read-only: {exc}") from None
    return conn


def _version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_articles = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'articles'").fetchone()
    except sqlite3.DatabaseError as exc:  # an SQLite header on a damaged file
        conn.close()
        raise NotANewsDatabase(f"{path} is not a readable SQLite database ({exc})") from None
    if not version or not has_articles:
        conn.close()
        raise NotANewsDatabase(f"{path} is not a newscrawler database (no articles table)")
    return int(version)


def _upgrade(path: Path, busy_timeout: float, version: int) -> None:
    # BEGIN IMMEDIATE takes the write lock before the version is read again, so two
    # processes that both found an old schema cannot both run the same migration.
    conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise
            raise DatabaseUnreadable(
                f"{path} has schema version {version} and must be upgraded to "
                f"{SCHEMA_VERSION} once by a process that may write it and its folder "
                f"({exc}): run any newscrawler command on it as its owner") from None
        db = sqlite_utils.Database(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            migrate(db)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()

"""The news database: schema, migrations and every query, behind one object.

>>> store = Storage.open("output/news.db")
>>> run_id = store.start_run("demo-en")
>>> store.add_article(article, run_id=run_id)       # joins the open batch transaction
>>> store.commit()                                   # or let maybe_commit() decide
>>> store.finish_run(run_id, finish_reason="finished", articles_new=1)
>>> store.close()

Writes are batched: the first write opens a transaction and :meth:`commit` ends it, so a killed
crawl loses at most the open batch, never leaves half an article, and re-fetches what it lost
(nothing uncommitted counts as known). Reads on the same connection see the open batch, which
is what lets dedupe see the articles of the current batch.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from newscrawler.items import ARTICLE_FIELDS, NewsArticle, PageFailure

from .schema import index_missing, migrate

__all__ = ["Storage", "utc_now"]

RUN_COUNTERS = ("requests", "pages", "articles_new", "articles_known", "articles_updated",
                "duplicates", "failures")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


logger = logging.getLogger(__name__)

class Storage:
    """One SQLite news database. Open with :meth:`Storage.open`; all SQL lives here."""

    def __init__(self, db: sqlite_utils.Database, path: Path, *, batch_size: int = 200,
                 commit_interval: float = 1.0) -> None:
        self.db = db
        self.path = path
        self.batch_size = batch_size
        self.commit_interval = commit_interval
        self._pending = 0
        self._last_commit = time.monotonic()
        self._listeners: list[Callable[[Storage], None]] = []
        self._update_listeners: list[Callable[[int, NewsArticle], None]] = []
        self._updated: list[int] = []
        #: Ids of the articles the last commit updated (not inserted), and that commit's number.
        self.committed_updates: tuple[int, ...] = ()
        self.commit_seq = 0

    @classmethod
    def open(cls, path: str | Path, *, batch_size: int = 200, commit_interval: float = 1.0,
             busy_timeout: float = 30.0) -> Storage:
        """Open (creating and migrating if needed) the database at *path*.

        ``Storage.open("output/news.db", batch_size=500)``
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
        # No sqlite-utils plugins: scanning for them costs more than the crawl's own set-up.
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous=NORMAL keeps every committed batch through a killed process;
        # only a power cut can cost the last batches.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        migrate(db)
        missing = index_missing(db)
        if missing:
            logger.info("Indexed %d articles stored without full-text indexing in %s",
                        missing, path)
        return cls(db, path, batch_size=batch_size, commit_interval=commit_interval)

    # -- transactions -------------------------------------------------------------------------

    def _write(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        if not self.db.conn.in_transaction:
            self.db.begin()
        return self.db.execute(sql, tuple(params))

    def _write_missing_fts(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.begin()
        index_missing(self.db)

    def maybe_commit(self) -> bool:
        """Commit when the batch is full or old enough; True when it committed."""
        if self._pending and (self._pending >= self.batch_size
                              or time.monotonic() - self._last_commit >= self.commit_interval):
            self.commit()
            return True
        return False

    def commit(self) -> None:
        """End the open batch and tell the listeners (the JSON lines mirror) about it.

        The batch's new articles enter the full-text index here, in one statement of the same
        transaction (see ``schema._schema_v3``).
        """
        if self.db.conn.in_transaction:
            index_missing(self.db)
        self.db.commit()
        self._pending = 0
        self._last_commit = time.monotonic()
        self.committed_updates, self._updated = tuple(self._updated), []
        self.commit_seq += 1
        for listener in self._listeners:
            listener(self)

    def add_commit_listener(self, listener: Callable[[Storage], None]) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_commit_listener(self, listener: Callable[[Storage], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def add_update_listener(self, listener: Callable[[int, NewsArticle], None]) -> None:
        """Call ``listener(article_id, article)`` inside :meth:`update_article`."""
        if listener not in self._update_listeners:
            self._update_listeners.append(listener)

    def remove_update_listener(self, listener: Callable[[int, NewsArticle], None]) -> None:
        if listener in self._update_listeners:
            self._update_listeners.remove(listener)

    def close(self) -> None:
        if self.db.conn.in_transaction:
            self.commit()
        self.db.close()

    # -- articles -----------------------------------------------------------------------------

    def article_id_for_url(self, url: str) -> int | None:
        row = self.db.execute("SELECT article_id FROM article_urls WHERE url = ?",
                              (url,)).fetchone()
        return row[0] if row else None

    def article_id_for_fingerprint(self, fingerprint: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE fingerprint = ?",
                              (fingerprint,)).fetchone()
        return row[0] if row else None

    def add_article(self, article: NewsArticle, *, run_id: int | None = None) -> int:
        """Insert a new article and every URL it was seen under; returns its id."""
        values = [getattr(article, name) for name in ARTICLE_FIELDS]
        cursor = self._write(_INSERT_ARTICLE, [*values, run_id])
        article_id = int(cursor.lastrowid or 0)
        self.add_urls(article_id, [article.url, *article.urls], site=article.site)
        self._pending += 1
        return article_id

    def update_article(self, article_id: int, article: NewsArticle) -> None:
        """Replace a stored article's content (a ``--refresh`` found it changed).

        The update listeners (the near-duplicate index, which replaces the keys of the old
        text) are called in the same transaction.
        """
        names = [n for n in ARTICLE_FIELDS if n not in ("url", "site")]
        # The update trigger takes the old text out of the full-text index: it must be in it.
        self._write_missing_fts()
        self._write(f"UPDATE articles SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                    [*(getattr(article, n) for n in names), article_id])
        for listener in self._update_listeners:
            listener(article_id, article)
        self._updated.append(article_id)
        self._pending += 1

    def article_identity(self, article_id: int) -> tuple[str, str] | None:
        """``(url, fingerprint)`` of a stored article."""
        row = self.db.execute("SELECT url, fingerprint FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def articles_by_id(self, ids: Iterable[int], *, fields: tuple[str, ...] = ARTICLE_FIELDS
                       ) -> list[dict[str, Any]]:
        ids = list(ids)
        if not ids:
            return []
        columns = ", ".join(("id", *fields))
        cursor = self.db.execute(f"SELECT {columns} FROM articles WHERE id IN "
                                 f"({', '.join('?' * len(ids))}) ORDER BY id", ids)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def add_urls(self, article_id: int, urls: Iterable[str], *, site: str) -> int:
        """Record more URLs of a stored article; returns how many were new."""
        now = utc_now()
        added = 0
        for url in dict.fromkeys(urls):
            cursor = self._write("INSERT OR IGNORE INTO article_urls (url, article_id, site, "
                                 "first_seen) VALUES (?, ?, ?, ?)", (url, article_id, site, now))
            added += cursor.rowcount
        return added

    def articles_after(self, article_id: int, *, fields: tuple[str, ...] = ARTICLE_FIELDS
                       ) -> Iterator[dict[str, Any]]:
        """Articles with an id above *article_id*, oldest first, as dicts with ``id``."""
        columns = ", ".join(("id", *fields))
        cursor = self.db.execute(f"SELECT {columns} FROM articles WHERE id > ? ORDER BY id",
                                 (article_id,))
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def max_article_id(self) -> int:
        return self.db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]

    # -- failures -----------------------------------------------------------------------------

    def add_failure(self, failure: PageFailure, *, run_id: int | None = None) -> None:
        self._write(
            "INSERT INTO failures (run_id, site, url, kind, reason, detail, http_status, "
            "failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, failure.site, failure.url, failure.kind, failure.reason, failure.detail,
             failure.http_status, failure.failed_at or utc_now()),
        )
        self._pending += 1

    def failed_for_good(self, url: str) -> bool:
        """Whether *url* failed in a way another try will not fix (gone, or no article in it);
        timeouts and server errors are not counted, so they are tried again."""
        row = self.db.execute(
            "SELECT 1 FROM failures WHERE url = ? AND (http_status IN (404, 410) OR reason IN "
            "('no title', 'no body', 'no title and no body', 'not an HTML page', "
            "'forbidden by robots.txt')) LIMIT 1",
            (url,)).fetchone()
        return row is not None

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, site: str) -> int:
        """Record that a run of *site* started; committed at once so a killed run shows."""
        cursor = self._write("INSERT INTO crawl_runs (site, started_at, pid) VALUES (?, ?, ?)",
                             (site, utc_now(), os.getpid()))
        self.commit()
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, *, finish_reason: str, outcome: str | None = None,
                   exit_status: int = 0, **counters: int) -> None:
        """Close a run's row with its counts (``articles_new=3, failures=1, ...``)."""
        unknown = set(counters) - set(RUN_COUNTERS)
        if unknown:
            raise TypeError(f"finish_run() got unknown counters: {', '.join(sorted(unknown))}")
        assignments = ", ".join(f"{name} = ?" for name in counters)
        sql = (f"UPDATE crawl_runs SET finished_at = ?, finish_reason = ?, outcome = ?, "
               f"exit_status = ?{', ' + assignments if assignments else ''} WHERE id = ?")
        self._write(sql, (utc_now(), finish_reason, outcome or finish_reason, exit_status,
                          *counters.values(), run_id))
        self.commit()

    def previous_run(self, site: str, *, before: int | None = None) -> dict[str, Any] | None:
        """The latest run of *site* (started before run *before*, when given)."""
        where, params = ("AND id < ?", (before,)) if before else ("", ())
        rows = list(self.db.query(f"SELECT * FROM crawl_runs WHERE site = ? {where} "
                                  "ORDER BY id DESC LIMIT 1", (site, *params)))
        return rows[0] if rows else None

    def run_was_complete(self, run: dict[str, Any]) -> bool:
        """True when *run* finished cleanly and fetched every list page it found."""
        if not run.get("finished_at") or run.get("finish_reason") != "finished":
            return False
        failed_lists = self.db.execute("SELECT count(*) FROM failures WHERE run_id = ? AND "
                                       "kind = 'list'", (run["id"],)).fetchone()[0]
        return failed_lists == 0

    def runs(self, *, site: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """The most recent runs, newest first."""
        where, params = ("WHERE site = ?", (site,)) if site else ("", ())
        return list(self.db.query(f"SELECT * FROM crawl_runs {where} ORDER BY id DESC LIMIT ?",
                                  (*params, limit)))

    # -- counts -------------------------------------------------------------------------------

    def count(self, table: str, *, site: str | None = None) -> int:
        if table not in _TABLES:
            raise ValueError(f"no table {table!r} (tables: {', '.join(_TABLES)})")
        where, params = ("WHERE site = ?", (site,)) if site else ("", ())
        return self.db.execute(f"SELECT count(*) FROM {table} {where}", params).fetchone()[0]


_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_FIELDS)}, first_run_id) "
    f"VALUES ({', '.join('?' * (len(ARTICLE_FIELDS) + 1))})"
)
_TABLES = ("articles", "article_urls", "failures", "crawl_runs")

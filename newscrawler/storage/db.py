"""The news database's writer: batched writes and the lookups a crawl needs, behind one object.

>>> store = Storage.open("output/news.db")
>>> run_id = store.start_run("demo-en")
>>> store.add_article(article, run_id=run_id)       # joins the open batch transaction
>>> store.maybe_commit()                             # or commit() to end the batch now
>>> store.finish_run(run_id, finish_reason="finished", articles_new=1)
>>> store.close()                                    # commits what is open

Writes are batched: the first write opens a transaction and :meth:`commit` ends it, so a killed
crawl loses at most the open batch, never leaves half an article, and re-fetches what it lost
(nothing uncommitted counts as known). Reads on the same connection see the open batch, which
is what lets dedupe see the articles of the current batch. Storage calls nobody back: what
must follow a commit (the JSON lines mirror) is called by the database's owner,
:class:`newscrawler.extensions.database.Database`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from newscrawler import settings
from newscrawler.exit_status import ExitStatus
from newscrawler.failures import PERMANENT, PERMANENT_HTTP
from newscrawler.items import ARTICLE_FIELDS, NewsArticle, PageFailure
from newscrawler.limits import is_limit_reason
from newscrawler.statkeys import RUN_COUNTERS

from .cluster import ClusterState
from .health import RunHealthRows
from .learned import LinkTemplates
from .reposts import RepostKeys
from .schema import index_missing, migrate

__all__ = ["Storage", "utc_now"]

logger = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Storage(RepostKeys, RunHealthRows, LinkTemplates, ClusterState):
    """One SQLite news database. Open with :meth:`Storage.open`; all SQL lives here."""

    def __init__(self, db: sqlite_utils.Database, path: Path, *,
                 batch_size: int = settings.NEWSCRAWLER_BATCH_SIZE,
                 commit_interval: float = settings.NEWSCRAWLER_COMMIT_INTERVAL) -> None:
        self.db = db
        self.path = path
        self.batch_size = batch_size
        self.commit_interval = commit_interval
        self._pending = 0
        self._last_commit = time.monotonic()
        self._updated: list[int] = []
        #: Ids of the articles the last commit updated (not inserted), and that commit's number.
        self.committed_updates: tuple[int, ...] = ()
        self.commit_seq = 0

    @classmethod
    def open(cls, path: str | Path, *, batch_size: int = settings.NEWSCRAWLER_BATCH_SIZE,
             commit_interval: float = settings.NEWSCRAWLER_COMMIT_INTERVAL,
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

    def maybe_commit(self) -> bool:
        """Commit when the batch is full or old enough; True when it committed."""
        if self._pending and (self._pending >= self.batch_size
                              or time.monotonic() - self._last_commit >= self.commit_interval):
            self.commit()
            return True
        return False

    def commit(self) -> None:
        """End the open batch.

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
        """Replace a stored article's content (a ``--refresh`` found it changed)."""
        names = [n for n in ARTICLE_FIELDS if n not in ("url", "site")]
        # The update trigger takes the old text out of the full-text index: it must be in it.
        if not self.db.conn.in_transaction:
            self.db.begin()
        index_missing(self.db)
        self._write(f"UPDATE articles SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                    [*(getattr(article, n) for n in names), article_id])
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
        """Whether *url* failed in a way another try will not fix (``newscrawler.failures``:
        gone, or no article in it); timeouts and server errors are tried again."""
        statuses, reasons = sorted(PERMANENT_HTTP), sorted(PERMANENT)
        row = self.db.execute(
            f"SELECT 1 FROM failures WHERE url = ? AND (http_status IN "
            f"({', '.join('?' * len(statuses))}) OR reason IN "
            f"({', '.join('?' * len(reasons))})) LIMIT 1",
            (url, *statuses, *reasons)).fetchone()
        return row is not None

    def retryable_failures(self, site: str, *, max_runs: int) -> list[str]:
        """The article URLs of *site* that failed in a way another try may fix, are not
        stored since, and failed in fewer than *max_runs* runs; oldest failure first."""
        statuses, reasons = sorted(PERMANENT_HTTP), sorted(PERMANENT)
        rows = self.db.execute(
            f"SELECT url FROM failures f WHERE site = ? AND kind = 'article' "
            f"AND NOT EXISTS (SELECT 1 FROM article_urls u WHERE u.url = f.url) "
            f"GROUP BY url HAVING count(DISTINCT coalesce(run_id, id)) < ? "
            f"AND sum(coalesce(http_status, 0) IN ({', '.join('?' * len(statuses))}) "
            f"OR reason IN ({', '.join('?' * len(reasons))})) = 0 ORDER BY min(id)",
            (site, max_runs, *statuses, *reasons)).fetchall()
        return [row[0] for row in rows]

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, site: str) -> int:
        """Record that a run of *site* started (commit it, so a killed run shows)."""
        cursor = self._write("INSERT INTO crawl_runs (site, started_at, pid) VALUES (?, ?, ?)",
                             (site, utc_now(), os.getpid()))
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
        self._write(sql, (utc_now(), finish_reason, outcome or finish_reason, int(exit_status),
                          *counters.values(), run_id))

    def run(self, run_id: int) -> dict[str, Any] | None:
        """The ``crawl_runs`` row of run *run_id*."""
        rows = list(self.db.query("SELECT * FROM crawl_runs WHERE id = ?", (run_id,)))
        return rows[0] if rows else None

    def previous_run(self, site: str, *, before: int | None = None) -> dict[str, Any] | None:
        """The latest run of *site* (started before run *before*, when given)."""
        where, params = ("AND id < ?", (before,)) if before else ("", ())
        rows = list(self.db.query(f"SELECT * FROM crawl_runs WHERE site = ? {where} "
                                  "ORDER BY id DESC LIMIT 1", (site, *params)))
        return rows[0] if rows else None

    def run_was_complete(self, run: dict[str, Any]) -> bool:
        """True when *run* finished cleanly, or stopped at a limit (a trap is not walked
        again from its start), and fetched every list page it found."""
        reason = run.get("finish_reason")
        if not run.get("finished_at") or not (reason == "finished" or is_limit_reason(reason)):
            return False
        failed_lists = self.db.execute("SELECT count(*) FROM failures WHERE run_id = ? AND "
                                       "kind = 'list'", (run["id"],)).fetchone()[0]
        return failed_lists == 0

    def last_good_run_started(self, site: str) -> datetime | None:
        """When the latest run of *site* that worked started (for ``min_interval``): exited
        0, or 4 (degraded: it crawled the site, and another run would find the same)."""
        row = self.db.execute("SELECT started_at FROM crawl_runs WHERE site = ? AND "
                              "exit_status IN (?, ?) ORDER BY id DESC LIMIT 1",
                              (site, ExitStatus.OK, ExitStatus.DEGRADED)).fetchone()
        return datetime.fromisoformat(row[0]) if row else None


_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_FIELDS)}, first_run_id) "
    f"VALUES ({', '.join('?' * (len(ARTICLE_FIELDS) + 1))})"
)

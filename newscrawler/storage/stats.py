"""What the database holds and how the crawls went: the numbers behind ``stats`` and ``report``.

>>> for site in site_stats(conn):
...     print(site.site, site.articles, site.last_run.outcome if site.last_run else "never")
>>> articles_per_day(conn, days=60)      # {"demo-en": {"2018-05-28": 3, ...}, ...}
>>> recent_runs(conn, limit=20)           # [RunSummary(id=4, site="demo-zh", ...), ...]

Every function takes a connection (``open_reader``) and only reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newscrawler.exit_status import ExitStatus
from newscrawler.statkeys import RUN_COUNTERS

from .lock import crawling_pid

__all__ = [
    "FailureReason", "RunSummary", "SiteStats", "articles_per_day", "failures_by_reason",
    "newest_articles", "recent_runs", "site_stats",
]


@dataclass(frozen=True, slots=True)
class RunSummary:
    """One crawl run: a row of ``crawl_runs`` (``newscrawler runs``, ``stats``, ``report``, and
    what ``newscrawler crawl`` prints); ``id`` is None for a crawl that failed to start."""

    id: int | None
    site: str
    started_at: str | None = None
    finished_at: str | None = None
    outcome: str = "unfinished (running, or killed)"  # "ok", "ok, 3 failed", ...
    exit_status: int | None = None
    requests: int = 0
    pages: int = 0
    articles_new: int = 0
    articles_known: int = 0
    articles_updated: int = 0
    duplicates: int = 0
    failures: int = 0
    finish_reason: str | None = None
    pid: int | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RunSummary:
        """``RunSummary.from_row(row)`` of a ``crawl_runs`` row (a dict or sqlite3.Row)."""
        values = {name: row[name] for name in row.keys() if name in _FIELDS}
        values.update({name: values.get(name) or 0 for name in RUN_COUNTERS})
        if values.get("finished_at"):
            values["outcome"] = (values.get("outcome") or values.get("finish_reason")
                                 or "finished")
        else:
            values.pop("outcome", None)  # a killed run never wrote one
        return cls(**values)

    def settled(self, crawling: int | None) -> RunSummary:
        """This run, an unfinished one told apart by *crawling*, the pid of the process that
        holds the database's crawl lock now: "running" if it is this run's, else "did not
        finish" (killed, or the machine went down)."""
        if self.finished_at:
            return self
        if crawling is not None and self.pid == crawling:
            return replace(self, outcome=f"running (pid {crawling})")
        return replace(self, outcome="did not finish (killed, or crashed)")

    @property
    def ok(self) -> bool:
        return self.finished_at is not None and not self.exit_status

    @property
    def status(self) -> int:
        """The exit status a command reports for the run (an unfinished run failed)."""
        return ExitStatus.FAILED if self.exit_status is None else self.exit_status


_FIELDS = frozenset(f.name for f in fields(RunSummary))


@dataclass(frozen=True, slots=True)
class SiteStats:
    site: str
    articles: int
    reposts: int  # articles with a duplicate_of
    first_published: str | None
    last_published: str | None
    last_crawled: str | None
    runs: int
    last_run: RunSummary | None
    failures: int
    failures_last_run: int


@dataclass(frozen=True, slots=True)
class FailureReason:
    reason: str
    site: str
    count: int
    last_failed_at: str | None
    example_url: str


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()


def _crawling(conn: sqlite3.Connection) -> int | None:
    """The pid of the crawl writing to *conn*'s database now (its lock file says), or None."""
    path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"),
                None)
    return crawling_pid(Path(path)) if path else None


def recent_runs(conn: sqlite3.Connection, *, limit: int = 20,
                site: str | None = None) -> list[RunSummary]:
    """``recent_runs(conn, limit=20, site=None)``: the newest runs first (an unfinished one
    says whether it is running, see :meth:`RunSummary.settled`)."""
    where, params = ("WHERE site = ?", (site,)) if site else ("", ())
    rows = _rows(conn, f"SELECT * FROM crawl_runs {where} ORDER BY id DESC LIMIT ?",
                 (*params, limit))
    crawling = _crawling(conn) if any(row["finished_at"] is None for row in rows) else None
    return [RunSummary.from_row(row).settled(crawling) for row in rows]


def site_stats(conn: sqlite3.Connection) -> list[SiteStats]:
    """``site_stats(conn)``: one summary per site that has articles, runs or failures."""
    articles = {row["site"]: row for row in _rows(
        conn, "SELECT site, count(*) AS n, count(duplicate_of) AS reposts, "
              "min(published_at) AS first, max(published_at) AS last, "
              "max(crawled_at) AS crawled FROM articles GROUP BY site")}
    runs = {row["site"]: row["n"] for row in _rows(
        conn, "SELECT site, count(*) AS n FROM crawl_runs GROUP BY site")}
    last_runs = {row["site"]: RunSummary.from_row(row) for row in _rows(
        conn, "SELECT * FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs "
              "GROUP BY site)")}
    if any(run.finished_at is None for run in last_runs.values()):
        crawling = _crawling(conn)
        last_runs = {site: run.settled(crawling) for site, run in last_runs.items()}
    failures = {row["site"]: row["n"] for row in _rows(
        conn, "SELECT site, count(*) AS n FROM failures GROUP BY site")}
    result = []
    for site in sorted(set(articles) | set(runs) | set(failures), key=lambda s: s or ""):
        row = articles.get(site)
        last = last_runs.get(site)
        in_last = 0
        if last is not None:
            in_last = _rows(conn, "SELECT count(*) AS n FROM failures WHERE run_id = ?",
                            (last.id,))[0]["n"]
        result.append(SiteStats(
            site=site, articles=row["n"] if row else 0, reposts=row["reposts"] if row else 0,
            first_published=row["first"] if row else None,
            last_published=row["last"] if row else None,
            last_crawled=row["crawled"] if row else None, runs=runs.get(site, 0),
            last_run=last, failures=failures.get(site, 0), failures_last_run=in_last))
    return result


def failures_by_reason(conn: sqlite3.Connection, *, limit: int = 20) -> list[FailureReason]:
    """``failures_by_reason(conn, limit=20)``: failures counted by reason and site, most
    first, with the newest one's URL as an example."""
    rows = _rows(conn, "SELECT reason, site, count(*) AS n, max(failed_at) AS last, "
                       "(SELECT f2.url FROM failures f2 WHERE f2.reason = f.reason "
                       "AND f2.site IS f.site ORDER BY f2.id DESC LIMIT 1) AS url "
                       "FROM failures f GROUP BY reason, site ORDER BY n DESC, reason LIMIT ?",
                 (limit,))
    return [FailureReason(r["reason"], r["site"], r["n"], r["last"], r["url"]) for r in rows]


def articles_per_day(conn: sqlite3.Connection, *, days: int = 60) -> dict[str, dict[str, int]]:
    """``articles_per_day(conn, days=60)``: ``{site: {"YYYY-MM-DD": articles}}`` by publication
    date (as the site wrote it), over the *days* days up to the newest publication date."""
    newest = _rows(conn, "SELECT max(substr(published_at, 1, 10)) AS d FROM articles "
                         "WHERE published_at IS NOT NULL")[0]["d"]
    if not newest:
        return {}
    try:
        first = (date.fromisoformat(newest) - timedelta(days=days - 1)).isoformat()
    except ValueError:
        return {}
    counts: dict[str, dict[str, int]] = {}
    for row in _rows(conn, "SELECT site, substr(published_at, 1, 10) AS d, count(*) AS n "
                           "FROM articles WHERE published_at >= ? GROUP BY site, d ORDER BY d",
                     (first,)):
        counts.setdefault(row["site"], {})[row["d"]] = row["n"]
    return counts


def newest_articles(conn: sqlite3.Connection, *, limit: int = 30) -> list[dict[str, Any]]:
    """``newest_articles(conn, limit=30)``: id, site, title, url, published_at, duplicate_of
    of the most recently published articles (read off the published_at index)."""
    return [dict(row) for row in _rows(
        conn, "SELECT id, site, title, url, published_at, duplicate_of FROM articles "
              "WHERE published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT ?",
        (limit,))]

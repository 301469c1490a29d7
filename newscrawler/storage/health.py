"""The SQL of run health (``run_health``, beside ``crawl_runs``): what each run measured,
its verdict, and the site history the checks compare a run with.

>>> store.save_health(run, thresholds=limits.as_dict())   # in the open batch (Storage)
>>> site_history(conn, "demo-en", before=12)                # [RunHealth, ...], newest first
>>> new_article_times(conn, "demo-en", limit=31)            # [datetime, ...], newest first
>>> latest_runs(conn)                                       # {site: RunHealth of its last run}

The readers take any connection: the crawl's (``storage.db.conn``, which sees its open
batch) or a command's read-only one. They leave its ``row_factory`` as they found it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from newscrawler.durations import moment
from newscrawler.health.measure import FIELDS, Problem, RunHealth

__all__ = ["RunHealthRows", "failures_by_reason", "health_of_runs", "latest_runs",
           "new_article_times", "site_history", "thresholds_of"]

_SELECT = (
    "SELECT r.id AS run_id, r.site, r.started_at, r.articles_new, r.articles_updated, "
    "r.duplicates, h.articles, h.with_title, h.with_published, h.with_time, h.with_body, "
    "h.with_source, h.body_paths, h.article_failures, h.failures_by_reason, h.lists, "
    "h.lists_empty, h.state, h.problems "
    "FROM crawl_runs r JOIN run_health h ON h.run_id = r.id ")


class RunHealthRows:
    """Mixed into :class:`~newscrawler.storage.Storage`, whose batch the writes join."""

    db: Any
    _write: Callable[..., sqlite3.Cursor]  # Storage's: joins the open batch

    def save_health(self, run: RunHealth, *, thresholds: Mapping[str, Any] | None = None
                    ) -> None:
        """Store (or replace) the health of run ``run.run_id`` and its verdict."""
        self._write(
            "INSERT OR REPLACE INTO run_health (run_id, site, articles, with_title, "
            "with_published, with_time, with_body, with_source, body_paths, article_failures, "
            "failures_by_reason, lists, lists_empty, state, problems, thresholds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run.run_id, run.site, run.articles,
             *(run.coverage.get(name, 0) for name in FIELDS),
             json.dumps(dict(run.body_paths), sort_keys=True), run.article_failures,
             json.dumps(dict(run.failures), ensure_ascii=False, sort_keys=True),
             run.lists, run.lists_empty, run.state,
             json.dumps([{"check": p.check, "message": p.message} for p in run.problems],
                        ensure_ascii=False),
             json.dumps(dict(thresholds), sort_keys=True) if thresholds else None))

    def failures_by_reason(self, run_id: int) -> dict[str, int]:
        return failures_by_reason(self.db.conn, run_id)


def failures_by_reason(conn: sqlite3.Connection, run_id: int) -> dict[str, int]:
    """``{reason: pages}`` of the failures of run *run_id*, every kind of page."""
    return dict(conn.execute("SELECT reason, count(*) FROM failures WHERE run_id = ? "
                             "GROUP BY reason ORDER BY reason", (run_id,)).fetchall())


def _dicts(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]


def _health(row: Mapping[str, Any]) -> RunHealth:
    return RunHealth(
        site=row["site"], run_id=row["run_id"], started_at=row["started_at"],
        articles=row["articles"] or 0,
        coverage={name: row[f"with_{name}"] or 0 for name in FIELDS},
        body_paths=json.loads(row["body_paths"] or "{}"),
        new=row["articles_new"] or 0, updated=row["articles_updated"] or 0,
        duplicates=row["duplicates"] or 0,
        failures=json.loads(row["failures_by_reason"] or "{}"),
        article_failures=row["article_failures"] or 0, lists=row["lists"] or 0,
        lists_empty=row["lists_empty"] or 0, state=row["state"],
        problems=tuple(Problem(p["check"], p["message"])
                       for p in json.loads(row["problems"] or "[]")))


def site_history(conn: sqlite3.Connection, site: str, *, before: int | None = None,
                 limit: int = 500) -> list[RunHealth]:
    """``site_history(conn, "demo-en", before=None, limit=500)``: the judged runs of *site*
    (before run *before*), newest first."""
    where, params = ("AND r.id < ?", (before,)) if before else ("", ())
    return [_health(row) for row in _dicts(
        conn, f"{_SELECT} WHERE r.site = ? {where} ORDER BY r.id DESC LIMIT ?",
        (site, *params, limit))]


def health_of_runs(conn: sqlite3.Connection, run_ids: list[int]) -> dict[int, RunHealth]:
    """``{run id: RunHealth}`` of the runs among *run_ids* that have a health row."""
    if not run_ids:
        return {}
    marks = ", ".join("?" * len(run_ids))
    return {row["run_id"]: _health(row) for row in _dicts(
        conn, f"{_SELECT} WHERE r.id IN ({marks})", tuple(run_ids))}


def new_article_times(conn: sqlite3.Connection, site: str, *, before: int | None = None,
                      limit: int = 31) -> list[datetime]:
    """When the latest *limit* runs of *site* that stored new articles started (UTC),
    newest first; runs from before health was measured count too."""
    where, params = ("AND id < ?", (before,)) if before else ("", ())
    rows = conn.execute(f"SELECT started_at FROM crawl_runs WHERE site = ? {where} "
                        "AND articles_new > 0 ORDER BY id DESC LIMIT ?",
                        (site, *params, limit)).fetchall()
    return [moment(row[0]) for row in rows]


def latest_runs(conn: sqlite3.Connection, *, site: str | None = None
                ) -> dict[str, dict[str, Any]]:
    """``{site: row}`` of each site's latest finished run: the ``crawl_runs`` columns and,
    under ``"health"``, its RunHealth (None for a run from before health was measured)."""
    where, params = ("AND site = ?", (site,)) if site else ("", ())
    runs = _dicts(conn, "SELECT * FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs "
                        f"WHERE finished_at IS NOT NULL {where} GROUP BY site) ORDER BY site",
                  params)
    health = health_of_runs(conn, [r["id"] for r in runs])
    return {r["site"]: {**r, "health": health.get(r["id"])} for r in runs}


def thresholds_of(conn: sqlite3.Connection, run_id: int) -> dict[str, Any] | None:
    """The thresholds run *run_id* was judged by (stored with its health)."""
    row = conn.execute("SELECT thresholds FROM run_health WHERE run_id = ?",
                       (run_id,)).fetchone()
    return json.loads(row[0]) if row and row[0] else None

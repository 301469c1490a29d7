"""The SQL of distributed crawls: a run row's workers, the ingester's counts of a run still
open, and the last stream entry it stored. Methods of :class:`~newscrawler.storage.Storage`;
what uses them is ``newscrawler/distributed/ingest.py``.

>>> run_id = store.start_cluster_run("7", "demo-en", started_at="2026-12-01T10:00:00+00:00")
>>> store.cluster_run_ids()                   # {"7": 12}: the runs the ingester has not closed
>>> store.save_cluster_stats(run_id, {...})   # in the open batch, with the articles
>>> store.set_stream_offset("news:stream", "1733050000000-3")
>>> store.set_run_workers(run_id, ["host-a:412", "host-b:77"])

Everything is written in the open batch, so the counts and the offset are committed with the
articles they describe, or not at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from newscrawler.failures import PERMANENT, PERMANENT_HTTP

__all__ = ["ClusterState"]


class ClusterState:
    """Mixed into :class:`~newscrawler.storage.Storage`, whose batch the writes join."""

    db: Any
    _write: Callable[..., sqlite3.Cursor]  # Storage's: joins the open batch

    def start_cluster_run(self, cluster_run: str, site: str, *, started_at: str) -> int:
        """The ``crawl_runs`` row of the distributed run *cluster_run* (created once)."""
        row = self.db.execute("SELECT run_id FROM cluster_runs WHERE cluster_run = ?",
                              (cluster_run,)).fetchone()
        if row:
            return int(row[0])
        cursor = self._write("INSERT INTO crawl_runs (site, started_at, pid) VALUES (?, ?, ?)",
                             (site, started_at, os.getpid()))
        run_id = int(cursor.lastrowid or 0)
        self._write("INSERT INTO cluster_runs (run_id, cluster_run) VALUES (?, ?)",
                    (run_id, cluster_run))
        return run_id

    def cluster_run_ids(self) -> dict[str, int]:
        """``{cluster run id: crawl_runs id}`` of the distributed runs not finished yet."""
        return {cluster: run_id for cluster, run_id in self.db.execute(
            "SELECT c.cluster_run, c.run_id FROM cluster_runs c JOIN crawl_runs r "
            "ON r.id = c.run_id WHERE r.finished_at IS NULL")}

    def cluster_stats(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT stats FROM cluster_runs WHERE run_id = ?",
                              (run_id,)).fetchone()
        return json.loads(row[0]) if row else {}

    def save_cluster_stats(self, run_id: int, stats: dict[str, Any]) -> None:
        self._write("UPDATE cluster_runs SET stats = ? WHERE run_id = ?",
                    (json.dumps(stats, sort_keys=True), run_id))

    def set_run_workers(self, run_id: int, worker_ids: Sequence[str]) -> None:
        """Record the workers of a distributed run on its ``crawl_runs`` row."""
        self._write("UPDATE crawl_runs SET workers = ?, worker_ids = ? WHERE id = ?",
                    (len(worker_ids), json.dumps(sorted(worker_ids)), run_id))

    def stream_offset(self, stream: str) -> str | None:
        """The id of the last stream entry whose effects are committed here."""
        row = self.db.execute("SELECT last_id FROM stream_offsets WHERE stream = ?",
                              (stream,)).fetchone()
        return row[0] if row else None

    def set_stream_offset(self, stream: str, last_id: str) -> None:
        self._write("INSERT INTO stream_offsets (stream, last_id) VALUES (?, ?) "
                    "ON CONFLICT (stream) DO UPDATE SET last_id = excluded.last_id",
                    (stream, last_id))

    # -- what the workers are told (seeded into Redis by the ingester) ---------------------------

    def iter_known_urls(self, *, chunk: int = 10_000) -> Iterator[list[str]]:
        """Every URL an article is stored under, in lists of *chunk*."""
        cursor = self.db.execute("SELECT url FROM article_urls")
        while rows := cursor.fetchmany(chunk):
            yield [row[0] for row in rows]

    def iter_failed_for_good(self, *, chunk: int = 10_000) -> Iterator[list[str]]:
        """The URLs :meth:`Storage.failed_for_good` is true of, in lists of *chunk*."""
        statuses, reasons = sorted(PERMANENT_HTTP), sorted(PERMANENT)
        cursor = self.db.execute(
            f"SELECT DISTINCT url FROM failures WHERE http_status IN "
            f"({', '.join('?' * len(statuses))}) OR reason IN ({', '.join('?' * len(reasons))})",
            (*statuses, *reasons))
        while rows := cursor.fetchmany(chunk):
            yield [row[0] for row in rows]

    def sites_last_run_complete(self) -> dict[str, bool]:
        """``{site: whether its latest run completed}`` (``Storage.run_was_complete``)."""
        latest = self.db.execute("SELECT * FROM crawl_runs WHERE id IN "
                                 "(SELECT max(id) FROM crawl_runs GROUP BY site)")
        names = [d[0] for d in latest.description]
        rows = [dict(zip(names, row, strict=True)) for row in latest.fetchall()]
        return {row["site"]: self.run_was_complete(row) for row in rows}  # type: ignore[attr-defined]

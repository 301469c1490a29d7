"""Each site's health now, from the database: what ``newscrawler health`` prints and the
report shows.

>>> site_states(conn, now=datetime.now(UTC))    # [{"site": "demo-en", "state": "ok", ...}]
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from newscrawler import settings
from newscrawler.storage.health import latest_runs, new_article_times, thresholds_of

from .checks import site_state, stale_after, usual_gap
from .measure import FIELDS
from .thresholds import Thresholds

__all__ = ["site_states", "why"]


def site_states(conn: sqlite3.Connection, *, now: datetime, site: str | None = None
                ) -> list[dict[str, Any]]:
    """``site_states(conn, now=now, site=None)``: for each site with a finished run (or
    *site*), its state (``ok``, ``stale``, ``degraded``, ``failed``), the reasons, its last
    run, when it last found new articles, its usual gap and stale limit (seconds), and the
    last run's coverage and body paths. The stale limit uses the thresholds stored with the
    site's last judged run (its site file's), else the defaults."""
    states = []
    for row in latest_runs(conn, site=site).values():
        limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH, thresholds_of(conn, row["id"]))
        times = new_article_times(conn, row["site"], limit=limits.stale_gaps + 1)
        health = row["health"]
        state, problems = site_state(exit_status=row["exit_status"], run=health,
                                     new_times=times, now=now, limits=limits)
        states.append({
            "site": row["site"], "state": state,
            "reasons": [{"check": p.check, "message": p.message} for p in problems],
            "last_run": {name: row[name] for name in ("id", "started_at", "finished_at",
                                                       "outcome", "exit_status")},
            "new_articles_last_found": times[0].isoformat() if times else None,
            "usual_gap_seconds": usual_gap(times, limits),
            "stale_after_seconds": stale_after(times, limits),
            "coverage": ({name: health.share(name) for name in FIELDS}
                         if health is not None and health.articles else None),
            "body_paths": dict(health.body_paths) if health is not None else None,
        })
    return states


def why(state: dict[str, Any]) -> str:
    """The reasons of one of :func:`site_states` in a line ("" when it is ok): the failed
    checks, after the last run's outcome when that run failed."""
    reasons = "; ".join(f"{r['check']}: {r['message']}" for r in state["reasons"])
    if state["state"] == "failed":
        return "; ".join(filter(None, [state["last_run"]["outcome"], reasons]))
    return reasons

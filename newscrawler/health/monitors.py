"""The health checks as Spidermon monitors, and the suite a run is judged by.

>>> problems = judge(run, conn=storage.db.conn, limits=limits, alerts=alerts)  # [Problem]

Each monitor runs one pure check of :mod:`newscrawler.health.checks` on the suite's data
(``run``, ``history``, ``new_times``, ``now``, ``limits``) and fails with its problems'
messages; the suite's failed actions send the alerts (:mod:`newscrawler.health.alerts`).
The crawl runs the suite when it closes a run's row (``newscrawler/extensions/health.py``),
through Spidermon's runner, and records the run ``degraded`` when a monitor fails. A
project can name its own suite in ``NEWSCRAWLER_HEALTH_SUITE`` (a subclass adding Spidermon
monitors): any of its monitors that fails degrades the run the same way.

The history is the database's own (``crawl_runs`` and ``run_health``), not Spidermon's
``LocalStorageStatsHistoryCollector``: that one pickles the stats of the last runs per
spider name, and every site here is crawled by the one ``portal`` spider; it lives beside
the project (``.scrapy/stats``), apart from the database that a copy, a move to another
machine or a distributed ingester takes along; it starts empty, where ``crawl_runs``
already knows when each site last found new articles; and ``health``, ``report`` and
Datasette can read the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from spidermon import Monitor, MonitorRunner, MonitorSuite, monitors

from newscrawler.durations import moment
from newscrawler.storage.health import new_article_times, site_history

from . import checks
from .alerts import AlertSettings, EmailAlert, WebhookAlert, problems_of
from .measure import Problem, RunHealth
from .thresholds import Thresholds

__all__ = ["BodyPathMonitor", "CoverageMonitor", "FailuresMonitor", "HealthMonitorSuite",
           "ListsMonitor", "StaleMonitor", "judge"]


class _Check(Monitor):
    def verdict(self, problems: Sequence[Problem]) -> None:
        if problems:
            self.fail("; ".join(p.message for p in problems))


@monitors.name("coverage")
class CoverageMonitor(_Check):
    """Titles, dates, times, bodies and sources as often as in the site's recent runs."""

    @monitors.name("fields as often as usual")
    def test_coverage(self) -> None:
        self.verdict(checks.coverage(self.data.run, self.data.history, self.data.limits))


@monitors.name("body path")
class BodyPathMonitor(_Check):
    """Bodies still found by the site's own path, not the generic fallbacks."""

    @monitors.name("bodies from the usual path")
    def test_body_path(self) -> None:
        self.verdict(checks.body_path(self.data.run, self.data.history, self.data.limits))


@monitors.name("stale")
class StaleMonitor(_Check):
    """A new article within the site's usual interval."""

    @monitors.name("new articles as often as usual")
    def test_stale(self) -> None:
        self.verdict(checks.stale(self.data.new_times, self.data.now, self.data.limits))


@monitors.name("lists")
class ListsMonitor(_Check):
    """List pages that still give article links."""

    @monitors.name("list pages give article links")
    def test_lists(self) -> None:
        self.verdict(checks.empty_lists(self.data.run, self.data.history, self.data.limits))


@monitors.name("failures")
class FailuresMonitor(_Check):
    """Most article pages tried were stored."""

    @monitors.name("failures below their share")
    def test_failures(self) -> None:
        self.verdict(checks.failures(self.data.run, self.data.limits))


class HealthMonitorSuite(MonitorSuite):
    """newscrawler's health checks of one run; alerts when one fails."""

    monitors = [CoverageMonitor, BodyPathMonitor, StaleMonitor, ListsMonitor, FailuresMonitor]
    monitors_failed_actions = [EmailAlert, WebhookAlert]


def judge(run: RunHealth, *, conn: sqlite3.Connection, limits: Thresholds,
          alerts: AlertSettings | None = None, suite: type[MonitorSuite] = HealthMonitorSuite,
          runner: MonitorRunner | None = None, now: datetime | None = None,
          **data: Any) -> list[Problem]:
    """Run *suite* on *run* with the site's history read from *conn*; returns the problems
    of its failed monitors (whose alerts it has sent). *runner* defaults to Spidermon's plain
    ``MonitorRunner`` (a crawl passes its ``SpiderMonitorRunner``, which logs through the
    spider); *data* is passed to the monitors and actions as well (``crawler``, ``spider``,
    ``crawl_stats``, ``database``...)."""
    now = now or datetime.now(UTC)
    new_times = new_article_times(conn, run.site, before=run.run_id, limit=limits.stale_gaps + 1)
    if run.new:
        new_times.insert(0, moment(run.started_at) if run.started_at else now)
    result = (runner or MonitorRunner()).run(
        suite(), run=run, history=site_history(conn, run.site, before=run.run_id),
        new_times=new_times, now=now, limits=limits, alerts=alerts, **data)
    return problems_of(result)

"""The health checks of a crawl's run: judged when its row is closed, stored beside it.

:class:`HealthChecks` is an extension without signals of its own: the run's owner,
:class:`~newscrawler.extensions.database.CrawlDatabase`, calls :meth:`HealthChecks.judge`
at ``spider_closed`` after its own verdict (:func:`~newscrawler.extensions.database.judge_run`)
and before it writes the row, so the monitors' result decides the run's outcome and exit
status, the history it reads is the database's, and the alerts go out before the process
exits. (Spidermon's own extension runs close suites in a ``spider_closed`` handler of its
own and keeps no result: the row would be written, or the database closed, without them.)

Settings: ``NEWSCRAWLER_HEALTH_ENABLED`` (off: no extension, runs are not judged),
``NEWSCRAWLER_HEALTH`` (thresholds; a site file's ``[health]`` table overrides them),
``NEWSCRAWLER_HEALTH_SUITE``, ``NEWSCRAWLER_ALERT_*``. A bad value refuses the crawl at start.
Stats: ``newscrawler/health/state`` (``ok``, ``degraded``), ``newscrawler/alerts/...``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object
from spidermon import MonitorSuite
from spidermon.contrib.scrapy.runners import SpiderMonitorResult, SpiderMonitorRunner
from spidermon.settings import MONITOR

from newscrawler import settings as defaults
from newscrawler import statkeys
from newscrawler.exit_status import ExitStatus
from newscrawler.health import Problem, RunHealth, Thresholds
from newscrawler.health.alerts import AlertSettings
from newscrawler.health.monitors import judge
from newscrawler.storage import Storage

__all__ = ["HealthChecks", "degrade"]

logger = logging.getLogger(__name__)

MONITOR_FAILURE = MONITOR.STATUS.FAILURE


class HealthChecks:
    """Extension: measures and judges each run's health (see the module)."""

    def __init__(self, crawler: Crawler, *, thresholds: dict[str, Any],
                 suite: type[MonitorSuite], alerts: AlertSettings) -> None:
        self.crawler = crawler
        self.thresholds = thresholds
        self.suite = suite
        self.alerts = alerts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HealthChecks:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWLER_HEALTH_ENABLED"):
            raise NotConfigured("NEWSCRAWLER_HEALTH_ENABLED is off")
        # keys -s NEWSCRAWLER_HEALTH leaves out keep their defaults
        thresholds = {**defaults.NEWSCRAWLER_HEALTH, **settings.getdict("NEWSCRAWLER_HEALTH")}
        Thresholds.of(thresholds)  # a bad value is refused now, not at the end of the crawl
        suite = load_object(settings.get("NEWSCRAWLER_HEALTH_SUITE"))
        if not (isinstance(suite, type) and issubclass(suite, MonitorSuite)):
            raise ValueError(f"NEWSCRAWLER_HEALTH_SUITE must name a Spidermon MonitorSuite, "
                             f"got {suite!r}")
        return cls(crawler, thresholds=thresholds, suite=suite,
                   alerts=AlertSettings.from_settings(settings))

    @classmethod
    def of(cls, crawler: Crawler) -> HealthChecks | None:
        """The crawl's extension, or None when the checks are switched off."""
        return crawler.get_extension(cls)

    def judge(self, spider: Any, storage: Storage, run_id: int, *, outcome: str,
              exit_status: ExitStatus) -> tuple[str, ExitStatus]:
        """Measure run *run_id*, judge it when it went well, store its health (in the open
        batch) and return its outcome and exit status, ``degraded`` when a check failed."""
        stats = self.crawler.stats
        site = getattr(spider, "site", None)
        name = getattr(spider, "site_name", None) or spider.name
        limits = Thresholds.of(self.thresholds, getattr(site, "health", None))
        row = storage.run(run_id) or {}
        run = RunHealth.from_stats(stats.get_stats(), site=name, run_id=run_id,
                                   started_at=row.get("started_at"),
                                   failures=storage.failures_by_reason(run_id))
        state = None
        problems: list[Problem] = []
        if exit_status == ExitStatus.OK:  # a failed run is judged by judge_run alone
            problems = judge(run, conn=storage.db.conn, limits=limits, alerts=self.alerts,
                             suite=self.suite, runner=_Runner(spider=spider),
                             stats=stats.get_stats(), crawler=self.crawler, spider=spider,
                             crawl_stats=stats,
                             database=str(storage.path))
            state = "degraded" if problems else "ok"
            stats.set_value(statkeys.HEALTH_STATE, state)
            outcome, exit_status = degrade(outcome, exit_status, problems)
            if problems:
                logger.warning("%s: run %d degraded: %s", name, run_id,
                               "; ".join(f"{p.check}: {p.message}" for p in problems))
            else:
                logger.info("%s: run %d passed its health checks", name, run_id)
        storage.save_health(replace(run, state=state, problems=tuple(problems)),
                            thresholds=limits.as_dict())
        return outcome, exit_status


class _Result(SpiderMonitorResult):
    # Spidermon 1.27 logs through Spider.log(), which Scrapy 2.19 deprecates (a warning in
    # every crawl's log): the spider's logger says the same. Its report of every monitor and
    # action (twenty lines a run) is DEBUG; judge() logs the verdict in one line, and the
    # details of a failed monitor or action stay errors.
    def log(self, msg: str, level: int = logging.DEBUG) -> None:
        self.spider.logger.log(min(level, logging.DEBUG) if level < logging.WARNING else level,
                               "[Spidermon] %s", str(msg).strip("\n"))


    def write_errors(self) -> None:
        # A check that failed is the verdict, which judge() logs as a warning, not a
        # program error with a traceback; a monitor that raised and an alert that could not
        # be sent are errors.
        for status in self.step.error_statuses:
            for item in self.step.items_for_status(status):
                if status == MONITOR_FAILURE:
                    self.log_info(f"{item.item.name} failed: {item.reason}")
                else:
                    self.log_error(f"{item.item.name}: {status}\n{item.error}")


class _Runner(SpiderMonitorRunner):
    def create_result(self) -> SpiderMonitorResult:
        return _Result(self.spider)


def degrade(outcome: str, exit_status: ExitStatus, problems: Sequence[Problem]
            ) -> tuple[str, ExitStatus]:
    """``("degraded, 3 failed: <reasons>", DEGRADED)`` for an ok run with *problems*."""
    if exit_status != ExitStatus.OK or not problems:
        return outcome, exit_status
    # "ok, 3 failed" -> "degraded, 3 failed"; another good outcome is kept in brackets
    rest = outcome[2:] if outcome.startswith("ok") else f" ({outcome})"
    reasons = "; ".join(f"{p.check}: {p.message}" for p in problems)
    return f"degraded{rest}: {reasons}", ExitStatus.DEGRADED

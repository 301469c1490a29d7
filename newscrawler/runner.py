"""Run crawls of one or more sites in this process, and say how they went.

>>> settings = crawl_settings(output_dir="output", overrides={"LOG_LEVEL": "INFO"})
>>> runs = run_crawl([load_site("demo-en")], settings=settings)
>>> runs[0].articles_new, runs[0].status

The crawlers of one process share one :class:`~newscrawler.extensions.database.Database`:
:func:`run_crawl` opens it before they start (or is given it) and closes it after them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.log import failure_to_exc_info
from twisted.python.failure import Failure

from newscrawler import statkeys
from newscrawler.durations import span
from newscrawler.exit_status import ExitStatus
from newscrawler.extensions.database import CrawlDatabase, Database
from newscrawler.extensions.startup import long_lived
from newscrawler.sites import SiteConfig
from newscrawler.spiders.portal import PortalSpider
from newscrawler.storage import Storage
from newscrawler.storage.stats import RunSummary

__all__ = ["crawl_settings", "run_crawl", "too_soon"]

logger = logging.getLogger(__name__)


def crawl_settings(*, output_dir: str | Path | None = None,
                   overrides: Mapping[str, Any] | None = None) -> Settings:
    """The project's settings, with the output folder and ``-s NAME=VALUE`` overrides applied."""
    settings = Settings()
    settings.setmodule("newscrawler.settings", priority="project")
    if output_dir is not None:
        settings.set("NEWSCRAWLER_OUTPUT_DIR", str(output_dir), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(sites: Sequence[SiteConfig], *, settings: Settings | None = None,
              refresh: bool = False, since: date | None = None,
              database: Database | None = None) -> list[RunSummary]:
    """Crawl *sites* side by side in one process (blocks until all are done); returns each
    one's run. Opens (and closes) the database the settings name unless given *database*."""
    settings = settings or crawl_settings()
    owned = database is None
    database = database or Database.from_settings(settings)
    try:
        crawlers: list[tuple[SiteConfig, Crawler]] = []
        errors: dict[str, str] = {}
        with long_lived():  # the crawlers' components, and the modules they import
            process = CrawlerProcess(settings)
            for site in sites:
                crawler = process.create_crawler(PortalSpider)
                CrawlDatabase.share(crawler, database)
                done = process.crawl(crawler, site=site, refresh=refresh, since=since)
                done.addErrback(_crawl_failed, site.name, errors)
                crawlers.append((site, crawler))
        process.start()
        return [_result(site, crawler, database.storage, errors.get(site.name))
                for site, crawler in crawlers]
    finally:
        if owned:
            database.close()


def too_soon(storage: Storage, site: SiteConfig, *, now: datetime | None = None) -> str | None:
    """Why *site* must not run yet (its ``min_interval`` since the last good run), or None."""
    if not site.min_interval:
        return None
    started = storage.last_good_run_started(site.name)
    if started is None:
        return None
    waited = ((now or datetime.now(UTC)) - started).total_seconds()
    if waited >= site.min_interval:
        return None
    return (f"{site.name}: last good run started {started:%Y-%m-%d %H:%M:%S} UTC, "
            f"{span(waited)} ago; min_interval is {span(site.min_interval)}: skipping "
            f"(next run allowed in {span(site.min_interval - waited)})")


def _crawl_failed(failure: Failure, site: str, errors: dict[str, str]) -> None:
    # Typically a bad setting refused by a component's from_crawler: say so now, in one
    # line, rather than leave it to Twisted's "Unhandled error in Deferred" at exit.
    errors[site] = failure.getErrorMessage() or failure.type.__name__
    logger.error("%s: the crawl failed: %s", site, errors[site],
                 exc_info=failure_to_exc_info(failure))


def _result(site: SiteConfig, crawler: Crawler, storage: Storage,
            error: str | None = None) -> RunSummary:
    """The crawl's run as its row says (a row it wrote through *storage*)."""
    stats = crawler.stats.get_stats() if crawler.stats else {}
    run_id = stats.get(statkeys.RUN_ID)
    row = storage.run(run_id) if run_id else None
    if row is not None:
        return RunSummary.from_row(row)
    reason = str(stats.get("finish_reason", "not started"))
    if error:  # refused before the run was recorded: nothing was fetched
        return RunSummary(None, site.name, outcome=f"error: {error}",
                          exit_status=ExitStatus.USAGE, finish_reason=reason)
    return RunSummary(None, site.name, outcome=reason, exit_status=ExitStatus.FAILED,
                      finish_reason=reason)

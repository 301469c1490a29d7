"""Run crawls of one or more sites in this process, and say how they went.

>>> settings = crawl_settings(output_dir="output", overrides={"LOG_LEVEL": "INFO"})
>>> results = run_crawl([load_site("demo-en")], settings=settings)
>>> results[0].articles_new, results[0].exit_status
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.log import failure_to_exc_info
from twisted.python.failure import Failure

from newscrawler.sites import SiteConfig
from newscrawler.spiders.portal import PortalSpider
from newscrawler.startup import long_lived
from newscrawler.storage import Storage

__all__ = ["SiteResult", "crawl_settings", "run_crawl", "too_soon"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SiteResult:
    site: str
    run_id: int | None
    finish_reason: str
    outcome: str
    exit_status: int
    requests: int = 0
    pages: int = 0
    articles_new: int = 0
    articles_known: int = 0
    articles_updated: int = 0
    duplicates: int = 0
    failures: int = 0

    @property
    def ok(self) -> bool:
        return self.exit_status == 0


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
              refresh: bool = False, since: date | None = None) -> list[SiteResult]:
    """Crawl *sites* side by side in one process (blocks until all are done)."""
    settings = settings or crawl_settings()
    crawlers: list[tuple[SiteConfig, Crawler]] = []
    errors: dict[str, str] = {}
    with long_lived():  # the crawlers' components, and the modules they import
        process = CrawlerProcess(settings)
        for site in sites:
            crawler = process.create_crawler(PortalSpider)
            done = process.crawl(crawler, site=site, refresh=refresh, since=since)
            done.addErrback(_crawl_failed, site.name, errors)
            crawlers.append((site, crawler))
    process.start()
    return [_result(site, crawler, errors.get(site.name)) for site, crawler in crawlers]


def too_soon(storage: Storage, site: SiteConfig, *, now: datetime | None = None) -> str | None:
    """Why *site* must not run yet (its ``min_interval`` since the last good run), or None."""
    if not site.min_interval:
        return None
    last = storage.db.execute(
        "SELECT started_at FROM crawl_runs WHERE site = ? AND exit_status = 0 "
        "ORDER BY id DESC LIMIT 1", (site.name,)).fetchone()
    if not last:
        return None
    started = datetime.fromisoformat(last[0])
    waited = ((now or datetime.now(UTC)) - started).total_seconds()
    if waited >= site.min_interval:
        return None
    return (f"{site.name}: last good run started {started:%Y-%m-%d %H:%M:%S} UTC, "
            f"{_span(waited)} ago; min_interval is {_span(site.min_interval)}: skipping "
            f"(next run allowed in {_span(site.min_interval - waited)})")


def _span(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


def _crawl_failed(failure: Failure, site: str, errors: dict[str, str]) -> None:
    # Typically a bad setting refused by a component's from_crawler: say so now, in one
    # line, rather than leave it to Twisted's "Unhandled error in Deferred" at exit.
    errors[site] = failure.getErrorMessage() or failure.type.__name__
    logger.error("%s: the crawl failed: %s", site, errors[site],
                 exc_info=failure_to_exc_info(failure))


def _result(site: SiteConfig, crawler: Crawler, error: str | None = None) -> SiteResult:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = str(stats.get("finish_reason", "not started"))
    if error and "newscrawler/exit_status" not in stats:
        # Failed before the run was recorded: nothing was fetched, as with a bad config.
        return SiteResult(site=site.name, run_id=None, finish_reason=reason,
                          outcome=f"error: {error}", exit_status=2)
    return SiteResult(
        site=site.name,
        run_id=stats.get("newscrawler/run_id"),
        finish_reason=reason,
        outcome=stats.get("newscrawler/outcome", reason),
        exit_status=stats.get("newscrawler/exit_status", 1),
        requests=stats.get("downloader/request_count", 0),
        pages=stats.get("response_received_count", 0),
        articles_new=stats.get("newscrawler/articles/new", 0),
        articles_known=stats.get("newscrawler/articles/known", 0),
        articles_updated=stats.get("newscrawler/articles/updated", 0),
        duplicates=stats.get("newscrawler/duplicates", 0),
        failures=stats.get("newscrawler/failures", 0),
    )

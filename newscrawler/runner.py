"""Run crawls of one or more sites in this process, and say how they went.

>>> settings = crawl_settings(output_dir="output", overrides={"LOG_LEVEL": "INFO"})
>>> results = run_crawl([load_site("demo-en")], settings=settings)
>>> results[0].articles_new, results[0].exit_status
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from newscrawler.sites import SiteConfig
from newscrawler.spiders.portal import PortalSpider
from newscrawler.storage import Storage

__all__ = ["SiteResult", "crawl_settings", "run_crawl", "too_soon"]


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
    process = CrawlerProcess(settings)
    crawlers: list[tuple[SiteConfig, Crawler]] = []
    for site in sites:
        crawler = process.create_crawler(PortalSpider)
        process.crawl(crawler, site=site, refresh=refresh, since=since)
        crawlers.append((site, crawler))
    process.start()
    return [_result(site, crawler) for site, crawler in crawlers]


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


def _result(site: SiteConfig, crawler: Crawler) -> SiteResult:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = str(stats.get("finish_reason", "not started"))
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

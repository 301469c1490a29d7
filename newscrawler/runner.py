"""Run crawls of one or more sites in this process, and say how they went.

>>> settings = crawl_settings(output_dir="output", overrides={"LOG_LEVEL": "INFO"})
>>> results = run_crawl([load_site("demo-en")], settings=settings)
>>> results[0].articles_new
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from newscrawler.sites import SiteConfig
from newscrawler.spiders.portal import PortalSpider

__all__ = ["SiteResult", "crawl_settings", "run_crawl"]


@dataclass(frozen=True, slots=True)
class SiteResult:
    site: str
    run_id: int | None
    finish_reason: str
    requests: int
    pages: int
    articles_new: int
    duplicates: int
    failures: int

    @property
    def ok(self) -> bool:
        return self.finish_reason == "finished"


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


def run_crawl(sites: Sequence[SiteConfig], *, settings: Settings | None = None) -> list[SiteResult]:
    """Crawl *sites* side by side in one process (blocks until all are done)."""
    settings = settings or crawl_settings()
    process = CrawlerProcess(settings)
    crawlers: list[tuple[SiteConfig, Crawler]] = []
    for site in sites:
        crawler = process.create_crawler(PortalSpider)
        process.crawl(crawler, site=site)
        crawlers.append((site, crawler))
    process.start()
    return [_result(site, crawler) for site, crawler in crawlers]


def _result(site: SiteConfig, crawler: Crawler) -> SiteResult:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return SiteResult(
        site=site.name,
        run_id=stats.get("newscrawler/run_id"),
        finish_reason=str(stats.get("finish_reason", "not started")),
        requests=stats.get("downloader/request_count", 0),
        pages=stats.get("response_received_count", 0),
        articles_new=stats.get("newscrawler/articles/new", 0),
        duplicates=stats.get("newscrawler/duplicates", 0),
        failures=stats.get("newscrawler/failures", 0),
    )

"""Write articles and failures to SQLite in batched transactions, and keep the run's row."""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

from newscrawler.items import NewsArticle, PageFailure
from newscrawler.storage import shared

__all__ = ["SQLitePipeline"]


class SQLitePipeline:
    """Stores what reaches it; a run row is opened at start and closed with the crawl's counts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.storage = None
        self.run_id: int | None = None
        self._ticker: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline._spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.storage = shared.acquire(self.crawler.settings)
        site = getattr(self.crawler.spider, "site_name", None) or self.crawler.spider.name
        self.run_id = self.storage.start_run(site)
        self.stats.set_value("newscrawler/run_id", self.run_id)
        # Commit on a clock too, so a slow crawl's articles do not wait for a full batch.
        self._ticker = task.LoopingCall(self.storage.maybe_commit)
        self._ticker.start(self.storage.commit_interval, now=False)

    def process_item(self, item: object) -> object:
        assert self.storage is not None, "SQLitePipeline used before open_spider"
        if isinstance(item, NewsArticle):
            self.storage.add_article(item, run_id=self.run_id)
            self.stats.inc_value("newscrawler/articles/new")
        elif isinstance(item, PageFailure):
            self.storage.add_failure(item, run_id=self.run_id)
            self.stats.inc_value("newscrawler/failures")
            self.stats.inc_value(f"newscrawler/failures/{item.kind}")
        self.storage.maybe_commit()
        return item

    def close_spider(self) -> None:
        if self._ticker is not None and self._ticker.running:
            self._ticker.stop()
        if self.storage is not None:
            self.storage.commit()

    def _spider_closed(self, spider: object, reason: str) -> None:
        # spider_closed fires after every pipeline's close_spider and after the stats are final.
        if self.storage is None or self.run_id is None:
            return
        counts = run_counts(self.stats.get_stats())
        outcome, exit_status = judge_run(reason, counts, self.stats.get_stats())
        self.storage.finish_run(self.run_id, finish_reason=reason, outcome=outcome,
                                exit_status=exit_status, **counts)
        self.stats.set_value("newscrawler/outcome", outcome)
        self.stats.set_value("newscrawler/exit_status", exit_status)
        shared.release(self.storage)
        self.storage = None


def run_counts(stats: dict) -> dict[str, int]:
    """The ``crawl_runs`` counters, from a crawl's stats."""
    return {
        "requests": stats.get("downloader/request_count", 0),
        "pages": stats.get("response_received_count", 0),
        "articles_new": stats.get("newscrawler/articles/new", 0),
        "articles_known": stats.get("newscrawler/articles/known", 0),
        "articles_updated": stats.get("newscrawler/articles/updated", 0),
        "duplicates": stats.get("newscrawler/duplicates", 0),
        "failures": stats.get("newscrawler/failures", 0),
    }


def judge_run(reason: str, counts: dict[str, int], stats: dict) -> tuple[str, int]:
    """A run's outcome in words and its exit status: non-zero when cron should notice."""
    if reason != "finished":
        return f"interrupted ({reason})", 1
    if not stats.get("newscrawler/lists/parsed", 0):
        return "site unreachable: no list page could be fetched", 1
    article_failures = stats.get("newscrawler/failures/article", 0)
    worked = (counts["articles_new"] + counts["articles_known"] + counts["articles_updated"]
              + counts["duplicates"])
    if article_failures and not worked:
        return f"every article failed ({article_failures})", 1
    if counts["failures"]:
        return f"ok, {counts['failures']} failed", 0
    return "ok", 0

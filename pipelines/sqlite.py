"""Write articles and failures to SQLite in batched transactions, and keep the run's row."""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

from newscrawler.items import NewsArticle, PageFailure

from . import _storage

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
        self.storage = _storage.acquire(self.crawler.settings)
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
        get = self.stats.get_value
        self.storage.finish_run(
            self.run_id,
            finish_reason=reason,
            exit_status=0 if reason == "finished" else 1,
            requests=get("downloader/request_count", 0),
            pages=get("response_received_count", 0),
            articles_new=get("newscrawler/articles/new", 0),
            articles_known=get("newscrawler/articles/known", 0),
            duplicates=get("newscrawler/duplicates", 0),
            failures=get("newscrawler/failures", 0),
        )
        _storage.release(self.storage)
        self.storage = None

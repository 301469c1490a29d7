"""Write articles and failures to the crawl's database, in its open batch, and count them."""

from __future__ import annotations

from scrapy.crawler import Crawler

from newscrawler import statkeys
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.failures import failure_stat
from newscrawler.items import NewsArticle, PageFailure

__all__ = ["SQLitePipeline"]


class SQLitePipeline:
    """Stores what reaches it in the run of :class:`CrawlDatabase` (which commits)."""

    def __init__(self, crawler: Crawler, database: CrawlDatabase) -> None:
        self.stats = crawler.stats
        self.database = database

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        return cls(crawler, CrawlDatabase.of(crawler))

    def process_item(self, item: object) -> object:
        storage, run_id = self.database.storage, self.database.run_id
        if isinstance(item, NewsArticle):
            storage.add_article(item, run_id=run_id)
            self.stats.inc_value(statkeys.ARTICLES_NEW)
        elif isinstance(item, PageFailure):
            storage.add_failure(item, run_id=run_id)
            self.stats.inc_value(statkeys.FAILURES)
            self.stats.inc_value(f"{statkeys.FAILURES}/{item.kind}")
            self.stats.inc_value(failure_stat(item.reason))
        self.database.maybe_commit()
        return item

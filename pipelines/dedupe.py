"""Store each article once: by canonical URL, then by content fingerprint.

State lives in the database (``article_urls`` and ``articles.fingerprint``), so dedupe holds
across runs and processes. A duplicate's URLs are added to the article it duplicates.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawler import statkeys
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.items import NewsArticle

__all__ = ["DedupePipeline"]

logger = logging.getLogger(__name__)


class DedupePipeline:
    def __init__(self, crawler: Crawler, database: CrawlDatabase) -> None:
        self.stats = crawler.stats
        self.database = database
        self._logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler, CrawlDatabase.of(crawler))

    def process_item(self, item: object) -> object:
        if not isinstance(item, NewsArticle):
            return item
        storage = self.database.storage
        urls = list(dict.fromkeys([item.url, *item.urls]))
        for url in urls:
            article_id = storage.article_id_for_url(url)
            if article_id is not None:
                stored_url, fingerprint = storage.article_identity(article_id) or ("", "")
                if stored_url == item.url and fingerprint != item.fingerprint:
                    self._update(item, article_id)
                self._drop(item, article_id, urls, "url")
        article_id = storage.article_id_for_fingerprint(item.fingerprint or "")
        if article_id is not None:
            self._drop(item, article_id, urls, "content")
        return item

    def _update(self, item: NewsArticle, article_id: int) -> None:
        """The page at a stored article's own URL changed (seen on --refresh): store the new
        content, unless it now duplicates another article."""
        other = self.database.storage.article_id_for_fingerprint(item.fingerprint or "")
        if other is not None and other != article_id:
            return
        self.database.update_article(article_id, item)
        self.stats.inc_value(statkeys.ARTICLES_UPDATED)
        logger.info("Article %s changed since it was stored: updated from %s", article_id,
                    item.url)

    def _drop(self, item: NewsArticle, article_id: int, urls: list[str], kind: str) -> None:
        added = self.database.storage.add_urls(article_id, urls, site=item.site)
        self.stats.inc_value(f"{statkeys.DEDUPE}/{kind}")
        self.stats.inc_value(statkeys.DUPLICATES)
        message = f"Duplicate ({kind}) of article {article_id}: {item.url}"
        if added:
            message += f" ({added} new URL{'s' if added > 1 else ''} recorded)"
        # The first duplicate is worth a line in the log; the rest are only counted.
        level = "DEBUG" if self._logged else "INFO"
        self._logged = True
        raise DropItem(message, log_level=level)

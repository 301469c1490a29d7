"""Store each article once: by canonical URL, then by content fingerprint.

State lives in the database (``article_urls`` and ``articles.fingerprint``), so dedupe holds
across runs and processes. A duplicate's URLs are added to the article it duplicates.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawler.items import NewsArticle
from newscrawler.storage import shared

__all__ = ["DedupePipeline"]

logger = logging.getLogger(__name__)


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.storage = None
        self._logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.storage = shared.acquire(self.crawler.settings)

    def close_spider(self) -> None:
        if self.storage is not None:
            shared.release(self.storage)
            self.storage = None

    def process_item(self, item: object) -> object:
        if not isinstance(item, NewsArticle):
            return item
        assert self.storage is not None, "DedupePipeline used before open_spider"
        urls = list(dict.fromkeys([item.url, *item.urls]))
        for url in urls:
            article_id = self.storage.article_id_for_url(url)
            if article_id is not None:
                stored_url, fingerprint = self.storage.article_identity(article_id) or ("", "")
                if stored_url == item.url and fingerprint != item.fingerprint:
                    self._update(item, article_id)
                self._drop(item, article_id, urls, "url")
        article_id = self.storage.article_id_for_fingerprint(item.fingerprint or "")
        if article_id is not None:
            self._drop(item, article_id, urls, "content")
        return item

    def _update(self, item: NewsArticle, article_id: int) -> None:
        """The page at a stored article's own URL changed (seen on --refresh): store the new
        content, unless it now duplicates another article."""
        assert self.storage is not None
        other = self.storage.article_id_for_fingerprint(item.fingerprint or "")
        if other is not None and other != article_id:
            return
        self.storage.update_article(article_id, item)
        self.stats.inc_value("newscrawler/articles/updated")
        logger.info("Article %s changed since it was stored: updated from %s", article_id,
                    item.url)

    def _drop(self, item: NewsArticle, article_id: int, urls: list[str], kind: str) -> None:
        assert self.storage is not None
        added = self.storage.add_urls(article_id, urls, site=item.site)
        self.stats.inc_value(f"newscrawler/dedupe/{kind}")
        self.stats.inc_value("newscrawler/duplicates")
        message = f"Duplicate ({kind}) of article {article_id}: {item.url}"
        if added:
            message += f" ({added} new URL{'s' if added > 1 else ''} recorded)"
        # The first duplicate is worth a line in the log; the rest are only counted.
        level = "DEBUG" if self._logged else "INFO"
        self._logged = True
        raise DropItem(message, log_level=level)

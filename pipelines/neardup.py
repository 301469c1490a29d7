"""Mark reposts: an article whose body nearly repeats a stored one gets ``duplicate_of``.

Runs after dedupe (exact copies are dropped there) and before sqlite, which stores the mark
with the article: a repost stays stored and searchable, and ``duplicate_of`` names the root of
its story. The decision is :meth:`newscrawler.reposts.RepostIndex.check`; the index belongs to
the crawl's database (``newscrawler/extensions/database.py``), which brings it up to date
with the stored articles when it opens and closes.

Settings (read by the database extension, which refuses bad values at start):

- ``NEWSCRAWLER_NEARDUP_ENABLED`` (default True): False switches detection off.
- ``NEWSCRAWLER_NEARDUP_THRESHOLD`` (default 0.6): the similarity at or above which an article
  is a repost, between 0 and 1; lower finds more reposts and more false ones.
- ``NEWSCRAWLER_NEARDUP_MAX_CANDIDATES`` (default 8): stored articles compared per new one.

Stats: ``newscrawler/neardup/checked``, ``newscrawler/neardup/found`` (articles that are
copies of a stored story), ``newscrawler/neardup/earlier`` (of those, the ones published before
the stored root, which take its place), ``newscrawler/neardup/too_short`` (too little text to
judge); the database extension counts ``newscrawler/neardup/indexed`` (stored articles indexed
from their bodies) and ``newscrawler/neardup/reindexed`` (stored articles whose text a
``--refresh`` changed).
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawler import statkeys
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.items import NewsArticle
from newscrawler.reposts import Outcome

__all__ = ["NearDupPipeline"]

logger = logging.getLogger(__name__)

_MESSAGES = {
    Outcome.REPOST: "Repost of article %d (similarity %.2f): %s",
    Outcome.ORIGINAL: "Original of article %d, published before it (similarity %.2f): %s",
}


class NearDupPipeline:
    def __init__(self, crawler: Crawler, database: CrawlDatabase) -> None:
        self.stats = crawler.stats
        self.database = database
        self._logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NearDupPipeline:
        database = CrawlDatabase.of(crawler)
        if database.repost_options is None:
            raise NotConfigured("NEWSCRAWLER_NEARDUP_ENABLED is off")
        return cls(crawler, database)

    def process_item(self, item: object) -> object:
        if not isinstance(item, NewsArticle):
            return item
        index = self.database.reposts
        assert index is not None, "the repost index opens at spider_opened"
        verdict = index.check(item.body, item.published_at, item.fingerprint or "")
        if verdict.outcome is Outcome.TOO_SHORT:
            self.stats.inc_value(statkeys.NEARDUP_TOO_SHORT)
            return item
        self.stats.inc_value(statkeys.NEARDUP_CHECKED)
        if verdict.match is None:
            return item
        self.stats.inc_value(statkeys.NEARDUP_FOUND)
        if verdict.outcome is Outcome.ORIGINAL:
            self.stats.inc_value(statkeys.NEARDUP_EARLIER)
        item.duplicate_of = verdict.duplicate_of
        # The first repost of a crawl is worth a line in the log; the rest are counted.
        logger.log(logging.DEBUG if self._logged else logging.INFO, _MESSAGES[verdict.outcome],
                   verdict.match.article_id, verdict.match.similarity, item.url)
        self._logged = True
        return item

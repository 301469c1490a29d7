"""Mark reposts: an article whose body nearly repeats a stored one gets ``duplicate_of``.

Runs after dedupe (exact copies are dropped there) and before sqlite, which stores the mark
with the article: a repost stays stored and searchable, and ``duplicate_of`` names the root of
its story, the earliest published copy (the first stored one when the publication times do not
tell; see ``newscrawler/storage/neardup.py``). How texts are compared is in
``newscrawler/neardup.py``.

Settings:

- ``NEWSCRAWLER_NEARDUP_ENABLED`` (default True): False switches the pipeline off.
- ``NEWSCRAWLER_NEARDUP_THRESHOLD`` (default 0.6): the similarity at or above which an article
  is a repost, between 0 and 1; lower finds more reposts and more false ones.
- ``NEWSCRAWLER_NEARDUP_MAX_CANDIDATES`` (default 8): stored articles compared per new one.

What it keeps on disk: the band keys of every stored article in ``neardup_keys``. Nothing is
kept in memory but a cache; a database whose index lags its articles (one made by schema
version 1, or a crawl killed between two writes) is indexed from the stored bodies when the
pipeline opens.

Stats: ``newscrawler/neardup/checked``, ``newscrawler/neardup/found`` (articles that are
copies of a stored story), ``newscrawler/neardup/earlier`` (of those, the ones published before
the stored root, which take its place), ``newscrawler/neardup/too_short`` (too little text to
judge), ``newscrawler/neardup/indexed`` (stored articles indexed from their bodies),
``newscrawler/neardup/reindexed`` (stored articles whose text a ``--refresh`` changed).
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawler.items import NewsArticle
from newscrawler.neardup import DEFAULT_THRESHOLD
from newscrawler.storage import shared
from newscrawler.storage.db import Storage
from newscrawler.storage.neardup import NearDupIndex, published_before

__all__ = ["NearDupPipeline"]

logger = logging.getLogger(__name__)


class NearDupPipeline:
    def __init__(self, crawler: Crawler, *, threshold: float = DEFAULT_THRESHOLD,
                 max_candidates: int = 8) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.threshold = threshold
        self.max_candidates = max_candidates
        self.storage: Storage | None = None
        self.index: NearDupIndex | None = None
        self._logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NearDupPipeline:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWLER_NEARDUP_ENABLED", True):
            raise NotConfigured("NEWSCRAWLER_NEARDUP_ENABLED is off")
        threshold = settings.getfloat("NEWSCRAWLER_NEARDUP_THRESHOLD", DEFAULT_THRESHOLD)
        if not 0 < threshold <= 1:
            raise ValueError(f"NEWSCRAWLER_NEARDUP_THRESHOLD must be in (0, 1], got {threshold}")
        max_candidates = settings.getint("NEWSCRAWLER_NEARDUP_MAX_CANDIDATES", 8)
        if max_candidates < 1:
            raise ValueError("NEWSCRAWLER_NEARDUP_MAX_CANDIDATES must be at least 1, "
                             f"got {max_candidates}")
        return cls(crawler, threshold=threshold, max_candidates=max_candidates)

    def open_spider(self) -> None:
        self.storage = shared.acquire(self.crawler.settings)
        self.index = NearDupIndex(self.storage, threshold=self.threshold,
                                  max_candidates=self.max_candidates)
        self.storage.add_update_listener(self._reindex)
        backlog = self.index.catch_up()
        if backlog:
            self.stats.inc_value("newscrawler/neardup/indexed", backlog)
            logger.info("Indexed %d stored articles for near-duplicate detection", backlog)

    def close_spider(self) -> None:
        if self.storage is None:
            return
        assert self.index is not None
        self.index.catch_up()  # the last article stored
        self.storage.remove_update_listener(self._reindex)
        shared.release(self.storage)
        self.storage = self.index = None

    def _reindex(self, article_id: int, article: NewsArticle) -> None:
        # A --refresh changed a stored article's text (pipelines/dedupe.py): later articles are
        # compared with the new one. Its own duplicate_of mark is left as it was.
        assert self.index is not None
        self.index.reindex(article_id, article.body)
        self.stats.inc_value("newscrawler/neardup/reindexed")

    def process_item(self, item: object) -> object:
        if not isinstance(item, NewsArticle):
            return item
        assert self.index is not None, "NearDupPipeline used before open_spider"
        # Index what was stored since the last item (by this crawl, the other crawls of this
        # process, or another process), so the new article is compared with all of it.
        self.index.catch_up()
        sketch = self.index.sketch(item.body)
        if not sketch.keys:
            self.stats.inc_value("newscrawler/neardup/too_short")
            return item
        self.stats.inc_value("newscrawler/neardup/checked")
        match = self.index.find(sketch)
        if match is None:
            self.index.expect(item.fingerprint or "", sketch)
            return item
        self.stats.inc_value("newscrawler/neardup/found")
        if published_before(item.published_at, match.published_at):
            # The stored story is the repost: this article becomes its root once stored.
            self.index.expect(item.fingerprint or "", sketch, supersedes=match.article_id)
            self.stats.inc_value("newscrawler/neardup/earlier")
            message = "Original of article %d, published before it (similarity %.2f): %s"
        else:
            self.index.expect(item.fingerprint or "", sketch)
            item.duplicate_of = match.article_id
            message = "Repost of article %d (similarity %.2f): %s"
        # The first repost of a crawl is worth a line in the log; the rest are counted.
        logger.log(logging.DEBUG if self._logged else logging.INFO, message, match.article_id,
                   match.similarity, item.url)
        self._logged = True
        return item

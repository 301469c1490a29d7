"""The crawl stats newscrawler keeps and reads, by name, and the one mapping from a crawl's
stats to the counters of its ``crawl_runs`` row.

>>> crawler.stats.inc_value(statkeys.ARTICLES_NEW)
>>> run_counts(crawler.stats.get_stats())     # {"requests": 54, "pages": 53, ...}

Failure stats (``newscrawler/failures/<reason>``) are named in :mod:`newscrawler.failures`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["RUN_COUNTERS", "run_counts"]

# Scrapy's own
REQUESTS = "downloader/request_count"
PAGES = "response_received_count"

# articles (the spider, pipelines/dedupe.py, pipelines/sqlite.py)
ARTICLES_NEW = "newscrawler/articles/new"
ARTICLES_KNOWN = "newscrawler/articles/known"
ARTICLES_UPDATED = "newscrawler/articles/updated"
DUPLICATES = "newscrawler/duplicates"
DEDUPE = "newscrawler/dedupe"  # /url, /content: why a duplicate was dropped
BAD_PUBLISHED_AT = "newscrawler/clean/bad_published_at"

# failures: every one, and by the kind of page (/article, /list) and reason
FAILURES = "newscrawler/failures"

# list pages and links (the spider)
LISTS_PARSED = "newscrawler/lists/parsed"
LISTS_STOPPED = "newscrawler/lists/stopped"
LINKS_ARTICLE = "newscrawler/links/article"
LINKS_TOO_OLD = "newscrawler/links/older_than_since"
LINKS_FAILED_BEFORE = "newscrawler/links/failed_before"

# reposts (pipelines/neardup.py, the crawl database)
NEARDUP_CHECKED = "newscrawler/neardup/checked"
NEARDUP_FOUND = "newscrawler/neardup/found"
NEARDUP_EARLIER = "newscrawler/neardup/earlier"
NEARDUP_TOO_SHORT = "newscrawler/neardup/too_short"
NEARDUP_INDEXED = "newscrawler/neardup/indexed"
NEARDUP_REINDEXED = "newscrawler/neardup/reindexed"

# the run (newscrawler/extensions/database.py)
RUN_ID = "newscrawler/run_id"
OUTCOME = "newscrawler/outcome"
EXIT_STATUS = "newscrawler/exit_status"
JSONL_LINES = "newscrawler/jsonl/lines"
ROBOTS_CRAWL_DELAY = "newscrawler/robots/crawl_delay"  # /<download slot>

#: ``crawl_runs`` column -> the stat it is read from.
RUN_COUNTERS: Mapping[str, str] = {
    "requests": REQUESTS,
    "pages": PAGES,
    "articles_new": ARTICLES_NEW,
    "articles_known": ARTICLES_KNOWN,
    "articles_updated": ARTICLES_UPDATED,
    "duplicates": DUPLICATES,
    "failures": FAILURES,
}


def run_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    """The ``crawl_runs`` counters of a crawl, from its stats."""
    return {column: int(stats.get(key, 0)) for column, key in RUN_COUNTERS.items()}

# distributed crawls (newscrawler/distributed/)
CLUSTER_PUSHED = "newscrawler/cluster/pushed"  # /article, /failure: items a worker streamed
CLUSTER_REQUEUED = "newscrawler/cluster/requeued"  # requests put back (own or dead workers')
CLUSTER_WAITED = "newscrawler/cluster/politeness_wait_seconds"  # waited for the shared rate
INGEST_ENTRIES = "newscrawler/ingest/entries"  # stream entries the ingester stored
INGEST_ERRORS = "newscrawler/ingest/errors"  # entries it could not use (logged)

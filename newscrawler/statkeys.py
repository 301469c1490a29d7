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
# articles split over pages (newscrawler/articlepages.py): articles joined, parts fetched
ARTICLES_SPLIT = "newscrawler/articles/split"
ARTICLE_PARTS = "newscrawler/articles/parts"

# failures: every one, and by the kind of page (/article, /list) and reason
FAILURES = "newscrawler/failures"

# list pages and links (the spider)
LISTS_PARSED = "newscrawler/lists/parsed"
LISTS_STOPPED = "newscrawler/lists/stopped"
LINKS_ARTICLE = "newscrawler/links/article"
LINKS_TOO_OLD = "newscrawler/links/older_than_since"
LINKS_FAILED_BEFORE = "newscrawler/links/failed_before"
LISTS_EMPTY = "newscrawler/lists/no_article_links"  # list pages that gave no article link
# list pages whose items or pager a script writes (newscrawler/scriptlists.py)
LISTS_SCRIPT_RECORDS = "newscrawler/lists/script_records"  # items read from a datastore
LISTS_SCRIPT_PAGER = "newscrawler/lists/script_pager"  # next pages read from createPageHTML
LISTS_DATA_PROXY = "newscrawler/lists/data_proxy"  # further records asked of a Hanweb proxy
LISTS_DATA_PROXY_POST = "newscrawler/lists/data_proxy_post"  # a proxy that refused a GET (405)

# crawls without regexes, feeds and sitemaps (newscrawler/discovery/)
PRESUMED_WRONG = "newscrawler/zeroconf/presumed_wrong"  # /<presumed>_was_<kind>
LISTS_OUT_OF_SECTION = "newscrawler/zeroconf/lists_out_of_section"
FEEDS_READ = "newscrawler/feeds/read"
SITEMAPS_READ = "newscrawler/sitemaps/read"
SITEMAPS_UNCHANGED = "newscrawler/sitemaps/unchanged"  # an index's child older than last run
LISTED_LINKS = "newscrawler/listed_links"  # /feed, /sitemap: article links they gave
LISTED_UNMATCHED = "newscrawler/listed_links/unmatched"  # not matching a config's article_links

# reposts (pipelines/neardup.py, the crawl database)
NEARDUP_CHECKED = "newscrawler/neardup/checked"
NEARDUP_FOUND = "newscrawler/neardup/found"
NEARDUP_EARLIER = "newscrawler/neardup/earlier"
NEARDUP_TOO_SHORT = "newscrawler/neardup/too_short"
NEARDUP_INDEXED = "newscrawler/neardup/indexed"
NEARDUP_REINDEXED = "newscrawler/neardup/reindexed"

# limits (newscrawler/limits.py): /<limit> holds the run's value, /<limit>/hit how many
# times it stopped something (list pages whose links were not followed, and the like)
LIMITS = "newscrawler/limits"
# earlier runs' retryable failures fetched again from the database (the spider)
RETRIED_FAILURES = "newscrawler/retries/earlier_failures"
# Retry-After honoured: /waited (retries that waited), /too_long (longer than the cap)
RETRY_AFTER = "newscrawler/retry_after"
# robots.txt: /unavailable (hosts assumed to disallow all), /truncated (read in part)
ROBOTS = "newscrawler/robots"
# the run's health (newscrawler/health/): pipelines/clean.py counts every article it passes
# on (/articles), those with each field (/title, /published, ...), and the step of
# extraction that found each body (BODY_PATH/<path>)
COVERAGE = "newscrawler/coverage"
BODY_PATH = "newscrawler/body_path"
HEALTH_STATE = "newscrawler/health/state"  # ok or degraded (newscrawler/extensions/health.py)
ALERTS = "newscrawler/alerts"  # /<email or webhook>/sent, .../failed, .../repeated

# the run (newscrawler/extensions/database.py)
RUN_ID = "newscrawler/run_id"
OUTCOME = "newscrawler/outcome"
EXIT_STATUS = "newscrawler/exit_status"
JSONL_LINES = "newscrawler/jsonl/lines"
ROBOTS_CRAWL_DELAY = f"{ROBOTS}/crawl_delay"  # /<download slot>

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

"""The add-on that makes a crawl a worker of a distributed crawl.

With ``NEWSCRAWLER_REDIS_URL`` set (``newscrawler crawl --redis URL``, ``-s``, the environment
variable, a Scrapyd job's setting), a crawl keeps no database: its frontier and request
fingerprints are in Redis (scrapy-redis's scheduler and dupefilter, with our fixes), its items
and failures go to the Redis stream the ingester drains, its requests to a host are spaced with
every other worker's, and what it skips is read from Redis. Without it, nothing changes.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Distributed"]

_HERE = "newscrawler.distributed"


class Distributed:
    def update_settings(self, settings: Any) -> None:
        if not settings.get("NEWSCRAWLER_REDIS_URL"):
            return
        settings.set("SCHEDULER", f"{_HERE}.frontier.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", f"{_HERE}.frontier.RunDupeFilter", priority="addon")
        # The pipelines run in the ingester; a worker only streams what it found.
        _replace(settings, "ITEM_PIPELINES", {f"{_HERE}.worker.StreamPipeline": 100})
        extensions = settings.getdict("EXTENSIONS")
        extensions["newscrawler.extensions.database.CrawlDatabase"] = None
        extensions[f"{_HERE}.worker.ClusterWorker"] = 100
        _replace(settings, "EXTENSIONS", extensions)
        middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
        middlewares[f"{_HERE}.politeness.SharedPoliteness"] = 150  # after robots.txt (100)
        _replace(settings, "DOWNLOADER_MIDDLEWARES", middlewares)
        spider_middlewares = settings.getdict("SPIDER_MIDDLEWARES")
        spider_middlewares[f"{_HERE}.worker.StartDone"] = 10
        spider_middlewares[f"{_HERE}.worker.RedisGone"] = 990  # next to the spider: first
        _replace(settings, "SPIDER_MIDDLEWARES", spider_middlewares)


def _replace(settings: Any, name: str, value: dict[str, Any]) -> None:
    # The project's own value has a higher priority than an add-on's: keep its priority.
    priority = max(settings.getpriority(name) or 0, settings.getpriority("ADDONS") or 0)
    settings.set(name, value, priority=priority)

"""One request rate per host for the whole cluster: N workers do not hit a portal N times as
often as one.

``SharedPoliteness`` (downloader middleware, after robots.txt) takes, before each request,
the request's host in Redis when its next allowed time has come (``host:<host>``,
``scripts.RESERVE``: Redis's clock, one atomic step), and otherwise waits and asks again.
The gap it keeps is the one a single crawl keeps for that host: the download slot's delay
(the site's ``download_delay`` or ``DOWNLOAD_DELAY``, as AutoThrottle moves it) and at least
the robots.txt ``Crawl-delay`` or ``Request-rate`` (``RobotsCrawlDelay``), so two sites on one
host, and every worker, share it.
A delay of 0 costs no Redis call. Each worker's own download slot still applies on top.

Stats: ``newscrawler/cluster/politeness_wait_seconds``, the time requests waited for the rate.
"""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from newscrawler import statkeys
from newscrawler.extensions.politeness import RobotsCrawlDelay

from .worker import REDIS_ERRORS, ClusterWorker

__all__ = ["SharedPoliteness"]


class SharedPoliteness:
    def __init__(self, crawler: Crawler, worker: ClusterWorker) -> None:
        self.crawler = crawler
        self.worker = worker
        self.default_delay = crawler.settings.getfloat("DOWNLOAD_DELAY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        return cls(crawler, ClusterWorker.of(crawler))

    async def process_request(self, request: Request) -> None:
        while True:
            key, interval = self.interval(request)  # again after a wait: AutoThrottle moves it
            if interval <= 0:
                return None
            if self.worker.lost:
                raise IgnoreRequest("Redis does not answer: the worker is stopping")
            try:
                wait = self.worker.scripts.reserve(keys=[self.worker.keys.host(key)],
                                                   args=[int(interval * 1_000_000)])
            except REDIS_ERRORS as exc:
                self.worker.redis_lost(exc)
                raise IgnoreRequest("Redis does not answer: the worker is stopping") from None
            if wait <= 0:
                return None
            self.crawler.stats.inc_value(statkeys.CLUSTER_WAITED, round(wait / 1e6, 3))
            await asyncio.sleep(wait / 1_000_000)

    def interval(self, request: Request) -> tuple[str, float]:
        """``(download slot, seconds)``: the host and the least gap between its requests."""
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        delay = slot.delay if slot is not None else self.default_delay
        robots = self.crawler.get_extension(RobotsCrawlDelay)
        if robots is not None:
            delay = max(delay, robots.floors.get(key, 0.0))
        return key, delay

"""robots.txt beyond Scrapy's RobotsTxtMiddleware: ``Crawl-delay`` and ``Request-rate``
honoured, and a blocked request told apart from other ignored ones by its type.

``RobotsCrawlDelay`` (extension): Scrapy's middleware reads ``Crawl-delay`` and
``Request-rate`` but ignores them (its documentation says to turn them into settings yourself).

When a ``/robots.txt`` response passes the downloader, its delay for our User-Agent becomes
the least delay of that host's download slot. AutoThrottle moves a slot's delay on every
response; this extension's handler for the same signal is connected after AutoThrottle's
(extensions are built in order), so the floor is put back before the next request leaves.

``RobotsTxt`` (downloader middleware, in place of Scrapy's ``RobotsTxtMiddleware``): raises
:class:`ForbiddenByRobots`, an ``IgnoreRequest``, so the spider records the page as forbidden
without reading the exception's message.
"""

from __future__ import annotations

import logging

from protego import Protego
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from newscrawler import statkeys

__all__ = ["ForbiddenByRobots", "RobotsCrawlDelay", "RobotsTxt", "robots_delay"]

logger = logging.getLogger(__name__)


def robots_delay(robots_txt: str, user_agent: str) -> float | None:
    """The seconds between requests that *robots_txt* asks of *user_agent*, if it asks.

    >>> robots_delay("User-agent: *\\nCrawl-delay: 2\\nRequest-rate: 1/5s", "newscrawler")
    5.0
    """
    parser = Protego.parse(robots_txt)
    delays = []
    crawl_delay = parser.crawl_delay(user_agent)
    if crawl_delay:
        delays.append(float(crawl_delay))
    rate = parser.request_rate(user_agent)
    if rate and rate.requests:
        delays.append(rate.seconds / rate.requests)
    return max(delays) if delays else None


class RobotsCrawlDelay:
    def __init__(self, crawler: Crawler, max_delay: float) -> None:
        self.crawler = crawler
        self.max_delay = max_delay
        self.user_agent = crawler.settings.get("USER_AGENT", "")
        self.floors: dict[str, float] = {}  # download slot key -> least delay

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsCrawlDelay:
        settings = crawler.settings
        if not (settings.getbool("ROBOTSTXT_OBEY")
                and settings.getbool("NEWSCRAWLER_ROBOTS_CRAWL_DELAY")):
            raise NotConfigured("robots.txt is not obeyed or Crawl-delay is switched off")
        extension = cls(crawler, settings.getfloat("NEWSCRAWLER_MAX_CRAWL_DELAY"))
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        return extension

    def response_downloaded(self, response: Response, request: Request) -> None:
        key = request.meta.get("download_slot")
        if key is None:
            return
        if response.url.endswith("/robots.txt") and response.status == 200:
            self._read(response, key)
        floor = self.floors.get(key)
        if floor is None:
            return
        slot = self.crawler.engine.downloader.slots.get(key) if self.crawler.engine else None
        if slot is not None and slot.delay < floor:
            slot.delay = floor
        if slot is not None and getattr(slot, "jitter", 0):
            # A random delay below the robots.txt one would break its rule: no jitter here.
            slot.jitter = 0.0

    def _read(self, response: Response, key: str) -> None:
        try:
            text = response.body.decode("utf-8", "replace")
        except AttributeError:
            return
        delay = robots_delay(text, self.user_agent)
        if not delay:
            return
        if delay > self.max_delay:
            logger.warning("%s asks for %.0f s between requests; capped at "
                           "NEWSCRAWLER_MAX_CRAWL_DELAY = %.0f s", response.url, delay,
                           self.max_delay)
            delay = self.max_delay
        self.floors[key] = max(delay, self.floors.get(key, 0.0))
        self.crawler.stats.set_value(f"{statkeys.ROBOTS_CRAWL_DELAY}/{key}", delay)
        logger.info("%s: Crawl-delay %.2f s honoured for %s", response.url, delay, key)


class ForbiddenByRobots(IgnoreRequest):
    """The site's robots.txt disallows the request."""


class RobotsTxt(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, raising :class:`ForbiddenByRobots` for a blocked request,
    and checking every request that waited for robots.txt.

    Scrapy 2.19 has the requests that arrive while a host's robots.txt is being fetched await
    one Deferred through ``maybe_deferred_to_future``, whose ``asFuture`` hands the parser to
    the first waiter only: the others get None and are sent unchecked (a worker that joins a
    distributed run with a full queue sent a disallowed page that way). By the time a waiter
    resumes, the parser (or None after a failed fetch) is stored: read it from there.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if not isinstance(stored, Deferred):
                parser = stored
        return parser

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest as exc:  # raised there only for a disallowed URL
            raise ForbiddenByRobots(*exc.args) from None

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
without reading the exception's message; and reads robots.txt as RFC 9309 says where Scrapy
does not: a robots.txt that answers 5xx (after Scrapy's retries) or 429, or cannot be fetched
at all (refused, timed out), means "assume complete disallow" for that host, for this run
(Scrapy allows everything): each request to it raises :class:`RobotsUnavailable`, recorded as
``robots.txt unavailable``, which later runs try again. 4xx means no rules. A robots.txt is
read to its first ``NEWSCRAWLER_ROBOTSTXT_MAXSIZE`` bytes (500 KiB, the least RFC 9309 asks
for); a bigger one is cut there rather than refused whole by ``DOWNLOAD_MAXSIZE``.
"""

from __future__ import annotations

import logging
from typing import Any

from protego import Protego
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured, StopDownload
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from newscrawler import statkeys
from newscrawler.extensions.giveup import GiveUp
from newscrawler.failures import Reason

__all__ = ["ForbiddenByRobots", "RobotsCrawlDelay", "RobotsTxt", "RobotsUnavailable",
           "robots_delay"]

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


class ForbiddenByRobots(GiveUp):
    """The site's robots.txt disallows the request."""

    reason = Reason.ROBOTS


class RobotsUnavailable(ForbiddenByRobots):
    """The site's robots.txt could not be read: RFC 9309 says assume complete disallow."""

    reason = Reason.ROBOTS_UNAVAILABLE


class _Unavailable:
    """The parser of a robots.txt that could not be read: nothing is allowed."""

    def __init__(self, why: str) -> None:
        self.why = why

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


_READ = "newscrawler_robots_read"  # request meta: robots.txt bytes received so far


class RobotsTxt(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, raising :class:`ForbiddenByRobots` for a blocked request,
    and reading robots.txt as RFC 9309 says (see the module's documentation), and checking
    every request that waited for robots.txt.

    Scrapy 2.19 has the requests that arrive while a host's robots.txt is being fetched await
    one Deferred through ``maybe_deferred_to_future``, whose ``asFuture`` hands the parser to
    the first waiter only: the others get None and are sent unchecked (a worker that joins a
    distributed run with a full queue sent a disallowed page that way). By the time a waiter
    resumes, the parser (or the unavailable one after a failed fetch) is stored: read it from
    there.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_size = crawler.settings.getint("NEWSCRAWLER_ROBOTSTXT_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsTxt:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.headers_received, signal=signals.headers_received)
        crawler.signals.connect(middleware.bytes_received, signal=signals.bytes_received)
        return middleware

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if not isinstance(stored, Deferred):
                parser = stored
        return parser

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        if isinstance(rp, _Unavailable):
            raise RobotsUnavailable(rp.why)
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:  # raised there only for a disallowed URL
            raise ForbiddenByRobots("the site's robots.txt disallows this URL") from None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        status = response.status
        if status >= 500 or status == 429:  # after Scrapy's retries
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{status}")
            self._unavailable(netloc, f"it answered {status}")
            return
        if status >= 400:
            response = response.replace(body=b"")  # RFC 9309: no rules, all allowed
        elif len(response.body) > self.max_size or "download_stopped" in response.flags:
            body = response.body[: self.max_size]
            response = response.replace(body=body[: body.rfind(b"\n") + 1] or body)
            self._stats.inc_value(f"{statkeys.ROBOTS}/truncated")
            logger.info("robots.txt of %s is larger than NEWSCRAWLER_ROBOTSTXT_MAXSIZE (%d "
                        "bytes): read to there", netloc, self.max_size)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._unavailable(netloc, f"{type(exc).__name__}: {exc}".rstrip(": "))

    def _unavailable(self, netloc: str, why: str) -> None:
        logger.warning("robots.txt of %s could not be read (%s): assuming it disallows "
                       "everything on %s for this run (RFC 9309)", netloc, why, netloc)
        self._stats.inc_value(f"{statkeys.ROBOTS}/unavailable")
        parser = _Unavailable(f"robots.txt of {netloc} could not be read ({why}); RFC 9309 "
                              "says to assume complete disallow")
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser  # type: ignore[assignment]
        if hasattr(waiting, "callback"):
            waiting.callback(parser)

    # robots.txt is read in part, never refused whole for its size

    def headers_received(self, headers: Any, body_length: int, request: Request,
                         **kwargs: Any) -> None:
        if _is_robots(request) and not headers.get(b"Content-Encoding"):
            # (a compressed one keeps DOWNLOAD_MAXSIZE, which also bounds its unpacking)
            request.meta["download_maxsize"] = 0

    def bytes_received(self, data: bytes, request: Request, **kwargs: Any) -> None:
        if _is_robots(request):
            request.meta[_READ] = request.meta.get(_READ, 0) + len(data)
            if request.meta[_READ] > self.max_size:
                raise StopDownload(fail=False)


def _is_robots(request: Request) -> bool:
    return (request.callback is NO_CALLBACK and request.meta.get("dont_obey_robotstxt", False)
            and request.url.endswith("/robots.txt"))

"""Scrapy's retry middleware, honouring ``Retry-After``.

Scrapy retries a 429 or 503 at once, whatever the server asked: the article is lost after
``RETRY_TIMES`` quick tries, and the server hit when it said not to. Here an answer with
``Retry-After`` (seconds or an HTTP date) is retried after that wait, up to
``NEWSCRAWLER_MAX_RETRY_AFTER`` seconds. A longer wait is not waited for: the answer goes to
the spider, which records the failure (``HTTP 429``, with the wait asked for in its detail),
and the next run tries the page again. Only the waiting request waits; the rest of the crawl
goes on.

Stats: ``newscrawler/retry_after/waited``, ``newscrawler/retry_after/too_long``.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

from newscrawler import statkeys

__all__ = ["TOO_LONG", "RetryAfter", "retry_after"]

#: request meta: the Retry-After wait (seconds) that was too long to wait for
TOO_LONG = "newscrawler_retry_after_too_long"

logger = logging.getLogger(__name__)


def retry_after(value: bytes | str | None, *, now: float | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks to wait (0 for a date past), or None.

    >>> retry_after(b"120"), retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    (120.0, 10.0)
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfter(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("NEWSCRAWLER_MAX_RETRY_AFTER")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfter:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    async def process_response(self, request: Request, response: Response
                               ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after(response.headers.get("Retry-After"))
        if wait is None:
            return super().process_response(request, response)
        stats = self.crawler.stats
        if wait > self.max_wait:
            stats.inc_value(f"{statkeys.RETRY_AFTER}/too_long")
            request.meta[TOO_LONG] = wait
            logger.info("%s asks to come back in %.0f s (Retry-After), more than "
                        "NEWSCRAWLER_MAX_RETRY_AFTER (%.0f s): not waiting", request.url, wait,
                        self.max_wait)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        stats.inc_value(f"{statkeys.RETRY_AFTER}/waited")
        logger.info("%s answered %d: trying again in %.1f s, as its Retry-After asks",
                    request.url, response.status, wait)
        await sleep(wait)
        return retry

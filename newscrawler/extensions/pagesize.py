"""How big each download said it was and grew, so that one cancelled for its size is told
apart from other cancelled downloads.

Scrapy cancels a download over ``DOWNLOAD_MAXSIZE`` (a site's ``max_page_size``) with a
``DownloadCancelledError`` that, for a body without ``Content-Length``, has no message at
all. This extension notes in the request's meta what the headers announced
(``newscrawler_length``) and what arrived (``newscrawler_received``); :func:`over_limit`
reads them back in the errback.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler

__all__ = ["PageSize", "over_limit"]

_LENGTH, _RECEIVED = "newscrawler_length", "newscrawler_received"


def over_limit(request: Request, limit: int) -> int | None:
    """The size of *request*'s download (announced or received so far) when over *limit*."""
    size = max(request.meta.get(_LENGTH) or 0, request.meta.get(_RECEIVED) or 0)
    return size if limit and size > limit else None


class PageSize:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageSize:
        extension = cls()
        crawler.signals.connect(extension.headers_received, signal=signals.headers_received)
        crawler.signals.connect(extension.bytes_received, signal=signals.bytes_received)
        return extension

    def headers_received(self, headers: Any, body_length: int, request: Request,
                         **kwargs: Any) -> None:
        # (Twisted's UNKNOWN_LENGTH when no Content-Length); a retry or redirect starts anew
        request.meta[_LENGTH] = body_length if isinstance(body_length, int) else 0
        request.meta[_RECEIVED] = 0

    def bytes_received(self, data: bytes, request: Request, **kwargs: Any) -> None:
        request.meta[_RECEIVED] = request.meta.get(_RECEIVED, 0) + len(data)

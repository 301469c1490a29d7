"""Scrapy's redirect middlewares, telling apart the redirects a crawl must give up on.

Scrapy drops these quietly, so the page they were meant to give leaves no trace: a
redirect back to a URL already in the chain (the dupefilter drops it), a chain longer than
``REDIRECT_MAX_TIMES`` ("max redirections reached"), a redirect to another host (the offsite
filter drops it). Here each raises a :class:`~newscrawler.extensions.giveup.GiveUp` that the
spider records: ``redirect loop``, ``too many redirects``, ``redirected off-site``. The
spider may also name a redirect that means the page is gone (an article sent to the home
page or a list page, a deleted article's usual fate: ``soft 404``) through its
``gone_by_redirect(request, url)`` method.

Only requests a spider callback waits for are checked; robots.txt (RFC 9309 lets it be
redirected anywhere) and other internal requests keep Scrapy's behaviour.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.http.request import NO_CALLBACK

from newscrawler.extensions.giveup import (
    RedirectedAway,
    RedirectedOffsite,
    RedirectLoop,
    TooManyRedirects,
)
from newscrawler.urls import on_site

__all__ = ["MetaRefresh", "Redirects"]


class _Checked:
    """Checks a redirect before Scrapy's ``_redirect`` follows it."""

    crawler: Any
    max_redirect_times: int

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        if request.callback is not NO_CALLBACK:
            _check(self.crawler.spider, redirected, request, self.max_redirect_times)
        return super()._redirect(redirected, request, reason)  # type: ignore[misc]


def _check(spider: Any, redirected: Request, request: Request, max_times: int) -> None:
    chain = [*request.meta.get("redirect_urls", []), request.url]
    target = redirected.url
    if _defragged(target) in {_defragged(url) for url in chain}:
        raise RedirectLoop(f"{request.url} redirects to {target}, which led here: "
                           + " -> ".join([*chain, target]))
    if request.meta.get("redirect_times", 0) + 1 > max_times:
        raise TooManyRedirects(f"more than {max_times} redirects from {chain[0]} "
                               f"(REDIRECT_MAX_TIMES, max_redirects); the last to {target}")
    allowed = getattr(spider, "allowed_domains", None)
    if allowed and not on_site(target, allowed):
        raise RedirectedOffsite(f"{request.url} redirects to {target}, outside the site's "
                                f"domains ({', '.join(allowed)})")
    gone = getattr(spider, "gone_by_redirect", None)
    why = gone(request, target) if gone is not None else None
    if why:
        raise RedirectedAway(why)


def _defragged(url: str) -> str:
    return url.split("#", 1)[0]


class Redirects(_Checked, RedirectMiddleware):
    """``RedirectMiddleware`` (3xx with ``Location``), checked."""


class MetaRefresh(_Checked, MetaRefreshMiddleware):
    """``MetaRefreshMiddleware`` (``<meta http-equiv="refresh">``), checked."""

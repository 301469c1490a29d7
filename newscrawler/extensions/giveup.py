"""Requests our components give up on, with the reason the spider records.

>>> raise RedirectLoop("http://x.gov/a.html redirects back to http://x.gov/b.html")

Each is an ``IgnoreRequest``, so Scrapy drops the request quietly and calls its errback with
the exception; the spider's errback stores ``reason`` and ``detail`` as they are
(``newscrawler/spiders/errors.py``).
"""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from newscrawler.failures import Reason

__all__ = ["GiveUp", "RedirectLoop", "RedirectedAway", "RedirectedOffsite",
           "TooManyRedirects"]


class GiveUp(IgnoreRequest):
    """A request given up on: ``reason`` (a :class:`Reason`) and a detail for people."""

    reason: Reason = Reason.DOWNLOAD_FAILED

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class RedirectLoop(GiveUp):
    reason = Reason.REDIRECT_LOOP


class TooManyRedirects(GiveUp):
    reason = Reason.TOO_MANY_REDIRECTS


class RedirectedOffsite(GiveUp):
    reason = Reason.REDIRECTED_OFFSITE


class RedirectedAway(GiveUp):
    """An article redirected to the home page or a list page: it is gone."""

    reason = Reason.SOFT_404

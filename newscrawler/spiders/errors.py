"""Why a request failed, from the failure an errback receives: the reason stored in
``failures`` (``newscrawler.failures.Reason``), a detail for people, the HTTP status.

>>> failure_reason(failure, kind="article", max_size=10485760)
('timed out', 'DownloadTimeoutError: Getting http://... took longer than 30.0 seconds.', None)

``None`` for what is not a failure of the page: a request Scrapy dropped by design (an
off-site link). Scrapy 2.13+ raises its own exception types (``DownloadTimeoutError``,
``CannotResolveHostError``, ...) where it raised Twisted's before; both are read.
"""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError

# Private, but the only mark of a decompression bomb: HttpCompressionMiddleware raises a
# plain IgnoreRequest "from" it.
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from newscrawler.durations import span
from newscrawler.extensions.giveup import GiveUp
from newscrawler.extensions.pagesize import over_limit
from newscrawler.extensions.retryafter import TOO_LONG
from newscrawler.failures import Reason, http_reason
from newscrawler.limits import size_words

__all__ = ["failure_reason"]


def failure_reason(failure: Failure, *, kind: str, max_size: int
                   ) -> tuple[str, str, int | None] | None:
    """``(reason, detail, http_status)`` of an errback's *failure* on a *kind* page, with the
    crawl's ``DOWNLOAD_MAXSIZE`` *max_size*; None when there is nothing to record."""
    if failure.check(HttpError):
        response = failure.value.response
        detail = f"the server answered {response.status} for this {kind} page"
        wait = failure.request.meta.get(TOO_LONG)  # type: ignore[attr-defined]
        if wait is not None:
            detail += (f", asking to come back in {span(wait)} (Retry-After): longer than "
                       "NEWSCRAWLER_MAX_RETRY_AFTER, so the next run tries again")
        return http_reason(response.status), detail, response.status
    if failure.check(GiveUp):
        return failure.value.reason, failure.value.detail, None
    request = failure.request  # type: ignore[attr-defined]
    limit = request.meta.get("download_maxsize", max_size)
    allowed = f"the {size_words(limit)} allowed (DOWNLOAD_MAXSIZE, max_page_size)"
    if failure.check(DownloadCancelledError):
        size = over_limit(request, limit)
        if size is not None:
            return Reason.TOO_LARGE, f"{size} bytes, more than {allowed}", None
    if failure.check(IgnoreRequest):
        bomb = failure.value.__cause__
        if isinstance(bomb, _DecompressionMaxSizeExceeded):
            return (Reason.TOO_LARGE, f"compressed, it unpacks to more than {allowed} "
                    f"({bomb.decompressed_size} bytes when unpacking stopped)", None)
        return None  # dropped by Scrapy on purpose (off-site), counted in its stats
    if failure.check(DNSLookupError, CannotResolveHostError):
        reason = Reason.DNS_FAILED
    elif failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        reason = Reason.TIMED_OUT
    elif failure.check(ResponseDataLossError):
        reason = Reason.TRUNCATED
    else:
        reason = Reason.DOWNLOAD_FAILED
    message = failure.getErrorMessage()
    if reason is Reason.TRUNCATED and not message:
        message = "the connection closed before the body the server announced was complete"
    return reason, f"{failure.type.__name__}: {message}".rstrip(": "), None

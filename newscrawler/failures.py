"""Why a page gave no article: the reasons stored in ``failures.reason``, by name.

>>> PageFailure(url=url, site="demo-en", reason=Reason.NO_BODY)
>>> Reason.ROBOTS.permanent, Reason.ROBOTS.stat        # True, 'newscrawler/failures/robots'
>>> http_reason(404), permanent_http(404)              # 'HTTP 404', True

A reason is short, stable text a person understands: analysts count failures by it, and the
crawl reads it back (:data:`PERMANENT`) to decide which pages are not worth another try.
To add one, add a member (its value is what is stored; never change a released one), and
put it in :data:`PERMANENT` when another try cannot fix it. Its crawl stat is
``newscrawler/failures/<value with spaces as _>`` unless :data:`_STAT_NAMES` says otherwise.
"""

from __future__ import annotations

from enum import StrEnum

from newscrawler import statkeys

__all__ = ["PERMANENT", "PERMANENT_HTTP", "Reason", "failure_stat", "http_reason",
           "permanent_http"]


class Reason(StrEnum):
    # fetched, but no article in it (pipelines/clean.py)
    NO_TITLE = "no title"
    NO_BODY = "no body"
    NO_TITLE_AND_NO_BODY = "no title and no body"
    SOFT_404 = "soft 404"  # a "page not found" page answered 200, or redirected to a list
    UNDECODABLE = "undecodable"  # text no encoding reads: mostly U+FFFD
    # a crawl without regexes fetched it as an article: it has no date or too little text
    # of its own (newscrawler/discovery/)
    NOT_AN_ARTICLE = "not an article"
    # not fetched, or not readable (the spider)
    NOT_HTML = "not an HTML page"  # a PDF, an image, a file download
    PARSE_ERROR = "parse error"
    ROBOTS = "forbidden by robots.txt"
    ROBOTS_UNAVAILABLE = "robots.txt unavailable"  # 5xx or unreachable: disallow (RFC 9309)
    DNS_FAILED = "DNS lookup failed"
    TIMED_OUT = "timed out"
    TOO_LARGE = "too large"  # over DOWNLOAD_MAXSIZE (max_page_size), on the wire or unpacked
    TRUNCATED = "truncated"  # the connection closed before the body the server promised
    DOWNLOAD_FAILED = "download failed"  # connection refused or reset, and the like
    # redirects (newscrawler/extensions/redirects.py)
    REDIRECT_LOOP = "redirect loop"
    TOO_MANY_REDIRECTS = "too many redirects"  # REDIRECT_MAX_TIMES (max_redirects)
    REDIRECTED_OFFSITE = "redirected off-site"

    @property
    def permanent(self) -> bool:
        """True when another try will not fix it (see :data:`PERMANENT`)."""
        return self in PERMANENT

    @property
    def stat(self) -> str:
        """The crawl stat that counts this reason."""
        return failure_stat(self)


#: Reasons another try will not fix: a later run does not request such a page again
#: (``--refresh`` does). Timeouts, DNS and download errors, redirect loops and an
#: unavailable robots.txt are tried again.
PERMANENT: frozenset[Reason] = frozenset({
    Reason.NO_TITLE, Reason.NO_BODY, Reason.NO_TITLE_AND_NO_BODY, Reason.NOT_HTML,
    Reason.ROBOTS, Reason.NOT_AN_ARTICLE, Reason.SOFT_404, Reason.UNDECODABLE,
    Reason.TOO_LARGE, Reason.REDIRECTED_OFFSITE,
})
#: HTTP statuses that say the page is gone for good.
PERMANENT_HTTP: frozenset[int] = frozenset({404, 410})

# Stat names that are not the reason's text (kept as they were first released).
_STAT_NAMES = {Reason.ROBOTS: "robots"}


def http_reason(status: int) -> str:
    """``http_reason(404) == "HTTP 404"``: the reason of an HTTP error status."""
    return f"HTTP {status}"


def permanent_http(status: int | None) -> bool:
    return status in PERMANENT_HTTP


def failure_stat(reason: str) -> str:
    """The crawl stat of a failure *reason*: ``newscrawler/failures/no_body``,
    ``.../http_404``, ``.../robots``."""
    if reason in _STAT_NAMES:
        name = _STAT_NAMES[Reason(reason)]
    elif reason.startswith("HTTP "):
        name = "http_" + reason[5:]
    else:
        name = reason.replace(" ", "_")
    return f"{statkeys.FAILURES}/{name}"

"""URL canonicalization: one article, one URL.

>>> canonicalize_url("HTTP://Example.gov.cn:80/a/b.html?utm_source=x&id=3&spm=1#top")
'http://example.gov.cn/a/b.html?id=3'
>>> canonicalize_url("http://example.gov.cn/a/b.html;jsessionid=0A1B2C/")
'http://example.gov.cn/a/b.html'

Besides the query's tracking parameters and the fragment, two path variants name the same
page on every server and are folded: a session id in the path (``;jsessionid=...``,
``;phpsessid=...``, which Java and PHP servers add for clients without cookies, as a crawl
is), and a trailing slash after a file name (``/a/b.html/``: a server either serves
``b.html`` there too, as Apache with path info does, or answers 404). A trailing slash after
a name without an extension is kept: ``/news/12/`` and ``/news/12`` may be a folder and a file,
and servers that mean the same page redirect one to the other (the redirect is followed and
both URLs are recorded for the article).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize
from w3lib.url import url_query_cleaner

__all__ = ["TRACKING_PARAMS", "canonicalize_url", "is_tracking_param", "on_site",
           "usable_canonical"]

#: Query parameters that say how a visitor arrived, not which page it is.
TRACKING_PARAMS: tuple[str, ...] = (
    "from", "spm", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "igshid", "yclid", "share_token", "scene", "isappinstalled",
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_NETLOC_PORT = re.compile(r":\d+$")
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid)=[^/?#;]*", re.IGNORECASE)
_SLASH_AFTER_FILE = re.compile(r"(\.[A-Za-z0-9]{1,5})/+$")


def is_tracking_param(name: str, extra: tuple[str, ...] = ()) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name in extra or name.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str, *, extra_tracking_params: Iterable[str] = ()) -> str:
    """Return the canonical form of *url*: lower-case scheme and host, no default
    port, no fragment, no tracking parameters, query arguments sorted.

    ``canonicalize_url("https://a.gov/x?utm_medium=rss")`` gives ``"https://a.gov/x"``.
    """
    return _canonical(url, tuple(extra_tracking_params))


# A crawl canonicalizes each URL several times (as a link of its list page, as the request,
# as the response and as the page's canonical link), close together: 13 us each, 3% of a
# worker's time on the demo portal before the cache.
@functools.lru_cache(maxsize=8192)
def _canonical(url: str, extra_tracking_params: tuple[str, ...]) -> str:
    url = _SESSION_IN_PATH.sub("", url.strip())
    parts = urlsplit(url)
    if parts.query:
        names = {p.split("=", 1)[0] for p in parts.query.split("&") if p}
        drop = [n for n in names if is_tracking_param(n, extra_tracking_params)]
        if drop:
            url = url_query_cleaner(url, drop, remove=True, keep_fragments=True)
    canonical = _w3lib_canonicalize(url, keep_fragments=False)
    parts = urlsplit(canonical)
    default_port = _DEFAULT_PORTS.get(parts.scheme)
    if default_port and parts.netloc.endswith(default_port):
        parts = parts._replace(netloc=parts.netloc[: -len(default_port)])
    if _SLASH_AFTER_FILE.search(parts.path):
        parts = parts._replace(path=_SLASH_AFTER_FILE.sub(r"\1", parts.path))
    return urlunsplit(parts)


def on_site(url: str, allowed_domains: Iterable[str]) -> bool:
    """Whether *url*'s host is one of *allowed_domains* or under one, whatever the port
    (as Scrapy's offsite filter has it): ``on_site("http://www.x.gov:8080/a", ["x.gov"])``."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in allowed_domains))


def usable_canonical(canonical: str | None, page_url: str, *,
                     allowed_domains: Iterable[str] | None = None,
                     list_pattern: re.Pattern[str] | None = None) -> str | None:
    """The absolute ``<link rel="canonical">`` of the page at *page_url*, when it can be
    trusted: on the site (*allowed_domains*, default the page's own host), not the home page
    and not a list page (common CMS template mistakes that would fold every article into one).

    ``usable_canonical("/a/1.html", "https://x.gov/a/1.html?p=2")`` gives
    ``"https://x.gov/a/1.html"``; ``usable_canonical("/", ...)`` gives None.
    """
    if not canonical:
        return None
    target = urljoin(page_url, canonical.strip())
    parts = urlsplit(target)
    if not on_site(target, allowed_domains or [urlsplit(page_url).hostname or ""]):
        return None
    if parts.scheme not in ("http", "https") or parts.path in ("", "/"):
        return None
    if list_pattern is not None and list_pattern.search(target):
        return None
    return target

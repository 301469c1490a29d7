"""URL canonicalization: one article, one URL.

>>> canonicalize_url("HTTP://Example.gov.cn:80/a/b.html?utm_source=x&id=3&spm=1#top")
'http://example.gov.cn/a/b.html?id=3'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize
from w3lib.url import url_query_cleaner

__all__ = ["TRACKING_PARAMS", "canonicalize_url", "is_tracking_param", "usable_canonical"]

#: Query parameters that say how a visitor arrived, not which page it is.
TRACKING_PARAMS: tuple[str, ...] = (
    "from", "spm", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "igshid", "yclid", "share_token", "scene", "isappinstalled",
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_NETLOC_PORT = re.compile(r":\d+$")


def is_tracking_param(name: str, extra: tuple[str, ...] = ()) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name in extra or name.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str, *, extra_tracking_params: tuple[str, ...] = ()) -> str:
    """Return the canonical form of *url*: lower-case scheme and host, no default
    port, no fragment, no tracking parameters, query arguments sorted.

    ``canonicalize_url("https://a.gov/x?utm_medium=rss")`` gives ``"https://a.gov/x"``.
    """
    parts = urlsplit(url.strip())
    if parts.query:
        names = {p.split("=", 1)[0] for p in parts.query.split("&") if p}
        drop = [n for n in names if is_tracking_param(n, extra_tracking_params)]
        if drop:
            url = url_query_cleaner(url, drop, remove=True, keep_fragments=True)
    canonical = _w3lib_canonicalize(url, keep_fragments=False)
    parts = urlsplit(canonical)
    default_port = _DEFAULT_PORTS.get(parts.scheme)
    if default_port and parts.netloc.endswith(default_port):
        canonical = canonical.replace(parts.netloc, parts.netloc[: -len(default_port)], 1)
    return canonical


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
    host = (parts.hostname or "").lower()
    domains = list(allowed_domains or [urlsplit(page_url).hostname or ""])
    if not any(host == d or host.endswith("." + d) for d in domains):
        return None
    if parts.scheme not in ("http", "https") or parts.path in ("", "/"):
        return None
    if list_pattern is not None and list_pattern.search(target):
        return None
    return target

"""URL canonicalization: one article, one URL.

>>> canonicalize_url("HTTP://Example.gov.cn:80/a/b.html?utm_source=x&id=3&spm=1#top")
'http://example.gov.cn/a/b.html?id=3'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize
from w3lib.url import url_query_cleaner

__all__ = ["TRACKING_PARAMS", "canonicalize_url", "is_tracking_param"]

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

"""Sites without a config: a site per host from start URLs, its timezone from the host's
country where that is unambiguous, and the sections its list pages are followed in.

>>> [s.name for s in sites_from_urls(["https://www.nmg.gov.cn/zwyw/jrgz/index.html"])]
['nmg.gov.cn']
>>> country_timezone("www.nmg.gov.cn")
('Asia/Shanghai', '.cn')
>>> in_sections("https://x.gov.cn/en/news/index_2.html", sections_of(["https://x.gov.cn/en/"]))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from newscrawler.countryzones import COUNTRY_TIMEZONES, country_timezone  # (re-exported)
from newscrawler.sites import SiteConfig, SiteConfigError, parse_site
from newscrawler.urls import on_site  # (here too, for the discovery package)

__all__ = ["COUNTRY_TIMEZONES", "country_timezone", "in_sections", "is_url", "on_site", "site_name",
           "sections_of", "sites_from_urls"]

_NAME_CHARS = re.compile(r"[^a-z0-9_.-]+")


def is_url(text: str) -> bool:
    """An absolute http(s) URL (where a site name or a TOML path may also be given)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def site_name(url: str) -> str:
    """The name a zero-config site gets: its host without ``www.``, and a port other than
    the scheme's (``127.0.0.1-8765``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    name = f"{host}-{parts.port}" if parts.port else host
    return _NAME_CHARS.sub("-", name).strip("-.") or "site"


def sites_from_urls(urls: Iterable[str]) -> list[SiteConfig]:
    """One zero-config site per host of *urls* (in their order), its start URLs those on it.
    Raises SiteConfigError for a URL that is not absolute http(s)."""
    groups: dict[str, list[str]] = {}
    for url in urls:
        if not is_url(url):
            raise SiteConfigError(url, None, "not an absolute http(s) URL")
        groups.setdefault(site_name(url), []).append(url)
    return [parse_site({"name": name, "start_urls": start}, origin=start[0])
            for name, start in groups.items()]


def sections_of(start_urls: Sequence[str]) -> tuple[str, ...]:
    """The path prefixes a zero-config crawl follows list pages in: a start URL below a
    folder (``/en/index.html``, ``/zwyw/jrgz/``) keeps the lists to its first folder
    (``/en/``, ``/zwyw/``); one at the top of the site (``/``, ``/index.html``) to nothing."""
    sections = []
    for url in start_urls:
        path = urlsplit(url).path or "/"
        first, sep, _ = path.lstrip("/").partition("/")
        if not sep:
            return ("/",)
        sections.append(f"/{first}/")
    return tuple(dict.fromkeys(sections))


def in_sections(url: str, sections: Sequence[str]) -> bool:
    path = urlsplit(url).path or "/"
    return any(path.startswith(s) for s in sections)

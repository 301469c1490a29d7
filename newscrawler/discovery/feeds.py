"""RSS/Atom feeds and XML sitemaps: the article links they list, and where a site names them.
Pure functions of bytes; the dates they give are hints (``--since``), never stored.

>>> [(e.url, e.date) for e in read_feed(body, "https://x.gov.cn/rss.xml")]
[('https://x.gov.cn/art/2018/5/28/art_1_2.html', datetime.date(2018, 5, 28)), ...]
>>> kind, entries = read_sitemap(body, "https://x.gov.cn/sitemap.xml")   # "urlset" or
...                                                                     # "sitemapindex"
>>> feed_links(selector, page_url)     # <link rel="alternate" type="application/rss+xml">
>>> robots_sitemaps(robots_txt_bytes, "https://x.gov.cn/robots.txt")

RSS 2.0 (``item/link``, else a permalink ``guid``; ``pubDate``), RSS 1.0 (``item/link``,
``dc:date``) and Atom (``entry/link[@rel=alternate]/@href``; ``published``, else ``updated``)
are read with lxml in recover mode (entities unresolved, no network), so a feed with a stray
``&`` or a wrong encoding declaration still gives its links. Sitemaps go through Scrapy's own
reader (:class:`scrapy.utils.sitemap.Sitemap`), gzipped ones through its ``gunzip``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree

__all__ = ["Entry", "feed_links", "read_feed", "read_sitemap", "robots_sitemaps"]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml")
_MAX_SITEMAP = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed


@dataclass(frozen=True, slots=True)
class Entry:
    """A link a feed or sitemap lists, with the date it gives (a hint), if any."""

    url: str
    date: date | None = None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                           remove_comments=True, remove_pis=True, huge_tree=False)


def read_feed(body: bytes, url: str) -> list[Entry]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed, in feed order, as absolute URLs."""
    try:
        root = etree.fromstring(body.strip(), _parser())
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    out: dict[str, Entry] = {}
    for item in root.xpath("//*[local-name()='item' or local-name()='entry']"):
        link = _item_link(item)
        if not link:
            continue
        absolute = urljoin(url, link.strip())
        if absolute.startswith(("http://", "https://")) and absolute not in out:
            out[absolute] = Entry(absolute, _item_date(item))
    return list(out.values())


def _child_text(item: Any, *names: str) -> str | None:
    for name in names:
        for child in item.xpath(f"*[local-name()='{name}']"):
            text = (child.text or "").strip()
            if text:
                return text
    return None


def _item_link(item: Any) -> str | None:
    # Atom: <link rel="alternate" href="..."/> (rel defaults to alternate)
    for link in item.xpath("*[local-name()='link'][@href]"):
        if link.get("rel", "alternate") == "alternate":
            return link.get("href")
    text = _child_text(item, "link")
    if text:
        return text
    for guid in item.xpath("*[local-name()='guid']"):
        if guid.get("isPermaLink", "true").lower() == "true" and (guid.text or "").strip():
            return guid.text.strip()
    return None


def _item_date(item: Any) -> date | None:
    return parse_date(_child_text(item, "pubDate", "published", "date", "issued", "updated",
                                  "modified"))


def parse_date(text: str | None) -> date | None:
    """The date of an RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) stamp, or None."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from newscrawler.extract.dates import find_dates

    found = find_dates(text, limit=1)
    return found[0].moment.date() if found else None


def read_sitemap(body: bytes, url: str) -> tuple[str, list[Entry]]:
    """``("urlset", [page entries])`` or ``("sitemapindex", [sitemap entries])``; ``("", [])``
    for anything else. Gzipped bodies (``.xml.gz``) are unpacked first."""
    from scrapy.utils.gz import gunzip
    from scrapy.utils.sitemap import Sitemap

    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=_MAX_SITEMAP)
        except (OSError, EOFError, ValueError):
            return "", []
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, StopIteration):
        return "", []
    if sitemap.type not in ("urlset", "sitemapindex"):
        return "", []
    out: dict[str, Entry] = {}
    for entry in sitemap:
        loc = urljoin(url, entry.get("loc", "").strip())
        if loc.startswith(("http://", "https://")) and loc not in out:
            news = entry.get("publication_date")  # Google News sitemaps
            out[loc] = Entry(loc, parse_date(news or entry.get("lastmod")))
    return sitemap.type, list(out.values())


def feed_links(page: Any, page_url: str) -> list[str]:
    """The feeds a page announces: ``<link rel="alternate" type="application/rss+xml"
    href="...">`` (and Atom, RDF), absolute."""
    out = []
    for link in page.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in _FEED_TYPES:
            target = urljoin(page_url, link.attrib["href"].strip())
            if target.startswith(("http://", "https://")):
                out.append(target)
    return list(dict.fromkeys(out))


def robots_sitemaps(robots_txt: bytes, robots_url: str) -> Iterator[str]:
    """The ``Sitemap:`` lines of a robots.txt, absolute."""
    from scrapy.utils.sitemap import sitemap_urls_from_robots

    for url in sitemap_urls_from_robots(robots_txt, base_url=robots_url):
        if url.startswith(("http://", "https://")):
            yield url

"""Which links of a page to follow, and as what: a pure function of the page and the site.

>>> [(url, kind) for url, kind, _ in page_links(Selector(text=html), page_url, site)]
[('https://example.gov.cn/art/2018/5/28/art_1.html', 'article'), ...]
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

from parsel import Selector

from newscrawler.sites import SiteConfig
from newscrawler.urls import canonicalize_url

__all__ = ["page_links"]

_SKIP = ("javascript:", "mailto:", "tel:", "#", "data:")


def page_links(page: Selector, page_url: str, site: SiteConfig, *,
               tracking_params: tuple[str, ...] = ()) -> Iterator[tuple[str, str, Selector]]:
    """The page's links that match the site's patterns, canonicalized, first occurrence in
    page order, as ``(url, "article" or "list", the <a> element)``.

    A link is an article when it matches ``article_links``, else a list page when it matches
    ``list_links``; ``<base href>`` is honoured. The absolute ``//a`` also reaches the second
    ``<html>`` libxml2 makes of a page with a stray ``</html>``.
    """
    base = page_url
    base_href = page.xpath("//base/@href").get()
    if base_href:
        base = urljoin(base, base_href.strip())
    articles, lists = site.article_patterns, site.list_patterns
    seen: set[str] = set()
    for anchor in page.xpath("//a[@href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(_SKIP):
            continue
        url = urljoin(base, href)
        if not url.startswith(("http://", "https://")):
            continue
        url = canonicalize_url(url, extra_tracking_params=tracking_params)
        if url in seen:
            continue
        seen.add(url)
        if articles is not None and articles.search(url):
            yield url, "article", anchor
        elif lists is not None and lists.search(url):
            yield url, "list", anchor

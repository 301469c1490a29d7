"""What the portal spider does beyond a site's regexes: crawling without them (zero-config),
and the article links of feeds and sitemaps. Mixed into
:class:`newscrawler.spiders.portal.PortalSpider`, which calls:

- ``self.open_discovery(storage)`` in ``start()`` (zero-config: the learned templates and the
  timezone) and yields ``self.listed_requests()`` (the site's feeds and sitemaps);
- ``self.zero_list_links(response)`` in ``parse_list`` (zero-config): the page's links, or
  the article fields when the page fetched as a list is an article;
- ``self.zero_check_article(response, fields)`` in ``parse_article`` (zero-config): None for an
  article, else what to do instead (walk it as a list, or record why it is not stored).

A zero-config crawl's fetched pages are counted per address template
(:class:`~newscrawler.discovery.learning.LinkJudge`), stored in the open batch and read back
by the site's next run.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response

from newscrawler import statkeys
from newscrawler.linkclass import ARTICLE, LIST, MIN_OWN_TEXT, OTHER, own_text, page_kind
from newscrawler.storage import utc_now

from .feeds import feed_links, read_feed, read_sitemap, robots_sitemaps
from .learning import LinkJudge, list_turned_article
from .zeroconf import country_timezone, on_site

if TYPE_CHECKING:
    from newscrawler.sites import SiteConfig
    from newscrawler.storage import Storage

__all__ = ["Discovery", "ListLinks"]

logger = logging.getLogger(__name__)

#: (url, "article" or "list", the <a> element or None)
ListLinks = list[tuple[str, str, Any]]


class Discovery:
    """Mixin of the portal spider (see the module)."""

    site: SiteConfig
    crawler: Any
    judge: LinkJudge | None = None
    _last_run_started: str | None = None

    # -- start ------------------------------------------------------------------------------

    def open_discovery(self, storage: Storage, *, run_id: int | None, full_walk: bool) -> None:
        previous = storage.previous_run(self.site.name, before=run_id)
        if previous is not None and not full_walk:
            self._last_run_started = previous["started_at"]
        if not self.site.zero_config:
            return
        if self.site.timezone is None:
            host = urlsplit(self.site.start_urls[0]).hostname or ""
            found = country_timezone(host)
            if found:
                self.site = dataclasses.replace(self.site, timezone=found[0])
                logger.info("%s: timezone %s, from the host's country domain (%s); a site file's "
                            "timezone key overrides it", self.site.name, found[0], found[1])
            else:
                logger.info("%s: no timezone known for %s (its country domain names none or "
                            "several): times are stored without an offset", self.site.name,
                            host)
        site_name = self.site.name

        def store(template: str, counts: tuple[int, int, int], example: str) -> None:
            storage.add_template_pages(site_name, {template: counts},
                                       examples={template: example}, seen=utc_now())

        self.judge = LinkJudge(self.site, learned=storage.learned_templates(site_name),
                               tracking_params=self._tracking, store=store)
        logger.info("%s: crawling without regexes (link classes by the classifier and %d "
                    "address templates learned on earlier runs)", site_name,
                    self.judge.learned_before)
        self.crawler.signals.connect(self._robots_downloaded, signal=signals.response_downloaded)

    def listed_requests(self) -> Iterator[scrapy.Request]:
        """The site's own feeds and sitemaps."""
        for url in self.site.feeds:
            yield self._feed_request(url)
        for url in self.site.sitemaps:
            yield self._sitemap_request(url)

    def _feed_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                              cb_kwargs={"kind": "feed"})

    def _sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error,
                              cb_kwargs={"kind": "sitemap"})

    def _robots_downloaded(self, response: Response, request: scrapy.Request) -> None:
        # The robots.txt Scrapy fetched for its own middleware names the sitemaps: no request
        # of ours. Zero-config crawls only; a site file lists its sitemaps itself.
        if urlsplit(response.url).path != "/robots.txt" or response.status != 200:
            return
        if self.crawler.engine is None:
            return
        for url in robots_sitemaps(response.body, response.url):
            if self._on_site(url):
                logger.info("%s: sitemap %s, named by %s", self.site.name, url, response.url)
                self.crawler.engine.crawl(self._sitemap_request(url))

    def _on_site(self, url: str) -> bool:
        return on_site(url, self.site.allowed_domains)

    # -- zero-config pages ------------------------------------------------------------------

    def zero_list_links(self, response: Response, listing: Any = None) -> tuple[ListLinks, Any]:
        """The links of a page fetched as a list (read from *listing*, the page as its links
        are read, by default its selector), and the page's article fields when it is an
        article instead (then the links are not followed)."""
        judge = self.judge
        assert judge is not None
        listing = response.selector if listing is None else listing
        links = judge.classify(listing, response.url)
        if response.url in self._start_urls() or response.request.url in self._start_urls():
            for url in feed_links(response.selector, response.url):
                if self._on_site(url):
                    self.crawler.engine.crawl(self._feed_request(url))
        learned = judge.learned(response.url)
        if learned is None or learned[0] != LIST:
            # Not known to be a list yet: is it an article? (Costs an extraction.)
            fields = self._extract(response)
            kind = page_kind(listing, response.url, links=links, fields=fields)
            if list_turned_article(kind, links, response.url, self._start_urls()):
                self._presumed_wrong(response, LIST, ARTICLE)
                return [], fields
        judge.seen(response.url, LIST)
        return [(lk.url, lk.kind, lk.anchor) for lk in links if lk.kind in (ARTICLE, LIST)], None

    def zero_check_article(self, response: Response, fields: Any) -> tuple[str, Any] | None:
        """None when the page fetched as an article is one; ``("list", links)`` when it is a
        list to walk; ``("other", why)`` when it is neither."""
        judge = self.judge
        assert judge is not None
        if fields.title and fields.published_at:
            # The cheap test first: the body's own text beside every link text of the page.
            texts = response.selector.xpath("//a[@href]")
            _, own = own_text(fields.body, (a.xpath("normalize-space()").get() or ""
                                            for a in texts))
            if own >= MIN_OWN_TEXT:
                judge.seen(response.url, ARTICLE)
                return None
        links = judge.classify(response.selector, response.url)
        kind = page_kind(response.selector, response.url, links=links, fields=fields)
        if kind.kind == ARTICLE:
            judge.seen(response.url, ARTICLE)
            return None
        judge.seen(response.url, kind.kind)
        self._presumed_wrong(response, ARTICLE, kind.kind)
        if kind.kind == LIST:
            return LIST, [(lk.url, lk.kind, lk.anchor) for lk in links
                          if lk.kind in (ARTICLE, LIST)]
        return OTHER, kind.why

    def _start_urls(self) -> set[str]:
        return {self._canonical(u) for u in self.site.start_urls} | set(self.site.start_urls)

    def _presumed_wrong(self, response: Response, presumed: str, kind: str) -> None:
        self.crawler.stats.inc_value(f"{statkeys.PRESUMED_WRONG}/{presumed}_was_{kind}")
        logger.debug("%s was fetched as %s page but is %s", response.url,
                     "an article" if presumed == ARTICLE else "a list",
                     "an article" if kind == ARTICLE else "a list" if kind == LIST else "neither")

    # -- feeds and sitemaps -----------------------------------------------------------------

    def parse_feed(self, response: Response, kind: str = "feed") -> Iterator[Any]:
        self.crawler.stats.inc_value(statkeys.FEEDS_READ)
        entries = read_feed(response.body, response.url)
        if not entries:
            logger.warning("%s: no feed items in %s", self.site.name, response.url)
        for entry in entries:
            yield from self._listed(entry.url, entry.date, "feed")

    def parse_sitemap(self, response: Response, kind: str = "sitemap") -> Iterator[Any]:
        self.crawler.stats.inc_value(statkeys.SITEMAPS_READ)
        sitemap_type, entries = read_sitemap(response.body, response.url)
        if not sitemap_type:
            logger.warning("%s: %s is not a sitemap", self.site.name, response.url)
            return
        if sitemap_type == "sitemapindex":
            since = date.fromisoformat(self._last_run_started[:10]) if (
                self._last_run_started) else None
            for entry in entries:
                if since is not None and entry.date is not None and entry.date < since:
                    # unchanged since the site's last complete run: nothing new in it
                    self.crawler.stats.inc_value(statkeys.SITEMAPS_UNCHANGED)
                    continue
                if self._on_site(entry.url):
                    yield self._sitemap_request(entry.url)
            return
        for entry in entries:
            yield from self._listed(entry.url, entry.date, "sitemap")

    def _listed(self, url: str, shown: date | None, where: str) -> Iterator[scrapy.Request]:
        url = self._canonical(url)
        if not self._on_site(url):
            return
        if self.judge is not None:
            kind, _ = self.judge.url_kind(url)
        else:
            kind = ARTICLE if self.site.article_patterns.search(url) else OTHER
        if kind != ARTICLE:
            if kind == OTHER and self.judge is None:
                self.crawler.stats.inc_value(statkeys.LISTED_UNMATCHED)
            return
        self.crawler.stats.inc_value(f"{statkeys.LISTED_LINKS}/{where}")
        if self.wanted_article(url, shown):
            yield self.article_request(url)

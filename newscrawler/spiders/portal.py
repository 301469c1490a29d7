"""The generic portal spider: list pages are walked for links, article pages are parsed.

    scrapy crawl portal -a site=demo-en
    scrapy crawl portal -a site=path/to/site.toml
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from newscrawler import statkeys
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.extensions.politeness import ForbiddenByRobots
from newscrawler.extract import extract_article
from newscrawler.failures import Reason, http_reason
from newscrawler.incremental import Incremental, listed_date, parse_since, same_list
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.links import page_links
from newscrawler.sites import SiteConfig, load_site
from newscrawler.storage import utc_now
from newscrawler.urls import canonicalize_url, usable_canonical

__all__ = ["PortalSpider"]

_TRUE = ("1", "true", "yes", "on")


class PortalSpider(scrapy.Spider):
    """Crawls one site config. ``site`` is a :class:`SiteConfig`, a shipped name or a path."""

    name = "portal"

    def __init__(self, site: SiteConfig | str | None = None, *, refresh: bool | str = False,
                 since: str | date | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if site is None:
            raise ValueError("the portal spider needs a site: scrapy crawl portal -a site=NAME")
        self.site = site if isinstance(site, SiteConfig) else load_site(site)
        self.site_name = self.site.name
        self.allowed_domains = list(self.site.allowed_domains)
        self.refresh = refresh if isinstance(refresh, bool) else refresh.lower() in _TRUE
        self.since = parse_since(since)
        self.incremental: Incremental | None = None
        self._tracking: tuple[str, ...] = ()
        self._known_seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # Settings are still open here: the site's own delay beats the project default.
        if spider.site.download_delay is not None:
            crawler.settings.set("DOWNLOAD_DELAY", spider.site.download_delay, priority="spider")
        spider._tracking = tuple(crawler.settings.getlist("NEWSCRAWLER_TRACKING_PARAMS"))
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # The crawl's database and this run's row were opened at spider_opened; a worker of
        # a distributed crawl has no database, and was given its Incremental from Redis then.
        if self.incremental is None:
            database = CrawlDatabase.of(self.crawler)
            self.incremental = Incremental.for_run(
                database.storage, self.site.name, run_id=database.run_id,
                refresh=self.refresh, since=self.since, stop_at_known=self.site.stop_at_known)
        for url in self.site.start_urls:
            yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error,
                                 cb_kwargs={"kind": "list"})

    # -- list pages -----------------------------------------------------------------------------

    def parse_list(self, response: Response, kind: str = "list") -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield self._failure(response.url, Reason.NOT_HTML, kind="list",
                                detail=response.headers.get("Content-Type", b"").decode())
            return
        stats = self.crawler.stats
        stats.inc_value(statkeys.LISTS_PARSED)
        incremental = self.incremental
        assert incremental is not None, "parse_list before start()"
        articles, lists = [], []
        for url, link_kind, anchor in page_links(response.selector, response.url, self.site,
                                                 tracking_params=self._tracking):
            (articles if link_kind == "article" else lists).append((url, anchor))
        unknown = too_old = 0
        for url, anchor in articles:
            stats.inc_value(statkeys.LINKS_ARTICLE)
            if incremental.since and incremental.is_too_old(_date_next_to(anchor)):
                too_old += 1
                stats.inc_value(statkeys.LINKS_TOO_OLD)
                continue
            if incremental.is_known(url):
                if url not in self._known_seen:
                    self._known_seen.add(url)
                    stats.inc_value(statkeys.ARTICLES_KNOWN)
                continue
            if incremental.failed_for_good(url):
                stats.inc_value(statkeys.LINKS_FAILED_BEFORE)
                continue
            unknown += 1
            yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                                 cb_kwargs={"kind": "article"})
        stop = incremental.stop_paging(article_links=len(articles), unknown=unknown,
                                       too_old=too_old)
        if stop:
            stats.inc_value(statkeys.LISTS_STOPPED)
            self.logger.debug("Nothing new on %s: not following its further pages", response.url)
        for url, _ in lists:
            if stop and same_list(url, response.url):
                continue
            # a step ahead of the articles beside it: the next page's links are known before
            # this page's articles are all fetched, so concurrent downloads never run dry
            yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error,
                                 cb_kwargs={"kind": "list"}, priority=1)

    # -- article pages --------------------------------------------------------------------------

    def parse_article(self, response: Response, kind: str = "article") -> Iterator[Any]:
        request = response.request
        assert request is not None  # Scrapy sets it on every response given to a callback
        url = self._canonical(request.url)
        if not isinstance(response, TextResponse):
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            yield self._failure(url, Reason.NOT_HTML, detail=f"Content-Type {content_type}")
            return
        try:
            # the bytes, decoded as `newscrawler extract` decodes them (a charset header that
            # lies is overruled), and parsed once into a tree extraction owns
            fields = extract_article(
                response.body, response.url, selectors=self.site.selectors,
                timezone=self.site.timezone, language=self.site.language,
                content_type=response.headers.get("Content-Type", b"").decode("latin-1"))
        except Exception as exc:  # one bad page must not stop the crawl
            self.logger.warning("Could not parse %s: %r", response.url, exc)
            yield self._failure(url, Reason.PARSE_ERROR, detail=f"{type(exc).__name__}: {exc}")
            return
        urls = [url, url if response.url == request.url else self._canonical(response.url)]
        urls += [self._canonical(u) for u in request.meta.get("redirect_urls", [])]
        canonical = usable_canonical(fields.canonical_url, response.url,
                                     allowed_domains=self.allowed_domains,
                                     list_pattern=self.site.list_patterns)
        if canonical:
            urls.insert(0, self._canonical(canonical))
        urls = list(dict.fromkeys(urls))
        yield NewsArticle(
            url=urls[0], site=self.site.name, title=fields.title,
            published_at=fields.published_at, body=fields.body, source=fields.source,
            channel=fields.channel, language=fields.language or self.site.language,
            crawled_at=utc_now(), urls=urls[1:],
        )

    def _canonical(self, url: str) -> str:
        return canonicalize_url(url, extra_tracking_params=self._tracking)

    # -- errors ---------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> Iterator[PageFailure]:
        # Each failure is counted by its reason where it is stored (pipelines/sqlite.py).
        request = failure.request  # type: ignore[attr-defined]
        kind = request.cb_kwargs.get("kind", "article")
        if failure.check(HttpError):
            status = failure.value.response.status
            yield self._failure(request.url, http_reason(status), kind=kind, http_status=status,
                                detail=f"the server answered {status} for this {kind} page")
            return
        if failure.check(ForbiddenByRobots):
            # Recorded, so analysts see why an article is missing and later runs skip it.
            yield self._failure(request.url, Reason.ROBOTS, kind=kind,
                                detail="the site's robots.txt disallows this URL")
            return
        if failure.check(IgnoreRequest):
            return  # offsite: counted by Scrapy
        reason = (Reason.DNS_FAILED if failure.check(DNSLookupError)
                  else Reason.TIMED_OUT if failure.check(TimeoutError, TCPTimedOutError)
                  else Reason.DOWNLOAD_FAILED)
        yield self._failure(request.url, reason, kind=kind,
                            detail=f"{failure.type.__name__}: {failure.getErrorMessage()}")

    def _failure(self, url: str, reason: str, *, kind: str = "article", detail: str | None = None,
                 http_status: int | None = None) -> PageFailure:
        return PageFailure(url=url, site=self.site.name, reason=reason, kind=kind, detail=detail,
                           http_status=http_status, failed_at=utc_now())


def _date_next_to(anchor: Selector) -> date | None:
    """The date a list shows beside a link: in the link's own row (li, tr, dd...)."""
    for xpath in ("normalize-space(..)", "normalize-space(../..)"):
        text = anchor.xpath(xpath).get() or ""
        if len(text) > 400:
            return None  # the whole list, not one entry
        shown = listed_date(text)
        if shown:
            return shown
    return None

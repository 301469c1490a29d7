"""The generic portal spider: list pages are walked for links, article pages are parsed.

    scrapy crawl portal -a site=demo-en
    scrapy crawl portal -a site=path/to/site.toml
    scrapy crawl portal -a site=https://www.example.gov.cn/    # without a config
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
from newscrawler.discovery.spider import Discovery, ListLinks
from newscrawler.discovery.zeroconf import is_url, sites_from_urls
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.extensions.politeness import ForbiddenByRobots
from newscrawler.extract import ArticleFields, extract_article
from newscrawler.failures import Reason, http_reason
from newscrawler.incremental import Incremental, listed_date, parse_since, same_list
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.links import page_links
from newscrawler.sites import SiteConfig, load_site
from newscrawler.storage import utc_now
from newscrawler.urls import canonicalize_url, usable_canonical

__all__ = ["PortalSpider"]

_TRUE = ("1", "true", "yes", "on")


class PortalSpider(Discovery, scrapy.Spider):
    """Crawls one site config. ``site`` is a :class:`SiteConfig`, a shipped name or a path.
    A site without ``article_links`` is crawled without regexes, and feeds and sitemaps are
    read (:mod:`newscrawler.discovery.spider`)."""

    name = "portal"

    def __init__(self, site: SiteConfig | str | None = None, *, refresh: bool | str = False,
                 since: str | date | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if site is None:
            raise ValueError("the portal spider needs a site: scrapy crawl portal -a site=NAME")
        self.site = site if isinstance(site, SiteConfig) else (
            sites_from_urls([site])[0] if is_url(site) else load_site(site))
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
            self.open_discovery(database.storage, run_id=database.run_id,
                                full_walk=self.incremental.full_walk)
        elif self.site.zero_config:
            # what a zero-config crawl learns lives in the database, which workers lack
            raise ValueError(f"{self.site.name}: a site without article_links cannot be "
                             "crawled by distributed workers yet; run 'newscrawler sites new' "
                             "and crawl the proposed config")
        for url in self.site.start_urls:
            yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error,
                                 cb_kwargs={"kind": "list"})
        for request in self.listed_requests():
            yield request

    # -- list pages -----------------------------------------------------------------------------

    def parse_list(self, response: Response, kind: str = "list") -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield self._failure(response.url, Reason.NOT_HTML, kind="list",
                                detail=response.headers.get("Content-Type", b"").decode())
            return
        if self.judge is not None:  # no regexes: the classifier and what was learned
            links, fields = self.zero_list_links(response)
            if fields is not None:  # fetched as a list, but an article
                yield self._article(response, fields)
                return
        else:
            links = [(url, link_kind, anchor) for url, link_kind, anchor in page_links(
                response.selector, response.url, self.site, tracking_params=self._tracking)]
        yield from self._walk(response, links)

    def _walk(self, response: Response, links: ListLinks) -> Iterator[Any]:
        stats = self.crawler.stats
        stats.inc_value(statkeys.LISTS_PARSED)
        incremental = self.incremental
        assert incremental is not None, "parse_list before start()"
        articles = [(url, anchor) for url, link_kind, anchor in links if link_kind == "article"]
        lists = [url for url, link_kind, _ in links if link_kind == "list"]
        if not articles:  # a hub, or a list whose links moved (the run's health counts them)
            stats.inc_value(statkeys.LISTS_EMPTY)
        unknown = too_old = 0
        for url, anchor in articles:
            stats.inc_value(statkeys.LINKS_ARTICLE)
            if incremental.since and incremental.is_too_old(_date_next_to(anchor)):
                too_old += 1
                stats.inc_value(statkeys.LINKS_TOO_OLD)
                continue
            if not self.wanted_article(url):
                continue
            unknown += 1
            yield self.article_request(url)
        stop = incremental.stop_paging(article_links=len(articles), unknown=unknown,
                                       too_old=too_old)
        if stop:
            stats.inc_value(statkeys.LISTS_STOPPED)
            self.logger.debug("Nothing new on %s: not following its further pages", response.url)
        for url in lists:
            if stop and same_list(url, response.url):
                continue
            if self.judge is not None and incremental.is_known(url):
                continue  # an article the classifier took for a list
            # a step ahead of the articles beside it: the next page's links are known before
            # this page's articles are all fetched, so concurrent downloads never run dry
            yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error,
                                 cb_kwargs={"kind": "list"}, priority=1)

    def wanted_article(self, url: str, shown: date | None = None) -> bool:
        """Whether to request an article link: not older than ``--since`` (by the date shown
        beside it), not known, not failed for good (each skip counted)."""
        incremental, stats = self.incremental, self.crawler.stats
        assert incremental is not None
        if incremental.since and incremental.is_too_old(shown):
            stats.inc_value(statkeys.LINKS_TOO_OLD)
            return False
        if incremental.is_known(url):
            if url not in self._known_seen:
                self._known_seen.add(url)
                stats.inc_value(statkeys.ARTICLES_KNOWN)
            return False
        if incremental.failed_for_good(url):
            stats.inc_value(statkeys.LINKS_FAILED_BEFORE)
            return False
        return True

    def article_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                              cb_kwargs={"kind": "article"})

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
            fields = self._extract(response)
        except Exception as exc:  # one bad page must not stop the crawl
            self.logger.warning("Could not parse %s: %r", response.url, exc)
            yield self._failure(url, Reason.PARSE_ERROR, detail=f"{type(exc).__name__}: {exc}")
            return
        if self.judge is not None:  # no regexes: is it an article after all?
            instead = self.zero_check_article(response, fields)
            if instead is not None and instead[0] == "list":
                yield from self._walk(response, instead[1])
                return
            if instead is not None and fields.title and fields.body:
                # no title or body: the pipeline records that, as for any site
                yield self._failure(url, Reason.NOT_AN_ARTICLE, detail=instead[1])
                return
        yield self._article(response, fields)

    def _extract(self, response: TextResponse) -> ArticleFields:
        # the bytes, decoded as `newscrawler extract` decodes them (a charset header that
        # lies is overruled), and parsed once into a tree extraction owns
        return extract_article(
            response.body, response.url, selectors=self.site.selectors,
            timezone=self.site.timezone, language=self.site.language,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1"))

    def _article(self, response: Response, fields: ArticleFields) -> NewsArticle:
        request = response.request
        assert request is not None
        url = self._canonical(request.url)
        urls = [url, url if response.url == request.url else self._canonical(response.url)]
        urls += [self._canonical(u) for u in request.meta.get("redirect_urls", [])]
        canonical = usable_canonical(fields.canonical_url, response.url,
                                     allowed_domains=self.allowed_domains,
                                     list_pattern=self.site.list_patterns)
        if canonical:
            urls.insert(0, self._canonical(canonical))
        urls = list(dict.fromkeys(urls))
        return NewsArticle(
            url=urls[0], site=self.site.name, title=fields.title,
            published_at=fields.published_at, body=fields.body, source=fields.source,
            channel=fields.channel, language=fields.language or self.site.language,
            crawled_at=utc_now(), urls=urls[1:], body_path=fields.body_path,
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
    if anchor is None:
        return None
    for xpath in ("normalize-space(..)", "normalize-space(../..)"):
        found = anchor.xpath(xpath)  # a parsel Selector's list, or an lxml element's string
        text = (found if isinstance(found, str) else found.get()) or ""
        if len(text) > 400:
            return None  # the whole list, not one entry
        shown = listed_date(text)
        if shown:
            return shown
    return None

"""``newscrawler sites new``'s look at a portal: a bounded, polite sample of its list and
article pages, as a zero-config crawl would fetch them, and what each turned out to be.

>>> sample = sample_site(["https://www.x.gov.cn/"], max_requests=40)   # runs a Scrapy crawl
>>> sample.pages[0].url, sample.pages[0].presumed, sample.pages[0].kind

Robots.txt, the User-Agent, the download delay and AutoThrottle are the crawl's; nothing is
written to a database. Pages are taken breadth-first: the start pages, then lists of the start
URLs' sections and articles in turns, at most :data:`PER_TEMPLATE` articles of one address
template, so that a few requests see every kind of page the portal has.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse

from newscrawler.extract import ArticleFields, extract_article
from newscrawler.linkclass import ARTICLE, LIST, LinkClass, address_template, page_kind
from newscrawler.scriptlists import listing
from newscrawler.sites import SiteConfig

from .feeds import feed_links, read_feed, read_sitemap, robots_sitemaps
from .learning import LinkJudge, list_turned_article
from .zeroconf import country_timezone, on_site, sites_from_urls

__all__ = ["PER_TEMPLATE", "Sample", "SampledPage", "sample_site"]

logger = logging.getLogger(__name__)

#: Articles of one address template fetched at most.
PER_TEMPLATE = 8


@dataclass(slots=True)
class SampledPage:
    url: str
    presumed: str  # what the links said: "article" or "list"
    kind: str = ""  # what the page is: "article", "list" or "other"; "" when not fetched
    why: str = ""
    fields: ArticleFields | None = None
    html: bytes = b""
    content_type: str | None = None
    status: int | None = None


@dataclass(slots=True)
class Sample:
    site: SiteConfig
    pages: list[SampledPage] = field(default_factory=list)
    links: dict[str, LinkClass] = field(default_factory=dict)  # every link seen on a list
    feeds: dict[str, int] = field(default_factory=dict)  # feed -> on-site article links
    sitemaps: dict[str, int] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)  # article links of feeds and sitemaps
    requests: int = 0
    timezone_why: str = ""

    def fetched(self, kind: str | None = None) -> list[SampledPage]:
        return [p for p in self.pages if p.kind and (kind is None or p.kind == kind)]

    def failed(self) -> list[SampledPage]:
        return [p for p in self.pages if not p.kind and p.why]


class SampleSpider(scrapy.Spider):
    name = "sample"

    def __init__(self, sample: Sample, *, max_requests: int,
                 progress: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sample = sample
        self.site = sample.site
        self.allowed_domains = list(self.site.allowed_domains)
        self.max_requests = max_requests
        self.progress = progress
        self.judge = LinkJudge(self.site)
        self.queued: set[str] = set()
        self.per_template: Counter[str] = Counter()
        self.waiting: dict[str, list[str]] = {ARTICLE: [], LIST: []}
        self.in_flight = 0

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.site.start_urls:
            request = self._request(url, LIST)
            if request is not None:
                yield request

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SampleSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # the robots.txt Scrapy fetches for its own middleware names the sitemaps
        crawler.signals.connect(spider._robots, signal=signals.response_downloaded)
        return spider

    def _budget(self) -> bool:
        return self.sample.requests < self.max_requests

    def _request(self, url: str, presumed: str) -> scrapy.Request | None:
        if url in self.queued or not self._budget():
            return None
        self.queued.add(url)
        self.sample.requests += 1
        self.in_flight += 1
        page = SampledPage(url, presumed)
        self.sample.pages.append(page)
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error,
                              cb_kwargs={"page": page})

    def _next(self) -> Iterator[scrapy.Request]:
        """Articles and lists in turns, while the budget lasts."""
        while self._budget() and (self.waiting[ARTICLE] or self.waiting[LIST]):
            for kind in (ARTICLE, LIST):
                while self.waiting[kind]:
                    url = self.waiting[kind].pop(0)
                    template = address_template(url)
                    if kind == ARTICLE and self.per_template[template] >= PER_TEMPLATE:
                        continue
                    request = self._request(url, kind)
                    if request is not None:
                        self.per_template[template] += 1
                        yield request
                        break

    def _robots(self, response: Response, request: scrapy.Request) -> None:
        if urlsplit(response.url).path != "/robots.txt" or response.status != 200:
            return
        for url in robots_sitemaps(response.body, response.url):
            if self._on_site(url) and url not in self.sample.sitemaps:
                self.sample.sitemaps[url] = 0
                self.crawler.engine.crawl(scrapy.Request(
                    url, callback=self.parse_listed, errback=self.on_error,
                    cb_kwargs={"what": "sitemap"}))

    def parse_listed(self, response: Response, what: str) -> Iterator[scrapy.Request]:
        if what == "feed":
            entries = read_feed(response.body, response.url)
        else:
            kind, entries = read_sitemap(response.body, response.url)
            if kind == "sitemapindex":
                for entry in entries[:3]:  # the newest are usually first; a sample needs few
                    self.sample.sitemaps.setdefault(entry.url, 0)
                    yield scrapy.Request(entry.url, callback=self.parse_listed,
                                         errback=self.on_error, cb_kwargs={"what": "sitemap"})
                return
        found = [e.url for e in entries if self._on_site(e.url)]
        (self.sample.feeds if what == "feed" else self.sample.sitemaps)[response.url] = len(found)
        self.sample.listed.extend(found)
        self.progress(f"{what} {response.url}: {len(found)} links")

    def parse_page(self, response: Response, page: SampledPage) -> Iterator[scrapy.Request]:
        self.in_flight -= 1
        page.status = response.status
        if not isinstance(response, TextResponse):
            page.kind, page.why = "other", "not an HTML page"
            yield from self._next()
            return
        page.html = response.body
        page.content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        fields = extract_article(response.body, response.url, timezone=self.site.timezone,
                                 content_type=page.content_type)
        selector, _ = listing(response.text, response.selector)  # datastore records unfolded
        links = self.judge.classify(selector, response.url)
        kind = page_kind(selector, response.url, links=links, fields=fields)
        page.fields = fields
        page.kind, page.why = kind.kind, kind.why
        if page.presumed == LIST and not list_turned_article(
                kind, links, response.url, self.site.start_urls):
            page.kind = LIST  # a hub of channels, or a front page with a featured story
        self.judge.seen(response.url, page.kind)
        shown = f" {fields.title!r}" if page.kind == ARTICLE and fields.title else ""
        self.progress(f"[{self.sample.requests}/{self.max_requests}] {page.kind:<7} "
                      f"{response.url}{shown}")
        if page.kind == LIST:
            for link in links:
                if link.kind in (ARTICLE, LIST):
                    self.sample.links.setdefault(link.url, link)
                    if link.url not in self.queued:
                        self.waiting[link.kind].append(link.url)
            if response.url in self.site.start_urls or page.url in self.site.start_urls:
                for url in feed_links(response.selector, response.url):
                    if self._on_site(url) and url not in self.sample.feeds:
                        self.sample.feeds[url] = 0
                        yield scrapy.Request(url, callback=self.parse_listed,
                                             errback=self.on_error, cb_kwargs={"what": "feed"})
        yield from self._next()

    def on_error(self, failure: Any) -> Iterator[scrapy.Request]:
        request = failure.request
        page = request.cb_kwargs.get("page")
        if page is not None:
            self.in_flight -= 1
            # not fetched: says nothing of what the page is
            page.kind, page.why = "", f"not fetched ({failure.getErrorMessage()})"
            response = getattr(failure.value, "response", None)
            page.status = getattr(response, "status", None)
            self.progress(f"[{self.sample.requests}/{self.max_requests}] failed  {page.url} "
                          f"({page.why})")
        yield from self._next()

    def _on_site(self, url: str) -> bool:
        return on_site(url, self.site.allowed_domains)


def sample_site(urls: list[str], *, max_requests: int = 40,
                settings: Mapping[str, Any] | None = None,
                progress: Callable[[str], None] | None = None) -> Sample:
    """Sample the portal at *urls* (one host) with at most *max_requests* page requests."""
    from scrapy.crawler import CrawlerProcess

    from newscrawler.runner import crawl_settings

    (site,) = sites_from_urls(urls)
    found = country_timezone(urlsplit(urls[0]).hostname or "")
    sample = Sample(site)
    if found:
        import dataclasses

        sample.site = site = dataclasses.replace(site, timezone=found[0])
        sample.timezone_why = f"from the host's country domain ({found[1]})"
    overrides = {"LOG_LEVEL": "WARNING", "ITEM_PIPELINES": {},
                 "EXTENSIONS": {"newscrawler.extensions.database.CrawlDatabase": None,
                                "newscrawler.extensions.progress.Progress": None},
                 **(settings or {})}
    process = CrawlerProcess(crawl_settings(overrides=overrides))
    say = progress or (lambda line: print(f"sites new: {line}", file=sys.stderr))
    process.crawl(SampleSpider, sample=sample, max_requests=max_requests, progress=say)
    process.start()
    return sample

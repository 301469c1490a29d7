"""The generic portal spider: list pages are walked for links, article pages are parsed.

    scrapy crawl portal -a site=demo-en
    scrapy crawl portal -a site=path/to/site.toml
    scrapy crawl portal -a site=https://www.example.gov.cn/    # without a config
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from newscrawler import limits, statkeys
from newscrawler.articlepages import more_pages
from newscrawler.discovery.spider import Discovery, ListLinks
from newscrawler.discovery.zeroconf import is_url, sites_from_urls
from newscrawler.extensions.database import CrawlDatabase
from newscrawler.extract import ArticleFields, extract_article
from newscrawler.extract.text import text_key
from newscrawler.failures import Reason
from newscrawler.incremental import Incremental, listed_date, parse_since, same_list
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.links import page_links
from newscrawler.pagecheck import not_html
from newscrawler.scriptlists import is_data_proxy, listing, proxy_form, proxy_pages, script_pages
from newscrawler.sites import SiteConfig, load_site
from newscrawler.storage import utc_now
from newscrawler.urls import canonicalize_url, usable_canonical

from .errors import failure_reason

__all__ = ["PortalSpider"]

_TRUE = ("1", "true", "yes", "on")
# request meta: list pages in a row, along the links that led here, without a new article
_IDLE = "newscrawler_idle_lists"
# the article read so far and its pages still to read, carried by a split article's requests
_PARTS = "newscrawler_article_parts"
#: The kind of page (failures.kind) of a split article's further pages.
PART = "part"


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
        # article URLs some list page of this run linked: a list page that links none
        # besides these brings no progress (NEWSCRAWLER_MAX_IDLE_LISTS)
        self._linked: set[str] = set()
        # the site's Hanweb data proxy refused a GET: its further ranges are posted
        self._post_proxy = False
        self._max_depth = self._max_idle = self._max_size = self._retry_failed = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        # Settings are still open here: the site's own delay and limits beat the project
        # defaults (and -s NAME=VALUE beats them).
        if spider.site.download_delay is not None:
            settings.set("DOWNLOAD_DELAY", spider.site.download_delay, priority="spider")
        for key, value in spider.site.limits.items():
            settings.set(limits.LIMITS[key].setting, value, priority="spider")
        spider._tracking = tuple(settings.getlist("NEWSCRAWLER_TRACKING_PARAMS"))
        spider._max_depth = settings.getint("NEWSCRAWLER_MAX_DEPTH")
        spider._max_idle = settings.getint("NEWSCRAWLER_MAX_IDLE_LISTS")
        spider._max_size = settings.getint("DOWNLOAD_MAXSIZE")
        spider._retry_failed = settings.getint("NEWSCRAWLER_RETRY_FAILED")
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # The crawl's database and this run's row were opened at spider_opened; a worker of
        # a distributed crawl has no database, and was given its Incremental from Redis then
        # (it fetches no earlier failures from the database: retry_failed stays 0).
        limits.record(self.crawler.settings, self.crawler.stats)
        if self.incremental is None:
            database = CrawlDatabase.of(self.crawler)
            self.incremental = Incremental.for_run(
                database.storage, self.site.name, run_id=database.run_id,
                refresh=self.refresh, since=self.since, stop_at_known=self.site.stop_at_known,
                retry_failed=self._retry_failed)
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
        # what earlier runs failed on and may work now, wherever paging stops this time
        for url in self.incremental.earlier_failures():
            self.crawler.stats.inc_value(statkeys.RETRIED_FAILURES)
            yield self.article_request(url)

    # -- list pages -----------------------------------------------------------------------------

    def parse_list(self, response: Response, kind: str = "list") -> Iterator[Any]:
        what = _not_html(response)
        if what:
            yield self._failure(self._linked_url(response.request), Reason.NOT_HTML,
                                kind="list", detail=what)
            return
        response = _as_html(response)
        readable = self._listing(response)
        if self.judge is not None:  # no regexes: the classifier and what was learned
            links, fields = self.zero_list_links(response, readable)
            if fields is not None:  # fetched as a list, but an article
                yield self._article(response, fields)
                return
        else:
            links = [(url, link_kind, anchor) for url, link_kind, anchor in page_links(
                readable, response.url, self.site, tracking_params=self._tracking)]
        continued = self._script_pages(response, links)
        yield from self._walk(response, links + continued,
                              continued={url for url, _, _ in continued})

    def _listing(self, response: TextResponse) -> Selector:
        """The list page as links are read from it: with the items a Hanweb datastore script
        carries put in as markup (:mod:`newscrawler.scriptlists`)."""
        selector, unfolded = listing(response.text, response.selector)
        if unfolded:
            self.crawler.stats.inc_value(statkeys.LISTS_SCRIPT_RECORDS)
        return selector

    def _script_pages(self, response: TextResponse, links: ListLinks) -> ListLinks:
        """The next page of a list whose pager a TRS script prints, when the page has no link
        to it, on a configured site only where ``list_links`` takes it or it is in the same
        folder (the list's own pagination); and the next range of a Hanweb channel's records
        from its data proxy (the channel's own continuation, wherever the proxy lives)."""
        text = response.text
        known = {url for url, _, _ in links}
        patterns = None if self.judge is not None else self.site.list_patterns
        extra: ListLinks = []
        if "createPageHTML" in text:
            for url in script_pages(text, response.url):
                url = canonicalize_url(url, extra_tracking_params=self._tracking)
                if url in known or not (patterns is None or patterns.search(url)
                                        or same_list(url, response.url)):
                    continue
                self.crawler.stats.inc_value(statkeys.LISTS_SCRIPT_PAGER)
                extra.append((url, "list", None))
        if "<datastore" in text:
            for url in proxy_pages(text, response.url):
                url = canonicalize_url(url, extra_tracking_params=self._tracking)
                if url not in known:
                    self.crawler.stats.inc_value(statkeys.LISTS_DATA_PROXY)
                    extra.append((url, "list", None))
        return extra

    def _walk(self, response: Response, links: ListLinks,
              continued: Collection[str] = ()) -> Iterator[Any]:
        """Request the unknown articles of a list page and its list links; a list whose
        articles are all known stops here: its further pages (the same folder, or
        *continued*: the pages a script's pager or data proxy gives) are not followed."""
        stats = self.crawler.stats
        stats.inc_value(statkeys.LISTS_PARSED)
        incremental = self.incremental
        assert incremental is not None, "parse_list before start()"
        articles = [(url, anchor) for url, link_kind, anchor in links if link_kind == "article"]
        lists = [url for url, link_kind, _ in links if link_kind == "list"]
        if not articles:  # a hub, or a list whose links moved (the run's health counts them)
            stats.inc_value(statkeys.LISTS_EMPTY)
        unknown = too_old = new = 0
        incremental.look_up([url for url, _ in articles])
        for url, anchor in articles:
            stats.inc_value(statkeys.LINKS_ARTICLE)
            first_sight = url not in self._linked
            if first_sight:
                self._linked.add(url)
                new += 1
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
        lists = [url for url in lists
                 if not (stop and (same_list(url, response.url) or url in continued))
                 # (zero-config) an article the classifier took for a list
                 and not (self.judge is not None and incremental.is_known(url))]
        idle = 0 if new else response.meta.get(_IDLE, 0) + 1
        limit = self._limit_reached(response, idle) if lists else None
        if limit:
            stats.inc_value(f"{statkeys.LIMITS}/{limit}/hit")
            return
        for url in lists:
            yield self._list_request(url, idle, post=self._post_proxy and is_data_proxy(url))

    def _list_request(self, url: str, idle: int, *, post: bool = False) -> scrapy.Request:
        # a step ahead of the articles beside it: the next page's links are known before
        # this page's articles are all fetched, so concurrent downloads never run dry
        if post:  # as Hanweb's pager script asks: the channel's parameters in a form
            return scrapy.FormRequest(url, formdata=proxy_form(url), callback=self.parse_list,
                                      errback=self.on_error, cb_kwargs={"kind": "list"},
                                      meta={_IDLE: idle}, priority=1)
        return scrapy.Request(url, callback=self.parse_list, errback=self.on_error,
                              cb_kwargs={"kind": "list"}, meta={_IDLE: idle}, priority=1)

    def _limit_reached(self, response: Response, idle: int) -> str | None:
        """The limit (its site file key) that keeps this list page's list links unfollowed."""
        depth = response.meta.get("depth", 0)
        if self._max_depth and depth >= self._max_depth:
            self.logger.info("%s is at depth %d (NEWSCRAWLER_MAX_DEPTH, max_depth): not "
                             "following its links to list pages", response.url, depth)
            return "max_depth"
        if self._max_idle and idle >= self._max_idle:
            self.logger.info("%s is the %d. list page in a row without a new article link "
                             "(NEWSCRAWLER_MAX_IDLE_LISTS, max_idle_lists): not following its "
                             "links to list pages", response.url, idle)
            return "max_idle_lists"
        return None

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
        what = _not_html(response)
        if what:
            yield self._failure(self._linked_url(request), Reason.NOT_HTML, detail=what)
            return
        response = _as_html(response)
        try:
            fields = self._extract(response)
        except Exception as exc:  # one bad page must not stop the crawl
            self.logger.warning("Could not parse %s: %r", response.url, exc)
            yield self._failure(self._linked_url(request), Reason.PARSE_ERROR,
                                detail=f"{type(exc).__name__}: {exc}")
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
        item = self._article(response, fields)
        parts = [self._canonical(u) for u in more_pages(response.text, response.url)
                 ] if item.body and self.site.join_pages else []
        if parts:
            self.crawler.stats.inc_value(statkeys.ARTICLES_SPLIT)
            yield self._part_request(item, parts)
            return
        yield item

    # -- articles split over pages ----------------------------------------------------------------

    def _part_request(self, item: NewsArticle, parts: list[str]) -> scrapy.Request:
        """The request for the next page of an article split over pages (articlepages.py):
        the article so far goes along, and is stored when its last page is read."""
        return scrapy.Request(parts[0], callback=self.parse_article_part,
                              errback=self.on_part_error, cb_kwargs={"kind": PART},
                              meta={_PARTS: (item, parts[1:])}, priority=1)

    def parse_article_part(self, response: Response, kind: str = PART) -> Iterator[Any]:
        """One further page of a split article: its text is added to the article's."""
        request = response.request
        assert request is not None
        item, rest = request.meta[_PARTS]
        what = _not_html(response)
        if what:
            yield self._failure(self._linked_url(request), Reason.NOT_HTML, kind=PART,
                                detail=f"a page of {item.url}: {what}")
        else:
            try:
                fields = self._extract(_as_html(response))
                body = fields.body
            except Exception as exc:  # the parts read so far are still stored
                body = None
                yield self._failure(self._linked_url(request), Reason.PARSE_ERROR, kind=PART,
                                    detail=f"a page of {item.url}: {type(exc).__name__}: {exc}")
            else:
                if not _same_headline(fields.title, item.title):
                    # a redirect home, a "page not found" page: not this article's text
                    body = None
                    yield self._failure(self._linked_url(request), Reason.NOT_AN_ARTICLE,
                                        kind=PART, detail=f"not a page of {item.url}: its "
                                        f"headline is {fields.title!r}")
            if body:
                self.crawler.stats.inc_value(statkeys.ARTICLE_PARTS)
                item.body = f"{item.body}\n\n{body}"
            item.urls.append(self._canonical(request.url))
        yield self._part_request(item, rest) if rest else item

    def on_part_error(self, failure: Failure) -> Iterator[Any]:
        """A page of a split article that could not be fetched: recorded as a failure, and
        the article is stored with the pages that could."""
        yield from self.on_error(failure)
        item, rest = failure.request.meta[_PARTS]  # type: ignore[attr-defined]
        yield self._part_request(item, rest) if rest else item

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

    def _linked_url(self, request: scrapy.Request) -> str:
        """The URL a page was linked under, wherever its redirects led: the one a failure is
        recorded under, so that a later run finds it (``failed_for_good``, retries)."""
        return self._canonical(request.meta.get("redirect_urls", [request.url])[0])

    def gone_by_redirect(self, request: scrapy.Request, url: str) -> str | None:
        """Why a redirect of *request* to *url* means the page is gone, or None: an article
        sent to the home page, a start URL or a list page is a deleted one (called by
        ``newscrawler/extensions/redirects.py``)."""
        if request.cb_kwargs.get("kind") != "article":
            return None
        canonical = self._canonical(url)
        if urlsplit(canonical).path in ("", "/") or canonical in self._start_urls():
            return f"{request.url} redirects to the home page {url}"
        articles, lists = self.site.article_patterns, self.site.list_patterns
        if lists is not None and lists.search(canonical) and not (
                articles is not None and articles.search(canonical)):
            return f"{request.url} redirects to the list page {url}"
        return None

    # -- errors ---------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> Iterator[PageFailure | scrapy.Request]:
        # Each failure is counted by its reason where it is stored (pipelines/sqlite.py).
        request = failure.request  # type: ignore[attr-defined]
        kind = request.cb_kwargs.get("kind", "article")
        why = failure_reason(failure, kind=kind, max_size=self._max_size)
        if why is None:
            return  # dropped by Scrapy on purpose (off-site), counted in its stats
        reason, detail, status = why
        if (status == 405 and kind == "list" and request.method == "GET"
                and is_data_proxy(request.url)):
            # a data proxy that takes only what its pager script sends: a POST
            self._post_proxy = True
            self.crawler.stats.inc_value(statkeys.LISTS_DATA_PROXY_POST)
            yield self._list_request(request.url, request.meta.get(_IDLE, 0), post=True)
            return
        yield self._failure(self._linked_url(request), reason, kind=kind, http_status=status,
                            detail=detail)

    def _failure(self, url: str, reason: str, *, kind: str = "article", detail: str | None = None,
                 http_status: int | None = None) -> PageFailure:
        return PageFailure(url=url, site=self.site.name, reason=reason, kind=kind, detail=detail,
                           http_status=http_status, failed_at=utc_now())


def _same_headline(part: str | None, article: str | None) -> bool:
    """Whether a further page's headline is the article's (one may add a page number or
    drop a subtitle: either key holds the other)."""
    if not part or not article:
        return True  # nothing to compare: the page's text is taken
    a, b = text_key(part), text_key(article)
    return a in b or b in a


def _not_html(response: Response) -> str | None:
    """What a response is when it is no HTML page (newscrawler/pagecheck.py), or None."""
    return not_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))


def _as_html(response: Response) -> TextResponse:
    """*response* as a text response: HTML whose type said otherwise (and that Scrapy did
    not guess from the address) is read as HTML."""
    return response if isinstance(response, TextResponse) else response.replace(cls=HtmlResponse)


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

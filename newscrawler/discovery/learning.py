"""A zero-config crawl's link decisions: the classifier's, overruled by what fetched pages of
the same address template turned out to be, on this run and the site's earlier ones.

>>> judge = LinkJudge(site, learned=storage.learned_templates(site.name))
>>> links = judge.classify(selector, page_url)        # [LinkClass], as the crawl follows them
>>> judge.seen(url, "article")                        # a fetched page's kind (counted, stored)

A template (:func:`newscrawler.linkclass.address_template`: ``/art/9/9/9/art_9.html``) decides
once :data:`MIN_PAGES` of its pages were fetched and :data:`SHARE` of them were one kind; until
then the classifier decides. A "list" outside the start URLs' sections
(:func:`~newscrawler.discovery.zeroconf.sections_of`) is not followed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from newscrawler.linkclass import (
    ARTICLE,
    LIST,
    OTHER,
    LinkClass,
    PageKind,
    address_template,
    classify_links,
    classify_url,
    is_home_page,
)
from newscrawler.sites import SiteConfig

from .zeroconf import in_sections, sections_of

__all__ = ["KINDS", "MIN_PAGES", "SHARE", "LinkJudge", "list_turned_article"]

KINDS = (ARTICLE, LIST, OTHER)
#: Pages of a template fetched before what they were overrules the classifier.
MIN_PAGES = 2
#: The share of those pages that must agree.
SHARE = 0.9


def list_turned_article(kind: PageKind, links: list[LinkClass], url: str,
                        start_urls: Iterable[str]) -> bool:
    """Whether a page fetched as a list is an article instead: :func:`page_kind` says so, it
    links fewer than five articles (a front page with a featured story links many), and it is
    neither a start URL nor a home page (a portal's front is walked, never stored)."""
    if kind.kind != ARTICLE or url in start_urls or is_home_page(url):
        return False
    return sum(1 for lk in links if lk.kind == ARTICLE) < 5


class LinkJudge:
    """The link classes of one zero-config site for one run (see the module)."""

    def __init__(self, site: SiteConfig, *, learned: dict[str, tuple[int, int, int]] | None = None,
                 tracking_params: tuple[str, ...] = (),
                 store: Callable[[str, tuple[int, int, int], str], None] | None = None) -> None:
        self.site = site
        self.sections = sections_of(site.start_urls)
        self.tracking_params = tracking_params
        self.counts: dict[str, list[int]] = {t: list(c) for t, c in (learned or {}).items()}
        self.learned_before = len(self.counts)
        self._store = store  # called with (template, (articles, lists, others), example)
        self._list_patterns = site.list_patterns

    # -- before fetching --------------------------------------------------------------------

    def classify(self, page: Any, page_url: str) -> list[LinkClass]:
        """Every link of *page* with the class the crawl follows it as."""
        return [self._judged(link) for link in classify_links(
            page, page_url, allowed_domains=self.site.allowed_domains,
            tracking_params=self.tracking_params)]

    def url_kind(self, url: str, presumed: str = ARTICLE) -> tuple[str, str]:
        """The class of a link without a page (a feed item, a sitemap ``<loc>``): what the
        template learned, else *presumed* (feeds and sitemaps list articles)."""
        learned = self.learned(url)
        if learned:
            return learned
        shape = classify_url(url)
        if shape and shape[0] == OTHER:
            return shape
        return presumed, "listed in a feed or sitemap"

    def learned(self, url: str) -> tuple[str, str] | None:
        """``(kind, why)`` when fetched pages of *url*'s template decide it."""
        return _decided(self.counts.get(address_template(url)))

    def _judged(self, link: LinkClass) -> LinkClass:
        if link.why.startswith(("off-site", "a file")):
            return link
        kind, why = link.kind, link.why
        if self._list_patterns is not None and self._list_patterns.search(link.url):
            kind, why = LIST, "matches the site's list_links"
        else:
            learned = self.learned(link.url)
            if learned:
                kind, why = learned
        if kind == LIST and not in_sections(link.url, self.sections):
            kind, why = OTHER, ("a list outside the start URLs' sections "
                                f"({', '.join(self.sections)})")
        if (kind, why) == (link.kind, link.why):
            return link
        return dataclasses.replace(link, kind=kind, why=why)

    # -- after fetching ---------------------------------------------------------------------

    def seen(self, url: str, kind: str) -> None:
        """A fetched page of *url* was *kind*: counted for this run and stored for the next."""
        template = address_template(url)
        counts = self.counts.setdefault(template, [0, 0, 0])
        counts[KINDS.index(kind)] += 1
        if self._store is not None:
            one = tuple(int(k == kind) for k in KINDS)
            self._store(template, one, url)  # type: ignore[arg-type]

    def summary(self) -> str:
        decided = sum(1 for counts in self.counts.values() if _decided(counts))
        return (f"{len(self.counts)} address templates seen ({self.learned_before} from earlier "
                f"runs), {decided} decided by their pages")


def _decided(counts: list[int] | None) -> tuple[str, str] | None:
    if not counts:
        return None
    total = sum(counts)
    if total < MIN_PAGES:
        return None
    for kind, n in zip(KINDS, counts, strict=True):
        if n >= SHARE * total:
            return kind, (f"learned: {n} of {total} fetched pages of its address template were "
                          f"{'neither' if kind == OTHER else kind + 's'}")
    return None

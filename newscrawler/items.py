"""The items a crawl yields: one article type, and a record of a page that failed."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["ARTICLE_FIELDS", "FALLBACK_PATHS", "BodyPath", "NewsArticle", "PageFailure"]


class BodyPath(StrEnum):
    """Which step of extraction gave a page its body (``NewsArticle.body_path``, set by
    :func:`newscrawler.extract.extract_article`): a run counts them, and its health checks
    notice a site whose bodies move from its container to a fallback."""

    SELECTOR = "selector"  # the site's [selectors] body
    CONTAINER = "container"  # a known CMS container (extract/body.py CONTAINERS)
    PORTAL = "portal"  # the content-named element after the headline of a portal page
    GENERIC = "generic"  # the generic extractor (trafilatura)
    DENSITY = "density"  # the text-density choice
    DECLARED = "declared"  # the JSON-LD articleBody of a page that shows a fraction of it


#: The paths that guess, or read what the page declares instead of what it shows: where
#: neither the site file nor CMS knowledge found the text.
FALLBACK_PATHS: frozenset[BodyPath] = frozenset({BodyPath.GENERIC, BodyPath.DENSITY,
                                                BodyPath.DECLARED})


@dataclass(slots=True)
class NewsArticle:
    """One article page, as stored in ``articles`` and ``articles.jsonl``."""

    url: str  # canonical URL
    site: str
    title: str | None = None
    published_at: str | None = None  # ISO 8601, or YYYY-MM-DD when the page shows only a date
    body: str | None = None  # plain text, paragraphs separated by a blank line
    source: str | None = None  # issuing agency (来源)
    channel: str | None = None  # section or breadcrumb
    language: str | None = None
    crawled_at: str | None = None  # UTC, ISO 8601
    fingerprint: str | None = None  # hash of the normalized title and body
    # id of the stored article this one reposts with small changes (pipelines/neardup.py)
    duplicate_of: int | None = None
    # Every URL the page was reached under (link, redirect target, rel=canonical), canonicalized;
    # kept in ``article_urls``, not in ``articles``.
    urls: list[str] = field(default_factory=list)
    # Which step of extraction found the body; counted for the run's health
    # (pipelines/clean.py), not stored with the article.
    body_path: BodyPath | None = None


#: The columns an article has in the database and the keys of a JSON line.
ARTICLE_FIELDS: tuple[str, ...] = (
    "url", "site", "title", "published_at", "body", "source", "channel", "language",
    "crawled_at", "fingerprint", "duplicate_of",
)


@dataclass(slots=True)
class PageFailure:
    """A page that gave no article: the URL and a reason a person understands."""

    url: str
    site: str
    reason: str  # short and stable: a newscrawler.failures.Reason, or http_reason(404)
    detail: str | None = None
    kind: str = "article"  # "article" or "list"
    http_status: int | None = None
    failed_at: str | None = None

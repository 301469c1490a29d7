"""What a run's health is made of: counted during the crawl, read from its stats at the end,
stored with the run (``run_health``), and compared with the site's earlier runs.

>>> count_article(crawler.stats, article, min_body_chars=100)  # pipelines/clean.py, per page
>>> run = RunHealth.from_stats(stats, site="demo-en", run_id=7, failures={"HTTP 404": 2})
>>> run.share("published"), run.main_path(), run.failure_share()
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newscrawler import statkeys
from newscrawler.items import FALLBACK_PATHS, NewsArticle

__all__ = ["FIELDS", "FIELD_NAMES", "Problem", "RunHealth", "count_article", "fields_present"]

#: The fields whose coverage is measured, with what the commands call them.
FIELD_NAMES: dict[str, str] = {
    "title": "title",
    "published": "publication date",
    "time": "publication time",  # a time of day, not only the date
    "body": "body",  # at least NEWSCRAWLER_HEALTH_MIN_BODY_CHARS characters
    "source": "source",
}
FIELDS: tuple[str, ...] = tuple(FIELD_NAMES)
#: The key of articles without a body in ``body_paths``.
NO_BODY = "none"


def fields_present(article: NewsArticle, *, min_body_chars: int) -> dict[str, bool]:
    """Which of :data:`FIELDS` *article* has (after the clean pipeline normalized it)."""
    published = article.published_at or ""
    return {
        "title": bool(article.title),
        "published": bool(published),
        "time": len(published) > 10,  # YYYY-MM-DD is a date only
        "body": len(article.body or "") >= min_body_chars,
        "source": bool(article.source),
    }


def count_article(stats: Any, article: NewsArticle, *, min_body_chars: int) -> None:
    """Count one article in the crawl's *stats* (a Scrapy stats collector): one the clean
    pipeline passed, with a title and a body (a page without is a failure)."""
    stats.inc_value(f"{statkeys.COVERAGE}/articles")
    for name, present in fields_present(article, min_body_chars=min_body_chars).items():
        if present:
            stats.inc_value(f"{statkeys.COVERAGE}/{name}")
    path = article.body_path if article.body else None
    stats.inc_value(f"{statkeys.BODY_PATH}/{path or NO_BODY}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed check: its name (a monitor's) and what a person reads."""

    check: str
    message: str


@dataclass(frozen=True, slots=True)
class RunHealth:
    """The health of one run of one site, as measured (and, once judged, its verdict)."""

    site: str
    run_id: int | None = None
    started_at: str | None = None
    articles: int = 0  # articles extracted with a title and a body: stored, or duplicates
    coverage: Mapping[str, int] = field(default_factory=dict)  # field -> articles having it
    body_paths: Mapping[str, int] = field(default_factory=dict)  # BodyPath or "none" -> count
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    failures: Mapping[str, int] = field(default_factory=dict)  # reason -> pages, all kinds
    article_failures: int = 0
    lists: int = 0  # list pages parsed
    lists_empty: int = 0  # of which gave no article link
    state: str | None = None  # "ok", "degraded"; None: not judged (the run failed)
    problems: tuple[Problem, ...] = ()

    @classmethod
    def from_stats(cls, stats: Mapping[str, Any], *, site: str, run_id: int | None = None,
                   started_at: str | None = None,
                   failures: Mapping[str, int] | None = None) -> RunHealth:
        """The health a crawl's *stats* measured; *failures* by reason come from the
        database (stats names are not reasons)."""
        def stat(key: str) -> int:
            return int(stats.get(key, 0))

        prefix = f"{statkeys.BODY_PATH}/"
        return cls(
            site=site, run_id=run_id, started_at=started_at,
            articles=stat(f"{statkeys.COVERAGE}/articles"),
            coverage={name: stat(f"{statkeys.COVERAGE}/{name}") for name in FIELDS},
            body_paths={key[len(prefix):]: int(value) for key, value in stats.items()
                        if key.startswith(prefix)},
            new=stat(statkeys.ARTICLES_NEW), updated=stat(statkeys.ARTICLES_UPDATED),
            duplicates=stat(statkeys.DUPLICATES), failures=dict(failures or {}),
            article_failures=stat(f"{statkeys.FAILURES}/article"),
            lists=stat(statkeys.LISTS_PARSED), lists_empty=stat(statkeys.LISTS_EMPTY))

    def share(self, name: str) -> float | None:
        """The share of this run's articles that have field *name* (None without articles)."""
        return self.coverage.get(name, 0) / self.articles if self.articles else None

    @property
    def bodies(self) -> int:
        return sum(n for path, n in self.body_paths.items() if path != NO_BODY)

    def fallback_share(self) -> float | None:
        """The share of bodies that the generic fallbacks found (None without bodies)."""
        if not self.bodies:
            return None
        return sum(self.body_paths.get(path, 0) for path in FALLBACK_PATHS) / self.bodies

    def main_path(self) -> str | None:
        """The step of extraction that found most bodies."""
        paths = {p: n for p, n in self.body_paths.items() if p != NO_BODY and n}
        return max(paths, key=lambda p: paths[p]) if paths else None

    @property
    def attempted(self) -> int:
        """Article pages this run fetched or tried to (known ones are not fetched)."""
        return self.new + self.updated + self.duplicates + self.article_failures

    def failure_share(self) -> float | None:
        return self.article_failures / self.attempted if self.attempted else None

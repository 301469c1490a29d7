"""Normalize text, check timestamps, count what each article has for the run's health, and
turn a page that is no article (no title or body, a "page not found" page, undecodable text)
into a failure.

Every text field is stripped of control characters and terminal escape sequences
(:func:`newscrawler.controls.strip_controls`), so nothing stored can drive a terminal."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime

from scrapy.crawler import Crawler

from newscrawler import statkeys
from newscrawler.controls import strip_controls
from newscrawler.failures import Reason
from newscrawler.health import count_article
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.pagecheck import soft_404, undecodable
from newscrawler.storage import utc_now

__all__ = ["CleanPipeline", "content_fingerprint", "normalize_body", "normalize_line"]

_SPACES = re.compile(r"[ \t\u00a0\u3000\u200b\ufeff]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NOT_LETTERS = re.compile(r"[\W_]+")


def normalize_line(text: str | None) -> str | None:
    """One line of text: no control characters, NFC, runs of spaces (ASCII, no-break,
    ideographic) collapsed."""
    if text is None:
        return None
    text = strip_controls(text)
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\n", " ")).strip()
    return text or None


def normalize_body(text: str | None) -> str | None:
    """Paragraphs separated by exactly one blank line, each paragraph on one line."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", strip_controls(text))  # CR, CRLF: newlines
    paragraphs = (normalize_line(p) for p in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(p for p in paragraphs if p) or None


def content_fingerprint(title: str, body: str) -> str:
    """SHA-1 of title and body with case, spaces and punctuation removed.

    Two pages that differ only in layout, spacing or punctuation width get the same value.
    """
    text = unicodedata.normalize("NFKC", f"{title}\n{body}").casefold()
    return hashlib.sha1(_NOT_LETTERS.sub("", text).encode("utf-8")).hexdigest()


def _valid_timestamp(value: str) -> bool:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


_MISSING = {("title",): Reason.NO_TITLE, ("body",): Reason.NO_BODY,
            ("title", "body"): Reason.NO_TITLE_AND_NO_BODY}


class CleanPipeline:
    """First pipeline: normalize, validate, fingerprint. Failures pass through untouched."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.min_body_chars = crawler.settings.getint("NEWSCRAWLER_HEALTH_MIN_BODY_CHARS")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, NewsArticle):
            return item
        item.title = normalize_line(item.title)
        item.source = normalize_line(item.source)
        item.channel = normalize_line(item.channel)
        item.body = normalize_body(item.body)
        item.published_at = normalize_line(item.published_at)
        if item.published_at and not _valid_timestamp(item.published_at):
            self.stats.inc_value(statkeys.BAD_PUBLISHED_AT)
            item.published_at = None
        item.crawled_at = item.crawled_at or utc_now()
        bad = undecodable(item.title, item.body)
        if bad:
            return PageFailure(url=item.url, site=item.site, reason=Reason.UNDECODABLE,
                               detail=f"{bad:.0%} of the page's text is characters no "
                               "encoding could read (U+FFFD)")
        phrase = soft_404(item.title, item.body)
        if phrase:
            return PageFailure(url=item.url, site=item.site, reason=Reason.SOFT_404,
                               detail=f"a page with hardly any text that says {phrase!r} "
                               f"(title {item.title!r})")
        missing = [name for name in ("title", "body") if not getattr(item, name)]
        if missing:
            return PageFailure(url=item.url, site=item.site, reason=_MISSING[tuple(missing)],
                               detail="the page was fetched but no article " + " or ".join(missing)
                               + " could be found in it")
        item.fingerprint = content_fingerprint(item.title, item.body)
        # what the run's articles have (stored ones, and duplicates of stored ones): its
        # coverage (newscrawler/health/); pages refused here are counted as failures
        count_article(self.stats, item, min_body_chars=self.min_body_chars)
        return item

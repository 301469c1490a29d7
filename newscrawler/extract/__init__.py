"""Article extraction: HTML in, fields out. Pure functions, no crawl needed.

>>> fields = extract_article(html, url="https://example.gov.cn/art/2018/5/28/art_1.html",
...                          timezone="Asia/Shanghai")
>>> fields.title, fields.published_at
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from parsel import Selector

from .body import body_from_element, pick_body
from .dates import find_dates, format_stamp, is_plausible
from .encoding import decode_html
from .language import guess_language
from .meta import PageMeta, read_meta
from .published import pick_published
from .source import pick_channel, pick_source, source_from_text
from .text import clean_line, element_text, text_around
from .title import pick_title
from .title import title_key as _key

__all__ = ["ArticleFields", "decode_html", "extract_article"]


@dataclass(slots=True)
class ArticleFields:
    """What one article page says about itself (``None`` where it says nothing)."""

    title: str | None = None
    published_at: str | None = None  # ISO 8601; offset when a time is shown, date only otherwise
    body: str | None = None  # plain text, paragraphs separated by a blank line
    source: str | None = None  # issuing agency (来源 / ContentSource / Source:)
    channel: str | None = None  # ColumnName meta or the breadcrumb's last step
    language: str | None = None  # "zh", "en", "de", ...
    canonical_url: str | None = None  # absolute <link rel="canonical"> / og:url, as printed


def _selector(page: str | bytes | Selector) -> Selector:
    if isinstance(page, Selector):
        return page
    if isinstance(page, bytes):
        page = decode_html(page)
    return Selector(text=page, type="html")


def _select(sel: Selector, query: str) -> list[Selector]:
    query = query.strip()
    if query.startswith(("/", "(")):
        return sel.xpath(query)
    return sel.css(query)


def _selected_text(sel: Selector, query: str) -> str | None:
    for match in _select(sel, query):
        root = match.root
        text = clean_line(root) if isinstance(root, str) else element_text(root)
        if text:
            return text
    return None


def _anchor(root: Any, title: str | None) -> Any | None:
    """The element showing the headline: dates and sources are printed next to it."""
    if not title:
        return None
    key = _key(title)
    if not key:
        return None
    for tag in ("h1", "h2", "h3"):
        for el in root.iter(tag):
            k = _key(element_text(el))
            if k and (k in key or key in k):
                return el
    return None


def _drop_headline(paras: list[str], title: str | None) -> list[str]:
    """Without the headline (and its repeats) at the top: the body is what follows it."""
    if not title or not paras:
        return paras
    key = _key(title)
    head = [p for p in paras[:3] if _key(p) != key]
    return head + paras[3:]


def extract_article(
    page: str | bytes | Selector,
    url: str | None = None,
    *,
    selectors: Mapping[str, str] | None = None,
    timezone: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> ArticleFields:
    """Extract an article's fields from *page* (text, bytes, or an already parsed
    ``parsel.Selector`` such as ``response.selector``).

    For each field a configured selector (``selectors[field]``: CSS, or XPath when it
    starts with ``/`` or ``(``) comes first; without one, the automatic precedence of
    :func:`~newscrawler.extract.title.pick_title`,
    :func:`~newscrawler.extract.published.pick_published`,
    :func:`~newscrawler.extract.body.pick_body`,
    :func:`~newscrawler.extract.source.pick_source` and
    :func:`~newscrawler.extract.source.pick_channel` applies. *timezone* (IANA) gives
    printed times their UTC offset; *language* is used when ``<html lang>`` is absent.
    *now* (default: the current time) bounds acceptable dates.
    """
    sel = _selector(page)
    root = sel.root
    selectors = selectors or {}
    meta = read_meta(root)
    out = ArticleFields()

    # title
    if selectors.get("title"):
        out.title = _selected_text(sel, selectors["title"])
    if not out.title:
        out.title = pick_title(meta, root)

    # body
    if selectors.get("body"):
        paras: list[str] = []
        for match in _select(sel, selectors["body"]):
            if not isinstance(match.root, str):
                paras.extend(body_from_element(match.root))
        out.body = "\n\n".join(paras) or None
    if not out.body:
        paras_auto = _drop_headline(pick_body(root, url) or [], out.title)
        out.body = "\n\n".join(paras_auto) if paras_auto else None

    # the lines around the headline hold the visible date and source; read them once
    header: tuple[str, int] | None = None

    def header_text() -> tuple[str, int]:
        nonlocal header
        if header is None:
            header = text_around(root, _anchor(root, out.title))
        return header

    # published
    stamp = None
    if selectors.get("published"):
        text = _selected_text(sel, selectors["published"])
        if text:
            stamp = next((s for s in find_dates(text) if is_plausible(s, now)), None)
    if stamp is None:
        stamp = pick_published(meta, root, header_text(), url, now)
    out.published_at = format_stamp(stamp, timezone) if stamp else None

    # source and channel
    if selectors.get("source"):
        text = _selected_text(sel, selectors["source"])
        out.source = (source_from_text(text) or text) if text else None
    if not out.source:
        has_meta = meta.get("contentsource", "source") is not None
        out.source = pick_source(meta, None if has_meta else header_text()[0])
    if selectors.get("channel"):
        out.channel = _selected_text(sel, selectors["channel"])
    if not out.channel:
        out.channel = pick_channel(meta, root, out.title)

    # language and canonical URL
    out.language = guess_language(meta.lang, language, (out.title or "") + (out.body or "")[:500])
    canonical = meta.canonical or meta.get("og:url")
    if canonical:
        out.canonical_url = urljoin(url, canonical) if url else canonical
    return out


__all__ += ["PageMeta"]

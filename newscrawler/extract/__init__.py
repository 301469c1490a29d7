"""Article extraction: HTML in, fields out. Pure functions, no crawl needed.

>>> fields = extract_article(html, url="https://example.gov.cn/art/2018/5/28/art_1.html",
...                          timezone="Asia/Shanghai")
>>> fields.title, fields.published_at
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from parsel import Selector

from .body import body_from_element, pick_body
from .dates import find_dates, format_stamp, is_plausible
from .encoding import decode_html
from .language import guess_language
from .meta import read_meta
from .portal import is_portal_page
from .published import pick_published
from .source import pick_channel, pick_source, source_from_text
from .text import clean_line, element_text, text_around
from .title import find_headline, pick_title
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


def _whole_document(root: Any) -> Any:
    """*root*, or a merged copy when the parser split the page into several ``<html>``
    elements.

    libxml2 2.14 starts a second top-level ``<html>`` after a stray ``</html>`` (portal
    templates that include a header file ending in ``</html>``); everything after it,
    usually the article, is then outside the root that selectors and ``iter()`` see.
    The caller's tree is not modified.
    """
    extra = [el for el in root.itersiblings() if isinstance(el.tag, str)]
    if not extra:
        return root
    merged = deepcopy(root)
    body = merged.find("body")
    if body is None:
        body = merged.makeelement("body", {})
        merged.append(body)
    for other in extra:
        for child in other:
            if child.tag == "head":
                continue
            if child.tag == "body":
                for grandchild in child:
                    body.append(deepcopy(grandchild))
            else:
                body.append(deepcopy(child))
    return merged


def _select(sel: Selector, query: str) -> list[Selector]:
    query = query.strip()
    if query.startswith(("/", "(")):
        return sel.xpath(query)
    return sel.css(query)


def _chosen_text(sel: Selector, query: str | None) -> str | None:
    """Text of the first match of a configured selector that has any."""
    if not query:
        return None
    for match in _select(sel, query):
        root = match.root
        text = clean_line(root) if isinstance(root, str) else element_text(root)
        if text:
            return text
    return None


def _chosen_body(sel: Selector, query: str | None) -> list[str]:
    """Paragraphs of every element a configured body selector matches."""
    paras: list[str] = []
    if query:
        for match in _select(sel, query):
            if not isinstance(match.root, str):
                paras.extend(body_from_element(match.root))
    return paras


# A line at the top of the text that only says who wrote it or when: "By Bryan DeArdo",
# "新华网黑龙江频道 记者 伊琳", "24.01.2022 - Meldung - Energiewende".
_BYLINE = re.compile(r"^(?:by|von|par|written by|posted by)\s|记者|通讯员|作者\s*[:：]|撰稿", re.I)
#: Longest top line that can be a dateline or byline rather than text.
MAX_META_LINE = 80


def _drop_headline(paras: list[str], title: str | None) -> list[str]:
    """The text below the headline: a headline repeated at the top (whole, or broken over
    up to three lines), and datelines or bylines right under it, are left out."""
    key = _key(title) if title else ""
    if key:
        top = [_key(p) for p in paras[:3]]
        for count in range(len(top), 0, -1):
            if "".join(top[:count]) == key:
                paras, top = paras[count:], top[count:]
                break
        paras = [p for p, k in zip(paras, top, strict=False) if k != key] + paras[len(top):]
    while paras and len(paras[0]) <= MAX_META_LINE and (
            _BYLINE.search(paras[0]) or _is_dateline(paras[0])):
        paras = paras[1:]
    return paras


def _is_dateline(line: str) -> bool:
    """A short line that is mostly a date: what is left beside the date is not a sentence."""
    for stamp in find_dates(line, limit=1):
        rest = (line[:stamp.start] + line[stamp.end:]).strip(" -|–—,:")
        return len(rest) <= 40 and not rest.endswith((".", "。", "!", "?"))
    return False


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
    root = _whole_document(sel.root)
    if root is not sel.root:
        sel = Selector(root=root, type="html")
    chosen = selectors or {}
    meta = read_meta(root)
    out = ArticleFields()

    out.title = _chosen_text(sel, chosen.get("title")) or pick_title(meta, root)
    # the headline's neighbourhood holds the visible date, source and lead
    head = find_headline(root, out.title)
    header = text_around(root, head)

    paras = _chosen_body(sel, chosen.get("body"))
    if not paras:
        portal = is_portal_page(meta, header[0])
        paras = _drop_headline(pick_body(root, url, head, portal=portal) or [], out.title)
    out.body = "\n\n".join(paras) or None

    stamp = None
    text = _chosen_text(sel, chosen.get("published"))
    if text:
        stamp = next((s for s in find_dates(text) if is_plausible(s, now)), None)
    if stamp is None:
        stamp = pick_published(meta, root, header, url, now)
    out.published_at = format_stamp(stamp, timezone) if stamp else None

    text = _chosen_text(sel, chosen.get("source"))
    out.source = (source_from_text(text) or text) if text else pick_source(meta, header[0])
    out.channel = _chosen_text(sel, chosen.get("channel")) or pick_channel(meta, root, out.title)
    out.language = guess_language(meta.lang, language, (out.title or "") + (out.body or "")[:500])
    canonical = meta.canonical or meta.get("og:url")
    if canonical:
        out.canonical_url = urljoin(url, canonical) if url else canonical
    return out



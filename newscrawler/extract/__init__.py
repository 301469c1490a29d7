"""Article extraction: HTML in, fields out. Pure functions, no crawl needed.

>>> html = ('<html><head><meta name="ArticleTitle" content="全省防汛工作会议召开">'
...         '<meta name="PubDate" content="2018-05-28 09:54"></head><body>'
...         '<div id="zoom"><p>会议要求各地抓紧开展汛前检查。</p></div></body></html>')
>>> fields = extract_article(html, "https://www.zj.gov.cn/art/2018/5/28/art_1.html",
...                          timezone="Asia/Shanghai")
>>> fields.title, fields.published_at
('全省防汛工作会议召开', '2018-05-28T09:54:00+08:00')
>>> fields.body
'会议要求各地抓紧开展汛前检查。'

Modules, one per question: :mod:`.encoding` (bytes to text), :mod:`.document` (parsing),
:mod:`.meta` (what ``<head>`` declares), :mod:`.named` (elements by their class and id,
read once), :mod:`.title`, :mod:`.dates` and
:mod:`.published`, :mod:`.body` with :mod:`.portal`, :mod:`.generic`, :mod:`.lead`,
:mod:`.density`, :mod:`.hiding` (elements hidden or chrome by their attributes),
:mod:`.boxes` and :mod:`.pictures` (chrome's boxes and pictures' captions as elements),
:mod:`.chrome` (chrome's lines) and :mod:`.trim`, :mod:`.source` (source and channel),
:mod:`.language`, and :mod:`.text` (elements to paragraphs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from parsel import Selector

from newscrawler.items import BodyPath

from .body import body_from_element, pick_body
from .boxes import (
    appeal_boxes,
    author_boxes,
    avatar_cards,
    byline_lines,
    comment_sections,
    cta_boxes,
    described_summaries,
    embedded_posts,
    in_page_links,
    jump_symbols,
    link_cards,
    signup_boxes,
    skipped_boxes,
    sponsored_boxes,
    standfirsts,
    video_boxes,
)
from .chrome import TABLE_RULE, drop_pull_quotes
from .dates import find_dates, format_stamp, is_plausible
from .declared import declared_body, prefer_declared
from .document import owned_tree
from .encoding import decode_html
from .headline import deck_lines, find_headline
from .language import guess_language
from .layout import (
    drop_contents_lists,
    drop_dated_link_lists,
    drop_taxonomy_lists,
    unwrap_layout_tables,
)
from .meta import read_meta
from .named import NamedElements
from .pictures import picture_captions, picture_credits, picture_lists, picture_tables
from .portal import is_portal_page
from .published import details_lists, pick_published
from .reveal import declared_parts, drop_elements, paywall_offers, reveal_hidden_text
from .source import pick_channel, pick_source, source_from_text
from .text import clean_line, element_text, text_around
from .title import headline_going_on, pick_title
from .trim import closing_credits, trim_end, trim_top

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
    body_path: BodyPath | None = None  # which step found the body (None: no body)


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


def _headline_length(head: Any, title: str | None) -> int:
    """How much of *head*'s text is the headline: to the end of *title* where it prints it
    first (a PHPCMS h1 that holds the date and source line after the headline: the date is
    the article's, not one the headline names), else all of it."""
    if head is None:
        return 0
    text = element_text(head)
    at = text.find(title) if title else -1
    return at + len(title or "") if at >= 0 else len(text)


def extract_article(
    page: str | bytes | Selector,
    url: str | None = None,
    *,
    selectors: Mapping[str, str] | None = None,
    timezone: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
    content_type: str | None = None,
) -> ArticleFields:
    """Extract an article's fields from *page* (bytes as fetched, text, or an already
    parsed ``parsel.Selector``, which is copied: the caller's tree is left as it was; text
    or bytes cost no copy).

    For each field a configured selector (``selectors[field]``: CSS, or XPath when it
    starts with ``/`` or ``(``) comes first; without one, the automatic precedence of
    :func:`~newscrawler.extract.title.pick_title`,
    :func:`~newscrawler.extract.published.pick_published`,
    :func:`~newscrawler.extract.body.pick_body`,
    :func:`~newscrawler.extract.source.pick_source` and
    :func:`~newscrawler.extract.source.pick_channel` applies. *timezone* (IANA) gives
    printed times their UTC offset; *language* is used when ``<html lang>`` is absent.
    *now* (default: the current time) bounds acceptable dates. *content_type* is the HTTP
    ``Content-Type`` header of bytes, whose charset :func:`decode_html` weighs.
    """
    root = owned_tree(page, content_type)
    meta = read_meta(root)
    # (the elements' classes and ids, read in one walk for every step that looks for names)
    names = NamedElements(root)
    hidden = reveal_hidden_text(root, declared_parts(root, meta), names)
    # (in-page links printed as a symbol are no text: a heading's "¶", a footnote's "↩")
    in_page = in_page_links(root)
    drop_elements(jump_symbols(root, in_page))
    sel = Selector(root=root, type="html")
    chosen = selectors or {}
    out = ArticleFields()

    out.title = _chosen_text(sel, chosen.get("title"))
    if not out.title:
        out.title = pick_title(meta, root, url, names)
    # the headline's neighbourhood holds the visible date, source and lead
    head = find_headline(root, out.title)
    longer = headline_going_on(head, out.title, meta, root) if not chosen.get("title") else None
    if longer:
        # a title cut short, which the headline printed over the text goes on from
        out.title, head = longer, find_headline(root, longer)
    header = text_around(root, head)

    # the body readers (and the generic extractor) see what a reader sees: no hidden
    # parts, a page laid out as a table as the blocks a reader sees, no lists of other
    # pages with their dates, no standfirsts, sign-up boxes, calls to action or paywall
    # offers, no captions under centered pictures, no tables of contents
    drop_elements(hidden + signup_boxes(root) + cta_boxes(root, names) + appeal_boxes(root, names)
                  + paywall_offers(root, names) + sponsored_boxes(root)
                  + picture_captions(root) + picture_credits(root, names) + picture_tables(root)
                  + picture_lists(root)
                  + standfirsts(root, names) + comment_sections(root, names)
                  + described_summaries(head, [d for d in (meta.get("og:description"),
                                                                 meta.get("description")) if d])
                  + skipped_boxes(root, in_page)
                  + author_boxes(root, names) + avatar_cards(root) + byline_lines(root)
                  + video_boxes(root, names) + link_cards(root, url) + deck_lines(head)
                  + embedded_posts(root, names))
    unwrap_layout_tables(root)
    # (their dates say how the site prints a date: kept aside for the published date, and
    # so is the page's record of itself, "Autor: … Data publikacji: …", which dates it)
    dated_lists: list = details_lists(root, now)
    drop_elements(dated_lists)
    drop_dated_link_lists(root, into=dated_lists)
    drop_contents_lists(root)
    drop_taxonomy_lists(root)
    paras = _chosen_body(sel, chosen.get("body"))
    path: BodyPath | None = BodyPath.SELECTOR
    if not paras:
        portal = is_portal_page(meta, header[0])
        paras, path = pick_body(root, url, head, portal=portal, names=names) or ([], None)
        paras = trim_top(paras, out.title,
                         heading=element_text(head) if head is not None else None)
        # a script-rendered shell, or a teaser, over the text its JSON-LD declares
        declared = declared_body(meta)
        if declared and prefer_declared(paras, declared):
            paras, path = trim_top(declared, out.title), BodyPath.DECLARED

    stamp = None
    text = _chosen_text(sel, chosen.get("published"))
    if text:
        stamp = next((s for s in find_dates(text) if is_plausible(s, now)), None)
    if stamp is None:
        # the lines under a release's end mark date it: read before they are cut
        # the order of "12/08/2025" follows the page's language: declared, configured, or
        # guessed from the headline and the text around it
        lang = meta.lang or language or guess_language(None, None, header[0][:600])
        stamp = pick_published(meta, root, header, url, now, paras=paras, lang=lang,
                               dropped=dated_lists,
                               headline_length=_headline_length(head, out.title))
    out.published_at = format_stamp(stamp, timezone) if stamp else None
    credits = "\n".join(closing_credits(paras))
    if path is not BodyPath.SELECTOR:
        paras = drop_pull_quotes(trim_end(paras, site=meta.get("og:site_name")))
    # a table's rows read the same whichever step found them: the rule under a header row
    # ("|---|---|") is markup trafilatura prints, not text
    paras = [p for p in paras if not (p.startswith("|") and TABLE_RULE.match(p))]
    out.body = "\n\n".join(paras) or None
    out.body_path = path if out.body else None

    text = _chosen_text(sel, chosen.get("source"))
    out.source = ((source_from_text(text) or text) if text
                  else pick_source(meta, header[0], credits, root))
    out.channel = (_chosen_text(sel, chosen.get("channel"))
                   or pick_channel(meta, root, out.title, names))
    out.language = guess_language(meta.lang, language, (out.title or "") + (out.body or "")[:500])
    canonical = meta.canonical or meta.get("og:url")
    if canonical:
        out.canonical_url = urljoin(url, canonical) if url else canonical
    return out



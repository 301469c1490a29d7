"""The text a page declares in its JSON-LD (``articleBody``), for pages that do not show it.

A script-rendered page serves a shell ("You need to enable JavaScript", a menu, "Loading
article…") and the whole article in its ``NewsArticle`` JSON-LD, which search engines read.
What the page shows wins whenever it holds the text: the declared body is taken only when
it is long and the shown text is a fraction of it (a paywall's teaser, a shell). Sites put
plain text there (paragraphs on lines of their own, or one run) or HTML.
"""

from __future__ import annotations

import html

from lxml import etree
from lxml import html as lxml_html

from .body import body_from_element
from .meta import PageMeta
from .text import clean_line

__all__ = ["MIN_DECLARED_CHARS", "SHOWN_SHARE", "declared_body", "prefer_declared"]

#: A declared body shorter than this is a summary, never taken over the shown text.
MIN_DECLARED_CHARS = 400
#: The shown text yields when it is less than this share of the declared body.
SHOWN_SHARE = 0.5


def declared_body(meta: PageMeta) -> list[str]:
    """The paragraphs of the longest ``articleBody`` among the page's JSON-LD objects
    (markup read as HTML, entities decoded), or ``[]``.

    >>> from lxml import html as h
    >>> root = h.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "articleBody": "First.\\\\n\\\\nSecond &amp; last."}'
    ...     '</script></head><body></body></html>')
    >>> from newscrawler.extract.meta import read_meta
    >>> declared_body(read_meta(root))
    ['First.', 'Second & last.']
    """
    if not meta.declares("articleBody"):
        return []
    bodies = [item.get("articleBody") for item in meta.jsonld]
    text = max((b for b in bodies if isinstance(b, str)), key=len, default="")
    if not text.strip():
        return []
    if "<" in text and ">" in text:
        return _html_paragraphs(text)
    lines = html.unescape(text).splitlines()
    return [line for line in map(clean_line, lines) if line]


def _html_paragraphs(text: str) -> list[str]:
    try:
        holder = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    return body_from_element(holder)


def prefer_declared(shown: list[str], declared: list[str]) -> bool:
    """Whether *declared* replaces *shown*: it holds :data:`MIN_DECLARED_CHARS` or more
    and the shown text is under :data:`SHOWN_SHARE` of it."""
    size = sum(len(p) for p in declared)
    return size >= MIN_DECLARED_CHARS and sum(len(p) for p in shown) < SHOWN_SHARE * size

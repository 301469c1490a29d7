"""Last-resort choice of the main text block by text density (no generic extractor)."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .text import SKIP_TAGS, text_length

__all__ = ["by_density"]

_TEXT_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "div", "section", "font", "span"})
_PUNCT = re.compile(r"[,.;:!?，。；：！？、]")
_TABLES_INSIDE = etree.XPath("count(.//table)")


def _link_chars(el: Any) -> float:
    return sum(text_length(a) for a in el.iter("a"))


def by_density(root: Any) -> Any | None:
    """The element holding the page's main text by text density, or ``None``.

    Readability-style: every element holding its own text (25 characters or more) scores
    its parent by length and punctuation, and half of that to its grandparent; a
    parent's score shrinks with the share of link text in it; the best parent wins.
    """
    body = root.find("body")
    if body is None:
        body = root
    scores: dict[Any, float] = {}
    for el in body.iter(*_TEXT_TAGS):
        own = (el.text or "") + "".join((c.tail or "") for c in el if c.tag not in SKIP_TAGS)
        if el.tag in ("p", "pre", "blockquote") or el.tag == "td" and _TABLES_INSIDE(el) == 0:
            # (a cell that holds tables lays the page out: its text is theirs, scored where
            # it is, not a column's worth to the layout's row)
            own = el.text_content()
        own = own.strip()
        if len(own) < 25:
            continue
        score = 1 + len(own) / 100 + len(_PUNCT.findall(own))
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    # the share of link text only lowers a score: highest scores first, and no element is
    # weighed once its score before that is below the best after it (the link text of
    # every element of a nested table layout was most of the time on such pages)
    best_el, best, best_at = None, 0.0, -1
    for at, (el, score) in sorted(enumerate(scores.items()), key=lambda t: -t[1][1]):
        if score < best:
            break
        score *= 1 - min(_link_chars(el) / (text_length(el) or 1), 1.0)
        # (a tie goes to the element scored first, as in page order of scoring)
        if score > best or score == best > 0 and at < best_at:
            best_el, best, best_at = el, score, at
    return best_el

"""The text's further parts, when a box splits it and the generic extractor stopped at it.

News CMSs build an article out of widgets: the text's paragraphs in one box, a related
list or a picture in the next, the text going on in a third box of the first one's kind
(``<div class="article-widget-text"><div class="text">…</div></div>``, a related widget, then
another ``article-widget-text``). trafilatura takes the first element of a name it knows for
text (``text``, ``article-body``) as the whole text, and drops the rest. The box that holds
the last paragraph it found names the boxes the text goes on in: the next ones of the same
tag and class, among its siblings or its parent's siblings of the same tag and class, with
at most a few other elements between.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml import etree

from .hiding import is_skipped
from .text import clean_line, paragraphs, text_key

__all__ = ["continued_text", "opening_text"]

#: Most elements between one part of the text and the next (a related list, a picture, an
#: advertisement's slot): more, and what follows is another part of the page.
MAX_BETWEEN = 3

# the paragraphs that hold a run of the text's last paragraph, found by libxml2 (a walk
# over every paragraph's text in Python cost a page more than the rest of the step)
_HOLDING = etree.XPath("//p[contains(normalize-space(.), $run)]")
# the boxes no text goes on in: the page's own frame
_FRAME = frozenset({"html", "body", "main", "article", "form"})


def _box_of(root: Any, last: str) -> Any:
    """The element whose ``<p>`` children print *last*, or ``None``; or the table cell
    whose own lines end with it (an old portal's text set with ``<br>`` in a ``<td>``)."""
    run = clean_line(last)[:40]
    if not run:
        return None
    key = text_key(last)
    for p in _HOLDING(root, run=run):
        if text_key(" ".join(paragraphs(p, is_skipped))) == key:
            return p.getparent()
    for cell in _HOLDING_CELL(root, run=run):
        lines = paragraphs(cell, is_skipped)
        if lines and text_key(lines[-1]) == key:
            return cell
    return None


# ... the cells whose own text (not their children's) holds it
_HOLDING_CELL = etree.XPath("//td[text()[contains(normalize-space(.), $run)]]")


def _same(el: Any, other: Any) -> bool:
    return other.tag == el.tag and other.get("class") == el.get("class")


def _next_part(box: Any) -> Any:
    """The next element of *box*'s tag and class after it, with one to
    :data:`MAX_BETWEEN` other elements between (what splits the text): among its following
    siblings, or inside its parent's following siblings of the parent's tag and class.
    (A box of the same kind right after the text's is the text's own next box, or the
    writer's bio or the tags under it: wcxb-articles 0034, 4511.)"""
    for n, sib in zip(range(MAX_BETWEEN + 1), box.itersiblings(), strict=False):
        if _same(box, sib):
            return sib if n else None
    parent = box.getparent()
    if parent is not None and parent.tag == "tr" and box.get("class"):
        # (a table's rows: the text's cell, a row with a picture, the next cell of its
        # class in a row further down)
        for n, row in zip(range(MAX_BETWEEN + 1), parent.itersiblings("tr"), strict=False):
            cell = next((el for el in row if _same(box, el)), None)
            if cell is not None:
                return cell if n else None
        return None
    if parent is None or parent.tag in _FRAME or not parent.get("class"):
        return None
    for n, sib in zip(range(MAX_BETWEEN + 1), parent.itersiblings(), strict=False):
        if _same(parent, sib):
            return next((el for el in sib if _same(box, el)), None) if n else None
    return None


def _previous_part(box: Any) -> Any:
    """The element of *box*'s tag and class before it, as :func:`_next_part` finds the next
    one: among its preceding siblings, or inside its parent's preceding siblings of the
    parent's tag and class (Adobe Experience Manager's ``div.text > div.cmp-text`` boxes, a
    picture's component between)."""
    # (right before it too: what comes after the text's last box may be the bio or the
    # tags, but what comes before its first, after the headline, is the text's opening)
    for sib in itertools.islice(box.itersiblings(preceding=True), MAX_BETWEEN + 1):
        if _same(box, sib):
            return sib
    parent = box.getparent()
    if parent is None or parent.tag in _FRAME or not parent.get("class"):
        return None
    for sib in itertools.islice(parent.itersiblings(preceding=True), MAX_BETWEEN + 1):
        if _same(parent, sib):
            return next((el for el in reversed(sib) if _same(box, el)), None)
    return None


_SENTENCE = re.compile(r"\w.{30,}[.!?。！？][\"'”’»)）]?$")


def _after(el: Any, headline: Any) -> bool:
    """*el* comes after *headline* in the page (and is not inside it)."""
    for node in headline.getroottree().iter():
        if node is headline:
            return el not in set(headline.iter())
        if node is el:
            return False
    return False


def opening_text(root: Any, paras: list[str], headline: Any) -> list[str]:
    """The paragraphs of the text's earlier parts before *paras*, when the generic extractor
    took a later box of the text's kind for the whole text (the dateline and lead in one
    ``cmp-text`` box, a picture, the rest in the next): each previous part
    (:func:`_previous_part`) after the *headline*, first part first. Empty without a
    headline (nothing tells where the text may begin) or when no part comes before."""
    if headline is None:
        return []
    box = next((b for b in (_box_of(root, p) for p in paras[:3]) if b is not None), None)
    if box is None or box.tag in _FRAME or not box.get("class"):
        return []
    # (the text's keys are made once a part is found: most texts have none before them)
    known: set[str] | None = None
    parts: list[list[str]] = []
    for _ in range(10):
        box = _previous_part(box)
        if box is None or is_skipped(box) or not _after(box, headline):
            break
        if known is None:
            known = {text_key(p) for p in paras}
        lines = [line for line in paragraphs(box, is_skipped)
                 if text_key(line) and text_key(line) not in known]
        # (text holds a sentence: a box of the text's kind with only headings run together
        # is the page's table of contents)
        if not any(_SENTENCE.search(line) for line in lines):
            break
        known.update(text_key(line) for line in lines)
        parts.append(lines)
    return [line for part in reversed(parts) for line in part]


def continued_text(root: Any, paras: list[str]) -> list[str]:
    """The paragraphs of the text's further parts after *paras* (the generic extractor's
    text, whose last paragraph is a ``<p>`` in a box of a tag and a class): the paragraphs
    of each next part (:func:`_next_part`) that *paras* does not hold. Empty when the box
    has no class (nothing tells its kind), or no part follows."""
    box = _box_of(root, paras[-1]) if paras else None
    if box is None or box.tag in _FRAME or not box.get("class"):
        return []
    known: set[str] | None = None  # (made once a part is found, as in opening_text)
    out: list[str] = []
    for _ in range(10):  # (a text in ten parts is already a long one)
        box = _next_part(box)
        if box is None or is_skipped(box):
            break
        if known is None:
            known = {text_key(p) for p in paras}
        for line in paragraphs(box, is_skipped):
            key = text_key(line)
            if key and key not in known:
                known.add(key)
                out.append(line)
    return out

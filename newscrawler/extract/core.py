"""The text's own element: short lines the generic extractor took from around it.

trafilatura, given a page whose ``<article>`` holds the headline, a standfirst, the byline,
a share bar, the text's ``<div>``, tags, a newsletter box and a comments prompt, keeps every
line of it that is not a link list. The text's own element is the smallest one that holds
nearly all of what was found; short lines outside it (and outside its siblings of the same
name, the text cut up by advertisements) are the article's furniture, not its text.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .dateline import is_bare_label
from .dates import find_dates
from .text import text_key, width
from .trim import is_closing_head, is_end_mark

__all__ = ["within_core"]

#: The text's element holds this share of the characters found, or more.
CORE_SHARE = 0.85
#: A line outside it this long or longer is text (a lead paragraph set apart): nothing goes.
MAX_OUTSIDE_CHARS = 160
#: Fewer paragraphs than this: too little to tell an element of the text by.
MIN_CORE_PARAS = 5
#: How much of a paragraph's key is looked for in an element's.
_KEY_PART = 48

#: ... and this many sentences in a row outside are text too.
MIN_RUN_SENTENCES = 2
#: A sentence has this many words or more (or twice as many CJK characters) and ends as one.
MIN_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»」』)）]*$")


def _sentence(line: str) -> bool:
    # (width() counts a CJK character twice: what it adds to len() is their number)
    return _SENTENCE_END.search(line) is not None and (
        len(line.split()) >= MIN_SENTENCE_WORDS
        or width(line) - len(line) >= 2 * MIN_SENTENCE_WORDS)


_TIME = re.compile(r"\d\s*(?:[:：]\s*\d\d|[時时点點]\s*\d{1,2}\s*分|h\d\d)")


def _dating(line: str) -> bool:
    return bool(find_dates(line)) or _TIME.search(line) is not None or is_bare_label(
        line.lstrip("-•· "))


def _pieces(paras: list[str]) -> list[str]:
    """Pieces from the middle of the three longest paragraphs, in the order they are tried."""
    out = []
    for para in sorted(paras, key=len, reverse=True)[:3]:
        for at in (len(para) // 2, len(para) // 3, 10):
            piece = para[at:at + 24]
            if len(piece) == 24 and "  " not in piece:
                out.append(piece)
    return out


_TEXTS = etree.XPath("/html/body//text()")


def _anchor(root: Any, paras: list[str]) -> Any:
    """The element holding a piece from the middle of one of the longest paragraphs."""
    pieces = _pieces(paras)
    if not pieces:
        return None
    # (the page's text nodes read once and searched as one string: an XPath contains() pass
    # for each piece took 3% of extraction)
    nodes = _TEXTS(root)
    joined = "\x00".join(nodes)
    for piece in pieces:
        # (a piece of one element's text, found once: a sentence the page repeats tells
        # nothing)
        found, at = set(), joined.find(piece)
        while at != -1 and len(found) < 2:
            found.add(_holder(nodes[joined.count("\x00", 0, at)]))
            at = joined.find(piece, at + 1)
        if len(found) == 1:
            return found.pop()
    return None


def _holder(node: Any) -> Any:
    """The element whose text *node* (a smart string of lxml) is: a tail's is its parent's."""
    return node.getparent().getparent() if node.is_tail else node.getparent()


def within_core(root: Any, paras: list[str]) -> list[str]:
    """*paras* without the short lines found outside the element that holds the text.

    Nothing changes when the text is spread over elements (no element below ``<body>``
    holds :data:`CORE_SHARE` of it), when a line outside is :data:`MAX_OUTSIDE_CHARS` long
    or longer, or when the element is the whole page."""
    if len(paras) < MIN_CORE_PARAS:
        return paras
    el = _anchor(root, paras)
    if el is None:
        return paras
    # (the key of a paragraph's start: a key drops spaces and marks, so four times the
    # part's length gives it whole; keying whole paragraphs took a fifth of this step)
    keys = [text_key(p[:4 * _KEY_PART])[:_KEY_PART] for p in paras]
    sizes = [len(p) for p in paras]
    total = sum(sizes)
    for core in el.iterancestors():
        if core.tag in ("body", "html"):
            return paras
        text = core.xpath("string()")
        if len(text) < CORE_SHARE * total:
            continue  # (too little text to hold the share: no need to key it)
        own = text_key(text)
        # (a line without letters or digits, "###", is told by nothing: it stays)
        inside = [not k or k in own for k in keys]
        if sum(s for s, i in zip(sizes, inside, strict=True) if i) >= CORE_SHARE * total:
            break
    else:
        return paras
    if all(inside):
        return paras
    # (the text cut up by advertisements: its parts are siblings of one name)
    kin = [s for s in (*core.itersiblings(), *core.itersiblings(preceding=True))
           if s.tag == core.tag and s.get("class") == core.get("class")]
    if kin:
        more = "".join(text_key(s.xpath("string()")) for s in kin)
        inside = [i or k in more for i, k in zip(inside, keys, strict=True)]
    last = max(n for n, i in enumerate(inside) if i)
    for n in range(last + 1, len(paras)):
        if is_end_mark(paras[n]) or is_closing_head(paras[n]):
            # a release's end mark or its notes' heading after the text: what it closes off
            # is for the end's trimming to judge, with its mark
            inside[n:] = [True] * (len(paras) - n)
            break
    # two sentences or more in a row outside are text set apart (a paywall's free preview,
    # a newsletter's greeting), not furniture: a box says one thing
    n = 0
    while n < len(paras):
        if inside[n] or not _sentence(paras[n]):
            n += 1
            continue
        end = next((m for m in range(n, len(paras)) if inside[m] or not _sentence(paras[m])),
                   len(paras))
        if end - n >= MIN_RUN_SENTENCES:
            inside[n:end] = [True] * (end - n)
        n = end
    # a date line, a time line or a date's label is the date picker's and the trimming's to
    # judge: the publication's date may be printed only there ("| Datum der Neuigkeit | 14.
    # März 2024 |", "香港時間15時30分", "- Updated" over "- 6 August 2025")
    inside = [i or _dating(p) for i, p in zip(inside, paras, strict=True)]
    # (a line's length as it prints: a Chinese lead of 90 characters is a paragraph)
    if any(not i and width(p) >= MAX_OUTSIDE_CHARS for i, p in zip(inside, paras, strict=True)):
        return paras
    return [p for p, i in zip(paras, inside, strict=True) if i]

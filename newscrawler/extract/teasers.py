"""Teaser grids the generic extractor appends to the text: "More features", "In evidenza".

A grid of teaser cards (each a headline linking to another page over a one-line summary)
is how sites advertise their other pages. Set after the article, below a side column or
a related list, it reads to a generic extractor as more text: trafilatura appended such
a grid to pages of the probe sets, summaries and all. Only a grid at the very end of the
text is cut: a list of resources inside the text, or a listicle's entries (each with its
own paragraphs), are not cards.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .text import element_text, text_key

__all__ = ["without_teaser_grid"]

#: Fewest cards that make a grid (two links with summaries are a "see also" pair the text
#: may hold).
MIN_CARDS = 3
#: A card's headline: a link of this many characters or more.
MIN_CARD_HEADLINE = 10
#: A card's summary is one short paragraph: more than this, and the card is an entry of
#: the text (a listicle's item with its paragraphs).
MAX_CARD_SUMMARY = 300

# The near containers (five levels up at most: a card's headline sits in a span in a link
# in a heading in the card) of three children or more around a text that holds $word (of
# the text's last line): the only places the grid can be, found by libxml2 from the text
# nodes up before any card is read.
_CANDIDATES = etree.XPath("/html/body//text()[contains(., $word)]"
                          f"/ancestor::*[position() <= 5][count(*) >= {MIN_CARDS}]")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _card(item: Any, page: str | None) -> list[str] | None:
    """The lines of *item* when it is a teaser card: its text opens with a link to another
    page (the card's headline), every link in it goes there, and what follows the headline
    is a summary of one short paragraph. ``None`` otherwise."""
    links = [a for a in item.iter("a") if a.get("href")]
    if not links:
        return None
    target = links[0].get("href")
    if target.startswith("#") or (page and target == page) or any(
            a.get("href") != target for a in links):
        return None
    headline = element_text(links[0])
    text = element_text(item)
    if len(headline) < MIN_CARD_HEADLINE or not text.startswith(headline):
        return None
    summary = text[len(headline):].strip()
    if not summary or len(summary) > MAX_CARD_SUMMARY:
        return None
    return [headline, summary, text]


def _grid_keys(grid: Any, page: str | None) -> dict[str, int] | None:
    """The comparison keys of the lines a grid prints (each card's headline, summary and
    both as one line), each with its card's number, the heading just before the grid with
    -1; ``None`` when *grid* is no grid."""
    items = [el for el in grid if isinstance(el.tag, str)]
    keys: dict[str, int] = {}
    for i, item in enumerate(items):
        lines = _card(item, page)
        if lines is None:
            return None
        keys.update((text_key(line), i) for line in lines)
    heading = grid.getprevious()
    if heading is not None and heading.tag in _HEADINGS:
        keys.setdefault(text_key(element_text(heading)), -1)
    keys.pop("", None)
    return keys


_WORD = re.compile(r"\w{4,}")


def without_teaser_grid(root: Any, paras: list[str], url: str | None = None) -> list[str]:
    """*paras* without the lines at their end that a grid of teaser cards prints (at least
    :data:`MIN_CARDS` of its cards, printed as list items, and the grid's heading), when
    what is left is longer than what goes. *url*: the page's own address (a card linking
    to it is no teaser).

    >>> from lxml import html
    >>> card = "<li><a href='/n/{0}'>Fish tracked through the drought, {0}</a><p>Tags show how."
    >>> root = html.fromstring("<html><body><p>Text.</p><h2>Features</h2><ul>"
    ...                        + "".join(card.format(n) for n in range(3)) + "</ul></body></html>")
    >>> text = ["The jaw belongs to a new species of crocodile, the researchers said."] * 3
    >>> without_teaser_grid(root, text + ["Features"] + [
    ...     f"- Fish tracked through the drought, {n} Tags show how." for n in range(3)]) == text
    True
    """
    if len(paras) <= MIN_CARDS or not all(p.startswith("- ") for p in paras[-MIN_CARDS:]):
        # (the extractor prints a grid's cards as list items; a text that does not end with
        # several costs no search of the page: finding the grid's text there took 2% of
        # extraction's time)
        return paras
    words = _WORD.findall(paras[-1])
    if not words:
        return paras
    for grid in _CANDIDATES(root, word=max(words, key=len)):
        keys = _grid_keys(grid, url)
        if not keys:
            continue
        cut = len(paras)
        while cut > 0 and text_key(paras[cut - 1].removeprefix("- ")) in keys:
            cut -= 1
        gone = paras[cut:]
        cards = {keys[text_key(p.removeprefix("- "))] for p in gone} - {-1}
        if len(cards) >= MIN_CARDS and sum(map(len, paras[:cut])) > sum(map(len, gone)):
            return paras[:cut]
    return paras

"""Teaser grids the generic extractor appends to the text: "More features", "In evidenza".

A grid of teaser cards (each a headline linking to another page, with a one-line summary,
a date or a category) is how sites advertise their other pages; a gallery of captioned
thumbnails is its kin. Set after the article, below a side column or a related list, it
reads to a generic extractor as more text: trafilatura appended such grids to pages of the
probe sets and of wcxb-articles, as list items or as the cards' summaries alone. Only
grids at the very end of the text are cut: a list of resources or references inside the
text, or a listicle's entries (each with its own paragraphs), are not cards.
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
#: Fewest cards of a grid whose lines end the text for the grid to be cut (the extractor
#: may have dropped a card, or kept only some of their summaries).
MIN_CARDS_SHOWN = 2
#: A card's headline: a link of this many characters or more.
MIN_CARD_HEADLINE = 10
#: A card's summary is one short paragraph: more than this, and the card is an entry of
#: the text (a listicle's item with its paragraphs).
MAX_CARD_SUMMARY = 300
#: A card holds a headline and such a summary, a date or a category at most.
MAX_CARD_TEXT = 200 + MAX_CARD_SUMMARY
#: What a card prints before its headline is a date or a category ("17 March 2024",
#: "Salud"), no longer than this.
MAX_CARD_LABEL = 40
_ADDRESS = re.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp)$", re.IGNORECASE)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"\w{4,}")

# For a text ending with list items, the near containers (five levels up at most: a card's
# headline sits in a span in a link in a heading in the card) of three children or more
# around a text that holds $word (of the text's last line): the only places the grid can
# be, found by libxml2 from the text nodes up before any card is read.
_CANDIDATES = etree.XPath("/html/body//text()[contains(., $word)]"
                          f"/ancestor::*[position() <= 5][count(*) >= {MIN_CARDS}]")


def _summary_grids(root: Any, word: str) -> list[Any]:
    """For a text ending with short lines, the near containers (four levels up at most) of
    three children or more around a paragraph whose own text holds *word* (a card's
    summary, which the extractor keeps where it drops the card's linked headline). (lxml's
    walk over the paragraphs alone: an XPath over the text nodes took twice as long.)"""
    out: list[Any] = []
    for p in root.iter("p"):
        if p.text and word in p.text:
            for level, up in enumerate(p.iterancestors()):
                if level == 4 or up.tag == "body":
                    break
                if len(up) >= MIN_CARDS and up not in out:
                    out.append(up)
    return out


def _card(item: Any, page: str | None) -> list[str] | None:
    """The lines of *item* when it is a teaser card: every link in it goes to one other
    page, its headline (the link's text, :data:`MIN_CARD_HEADLINE` characters or more)
    comes with more than itself (a summary, a date, a category: a link alone is a list's
    entry), what comes before the headline is a date or a category at most
    (:data:`MAX_CARD_LABEL`), and it holds no more than a headline and a short summary
    (:data:`MAX_CARD_SUMMARY`, :data:`MAX_CARD_TEXT`); or a gallery's thumbnail, linking
    to its picture, with the picture's caption. ``None`` otherwise."""
    links = [a for a in item.iter("a") if a.get("href")]
    if not links:
        return None
    target = links[0].get("href")
    if target.startswith("#") or (page and target == page) or any(
            a.get("href") != target for a in links):
        return None
    headline = element_text(links[0])
    text = element_text(item)
    if _PICTURE.search(target.split("?")[0]) and links[0].find(".//img") is not None:
        # a gallery's thumbnail linking to its picture, with the picture's caption
        return [text] if 0 < len(text) <= MAX_CARD_SUMMARY else None
    if len(headline) < MIN_CARD_HEADLINE or len(text) > MAX_CARD_TEXT or _ADDRESS.match(
            headline) or text.find(headline) > MAX_CARD_LABEL:
        # (a reference's entry prints its link, an address, after the work it names)
        return None
    # (each element with text of its own and no children: the card's pieces, which the
    # extractor may print alone or run together)
    pieces = {element_text(el) for el in item.iter() if el is not item and isinstance(
        el.tag, str) and len(el) == 0 and (el.text or "").strip()}
    pieces.discard("")
    if len(pieces | {headline}) < 2:
        return None
    blocks = [element_text(el) for el in item.iter() if el is not item
              and isinstance(el.tag, str) and el.find(".//a") is None and el.tag != "a"]
    summary = text.replace(headline, "", 1).strip()
    if len(summary) > MAX_CARD_SUMMARY:
        return None
    return [headline, summary, text, *pieces, *blocks]


def _grid_keys(grid: Any, page: str | None) -> dict[str, int] | None:
    """The comparison keys of the lines a grid prints (each card's headline, summary and
    both as one line), each with its card's number, the grid's heading (before it or its
    first child) with -1; ``None`` when *grid* is no grid."""
    items = [el for el in grid if isinstance(el.tag, str)]
    keys: dict[str, int] = {}
    heading = grid.getprevious()
    if items and items[0].tag in _HEADINGS and items[0].find(".//a") is None:
        heading = items.pop(0)
    if len(items) < MIN_CARDS:
        return None
    for i, item in enumerate(items):
        lines = _card(item, page)
        if lines is None:
            return None
        keys.update((text_key(line), i) for line in lines)
    if heading is not None and heading.tag in _HEADINGS:
        keys.setdefault(text_key(element_text(heading)), -1)
    keys.pop("", None)
    return keys


def without_teaser_grid(root: Any, paras: list[str], url: str | None = None) -> list[str]:
    """*paras* without the lines at their end that grids of teaser cards print (grids of
    :data:`MIN_CARDS` cards or more, :data:`MIN_CARDS_SHOWN` of them at least printed as
    list items or as their summaries alone, and each grid's heading), when what is left is
    longer than what goes, nor one card's lines at their start (:func:`_head_card`). *url*:
    the page's own address (a card linking to it is no teaser).

    >>> from lxml import html
    >>> card = "<li><a href='/n/{0}'>Fish tracked through the drought, {0}</a><p>Tags show how."
    >>> root = html.fromstring("<html><body><p>Text.</p><h2>Features</h2><ul>"
    ...                        + "".join(card.format(n) for n in range(3)) + "</ul></body></html>")
    >>> text = ["The jaw belongs to a new species of crocodile, the researchers said."] * 3
    >>> without_teaser_grid(root, text + ["Features"] + [
    ...     f"- Fish tracked through the drought, {n} Tags show how." for n in range(3)]) == text
    True
    """
    paras = paras[_head_card(root, paras, url):]
    while True:
        cut = _grid_cut(root, paras, url)
        if cut is None:
            return paras
        paras = paras[:cut]


#: Most lines of one card the extractor may print over the text (its date or category, its
#: headline, its summary).
MAX_HEAD_CARD_LINES = 4


def _head_card(root: Any, paras: list[str], url: str | None) -> int:
    """How many lines at the start of *paras* are one teaser card of a grid set after the
    text (a generic extractor that favours ``<article>`` elements may put a related
    story's card, "28 January 2025" / its headline / its summary, over the text): two
    lines or more of one card, the text left longer than them; else 0. Looked for only
    when the text opens with a line as short as a card's date or category."""
    if len(paras) <= MAX_HEAD_CARD_LINES or len(paras[0]) > MAX_CARD_LABEL:
        return 0
    head = paras[:MAX_HEAD_CARD_LINES]
    # (the card's headline, after its date or category)
    words = _WORD.findall(paras[1])
    if not words:
        return 0
    for grid in _CANDIDATES(root, word=max(words, key=len)):
        keys = _grid_keys(grid, url)
        if not keys:
            continue
        count = 0
        while count < len(head) and text_key(head[count].removeprefix("- ")) in keys:
            count += 1
        cards = {keys[text_key(p.removeprefix("- "))] for p in head[:count]}
        if count >= 2 and len(cards - {-1}) == 1 and sum(map(len, paras[count:])) > sum(
                map(len, head[:count])):
            return count
    return 0


def _grid_cut(root: Any, paras: list[str], url: str | None) -> int | None:
    """Where the last grid of teaser cards at the end of *paras* begins, or ``None``."""
    if len(paras) <= MIN_CARDS:
        return None
    tail = paras[-MIN_CARDS:]
    # (a text that does not end with several list items or short lines costs no search of
    # the page: finding the grid's text there took 2% of extraction's time)
    words = _WORD.findall(paras[-1])
    if not words:
        return None
    word = max(words, key=len)
    if all(p.startswith("- ") for p in tail):
        grids = _CANDIDATES(root, word=word)
    elif all(len(p) <= MAX_CARD_SUMMARY for p in tail):
        grids = _summary_grids(root, word)
    else:
        return None
    for grid in grids:
        keys = _grid_keys(grid, url)
        if not keys:
            continue
        cut = len(paras)
        while cut > 0 and text_key(paras[cut - 1].removeprefix("- ")) in keys:
            cut -= 1
        gone = paras[cut:]
        cards = {keys[text_key(p.removeprefix("- "))] for p in gone} - {-1}
        if len(cards) >= MIN_CARDS_SHOWN and sum(map(len, paras[:cut])) > sum(map(len, gone)):
            return cut
    return None

"""Generic main-text extraction for pages no portal knowledge covers: trafilatura.

trafilatura is the strongest generic extractor measured on the shared corpus. Its default
mode, not its precision mode, is used: precision mode cuts long articles down to their
first paragraphs on many pages (measured on wcxb-articles: body F1 0.910 against 0.928,
for 0.002 less on news-aeb). Metadata is off (we read title, date and source ourselves).
It is given the tree extraction already parsed, so the page is not parsed a second time.
It is imported on first use: most portal pages never need it, and the import costs
0.15 s at start-up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree

from . import generic_paths
from .breaks import (
    paragraphs_after_blocks,
    paragraphs_before_blocks,
    paragraphs_from_breaks,
    paragraphs_from_divs,
    quotations_from_figures,
    text_lists,
)
from .text import running_chars, text_key
from .trim import is_closing_head

__all__ = ["main_text"]

_engine: Any = None


def _load() -> Any:
    global _engine
    if _engine is None:
        try:
            import trafilatura
        except ImportError:  # optional: without it the text-density choice is the fallback
            _engine = False
        else:
            _engine = trafilatura
            # trafilatura logs a warning for every page it finds no text in; for us that
            # is a normal outcome of a fallback, which the caller reports
            logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return _engine


#: trafilatura's fast mode skips its comparison with a second extractor, a third of its
#: time; when what fast mode found is less than this share of the page's running text
#: (:func:`~newscrawler.extract.text.running_chars`), it probably stopped short, and the
#: full mode runs. Measured on wcxb-articles: body F1 equal to the full mode's alone
#: (0.9357 against 0.9356) with one page in eleven run twice, 9% less time than the full
#: mode on every page.
FULL_RUN_SHARE = 0.45

# Blocks inside a list item: trafilatura joins their texts with nothing between them, a
# space after each included ("<li><div>Member States</div><div>will designate</div></li>"
# gave "Member Stateswill"); as inline elements with a space between they read as words.
_INNER_BLOCKS = ("div", "p", "ul", "ol", "table")


def _item_blocks(root: Any) -> list[Any]:
    """The ``<div>`` and ``<p>`` children of list items that hold two or more, with no block
    inside (lxml's walk over the items: an XPath over every element took longer)."""
    out = []
    for li in root.iter("li"):
        blocks = [el for el in li if el.tag == "div" or el.tag == "p"]
        if len(blocks) > 1:
            out.extend(el for el in blocks
                       if next(el.iterdescendants(*_INNER_BLOCKS), None) is None)
    return out


_BODY_TEXT = etree.XPath("string(/html/body)")
# A field's label printed as a <div> of its own over the field ("<div class="field-label">
# Notes to editors:&nbsp;</div><div class="field-items">…"): trafilatura drops a short <div>
# of text, and the notes read as the text's last paragraphs without their heading
MAX_LABEL_DIV = 60
# (XPath's normalize-space(): only these four are its spaces)
_XML_SPACES = re.compile(r"[ \t\r\n]+")


def _text_divs(root: Any) -> list[Any]:
    """The ``<div>`` elements of ``<body>`` without children whose text, its spaces
    collapsed, is shorter than :data:`MAX_LABEL_DIV` (lxml's walk over the divs)."""
    top = root.getroottree().getroot()
    if top.tag != "html":
        return []
    return [el for body in top.iterchildren("body") for el in body.iter("div") if len(el) == 0
            and len(_XML_SPACES.sub(" ", el.text or "").strip(" ")) < MAX_LABEL_DIV]


def _heads_from_divs(root: Any) -> None:
    """Rename, in place, to ``<p>`` the ``<div>`` elements that hold only the heading of a
    release's closing notes or contacts (:func:`~newscrawler.extract.trim.is_closing_head`),
    so that the text keeps the line :func:`~newscrawler.extract.trim.trim_end` cuts at."""
    for el in _text_divs(root):
        if el.text and is_closing_head(el.text.replace("\u00a0", " ")):
            el.tag = "p"


def _text_bound(root: Any, text: str) -> float:
    """An upper bound of :func:`~newscrawler.extract.text.running_chars`: the length of
    the body's *text* less that of its scripts (a page's scripts often outweigh its text)."""
    body = root.find("body")
    code = sum(len(el.text or "") for el in body.iter("script")) if body is not None else 0
    return len(text) - code


def _space_item_blocks(root: Any) -> None:
    """The leaf blocks of list items that hold several, made inline with a space after each
    (the tree is the caller's own: extraction's copy)."""
    for el in _item_blocks(root):
        el.tag = "span"
        tail = el.tail or ""
        if not tail[:1].isspace():
            el.tail = " " + tail


#: Elements trafilatura deletes, text and all, before it reads a page, and whose absence
#: changes none of its output on the shared sets: lent out of the tree it copies and walks
#: several times. Page footers are large (link lists, addresses): 2% of extraction's time.
#: (Scripts, inputs, frames and select lists gained nothing measurable; lending a page's
#: nav, aside or buttons changed trafilatura's output on some pages.)
LENT_TAGS = ("footer",)


#: Empty blocks with text after them (an ad slot among a box's loose runs of text, its script
#: gone): trafilatura dropped the run that follows one (wcxb-articles 0119 lost a paragraph,
#: its fast mode keeping enough of the rest to look done), so they are lent out while it
#: reads, their tails left in place. (Looked for after what is above and below the article
#: is lent: a walk over every block of the page cost 1% of extraction's time.)
_BLANK = etree.XPath("normalize-space()")
_HOLDS_MEDIA = etree.XPath(
    "boolean(.//img or .//picture or .//video or .//audio or .//iframe or .//svg or .//object"
    " or .//embed or .//canvas or .//table or .//input)")


def _empty_before_text(root: Any) -> list[Any]:
    """The ``<div>`` and ``<ins>`` elements under *root* with no text, picture, player, table
    or field, followed by text."""
    return [el for el in root.iter("div", "ins")
            if el.tail and not el.tail.isspace() and not _BLANK(el) and not _HOLDS_MEDIA(el)]


def _lend(elements: Iterable[Any]) -> list[tuple[Any, Any, int, Any, str | None]]:
    """Take *elements* (none inside another) out of their tree, their tails left where
    they were; what :func:`_give_back` needs to put them back."""
    lent = []
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        prev = el.getprevious()
        index = parent.index(el)
        before = prev.tail if prev is not None else parent.text
        if el.tail:
            if prev is not None:
                prev.tail = (before or "") + el.tail
            else:
                parent.text = (before or "") + el.tail
        parent.remove(el)  # (lxml moves the element's tail with it)
        lent.append((el, parent, index, prev, before))
    return lent


def _give_back(lent: list[tuple[Any, Any, int, Any, str | None]]) -> None:
    """Put what :func:`_lend` took back as it was (in reverse: each index as it was)."""
    for el, parent, index, prev, before in reversed(lent):
        parent.insert(index, el)
        if prev is not None:
            prev.tail = before
        else:
            parent.text = before


#: Joiners that trafilatura deletes as unprintable: the zero-width non-joiner and joiner,
#: which Persian, Urdu and the Indic scripts write inside words ("کم‌برخوردار") and
#: emoji sequences hold. While it reads they stand as printable stand-ins that no page
#: writes (letters of a script nobody uses here), and are put back in what it returns.
_JOINERS = {"\u200c": "\U00016a70", "\u200d": "\U00016a71"}


def _swap_joiners(root: Any, table: dict[str, str]) -> None:
    """Replace, in the text of *root*, each key of *table* by its value."""
    def swap(text: str) -> str:
        for old, new in table.items():
            text = text.replace(old, new)
        return text
    for el in root.iter():
        if isinstance(el.tag, str) and el.text:
            el.text = swap(el.text)
        if el.tail:
            el.tail = swap(el.tail)


def _lost_lists(root: Any, text: str | None) -> list[Any]:
    """The lists set in the text's flow (:func:`~newscrawler.extract.breaks.text_lists`)
    whose first item *text* lacks while it holds the paragraph over the list: trafilatura's
    fast mode, on a page without an element named like content, reads paragraphs alone,
    and a decision's points, an explainer's steps went."""
    lists = text_lists(root) if text else []
    found = ""
    lost = []
    for lst in lists:
        item = " ".join("".join(lst[0].itertext()).split())
        if item[:40] in text:  # (most are there as printed: no key needed)
            continue
        found = found or text_key(text)
        item = text_key(item)[:60]
        over = text_key("".join(lst.getprevious().itertext()))[-60:]
        if item and over and item not in found and over in found:
            lost.append(lst)
    return lost


def _with_lists(engine: Any, root: Any, lists: list[Any], options: dict[str, Any],
                text: str) -> Any:
    """trafilatura's fast run with *lists* read as paragraphs (renamed for the run, then
    put back), when it finds the *text* of the run without and more: the same part of the
    page, its lists now read (another part found is no gain: teasers instead of the text)."""
    renamed = [(el, el.tag) for lst in lists for el in (lst, *lst)]
    for el, tag in renamed:
        el.tag = "div" if tag in ("ul", "ol") else "p"
    try:
        doc = engine.bare_extraction(root, fast=True, **options)
    finally:
        for el, tag in renamed:
            el.tag = tag
    if doc is None or not doc.text or len(doc.text) <= len(text):
        return None
    found = text_key(doc.text)
    if not all(text_key(line) in found for line in text.split("\n")):
        return None
    # (the items as trafilatura prints a list's: "- " first, which later steps read)
    items = {text_key("".join(item.itertext())) for lst in lists for item in lst}
    doc.text = "\n".join(f"- {line}" if text_key(line) in items else line
                          for line in doc.text.split("\n"))
    return doc


def main_text(root: Any, url: str | None = None, *, above: Sequence[Any] = ()
              ) -> list[str] | None:
    """Paragraphs of the page's main text according to trafilatura (tables kept, comments
    of readers left out), or ``None`` when it finds none or is not installed.

    *root* must be a tree the caller owns without comments and hidden elements, as
    :func:`~newscrawler.extract.extract_article` prepares it: trafilatura, handed a tree
    with comments, drops the text that follows one inside a paragraph. trafilatura does
    not change the tree it is given.

    Fast mode first; the full mode when fast mode's text is under :data:`FULL_RUN_SHARE`
    of the page's running text.
    """
    engine = _load()
    if not engine:
        return None
    _space_item_blocks(root)
    paragraphs_from_breaks(root)
    paragraphs_after_blocks(root)
    paragraphs_before_blocks(root)
    paragraphs_from_divs(root)
    _heads_from_divs(root)
    quotations_from_figures(root)
    options = {"url": url, "include_comments": False, "include_tables": True,
               "with_metadata": False}
    # <head> (meta tags, style and script) is not text, and trafilatura copies the tree it is
    # given three times a run: it is lent without it, and put back whatever happens
    head = root.find("head")
    if head is not None:
        root.remove(head)
    lent = _lend(list(root.iter(*LENT_TAGS)))
    # (the share is of the whole page's text: the part above the headline is lent only to
    # spare trafilatura walking it, and what the page holds decides whether fast mode
    # stopped short)
    # (the body's text, built once by libxml2: its length bounds the running text, and it
    # says whether the page has joiners at all; a walk over its text nodes for them cost 2%)
    body_text = _BODY_TEXT(root)
    bound = _text_bound(root, body_text)
    lent_above = _lend(above)
    # (each lent list is given back before the one lent before it: the places are kept so)
    lent_empty = _lend(_empty_before_text(root))
    joiners = "\u200c" in body_text or "\u200d" in body_text
    if joiners:
        _swap_joiners(root, _JOINERS)
    try:
        with generic_paths.rewritten():  # (both runs: trafilatura's expressions rewritten)
            doc = engine.bare_extraction(root, fast=True, **options)
            lost = _lost_lists(root, doc.text if doc is not None else None)
            # (what fast mode found without them decides on the full mode, which reads lists)
            with_lists = _with_lists(engine, root, lost, options, doc.text) if lost else None
            found = len(doc.text) if doc is not None and doc.text else 0
            doc = with_lists or doc
            # (the body's text length, counted by libxml2, less its scripts' bounds the running
            # text from above: most pages are decided by it without the walk that counts it)
            if found < FULL_RUN_SHARE * bound:
                _give_back(lent_empty)
                _give_back(lent_above)
                lent_above, lent_empty = [], []
                if found < FULL_RUN_SHARE * running_chars(root):
                    lent_empty = _lend(_empty_before_text(root))
                    doc = engine.bare_extraction(root, **options)
    except (ValueError, TypeError, AttributeError):
        return None
    finally:
        if joiners:
            _swap_joiners(root, {new: old for old, new in _JOINERS.items()})
        _give_back(lent_empty)
        _give_back(lent_above)
        _give_back(lent)
        if head is not None:
            root.insert(0, head)
    if doc is None or not doc.text:
        return None
    text = doc.text
    if not joiners:
        return [line.strip() for line in text.split("\n") if line.strip()]
    for joiner, stand_in in _JOINERS.items():
        text = text.replace(stand_in, joiner)
    # (a joiner at a paragraph's end joins nothing: site builders write "&zwj;" for an empty
    # paragraph, which trafilatura's deletion used to hide)
    lines = (line.strip().strip("".join(_JOINERS)).strip() for line in text.split("\n"))
    return [line for line in lines if line]

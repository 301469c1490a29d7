"""Main text: known CMS containers first, then a generic extractor, then text density."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawler.items import BodyPath

from .chrome import strip_chrome
from .continued import continued_text, opening_text
from .core import within_core
from .density import by_density
from .generic import main_text
from .hiding import is_skipped
from .lead import lead_paragraphs
from .named import NamedElements
from .portal import content_after_headline, with_same_named_siblings
from .sections import sections_around_table, widen_to_sections
from .teasers import without_teaser_grid
from .text import (
    SENTENCE_ENDS,
    attr_words,
    element_text,
    paragraphs,
    running_chars,
    text_key,
    text_length,
    width,
)

__all__ = ["CONTAINERS", "body_from_element", "find_container", "pick_body"]

#: Content containers of common Chinese government CMSs (TRS with its classic and
#: UEditor editors, Hanweb, UCAP) and of generic CMSs, in order of trust: the first one
#: present with enough text wins.
#: ``#content`` and ``<article>`` are not here: measured on real pages they usually wrap
#: the headline, bylines, share bars and related lists too (news-aeb precision 0.47 to
#: 0.94), so pages with only those go to the generic extractor.
CONTAINERS: tuple[tuple[str, str], ...] = (
    ("id", "zoom"),
    ("class", "TRS_Editor"),
    ("class", "TRS_UEDITOR"),
    ("id", "UCAP-CONTENT"),
    ("class", "pages_content"),
    ("class", "article-content"),
)

_IDS = {name.lower(): i for i, (kind, name) in enumerate(CONTAINERS) if kind == "id"}
_CLASSES = tuple((name, i) for i, (kind, name) in enumerate(CONTAINERS) if kind == "class")
_CONTAINER_TAGS = frozenset({"div", "td", "article", "section", "main", "span", "font"})
# any of the names, in any case: the only elements worth a closer look
_ANY_NAME = tuple(name.lower() for _, name in CONTAINERS)


def _containers(root: Any, names: NamedElements | None = None) -> list[tuple[int, Any]]:
    """Known containers in the page with their rank, most trusted first."""
    found: list[tuple[int, int, Any]] = []
    for pos, el in enumerate((names or NamedElements(root)).search(_ANY_NAME,
                                                                   tags=_CONTAINER_TAGS)):
        ident = el.get("id")
        rank = _IDS.get(ident.lower()) if ident else None
        if rank is None:
            words = (el.get("class") or "").split()
            rank = next((i for name, i in _CLASSES if name in words), None)
        if rank is not None:
            found.append((rank, pos, el))
    found.sort(key=lambda t: (t[0], t[1]))
    return [(rank, el) for rank, _, el in found]


#: Below this many characters a container is a stub (a lead, a caption), not the body.
MIN_BODY_CHARS = 40
#: Names shared with news and blog themes, where they also name teaser cards and bylines:
#: a container of such a name must hold this much text to be taken for the body.
WEAK_NAMES = frozenset({"article-content"})
MIN_WEAK_CHARS = 200
#: ... and at least this share of the page's running text (a recipe template's intro box,
#: its card's ingredients and directions beside it, held a third).
WEAK_SHARE = 0.5


def _min_chars(rank: int) -> int:
    return MIN_WEAK_CHARS if CONTAINERS[rank][1] in WEAK_NAMES else MIN_BODY_CHARS


def _skip(el: Any) -> bool:
    # (a figure's caption is not the text: trafilatura's path leaves it out, and a gallery
    # set inside a CMS's container printed its every caption)
    return el.tag == "figcaption" or is_skipped(el)


def body_from_element(el: Any) -> list[str]:
    """Paragraphs of *el* without chrome elements and chrome lines."""
    return strip_chrome(paragraphs(el, _skip))


#: What names the text itself inside a wider box (``.article-content`` holding the text, then
#: its tags, an app promotion and a copyright line): a class word or ``itemprop``.
_TEXT_NAME = re.compile(r"(?:^|\s)(?:article[-_]?body(?:-inner)?|articlebody|story[-_]body|"
                        r"entry-content|post-content|body-text|article__body)(?=$|\s)", re.I)
#: ... which holds this share of the box's text or more: the box is the text and its chrome.
MIN_TEXT_SHARE = 0.6


def _named_text(el: Any, size: int) -> list[str] | None:
    """The paragraphs of the element inside *el* that names itself the text (:data:`_TEXT_NAME`)
    and holds most of *el*'s *size*, outermost first; None without one."""
    for inner in el.iterdescendants():
        if not isinstance(inner.tag, str) or inner.tag not in _CONTAINER_TAGS:
            continue
        if _TEXT_NAME.search(inner.get("class") or "") or (
                (inner.get("itemprop") or "").lower() == "articlebody"):
            paras = body_from_element(inner)
            if sum(len(p) for p in paras) >= MIN_TEXT_SHARE * size:
                return paras
    return None


def find_container(root: Any, names: NamedElements | None = None) -> list[str] | None:
    """Paragraphs of the most trusted known container that holds real text.

    A container that holds an ``<h1>`` wraps the whole article (headline, byline, share
    bar, related list), as ``.article-content`` does on many news CMSs; it is passed
    over so the generic extractor can find the text inside it. *names*: the page's, when
    the caller has them.
    """
    best: tuple[int, int, list[str], Any] | None = None  # (rank, size, paragraphs, element)
    for rank, el in _containers(root, names):
        if best is not None and rank > best[0]:
            break
        if next(el.iter("h1"), None) is not None or _skip(el):
            continue
        paras = body_from_element(el)
        size = sum(len(p) for p in paras)
        # several elements of one name (a teaser box and the text both called
        # "article-content"): the one holding the most text
        if size >= _min_chars(rank) and (best is None or size > best[1]):
            best = (rank, size, paras, el)
    if best is None:
        return None
    if CONTAINERS[best[0]][1] in WEAK_NAMES:
        if best[1] < WEAK_SHARE * running_chars(root):
            return None  # a box of the text's name beside a text several times longer
        return _named_text(best[3], best[1]) or best[2]
    return best[2]


def pick_body(
    root: Any, url: str | None = None, headline: Any = None, *, portal: bool = False,
    names: NamedElements | None = None,
) -> tuple[list[str], BodyPath] | None:
    """Precedence: a known CMS container (``#zoom``, ``.TRS_Editor``, ``.TRS_UEDITOR``,
    ``#UCAP-CONTENT``, ``.pages_content``; ``.article-content`` only with 200 characters
    or more, the fullest of its name); on a *portal* page (guideline metas or an info line),
    the content-named element after the headline, with its same-named siblings (a text
    printed as a run of ``<p class="text">``); then the generic extractor (trafilatura)
    with the lead after *headline* put back; then the text-density choice.

    *root* is a tree extraction owns, without comments and hidden elements
    (:func:`~newscrawler.extract.extract_article` prepares it); *names*, its
    :class:`~newscrawler.extract.named.NamedElements` when the caller has them. Returns the
    paragraphs and the :class:`BodyPath` that found them."""
    paras = find_container(root, names)
    if paras:
        # (the container may be the first of the text's cells: an old portal's table goes on
        # in the next row's cell of its class, a picture's row between)
        return paras + strip_chrome(continued_text(root, paras)), BodyPath.CONTAINER
    if portal:
        el = content_after_headline(headline)
        if el is not None:
            # (chrome is judged on the text as one: a comments box after the text, named as
            # the text's parts are, ends it)
            paras = strip_chrome([p for part in with_same_named_siblings(el)
                                  for p in paragraphs(part, _skip)])
            if sum(len(p) for p in paras) >= MIN_BODY_CHARS:
                return paras, BodyPath.PORTAL
    paras = _main_text_below(root, url, headline)
    if paras:
        paras = without_teaser_grid(root, strip_chrome(paras, repeats=True), url)
        whole = sections_around_table(root, paras[0]) if paras else None
        if whole is not None:
            return body_from_element(whole), BodyPath.GENERIC
        if paras:
            # (furniture is told now and taken out last: the steps that put back a lead or a
            # closing list look for it beside the lines the generic extractor found)
            furniture = set(paras).difference(within_core(root, paras))
            # the lead and the list put back are chrome-checked as the text was: a view
            # counter under the headline, a closing list of downloads ("別添資料（PDF：
            # 512KB）") are the page's, not the text's
            paras = with_dropped_blocks(root, paras, names)
            paras = strip_chrome(opening_text(root, paras, headline)) + paras
            paras += strip_chrome(continued_text(root, paras))
            paras = (strip_chrome(lead_paragraphs(headline, paras)) + paras
                     + strip_chrome(closing_list(root, paras) or closing_sentence(root, paras)
                                    or closing_section(root, paras)))
            return [p for p in paras if p not in furniture], BodyPath.GENERIC
    block = by_density(root)
    if block is None:
        return None
    paras = body_from_element(widen_to_sections(block))
    return (paras, BodyPath.DENSITY) if paras else None


#: An article's box holds this much text or more (its headline, date line and text): less is
#: a header box over a text that follows it outside. (CJK characters count twice, as they
#: print: 990 of them are a release of a dozen paragraphs.)
MIN_BOX_CHARS = 1000


def _holds_box_text(el: Any) -> bool:
    """Whether *el* holds :data:`MIN_BOX_CHARS` of text by its printed
    :func:`~newscrawler.extract.text.width` (a CJK ideograph counting twice)."""
    chars = text_length(el)
    if chars >= MIN_BOX_CHARS:
        return True
    # (the text is read only when its ideographs could make up the rest)
    return 2 * chars >= MIN_BOX_CHARS and width(el.xpath("string()")) >= MIN_BOX_CHARS

#: Tags of a headline whose place on the page is trusted: the text follows it.
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_PAGE_TITLES = etree.XPath("/html/head/title/text() | /html/head/meta[@property='og:title'"
                           " or @name='og:title' or @name='twitter:title']/@content")


#: A heading agrees with the page's titles when at least this share of its letter pairs
#: is in one of them: titles are often reworded for search engines ("Need a Change? 7 Vital
#: Tips to Hit the Road in a Rental Car" over "Need a Change? 7 Vital Tips on How to Rent a
#: Car"), while a heading inside the text shares little with them.
MIN_TITLE_PAIRS = 0.5


def _pairs(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)}


def _named_by_page(root: Any, headline: Any) -> bool:
    """Whether *headline* is a heading that agrees with the page's ``<title>``,
    ``og:title`` or ``twitter:title`` (:data:`MIN_TITLE_PAIRS`): the page's own headline,
    not a heading inside its text that a wrong title led to."""
    if headline.tag not in _HEADING_TAGS:
        return False
    pairs = _pairs(text_key(element_text(headline)))
    if not pairs:
        return False
    return any(len(pairs & _pairs(text_key(t))) >= MIN_TITLE_PAIRS * len(pairs)
               for t in _PAGE_TITLES(root))


def _above(root: Any, headline: Any) -> list[Any]:
    """The elements that end before the headline begins, each outermost (the preceding
    siblings of the headline and of each element that holds it): the page's banner, menus,
    a table of links. Only when the page's titles name *headline* (:func:`_named_by_page`);
    else only the tables above it, which an old portal sets its banner and menu in."""
    if headline is None:
        return []
    if not _named_by_page(root, headline):
        return _tables_above(root, headline)
    out = []
    node = headline
    for parent in headline.iterancestors():
        out.extend(el for el in node.itersiblings(preceding=True)
                   if isinstance(el.tag, str) and el.tag != "head")
        node = parent
    out.reverse()  # (page order)
    return out


def _tables_above(root: Any, headline: Any) -> list[Any]:
    """The tables that end before the headline begins in the page (its banner, a menu,
    a record's field table): never the text, which follows its headline."""
    above = set(headline.iterancestors("table"))
    out = []
    for el in root.iter():
        if el is headline:
            break
        if el.tag == "table" and el not in above:
            out.append(el)
    # (nested ones go with the outermost)
    return [t for t in out if not any(a in out for a in t.iterancestors("table"))]


def _main_text_below(root: Any, url: str | None, headline: Any) -> list[str] | None:
    """:func:`~newscrawler.extract.generic.main_text` with what is above the headline
    (:func:`_above`) lent out of the tree while trafilatura reads it. An old portal's banner
    or menu set in a table came out as the text's first line, and a page's header, menus
    and teasers above its headline are a third of the elements trafilatura walks (measured
    on wcxb-articles: 19 pages changed, 17 for the better; extraction 12% faster)."""
    return main_text(root, url, above=[*_above(root, headline), *_below(root, headline)])


def _below(root: Any, headline: Any) -> list[Any]:
    """The elements that begin after the article's box ends (the following siblings of the
    nearest ``<article>`` or ``<main>`` around *headline* that holds
    :data:`MIN_BOX_CHARS` of text, or without one the nearest element that does, and of
    each element that holds it): related lists, comments, a column of boxes beside the
    text, the page's footer. A box with less is a header box over a text outside it
    (``<article class="header">`` with the headline, the text in the next section)."""
    if headline is None:
        return []
    box = next((el for el in headline.iterancestors("article", "main")
                if _holds_box_text(el)), None)
    if box is None:
        # ... or, on a page that names no article, the nearest box that holds as much (a
        # column beside a column of boxes, link lists and teasers)
        box = next((el for el in headline.iterancestors()
                    if el.tag not in ("body", "html") and _holds_box_text(el)), None)
    if box is None:
        return []
    out = []
    node = box
    for parent in box.iterancestors():
        out.extend(el for el in node.itersiblings() if isinstance(el.tag, str))
        node = parent
    return out


#: What the generic extractor drops between two paragraphs of the text on some layouts
#: (its fallback, when no element is named like content, reads paragraphs and tables only):
#: the text's subheadings and lists.
_GAP_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "ul", "ol"})
#: A list put back is the text's, not a box of links: at most this share of it is linked.
MAX_GAP_LINK_SHARE = 0.5


def _gaps(root: Any, names: NamedElements | None = None) -> list[list[Any]]:
    """Runs of headings and lists between two paragraphs of one parent (the first, or the
    last, may be a table): ``<p>``, ``<h3>``, ``<ul>``, ``<p>``; and callouts
    (:func:`_callout`, found by *names*, the page's, when the caller has them), alone.
    (Found by walking the tree: an XPath on the sibling axes cost seven times as much.)"""
    out = []
    boxes = (names.search(("callout", "tip"), tags=("div",)) if names is not None
             else root.iter("div"))
    boxes = [*(d for d in boxes if _callout(d)), *_table_boxes(root), *_bare_tables(root)]
    for el in [*root.iter(*_GAP_TAGS), *boxes]:
        before = el.getprevious()
        if before is None or before.tag not in ("p", "table", "blockquote"):
            continue  # (a run is found from its first element; a data table of the text
            # counts as its paragraph: "（３）…次のとおりです。", the table, "２．今後の対応";
            # so does a quotation: a list of specifications after a quoted statement)
        run, after = [el], _next_block(el)
        if el.tag == "div":
            # (a callout stands alone: a heading after it may be one the extractor kept)
            if after is not None and (after.tag == "p" or after.tag in _GAP_TAGS
                                      and after.tag not in ("ul", "ol")):
                out.append(run)
            continue
        while after is not None and after.tag in _GAP_TAGS:
            run.append(after)
            after = after.getnext()
        if after is not None and (after.tag == "p" or after.tag == "table" and before.tag == "p"):
            out.append(run)  # (... or the table the heading names: "■受診方法と自己負担額")
    return out


def _edge_line(el: Any, *, last: bool) -> str:
    """The last (or first) line *el* gives in the text: a paragraph broken by ``<br>`` is
    several ("メイン会場：…<br>サブ会場：…"); a table's last row is one line, and its first
    row's comparison starts with its first cell."""
    lines = paragraphs(el) if el.tag == "p" or el.tag == "tr" and not last else None
    if not lines:
        return element_text(el)
    return lines[-1] if last else lines[0]


def _next_block(el: Any) -> Any:
    """The element after *el*, past figures (a chart under a table, before the paragraph
    that goes on from it)."""
    after = el.getnext()
    while after is not None and after.tag == "figure":
        after = after.getnext()
    return after


def _bare_tables(root: Any) -> list[Any]:
    """Data tables right between two paragraphs, no box around them (a statistics release's
    "8. Changes … are as follows:", the table, "9. …"), which the generic extractor may drop
    for their numbers: put back as the text's when the paragraphs around are consecutive."""
    return [table for table in root.iter("table")
            if (table.getprevious() is not None and table.getprevious().tag == "p"
                and _grid(table)
                and table.getnext() is not None and table.getnext().tag == "p"
                and not (table.tail or "").strip()
                and next(table.iter("table", "img", "iframe", "picture", "form"), table)
                is table and next(table.iterancestors("table"), None) is None)]


def _grid(table: Any) -> bool:
    """Whether *table* is a grid of data, two rows of two cells or more: not a picture's
    caption set in a one-cell table ("圖：…", "▲ … 사진=…")."""
    rows = [row for row in table.iter("tr") if len(row.findall("td") + row.findall("th")) >= 2]
    return len(rows) >= 2


def _table_boxes(root: Any) -> list[Any]:
    """Data tables set between two paragraphs in a box of their own (an embed's
    ``<div class="w-embed"><table>``), which the generic extractor drops with the page's
    embeds: the boxes. A table between two paragraphs it reads as text already."""
    out = []
    for table in root.iter("table"):
        box = table.getparent()
        if (box is not None and box.tag == "div" and len(box) == 1
                and not (box.text or "").strip() and not (table.tail or "").strip()
                and next(table.iter("table", "img", "iframe", "picture"), table) is table
                and next(table.iterancestors("table"), None) is None):
            out.append(box)
    return out


# A box the author sets in the text for a tip (Ghost's "kg-callout-card", a "pro-tip"):
# the author's words, which the generic extractor drops with the page's boxes (an <aside>
# stays chrome)
_CALLOUT_WORDS = frozenset({"callout", "tip", "protip"})
_A_LETTER = re.compile(r"[^\W\d_]")


def _callout(el: Any) -> bool:
    return el.tag == "div" and not _CALLOUT_WORDS.isdisjoint(attr_words(el))


def _gap_lines(el: Any) -> list[str]:
    """A heading's line, a callout's paragraphs, or a list's items ("- item"); none for a
    list of links or a gallery."""
    if el.tag == "table" or el.tag == "div" and len(el) == 1 and el[0].tag == "table":
        # (a table of links is a list of other pages)
        linked = sum(len(element_text(a)) for a in el.iter("a"))
        lines = paragraphs(el if el.tag == "table" else el[0], _skip)
        return [] if linked > MAX_GAP_LINK_SHARE * sum(map(len, lines)) else lines
    if el.tag == "div":
        # (not its emoji; an appeal or a promotion set as a callout is chrome)
        return strip_chrome([p for p in paragraphs(el, _skip) if _A_LETTER.search(p)])
    if el.tag not in ("ul", "ol"):
        text = element_text(el)
        return [text] if text else []
    if next(el.iter("img", "picture", "figure", "video", "iframe"), None) is not None:
        return []  # a gallery, its items captions
    items = [element_text(li, _skip) for li in el.iterchildren("li")]
    linked = sum(len(element_text(a)) for a in el.iter("a"))
    if linked > MAX_GAP_LINK_SHARE * sum(len(i) for i in items):
        return []
    return [f"- {item}" for item in items if item]


def _first_line(el: Any) -> str:
    """The line a heading or a list's first item gives in the extractor's text."""
    if el.tag in ("ul", "ol"):
        item = next(el.iterchildren("li"), None)
        return f"- {element_text(item)}" if item is not None else ""
    if el.tag == "table":
        return next(iter(paragraphs(el)), "")
    if el.tag == "div" and len(el) == 1 and el[0].tag == "table":
        return next(iter(paragraphs(el[0])), "")
    return element_text(el)


def with_dropped_blocks(root: Any, paras: list[str],
                        names: NamedElements | None = None) -> list[str]:
    """*paras* with the subheadings, lists and callouts the generic extractor dropped put
    back: a run of them whose paragraphs before and after are consecutive paragraphs of the
    text (a section's heading, a list of conditions between two of its paragraphs, a tip),
    which trafilatura leaves out on some layouts. Runs it kept, and chrome, stay as they
    are. *names*: the page's :class:`~newscrawler.extract.named.NamedElements`, when the
    caller has them."""
    index = {p: i for i, p in enumerate(paras)}
    # (runs the extractor kept, most of them, are told by their first line as printed:
    # the comparison keys of the text's lines are made only for the others)
    gaps = [run for run in _gaps(root, names)
            if not any(_first_line(el) in index for el in run)]
    openings = _opening_lists(root)
    introduced = _introduced_lists(root)
    headings = _section_headings(root)
    if not gaps and not openings and not introduced and not headings:
        return paras
    keyed: dict[str, int] = {}

    def where(text: str) -> int | None:
        # the line as printed, else its comparison key (the keys of every line are made
        # once, and only when a line is not found as printed)
        found = index.get(text)
        if found is None:
            if not keyed:
                keyed.update((k, i) for i, k in enumerate(map(text_key, paras)) if k)
            found = keyed.get(text_key(text)) if text else None
        return found

    inserts = []
    for run in gaps:
        before = run[0].getprevious()
        if before.tag == "table":  # (its last row is its last line in the text)
            before = next((row for row in reversed(before.findall(".//tr"))), before)
        elif before.tag == "blockquote":  # (... and a quotation's, its last paragraph)
            before = next((q for q in reversed(before.findall(".//p"))), before)
        i = where(_edge_line(before, last=True))
        after = _next_block(run[-1])
        if after.tag == "table":  # (its caption, or its first row, is its first line)
            after = next(after.iter("caption", "tr"), after)
        if i is None or where(_edge_line(after, last=False)) != i + 1:
            continue
        found = [line for el in run if not _skip(el) for line in _gap_lines(el)]
        if found and all(where(line) is None and where(line.removeprefix("- ")) is None
                         for line in found):
            inserts.append((i + 1, found))
    for el in openings:
        i = where(element_text(_next_block(el)))
        found = _gap_lines(el) if i is not None and not _skip(el) else []
        if (found and len(found) <= MAX_ITEMS
                and all(len(_WORDS.findall(line)) >= MIN_HIGHLIGHT_WORDS for line in found)
                and all(where(line) is None and where(line.removeprefix("- ")) is None
                        for line in found)):
            inserts.append((i, found))
    for el in introduced:
        i = where(element_text(el.getprevious()))
        found = _gap_lines(el) if i is not None and not _skip(el) else []
        if found and all(where(line) is None and where(line.removeprefix("- ")) is None
                         for line in found):
            inserts.append((i + 1, found))
    # (a heading a run above puts back already is not put back twice)
    putting = {line for _, found in inserts for line in found}
    # (the headings over a paragraph of the text)
    over_text = {el for el, first in headings if first in index}
    for el, first in headings:
        # (the paragraph as printed: most headings sit over chrome, and the comparison keys
        # of every line, made for one of them, cost a page more than the lookups)
        i = index.get(first)
        over = _next_block(el)
        if over is not None and over.tag in ("ul", "ol", "table"):
            # (a heading over a list or a table is the text's when a heading of its rank
            # beside it is: a page's "Metryka" over its record's table, after the text, is
            # not)
            if not any(h.tag == el.tag and (element_text(h) in index or h in over_text)
                       for h in el.itersiblings(preceding=True)):
                continue
            if i is None and not first.startswith("- "):
                i = where(first)  # (a table's row is printed with its cells' bars)
        line = element_text(el)
        # (between two paragraphs of the text: after a box's heading, or the text's end,
        # the line before is a heading or a name, no sentence and no list's item)
        if (i and line and line not in putting and _in_text(paras[i - 1])
                and where(line) is None and not _skip(el)):
            inserts.append((i, [line]))
        elif (i == 0 and line and line not in putting and where(line) is None
              and not _skip(el) and _first_of_sections(el, over_text)):
            # ... or over the text's first paragraph, the first of its sections' headings
            inserts.append((0, [line]))
    for i, found in sorted(inserts, reverse=True):
        paras = paras[:i] + found + paras[i:]
    return paras


_ALL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _first_of_sections(el: Any, over_text: set[Any]) -> bool:
    """*el*, a heading over the text's first paragraph, opens the first of its sections: a
    heading of its rank after it in its box heads another of the text's paragraphs, and no
    heading before it in the box (a standfirst set as a heading under the headline is
    not the text's: "A long day for the top seed" over a report's first paragraph, "Melnyk
    keeps climbing" further on)."""
    return (any(h.tag == el.tag and h in over_text for h in el.itersiblings())
            and not any(h.tag in _ALL_HEADINGS for h in el.itersiblings(preceding=True)))


def _introduced_lists(root: Any) -> list[Any]:
    """Lists that close their box right after the paragraph that announces them ("the
    following measures are in force:"): the items the paragraph's colon promises, which
    the generic extractor drops on some layouts (a live blog's entry, a box of its own)."""
    out = []
    for el in root.iter("ul", "ol"):
        before = el.getprevious()
        if (el.getnext() is None and before is not None and before.tag == "p"
                and not (before.tail or "").strip()
                and element_text(before).rstrip().endswith((":", "："))):
            out.append(el)
    return out


def _section_headings(root: Any) -> list[tuple[Any, str]]:
    """Subheadings over a paragraph, each with the text of that paragraph: the paragraph
    right after it, or the first of the box right after it (a live blog's entries, each a
    heading over a box of its own). Put back where that paragraph is in the text and is
    not its first: a heading inside the text is the text's."""
    out = []
    for el in root.iter("h2", "h3", "h4"):
        after = _next_block(el)
        if after is not None and after.tag == "div":
            after = next(after.iter("p"), None)
        if after is not None and after.tag == "p":
            first = element_text(after)
            # (under a contact's or an office's heading, after the text's end, is a name)
            if _is_sentence(first):
                out.append((el, first))
        elif after is not None and after.tag in ("ul", "ol", "table") and not (
                el.tail or "").strip():
            # ... or over a list or a table the text holds ("必要書類" over the documents'
            # list, "補助対象設備と補助額" over its table, between two of the text's lists):
            # its first line as the text prints it
            first = _first_line(after)
            if first:
                out.append((el, first))
    return out


#: Shortest paragraph that opens a section under its heading.
MIN_SECTION_OPENING = 40


def _is_sentence(line: str) -> bool:
    """*line* is a sentence of prose, or one that opens a list with a colon."""
    end = line.rstrip()[-1:]
    return len(line) >= MIN_SECTION_OPENING and (end in SENTENCE_ENDS or end in ":：")


def _in_text(line: str) -> bool:
    """*line* is a sentence of the text or an item of its list, not a heading or a name."""
    return line.startswith("- ") or _is_sentence(line)


#: Words of each item of a list that opens a text (its highlights are sentences; a list of
#: the author, the date and the reading time is the text's meta line).
MIN_HIGHLIGHT_WORDS = 8
_WORDS = re.compile(r"[^\W\d_]+")


def _opening_lists(root: Any) -> list[Any]:
    """Lists that open their box, a paragraph right after them: the highlights a release
    prints above its first paragraph, inside the text's box ("<div class='cuerpo'><ul>
    <li>El 38 % de las solicitudes …</li></ul><p>La Consejería …"). The generic extractor
    drops them on some layouts."""
    out = []
    for el in root.iter("ul", "ol"):
        parent = el.getparent()
        if (el.getprevious() is None and parent is not None
                and not (parent.text or "").strip()):
            after = _next_block(el)
            # (a list of lists is a page's notes or a menu: "Updates" over its dated items)
            if (after is not None and after.tag == "p"
                    and next(el.iterdescendants("ul", "ol"), None) is None):
                out.append(el)
    return out


def _ending(root: Any, *tags: str) -> list[Any]:
    """The elements of *tags* in ``<body>`` that end their parent and follow another element
    there, in page order: the only places a closing list or sentence can be. (lxml's walk
    over those tags: a search of the text for the last paragraph cost 0.8 ms a page, an
    XPath over every element a third of that.)"""
    top = root.getroottree().getroot()
    if top.tag != "html":
        return []
    return [el for body in top.iterchildren("body") for el in body.iter(*tags)
            if el.getnext() is None and el.getprevious() is not None]

#: Longest item of a list that closes a text: names, titles, links, not paragraphs.
MAX_ITEM_CHARS = 150
#: A list that closes a text is short (a handful of names or links); a longer one after
#: the last paragraph is a table of contents, a directory or a related list.
MAX_ITEMS = 6


#: Longest closing paragraph the generic extractor drops for its links: trafilatura takes a
#: text's last paragraph under 60 characters with two links or more, all short, for a link
#: box ("市民可瀏覽中心的<a>流感專題網頁</a>及每周出版的《<a>流感速遞</a>》，以獲取更多資訊。").
MAX_CLOSING_SENTENCE = 60


def closing_sentence(root: Any, paras: list[str]) -> list[str]:
    """The sentence that closes the text, when the generic extractor dropped it for its
    links: the ``<p>`` right after the element of the last paragraph, the last element of
    the same parent, a sentence of at most :data:`MAX_CLOSING_SENTENCE` characters that is
    mostly not link text."""
    key = text_key(paras[-1]) if paras else ""
    if not key:
        return []
    for p in _ending(root, "p"):
        if p.find("a") is None:
            continue
        before = p.getprevious()
        if _skip(p) or (before.tail or "").strip() or text_key(element_text(before)) != key:
            continue
        text = " ".join(paragraphs(p, _skip))
        linked = sum(len(element_text(a)) for a in p.iter("a"))
        if (2 <= len(text) <= MAX_CLOSING_SENTENCE and text[-1] in SENTENCE_ENDS
                and 2 * linked < len(text) and not (p.tail or "").strip()):
            return [text]
    return []


def closing_list(root: Any, paras: list[str]) -> list[str]:
    """The list that closes the text, when the generic extractor dropped it: the items of
    a ``<ul>``/``<ol>`` that directly follows the element of the last paragraph, inside
    the same parent, with nothing after it there ("Take a look at their videos." then the
    list of them). Link lists are what generic extractors drop, and what a related list
    also is; a list in the text's own parent, with no heading between, is the text's.
    """
    key = text_key(paras[-1])
    if not key:
        return []
    for lst in _ending(root, "ul", "ol"):
        if _skip(lst) or text_key(element_text(lst.getprevious())) != key:
            continue
        if lst.getprevious().tail and lst.getprevious().tail.strip():
            continue  # text between the paragraph and the list
        items = [element_text(li, _skip) for li in lst.iterchildren("li")]
        items = [i for i in items if i]
        if not items or len(items) > MAX_ITEMS or any(len(i) > MAX_ITEM_CHARS for i in items):
            return []
        if lst.tail and lst.tail.strip():
            return []  # more text follows the list: it is not where the text ends
        if _files_only(lst):
            # (the release's files, "Nota de prensa (PDF)" under "Descargar:": the page's
            # attachments, which the generic extractor was right to leave out)
            return []
        return items
    return []


def closing_section(root: Any, paras: list[str]) -> list[str]:
    """The section that closes the text, when the generic extractor dropped it: a heading
    right after the element of the last paragraph, in the same parent, over a list of at
    most :data:`MAX_ITEMS` short items without a link ("注意事項" over the conditions, before
    the page's "関連ファイル"). A related list under its heading is one of links."""
    key = text_key(paras[-1]) if paras else ""
    if not key:
        return []
    for head in root.iter("h2", "h3", "h4"):
        before, lst = head.getprevious(), head.getnext()
        if (before is None or lst is None or lst.tag not in ("ul", "ol") or before.tag != "p"
                or (before.tail or "").strip() or (head.tail or "").strip()
                or _skip(head) or _skip(lst) or text_key(element_text(before)) != key):
            continue
        items = [element_text(li, _skip) for li in lst.iterchildren("li")]
        items = [i for i in items if i]
        line = element_text(head)
        if (not line or not items or len(items) > MAX_ITEMS or lst.find(".//a") is not None
                or any(len(i) > MAX_ITEM_CHARS for i in items)):
            return []
        return [line, *(f"- {i}" for i in items)]
    return []


# an address of a document file: its extension closes the path
_FILE_ADDRESS = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rar|7z|hwpx?|wps|ofd)"
                           r"(?:[?#].*)?$", re.IGNORECASE)


def _files_only(lst: Any) -> bool:
    """Whether every item of *lst* is one link, to a document file."""
    for li in lst.iterchildren("li"):
        links = li.findall(".//a")
        if len(links) != 1 or not _FILE_ADDRESS.search(links[0].get("href") or ""):
            return False
    return True

"""Tables that lay the page out, read as the blocks they are.

Older portals (and many county-level Chinese sites still) build the whole page as a table:
a row for the banner, a row with the menu cell and the article cell, a row for the footer.
trafilatura, asked to keep tables, prints such a table as one: every cell of every row joined
with ``|``, the menu and the footer inside the text. A table that holds the headline, another
table, paragraphs of running text, or nothing but links is a layout, not data: its rows and
cells become blocks, and the extractors see an article cell beside a menu cell. Data tables
(a statistics table, a procurement notice's results, one short paragraph per cell, anything
with header cells or a caption) keep their tags.

A list of other pages (each row or item one link with its date and nothing else) is never
the text either: as a table it is laid out like a menu, as a list it is removed.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .dates import find_dates
from .reveal import drop_elements
from .text import width as printed_width

__all__ = ["drop_contents_lists", "drop_dated_link_lists", "drop_taxonomy_lists",
           "unwrap_layout_tables"]

#: A cell with this many characters of paragraphs (CJK counted twice) is running text, not
#: a table value.
MIN_TEXT_CHARS = 200
#: ... in at least this many paragraphs (a data cell holds one value, a Word table's cell
#: one paragraph). Lines broken by ``<br>`` do not count: forums print each post as a
#: table of them, and trafilatura finds the post by that table (unwrapped, it read the
#: whole page on two forum pages of cwce-dev).
MIN_PARAGRAPHS = 2

#: A table of at least this many rows whose one cell holds this share of its text is one
#: post laid out with its labels (a board's view page), however it marks its header cells.
MIN_BOARD_ROWS, POST_SHARE = 3, 0.6

#: A table of at least this many links, which make this share of its text, is a menu or a
#: list of other pages (a data table has values beside its links: dates, numbers).
MIN_LINKS, LINK_SHARE = 3, 0.9

#: A cell of a list of links that holds nothing but a date: numbers and their separators
#: (``2024/03/29``, ``[10-03]``, ``2024年3月29日``), or a date in words of this length at most.
_DATE_ONLY = re.compile(r"[\s\d/.\-:年月日()（）\[\]【】]*\d[\s\d/.\-:年月日()（）\[\]【】]*")
MAX_DATE_CHARS = 30
#: ... beside which this many characters may stand ("Mon", "（月）"), separators aside.
MAX_DATE_EXTRA = 3
#: What sets a menu's links apart: not text beside them.
_SEPARATORS = re.compile(r"[\s|｜·•/>»«,，、:：-]+")

# candidates: a table with a headline, a table or a cell of paragraphs or lines in it, or of
# one column (tried by libxml2 on each table lxml's walk finds: most pages have none, and an
# XPath over every element cost more than the test)
_CANDIDATE = etree.XPath("boolean(.//h1 or .//table or .//td[.//p[2] or .//br[2]]"
                         " or count(.//a) >= 3"
                         # or one cell a row, in three rows or more
                         " or (tr[3] or tbody/tr[3]) and not(.//tr[count(td|th) > 1]))")
# what marks a table as data (as Mozilla's Readability judges tables): its own header
# cells, a caption, a summary, a grid role (a data table nested in a layout cell does not
# make the layout data)
_DATA = etree.XPath("boolean(@role='grid' or @role='table' or caption"
                    " or thead or tfoot or colgroup or tr/th or tbody/tr/th)")
# ... but a summary that says the table lays the page out (accessibility guidelines of the
# 2000s had layout tables say so: summary="layout", "Layout-Tabelle") marks no data
_LAYOUT_SUMMARY = re.compile(r"layout|presentation|design|formatting|mise en page"
                             r"|gestaltung|maquetaci|布局|排版", re.I)
_LENGTH = etree.XPath("string-length(normalize-space(.))")
_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "caption"})


def _lays_out(table: Any, cells: dict[Any, int]) -> bool:
    """A table is layout when it lays out one post with its labels (:func:`_holds_text`,
    header cells or not), or, unless it is marked as data (header cells, a caption), when
    it holds another table or the page's headline (``h1``), is all links (a menu, a list of
    other pages), or has a cell of running text in paragraphs."""
    if _holds_text(table, cells) or _one_column_of_text(table) or _text_under_headline(table):
        return True
    summary = table.get("summary")
    if _DATA(table) or summary is not None and not _LAYOUT_SUMMARY.search(summary):
        return False
    if table.find(".//table") is not None or table.find(".//h1") is not None:
        return True
    links = list(table.iter("a"))
    if len(links) >= MIN_LINKS:
        linked = sum(len(" ".join("".join(a.itertext()).split())) for a in links)
        length = _LENGTH(table)
        if linked >= LINK_SHARE * length:
            return True  # a menu or a list of other pages set in a table
        if linked >= LINK_SHARE / 2 * length and _bare(links) >= LINK_SHARE * _bare([table]):
            return True  # ... its links set apart by "|" or "·"
        if _dated_links(table):
            return True  # a list of other pages with their dates ("latest news")
    return any(_paragraphs_of_text(cell) for cell in table.iter("td")) or _menu_beside_text(table)


#: A menu cell lists at least this many links; the cell beside it holds this many characters
#: of text outside links (CJK counted twice).
MIN_MENU_LINKS, MIN_BESIDE_TEXT = 5, 2 * MIN_TEXT_CHARS


def _menu_beside_text(table: Any) -> bool:
    """A row of a menu's cell (a list of :data:`MIN_MENU_LINKS` links or more) beside a cell
    of running text, in lines or paragraphs (:data:`MIN_BESIDE_TEXT`): an old page's
    columns, the navigation beside the article, however the article breaks its lines (a
    forum's user cell lists a link or two, a data table no menu)."""
    for row in table.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        menu = any(sum(1 for li in lst.iter("li") if li.find(".//a") is not None)
                   >= MIN_MENU_LINKS for c in cells for lst in c.iter("ul", "ol"))
        if menu and any(_width(c) - sum(_width(a) for a in c.iter("a")) >= MIN_BESIDE_TEXT
                        for c in cells):
            return True
    return False


def _paragraphs_of_text(cell: Any) -> bool:
    """A cell with running text in paragraphs (:data:`MIN_PARAGRAPHS`,
    :data:`MIN_TEXT_CHARS`), not a table value."""
    paras = list(cell.iter("p"))
    return len(paras) >= MIN_PARAGRAPHS and sum(_width(p) for p in paras) >= MIN_TEXT_CHARS


def _bare(elements: list[Any]) -> int:
    """The length of the elements' text without spaces and separators."""
    return sum(len(_SEPARATORS.sub("", "".join(el.itertext()))) for el in elements)


def _beside_link(el: Any) -> str | None:
    """The text of *el* beside its one link (spaces normalized), or ``None`` when it has
    no link or several."""
    links = [a for a in el.iter("a") if "".join(a.itertext()).strip()]
    if len(links) != 1:
        return None
    text = "".join(el.itertext()).replace("".join(links[0].itertext()), " ")
    return " ".join(text.split())


def _is_date(text: str) -> bool:
    """*text* is a date and nothing else (a weekday's short name or sign aside, a list's
    bullet before it)."""
    text = text.lstrip("•·▪◦»›*- ")
    if _DATE_ONLY.fullmatch(text):
        return True
    if len(text) > MAX_DATE_CHARS:
        return False
    stamps = find_dates(text)
    if not stamps:
        return False
    left = text[:stamps[0].start] + text[stamps[0].end:]
    return len(_SEPARATORS.sub("", left).strip("()（）[]【】.")) <= MAX_DATE_EXTRA


# A feed's item: the source's name and a short stamp beside the link ("凤凰网文化 10-08 18:20",
# "Reuters · 10/08 14:05"), the year left out
# (not with a dot between: "4.58 out of 5 stars" is a rating)
_SHORT_STAMP = re.compile(r"(?<![\d.])(?:\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日)"
                          r"(?:\s*\d{1,2}:\d{2})?(?![\d.])")
#: Longest source name beside such a stamp.
MAX_FEED_SOURCE = 12


def _is_feed_stamp(text: str) -> bool:
    """*text* is a short stamp (month and day, with a time or not) and a source's name of at
    most :data:`MAX_FEED_SOURCE` characters before or after it, or a date and such a name."""
    if len(text) > MAX_DATE_CHARS:
        return False
    stamp = _SHORT_STAMP.search(text)
    if stamp is None:
        found = find_dates(text)
        if not found:
            return False
        start, end = found[0].start, found[0].end
    else:
        start, end = stamp.span()
    before, after = (_SEPARATORS.sub("", part) for part in (text[:start], text[end:]))
    # (the name on one side of the stamp: words on both are a sentence's, "On March 1, 2024
    # the council met")
    return bool(before) != bool(after) and len(before + after) <= MAX_FEED_SOURCE


def _dated_links(table: Any) -> bool:
    """Rows of one link each with nothing beside it but a date, a heading row at most
    without: a list of other pages, however much of its text the dates make."""
    rows = [el for el in _own_parts(table) if el.tag == "tr"]
    dated = 0
    for row in rows:
        if not any("".join(a.itertext()).strip() for a in row.iter("a")):
            continue  # a heading row
        rest = _beside_link(row)
        if rest is None or rest and not _is_date(rest):
            return False
        dated += bool(rest)
    return dated >= MIN_LINKS and dated >= len(rows) - 1


#: Longest cell beside a board list's link and date: the row's number, the office, the views.
MAX_BOARD_CELL = 20
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _board_list(table: Any) -> bool:
    """A board's list of posts under the one shown (``| 8216 | <a>제목</a> | 일자리투자과 |
    2010-08-24 | 312 |``): rows of one link each, a date in a cell beside it, and nothing
    else but short cells (three such rows or more; rows without a link are headings)."""
    rows = 0
    for row in (el for el in _own_parts(table) if el.tag == "tr"):
        links = [a for a in row.iter("a") if "".join(a.itertext()).strip()]
        if not links:
            continue
        if len(links) > 1:
            return False
        others = [" ".join("".join(c.itertext()).split()) for c in row
                  if c.tag in ("td", "th") and links[0] not in c.iter("a")]
        # (a date with its year: a score or a size, "9.6", reads as a day without one)
        dates = [t for t in others if _YEAR.search(t) and _is_date(t)]
        if not dates or any(len(t) > MAX_BOARD_CELL for t in others if t not in dates):
            return False
        rows += 1
    return rows >= MIN_LINKS


def drop_dated_link_lists(root: Any, into: list[Any] | None = None) -> int:
    """Remove, in place, every list under *root* whose items (three or more) are each one
    link with a date beside it and nothing else (or a feed's source and a stamp without
    the year, :func:`_is_feed_stamp`), and every run of such paragraphs: a list
    of other pages ("the office's latest releases: 6月3日 …"), never the text; return how
    many lists and paragraphs went (and add them to *into*, when given). The generic
    extractor keeps such a list where its dates make the link share look like text.

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>Text.</p><ul>" + "".join(
    ...     f"<li>2024-06-0{i} <a href='/{i}'>Release {i}</a></li>" for i in range(1, 4))
    ...     + "</ul></div>")
    >>> drop_dated_link_lists(root), [el.tag for el in root.iter()]
    (1, ['div', 'p'])
    """
    gone = []
    for found in root.iter("ul", "ol"):
        items = [el for el in found if el.tag == "li"]
        if len(items) >= MIN_LINKS and all(
                (rest := _beside_link(item)) and (_is_date(rest) or _is_feed_stamp(rest))
                for item in items):
            gone.append(found)
    # ... or a board's list of posts set as a table, data or not
    gone += [t for t in root.iter("table") if _board_list(t)]
    # ... or set as paragraphs in a row, a date and a link each ("<p><span>28/02/2012</span>
    # <br><a>Trustee vacancy</a></p>" under a sidebar's "Latest news")
    run: list[Any] = []
    for p in root.iter("p"):
        if p.find("a") is None or not ((rest := _beside_link(p)) and _is_date(rest)):
            continue
        if run and p.getprevious() is not run[-1]:
            gone += run if len(run) >= MIN_LINKS else []
            run = []
        run.append(p)
    gone += run if len(run) >= MIN_LINKS else []
    drop_elements(gone)  # (the text after each list stays)
    if into is not None:
        into.extend(gone)
    return len(gone)


#: A table of contents has at least this many entries, and a heading of at most this many
#: characters.
MIN_CONTENTS, MAX_CONTENTS_HEADING = 3, 40
_LENGTH = etree.XPath("string-length(normalize-space(.))")


def drop_contents_lists(root: Any) -> int:
    """Remove, in place, every list whose text is all links to places on the page itself
    (``<li><a href="#when">When should you send one?</a></li>``, three or more): a table of
    contents, whose entries the text repeats as its headings; return how many went.

    >>> from lxml import html
    >>> root = html.fromstring("<html><body><div><ul>" + "".join(
    ...     f"<li><a href='#s{i}'>Step {i}</a></li>" for i in range(1, 4)) + "</ul></div>"
    ...     "<h2 id='s1'>Step 1</h2><p>Text.</p></body></html>")
    >>> drop_contents_lists(root), [el.tag for el in root.iter()]
    (1, ['html', 'body', 'h2', 'p'])
    """
    gone = []
    for found in root.iter("ul", "ol"):
        if any(g in found.iterancestors() for g in gone):
            continue
        links = list(found.iter("a"))
        hrefs = [(a.get("href") or "").strip() for a in links]
        if len(links) < MIN_CONTENTS or not all(h[:1] == "#" and len(h) > 1 for h in hrefs):
            continue
        # (every word is a link's: an entry with a summary beside it is more than contents)
        size = _LENGTH(found)
        if size > sum(_LENGTH(a) for a in links) + 2 * len(links):
            continue
        # ... with its heading: the widest box around it with a line more at most
        # ("Table of contents [hide]", "Jump to:")
        box, up = found, found.getparent()
        while up is not None and up.tag not in ("body", "article", "main") and (
                _LENGTH(up) <= size + MAX_CONTENTS_HEADING):
            box, up = up, up.getparent()
        gone.append(box)
    drop_elements(gone)
    return len(gone)


#: A taxonomy archive's address: what a post's category and tag links lead to.
_TAXONOMY_HREF = re.compile(r"/(?:category|categories|tags?|topics?|kategorie|schlagwort|"
                            r"stichwort|taxonomy/term|etiqueta|categoria|rubrique)/[^/?#]+/?$",
                            re.IGNORECASE)


def drop_taxonomy_lists(root: Any) -> int:
    """Remove, in place, every list of two or more items that are each one link to a
    category or tag archive and nothing else (``<ul class="news-categories"><li><a
    href="/news/category/14">Roads and transport</a></li>…``): how the site files the
    post, printed under it, not its text; return how many went.

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>Text.</p><ul><li><a href='/tag/roads'>Roads</a></li>"
    ...                        "<li><a href='/tag/ferries'>Ferries</a></li></ul></div>")
    >>> drop_taxonomy_lists(root), [el.tag for el in root.iter()]
    (1, ['div', 'p'])
    """
    gone = []
    for found in root.iter("ul", "ol"):
        items = [el for el in found if isinstance(el.tag, str)]
        if len(items) < 2 or any(el.tag != "li" for el in items):
            continue
        links = list(found.iter("a"))
        if len(links) != len(items) or not all(
                _TAXONOMY_HREF.search((a.get("href") or "").strip()) for a in links):
            continue
        # (every word is a link's)
        if _LENGTH(found) > sum(_LENGTH(a) for a in links) + 2 * len(links):
            continue
        gone.append(found)
    drop_elements(gone)
    return len(gone)


def _one_column_of_text(table: Any) -> bool:
    """A table of one cell a row, several of them paragraphs of text: an e-mail bulletin's
    or an old page's column, not data (a data table has columns)."""
    rows = [el for el in _own_parts(table) if el.tag == "tr"]
    if len(rows) < MIN_BOARD_ROWS:
        return False
    cells = []
    for row in rows:
        own = [c for c in row if c.tag in ("td", "th")]
        if len(own) > 1:
            return False
        cells += own
    return sum(1 for c in cells if _width(c) >= MIN_TEXT_CHARS // 2) >= MIN_PARAGRAPHS + 1


def _text_under_headline(table: Any) -> bool:
    """A table of one cell right under the headline (an ``h1``), holding lines of running
    text: an old template's box of the article, its paragraphs set with ``<br>`` (a forum's
    post sits under other posts, not under the page's headline)."""
    prev = table.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or prev.tag != "h1":
        return False
    rows = [el for el in _own_parts(table) if el.tag == "tr"]
    cells = [c for c in rows[0] if c.tag in ("td", "th")] if len(rows) == 1 else []
    return len(cells) == 1 and len(cells[0].findall(".//br")) >= MIN_PARAGRAPHS and (
        _width(cells[0]) >= MIN_TEXT_CHARS)


def _holds_text(table: Any, cells: dict[Any, int]) -> bool:
    """A board's or a press office's view of one post: a few rows of labels (title,
    author, date, files: often header cells) around one cell that holds most of the text,
    in lines or paragraphs. Its labels are not data about the text; the post is the page's
    text. (A one- or two-row table of one long cell is left alone: forum posts and cells
    around a data table, which trafilatura reads better as tables.)

    *cells* keeps :func:`_post_width` of the cells seen: a cell of a nested layout is a
    cell of every table around it."""
    if len(table.findall(".//tr")) < MIN_BOARD_ROWS:
        return False
    total = None  # (measured once a cell could be the post: a page laid out in nested
    # tables has a hundred of them, and each one's text is most of the page)
    for cell in table.iter("td"):
        width = cells.get(cell)
        if width is None:
            width = cells[cell] = _post_width(cell)
        if not width:
            continue
        if total is None:
            total = _width(table)
        if width >= POST_SHARE * total:
            return True
    return False


def _post_width(cell: Any) -> int:
    """The :func:`_width` of a cell that could hold a post (lines of running text, no table
    in it but a small one: a release's box of its dates and office over its text), else
    0."""
    tables = _top_tables(cell)
    # (its lines anywhere in the cell: e-paper templates wrap the text in a box and a tag
    # of their own, <td><div id="ozoom"><founder-content><p>)
    lines = len(cell.findall(".//br")) + len(cell.findall(".//p"))
    lines -= sum(len(t.findall(".//br")) + len(t.findall(".//p")) for t in tables)
    if lines < MIN_PARAGRAPHS:
        return 0
    width = _width(cell)
    inner = sum(_width(t) for t in tables)
    if inner > MAX_INNER_SHARE * width:
        return 0  # (a layout nested in a layout: its own cells are judged)
    # (the box is the post's, and counts with it; its text does not make a post)
    return width if width - inner >= MIN_TEXT_CHARS else 0


#: A post's cell may hold a small table (its dates and office) of at most this share of its
#: text.
MAX_INNER_SHARE = 0.25


def _top_tables(el: Any) -> list[Any]:
    """The tables in *el* that no other table in it holds."""
    out, stack = [], list(el)
    while stack:
        node = stack.pop()
        if node.tag == "table":
            out.append(node)
        elif isinstance(node.tag, str):
            stack.extend(node)
    return out


def _width(el: Any) -> int:
    """The :func:`~newscrawler.extract.text.width` of *el*'s text, spaces normalized."""
    return printed_width(" ".join("".join(el.itertext()).split()))


def _own_parts(table: Any) -> list[Any]:
    """The rows and cells of *table* itself, not those of a table nested in a cell."""
    parts, stack = [], list(table)
    while stack:
        el = stack.pop()
        if el.tag == "table":
            continue  # judged by itself
        if el.tag in _PARTS:
            parts.append(el)
        stack.extend(el)
    return parts


def _text_cell(cell: Any) -> bool:
    """A cell that holds the page's running text: paragraphs of it, or the headline."""
    return cell.find(".//h1") is not None or _paragraphs_of_text(cell)


def _side_tables(layouts: list[Any]) -> list[Any]:
    """The tables in the cells beside the text's cell in a row of a layout: boxes of a
    side column (other stories with their dates, a poll, classifieds), never data of the
    text, which is in its own cell."""
    out = []
    for table in layouts:
        for row in (el for el in _own_parts(table) if el.tag == "tr"):
            own = [c for c in row if c.tag in ("td", "th")]
            if len(own) < 2 or not any(_text_cell(c) for c in own):
                continue
            for cell in own:
                if not _text_cell(cell):
                    out += cell.iter("table")
    return out


def unwrap_layout_tables(root: Any) -> int:
    """Rename, in place, every layout table under *root* and its rows and cells to ``div``
    (attributes kept); return how many tables were unwrapped. Nested tables are judged one
    by one: a data table inside a layout cell stays a table.

    >>> from lxml import html
    >>> root = html.fromstring("<table><tr><td><a href='/'>Menu</a></td>"
    ...                        "<td><h1>Headline</h1><p>Text</p></td></tr></table>")
    >>> unwrap_layout_tables(root), [el.tag for el in root.iter()][:4]
    (1, ['div', 'div', 'div', 'a'])
    """
    cells: dict[Any, int] = {}
    layouts = [t for t in root.iter("table") if _CANDIDATE(t) and _lays_out(t, cells)]
    layouts += [t for t in _side_tables(layouts) if t not in layouts]
    parts = [part for table in layouts for part in _own_parts(table)]
    for el in layouts + parts:
        el.tag = "div"
    return len(layouts)


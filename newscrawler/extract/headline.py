"""Where a page prints its headline: the visible ``<h1>`` elements, the emphasized line
above the main text, a labelled title field, the text as a browser renders it.

:mod:`~newscrawler.extract.title` decides the title from these and from what the page
declares (meta tags, ``<title>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .chrome import RELEASE_LINE, STAFF_CREDIT, is_list_heading
from .dates import find_dates
from .density import by_density
from .hiding import is_hidden, shown_at_width
from .named import NamedElements
from .sections import opens_section
from .sitename import SiteNames, leads_here, named_as_logo
from .text import (
    BLOCK_TAGS,
    CAMEL_CASE,
    CJK_CHARS,
    SKIP_TAGS,
    attr_words,
    clean_line,
    element_text,
    fold_hant,
    text_key,
    text_length,
)

__all__ = ["find_headline", "headline_like", "rendered_lines", "rendered_text"]

_JOIN = "\x01"
_ROOT_URL = re.compile(r"^(?:https?:)?//[^/?#]+/?(?:index\.\w+)?$")
_WIDE = "\u3000-\u303f\uff00-\uffef\u2018-\u201f"
_CJK_JOIN = re.compile(rf"(?<=[{CJK_CHARS}{_WIDE}]){_JOIN}+(?=[{CJK_CHARS}{_WIDE}])")


#: Longest headline printed in bold or big text; a heading, or an element named as a title,
#: may print a longer one (a release's or a notice's full subject, 100 to 200 characters).
MAX_BOLD_HEADLINE, MAX_HEADING_HEADLINE = 100, 200


def rendered_lines(el: Any) -> list[str]:
    """The text of *el* as a browser prints it, one string per block (``<br>``, ``<div>``
    ...); hidden parts left out. Text split over inline elements is joined with a space,
    except between two CJK characters ("全市<span>召开</span>" stays one word), inside a
    word (``<span>C</span>ycle``: a letter, then a lower-case letter) and before and after a
    subscript or a superscript (``CO<sub>2</sub>``)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in SKIP_TAGS and not is_hidden(child):
                # (a subscript or a superscript belongs to what it follows: "CO<sub>2</sub>"
                # prints CO2, "m<sup>2</sup>" m2)
                gap = "\n" if tag in BLOCK_TAGS else "" if tag in ("sub", "sup") else _JOIN
                parts.append(gap)
                walk(child)
                parts.append(gap)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = _CJK_JOIN.sub("", "".join(parts))
    text = _WORD_JOIN.sub(_glue, text).replace(_JOIN, " ")
    return [line for line in (clean_line(t) for t in text.split("\n")) if line]


# An inline element inside a word: a drop cap (``<span>C</span>ycle``), a highlighted
# syllable. A browser prints the word whole; a lower-case letter right after the element
# says the word goes on (an element that starts a word, ``<span>Exclusive</span>Headline``,
# is set apart by style, and keeps its space).
_WORD_JOIN = re.compile(rf"(?<=[^\W\d_]){_JOIN}+(?=[^\W\d_])")


def _glue(m: re.Match[str]) -> str:
    after = m.string[m.end()]
    return "" if after.islower() else m.group()


def rendered_text(el: Any) -> str:
    """:func:`rendered_lines` on one line."""
    return " ".join(rendered_lines(el))


def _in_logo_box(el: Any) -> bool:
    """*el*'s parent is named the logo's box ("<div class='logo'><img alt='法徽'><h1>深圳法院网
    </h1></div>") or the site's name's ("<div id='site_name'><h1>ศาลากลางจังหวัดกระบี่</h1>"):
    the h1 in it prints the site's name."""
    parent = el.getparent()
    # (not a box named the site's title: a theme's banner "<div class='site-title'>" holds
    # the page's own h1 as often)
    return parent is not None and bool(_LOGO_BOX.search(
        f"{parent.get('class') or ''} {parent.get('id') or ''}"))


_LOGO_BOX = re.compile(r"logo|site[-_]?name", re.IGNORECASE)


def h1_texts(root: Any, lines_of: dict[str, list[str]], limit: int = 6,
         page: tuple[str, ...] = (), banners: list[str] | None = None,
         leads: dict[str, str] | None = None) -> list[str]:
    """Texts of the visible ``<h1>`` elements that may hold the headline: not a logo (an h1
    around or inside a link to the home page, or to a front page above the *page* URLs: a
    blog's or a section's, ``/journal/`` over ``/journal/2006/03/post.html``; or named as
    the site's logo or name). *lines_of* receives the lines of the h1s printed on several
    lines, *banners* the texts of the h1s that link to a home or front page, *leads* the
    text after a short element that opens an h1 (a kicker, a place, a badge:
    ``<h1><span>Zima na horách</span><br>Lavina …</h1>``), by the h1's text."""
    out = []
    for el in root.iter("h1"):
        if is_hidden(el) and not shown_at_width(el) or any(
                is_hidden(p) or p.tag == "nav" for p in el.iterancestors()):
            continue  # (an h1 hidden on phones only, "hidden md:block", is the headline)
        lines = rendered_lines(el)
        text = " ".join(lines)
        if not text:
            continue
        links = [*el.iter("a"), *([el.getparent()] if el.getparent() is not None else [])]
        if any(_home_link(a) or page and _front_page_link(a, page) for a in links):
            if banners is not None:
                banners.append(text)
            continue
        if named_as_logo(el) or _in_logo_box(el):
            continue  # <h1 class="sitename">: the site's name set as the page's h1
        kicker = _kicker(el)
        if kicker is not None:
            # an element named as the kicker opens the h1 ("Verkehrsversuch in Düsseldorf"
            # over "Tempo 30 …"): the headline is what follows it
            lines = [line for line in lines if line != kicker] or lines
            text = " ".join(lines)
            if text.startswith(kicker + " "):
                text = text[len(kicker):].strip()
        out.append(text)
        lead = _lead(el)
        if leads is not None and lead and text.startswith(lead) and text[len(lead):].strip():
            leads[text] = text[len(lead):].strip()
        if len(lines) > 1:
            # a headline and a subtitle or date line in one h1: each line may agree
            lines_of[text] = lines
        if len(out) >= limit:
            break
    return out


_LEAD_TAGS = frozenset({"span", "small", "em", "strong", "b", "i", "mark", "div", "p"})
#: What a kicker's element is named: "park-article__kicker", "dachzeile", "topline",
#: "overhead".
_KICKER_NAME = re.compile(r"kicker|dachzeile|spitzmarke|topline|overline|overhead|roofline"
                          r"|eyebrow", re.IGNORECASE)


def _kicker(h1: Any) -> str | None:
    """The text of an element named as a kicker (:data:`_KICKER_NAME`) that opens *h1*,
    the headline in an element of its own after it (or the element after it marked up as
    the headline, ``itemprop="headline"``); else ``None``. (A kicker followed by the h1's
    own text, ``<span class="kicker">Update</span>Council passes …``, is set apart by style
    only: it is read with the rest.)"""
    first = h1[0] if len(h1) else None
    if first is None or first.tag not in _LEAD_TAGS or (h1.text or "").strip() or (
            first.tail or "").strip() or first.getnext() is None:
        return None
    if not _KICKER_NAME.search(f"{first.get('class') or ''} {first.get('id') or ''}") and (
            first.get("itemprop") == "headline"
            or first.getnext().get("itemprop") != "headline"):
        return None
    text = rendered_text(first)
    return text if text and rendered_text(h1) != text else None


def _lead(h1: Any) -> str | None:
    """The text of a short element (five words at most) that opens *h1*, text before it
    none."""
    first = h1[0] if len(h1) else None
    if first is None or first.tag not in _LEAD_TAGS or (h1.text or "").strip():
        return None
    text = rendered_text(first)
    return text if text and len(text.split()) <= 5 else None


def kicker_said_apart(kicker: str, rest: str, refs: Iterable[str]) -> bool:
    """True where a reference prints *kicker* and *rest* parted by a colon or a dash, the
    way a page prints them in elements of their own ("Verkehr in München: Stadtrat …")."""
    said = re.compile(re.escape(kicker) + r"\s*[:：–—-]\s*" + re.escape(rest))
    return any(said.search(clean_line(ref)) for ref in refs)


def after_kicker(el: Any, refs: Iterable[str]) -> str | None:
    """What heading *el* prints after the short element that opens it (a kicker in a span
    of its own, ``<h2><span>Klimaschutz im Moor</span><span>Die Bauern, …</span></h2>``)
    where a reference prints the two parted by a colon or a dash: the headline; else
    ``None``."""
    lead = _lead(el)
    text = rendered_text(el)
    if not lead or not text.startswith(lead):
        return None
    rest = text[len(lead):].strip()
    return rest if len(text_key(rest)) >= 8 and kicker_said_apart(lead, rest, refs) else None


def _home_link(el: Any) -> bool:
    """True for a link to a site's home page: a logo or site title, not a headline."""
    if el.tag != "a":
        return False
    href = (el.get("href") or "").strip()
    if "//" in href:
        return _ROOT_URL.match(href) is not None
    return href in ("/", "./", "../", "index.html", "index.htm", "/index.html")


def _front_page_link(el: Any, page: tuple[str, ...]) -> bool:
    """True for a link to a directory above the page's address on its host: the front
    page of the blog or section the page is in, whose name a banner prints."""
    if el.tag != "a" or not el.get("href"):
        return False
    for url in page:
        try:
            target = urlsplit(urljoin(url, el.get("href").strip()))
            own = urlsplit(url)
        except ValueError:  # (an address that is no address: "http://[x")
            continue
        if (target.netloc == own.netloc and target.path.endswith("/") and not target.query
                and own.path != target.path and own.path.startswith(target.path)
                # (an item's number with the page's slug after it is the item's short
                # address, /fa/news/1073215/ for /fa/news/1073215/<slug>: the page itself)
                and not _ITEM_NUMBER.search(target.path)):
            return True
    return False


#: A folder named by a number of five digits or more ending an address: an item's, not a
#: section's (years have their own folders, /2006/, and stay front pages).
_ITEM_NUMBER = re.compile(r"/\d{5,}/$")


def sub_heading_printing(root: Any, text: str, outside: Any = None) -> str | None:
    """The text of the first h2-h4 that prints *text* and nothing more (not inside the
    element *outside*)."""
    key = text_key(text)
    for el in root.iter(*_SUB_HEADINGS):
        shown = element_text(el)
        if text_key(shown) == key and (outside is None or outside not in el.iterancestors()):
            return shown
    return None


HEAD_TAGS = ("h1", "h2", "h3")
# Elements with a direct text node containing $n: the search runs in libxml2, which is
# ten times faster than visiting every element from Python.
_HAS_TEXT = etree.XPath("/html/body//*[text()[contains(., $n)]]")


def _needle(title: str) -> str:
    # split at spaces and at what XPath strings cannot hold (control characters, which a
    # page's &#27; decodes to): lxml refuses such a variable
    return max(NOT_IN_XPATH.split(title), key=len)[:12]


NOT_IN_XPATH = re.compile(r"[\s\x00-\x1f\ufffe\uffff\ud800-\udfff]+")


_EMPH_TAGS = frozenset({"strong", "b", "big"})
# An info line (author, source, date) is printed in bold as often as the headline
_INFO = re.compile(r"(?:作者|来源|发布|日期|时间|编辑|author|source|posted|date)\s*[:：]"
                   r"|^\s*\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]|\s*$)|\d{1,2}/\d{1,2}/\d{4}",
                   re.IGNORECASE)
# A line that opens with an info field's label: a contact's, an author's, a source's, a
# date's
_FIELD_LINE = re.compile(r"\s*(?:(?:media|press)\s+)?"
                         r"(?:contacts?|联系人|作者|来源|编辑|日期|author|source|date)\s*[:：]",
                         re.IGNORECASE)
# A class or id word (split at "-", "_" and spaces) that starts with a title's name or ends
# with "title". (One regex over the attributes: a test per word cost 30 ms on a page whose
# elements carry a dozen utility classes each.)
# (a word's end too: Joomla's "contentheading", "componentheading"; "pagetitle"; and the
# whole word "topic": a news board's "news_topic" cell)
_TITLE_ATTR = re.compile(r"(?:^|[-_\s])(?:tit|headline|heading|subject|bt|topic(?=$|[-_\s]))"
                         # (not a subtitle's or a subheading's box: "hwp_subtitle"; Drupal's
                         # "field--name-field-sub-title" is told apart by _names_title)
                         r"|(?<!sub)(?:title|heading)(?=$|[-_\s])"
                         # a news item's head: "head_news", "news-head"
                         r"|(?:^|[-_\s])(?:head[-_]?news|news[-_]?head)(?=$|[-_\s])"

                         # ... and "title" in Turkish ("haberBaslik")
                         r"|(?:^|[-_\s])(?:baslik|başlık)(?=$|[-_\s])")


def _names_title(words: str) -> bool:
    """*words* (an element's class and id) name a title: :data:`_TITLE_ATTR`, not after
    "sub" and a separator ("sub-title", "sub_heading": a subtitle's box). (Told apart here,
    not by lookbehinds in the pattern: they slowed every element's test by two fifths.)"""
    for m in _TITLE_ATTR.finditer(words):
        start = m.start() + (words[m.start()] in "-_ \t\n")
        if not words[max(0, start - 4):start].rstrip("-_").endswith("sub"):
            return True
    return False


_ITEM_HEAD_ATTR = re.compile(r"(?:^|[-_\s])(?:press|release|article|story|post|news)[-_]?"
                             r"(?:head|topic)(?=$|[-_\s])", re.IGNORECASE)
_HEAD_LINE_TAGS = frozenset({"p", "div", "span", "td", "font", "strong", "b"})


# An acronym's end before a capitalized word: "PR|Headline"
_ACRONYM_CAMEL = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")


def emphasized(el: Any) -> int:
    """2 for a heading or an element named as a title, 1 for bold or big text, else 0."""
    tag = el.tag
    if tag in ("h1", "h2", "h3", "h4"):
        return 2
    cls, ident = el.get("class"), el.get("id")
    # (camel-case names are words too: ASP.NET's "lblHeadline", a "NewsHeadline" class, an
    # acronym's "PRHeadline")
    if (cls or ident) and _names_title(_ACRONYM_CAMEL.sub(" ", CAMEL_CASE.sub(
            " ", f"{cls or ''} {ident or ''}")).lower()):
        return 2
    # ... or a line named as a release's or a story's head or topic ("<p class='press_head'>",
    # "<td class='newstopic'>"; a table so named is the release's header of fields)
    if cls and tag in _HEAD_LINE_TAGS and _ITEM_HEAD_ATTR.search(cls):
        return 2
    if tag in _EMPH_TAGS:
        return 1
    size = (el.get("size") or "").lstrip("+")
    if tag == "font" and size[:1] in ("3", "4", "5", "6", "7"):
        return 1
    # ... or large by its own style ("<font style='font-size:22px;font-weight:bold'>", an
    # old portal's headline)
    style = el.get("style")
    return 1 if style and _EMPHASIZING_STYLE.search(style) else 0


# A style that sets its text large: a font size of 18px or more (or 1.3em/rem and over);
# (bold alone is a side box's heading as often: "评论排行榜" over a blog's sidebar)
_EMPHASIZING_STYLE = re.compile(
    r"font-size\s*:\s*(?:(?:1[89]|[2-9]\d)(?:\.\d+)?px|(?:1\.[3-9]|[2-9](?:\.\d+)?)r?em)",
    re.IGNORECASE)


#: A text node this wide (CJK characters count twice, as they print) is running text: the
#: main text starts there.
LONG_TEXT = 40
NOT_CJK = re.compile(f"[^{CJK_CHARS}]+")
_RUNNING_MARK = re.compile(r"[.,;!?。，、；！？]")


def _long(text: str) -> bool:
    """Whether *text* is running text rather than a label or a headline: CJK text hard-wrapped
    at 30 to 39 characters a line (old forums and portals put a ``<br>`` after each) is as
    long as 60 to 78 Latin letters."""
    if not (len(text) >= LONG_TEXT or len(text) >= LONG_TEXT // 2
            and len(text) + len(NOT_CJK.sub("", text)) >= LONG_TEXT):
        return False
    # a name in a field ("Issued by : Department of Agriculture & Farmers Welfare") is as
    # wide, but running text has its punctuation, or runs on
    return len(text) >= 2 * LONG_TEXT or bool(_RUNNING_MARK.search(text))


#: Most characters of other text between the emphasized line and the main text.
MAX_TEXT_UNDER_HEADLINE = 300


def shown_headline(root: Any, sites: SiteNames, above: bool = True,
                    page: tuple[str, ...] = (), office: str = "") -> str | None:
    """The emphasized line just above the main text, or ``None``.

    Among the elements before the first long text (:func:`_long`) of the densest
    block (:func:`~newscrawler.extract.density.by_density`), the last one of the highest
    rank wins: a heading or an element whose class or id names a title, then bold, big
    or large-font text; above the block only when *above*. It must be 2 to 100
    characters, not a link nor in a link list,
    not an info line (author, source, date), and at most :data:`MAX_TEXT_UNDER_HEADLINE`
    characters of other text away from the main text. A line ending with *office* (its
    comparison key: the office ``<title>`` names before a kind of page) is passed over as
    the site's name is."""
    from .boxes import named_standfirst  # (boxes imports this module through lead)

    block = by_density(root)
    if block is None:
        return None
    inside = False
    best: Any = None
    best_rank = 0
    since = 0  # characters of text between the candidate and the main text
    field: Any = None  # the last info field's line (a contact's) seen in the block
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if el is block:
            inside = True
        own = (el.text or "").strip()
        rank = emphasized(el) if inside or above else 0
        if rank and rank >= best_rank and headline_like(el, page, rank) and not (
                _side_cell(el, block)) and not (
                # (a standfirst under the line, a heading named so, is the headline's own:
                # "<h2 class='titolo'>" over "<h3 class='sommario'>")
                best is not None and (el.get("class") or el.get("id"))
                and named_standfirst(attr_words(el, camel=True))):
            # (a line naming the site or the list is passed over, and so is what came before
            # it: the headline is under the list's name)
            best, best_rank, since = (None, 0, since) if _names_site(el, sites) or (
                office and text_key(rendered_text(el)).endswith(office)) else (el, rank, 0)
        elif inside and _FIELD_LINE.match(own):
            # (a release's contact line over its headline is a field, "Contact: Name, Title",
            # and so are its lines' ends, a telephone number and an address; a bold label
            # alone, "<td><strong>CONTACT:</strong> Name<br>605-…</td>", labels its cell's
            # lines)
            parent = el.getparent()
            field = parent if el.tag in _LABEL_TAGS and parent is not None \
                and parent is not block and not _long(own) else el
            since += len(own)
        elif inside and _long(own) and el.tag != "a" and not _within(el, field):
            break  # (a link's words are a list's, not the text's: a side column in the block)
        elif best is None or not (el.get("class") or el.get("id")) or not named_standfirst(
                attr_words(el, camel=True)):
            # (a standfirst under the line is the headline's own: "<td class='titularNoticia'>"
            # over "<td class='entradillaNoticia'>", the tools and the picture)
            since += len(own)
        tail = (el.tail or "").strip()
        if inside and el is not block and _long(tail) and not _within(el, field, True):
            break
        since += len(tail)
        if best is not None and since > MAX_TEXT_UNDER_HEADLINE:
            # (too far from the text ever to win: it no longer outranks a nearer line, a
            # site's banner in a cell named "header_title" over a release's bold headline)
            best, best_rank = None, 0
    if best is None or since > MAX_TEXT_UNDER_HEADLINE:
        return None
    best = _over_subtitle(best, page)
    for _ in range(3):  # (the byline's line under the deck under the headline)
        over = _over_smaller_line(best, page)
        if over is best:
            break
        best = over
    text = rendered_text(best)
    # the post's permalink beside its category's link: the permalink is the headline
    own = next((rendered_text(a) for a in best.iter("a") if self_link(a, page)), "")
    return own if len(own) >= 2 else text


def _within(el: Any, field: Any, tail: bool = False) -> bool:
    """Whether *el* (or, with *tail*, the text after it) is part of the info field's line
    *field*: the line itself or an element inside it, with the field's own tail outside."""
    if field is None:
        return False
    if el is field:
        return not tail
    return any(anc is field for anc in el.iterancestors())


# Inline elements a field's label is printed in, its line's other words beside it
_LABEL_TAGS = frozenset(("strong", "b", "span", "em", "label"))
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _over_subtitle(el: Any, page: tuple[str, ...]) -> Any:
    """The heading right before *el*, one level up, when *el* is its subtitle: a lower
    heading that reads as sentences ("<h2>Headline</h2><h3>The works will take 14 months.
    …</h3>"), under one that does not, or one named a subtitle; else *el*."""
    from .boxes import named_standfirst  # (boxes imports this module through lead)

    before = el.getprevious()
    if (el.tag not in _HEADINGS or before is None or before.tag not in _HEADINGS
            or before.tag >= el.tag or (before.tail or "").strip()):
        return el
    if (el.get("class") or el.get("id")) and named_standfirst(attr_words(el, camel=True)) \
            and headline_like(before, page, emphasized(before)):
        # (a heading named a subtitle, "<h4 class='subtitulo-boletin'>", under the headline)
        return before
    under, over = rendered_text(el), rendered_text(before)
    if (_SENTENCE_END.search(under) and not _SENTENCE_END.search(over)
            and len(under) > len(over) and headline_like(
            before, page, emphasized(before))):
        return before
    return el


#: Fewest words of a line in a larger font over the emphasized one for it to be the headline.
MIN_LARGER_LINE_WORDS = 3
# a space between two single letters: a word set letter-spaced ("A N N O U N C E M E N T")
_SPACED_LETTERS = re.compile(r"(?<=\b\w) (?=\w\b)")


def _font_size(el: Any) -> int:
    """The largest ``<font size>`` in or around *el* (its own block's), else 0."""
    sizes = [f.get("size") or "" for f in (*el.iterancestors("font"), *el.iter("font"))]
    return max((int(s) for s in (z.lstrip("+") for z in sizes) if s.isdigit()), default=0)


def _line_block(el: Any) -> Any | None:
    """The block that holds *el* as a line of its own: itself or its nearest ``<p>``,
    ``<div>`` or ``<td>``."""
    return next((a for a in (el, *el.iterancestors()) if a.tag in ("p", "div", "td")), None)


def _over_smaller_line(el: Any, page: tuple[str, ...]) -> Any:
    """The line right before *el*'s block when it is set in a larger font, emphasized too,
    and *el* in a smaller one: *el* is the deck under the headline (an old paper's
    ``<p><b><font size=5>Headline</font></b></p><p><b><font size=4>Deck …</font></b></p>``);
    else *el*."""
    size = _font_size(el)
    if not size:
        return el
    block = _line_block(el)
    before = block.getprevious() if block is not None else None
    if before is None or (block.text or "").strip() and block is not el or (
            before.tail or "").strip():
        return el
    over = _font_size(before)
    # (a kind's label in the larger font is no headline, "Α Ν Α Κ Ο Ι Ν Ω Σ Η" letter-spaced
    # over a release's bold headline: the larger line holds a few words at least)
    words = _SPACED_LETTERS.sub("", rendered_text(before)).split()
    if over > size and len(words) >= MIN_LARGER_LINE_WORDS and headline_like(before, page, 1) and (
            next(before.iter("b", "strong"), None) is not None or before.tag in _HEADINGS):
        return before
    return el


def deck_lines(head: Any) -> list[Any]:
    """The deck under a headline set in a font size (an old paper's ``<p><b><font size=5>
    Headline</font></b></p><p><b><font size=4>Opinion Says …</font></b></p>``): the next
    block, wholly bold, in a smaller font, of :data:`MIN_LARGER_LINE_WORDS` words or more;
    a standfirst, not the text. None for a headline in a heading or without a font size."""
    if head is None or head.tag in _HEADINGS:
        return []
    size = _font_size(head)
    block = _line_block(head)
    after = block.getnext() if block is not None and size else None
    if after is None or after.tag != block.tag or (block.tail or "").strip():
        return []
    text = rendered_text(after)
    bold = sum(len(rendered_text(b)) for b in after.iter("b", "strong")
               if not any(a.tag in ("b", "strong") for a in b.iterancestors() if a is not after))
    return [after] if (0 < _font_size(after) < size and bold >= len(text) > 0
                       and len(text.split()) >= MIN_LARGER_LINE_WORDS) else []


def in_side_column(root: Any, el: Any) -> bool:
    """Whether *el* sits in a table cell beside the one that holds the page's main text
    (:func:`_side_cell` of the densest block): an old page's side column."""
    block = by_density(root)
    return block is not None and _side_cell(el, block)


def _side_cell(el: Any, block: Any) -> bool:
    """Whether *el* sits in a table cell beside the one that holds the main text *block*,
    in the same row: an old page's side column (its menu's title cell "Pesquisa" over a
    search form), not the text's own column, where the headline is."""
    for cell in el.iterancestors("td", "th"):
        row = cell.getparent()
        if row is None or row.tag != "tr":
            continue
        if row is block:
            # (the densest block is the row itself: the text's cell is its widest)
            widest = max((c for c in row if c.tag in ("td", "th")),
                         key=lambda c: len(c.text_content()))
            return cell is not widest
        if any(anc is row for anc in block.iterancestors()) and cell is not block and not any(
                anc is cell for anc in block.iterancestors()):
            return True
    return False


def _names_site(el: Any, sites: SiteNames) -> bool:
    """Whether *el* prints the site's or a channel's name: the blog's name in bold at the
    top, a list's name in the h1 over a release's bold headline. It is passed over, so the
    line under it may still be the headline. (A link's text that leads to the page itself
    names the page: its entry in a list of the latest.)"""
    text = rendered_text(el)
    # (or the office's name its footer prints before its address: an h1 "Department of
    # Health & Human Services" over the release's bold headline)
    return sites.named(text) and (sites.declared(text) or not sites.links_here(text)) or (
        sites.addressed(text))


def headline_like(el: Any, page: tuple[str, ...] = (), rank: int = 1) -> bool:
    """2 to 100 characters (200 for a heading: *rank* 2), not a link or in a link list,
    mostly not link text. A link to the page itself (*page*: its address, canonical or
    og:url) is no link: blogs print the headline as the post's permalink."""
    if (el.tag == "a" and not self_link(el, page)) or is_hidden(el):
        return False
    above = list(el.iterancestors())
    if any(p.tag in ("nav", "li", "option") for p in above):
        return False  # (before the text is read: most candidates of a page fail here)
    text = rendered_text(el)
    # (a bold line that reads as one phrase, with no sentence's end, may be as long as a
    # heading's: an old release page's headline in <b><font size="3">, 107 characters)
    longest = MAX_HEADING_HEADLINE if rank > 1 or not _SENTENCE_MARK.search(text) \
        else MAX_BOLD_HEADLINE
    if not 2 <= len(text) <= longest or _INFO.search(fold_hant(text)) or opens_section(text):
        return False  # an info line, or the heading of the text's first section
    if text[-1] in ":：" or _date_line(text) or _label_cell(el, text) or _TRAIL.search(text) \
            or RELEASE_LINE.match(text) or STAFF_CREDIT.match(text) or is_list_heading(text):
        return False  # a field's label ("Ufficio responsabile:", "標　　題" in the cell
        # before its value), a date ("Dated : 21.06.2024"), a breadcrumb trail, a byline,
        # the heading of a list of files or links ("첨부파일" in a box named "file_tit")
    if any(p.tag == "a" and not self_link(p, page) for p in above):
        return False
    return sum(len(element_text(a)) for a in el.iter("a")
               if not self_link(a, page)) <= len(text) / 2


# The end of a sentence, where a bold line is a lead paragraph rather than a headline
_SENTENCE_MARK = re.compile(r"[.!?。！？](?:\s|$)")
# A breadcrumb trail: two steps or more ("News Room > Pages > NR11-087 West Nile")
_TRAIL = re.compile(r"\s[>›»＞]\s.*\s[>›»＞]\s")
# The label of a record's title field: a board's or a register's view prints the headline
# in the cell after it ("<td>제목</td><td>겨울철 수도관 동파 예방 대책 추진</td>")
_TITLE_LABEL = re.compile(r"^(?:제\s*목|标\s*题|標\s*題|件\s*名|題\s*名|主\s*[题題]|title|subject"
                          r"|betreff|titre|objet|asunto|t[ií]tulo|titolo|oggetto|onderwerp"
                          r"|konu|judul|perihal|tiêu đề)\s*[:：]?$", re.IGNORECASE)


def title_field(root: Any) -> str | None:
    """The value of the first field labelled as the title (a cell, or a ``<dt>``, whose
    text is the label; the next cell or ``<dd>`` holds the value), when it reads as a
    headline (2 to 200 characters)."""
    for label in root.iter("td", "th", "dt"):
        if not _TITLE_LABEL.match(" ".join(element_text(label).split())):
            continue
        value = label.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        if value is not None and value.tag == "th" and label.tag == "th":
            continue  # (a table's row of column heads, "S.No. | Title | Date": no field)
        if value is not None and value.tag in ("td", "th", "dd"):
            text = rendered_text(value)
            # (not a field of its own: the label's cell beside "Date : 04/03/2025", the
            # subject printed under the row)
            if 2 <= len(text) <= MAX_HEADING_HEADLINE and not _FIELD_LINE.match(text):
                return text
    return None


#: Longest label of a record's field table (spaces aside): "標　　題", "發布單位", "Subject".
MAX_LABEL_CHARS = 7


def _label_cell(el: Any, text: str) -> bool:
    """*el* is a short label in the cell before its value's (a board's or a record's
    field table: ``<td><b>內　　容</b></td><td>…``)."""
    if len("".join(text.split())) > MAX_LABEL_CHARS:
        return False
    cell = next((a for a in el.iterancestors("td", "th")), None) if el.tag not in (
        "td", "th") else el
    after = cell.getnext() if cell is not None else None
    return after is not None and after.tag in ("td", "th") and bool(element_text(after))


#: Characters beside a date that still make a line a date line ("Dated : ", "Mardi, ").
MAX_DATE_LABEL = 16


def _date_line(text: str) -> bool:
    """*text* is a date with at most a short label or weekday beside it."""
    stamp = next(iter(find_dates(text, limit=1)), None)
    return stamp is not None and len(text) - (stamp.end - stamp.start) <= MAX_DATE_LABEL


def self_link(a: Any, page: tuple[str, ...]) -> bool:
    return leads_here(a.get("href"), page)


_PRINTING_TAGS = ("h1", "h2", "h3", "h4", "td", "div", "span", "strong", "b", "p")


def printed_whole(root: Any, text: str) -> bool:
    """Whether an element prints *text* and nothing more (its comparison key)."""
    return printed_as(root, text) is not None


def printed_as(root: Any, text: str) -> str | None:
    """The text of the first element that prints *text* and nothing more (its comparison
    key: punctuation and spaces as the page prints them), or ``None``."""
    key = text_key(text)
    if not key:
        return None
    for el in root.iter(*_PRINTING_TAGS):
        # (libxml2's count of its text, spaces and all, bounds it)
        if len(text) <= text_length(el) <= 2 * len(text) + 200:
            shown = element_text(el)
            if text_key(shown) == key:
                return shown
    return None


_SUB_HEADINGS = ("h2", "h3", "h4")
QUOTES = re.compile("[\"']")


def _trails_ending_with(root: Any, found: str, names: NamedElements | None,
                        page: tuple[str, ...]) -> Iterator[tuple[Any, Any, str | None]]:
    """The breadcrumbs whose last link prints *found* and leads to another page: each with
    that link and the trail's text after it (the last step, when it is no link; ``None``
    when the trail's text does not print the link's)."""
    key = text_key(found)
    for box in (names or NamedElements(root)).search(("rumb",), body=True):
        links = [a for a in box.iter("a") if text_key(a.text_content())]
        if not links or text_key(links[-1].text_content()) != key or self_link(links[-1],
                                                                                  page):
            continue
        text, step = element_text(box), clean_line(links[-1].text_content())
        at = text.rfind(step)
        yield box, links[-1], text[at + len(step):].strip(" >›»/|:-–—") if at >= 0 else None


def crumb_headline(root: Any, found: str, names: NamedElements | None,
                    page: tuple[str, ...]) -> str | None:
    """The breadcrumb's last step, when *found* is the step before it, a link to another
    page, and a heading out of the trail prints the last step: the h1 and the references
    name the page's channel (a blog's name on each of its posts), the trail ends with the
    post, and the post's headline sits under the h1 (``<h1>Public Works Blog</h1>
    <h2>Spring Street Sweeping Starts April 1</h2>``)."""
    key = text_key(found)
    for box, _, rest in _trails_ending_with(root, found, names, page):
        last_key = text_key(rest or "")
        if rest is None or len(last_key) < 8 or last_key == key:
            continue
        shown = sub_heading_printing(root, rest, outside=box)
        if shown:
            return shown
    return None


def crumb_channel(root: Any, found: str, names: NamedElements | None,
                  page: tuple[str, ...]) -> bool:
    """Whether a breadcrumb ends with *found* as a link to another page: the trail stops at
    the channel the page sits in, and an h1 printing that step names the channel, not the
    item (``Home > Press announcements`` over ``<h1>Press announcements</h1>``, the
    release's headline printed in bold under it), in any language."""
    for _, link, rest in _trails_ending_with(root, found, names, page):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or link.get("aria-current"):
            # (a trail's last step as an anchor with no address, or marked as the current
            # page: the item itself, "Accueil > … > <a aria-current="page">Sécheresse …")
            continue
        if rest is not None and not text_key(rest):
            return True
    return False


def printed_anywhere(root: Any, text: str) -> bool:
    """Whether the page's body prints *text* (spaces and case aside)."""
    body = root.find("body")
    return body is not None and text_key(text) in text_key(element_text(body))


def find_headline(root: Any, title: str | None) -> Any | None:
    """The element that shows the headline on the page: the publication date, source
    and lead are printed next to it.

    Precedence: an ``<h1>``/``<h2>``/``<h3>`` whose text contains the title or most of
    it; then the first element whose text is the title or most of it (portals that print
    the headline in a ``<div class="title">`` or a table cell). Hidden elements and link
    lists (the headline repeated in a news list) are passed over.
    """
    if not title:
        return None
    key = text_key(title)
    if not key:
        return None
    for tag in HEAD_TAGS:
        for el in root.iter(tag):
            k = text_key(element_text(el))
            if k and (key in k or (k in key and 2 * len(k) >= len(key))) and _shown(el):
                return el
    # a needle without spaces: the page may break the title across lines or elements
    needle = _needle(title)
    for el in _HAS_TEXT(root, n=needle):
        if el.tag in ("title", "script", "style", "a", "option"):
            continue
        if not _shown(el):
            continue
        node = el
        for _ in range(3):  # the title may be split over inline children: climb a little
            k = text_key(element_text(node))
            if k == key or (k in key and 2 * len(k) >= len(key)):
                return node
            node = node.getparent()
            if node is None:
                break
    return None


def _shown(el: Any) -> bool:
    """Neither hidden nor part of a link list (the headline repeated in a news list)."""
    if el.tag == "a" or is_hidden(el):
        return False
    for parent in el.iterancestors():
        if parent.tag in ("a", "li", "nav", "option") or is_hidden(parent):
            return False
    return True

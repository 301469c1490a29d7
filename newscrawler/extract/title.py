"""Article title: the headline the page shows, reconciled with what it declares.

Sources: the guideline ``ArticleTitle`` meta, og:title / twitter:title, ``<title>``, the
``<h1>`` elements and, on pages whose ``<h1>`` and ``<title>`` name no article, the
emphasized line above the main text (where the page prints these:
:mod:`~newscrawler.extract.headline`). Site and channel names are recognized by what the
page itself says about them (:class:`~newscrawler.extract.sitename.SiteNames`), never by
a list of names.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Iterable
from difflib import SequenceMatcher
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .dates import find_dates
from .density import by_density
from .headline import (
    HEAD_TAGS,
    MAX_HEADING_HEADLINE,
    NOT_CJK,
    NOT_IN_XPATH,
    QUOTES,
    after_kicker,
    crumb_channel,
    crumb_headline,
    emphasized,
    find_headline,
    h1_texts,
    in_side_column,
    kicker_said_apart,
    printed_anywhere,
    printed_as,
    printed_whole,
    self_link,
    shown_headline,
    sub_heading_printing,
    title_field,
)
from .meta import PageMeta
from .named import NamedElements
from .sitename import HOME_LINKS, SiteNames
from .text import (
    BLOCK_TAGS,
    CJK_CHARS,
    IDEOGRAPH,
    clean_line,
    element_text,
    fold_hant,
    is_record_number,
    text_around,
    text_key,
    text_length,
)

__all__ = ["clean_title", "headline_going_on", "numbers_a_release", "pick_title",
           "strip_markup", "strip_site_suffix", "title_key"]

_CJK = CJK_CHARS
# Scripts written without spaces between words (Chinese, Japanese): there a space in a title
# is a boundary. Korean spaces its words, so a space in a Korean title is not one.
_UNSPACED = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
# Separators between a headline and the site name in <title>: "标题_浙江省人民政府",
# "标题＿山东新闻＿大众网" (a full-width low line),
# "Headline - Sichuan Provincial People's Government", "Headline | GOV.UK", "A – B",
# "A • Site", "제목 < 정치 < 기사본문 - 사이트", "站点 >> 栏目 >> 标题". Always a boundary: no
# headline prints them inside itself (when one does, the h1 agrees with the run of segments,
# see _runs). An underscore between two Latin letters or digits joins a name
# ("rustc_codegen_gcc: Progress Report #39").
# (a dash between two numbers is a range, "2024 - 2026", not a boundary)
_SEP_RX = re.compile(r"\s*(?:(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|[|｜丨／＿]|(?<!\d)\s[-–—~]\s"
                     r"|(?<=\d)\s[-–—~]\s(?!\d)|\s?--\s?"
                     r"|\s::\s|\s[»«•·<]\s|\s>>?\s)\s*")
_OPENING_QUOTES = "«「『„‹"
_CLOSING_QUOTES = "»」』›”"


class _Separators:
    """:data:`_SEP_RX`'s boundaries outside quotation marks: a dash inside a quoted name is
    the name's («Ανακυκλώνω – Αλλάζω Συσκευή 2024»), no boundary of the title's. Offers
    ``split``, ``findall`` and ``finditer`` as the pattern does."""

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = list(_SEP_RX.finditer(text))
        if not found or not any(c in text for c in _OPENING_QUOTES + "“"):
            return found
        depth, at, out = 0, 0, []
        for match in found:
            for c in text[at:match.start()]:
                if c in _OPENING_QUOTES or c == "“" and not depth:
                    depth += 1
                elif (c in _CLOSING_QUOTES or c == "“") and depth:
                    depth -= 1
            at = match.start()
            if not depth:
                out.append(match)
        return out

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self.finditer(text)]

    def split(self, text: str) -> list[str]:
        parts, at = [], 0
        for match in self.finditer(text):
            parts.append(text[at:match.start()])
            at = match.end()
        return [*parts, text[at:]]


_SEP = _Separators()
# Boundaries that headlines print too ("茉莉：我是", "2019-2020", "李简——新外科"): a part
# cut there must be shown to be a site or channel name first. "标题-某某财经",
# "标题 某某网", "【某某网】标题", "タイトル：サイト名", "世艺网>艺术教育".
_WEAK = re.compile(
    rf"\s*(?:(?<=[{_CJK}])[-－—]+|[-－—]+(?=[{_CJK}])|[:：>»]|[·・])\s*"
    # (a spaced slash before the office's name: "Neue Buslinie … / Landratsamt Traunstein")
    r"|\s/\s"
    # (an unspaced hyphen before a name of capitalized words: "…opens second
    # phase-Kaohsiung City Government", a .NET portal's <title>)
    r"|(?<=[a-z0-9])-(?=[A-Z][\w'’&.]*(?: [A-Z&][\w'’&.]*)+$|[A-Z][\w'’&.]*(?: [A-Z&][\w'’&.]*)*-)"
    rf"|(?<=[{_UNSPACED}\)）])\s+(?=[{_UNSPACED}\w])|(?<=[{_UNSPACED}\w])\s+(?=[{_UNSPACED}])")
_NEAR_CJK = re.compile(f"[{_CJK}]")
_BRACKETS = re.compile(r"^\s*[【〖\[［]([^】〗\]］]{1,30})[】〗\]］]\s*"
                       r"|\s*[【〖\[［]([^】〗\]］]{1,30})[】〗\]］]\s*$")
# A space between a number and the unit or counter after it is layout, not text ("2007 年"
# in a gov.cn <title>, "3 个", "100 万"), and so is one before a number set apart that way
# ("第 5 届"). Spaces between two phrases are the page's own separator and stay, also where
# the second starts with a number ("啤酒音樂節 6月駁二登場") or the first ends with one (a
# version, "8.0.50 正式版发布").
_UNIT = ("年月日号號时時分秒届屆期次个個名人位万萬亿億元件项項条條家所座台辆輛米里岁歲"
         "周週天倍度种種批例户戶")
_CJK_GAP = re.compile(rf"(?<=\d)\s+(?=[{_UNIT}])"
                      rf"|(?<=[\u3400-\u9fff])\s+(?=\d+\s+[{_UNIT}])")
# Escaped markup taken literally from a meta tag or <title>: "建设<div>——写在…</div>"
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
# Page numbers the CMS adds to the title of every page of an article: "(页 1)",
# "（第2页）", "- Page 2", "(Seite 2)"
_PAGE_MARK = re.compile(r"\s*[(（]\s*(?:第\s*\d+\s*页|页\s*\d+|page\s*\d+|seite\s*\d+)\s*[)）]"
                        r"|\s+[-–|]\s+(?:page|seite)\s+\d+\b", re.IGNORECASE)
# A host name as a title segment ("blog.example.com", "GOV.UK") names the site
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# What an h1 prints after the headline that is not part of it: a date or byline
_BYLINE = re.compile(r"^\s*(?:posted|published|updated|by|von|am|\d{1,4}[./年-])", re.I)
# CJK ideographs, for comparing headlines written without spaces
_WORD = re.compile(r"[^\W_]{2,}")


#: Headlines are compared by :func:`~newscrawler.extract.text.text_key`.
title_key = text_key


def strip_markup(text: str) -> str:
    """*text* without escaped HTML: entities decoded, tags removed (a block tag leaves a
    space)."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(lambda m: " " if m.group(1).lower() in BLOCK_TAGS else "", text)
    return text


def clean_title(text: str) -> str:
    """One line, no soft hyphens (U+00AD), no layout spaces between digits and Chinese
    text; spaces between two phrases kept (as one space); character references escaped
    twice (``&amp;#x26;`` in the page: ``&#x26;`` as text) read as what they stand for."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return _CJK_GAP.sub("", clean_line(text.replace("\u00ad", "")))


def _segments(title: str) -> list[str]:
    return [p.strip() for p in _SEP.split(_PAGE_MARK.sub("", clean_line(title))) if p.strip()]


def _runs(title: str, limit: int = 6) -> list[str]:
    """The title and every run of consecutive segments, with the separators as printed:
    a headline that contains a separator itself ("A | B" of "A | B | Site") is a run."""
    parts = _SEP.split(clean_line(title))
    seps = _SEP.findall(clean_line(title))
    if len(parts) > limit:
        return [title, *[p for p in parts if p.strip()]]
    out = []
    for i in range(len(parts)):
        text = ""
        for j in range(i, len(parts)):
            text = text + (seps[j - 1] if j > i else "") + parts[j]
            if text.strip():
                out.append(text.strip())
    return out


def _cut_weak(head: str, sites: SiteNames | None) -> str:
    """*head* without site or channel names joined by a weak boundary: a trailing
    ``-某某财经`` or ``：サイト名`` that the page names elsewhere, a leading
    ``【某某网】`` or ``某某网：`` that the site declares as its own name, a leading list's
    name (``Press Release: Headline``)."""
    if sites is None:
        return head
    for _ in range(4):
        m = _BRACKETS.search(head)
        if m and sites.named(m.group(1) or m.group(2)) and len(head) > m.end() - m.start():
            head = (head[:m.start()] + head[m.end():]).strip()
            continue
        cuts = list(_WEAK.finditer(head))
        if not cuts:
            break
        last, first = cuts[-1], cuts[0]
        tail, lead = head[last.end():], head[:first.start()]
        # next to CJK text a menu link or the copyright line is evidence enough, and so it
        # is for a name joined by an unspaced hyphen, which no subtitle uses; in Latin text
        # "Headline: Subtitle" is common, so only the site's own name counts
        loose = (_NEAR_CJK.search(head, max(0, last.start() - 1), last.end() + 1) is not None
                 or head[last.start():last.end()] == "-")
        # (a link's text names a channel only when it is no longer than what it would leave:
        # a list of the edition's headlines links the page's own, "站点-标题")
        if tail and last.start() > 0 and (
                (sites.in_footer(tail) or sites.declared(tail) or sites.named(tail)
                 and len(tail) <= last.start()) if loose else sites.declared(tail)):
            head = head[:last.start()].strip()
        elif lead and first.end() < len(head) and (
                sites.declared(lead) or _list_name(lead.strip())):
            # (the site's name, or the kind of page: "Press Release: Headline")
            head = head[first.end():].strip()
        else:
            break
    return head


def strip_site_suffix(title: str, site_names: tuple[str, ...] | SiteNames = ()) -> str:
    """The headline part of a ``<title>``: the first segment that is not a site name
    (headlines come first on almost every portal), or past channel names a later longer
    one (``Site - Channel - Town - Headline``, ``Site -- Headline``), without a site or
    channel name joined to it by a weaker boundary (``标题-某某财经``, see :func:`_cut_weak`).

    *site_names* are names to drop, or a :class:`SiteNames` of the page.
    """
    parts = _segments(_CJK_GAP.sub("", strip_markup(title)))
    if not parts:
        return ""
    if isinstance(site_names, SiteNames):
        sites: SiteNames | None = site_names
        def is_site(text: str) -> bool:
            # the site's own names only: a headline may be a link text on its own page
            return _DOMAIN.match(text) is not None or site_names.declared(text)
    else:
        sites = None
        names = {title_key(n) for n in site_names if n}

        def is_site(text: str) -> bool:
            return title_key(text) in names
    if sites is not None and len(parts) >= 3:
        # a name of several segments ("Bydgoszcz - Oficjalny Serwis Miasta - Headline", the
        # logo's alt text the whole first two): its run goes, not its first part alone
        for k in range(len(parts) - 1, 1, -1):
            if is_site(" - ".join(parts[:k])):
                parts = parts[k:]
                break
            if is_site(" - ".join(parts[-k:])):
                parts = parts[:-k]
                break
    head = next((p for p in parts if not is_site(p)), parts[0])
    if sites is not None and len(parts) >= 2 and sites.in_footer(head):
        # the name the copyright line gives ("© 2009 Urząd Miasta Szczecin, pl. …") is the
        # site's, declared or not: another segment the footer does not name is the headline
        head = next((p for p in parts if not is_site(p) and not sites.in_footer(p)), head)
    if sites is not None and len(parts) >= 2 and (sites.named(head) or _list_name(head)):
        # "Site - Channel - Subchannel - Headline", "Site -- Headline": the names a menu
        # prints (or a channel's usual name: "News") come before a
        # later segment that names nothing, of four words or more (a place's or an
        # office's name has fewer) and more than each before it (a headline is not shorter
        # than the channel names around it)
        later = parts[parts.index(head) + 1:]
        own = next((p for p in later if not sites.named(p) and not is_site(p)), None)
        # (a number counts as a word here: "港九巴士申加價4.8%")
        words = _word_count(own) + len(_NUMBER.findall(own)) if own else 0
        if own and words >= 4 and all(
                words > _word_count(p) for p in parts[:parts.index(own)]):
            head = own
    return _cut_weak(head, sites)


#: Most words of a section's name: one that ends a headline and another reference alike, or
#: an h1 that names a section or the site rather than the article.
MAX_SECTION_WORDS = 3


def _without_site_end(headline: str, sites: SiteNames, refs: Iterable[str] = ()) -> str:
    """*headline* without a last segment that is the site's declared name (a site-name
    meta or the host: ``Critics' Choice 2025 – Artlyst`` on artlyst.com), which some
    templates print inside the h1 too; or that ends one of *refs* (og:title, ``<title>``)
    after another headline (``… brains | Opinion`` beside ``The full impact … | Opinion``:
    a section's name)."""
    parts = _SEP.split(headline)
    if len(parts) < 2:
        return headline
    last = title_key(parts[-1])
    # (a section's name is a word or three: "Opinion", "World News")
    section = len(parts[-1].split()) <= MAX_SECTION_WORDS and any(
        title_key(ref) != title_key(headline) and len(ends := _SEP.split(ref)) >= 2
        # (not the headline itself after a kicker: "Nahverkehr: Die Bahn kommt – und teurer")
        and not title_key(ref).endswith(title_key(headline))
        and title_key(ends[-1]) == last and title_key(ends[0]) != title_key(parts[0])
        # (nor a phrase the dash joins in both: "… Bonțida – Răscruci" after another wording
        # of the same headline, whose word before the dash is the headline's too)
        and _last_word(ends[-2]) != _last_word(parts[-2])
        for ref in refs)
    if not section and not sites.declared(parts[-1], links=False):
        return headline
    match = list(_SEP.finditer(headline))[-1]
    head = headline[:match.start()].strip()
    return head if len(title_key(head)) >= 8 else headline


def _last_word(text: str) -> str:
    words = text.split()
    return title_key(words[-1]) if words else ""


def _names_other_part(h1: str, og: str, doc: str, sites: SiteNames, root: Any,
                      page: tuple[str, ...]) -> bool:
    """The h1 agreeing with a ``<title>`` segment is a channel's name, not the headline:
    og:title is another, longer segment of ``<title>`` that names neither the site nor a
    channel (``Headline - Channel - Site`` with og:title ``Headline`` over ``<h1>Channel</h1>``),
    or every part of ``<title>`` names the site or a channel and the h1, not the longest
    of them, is the text of a link to another page (``Museum - News & Features``, the h1
    a breadcrumb's step; a breadcrumb's last step, the page itself, may print the
    headline, and a headline is the longest part of its title)."""
    key = title_key(h1)
    segments = _segments(doc)
    parts = {title_key(p) for p in segments}
    if key not in parts:
        # (or the end of one: the h1 "Presse-Service" of "Headline | Stadt Münster:
        # Presse-Service", og:title the headline)
        return bool(og) and title_key(og) in parts and not sites.named(og) and (
            len(key) < len(title_key(og))) and any(
                p.endswith(key) for p in parts if p != title_key(og))
    if og and title_key(og) != key and title_key(og) in parts and not sites.named(og) and (
            # (a channel's name is shorter than the headline: an h1 longer than the og:title
            # segment is the headline, og:title the series it belongs to, "Kiskereskedelem,
            # 2025. január" for the h1 "Januárban 2,1%-kal nőtt a … forgalom volumene")
            len(key) < len(title_key(og))):
        return True
    if (len(key) < max(len(p) for p in parts) and _only_names(doc, sites)
            and any(title_key(a.text_content()) == key and not self_link(a, page)
                    for a in _NAME_LINKS(root))):
        return True
    # ... or another, longer segment is printed whole in a heading after the h1 ("Questura
    # di Verona - Headline - Polizia di Stato" over <h1>Questura di Verona</h1> and an
    # <h2> printing the headline): the h1 names the office whose page it is
    # (an h1 that is the last segment, the site's name over a forum topic, is left to the
    # rule for that: the heading printing the rest is the headline)
    # (a segment, or a run of them without the h1: "Site - Public Notice – Water Conservation
    # Measures"; the site's names are read last, only for what is left)
    if title_key(segments[-1]) == key:
        return False
    rest = {title_key(p): p for p in (*segments, *_runs(doc))
            if len(title_key(p)) > len(key) and key not in title_key(p)}
    longer = {k for k, p in rest.items() if not sites.named(p)}
    return bool(longer) and _heading_after(root, key, longer)


def _names_title_run(h1: str, doc: str, sites: SiteNames, root: Any) -> bool:
    """The h1 prints the run of ``<title>``'s segments before its last one, which a heading
    or a bold line after the h1 prints whole: "The Moray Council - News - Headline" over
    <h1>Moray Council News</h1>, "MDOT - News Release - Headline" over <h1>MDOT News
    Release</h1>. The h1 names the site and the list, the last segment is the headline."""
    key = title_key(h1)
    segments = _segments(doc)
    return (len(segments) > 2 and key in title_key("".join(segments[:-1]))
            and len(title_key(segments[-1])) > len(key) and not sites.named(segments[-1])
            and _heading_after(root, key, {title_key(segments[-1])}, bold=True))


def _heading_after(root: Any, key: str, keys: set[str], *, bold: bool = False) -> bool:
    """Whether an ``<h2>`` or ``<h3>`` after the ``<h1>`` that prints *key*, or an element
    named as a title (Joomla's ``<td class="contentheading">``), prints one of *keys*
    whole; with *bold*, also a bold line, after an ``<h1>`` that prints *key* among more
    ("News Release<br>Communiqué")."""
    seen = False
    for el in root.iter():
        if el.tag == "h1":
            shown = title_key(element_text(el))
            seen = seen or shown == key or bold and key in shown
        elif seen and (el.tag in ("h2", "h3") or isinstance(el.tag, str)
                       and emphasized(el) >= (1 if bold else 2)) and (
                title_key(element_text(el)) in keys):
            return True
    return False


# links short enough to name a channel (a site's names are no longer: see sitename)
_NAME_LINKS = etree.XPath("//a[@href][string-length(normalize-space(.)) <= 40]")


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _word_count(text: str) -> int:
    """Words of *text*, two ideographs counted as one (Chinese has no spaces)."""
    return len(_WORD.findall(IDEOGRAPH.sub(" ", text))) + len(IDEOGRAPH.findall(text)) // 2


def _only_names(title: str, sites: SiteNames) -> bool:
    """True when every part of *title* is a name the page uses for itself or its
    channels (``世艺网>艺术教育``): the page's ``<title>`` names no article."""
    parts = [w for p in _segments(title) for w in _WEAK.split(p) if w.strip()]
    return len(parts) >= 2 and all(sites.named(p) or _DOMAIN.match(p) for p in parts)


# What may close a headline after its last letter: "6.3%", "Why?", "“quoted”", "(2024)".
_CLOSING = frozenset("%!?.…！？。”’\"')）]】》」』")


# A sign that ends a word without a key of its own: a unit's (15℃, 30°, 5‰) or a mark's
# (Brand™): what follows it starts at the boundary, not inside the word
_UNIT_SIGN = re.compile(r"[℃℉°‰‱™®©]")


def _key_end(text: str, key: str) -> int | None:
    """Index in *text* just past the characters whose key is *key* (a prefix key), and past
    the punctuation that closes them (``6.3%``, ``Why?``, ``“quoted”``)."""
    acc = ""
    for i, ch in enumerate(text):
        acc += text_key(ch)
        if len(acc) >= len(key):
            if acc != key:
                return None
            end = i + 1
            while end < len(text) and (text[end] in _CLOSING or _UNIT_SIGN.match(text[end])):
                end += 1
            return end
    return None


def _key_start(text: str, key: str) -> int | None:
    """Index in *text* where the characters whose key is *key* (a suffix key) start."""
    acc = ""
    for i in range(len(text) - 1, -1, -1):
        acc = text_key(text[i]) + acc
        if len(acc) >= len(key):
            return i if acc == key else None
    return None


#: What separates a headline from a site or channel name after it, as printed (with the
#: full-width hyphen and tilde of Chinese and Japanese titles: "标题－某某网").
_SEPARATORS = "-–—－_＿|｜丨:：·•/／»«><~～"


# Search keywords a CMS appends to <title> after the headline: ",外贸,进出口,海关总署",
# ", water, grants, Iowa" (two or more short terms, each after a comma).
_KEYWORDS = re.compile(r"(?:\s*[,，、]\s*[^,，、|_]{1,20}){2,}\s*")
# The page's place in the site after the headline, in brackets: " [Prensa/Actualidad/Cultura]"
_PATH_TAIL = re.compile(r"\s*[\[［【]\s*[^\W\d_][^\]］】/>»]{0,30}(?:\s*[/>»]\s*[^\W\d_]"
                        r"[^\]］】/>»]{0,30}){1,5}\s*[\]］】]\s*")


def _boundary(rest: str) -> bool:
    """True when *rest*, what follows a headline in a longer title, starts at a
    boundary (a separator, or a space after CJK text) rather than inside a word."""
    opens = _SEPARATORS + "(（【[〖"
    return bool(rest) and (rest[0] in opens or (
        rest[0].isspace() and rest.lstrip()[:1] in opens))


def _site_tail(tail: str, sites: SiteNames) -> bool:
    """True when *tail*, what a reference adds after the headline, names the site: as a
    whole, or its first or last part (``某某网-某某官方网站``)."""
    parts = [p for p in _WEAK.split(tail) if p.strip()]
    return any(sites.named(p) or sites.in_footer(p) for p in {tail, parts[0], parts[-1]}) \
        if parts else False


# A quotation that closes a reference's segment (``Name, "Headline"``, ``Review: «Headline»``)
_QUOTED_END = re.compile(r"[\"“«„「『‘]([^\"“”«»„「」『』]{2,})[\"”»“」』’]\s*$")


# One word an SEO title adds after the headline to say what kind of page it is ("… Recipe",
# "… Review"): the h1 without it is the headline, however often the page prints the word
_KIND_WORD = re.compile(r"(?:recipe|review|guide|tutorial|explained|explainer|interview|video|"
                        r"podcast|photos|gallery|analysis|opinion|rezept|recette|receta|ricetta)s?",
                        re.IGNORECASE)


#: Fewest words of a part og:title and <title> share (:func:`_shared_part`).
MIN_SHARED_WORDS = 4


def _shared_part(og: str, doc: str) -> str | None:
    """A segment of one reference that the other begins with, then goes on past a
    boundary, or ends with after a separator: ``r/gardening - Headline`` and ``Headline :
    gardening`` share ``Headline``. Only of :data:`MIN_SHARED_WORDS` words or more, and
    only when neither reference holds the other whole."""
    ok, dk = title_key(og), title_key(doc)
    if ok in dk or dk in ok:
        return None  # (one is the other with a site's name: nothing is shared apart)
    for one, other in ((og, doc), (doc, og)):
        whole = title_key(other)
        for run in _segments(one):
            key = title_key(run)
            if key == title_key(one) or len(run.split()) < MIN_SHARED_WORDS or not key:
                continue
            if whole.startswith(key) and _boundary(_after_key(other, key)):
                return run
            if whole.endswith(key) and _before_key(other, key).rstrip()[-1:] in _SEPARATORS:
                return run
    return None


def _before_last_segment(title: str, last: str) -> str | None:
    """*title* up to its last separator when its last segment is *last*, else ``None``."""
    line = clean_line(title)
    parts, seps = _SEP.split(line), _SEP.findall(line)
    if len(parts) < 2 or title_key(parts[-1]) != title_key(last):
        return None
    return "".join(p + sep for p, sep in zip(parts[:-2], seps, strict=False)) + parts[-2]


def _after_key(text: str, key: str) -> str:
    """What *text* prints after the part whose comparison key is *key* (at its start)."""
    end = _key_end(text, key)
    return text[end:] if end is not None else ""


def _before_key(text: str, key: str) -> str:
    """What *text* prints before its last characters whose comparison key is *key*."""
    for i in range(len(text)):
        if title_key(text[i:]) == key:
            return text[:i]
    return ""


#: How many elements before an h1 are searched for the line a reference adds to it.
_OVER_WINDOW = 3


def _printed_over(root: Any, h1_key: str, text: str) -> bool:
    """Whether *text* is a line of its own just over the h1 whose key is *h1_key*: a label
    or kicker (``Betänkande 2024/25:TU4`` over the report's name) that a reference joins
    to the headline, not a part of the headline the h1 left out."""
    key = title_key(text)
    for h1 in root.iter("h1"):
        if title_key(element_text(h1)) != h1_key:
            continue
        seen = 0
        for before in h1.itersiblings(preceding=True):
            if not isinstance(before.tag, str) or not element_text(before):
                continue
            if title_key(element_text(before)) == key:
                return True
            seen += 1
            if seen >= _OVER_WINDOW:
                break
    return False


def _printed_before(root: Any, h1_key: str, text: str) -> bool:
    """Whether an element before the h1 whose key is *h1_key* prints *text* whole: the
    page's header naming its office ("Ministerium für Arbeit, Soziales, …" over the page),
    which a reference puts after the headline, not a part of the headline."""
    key = title_key(text)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "h1" and title_key(element_text(el)) == h1_key:
            return False
        if el.tag not in _NOT_HEADER_LINE and (len(el.text or "") >= len(text) // 2) and (
                title_key(element_text(el)) == key) and not any(
                    a.tag in ("a", "nav", "li") for a in el.iterancestors()):
            # (a line of its own, not a link: a menu's "Tonight" names another page)
            return True
    return False


_NOT_HEADER_LINE = frozenset({"html", "head", "body", "title", "script", "style", "a", "option"})


def _agree(h1s: list[str], refs: list[str], sites: SiteNames,
           lines_of: dict[str, list[str]], root: Any,
           leads: dict[str, str] | None = None, declared: Collection[str] = ()) -> str | None:
    """The headline an h1 and a reference (og:title, ``<title>``) agree on, or ``None``.

    Precedence: an h1 equal to a reference, one of its segments or a run of consecutive
    segments (the h1 as printed wins: its spaces and punctuation are the page's); an h1
    followed in a reference by a site or channel name (``标题-某某财经`` against the h1
    ``标题``); a reference segment that extends an h1 (a shortened h1: keep the full
    headline) when the page prints what it adds; an h1 that ends with a reference (a kicker
    or date line printed inside the h1: its end); an h1 that a reference cuts short (a
    truncated ``<title>``: the h1). *declared*: the keys of the headlines the page declares
    (JSON-LD), an h1 equal to one of which is the headline whole.
    """
    pieces = []
    for ref in refs:
        pieces.extend(_runs(ref))
    keyed = [(title_key(p), p) for p in pieces if title_key(p)]
    h1keys = [(title_key(h), h) for h in h1s if title_key(h)]
    keys = {k for k, _ in keyed}
    lines = [line for h in h1s for line in lines_of.get(h, ())]
    for _hk, h in h1keys:
        # a kicker opening the h1 in an element of its own that a reference prints before the
        # rest after a colon or a dash ("Verkehr in München: Stadtrat beschließt …" over
        # <h1><span>Verkehr in München</span><span>Stadtrat beschließt …</span></h1>): the rest
        rest = (leads or {}).get(h)
        if rest and len(title_key(rest)) >= 8 and kicker_said_apart(
                h[:len(h) - len(rest)].strip(), rest, refs):
            return rest
    equal = [h for hk, h in h1keys if hk in keys] + [ln for ln in lines if title_key(ln) in keys]
    if equal:
        # several h1s (site logo, section name, headline) may each equal a <title>
        # segment: the headline is the longest
        best = max(equal, key=len)
        # an h1 broken over lines (``<br>``) that a reference prints unbroken: the
        # break is layout, not a space of the headline's
        unbroken = "".join(lines_of.get(best, ()))
        return unbroken if unbroken and unbroken in pieces else best
    for _hk, h in h1keys:
        # a kicker opening the h1 that no reference prints: the references begin with, or
        # are the beginning of, what the h1 prints after it
        rest = (leads or {}).get(h)
        rk, lk = (title_key(rest), title_key(h[:len(h) - len(rest)])) if rest else ("", "")
        if len(rk) >= 8 and lk and not any(lk in k for k in keys) and any(
                len(k) >= 8 and (k.startswith(rk) or rk.startswith(k)) for k in keys):
            return rest
    for hk, h in h1keys:
        # a segment that quotes the h1 after the author's name (``Name, "Headline"``)
        if any(len(hk) >= 8 and title_key(q) == hk for p in pieces for q in _QUOTED_END.findall(p)):
            return h
    for hk, h in h1keys:
        longer = [(k, p) for k, p in keyed if k.startswith(hk) and len(k) > len(hk)]
        for _k, p in sorted(longer, key=lambda kp: len(kp[0])):
            end = _key_end(p, hk)
            rest = p[end:] if end is not None else ""
            tail = rest.strip(" " + _SEPARATORS)
            if end is not None and (_boundary(rest) or (rest[:1].isspace() and IDEOGRAPH.match(
                    p[end - 1]))) and (_site_tail(tail, sites) or len(title_key(tail)) <= 12):
                return h
            if end is not None and p[end - 1:end + 1] == ". " and not h.endswith(".") and (
                    _site_tail(tail, sites)):
                # the site's name after a full stop ("Headline. Ayuntamiento de Zaragoza"):
                # a separator only when what follows names the site
                return h
            if end is not None and _KEYWORDS.fullmatch(rest):
                return h  # "Headline,keyword,keyword": search keywords, not the headline
            if end is not None and _PATH_TAIL.fullmatch(rest):
                return h  # "Headline [Prensa/Actualidad/Cultura]": where the page sits
        if longer and len(hk) >= 8:
            # the h1 opens a longer segment: the h1 is shortened, keep the full title ...
            # unless the page prints nothing of what the segment adds (a search engine's
            # extra words, a site's name only the head carries): the h1 is the headline
            full = min((p for _, p in longer), key=len)
            end = _key_end(full, hk)
            tail = full[end:].strip(" " + _SEPARATORS + "()（）") if end is not None else ""
            if tail and (not printed_anywhere(root, tail) or _KIND_WORD.fullmatch(tail)
                         or _printed_over(root, hk, tail) or _printed_before(root, hk, tail)):
                return h
            if tail and title_key(tail) in keys and _heading_prints(root, tail):
                # ... unless what it adds is another reference whole that a heading of its
                # own prints: the h1 is the channel's or region's name, which <title> writes
                # before the headline as a kicker ("Roeselare: Stad legt …" over the h1
                # "Roeselare", og:title and an h2 the headline alone)
                return tail
            return full
    for hk, h in h1keys:
        # a reference that prints the whole h1 after a kicker ("Nahverkehr in Frankfurt: Die
        # Ringstraßenbahn kommt später – und deutlich teurer"): the h1, not its last segment
        if len(hk) >= 8 and any(k.endswith(hk) and len(k) > len(hk) for k in keys):
            return h
        for k, p in keyed:
            if len(k) >= 8 and hk.endswith(k):
                start = _key_start(h, k)
                if start is not None and title_key(h[:start]) in keys or hk in declared:
                    # two references' parts, one after the other: the whole h1; and an h1
                    # the page declares as its headline ("Bundesregierung startet
                    # Förderprogramm …" beside the <title> "Förderprogramm … | Site")
                    return h
                if start is not None and h[:start].rstrip().endswith((":", "：")) and any(
                        clean_line(el.text or "").startswith(h[:start].strip())
                        for el in root.iter("h1")):
                    # a title before a colon in the h1's own run of text ("The Last Rock:
                    # Inside the Fight …"), which the social titles leave off: the h1 whole
                    # (a kicker in an element of its own is not the headline's)
                    return h
                return h[start:].strip() if start is not None else p
    for hk, h in h1keys:
        for k, _p in keyed:
            if len(k) >= 8 and hk.startswith(k):
                end = _key_end(h, k)
                if end is not None and _BYLINE.match(h[end:]):
                    return h[:end].strip()
                return h
    return None




def _tokens(text: str) -> set[str]:
    """Words of two or more letters, and pairs of ideographs (Chinese has no spaces)."""
    words = {w.casefold() for w in _WORD.findall(IDEOGRAPH.sub(" ", text))}
    ideo = "".join(IDEOGRAPH.findall(text))
    return words | {ideo[i:i + 2] for i in range(len(ideo) - 1)}


def _lone_h1(h1s: list[str], heads: list[str]) -> str | None:
    """The h1 that is the headline although no reference agrees with it: the page's
    visible headline wins over a differently worded og:title or ``<title>`` (an SEO
    title). It must share words with a reference's headline part (*heads*): an h1 that
    shares none is a section, menu or blog name, and one that covers less than a quarter
    of each reference's words is a heading inside the text. (Each reference is weighed
    by itself: og:title and a longer ``<title>`` together have more words than either.)"""
    if not h1s:
        return None
    if not heads:
        return h1s[0]
    refs = [t for t in (_tokens(r) for r in heads) if t]
    for h in h1s:
        stems = {_stem(t) for t in _tokens(h)}
        if any(shared and shared >= 0.25 * len(ref)
               for ref in refs for shared in (sum(_stem(t) in stems for t in ref),)):
            return h
    return None


def _part_of(line: str, title: str) -> bool:
    """*line* has fewer words than *title* and all of them but one are *title*'s: a part of
    it (a section's heading, "Accounting Best Practices For Your Business" under the
    title "GAAP Compliance: Applying Accounting Best Practices To Your Business"), not the
    headline worded otherwise."""
    words, whole = _tokens(line), {_stem(t) for t in _tokens(title)}
    return len(words) < len(_tokens(title)) and sum(
        _stem(t) not in whole for t in words) <= 1


#: Letters of a word compared when the headline and a title word it differently: the
#: endings of inflected languages differ ("biletul" / "bilet", "Brașovul" / "Brașov",
#: "metropolitane" / "metropolitană").
_STEM = 5


def _stem(token: str) -> str:
    return token[:_STEM] if len(token) > _STEM + 1 else token


# The name of a list of articles, the board or channel a page sits in: as a heading that
# agrees with <title>, or as what is left of <title>, it names no article ("보도자료 |
# 산업통상자원부", "Site » News » Headline" on a page with no headline element).
_LIST_NAME = re.compile(
    r"^(?:(?:latest )?news|news ?flash|news details?|news (?:highlights|updates|archive)|"
    r"news (?:&|and) (?:headlines|events|updates|announcements)|(?:latest )?headlines|"
    r"press releases?|media releases?|"
    r"news releases?|newsroom|"
    # (and SharePoint's library of publishing pages, which its <title> names first: "Pages -
    # <the page's title>")
    r"pages|"
    r"announcements|notices|speeches|(?:(?:media|press) )?statements|press|media centre|"
    r"media center|"
    r"pressemitteilungen?|aktuelles|nachrichten|meldungen|communiqués?(?: de presse)?|"
    # (a newsroom's name in German-speaking Austria and Switzerland, and the press rooms)
    r"presse(?:aussendungen|informationen|meldungen)|medien(?:mitteilungen|informationen)|"
    r"notas de prensa|sala de prensa|salle de presse|sala stampa|"
    r"actualités|noticias|comunicados?(?: de prensa)?|notizie|comunicat[io](?: stampa)?|"
    r"nieuws|persberichten|nieuwsberichten|"
    # ... in the other languages of Europe's newsrooms (Slovak, Czech, Polish, Hungarian,
    # Romanian, the South Slavic ones, Portuguese, Nordic, Greek, Turkish, Russian, Ukrainian)
    r"tlačové správy|tiskové zprávy|aktuality|novinky|komunikaty(?: prasowe)?|aktualności|"
    r"wiadomości|sajtóközlemények|hírek|comunicate de presă|știri|vijesti|vesti|novice|"
    r"priopćenja|saopštenja|вести|саопштења|соопштенија|notícias|comunicados de imprensa|"
    r"pressmeddelanden|nyheter|nyheder|pressemeddelelser|pressemeldinger|tiedotteet|uutiset|"
    r"ανακοινώσεις|δελτία τύπου|haberler|duyurular|basın açıklamaları|новости|пресс-релизы|"
    # (... Icelandic and Faroese: "Fréttir", "Tíðindi", "Fréttatilkynningar")
    r"fréttir|tíðindi|fréttatilkynningar|"
    # ... and a template's name for the view of one item ("Haber Detay", "Detalle de noticia")
    r"haber detay[ıi]?|detalle de (?:la )?noticia|detalhe da not[íi]cia|新闻详情|"
    # ... Arabic ("الأخبار": the news; press statements; the media centre)
    r"الأخبار|آخر الأخبار|البيانات الصحفية|المركز الإعلامي|"
    r"новини|"
    # ... Swahili, Malay and Indonesian ("Taarifa kwa Umma": public statements)
    r"habari|taarifa kwa (?:umma|vyombo vya habari)|matangazo|berita(?: terkini)?|"
    r"kenyataan media|siaran pers|pengumuman|"
    r"보도\s*자료|새\s*소식|공지\s*사항|알림\s*마당|報道発表(?:資料)?|新着情報|お知らせ|"
    r"新闻(?:中心|发布|动态|公报|稿)?|通知公告|政务动态|工作动态|图片新闻|要闻"
    # ... "latest news" ("最新消息", a Hong Kong body's page of its news)
    r"|最新(?:消息|动态|资讯|新闻|公告)"
    # ... Thai: news, public relations news, activity news
    r"|ข่าว(?:ประชาสัมพันธ์|กิจกรรม)?"
    # ... Georgian, Armenian, Azerbaijani, Kazakh, Mongolian news; Nepali and Hindi news and
    # press releases, Bengali, Urdu, Persian
    r"|სიახლეები|ახალი ამბები|նորություններ|մամլո հաղորդագրություններ|xəbərlər|жаңалықтар"
    r"|мэдээ(?: мэдээлэл)?"
    r"|समाचार|प्रेस विज्ञप्ति|प्रेस नोट|সংবাদ|প্রেস বিজ্ঞপ্তি|خبریں|پریس ریلیز|اخبار"
    # ... and a body's own releases ("警方新聞公報", "政府新闻公报")
    r"|[\u4e00-\u9fff]{1,4}新闻(?:公报|稿|中心)?)$", re.IGNORECASE)


#: How much of a declared title a printed headline keeps, in order, to be its rewording.
MIN_REWORDED = 0.7


def _reworded(declared: str, printed: str) -> bool:
    """*printed* keeps at least :data:`MIN_REWORDED` of *declared*'s characters in order,
    and *declared* of *printed*'s: one headline worded two ways, not two."""
    a, b = title_key(declared), title_key(printed)
    if not a or not b or a in b or b in a:
        # (one inside the other is the headline cut short or going on, read elsewhere: not
        # "Part 1" after a dash)
        return False
    return _kept_in_order(a, b) >= MIN_REWORDED * max(len(a), len(b))


def _kept_in_order(a: str, b: str) -> int:
    """How many of *a*'s characters *b* keeps in order."""
    return sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


#: Longest a printed headline that says a declared title at more length may be, times the
#: declared title's length.
MAX_SAID_LONGER = 2.0


def _said_longer(declared: str, printed: str) -> bool:
    """*printed* keeps at least :data:`MIN_REWORDED` of *declared*'s characters in order and
    is longer, but at most :data:`MAX_SAID_LONGER` times as long: the headline a CMS field
    gives in short."""
    a, b = title_key(declared), title_key(printed)
    if not a or len(b) <= len(a) or len(b) > MAX_SAID_LONGER * len(a):
        return False
    return _kept_in_order(a, b) >= MIN_REWORDED * len(a)


#: Longest issuer's name before an official document's "关于…" title.
MAX_ISSUER = 30


def _with_issuer(declared: str, printed: str) -> bool:
    """*printed* is *declared*, an official document's title that opens with 关于 ("on …"),
    with the name of who issued it before it: "关于印发…的通知" printed
    "甘南州人民政府办公室关于印发《…》的通知" (the field stores the subject only)."""
    a, b = title_key(declared), title_key(printed)
    return a.startswith("关于") and b.endswith(a) and 2 <= len(b) - len(a) <= MAX_ISSUER


def _list_name(text: str) -> bool:
    """*text* names a list of items, not one (``Press releases``, ``新聞公報``: traditional
    characters folded)."""
    return _LIST_NAME.match(fold_hant(text)) is not None


def _agency_list_name(text: str) -> bool:
    """*text* is an agency's acronym and a kind of page (``KDHE News Release``, ``DOH Press
    Releases``): every release's ``<title>`` on an old site, no headline."""
    first, _, rest = text.strip().partition(" ")
    return bool(rest) and _ACRONYM.match(first) is not None and _list_name(rest.strip())

# A release named by its kind and number ("Pressemitteilung 112/2009", "Media Release
# No. 45/2024", "Communiqué n° 12"): a <title> that numbers the page, its h1 says what
_KIND_NUMBER = re.compile(
    r"^(?:press(?:e)?[- ]?(?:release|statement|notice)|media (?:release|statement)|"
    r"news release|pressemitteilung|pressemeldung|presseinformation|medienmitteilung|"
    r"communiqué(?: de presse)?|nota (?:de )?prensa|comunicado(?: de prensa)?|"
    r"comunicato(?: stampa)?|persbericht|pressmeddelande|tiedote|komunikat)"
    r"\s*(?:nr\.?|no\.?|n[°º.]?|#)?\s*\d[\d/.-]*$"
    # ... or any series' name with "No." and a number, and the day it was issued
    # ("Parlamentskorrespondenz Nr. 412 vom 12.04.2022")
    r"|^[^\W\d][\w -]{2,40}\s(?:nr\.|no\.|n[°º.])\s*\d[\d/.-]*"
    r"(?:\s+(?:vom|of|du|del|dated|z dnia)\s+\S.{3,30})?$"
    # ... or by its kind and who issued it ("Press Release by the Ministry for the
    # Environment", "Pressemitteilung des Ministeriums für …"): every release's label
    r"|^(?:(?:press|media|news) (?:release|statement)s? (?:by|from|issued by)"
    r"|pressemitteilung (?:des|der)|communiqué de presse (?:du|de la|des)"
    r"|(?:nota|comunicado) de prensa del?|comunicato stampa (?:del|della|dell’|dell')) "
    r"(?:the )?(?:ministry|ministerium|ministère|ministerio|ministero|department|office"
    r"|government|minister|bundes|staats|landes|secr|cabinet|council)\b.{0,120}$",
    re.IGNORECASE)

# ... or by its kind alone, an h1 over the headline's h2 ("Media Statement", as the <title>
# "… - Media Statement - Annual Report 2019–20" says too; as a title's prefix, "Press
# Statement: Security Arrangements …", the labels keep it)
# ... or a template's name for the view of one item ("News Detail", "Article Details")
# (a template's name for the view of one item: "News Details", "News Item")
_KIND_ALONE = re.compile(r"^(?:(?:(?:media|press|news) )?statement|(?:(?:news|article|story|"
                         r"post|press release|media release|news release|release|notice|"
                         r"announcement|event)"
                         r" )?details?|(?:news|article|story|post|release) item)$",
                         re.IGNORECASE)


def numbers_a_release(text: str) -> bool:
    """Whether *text* names a release by its kind or series and number, not by its words
    (``Pressemitteilung 87/2010``, ``Parlamentskorrespondenz Nr. 412 vom 12.04.2022``)."""
    return _KIND_NUMBER.match(text.strip()) is not None


# A release's number or code after its headline, in brackets: "(2023-25)", "(No. 45)"
_NUMBER_END = re.compile(r"\s*[(（](?:no\.?\s*|nr\.?\s*)?(?=[^)）]*\d)[\w./-]{1,12}[)）]$",
                         re.IGNORECASE)
# A release's code after its headline: letters and digits in one token ("NR23418kt"); or a
# remark in brackets ("(Naturally Sweetened!)")
_CODE_END = re.compile(r"\s+(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{4,14}"
                       r"|\s*[(（][^()（）]{1,40}[)）]")
# A code and a word or three: a release's file name as its <title> ("NR11-087 West Nile")
_CODED = re.compile(r"^(?=(?:\D*\d){4})[A-Za-z]{0,5}\d[\w./-]{3,20}(?:\s+\S+){1,3}$")
# A Chinese portal's name as <title>: "南屏市人民政府门户网站", "某某县政府网", "某某政务网"
_PORTAL_NAME = re.compile(r"(?:门户网站|门户网|政府网站|政府网|政务网|官方网站|官网|人民政府)$"
                          # ... and in other languages, one that opens so: "Portal Rasmi Polis
                          # Diraja Malaysia", "Official Website of …", "Portal Oficial de …"
                          r"|^(?:(?:the )?official (?:web ?site|portal|site)|portal rasmi|laman "
                          r"(?:web )?rasmi|portal oficial|sitio oficial|site officiel|"
                          r"offizielle[rs]? (?:internetseite|webseite|portal))\b", re.IGNORECASE)
# ... or a name of capitalized words that ends with "Portal" ("South Central Railway /
# Indian Railways Portal"): a headline about a portal names it in a sentence of its own
_NAMED_PORTAL = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+(?:[/|–-]\s+)?){2,8}Portal$")
# An acronym alone ("DIPR", "PIB"): a site's short name, never a headline
_ACRONYM = re.compile(r"^[A-Z]{2,8}$")
# ... or a name followed by its acronym ("National Energy Regulator of South Africa (NERSA)")
_NAME_AND_ACRONYM = re.compile(r"^([^()]+?)\s*\(([A-Z]{2,8})\)$")


def _names_itself(text: str) -> bool:
    """*text* is a body's name and the acronym of it that follows, every capitalized word of
    the name giving a letter of it: an organisation's name, where a headline that ends with an
    acronym spells only its last words ("… launches National Health Insurance (NHI)")."""
    m = _NAME_AND_ACRONYM.match(text.strip())
    if m is None:
        return False
    initials = "".join(w[0] for w in m.group(1).split() if w[:1].isupper())
    return initials == m.group(2)


def pick_title(meta: PageMeta, root: Any, url: str | None = None,
               names: NamedElements | None = None) -> str | None:
    """The headline.

    Precedence:

    1. the ``ArticleTitle`` meta (Chinese guideline), escaped markup removed, with the
       quotation marks of the element that prints it where the meta writes straight ones or
       none;
    2. the headline an ``<h1>`` and og:title / twitter:title (or a CMS's
       ``<meta name="title">``) / ``<title>`` agree on (the
       whole reference, a segment, or a run of segments), as the h1 prints it (see
       :func:`_agree`); h1s around or inside a link to the home page (logos) are never
       headlines, nor is an h1 that is the site's declared name, or a channel's: another
       segment of ``<title>`` than og:title, or a link's text when every segment of
       ``<title>`` is a name (:func:`_names_other_part`); an agreed h1 that is the
       breadcrumb's last link yields to the trail's last step a heading prints
       (:func:`crumb_headline`);
    3. the first other h1 that shares at least a quarter of the words of the references'
       headline part (a visible headline worded differently from the SEO title); the
       first h1 when the page declares no title, or when the headline part of its title
       names the site or a channel (a menu's link text) and the h1 neither;
    4. the emphasized line above the page's densest text block (:func:`shown_headline`)
       when it is another segment of og:title or ``<title>`` than the one 5 would take
       (``Site - Headline``: the page prints the headline over its text);
    5. og:title, then ``<title>``, without the segments that name the site or a channel
       (:func:`strip_site_suffix`);
    6. the emphasized line above the page's densest text block when 5 gives nothing,
       gives the site's declared name, when every part of the references names the site
       or a channel, or, on pages without h1-h3, when 5 is not printed on the page (old
       table layouts whose ``<title>`` is the forum's or portal's name, or a greeting).
       A link to the page itself counts as text there (a blog's permalink headline, its
       category's link beside it left out); the heading of a numbered section does not.
       Without such a line on a page whose ``<title>`` names no article, the description
       meta when a bold element or a heading prints it whole (a release's headline under
       a heading that names the channel).

    The result is one line, soft hyphens and layout spaces between digits and CJK text
    removed (:func:`clean_title`), an ideographic space between two CJK phrases kept where
    the page prints one (:func:`_wide_spaces`). *names*: the page's
    :class:`~newscrawler.extract.named.NamedElements`, when the caller has them.
    """
    title = _pick_title(meta, root, url, names)
    if not title:
        return title
    return _as_heading_prints(title, root) or _wide_spaces(title, meta, root)


# two CJK characters with a mark or a space between them: a headline of phrases
_PHRASE_JOINT = re.compile(rf"[{_CJK}][^\w{_CJK}]+[{_CJK}]")


def _as_heading_prints(title: str, root: Any) -> str | None:
    """A CJK *title* as an ``<h1>``-``<h3>`` prints it where the marks or spaces between its
    phrases differ: the page's separators, not the social title's ("暑期将至 多地…" printed
    for the og:title "暑期将至，多地…"). (Latin titles keep theirs: their references' variants,
    "Low Light" and "Low-Light", are the labels' as often as the heading's.)"""
    if not _PHRASE_JOINT.search(title):
        return None
    key = text_key(title)
    for el in root.iter(*HEAD_TAGS):
        # (the heading's text as it runs: no space where an inline element starts)
        shown = clean_line(el.text_content())
        # (where only spaces differ, a line break inside the heading may be the one the
        # title reads as a space: the title stands)
        if shown.replace(" ", "") != title.replace(" ", "") and len(shown) < 2 * len(title) \
                and text_key(shown) == key and _PHRASE_JOINT.search(shown):
            return clean_title(shown)
    return None


# A space between two CJK phrases of a title (a headline of phrases: "…廃止へ　利用者減少で")
_PHRASE_SPACE = re.compile(rf"(?<=[{_UNSPACED}]) (?=[{_UNSPACED}])")


def _wide_spaces(title: str, meta: PageMeta, root: Any) -> str:
    """*title* with the ideographic spaces (U+3000) the page prints between its phrases,
    where og:title, ``<title>``, an h1 or an h2 prints it so (the text readers collapse
    every space to one)."""
    if not _PHRASE_SPACE.search(title):
        return title
    pattern = re.compile(re.escape(title).replace("\\ ", "[ \u3000]"))
    printed = [meta.get("og:title") or "",
               *(el.text_content() for el in root.iter("title", "h1", "h2"))]
    for text in printed:
        found = pattern.search(text) if "\u3000" in text else None
        if found:
            return found.group()
    return title


# What a headline's element is named when it is no heading: "title", "headline" ("<div
# class='title'>" over a news site's text), and "title" in the site's language ("<div
# class='tituloNoticia'>", "<td class='tytul_wiadomosci'>", "news-titel", "titre-actu")
_TITLE_NEEDLES = ("title", "headline", "titul", "titel", "titre", "titolo", "tytul")


def _heading_prints(root: Any, text: str, names: NamedElements | None = None) -> bool:
    """Whether an ``<h1>``–``<h3>``, or an element of the body named a title or headline
    (found by *names*, the page's), prints *text* and nothing more."""
    key = text_key(text)
    if any(text_key(element_text(el)) == key for el in root.iter(*HEAD_TAGS)):
        return True
    return names is not None and any(
        text_key(element_text(el)) == key for el in names.search(_TITLE_NEEDLES, body=True)
        if len(text) <= text_length(el) <= 2 * len(text) + 200)


def _heading_going_on(root: Any, head: str, refs: Iterable[str]) -> str | None:
    """The one heading that prints *head* and goes on after a colon with a second part of
    :data:`MIN_SUBTITLE_WORDS` words or more that none of *refs* (og:title, ``<title>``)
    prints, or ``None``: where a reference goes on past *head*, it goes on its own way, and
    the page's heading is the headline whole. (A second part the references print too,
    "… Choice - Consulting or Insurance?", is theirs to place.)"""
    key = title_key(head)
    ref_keys = [title_key(r) for r in refs]
    found = [shown for shown in (element_text(el) for el in root.iter(*HEAD_TAGS))
             if len(shown) <= MAX_HEADING_HEADLINE and title_key(shown).startswith(key)
             and (rest := _after_key(shown, key)).lstrip()[:1] in (":", "：")
             and _word_count(rest) >= MIN_SUBTITLE_WORDS
             and not any(title_key(rest) in r for r in ref_keys)]
    return found[0] if len(found) == 1 else None


def _heading_begins(root: Any, text: str) -> bool:
    """Whether a heading prints *text* and goes on with more of the headline: the
    reference is the headline cut short (a CMS's length limit for ``<title>``)."""
    if len(text) + len(NOT_CJK.sub("", text)) < MIN_CUT_TITLE:
        return False
    return any(len(shown) <= MAX_HEADING_HEADLINE and _cut_short(text, shown)
               for shown in (element_text(el) for el in root.iter(*HEAD_TAGS)))


def _printed_run_from(root: Any, title: str, head: str,
                      names: NamedElements | None) -> str | None:
    """The longest run of *title*'s segments that starts with *head* and goes on, when a
    heading or an element named as the title prints it whole (``Budżet Obywatelski 2017 –
    ruszyło głosowanie. Do wyboru 96 projektów - Urząd Miasta Szczecin``: the first two)."""
    key = title_key(head)
    # (a continuation of a word or two is a part's number or a tag: "… - Part 1")
    runs = [r for r in _runs(title) if len(r) > len(head) and title_key(r).startswith(key)
            and _word_count(r[len(head):]) >= MIN_SUBTITLE_WORDS]
    return next((r for r in sorted(runs, key=len, reverse=True)
                 if _heading_prints(root, r, names)), None)


#: Fewest words of a <title>'s part that a longer emphasized line must hold.
MIN_HELD_WORDS = 4


def _emphasized_holding(root: Any, head: str) -> str | None:
    """The first heading or bold line of the body that holds *head* (of
    :data:`MIN_HELD_WORDS` words or more) and more, up to a heading headline's length."""
    key = title_key(head)
    if _word_count(head) < MIN_HELD_WORDS:
        return None
    body = root.find("body")
    for el in body.iter(*HEAD_TAGS, "b", "strong") if body is not None else ():
        text = element_text(el)
        if len(text) <= MAX_HEADING_HEADLINE and key in (k := title_key(text)) and k != key:
            return text
    return None


def _cut_short(short: str, whole: str) -> bool:
    """*short* is *whole* cut short: a strict prefix of it, compared by their keys."""
    key, longer = title_key(short), title_key(whole)
    return bool(key) and len(key) < len(longer) and longer.startswith(key)


# Quotation marks a CMS's title field may leave out of the headline it stores (and the
# marks of a document's title: "关于印发…方案的通知" stored for "关于印发《…方案》的通知")
_QUOTE_MARKS = re.compile("[\"'“”‘’「」『』«»„《》〈〉]")


def _quoted_more(shown: str, art: str) -> bool:
    """*shown* is *art* with quotation marks *art* leaves out (the ``ArticleTitle`` meta
    of ``“山西品牌丝路行”经贸对接活动…`` stored without them)."""
    return (_QUOTE_MARKS.sub("", shown) == _QUOTE_MARKS.sub("", art)
            and len(_QUOTE_MARKS.findall(shown)) > len(_QUOTE_MARKS.findall(art)))


def _pick_title(meta: PageMeta, root: Any, url: str | None,
                names: NamedElements | None) -> str | None:
    """:func:`pick_title`'s precedence."""
    page = tuple(u for u in (url, meta.canonical, meta.get("og:url")) if u)
    sites = SiteNames(meta, root, names, page)
    art = meta.get("articletitle")
    doc = next((element_text(el) for el in root.iter("title")), "")
    if art:
        art = clean_title(_without_kicker(strip_markup(art), root, doc))
        shown = printed_as(root, art)
        if shown is not None and shown != art and (QUOTES.search(art)
                                                   or _quoted_more(shown, art)):
            # a CMS field that writes the headline's quotation marks as straight ones
            # (“一件事一次办” as &quot;一件事一次办&quot;) or drops them: the page's
            return clean_title(shown)
        if shown is not None and title_key(art).startswith("关于"):
            # an official document's subject, 关于…, printed as the record table's 标题 field,
            # under the one h1 that prints its issuer before it: the headline is the h1's
            h1s = h1_texts(root, {}, page=page)
            if len(h1s) == 1 and _with_issuer(art, h1s[0]) and not sites.named(h1s[0]):
                return clean_title(h1s[0])
        if shown is None:
            # a CMS field the page prints nowhere (a short form: "《若干措施》政策解读"),
            # beside a <title> whose headline part the page prints: the printed headline
            head = strip_site_suffix(doc, sites) if doc else ""
            if head and title_key(head) != title_key(art) and printed_whole(root, head):
                return clean_title(head)
            # ... or beside the page's one h1 that words it otherwise, its most kept
            # ("天津市今年将…" printed "今年我市将…": the paper's own voice)
            h1s = h1_texts(root, {}, page=page)
            if len(h1s) == 1 and (_reworded(art, h1s[0]) or _with_issuer(art, h1s[0])) and (
                    not sites.named(h1s[0])):
                return clean_title(h1s[0])
            # ... or, with no h1, beside the emphasized line over the text that says it at
            # more length ("省政府常务会议研究…工作" printed "林振东主持召开省政府第42次常务
            # 会议 研究部署…工作" in the title cell)
            shown_line = shown_headline(root, sites, page=page) if not h1s else None
            if shown_line and _said_longer(art, shown_line) and not sites.named(shown_line):
                return clean_title(shown_line)
        return art
    og = meta.get("og:title", "twitter:title", "title") or ""
    # (Dublin Core's title, where a portal declares one, is the headline when an h1 prints it
    # and the other references agree with none: a committee report's <title> and og:title
    # give its number, "Report 17 - FOPO")
    dc = meta.get("dcterms.title", "dc.title") or ""
    refs = [r for r in (og, doc) if r]
    # literal markup in a reference is compared as printed and without its tags
    bare = [strip_markup(r) for r in refs]
    lines_of: dict[str, list[str]] = {}
    banners: list[str] = []
    leads: dict[str, str] = {}
    h1s = h1_texts(root, lines_of, page=page, banners=banners, leads=leads)
    for banner in banners:  # (an h1 that links to the front page prints the site's name)
        sites.add(banner)
    declared = {title_key(strip_markup(h)) for h in
                (item.get("headline") for item in meta.jsonld) if isinstance(h, str) and h}
    found = _agree(h1s, refs + [b for b in bare if b not in refs], sites, lines_of, root, leads,
                   declared)
    if not found and dc:
        # (only as an h1's equal: the headline part of <title> stays the second reference)
        found = next((h for h in h1s if title_key(h) == title_key(dc)), None)
    if not found and meta.declares("headline"):
        # (nor the JSON-LD headline, which an h1 printing it whole makes the headline where the
        # SEO and social titles are each reworded: "Ines Carrow Interview: Inside …" and "The
        # Designer Who …" over the h1 "Ines Carrow Wants You to Wear Her Clothes …")
        found = next((h for h in h1s if title_key(h) in declared), None)
    # (the cheap evidence, or an h1 that is itself the link home: "<h1><a href='index.php'>
    # 某某府</a></h1>" over the menu)
    own_name = bool(found) and (sites.declared(found, links=False) or _h1_links_home(root, found))
    # (the h1 prints <title>'s run before the headline: its walk over the page, once)
    title_run = bool(found) and _names_title_run(found, doc, sites, root)
    if found and (own_name or _list_name(found) or _KIND_NUMBER.match(found)
                  or _KIND_ALONE.match(found) or title_run
                  or _names_other_part(found, og, doc, sites, root, page)
                  # (or the owner the copyright line names: "Content owned and maintained
                  # by Department of …" under an h1 of that name in the page's header)
                  or sites.in_footer(found)):
        # the site's name in an h1 equals the site segment of <title>: not the headline
        named_key = title_key(found)
        # (and with a list's name, every h1 that names one: "Press Release" over a <title>
        # segment "Press Releases")
        listed = _list_name(found)
        if title_run:
            # (nor is the line the page prints it on, where the headline is looked for under
            # it: "<h1>MDOT News Release</h1>" over a centred bold headline)
            sites.add(found)
        # (nor the h1 that prints it as one of its lines: "News Release<br>Communiqué")
        # (nor the header's h1 of the body the footer names: "Mesto Banská Bystrica" over a
        # <title> of "Banská Bystrica - …" and the headline's h2)
        h1s = [h for h in h1s if title_key(h) != named_key and not (listed and _list_name(h))
               and named_key not in {title_key(line) for line in lines_of.get(h, ())}
               and not _office_h1(root, h, sites)]
        found = _agree(h1s, refs + [b for b in bare if b not in refs], sites, lines_of, root, leads)
        if own_name and found is not None and title_key(found) == named_key:
            # ... nor where another h1 ends with the site's declared name ("Meet Jane Doe,
            # the founder of Site Name")
            found = None
    # a headline that opens with the kind of page an h1 names, "News release: Overnight
    # closures …" under the h1 "News release": what a heading prints whole after it
    for h in h1s if found else ():
        rest = _after_name(found, title_key(h)) if _names_kind(h) else None
        if rest and any(title_key(element_text(el)) == title_key(rest)
                        for el in root.iter(*HEAD_TAGS)):
            found = rest
            break
    # og:title and <title> naming the site or channel each its own way ("r/gardening -
    # Headline" and "Headline : gardening"): what both print is the headline, when the page
    # prints it, and no h1 printed a headline (an h1 ending with a reference's part:
    # "discussions in r/gardening")
    both = _shared_part(og, doc) if og and doc else None
    if both and numbers_a_release(both):
        # (what both share is the release's kind and number, "Pressemitteilung Nr. 15/2024
        # vom 14.03.2024", before a headline og:title goes on with: no headline itself)
        both = None
    if both and (not found or title_key(found) not in {title_key(h) for h in h1s}
                 and len(title_key(found)) < len(title_key(both))) and (
            printed_anywhere(root, both)):
        # ... unless a heading prints one reference whole and goes on: that reference is
        # the headline cut short, not a site's way of naming it ("DHHS News Release - Tick
        # Season Is Here" beside the og:title "Tick Season Is Here: DHHS Urges …", an h2
        # printing the og:title and more)
        # (or prints it whole, longer than what both share: "Headline: its second part" as
        # og:title and an h2 under the page's banner, "Site - Headline" as <title>)
        whole = next((r for r in (og, doc) if _heading_begins(root, r) or len(
            title_key(r)) > len(title_key(both)) and _heading_prints(root, r, names)), None)
        # ... or that prints a longer run of <title>'s segments from the shared part: the
        # social title cut the headline's second part ("… muutoksia – tavoitteena …")
        # ... or a heading that prints the shared part and goes on after a colon, which each
        # reference ends its own way ("Softeis bleibt Sorgenkind: LGL beanstandet …" beside
        # "… – LGL legt Ergebnisse vor" and "… – Ergebnisse der Schwerpunktuntersuchung")
        return clean_title(whole or _printed_run_from(root, doc, both, names)
                           or _heading_going_on(root, both, (og, doc)) or both)
    if found and doc:
        # an h1 that is <title>'s last segment, over a heading that prints the rest: the
        # site's name over a forum topic ("Headline - Debian User Forums")
        rest = _before_last_segment(doc, found)
        shown = sub_heading_printing(root, rest) if rest and len(
            title_key(rest)) > len(title_key(found)) else None
        while not shown and rest and len(segments := _segments(rest)) > 1 and (
                sites.named(segments[-1]) or _list_name(segments[-1])):
            # (... after the channel's name, "Headline - Aktualności - Powiat Gnieźnieński"
            # over <h1>Powiat Gnieźnieński</h1> and the headline's h2)
            rest = _before_last_segment(rest, segments[-1])
            shown = sub_heading_printing(root, rest) if rest and len(
                title_key(rest)) > len(title_key(found)) else None
        if shown:
            return clean_title(shown)
    if found and og and title_key(og) not in title_key(found) and _heading_begins(root, og) \
            and len(og.split()) > len(found.split()):
        # an h1 that is the page's name ("24-07 CHW Workforce Grants", <title> the same)
        # over a heading that goes on from the longer og:title: that heading prints the
        # headline the social title cut short
        return clean_title(og)
    if found and og and title_key(found) not in title_key(og) and (
            sites.named(found) or doc and len(segs := _segments(doc)) > 1
            and title_key(found) in {title_key(p) for p in segs}) \
            and _heading_prints(root, og) and len(og.split()) > len(found.split()):
        # an h1 of the channel's name, which <title> names after the site's ("وزارة الصحة
        # والسكان - أخبار الوزارة"), over a heading that prints og:title whole: that
        # heading is the headline
        return clean_title(og)
    if found and (_names_kind(found) or doc and (
            _joins_names(found, doc) or _names_before_kind(doc, found) and (
                sites.named(found) or _office_h1(root, found, sites)))
            or crumb_channel(root, found, names, page)
            or _site_list_name(found, doc, sites)):
        # an h1 agreeing with <title> on a kind's or a list's name ("Press Releases") names
        # no article, nor one printing as one name what <title> splits into the site's and
        # an office's before a list's name ("Dallas County - Health and Human Services -
        # Press Releases"), nor the site's name <title> prints before a list's ("South Dakota
        # Secretary of State - News Releases" over the release's h3), nor one printing the
        # breadcrumb's last step, a link to the channel ("Αρχική > Ανακοινώσεις Τύπου"), nor
        # the site's name and a list's ("SANParks News" under <title> "SANParks - South
        # African National Parks - …"): the emphasized line over the text is the headline
        shown = shown_headline(root, sites, page=page)
        if shown and title_key(shown) != title_key(found) and not _names_kind(shown):
            return clean_title(shown)
    if found:
        # (a reference that goes on past the h1 with a release's code only, "… Pedestrian
        # NR23418kt", the page printing the code apart, or a remark in brackets: the h1 as
        # it is)
        found = next((h for h in h1s if found.startswith(h) and _CODE_END.fullmatch(
            found[len(h):])), found)
        return clean_title(crumb_headline(root, found, names, page)
                           or _without_site_end(found, sites, refs))
    heads = [h for h in (strip_site_suffix(r, sites) for r in bare) if h]
    if doc and heads and len(_segments(doc)) >= 3:
        # a headline with a separator of its own, which a heading or an element named as the
        # title prints whole: the run of <title>'s segments, not its first segment alone
        heads[-1] = _printed_run_from(root, doc, heads[-1], names) or heads[-1]
    # (the headings first: a walk over every element that prints text, for each title,
    # cost 2% of extraction's time on the pages that declare an og:title)
    if len(heads) == 2 and ((
            _heading_prints(root, heads[1], names)
            # (a social title that is the <title>'s headline cut short, "…착공" for "…착공…
            # 2019년 완공 목표", which a cell prints whole: the walk only then)
            or _cut_short(heads[0], heads[1]) and printed_whole(root, heads[1])
            if meta.get("og:title", "twitter:title")
            else printed_whole(root, heads[1]))
            # (or a heading that prints the <title>'s headline and goes on, where the
            # social title is reworded: the <title> holds the headline cut short)
            or _heading_begins(root, heads[1]) and not _heading_begins(root, heads[0])
            # (or, on a page without an h1, an element of its own that prints the <title>'s
            # headline whole, where the social title, reworded for sharing, is printed
            # nowhere: "《收市總結》…" beside <p class="ArticleHdr">港股收市：…</p>; on every
            # page that comes here, h1 or not, the two walks cost 1.5% of extraction's time)
            or not h1s and not printed_anywhere(root, heads[0]) and printed_whole(root, heads[1])
            ) and not printed_whole(root, heads[0]):
        # a CMS's <meta name="title"> (a menu's short name) that the page prints nowhere,
        # beside a <title> whose headline the page prints; or a social title written for
        # sharing ("高市YouBike再擴站 …") beside a <title> whose headline a heading prints
        heads.reverse()
    # (not an h1 that names the kind of page or a list: "News Release" over the h2 headline)
    found = _lone_h1([h for h in h1s if not sites.declared(h) and not _names_kind(h)], heads)
    if found:
        return clean_title(_headline_under(meta, root, found, doc, sites, page) or found)
    head = heads[0] if heads else ""
    plain = _NUMBER_END.sub("", head)
    if plain != head and printed_whole(root, plain):
        # a release's number after the headline in <title> ("… Basın Duyurusu (2023-25)"),
        # the page printing the headline alone
        return clean_title(plain)
    # a <title> that is the name on the copyright line names the site, not an article
    # ... and so does one that is a record's number ("2019-ln3012 - New Zealand Gazette")
    named = not head or sites.declared(head) or sites.in_footer(head) or all(
        _only_names(b, sites) for b in bare) or _list_name(head) or (
        is_record_number(head) or _KIND_NUMBER.match(head) or _ACRONYM.match(head)
        or _names_itself(head)
        or _CODED.match(head) or _PORTAL_NAME.search(head) or _agency_list_name(head)
        or _NAMED_PORTAL.match(head)
        # (or the template's name for an item's view: "Minnesota Judicial Branch - News Item")
        or _KIND_ALONE.match(head)
        # (or the site's name after its parent body's: "T.C. İçişleri Bakanlığı Emniyet
        # Genel Müdürlüğü" beside a logo named "Emniyet Genel Müdürlüğü")
        or sites.ends_with_declared(head)
        # (or a <title> of names the page prints whole as one line over the text, on a
        # page with no h1: "FSM Information Services<br>Press Release", a letterhead)
        # (its segments joined without a space: the line break between them is none)
        or not h1s and len(segs := _segments(doc)) > 1 and printed_whole(root, "".join(segs))
        # (or a name and a kind's the page prints over an h1 of other words: "Υπουργείο
        # Μεταφορών … - Ανακοινώσεις", the ministry's name in the header)
        or bool(h1s) and bool(doc) and _names_before_kind(doc, head)
        and (line := find_headline(root, head)) is not None and line.tag not in HEAD_TAGS)
    if named and head and _names_kind(head):
        # (a <title> of the site's and the list's names, "MARTA - Press Releases": a line
        # printing the list's name, the h1 over the release's bold headline, is passed over
        # as a site's name is)
        sites.add(head)
    if head and (named or sites.named(head)):
        # a <title> whose headline part names the site or a channel (a menu's link text):
        # the page's own h1, if it names neither, is the headline ("Новости - Администрация
        # района" over <h1>О проведении месячника</h1>)
        own = next((h for h in h1s if not sites.named(h) and not _list_name(h)
                    and not _KIND_NUMBER.match(h) and not _KIND_ALONE.match(h)
                    # (nor a kind's name in two languages: "KENYATAAN MEDIA / PRESS
                    # STATEMENT")
                    and not any(_KIND_ALONE.match(p.strip()) for p in h.split(" / "))
                    # (nor the office's name in the header, which the footer prints)
                    and not _office_h1(root, h, sites)), None)
        if own:
            return clean_title(_headline_under(meta, root, own, doc, sites, page) or own)
        # ... or the value of the field a board's view labels as the title (제목, 標題)
        field = title_field(root)
        if field and not sites.named(field):
            return clean_title(field)
    # (the line is looked for once: both steps below may ask for it)
    shown_line = cache(lambda: shown_headline(root, sites, page=page))
    found = _shown_segment(shown_line, bare, head, sites)
    if found:
        return clean_title(found)
    printed = None if named else find_headline(root, head)
    if printed is not None and _KIND_ALONE.match(element_text(printed).strip()):
        printed = None  # (a heading of the template's view, "Article Details": no headline)
    if printed is not None and not h1s and in_side_column(root, printed):
        # (a side column's heading that prints the <title>'s part, "דוברות הכנסת" over the
        # spokesman's menu, prints no headline: the page is read as one without it)
        printed = None
    if printed is not None and title_key(element_text(printed)) != title_key(head) and \
            sites.named(element_text(printed)):
        # a heading with most of the <title> that is a channel's name ("보도자료" over a
        # "보도자료 상세" page, a board's detail view) does not print the headline
        printed = None
    if printed is not None and not named:
        # (a heading that opens with a kicker in an element of its own, which the <title>
        # prints before the headline after a colon: what the heading prints after it)
        rest = (after_kicker(printed, [head])
                or _after_channel(head, element_text(printed), sites)
                or _before_credit(head, element_text(printed))
                or _printed_run(head, element_text(printed), bare, sites)
                or _between_labels_and_date(head, element_text(printed)))
        if rest:
            return clean_title(rest)
    if not named and printed is None:
        part = _printed_part(root, head)
        # (not the part that names the template's view: "Site : News Detail")
        if part and not _KIND_ALONE.match(part.strip()):
            return clean_title(part)
    # (an h1 of a few words that shares none with the references, or too few, is a
    # section's or the site's name, "Notícias STF" over the headline's h2 (:func:`_lone_h1`):
    # the page is judged as one without an h1)
    # (nor is the site's own name, the h1 that links home)
    # (nor an office's name that the footer prints, an h1 "Department of Health & Human
    # Services" over a release whose <title> names the office otherwise)
    own_h1s = [h for h in h1s if (_word_count(h) > MAX_SECTION_WORDS or _lone_h1([h], heads))
               and not _h1_links_home(root, h)
               and not (printed is None and _office_h1(root, h, sites))]
    # (a <title> whose headline part is a channel's name, a menu's link text, names no
    # article either: "Press Room - Ministry of Foreign Affairs - News")
    # (... unless a heading prints it alone: the page's own name for itself, its menu's
    # current entry, "Free Online Data Science Courses")
    channel = bool(head) and not named and not own_h1s and sites.named(head) and (
        printed is None or title_key(element_text(printed)) != title_key(head))
    # (nor does one of an office's name and a kind of page, "Standing Committee on Public
    # Accounts - Media Statement", whichever heading prints the office)
    office_kind = bool(head and doc) and _names_before_kind(doc, head)
    if named or channel or office_kind or (not own_h1s and printed is None):
        # a <title> that names no article, or that the page prints nowhere, yields to the
        # field an e-paper CMS prints the headline in (Founder's <founder-title>, between
        # the kicker and the subtitle: its boxes of the edition's headlines are in bold) ...
        field = _epaper_title(root)
        if field and (not head or title_key(field) != title_key(head)):
            return clean_title(field)
        # ... and to the value of the field a record's table labels as the title ("Title |
        # E-passport enrolment to begin …" under a <title> of the ministry's names)
        field = title_field(root)
        if field and not sites.named(field) and (not head or title_key(field) != title_key(head)):
            return clean_title(field)
        # ... and to a bold line or heading that holds the <title>'s headline part and more
        # (<title> "Site - Press Release - Phone Scam Using Deputies' Names" over the bold
        # "Sheriff's Office Warns Residents of Phone Scam Using Deputies' Names")
        # (an office's name and more is the office: "HOUSE OF ASSEMBLY<br>STANDING
        # COMMITTEE …" for <title>'s "Standing Committee … - Media Statement")
        holding = _emphasized_holding(root, head) if head and not (
            named or office_kind) else None
        if holding:
            return clean_title(holding)
        # ... and to another part of a <title> that names the site first, the headline
        # after it, where the page prints that part whole ("凤凰县人民政府门户网站--我县召开
        # …会议" over a side box's title, "最新信息", which no reference names)
        # (not beside a kind's name, "Press Release Details :: Department of …": the other
        # part is the site's)
        if named and head and doc and not _list_name(head) and not _KIND_ALONE.match(head):
            parts = [p for p in _segments(doc) if title_key(p) != title_key(head)
                     and len(title_key(p)) >= MIN_TITLE_PART and not sites.named(p)
                     and not sites.in_footer(p) and not _list_name(p)
                     and printed_whole(root, p)]
            if parts:
                return clean_title(max(parts, key=len))
        # ... and to the emphasized line above the text; on a page with headings, only to
        # one with a date
        # under it (a board's "detail view" title over a post's subject and date; a section
        # heading of a page whose <title> is its only headline has none)
        shown = shown_line()
        if shown and office_kind and title_key(shown).endswith(title_key(head)):
            # (a heading printing the office <title> names before a kind of page, under the
            # parliament's h1 and over the release's bold headline: "LEGISLATIVE COUNCIL<br>
            # GOVERNMENT ADMINISTRATION COMMITTEE 'B'" for "Government Administration
            # Committee B - Media Release")
            shown = shown_headline(root, sites, page=page, office=text_key(head))
        if shown and (not head or title_key(shown) != title_key(head)) and (
                named or channel or next(root.iter(*HEAD_TAGS), None) is None
                or _dated(root, shown)
                # (a <title> of a kind's name alone, "Media Statement", names no article,
                # nor one of names before it that the page prints nowhere, "Humboldt County
                # DHHS - Public Health - News Release")
                or _KIND_ALONE.match(head) or doc and _names_before_kind(doc, head)
                # (a headline worded otherwise than the SEO title the page prints nowhere,
                # under a logo's h1: as an h1 would, it shares a quarter of its words)
                or not own_h1s and _lone_h1([shown], [head])
                # (under an h1 of a section's name, a line that is a part of the title is
                # a heading within the page; with no h1, the title's site name goes)
                and not (h1s and _part_of(shown, head))):
            return clean_title(shown)
        # ... or the page's description when it is a line the page prints whole in bold or
        # as a heading (an old release page: <title> and its one heading name the channel,
        # the headline is its description, printed in bold under a date line)
        described = _printed_description(meta, root, sites) if named else None
        if described:
            return clean_title(described)
    # a <title> of the section's and the site's names, a heading over the text that the
    # description meta states whole ("Новости | Портал …" over <h1>Новости</h1> and the
    # headline's <h2>): the heading is the headline
    if head and not own_h1s and printed is not None and printed.tag not in HEAD_TAGS:
        described = _printed_description(meta, root, sites, headings_only=True)
        if described and title_key(described) != title_key(head):
            return clean_title(described)
    if head and printed is not None and printed.tag in HEAD_TAGS and not h1s:
        # the page's one heading over the text prints <title>'s headline and goes on after a
        # dash with what no name of the site is ("… Filing Hours – Supreme Court, New
        # Providence" under "Judiciary :: Notices :: … Filing Hours"): the whole heading
        shown = element_text(printed).strip()
        rest = _after_key(shown, title_key(head)) if shown.startswith(head) else ""
        m = re.match(r"\s+[–—-]\s+(\S.*)$", rest)
        # (not a part <title> sets apart itself: "… Applications - Part 1 | Site" is cut
        # there by a rule of its own)
        if m and not (sites.named(m.group(1)) or sites.in_footer(m.group(1))
                      or sites.declared(m.group(1)) or title_key(m.group(1)) in {
                          title_key(p) for p in _segments(doc or "")}):
            return clean_title(shown)
    # (a heading that prints it and goes on after a colon is the headline whole)
    return clean_title(_heading_going_on(root, head, refs) or head) if head else None


def _names_kind(text: str) -> bool:
    """*text* names a kind of page or a list of them ("News Release", "Press releases")."""
    return _KIND_ALONE.match(text) is not None or _list_name(text)


def _site_list_name(text: str, title: str | None, sites: SiteNames) -> bool:
    """*text* is the site's name, as <title> prints it in a segment of its own or as the
    page names it, then a list's name (``SANParks News``, ``Ministerio de Salud Noticias``):
    the site's list of news, no headline."""
    words = text.split()
    for n in range(1, min(len(words), 8)):
        name, rest = " ".join(words[:n]), " ".join(words[n:])
        if _list_name(rest) and (sites.named(name) or title is not None and title_key(name) in {
                title_key(p) for p in _segments(title)}):
            return True
    return False


def _joins_names(h1: str, title: str) -> bool:
    """*title* is the run of segments *h1* prints as one, with no separator of its own,
    then lists' or kinds' names only (``Dallas County - Health and Human Services - Press
    Releases`` for ``Dallas County Health and Human Services``): a site's and an office's
    name, no headline."""
    segs = _segments(title)
    key = title_key(h1)
    for n in range(2, len(segs)):
        if title_key(" ".join(segs[:n])) == key:
            return all(_names_kind(s) for s in segs[n:]) and not any(
                c in h1 for c in _SEPARATORS)
    return False


def _names_before_kind(title: str, head: str) -> bool:
    """*title* is two segments or more, *head* its first and a kind's or a list's name its
    last (``Humboldt County DHHS - Public Health - News Release``, ``DIPR Manipur :: Press
    Release``)."""
    segs = _segments(title)
    return len(segs) >= 2 and title_key(segs[0]) == title_key(head) and _names_kind(segs[-1])


def _after_name(text: str, named_key: str) -> str | None:
    """*text* after a name whose comparison key is *named_key* and a separator that opens it
    ("News release: Overnight closures …" after "News release"), else ``None``."""
    m = re.match(r"(.+?)\s*[:|–—-]\s+(.+)$", text)
    return m.group(2) if m and title_key(m.group(1)) == named_key else None


# (an application's front page in its folder, "/melillaPortal/index.jsp", is home too; a
# channel's index a list's: neither is a headline's link, which is the page's own if any)
_INDEX_FILE = re.compile(r"(?:^|/)(?:index|default)\.(?:s?html?|php|aspx?|jsp)$", re.I)


def _office_h1(root: Any, text: str, sites: SiteNames) -> bool:
    """An ``<h1>`` printing *text* names the office whose page it is: the footer prints it
    before its address (:meth:`~SiteNames.addressed`), or its copyright or owner's line
    does and the h1 stands outside the text's block ("Content owned … by Department of
    Information & Public Relations" under a header's h1 of that name)."""
    if sites.addressed(text):
        return True
    if not sites.in_footer(text):
        return False
    block = by_density(root)
    key = title_key(text)
    return block is not None and any(
        title_key(element_text(h1)) == key and not any(a is block for a in h1.iterancestors())
        for h1 in root.iter("h1"))


def _h1_links_home(root: Any, text: str) -> bool:
    """An ``<h1>`` printing *text* is one link, to the site's home page or an index page."""
    key = title_key(text)
    for h1 in root.iter("h1"):
        links = list(h1.iter("a"))
        if len(links) == 1 and title_key(element_text(h1)) == key:
            href = (links[0].get("href") or "").strip()
            if href in HOME_LINKS or _INDEX_FILE.search(urlsplit(href).path):
                return True
    return False


#: Fewest key characters of a <title> part taken for the headline beside the site's name.
MIN_TITLE_PART = 8

_EPAPER_TITLE = etree.XPath("/html/body//founder-title")


def _epaper_title(root: Any) -> str | None:
    """The text of the first e-paper title field (:data:`_EPAPER_TITLE`) that holds a
    headline-long line, or ``None``."""
    for el in _EPAPER_TITLE(root):
        text = element_text(el)
        if 2 <= len(text) <= MAX_DESCRIBED_HEADLINE:
            return text
    return None


#: Longest description that can be a headline (a line, not a summary paragraph).
MAX_DESCRIBED_HEADLINE = 160


def _printed_description(meta: PageMeta, root: Any, sites: SiteNames, *,
                         headings_only: bool = False) -> str | None:
    """The description meta, when it is a headline-long line naming no site or channel that
    a bold element or a heading (*headings_only*: a heading) prints whole."""
    text = clean_title(meta.get("description") or "")
    if not 10 <= len(text) <= MAX_DESCRIBED_HEADLINE or sites.named(text):
        return None
    key = title_key(text)
    for el in root.iter(*HEAD_TAGS) if headings_only else root.iter("b", "strong", *HEAD_TAGS):
        if title_key(element_text(el)) == key:
            return element_text(el)
    return None


def _after_channel(head: str, shown: str, sites: SiteNames) -> str | None:
    """What follows a leading channel's name in *head* (``Region: Headline``: a name the
    page's menu or breadcrumb prints, then a weak boundary) when it is *shown*, the
    heading the page prints over its text. ("Kicker: Headline" is a headline of its own
    in Latin text: the page printing the rest alone, beside a menu that names the rest's
    lead, says which.)"""
    m = _WEAK.search(head)
    if m is not None and m.start() > 0:
        lead, rest = head[:m.start()].strip(), head[m.end():].strip()
        if title_key(rest) == title_key(shown) and sites.named(lead):
            return rest
    # (a space between them where a name of CJK words ends: "政策解读 《…措施》政策解读"
    # over the page's own heading; a Latin title's space is between words of one
    # headline as often as after a name, and is left to the rules above)
    for m in re.finditer(rf"(?<=[{_CJK}])\s+(?=\S)", head):
        lead, rest = head[:m.start()].strip(), head[m.end():].strip()
        if title_key(rest) == title_key(shown) and sites.named(lead):
            return rest
    return None


# A writer's credit after a headline in <title>: "by Rick Steves", "von Anna Berg"
_CREDIT = re.compile(r"^\s*[,|–—-]?\s*(?:by|von|par|por|door|av|przez)\s+[^\W\d_][^|]{0,40}$",
                     re.IGNORECASE)


def _before_credit(head: str, shown: str) -> str | None:
    """*shown*, the heading the page prints over its text, when *head* is it and then a
    writer's credit (``Headline by Rick Steves``, no separator the segments took)."""
    key = title_key(shown)
    end = _key_end(head, key) if key and title_key(head).startswith(key) else None
    if end is None or end >= len(head):
        return None
    return head[:end].strip() if _CREDIT.match(head[end:]) else None


#: Fewest words of a subtitle a headline carries after a dash of its own (:func:`_printed_run`).
MIN_SUBTITLE_WORDS = 3


def _printed_run(head: str, shown: str, refs: list[str], sites: SiteNames) -> str | None:
    """*shown*, the heading the page prints over its text, when it is *head* and the
    segments after it in a reference: a headline with a dash of its own ("Nowe funkcje
    w aplikacji – przypomnienia o badaniu - Ministerstwo - Portal") is a run of segments
    the page prints whole, and what follows it names the site."""
    key = title_key(shown)
    if len(key) <= len(title_key(head)):
        return None
    for ref in refs:
        for run in _runs(ref):
            # (a continuation of a word or two is a part number or a tag the site adds:
            # "… - Part 1", "… – Video"; a subtitle is a phrase)
            if title_key(run) == key and run.startswith(head) and ref.strip() != run and (
                    _word_count(run[len(head):]) >= MIN_SUBTITLE_WORDS):
                # (the segments left after the run name the site: the run is the headline,
                # not a heading that prints a channel's name after it)
                tail = ref.strip()[ref.strip().find(run) + len(run):]
                if any(sites.declared(p) or sites.named(p) for p in _segments(tail)):
                    return shown
    return None


# the names before a headline in <title>, each of a few words after a colon, a bar or a dash
_LABEL_RUN = re.compile(r"^(?:[^:|–—]{1,40}?\s*[:|–—]\s+){1,3}$")
#: Fewest words of a heading taken from the middle of <title>.
MIN_MIDDLE_WORDS = 4


def _between_labels_and_date(head: str, shown: str) -> str | None:
    """*shown*, the heading over the text, when *head* (a ``<title>``) prints it between
    short labels and a date: "DOJ&CD: Media Statement: <headline>, 15 March 2023"."""
    at = head.find(shown)
    if at <= 0 or _word_count(shown) < MIN_MIDDLE_WORDS or not _LABEL_RUN.match(head[:at]):
        return None
    after = head[at + len(shown):].strip(" ,;-–—")
    if after:
        stamp = next(iter(find_dates(after, limit=1)), None)
        if stamp is None or after[:stamp.start].strip() or after[stamp.end:].strip(" .)"):
            return None
    return shown


def _without_kicker(art: str, root: Any, doc: str) -> str:
    """*art* (the ``ArticleTitle`` meta) without a kicker before the headline (``战疫情　促发展
    我县…``: the line a portal prints over its headline), when an h1 prints what follows the
    kicker and ``<title>`` begins with it too."""
    parts = art.split()
    for i in range(1, len(parts)):
        rest = " ".join(parts[i:])
        key = title_key(rest)
        if len(key) >= 8 and title_key(doc).startswith(key) and any(
                title_key(element_text(h)) == key for h in root.iter("h1")):
            return rest
    return art


def _printed_part(root: Any, head: str) -> str | None:
    """The longest part of *head* between weak boundaries (``站点-标题``: no separator
    with spaces, which the segments took) that the page prints as an element of its own,
    when it prints *head* nowhere: the headline over the text, the site's name beside it
    in ``<title>`` only."""
    parts = [p.strip() for p in _WEAK.split(head)]
    if len(parts) < 2:
        return None
    for part in sorted(parts, key=len, reverse=True):
        key = title_key(part)
        if len(key) < MIN_WEAK_HEAD:
            break
        el = find_headline(root, part)
        if el is not None and title_key(element_text(el)) == key:
            return part
    return None


#: How far under a headline its date line is looked for (characters of text).
DATE_REACH = 200


def _headline_under(meta: PageMeta, root: Any, h1: str, doc: str, sites: SiteNames,
                    page: tuple[str, ...]) -> str | None:
    """The emphasized line over the text, a date near it, that says much more than *h1* and
    is no sentence, where *h1* is the channel the breadcrumb ends with and ``<title>``
    (*doc*) does not print it ("Hoạt động ngân hàng" over the headline's line and its
    date), or ``None``. (A short headline keeps its h1 over a longer subtitle:
    "口袋公园“亮”起来", "Marisol Vance Finds the Undertow on Salt Lines".)"""
    key = title_key(h1)
    if key in title_key(doc):
        return None
    from .source import pick_channel  # (here: the breadcrumb's reader imports this module)
    # (the breadcrumb first: the line over the text is the dearer to find)
    channel = pick_channel(meta, root)
    if not channel or title_key(channel) != key:
        return None
    shown = shown_headline(root, sites, page=page)
    if not (shown and len(title_key(shown)) >= 2 * len(key) and key not in title_key(shown)
            and not shown.rstrip().endswith((".", "。")) and not sites.named(shown)
            and _dated(root, shown, before=True)):
        return None
    return shown


def _dated(root: Any, headline: str, before: bool = False) -> bool:
    """Whether a date is printed within :data:`DATE_REACH` characters after *headline* (or
    before it, with *before*: a release's number and date over its headline)."""
    el = find_headline(root, headline)
    if el is None:
        return False
    text, at = text_around(root, el, before=DATE_REACH if before else 0, after=DATE_REACH)
    return bool(find_dates(text[at:], limit=1) or before and find_dates(text[:at], limit=1))


#: Fewest letters of a headline that ends at a weak boundary of the title (a shorter one is
#: a topic's or a section's label printed above the text: "Brexit" of "Brexit: what next").
MIN_WEAK_HEAD = 8


_CJK_SPACE = re.compile(rf"(?<=[{_UNSPACED}])\s+(?=[{_UNSPACED}])")


def _shown_segment(shown_line: Callable[[], str | None], refs: list[str],
                   head: str, sites: SiteNames) -> str | None:
    """The emphasized line above the text (*shown_line* gives :func:`shown_headline`'s
    answer) when it is another segment of a reference than *head*: ``Site - Headline``
    titles put the site first, and the page prints the headline, not the site's name,
    over its text. Or when it is
    *head* up to a weak boundary (``标题-频道-站点`` over a text headed ``标题``) or after one
    (``站点-频道-标题``): the names beside it are the channel's and the site's, though the
    page names neither. Or
    when it is what follows a space between CJK words (``站点 频道 标题``)."""
    runs = {title_key(r) for ref in refs if len(_segments(ref)) > 1 for r in _runs(ref)}
    runs.update(key for m in _WEAK.finditer(head)
                if len(key := title_key(head[:m.start()])) >= MIN_WEAK_HEAD)
    # ... or after one (``站点-频道-标题``, the site's and the channel's names first)
    runs.update(key for m in _WEAK.finditer(head)
                if len(key := title_key(head[m.end():])) >= MIN_WEAK_HEAD)
    # "遂昌县人民政府 我县召开…推进会": a space may separate the site's name too; the page
    # printing what follows it over the text says so (a two-phrase headline prints both)
    runs.update(key for ref in refs for m in _CJK_SPACE.finditer(ref)
                if len(key := title_key(ref[m.end():])) >= MIN_WEAK_HEAD)
    runs.discard(title_key(head))
    if not runs:
        return None
    shown = shown_line()
    # (a letterhead over a release, the office's name the footer gives too, is the site's:
    # "LINCOLN COUNTY SHERIFF'S OFFICE" over its address line)
    return shown if shown and title_key(shown) in runs and not sites.in_footer(shown) else None



#: Shortest title (CJK characters count twice, as they print) that a heading going on
#: after it (:func:`headline_going_on`) may extend.
MIN_CUT_TITLE = 15


def headline_going_on(head: Any, title: str, meta: PageMeta, root: Any) -> str | None:
    """The text of *head* (the element :func:`find_headline` found for *title*) when it
    prints *title* and goes on, in the same run of text, after a space or a comma (CJK text
    also straight on) with more of the headline; or ``None``. The references (the
    ``ArticleTitle`` meta, ``<title>``, og:title) hold a headline cut short for search
    engines or a CMS field
    (``农业农村部部署秋冬种生产工作　强调抓好…``, ``Bandari ya Tanga kuanza kupokea meli
    kubwa Juni baada ya upanuzi wa gati``). A subtitle set in an element of its own
    (``<h1>How I … <small>without …</small></h1>``) is not the headline's, nor what follows
    a dash, a bar or a colon (the site's name, "Part 1")."""
    if head is None or len(title) + len(NOT_CJK.sub("", title)) < MIN_CUT_TITLE:
        return None
    found = _goes_on(head, title)
    if found is None and head.tag not in HEAD_TAGS and not NOT_IN_XPATH.search(
            title.replace(" ", "")):
        # a headline printed in bold or big type, not a heading, was found by its exact
        # text: that may be its short form in a list of the day's articles
        found = next((f for el in _PRINTS(root, t=title) if (f := _goes_on(el, title))), None)
    return _wide_spaces(clean_title(found), meta, root) if found else None


# Elements without children whose text holds $t (libxml2 reads scripts' text last)
_PRINTS = etree.XPath("/html/body//text()[not(parent::script)][contains(., $t)]/parent::*"
                      "[not(*)]")


_CJK_END = re.compile(f"[{CJK_CHARS}]$")
_CJK_START = re.compile(f"[{CJK_CHARS}]")


def _goes_on(el: Any, title: str) -> str | None:
    """The text of *el*, when it has no children and is emphasized, and starts with *title*
    and goes on after a space or a comma with a word. An element that only wraps one
    child (``<h2><strong>…</strong></h2>``) is read as that child."""
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        el = el[0]
    if len(el) or len(el.text or "") > 2 * MAX_HEADING_HEADLINE:
        return None
    own = clean_line(el.text or "")
    # (compared as the text reader prints both: an ideographic space between the title's
    # phrases is one space in the element's line, and stays the title's own in the result)
    start = clean_line(title)
    rest = own[len(start):]
    more = rest.strip(" ,;，；、")
    # (a CJK headline goes on without a space: "…物價指數" printed as "…物價指數按年上升0.91%")
    joined = bool(_CJK_END.search(start)) and bool(_CJK_START.match(rest))
    if (own.startswith(start) and (rest[:1] in (" ", ",", ";", "，", "；", "、") or joined)
            and len(more) >= 4 and more[0].isalnum() and len(own) <= MAX_HEADING_HEADLINE
            and _emphasized_here(el)):
        return title + rest
    return None


def _emphasized_here(el: Any) -> bool:
    """*el* or an element around it whose only content it is is a heading, named as a
    title, or bold or big text (``<font size="5"><b>…</b></font>``)."""
    while el is not None:
        if emphasized(el):
            return True
        parent = el.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            return False
        el = parent
    return False

"""Publication time: which of the dates a page shows is the publication date.

The evidence, strongest first: a date the page prints with a publication label near its
headline, the date its ``<head>`` declares, a date line near the headline, a ``<time>``
element, dates elsewhere on the page, the URL, and last htmldate's search. How they are
weighed is :func:`pick_published`'s docstring.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

from newscrawler.countryzones import country_days, country_timezone

from .chrome import is_list_heading
from .dateline import (
    PLAIN,
    PUBLISHED,
    UPDATED,
    WRITTEN,
    Printed,
    at_clock,
    clock_reading,
    is_field_name,
    is_issued_line,
    printed_dates,
    with_line_time,
)
from .dates import (
    WEEKDAY_END,
    Stamp,
    date_from_url,
    day_months,
    find_dates,
    is_plausible,
    parse_date,
)
from .meta import PageMeta
from .source import is_issuer_line
from .text import IDEOGRAPH, SENTENCE_ENDS, element_text, off_stream, paragraphs, text_around
from .trim import (
    MAX_SIGN_OFF_LINES,
    MAX_UNDER_END,
    contact_block,
    is_contact_line,
    is_end_mark,
    posted_day,
)

__all__ = ["META_DATE_NAMES", "META_MODIFIED_NAMES", "Shown", "labelled_on_page",
           "pick_published", "shown_near_headline", "tail_stamp"]

#: Meta names (lower-case) that carry the publication time, most specific first.
META_DATE_NAMES = (
    "pubdate", "publishdate", "article:published_time", "firstpublishedtime",
    "publish-date", "publish_date", "publication_date", "datepublished", "dc.date.issued",
    "dcterms.issued", "og:published_time", "sailthru.date", "parsely-pub-date", "date",
)
#: Meta names of a later revision: a printed date equal to one of these is an update.
META_MODIFIED_NAMES = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "lastmod", "modified",
)


#: Meta names that say only "date": a mailing list's or a CMS's, kept at the last save.
UNSPECIFIC_DATE_NAMES = ("sailthru.date", "date")
#: Dublin Core's dates, which may be any of a document's (created, issued, modified): never
#: the publication on their own, only evidence of the day beside it.
DUBLIN_CORE_DATES = ("dc.date", "dcterms.date")


def _declared(meta: PageMeta, now: datetime | None) -> Stamp | None:
    """The publication time ``<head>`` declares: meta tags, then JSON-LD."""
    return next((stamp for _, stamp in _declared_dates(meta, now)), None)


def _before_revision(meta: PageMeta, declared: Stamp, now: datetime | None) -> Stamp | None:
    """An earlier publication time ``<head>`` declares when *declared* came from a meta
    that says only "date" (:data:`UNSPECIFIC_DATE_NAMES`) and is the moment it gives as
    the last modification (a mailing list's ``sailthru.date`` kept at the last update,
    beside JSON-LD's ``datePublished``); else ``None``. (An ``article:published_time``
    equal to the modification is the site's word: a guide republished that day.)"""
    dates = list(_declared_dates(meta, now))
    revised = _modified_stamps(meta)
    if not dates or dates[0][0] not in UNSPECIFIC_DATE_NAMES or not any(
            _same_moment(declared, r) for r in revised):
        return None
    return next((s for _, s in dates[1:] if _day(s) < _day(declared)
                 and not any(_same_moment(s, r) for r in revised)), None)


def _declared_dates(meta: PageMeta, now: datetime | None) -> Iterator[tuple[str, Stamp]]:
    """The publication times ``<head>`` declares with the names that declare them, in
    precedence order."""
    for name in META_DATE_NAMES:
        value = meta.tags.get(name)
        if value:
            stamp = parse_date(value)
            if stamp is not None and is_plausible(stamp, now):
                yield name, stamp
    for item in meta.jsonld:
        value = item.get("datePublished") or item.get("dateCreated")
        if isinstance(value, str):
            stamp = parse_date(value)
            if stamp is not None and is_plausible(stamp, now):
                yield "datePublished", stamp


def _dated_days(meta: PageMeta, now: datetime | None) -> set[Any]:
    """The days ``<head>`` gives without a time: its publication dates and Dublin Core's."""
    stamps = [s for _, s in _declared_dates(meta, now)]
    stamps += [parse_date(v) for v in (meta.tags.get(n) for n in DUBLIN_CORE_DATES) if v]
    return {_day(s) for s in stamps if s is not None and not s.has_time}


def _in_utc(stamp: Stamp) -> bool:
    """A moment given in UTC (``Z``, ``+00:00``), not on a local clock."""
    offset = stamp.moment.utcoffset() if stamp.has_time and stamp.offset_given else None
    return offset is not None and not offset


# A day spelled with its year last in an address ("/auckland/11-03-2025/"): day or month
# first, both readings are candidates
_URL_DAY = re.compile(r"/(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?=[/_.-]|$)")


def _url_days(url: str | None) -> set[date]:
    """The days an address may spell with its year last, read day first and month first."""
    days: set[date] = set()
    for m in _URL_DAY.finditer(urlsplit(url).path if url else ""):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        for day, month in ((a, b), (b, a)):
            try:
                days.add(date(year, month, day))
            except ValueError:
                pass
    return days


def _country_clock(stamp: Stamp, url: str | None) -> Stamp | None:
    """*stamp*'s moment told in the time zone of the country the address's host is in, where
    its country-code domain names one zone (:mod:`newscrawler.countryzones`)."""
    found = country_timezone(urlsplit(url).hostname or "") if url else None
    if found is None or stamp.moment.tzinfo is None:
        return None
    return replace(stamp, moment=stamp.moment.astimezone(ZoneInfo(found[0])))


def _country_days(stamp: Stamp, url: str | None) -> set[date]:
    """The days *stamp*'s moment falls on across the zones of the address's host's country
    (:func:`newscrawler.countryzones.country_days`; one for a country of one zone)."""
    if not url or stamp.moment.tzinfo is None:
        return set()
    return country_days(urlsplit(url).hostname or "", stamp.moment)


def _same_moment(a: Stamp, b: Stamp) -> bool:
    """One day, and one minute where both give a time."""
    return _day(a) == _day(b) and (not (a.has_time and b.has_time) or _minute(a) == _minute(b))


def _created_only(meta: PageMeta) -> bool:
    """``<head>`` declares only when the page was created in the CMS (JSON-LD
    ``dateCreated``: a draft's day, days before the publication the page prints)."""
    return (not any(meta.tags.get(name) for name in META_DATE_NAMES)
            and not any(item.get("datePublished") for item in meta.jsonld))


def _modified_days(meta: PageMeta) -> set[date]:
    """Days ``<head>`` gives as the last revision."""
    return {_day(stamp) for stamp in _modified_stamps(meta)}


def _modified_stamps(meta: PageMeta) -> list[Stamp]:
    """The times ``<head>`` gives as the last revision."""
    values = [meta.tags.get(name) for name in META_MODIFIED_NAMES]
    values += [item.get("dateModified") for item in meta.jsonld]
    out = []
    for value in values:
        if isinstance(value, str):
            stamp = parse_date(value)
            if stamp is not None:
                out.append(stamp)
    return out


def _time_element(root: Any, now: datetime | None, url: str | None = None, *,
                  microdata: bool = False) -> Stamp | None:
    """The first ``<time datetime>`` (or hAtom's ``<abbr class="published" title>``, which
    old blog templates print) that is not an update stamp and not in a list of other
    pages (a sidebar of recent posts prints theirs), nor in a teaser's card beside its
    headline's link to another page (:func:`_in_teaser`); with *microdata*, also the
    publication date of the headline's item wherever it sits (:func:`_headline_microdata`)."""
    # (a theme that marks its one date "entry-date updated", tagDiv's Newspaper, gives no
    # other: that date is the post's when no other <time> is)
    entry_dates = []
    for el in root.iter("time", "abbr"):
        cls = (el.get("class") or "").lower() + " " + (el.get("itemprop") or "").lower()
        if el.tag == "abbr" and "published" not in cls.split():
            continue
        if "updated" in cls or "modified" in cls or _labelled_update(el, now):
            if "entry-date" in cls.split() and "modified" not in cls and not _labelled_update(
                    el, now):
                entry_dates.append(el)
            continue
        stamp = _time_stamp(el, now, url, microdata)
        if stamp is not None:
            return stamp
    # (... also beside a sidebar's or a related list's cards of the same theme, each off
    # the text's stream or a teaser's)
    stamps = [s for s in (_time_stamp(el, now, url, microdata) for el in entry_dates) if s]
    return stamps[0] if len(stamps) == 1 else None


def _time_stamp(el: Any, now: datetime | None, url: str | None, microdata: bool
                ) -> Stamp | None:
    """The moment of a ``<time>`` (or ``<abbr>``) :func:`_time_element` looks at, unless it
    sits off the text's stream or in a teaser."""
    # (not <body>'s own class: a WordPress theme's "has-sidebar" names the layout)
    if not (microdata and _headline_microdata(el)) and (
            any(off_stream(parent) and not _own_footer(parent)
                for parent in el.iterancestors() if parent.tag not in ("body", "html"))
            or _in_teaser(el, url)):
        return None
    value = el.get("datetime") or el.get("content") or el.get("title")
    if value:
        stamp = parse_date(value)
        if stamp is not None and is_plausible(stamp, now):
            # the element prints the moment on the page's clock ("8.3.2023 08:00" for
            # "2023-03-08T06:00:25Z"): told so
            shown = next(iter(find_dates(el.text_content(), limit=1)), None)
            local = _on_local_clock(shown, stamp) if shown is not None else None
            if local is None and shown is not None and _local_day(shown, stamp):
                # ... or only its day, which a moment in UTC reaches on some clock
                # ("22 May 2024" for "2024-05-21T23:01Z", a release out at 00:01 BST):
                # the day the page prints
                return shown
            return local or stamp
    return None


def _headline_microdata(el: Any) -> bool:
    """*el* (a ``<time>``) is the publication date of the item whose headline the page
    prints as its h1, in schema.org microdata: ``itemprop="datePublished"``, and the nearest
    ``itemscope`` around it holds the h1 (a news agency's date line in an ``<aside>`` over
    the headline). A related item's card has its own item, without the page's h1."""
    if (el.get("itemprop") or "").strip().lower() != "datepublished":
        return False
    for parent in el.iterancestors():
        if parent.get("itemscope") is not None:
            return next(parent.iter("h1"), None) is not None
    return False


#: The most characters of a line that labels the ``<time>`` in it.
MAX_TIME_LINE = 100


def _labelled_update(el: Any, now: datetime | None) -> bool:
    """*el* (a ``<time>``) is on a short line that labels it an update and nothing else:
    "<p>Updated <time datetime='2025-10-10'>10 October 2025</time></p>" under the text."""
    parent = el.getparent()
    if parent is None:
        return False
    line = " ".join(parent.text_content().split())
    if len(line) > MAX_TIME_LINE:
        return False
    kinds = {item.kind for item in printed_dates(line, 0, now)}
    return kinds == {UPDATED}


#: A teaser's card: its headline's link (this many words or more) and its date, in this
#: many characters at most.
MIN_TEASER_WORDS = 4
MAX_TEASER_CHARS = 300
_CARD_TAGS = frozenset({"div", "li", "article", "section"})


def _in_teaser(el: Any, url: str | None) -> bool:
    """*el* (a ``<time>``) sits in a short card, up to three levels up, that links another
    page by a headline: a sidebar's latest item ("<div class='article'><h4><a
    href='/news-detail/…'>Rwanda and Zambia agree …</a></h4><time>"), not the article's own
    header, whose headline links the page itself if it links anything."""
    own = urlsplit(url).path.rstrip("/") if url else None
    # (a permalink around the time itself, "Posted on <a rel=bookmark><time>", is no
    # headline's link)
    around = {id(a) for a in el.iterancestors("a")}
    box = el.getparent()
    for _ in range(3):
        if box is None or box.tag in ("body", "main"):
            return False
        if box.tag in _CARD_TAGS:
            if len(box.text_content()) > MAX_TEASER_CHARS:
                return False
            for a in box.iter("a"):
                href = (a.get("href") or "").strip()
                if (href and not href.startswith(("#", "javascript:")) and id(a) not in around
                        and len(a.text_content().split()) >= MIN_TEASER_WORDS
                        and urlsplit(href).path.rstrip("/") != own):
                    return True
        box = box.getparent()
    return False


#: The most characters an article's own footer holds when it only says who posted it and
#: when ("Submitted by BPS Media on Tue, 08/05/2025 - 14:32").
MAX_OWN_FOOTER = 200


def _own_footer(el: Any) -> bool:
    """*el* is the footer of an ``<article>``, short: its byline and time (Drupal's
    ``<footer class="node__meta">``), not the page's footer nor a list of other pages;
    the words of its links are not counted (a theme's tags and previous / next posts beside
    the byline: "Imewekwa na Millard Ayo Januari 18, 2022")."""
    if el.tag != "footer" or next(el.iterancestors("article"), None) is None:
        return False
    # (its characters as read: the indentation of the page's source is no text)
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return len(" ".join(el.text_content().split())) - linked <= MAX_OWN_FOOTER


_COMMENT = re.compile(r"(?:^|[-_\s])comments?(?:$|[-_\s])|schema\.org/Comment$", re.I)


def _comment_days(root: Any) -> set[date]:
    """The days of the ``<time datetime>`` elements of readers' comments."""
    days = set()
    for el in root.iter("time"):
        value = el.get("datetime")
        if value and any(_COMMENT.search(f"{p.get('class') or ''} {p.get('id') or ''}")
                         or _COMMENT.search(p.get("itemtype") or "")
                         for p in el.iterancestors()):
            stamp = parse_date(value)
            if stamp is not None:
                days.add(_day(stamp))
    return days


# An element a template marks as the page's update ("<span class='updated rich-snippet-
# hidden'>2024-03-21T09:47:15-04:00</span>", hAtom's and schema.org's names for it)
_UPDATED_MARKS = etree.XPath(
    "/html/body//*[contains(@class, 'updated') or contains(@class, 'modified')"
    " or @itemprop='dateModified']")
_UPDATED_WORD = re.compile(r"(?:^|[-_\s])(?:updated|modified|date-?modified)(?:$|[-_\s])",
                           re.IGNORECASE)


_PUBLISHED_WORD = re.compile(r"(?:^|\s)published(?:$|\s)", re.IGNORECASE)


def _updated_days(root: Any) -> set[date]:
    """The days of the elements the page's template names as its update (a class word
    ``updated`` or ``modified``, ``itemprop="dateModified"``), read from their attribute
    or their text."""
    days = set()
    for el in _UPDATED_MARKS(root):
        if not (_UPDATED_WORD.search(el.get("class") or "") or el.get("itemprop")):
            continue
        if el.get("itemprop") == "datePublished" or _PUBLISHED_WORD.search(
                el.get("class") or ""):
            # (hAtom's "updated" on the publication's own stamp: a theme's "entry-date
            # published updated", a forum's <time class="updated" itemprop="datePublished">)
            continue
        value = el.get("datetime") or el.get("content") or el.text_content()
        stamp = parse_date(value.strip()) if value and len(value) <= 60 else None
        if stamp is not None:
            days.add(_day(stamp))
    return days


def _nearest(items: Sequence[Printed]) -> Stamp | None:
    """The first of *items* at or after the headline, else the last one before it
    (information-disclosure tables print the date above the headline)."""
    for item in items:
        if item.after:
            return item.stamp
    return items[-1].stamp if items else None


@dataclass(frozen=True, slots=True)
class Shown:
    """The dates a stretch of the page prints, one of each kind."""

    published: Stamp | None = None  # labelled as the publication date
    line: Stamp | None = None  # a date line without a label
    field: Stamp | None = None  # a date on a short line with more before it (a tag, a name)
    updated: Stamp | None = None  # labelled as an update
    written: Stamp | None = None  # labelled as the day the document was written (成文日期)
    line_days: frozenset[date] = frozenset()  # the days of every date line
    written_days: frozenset[date] = frozenset()  # the days of every WRITTEN label
    published_all: tuple[Stamp, ...] = ()  # every date with a PUBLISHED label, in order


def shown_near_headline(text: str, anchor: int = 0, now: datetime | None = None, *,
                        headline_length: int = 0) -> Shown:
    """The dates printed in *text* (the lines around the headline, which starts at
    offset *anchor* and is *headline_length* characters long), by kind; of each kind the
    nearest after the headline, else the nearest before it; none inside the headline."""
    # (a date inside the headline is what the headline is about, "… from 1 April 2025",
    # not when the page was published)
    items = [i for i in printed_dates(text, anchor, now)
             if not anchor <= i.stamp.start < anchor + headline_length]
    # (a publication told in a sentence, "in line with the flash estimate released on 1
    # October 2024", dates the page only where no date line does)
    lines = [i for i in items if i.kind == PLAIN and i.line]
    line = _nearest(lines)
    # a date and time on the line right over the headline is the item's own (a listing-style
    # template's "12.1.2024 10.00" over the <h1>); a day alone under it, in a record's
    # fields, is another of its dates (a decision's, a hearing's)
    over = next((i.stamp for i in reversed(lines) if not i.after), None)
    if (over is not None and line is not None and line is not over and over.has_time
            and not line.has_time and not text[over.end:anchor].strip()):
        line = over
    return Shown(
        published=_nearest([i for i in items if i.kind == PUBLISHED
                            and not (i.sentence and lines)])
        or _nearest([i for i in items if i.kind == WRITTEN]),
        line=line,
        field=_nearest([i for i in items if i.kind == PLAIN and not i.line and not i.sentence]),
        updated=_nearest([i for i in items if i.kind == UPDATED]),
        written=_nearest([i for i in items if i.kind == WRITTEN]),
        line_days=frozenset(i.stamp.moment.date() for i in items if i.kind == PLAIN and i.line),
        written_days=frozenset(i.stamp.moment.date() for i in items if i.kind == WRITTEN),
        published_all=tuple(i.stamp for i in items if i.kind == PUBLISHED),
    )


#: How many of a text's last paragraphs are searched for its date, and the longest
#: paragraph that can be a date line.
TAIL_PARAGRAPHS, TAIL_LINE = 4, 80


def _is_date_line(para: str, now: datetime | None) -> bool:
    return len(para) <= TAIL_LINE and any(
        item.kind != UPDATED and item.line for item in printed_dates(para, 0, now))


def tail_stamp(paras: Sequence[str], now: datetime | None = None, *,
               signed: bool = False) -> Stamp | None:
    """A date line among the last paragraphs of the text (press releases that end with
    ``Ends/Tuesday, March 5, 2024`` then ``Issued at HKT 12:30``), with the time of a
    time line right after it; none when the text holds another date line (a thread's
    replies, a diary's entries: the last one dates the last reply).

    A date under the name of whoever signed (``株洲市人力资源和社会保障局`` /
    ``二○○九年三月十六日``, an office, a name and title) is the day the document was
    signed, which a portal publishes later: it is returned only with *signed*.

    A contact block closing the text does not count among the last paragraphs
    (``Luxembourg, le 27 novembre 2023`` over ``Contact`` / ``Service eaux`` / ``Tél. : …``)."""
    end = contact_block(paras)
    if end is not None:
        paras = paras[:end]
    first = max(0, len(paras) - TAIL_PARAGRAPHS)
    for i in range(len(paras) - 1, first - 1, -1):
        # (a post's footer of fields dates it by its first: "# 21 de febrero de 2024 —
        # Enlace permanente — Por …")
        para = posted_day(paras[i]) or paras[i]
        if len(para) > TAIL_LINE or para.startswith("|"):
            continue  # (nor is a table's row: "| Do., 18.04.2024 | Bad Abbach | …", a schedule)
        for item in printed_dates(para, 0, now):
            if item.kind == UPDATED or _closes_sentence(para, item.stamp) or not (
                    item.line or is_issued_line(para, item.stamp)):
                continue
            # (a table's rows of dates, "| Hari Mengundi | Sabtu, 20 Julai 2024 |", are the
            # text's data, not its entries)
            if any(_is_date_line(p, now) for j, p in enumerate(paras)
                   if j != i and not p.startswith("|")):
                return None
            if _signed(paras, i) != signed:
                return None
            return with_line_time(item.stamp, paras[i + 1] if i + 1 < len(paras) else "")
    return None


# A release's dateline opening its text: the place, a comma, perhaps a short word, then the
# date ("Bogotá (D.C.), 14 de mayo de 2024.- Ante …", "ROUYN-NORANDA, le 15 octobre 2024 –
# …", "Lagos, March 4, 2025 — …"), or the date in brackets after the place ("ATLANTA (Sept.
# 10, 2024) — …", as American releases print it)
# (or a state's abbreviation, then the bracket: "Baltimore, MD (August 13, 2024) –", or a
# square one: "New York, NY [March 14, 2024]—"; or its name, before a bracket only:
# "IQALUIT, Nunavut (February 11, 2025) –", "HALIFAX, Nova Scotia (…)")
# (a short word's full stop may abbreviate the place's name: "ST. JOHN'S, Antigua (January
# 22, 2025) –", "FT. MYERS, Fla. –")
_OPENING_PLACE = re.compile(r"^[^\W\d_](?:[^,.;:!?\d()\[]|(?<=\b[^\W\d_]{2})\.(?= [^\W\d_])"
                            r"|\([^()\d]{1,12}\)){1,50}"
                            r"(?:,\s*(?:[^\W\d_][^\W\d]{1,19}(?:\s+[^\W\d_][^\W\d]{1,19})?\s+(?=[(\[])"
                            r"|[^\W\d]{1,4}\s+)?(?P<after_state>[(\[])?"
                            r"|(?<=\S)\s+(?P<bracket>[(\[]))")
# ... and what follows the date there: a dash, a colon or a full stop and dash before the text,
# an agency's name in brackets first ("(MinSalud).-")
_OPENING_END = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:\.?\s*[-–—]+|:|\.)\s*\S")


# ... the place may go on, a country after a dash, and a weekday precede the date: "Monrovia,
# Liberia - Tuesday, March 12, 2024:"
_MORE_PLACE = re.compile(r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[,–—-]\s*){0,2}"
                         r"(?:[^\W\d_]+\s*,\s*)?")


def opening_dateline(paras: Sequence[str], now: datetime | None = None) -> Stamp | None:
    """The date of a dateline that opens the text's first paragraph (:data:`_OPENING_PLACE`,
    then a date with its year, then :data:`_OPENING_END`), or its second under a release's
    subtitle: the day a release was issued, which some pages print nowhere else."""
    for para in paras[:2]:
        stamp = _dateline_of(para, now)
        if stamp is not None:
            return stamp
    return None


# ... or the date opening the text without a place, its time and the writer's name after it,
# then a dash ("November 14, 2023, 2:41 p.m. Grace Whitfield — Family physicians …")
_DATE_FIRST_END = re.compile(r"(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)?"
                             r"(?:,?\s+(?:by\s+)?[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})?"
                             r"\s*[–—-]+\s*\S", re.IGNORECASE)


def _dateline_of(para: str, now: datetime | None) -> Stamp | None:
    """The date *para* opens with as a release's dateline, after its place or alone before
    its time, its writer and a dash; else ``None``."""
    first = next(iter(find_dates(para[:40], limit=1)), None)
    if (first is not None and first.start == 0 and not first.guessed
            and is_plausible(first, now) and _DATE_FIRST_END.match(para, first.end)):
        return first
    place = _OPENING_PLACE.match(para)
    if place is None:
        return None
    stamp = next(iter(find_dates(para[place.end():place.end() + 60], limit=1)), None)
    if stamp is None or stamp.guessed or not is_plausible(stamp, now) or (
            stamp.start and not _MORE_PLACE.fullmatch(para[place.end():place.end() + stamp.start])):
        return None
    rest = para[place.end() + stamp.end:]
    if place["bracket"] or place["after_state"]:
        # (the bracket closes right after the date, and a dash follows it)
        rest = rest.lstrip()
        if rest[:1] != {"(": ")", "[": "]"}[place["bracket"] or place["after_state"]]:
            return None
        rest = rest[1:]
    return stamp if _OPENING_END.match(rest) else None


#: Longest line that is only a release's place and date ("Zug, 12. März 2025", "Paris, le
#: 3 juin 2024").
MAX_PLACE_DATE_LINE = 60
_SHORT_BLOCKS = etree.XPath(
    f"//body//*[self::p or self::div][string-length(normalize-space()) <= {MAX_PLACE_DATE_LINE}]"
    "[not(.//p or .//div or .//a)][not(ancestor::a or ancestor::nav or ancestor::footer"
    " or ancestor::aside or ancestor::li)]")


def place_date_line(root: Any, now: datetime | None = None) -> Stamp | None:
    """The date of a line of its own that is a release's place and date, as German, Swiss,
    French or Spanish releases open (or sign) their text: "Zug, 12. März 2025" in a
    paragraph over the text, which the text's trimming takes off as a dateline."""
    for el in _SHORT_BLOCKS(root):
        line = " ".join("".join(el.itertext()).split())
        place = _OPENING_PLACE.match(line)
        if place is None or place["bracket"] or off_stream(el):
            continue
        weekday = WEEKDAY_END.search(line, 0, place.end())
        if weekday is not None and weekday.start() == 0:
            continue  # (a top bar's "Jumatano, Januari 19, 2022": a weekday, no place)
        stamp = next(iter(find_dates(line[place.end():], limit=1)), None)
        if (stamp is not None and stamp.start == 0 and not stamp.guessed
                and not line[place.end() + stamp.end:].strip(" .") and is_plausible(stamp, now)):
            return stamp
    return None


# The line that names who issued a release, its day under it or after it: "Issued by:
# Department of Employment and Labour" / "21 May 2024" (a government's closing lines)
# (or the whole line: "Issued by the Department of Water and Sanitation on 07 November 2024")
_ISSUED_BY = re.compile(r"^issued by\b", re.IGNORECASE)
# ... in a block of its own that opens so (a paragraph, a line of a contacts box), found by
# its text nodes (a test of every block's whole text cost a twelfth of extraction's time)
_ISSUED_TEXTS = etree.XPath("//body//text()[contains(., 'ssued by') or contains(., 'ssued By') or "
                           "contains(., 'SSUED BY')]")


def _issued_blocks(root: Any) -> list[Any]:
    out = []
    for node in _ISSUED_TEXTS(root):
        el = node.getparent()
        while el is not None and el.tag not in ("p", "div"):
            el = el.getparent()
        if el is None or el in out or el.find(".//p") is not None or el.find(".//div") is not None:
            continue
        text = " ".join(el.text_content().split())
        if len(text) <= 200 and _ISSUED_BY.match(text):
            out.append(el)
    return out


# An issue's number and its date right after it: "第4184期　2024年5月12日（星期日）",
# "第28卷 19期 2024年5月12日", "No. 4184 · 12 May 2024", "Issue 1849, 4 February 2025"
_ISSUE_NUMBER = re.compile(r"(?:第\s*\d{1,6}\s*期|(?<![^\W\d_])(?:No\.|Issue|Nr\.|N°|Nº)\s*\d{1,6})"
                           r"[\s,，、·|/-]{0,4}")
_ISSUE_TEXTS = etree.XPath("//body//text()[contains(., '期') or contains(., 'No.') or "
                           "contains(., 'Issue') or contains(., 'Nr.') or contains(., 'N°') or "
                           "contains(., 'Nº')]")


def issue_stamp(root: Any, now: datetime | None = None) -> Stamp | None:
    """The date printed right after an issue's number (``第4184期　2024年5月12日``): the
    edition the page belongs to, the first such on the page."""
    for node in _ISSUE_TEXTS(root):
        text = str(node)
        for m in _ISSUE_NUMBER.finditer(text):
            stamp = next(iter(find_dates(text[m.end():m.end() + 40], limit=1)), None)
            if stamp is not None and stamp.start == 0 and is_plausible(stamp, now):
                return stamp
    return None


def issued_by_stamp(root: Any, now: datetime | None = None) -> Stamp | None:
    """The day printed in the block that opens "Issued by", on its line or the next
    ("Issued by: <office>" over "21 May 2024", "Issued by <office> on 07 November 2024"):
    when the release was issued, which the text's trimming takes off with the contacts."""
    for el in _issued_blocks(root):
        if off_stream(el):
            continue
        lines = [" ".join(line.split()) for line in paragraphs(el)]
        for i, line in enumerate(lines):
            if not _ISSUED_BY.match(line):
                continue
            for candidate in lines[i:i + 2]:
                if len(candidate) > TAIL_LINE:
                    continue
                stamp = next(iter(find_dates(candidate, limit=1)), None)
                if stamp is not None and not stamp.guessed and is_plausible(stamp, now):
                    return stamp
    return None


#: Fewest characters of a paragraph of the text under a date line (see :func:`date_line_over_text`).
MIN_TEXT_UNDER_DATE = 100
#: ... within this many elements after it (an office's name may stand between).
MAX_LINES_TO_TEXT = 2


def _dated_first_line(el: Any) -> bool:
    """Whether *el*'s text breaks after its first line (a ``<br>``) and what follows holds
    no digit: a date, then the name of the office that issued it ("令和6年2月8日<br>倉敷市
    交通政策課")."""
    br = next(el.iter("br"), None)
    if br is None:
        return False
    rest = (br.tail or "") + "".join(
        "".join(sib.itertext()) + (sib.tail or "") for sib in br.itersiblings())
    return bool(rest.strip()) and not any(c.isdigit() for c in rest)


def date_line_over_text(root: Any, now: datetime | None = None) -> Stamp | None:
    """The date of the first line of its own that is only a date, right over a paragraph of
    the text (:data:`MAX_LINES_TO_TEXT`): a release's date as Japanese prefectures print it
    under the page's update label ("令和6年（2024年）6月3日" over the office and the text,
    or over the office's name after a line break in the same block)."""
    for el in _SHORT_BLOCKS(root):
        line = " ".join("".join(el.itertext()).split())
        stamp = next(iter(find_dates(line, limit=1)), None)
        if stamp is not None and line[stamp.end:].strip(" .") and _dated_first_line(el):
            line = line[:stamp.end]
        if (stamp is None or stamp.start or stamp.guessed or line[stamp.end:].strip(" .")
                or not is_plausible(stamp, now) or off_stream(el)):
            continue
        after, box = el.getnext(), el.getparent()
        for _ in range(MAX_LINES_TO_TEXT):
            if after is None and box is not None:
                # (out of the date's own box, "<div class='date_box'>", to the text after it)
                after, box = box.getnext(), None
            if after is None:
                break
            text = " ".join(after.text_content().split())
            # (an ideograph counts twice: 88 of them are a paragraph of the text)
            if after.tag == "p" and len(text) + len(IDEOGRAPH.findall(text)) >= (
                    MIN_TEXT_UNDER_DATE):
                return stamp
            after = after.getnext()
    return None


#: Words of running prose before a date that make its line a sentence ("It takes effect on").
MIN_PROSE_LEAD = 4


def _closes_sentence(para: str, stamp: Stamp) -> bool:
    """Whether the date is a short sentence's, words after it and a full stop closing it
    ("Das Gesetz tritt am 1. Juli 2009 in Kraft."), or prose before it and the full stop
    right after ("It takes effect on 1 July 2009."; not a release's "Issued by the
    Department on 7 May 2024."): a date the text talks about."""
    rest = para[stamp.end:].rstrip()
    if not rest or rest[-1] not in SENTENCE_ENDS:
        return False
    if any(c.isalpha() for c in rest):
        return True
    lead = para[:stamp.start].split()
    return len(lead) >= MIN_PROSE_LEAD and lead[0][:1].isupper() and all(
        w.isalpha() and w.islower() for w in lead[1:])


#: Longest line that names who signed, over the signing date.
MAX_SIGNER = 40


def _signed(paras: Sequence[str], i: int) -> bool:
    """Whether the date line *i* stands under a signature: a short line that is neither a
    sentence, a date, nor a release's end mark (``完``, ``Ends``)."""
    if i == 0 or is_end_mark(paras[i].strip()):
        return False
    if any(is_issuer_line(p) for p in paras[max(0, i - MAX_SIGN_OFF_LINES):i]):
        return False  # (under "Issued by:" and its office: the day the release was issued)
    above = paras[i - 1].strip()
    return (0 < len(above) <= MAX_SIGNER and not is_end_mark(above)
            and above[-1] not in SENTENCE_ENDS and above[-1] not in ":：;；"
            and not find_dates(above, limit=1))


# What may be a release's end mark in the body's text (a superset, found with the fast
# literal scans of str and re: is_end_mark decides on the page's lines, which cost ten
# times as much to read)
_BODY_STRING = etree.XPath("string(/html/body)")
# (closed as the mark opens, "-ENDS-", "(Ends)")
_MARK_WORDS = (re.compile(r"E(?:nds?|NDS?)[^\S\n]*[)）\]–—~-]*[^\S\n]*(?:/|\n|$)"),
               re.compile(r"完[)）]?[^\S\n]*(?:\n|$)"))
_BEFORE_MARK = frozenset(" \t\n\u3000\u00a0(（[–—-")


def _may_mark(root: Any) -> bool:
    text = _BODY_STRING(root)
    if "NNNN" in text or "###" in text or "-30-" in text or "- 30 -" in text:
        return True
    return any(m.start() == 0 or text[m.start() - 1] in _BEFORE_MARK
               for rx in _MARK_WORDS for m in rx.finditer(text))


def _revision_days(root: Any, now: datetime | None) -> set[date]:
    """The days the page labels as a revision anywhere in its text, its footer included
    ("最後修訂日期：2024年7月8日", "Page last updated: 8 July 2024")."""
    text = _BODY_STRING(root)
    return {_day(item.stamp) for item in printed_dates(text[-PAGE_TEXT:], 0, now)
            if item.kind == UPDATED}


def closing_stamp(root: Any, now: datetime | None = None) -> Stamp | None:
    """The date a release prints at its end mark or in the few lines under it, found in the
    page's text rather than the body: the generic extractor may drop the block that holds
    them (Hong Kong's ``Ends/Tuesday, May 28, 2024`` / ``Issued at HKT 15:30`` set as a
    ``<div>`` under the text, ``完`` / ``2010年11月23日（星期二）`` / ``香港時間16時05分``
    above the page's footer), with the time of a time line right after it. The last mark
    that has a date under it counts (``NNNN`` closes the page after ``完``)."""
    if not _may_mark(root):
        return None
    lines = text_around(root, None, 0, PAGE_TEXT)[0].split("\n")
    marks = [i for i, line in enumerate(lines) if is_end_mark(line.strip(), release=True)]
    # a mark that dates itself on its own line ("Ends/Friday, September 20, 2024") before
    # the lines under a later one ("NNNN" over the list of the office's other releases,
    # "13.9.2024 Draft … amended")
    for first_only in (True, False):
        for i in reversed(marks):
            window = [line.strip() for line in lines[i:i + 1 + MAX_UNDER_END]]
            for j, line in enumerate(window[:1] if first_only else window):
                if len(line) > TAIL_LINE:
                    break
                for item in printed_dates(line, 0, now):
                    if item.kind != UPDATED and item.line:
                        return with_line_time(item.stamp, window[j + 1] if j + 1 < len(window)
                                              else "")
    return None


#: Lines under the text's last paragraph looked at for its date line (an initials' line and
#: the date: "USP/mb" over "16.05.2023 13:42 | Ufficio stampa").
MAX_UNDER_TEXT = 3
#: Longest sign-off (initials, an end mark: "USP/mb", "-30-", "###") between the text and
#: its date line.
MAX_SIGN_OFF = 20


#: Longest label of a row of links under the text ("Tag:", "Bagikan:", "Share this:").
MAX_ROW_LABEL = 20
#: ... and longest of its items (a tag, a network's name).
MAX_ROW_ITEM = 30
#: Most items a labelled row holds.
MAX_ROW_ITEMS = 12
_ROW_LABEL = re.compile(rf"[^\W\d_][^:：]{{0,{MAX_ROW_LABEL - 2}}}[:：]")


def _without_labelled_rows(lines: list[str]) -> list[str]:
    """*lines* from the text's end without the rows of links labelled at their head that a
    CMS prints between the text and its date line (tags, share buttons: "Tag: Bulog Komisi
    IV", or each link a line of its own, "Bagikan:" / "Facebook" / "Twitter"); the first
    line that is not such a row's and what follows it are kept."""
    at = 0
    while at < len(lines) and (head := _ROW_LABEL.match(lines[at])) and not find_dates(
            lines[at], limit=1) and len(lines[at]) <= MAX_ROW_ITEMS * MAX_ROW_ITEM:
        at += 1
        if head.end() < len(lines[at - 1]):
            continue  # (the row on one line)
        items = 0
        while (at < len(lines) and items < MAX_ROW_ITEMS and len(lines[at]) <= MAX_ROW_ITEM
               and len(lines[at].split()) <= 3 and not _ROW_LABEL.match(lines[at])
               and not find_dates(lines[at], limit=1)):
            at += 1
            items += 1
    return lines[at:]


def under_text_stamp(root: Any, paras: Sequence[str], now: datetime | None = None, *,
                     skip: Collection[date] = ()) -> Stamp | None:
    """The date line right under the text in the page's text (related lists and link lists
    left out, :func:`text_around`), perhaps after a sign-off of one word: a release whose
    CMS prints its date only after it, in a box of its own that the text's container
    leaves out. Not a date inside a line of text (an item of a list of others:
    "16.05.2023 Giunta: via libera al piano …"), nor one under a heading ("Similar posts"
    over a related post's date), nor a day in *skip* (the template's hidden update)."""
    if not paras:
        return None
    last = paras[-1][:60]
    lines = text_around(root, None, 0, PAGE_TEXT)[0].split("\n")
    at = next((i for i in range(len(lines) - 1, -1, -1) if last in lines[i]), None)
    if at is None:
        return None
    # (a zero-width joiner on a line of its own is an empty line)
    window = _without_labelled_rows([line.strip(" \u200b\u200c\u200d\ufeff")
                                     for line in lines[at + 1:]])[:MAX_UNDER_TEXT]
    for j, line in enumerate(window):
        if is_contact_line(line):
            continue  # (the release's press contact over the post's meta line)
        if len(line) > TAIL_LINE:
            # (a post's meta line of fields, "By Corporate Communications | July 5th, 2022 |
            # Categories: News": a field that is only its date)
            return _date_field(line, now, skip) if len(line) <= MAX_META_FIELDS_LINE else None
        for item in printed_dates(line, 0, now):
            if item.kind != UPDATED and (item.line or is_issued_line(line, item.stamp)) \
                    and _day(item.stamp) not in skip:
                return with_line_time(item.stamp, window[j + 1] if j + 1 < len(window) else "")
        if j == 0 and _byline_alone(line):
            continue  # (the author's line over the date: "Pécs Ma – Bognár Réka")
        if len(line) > MAX_SIGN_OFF or len(line.split()) > 1:
            # (a short meta line of fields too: "By FCCC Media | <hidden update> October
            # 27th, 2023 | Press Releases |")
            return _date_field(line, now, skip)
    return None


#: Most words of an author's line over the date under the text.
MAX_BYLINE_WORDS = 6


def _byline_alone(line: str) -> bool:
    """*line* can be a byline alone: a few names, each word capitalized ("Pécs Ma – Bognár
    Réka"; not a heading, "Similar posts"), no digit, no sentence's end."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return (0 < len(words) <= MAX_BYLINE_WORDS and not any(c.isdigit() for c in line)
            and all(w[0].isupper() for w in words) and line.rstrip()[-1:] not in ".!?。:："
            and not is_list_heading(line))


#: Longest line of a post's meta fields read for its date (see :func:`_date_field`).
MAX_META_FIELDS_LINE = 200


def _date_field(line: str, now: datetime | None, skip: Collection[date]) -> Stamp | None:
    """The date of a field of *line* that is only dates, its fields set apart by "|" (not
    one of *skip*'s days: the template's hidden update printed beside it)."""
    if line.count("|") < 2:
        return None
    for part in line.split("|"):
        dates = [s for s in find_dates(part) if is_plausible(s, now)]
        rest = part
        for found in reversed(dates):
            rest = rest[:found.start] + rest[found.end:]
        if dates and not rest.strip(" ,.·"):
            kept = [s for s in dates if _day(s) not in skip]
            if kept:
                return kept[-1]
    return None


#: The most characters a release's signature box holds: its place and date, who issued it.
MAX_SIGNATURE_CHARS = 200
# A box a CMS names for the signature under a release ("news-signature", "signoff")
# (in other languages too: Czech, Slovak and Polish "podpis", German "Unterschrift")
_SIGNATURE_BOX = re.compile(r"(?:^|[-_\s])(?:signature|sign-?off|signoff|podpis|unterschrift)"
                            r"(?:$|[-_\s])", re.I)


def signature_stamp(root: Any, now: datetime | None = None) -> Stamp | None:
    """The date line of a short box the page names for a release's signature, which the
    text's container leaves out ("<div class='news-signature'><p>Kigali, 5th August
    2025</p><p>Ministry of Trade and Industry</p></div>"): the day it was issued."""
    body = root.find("body")
    if body is None:
        return None
    for el in body.iter("div", "p", "section", "footer"):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _SIGNATURE_BOX.search(cls) or len(el.text_content()) > MAX_SIGNATURE_CHARS:
            continue
        if any(off_stream(parent) for parent in el.iterancestors()):
            continue
        # (its lines as the page breaks them: "Jana Nováková | Zdroj: …<br>14. 3. 2015 11:42")
        for line in paragraphs(el):
            for item in printed_dates(line, 0, now):
                if item.kind != UPDATED and item.line:
                    return item.stamp
    return None


#: The most characters a description list's term holds to count as a date's label.
MAX_TERM_CHARS = 30


def _pairs(el: Any) -> list[tuple[Any, Any]] | None:
    """The term and value elements of a details record: a description list's ``<dt>`` and
    the ``<dd>`` after it, or a table whose every row is a ``<th>`` and a ``<td>`` (i-web's
    "Dettagli" table, ``<tr><th>Data</th><td>28.03.2024</td></tr>``; a portal's "消息資訊"
    table of 標題 / 更新日期 / 發布日期 / 點閱次數); ``None`` for a table of another shape."""
    if el.tag == "dl":
        return [(dt, dd) for dt in el.iterchildren("dt")
                if (dd := dt.getnext()) is not None and dd.tag == "dd"]
    pairs = []
    for row in el.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
            return None
        pairs.append((cells[0], cells[1]))
    return pairs


def _details_dates(record: Any, now: datetime | None, *, fields: bool = True
                   ) -> dict[str, Stamp]:
    """The first date of each kind a details record's terms label (``<dt>Published</dt>
    <dd>11 August 2025</dd>``: "published"; a plain "Date": "plain"); with *fields* false,
    a field's bare name ("Date", "Datum", "日期") labels no publication."""
    first: dict[str, Stamp] = {}
    for term_el, value_el in _pairs(record) or ():
        term = " ".join(term_el.text_content().split())
        if not term or len(term) > MAX_TERM_CHARS or not fields and is_field_name(term):
            continue
        value = " ".join(value_el.text_content().split())
        label = f"{term.rstrip(':：')}: "
        for item in printed_dates(label + value, 0, now):
            # (the value's date, not the term's: a timeline's "1 May 2024 | Works begin")
            if item.line and item.stamp.start >= len(label) - 1:
                first.setdefault(item.kind, item.stamp)
    return first


def _page_lists(root: Any) -> Iterator[Any]:
    body = root.find("body")
    for el in body.iter("dl", "table") if body is not None else ():
        if not any(parent.tag in _NOT_DETAILS for parent in el.iterancestors()) and (
                el.tag == "dl" or el.find(".//table") is None):
            yield el


def details_lists(root: Any, now: datetime | None = None) -> list[Any]:
    """A page's record of itself under or beside its text: a description list (or a table
    of a heading cell and a value per row) of short terms, two or more, that labels a date
    (Poland's "Metryczka": ``Autor:`` / ``Opublikował:`` / ``Data publikacji: 16.04.2024
    13:02`` / ``Data modyfikacji: …``, a "Page details" box). Not text;
    :func:`details_stamp` reads its dates."""
    found = []
    for el in _page_lists(root):
        pairs = _pairs(el)
        if not pairs or len(pairs) < 2 or any(
                len(" ".join(term.text_content().split())) > MAX_TERM_CHARS for term, _ in pairs):
            continue
        # (a table's plain "Date" may be its text's: an event's "Date / Time / Location", an
        # agreement's "締結日"; its record of itself labels the page's publication or change)
        kinds = _details_dates(el, now, fields=el.tag == "dl")
        if kinds if el.tag == "dl" else kinds.keys() & {PUBLISHED, WRITTEN, UPDATED}:
            found.append(el)
    return found


def details_stamp(root: Any, now: datetime | None = None, dropped: Sequence[Any] = ()) -> Shown:
    """The dates a page's details list gives (``<dl><dt>Published</dt><dd>11 August
    2025</dd><dt>Last updated</dt>…``), in an ``<aside>`` or a sidebar box that the page's
    text leaves out ("Page details", "Media release details"), or taken out of *root* with
    *dropped* (:func:`details_lists`): its publication (a term that labels it, or plain
    "Date") and its update. Only where the page has one such list: several are a listing's
    items, each another page's (an update in a list of its own counts: "<dl><dt>Updated
    </dt><dd>6 August 2025</dd></dl>" under the text)."""
    published: list[Stamp] = []
    updated: list[Stamp] = []
    lists = [*_page_lists(root), *(dl for el in dropped for dl in el.iter("dl", "table"))]
    for dl in lists:
        first = _details_dates(dl, now)
        pub = first.get(PUBLISHED) or first.get(WRITTEN) or first.get(PLAIN)
        if pub is not None:
            published.append(pub)
        if UPDATED in first:
            updated.append(first[UPDATED])
    return Shown(published=published[0] if len(published) == 1 else None,
                 updated=updated[0] if len(updated) == 1 else None)


# Lists inside these hold other pages' details (a teaser card's, a menu's)
_NOT_DETAILS = frozenset({"li", "nav", "footer", "header", "a"})


#: How much of a page's text (characters) is searched for labelled dates away from the
#: headline.
PAGE_TEXT = 60_000


def labelled_on_page(root: Any, now: datetime | None = None, *,
                     sentences: bool = True) -> Shown:
    """Labelled dates anywhere in the page's text (navigation, related lists and
    footers left out): the first publication label, the first update label (``Last
    updated: November 13, 2025`` under the text, ``本贴由…于2005年8月12日``); with
    *sentences* false, none that a sentence labels ("the preliminary report, published
    April 24, 2024, found …")."""
    text, _ = text_around(root, None, 0, PAGE_TEXT)
    first: dict[str, Stamp] = {}
    in_sentences: dict[str, Stamp] = {}
    for item in printed_dates(text, 0, now):
        # (a label's date on a line of its own before one inside a sentence: "Publish Date：
        # 2025-02-07" under the text's "… is scheduled to be released on March 7, 2025.")
        (in_sentences if item.sentence else first).setdefault(item.kind, item.stamp)
    for kind, stamp in in_sentences.items() if sentences else ():
        first.setdefault(kind, stamp)
    if PUBLISHED not in first:
        # (an article's own short footer, which the page's text leaves out with the page's:
        # "<footer class='meldung__fuss'>Pressemeldung vom 05.09.2023 | zuletzt aktualisiert
        # am 06.09.2023</footer>")
        for footer in root.iter("footer"):
            if _own_footer(footer):
                # (its publication label only: a page's "Last updated" there dates no page
                # that labels no publication, wcxb-articles 4101)
                for item in printed_dates(" ".join(footer.text_content().split()), 0, now):
                    if item.kind in (PUBLISHED, WRITTEN):
                        first.setdefault(item.kind, item.stamp)
    return Shown(published=first.get(PUBLISHED) or first.get(WRITTEN), updated=first.get(UPDATED))


def _htmldate(root: Any, url: str | None, now: datetime | None) -> Stamp | None:
    """htmldate's answer (original date, its fast search) as a date-only stamp."""
    try:
        from htmldate import find_date
    except ImportError:  # htmldate comes with trafilatura; without it, no fallback
        return None
    try:
        found = find_date(root, url=url, original_date=True, extensive_search=False,
                          max_date=now)
    except Exception:  # a third-party search on arbitrary markup: no date, not a crash
        return None
    return parse_date(found) if found else None


_DAY_FIRST_REGIONS = re.compile(r"-(?:gb|uk|au|nz|ie|in|za|sg|hk)$", re.IGNORECASE)
#: Country-code domains whose countries write the month first or both ways (the United States
#: and the islands on its calendar, the Philippines, Canada), and those sites use for their
#: letters alone (.io, .co, .tv, .me, .ai, .fm): a host under any other country's code writes
#: the day first ("Date: 09/10/2024" on a Fijian ministry's page is 9 October).
_NOT_DAY_FIRST_TLDS = frozenset({"us", "ph", "ca", "fm", "pw", "mh", "gu", "as", "pr", "vi", "mp",
                                 "io", "co", "tv", "me", "ai", "ly", "to", "cc", "ws"})


# Top-level domains of places that write the day first, as countries' codes do
# ("nhstayside.scot": "Published: 12/09/2024" is 12 September)
_DAY_FIRST_PLACE_TLDS = frozenset({"scot", "wales", "cymru", "london", "eus", "gal", "cat",
                                   "bzh", "corsica", "paris", "berlin", "hamburg", "bayern",
                                   "wien", "tirol", "amsterdam", "brussels", "vlaanderen",
                                   "madrid", "barcelona", "swiss", "irish", "africa"})


def _day_first_host(url: str | None) -> bool:
    """*url*'s host is under a country code whose country writes the day first, or under
    a place's domain of such a region (:data:`_DAY_FIRST_PLACE_TLDS`)."""
    host = urlsplit(url).hostname or "" if url else ""
    tld = host.rpartition(".")[2].lower()
    return (len(tld) == 2 and tld.isalpha() and tld not in _NOT_DAY_FIRST_TLDS
            or tld in _DAY_FIRST_PLACE_TLDS)


def _settle_order(stamp: Stamp, others: Sequence[Stamp | None], lang: str | None,
                  url: str | None = None, root: Any = None, dropped: Sequence[Any] = (),
                  near: str = "") -> Stamp:
    """A ``03/04/2019`` stamp read month first: day first instead when another source of
    the page gives that day, the address's year and month, or the page's other numeric
    dates (``26/04/2024``: the day first), or, without such evidence, when the page's
    language is not US English. A ``03-04-2019`` stamp (dashes) read day first: month
    first only when evidence says so. A stamp whose 12-hour clock says month first
    (``12/05/2024 09:40 AM``) is turned by evidence alone (*near*, the text around the
    headline, counts: a dateline that names the day and the month) (a Chinese page in the United
    States prints ``07/05/2005 09:23:57 PM`` for July 5: the language is none)."""
    if not (stamp.guessed or stamp.swappable):
        return stamp
    m = stamp.moment
    try:
        swapped = replace(stamp, moment=m.replace(month=m.day, day=m.month), guessed=False,
                          swappable=False)
    except ValueError:
        return stamp
    days = {_day(o) for o in others if o is not None}
    if _day(swapped) in days and _day(stamp) not in days:
        return swapped
    if _day(stamp) in days:
        return replace(stamp, guessed=False, swappable=False)
    # ... or the text near the headline names its day and month: a dateline's "KUALA
    # LUMPUR, 4 Mac (Bernama)" under "04/03/2021 10:33 AM"
    named = day_months(near) if near else set()
    ours, theirs = (m.day, m.month), (m.month, m.day)
    if theirs in named and ours not in named:
        return swapped
    if ours in named:
        return replace(stamp, guessed=False, swappable=False)
    month = _url_month(url)
    if month is not None and (month == (m.year, m.month)) != (month == (m.year, m.day)):
        return stamp if month == (m.year, m.month) else swapped
    order = _page_order(root, dropped) if root is not None else None
    if order is not None:
        # (a stamp marked day_first was read day first; any other, month first)
        return swapped if (order == "day") != stamp.day_first else stamp
    if not stamp.guessed:
        return stamp
    if stamp.day_first:
        return stamp
    if _day(stamp) not in days and (lang and (
            _DAY_FIRST_REGIONS.search(lang) or not lang.lower().startswith("en"))
            or _day_first_host(url)):
        return swapped
    return stamp


_URL_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])(?=[/_-]|$)")
# numbers with the year last, slashed or dashed, as the page's other dates print them
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?![\d/-])")


def _url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month a page's address files it under (``/2024/05/``, ``/202405/``)."""
    if not url:
        return None
    m = _URL_MONTH.search(urlsplit(url).path)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _page_order(root: Any, dropped: Sequence[Any] = ()) -> str | None:
    """``"day"`` or ``"month"``: which comes first in the page's numeric dates that can be
    read one way only (``26/04/2024``, ``04/26/2024``), in *root* and in the elements
    extraction took out of it (*dropped*: a sidebar's list of dated links says how the site
    prints dates); ``None`` when they do not say or disagree."""
    orders = set()
    text = " ".join([root.xpath("string(.)"), *(el.xpath("string(.)") for el in dropped)])
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b >= 1:
            orders.add("day")
        elif b > 12 >= a >= 1:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def _timed(stamp: Stamp, timed: Sequence[Stamp]) -> Stamp:
    """*stamp*, or when it has no time, the first of *timed* that gives its day."""
    if stamp.has_time:
        return stamp
    return next((t for t in timed if _day(t) == _day(stamp)), stamp)


def pick_published(
    meta: PageMeta,
    root: Any,
    header: tuple[str, int] | None,
    url: str | None,
    now: datetime | None = None,
    *,
    paras: Sequence[str] = (),
    lang: str | None = None,
    dropped: Sequence[Any] = (),
    headline_length: int = 0,
) -> Stamp | None:
    """The publication time of a page. *header* is the text around the headline and the
    headline's offset in it, *paras* the article's paragraphs, *lang* the page's language
    (declared, configured or guessed; ``<html lang>`` when not given), *dropped* the lists
    of other pages' dated links extraction took out of *root* (their dates' order is the
    site's), *headline_length* the length of the headline's text there (a date inside it
    is what it is about: "… from 1 April 2025").

    Precedence (future dates are rejected at every step):

    1. a date printed near the headline with a publication label (发布时间, 发表于,
       Published, Posted on, Veröffentlicht, Publié le, Publicado, ...), when ``<head>``
       declares none or a later one (portal CMSs rewrite ``PubDate`` when they
       regenerate a page, and the printed date is the one readers see), or the day the
       page prints as the document's own (成文日期), or a date-only day before the one the
       label and the page's ``<time datetime>`` both give;
    2. the date ``<head>`` declares (``PubDate``, ``article:published_time``, ...,
       JSON-LD ``datePublished``), except that
       - the URL's date wins when it is earlier (the URL keeps the original day), and
       - a date line under the headline (or above it and earlier: a banner's "today"
         is never earlier) wins when it is more than a day away from the
         declared date (or its time more than :data:`MAX_ZONE_GAP` hours from the
         declared time: a draft's creation) and is not the declared modification date (a printed
         modification date is an update, not the publication) and the page prints no
         other line of the declared day there (a hearing's date over a judgment's), or
         when ``<head>`` declares only the page's creation (JSON-LD ``dateCreated``) and
         the line is not before it; a moment declared in UTC a day off the day printed
         under the headline or labelled so yields to that day when another of ``<head>``'s
         dates, the address, or every zone of the host's country gives it, and any
         moment declared a day off that printed day on every clock of the host's country
         (no zone explains the gap: a draft saved the evening before) yields to it;
    3. without a declared date: a date line near the headline, a ``<time datetime>``, a date
       line at the end of the text (press releases: ``Ends/Tuesday, March 5, 2024`` /
       ``Issued at HKT 12:30``), or at a release's end mark in the page's text when the text
       lost it (:func:`closing_stamp`), a labelled publication date anywhere in the text,
       the page's one details list (:func:`details_stamp`: ``<dl><dt>Published</dt>
       <dd>…</dd>`` in a "Page details" box), a date labelled as an update near the headline
       (``Last updated``, ``Content current as of``, ``Stand``, ``更新日``: a page that prints
       only that is dated by it), a date on a short line with a tag or a name before it (not
       one inside a sentence: an event's, a caption's), an update label anywhere, the URL
       (``/2018/05/28/``, ``/201805/t20180528_``), and last htmldate's search (``find_date``
       with ``original_date``, fast mode) unless it gives the day ``<head>`` declares as the
       last modification.

    A printed date takes the time (and offset) of the declared date or ``<time>`` when
    they give the same day and it prints no other time, and a declared date (or the URL's)
    without a time takes the time printed for its day (near the headline, or under a
    release's end mark); a printed time that is the declared moment on another clock
    (whole quarter hours apart, at most :data:`MAX_ZONE_GAP`) is kept as printed with the
    offset that makes it that moment; a declared date from a meta that says only "date"
    (``sailthru.date``) which is the declared revision, printed as the update, yields to
    an earlier declared publication; a date without a time takes the one time a blog
    post's footer gives (``Posted by Kathryn at 09:00 AM``); ``03/04/2019`` read month
    first turns day first when another source gives that day or the page is not in US
    English. Over all of it, a journal's page that declares its first appearance online
    (``citation_online_date``) up to a year before the day picked (its issue's) is dated
    by that appearance (:func:`_online_first`).
    """
    stamp = _pick_published(meta, root, header, url, now, paras=paras, lang=lang,
                            dropped=dropped, headline_length=headline_length)
    stamp = _online_first(meta, stamp, now)
    if stamp is not None and not stamp.has_time:
        stamp = _with_posted_time(stamp, root)
    return stamp


#: A scholarly page's first appearance online (Highwire Press's tag, which journals'
#: platforms declare beside ``citation_publication_date``, the issue's date).
ONLINE_DATE_NAME = "citation_online_date"
#: ... is its publication when at most this much earlier than the issue's date (a paper
#: appears online days or months ahead of its issue; a year is an older paper's reprint).
MAX_ONLINE_LEAD = timedelta(days=366)


def _online_first(meta: PageMeta, stamp: Stamp | None, now: datetime | None) -> Stamp | None:
    """*stamp*, or the earlier day the page declares it was first published online: a
    journal's news or paper is dated by its issue in print, in its date line and in JSON-LD,
    and first appeared online weeks before."""
    value = meta.tags.get(ONLINE_DATE_NAME)
    online = parse_date(value) if value else None
    if online is None or stamp is None or not is_plausible(online, now):
        return stamp
    if timedelta(0) < _day(stamp) - _day(online) <= MAX_ONLINE_LEAD:
        return online
    return stamp


def _pick_published(
    meta: PageMeta,
    root: Any,
    header: tuple[str, int] | None,
    url: str | None,
    now: datetime | None,
    *,
    paras: Sequence[str],
    lang: str | None,
    dropped: Sequence[Any],
    headline_length: int = 0,
) -> Stamp | None:
    """:func:`pick_published`'s precedence, but for the time a post's footer gives."""
    shown = shown_near_headline(header[0], header[1], now,
                                headline_length=headline_length) if header else Shown()
    declared = _declared(meta, now)
    url_stamp = date_from_url(url)
    if url_stamp is not None and not is_plausible(url_stamp, now):
        url_stamp = None
    time_el = _time_element(root, now, url)
    if time_el is None and declared is None:
        # (a news agency's date line in an <aside> over the headline, its <time> marked as
        # the item's datePublished, where <head> declares no date; beside a declared date,
        # measured, it only moved two wcxb-articles pages' UTC moments to the evening before)
        time_el = _time_element(root, now, url, microdata=True)
    closing_found: list[Stamp | None] = []

    def closing() -> Stamp | None:
        """The date the release prints at its end (:func:`tail_stamp`, else
        :func:`closing_stamp`), read once and only when a step asks for it."""
        if not closing_found:
            closing_found.append(tail_stamp(paras, now) or closing_stamp(root, now)
                                 or signature_stamp(root, now) or issued_by_stamp(root, now))
        return closing_found[0]

    def settle(stamp: Stamp | None) -> Stamp | None:
        if stamp is None:
            return None
        stamp = _settle_order(stamp, (declared, time_el, url_stamp), lang or meta.lang,
                              url, root, dropped, header[0] if header else "")
        for other in (declared, time_el):
            if other is not None and other.has_time and _day(other) == _day(stamp) and (
                    not stamp.has_time or _minute(other) == _minute(stamp)):
                # (the same minute without an offset adds nothing but its seconds: the
                # page's "10:05:31" under a PubDate of "10:05" is kept)
                return stamp if _finer(stamp, other) else other
        return stamp

    printed, line = settle(shown.published), settle(shown.line)
    # a date line under the headline can overrule <head>; one above it can be a banner
    # ("today is ...") as well as the article's own
    line_below = shown.line is not None and header is not None and shown.line.start >= header[1]
    # ... and a date and time on the line right over the headline is the article's (a
    # listing-style template: "14.03.2018 11:05" over the <h3>), not a banner's "today"
    line_over = (shown.line is not None and header is not None
                 and not header[0][shown.line.end:header[1]].strip())
    line_atop = line_over and shown.line is not None and shown.line.has_time
    if printed is not None and declared is None and shown.published is not shown.written:
        # (of two publications printed, the paper's "Published on 25.Jun.2019" and its
        # preprint's "first published 04.Apr.2019" nearer the headline, the one <head> gives
        # the day of, in Dublin Core's date, is the page's)
        days = _dated_days(meta, now)
        if _day(printed) not in days:
            printed = next((p for p in shown.published_all if _day(p) in days), printed)
    if printed is not None and (declared is None or _day(printed) < _day(declared)) and not (
            declared is not None and _day(declared) in (
                shown.written_days if shown.published is shown.written
                else {_day(p) for p in shown.published_all})):
        # (... but of two document days, 成文日期 2017-08-18 and 发文日期 2017-08-23, the one
        # <head> declares too is the posting's: two signs against one; and so of two
        # publications printed)
        return printed
    if (printed is not None and declared is not None and url_stamp is not None
            and _day(url_stamp) == _day(printed) != _day(declared)):
        # the day the page labels its publication ("发布时间：2024-08-12 09:35") is its
        # address's day too (/202408/t20240812_…), another than the one <head> declares
        # (a PubDate of the 11th, 18:20: the record saved the evening before): two of the
        # page's signs against one
        return printed
    if declared is not None and printed is None and not declared.has_time:
        # the release dates itself at its end ("完" / "2024年7月5日（星期五）") before the day
        # <head> declares without a time, which the page labels its last revision
        # ("最後修訂日期：2024年7月8日"): <head> gave the revision's day
        end = closing()
        if end is not None and _day(end) < _day(declared):
            if _day(declared) in _revision_days(root, now):
                return settle(end)
    if (printed is not None and declared is not None and not declared.has_time
            and not printed.has_time and (_day(printed) - _day(declared)).days == 1):
        # two days without a time, the labelled one the day after: a CMS that stored the
        # local day's publication as the UTC day before ("Date: 14 October 2026" under a
        # DC.date.issued of the 13th), as with a date line under the headline below
        return printed
    if (printed is not None and declared is not None and time_el is not None
            and _day(time_el) == _day(printed) > _day(declared) and not declared.has_time):
        # the day the page labels its publication ("Publicerad 12 november 2024") is the day
        # of its <time datetime> too, later than a date-only day <head> declares (the
        # document's own date, its committee's sign-off): two of the page's signs against one
        return printed
    if (printed is not None and declared is not None and shown.written is not None
            and shown.published is not shown.written
            and _day(shown.written) == _day(declared) < _day(printed)):
        # <head> declares the day the page prints as the document's (成文日期 2025-03-28
        # beside 发布日期 2025-04-02): the CMS filled it from the document, not the posting
        return printed
    if declared is not None and (shown.updated is not None and printed is None and (
            _day(shown.updated) == _day(declared)) or _day(declared) > _day(time_el or declared)):
        # the page prints the declared day as its update ("Updated Aug. 3, 2021"), or its
        # <time> an earlier day: <head> gave the revision's time where it declares an
        # earlier publication too
        earlier = _before_revision(meta, declared, now)
        if earlier is None and printed is None and shown.updated is not None and (
                _day(shown.updated) == _day(declared)):
            # ... or none, where the page labels its publication elsewhere ("Erstellt am 14.
            # März 2024" under the text, "Letzte Aktualisierung: 18.03.2024" and <meta
            # name="date"> of the 18th over it): the labelled publication, not after
            labelled = labelled_on_page(root, now).published
            if labelled is not None and _day(labelled) <= _day(declared):
                return settle(labelled)
        declared = earlier or declared
    if (declared is not None and printed is None and shown.updated is None
            # (only a meta that says "date", which CMSs fill with the last change: the
            # walk over the page's text for every declared date cost 4% of extraction)
            and next(name for name, _ in _declared_dates(meta, now)) in UNSPECIFIC_DATE_NAMES
            and _day(declared) in _revision_days(root, now)):
        # ... and where the page labels the declared day its update after the text only
        # ("Pressemeldung vom 05.09.2023 | zuletzt aktualisiert am 06.09.2023" under a
        # <meta name="date"> of the 6th): the publication it labels, when earlier
        labelled = labelled_on_page(root, now).published
        if labelled is not None and _day(labelled) < _day(declared):
            return settle(labelled)
        if (labelled is None and line is not None and time_el is not None
                and _day(line) == _day(time_el) < _day(declared)):
            # ... or the earlier day the page prints by its headline and marks as its own in
            # a <time> ("Magdeburg, den <time datetime='2024-03-14'>" over a <meta
            # name="date"> of the 15th that the footer's "Letzte Aktualisierung" repeats)
            return settle(line)
    if declared is not None:
        # a day without a time (a date-only PubDate, the URL's day) takes the time the
        # page prints for that day (last, from a short line near the headline with a tag
        # or a name before the date: "Rat der EU Pressemitteilung 14. Mai 2024 11:45")
        timed = [t for t in (printed, line, time_el, shown.field)
                 if t is not None and t.has_time]
        if not declared.has_time and not timed:
            # ... or at the release's end ("Ends/Friday, May 17, 2024" / "Issued at HKT
            # 16:30" under a date-only <meta name="date">)
            end = closing()
            if end is not None and end.has_time:
                timed.append(end)
        seen = printed if printed is not None else line
        if url_stamp is not None and _day(url_stamp) < _day(declared) and not (
                seen is not None and time_el is not None and not _in_utc(declared)
                and _day(seen) == _day(time_el) == _day(declared)):
            # (the URL's earlier day: the item's first posting, where <head> declares a
            # republication; not where the page prints the declared day and its <time> says
            # it too, "2026/05/07 05:00" under /20260506-OYT1T50214/, in the page's own
            # offset: the day the item was filed is in the address, the day it came out on
            # the page; a moment in UTC is the local evening before as often)
            return _timed(url_stamp, timed)
        if (url_stamp is not None and printed is None and line is None
                and (_day(url_stamp) - _day(declared)).days == 1):
            # the address and a line the page labels its publication ("Published: Monday,
            # March 14, 2016" under the text, on /news/2016-03-14/…) both say the day after
            # the moment <head> declares on the site's clock (22:10 the evening before): two
            # of the page's own say what readers were shown
            labelled = labelled_on_page(root, now).published
            if labelled is not None and _day(labelled) == _day(url_stamp):
                return settle(labelled)
        own = printed if printed is not None else line if line_below or line_atop else None
        if own is None and line is None and _in_utc(declared):
            # (... or the day the release prints at its end: "-ENDS-" over "Pretoria, 21 June
            # 2024", where <head> declares 22:30Z on the 20th)
            own = closing()
        if (own is not None and not own.has_time
                and _in_utc(declared) and abs((_day(own) - _day(declared)).days) == 1
                and (_day(own) in _dated_days(meta, now)
                     or url_stamp is not None and _day(url_stamp) == _day(own)
                     or _day(own) in _url_days(url)
                     or _country_days(declared, url) == {_day(own)})):
            # a moment declared in UTC the day before (or after) the day the page prints
            # as its publication or under its headline, and another of <head>'s dates, the
            # address (also one that spells it "11-03-2025") or the clocks of the host's
            # country (every one of them) say the printed day: the site's own day (09:45 in
            # Hobart on the 12th is 23:45Z on the 11th), told on the country's clock when it
            # has one.
            # (The UTC day alone against the printed one is no evidence: labels take either.)
            local = _country_clock(declared, url)
            return local if local is not None and _day(local) == _day(own) else own
        if (own is not None and not own.has_time and declared.has_time
                and declared.offset_given and abs((_day(own) - _day(declared)).days) == 1
                and (days := _country_days(declared, url)) and _day(own) not in days
                and _day(own) not in _modified_days(meta)):
            # a declared moment a day off the day the page prints as its publication or
            # under its headline on every clock of the host's country: no zone explains
            # the gap, so <head> holds another moment (a draft's creation, the evening
            # before the "Date: 28th November 2024" it was released): the printed day
            return own
        if (line is not None and time_el is not None and (line_below or line_over)
                and not declared.has_time and not line.has_time
                and _day(line) == _day(time_el) != _day(declared)
                and next(name for name, _ in _declared_dates(meta, now))
                in UNSPECIFIC_DATE_NAMES):
            # a meta that says only "date", a day off the date the page prints next to its
            # headline in a <time> element: two of the page's own signs against one
            return line
        # (above the headline, a later line may be a banner's "today"; an earlier one not)
        if line is not None and (line_below or line_atop or _day(line) < _day(declared)) and (
                printed is None) and (
                _created_only(meta) and _day(line) >= _day(declared)
                or (abs((_day(line) - _day(declared)).days) > 1 or (line_below or line_atop)
                    and _hours_apart(line, declared) > MAX_ZONE_GAP
                    # (two days without a time a day apart: a CMS that stored its local
                    # day's publication as the UTC day before, or after; the page prints
                    # its own day under the headline)
                    or line_below and not line.has_time and not declared.has_time
                    and _day(line) != _day(declared)
                    # (... or the address gives the line's day: two of the page's signs
                    # against a date-only meta, "/2023-06/14/" under "2023-06-14 08:32:15")
                    or line_below and not declared.has_time and url_stamp is not None
                    and _day(url_stamp) == _day(line) != _day(declared))
                and _day(line) not in _modified_days(meta)
                # (the page prints the declared day too, on another line near the headline:
                # "Appeal heard February 13, 2024" over "Judgment rendered October 4, 2024")
                and _day(declared) not in shown.line_days):
            # (not where the page labels the declared day its publication elsewhere: a
            # speech's "Delivered Thursday 12 September 2024" under its headline, its
            # "Published: 13 September 2024" after the text and in DCTERMS.issued)
            labelled = labelled_on_page(root, now).published
            if labelled is None or _day(labelled) != _day(declared):
                return line
        # the page prints the declared moment on its own clock ("21:35" where <head> says
        # 18:35Z, or a <time> that prints it so; also on a short line with a name before
        # it, "Philippine Daily Inquirer / 05:34 AM January 23, 2025" where <head> says
        # 21:34Z the day before): told so, with the offset that makes it that moment
        for shown_time in (printed, line if line_below or line_atop else None, time_el,
                           shown.field):
            local = _on_local_clock(shown_time, declared) if shown_time is not None else None
            if local is not None:
                return local
        # ... or its update on that clock ("Updated May 23, 2024 — 11.23am, first published
        # 5.00am" where <head> says 01:23Z and 19:00Z the day before): the page's clock is
        # learnt from the update, and the publication told on it, the day included
        clock = _page_clock(shown.updated, meta) if printed is None else None
        if clock is not None:
            return replace(declared, moment=declared.moment.astimezone(clock))
        if printed is not None and _same_moment(printed, declared) and _finer(printed, declared):
            return printed
        if (printed is not None and printed.has_time and declared.has_time
                and not declared.offset_given and _day(printed) == _day(declared)):
            # the page labels another time of that day its publication ("发布时间：2023-07-18
            # 10:32" under a PubDate of 10:30, both on the site's clock): the head's is the
            # CMS's own (a draft saved, a record filed), the printed one what readers see
            return printed
        if printed is None and time_el is not None and _local_day(time_el, declared):
            # the page's <time> prints, as its own text, the day a moment <head> declares
            # in UTC falls on at the site ("22 May 2024" for 2024-05-21T23:01Z, a release
            # out at 00:01 BST): the page's day, on the country's clock when it has one
            local = _country_clock(declared, url)
            return local if local is not None and _day(local) == _day(time_el) else time_el
        return _timed(declared, timed)
    if line is not None and not (line_below or line_atop):
        # a date line over the headline may be the banner's "today" (the masthead's
        # "الثلاثاء 5 ذو الحجة 1445هـ - 11 يونيو 2024م" by the logo): a publication the
        # page labels elsewhere, before that day, is the article's ("تاريخ النشر:
        # 19/05/2024" under the text)
        # (or says who issued it on that day: "Issued by the Department of Water and
        # Sanitation on 07 November 2024" under the text)
        # (or closes its text with its place and date: "Belgrade, 10 April 2025" under a
        # release whose page prints the day's exchange rates, "14.04.2025.", in its header)
        # (or marks as the post's own in a <time> in its footer: "Imewekwa na … <time
        # class='entry-date'>Januari 18, 2022</time>" under a top bar's "Jumatano, Januari
        # 19, 2022")
        # (not a publication a sentence of the text names: "the preliminary report,
        # published April 24, 2024, found …" under "News Release / 6/18/2024")
        labelled = (labelled_on_page(root, now, sentences=False).published
                    or issued_by_stamp(root, now) or place_date_line(root, now) or time_el)
        if labelled is not None and _day(labelled) < _day(line):
            return settle(labelled)
    stamp = line if line is not None else time_el if time_el is not None else closing()
    if stamp is not None:
        return settle(stamp)
    # a publication label anywhere beats an update label near the headline, and that a
    # date on a short line with a tag or a name before it ("Infraestruturas e Habitação
    # 2024-09-12 às 18h05"); a date in a sentence (an event's, a caption's) is never the
    # page's
    elsewhere = labelled_on_page(root, now)
    details = details_stamp(root, now, dropped)
    place_date: list[Stamp | None] = []
    for stamp in (elsewhere.published, details.published, shown.updated, shown.field,
                  elsewhere.updated, details.updated):
        if stamp is not None and stamp is shown.field and header is not None and (
                stamp.start < header[1]):
            # a date after a name over the headline may be the banner's "today" as a date
            # line there may ("Official portal of the Government · Tuesday, 14 May 2024"):
            # the day the release is signed, issued or placed, before that day, is its own
            # (the signature first: the banner's own line may read as a place and a date)
            earlier = (issued_by_stamp(root, now) or tail_stamp(paras, now, signed=True)
                       or place_date_line(root, now) or time_el)
            if earlier is not None and _day(earlier) < _day(stamp):
                return settle(earlier)
        if stamp is not None:
            update = (stamp is shown.updated or stamp is elsewhere.updated
                      or stamp is details.updated)
            if update:
                # a release's place and date on a line of its own ("Zug, 12. März 2025")
                # where the page labels only its last change ("zuletzt verändert: 14.03.")
                # is its issue, when not after that change
                if not place_date:
                    place_date.append(place_date_line(root, now))
                issued = place_date[0]
                if issued is None and (stamp is not shown.updated or not (
                        lang or meta.lang or "").lower().startswith(("zh", "ja"))):
                    # ... and so is the day under its signature ("MINISTRY OF … / 15 May
                    # 2024") where the change is labelled away from the headline ("Last
                    # modified: 5/20/2024" in the footer); an update label on the
                    # headline's own line ("更新时间：2024-5-9 16:22") is when the portal
                    # put the notice signed the day before online; elsewhere a "last
                    # modified" over the text is the change, the day under "Issued by:" the
                    # release's)
                    issued = tail_stamp(paras, now, signed=True) or issued_by_stamp(root, now)
                if issued is None:
                    # ... and so is the dateline opening the text ("Baltimore, MD (August
                    # 13, 2024) – …") where only the page's last change is labelled ("Page
                    # last updated: 8/14/2024")
                    issued = opening_dateline(paras, now)
                if issued is None:
                    # ... or a line of the date alone right over the text ("令和6年（2024年）
                    # 6月3日" under "更新日：2024年6月10日更新")
                    issued = date_line_over_text(root, now)
                if issued is None and stamp is not shown.updated:
                    # ... or right under it, over the media contact ("25 September 2020"
                    # closing a media statement, the footer's "Last updated: 9 March 2023"
                    # its site's last change)
                    issued = under_text_stamp(root, paras[:contact_block(paras)], now)
                # (the change as the page means it: "Mis à jour le 09/11/2023" on a French
                # page is 9 November, not 11 September)
                if issued is not None and _day(issued) <= _day(settle(stamp)):
                    return settle(issued)
            if update and url_stamp is not None and _day(url_stamp) < _day(stamp):
                # (an update after the day the address gives: "Sidst opdateret 19. marts
                # 2025" on /nyheder/2025/03/12/…, which was published that day)
                return url_stamp
            return settle(stamp)
    # the day a notice was signed, under its signature, where the page prints no other date:
    # the day it shows, though the portal may have put it online a day or two later (its
    # address's day)
    signed = tail_stamp(paras, now, signed=True)
    if signed is not None and (url_stamp is None or _day(signed) <= _day(url_stamp)):
        return settle(signed)
    if url_stamp is not None:
        return url_stamp
    # ... or the release's dateline opening its text, where the page prints no other date
    opening = opening_dateline(paras, now)
    if opening is not None:
        return settle(opening)
    # ... or a date line right under the text, where the page prints no other date
    under = under_text_stamp(root, paras, now,
                             skip=_updated_days(root) | _modified_days(meta))
    if under is not None:
        return settle(under)
    # ... or the date of the issue the page belongs to, by its number ("第4184期　2024年5月12日"
    # in a weekly's masthead), where the page prints no other date
    issue = issue_stamp(root, now)
    if issue is not None:
        return issue
    # ... or the date line of the article's own <footer>, which HTML gives the item's meta
    # (its date, its tags: "<article>…<footer><div class='node__submitted'>12/03/2024 -
    # 17:20</div>"), where the page prints no other date
    footer = _article_footer_stamp(root, now)
    if footer is not None:
        return settle(footer)
    found = _htmldate(root, url, now)
    # htmldate falls back to the modification date when it finds no other: a revision
    # the page does not print is not its publication (measured: 2 right, 5 wrong); and it
    # reads a reader's comment's <time> as well as the article's; and it reads the headline,
    # whose date is what the headline is about ("… from 1 April 2025")
    if found is not None and (_day(found) in _modified_days(meta)
                              or _day(found) in _comment_days(root)
                              # (or in an element the template marks as the update, which a
                              # reader may not even see: "rich-snippet-hidden")
                              or _day(found) in _updated_days(root)
                              or header and _day(found) in {_day(d) for d in find_dates(
                                  header[0][header[1]:header[1] + headline_length])}):
        return None
    return found


def _article_footer_stamp(root: Any, now: datetime | None) -> Stamp | None:
    """The first date printed as a line of its own (not labelled a revision) in the
    ``<footer>`` of the ``<article>`` that holds the page's ``<h1>``, or ``None``."""
    for footer in root.iterfind(".//article/footer"):
        article = footer.getparent()
        if article.find(".//h1") is None:
            continue
        for line in element_text(footer).split("\n"):
            for item in printed_dates(line, 0, now):
                if item.kind != UPDATED and (item.line or is_issued_line(line, item.stamp)):
                    return item.stamp
    return None


# A blog post's footer, its date in the date header above the post: "Posted by Kathryn at
# 09:00 AM in Bestiaries" (Blogger, Typepad, Movable Type); a reader's comment has its date
# ("Posted by: Jonas | March 23, 2023 at 11:15 AM") and does not match
_POSTED_AT = re.compile(r"\b[Pp]osted by [^|\n\d]{1,60}? at (?P<H>\d{1,2}):(?P<M>\d\d)"
                        r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?(?!\w)")
_POSTED_NODES = etree.XPath("/html/body//text()[contains(., 'osted by')]")


def _with_posted_time(stamp: Stamp, root: Any) -> Stamp:
    """*stamp* with the time a post's footer gives (:data:`_POSTED_AT`), when the page
    gives one time so (a blog's front page, with a footer under each post, gives several)."""
    if "osted by" not in _BODY_STRING(root):  # (one string of the body: a third of the search)
        return stamp
    times = set()
    for node in _POSTED_NODES(root):
        text = node.getparent().xpath("string()") if node.is_tail is False else str(node)
        times.update(clock_reading(m["H"], m["M"], m["ampm"]) for m in _POSTED_AT.finditer(text))
    return at_clock(stamp, times.pop()) if len(times) == 1 else stamp


def _local_day(shown: Stamp, declared: Stamp) -> bool:
    """*shown* prints only a day, a day off *declared*'s, a moment in UTC that falls on
    *shown*'s day on a clock at most :data:`MAX_ZONE_GAP` hours away."""
    if shown.has_time or not _in_utc(declared) or abs((_day(shown) - _day(declared)).days) != 1:
        return False
    gap = datetime.combine(_day(shown), datetime.min.time()) - declared.moment.replace(
        tzinfo=None)
    hours = gap.total_seconds() / 3600  # (to the printed day's midnight)
    return -MAX_ZONE_GAP - 24 < hours < MAX_ZONE_GAP


def _day(stamp: Stamp) -> date:
    return stamp.moment.date()


#: Hours two clocks can differ by for one moment (UTC against the furthest zone): a printed
#: time further than this from the declared one (each as its clock reads) is another moment.
MAX_ZONE_GAP = 14


def _hours_apart(a: Stamp, b: Stamp) -> float:
    """Hours between the clock readings of *a* and *b* (offsets ignored); 0 unless both
    have a time."""
    if not (a.has_time and b.has_time):
        return 0.0
    gap = a.moment.replace(tzinfo=None) - b.moment.replace(tzinfo=None)
    return abs(gap.total_seconds()) / 3600


_NO_OFFSET = timedelta(0)


def _on_local_clock(shown: Stamp, declared: Stamp) -> Stamp | None:
    """*declared*'s moment told on *shown*'s clock, when *declared* gives an offset,
    *shown* prints a time without one, and the two clocks differ by whole quarter hours, at
    most :data:`MAX_ZONE_GAP`: a page that prints local time over a ``<head>`` in UTC
    (*shown* itself when it has the offset already, from ``<time datetime>``). Else
    ``None``."""
    if not (shown.has_time and declared.has_time and declared.offset_given):
        return None
    if declared.moment.tzinfo is None:
        return None
    if shown.offset_given:
        # (a printed time settled with <time datetime>'s offset: the moment on the page's
        # clock already, when it is the declared one; a moment in UTC is a machine's value
        # that says nothing of the page's clock: "<time datetime='…19:00Z'>5.00am</time>")
        if shown.moment.tzinfo is None or shown.moment.utcoffset() == _NO_OFFSET or abs(
                (shown.moment - declared.moment).total_seconds()) >= 60:
            return None
        return replace(shown, moment=declared.moment.astimezone(shown.moment.tzinfo))
    # (to the minute: the printed clock has no seconds where the declared one may)
    local = shown.moment.replace(tzinfo=None, second=0, microsecond=0)
    gap = local - declared.moment.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    minutes = gap.total_seconds() / 60
    if abs(minutes) > MAX_ZONE_GAP * 60 or minutes % 15:
        return None
    # the declared moment, with its seconds, on the page's clock
    return replace(shown, moment=declared.moment.astimezone(timezone(gap)), offset_given=True)


def _page_clock(updated: Stamp | None, meta: PageMeta) -> tzinfo | None:
    """The offset of the clock the page prints its times on, when it prints *updated*
    (its printed update, with a time) as the moment ``<head>`` gives as the last revision
    on another clock (:func:`_on_local_clock`); else ``None``."""
    if updated is None or not updated.has_time:
        return None
    for revised in _modified_stamps(meta):
        local = _on_local_clock(updated, revised)
        if local is not None and local.moment.tzinfo is not None:
            return local.moment.tzinfo
    return None


def _finer(shown: Stamp, declared: Stamp) -> bool:
    """Whether *shown*, a printed time of *declared*'s minute, tells more than *declared*:
    the seconds *declared* lacks, and no offset lost."""
    return (shown.has_time and not declared.offset_given and shown.moment.second != 0
            and declared.moment.second == 0)


def _minute(stamp: Stamp) -> tuple[int, int]:
    return stamp.moment.hour, stamp.moment.minute


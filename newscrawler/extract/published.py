"""Publication time: which of the dates a page shows is the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .dates import Stamp, date_from_url, find_dates, is_plausible, parse_date
from .meta import PageMeta
from .text import off_stream

__all__ = ["META_DATE_NAMES", "pick_published"]

#: Meta names (lower-case) that carry the publication time, most specific first.
META_DATE_NAMES = (
    "pubdate", "publishdate", "article:published_time", "firstpublishedtime",
    "publish-date", "publish_date", "publication_date", "datepublished", "dc.date.issued",
    "dcterms.issued", "og:published_time", "sailthru.date", "parsely-pub-date", "date",
)

# A label right before a stamp says what kind of date it is. Specific labels count with or
# without a colon; the bare words 日期/时间/Date/Time only as a field label ("日期：",
# "Date:"), not inside a sentence ("作出处罚决定的日期 2024年7月8日" is a decision date).
_PUB_LABEL = re.compile(
    r"(?:(?:发布|发文|成文|生成|印发|公开|发稿)(?:时间|日期)|published(?: on)?|posted(?: on)?|"
    r"released(?: on)?|issued(?: on)?|veröffentlicht(?: am)?|erschienen(?: am)?|"
    r"pressemitteilung vom|medienmitteilung vom)\s*[:：]?\s*$"
    r"|(?:^|[\s|【\[（(])(?:日期|时间|date|datum|time)\s*[:：]\s*$",
    re.IGNORECASE,
)
_UPDATE_LABEL = re.compile(
    r"(?:更新时间|更新日期|修改时间|updated?|last (?:updated|modified|changed|reviewed)|"
    r"modified|geändert|letzte änderung|aktualisiert|page was last updated on)[^.\n]{0,20}$",
    re.IGNORECASE,
)


def _meta_stamp(meta: PageMeta) -> Stamp | None:
    for name in META_DATE_NAMES:
        value = meta.tags.get(name)
        if value:
            stamp = parse_date(value)
            if stamp is not None:
                return stamp
    for item in meta.jsonld:
        value = item.get("datePublished") or item.get("dateCreated")
        if isinstance(value, str):
            stamp = parse_date(value)
            if stamp is not None:
                return stamp
    return None


def _time_element(root: Any) -> Stamp | None:
    """The first ``<time datetime>`` that is not an update stamp and not in a list of
    other pages (a sidebar of recent posts prints theirs)."""
    for el in root.iter("time"):
        cls = (el.get("class") or "").lower() + " " + (el.get("itemprop") or "").lower()
        if "updated" in cls or "modified" in cls:
            continue
        if any(off_stream(parent) for parent in el.iterancestors()):
            continue
        value = el.get("datetime") or el.get("content")
        if value:
            stamp = parse_date(value)
            if stamp is not None:
                return stamp
    return None


#: A date with at most this many characters before it on its line stands on its own
#: ("24.01.2022 - Meldung", "Bern, 17.08.2007", "Released Wednesday, March 2, 2022");
#: one with more is part of a sentence ("... bis zum 31.1.2022").
STANDALONE_LEAD = 25


def visible_stamp(
    text: str, anchor: int = 0, now: datetime | None = None
) -> tuple[Stamp | None, bool]:
    """The publication stamp among the dates in *text* (the lines around the headline,
    which starts at offset *anchor*).

    Dates labelled as updates are skipped. Precedence: a date labelled as a publication
    date (发布时间, 发布日期, Date:, Published, Datum, ...), the nearest after the headline,
    else the nearest before it (information-disclosure tables print it above); then a
    date standing on its own line, first after the headline, then the nearest before
    it; then a date inside a sentence, in the same order. The flag says whether the
    stamp was labelled.
    """
    labelled: list[Stamp] = []
    # [after, before] for standalone and for in-sentence dates
    alone: list[Stamp | None] = [None, None]
    prose: list[Stamp | None] = [None, None]
    for stamp in find_dates(text):
        if not is_plausible(stamp, now):
            continue
        lead = text[max(0, stamp.start - 24): stamp.start]
        if _UPDATE_LABEL.search(lead):
            continue
        if _PUB_LABEL.search(lead):
            labelled.append(stamp)
            continue
        line_start = text.rfind("\n", 0, stamp.start) + 1
        kind = alone if stamp.start - line_start <= STANDALONE_LEAD else prose
        if stamp.start >= anchor:
            kind[0] = kind[0] or stamp
        else:
            kind[1] = stamp
    after = [s for s in labelled if s.start >= anchor]
    if after:
        return after[0], True
    if labelled:
        return labelled[-1], True
    return alone[0] or alone[1] or prose[0] or prose[1], False


def pick_published(
    meta: PageMeta,
    root: Any,
    header: tuple[str, int] | None,
    url: str | None,
    now: datetime | None = None,
) -> Stamp | None:
    """Precedence: meta tags (``PubDate``, ``article:published_time``, ``pubdate``,
    ``publishdate``, ..., JSON-LD ``datePublished``), ``<time datetime>``, then a visible
    stamp near the headline, then the URL (``/2018/05/28/``, ``/201805/t20180528_``).
    Future dates are rejected at every step.

    One exception to meta first: a publication date printed with a label near the
    headline that is earlier than the meta date wins. Portal CMSs rewrite ``PubDate``
    when they regenerate a page (regeneration stamps years after publication occur on
    real portals), and the printed date is the one readers see.
    """
    declared = None
    for stamp in (_meta_stamp(meta), _time_element(root)):
        if stamp is not None and is_plausible(stamp, now):
            declared = stamp
            break
    shown, labelled = visible_stamp(header[0], header[1], now) if header else (None, False)
    if declared is not None:
        if shown is not None and labelled and _day(shown) < _day(declared):
            return shown
        return declared
    if shown is not None:
        return shown
    stamp = date_from_url(url)
    if stamp is not None and is_plausible(stamp, now):
        return stamp
    return None


def _day(stamp: Stamp) -> date:
    return stamp.moment.date()

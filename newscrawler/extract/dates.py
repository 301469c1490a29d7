"""Publication dates: parse the forms government pages print, validate, format.

Parsing is separate from choosing: :func:`parse_date` reads one string,
:func:`find_dates` scans free text, :func:`date_from_url` reads a URL path.
Which one wins is decided in :mod:`newscrawler.extract.published`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import timezone as _tz
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["Stamp", "date_from_url", "find_dates", "format_stamp", "is_plausible", "parse_date"]

#: Earliest year we accept: the web (and government portals) start in the 1990s.
MIN_YEAR = 1990

_MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "jänner": 1, "janvier": 1,
    "feb": 2, "february": 2, "februar": 2, "feber": 2,
    "mar": 3, "march": 3, "märz": 3, "maerz": 3,
    "apr": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6,
    "jul": 7, "july": 7, "juli": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = (
    r"(?:[T\s]*(?:at\s+|um\s+)?(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?(?:\s*Uhr)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_Y = r"(?P<y>(?:19|20)\d{2})"

# One alternation per printed form; named groups y/m/d (or mon for month names).
_FORMS = [
    # 2018-05-28 09:54:31, 2018/05/28, 2018.05.28, 2007-08-20-23:59:59 (gov.cn metas)
    r"(?<!\d)" + _Y + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)-?" + _TIME,
    # 2018年5月28日 09:54
    _Y + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME,
    # May 28, 2018 / Monday, May 28, 2018 at 1:06 PM
    r"(?<![\w])(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _Y
    + r"(?!\d)" + _TIME,
    # 28 May 2018, 28. Mai 2018, 1. Februar 2022
    r"(?<![\w.])(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?P<mon>" + _MONTH_RE + r")\.?,?\s+" + _Y
    + r"(?!\d)" + _TIME,
    # 28.05.2018 (German), 28/05/2018 is ambiguous and not read
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\." + _Y + r"(?!\d)" + _TIME,
]
_DATE_RES = [re.compile(f, re.IGNORECASE) for f in _FORMS]


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date read from a page, with a time when one was printed."""

    moment: datetime  # naive local time unless ``offset_given``
    has_time: bool
    offset_given: bool = False
    start: int = 0  # position of the match in the scanned text
    end: int = 0


def _build(m: re.Match[str]) -> Stamp | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
        day = int(g["d"])
        moment = datetime(year, month, day)
    except (ValueError, KeyError):
        return None  # impossible date such as 2018-02-30: rejected, not guessed
    if year < MIN_YEAR:
        return None
    has_time = g.get("H") is not None
    offset_given = False
    if has_time:
        hour, minute, second = int(g["H"]), int(g["M"]), int(g["S"] or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        try:
            moment = moment.replace(hour=hour, minute=minute, second=second)
        except ValueError:
            has_time = False
        else:
            tz = g.get("tz")
            if tz:
                moment = moment.replace(tzinfo=_fixed_offset(tz))
                offset_given = True
    return Stamp(moment, has_time, offset_given, m.start(), m.end())


def _fixed_offset(tz: str) -> _tz:
    if tz in ("Z", "z"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return _tz(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def find_dates(text: str, *, limit: int = 0) -> list[Stamp]:
    """Every date in *text*, in order of position (at most *limit* when > 0).

    Forms: ``2018-05-28 09:54:31``, ``2018/05/28``, ``2018年5月28日 09:54``,
    ``May 28, 2018``, ``28 May 2018``, ``28. Mai 2018``, ``28.05.2018``; a time
    (``09:54``, ``1:06 PM``, ``14:00 Uhr``) and an offset directly after are kept.
    """
    found: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            stamp = _build(m)
            if stamp is not None:
                found.append(stamp)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda s: s.start)
    return found[:limit] if limit > 0 else found


def parse_date(value: str) -> Stamp | None:
    """The first date in *value* (a meta tag's content, a ``datetime`` attribute)."""
    dates = find_dates(value[:200])
    return dates[0] if dates else None


_URL_DATE_RES = [
    # /2018/05/28/ and /art/2018/5/28/
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    # /201805/t20180528_123.html (TRS)
    re.compile(r"/t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_"),
    # /2018-05/28/content_ (Xinhua), /2018-05-28/
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})[/-](?P<d>\d{2})[/_-]"),
    # /20180528/ and /20180528-slug
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_-])"),
]


def date_from_url(url: str | None) -> Stamp | None:
    """A date spelled in the URL path (``/2018/05/28/``, ``/201805/t20180528_``)."""
    if not url:
        return None
    for rx in _URL_DATE_RES:
        m = rx.search(url)
        if m:
            stamp = _build(m)
            if stamp is not None:
                return stamp
    return None


def is_plausible(stamp: Stamp, now: datetime | None = None) -> bool:
    """False for dates in the future (a day of slack for time zones)."""
    now = now or datetime.now()
    moment = stamp.moment.replace(tzinfo=None)
    return moment <= now + timedelta(days=1)


def format_stamp(stamp: Stamp, timezone: str | None = None) -> str:
    """ISO 8601: ``YYYY-MM-DD`` for a bare date; with a time, the printed offset
    if any, else *timezone*'s offset at that moment, else naive."""
    if not stamp.has_time:
        return stamp.moment.date().isoformat()
    moment = stamp.moment
    if not stamp.offset_given and timezone:
        try:
            moment = moment.replace(tzinfo=ZoneInfo(timezone))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.isoformat()

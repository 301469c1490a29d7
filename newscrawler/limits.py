"""The limits of one run: what each is called in a site file and in the settings, and how a
run that reached one is told.

>>> LIMITS["max_depth"].setting
'NEWSCRAWLER_MAX_DEPTH'
>>> stopped_at("closespider_pagecount", {"newscrawler/limits/max_pages": 8})
'8 pages per run'

Each limit is a setting with its default in ``newscrawler/settings.py`` (Scrapy's own where
Scrapy has it) and a key of the site file that overrides it for one site. The defaults stop
every trap a portal has shown us (endless calendars and pagination, endless redirects,
decompression bombs) within a bounded number of requests. A run that reached a limit ends
"stopped at a limit: ...", exit status 0, and counts as complete: the next run still stops
paging at known pages (``incremental.py``), so a trap is not walked again from the start.
The spider records each limit's value in the stats (``newscrawler/limits/<key>``) and how
often one stopped something (``newscrawler/limits/<key>/hit``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newscrawler import statkeys
from newscrawler.durations import span

__all__ = ["LIMITS", "Limit", "is_limit_reason", "record", "size_words", "stopped_at"]


@dataclass(frozen=True, slots=True)
class Limit:
    key: str  # in a site file
    setting: str
    words: str  # "{} pages per run": how an outcome names it, with its value
    unit: str = "count"  # "count", "seconds" or "bytes": how the value is read and shown
    reason: str | None = None  # Scrapy's finish reason when it is what closed the run

    def show(self, value: float) -> str:
        if self.unit == "seconds":
            return self.words.format(span(value))
        if self.unit == "bytes":
            return self.words.format(size_words(value))
        return self.words.format(int(value))


#: Every limit, by its site file key. 0 switches one off, except ``max_redirects``, where
#: 0 follows no redirect.
LIMITS: dict[str, Limit] = {limit.key: limit for limit in (
    Limit("max_pages", "CLOSESPIDER_PAGECOUNT", "{} pages per run",
          reason="closespider_pagecount"),
    Limit("max_time", "CLOSESPIDER_TIMEOUT", "time {}", "seconds",
          reason="closespider_timeout"),
    Limit("max_depth", "NEWSCRAWLER_MAX_DEPTH", "depth {}"),
    Limit("max_idle_lists", "NEWSCRAWLER_MAX_IDLE_LISTS", "{} lists without new articles"),
    Limit("max_redirects", "REDIRECT_MAX_TIMES", "{} redirects"),
    Limit("max_page_size", "DOWNLOAD_MAXSIZE", "pages of {}", "bytes"),
)}

# Scrapy's other ways to close a run early: settings only (a trial run's
# CLOSESPIDER_ITEMCOUNT=10), never in a site file.
_OTHER_REASONS: dict[str, Limit] = {limit.reason: limit for limit in (  # type: ignore[misc]
    Limit("items", "CLOSESPIDER_ITEMCOUNT", "{} items", reason="closespider_itemcount"),
    Limit("errors", "CLOSESPIDER_ERRORCOUNT", "{} errors", reason="closespider_errorcount"),
    Limit("pages_no_item", "CLOSESPIDER_PAGECOUNT_NO_ITEM", "{} pages without an item",
          reason="closespider_pagecount_no_item"),
    Limit("time_no_item", "CLOSESPIDER_TIMEOUT_NO_ITEM", "time {} without an item", "seconds",
          reason="closespider_timeout_no_item"),
)}
_BY_REASON = {**{lim.reason: lim for lim in LIMITS.values() if lim.reason}, **_OTHER_REASONS}


def is_limit_reason(finish_reason: str | None) -> bool:
    """Whether a run with this finish reason was closed by a limit (Scrapy's CloseSpider)."""
    return bool(finish_reason) and finish_reason.startswith("closespider_")


def record(settings: Any, stats: Any) -> dict[str, float]:
    """Put the run's limits (from its *settings*) in its *stats*; returns them by key."""
    values = {}
    for limit in (*LIMITS.values(), *_OTHER_REASONS.values()):
        value = settings.getfloat(limit.setting)
        values[limit.key] = value
        stats.set_value(f"{statkeys.LIMITS}/{limit.key}", value)
    return values


def stopped_at(finish_reason: str, stats: Mapping[str, Any]) -> str | None:
    """The limits a run reached, in words (``"depth 3, 8 pages per run"``), or None."""
    reached = []
    closing = _BY_REASON.get(finish_reason)
    if closing is not None:
        reached.append(closing.show(stats.get(f"{statkeys.LIMITS}/{closing.key}", 0)))
    elif is_limit_reason(finish_reason):
        reached.append(finish_reason)
    for limit in LIMITS.values():
        if stats.get(f"{statkeys.LIMITS}/{limit.key}/hit") and limit is not closing:
            reached.append(limit.show(stats.get(f"{statkeys.LIMITS}/{limit.key}", 0)))
    return ", ".join(reached) or None


def size_words(size: float) -> str:
    """``size_words(65536) == "64 KB"``, ``size_words(10485760) == "10 MB"``."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{int(size)} bytes"

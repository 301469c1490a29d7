"""Spans of time as the commands show them: ``45s``, ``12m03s``, ``1h00m``, ``2d07h``.

>>> span(723)
'12m03s'
>>> ago("2024-05-31T08:00:00+00:00", now)      # '2024-05-31 08:00 UTC, 3h00m ago'
>>> seconds("6h"), seconds(90)                  # (21600.0, 90.0): what site files write
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["ago", "between", "moment", "seconds", "span"]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def seconds(value: str | float) -> float:
    """A duration as a site file writes it (seconds, or ``"30m"``, ``"6h"``, ``"1d"``) in
    seconds; ValueError when it is none."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration (seconds, or '30m', '6h', '1d')")
    if isinstance(value, (int, float)):
        return float(value)
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration (seconds, or '30m', '6h', '1d')")
    return float(match[1]) * _UNITS[match[2]]


def span(seconds: float) -> str:
    """*seconds* in the two largest units: ``span(5) == "5s"``, ``span(3600) == "1h00m"``."""
    seconds = max(0, int(seconds))
    if seconds >= 86400:
        return f"{seconds // 86400}d{seconds % 86400 // 3600:02d}h"
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


def between(start: str, end: str | None) -> str:
    """The span between two ISO timestamps, or ``-`` when either is missing or unreadable."""
    try:
        return span((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())
    except (TypeError, ValueError):
        return "-"


def moment(stamp: str) -> datetime:
    """An ISO timestamp as an aware datetime (one without an offset is taken as UTC, as the
    database stores them); ValueError when it is none."""
    when = datetime.fromisoformat(stamp)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def ago(stamp: str, now: datetime) -> str:
    """``2024-05-31 08:00 UTC, 3h00m ago`` (a stamp without an offset is taken as UTC)."""
    try:
        when = moment(stamp)
    except ValueError:
        return stamp
    waited = span((now - when).total_seconds())
    return f"{when.astimezone(UTC):%Y-%m-%d %H:%M} UTC, {waited} ago"

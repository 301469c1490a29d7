"""Spans of time as the commands show them: ``45s``, ``12m03s``, ``1h00m``, ``2d07h``.

>>> span(723)
'12m03s'
>>> ago("2024-05-31T08:00:00+00:00", now)      # '2024-05-31 08:00 UTC, 3h00m ago'
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["ago", "between", "span"]


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


def ago(stamp: str, now: datetime) -> str:
    """``2024-05-31 08:00 UTC, 3h00m ago`` (a stamp without an offset is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    waited = span((now - moment).total_seconds())
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC, {waited} ago"

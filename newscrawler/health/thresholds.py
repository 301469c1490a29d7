"""The thresholds of the health checks: their keys, one check per key, and one site's values.

>>> limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH, site.health)  # ThresholdError if bad
>>> limits.coverage_drop, limits.stale_min                            # (0.3, 86400.0)

The defaults are ``NEWSCRAWLER_HEALTH`` in :mod:`newscrawler.settings`; ``-s
NEWSCRAWLER_HEALTH='{"coverage_drop": 0.2}'`` changes some keys for a crawl, and a site file's
``[health]`` table changes them for its site (``sites.py`` checks it with
:func:`check_thresholds`). What each key means is in ``docs/health.md``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from newscrawler import durations

__all__ = ["KEYS", "ThresholdError", "Thresholds", "check_thresholds"]


class ThresholdError(ValueError):
    """A threshold that cannot be used: the key and the problem."""

    def __init__(self, key: str, problem: str) -> None:
        self.key, self.problem = key, problem
        super().__init__(f"health threshold {key!r}: {problem}")


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {value!r}")
    return float(value)


def _share(value: Any) -> float:
    share = _number(value)
    if not 0 <= share <= 1:
        raise ValueError(f"must be a share between 0 and 1, got {value!r}")
    return share


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of at least 1, got {value!r}")
    return value


def _factor(value: Any) -> float:
    factor = _number(value)
    if factor < 1:
        raise ValueError(f"must be at least 1, got {value!r}")
    return factor


def _duration(value: Any) -> float:
    if not isinstance(value, (str, int, float)):
        raise ValueError(f"expected a duration (seconds, or '30m', '6h', '1d'), got {value!r}")
    seconds = durations.seconds(value)
    if seconds <= 0:
        raise ValueError(f"must be longer than 0, got {value!r}")
    return seconds


#: Every threshold: its check, which returns the value in the unit the checks use.
KEYS: dict[str, Callable[[Any], Any]] = {
    "history_runs": _count,
    "min_articles": _count,
    "coverage_drop": _share,
    "min_published": _share,
    "min_body": _share,
    "fallback_rise": _share,
    "stale_factor": _factor,
    "stale_min": _duration,
    "stale_unknown": _duration,
    "stale_gaps": _count,
    "max_failure_share": _share,
    "max_empty_list_share": _share,
}


def check_thresholds(values: Mapping[str, Any]) -> dict[str, Any]:
    """*values* checked key by key and converted (durations to seconds); ThresholdError
    names the first bad key."""
    checked = {}
    for key, value in values.items():
        check = KEYS.get(key)
        if check is None:
            raise ThresholdError(key, f"unknown key (known keys: {', '.join(sorted(KEYS))})")
        try:
            checked[key] = check(value)
        except ValueError as exc:
            raise ThresholdError(key, str(exc)) from None
    return checked


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The thresholds one run is judged by (durations in seconds)."""

    history_runs: int
    min_articles: int
    coverage_drop: float
    min_published: float
    min_body: float
    fallback_rise: float
    stale_factor: float
    stale_min: float
    stale_unknown: float
    stale_gaps: int
    max_failure_share: float
    max_empty_list_share: float

    @classmethod
    def of(cls, *layers: Mapping[str, Any] | None) -> Thresholds:
        """The thresholds of *layers* (defaults first, then overrides), each checked."""
        merged: dict[str, Any] = {}
        for layer in layers:
            merged.update(check_thresholds(layer or {}))
        missing = [f.name for f in dataclasses.fields(cls) if f.name not in merged]
        if missing:
            raise ThresholdError(missing[0], "missing (NEWSCRAWLER_HEALTH holds every key)")
        return cls(**merged)

    def minimums(self) -> dict[str, float]:
        """The least coverage of a site's first runs, by field."""
        return {"published": self.min_published, "body": self.min_body}

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

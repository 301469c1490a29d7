"""The health checks: pure functions of a run's health, the site's recent runs and thresholds.

>>> problems = check_run(run, history, limits, new_times=times, now=now)
>>> [p.message for p in problems]
['publication time in 0% of 6 articles (usually 81%)', ...]

*history* is the site's earlier runs, newest first (:func:`newscrawler.storage.health.
site_history`); only the runs that went well (``state == "ok"``) are the site's norm, so a
layout change keeps failing until the site file is fixed or its thresholds say otherwise.
*new_times* are the start times of the site's runs that stored new articles. A site with no
such runs yet is judged by the absolute minimums of its thresholds. The crawl runs these
checks as Spidermon monitors (:mod:`newscrawler.health.monitors`); an ingester or the
``health`` command calls them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newscrawler.durations import span
from newscrawler.exit_status import ExitStatus

from .measure import FIELD_NAMES, FIELDS, Problem, RunHealth
from .thresholds import Thresholds

__all__ = ["CHECKS", "STATES", "body_path", "check_run", "coverage", "empty_lists", "failures",
           "site_state", "stale", "stale_after", "usual_gap"]

_PATH_NAMES = {"selector": "the site's body selector", "container": "the content container",
               "portal": "the portal's content element", "generic": "the generic extractor",
               "density": "the text-density fallback"}


#: Shares are compared with this much slack, so that 1.0 - 0.7 is not more than 0.3.
_SLACK = 1e-9


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def _baseline(history: Sequence[RunHealth], limits: Thresholds) -> list[RunHealth]:
    """The site's recent runs that went well and extracted enough articles to count."""
    good = [r for r in history if r.state == "ok" and r.articles >= limits.min_articles]
    return good[:limits.history_runs]


def coverage(run: RunHealth, history: Sequence[RunHealth], limits: Thresholds
             ) -> list[Problem]:
    """A field found in far fewer articles than in the site's recent runs
    (``coverage_drop``); with no such runs, below the first runs' minimums."""
    if run.articles < limits.min_articles:
        return []
    base = _baseline(history, limits)
    found = []
    if not base:
        for name, minimum in limits.minimums().items():
            share = run.share(name) or 0.0
            if share < minimum - _SLACK:
                found.append(f"{FIELD_NAMES[name]} in {_pct(share)} of {run.articles} articles"
                             f" (at least {_pct(minimum)} expected of a first run)")
    else:
        total = sum(r.articles for r in base)
        for name in FIELDS:
            usual = sum(r.coverage.get(name, 0) for r in base) / total
            share = run.share(name) or 0.0
            if usual - share > limits.coverage_drop + _SLACK:
                found.append(f"{FIELD_NAMES[name]} in {_pct(share)} of {run.articles} articles"
                             f" (usually {_pct(usual)})")
    return [Problem("coverage", message) for message in found]


def body_path(run: RunHealth, history: Sequence[RunHealth], limits: Thresholds
              ) -> list[Problem]:
    """Bodies that the site's own path (its selector, a CMS container, the portal's content
    element) used to find now come from the generic fallbacks (``fallback_rise``)."""
    share = run.fallback_share()
    base = [r for r in _baseline(history, limits) if r.bodies]
    if share is None or run.bodies < limits.min_articles or not base:
        return []
    usual = (sum((r.fallback_share() or 0.0) * r.bodies for r in base)
             / sum(r.bodies for r in base))
    if share - usual <= limits.fallback_rise + _SLACK:
        return []
    paths: dict[str, int] = {}
    for r in base:
        for path, n in r.body_paths.items():
            paths[path] = paths.get(path, 0) + n
    main = max(paths, key=lambda p: paths[p])
    now = run.main_path() or "none"
    return [Problem("body path", f"bodies from the generic fallbacks in {_pct(share)} of "
                    f"{run.bodies} articles (usually {_pct(usual)}; mostly "
                    f"{_PATH_NAMES.get(now, now)} now, {_PATH_NAMES.get(main, main)} before)")]


def usual_gap(new_times: Sequence[datetime], limits: Thresholds) -> float | None:
    """The longest time, in seconds, between two runs that found new articles, among the
    latest ``stale_gaps``; None while fewer than three gaps are known."""
    times = sorted(new_times)[-(limits.stale_gaps + 1):]
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    return max(gaps) if len(gaps) >= 3 else None


def stale_after(new_times: Sequence[datetime], limits: Thresholds) -> float:
    """How long without a new article makes the site stale, in seconds."""
    usual = usual_gap(new_times, limits)
    if usual is None:
        return max(limits.stale_min, limits.stale_unknown)
    return max(limits.stale_min, limits.stale_factor * usual)


def stale(new_times: Sequence[datetime], now: datetime, limits: Thresholds) -> list[Problem]:
    """No new article for longer than the site usually goes without one: ``stale_factor``
    times its longest recent gap, at least ``stale_min`` (``stale_unknown`` while the site
    has fewer than three gaps). A site that never stored an article is not stale."""
    if not new_times:
        return []
    quiet = (now - max(new_times)).total_seconds()
    limit = stale_after(new_times, limits)
    if quiet <= limit:
        return []
    usual = usual_gap(new_times, limits)
    norm = (f"usually at most {span(usual)} between new articles" if usual is not None
            else "too few runs with new articles to know the usual gap")
    return [Problem("stale", f"no new article for {span(quiet)} ({norm}; stale after "
                             f"{span(limit)})")]


def empty_lists(run: RunHealth, history: Sequence[RunHealth], limits: Thresholds
                ) -> list[Problem]:
    """Every list page gave no article link, or more of them than in any recent run, and
    more than ``max_empty_list_share`` of the list pages fetched."""
    if not run.lists:
        return []
    if run.lists_empty == run.lists:
        return [Problem("lists", f"no list page gave an article link ({run.lists} fetched)")]
    base = [r for r in history if r.state == "ok" and r.lists][:limits.history_runs]
    if not base:
        return []
    usual = max(r.lists_empty for r in base)
    if run.lists_empty > usual and \
            run.lists_empty / run.lists > limits.max_empty_list_share + _SLACK:
        return [Problem("lists", f"{run.lists_empty} of {run.lists} list pages gave no "
                                 f"article link (usually at most {usual})")]
    return []


def failures(run: RunHealth, limits: Thresholds) -> list[Problem]:
    """More than ``max_failure_share`` of the article pages tried failed."""
    share = run.failure_share()
    if share is None or run.attempted < limits.min_articles \
            or share <= limits.max_failure_share + _SLACK:
        return []
    reasons = ", ".join(f"{reason} {n}" for reason, n in
                        sorted(run.failures.items(), key=lambda kv: -kv[1])[:3])
    return [Problem("failures", f"{run.article_failures} of {run.attempted} article pages "
                                f"failed ({_pct(share)}; {reasons})")]


#: Every check by its name (the monitor that runs it carries the same name).
CHECKS = ("coverage", "body path", "stale", "lists", "failures")


def check_run(run: RunHealth, history: Sequence[RunHealth], limits: Thresholds, *,
              new_times: Sequence[datetime], now: datetime) -> list[Problem]:
    """Every check's problems with *run*, in :data:`CHECKS` order."""
    return [*coverage(run, history, limits), *body_path(run, history, limits),
            *stale(new_times, now, limits), *empty_lists(run, history, limits),
            *failures(run, limits)]


#: A site's states, from the best: its last run went well, ... , its last run failed.
STATES = ("ok", "stale", "degraded", "failed")


def site_state(*, exit_status: int | None, run: RunHealth | None,
               new_times: Sequence[datetime], now: datetime, limits: Thresholds
               ) -> tuple[str, list[Problem]]:
    """A site's state *now* from its last finished run (its *exit_status*, and its *run*
    health when it was judged) and when its runs found new articles: ``failed`` (the run
    failed), ``degraded`` (the run's checks failed), ``stale`` (no new article for too long
    as of *now*), else ``ok``; with the problems that say why."""
    problems = list(run.problems) if run is not None and run.state == "degraded" else []
    problems += stale(new_times, now, limits)
    if exit_status not in (None, ExitStatus.OK, ExitStatus.DEGRADED):
        return "failed", problems
    if run is not None and run.state == "degraded" or exit_status == ExitStatus.DEGRADED:
        return "degraded", problems
    return ("stale" if problems else "ok"), problems

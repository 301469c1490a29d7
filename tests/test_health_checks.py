"""The health checks as pure functions: a run's health, the site's recent runs, thresholds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newscrawler import settings
from newscrawler.health import RunHealth, ThresholdError, Thresholds, check_run
from newscrawler.health.checks import (
    body_path,
    coverage,
    empty_lists,
    failures,
    site_state,
    stale,
    stale_after,
)
from newscrawler.sites import SiteConfigError, parse_site

LIMITS = Thresholds.of(settings.NEWSCRAWLER_HEALTH)
NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def _run(articles=10, *, published=None, time=None, body=None, source=None, paths=None,
         state="ok", lists=3, lists_empty=1, new=None, failed=0, **kwargs) -> RunHealth:
    """A run whose articles all have every field unless a count says otherwise."""
    counts = {"title": articles, "published": published, "time": time, "body": body,
              "source": source}
    return RunHealth(
        site="zj", articles=articles,
        coverage={k: articles if v is None else v for k, v in counts.items()},
        body_paths=paths if paths is not None else {"container": articles},
        new=articles if new is None else new, article_failures=failed, lists=lists,
        lists_empty=lists_empty, state=state, **kwargs)


def test_default_thresholds_are_complete_and_read_as_documented():
    assert LIMITS.coverage_drop == 0.3 and LIMITS.stale_min == 86400
    assert LIMITS.stale_unknown == 7 * 86400 and LIMITS.history_runs == 10
    assert Thresholds.of(settings.NEWSCRAWLER_HEALTH, {"stale_min": "2h"}).stale_min == 7200


@pytest.mark.parametrize(("values", "key", "problem"), [
    ({"coverage_dorp": 0.2}, "coverage_dorp", "unknown key"),
    ({"coverage_drop": 1.5}, "coverage_drop", "between 0 and 1"),
    ({"coverage_drop": True}, "coverage_drop", "expected a number"),
    ({"min_articles": 0}, "min_articles", "at least 1"),
    ({"stale_min": "soon"}, "stale_min", "not a duration"),
    ({"stale_factor": 0.5}, "stale_factor", "at least 1"),
])
def test_bad_thresholds_name_the_key(values, key, problem):
    with pytest.raises(ThresholdError, match=problem) as caught:
        Thresholds.of(settings.NEWSCRAWLER_HEALTH, values)
    assert caught.value.key == key


def test_a_site_file_health_table_is_checked_key_by_key():
    base = {"name": "zj", "start_urls": ["https://www.zj.gov.cn/"], "article_links": ["art_"]}
    site = parse_site({**base, "health": {"min_published": 0.2, "stale_min": "3d"}})
    assert site.health == {"min_published": 0.2, "stale_min": 259200.0}
    limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH, site.health)
    assert (limits.min_published, limits.stale_min, limits.coverage_drop) == (0.2, 259200, 0.3)
    with pytest.raises(SiteConfigError, match=r"key 'health.max_failure_share': must be a share"):
        parse_site({**base, "health": {"max_failure_share": 2}}, origin="zj.toml")


def test_a_field_falling_well_below_the_sites_recent_runs_is_a_problem():
    history = [_run(20, time=20), _run(30, time=29)]
    problems = coverage(_run(10, time=4), history, LIMITS)
    assert [(p.check, p.message) for p in problems] == [
        ("coverage", "publication time in 40% of 10 articles (usually 98%)")]
    assert coverage(_run(10, time=7), history, LIMITS) == []  # 98% -> 70%: within 0.3


def test_degraded_and_small_runs_are_not_the_norm_and_small_runs_are_not_judged():
    history = [_run(10, time=0, state="degraded"), _run(3, time=0), _run(20)]
    assert coverage(_run(10, time=5), history, LIMITS)[0].message.endswith("(usually 100%)")
    assert coverage(_run(4, time=0), history, LIMITS) == []  # under min_articles


def test_a_first_run_has_absolute_minimums():
    problems = coverage(_run(10, published=4, body=7, time=0, source=0), [], LIMITS)
    assert [p.message for p in problems] == [
        "publication date in 40% of 10 articles (at least 50% expected of a first run)",
        "body in 70% of 10 articles (at least 80% expected of a first run)"]
    assert coverage(_run(10, time=0, source=0), [], LIMITS) == []  # no minimum for those


def test_bodies_moving_from_the_container_to_the_generic_fallback():
    history = [_run(20)]
    moved = _run(10, paths={"generic": 9, "container": 1})
    assert [p.message for p in body_path(moved, history, LIMITS)] == [
        "bodies from the generic fallbacks in 90% of 10 articles (usually 0%; mostly the "
        "generic extractor now, the content container before)"]
    # a portal element instead of a container is a change, not a fallback
    assert body_path(_run(10, paths={"portal": 10}), history, LIMITS) == []
    # a site whose bodies always came from trafilatura is not degraded by it
    assert body_path(moved, [_run(20, paths={"generic": 20})], LIMITS) == []


def _every(gap: timedelta, count: int, last: datetime) -> list[datetime]:
    return [last - gap * i for i in range(count)]


def test_stale_only_after_the_sites_usual_interval():
    # new articles every 2 hours until 25 hours ago: a day is far longer than usual
    frequent = _every(timedelta(hours=2), 12, NOW - timedelta(hours=25))
    [problem] = stale(frequent, NOW, LIMITS)
    assert problem.message == ("no new article for 1d01h (usually at most 2h00m between new "
                               "articles; stale after 1d00h)")
    # every 3 days: a day without one is usual, 5 days is not (1.5 x 3 days)
    sparse = _every(timedelta(days=3), 8, NOW - timedelta(hours=25))
    assert stale(sparse, NOW, LIMITS) == []
    assert stale_after(sparse, LIMITS) == 4.5 * 86400
    assert stale(sparse, NOW + timedelta(days=4), LIMITS)[0].check == "stale"
    # too few runs to know: a week
    assert stale([NOW - timedelta(days=6)], NOW, LIMITS) == []
    assert stale([NOW - timedelta(days=8)], NOW, LIMITS)[0].message.endswith(
        "(too few runs with new articles to know the usual gap; stale after 7d00h)")
    assert stale([], NOW, LIMITS) == []  # never found anything: other checks say why


def test_list_pages_without_article_links():
    assert empty_lists(_run(lists=3, lists_empty=3), [], LIMITS)[0].message == (
        "no list page gave an article link (3 fetched)")
    history = [_run(lists=6, lists_empty=1), _run(lists=3, lists_empty=1)]
    assert [p.message for p in empty_lists(_run(lists=4, lists_empty=2), history, LIMITS)] \
        == ["2 of 4 list pages gave no article link (usually at most 1)"]
    assert empty_lists(_run(lists=20, lists_empty=2), history, LIMITS) == []  # 10% of them
    assert empty_lists(_run(lists=4, lists_empty=2), [], LIMITS) == []  # no norm yet


def test_failures_above_their_share():
    run = _run(4, new=4, failed=6, failures={"HTTP 404": 5, "timed out": 1})
    assert [p.message for p in failures(run, LIMITS)] == [
        "6 of 10 article pages failed (60%; HTTP 404 5, timed out 1)"]
    assert failures(_run(2, new=2, failed=2), LIMITS) == []  # 4 tried: too few to judge


def test_check_run_and_the_state_of_a_site():
    history = [_run(20)]
    healthy = _run(10, lists=3, lists_empty=1)
    assert check_run(healthy, history, LIMITS, new_times=[NOW], now=NOW) == []
    broken = _run(10, time=0, paths={"generic": 10}, lists=3, lists_empty=3)
    checks = [p.check for p in check_run(broken, history, LIMITS, new_times=[NOW], now=NOW)]
    assert checks == ["coverage", "body path", "lists"]
    quiet = _every(timedelta(hours=2), 12, NOW - timedelta(days=2))
    assert site_state(exit_status=0, run=healthy, new_times=[NOW], now=NOW,
                      limits=LIMITS) == ("ok", [])
    state, why = site_state(exit_status=0, run=healthy, new_times=quiet, now=NOW, limits=LIMITS)
    assert state == "stale" and why[0].check == "stale"
    assert site_state(exit_status=1, run=None, new_times=[NOW], now=NOW,
                      limits=LIMITS)[0] == "failed"


def test_docs_list_every_threshold_with_its_default():
    from pathlib import Path

    from newscrawler.health.thresholds import KEYS

    docs = (Path(__file__).parent.parent / "docs" / "health.md").read_text(encoding="utf-8")
    assert set(settings.NEWSCRAWLER_HEALTH) == set(KEYS)
    for key, value in settings.NEWSCRAWLER_HEALTH.items():
        assert f"`{key}` {value}" in docs or f"`{key}` ({value})" in docs, key

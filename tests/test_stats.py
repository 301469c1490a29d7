"""``newscrawler stats`` after a real crawl: per site, articles, dates, last run, failures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newscrawler.storage import Storage
from newscrawler.storage.reader import open_reader
from newscrawler.storage.stats import site_stats

from helpers import run_main


@pytest.fixture
def db(demo_crawl) -> Path:
    return demo_crawl.db


def test_site_stats_numbers(db):
    conn = open_reader(db)
    stats = {s.site: s for s in site_stats(conn)}
    conn.close()
    assert set(stats) == {"demo-en", "demo-zh"}
    en, zh = stats["demo-en"], stats["demo-zh"]
    assert (en.articles, zh.articles) == (36, 30)
    assert (en.first_published[:10], en.last_published[:10]) == ("2018-05-18", "2018-05-28")
    assert (zh.first_published[:10], zh.last_published[:10]) == ("2018-05-22", "2018-05-28")
    assert en.runs == zh.runs == 1
    assert en.last_run is not None and en.last_run.finished_at and en.last_run.ok
    assert en.failures == en.failures_last_run == 3  # 404, robots.txt, empty page
    assert zh.failures == 0 and zh.last_run.outcome == "ok"


def test_stats_command_is_one_line_per_site(db):
    result = run_main("stats", "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["site", "articles", "reposts", "published", "last", "run",
                                "outcome", "failed"]
    assert set(lines[1]) <= {"-", " "}
    en = re.split(r"\s{2,}", lines[2])
    zh = re.split(r"\s{2,}", lines[3])
    assert en[:4] == ["demo-en", "36", "0", "2018-05-18 .. 2018-05-28"]
    # the session's crawl: seconds or minutes ago (newscrawler.durations.span)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC, (\d+s|\d+m\d\ds) ago \(#\d+\)", en[4])
    assert en[5:] == ["ok, 3 failed", "3 last run, 3 in all"]
    assert zh[:4] == ["demo-zh", "30", "0", "2018-05-22 .. 2018-05-28"]
    assert zh[5:] == ["ok", "0"]
    assert re.split(r"\s{2,}", lines[4].strip()) == ["all", "66", "0", "3"]
    assert f"database: {db}" in result.stdout


def test_an_unfinished_run_and_an_empty_database(tmp_path):
    path = tmp_path / "news.db"
    Storage.open(path).close()
    empty = run_main("stats", "--db", path)
    assert empty.returncode == 0
    assert empty.stdout.strip() == f"{path}: no articles and no runs yet"
    store = Storage.open(path)
    store.start_run("killed-site")  # started, never finished: the process was killed
    store.close()
    result = run_main("stats", "--db", path)
    assert result.returncode == 0
    row = re.split(r"\s{2,}", result.stdout.splitlines()[2])
    assert row[0] == "killed-site" and row[1:4] == ["0", "0", "-"]
    assert row[5] == "did not finish (killed, or crashed)"  # no process holds the lock


def test_missing_database_is_a_clear_error(tmp_path):
    result = run_main("stats", "--db", tmp_path / "none.db")
    assert result.returncode == 1
    assert result.stderr.strip() == (f"newscrawler: no database at {tmp_path / 'none.db'} "
                                     "(crawl first, or say which one with --db PATH)")

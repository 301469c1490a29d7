"""Full-text search in Chinese and English, on a real database, and the search command."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newscrawler.items import NewsArticle
from newscrawler.query import QueryError, parse_query
from newscrawler.storage import Storage
from newscrawler.storage.reader import open_reader
from newscrawler.storage.search import search

from helpers import run_main

ARTICLES = [
    # (site, title, published_at, body)
    ("zj", "浙江省优化营商环境大会召开", "2024-05-01T09:30:00+08:00",
     "会议强调，要持续优化营商环境，激发市场主体活力。下一步，各地要抓好落实。"),
    ("zj", "杭州市推进数字经济发展", "2024-05-03T10:00:00+08:00",
     "杭州市将加快数字经济发展，同时改善营商环境，支持中小企业。"),
    ("zj", "宁波港口建设提速", "2024-05-10",
     "宁波舟山港集装箱吞吐量同比增长。港口建设项目进展顺利，生态环境持续改善。"),
    ("hz", "温州防汛防台工作部署", "2024-06-01T08:00:00+08:00",
     "温州市部署防汛防台工作，要求落实责任，确保群众安全。"),
    ("en", "Flood prevention drills held in Lishui", "2024-05-02T11:00:00+08:00",
     "Rescue teams practised evacuation along the Ou River. Flood prevention is a priority."),
    ("en", "Lishui opens AI service centre", "2024-05-20",
     "The new centre offers AI tools to small firms (and training) for free."),
    ("en", "Reservoir safety checks", "2024-06-15T09:00:00+08:00",
     "Inspectors checked 40 reservoirs; no drills were held this week, officials said."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "news.db"
    store = Storage.open(path)
    for n, (site, title, published, body) in enumerate(ARTICLES, 1):
        store.add_article(NewsArticle(url=f"https://{site}.gov.cn/{n}.html", site=site,
                                      title=title, published_at=published, body=body,
                                      fingerprint=f"{n:040d}"))
    store.close()
    return path


@pytest.fixture
def conn(db):
    connection = open_reader(db)
    yield connection
    connection.close()


def titles(hits) -> list[str]:
    return [h.title for h in hits]


def test_chinese_query_ranks_title_matches_first_and_marks_the_match(conn):
    hits = search(conn, "营商环境")
    assert titles(hits) == ["浙江省优化营商环境大会召开", "杭州市推进数字经济发展"]
    assert hits[0].title_marked == "浙江省优化[营商环境]大会召开"
    assert "[营商环境]" in hits[1].snippet
    assert hits[0].rank < hits[1].rank


@pytest.mark.parametrize("query, expected", [
    ("港", ["宁波港口建设提速"]),  # one character: no trigram, LIKE
    ("环境", ["宁波港口建设提速", "杭州市推进数字经济发展", "浙江省优化营商环境大会召开"]),
    ("环境 港口", ["宁波港口建设提速"]),
    # Substrings, case-insensitive: "AI" is in "said" too.
    ("AI", ["Reservoir safety checks", "Lishui opens AI service centre"]),
])
def test_one_and_two_character_queries_find_substrings_newest_first(conn, query, expected):
    hits = search(conn, query)
    assert titles(hits) == expected
    for word in query.split():
        marked = (hits[0].snippet + hits[0].title_marked).lower()
        assert f"[{word.lower()}]" in marked


def test_mixed_short_and_long_terms_narrow_the_ranked_set(conn):
    assert titles(search(conn, "营商环境 杭州")) == ["杭州市推进数字经济发展"]


def test_english_is_case_insensitive_and_matches_inside_words(conn):
    assert sorted(titles(search(conn, "LISHUI"))) == ["Flood prevention drills held in Lishui",
                                                     "Lishui opens AI service centre"]
    assert titles(search(conn, "evacuat")) == ["Flood prevention drills held in Lishui"]


def test_phrases_exclusions_and_or(conn):
    assert titles(search(conn, '"flood prevention"')) == ["Flood prevention drills held in Lishui"]
    assert titles(search(conn, "drills -Lishui")) == ["Reservoir safety checks"]
    assert titles(search(conn, "drills NOT Lishui")) == ["Reservoir safety checks"]
    assert sorted(titles(search(conn, "防汛 OR 港口"))) == ["宁波港口建设提速",
                                                           "温州防汛防台工作部署"]
    assert sorted(titles(search(conn, "reservoir OR evacuation"))) == [
        "Flood prevention drills held in Lishui", "Reservoir safety checks"]


def test_filters_by_site_and_publication_dates(conn):
    assert titles(search(conn, "环境", site="zj", since="2024-05-02")) == [
        "宁波港口建设提速", "杭州市推进数字经济发展"]
    # until takes in the whole day, including a timestamp late that day and a date alone
    assert titles(search(conn, "环境", until="2024-05-03")) == [
        "杭州市推进数字经济发展", "浙江省优化营商环境大会召开"]
    assert titles(search(conn, "环境", since="2024-05-10", until="2024-05-10")) == [
        "宁波港口建设提速"]
    assert search(conn, "环境", site="en") == []
    assert len(search(conn, "环境", limit=1)) == 1
    with pytest.raises(QueryError, match="--since wants a date"):
        search(conn, "环境", since="May 2024")


def test_query_parsing():
    def plain(query: str) -> list[list[tuple[str, bool]]]:
        return [[(t.text, t.negated) for t in group] for group in parse_query(query)]

    assert plain('flood "dam safety" -drill a OR b') == [
        [("flood", False)], [("dam safety", False)], [("drill", True)],
        [("a", False), ("b", False)]]
    assert plain('"flood (AND') == [[("flood", False)]]  # a lone quote, a stray operator
    assert plain("(a OR b) AND c*") == [[("a", False), ("b", False)], [("c", False)]]
    assert plain("x (NOT y)") == [[("x", False)], [("y", True)]]
    assert plain('-"two words" OR z') == [[("two words", True)], [("z", False)]]
    assert plain("AND OR NOT ( ) * \"\"") == []


NASTY = ['"', '""', '"unbalanced', "*", "-", "--", "AND", "OR", "NOT", "(", ")", "((a", "a))",
         "a) OR (b", "NEAR(flood drills)", "title:flood", "^flood", "flood*", "'", "\\", "%", "_",
         "%%_", "a AND", "OR flood", "flood AND AND drills", '"flood" OR', "{flood}",
         "营商 AND (环境", "环境*", '"营商环境', "-营商环境", "+flood", "flood -", "rank",
         "bm25(articles_fts)", "'; DROP TABLE articles; --", "\x00", "🙂", "a" * 300]


@pytest.mark.parametrize("query", NASTY)
def test_fts_syntax_in_a_query_never_fails(conn, query):
    try:
        search(conn, query)
    except QueryError as exc:  # only for queries with nothing to search for
        assert "nothing to search for" in str(exc)
        assert parse_query(query) == []


def test_random_queries_never_fail(conn):
    rng = random.Random(5)
    alphabet = list('"*-()^:+{}AND OR NOT 营商环境港口 floodLishui%_\\\'') + ["AND", "OR", "NOT"]
    for _ in range(500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        try:
            search(conn, query, since="2024-01-01")
        except QueryError:
            assert parse_query(query) == []
    rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert rows == len(ARTICLES)


def test_search_command_prints_ranked_highlighted_results(db):
    result = run_main("search", "营商环境", "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "  1. 浙江省优化[营商环境]大会召开"
    assert "zj · 2024-05-01 · #1" in lines[1]
    assert lines[2].strip() == "https://zj.gov.cn/1.html"
    assert "2 results, best first" in result.stdout

    as_json = run_main("search", "flood", "--db", db, "--site", "en", "--json")
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [r["title"] for r in rows] == ["Flood prevention drills held in Lishui"]
    assert rows[0]["url"] == "https://en.gov.cn/5.html" and "[Flood]" in rows[0]["snippet"]


@pytest.mark.parametrize("query", ['"unbalanced (AND', "NEAR(", "*", "-"])
def test_search_command_never_shows_a_traceback(db, query):
    result = run_main("search", query, "--db", db)
    assert "Traceback" not in result.stderr
    # Either results (or none), or the one-line usage error for a query of operators only.
    assert result.returncode == 0 or (result.returncode == 2 and result.stderr.strip() ==
                                      f"newscrawler: nothing to search for in {query!r}")


def test_search_command_errors_are_one_clear_line(db, tmp_path):
    missing = run_main("search", "x", "--db", tmp_path / "nope.db")
    assert missing.returncode == 1
    assert missing.stderr.strip() == (f"newscrawler: no database at {tmp_path / 'nope.db'} "
                                      "(crawl first, or say which one with --db PATH)")
    empty = run_main("search", "AND OR", "--db", db)
    assert empty.returncode == 2 and "nothing to search for" in empty.stderr
    bad_date = run_main("search", "flood", "--db", db, "--until", "yesterday")
    assert bad_date.returncode == 2 and "--until wants a date" in bad_date.stderr
    for result in (missing, empty, bad_date):
        assert "Traceback" not in result.stderr

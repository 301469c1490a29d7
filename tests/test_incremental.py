"""Scheduled runs: only what is new is fetched, and an unfinished run is completed."""

from __future__ import annotations

import re
import sqlite3

from newscrawler.demo.portal import DemoPortal, Page
from newscrawler.demo.server import PortalServer

from helpers import crawl, db_rows, jsonl_rows, write_site

ARTICLE_PATH = re.compile(r"/art/\d{4}/|/t\d{8}_")


def _article_requests(server: PortalServer, since: int = 0) -> list[str]:
    return [p for p in server.requested[since:] if ARTICLE_PATH.search(p)]


def test_unchanged_portal_sends_no_article_request(crawled):
    out, sites, server = crawled.out, crawled.sites, crawled.server
    mark = len(server.requested)
    second = crawl(out, *sites)
    assert second.returncode == 0, second.stderr[-2000:]
    assert _article_requests(server, mark) == []
    lists = [p for p in server.requested[mark:] if p != "/robots.txt"]
    # Home and first page of each of the four channels, nothing deeper.
    assert sorted(lists) == sorted(["/en/index.html", "/en/news/index.html",
                                    "/en/policies/index.html", "/zh/index.html",
                                    "/zh/xwdt/index.html", "/zh/zcwj/index.html"])
    runs = db_rows(out / "news.db", "SELECT site, articles_new, articles_known, outcome, "
                   "exit_status FROM crawl_runs WHERE id > 2 ORDER BY site")
    assert [(r["site"], r["articles_new"], r["exit_status"]) for r in runs] == [
        ("demo-en", 0, 0), ("demo-zh", 0, 0)]
    assert all(r["articles_known"] > 0 and r["outcome"] == "ok" for r in runs)


def test_twenty_new_articles_are_exactly_what_the_next_run_stores(crawled):
    out, sites, server, portal = crawled.out, crawled.sites, crawled.server, crawled.portal
    added = portal.add_articles(20)
    server.set_pages(portal.render())
    mark = len(server.requested)
    assert crawl(out, *sites).returncode == 0
    fetched = set(_article_requests(server, mark))
    assert fetched == {a.path for a in added}
    new = db_rows(out / "news.db", "SELECT title FROM articles WHERE first_run_id > 2")
    assert {r["title"] for r in new} == {a.title for a in added}
    assert len(jsonl_rows(out / "articles.jsonl")) == 86
    # The 20 new links (and 4 trap links) fill the news list's pages 0 to 2; page 3 is the
    # first that brings nothing new, so page 4 is not fetched.
    assert "/en/news/index_3.html" in server.requested[mark:]
    assert "/en/news/index_4.html" not in server.requested[mark:]


def test_a_run_that_did_not_finish_makes_the_next_walk_every_page(crawled):
    out, sites, server = crawled.out, crawled.sites, crawled.server
    conn = sqlite3.connect(out / "news.db")
    with conn:  # as a killed run leaves it
        conn.execute("UPDATE crawl_runs SET finished_at = NULL, finish_reason = NULL")
    conn.close()
    mark = len(server.requested)
    assert crawl(out, sites[0]).returncode == 0
    assert "/en/news/index_2.html" in server.requested[mark:]
    assert _article_requests(server, mark) == []  # known articles are still not fetched
    mark = len(server.requested)
    assert crawl(out, sites[0]).returncode == 0  # that run completed: back to stopping early
    assert "/en/news/index_2.html" not in server.requested[mark:]


def test_since_skips_older_articles_shown_on_the_lists(tmp_path, portal, server):
    out = tmp_path / "out"
    site = write_site(tmp_path, "demo-en", server.base_url)
    assert crawl(out, site, extra=("--since", "2018-05-27")).returncode == 0
    stored = {r["url"] for r in db_rows(out / "news.db", "SELECT url FROM articles")}
    expected = {server.base_url + a.path for a in portal.articles
                if a.edition == "en" and a.published.date().isoformat() >= "2018-05-27"}
    assert stored == expected
    assert 0 < len(expected) < 36
    assert "/en/news/index_1.html" in server.requested  # all older than --since: the end
    assert "/en/news/index_2.html" not in server.requested


def test_refresh_downloads_known_articles_and_updates_changed_ones(tmp_path, portal, server):
    out = tmp_path / "out"
    site = write_site(tmp_path, "demo-zh", server.base_url)
    assert crawl(out, site).returncode == 0
    changed = next(a for a in portal.articles if a.edition == "zh")
    changed.paragraphs.append("（更正）本文第二段数字有误，已更正。")
    server.set_pages(portal.render())
    assert crawl(out, site).returncode == 0
    body = db_rows(out / "news.db", "SELECT body FROM articles WHERE title = ?",
                   (changed.title,))[0]["body"]
    assert "更正" not in body  # a plain run does not look at known articles
    mark = len(server.requested)
    result = crawl(out, site, extra=("--refresh",))
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(_article_requests(server, mark)) == 30
    row = db_rows(out / "news.db", "SELECT id, body FROM articles WHERE title = ?",
                  (changed.title,))[0]
    assert row["body"].endswith("本文第二段数字有误，已更正。")
    lines = jsonl_rows(out / "articles.jsonl")
    assert len(lines) == 31  # 30 articles, and the updated one appended again
    assert [line for line in lines if line["id"] == row["id"]][-1]["body"] == row["body"]
    run = db_rows(out / "news.db", "SELECT articles_updated FROM crawl_runs ORDER BY id DESC")[0]
    assert run["articles_updated"] == 1


def test_unreachable_site_exits_non_zero(tmp_path):
    with PortalServer({}) as server:
        base = server.base_url
    site = write_site(tmp_path, "demo-en", base)  # nothing listens there any more
    out = tmp_path / "out"
    result = crawl(out, site, extra=("-s", "RETRY_TIMES=0"))
    assert result.returncode == 1
    run = db_rows(out / "news.db", "SELECT outcome, exit_status FROM crawl_runs")[0]
    assert run["exit_status"] == 1 and "site unreachable" in run["outcome"]
    failures = db_rows(out / "news.db", "SELECT kind, reason, detail FROM failures")
    # Its robots.txt could not be fetched either: RFC 9309 says assume complete disallow, so
    # the start URL is not requested, and the detail says why.
    assert [(f["kind"], f["reason"]) for f in failures] == [("list", "robots.txt unavailable")]
    assert "ConnectionRefused" in failures[0]["detail"]


def test_every_article_failing_exits_non_zero(tmp_path):
    portal = DemoPortal(en=4, zh=0, extras=False)
    pages = {path: (Page(b"<html><body></body></html>") if "/art/" in path else page)
             for path, page in portal.render().items()}
    with PortalServer(pages) as server:
        out = tmp_path / "out"
        result = crawl(out, write_site(tmp_path, "demo-en", server.base_url))
    assert result.returncode == 1
    run = db_rows(out / "news.db", "SELECT outcome, failures FROM crawl_runs")[0]
    assert run["outcome"] == "every article failed (4)" and run["failures"] == 4

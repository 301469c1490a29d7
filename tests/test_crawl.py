"""End-to-end crawls of the demo portal through the real spider and pipelines.

The tests that read what one crawl of the whole portal left share the session's crawl
(``demo_crawl``); the ones that crawl it again start from a copy (``crawled``).
"""

from __future__ import annotations

import re

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer
from newscrawler.items import ARTICLE_FIELDS

from helpers import crawl, db_rows, jsonl_rows, run_cli, write_site

FIELDS = ("url", "site", "title", "published_at", "body", "source", "channel", "language")


def test_crawl_stores_exactly_the_portal_articles(demo_crawl, portal: DemoPortal):
    out, result = demo_crawl.out, demo_crawl.result
    stored = db_rows(out / "news.db", f"SELECT {', '.join(FIELDS)} FROM articles")
    expected = portal.expected_articles(demo_crawl.base_url)
    assert len(expected) == 66
    assert sorted(stored, key=lambda r: r["url"]) == sorted(expected, key=lambda r: r["url"])

    # The JSON lines file holds the same articles, one complete object per line.
    lines = jsonl_rows(out / "articles.jsonl")
    assert [line["id"] for line in lines] == sorted(line["id"] for line in lines)
    db_full = db_rows(out / "news.db", f"SELECT id, {', '.join(ARTICLE_FIELDS)} FROM articles")
    assert sorted(lines, key=lambda r: r["id"]) == sorted(db_full, key=lambda r: r["id"])
    assert all(len(r["fingerprint"]) == 40 and r["crawled_at"].endswith("+00:00") for r in lines)

    # Output says what happened.
    assert "saved" in result.stdout and "66" in result.stdout
    assert str(out / "news.db") in result.stdout


def test_article_under_two_urls_is_stored_once_with_both_urls(demo_crawl, portal):
    out, base = demo_crawl.out, demo_crawl.base_url
    first_news = next(a for a in portal.articles if a.edition == "en" and a.channel == "news")
    alias = first_news.path.replace(f"art_{first_news.id}", f"art_{first_news.id + 4000}")
    rows = db_rows(out / "news.db", "SELECT u.url, a.title FROM article_urls u "
                   "JOIN articles a ON a.id = u.article_id WHERE a.title = ?", (first_news.title,))
    assert {r["url"] for r in rows} == {base + first_news.path, base + alias}
    assert alias in demo_crawl.requested
    # Whichever address came first, the other was dropped as a duplicate, or (when the first
    # was the alias, whose rel=canonical names the main address) never fetched as known.
    run = db_rows(out / "news.db", "SELECT * FROM crawl_runs WHERE site = 'demo-en'")[0]
    assert run["duplicates"] + run["articles_known"] == 1


def test_tracking_parameters_are_dropped_and_not_fetched_twice(demo_crawl, portal):
    assert not db_rows(demo_crawl.db, "SELECT url FROM article_urls WHERE url LIKE '%utm_%' "
                       "OR url LIKE '%from=%'")
    second = [a for a in portal.articles if a.edition == "en" and a.channel == "news"][1]
    fetched = [p for p in demo_crawl.requested if p.split("?")[0] == second.path]
    assert fetched == [second.path]


def test_failures_are_recorded_with_url_and_reason(demo_crawl):
    failures = db_rows(demo_crawl.db, "SELECT url, reason, http_status, kind FROM failures "
                       "ORDER BY url")
    base = demo_crawl.base_url
    assert failures == [
        {"url": f"{base}/en/art/2018/6/2/art_9404.html", "reason": "HTTP 404",
         "http_status": 404, "kind": "article"},
        {"url": f"{base}/en/art/2018/6/3/art_9500.html", "reason": "no title and no body",
         "http_status": None, "kind": "article"},
        {"url": f"{base}/en/private/art/2018/6/1/art_9001.html",
         "reason": "forbidden by robots.txt", "http_status": None, "kind": "article"},
    ]


def test_robots_txt_disallowed_path_is_never_fetched(demo_crawl):
    assert "/robots.txt" in demo_crawl.requested
    assert not [p for p in demo_crawl.requested if p.startswith("/en/private/")]
    assert not db_rows(demo_crawl.db, "SELECT url FROM article_urls WHERE url LIKE '%private%'")


@pytest.mark.slow
def test_switched_off_components_are_not_even_imported(tmp_path, server):
    # Scrapy 2.19 turns on an HTTP server that runs Python sent to it, and writes its token to
    # the user's state folder; a scheduled crawler must do neither unless asked.
    # Scrapy imports every listed component before asking it whether it is on: the remote
    # control (aiohttp) and the cookies middleware (tldextract) cost 0.1 s of each run.
    state = tmp_path / "state"
    site = write_site(tmp_path, "demo-en", server.base_url)
    off = run_cli("crawl", site, "--output-dir", tmp_path / "off", "-s",
                  "AUTOTHROTTLE_START_DELAY=0",
                  env={"PYTHONPROFILEIMPORTTIME": "1", "XDG_STATE_HOME": str(state)})
    assert off.returncode == 0, off.stderr[-2000:]
    assert "Remote control" not in off.stderr
    assert not (state / "scrapy").exists()
    imported = set(re.findall(r"^import time:.*\| +(\S+)$", off.stderr, re.M))
    assert "scrapy.crawler" in imported  # the import log is there to read
    assert not imported & {"aiohttp", "tldextract", "scrapy.extensions.remote_control",
                           "scrapy.downloadermiddlewares.cookies"}
    # Switched on, the middleware is back.
    on = run_cli("crawl", site, "--output-dir", tmp_path / "on", "-s", "COOKIES_ENABLED=True",
                 "-s", "AUTOTHROTTLE_START_DELAY=0")
    assert on.returncode == 0, on.stderr[-2000:]
    assert "scrapy.downloadermiddlewares.cookies.CookiesMiddleware" in on.stderr
    assert "scrapy.downloadermiddlewares.cookies.CookiesMiddleware" not in off.stderr


def test_dedupe_holds_across_runs(crawled):
    """--refresh downloads every article again: the database must still hold each once."""
    out = crawled.out
    second = crawl(out, *crawled.sites, extra=("--refresh",))
    assert second.returncode == 0, second.stderr[-3000:]
    assert db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"] == 66
    assert len(jsonl_rows(out / "articles.jsonl")) == 66
    runs = db_rows(out / "news.db", "SELECT site, articles_new, articles_updated, duplicates, "
                   "finished_at FROM crawl_runs WHERE id > 2 ORDER BY site")
    assert [(r["site"], r["articles_new"], r["articles_updated"]) for r in runs] == [
        ("demo-en", 0, 0), ("demo-zh", 0, 0)]
    assert all(r["finished_at"] for r in runs)
    assert [r["duplicates"] for r in runs] == [37, 30]  # 36 + the alias URL; 30


def test_new_articles_on_the_portal_are_added_on_the_next_run(crawled):
    out, portal, server = crawled.out, crawled.portal, crawled.server
    added = portal.add_articles(3)
    server.set_pages(portal.render())
    assert crawl(out, *crawled.sites).returncode == 0
    titles = {r["title"] for r in db_rows(out / "news.db", "SELECT title FROM articles")}
    assert {a.title for a in added} <= titles
    assert len(titles) == 69
    assert len(jsonl_rows(out / "articles.jsonl")) == 69


def test_same_content_under_an_unrelated_url_is_stored_once(tmp_path, portal):
    """No rel=canonical here: only the content fingerprint can tell the copies apart."""
    pages = portal.render()
    original = [a for a in portal.articles if a.edition == "en" and a.channel == "news"][3]
    copy_path = "/en/art/2019/1/2/art_7777.html"
    # The copy differs in spacing and punctuation width only.
    pages[copy_path] = type(pages[original.path])(
        pages[original.path].body.replace(b". ", b".  ").replace(b",", b" ,"))
    listing = pages["/en/news/index.html"]
    pages["/en/news/index.html"] = type(listing)(listing.body.replace(
        b"</ul>", f'<li><a href="{copy_path}">copy</a></li></ul>'.encode(), 1))
    with PortalServer(pages) as server:
        out = tmp_path / "out"
        assert crawl(out, write_site(tmp_path, "demo-en", server.base_url)).returncode == 0
        assert copy_path in server.requested
        rows = db_rows(out / "news.db", "SELECT a.url AS stored, u.url AS seen FROM articles a "
                       "JOIN article_urls u ON u.article_id = a.id WHERE a.title = ?",
                       (original.title,))
    assert {r["seen"] for r in rows} == {server.base_url + original.path,
                                         server.base_url + copy_path}
    assert len({r["stored"] for r in rows}) == 1
    assert db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"] == 36


@pytest.mark.slow
def test_demo_command_crawls_the_bundled_portal(tmp_path):
    out = tmp_path / "demo-out"
    result = run_cli("demo", "--output-dir", out)
    assert result.returncode == 0, result.stderr[-3000:]
    assert db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"] == 66
    assert len(jsonl_rows(out / "articles.jsonl")) == 66
    for words in ("saved", "dupes", "failed", "demo-en", "demo-zh", str(out / "news.db"),
                  str(out / "articles.jsonl")):
        assert words in result.stdout


def test_a_setting_refused_at_start_stops_the_crawl_with_status_2(tmp_path, server):
    site = write_site(tmp_path, "demo-en", server.base_url)
    result = crawl(tmp_path / "out", site, extra=("-s", "NEWSCRAWLER_GC_THRESHOLD=-1"))
    assert result.returncode == 2, result.stderr[-2000:]
    message = "NEWSCRAWLER_GC_THRESHOLD must be 0 or more, got -1"
    assert f"demo-en: the crawl failed: {message}" in result.stderr
    assert not [p for p in server.requested if p != "/robots.txt"]

"""Crawls without hand-written regexes: the demo portal zero-config and through a config
proposed by ``sites new``, and a small portal of this test's own with feeds, a sitemap and
pages that are not what their links suggest.

The demo portal is crawled under the name ``www.demo.gov.cn`` (newscrawler.demo.hosts answers
127.0.0.1 for it; nothing leaves the machine), so the crawl takes its timezone from ``.cn``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawler.demo.portal import Page
from newscrawler.demo.server import PortalServer

from helpers import crawl, db_rows, run_cli, write_site

NAMED = ("-s", "TWISTED_DNS_RESOLVER=newscrawler.demo.hosts.DemoHosts",
         "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "DOWNLOAD_DELAY=0")
FIELDS = "url, title, published_at, body, source, channel, language"


def named(base_url: str) -> str:
    return base_url.replace("127.0.0.1", "www.demo.gov.cn")


def articles(db: Path, host: str = "") -> list[dict]:
    rows = db_rows(db, f"SELECT {FIELDS} FROM articles ORDER BY url")
    for row in rows:
        row["url"] = row["url"].replace(host, "HOST") if host else row["url"]
    return rows


@pytest.fixture(scope="module")
def zero_crawl(demo_server, tmp_path_factory):
    """The demo portal crawled from its home page without a config, twice."""
    out = tmp_path_factory.mktemp("zero") / "out"
    base = named(demo_server.base_url)
    runs = []
    for _ in range(2):
        mark = len(demo_server.requested)
        result = run_cli("crawl", f"{base}/", "-o", out, "--no-progress", *NAMED)
        assert result.returncode == 0, result.stderr[-3000:]
        runs.append((result, demo_server.requested[mark:]))
    return out, base, runs


def test_zero_config_crawl_stores_every_demo_article_right(zero_crawl, demo_crawl, portal):
    out, base, runs = zero_crawl
    (first, requested), _ = runs
    expected = sorted(portal.expected_articles(base), key=lambda a: a["url"])
    stored = db_rows(out / "news.db", f"SELECT {FIELDS} FROM articles ORDER BY url")
    # title, time (with the offset of .cn's timezone) and body, and the rest as configured,
    # but the site: one zero-config site for the host
    assert [{k: v for k, v in row.items()} for row in stored] == [
        {k: v for k, v in row.items() if k != "site"} for row in expected]
    assert {r["site"] for r in db_rows(out / "news.db", "SELECT site FROM articles")} == {
        "demo.gov.cn-" + base.rsplit(":", 1)[1]}
    assert "timezone Asia/Shanghai, from the host's country domain (.cn)" in first.stderr
    # the traps: the robots.txt folder never fetched, the dead link and the empty page
    # recorded, tracking parameters dropped, the article under two addresses stored once
    assert not [p for p in requested if p.startswith("/en/private/")]
    reasons = db_rows(out / "news.db", "SELECT reason FROM failures ORDER BY reason")
    assert [r["reason"] for r in reasons] == ["HTTP 404", "forbidden by robots.txt",
                                             "no title and no body"]
    assert not db_rows(out / "news.db", "SELECT url FROM article_urls WHERE url LIKE '%utm%'")
    # no more requests than the crawl with the hand-written configs (10% allowed)
    assert len(requested) <= 1.1 * len(demo_crawl.requested)


def test_zero_config_rerun_fetches_no_known_article_and_reuses_what_it_learned(zero_crawl,
                                                                               demo_crawl):
    out, base, runs = zero_crawl
    _, (second, requested) = runs
    articles_fetched = [p for p in requested if "/art/" in p or "/t2018" in p]
    assert articles_fetched == []
    last = db_rows(out / "news.db", "SELECT * FROM crawl_runs ORDER BY id DESC")[0]
    assert last["articles_new"] == 0 and last["articles_known"] > 0 and last["exit_status"] == 0
    learned = db_rows(out / "news.db", "SELECT template, articles, lists, others "
                                       "FROM link_templates ORDER BY articles DESC")
    assert learned[0]["articles"] >= 30 and "/en/art/9/9/9/art_9.html" in learned[0]["template"]
    assert any(r["lists"] for r in learned)
    assert f"and {len(learned)} address templates learned on earlier runs" in second.stderr
    # as incremental as the configured crawl's second run: list pages only, paging stopped
    configured_rerun = 8  # robots.txt twice, two edition pages, four first list pages
    assert len(requested) <= configured_rerun


@pytest.mark.slow
def test_sites_new_writes_a_config_whose_crawl_equals_demo_en(demo_server, tmp_path):
    base = named(demo_server.base_url)
    proposed = tmp_path / "proposed.toml"
    mark = len(demo_server.requested)
    result = run_cli("sites", "new", f"{base}/en/index.html", "-o", proposed, *NAMED)
    assert result.returncode == 0, result.stderr[-3000:]
    sampled = demo_server.requested[mark:]
    assert 1 < len(sampled) <= 41  # robots.txt and at most --max-requests pages
    text = proposed.read_text("utf-8")
    assert "timezone = 'Asia/Shanghai'" in text and "language = 'en'" in text
    assert "art_\\d+" in text and "1001" not in text  # generalized: no article id
    assert "sites new: [1/40] list" in result.stderr  # progress
    assert "article_links:" in result.stdout
    assert "moves ahead on" in result.stdout  # sample titles
    assert "doubtful:" in result.stdout and "robots.txt" in result.stdout

    outputs = {}
    for label, target in (("configured", write_site(tmp_path, "demo-en", base)),
                          ("proposed", proposed), ("zero", f"{base}/en/index.html")):
        mark = len(demo_server.requested)
        result = crawl(tmp_path / label, target, extra=NAMED)
        assert result.returncode == 0, result.stderr[-3000:]
        outputs[label] = (articles(tmp_path / label / "news.db"),
                          sorted(demo_server.requested[mark:]),
                          db_rows(tmp_path / label / "news.db",
                                  "SELECT url, reason FROM failures ORDER BY url"))
    configured, proposed_crawl, zero = outputs["configured"], outputs["proposed"], outputs["zero"]
    assert len(configured[0]) == 36
    assert proposed_crawl == configured  # the same articles, requests and failures
    assert zero[0] == configured[0]


MINI_ARTICLE = """<html><head><title>{title} - Mini Portal</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/tzgg/index.html">Notices</a></div>
<h1>{title}</h1><div class="info">Published: {day} 09:30</div>
<div class="content">{paras}</div></body></html>"""
MINI_PARA = ("<p>The provincial government met on {day} to discuss {topic}; officials from "
             "every county reported on the work done since spring and agreed the next "
             "steps, with {n} projects named and a date set for the review.</p>")


def _mini_article(n: int, day: str, title: str) -> Page:
    paras = "".join(MINI_PARA.format(day=day, topic=title.lower(), n=n + k) for k in range(3))
    return Page(MINI_ARTICLE.format(title=title, day=day, paras=paras).encode())


def _rows(links: list[tuple[str, str, str]]) -> str:
    return "".join(f'<li><a href="{href}">{title}</a><span>{day}</span></li>'
                   for href, title, day in links)


def mini_portal() -> dict[str, Page]:
    """A portal with a feed and a sitemap, a notice column that is one article (linked as a
    list), a dated address that is an archive list (linked as an article), and two articles
    linked only from the feed and the sitemap."""
    topics = ["Flood prevention", "Rural roads", "School meals", "Clean water", "Forest fires",
              "Elderly care", "Small business loans", "Port construction"]
    pages = {
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n",
                            "text/plain"),
        "/rss.xml": Page(
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Mini</title>'
            b"<item><link>/news/202405/t20240520_50.html?utm_source=rss</link>"
            b"<pubDate>Mon, 20 May 2024 09:30:00 +0800</pubDate></item>"
            b"<item><link>/news/202405/t20240529_60.html</link>"
            b"<pubDate>Wed, 29 May 2024 09:30:00 +0800</pubDate></item>"
            b"<item><link>/news/202405/t20240528_1.html</link>"
            b"<pubDate>Tue, 28 May 2024 09:30:00 +0800</pubDate></item>"
            b"</channel></rss>", "application/rss+xml"),
        "/sitemap.xml": Page(
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>/news/202405/t20240519_51.html</loc><lastmod>2024-05-19</lastmod></url>"
            b"<url><loc>/private/202405/t20240518_52.html</loc></url></urlset>",
            "application/xml"),
    }
    news = [(f"/news/202405/t202405{28 - i:02d}_{i + 1}.html", f"{topics[i]} work reviewed "
             f"by the provincial government", f"2024-05-{28 - i:02d}") for i in range(6)]
    for (href, title, day), i in zip(news, range(6), strict=True):
        pages[href] = _mini_article(i, day, title)
    archive = [(f"/news/202404/t202404{10 + i:02d}_{20 + i}.html", f"{topics[i]} plans "
                f"published for the coming months", f"2024-04-{10 + i:02d}") for i in range(6)]
    for (href, title, day), i in zip(archive, range(6), strict=True):
        pages[href] = _mini_article(20 + i, day, title)
    pages["/news/202405/t20240501_99.html"] = Page(  # a dated address that is a list
        f'<html><head><title>April archive</title></head><body><ul class="list">'
        f'{_rows(archive)}</ul></body></html>'.encode())
    pages["/tzgg/index.html"] = _mini_article(40, "2024-05-21", "Notice on the summer "
                                              "working hours of the provincial offices")
    for href, title, day in [("/news/202405/t20240520_50.html", "Feed only story on tea "
                              "harvest and exports", "2024-05-20"),
                             ("/news/202405/t20240529_60.html", "Feed only story on the new "
                              "provincial museum", "2024-05-29"),
                             ("/news/202405/t20240519_51.html", "Sitemap only story on "
                              "railway works and stations", "2024-05-19")]:
        pages[href] = _mini_article(50, day, title)
    home = ('<html><head><title>Mini Portal</title><link rel="alternate" '
            'type="application/rss+xml" href="/rss.xml"></head><body>'
            '<div class="nav"><a href="/">Home</a> <a href="/tzgg/index.html">Notices</a>'
            '</div><ul class="list">'
            + _rows(news + [("/news/202405/t20240501_99.html", "Archive of April news and "
                                                                 "notices of the government",
                             "2024-05-01")]) + "</ul></body></html>")
    pages["/"] = Page(home.encode())
    return pages


MINI_ARTICLES = 6 + 6 + 1 + 3  # news, archive, the notice column, feed and sitemap only


def test_zero_config_pages_are_what_they_turn_out_to_be_and_feeds_count(tmp_path):
    with PortalServer(mini_portal()) as server:
        out = tmp_path / "out"
        result = crawl(out, server.base_url + "/", extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        stored = {r["url"].replace(server.base_url, ""): r for r in db_rows(
            out / "news.db", "SELECT url, title, published_at FROM articles")}
        assert len(stored) == MINI_ARTICLES
        # linked as a list (a menu's column), an article: stored
        assert stored["/tzgg/index.html"]["title"].startswith("Notice on the summer")
        # linked as an article, a list: walked, not stored, its articles stored
        assert "/news/202405/t20240501_99.html" not in stored
        assert "/news/202404/t20240410_20.html" in stored
        # found through the feed (tracking parameter dropped) and the sitemap; the page's own
        # date is stored, not the feed's
        assert stored["/news/202405/t20240520_50.html"]["published_at"] == "2024-05-20T09:30:00"
        assert "/news/202405/t20240519_51.html" in stored
        assert not [p for p in server.requested if p.startswith("/private/")]
        assert server.requested.count("/news/202405/t20240528_1.html") == 1  # list and feed
        assert "presumed_wrong/article_was_list" in result.stderr
        assert "presumed_wrong/list_was_article" in result.stderr

        # Second run: a known URL in the feed or sitemap costs no request
        mark = len(server.requested)
        result = crawl(out, server.base_url + "/", extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        again = server.requested[mark:]
        assert "/rss.xml" in again and "/sitemap.xml" in again
        assert not [p for p in again if p.startswith("/news/") and p != "/news/202405/"
                    "t20240501_99.html"]
        assert db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"] == \
            MINI_ARTICLES


def test_a_site_file_lists_its_feeds_and_the_feed_dates_are_hints_for_since(tmp_path):
    with PortalServer(mini_portal()) as server:
        site = tmp_path / "mini.toml"
        site.write_text(
            f'name = "mini"\nstart_urls = ["{server.base_url}/"]\n'
            f"article_links = ['/news/\\d{{6}}/t\\d{{8}}_\\d+\\.html$']\n"
            f'feeds = ["{server.base_url}/rss.xml"]\n', encoding="utf-8")
        out = tmp_path / "out"
        result = crawl(out, site, extra=("--since", "2024-05-25", "-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        urls = {r["url"].replace(server.base_url, "") for r in db_rows(
            out / "news.db", "SELECT url FROM articles")}
        # the list's rows and the feed's items from 25 May on are crawled (the item of 28 May,
        # on the list too, once; the item of 29 May only in the feed); the feed's item of 20
        # May is older than --since; the configured site reads no sitemap it does not list
        assert urls == {f"/news/202405/t202405{28 - i}_{i + 1}.html" for i in range(4)} | {
            "/news/202405/t20240529_60.html"}
        assert server.requested.count("/news/202405/t20240528_1.html") == 1
        assert "/news/202405/t20240520_50.html" not in server.requested
        assert "/sitemap.xml" not in server.requested

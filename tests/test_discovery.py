"""Portals without hand-written regexes (newscrawler/discovery/): the pure parts. The crawls
are in test_zeroconf.py."""

from __future__ import annotations

import gzip

import pytest
from parsel import Selector

from newscrawler.discovery.feeds import feed_links, read_feed, read_sitemap, robots_sitemaps
from newscrawler.discovery.learning import LinkJudge
from newscrawler.discovery.zeroconf import (
    country_timezone,
    in_sections,
    sections_of,
    site_name,
    sites_from_urls,
)
from newscrawler.sites import SiteConfigError, parse_site


def test_one_site_per_host_named_after_it():
    sites = sites_from_urls(["https://www.nmg.gov.cn/zwyw/jrgz/index.html",
                             "https://www.nmg.gov.cn/zwyw/zwyw/index.html",
                             "http://127.0.0.1:8765/en/index.html"])
    assert [s.name for s in sites] == ["nmg.gov.cn", "127.0.0.1-8765"]
    assert sites[0].start_urls == ("https://www.nmg.gov.cn/zwyw/jrgz/index.html",
                                   "https://www.nmg.gov.cn/zwyw/zwyw/index.html")
    assert sites[0].allowed_domains == ("www.nmg.gov.cn",)
    assert all(s.zero_config and not s.article_links and s.timezone is None for s in sites)
    assert site_name("https://Example.GOV.cn/") == "example.gov.cn"
    with pytest.raises(SiteConfigError, match="not an absolute"):
        sites_from_urls(["www.nmg.gov.cn/index.html"])


@pytest.mark.parametrize(("host", "zone"), [
    ("www.gov.cn", "Asia/Shanghai"), ("english.www.gov.cn", "Asia/Shanghai"),
    ("www.info.gov.hk", "Asia/Hong_Kong"), ("www.bundesregierung.de", "Europe/Berlin"),
    ("www.kantei.go.jp", "Asia/Tokyo"), ("www.admin.ch", "Europe/Zurich"),
    # ... every country of one zone in the tz database, and a generic-use country code only
    # under a national second level
    ("www.presidency.gov.gh", "Africa/Accra"), ("www.pmpresssecretariat.gov.ws", "Pacific/Apia"),
    ("startup.ws", None), ("t.co", None), ("www.x.io", None),
    # countries of several zones, and generic domains: none
    ("www.whitehouse.gov", None), ("www.canada.ca", None), ("www.usa.us", None),
    ("www.pm.gov.au", None), ("government.ru", None), ("127.0.0.1", None),
])
def test_timezone_only_where_the_country_has_one(host, zone):
    found = country_timezone(host)
    assert (found[0] if found else None) == zone


def test_list_pages_are_kept_to_the_start_urls_sections():
    assert sections_of(["https://x.gov.cn/"]) == ("/",)
    assert sections_of(["https://x.gov.cn/index.html", "https://x.gov.cn/en/"]) == ("/",)
    sections = sections_of(["https://x.gov.cn/en/index.html", "https://x.gov.cn/zwyw/jrgz/"])
    assert sections == ("/en/", "/zwyw/")
    assert in_sections("https://x.gov.cn/en/news/index_2.html", sections)
    assert not in_sections("https://x.gov.cn/zh/index.html", sections)


def test_a_site_file_without_article_links_is_zero_config():
    site = parse_site({"name": "x", "start_urls": ["https://x.gov.cn/"]})
    assert site.zero_config and site.article_patterns is None
    with pytest.raises(SiteConfigError, match="article_links.*empty"):
        parse_site({"name": "x", "start_urls": ["https://x.gov.cn/"], "article_links": []})
    site = parse_site({"name": "x", "start_urls": ["https://x.gov.cn/"],
                       "feeds": ["https://x.gov.cn/rss.xml"],
                       "sitemaps": ["https://x.gov.cn/sitemap.xml"]})
    assert site.feeds == ("https://x.gov.cn/rss.xml",)
    assert site.sitemaps == ("https://x.gov.cn/sitemap.xml",)
    with pytest.raises(SiteConfigError, match="key 'feeds'.*not an absolute"):
        parse_site({"name": "x", "start_urls": ["https://x.gov.cn/"], "feeds": ["/rss.xml"]})
    with pytest.raises(SiteConfigError, match="key 'sitemaps'.*a list"):
        parse_site({"name": "x", "start_urls": ["https://x.gov.cn/"], "sitemaps": "x"})


LIST_PAGE = """<html><body><div class="nav"><a href="/about/">About us</a></div>
<ul class="list">
<li><a href="/en/p/a1">Provincial meeting on flood prevention held in the capital</a>
    <span>2024-05-28</span></li>
<li><a href="/en/p/a2">Officials present the plan for rural revitalization</a>
    <span>2024-05-27</span></li>
</ul><a href="/en/news/index_2.html">Next</a><a href="/zh/index.html">中文</a>
</body></html>"""


def test_what_fetched_pages_were_overrules_the_classifier():
    site = parse_site({"name": "x", "start_urls": ["https://x.gov.cn/en/index.html"]})
    judge = LinkJudge(site)
    first = {lk.url: lk for lk in judge.classify(Selector(text=LIST_PAGE),
                                                 "https://x.gov.cn/en/index.html")}
    assert first["https://x.gov.cn/en/p/a1"].kind == "article"
    assert first["https://x.gov.cn/en/news/index_2.html"].kind == "list"
    # a list outside the start URL's section is not followed
    assert first["https://x.gov.cn/zh/index.html"].kind == "other"
    assert "section" in first["https://x.gov.cn/zh/index.html"].why
    # two pages of the /p/a<n> template turned out lists: its links are lists from now on
    stored = []
    judge = LinkJudge(site, learned={}, store=lambda *row: stored.append(row))
    judge.seen("https://x.gov.cn/en/p/a7", "list")
    judge.seen("https://x.gov.cn/en/p/a8", "list")
    again = {lk.url: lk for lk in judge.classify(Selector(text=LIST_PAGE),
                                                 "https://x.gov.cn/en/index.html")}
    assert again["https://x.gov.cn/en/p/a1"].kind == "list"
    assert again["https://x.gov.cn/en/p/a1"].why.startswith("learned: 2 of 2")
    assert [row[1] for row in stored] == [(0, 1, 0), (0, 1, 0)]
    # what earlier runs stored counts the same way; a split verdict leaves the classifier
    judge = LinkJudge(site, learned={"x.gov.cn/en/p/a9?": (3, 3, 0)})
    assert judge.learned("https://x.gov.cn/en/p/a1") is None
    judge = LinkJudge(site, learned={"x.gov.cn/en/p/a9?": (0, 0, 5)})
    assert judge.url_kind("https://x.gov.cn/en/p/a1")[0] == "other"
    assert judge.url_kind("https://x.gov.cn/q/1")[0] == "article"  # a feed's item


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News & notices</title>
<item><title>A</title><link>/art/2024/5/28/art_1_1.html?utm_source=rss</link>
  <pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate></item>
<item><title>B</title><guid isPermaLink="true">https://x.gov.cn/art/2024/5/27/art_1_2.html</guid>
  <pubDate>not a date</pubDate></item>
<item><title>C</title><guid isPermaLink="false">tag:x,1</guid></item>
</channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Presse</title>
<entry><link rel="alternate" href="https://x.de/presse/pm-1"/><link rel="enclosure"
href="https://x.de/a.mp3"/><published>2024-05-28T08:00:00Z</published></entry>
<entry><link href="https://x.de/presse/pm-2"/><updated>2024-05-27</updated></entry></feed>"""
RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://x.ch/mm/1"><link>https://x.ch/mm/1</link>
<dc:date>2024-05-26T10:00:00+02:00</dc:date></item></rdf:RDF>"""


def test_feeds_give_their_links_and_dates():
    entries = read_feed(RSS, "https://x.gov.cn/rss.xml")
    assert [(e.url, str(e.date)) for e in entries] == [
        ("https://x.gov.cn/art/2024/5/28/art_1_1.html?utm_source=rss", "2024-05-28"),
        ("https://x.gov.cn/art/2024/5/27/art_1_2.html", "None")]
    assert [(e.url, str(e.date)) for e in read_feed(ATOM, "https://x.de/feed")] == [
        ("https://x.de/presse/pm-1", "2024-05-28"), ("https://x.de/presse/pm-2", "2024-05-27")]
    assert [e.url for e in read_feed(RDF, "https://x.ch/rss")] == ["https://x.ch/mm/1"]
    assert read_feed(b"<html><body>Not found</body></html>", "https://x.de/feed") == []
    assert read_feed(b"", "https://x.de/feed") == []


SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.gov.cn/art/2024/5/28/art_1_1.html</loc><lastmod>2024-05-28</lastmod></url>
<url><loc>https://x.gov.cn/art/2024/5/27/art_1_2.html</loc></url></urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://x.gov.cn/sitemap-2024.xml.gz</loc><lastmod>2024-05-28T00:00:00+08:00
</lastmod></sitemap></sitemapindex>"""


def test_sitemaps_indexes_and_gzip():
    kind, entries = read_sitemap(SITEMAP, "https://x.gov.cn/sitemap.xml")
    assert kind == "urlset"
    assert [(e.url, str(e.date)) for e in entries] == [
        ("https://x.gov.cn/art/2024/5/28/art_1_1.html", "2024-05-28"),
        ("https://x.gov.cn/art/2024/5/27/art_1_2.html", "None")]
    assert read_sitemap(gzip.compress(SITEMAP), "https://x.gov.cn/s.xml.gz")[1] == entries
    kind, entries = read_sitemap(INDEX, "https://x.gov.cn/sitemap.xml")
    assert kind == "sitemapindex" and entries[0].url.endswith("sitemap-2024.xml.gz")
    assert read_sitemap(b"<html></html>", "https://x.gov.cn/s.xml") == ("", [])
    assert read_sitemap(b"\x1f\x8bnot gzip", "https://x.gov.cn/s.xml.gz") == ("", [])


def test_where_a_site_names_its_feeds_and_sitemaps():
    page = Selector(text='<html><head><link rel="alternate" type="application/rss+xml" '
                         'href="/rss.xml"><link rel="alternate" hreflang="en" href="/en/">'
                         '<link rel="alternate" type="application/atom+xml; charset=utf-8" '
                         'href="https://x.gov.cn/atom.xml"></head></html>')
    assert feed_links(page, "https://x.gov.cn/") == ["https://x.gov.cn/rss.xml",
                                                     "https://x.gov.cn/atom.xml"]
    robots = b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\nsitemap: https://x.gov.cn/news.xml\n"
    assert list(robots_sitemaps(robots, "https://x.gov.cn/robots.txt")) == [
        "https://x.gov.cn/sitemap.xml", "https://x.gov.cn/news.xml"]


FRONT = """<html><head><title>Provincial Government</title></head><body>
<div class="featured"><h1>Provincial Government</h1><div class="date">2024-05-28 09:30</div>
<p>{para}</p><p>{para} More meetings are planned for June.</p></div>
<ul class="news">{rows}</ul></body></html>"""
PARA = ("The provincial government met on Tuesday to discuss flood prevention; officials from "
        "every county reported on the work done since spring and agreed the next steps.")


def test_a_page_fetched_as_a_list_is_an_article_only_with_few_article_links():
    from newscrawler.discovery.learning import list_turned_article
    from newscrawler.linkclass import classify_links, page_kind

    rows = "".join(f'<li><a href="/news/202405/t202405{20 + i}_{i}.html">Officials review the '
                   f'progress of county projects number {i}</a><span>2024-05-{20 + i}</span></li>'
                   for i in range(6))
    for url, html, expected in [
        # a channel page that is one notice: an article
        ("https://x.gov.cn/tzgg/index.html", FRONT.format(para=PARA, rows=""), True),
        # a front page with a featured story: walked, not stored
        ("https://x.gov.cn/", FRONT.format(para=PARA, rows=""), False),
        ("https://x.gov.cn/en/index.html", FRONT.format(para=PARA, rows=""), False),
        # a channel with a featured story and its list
        ("https://x.gov.cn/xwzx/index.html", FRONT.format(para=PARA, rows=rows), False),
    ]:
        links = classify_links(html, url)
        kind = page_kind(html, url, links=links)
        assert kind.kind == "article", (url, kind)  # what the page alone suggests
        assert list_turned_article(kind, links, url, ()) is expected, url
    assert not list_turned_article(kind, [], "https://x.gov.cn/tzgg/index.html",
                                   ["https://x.gov.cn/tzgg/index.html"])  # a start URL

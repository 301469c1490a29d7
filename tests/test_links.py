"""page_links: which links a list page gives, on pages of our own making."""

from __future__ import annotations

from parsel import Selector

from newscrawler.links import page_links
from newscrawler.sites import parse_site
from newscrawler.urls import usable_canonical

SITE = parse_site({"name": "x", "start_urls": ["https://www.x.gov.cn/col/index.html"],
                   "list_links": [r"/col/index(_\d+)?\.html$"],
                   "article_links": [r"/art/\d+\.html$"]})


def _links(html: str, url: str = "https://www.x.gov.cn/col/index.html") -> list[tuple[str, str]]:
    return [(u, kind) for u, kind, _ in page_links(Selector(text=html), url, SITE)]


def test_links_are_canonical_classified_and_unique():
    html = ('<a href="/art/1.html?utm_source=wx#top">a</a><a href="../art/1.html">again</a>'
            '<a href="index_1.html">next</a><a href="javascript:void(0)">x</a>'
            '<a href="mailto:a@x.gov.cn">m</a><a href="/about.html">about</a>'
            '<a href="https://other.gov.cn/art/2.html">offsite, left to Scrapy</a>')
    assert _links(html) == [("https://www.x.gov.cn/art/1.html", "article"),
                            ("https://www.x.gov.cn/col/index_1.html", "list"),
                            ("https://other.gov.cn/art/2.html", "article")]


def test_base_href_is_honoured():
    html = '<head><base href="https://www.x.gov.cn/col/"></head><a href="index_2.html">2</a>'
    assert _links(html, "https://www.x.gov.cn/somewhere/else.html") == [
        ("https://www.x.gov.cn/col/index_2.html", "list")]


def test_links_after_a_stray_closing_html_tag_are_found():
    # Portal templates that include a header file ending in </html>: libxml2 starts a second
    # <html> there, outside the root a selector sees.
    html = ("<html><head><title>t</title></head><body><div>header</div></body></html>"
            '<html><body><ul><li><a href="/art/7.html">seven</a></li></ul></body></html>')
    assert _links(html) == [("https://www.x.gov.cn/art/7.html", "article")]


def test_usable_canonical_refuses_home_offsite_and_list_pages():
    page = "https://www.x.gov.cn/art/1.html?id=1"
    assert usable_canonical("/art/1.html", page) == "https://www.x.gov.cn/art/1.html"
    assert usable_canonical("/", page) is None
    assert usable_canonical("https://elsewhere.org/art/1.html", page) is None
    assert usable_canonical("/col/index.html", page, list_pattern=SITE.list_patterns) is None
    assert usable_canonical("https://m.x.gov.cn/art/1.html", page,
                            allowed_domains=["x.gov.cn"]) == "https://m.x.gov.cn/art/1.html"

"""Articles split over several pages: the first page names the others (a TRS pager script
or links to its own name with a part number); the crawl stores the article once, with every
page's text in order, and records a page it could not fetch."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawler.articlepages import more_pages
from newscrawler.demo.portal import Page
from newscrawler.demo.server import PortalServer

from helpers import crawl, db_rows

BASE = "https://www.example.gov.cn/xwzx/202405/"


def test_more_pages_from_a_pager_script():
    call = '<script>createPageHTML(3, 0, "t20240521_123", "html");</script>'
    assert more_pages(call, BASE + "t20240521_123.html") == [
        BASE + "t20240521_123_1.html", BASE + "t20240521_123_2.html"]
    # the call of another page, one page only, or a page that is itself a part: nothing
    assert more_pages(call, BASE + "t20240521_999.html") == []
    assert more_pages(call.replace("(3,", "(1,"), BASE + "t20240521_123.html") == []
    assert more_pages(call, BASE + "t20240521_123_1.html") == []


@pytest.mark.parametrize("numbers", [(2, 3), (1, 2, 3)], ids=["from 2", "from 1"])
def test_more_pages_from_links_to_its_own_parts(numbers):
    links = "".join(f'<a href="content_88_{n}.htm">{n + 1}</a>' for n in numbers)
    page = f'<div class="pager"><a href="content_88.htm">1</a>{links}</div>'
    assert more_pages(page, BASE + "content_88.htm") == [
        BASE + f"content_88_{n}.htm" for n in numbers]


def test_links_that_are_no_pager_of_this_page_give_nothing():
    url = BASE + "content_88.htm"
    # a gap in the numbers, another article's parts, another folder, a query
    assert more_pages('<a href="content_88_2.htm"></a><a href="content_88_4.htm"></a>',
                      url) == []
    assert more_pages('<a href="content_89_2.htm"></a>', url) == []
    assert more_pages('<a href="/other/content_88_2.htm"></a>', url) == []
    assert more_pages('<a href="content_88_2.htm?x=1"></a>', url) == []
    assert more_pages("<p>no pager</p>", BASE + "index.html") == []


ARTICLE = """<html><head><meta charset="utf-8"><title>{title}_某某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>{title}</h1>
<div class="info">发布时间：2024-05-21 09:30　来源：市政府办公室</div>
<div class="TRS_Editor"><p>{text}</p></div>{pager}</body></html>"""
LONG = ("全市各级各部门要认真贯彻落实会议精神，加强统筹协调，"
        "细化工作措施，确保各项任务落到实处、取得实效。")


def _text(part: int) -> str:
    # long enough for a zero-config crawl to take the page for an article, not a stub
    return f"第{part}部分：{LONG * 3}"


def _page(title: str, part: int, pager: str = "") -> Page:
    return Page(ARTICLE.format(title=title, text=_text(part), pager=pager).encode())


def split_portal() -> dict[str, Page]:
    trs_pager = '<script>createPageHTML(3, 0, "t20240521_1", "html");</script>'
    links = ('<div class="page"><a href="content_2.htm">1</a> <a href="content_2_2.htm">2</a> '
             '<a href="content_2_3.htm">3</a></div>')
    listing = ('<html><head><meta charset="utf-8"><title>政务动态</title></head><body><ul>'
               '<li><a href="/xwzx/202405/t20240521_1.html">关于加强防汛工作的通知</a>'
               '<span>2024-05-21</span></li>'
               '<li><a href="/xwzx/202405/content_2.htm">全市召开安全生产工作会议</a>'
               '<span>2024-05-21</span></li>'
               '<li><a href="/xwzx/202405/content_3.htm">全市召开秋季防火工作会议</a>'
               '<span>2024-05-21</span></li></ul></body></html>')
    return {
        "/robots.txt": Page(b"User-agent: *\nDisallow:\n", "text/plain"),
        "/xwzx/index.html": Page(listing.encode()),
        "/xwzx/202405/t20240521_1.html": _page("关于加强防汛工作的通知", 1, trs_pager),
        "/xwzx/202405/t20240521_1_1.html": _page("关于加强防汛工作的通知", 2, trs_pager),
        "/xwzx/202405/t20240521_1_2.html": _page("关于加强防汛工作的通知", 3, trs_pager),
        "/xwzx/202405/content_2.htm": _page("全市召开安全生产工作会议", 1, links),
        # content_2_2.htm is missing: a 404
        "/xwzx/202405/content_2_3.htm": _page("全市召开安全生产工作会议", 3, links),
        # the third article's second page is another article: a CMS's mistake
        "/xwzx/202405/content_3.htm": _page("全市召开秋季防火工作会议", 1,
                                            links.replace("content_2", "content_3")),
        "/xwzx/202405/content_3_2.htm": _page("关于加强防汛工作的通知", 2),
        "/xwzx/202405/content_3_3.htm": _page("全市召开秋季防火工作会议", 3),
    }


@pytest.mark.parametrize("join, configured", [(True, True), (False, True), (True, False)],
                         ids=["joined", "join_pages = false", "zero-config"])
def test_a_split_article_is_stored_once_with_every_page(tmp_path: Path, join: bool,
                                                         configured: bool):
    with PortalServer(split_portal()) as server:
        site = tmp_path / "split.toml"
        site.write_text(
            'name = "split"\n'
            f'start_urls = ["{server.base_url}/xwzx/index.html"]\n'
            + ("article_links = ['/xwzx/\\d{6}/(t\\d{8}_\\d+|content_\\d+)\\.html?$']\n"
               if configured else "")
            + ("" if join else "join_pages = false\n"), encoding="utf-8")
        result = crawl(tmp_path / "out", site, extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode in (0, 3), result.stderr[-3000:]
    db = tmp_path / "out" / "news.db"
    rows = {r["title"]: r for r in db_rows(db, "SELECT url, title, body FROM articles")}
    assert len(rows) == 3
    notice, meeting = rows["关于加强防汛工作的通知"], rows["全市召开安全生产工作会议"]
    if not join:
        assert notice["body"] == _text(1)
        return
    assert notice["body"] == "\n\n".join(_text(n) for n in (1, 2, 3))
    assert notice["url"].endswith("/t20240521_1.html")
    # the page that could not be fetched is recorded; the others are stored
    assert meeting["body"] == "\n\n".join(_text(n) for n in (1, 3))
    # a page whose headline is another article's is not taken as a page of this one
    assert rows["全市召开秋季防火工作会议"]["body"] == "\n\n".join(_text(n) for n in (1, 3))
    failures = db_rows(db, "SELECT url, kind, reason, http_status FROM failures ORDER BY url")
    assert [(f["url"].rsplit("/", 1)[1], f["kind"], f["reason"], f["http_status"])
            for f in failures] == [("content_2_2.htm", "part", "HTTP 404", 404),
                                   ("content_3_2.htm", "part", "not an article", None)]
    # the further pages are addresses of the article, not articles of their own
    urls = {r["url"].rsplit("/", 1)[1] for r in db_rows(db, "SELECT url FROM article_urls")}
    assert {"t20240521_1_1.html", "t20240521_1_2.html", "content_2_3.htm"} <= urls
    assert "newscrawler/articles/split': 3" in result.stderr
    assert "newscrawler/articles/parts': 4" in result.stderr

"""List pages whose items (Hanweb's datastore script) or pager (TRS's createPageHTML) a
script writes: read without running the script, by a configured crawl and a zero-config one
of a local portal that has one channel of each."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from newscrawler.demo.portal import Page
from newscrawler.demo.server import PortalServer
from newscrawler.scriptlists import proxy_pages, script_pages, unfold_records

from helpers import crawl, db_rows

ARTICLE = """<html><head><meta charset="utf-8"><title>{title}_某某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>{title}</h1>
<div class="info">发布时间：2024-05-{day:02d} 09:30　来源：市政府办公室</div>
<div class="TRS_Editor"><p>{title}。</p>{paras}</div></body></html>"""
PARAS = "".join(f"<p>{p}</p>" for p in (
    "会议要求各地各部门认真落实工作部署，加强统筹协调，确保各项任务按期完成。",
    "会议指出，要坚持问题导向，细化工作措施，压实工作责任，推动各项工作取得实效。",
    "会议强调，各级各部门要加强监督检查，及时发现和解决工作中存在的突出问题，"
    "确保工作落到实处、见到成效。",
    "会议要求，各地要结合实际制定具体实施方案，明确时间表和路线图，定期调度工作进展，"
    "按时报送工作情况。"))

TOPICS = ["防汛工作", "农村公路", "学校食堂", "饮用水安全", "森林防火", "养老服务", "小微企业贷款",
          "港口建设", "数字政府", "垃圾分类", "文物保护", "就业帮扶"]


def _article(i: int) -> Page:
    title = f"全市召开{TOPICS[i % len(TOPICS)]}推进会议（第{i}次）"
    return Page(ARTICLE.format(title=title, day=1 + i % 28, paras=PARAS).encode())


PROXY = "/module/web/jpage/dataproxy.jsp"


def _datastore(hrefs: list[str], first: int = 0) -> str:
    records = "".join(f'<record><![CDATA[<li><a href="{h}" target="_blank">通知{n}</a>'
                      f'<span>2024-05-{1 + n % 28:02d}</span></li>]]></record>'
                      for n, h in enumerate(hrefs, first))
    return (f'<datastore><nextgroup><![CDATA[<a href="{PROXY}?page=1&amp;webid=9&amp;'
            'columnid=1229&amp;unitid=3999&amp;webname=%25E6%25B5%258B&amp;permissiontype=0">'
            f'</a>]]></nextgroup><recordset>{records}</recordset></datastore>')


def _hanweb_channel(hrefs: list[str], total: int | None = None) -> str:
    pager = (f"<script>$('#3999').jpage({{totalRecord: {total}, perPage: 5}});</script>"
             if total else "")
    return ('<html><head><meta charset="utf-8"><title>政务动态</title></head><body>'
            '<div class="nav"><a href="/">首页</a></div><div id="3999">'
            f'<script type="text/xml">{_datastore(hrefs)}</script>'
            f'<script src="/module/web/jpage/jpage.js"></script>{pager}</div></body></html>')


class _ProxyPages(dict[str, Page]):
    """The pages, and a Hanweb data proxy answering each range of the channel's records
    (``?startrecord=6&endrecord=10``) with a datastore, as a JSP would."""

    def __init__(self, pages: dict[str, Page], records: list[str]) -> None:
        super().__init__(pages)
        self.records = records

    def get(self, key: str, default: Page | None = None) -> Page | None:  # type: ignore[override]
        if not key.startswith(PROXY + "?"):
            return super().get(key, default)
        query = dict(parse_qsl(urlsplit(key).query))
        if query.get("columnid") != "1229" or query.get("col") != "1":
            return Page(b"<datastore></datastore>", "text/xml; charset=UTF-8")
        start, end = int(query["startrecord"]), int(query["endrecord"])
        body = '<?xml version="1.0" encoding="UTF-8"?>' + _datastore(
            self.records[start - 1: end], start - 1)
        return Page(body.encode(), "text/xml; charset=UTF-8")


def _trs_page(hrefs: list[str], count: int, current: int) -> str:
    rows = "".join(f'<li><a href="{h}">新闻{n}</a><span>2024-05-{1 + n % 28:02d}</span></li>'
                   for n, h in enumerate(hrefs))
    return ('<html><head><meta charset="utf-8"><title>新闻中心</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div><ul class="list">{rows}</ul>'
            f'<div class="page"><script>var countPage = {count};'
            f'createPageHTML(countPage, {current}, "index", "shtml");</script></div>'
            '</body></html>')


#: The Hanweb channel's records: the page carries the first 5, the proxy the rest.
HANWEB = 12


def script_portal() -> dict[str, Page]:
    pages: dict[str, Page] = {"/robots.txt": Page(b"User-agent: *\nDisallow:\n", "text/plain")}
    hanweb = [f"/art/2024/5/{1 + i}/art_1229_{100 + i}.html" for i in range(HANWEB)]
    trs = [[f"/xwzx/202405/t202405{10 + 3 * p + i:02d}_{200 + 3 * p + i}.html"
            for i in range(3)] for p in range(3)]
    for n, href in enumerate(hanweb + [h for page in trs for h in page]):
        pages[href] = _article(n)
    pages["/col/col1229/index.html"] = Page(_hanweb_channel(hanweb[:5]).encode())
    for p, hrefs in enumerate(trs):
        name = "index.shtml" if p == 0 else f"index_{p}.shtml"
        pages[f"/xwzx/{name}"] = Page(_trs_page(hrefs, 3, p).encode())
    return _ProxyPages(pages, hanweb)


ALL = HANWEB + 9


def test_unfold_records_and_script_pages():
    page = _hanweb_channel(["/art/2024/5/1/art_1229_1.html", "/art/2024/5/2/art_1229_2.html"])
    unfolded = unfold_records(page)
    assert '<div class="datastore"><li><a href="/art/2024/5/1/art_1229_1.html"' in unfolded
    assert "<recordset>" not in unfolded and "jpage.js" in unfolded
    assert unfold_records("<p>no datastore</p>") == "<p>no datastore</p>"
    # a data proxy's answer is a datastore document of its own
    answer = '<?xml version="1.0"?>' + _datastore(["/art/2024/5/6/art_1229_6.html"])
    assert '<div class="datastore"><li><a href="/art/2024/5/6/art_1229_6.html"' in (
        unfold_records(answer))
    page = _trs_page([], 3, 0)
    base = "https://www.example.gov.cn/xwzx/"
    assert script_pages(page, base + "index.shtml") == [base + "index_1.shtml"]
    assert script_pages(page, base) == [base + "index_1.shtml"]
    assert script_pages(page, base + "index_1.shtml") == [base + "index_2.shtml"]
    assert script_pages(page, base + "index_2.shtml") == []  # the last of three
    # a call that names other pages than this one, or one page only: nothing to follow
    assert script_pages(page, base + "list.html") == []
    assert script_pages(_trs_page([], 1, 0), base + "index.shtml") == []
    # the newer template: the pager's element id first, the item count last
    call = "<script>createPageHTML('page_div', 8, 1, 'index', 'html', 160);</script>"
    assert script_pages(call, base + "index_3.html") == [base + "index_4.html"]
    assert script_pages(call, base + "index_7.html") == []


@pytest.mark.parametrize("configured", [True, False], ids=["configured", "zero-config"])
def test_a_crawl_reads_script_written_lists(tmp_path: Path, configured: bool):
    with PortalServer(script_portal()) as server:
        base = server.base_url
        starts = [f"{base}/col/col1229/index.html", f"{base}/xwzx/index.shtml"]
        if configured:
            site = tmp_path / "scripted.toml"
            site.write_text(
                'name = "scripted"\n'
                f"start_urls = {starts!r}\n".replace("'", '"')
                + 'article_links = [\'/art/\\d{4}/\\d+/\\d+/art_\\d+_\\d+\\.html\', '
                  "'/t\\d{8}_\\d+\\.html']\n"
                  "list_links = ['/col/col\\d+/index\\.html', '/xwzx/index(_\\d+)?\\.shtml']\n"
                  'timezone = "Asia/Shanghai"\n', encoding="utf-8")
            result = crawl(tmp_path / "out", site, extra=("-s", "DOWNLOAD_DELAY=0"))
        else:
            result = crawl(tmp_path / "out", *starts, extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        rows = db_rows(tmp_path / "out" / "news.db", "SELECT url, title FROM articles")
        assert len(rows) == ALL, sorted(r["url"] for r in rows)
        assert all(r["title"].startswith("全市召开") for r in rows)
        # the pager's pages were each fetched once; the data proxy was asked for records
        # 6-10, then 11-15, which gave 2: the last range
        assert server.requested.count("/xwzx/index_1.shtml") == 1
        assert server.requested.count("/xwzx/index_2.shtml") == 1
        assert "index_3" not in " ".join(server.requested)
        asked = sorted(dict(parse_qsl(urlsplit(p).query))["startrecord"]
                       for p in server.requested if p.startswith(PROXY))
        assert asked == ["11", "6"]
        assert "newscrawler/lists/script_records" in result.stderr
        assert "newscrawler/lists/script_pager" in result.stderr
        assert "newscrawler/lists/data_proxy" in result.stderr


def test_proxy_pages_ask_for_the_next_range_until_the_records_run_out():
    base = "https://www.example.gov.cn"
    hrefs = [f"/art/2024/5/{d}/art_1229_{d}.html" for d in range(1, 4)]
    (first,) = proxy_pages(_hanweb_channel(hrefs), base + "/col/col1229/index.html")
    parts = urlsplit(first)
    query = dict(parse_qsl(parts.query))
    assert parts.path == PROXY and query["startrecord"] == "4" and query["endrecord"] == "6"
    # the page's own parameters go along, the site name encoded as the page wrote it
    assert query["columnid"] == "1229" and query["unitid"] == "3999" and query["col"] == "1"
    assert "webname=%25E6%25B5%258B" in first and "page" not in query
    # a full answer asks for the range after it; a short one, or the stated total, ends it
    assert dict(parse_qsl(urlsplit(proxy_pages(_datastore(hrefs), first)[0]).query))[
        "startrecord"] == "7"
    assert proxy_pages(_datastore(hrefs[:2]), first) == []
    assert proxy_pages(_hanweb_channel(hrefs, total=3), base + "/col/col1229/index.html") == []
    assert proxy_pages("<p>no datastore</p>", base + "/") == []


def test_an_incremental_run_stops_asking_the_proxy_when_all_is_known(tmp_path: Path):
    with PortalServer(script_portal()) as server:
        start = f"{server.base_url}/col/col1229/index.html"
        assert crawl(tmp_path / "out", start, extra=("-s", "DOWNLOAD_DELAY=0")).returncode == 0
        first = len([p for p in server.requested if p.startswith(PROXY)])
        server.requested.clear()
        result = crawl(tmp_path / "out", start, extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        assert first == 2
        # the channel's first records are all known: its further ranges are not asked for
        assert not [p for p in server.requested if p.startswith(PROXY)]


def test_the_links_command_reads_a_datastore_as_the_crawl_does(tmp_path: Path):
    from newscrawler.commands.links import page_link_classes

    page = tmp_path / "col1229.html"
    page.write_text(_hanweb_channel([f"/art/2024/5/{d}/art_1229_{d}.html" for d in (1, 2, 3)]),
                    encoding="utf-8")
    rows = page_link_classes(str(page), url="https://www.example.gov.cn/col/col1229/index.html")
    assert [r["url"] for r in rows if r["class"] == "article"] == [
        f"https://www.example.gov.cn/art/2024/5/{d}/art_1229_{d}.html" for d in (1, 2, 3)]


class _StuckProxy(_ProxyPages):
    """A data proxy that ignores the range asked for and always answers the first records."""

    def get(self, key: str, default: Page | None = None) -> Page | None:  # type: ignore[override]
        if key.startswith(PROXY + "?"):
            return Page(_datastore(self.records[:5]).encode(), "text/xml; charset=UTF-8")
        return super().get(key, default)


def test_a_proxy_that_answers_the_same_records_is_left_after_a_few_ranges(tmp_path: Path):
    portal = script_portal()
    with PortalServer(_StuckProxy(dict(portal), portal.records)) as server:
        start = f"{server.base_url}/col/col1229/index.html"
        result = crawl(tmp_path / "out", start, extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode in (0, 3), result.stderr[-3000:]
        asked = [p for p in server.requested if p.startswith(PROXY)]
        # list pages in a row without a new article link: NEWSCRAWLER_MAX_IDLE_LISTS (5)
        assert 1 <= len(asked) <= 6
        assert "newscrawler/limits/max_idle_lists/hit" in result.stderr


def test_the_links_command_shows_the_pages_a_script_names(tmp_path: Path):
    from newscrawler.commands.links import page_link_classes

    page = tmp_path / "col1229.html"
    page.write_text(_hanweb_channel([f"/art/2024/5/{d}/art_1229_{d}.html" for d in (1, 2, 3)]),
                    encoding="utf-8")
    rows = page_link_classes(str(page), url="https://www.example.gov.cn/col/col1229/index.html")
    (proxy,) = [r for r in rows if PROXY in r["url"]]
    assert proxy["class"] == "list" and "data proxy" in proxy["why"]
    page.write_text(_trs_page(["/xwzx/202405/t20240510_1.html"], 3, 0), encoding="utf-8")
    rows = page_link_classes(str(page), url="https://www.example.gov.cn/xwzx/index.shtml")
    assert {"url": "https://www.example.gov.cn/xwzx/index_1.shtml", "class": "list",
            "why": "the next page a createPageHTML pager script names (followed as the "
                   "list's own page)"} in rows


class _PostOnlyProxy(_ProxyPages):
    """A data proxy that answers only what the pager script sends, a POST with the channel's
    parameters in the form; a GET gets 405."""

    def get(self, key: str, default: Page | None = None) -> Page | None:  # type: ignore[override]
        if key.startswith(PROXY + "?"):
            return Page(b"<html><body>405</body></html>", status=405)
        return super().get(key, default)

    def post(self, path: str, form: str) -> Page | None:
        form_keys = {k for k, _ in parse_qsl(form)}
        if not path.startswith(PROXY + "?") or not {"columnid", "col"} <= form_keys:
            return None
        return super().get(path)


def test_a_proxy_that_refuses_a_get_is_posted_to_as_its_script_does(tmp_path: Path):
    portal = script_portal()
    with PortalServer(_PostOnlyProxy(dict(portal), portal.records)) as server:
        start = f"{server.base_url}/col/col1229/index.html"
        result = crawl(tmp_path / "out", start, extra=("-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        rows = db_rows(tmp_path / "out" / "news.db", "SELECT url FROM articles")
        assert len(rows) == HANWEB
        # one GET was refused; from then on the site's ranges are posted, each once
        gets = [p for p in server.requested if p.startswith(PROXY)]
        posts = [p for p in server.requested if p.startswith("POST " + PROXY)]
        assert len(gets) == 1 and len(posts) == 2
        assert "newscrawler/lists/data_proxy_post': 1" in result.stderr
        assert not db_rows(tmp_path / "out" / "news.db", "SELECT url FROM failures")

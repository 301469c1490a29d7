"""The link classifier on list pages of our own and on the demo portal."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from parsel import Selector

from newscrawler.demo.portal import DemoPortal
from newscrawler.extract import decode_html
from newscrawler.linkclass import (
    address_template,
    classify_links,
    classify_url,
    is_home_page,
    page_kind,
)
from newscrawler.linkpatterns import propose_patterns
from newscrawler.links import page_links
from newscrawler.linkwords import ADJACENT
from newscrawler.sites import load_site

PAGES = Path(__file__).parent / "fixtures" / "links"


def classes(name: str, url: str) -> dict[str, str]:
    html = (PAGES / name).read_text("utf-8")
    return {link.url: link.kind for link in classify_links(html, url)}


def kinds(page: str, site: str, path: str = "/") -> dict[str, str]:
    """The classes of *page*'s links on *site*, by path, as seen from *path*."""
    return {lk.url.removeprefix(site): lk.kind for lk in classify_links(page, site + path)}


def of(found: dict[str, str], kind: str) -> set[str]:
    return {url for url, k in found.items() if k == kind}


def test_trs_column_list_with_dated_rows_and_pager():
    found = classes("zh_trs_column.html", "https://www.shifan.gov.cn/zwyw/jrgz/index.html")
    site = "https://www.shifan.gov.cn"
    assert of(found, "article") == {
        f"{site}/zwyw/jrgz/202405/t20240528_2104628.html",
        f"{site}/zwyw/jrgz/202405/t20240527_2104511.html",
        f"{site}/zwyw/jrgz/202405/t20240526_2104400.html",
        f"{site}/zwgk/zcjd/202405/t20240525_2104399.html",
        f"{site}/zwyw/jrgz/202405/t20240524_2104301.html",  # tracking parameter dropped
    }
    lists = of(found, "list")
    assert {f"{site}/zwyw/jrgz/index_2.html", f"{site}/zwyw/jrgz/index_9.html",
            f"{site}/", f"{site}/zwyw/", f"{site}/zwgk/", f"{site}/zwyw/jrgz/"} <= lists
    # footer: site pages, one of them on a dated content_ address; the English edition is
    # another host
    for path in ("/col/col1629310/index.html", "/wzdt/", "/qt/wzsm/",
                 "/home/2016-05/11/content_5046257.htm"):
        assert found[site + path] == "other", path
    assert found["http://english.shifan.gov.cn/"] == "other"


def test_hanweb_art_list_with_query_pager():
    found = classes("hanweb_art.html", "https://www.zjsf.gov.cn/col/col1229/index.html")
    site = "https://www.zjsf.gov.cn"
    assert of(found, "article") == {f"{site}/art/2018/5/28/art_1229_5812.html",
                                    f"{site}/art/2018/5/21/art_1229_5799.html",
                                    f"{site}/art/2018/5/9/art_1229_5735.html",
                                    f"{site}/art/2018/4/30/art_1229_5701.html"}
    assert found[f"{site}/col/col1229/index.html?pageNum=2&uid=4892867"] == "list"
    assert found[f"{site}/col/col1230/index.html"] == "list"
    assert found[f"{site}/index.html"] == "list"  # 首页 in a menu is the home page
    assert found[f"{site}/art/2020/1/1/art_1629309_1.html"] == "other"  # 版权保护 in the footer
    assert found[f"{site}/attach/2018/5/28/fujian.pdf"] == "other"


def test_english_newsroom_with_page_query_pager():
    found = classes("en_newsroom.html", "https://www.water.example.gov/newsroom/")
    site = "https://www.water.example.gov"
    assert of(found, "article") == {
        f"{site}/newsroom/2024/05/minister-opens-new-treatment-plant-in-northern-district",
        f"{site}/newsroom/2024/05/drought-advisory-lifted-for-three-counties",
        f"{site}/newsroom/releases/details.aspx?id=3381",
        f"{site}/newsroom/2024/05/public-meeting-on-river-restoration-plan-scheduled"}
    assert of(found, "list") == {f"{site}/", f"{site}/newsroom/", f"{site}/publications/",
                                 f"{site}/newsroom/?page=2", f"{site}/newsroom/?page=3"}
    for path in ("/about-us/", "/services/permits/", "/contact/", "/privacy-policy/",
                 "/newsroom/media-contacts/", "/newsroom/rss.xml"):
        assert found[site + path] == "other", path


def test_german_press_releases_with_weiter_pager():
    found = classes("de_pressemitteilungen.html",
                    "https://www.musterkreis.de/presse/pressemitteilungen/")
    site = "https://www.musterkreis.de"
    articles = of(found, "article")
    assert len(articles) == 4
    # no date in its address: the date beside it in the row says it is an item of the list
    assert f"{site}/presse/meldungen/neue-radwege-im-landkreis-freigegeben" in articles
    assert {f"{site}/presse/pressemitteilungen/?seite=2", f"{site}/presse/pressemitteilungen/",
            f"{site}/presse/pressemitteilungen/archiv/", f"{site}/startseite.html",
            f"{site}/presse/veranstaltungen/"} <= of(found, "list")
    for path in ("/impressum.html", "/datenschutz.html", "/kontakt.html", "/landkreis/kreistag/",
                 "/dokumente/haushalt-2024.pdf"):
        assert found[site + path] == "other", path


def test_homepage_menus_carousel_footer():
    links = classify_links((PAGES / "homepage.html").read_text("utf-8"),
                           "https://www.province.example.gov.cn/")
    found = {link.url: link.kind for link in links}
    site = "https://www.province.example.gov.cn/en"
    assert len(of(found, "article")) == 5  # two carousel slides (alt text), three dated rows
    assert found[f"{site}/art/2024/5/27/art_1510_88795.html"] == "article"
    assert {f"{site}/news/index.html", f"{site}/news/press/index.html",
            f"{site}/index.html"} <= of(found, "list")
    for path in ("/government/leaders/governor-profile.html", "/about/history-and-culture.html",
                 "/about/contact-us.html", "/sitemap.html"):
        assert found[site + path] == "other", path
    assert found["https://www.gov.cn/"] == "other"
    # <base href> resolves the relative links; javascript:, mailto: and '#' are not links
    assert all(url.startswith("http") for url in found)
    why = {link.url: link.why for link in links}
    assert why["https://www.gov.cn/"] == "off-site host www.gov.cn"


def test_allowed_domains_widen_the_site():
    html = '<ul><li><a href="https://news.x.gov/2024/05/28/a-b.html">A b</a></li></ul>'
    assert classify_links(html, "https://www.x.gov/")[0].kind == "other"
    widened = classify_links(html, "https://www.x.gov/", allowed_domains=["x.gov"])
    assert widened[0].kind == "article"


@pytest.mark.parametrize(("url", "kind"), [
    ("https://a.gov.cn/art/2018/5/28/art_1229_123.html", "article"),
    ("https://a.gov.cn/t20180528_123456.html", "article"),
    ("https://a.gov.cn/col/202405/t20240528_1.html", "article"),
    ("http://a.gov.cn/2018-05/28/content_123.htm", "article"),
    ("https://a.gov.cn/content/post_123.html", "article"),
    ("https://a.gov.cn/20240528/abc.shtml", "article"),
    ("https://a.gov.cn/xw/202310/8e06c35d822542c886f09f9c170fc671.shtml", "article"),
    ("https://a.gov.cn/zwyw/index_2.html", "list"),
    ("https://a.gov.cn/zwyw/list_3.shtml", "list"),
    ("https://a.gov/news/?page=2", "list"),
    ("https://a.gov/blog/page/2/", "list"),
    ("https://a.gov/2024/?page=2", "list"),
    ("https://a.gov/category/innovation/", "list"),
    ("https://a.gov/de/schlagwort/energie", "list"),
    ("https://a.gov/blog/author/jane-doe", "list"),
    ("https://a.gov/cabinet-report-of-the-fifth-of-september/?seite=3", "article"),
    ("https://a.gov/news/2024/05/28/cabinet-meets?page=2", "article"),
    ("https://a.gov/news/", "list"),
    ("https://a.gov/files/report.pdf", "other"),
    ("https://a.gov/about/organisation.html", None),
    # a year's and a month's archive; WordPress's ?p= is a post, ?p=2 a page
    ("https://a.gov/2024/05/", "list"), ("https://a.gov/2023/", "list"),
    ("https://a.gov/nieuws/archief/2024/05", "list"), ("https://a.gov/miesiac/2024-06/", "list"),
    ("https://a.gov/?p=4419", None), ("https://a.gov/nieuws?p=2", "list"),
    ("https://a.gov/nieuws/pagina-2", "list"),
    # categories and tags in other languages, a tag in the query, a SPIP keyword
    ("https://a.gov/nieuws/categorie/verkeer", "list"), ("https://a.pl/kategoria/oswiata/", "list"),
    ("https://a.gov.cn/tag.jsp?tag=yshj", "list"), ("https://a.fr/+-Transports-+", "list"),
    # a list filtered by a field, unless an item's id is there too; an archive page
    ("https://a.gov.au/Pages/Minister.aspx?Minister=Jane+Doe", "list"),
    ("https://a.gov/news.php?topic=roads&id=45", None),
    ("https://a.gov.au/Pages/Archive.aspx", "list"),
    # a page number beside an item's id is the item's next page
    ("https://a.gov.cn/content.jsp?cid=1388&id=8123259&page=2", "article"),
    # a year's folder and a slug page; SPIP's article by number
    ("https://a.de/SharedDocs/Interviews/DE/2024/minister-interview-landzeitung.html", "article"),
    ("https://a.fr/spip.php?article123", "article"),
    # a file with its version id after its name (Liferay), a CMS's document by its number
    ("https://a.es/documents/20142/26/informe.pdf/9b1c2e4a-77f0-3c1d-0b6e-5f1a2d3c4e5f", "other"),
    ("https://a.gov/DocumentCenter/View/4512/Budget-Notice-PDF", "other"),
    # a day's archive; a category by its number and name, by its id, by a CMS's controller;
    # a list of one kind of document; an event by its id in a calendar filtered by month
    ("https://a.go.ke/2025/05/14/", "list"),
    ("https://a.gov.uk/news/category/2/adult_social_care", "list"),
    ("https://a.gov/CivicAlerts.aspx?CID=3", "list"),
    ("https://a.gov.cn/index.php?c=category&id=6", "list"),
    ("https://a.gov.cn/content.jsp?cid=1386&id=8123337", None),
    ("https://a.no/dokumenter/id2000006/?documenttype=dokumenter%2Fhoringer", "list"),
    ("https://a.gov/Calendar.aspx?EID=3345&calType=0&day=19&month=6&year=2025", None),
    # PHPCMS's column pages and items; a download endpoint; a child category; 动易's category
    ("https://m.a.cn/list-10-1.html", "list"), ("https://m.a.cn/show-18-21356-1.html", "article"),
    ("https://www.a.go.kr/cmm/fms/FileDown.do?atchFileId=FILE_0007&fileSn=0", "other"),
    ("https://a.gob.mx/category/boletines/salud/", "list"),
    ("https://a.gov.cn/Category_9/Index.aspx", "list"),
    # a Korean board's item with the page number of the list it was opened from
    ("https://www.a.go.kr/www/brd/m_4044/view.do?page=2&seq=74612", "article"),
    # a day's folder as /yyyy/mmdd/; a slug in a month's folder; Plone's keyword search
    ("https://a.gov.cn/html/zwdt/txyw/2025/0610/8778.html", "article"),
    ("https://a.ch/de/medienmitteilungen/2024/04/steuerfuss-2025-senkung.html", "article"),
    ("https://a.gov.br/pt-br/noticias/@@search?Subject%3Alist=Sa%C3%BAde", "list"),
    ("https://a.be/fr/actualites/thematique/mobilite", None),
    # the 集约化 platform's catalogue; Joomla's archive (its Itemid names a menu entry); a
    # SharePoint list filtered by a field and paged by its first row; special topics by id
    ("https://a.gov.cn/dpfgj/gkmlpt/index", "list"),
    ("https://a.gob.ar/index.php?option=com_content&view=archive&year=2024&month=5&Itemid=150",
     "list"),
    ("https://a.gov.za/News/Pages/Statements.aspx?FilterField1=Category&FilterValue1=Health",
     "list"),
    ("https://a.gov.za/News/Pages/Statements.aspx?Paged=TRUE&PageFirstRow=21", "list"),
    ("http://www.a.cn/Special/Special.aspx?SpecialID=45", "list"),
    ("http://a.gov.cn/index.php?m=special&c=index&id=7", "list"),
    # files named by their day; a month's index; a list filtered by type; Joomla's archive
    # by its SEF address (its Itemid a menu entry), an article there with its category
    ("https://a.gov.hk/en/press_releases/2024/05/pr20240531b.html", "article"),
    ("https://a.gov.hk/en/speeches/2024/sp_20240530.html", "article"),
    ("https://a.gov.hk/en/press_releases/index_2024_04.html", "list"),
    ("https://a.gc.ca/en/dept/news.html?typ=speeches", "list"),
    ("https://a.gov.ph/index.php/component/content/archive?Itemid=131&month=01&year=2024", "list"),
    ("https://a.gob.ar/component/content/article/18318-se-lanzo-el-programa?Itemid=101&catid=9",
     None),
    # an item by its id in the query of a news folder's index (IKISS's FID)
    ("https://a.de/Aktuelles/Pressemitteilungen/index.php?FID=2781.4299.1&ModID=7", None),
    # a month's archive by its name
    ("https://a.gov.fj/Media-Centre/News/Archive/2024/May", "list"),
    # a page number after an item's id in the path is the item's own
    ("https://a.go.th/public/list/data/detail/id/58231/menu/1145/page/1", None),
    # PHPCMS's default item address and its second page; VSB's dynamic item
    ("http://a.gov.cn/html/2024/tzgg_0520/1921.html", "article"),
    ("http://a.gov.cn/html/2024/xmjs_0506/1897_2.html", "article"),
    # EmpireCMS's special topic and column by their ids; a list of news by its topic
    ("http://a.gov.cn/e/action/ZtInfo.php?ztid=3", "list"),
    ("http://a.gov.cn/e/action/ListInfo/?classid=12", "list"),
    ("https://a.es/web/comunicacion/es/Buscador/1284877983800/_/_/_?tema=vivienda", "list"),
    # a template's detail view named for a kind of item, by its id; one named for a park is
    # a static page's
    ("https://a.gov/Newsroom/ProclamationDetail.aspx?ItemID=1432", "article"),
    ("https://a.gov.cn/en/Video/VideoDetail.aspx?VID=24", "article"),
    ("https://a.gov.cn/en/Invest/ParkDetail.aspx?ID=1", None),
    # a topic's page by its number and its name; a gallery's album by its number and slug
    ("https://a.gov.uk/news/topic/3/council-and-democracy", "list"),
    # ... not an item's number under the theme's (its address alone decides nothing)
    ("https://www.city.example.ru/mayor/themes/2299/14612050/", None),
    ("https://a.gov.uk/news/gallery/217/provosts-civic-awards-2024", "article"),
    # a gallery's album or a video by its number in the query of the gallery's page
    ("https://a.gov.sb/media/gallery.php?album=88", "article"),
    ("https://a.hr/Galerija.aspx?AlbumID=233", "article"),
    ("https://a.gov.sb/media/videos.php?vid=41", "article"),
    ("https://a.gov.ki/gallery-album.php?aid=95", "article"),
    # a news list filtered by its category, in the languages that call it so
    ("https://a.se/om-regionen/nyheter/?kategori=kultur", "list"),
    ("https://a.it/archivio?categoria=sanita", "list"),
    # a plugin's pager by its array key (TYPO3's news list), percent-encoded or not
    ("https://a.pl/aktualnosci/?cHash=e3f7a1&tx_news_pi1%5BcurrentPage%5D=58", "list"),
    ("https://a.de/presse/?tx_news_pi1[@widget_0][currentPage]=3", "list"),
    # a year's archive by its index file
    ("https://a.gov.hk/chi/news/press/2024/index.html", "list"),
    # a provincial platform's items and columns by their ids
    ("https://www.a.gov.cn/content/detail/6849a3f1886688b2718b4567.html", "article"),
    ("https://www.a.gov.cn/public/6790641/1122804511.html", "article"),
    ("https://www.a.gov.cn/content/column/6795521", "list"),
    # an e-paper's page of one day's edition is the list of that page's stories
    ("https://paper.example.cn/pc/paper/layout/202505/19/node_02.html", "list"),
    ("https://paper.example.cn/html/2024-06/12/node_3.htm", "list"),
    # Sitecore's media library is files; a French paper's subject page is a tag's list
    ("https://www.a.gov.sg/-/media/files/news/cpimar2024.ashx", "other"),
    ("https://www.a.fr/sujet/bande-dessinee/", "list"),
    # a Pangea zone (a broadcaster's section) by its id; its items are not zones
    ("https://www.a.org/z/30556", "list"),
    ("https://www.a.org/a/33186355.html", None),
    # a page named by a long number is no pager's, nor an MVC route's page record by its id
    ("https://www.a.gov.tw/Page/1122334455667788", None),
    ("https://english.a.gov.tw/Page/47", None),
    ("https://a.gov.gh/category/press-releases/page/23/", "list"),
    # a list's folder and its filters in other languages; a list file named with a word after
    # "list"; a magazine's sections by their taxonomy folder
    ("https://www.a.it/it/pubblicazioni/lista/iai-papers/all", "list"),
    ("https://www.a.es/prensa/listado/notas-de-prensa", "list"),
    ("https://www.pref.a.jp/site/presssystem/list-archive.html", "list"),
    ("https://a.org/sections/easy-chair/", "list"),
    # ... and a speech's file named by its day and its kind's short name and number
    ("https://www.a.gov.hk/en/community_engagement/speeches/20250312_sp1.html", "article"),
    # a month by its name in any of the templates' languages, perhaps a day's folder after it,
    # or a day's folder written with its month's name; the month's or the day's own folder is
    # an archive
    ("https://a.gov.br/pt-br/noticias/2024/maio/estado-inicia-vacinacao", "article"),
    ("https://a.se/aktuellt/handelser/2025/mars/14/14-mars-02.48-brand-malmo/", "article"),
    ("https://a.it/cronache/25_ottobre_14/rapina-in-centro-5da9ba4d.shtml", "article"),
    ("https://a.ie/en/press-releases/2025/february/", "list"),
    ("https://a.se/aktuellt/handelser/2025/maj/", "list"),
    ("https://www.a.gov.hk/eng/press/2024/march.html", "list"),
    ("https://a.se/aktuellt/handelser/2025/mars/14/", "list"),
    # a Japanese municipal CMS's new items (新着), all of them, by category or older ones
    ("https://www.city.a.lg.jp/shinchaku.html", "list"),
    ("https://www.city.a.lg.jp/shinchaku/4.html", "list"),
    ("https://www.pref.a.lg.jp/shinchaku/", "list"),
    ("https://www.city.a.lg.jp/shinchaku_old.html", "list"),
    # a month's archive file under a folder of back numbers; a number after a file's name is
    # no year
    ("https://www.pref.a.lg.jp/news/backnumber/202502.html", "list"),
    ("https://www.a.ch/themen/bauen-und-wohnen.html/2001", None),
    # the kind's folder after the day; not a day's pager
    ("https://www.a.it/economia/2026/12/06/news/prezzi-benzina-oggi-39812911/", "article"),
    ("https://www.a.it/2026/12/06/page/2/", "list"),
    # a file named by its day after a letter or two (a ministry's x<yyyy_mm_dd>_<slug>)
    ("https://www.a.cz/jnp/cz/udalosti/projevy/x2022_06_12_rozhovor_ministra.html", "article"),
    # a German regional papers' CMS: an author's and a dossier's page beside its items'
    # _arid,<n>.html
    ("https://www.a.de/autoren_autor,-lena-brauckmann-_autorid,412.html", "list"),
    ("https://www.a.de/dossiers_dossierid,214.html", "list"),
    # a Japanese publishers' CMS's item by its number, and its further page
    ("https://www.a.co.jp/articles/-/331520", "article"),
    ("https://www.a.co.jp/articles/-/331520?page=2", "article"),
    # Government Site Builder's node of a year is its archive's navigation, never one item
    ("https://www.a.bund.de/DE/Presse/Archiv/2023/pressemitteilungen_2023_node.html", None),
])
def test_url_shapes(url, kind):
    shape = classify_url(url)
    assert (shape[0] if shape else None) == kind


def test_propose_patterns_generalize_without_ids():
    urls = ["https://www.yichun.gov.cn/ycsrmzf/zwyw/202310/34e1d41233c34c52a652e278c5529a33.shtml",
            "https://www.yichun.gov.cn/ycsrmzf/jxszc/202309/8e06c35d822542c886f09f9c170fc671.shtml",
            "https://www.yichun.gov.cn/ycsrmzf/xsqdt/202310/f774748034514ad291b8ff03934ef3ba.shtml"]
    [pattern] = propose_patterns(urls)
    assert pattern.regex == r"/ycsrmzf/[a-z]+/\d{6}/[0-9a-f]{32}\.shtml$"
    assert pattern.count == 3
    [trs] = propose_patterns(["http://x/zh/xwdt/201805/t20180528_2001.html",
                              "http://x/zh/xwdt/201805/t20180527_2000.html"])
    assert trs.regex == r"/zh/xwdt/\d{6}/t\d{8}_\d+\.html$"  # the id is not taken for a year
    [query] = propose_patterns(["https://x.gov/view.do?nid=1119789&mthd=index"])
    assert query.regex == r"/view\.do\?mthd=[^&]*&nid=[^&]*$"


def _demo_pages():
    portal = DemoPortal()
    return portal, portal.render()


def test_demo_list_pages_split_as_the_hand_written_configs():
    _, pages = _demo_pages()
    base = "http://127.0.0.1:8765"
    homes = {f"{base}/", f"{base}/en/index.html", f"{base}/zh/index.html"}
    checked = 0
    for edition in ("en", "zh"):
        site = load_site(f"demo-{edition}")
        for path, page in pages.items():
            if not path.startswith(f"/{edition}/") or "/index" not in path or "/art" in path:
                continue
            html = decode_html(page.body, page.content_type)
            url = base + path
            configured = {u: k for u, k, _ in page_links(Selector(text=html), url, site)}
            found = {lk.url: lk.kind for lk in classify_links(html, url)}
            assert of(found, "article") == {u for u, k in configured.items() if k == "article"}
            # the configs leave the editions' home pages (their start URLs) out of list_links
            assert of(found, "list") - homes == {u for u, k in configured.items() if k == "list"}
            checked += 1
    assert checked == 10  # 2 editions x 2 channels, with their further pages


def test_page_kind_tells_demo_articles_from_lists():
    portal, pages = _demo_pages()
    base = "http://127.0.0.1:8765"
    article = next(a for a in portal.articles if a.edition == "zh")
    page = pages[article.path]
    kind = page_kind(decode_html(page.body, page.content_type), base + article.path)
    assert kind.kind == "article"
    assert kind.title == article.title
    listing = pages["/en/news/index.html"]
    assert page_kind(decode_html(listing.body), base + "/en/news/index.html").kind == "list"
    assert page_kind("<html><body><p>Nothing here.</p></body></html>").kind == "other"


SECTIONS_PAGE = """<html><body>
<nav class="mainnav"><ul>
<li><a href="/en/magazine/politics">Politics</a></li>
<li><a href="/en/magazine/culture">Culture</a></li>
<li><a href="/en/magazine/sports">Sports</a></li><li><a href="/en/service">Service</a></li>
<li><a href="/en/about-the-site">About the site</a></li><li><a href="/en/jobs">Jobs</a></li>
<li><a href="/en/team">Team</a></li></ul></nav>
<main><h2><a href="/en/magazine/culture/">Culture</a></h2><div class="teasers">
<div class="card"><a href="/en/magazine/culture/dont-post-talk">Don't post, talk!</a></div>
<div class="card"><a href="/en/magazine/culture/reading-on-the-sofa">The sofa and the book</a></div>
<div class="card"><a href="/en/magazine/culture/kassel-art-week">Kassel art week</a></div>
<div class="card"><a href="/en/magazine/culture/new-in-berlin">New in Berlin</a></div>
<div class="card"><a href="/en/how-germany-ticks">How Germany ticks</a></div>
</div></main>
<div class="post-nav"><a href="/en/magazine/politics/summit-ends">Older Blog Post: the summit
ends with an agreement</a></div></body></html>"""


def test_sections_of_the_page_articles_teaser_slugs_and_neighbour_posts():
    found = {lk.url: lk for lk in classify_links(SECTIONS_PAGE, "https://www.x.de/en")}
    site = "https://www.x.de"
    # four slug addresses side by side in one folder of the content: teasers of articles
    assert {u for u, lk in found.items() if lk.kind == "article"} >= {
        f"{site}/en/magazine/culture/dont-post-talk", f"{site}/en/magazine/culture/new-in-berlin"}
    # a slug at the top of an edition names a section, not an article
    assert found[f"{site}/en/how-germany-ticks"].kind != "article"
    # a link in the text is a list when it is the folder of article links on the page; a
    # menu entry is not by that alone (a menu's hub above its pages is as often static)
    assert found[f"{site}/en/magazine/culture/"].kind == "list"
    assert "section of 4 article" in found[f"{site}/en/magazine/culture/"].why
    assert "section of" not in found[f"{site}/en/magazine/culture"].why
    assert "section of" not in found[f"{site}/en/magazine/politics"].why  # (a neighbour post's)
    assert found[f"{site}/en/magazine/sports"].kind == "other"  # no article of it here
    assert found[f"{site}/en/service"].kind == "other"
    # the link to the previous post of an article page
    assert found[f"{site}/en/magazine/politics/summit-ends"].kind == "article"
    zh = classify_links('<div class="fy"><a href="/a/202405/t20240527_2.html">上一篇：全省会议召开'
                        '</a></div>', "https://x.gov.cn/a/202405/t20240528_3.html")
    assert zh[0].kind == "article"


MENU_NAMES_PAGE = """<html><body><nav class="mainmenu"><ul>
<li><a href="/presse/pressemitteilungen.html">Pressemitteilungen</a></li>
<li><a href="/presse/pressekontakt.html">Pressekontakt</a></li>
<li><a href="/themen/medienrecht.html">Medienrecht</a></li>
<li><a href="/service/zollanmeldung.html">Zollanmeldung</a></li>
<li><a href="/themen/jahresberichte.html">Jahresberichte</a></li>
<li><a href="/presse/medienraum.html">Medienraum</a></li>
<li><a href="/presse/news-abonnieren.html">News abonnieren</a></li>
<li><a href="/en/social.html">Follow us on social media</a></li>
<li><a href="/zwgk/bszn.html">办事指南</a></li>
<li><a href="/zwgk/tzgg.html">通知公告</a></li>
<li><a href="/themen/integrationsbericht.html">Integrationsbericht</a></li>
<li><a href="/themen/aktuelle-schwerpunkte.html">Aktuelle Schwerpunkte</a></li>
<li><a href="/presse/aktuelle-meldungen.html">Aktuelle Meldungen</a></li>
<li><a href="/medien/akkreditierung.html">Akkreditierung und Anmeldung zu Veranstaltungen</a></li>
<li><a href="/agenda/veranstaltungen.html">Veranstaltungen zur Agenda 2030</a></li>
<li><a href="/jugend/kompetenz.html">Medien- und Informationskompetenz</a></li>
<li><a href="/briefing-room">Briefing Room</a></li>
</ul></nav></body></html>"""


def test_menu_names_are_judged_by_the_head_of_the_word():
    # (a single "Bericht" is one report; "aktuelle" before another noun is an adjective;
    # what follows a preposition qualifies the name; "Medien-" is part of a compound)
    found = kinds(MENU_NAMES_PAGE, "https://www.x.de")
    # the last part of a compound says what it is: releases, reports, a media room
    for path in ("/presse/pressemitteilungen.html", "/themen/jahresberichte.html",
                 "/presse/medienraum.html", "/zwgk/tzgg.html", "/presse/aktuelle-meldungen.html",
                 "/agenda/veranstaltungen.html", "/briefing-room"):
        assert found[path] == "list", path
    # a contact, a law, a registration; subscribing, social media, a service guide
    for path in ("/presse/pressekontakt.html", "/themen/medienrecht.html",
                 "/service/zollanmeldung.html", "/presse/news-abonnieren.html", "/en/social.html",
                 "/zwgk/bszn.html", "/themen/integrationsbericht.html",
                 "/themen/aktuelle-schwerpunkte.html", "/medien/akkreditierung.html",
                 "/jugend/kompetenz.html"):
        assert found[path] == "other", path


LANGUAGES_MENU_PAGE = """<html><body><nav class="mainmenu"><ul>
<li><a href="/m/sala">Sala de prensa</a></li>
<li><a href="/m/comunicati">Comunicati stampa</a></li>
<li><a href="/m/informacje">Informacje prasowe</a></li>
<li><a href="/m/persberichten">Persberichten</a></li>
<li><a href="/m/aktualnosci">Aktualności</a></li>
<li><a href="/m/nyheter">Nyheter</a></li>
<li><a href="/m/houdou">報道発表</a></li>
<li><a href="/m/bodo">보도자료</a></li>
<li><a href="/m/novosti">Новости</a></li>
<li><a href="/m/agenda">Berichterstattung Agenda 2030</a></li>
<li><a href="/m/presseinfo">Presseinformationen</a></li>
<li><a href="/m/artikel">Artikel</a></li>
<li><a href="/m/blogg">Ordførerens blogg</a></li>
<li><a href="/m/premsa">Sala de premsa</a></li>
<li><a href="/m/archief">Nieuwsarchief</a></li>
<li><a href="/m/arkiv">Historisk arkiv</a></li>
<li><a href="/m/savjetovanja">Javna savjetovanja</a></li>
<li><a href="/m/bulten">Belediye Bülteni</a></li>
<li><a href="/m/bvg">Vereinbarung gemäß Artikel 15a B-VG</a></li>
<li><a href="/m/contacto">Contacto</a></li>
<li><a href="/m/aviso">Aviso legal</a></li>
<li><a href="/m/historia">Historia del municipio</a></li>
<li><a href="/m/soshiki">組織案内</a></li>
</ul></nav></body></html>"""


def test_menu_names_of_lists_in_many_languages():
    # (news and press-release lists by their usual names in each language; a longer list
    # word is not hidden by a shorter one it begins with: "Berichterstattung", not "Berichte";
    # "Artikel 15a" is an article of a law)
    found = kinds(LANGUAGES_MENU_PAGE, "https://www.x.eu")
    assert of(found, "list") == {
        "/m/sala", "/m/comunicati", "/m/informacje", "/m/persberichten", "/m/aktualnosci",
        "/m/nyheter", "/m/houdou", "/m/bodo", "/m/novosti", "/m/agenda", "/m/presseinfo",
        "/m/artikel", "/m/blogg", "/m/savjetovanja", "/m/bulten", "/m/premsa", "/m/archief",
        "/m/arkiv"}
    assert of(found, "other") == {"/m/bvg", "/m/contacto", "/m/aviso", "/m/historia",
                                  "/m/soshiki"}


SEARCH_AND_SERVICES_PAGE = """<html><body><div class="navbar"><ul>
<li><a href="/SiteGlobals/Forms/Suche/Pressemitteilungen_Formular.html?nn=12">
Pressemitteilungen</a></li>
<li><a href="/SiteGlobals/Forms/Suche/Formulare_Formular.html?nn=12">Formulare</a></li>
<li><a href="/SiteGlobals/Forms/Listen/Anfragen/Anfragen_Formular.html">Anfragen</a></li>
<li><a href="/suche?mode=extended">Erweiterte Suche</a></li>
<li><a href="/veranstaltungen/suche?targetgroup=Kinder">Kinder</a></li>
<li><a href="/cn/pages/ItemList.html?itemId=919&amp;itemPId=914">领导活动及讲话</a></li>
<li><a href="/cn/pages/ItemList.html?itemId=902&amp;itemPId=900">总局领导</a></li>
<li><a href="/zwgk/jgzn/">机构职能</a></li>
<li><a href="/index_763.html">手机版</a></li>
<li><a href="/gygc/">关于工程</a></li>
</ul></div></body></html>"""


def test_search_forms_list_addresses_with_a_query_and_service_names():
    found = kinds(SEARCH_AND_SERVICES_PAGE, "https://www.x.gov")
    # a search form named for news, one in a folder of lists, results filtered by the query
    for path in ("/SiteGlobals/Forms/Suche/Pressemitteilungen_Formular.html?nn=12",
                 "/SiteGlobals/Forms/Listen/Anfragen/Anfragen_Formular.html",
                 "/veranstaltungen/suche?targetgroup=Kinder",
                 "/cn/pages/ItemList.html?itemId=919&itemPId=914"):
        assert found[path] == "list", path
    # a form shown in a menu node or a mode; the pages of leaders, organs, the mobile
    # edition, an about page
    for path in ("/SiteGlobals/Forms/Suche/Formulare_Formular.html?nn=12",
                 "/suche?mode=extended", "/cn/pages/ItemList.html?itemId=902&itemPId=900",
                 "/zwgk/jgzn/", "/index_763.html", "/gygc/"):
        assert found[path] == "other", path


def test_language_switch_of_an_article_page():
    page = """<html><body><ul class="language-menu">
    <li><a href="/wbf/de/home/news.msg-id-140.html">DE</a></li>
    <li><a href="/wbf/fr/home/news.msg-id-140.html">FR</a></li>
    <li><a href="/wbf/pt-br/home/news.msg-id-140.html">PT</a></li>
    <li><a href="/wbf/fr/home/about.html">FR</a></li></ul></body></html>"""
    found = kinds(page, "https://www.x.ch/wbf", "/de/home/news.msg-id-140.html")
    assert found == {"/de/home/news.msg-id-140.html": "article",
                     "/fr/home/news.msg-id-140.html": "article",
                     "/pt-br/home/news.msg-id-140.html": "article", "/fr/home/about.html": "other"}
    # on a page whose address says nothing of an article (a list), the switch leads to that
    # list in another language
    listing = classify_links(page.replace("news.msg-id-140", "overview"),
                             "https://www.x.ch/wbf/de/home/overview.html")
    assert {lk.kind for lk in listing} == {"list"}
    assert all(lk.why.startswith("the page in another language") for lk in listing)



def test_language_switch_of_an_article_page_to_its_translated_slugs():
    # an organisation's release: each language's version at its own slug, under that
    # language's folder; the switch's link to an edition's home stays that edition's list
    page = """<html><body><header><ul class="language-switcher">
    <li><a href="/fr/communique-de-presse/vague-de-chaleur-volontaires">Français</a></li>
    <li><a href="/es/comunicado-de-prensa/ola-de-calor-los-voluntarios-alertan">Español</a></li>
    <li><a href="/de/">Deutsch</a></li></ul></header><main><h1>Heatwave: volunteers reach
    millions</h1><p>Volunteers issued early warnings across the region.</p></main></body></html>"""
    found = kinds(page, "https://www.relief.example.org",
                  "/press-release/heatwave-south-asia-volunteers-reach-12-million-people")
    assert found == {"/fr/communique-de-presse/vague-de-chaleur-volontaires": "article",
                     "/es/comunicado-de-prensa/ola-de-calor-los-voluntarios-alertan": "article",
                     "/de/": "list"}

SISTER_SITES_PAGE = """<html><body><header><nav><ul class="county-switch">
<li><a href="/fr/aube">Aube</a></li><li><a href="/fr/marne">Marne</a></li>
<li><a href="/fr/meuse">Meuse</a></li><li><a href="/fr/vosges">Vosges</a></li>
<li><a href="/fr/ardennes">Ardennes</a></li></ul></nav>
<ul class="menu"><li><a href="/fr/marne/qui-sommes-nous">Qui sommes-nous</a></li>
<li><a href="/fr/marne/demarches">Démarches</a></li><li><a href="/fr/marne/contact">Contact</a></li>
<li><a href="/fr/marne/actualites">Actualités</a></li></ul></header><main><ul>
<li><a href="/fr/marne/actualites/ouverture-du-guichet-de-reims">Ouverture du guichet de Reims</a>
 12/05/2024</li>
<li><a href="/fr/marne/actualites/fermeture-estivale-des-services">Fermeture estivale des services
</a> 03/05/2024</li>
<li><a href="/fr/marne/actualites/nouveau-point-accueil-a-epernay">Nouveau point d'accueil à Épernay
</a> 28/04/2024</li>
<li><a href="/fr/marne/actualites/campagne-de-controle-des-puits">Campagne de contrôle des puits
</a> 19/04/2024</li>
<li><a href="/fr/marne/actualites/rapport-d-activite-2023">Rapport d'activité 2023 publié</a>
 11/04/2024</li></ul></main>
<footer><ul><li><a href="/fr/mentions-legales">Mentions légales</a></li>
<li><a href="/fr/plan-du-site">Plan du site</a></li><li><a href="/fr/cookies">Cookies</a></li>
<li><a href="/fr/accessibilite">Accessibilité</a></li><li><a href="/fr/contact">Contact</a></li>
</ul></footer></body></html>"""


def test_the_homes_of_sister_sites_in_a_switcher():
    # most links of the page sit under /fr/marne/: a county office's site within the portal,
    # whose switcher lists its sisters' homes beside its own
    found = kinds(SISTER_SITES_PAGE, "https://portail.example.fr", "/fr/marne/actualites")
    assert of(found, "list") >= {"/fr/aube", "/fr/marne", "/fr/meuse", "/fr/vosges",
                                 "/fr/ardennes", "/fr/marne/actualites"}
    # the portal's own pages of the same shape in another menu stay what they are
    assert found["/fr/mentions-legales"] == found["/fr/plan-du-site"] == "other"
    # a page at the top of the portal has no site within it: its menu of names is a menu
    top = kinds(SISTER_SITES_PAGE, "https://portail.example.fr", "/fr/actualites")
    assert top["/fr/aube"] == top["/fr/vosges"] == "other"


def test_a_cms_that_numbers_every_page_names_them_by_their_names():
    # CivicPlus numbers each page at the top of the site: a sheriff's pages side by side in
    # the content are no items, its breadcrumb's steps no lists; its newsroom is one by name
    cards = "".join(f'<li><a href="/{n}/{slug}">{slug.replace("-", " ")}</a></li>' for n, slug in [
        (157, "Message-from-the-Sheriff"), (159, "Harlow-County-Jail"),
        (161, "Concealed-Handgun-Licenses"), (162, "Sex-Offender-Registration")])
    page = (f'<html><body><ol class="breadCrumbs"><li><a href="/">Home</a></li>'
            f'<li><a href="/28/Departments">Departments</a></li></ol>'
            f'<div class="content"><ul>{cards}</ul><a href="/189/Newsroom">Newsroom</a>'
            f"</div></body></html>")
    found = kinds(page, "https://www.county.example.gov", "/150/Sheriffs-Office")
    assert of(found, "article") == set()
    assert found["/28/Departments"] == found["/157/Message-from-the-Sheriff"] == "other"
    assert found["/189/Newsroom"] == "list"


def test_each_item_of_a_list_in_another_language():
    # a release list that links each release's French version beside it: those are items
    rows = "".join(f'<li><a href="/news/release/?id=2024052{n}001">Province opens ferry '
                   f'terminal number {n}</a> <a href="/nouvelles/communique/?id=2024052{n}001">'
                   f'Français</a></li>' for n in range(4))
    page = (f'<html><body><div class="lang"><a href="/nouvelles/">Français</a></div>'
            f'<div class="content"><ul>{rows}</ul></div></body></html>')
    found = kinds(page, "https://province.example.ca", "/news/")
    assert found["/nouvelles/communique/?id=20240521001"] == "article"
    # the page's own switch stays the list in the other language
    assert found["/nouvelles/"] == "list"


RELATED_ITEMS_PAGE = """<html><body><main><article>
<nav class="row"><a href="/20345" aria-label="Previous page">20345: Storm animations</a>
<a href="/14113" rel="next">14113</a><a href="/14984" aria-label="Newest page"></a></nav>
<h1>Impact of climate change on crop yields</h1><p>Released March 2, 2022</p>
<section id="related_pages"><ul id="related_pages_card_gallery">
<li class="card"><a href="/4972/">Increasingly dangerous climate for agricultural workers</a></li>
<li class="card"><a href="/4914/">Impact of climate change on global wheat yields</a></li>
</ul></section></article></main></body></html>"""


def test_neighbours_and_related_items_of_an_article_page():
    found = {lk.url.removeprefix("https://svs.x.gov"): lk
             for lk in classify_links(RELATED_ITEMS_PAGE, "https://svs.x.gov/4974")}
    # previous, next and newest items by their labels, not their texts
    for path in ("/20345", "/14113", "/14984"):
        assert found[path].kind == "article", path
        assert "previous or next" in found[path].why
    # a gallery of related items whose ids say "pages" is content, not a pager
    assert found["/4972/"].kind == "article"
    assert found["/4914/"].kind == "article"
    # the same labels on a page whose address is no article's are a pager
    listing = {lk.url: lk.kind for lk in classify_links(RELATED_ITEMS_PAGE,
                                                         "https://svs.x.gov/gallery/")}
    assert listing["https://svs.x.gov/14984"] != "article"


BLOCKS_PAGE = """<html><body><main>
<div class="slider">
<div class="slide-item"><article class="cover cover--big"><div class="cover__image">
<a href="/en/topic/business/flying-start-ups"><img alt="Model of an air taxi" src="t.jpg"></a>
</div></article></div>
<div class="slide-item"><article class="cover cover--small"><h3>
<a href="/en/topic/politics/ministers-meet-in-brussels-for-talks">Ministers meet in Brussels
for two days of talks</a></h3></article></div>
<div class="slide-item"><article class="cover cover--small"><h3>
<a href="/en/news/new-rail-line-opens-between-two-cities">New rail line opens between two
cities</a></h3></article></div>
<div class="slide-item"><article class="cover cover--small"><h3>
<a href="/en/2024/05/28/harbour-festival">Harbour festival</a></h3></article></div>
</div>
<div class="boxes"><div class="box"><a href="/en/about/partners">Our partners</a></div>
<div class="box"><a href="/en/about/team">Our team</a></div>
<div class="box"><a href="/en/about/jobs">Open jobs</a></div>
<div class="box"><a href="/en/2024/05/27/open-day">Open day at the ministry</a></div></div>
</main></body></html>"""


def test_one_more_item_of_a_block_of_articles():
    found = {lk.url.removeprefix("https://www.x.de"): lk
             for lk in classify_links(BLOCKS_PAGE, "https://www.x.de/en")}
    # a slide whose only text is an image's alt, beside three article slides
    assert found["/en/topic/business/flying-start-ups"].kind == "article"
    assert "block of 3 article" in found["/en/topic/business/flying-start-ups"].why
    # one dated article among static boxes does not make the boxes articles
    for path in ("/en/about/partners", "/en/about/team", "/en/about/jobs"):
        assert found[path].kind == "other", path


SUBSECTIONS_PAGE = """<html><body><nav class="mainmenu"><ul>
<li><a href="/briefing-room/press-briefings">Press Briefings</a></li>
<li><a href="/briefing-room/presidential-actions">Presidential Actions</a></li>
<li><a href="/briefing-room/presidential-actions/proclamations">Proclamations</a></li>
<li><a href="/briefing-room/legislation">Legislation</a></li>
<li><a href="/government">Government</a></li><li><a href="/government/cabinet">The Cabinet</a></li>
<li><a href="/government/cabinet/minister-of-finance">Minister of Finance</a></li>
<li><a href="/government/history">History</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> <a href="/briefing-room">Briefing Room</a></div>
<main><ul><li><a href="/government/202405/t20240528_1.html">Cabinet meets</a></li></ul>
</main></body></html>"""


def test_subsections_of_a_list_in_the_menu():
    found = {lk.url.removeprefix("https://www.x.gov"): lk
             for lk in classify_links(SUBSECTIONS_PAGE, "https://www.x.gov/briefing-room")}
    assert found["/briefing-room"].kind == "list"  # a breadcrumb step
    # one folder below it, and below those in turn: subsections of the list
    for path in ("/briefing-room/presidential-actions", "/briefing-room/legislation"):
        assert found[path].kind == "list", path
        assert "subsection of the list" in found[path].why
    # (proclamations name a list of their own too)
    assert found["/briefing-room/presidential-actions/proclamations"].kind == "list"
    # one article below a top section, dated by month, makes no list of it (nor of what is
    # below it: a portal's static page on the article template is dated so)
    assert found["/government"].kind == "other"
    assert found["/government/cabinet"].kind == "other"
    assert found["/government/cabinet/minister-of-finance"].kind == "other"
    assert found["/government/history"].kind == "other"


def test_a_teaser_in_a_menu_is_named_by_its_heading_not_its_description():
    page = """<html><body><div class="menu flyout"><div class="menu-box">
    <a href="/DE/Presse/Jahresberichte/jahresberichte_node.html" title="Jahresberichte">
    <img src="a.jpg" alt=""><h5>Jahresberichte</h5><p>Hier finden Sie aufbereitete
    Arbeitsergebnisse der Behörde aus den vergangenen Jahren.</p></a>
    <a href="/DE/Service/Rechner/rechner_node.html"><h5>Online-Rechner und Apps</h5>
    <p>Mit den Apps Zoll und Reise sowie Zoll aktuell haben Sie alles dabei, was Sie
    unterwegs brauchen.</p></a>
    <a href="/share" title="Check out the most popular infographics and videos">Share-Worthy</a>
    <a href="/DE/Der-Zoll/der-zoll_node.html">Der Zoll</a><a href="/DE/Fachthemen/a.html">A</a>
    <a href="/DE/Fachthemen/b.html">B</a><a href="/DE/Fachthemen/c.html">C</a>
    </div></div></body></html>"""
    found = kinds(page, "https://www.x.de")
    assert found["/DE/Presse/Jahresberichte/jahresberichte_node.html"] == "list"
    # a list word in the description names nothing; nor does a title beside a short text
    assert found["/DE/Service/Rechner/rechner_node.html"] == "other"
    assert found["/share"] == "other"


def test_an_address_whose_short_name_names_a_list():
    page = """<html><body><footer><ul>
    <li><a href="/government/speeches/prime-minister-speeches/">Prime Minister</a></li>
    <li><a href="/presse/pressemitteilungen_node.html">Presse</a></li>
    <li><a href="/email-updates">Email</a></li>
    <li><a href="/government/prime-minister/">Prime Minister</a></li></ul></footer>
    <main><ul><li><a href="/news/minister-announces-new-press-releases">Minister</a></li>
    </ul></main></body></html>"""
    found = kinds(page, "https://www.x.gov")
    assert found["/government/speeches/prime-minister-speeches/"] == "list"
    assert found["/presse/pressemitteilungen_node.html"] == "list"
    # subscribing by email; an office; a long slug is an article's title, not a list's name
    assert found["/email-updates"] == "other"
    assert found["/government/prime-minister/"] == "other"
    assert found["/news/minister-announces-new-press-releases"] != "list"


def test_topic_folders_are_hubs_unless_a_headline_says_article():
    page = """<html><body><nav class="menu"><ul>
    <li><a href="/en/topic/politics/peace-security">Peace &amp; Security</a></li>
    <li><a href="/politik/politikthemen/justiz-2/">Justiz</a></li>
    <li><a href="/en/region/africa">Africa</a></li>
    <li><a href="/themen/brexit.html">Brexit</a></li></ul></nav>
    <main><ul>
    <li><a href="/en/topic/politics/no-need-to-panic">No need to panic: why the coalition
    talks will take until spring</a></li>
    <li><a href="/en/topic/politics/what-the-bundestag-reads">What Germany is reading this
    summer, from crime novels to poetry</a></li>
    <li><a href="/en/topic/politics/how-coalitions-form">How Germany holidays: the lakes, the
    coast and the mountains in numbers</a></li>
    <li><a href="/en/topic/politics/pleasant-bosses">Pleasant bosses make a company
    attractive to young engineers, a survey says</a></li>
    <li><a href="/en/region/asia">Asia</a></li></ul></main></body></html>"""
    found = kinds(page, "https://www.x.de")
    assert found["/en/topic/politics/peace-security"] == "list"
    assert found["/politik/politikthemen/justiz-2/"] == "list"
    assert found["/en/region/africa"] == "list"
    assert found["/en/region/asia"] == "list"
    # a topic's articles share the folder: their headlines say what they are
    assert found["/en/topic/politics/no-need-to-panic"] == "article"
    assert found["/en/topic/politics/pleasant-bosses"] == "article"
    # an editorial page under /themen/ with a file name is as often static as a hub
    assert found["/themen/brexit.html"] == "other"


def test_service_guides_and_footer_services_are_not_articles():
    page = """<html><body><div class="navbar"><ul>
    <li><a href="/pages/ItemDetail.html?docId=1113421">
    商业银行对外从事股权投资审批事项服务指南</a></li>
    <li><a href="/pages/ItemDetail.html?docId=1113422">
    关于进一步加强金融消费者权益保护工作的通知</a></li>
    <li><a href="/a/b.html">A</a></li><li><a href="/a/c.html">B</a></li>
    <li><a href="/a/d.html">C</a></li><li><a href="/a/e.html">D</a></li></ul></div>
    <div class="footer"><a href="/home/2014-02/18/content_5046260.htm">中国政府网微博、微信</a>
    <a href="/zwyw/tzgg/202111/t20211110_1938393.html">关于防范仿冒网站风险的提示</a></div>
    </body></html>"""
    found = kinds(page, "https://www.x.gov.cn")
    # a guide however long its title; a notice 关于... stays an article
    assert found["/pages/ItemDetail.html?docId=1113421"] == "other"
    assert found["/pages/ItemDetail.html?docId=1113422"] == "article"
    # the footer's link to the site's social accounts, on an article address
    assert found["/home/2014-02/18/content_5046260.htm"] == "other"
    assert found["/zwyw/tzgg/202111/t20211110_1938393.html"] == "article"


def test_a_bare_more_link_is_judged_by_the_teaser_it_ends():
    page = """<html><body><main><ul class="boxes">
    <li class="box"><img src="a.jpg"><p>Stellenangebote der Stadt
    <a href="/stellen">mehr...</a></p></li>
    <li class="box"><img src="b.jpg"><p>Musikschule <a href="/musikschule">mehr...</a></p></li>
    <li class="box"><p>Pressemitteilungen <a href="/presse/">mehr...</a></p></li></ul>
    <div class="column"><div class="tit"><span>通知公告</span><a href="/tzgg/">更多</a></div>
    <div class="tit"><span>［<a href="/gzdt/">更多</a>］</span></div>
    <ul><li><a href="/zwyw/1.html">一</a></li><li><a href="/zwyw/2.html">二</a></li></ul>
    <a href="/zwyw/">更多</a></div></main></body></html>"""
    found = kinds(page, "https://www.x.de")
    # the 'more' of one teaser about a service leads to that service
    assert found["/stellen"] == "other"
    assert found["/musikschule"] == "other"
    # the 'more' of a teaser naming a list, of a box title, of a box of items: lists
    for path in ("/presse/", "/tzgg/", "/gzdt/", "/zwyw/"):
        assert found[path] == "list", path


@pytest.mark.parametrize(("path", "home"), [
    ("/en/", True), ("/pt-br", True), ("/zh-hans", True), ("/de.html", True), ("/cn/", True),
    ("/espanol", True), ("/vp", False), ("/qt/", False), ("/en/news/", False),
    # (behind Joomla's front controller)
    ("/index.php/en/", True), ("/index.php/en/news", False)])
def test_an_edition_home_is_named_by_a_language_code(path, home):
    assert is_home_page("https://www.x.gov" + path) is home


def test_wordpress_menu_entries_say_what_they_link():
    page = """<html><body><nav class="navbar"><ul class="mega-menu">
    <li class="mega-menu-item mega-menu-item-type-taxonomy mega-menu-item-object-category">
    <a href="/innovations/">Innovations</a></li>
    <li class="menu-item menu-item-type-taxonomy menu-item-object-speech_type">
    <a href="/speech_type/budget-debates/">Budget Debates</a></li>
    <li class="menu-item menu-item-type-post_type menu-item-object-post">
    <a href="/2609-2/">Award winners</a></li>
    <li class="menu-item menu-item-type-post_type menu-item-object-page">
    <a href="/about-the-office/">About the Office</a></li>
    <li class="menu-item"><a href="/a/">A</a></li><li class="menu-item"><a href="/b/">B</a></li>
    <li class="menu-item"><a href="/c/">C</a></li></ul></nav></body></html>"""
    found = kinds(page, "https://www.x.gov")
    assert found["/innovations/"] == "list"  # a category archive
    assert found["/speech_type/budget-debates/"] == "list"  # a custom taxonomy's archive
    assert found["/2609-2/"] == "article"  # a post
    assert found["/about-the-office/"] == "other"  # a page says nothing


PORTAL_CLASSES_PAGE = """<html><body>
<div class="menu"><ul>
<li><a href="/zjlj/">走进澜江</a></li><li><a href="/zjlj/lsyg/">历史沿革</a></li>
<li><a href="/zwgk/jgsz/">机构设置</a></li><li><a href="/hdjl.htm">互动交流</a></li>
<li><a href="/xwdt/mtjj.htm">媒体聚焦</a></li><li><a href="/ztzl/2024/xczx/">乡村振兴</a></li>
<li><a href="/about-this-site">About this site</a></li>
<li><a href="/media-requests/">Submit a media request</a></li>
<li><a href="/en/news/web-feeds/safety.html">News feeds (RSS)</a></li>
<li><a href="/DE/Ministerium/Geschichte/geschichte-artikel.html">Geschichte</a></li>
<li><a href="/search/news-and-communications">News and communications</a></li>
</ul></div>
<div class="content"><ul>
<li><a href="/en/news/2024/05/government-invests-in-new-search-and-rescue-station.html">
Government invests in new search and rescue station</a></li>
<li><a href="/argomenti/ambiente">Ambiente</a></li>
<li><a href="/galeria/">Galeria zdjęć</a></li>
<li><a href="/boletim-municipal">Edições anteriores</a></li>
<li><a href="/nieuws?p=3">volgende</a></li>
</ul></div></body></html>"""


def test_portal_pages_sections_archives_and_static_pages():
    found = kinds(PORTAL_CLASSES_PAGE, "https://www.x.gov")
    # a Chinese portal's "get to know the city" and its static parts, a site's about page,
    # an action's form, a feed, a Government Site Builder content page
    assert {p for p, k in found.items() if k == "other"} == {
        "/zjlj/", "/zjlj/lsyg/", "/zwgk/jgsz/", "/about-this-site", "/media-requests/",
        "/en/news/web-feeds/safety.html", "/DE/Ministerium/Geschichte/geschichte-artikel.html"}
    # a column page named by its initials, a year's topic, a finder of one kind of document,
    # topic hubs, a gallery, earlier issues, a pager word in Dutch
    assert {p for p, k in found.items() if k == "list"} == {
        "/hdjl.htm", "/xwdt/mtjj.htm", "/ztzl/2024/xczx/", "/search/news-and-communications",
        "/argomenti/ambiente", "/galeria/", "/boletim-municipal",
        "/nieuws?p=3"}
    # "search" inside an article's slug is no search form
    assert found["/en/news/2024/05/government-invests-in-new-search-and-rescue-station.html"] == (
        "article")


JOBS_AND_STATIC_PAGE = """<html><body><div class="content"><ul>
<li><a href="/en/tender/supply-of-solar-street-lights-for-panchayats">Tender: Supply and
installation of solar street lights for panchayats</a> <span>12.05.2025</span></li>
<li><a href="/en/recruitment/walk-in-interview-for-staff-nurses">Walk-in interview for staff
nurses at district hospitals</a> <span>10.05.2025</span></li>
<li><a href="/DE/Service/Ausschreibungen/ausschreibungen.html">Ausschreibungen</a></li>
<li><a href="/jg/lsyg/202001/t20200110_312345.html">历史沿革</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/bgxz/">表格下载</a></li>
<li><a href="/xwzx/202405/t20240528_1.html">市场监管局推出个体工商户“智能秒批”服务</a></li>
<li><a href="/en/news/2025/05/council-approves-budget.html">Council approves the 2025 budget
for roads and schools</a> <span>09.05.2025</span></li>
</ul></div></body></html>"""


def test_job_and_tender_notices_static_names_and_services_are_not_articles():
    found = kinds(JOBS_AND_STATIC_PAGE, "https://www.x.gov")
    # one job or tender notice under its folder; a static page a CMS serves from its dated
    # template, by a short name; a service's column, a forms' download
    for path in ("/en/tender/supply-of-solar-street-lights-for-panchayats",
                 "/en/recruitment/walk-in-interview-for-staff-nurses",
                 "/jg/lsyg/202001/t20200110_312345.html", "/bsfw/", "/bgxz/"):
        assert found[path] == "other", path
    # the folder's own page is its list; a headline ending in a service's word is news
    assert found["/DE/Service/Ausschreibungen/ausschreibungen.html"] == "list"
    assert found["/xwzx/202405/t20240528_1.html"] == "article"
    assert found["/en/news/2025/05/council-approves-budget.html"] == "article"


MIXED_PORTALS_PAGE = """<html><body><div class="menu"><ul>
<li><a href="/jgsz/ldxx/">领导信息</a></li><li><a href="/jgsz/zsdw/">直属单位</a></li>
<li><a href="/app/">下载APP</a></li><li><a href="/ztzl/2025qglh/">学习贯彻全国两会精神</a></li>
<li><a href="/ar/MediaCenter/Speeches/Pages/default.aspx">كلمات وتصريحات</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=1283:journee&amp;catid=9">
Journée nationale de l'hygiène 2024 : le ministère mobilise les communes</a></li>
</ul></div></body></html>"""

JAPANESE_MENU_PAGE = """<html><body><div class="menu"><ul>
<li><a href="/bunya/kurashi/">くらし・手続き</a></li><li><a href="/bunya/kurashi/zei/">税金</a></li>
<li><a href="/bunya/kosodate/">子育て・教育</a></li><li><a href="/bunya/bosai/">防災・安全</a></li>
<li><a href="/bunya/shisei/kohoshi/">広報誌バックナンバー</a></li>
</ul></div></body></html>"""


def test_static_names_hubs_and_a_japanese_sites_topic_folders():
    found = kinds(MIXED_PORTALS_PAGE, "https://www.x.gov")
    assert found["/jgsz/ldxx/"] == found["/jgsz/zsdw/"] == found["/app/"] == "other"
    assert found["/ztzl/2025qglh/"] == "list"
    assert found["/ar/MediaCenter/Speeches/Pages/default.aspx"] == "list"
    # Joomla routes an item by view=article: no display switch
    joomla = next(u for u in found if "com_content" in u)
    assert "widget" not in next(lk.why for lk in classify_links(MIXED_PORTALS_PAGE,
                                                                "https://www.x.gov/")
                                if lk.url.endswith(joomla))
    # a Japanese page's romaji folders are topics, not pinyin columns; its back numbers a list
    found = kinds(JAPANESE_MENU_PAGE, "https://www.city.x.lg.jp")
    assert {p for p, k in found.items() if k == "list"} == {"/bunya/shisei/kohoshi/"}


SERVICES_AND_DOCUMENT_LISTS_PAGE = """<html><body><div class="menu"><ul>
<li><a href="/hdjl/cjwt/">常见问题</a></li><li><a href="/hdjl/wsdc/">网上调查</a></li>
<li><a href="/hdjl/zjdc/">征集调查</a></li><li><a href="/zjxx/lswh/">历史文化</a></li>
<li><a href="/zjxx/jgxx/">机构信息</a></li>
<li><a href="/art/2022/4/11/art_1229490_51234008.html">投诉举报</a></li>
<li><a href="/de/regierungsrat/regierungsratsbeschluesse.html">Regierungsratsbeschlüsse</a></li>
<li><a href="/cds/risoluzioni/">Risoluzioni governative</a></li>
<li><a href="/es/avisos">Avisos y bandos</a></li><li><a href="/galerie-foto/">Galerie foto</a></li>
<li><a href="/government/white-papers/">White Papers</a></li>
<li><a href="/ministere/anciens-ministres">Galerie des anciens ministres</a></li>
</ul></div><div class="content"><ul>
<li><a href="/video/video-dan-pomorstva-2024/28729">Video: obilježavanje Dana pomorstva u
luci Split</a></li>
<li><a href="/natjecaji-i-javni-pozivi/javni-poziv-za-razvoj-otoka-2024/28650">Javni poziv za
dodjelu potpora za razvoj otoka u 2024.</a></li>
</ul><a href="/vijesti/8">Sve vijesti</a>
<a href="/fr/actualites/thematique/mobilite">Mobilité</a></div></body></html>"""


def test_surveys_and_faqs_are_services_document_lists_in_more_languages():
    found = kinds(SERVICES_AND_DOCUMENT_LISTS_PAGE, "https://www.x.gov")
    # a FAQ, a survey, the place's history and an organisation's page are static or a
    # service, also on a dated template; a column joining consultations and surveys a list
    for path in ("/hdjl/cjwt/", "/hdjl/wsdc/", "/zjxx/lswh/", "/zjxx/jgxx/",
                 "/art/2022/4/11/art_1229490_51234008.html", "/ministere/anciens-ministres"):
        assert found[path] == "other", path
    # lists of decisions, resolutions, notices, photos and white papers; "all news"; a
    # French theme's page
    for path in ("/hdjl/zjdc/", "/de/regierungsrat/regierungsratsbeschluesse.html",
                 "/cds/risoluzioni/", "/es/avisos", "/galerie-foto/", "/government/white-papers/",
                 "/vijesti/8", "/fr/actualites/thematique/mobilite"):
        assert found[path] == "list", path
    # an item by its slug and id; a public call under its folder is a tender
    assert found["/video/video-dan-pomorstva-2024/28729"] == "article"
    assert found["/natjecaji-i-javni-pozivi/javni-poziv-za-razvoj-otoka-2024/28650"] == "other"


CRUMBS_PAGE = """<html><body><div class="breadcrumb"><a href="/">Home</a>
<a href="/Council/">Your Council</a> <a href="/briefing-room/">Briefing Room</a></div>
<div class="menu"><ul><li><a href="/Council/Careers/">Careers</a></li>
<li><a href="/Council/Elected-Members/">Elected Members</a></li>
<li><a href="/Council/Customer-Services/">Customer Services</a></li>
<li><a href="/briefing-room/legislation">Legislation</a></li>
<li><a href="/briefing-room/disclosures">Disclosures</a></li>
<li><a href="/services/">Services</a></li>
<li><a href="/services/roads-and-parking/road-works-schedule-for-the-summer">Road works
schedule for the summer months</a></li></ul></div></body></html>"""


def test_a_breadcrumb_step_makes_subsections_only_when_it_names_a_list():
    found = kinds(CRUMBS_PAGE, "https://www.x.gov")
    for path in ("/Council/Careers/", "/Council/Elected-Members/", "/Council/Customer-Services/"):
        assert found[path] == "other", path
    assert found["/briefing-room/legislation"] == found["/briefing-room/disclosures"] == "list"
    # one article below a top section does not make that section a list
    assert found["/services/"] == "other"


BOTTOM_BOXES_PAGE = """<html><body><div class="content"><ul>
<li><span>2025-05-06</span><a href="/ldhd/45701.jhtml">区长调研教育“双减”落实和校园安全工作</a></li>
</ul></div><div class="bottom_box">
<div class="hot"><div class="b_title">热点关注
<a href="/qlyw/index.jhtml" class="more">更多</a></div>
<ul><li><a href="/qlyw/45880.jhtml">青岚区2025年十件民生实事进展顺利</a></li>
<li><a href="/qlyw/45512.jhtml">全区一季度经济运行“开门稳”</a></li></ul></div>
<a href="/qlyw/45001.jhtml"><img src="/zt_rdhy.jpg" alt=""></a></div></body></html>"""


def test_headlines_in_the_folder_of_a_listed_column_are_its_items():
    found = kinds(BOTTOM_BOXES_PAGE, "https://www.x.gov.cn")
    # a box at the bottom of the page is no footer: its headlines, named by an id in the
    # folder of the box's "more" link (a JEECMS .jhtml index), are that column's items
    assert found["/qlyw/index.jhtml"] == "list"
    assert found["/qlyw/45880.jhtml"] == found["/qlyw/45512.jhtml"] == "article"
    # an image link named by a number is no subsection of the column
    assert found["/qlyw/45001.jhtml"] != "list"


def test_a_column_folder_four_levels_deep():
    page = """<html><body><div class="content"><ul>
<li><a href="/html/zwdt/xzdt/cgz/">城关镇</a></li><li><a href="/html/zwdt/xzdt/sqz/">石桥镇</a></li>
</ul></div></body></html>"""
    found = kinds(page, "http://www.x.gov.cn")
    assert found["/html/zwdt/xzdt/cgz/"] == found["/html/zwdt/xzdt/sqz/"] == "list"


NAVIGATION_SHAPES_PAGE = """<html><body>
<nav class="sort-pages modify-pages" role="navigation"><ul role="menubar">
<li><a href="/inicio">Inicio</a></li><li><a href="/ministerio">Ministerio</a><ul>
<li><a href="/ministerio/historia">Historia</a></li>
<li><a href="/ministerio/organigrama">Organigrama</a></li></ul></li>
<li><a href="/participa">Participa</a></li><li><a href="/af/Pages/default.aspx">Afrikaans</a></li>
<li><a href="/zu/Pages/default.aspx">isiZulu</a></li></ul></nav>
<div class="art-prev art-prev--near-menu"><ul>
<li><a href="/web/unit/zakonczyl-sie-remont-sluzy-w-brzegu-dolnym"><span class="date">28.05.2024
</span><div class="title">Zakończył się remont śluzy w Brzegu Dolnym</div></a></li></ul></div>
<div class="pagination"><a href="/sala-de-prensa?p=2">2</a></div></body></html>"""


def test_navigation_shapes_bem_modifiers_and_sharepoint_editions():
    found = kinds(NAVIGATION_SHAPES_PAGE, "https://www.x.gov")
    # a navigation element named "pages" is the site's page tree, not a pager
    for path in ("/ministerio", "/ministerio/historia", "/ministerio/organigrama", "/participa"):
        assert found[path] == "other", path
    assert found["/sala-de-prensa?p=2"] == "list"
    # a block whose BEM modifier mentions the menu is still the content: dated headlines
    assert found["/web/unit/zakonczyl-sie-remont-sluzy-w-brzegu-dolnym"] == "article"
    # SharePoint's language editions: /af/Pages/default.aspx is a home page
    assert found["/af/Pages/default.aspx"] == found["/zu/Pages/default.aspx"] == "list"


ITEMS_GUIDES_AND_SERVICES_PAGE = """<html><body><div class="menu"><ul>
<li><a href="/zwfw/jszg/">教师资格认定</a></li><li><a href="/zwfw/xszz/">学生资助</a></li>
<li><a href="/media-centre/accreditation/">Media Accreditation</a></li></ul></div>
<div class="list"><ul>
<li><a href="/info/1044/23511.htm">关于印发进一步优化营商环境若干措施的通知</a></li>
<li><a href="/info/1044/23490.htm">关于做好2024年度重点项目申报工作的通知</a></li>
<li><a href="/info/1044/23466.htm">关于开展民营经济发展环境评估工作的通知</a></li>
<li><a href="/info/1044/23447.htm">原文</a></li>
<li><a href="/art/2021/3/12/art_1229475_41234567.html">户籍业务办理指南</a></li>
<li><a href="/art/2022/7/1/art_1229475_48976512.html">身份证办理须知</a></li>
</ul>
<a href="/photos/independence-day-parade-preparations/">Independence Day parade rehearsals</a>
<a href="/prensa/galeria-de-fotos">Galería de fotos</a>
<a href="/et/galerii.php?album=215">Avatud uste päev 2024</a>
<a href="/et/galerii.php">Kõik galeriid</a>
<a href="/news/press-releases/detail/lease-buyback-scheme-enhancements">Lease Buyback Scheme
enhancements</a>
<a href="/attachment/7c2e4b90-3a1d-4f6e-b8c2-91d0e5a7f3c4">Mapa ograniczeń żeglugowych na
rzekach i kanałach (PDF)</a>
</div></body></html>"""


def test_items_by_full_text_words_guides_services_and_album_pages():
    found = kinds(ITEMS_GUIDES_AND_SERVICES_PAGE, "http://www.x.gov.cn")
    # "原文" links one item of a template of headlines
    assert found["/info/1044/23447.htm"] == "article"
    # guides and notices of requirements on a dated template, the services' columns, an
    # accreditation form are no news
    for path in ("/art/2021/3/12/art_1229475_41234567.html",
                 "/art/2022/7/1/art_1229475_48976512.html", "/zwfw/jszg/", "/zwfw/xszz/",
                 "/media-centre/accreditation/"):
        assert found[path] == "other", path
    # a slug in a list's folder is an item, a sub-list there is not
    assert found["/photos/independence-day-parade-preparations/"] == "article"
    assert found["/prensa/galeria-de-fotos"] != "article"
    # one album by its id is no list, beside the list of albums ("all galleries", Estonian)
    assert found["/et/galerii.php?album=215"] != "list"
    assert found["/et/galerii.php"] == "list"
    assert found["/news/press-releases/detail/lease-buyback-scheme-enhancements"] == "article"
    # a UUID is no slug of words
    assert found["/attachment/7c2e4b90-3a1d-4f6e-b8c2-91d0e5a7f3c4"] != "article"


SERVICES_AND_FORMS_PAGE = """<html><body><div class="content">
<a href="/ministere">Voir toute la rubrique</a>
<ul><li><a href="/ministere/organigramme">Organigramme</a></li>
<li><a href="/ministere/cabinet">Le cabinet</a></li></ul>
<ul><li><a href="/servizi/categoria/anagrafe-e-stato-civile">Anagrafe e stato civile</a></li>
<li><a href="/servizi/pagare-la-tari">Pagare la TARI</a></li>
<li><a href="/pt-br/servicos/saude">Saúde</a></li>
<li><a href="/Services/Roads/Road-Closures/RoadClosureItem.aspx?ItemID=889">L-4021 Ballyduff
Road closed for resurfacing, 4-7 June</a> <span>03/06/2024</span></li>
<li><a href="/survey/vote.jsp?id=27">2024年全省人社公共服务满意度问卷调查</a></li>
<li><a href="/no/aktuelt/statsministerens-tale-ved-nasjonaldagen-i-brussel/id3041301/">
Statsministerens tale ved nasjonaldagen i Brussel</a></li>
</ul></div></body></html>"""


def test_services_forms_and_the_subsections_of_a_bare_more_link():
    found = kinds(SERVICES_AND_FORMS_PAGE, "https://www.x.gov")
    # a "more" link names no list: what is below it is no subsection of a list
    assert found["/ministere/organigramme"] == found["/ministere/cabinet"] == "other"
    # the services' part of a site, a survey's form
    for path in ("/servizi/categoria/anagrafe-e-stato-civile", "/servizi/pagare-la-tari",
                 "/pt-br/servicos/saude", "/survey/vote.jsp?id=27"):
        assert found[path] == "other", path
    # ... but a dated notice by its id there is news; a slug and an /id<number>/ an item
    assert found["/Services/Roads/Road-Closures/RoadClosureItem.aspx?ItemID=889"] == "article"
    assert found["/no/aktuelt/statsministerens-tale-ved-nasjonaldagen-i-brussel/id3041301/"] == (
        "article")


def test_all_of_a_list_in_several_languages():
    page = """<html><body><div class="content">
<a href="/presse/communiques">Tous les communiqués de presse</a>
<a href="/no/aktuelt/nyheter/id2006120/">Alle nyheter fra regjeringen</a>
<a href="/de/themen.html">Alle Themen</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    assert found["/presse/communiques"] == found["/no/aktuelt/nyheter/id2006120/"] == "list"
    assert found["/de/themen.html"] != "list"  # ("all topics": no list of items)


def test_what_wraps_main_is_layout_and_a_board_items_list_page_number():
    page = """<html><body><div class="body" id="top"><div class="container"><main id="content">
<div class="blog"><h2><a href="/press/4527-ypografi-programmatikis-symvasis-gia-to-fragma">
Υπογραφή Προγραμματικής Σύμβασης για το φράγμα</a></h2></div>
<a href="/www/selectBbsNttView.do?bbsNo=97&amp;key=1432&amp;nttNo=284533&amp;pageIndex=1">
한빛시, 여름철 폭염 대비 종합대책 추진</a></main></div></div>
<div class="menu"><a href="/soshiki/kikaku/seisaku/">政策企画課</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    # a wrapper named "top" around <main> is no page header: its items are content
    assert found["/press/4527-ypografi-programmatikis-symvasis-gia-to-fragma"] == "article"
    # a board item with the page number of the list it was opened from (nttNo)
    assert found["/www/selectBbsNttView.do?bbsNo=97&key=1432&nttNo=284533&pageIndex=1"] == (
        "article")
    # a Japanese section's page (…課) is the organisation's, no list
    assert found["/soshiki/kikaku/seisaku/"] == "other"


MORE_WORLD_PAGE = """<html><body><div class="content">
<a href="/grafeio-typou/deltia-typou?format=feed&amp;type=atom">Atom</a>
<a href="/wap/">手机版</a> <a href="/col/col1229305/index.html">内设科室</a>
<a href="/haberler">Tüm Haberler (2.184)</a> <a href="/foto-galeri">Foto Galeri</a>
<a href="/Ministerium/Ministergalerie/ministergalerie.html">Ministergalerie</a>
<a href="/grafeio-typou/anakoinoseis/4524-prosorini-diakopi-leitoyrgias-tis-platformas">
Προσωρινή διακοπή λειτουργίας της πλατφόρμας αλιευτικών αδειών</a>
<a href="/news/article/8812/local_election_results_2024">Local election results 2024 for
every ward of the city</a>
<a href="/article/1050/Media-enquiries">contact the communications team</a>
<a href="/index.php/downloads/category/3-policies">Policies</a>
<a href="/topics/2024-yunze-international-expo">2024 Yunze International Expo: all the
coverage</a></div></body></html>"""


def test_feeds_mobile_editions_list_names_and_ids_before_slugs():
    found = kinds(MORE_WORLD_PAGE, "https://www.x.gov")
    # a feed by its query; a Chinese portal's mobile edition is that edition's home
    assert found["/grafeio-typou/deltia-typou?format=feed&type=atom"] == "other"
    assert found["/wap/"] == "list"
    # an internal sections' page is the organisation's; downloads are files
    assert found["/col/col1229305/index.html"] == "other"
    assert found["/index.php/downloads/category/3-policies"] == "other"
    # Turkish "all news" and gallery; a minister's gallery (portraits) is no list
    assert found["/haberler"] == found["/foto-galeri"] == "list"
    assert found["/Ministerium/Ministergalerie/ministergalerie.html"] != "list"
    # an id before the slug (Joomla), an id after the kind (Jadu's news); not a year, not
    # Jadu's static /article/<id>/
    assert found["/grafeio-typou/anakoinoseis/4524-prosorini-diakopi-leitoyrgias-tis-platformas"] \
        == "article"
    assert found["/news/article/8812/local_election_results_2024"] == "article"
    assert found["/article/1050/Media-enquiries"] != "article"
    assert found["/topics/2024-yunze-international-expo"] != "article"


def test_a_slug_and_its_id_albums_and_files_named_by_their_text():
    page = """<html><body><div class="content"><ul>
<li><a href="/verejna-vyhlaska-oznameni-o-zahajeni-rizeni/d-48207/p1=1840">Veřejná vyhláška –
oznámení o zahájení řízení o změně územního plánu</a></li>
<li><a href="/ar/PhotoGallery/Pages/Album.aspx?AlbumID=146">افتتاح سوق المزارعين الموسمي في
المنطقة الشمالية</a></li>
<li><a href="/assets/File.ashx?id_dokumenty=48151&amp;id_org=81234">Lipovohorské listy 6/2024
(pdf, 8.4 MB)</a></li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.cz")
    assert found["/verejna-vyhlaska-oznameni-o-zahajeni-rizeni/d-48207/p1=1840"] == "article"
    assert found["/ar/PhotoGallery/Pages/Album.aspx?AlbumID=146"] == "article"
    assert found["/assets/File.ashx?id_dokumenty=48151&id_org=81234"] == "other"


MORE_WORDS_AND_MENU_ITEMS_PAGE = """<html><body><div class="menu"><ul>
<li><a href="/news/latest-news/427-minister-inaugurates-kebithigollewa-bridge">Minister
inaugurates Kebithigollewa bridge</a></li>
<li><a href="/news/latest-news/426-gami-maga-phase-iii-launched-in-kurunegala">Gami Maga
phase III launched in Kurunegala</a></li>
<li><a href="/news/latest-news/425-ministry-receives-award-for-annual-report">Ministry receives
award for its annual report</a></li>
<li><a href="/news/latest-news/424-secretary-meets-world-bank-mission">Secretary meets the
World Bank mission</a></li></ul></div><div class="content">
<a href="/chinh-tri">Xem thêm »</a> <a href="/eventi">Calendario completo</a>
<a href="/speciali">Tutti gli speciali</a> <a href="/evenementen">Alle evenementen</a>
<a href="/comunicacao/intervencoes">Mais intervenções</a>
<a href="/pers/inschrijven">Inschrijven voor persberichten</a>
<a href="/press-release/2024/ag-testifies-before-senate-committee-on-data-privacy-bill">AG
testifies before the Senate committee on the data privacy bill</a></div></body></html>"""


def test_more_words_in_more_languages_and_id_slugs_in_a_menu():
    found = kinds(MORE_WORDS_AND_MENU_ITEMS_PAGE, "https://www.x.gov")
    for path in ("/chinh-tri", "/eventi", "/speciali", "/evenementen", "/comunicacao/intervencoes"):
        assert found[path] == "list", path
    assert found["/pers/inschrijven"] == "other"
    # a site page's word inside a headline's slug is the headline's
    assert found["/press-release/2024/ag-testifies-before-senate-committee-on-data-privacy-bill"] \
        == "article"
    # a menu's box of the latest items, each an id and a slug with a headline
    assert found["/news/latest-news/427-minister-inaugurates-kebithigollewa-bridge"] == "article"


def test_an_id_folder_and_a_slug_file_in_a_box_without_dates_is_an_article():
    # a broadcaster's "most read" box: each story an id's folder and its slug as the file; a
    # UUID as the file is no slug
    page = """<html><body><div class="most-read"><h3>Najčitanije</h3><ul>
<li><a href="/vijesti/ekonomija/571777/cijene-goriva-od-ponedjeljka.html">Cijene goriva
od ponedjeljka</a></li>
<li><a href="/sport/fudbal/571770/buducnost-slavila-u-derbiju.html">Budućnost slavila
u derbiju protiv Sutjeske</a></li>
<li><a href="/xwzx/003002/1846219/01846e4c-19dc-4486-9310-2de5d2ae1.html">Note</a></li>
</ul></div></body></html>"""
    found = kinds(page, "https://www.x.me")
    assert found["/vijesti/ekonomija/571777/cijene-goriva-od-ponedjeljka.html"] == "article"
    assert found["/sport/fudbal/571770/buducnost-slavila-u-derbiju.html"] == "article"
    assert found["/xwzx/003002/1846219/01846e4c-19dc-4486-9310-2de5d2ae1.html"] != "article"


def test_directories_subscriptions_calculators_and_service_points_are_services():
    page = """<html><body><div class="menu"><ul><li><a href="/ywdy/">邮箱订阅</a></li>
<li><a href="/ggfw/jpjg.htm">驾培机构名录</a></li><li><a href="/ggfw/lkxx.htm">实时路况</a></li>
<li><a href="/module/jslib/yljsq/index.html">养老金测算</a></li>
<li><a href="/col/col1229512/index.html">社保经办网点</a></li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.gov.cn")
    assert set(found.values()) == {"other"}, found


LINKS09_CLASSES_PAGE = """<html><body><div class="content">
<a href="/ro/advanced-page-type/noutati">Toate noutățile</a>
<a href="/publications?organisation=rural-affairs">See all publications from this group</a>
<a href="/info/20001/bins_and_recycling">View all bins and recycling</a>
<a href="/zwgk/jgzn/jgzz/content/post_2016753.html">云江省卫生健康委员会主要职责</a>
<a href="/index.php?a=login&amp;c=index&amp;m=member">会员登录</a>
<a href="/kjfw/xzzx/">下载中心</a> <a href="/faq/">Newsroom FAQ</a>
<ul><li><a href="/a,48050,zawiadomienie-o-wszczeciu-postepowania-administracyjnego.html">
Zawiadomienie o wszczęciu postępowania administracyjnego w sprawie drogi</a></li>
<li><a href="/public/list/data/detail/id/58231/menu/1145/page/1">ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจเยี่ยม
ผู้ประสบภัยน้ำท่วม</a></li></ul></div></body></html>"""


def test_all_and_see_all_guides_logins_and_ids_in_the_path():
    found = kinds(LINKS09_CLASSES_PAGE, "https://www.x.gov")
    assert found["/ro/advanced-page-type/noutati"] == "list"
    assert found["/publications?organisation=rural-affairs"] == "list"
    assert found["/info/20001/bins_and_recycling"] != "list"
    for path in ("/zwgk/jgzn/jgzz/content/post_2016753.html",
                 "/index.php?a=login&c=index&m=member", "/kjfw/xzzx/", "/faq/"):
        assert found[path] == "other", path
    # the Polish BIP's article; an id as a key and value in the path, with its page number
    assert found["/a,48050,zawiadomienie-o-wszczeciu-postepowania-administracyjnego.html"] == (
        "article")
    assert found["/public/list/data/detail/id/58231/menu/1145/page/1"] == "article"


def test_a_newsrooms_own_site_menu_names_its_lists():
    page = """<html><body><nav class="menu"><ul>
<li><a href="/ministries/health/">Health</a></li><li><a href="/ministries/finance/">Finance</a></li>
<li><a href="/sectors/economy/">Economy</a></li><li><a href="/sectors/education/">Education</a></li>
<li><a href="/ministries/housing/">Housing</a></li><li><a href="/sectors/">Sectors</a></li>
<li><a href="/sectors/communities/">Communities</a></li></ul></nav></body></html>"""
    assert set(kinds(page, "https://news.gov.x.ca").values()) == {"list"}
    # the same menu on a portal's own site names static topics
    assert "list" not in set(kinds(page, "https://www.gov.x.ca").values())


EVENTS_AND_CALENDARS_PAGE = """<html><body><div class="content"><ul class="events">
<li><a href="/events/event/2315/kilbrae_gala_day_2025">Kilbrae Gala Day</a> 14 June</li>
<li><a href="/Calendar.aspx?EID=2231">Citizen's Academy Information Night</a></li>
<li><a href="/agenda/evenement/raadsvergadering-20-juni">Raadsvergadering</a></li>
<li><a href="/event/docs/2024060100010/">かわなみ朝市 6月</a></li>
<li><a href="/kultur/veranstaltungen/detail.html?eventId=20417">Stadtlauf 2024</a></li>
<li><a href="/events/submit">Submit an event</a></li>
<li><a href="/etkinlik/cocuk-tiyatrosu-pinokyo">Çocuk Tiyatrosu: Pinokyo</a></li>
<li><a href="/whats-on/river-food-festival/">River Food Festival</a></li>
<li><a href="/whats-on/dunmore-makers-fair/">Dunmore Makers Fair</a></li></ul>
<p><a href="/tapahtumat/ilmoita-tapahtuma">Ilmoita tapahtumasta kalenteriin</a></p>
<a href="/Calendar.aspx">Community Calendar</a> <a href="/events/list/">View Calendar</a>
<a href="/residents/collection-calendar">Collection calendar</a>
<a href="/events/month.calendar/2025/06/10/-">June events</a>
<a href="/blog/post/96/what_happens_to_your_recycling">What happens to your recycling?</a>
<a href="/news-category/speech">Speech</a>
<div class="paginacion"><a href="/prensa/?pagina=2">Siguiente »</a></div>
<a href="/prensa/?anio=2025&amp;mes=6">Junio 2025</a>
<a href="/hirek/archyvas">Naujienų archyvas</a> <a href="/rendezvenyek">Összes rendezvény</a>
<a href="/DE/Themen/themen_node.html">Übersicht Themen</a>
<a href="/DE/Presse/presse_node.html">Übersicht Presse</a>
<a href="/om-oss.html">Om oss</a></div></body></html>"""


def test_events_are_items_of_their_calendar_and_list_words_in_more_languages():
    found = kinds(EVENTS_AND_CALENDARS_PAGE, "https://www.x.gov")
    for path in ("/events/event/2315/kilbrae_gala_day_2025", "/Calendar.aspx?EID=2231",
                 "/agenda/evenement/raadsvergadering-20-juni", "/event/docs/2024060100010/",
                 "/kultur/veranstaltungen/detail.html?eventId=20417",
                 "/blog/post/96/what_happens_to_your_recycling",
                 "/etkinlik/cocuk-tiyatrosu-pinokyo", "/whats-on/river-food-festival/",
                 # ("…more" inside a word is no "more" link)
                 "/whats-on/dunmore-makers-fair/"):
        assert found[path] == "article", path
    for path in ("/Calendar.aspx", "/events/list/", "/events/month.calendar/2025/06/10/-",
                 "/news-category/speech", "/prensa/?pagina=2", "/prensa/?anio=2025&mes=6",
                 "/hirek/archyvas", "/rendezvenyek", "/DE/Presse/presse_node.html"):
        assert found[path] == "list", path
    # a form to submit one, a calendar of one kind of thing, an overview of static pages, and
    # a Swedish "about us" (no edition: "om" is a language code, "-oss" no region)
    for path in ("/events/submit", "/residents/collection-calendar", "/DE/Themen/themen_node.html",
                 "/om-oss.html", "/tapahtumat/ilmoita-tapahtuma"):
        assert found[path] == "other", path


def test_an_items_category_or_tag_is_a_list():
    page = """<html><body><div class="content">
<div class="item"><h2><a href="/hirek/1561-uj-kormanyablak-nyilt-tiszavarosban">Új kormányablak
nyílt Tiszavárosban</a></h2><dd class="category-name">Kategória:
<a href="/hirek/kormanyablakok" itemprop="genre">Kormányablakok</a></dd></div>
<article class="post category-awards"><p class="entry-meta">2 May 2024 ·
<a href="/news/category/awards/" rel="category tag">Awards</a></p>
<h2><a href="/news/long-service-awards-2024/" rel="bookmark">Long service awards celebrate
1,100 years of NHS service</a></h2></article>
<p class="post-tags"><a href="/topic/roads">Roads</a></p></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    assert found["/hirek/kormanyablakok"] == "list"
    assert found["/topic/roads"] == "list"
    assert found["/news/category/awards/"] == "list"
    # the post's own class names its category: the headline is the item
    assert found["/news/long-service-awards-2024/"] == "article"
    # a card's category named on the anchor itself, by a record's id, linked from the menu
    # first
    cards = """<html><body><nav><ul><li><a href="default.aspx?id=1031">Gradonačelnik</a></li>
<li><a href="default.aspx?id=1100">Biografija</a></li></ul></nav><div class="content">
<div class="news-item"><h3><a href="default.aspx?id=1024&amp;nid=8812">Gradonačelnik primio
najbolje maturante ovogodišnje generacije</a></h3><span class="date">28.11.2024.</span> |
<a href="default.aspx?id=1031" class="cat">Gradonačelnik</a></div></div></body></html>"""
    found = kinds(cards, "https://www.x.hr", "/default.aspx?id=1024")
    assert found["/default.aspx?id=1031"] == "list"


def test_one_more_list_of_a_catalogue_of_sibling_folders():
    rows = "".join(f'<li><span class="num">{i:02d}</span><a href="/zwgk/bzml/{slug}/">{name}</a>'
                   f'<a href="/attachment/{i}.pdf">目录</a></li>'
                   for i, (slug, name) in enumerate([
                       ("czyjs", "财政预决算"), ("aqsc", "安全生产"), ("xczx", "乡村振兴"),
                       ("shjz", "社会救助"), ("ncwfgz", "农村危房改造"), ("shbx", "社会保险")], 1))
    items = "".join(f'<li><a href="/zwgk/bzml/{slug}/content/post_44{i}1205.html">清平区2024年'
                    f'第{i}季度{name}信息公示</a><span>2024-11-2{i}</span></li>'
                    for i, (slug, name) in enumerate([
                        ("czyjs", "财政"), ("aqsc", "安全生产"), ("xczx", "衔接资金"),
                        ("shjz", "低保")], 1))
    page = (f'<html><body><div class="content"><ul class="grid">{rows}</ul>'
            f'<ul class="list">{items}</ul>'
            '<ul class="press"><li><a href="/newsroom/releases">Media releases</a></li>'
            '<li><a href="/newsroom/speeches">Speeches</a></li>'
            '<li><a href="/newsroom/statements">Statements</a></li>'
            '<li><a href="/newsroom/media-kit">Media kit: logos and fact sheets</a></li></ul>'
            '<a href="/recrutement/avis-de-recrutement-de-deux-ingenieurs">Avis de recrutement de'
            ' deux ingénieurs hydrauliciens</a></div></body></html>')
    found = kinds(page, "https://www.x.gov.cn", "/zwgk/bzml/")
    # no items of these two on the page, but rows of the same catalogue as four that have
    for path in ("/zwgk/bzml/ncwfgz/", "/zwgk/bzml/shbx/", "/zwgk/bzml/czyjs/"):
        assert found[path] == "list", path
    assert found["/attachment/2.pdf"] == "other"
    # a press kit among a newsroom's lists is a static page; a job notice by its folder
    assert found["/newsroom/media-kit"] == "other"
    assert found["/recrutement/avis-de-recrutement-de-deux-ingenieurs"] == "other"


def test_a_big_menu_named_breadcrumb_guides_tenders_agendas_and_more_list_names():
    menu = "".join(f'<li><a href="/AboutUs/Pages/{name}.aspx">{name} page</a></li>'
                   for name in ("Minister", "History", "Vision", "Divisions", "Offices",
                                "Scholarships", "Tenders", "Awards", "Opportunities",
                                "Freedom-of-Information", "Regional-Offices", "Best-Village",
                                "Community-Development"))
    page = f"""<html><body><div class="ms-breadcrumb-top"><ul>{menu}</ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/MediaCentre/Pages/default.aspx">Media
Centre</a></div><div class="content"><ul>
<li><a href="/Procurement/Pages/TenderDetail.aspx?ItemID=88">Tender Notice: Construction of a
regional office</a> 2024-05-02</li>
<li><a href="/zwfw/bszn/202303/t20230315_2765432.html">出生医学证明办理</a> 2023-03-15</li>
<li><a href="/actueel/agenda/@1287120/inloopavond-omgevingsvisie/">Inloopavond</a></li></ul>
<a href="/agenda-ministrului/">Agenda ministrului</a> <a href="/govori-i-izjave/13">Govori i
izjave</a> <a href="/efst-a-baugi/frettir/">Fréttir</a> <a href="/novice/">Novice</a>
<a href="/agenda-2030/">Agenda 2030</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    # a trail is a few steps: thirteen menu entries in a box SharePoint calls a breadcrumb
    # are menu entries (static pages), the real trail's steps are lists
    assert found["/AboutUs/Pages/History.aspx"] == "other"
    assert found["/MediaCentre/Pages/default.aspx"] == "list"
    for path in ("/Procurement/Pages/TenderDetail.aspx?ItemID=88",
                 "/zwfw/bszn/202303/t20230315_2765432.html", "/agenda-2030/"):
        assert found[path] == "other", path
    assert found["/actueel/agenda/@1287120/inloopavond-omgevingsvisie/"] == "article"
    for path in ("/agenda-ministrului/", "/govori-i-izjave/13", "/efst-a-baugi/frettir/",
                 "/novice/"):
        assert found[path] == "list", path


def test_albums_dated_month_paths_guide_folders_and_more_list_words():
    page = """<html><body><div class="content"><ul>
<li><a href="/media-room/photo-gallery/category/88-freedom-day-2024">Freedom Day 2024</a></li>
<li><a href="/galerie-photos/album/cavalcade-2024">Cavalcade 2024</a></li>
<li><a href="/news/severn-vale/wanted/2024/june/wanted-daniel-foster">Daniel Foster, 32</a></li>
<li><a href="/en/news/2024/04/fish-passage-projects-list.html">Fish passage projects</a></li>
<li><a href="/dept/bsfw/content/post_1098765.html">退役军人优待证申领</a></li>
<li><a href="/opportunities/tenders/item/871-supply-and-delivery-of-school-furniture">NHPG/2024/031
Supply and delivery of school furniture</a></li>
<li><a href="/assets/File.ashx?id_dokumenty=23001">Zpravodaj červen 2024</a></li></ul>
<a href="/lv/jaunumi">Visi jaunumi</a> <a href="/?tlacove-spravy=">Tlačové správy</a>
<a href="/ekdiloseis">Όλες οι εκδηλώσεις</a> <a href="/mesto/zpravodaj/">Zpravodaj</a>
<a href="/browse/visas-immigration">Visas and immigration</a>
<a href="/prohlaseni-o-pristupnosti/">Prohlášení o přístupnosti</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/media-room/photo-gallery/category/88-freedom-day-2024",
                 "/galerie-photos/album/cavalcade-2024",
                 "/news/severn-vale/wanted/2024/june/wanted-daniel-foster",
                 "/en/news/2024/04/fish-passage-projects-list.html"):
        assert found[path] == "article", path
    for path in ("/dept/bsfw/content/post_1098765.html",
                 "/opportunities/tenders/item/871-supply-and-delivery-of-school-furniture",
                 "/assets/File.ashx?id_dokumenty=23001", "/browse/visas-immigration",
                 "/prohlaseni-o-pristupnosti/"):
        assert found[path] == "other", path
    for path in ("/lv/jaunumi", "/?tlacove-spravy=", "/ekdiloseis", "/mesto/zpravodaj/"):
        assert found[path] == "list", path


def test_job_and_tender_lists_and_notices_liferay_assets_and_month_names():
    page = """<html><body><div class="content"><ul>
<li><a href="/announcements/invitation-for-tender-supply-of-ductile-iron-pipes">Invitation for
tender: supply of ductile iron pipes</a> 12 June 2024</li>
<li><a href="/announcements/call-for-applications-2025-creative-arts-grant">Call for
applications: 2025 creative arts grant</a> 10 June 2024</li>
<li><a href="/kuulutukset/-/asset_publisher/Kb3xW9pLmQ1a/content/kuulutus-kokous-30-9-2024">
Kuulutus: kaupunginvaltuuston kokous 30.9.2024 kaupungintalolla</a></li>
<li><a href="/gallery/album/budget-session-parliament-2024"><img src="a.jpg" alt=""></a></li>
</ul><a href="/tenders/">View All Tenders »</a> <a href="/vacancies">Employment opportunities</a>
<a href="/agenzia/notizie/2025/febbraio">Febbraio 2025</a>
<a href="/events/list/?ical=1">Export events (.ics)</a>
<a href="/arvamuslood/kristjan-kask-digiriik-vajab-uut-hupet">Digiriik vajab uut hüpet</a>
</div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/announcements/invitation-for-tender-supply-of-ductile-iron-pipes", "/tenders/",
                 "/vacancies", "/events/list/?ical=1"):
        assert found[path] == "other", path
    for path in ("/announcements/call-for-applications-2025-creative-arts-grant",
                 "/kuulutukset/-/asset_publisher/Kb3xW9pLmQ1a/content/kuulutus-kokous-30-9-2024",
                 "/gallery/album/budget-session-parliament-2024",
                 "/arvamuslood/kristjan-kask-digiriik-vajab-uut-hupet"):
        assert found[path] == "article", path
    assert found["/agenzia/notizie/2025/febbraio"] == "list"


def test_a_bodys_own_pages_a_list_pages_pager_collection_calendars_and_bracketed_columns():
    rows = "".join(f'<li><a href="/default.aspx?id=31&amp;newsid={8200 + i}">Gradsko vijeće '
                   f'usvojilo proračun za {2020 + i}. godinu i plan investicija</a>'
                   f'<span>{10 + i}.05.2025.</span></li>' for i in range(6))
    page = f"""<html><body><div class="content"><ul>{rows}</ul>
<div class="pages"><a href="/default.aspx?id=12&amp;page=2">2</a>
<a href="/default.aspx?id=12&amp;page=214">214</a></div>
<a href="/jggk/ldxx/202301/t20230105_7700001.html">王建明 厅党组书记、厅长</a>
<a href="/wzgl/yqlj/">更多链接</a> <a href="/Buergerservice/Abfallkalender/">Abfallkalender</a>
<a href="/zxft/18520.jhtml">【在线访谈】省审计厅负责同志解读2023年度省级预算执行审计工作报告</a>
<a href="/index.php?FID=2741.301.1&amp;ModID=9">Sprechstunde der Oberbürgermeisterin</a>
<a href="/index.php?ModID=255&amp;rss=1">Pressemitteilungen als RSS-Feed</a>
<a href="/gallery/album/40">Handover of drilling rigs</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov", "/default.aspx?id=12")
    # rows of dated items: the page is a list, its own page links are its pager
    assert found["/default.aspx?id=12&page=214"] == "list"
    for path in ("/jggk/ldxx/202301/t20230105_7700001.html", "/wzgl/yqlj/",
                 "/Buergerservice/Abfallkalender/", "/index.php?FID=2741.301.1&ModID=9",
                 "/index.php?ModID=255&rss=1"):
        assert found[path] == "other", path
    for path in ("/zxft/18520.jhtml", "/gallery/album/40"):
        assert found[path] != "list", path


def test_calendar_items_by_slug_thematic_filters_and_cms_author_and_category_pages():
    page = """<html><body><div class="content"><ul>
<li><a href="/aktuelt/kalender/sommerkonsert-i-kirkeparken.13044.aspx">Sommerkonsert i
Kirkeparken</a></li>
<li><a href="/actueel/agenda/open-dag-provinciehuis-2024/">Open dag Provinciehuis</a></li>
<li><a href="/aktuelt/kalender/meld-inn-arrangement.aspx">Meld inn arrangement</a></li></ul>
<a href="/espace-presse/communiques-de-presse?thematique=41">Environnement</a>
<a href="/news/press-releases/categoryid/32/health">Health (1190)</a>
<a href="/newsroom/latest-news/itemlist/user/845-chikondi-banda">Chikondi Banda</a>
<a href="/web/rozwoj-regionow/wydarzenia">Wydarzenia</a>
<a href="/proclamations/">Proclamations</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/aktuelt/kalender/sommerkonsert-i-kirkeparken.13044.aspx",
                 "/actueel/agenda/open-dag-provinciehuis-2024/"):
        assert found[path] == "article", path
    assert found["/aktuelt/kalender/meld-inn-arrangement.aspx"] != "article"
    for path in ("/espace-presse/communiques-de-presse?thematique=41",
                 "/news/press-releases/categoryid/32/health",
                 "/newsroom/latest-news/itemlist/user/845-chikondi-banda",
                 "/web/rozwoj-regionow/wydarzenia", "/proclamations/"):
        assert found[path] == "list", path


def test_more_pager_words_filters_event_folders_and_liferay_albums():
    page = """<html><body><div class="content"><ul>
<li><a href="/arrangementer/webinar-om-vandloebspuljen-2024">Webinar om Vandløbspuljen</a></li>
<li><a href="/esemenyek/bejelentes">Rendezvény bejelentése</a></li>
<li><a href="/sala-de-prensa/galeria-multimedia/-/album/juegos-deportivos-2024">Final de los
Juegos Deportivos</a></li></ul>
<a href="/objave/8?page=2">« Prejšnja</a> <a href="/objave/9">Vsa obvestila</a>
<a href="/presse/rathauskorrespondenz/?rubrik=kultur">Kultur</a>
<a href="/ajankohtaista?aihe=kalatalous">Kalatalous</a>
<a href="/hirdetmenyek">További hirdetmények</a>
<a href="/objave/44">Javna naročila</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/arrangementer/webinar-om-vandloebspuljen-2024",
                 "/sala-de-prensa/galeria-multimedia/-/album/juegos-deportivos-2024"):
        assert found[path] == "article", path
    for path in ("/objave/8?page=2", "/objave/9", "/presse/rathauskorrespondenz/?rubrik=kultur",
                 "/ajankohtaista?aihe=kalatalous", "/hirdetmenyek"):
        assert found[path] == "list", path
    for path in ("/esemenyek/bejelentes", "/objave/44"):
        assert found[path] == "other", path


def test_pager_words_in_traditional_characters_japanese_and_korean():
    # a Taiwanese portal's pager by its words and its nowPage number
    page = """<html><body><div class="content"><ul>
<li><a href="/wSite/ct?xItem=10511&ctNode=650">海巡署查獲走私漁獲</a> 2026-05-12</li>
<li><a href="/wSite/ct?xItem=10510&ctNode=650">颱風期間加強巡護</a> 2026-05-11</li></ul>
<div class="page"><a href="/wSite/lp?ctNode=650&nowPage=1">第一頁</a>
<a href="/wSite/lp?ctNode=650&nowPage=3">下一頁</a>
<a href="/wSite/lp?ctNode=650&nowPage=81">最後一頁</a></div>
<a href="/news/list?sec=7">次へ</a> <a href="/board/notice?cur=4">다음</a>
<a href="/zxdt/more?lm=12">最后一页</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov.tw")
    for path in ("/wSite/lp?ctNode=650&nowPage=1", "/wSite/lp?ctNode=650&nowPage=3",
                 "/wSite/lp?ctNode=650&nowPage=81", "/news/list?sec=7", "/board/notice?cur=4",
                 "/zxdt/more?lm=12"):
        assert found[path] == "list", path


def test_a_list_pages_own_address_with_a_filter_is_the_list_narrowed():
    rows = "".join(f'<li><span>0{d}.03.2025</span> <a href="/notizie/details_i.aspx?id=90{d}">'
                   f"Comunicato numero {d} della giunta regionale</a></li>" for d in range(1, 6))
    topics = """<div class="filtri"><a href="/notizie/default_i.aspx?argomento=3">Agricoltura</a>
<a href="/notizie/default_i.aspx?argomento=7">Sanità</a></div>"""
    page = f"<html><body><div class='content'><ul>{rows}</ul>{topics}</div></body></html>"
    found = kinds(page, "https://www.x.it", "/notizie/default_i.aspx?pagina=2")
    assert found["/notizie/default_i.aspx?argomento=3"] == "list"
    assert found["/notizie/default_i.aspx?argomento=7"] == "list"
    # ... however many words its own name has (a slug's, for an article's address alone)
    filters = "".join(f'<a href="/nouvelles/communiques-de-presse?organisme={o}">{o}</a> '
                      for o in ("msss", "mtmd", "education", "cpm", "mfq", "mcc"))
    page = f"<html><body><div class='content'><ul>{rows}</ul>{filters}</div></body></html>"
    found = kinds(page, "https://www.x.ca", "/nouvelles/communiques-de-presse?page=2")
    assert found["/nouvelles/communiques-de-presse?organisme=msss"] == "list"
    # a site whose one script serves every page, its items too: no filter, its pages
    rows = "".join(f'<li><span>0{d}.03.2025</span> <a href="/web/pagina?IDCONTENIDO=90{d}&'
                   f'IDTIPO=10">Comunicado número {d} del consejo de gobierno</a></li>'
                   for d in range(1, 6))
    page = (f"<html><body><div class='content'><ul>{rows}</ul><a href='/web/pagina?"
            f"IDCONTENIDO=6437&IDTIPO=100'>Transparencia</a></div></body></html>")
    found = kinds(page, "https://www.x.es", "/web/pagina?IDCONTENIDO=185&IDTIPO=140")
    assert found["/web/pagina?IDCONTENIDO=6437&IDTIPO=100"] != "list"


def test_a_japanese_municipal_cms_month_lists_by_their_address():
    page = """<html><body><div class="content"><ul>
<li><a href="/site/houdou/list22501-30001.html">令和6年3月の報道発表</a></li>
<li><a href="/site/press/list1-12.html">令和7年3月</a></li></ul></div></body></html>"""
    found = kinds(page, "https://www.pref.x.lg.jp", "/site/houdou/")
    assert found["/site/houdou/list22501-30001.html"] == "list"
    assert found["/site/press/list1-12.html"] == "list"


def test_a_menus_section_over_two_of_the_pages_dated_items_is_their_list():
    stories = "".join(f'<li><a href="/{folder}/2026/12/{slug}.html">{slug.replace("-", " ")}'
                      "</a></li>" for folder, slug in (
                          ("metro", "county-council-passes-budget-after-late-session"),
                          ("metro", "library-branch-will-close-for-renovations"),
                          ("crime", "police-add-cadets-to-close-staffing-gap"),
                          ("visa", "new-visa-rules-for-foreign-experts-take-effect")))
    menu = "".join(f'<li><a href="/{name.lower()}/">{name}</a></li>' for name in (
        "Metro", "Crime", "Visa", "Sports", "Opinion", "Weather", "Food", "Business"))
    page = f"""<html><body><header><nav class="mega-nav"><ul>{menu}</ul></nav></header>
<div class="content"><ul>{stories}</ul></div></body></html>"""
    found = kinds(page, "https://www.x.com")
    assert found["/metro/"] == "list"
    # one item below is as often a static page on the article template
    assert found["/crime/"] == found["/visa/"] == "other"


def test_a_menus_entries_beside_a_newspapers_named_sections_are_sections():
    # a regional paper's menu: its towns beside Politique, Économie, Société and Sports,
    # then its services
    menu = "".join(f'<li><a href="/{slug}">{name}</a></li>' for slug, name in (
        ("ajaccio", "Ajaccio"), ("bastia", "Bastia"), ("cap-corse", "Cap Corse"),
        ("politique", "Politique"), ("economie", "Économie"), ("societe", "Société"),
        ("sports", "Sports"), ("culture", "Culture"), ("jeux", "Jeux"),
        ("journal-numerique", "Journal numérique")))
    page = f"""<html><body><header><nav class="main-menu"><ul>{menu}</ul></nav></header>
<div class="content"><h1>Politique</h1></div></body></html>"""
    found = kinds(page, "https://www.x.com", "/politique?page=3")
    for path in ("/ajaccio", "/bastia", "/cap-corse", "/culture", "/economie"):
        assert found[path] == "list", path
    for path in ("/jeux", "/journal-numerique"):
        assert found[path] == "other", path


def test_a_kinds_name_and_a_32_hex_id_is_a_document():
    page = """<html><body><div class="content"><ul>
<li><a href="/sitesources/x/page_pc/zwgk/zfgzbg/article73e9dab4fda527c8fb746249119a07d6.html">
永城市2025年政府工作报告</a></li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.gov.cn")
    assert found["/sitesources/x/page_pc/zwgk/zfgzbg/article73e9dab4fda527c8fb746249119a07d6"
                 ".html"] == "article"


def test_a_boards_view_of_a_post_carrying_the_lists_page_is_the_post():
    rows = "".join(f'<tr><td><a href="boardNormalView.do?boardId=press_0001&pageIndex=2&'
                   f'ntatcSeq=14748035{d}">대전시 보도자료 제목 {d}번 안내</a></td>'
                   f"<td>2025-03-1{d}</td></tr>" for d in range(1, 4))
    page = (f"<html><body><div class='content'><table>{rows}</table>"
            "<a href='boardNormalList.do?boardId=press_0001&pageIndex=3'>3</a></div></body></html>")
    found = kinds(page, "https://www.x.go.kr", "/drh/board/boardNormalList.do?boardId=press_0001")
    assert found["/drh/board/boardNormalView.do?boardId=press_0001&ntatcSeq=147480351&"
                 "pageIndex=2"] == "article"
    assert found["/drh/board/boardNormalList.do?boardId=press_0001&pageIndex=3"] == "list"


def test_a_row_drawn_with_a_border_at_its_bottom_is_no_footer():
    rows = "".join(f'<div class="row py-2 border-bottom"><div class="col-2">18:4{d}</div>'
                   f'<h6 class="mb-0"><a href="politics/news.php?id=242051{d}">Dewan Rakyat '
                   f"passes amendment number {d} to the elections bill</a></h6></div>"
                   for d in range(1, 4))
    page = f"<html><body><div class='container'><h1>Latest news</h1>{rows}</div></body></html>"
    found = kinds(page, "https://www.x.com", "/en/latest_news.php")
    assert found["/en/politics/news.php?id=2420511"] == "article"


def test_an_authors_archive_in_other_languages_is_a_list():
    page = """<html><body><div class="content"><ul>
<li><a href="/autor/mariela-quispe-rojas/">Mariela Quispe Rojas</a></li>
<li><a href="/auteurs/jean-dupont">Jean Dupont</a></li>
<li><a href="/autori/giulia-bianchi/">Giulia Bianchi</a></li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.com")
    for path in ("/autor/mariela-quispe-rojas/", "/auteurs/jean-dupont", "/autori/giulia-bianchi/"):
        assert found[path] == "list", path


def test_a_reporters_list_beside_each_teaser_is_an_author_archive_not_one_more_item():
    # a Korean section's teasers, each with its reporter's link (/reporter/list?rid=…)
    rows = "".join(f"<li><a href='/article/2025031{n}0{n}'>시 교육청, 신학기 돌봄교실 {n}곳 "
                   f"늘린다</a> <a href='/reporter/list?rid=kim{n}'>김성진{n} 기자</a></li>"
                   for n in range(6))
    page = f"<html><body><main><ul>{rows}</ul></main></body></html>"
    found = kinds(page, "https://www.news.example.kr", "/list/society")
    for n in range(6):
        assert found[f"/reporter/list?rid=kim{n}"] == "list"


def test_topic_columns_tag_pages_month_archives_jobs_and_gallery_sections():
    page = """<html><body><div class="content"><ul>
<li><a href="/ztzl/xxgcddesjszqh/">学习贯彻党的二十届三中全会精神</a></li>
<li><a href="/a/zt/payx/">平安柳溪</a></li>
<li><a href="/ztzl/sjsr2025.htm">2025年世界水日 中国水周</a></li>
<li><a href="/topic/36.jhtml">岭西省十四届人大常委会第十次会议</a></li>
<li><a href="/zhuantizhuanlan/gerensuodeshui/">个人所得税改革</a></li>
<li><a href="/ztzl/xczx/2023/0612/3876.html">红崖镇石门村乡村振兴纪实报道一则</a> 2023-06-12</li>
</ul>
<a href="/tags.php?/12/">乡村振兴</a> <a href="/news/archive/202503">March 2025</a>
<a href="/lt/savivaldybe/karjera">Laisvos darbo vietos</a>
<a href="/lt/savivaldybe/karjera/konkursai/svietimo-skyriaus-vyriausiasis-specialistas-2024-05">
Skelbiamas konkursas Švietimo skyriaus vyriausiojo specialisto pareigoms</a> 2024-05-20
<a href="/linnavalitsus/tookuulutused/-/asset_publisher/Jb2Kc8/content/avalik-konkurss-direktori">
Avalik konkurss gümnaasiumi direktori ametikohale</a> 12.05.2024
<a href="/ma-commune/personnel/offres-demploi/ouvrier-qualifie-service-travaux">Offre
d'emploi : ouvrier qualifié pour le service travaux</a> 03/06/2024
<a href="/ihale/2024-1192-asfalt-malzemesi-alimi">5.000 ton sıcak asfalt malzemesi alımı</a>
 15.05.2024
<a href="/lt/galerija/vaizdo-irasai">Vaizdo įrašai</a>
<a href="/es/galerias-de-fotos/fiestas-de-san-isidro-2024">Ver galería de fotos</a>
<a href="/galeri/foto/ogretmenler-gunu-2024">Öğretmenler Günü 2024</a>
<a href="/fotogalerija/14">Fotogalerija</a> <a href="/it/pubblicazioni">Pubblicazioni e rapporti</a>
<a href="/actualitat/noticies/">Notícies de la ciutat</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov.cn")
    for path in ("/ztzl/xxgcddesjszqh/", "/a/zt/payx/", "/ztzl/sjsr2025.htm", "/topic/36.jhtml",
                 "/zhuantizhuanlan/gerensuodeshui/", "/tags.php?%2F12%2F=",
                 "/news/archive/202503", "/lt/galerija/vaizdo-irasai", "/fotogalerija/14",
                 "/it/pubblicazioni", "/actualitat/noticies/"):
        assert found[path] == "list", path
    for path in ("/ztzl/xczx/2023/0612/3876.html",
                 "/es/galerias-de-fotos/fiestas-de-san-isidro-2024",
                 "/galeri/foto/ogretmenler-gunu-2024"):
        assert found[path] == "article", path
    for path in ("/lt/savivaldybe/karjera",
                 "/lt/savivaldybe/karjera/konkursai/svietimo-skyriaus-vyriausiasis-specialistas-2024-05",
                 "/linnavalitsus/tookuulutused/-/asset_publisher/Jb2Kc8/content/"
                 "avalik-konkurss-direktori",
                 "/ma-commune/personnel/offres-demploi/ouvrier-qualifie-service-travaux",
                 "/ihale/2024-1192-asfalt-malzemesi-alimi"):
        assert found[path] == "other", path


def test_a_macau_bodys_recruitment_and_tender_notices_open_with_their_kind_before_a_dash():
    rows = "".join(f"<li><a href='/cn/news/item/18{n}/'>{t}</a><span>2025-0{n}-12</span></li>"
                   for n, t in enumerate(["開考通告——以行政任用合同制度填補高級技術員職位空缺",
                                          "公開招標——供應印刷用紙及耗材",
                                          "印務局舉辦開放日 市民踴躍參與",
                                          "印務局推出新版電子公報查閱系統"], start=1))
    found = kinds(f"<html><body><main><ul>{rows}</ul></main></body></html>",
                  "https://www.io.example.gov.mo", "/cn/news/")
    assert found["/cn/news/item/181/"] == found["/cn/news/item/182/"] == "other"
    assert found["/cn/news/item/183/"] == "article"


def test_chinese_job_and_tender_notices_specials_and_a_cms_that_routes_pages_by_number():
    rows = "".join(f"<li><a href='/zwgk/tzgg/202404/t2024043{i}_47079{i}.html'>{t}</a> 2024-04-3{i}"
                   "</li>" for i, t in enumerate([
                       "江澄市住房和城乡建设局2024年公开招聘编外工作人员公告",
                       "临澜市第三人民医院门诊综合楼建设项目施工招标公告",
                       "省人大常委会机关会议服务采购项目竞争性磋商公告",
                       "国家金融监督管理总局所属事业单位2025年度公开招聘笔试公告",
                       "江澄市2024年城市更新工作推进会召开"]))
    menu = "".join(f"<li><a href='/default.aspx?lang=el-GR&amp;page={n}'>{t}</a></li>"
                   for n, t in [(60, "Επικοινωνία"), (61, "Χάρτης ιστότοπου"),
                                (30, "Ο Περιφερειάρχης"), (33, "Οργανόγραμμα"), (65, "Όροι χρήσης"),
                                (66, "Πολιτική cookies")])
    page = f"""<html><body><nav><ul>{menu}</ul></nav><div class="content"><ul>{rows}</ul>
<a href="/zwgk/zfcg/">政府采购</a> <a href="/special/2024/0301/7420.html">2024桐溪两会</a>
<a href="/specials/belt-and-road/">Dongling and the Belt and Road</a>
<a href="/special/index.jsp?id=1385">优化营商环境 打造一流环境</a>
<a href="/news/list.aspx?page=2">2</a> <a href="/news/list.aspx?page=3">Next</a>
</div></body></html>"""
    found = kinds(page, "https://www.x.gov.cn")
    for i in range(3):
        assert found[f"/zwgk/tzgg/202404/t2024043{i}_47079{i}.html"] == "other", i
    for i in (3, 4):  # (a stage of a recruitment and news are articles)
        assert found[f"/zwgk/tzgg/202404/t2024043{i}_47079{i}.html"] == "article", i
    assert found["/zwgk/zfcg/"] == "other"
    for path in ("/special/2024/0301/7420.html", "/specials/belt-and-road/",
                 "/special/index.jsp?id=1385", "/news/list.aspx?page=2", "/news/list.aspx?page=3"):
        assert found[path] == "list", path
    # a page number that names a page (six of them by name from one page) is no pager's
    for n in (60, 61, 30, 33, 65, 66):
        assert found[f"/default.aspx?lang=el-GR&page={n}"] != "list", n


def test_squiz_assets_joomla_items_in_a_menu_days_in_the_query_and_more_job_words():
    page = """<html><body><nav><ul>
<li><a href="/index.php/media-centre/press-statements/435-notice-to-irrigation-scheme-water-users">
Notice to irrigation scheme water users on tariff review</a></li>
<li><a href="/pl/ogloszenia">Ogłoszenia</a></li><li><a href="/pl/wideo">Wideo</a></li>
<li><a href="/m,91,ogloszenia-o-naborze.html">Ogłoszenia o naborze</a></li></ul></nav>
<div class="content"><ul>
<li><a href="/news/?a=1098812">New boat ramp opens at Point Caliph</a> 28 May 2024</li>
<li><a href="/pt/comunicacao/agenda?d=2024-05-29">10h00 – Ministra preside à cerimónia</a></li>
<li><a href="/jobb/lediga-jobb/2024-05-22-forskollarare-till-solrosens-forskola.html">
Förskollärare till Solrosens förskola</a></li>
<li><a href="/allaspalyazat-penzugyi-ugyintezo-munkakor-betoltesere/">Álláspályázat pénzügyi
ügyintéző munkakör betöltésére</a> 2024.05.20.</li>
<li><a href="/sp/concursos-publicos/policia-militar-soldado-2a-classe-2024">Polícia Militar –
Soldado PM de 2ª Classe</a> 21/05/2024</li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/index.php/media-centre/press-statements/"
                 "435-notice-to-irrigation-scheme-water-users",
                 "/news/?a=1098812"):
        assert found[path] == "article", path
    for path in ("/pl/ogloszenia", "/pl/wideo", "/pt/comunicacao/agenda?d=2024-05-29"):
        assert found[path] == "list", path
    for path in ("/m,91,ogloszenia-o-naborze.html",
                 "/jobb/lediga-jobb/2024-05-22-forskollarare-till-solrosens-forskola.html",
                 "/allaspalyazat-penzugyi-ugyintezo-munkakor-betoltesere/",
                 "/sp/concursos-publicos/policia-militar-soldado-2a-classe-2024"):
        assert found[path] == "other", path


def test_word_searches_departments_job_folders_teasers_more_links_and_chinese_documents():
    page = """<html><body><div class="content">
<a href="/jrobot/search.do?q=%E7%B2%AE%E9%A3%9F&amp;webid=55">粮食收购</a>
<a href="/search?people=Mark+SubbaRao">Mark SubbaRao</a>
<a href="/departments/health-services">Health Services</a>
<a href="/departments/roads-transport-and-public-works">Roads, Transport &amp; Public Works</a>
<a href="/careers/95/ecde-teachers-120-posts">Recruitment of 120 ECDE Teachers</a> 12 May 2024
<a href="/karriere/stellenangebote/stelle/sachbearbeiter-in-m-w-d-2024-118/">Sachbearbeiter
(m/w/d) Eingliederungshilfe</a> 20.05.2024
<div class="teaser"><h3>Governor flags off 40 new ambulances</h3><p>The county's fleet grows
as the governor hands over forty new ambulances to sub-county hospitals.</p>
<a href="/news/governor-flags-off-40-new-ambulances">Read More</a></div>
<a href="/info/1025/2201.htm">信访工作条例</a>
<a href="/html/2022/zcfg_1109/71.html">金州市基层工会经费收支管理实施细则</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    for path in ("/jrobot/search.do?q=%E7%B2%AE%E9%A3%9F&webid=55", "/departments/health-services",
                 "/departments/roads-transport-and-public-works",
                 "/careers/95/ecde-teachers-120-posts",
                 "/karriere/stellenangebote/stelle/sachbearbeiter-in-m-w-d-2024-118/"):
        assert found[path] == "other", path
    assert found["/search?people=Mark+SubbaRao"] == "list"
    for path in ("/news/governor-flags-off-40-new-ambulances", "/info/1025/2201.htm",
                 "/html/2022/zcfg_1109/71.html"):
        assert found[path] == "article", path


def test_romanian_events_italian_specials_and_archive_and_bulletin_words():
    page = """<html><body><div class="content">
<a href="/index.php/evenimente/2420-zilele-judetului-someseni-31-mai-2-iunie">Zilele Județului</a>
<a href="/speciali/pnrr-in-tirrenia">Il Pnrr in Tirrenia: tutte le notizie</a>
<a href="/bg/press-centar/novini/arhiv">Пълен архив</a>
<a href="/area-media/comunicati/archivio/">Archivio</a>
<a href="/cz/legislativa/vestnik-ministerstva/">Věstník ministerstva</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov")
    assert found["/index.php/evenimente/2420-zilele-judetului-someseni-31-mai-2-iunie"] == "article"
    for path in ("/speciali/pnrr-in-tirrenia", "/bg/press-centar/novini/arhiv",
                 "/area-media/comunicati/archivio/", "/cz/legislativa/vestnik-ministerstva/"):
        assert found[path] == "list", path


def test_ministries_tender_channels_and_uuid_items():
    page = """<html><body><div class="content">
<a href="/ministries/ministry-of-health/">Ministry of Health</a>
<a href="/ministries/ministry-of-works-and-infrastructure/">Ministry of Works and Infrastructure</a>
<a href="/ylxzrzyj/zbcg/">招标采购</a>
<a href="/site/press_release/e2eca4bf-d1c2-4e57-80f0-42e5de95537a/-">Minister inspects dredging
work on the Dhaleshwari river</a></div></body></html>"""
    found = kinds(page, "https://www.x.gov.ng")
    for path in ("/ministries/ministry-of-health/",
                 "/ministries/ministry-of-works-and-infrastructure/", "/ylxzrzyj/zbcg/"):
        assert found[path] == "other", path
    assert found["/site/press_release/e2eca4bf-d1c2-4e57-80f0-42e5de95537a/-"] == "article"
    # on a newsroom's own site, a ministry's page in the content is the list of its releases
    newsroom = kinds(page.replace("/ministries/", "/en/ministry/"), "https://news.x.gov.ng")
    assert newsroom["/en/ministry/ministry-of-health/"] == "list"
    assert newsroom["/en/ministry/ministry-of-works-and-infrastructure/"] == "list"


def test_job_ads_by_their_gender_marks_a_read_more_lead_and_more_job_folders():
    page = """<html><body><div class="content"><ul>
<li><a href="/jcms/p_48201/fr/assistant-social-mds-de-lanlac-h-f">Assistant(e) social(e) – MDS
de Lanlac (H/F)</a> 12/06/2024</li>
<li><a href="/cms/beitrag/12998650/145631130/">mehr zu: Stellenausschreibung: Juristin/Jurist
(w/m/d)</a> 03.06.2024</li>
<li><a href="/gl/emprego-publico/socorristas-tempada-2024">Convocatoria de 2 prazas de
socorrista para a tempada 2024</a> 05/06/2024</li>
<li><a href="/lwrsj/jycy/zpxx/content/post_1285870.html">澜湾区社区公益性岗位招聘公告（第二批）</a>
2024-06-01</li>
<li><a href="/jcms/p_48300/fr/le-conseil-vote-le-budget">Le conseil départemental vote le
budget 2024</a> 12/06/2024</li></ul></div></body></html>"""
    found = kinds(page, "https://www.x.fr")
    for path in ("/jcms/p_48201/fr/assistant-social-mds-de-lanlac-h-f",
                 "/cms/beitrag/12998650/145631130/", "/gl/emprego-publico/socorristas-tempada-2024",
                 "/lwrsj/jycy/zpxx/content/post_1285870.html"):
        assert found[path] == "other", path
    assert found["/jcms/p_48300/fr/le-conseil-vote-le-budget"] == "article"


CONCEPT_WORDS_MENU = """<html><body><nav class="menu"><ul>
<li><a href="/m/toutes">Toutes les nouvelles</a></li>
<li><a href="/m/avis">Avis publics</a></li>
<li><a href="/m/tabula">Úradná tabuľa</a></li>
<li><a href="/m/albo">Albo pretorio online</a></li>
<li><a href="/m/podujatia">Kalendár podujatí</a></li>
<li><a href="/m/dogadjanja">Kalendar događanja</a></li>
<li><a href="/m/rendezvenyek">Kiemelt rendezvények</a></li>
<li><a href="/m/sporocila">Sporočila za javnost</a></li>
<li><a href="/m/stiri">Știri</a></li>
<li><a href="/m/hemeroteca">Hemeroteca</a></li>
<li><a href="/m/agenda-secretario">Agenda do Secretário</a></li>
<li><a href="/m/opinions">Formal Opinions</a></li>
<li><a href="/m/prohlaseni">Prohlášení o přístupnosti</a></li>
<li><a href="/m/zapisnice">Zápisnice zo zasadnutí</a></li>
<li><a href="/m/rapports">Budget et rapports financiers</a></li>
<li><a href="/hdjl/cjwt/">常见问题解答</a></li>
<li><a href="/news/media-enquiries">Media enquiries</a></li>
<li><a href="/noticias/suscripcion">Suscríbase a nuestras noticias</a></li>
</ul></nav></body></html>"""


def test_list_names_written_by_concept_and_what_was_left_out():
    # news, notice boards, events and press releases are lists in every language; a word
    # inside another ("oznámení" is no part of "Prohlášení") is not; meetings, minutes and
    # reports were left out (their annotators split), so those stay other
    found = kinds(CONCEPT_WORDS_MENU, "https://www.x.eu")
    assert of(found, "list") == {"/m/toutes", "/m/avis", "/m/tabula", "/m/albo",
                                 "/m/podujatia", "/m/dogadjanja", "/m/rendezvenyek",
                                 "/m/sporocila", "/m/stiri", "/m/hemeroteca",
                                 "/m/agenda-secretario", "/m/opinions"}
    # (and a portal's FAQ, 常见问题解答, a newsroom's contact page and a subscription are
    # static pages however their addresses or names look)
    assert of(found, "other") == {"/m/prohlaseni", "/m/zapisnice", "/m/rapports", "/hdjl/cjwt/",
                                  "/news/media-enquiries", "/noticias/suscripcion"}


GAZETTES_AND_ISSUES_PAGE = """<html><body><nav class="menu"><ul>
<li><a href="/gazette.php">Official Gazette</a></li>
<li><a href="/objave/75">Uradni vestnik</a></li>
<li><a href="/objave/175">Oglasna deska</a></li>
<li><a href="/grafeio-typou/vinteo">Βίντεο</a></li>
<li><a href="/grafeio-typou/programma">Δείτε όλο το πρόγραμμα</a></li>
<li><a href="/magazine">Tous les numéros</a></li>
<li><a href="/kontakt">Kontakt</a></li>
</ul></nav><main><ul>
<li><span>
12.06.2024</span>
<a href="/objava/934580">Javni razpis za sofinanciranje programov športa v letu 2024</a></li>
<li><span>
11.06.2024</span>
<a href="/objava/934498">Javno naročilo: Rekonstrukcija vodovoda Laze</a></li>
<li><span>
10.06.2024</span>
<a href="/objava/934455">Javni natečaj za delovno mesto višji svetovalec</a></li>
<li><span>
09.06.2024</span>
<a href="/objava/934401">Občina odprla prenovljeno knjižnico v središču kraja</a></li>
<li><span>
08.06.2024</span>
<a href="/objava/934388">Poletni festival bo letos trajal tri tedne</a></li>
<li><span>
07.06.2024</span>
<a href="/objava/934377">Začela se je obnova glavne ceste skozi naselje</a></li>
</ul></main></body></html>"""


def test_gazettes_all_issues_and_slovenian_tenders():
    # an official gazette is a list of its issues, as is "all issues" of a magazine; a
    # Slovenian tender, procurement or job competition among dated news is other
    found = kinds(GAZETTES_AND_ISSUES_PAGE, "https://www.x.si")
    assert {"/gazette.php", "/objave/75", "/objave/175", "/grafeio-typou/vinteo",
            "/grafeio-typou/programma", "/magazine"} <= of(found, "list")
    assert {"/objava/934580", "/objava/934498", "/objava/934455", "/kontakt"} <= of(found, "other")
    assert {"/objava/934401", "/objava/934388", "/objava/934377"} <= of(found, "article")


LANGUAGE_LINKS_PAGE = """<html><body><div class="langs"><ul>
<li><a href="/fr/actualites">Français</a></li>
<li><a href="/en/information-in-english">English</a></li>
<li><a href="/about-us/gaelic-language-plan/">Gàidhlig</a></li>
<li><a href="/c/portal/update_language?languageId=eu_ES&amp;redirect=%2Fprensa">Euskara</a></li>
</ul></div><main><p>Nieuws uit de gemeente.</p></main></body></html>"""


def test_a_language_link_to_a_page_of_information_is_no_edition():
    # the same list in another language, or a switch script, is a list; a page that informs
    # those who read the language about the place ("Information in English") is not
    found = kinds(LANGUAGE_LINKS_PAGE, "https://www.x.be", "/nieuws")
    assert of(found, "list") == {"/fr/actualites",
                                 "/c/portal/update_language?languageId=eu_ES&redirect=%2Fprensa"}
    assert of(found, "other") == {"/en/information-in-english", "/about-us/gaelic-language-plan/"}


TENDERS_AMONG_NEWS_PAGE = """<html><body><main><ul class="posts">
<li><a href="/pregao-eletronico-n-014-2024-aquisicao-de-equipamentos/">Pregão Eletrônico nº
014/2024 – Aquisição de equipamentos de combate a incêndios</a> <span>12/06/2024</span></li>
<li><a href="/processo-seletivo-simplificado-n-02-2024-brigadistas/">Processo Seletivo
Simplificado nº 02/2024 – Brigadistas</a> <span>10/06/2024</span></li>
<li><a href="/recruitment-of-assistant-public-relations-officers/">Recruitment of Assistant
Public Relations Officers on contract basis</a> <span>09/06/2024</span></li>
<li><a href="/secretaria-lanca-campanha-de-prevencao-a-queimadas/">Secretaria lança campanha de
prevenção a queimadas no interior do estado</a> <span>08/06/2024</span></li>
<li><a href="/viveiros-municipais-recebem-novas-mudas-nativas/">Viveiros municipais recebem
novas mudas nativas para o reflorestamento</a> <span>07/06/2024</span></li>
</ul></main></body></html>"""


def test_portuguese_tenders_and_an_english_recruitment_by_their_headline_are_other():
    found = kinds(TENDERS_AMONG_NEWS_PAGE, "https://www.semarh.example.gov.br")
    assert of(found, "other") == {"/pregao-eletronico-n-014-2024-aquisicao-de-equipamentos/",
                                  "/processo-seletivo-simplificado-n-02-2024-brigadistas/",
                                  "/recruitment-of-assistant-public-relations-officers/"}
    assert of(found, "article") == {"/secretaria-lanca-campanha-de-prevencao-a-queimadas/",
                                    "/viveiros-municipais-recebem-novas-mudas-nativas/"}


RECORDS_BY_ID_PAGE = """<html><body><main><div class="services"><ul>
<li><a href="/en/Content.aspx?ItemID=1501">Visas and Residence Permits</a></li>
<li><a href="/en/Content.aspx?ItemID=1502">Healthcare</a></li>
<li><a href="/en/Content.aspx?ItemID=1503">International Schools</a></li>
<li><a href="/en/Content.aspx?ItemID=1402">Sister Cities</a></li>
<li><a href="/en/Content.aspx?ItemID=8990">City News 2024-05-28</a></li>
</ul></div></main></body></html>"""


def test_records_by_id_under_short_names_are_no_articles():
    # many links alike by an id in the query, each under a short name: a service's or a
    # static page's records; one whose name carries a day is an item
    found = kinds(RECORDS_BY_ID_PAGE, "https://www.x.gov.cn", "/en/")
    assert of(found, "other") == {f"/en/Content.aspx?ItemID={n}" for n in (1501, 1502, 1503, 1402)}
    assert of(found, "article") == {"/en/Content.aspx?ItemID=8990"}


PAGES_BY_NUMBER = """<html><body><nav class="menu"><ul>
<li><a href="/index.php?2728418196=">Svetainės medis</a></li>
<li><a href="/index.php?1002749052=">Pranešimai žiniasklaidai</a></li>
<li><a href="/index.php?1699668725=">Renginių kalendorius</a></li>
</ul></nav><div class="content"><ul>
<li><a href="/index.php?2464326157=">Skelbimas apie miesto bendrojo plano keitimo pradžią</a>
2024-06-03</li>
<li><a href="/index.php?2686670463=">Dėl žemės sklypų kadastrinių matavimų Kalnų kaime</a>
2024-05-30</li>
<li><a href="/index.php?1278392382=">Akcija „Darom 2024“ seniūnijose</a> 2024-05-28</li>
</ul><a href="/index.php?2583700419=">Visos galerijos</a>
<a href="/content.jsp?urltype=news.NewsContentUrl&amp;wbnewsid=5420&amp;wbtreeid=1024">航拍青峦：
初夏的国家森林公园</a>
</div></body></html>"""


def test_a_cms_that_names_each_page_by_a_bare_number_in_the_query():
    # index.php?2806731260= is that page's own number, not the index: what the page is
    # shows in its name and place, as for any page by its id (a site map is no list)
    found = kinds(PAGES_BY_NUMBER, "https://www.x.lt")
    assert found["/index.php?2728418196="] == "other"
    assert of(found, "list") == {"/index.php?1002749052=", "/index.php?1699668725=",
                                 "/index.php?2583700419="}
    # (and VSB's dynamic item by its wbnewsid, also without a date)
    assert of(found, "article") == {
        "/index.php?2464326157=", "/index.php?2686670463=", "/index.php?1278392382=",
        "/content.jsp?urltype=news.NewsContentUrl&wbnewsid=5420&wbtreeid=1024"}


RECORDS_BY_ID = """<html><body><nav class="menu"><ul>
<li><a href="/Default.aspx?ID=31">Kalendář akcí</a></li>
<li><a href="/Default.aspx?ID=33">Fotogalerie</a></li>
<li><a href="/Default.aspx?ID=34">Videa</a></li>
<li><a href="/portal/diario-oficial">Diário Oficial do Município</a></li>
</ul></nav><div class="content"><ul>
<li><a href="/Default.aspx?ID=41">Doprava</a></li>
<li><a href="/Default.aspx?ID=42">Školství</a></li>
<li><a href="/Default.aspx?ID=43">Kultura</a></li>
<li><a href="/Default.aspx?ID=44">Hejtman</a></li>
<li><a href="/Blog.aspx?IID=58">Why We're Expanding Our Mental Health Co-Responder Program</a></li>
<li><a href="/job_details.php?id=64">Nurse II (Plantilla) – City Health Office</a></li>
<li><a href="/opportunities/tender.php?ref=MBL-DPW-2024-044">MBL/DPW/2024/044: Rehabilitation of
the R34 between Hoopstad and Wesselsbron</a> 12 May 2024</li>
</ul></div></body></html>"""


def test_a_list_by_its_records_id_is_named_by_its_list_word_and_jobs_by_their_file():
    # a menu of records by id (Default.aspx?ID=33) holds lists as well as static pages: the
    # name says which; a CivicPlus blog post by its IID is an item, a job's details page
    # by its file name ("job_details.php") a job's notice, which the classes call other
    found = kinds(RECORDS_BY_ID, "https://www.x.cz")
    assert of(found, "list") == {"/Default.aspx?ID=31", "/Default.aspx?ID=33",
                                 "/Default.aspx?ID=34", "/portal/diario-oficial"}
    for path in ("/Default.aspx?ID=41", "/Default.aspx?ID=44", "/job_details.php?id=64",
                 "/opportunities/tender.php?ref=MBL-DPW-2024-044"):
        assert found[path] == "other", path
    assert found["/Blog.aspx?IID=58"] == "article"


DUTCH_AND_ROMANIAN_NOTICES = """<html><body><div class="content"><ul>
<li><a href="/activiteiten/detail/7a1c2e4f-9d3b-41a8-b6e2-5c7d8f9a0b12/open-tuinendag">Open
Tuinendag</a></li>
<li><a href="/vacature/deskundige-ruimtelijke-ordening-b1-b3">Deskundige ruimtelijke ordening
(B1-B3) – voltijds</a> 03/06/2024</li>
<li><a href="/anunt-concurs-pentru-ocuparea-functiei-publice-de-consilier/">Anunț concurs pentru
ocuparea funcției publice de consilier</a> 03.06.2024</li>
<li><a href="/anunt-privind-procedura-de-achizitie-servicii-de-curatenie-2024/">Anunț privind
procedura de achiziție a serviciilor de curățenie</a> 01.06.2024</li>
<li><a href="/nieuws/nieuwe-speeltuin-aan-de-kerkstraat-geopend">Nieuwe speeltuin aan de
Kerkstraat geopend</a> 02/06/2024</li></ul></div></body></html>"""


def test_an_activity_by_its_uuid_and_dutch_and_romanian_job_and_tender_notices():
    found = kinds(DUTCH_AND_ROMANIAN_NOTICES, "https://www.x.be")
    assert of(found, "article") == {
        "/activiteiten/detail/7a1c2e4f-9d3b-41a8-b6e2-5c7d8f9a0b12/open-tuinendag",
        "/nieuws/nieuwe-speeltuin-aan-de-kerkstraat-geopend"}
    for path in ("/vacature/deskundige-ruimtelijke-ordening-b1-b3",
                 "/anunt-concurs-pentru-ocuparea-functiei-publice-de-consilier/",
                 "/anunt-privind-procedura-de-achizitie-servicii-de-curatenie-2024/"):
        assert found[path] == "other", path


YEAR_FOLDERS = """<html><body><div class="content"><ul>
<li><a href="/media/infocus/2016/Manolis/index-eng.htm">Survey of the wreck of the Manolis L
to begin in August.</a></li>
<li><a href="/conteudo/imagens/2024/maio/formatura-de-novos-bombeiros">Formatura de 300 novos
bombeiros militares reúne famílias no ginásio</a></li>
<li><a href="/about/2016/">2016</a></li>
<li><a href="/media/infocus/2016/Manolis/contact.htm">Contact</a></li></ul></div>
</body></html>"""


def test_a_headline_under_a_years_folder_is_an_article():
    # a folder of the year above the page and a headline for its name: an item of that
    # year, whatever the page's file is called (index-eng.htm); a short name there is not
    found = kinds(YEAR_FOLDERS, "https://www.x.gc.ca")
    assert of(found, "article") == {"/media/infocus/2016/Manolis/index-eng.htm",
                                    "/conteudo/imagens/2024/maio/formatura-de-novos-bombeiros"}
    assert found["/media/infocus/2016/Manolis/contact.htm"] == "other"


ITEM_VIEWS = """<html><body><div class="content">
<div class="box"><h2>Upcoming events</h2><ul>
<li><a href="/events/view/27">Outer islands trade fair at the market grounds</a></li>
<li><a href="/events/view/28">Rural housing consultations on the northern island</a></li></ul></div>
<div class="box"><h2>Notices</h2><ul>
<li><a href="/notices/view/58">Notice: closure of the ministry's offices on Friday</a></li>
</ul></div>
<div class="box"><h2>Events</h2><ul>
<li><a href="/en/News/Events/Pages/Heritage-Week-Launch-2024.aspx">Heritage Week launch</a></li>
<li><a href="/en/News/Events/Pages/Default.aspx">All events</a></li></ul></div>
<div class="box"><h2>Aktuelles</h2><ul>
<li><a href="/system/web/news.aspx?detailonr=225860144&amp;menuonr=225104871">Straßensanierung
beschlossen</a></li></ul></div></div>
<footer><ul><li><a href="/2024/05/21/minister-tours-fish-market/">Minister tours the fish market
and meets its traders</a>
</li></ul></footer></body></html>"""


def test_items_by_a_small_number_a_libraries_events_and_detail_numbers():
    # a kind of item's view by a two-digit id, SharePoint's events library, a detail view's
    # object number in the query, a WordPress permalink with its slash
    found = kinds(ITEM_VIEWS, "https://www.x.gov.fj")
    assert of(found, "article") == {
        "/events/view/27", "/events/view/28", "/notices/view/58",
        "/en/News/Events/Pages/Heritage-Week-Launch-2024.aspx",
        "/system/web/news.aspx?detailonr=225860144&menuonr=225104871",
        "/2024/05/21/minister-tours-fish-market/"}
    assert found["/en/News/Events/Pages/Default.aspx"] == "list"



def test_a_headlines_slug_under_a_list_is_its_item_not_a_subsection():
    # links with no evidence of their own one folder below a list: five words and more in
    # the address and in the text are one of its items; a short name is a subsection
    from newscrawler.linkclass import LinkClass, _subsections
    site = "https://www.provincia.example.it/novita/comunicati-stampa"
    links = [LinkClass(site, "list", "link named like a list 'Comunicati stampa'",
                       "Comunicati stampa", None),
             LinkClass(f"{site}/chiusura-temporanea-sp-23-val-ferrera", "other",
                       "menu entry without list evidence",
                       'Chiusura temporanea della SP 23 "della Val Ferrera" per lavori', None),
             LinkClass(f"{site}/rassegna-video", "other", "menu entry without list evidence",
                       "Rassegna video", None)]
    assert [lk.kind for lk in _subsections(links)] == ["list", "article", "list"]


SIDEBAR_ITEMS = """<html><body><div class="content"><h1>Ministry of Works</h1>
<p>The ministry builds and maintains the country's roads and bridges.</p></div>
<aside><h3>Upcoming events</h3><ul>
<li><a href="/index.php/events/eventdetail/321/-/contractors-workshop">Hinterland contractors
workshop in Lethem</a></li>
<li><a href="/index.php/events/eventdetail/322/-/dam-safety">National dam safety workshop
for engineers</a></li></ul>
<h3>Speeches</h3><ul>
<li><a href="/en/Media/Speeches/Pages/2024/Speech-Minister-Mnarja-Forum.aspx">Speech by the
Minister at the opening of the forum</a></li></ul>
<h3>Naujienos</h3><ul>
<li><a href="/go.php/lit/Kovo-11-osios-minejimas-Vilkupyje/9/312">Kovo 11-osios minėjimas
Vilkupyje</a></li></ul></aside></body></html>"""


def test_events_in_a_sidebar_a_years_pages_library_and_a_slug_with_two_numbers():
    # an event's page by its address in a box beside the text; SharePoint's year folder of
    # pages; a slug followed by its category's number and its own
    found = kinds(SIDEBAR_ITEMS, "https://www.works.example.gy")
    assert of(found, "article") == {
        "/index.php/events/eventdetail/321/-/contractors-workshop",
        "/index.php/events/eventdetail/322/-/dam-safety",
        "/en/Media/Speeches/Pages/2024/Speech-Minister-Mnarja-Forum.aspx",
        "/go.php/lit/Kovo-11-osios-minejimas-Vilkupyje/9/312"}


def test_a_wordpress_post_by_its_number_in_a_menu_is_an_article():
    # a mega menu's latest posts by WordPress's shortlink, /?p=4540; its page, ?page_id=
    menu = "".join(f'<li><a href="/?page_id={n}">{name}</a></li>' for n, name in enumerate(
        ["About the ministry", "Agencies", "Projects", "Contact", "Downloads"], 12))
    page = f"""<html><body><header><nav><ul>{menu}</ul></nav><div class="news-ticker">
    <span>Latest:</span> <span><a href="/?p=4540">Minister swears in new governing board of
    the authority</a></span> <span><a href="/?p=4537">Ministry and met agency sign a data
    sharing agreement</a></span></div></header><div class="content"><p>Welcome to the
    ministry's site.</p></div></body></html>"""
    found = kinds(page, "https://www.ministry.example.gh")
    assert found["/?p=4540"] == "article"
    assert found["/?page_id=12"] == "other"


FORMS_AND_JOBS = """<html><body><div class="content"><ul>
<li><a href="/kalender/meld-inn-arrangement/">Meld inn arrangement</a></li>
<li><a href="/fr/agenda/proposer-un-evenement">Proposer un événement</a></li>
<li><a href="/eventi/annuncia">Annuncia un evento</a></li>
<li><a href="/nyheder/stillingsopslag-vi-soeger-ny-skoleleder-til-skolen">Vi søger ny skoleleder
til Rosmark Skole</a></li>
<li><a href="/praca/2396-wyniki-naboru-na-stanowisko-referenta">Wyniki naboru na stanowisko
referenta ds. księgowości</a></li>
<li><a href="/convocatoria-cas-n-005-2024-mpa/">Convocatoria CAS N° 005-2024-MPA: 12 plazas</a></li>
<li><a href="/2024/05/29/tender-award-notice-moisture-meters/">Notice of intention to award:
supply of grain moisture meters</a></li>
<li><a href="/news/tender-awarded-for-flood-works">Tender awarded for the flood resilience
works in Westport</a></li></ul></div></body></html>"""


def test_forms_that_propose_events_and_job_notices_in_more_languages_are_other():
    # the calendar's form, however its folder is named; a Nordic "we are looking for", a
    # Polish recruitment's result, Peru's job contracts; news that a tender was awarded is news
    found = kinds(FORMS_AND_JOBS, "https://www.kommune.example")
    assert of(found, "article") == {"/news/tender-awarded-for-flood-works"}


SECTIONS = """<html><body><nav><ul>
<li><a href="/english/Category_11/Index.aspx">Latest News</a></li>
<li><a href="/english/Category_302/Index.aspx">Leadership</a></li>
<li><a href="/english/Category_301/Index.aspx">Investment Guide</a></li>
<li><a href="/english/Category_12/Index.aspx?month=2024-01">January 2024</a></li>
<li><a href="/Category_25/Index.aspx">经济运行</a></li></ul></nav>
<div class="content"><p>Welcome to the department's English site.</p></div></body></html>"""


def test_a_cms_that_makes_every_section_a_category_is_judged_by_its_names():
    # SiteFactory's Category_N pages: "Latest News" lists, "Leadership" does not; a
    # month's filter of one lists; a Chinese portal's columns are lists
    found = kinds(SECTIONS, "https://swt.example.gov.cn")
    assert of(found, "list") == {"/english/Category_11/Index.aspx",
                                 "/english/Category_12/Index.aspx?month=2024-01",
                                 "/Category_25/Index.aspx"}
    assert found["/english/Category_302/Index.aspx"] == "other"


JOBS_AND_SPECIALS = """<html><body><div class="content"><ul>
<li><span>2025-06-05</span><a href="/ztzl/mfdxcy2025/">【专题】2025年“民法典宣传月”专题</a></li>
<li><span>2025-06-04</span><a href="/xwdt/202506/t20250604_1188721.html">市司法局召开全市
司法行政工作推进会部署下半年重点任务</a></li>
<li><span>2025-06-03</span><a href="/Council/Careers/Current-vacancies/Plant-Operator-Roads">
Plant Operator – Roads (Temporary)</a></li>
<li><span>2025-06-02</span><a href="/vacancies.php?vid=712">Principal Economist – Ministry of
Finance and Treasury</a></li></ul></div></body></html>"""


def test_a_special_topic_dated_in_a_list_and_vacancies_under_careers_and_by_file():
    found = kinds(JOBS_AND_SPECIALS, "https://sfj.example.gov.cn")
    assert found["/ztzl/mfdxcy2025/"] == "list"
    assert found["/xwdt/202506/t20250604_1188721.html"] == "article"
    assert found["/Council/Careers/Current-vacancies/Plant-Operator-Roads"] == "other"
    assert found["/vacancies.php?vid=712"] == "other"


LIST_ITEMS_AND_MORE_NAMES = """<html><body><nav class="menu"><ul>
<li><a href="/cms/ziel/141980111/DE/">Alle Presseaussendungen</a></li>
<li><a href="/fr/galeries">Toutes les galeries</a></li>
<li><a href="/meedia/galeriid">Fotod ja videod</a></li>
<li><a href="/opcinska-uprava/sluzbeni-glasnik">Službeni glasnik</a></li>
<li><a href="/verkehr/?thema=rad">Radverkehr</a></li>
<li><a href="/Lists/Contacts/DispForm.aspx?ID=3">Switchboard</a></li></ul></nav>
<main><p>Our hospitals opened a new ward this week. <a
href="/Lists/News/DispForm.aspx?ID=1186&amp;Source=%2Fnews">Read our latest update</a> on
the visiting hours.</p></main></body></html>"""


def test_a_sharepoint_news_lists_item_and_more_list_names():
    # a SharePoint list's item by its display form is an item wherever it is linked from,
    # when the list is named for news (a list of contacts is not); Austrian press releases,
    # French and Estonian galleries, a Croatian gazette and a filter by "thema" are lists
    found = kinds(LIST_ITEMS_AND_MORE_NAMES, "https://www.x.eu")
    assert found["/Lists/News/DispForm.aspx?ID=1186&Source=%2Fnews"] == "article"
    assert found["/Lists/Contacts/DispForm.aspx?ID=3"] == "other"
    assert of(found, "list") == {"/cms/ziel/141980111/DE/", "/fr/galeries", "/meedia/galeriid",
                                 "/opcinska-uprava/sluzbeni-glasnik", "/verkehr/?thema=rad"}


def _statements_page() -> str:
    items = "".join(
        f"<li><a href='/Newsroom/Press-Statements-Transcripts-and-Photos/2024/06/202406{d:02d}-"
        f"Joint-Statement-on-Item-{d}'>Joint Statement on the Visit of a Foreign Minister {d}</a>"
        f"</li>" for d in range(1, 8))
    pager = "".join(f"<a href='/Newsroom/Press-Statements-Transcripts-and-Photos?page={n}'>{n}"
                    f"</a>" for n in (1, 3))
    return (f"<html><body><main><ul>{items}</ul><div class='pagination'>{pager}</div>"
            "<div class='filter'><a href='/Newsroom/Press-Statements-Transcripts-and-Photos?"
            "year=2023'>2023</a></div></main></body></html>")


def test_a_slugs_page_with_its_items_below_its_address_is_their_list():
    # the page's own address reads like an article's (five words), but seven items sit
    # below it: its pager and its year filter are the list's, no parts of an article
    found = kinds(_statements_page(), "https://www.mfa.example.sg",
                  "/Newsroom/Press-Statements-Transcripts-and-Photos?page=2")
    base = "/Newsroom/Press-Statements-Transcripts-and-Photos"
    assert of(found, "list") == {f"{base}?page=1", f"{base}?page=3", f"{base}?year=2023"}
    assert len(of(found, "article")) == 7


PRESS_ITEM = ("/de/service/presse-und-oeffentlichkeitsarbeit/pressemitteilung/pid/"
              "land-stellt-neue-streifenwagen-in-dienst/")
SERVICE_PRESS_AND_HOMES = f"""<html><body><nav class="menu"><ul>
<li><a href="/Home">Blacktown City Council home</a></li>
<li><a href="/cas/inicio">Ir a Ajuntament de València</a></li>
<li><a href="/service/presse-2/pressestellen-der-staatsregierung/">Pressestellen</a></li>
<li><a href="/spnoticias/especiais/operacao-verao-2025/">Operação Verão 2025</a></li>
<li><a href="/nieuws/beeldbank/">Beeldbank</a></li>
<li><a href="/Publications/Recueils-des-actes-administratifs">Recueils des actes
administratifs</a></li><li><a href="/kontakt">Kontakt</a></li>
<li><a href="/impressum">Impressum</a></li></ul></nav>
<footer><ul><li><a href="/public/6631/110447998.html">
《高新区量子科技产业发展行动方案（2024—2026年）》解读</a></li></ul></footer>
<main><ul><li><a href="{PRESS_ITEM}">Land stellt 237 neue Streifenwagen in Dienst</a></li>
</ul></main></body></html>"""


def test_a_press_offices_items_under_a_service_folder_homes_specials_and_long_chinese_names():
    # a press release two levels under a folder named for a list, under the service
    # folder, is an item (the service's own page right under it is not); a home page
    # without a file, a Portuguese special, a Dutch image bank and French collections of
    # acts are lists; sixteen ideographs ending in 解读 are an item's headline, no list's name
    found = kinds(SERVICE_PRESS_AND_HOMES, "https://www.x.example.de")
    assert found[PRESS_ITEM] == "article"
    assert found["/service/presse-2/pressestellen-der-staatsregierung/"] == "other"
    assert {"/Home", "/cas/inicio", "/spnoticias/especiais/operacao-verao-2025/",
            "/nieuws/beeldbank/", "/Publications/Recueils-des-actes-administratifs"} <= of(
        found, "list")
    assert found["/public/6631/110447998.html"] != "list"


DAY_HEADINGS = """<html><body><nav><ul><li><a href="/kurashi/">くらし・手続き</a></li>
<li><a href="/city-info/">市政情報</a></li></ul></nav><main><h1>記者発表資料（令和7年3月）</h1>
<h2>3月7日（金曜日）</h2><ul class="press_list">
<li><a href="/press/kotsu/2025/0307bus-daiya.html">市営バス ダイヤ改正を実施します</a>
（交通局）</li><li><a href="/press/kankyo/2025/0307hanami.html">「花と緑のフェア2025」を開催します
</a>（環境局）</li>
</ul><h2>March 6</h2><ul><li><a href="/press/en/road-works-on-ring-road.html">Night closures
of the Ring Road for resurfacing works next week</a></li></ul>
<dl><dt>5 March 2025</dt><dd><a href="/press/en/pool.html">The new swimming pool opens its
doors to the public on Saturday</a></dd></dl></main></body></html>"""


def test_a_lists_items_under_the_heading_of_their_day_are_items():
    # a press-release list grouped by day, no date in the rows (a Japanese city's, half of
    # its headlines kana); a day's heading in English; a definition list's term
    found = kinds(DAY_HEADINGS, "https://www.city.example.jp", "/press/ichiran/2025-03.html")
    assert {"/press/kotsu/2025/0307bus-daiya.html", "/press/kankyo/2025/0307hanami.html",
            "/press/en/road-works-on-ring-road.html", "/press/en/pool.html"} <= of(
        found, "article")
    assert found["/kurashi/"] != "article"


def _teasers(folder: str, n: int) -> str:
    return "".join(f'<article class="teaser"><a href="/{folder}/art-20000117{i:05d}.html">'
                   f"Council agrees new plan number {i} for the harbour district</a></article>"
                   for i in range(n))


_ACCENTED_SLUG = ("/news/faits-divers/brand-an-engem-appartementshaus-zu-diddeleng-f%C3%ABnnef"
                  "-leit-evaku%C3%A9iert-1798411562")
SECTIONS_BY_NAME = f"""<html><body><main><h1>Talous</h1>{_teasers("talous", 6)}</main>
<aside><h2>Luetuimmat</h2><ol>
<li><a href="/kotimaa/art-2000011747108.html">Poliisi tutkii kauppakeskuksen tulipaloa
tuhopolttona</a></li>
<li><a href="/urheilu/art-2000011746533.html">Leijonat kaatoi Ruotsin jatkoajalla</a></li>
<li><a href="/kotimaa/1798411.html">Kaupunki avaa uuden uimahallin ensi viikolla</a></li>
<li><a href="{_ACCENTED_SLUG}">Brand an engem Appartementshaus zu Diddeleng:
Fënnef Leit evakuéiert</a></li>
</ol></aside><footer><a href="/hsinfo/yhteystiedot/">Yhteystiedot</a></footer></body></html>"""


def test_a_headline_named_like_the_sections_articles_and_a_slug_beyond_ascii():
    # a news site names its items by one template in every section folder: a "most read"
    # box's items in other sections are articles like the section's teasers; a bare number
    # is not such a name (every page of a numbering CMS has one); a slug's accented
    # letters come percent-encoded and are words all the same
    found = kinds(SECTIONS_BY_NAME, "https://www.hs.example.fi", "/talous/")
    assert {"/kotimaa/art-2000011747108.html", "/urheilu/art-2000011746533.html",
            _ACCENTED_SLUG} <= of(found, "article")
    assert found["/kotimaa/1798411.html"] != "article"


def _press_rows(n: int) -> str:
    return "".join(f'<li><span>2025年3月{i + 1}日</span><a href="/hodoshiryo/kensetsu/00006'
                   f'{i:05d}.html">市営住宅の入居者募集について第{i + 1}回のお知らせです</a></li>'
                   for i in range(n))


BUREAU_VIEWS = f"""<html><body><main><h1>報道発表資料（今月）</h1><ul>{_press_rows(6)}</ul>
<div class="bureaus"><a href="/hodoshiryo/31-Curr.html">建設局</a>
<a href="/hodoshiryo/15-Curr.html">健康局</a></div></main></body></html>"""


def test_items_whose_slug_comes_before_their_view_and_id_are_siblings():
    # a regional paper's home page: /<edition>/<slug>/ar/c1-<id>, a tabloid's section:
    # /news/<section>/<slug>/news-story/<hash>, no dates beside them; a folder of three words
    # over a council's pages is a section's, and its pages stay apart
    items = [f"/swietokrzyskie/{slug}/ar/c1-1853{n:04d}" for n, slug in enumerate((
        "kielce-nowa-linia-autobusowa-od-czerwca", "huta-inwestuje-w-piec-elektryczny",
        "szpital-ma-nowy-tomograf-w-skarzysku", "remont-parku-zdrojowego-na-finiszu"))]
    stories = [f"/news/northern-territory/{slug}/news-story/{n:032x}" for n, slug in enumerate((
        "croc-spotted-at-casuarina-beach", "stuart-highway-closed-after-rollover",
        "darwin-airport-new-direct-flights", "palmerston-water-park-to-reopen"), 1)]
    pages = ["/residents/roads-and-transport/road-conditions",
             "/residents/roads-and-transport/parking-permits",
             "/residents/roads-and-transport/bus-timetables",
             "/residents/roads-and-transport/footpath-repairs"]
    links = "".join(f"<div class='card'><a href='{u}'>Headline number {n} of the day, in full "
                    "words</a></div>" for n, u in enumerate(items + stories))
    links += "".join(f"<li><a href='{u}'>Service {n}</a></li>" for n, u in enumerate(pages))
    found = kinds(f"<html><body><main>{links}</main></body></html>", "https://news.example.pl")
    assert all(found[u] == "article" for u in items + stories)
    assert all(found[u] != "article" for u in pages)
    assert address_template("https://x.example/a/croc-spotted-at-the-beach/news-story/"
                            "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e") == "x.example/a/S/news-story/H?"


def test_a_link_at_a_list_pages_own_address_template_is_another_view_of_it():
    # the month's press releases filtered by bureau: 31-Curr.html beside this page's own
    # 0-Curr.html
    found = kinds(BUREAU_VIEWS, "https://www.city.example.jp", "/hodoshiryo/0-Curr.html")
    assert {"/hodoshiryo/31-Curr.html", "/hodoshiryo/15-Curr.html"} <= of(found, "list")
    # (a page named by a bare number shares its template with every page of its CMS)
    found = kinds(BUREAU_VIEWS.replace("31-Curr", "31").replace("15-Curr", "15"),
                  "https://www.city.example.jp", "/hodoshiryo/0.html")
    assert found["/hodoshiryo/31.html"] != "list"


_DOWNLOAD = "/home/file/readDownloadFile.do?fileId={}&amp;fileSeq=1"
FILES_IN_ROWS = f"""<html><body><main><table class="board"><tbody>
<tr><td>2025-07-14</td><td><a href="read.do?boardId=1&amp;menuId=286">여름철 녹조 대응
강화를 위한 관계부처 합동 점검 실시</a></td>
<td><a href="{_DOWNLOAD.format(298411)}">여름철 녹조 대응 강화… .hwpx</a></td></tr>
<tr><td>2025-07-13</td><td><a href="read.do?boardId=2&amp;menuId=286">폐배터리 재활용
기준 마련을 위한 업계 간담회 개최</a></td>
<td><a href="{_DOWNLOAD.format(298414)}">폐배터리 재활용 기준… .pdf</a></td></tr>
</tbody></table><ul><li><a href="/shisei/category/53-5-0-0-0-0-0-0-0-0.html">報道発表資料</a>
</li></ul></main></body></html>"""


def test_a_rows_file_by_its_name_or_download_address_and_a_category_by_numbers():
    found = kinds(FILES_IN_ROWS, "https://www.me.example.kr", "/home/web/board/list.do")
    files = {u for u in found if "readDownloadFile" in u}
    assert len(files) == 2 and all(found[u] == "other" for u in files)
    assert {u for u in found if "read.do" in u and "readDownload" not in u} <= of(found, "article")
    # (a name of numbers and hyphens is a category's coordinates, not a slug of words: the
    # page at one is no article, its own link no copy of one)
    found = kinds(FILES_IN_ROWS, "https://www.city.example.jp",
                  "/shisei/category/53-5-0-0-0-0-0-0-0-0.html")
    assert found["/shisei/category/53-5-0-0-0-0-0-0-0-0.html"] != "article"


def test_a_slug_folder_over_a_numbered_page_is_an_item():
    # (a broadcaster's "most read" box: no dates, the item's slug as a folder over its number)
    page = ("<html><body><main><h1>Economía</h1></main><aside><h2>Lo más visto</h2><ol>"
            "<li><a href='/noticias/20250305/huelga-limpieza-metro-madrid-acuerdo/16481433.shtml'>"
            "Desconvocada la huelga de limpieza del metro tras el acuerdo</a></li>"
            "</ol></aside></body></html>")
    found = kinds(page, "https://www.tv.example.es", "/noticias/economia/3/")
    assert found["/noticias/20250305/huelga-limpieza-metro-madrid-acuerdo/16481433.shtml"] == (
        "article")


def test_korean_menu_names_of_lists_by_concept():
    # (a ministry's menu of boards by menuId: press and explanations, notices, the
    # minister's activities, videos, publications; its policy pages are static)
    menu = "".join(f'<li><a href="/home/web/index.do?menuId={n}">{name}</a></li>' for n, name in (
        (286, "보도·설명"), (290, "공지·공고"), (10599, "장관 동정"), (10394, "동영상"),
        (10405, "홍보책자·간행물"), (10305, "입법·행정예고"), (10001, "정책 소개"),
        (10002, "조직도")))
    found = kinds(f"<html><body><nav><ul>{menu}</ul></nav></body></html>",
                  "https://www.me.example.kr", "/home/web/main.do")
    lists = {f"/home/web/index.do?menuId={n}" for n in (286, 290, 10599, 10394, 10405, 10305)}
    assert lists <= of(found, "list")
    assert found["/home/web/index.do?menuId=10002"] != "list"


def test_a_referral_marker_leaves_the_address_an_article():
    # (a daily's home page tags every teaser with the box it sits in; a reference that starts
    # with a digit names a document and stays part of the address)
    teasers = "".join(
        f"<li><a href='/{sec}/{slug}-noticia/?ref=ecr'>{text}</a></li>" for sec, slug, text in (
            ("lima", "linea-2-del-metro-iniciara-operacion-comercial-en-junio",
             "Línea 2 del Metro iniciará operación comercial en junio"),
            ("peru", "intensas-lluvias-dejan-mas-de-300-viviendas-afectadas",
             "Intensas lluvias dejan más de 300 viviendas afectadas")))
    page = f"<html><body><main><h2>Lo último</h2><ul>{teasers}</ul></main></body></html>"
    found = kinds(page, "https://diario.example.pe")
    assert found["/lima/linea-2-del-metro-iniciara-operacion-comercial-en-junio-noticia/"
                 "?ref=ecr"] == "article"
    assert found["/peru/intensas-lluvias-dejan-mas-de-300-viviendas-afectadas-noticia/"
                 "?ref=ecr"] == "article"


def test_a_section_and_a_long_number_or_ids_before_a_slug_are_articles_with_headlines():
    # (a wire's rows, each in its section's folder by a long number; a daily's items by its
    # ids before the slug; a town's static pages numbered as its news are, under short names)
    rows = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        ("/politics/1787460", "Kremlin comments on proposal for an Easter truce in the east"),
        ("/economy/1787411", "Russia's GDP grew 5.4% in the first quarter, statistics show"),
        ("/magazyn/7,124059,30706612,ostatni-sezon-na-helu.html",
         "Ostatni sezon na Helu. Reportaż z południa półwyspu")))
    menu = ("<nav><ul><li><a href='/objava/400105'>O županu</a></li>"
            "<li><a href='/objava/400300'>Uradne ure</a></li></ul></nav>")
    page = f"<html><body>{menu}<main><ul>{rows}</ul></main></body></html>"
    found = kinds(page, "https://wire.example.com", "/world")
    assert found["/politics/1787460"] == "article"
    assert found["/economy/1787411"] == "article"
    assert found["/magazyn/7,124059,30706612,ostatni-sezon-na-helu.html"] == "article"
    assert found["/objava/400105"] != "article"
    assert found["/objava/400300"] != "article"
    # ... but a day's number is the day's edition, no document's
    day = "<html><body><main><a href='/paivanlehti/05122026/'>Lauantai 5.12.2026</a></main>"
    assert kinds(day, "https://paper.example.fi")["/paivanlehti/05122026/"] != "article"


def test_a_slug_before_a_views_name_and_id_or_an_id_a_slug_and_a_language():
    # (a business daily's rows: the slug, then the view and the id; a chief minister's
    # releases: the id, the slug, then the language; its static pages have short names)
    rows = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        ("/markets/stocks/news/sensex-nifty-end-lower-for-third-day/articleshow/115559612.cms",
         "Sensex, Nifty end lower for third day as FII selling persists"),
        ("/news/new-homes-ombudsman-receives-first-complaints/5129301.article",
         "New Homes Ombudsman receives first complaints"),
        ("/2411/cm-greets-people-on-kanakadasa-jayanti/en",
         "CM greets people on Kanakadasa Jayanti at the state function"),
        ("/news/money/economy/924470/inflation-eases-to-1-9-in-september/story/",
         "Inflation eases to 1.9% in September")))
    menu = "<nav><ul><li><a href='/15/terms-and-conditions/en'>Terms &amp; Conditions</a></li>"
    page = f"<html><body>{menu}</ul></nav><main><ul>{rows}</ul></main></body></html>"
    found = kinds(page, "https://news.example.in", "/latest-news")
    assert found["/markets/stocks/news/sensex-nifty-end-lower-for-third-day/articleshow/"
                 "115559612.cms"] == "article"
    assert found["/news/new-homes-ombudsman-receives-first-complaints/5129301.article"] == (
        "article")
    assert found["/2411/cm-greets-people-on-kanakadasa-jayanti/en"] == "article"
    assert found["/news/money/economy/924470/inflation-eases-to-1-9-in-september/story/"] == (
        "article")
    assert found["/15/terms-and-conditions/en"] != "article"


def test_an_item_by_its_id_and_slug_under_a_view_word_or_sections_or_its_kind():
    # a wire's rows end in the view's word (/<id>/<slug>/vest); a daily numbers its items
    # first, then its sections and the slug; TYPO3 news's detail view names the item's kind
    rows = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        ("/ekonomija/privreda/1098290/izvoz-u-prvih-pet-meseci-veci-za-sedam-odsto/vest",
         "Izvoz u prvih pet meseci veći za sedam odsto"),
        ("/hronika/1098276/uhapsen-osumnjiceni-za-pljacku-u-cacku/vest",
         "Uhapšen osumnjičeni za pljačku u Čačku"),
        ("/medias/communiques/detail/article/le-conseil-adopte-le-budget-de-la-ville/",
         "Le Conseil municipal adopte le budget de la ville")))
    column = "".join(f"<li><a href='/{n}/mnenja/kolumne/{slug}'>{text}</a></li>" for n, slug,
                     text in ((1043055799, "kdo-bo-placal-racun", "Kdo bo plačal račun"),
                              (1043055760, "ko-se-reka-umakne", "Ko se reka umakne"),
                              (1043055712, "tiha-poletna-kriza", "Tiha poletna kriza"),
                              (1043055690, "mesto-brez-parkirisc", "Mesto brez parkirišč")))
    page = (f"<html><body><main><ul>{rows}</ul><h2>Mnenja</h2><ul>{column}</ul>"
            "<p><a href='/1043055600/impresum'>Impresum</a></p></main></body></html>")
    found = kinds(page, "https://news.example.rs", "/ekonomija")
    for path in ("/ekonomija/privreda/1098290/izvoz-u-prvih-pet-meseci-veci-za-sedam-odsto/vest",
                 "/hronika/1098276/uhapsen-osumnjiceni-za-pljacku-u-cacku/vest",
                 "/medias/communiques/detail/article/le-conseil-adopte-le-budget-de-la-ville/",
                 "/1043055799/mnenja/kolumne/kdo-bo-placal-racun",
                 "/1043055690/mnenja/kolumne/mesto-brez-parkirisc"):
        assert found[path] == "article", path
    assert found["/1043055600/impresum"] != "article"


def test_a_live_story_by_its_moment_in_a_ticker_and_a_gallery_by_its_kind_code():
    # a ticker in the header: the slug, the moment to the second and the kind ("-directo");
    # a box of one gallery: the slug, the kind's code and the id (/ga/c1-18853702)
    page = ("<html><body><nav><ul><li><a href='/deportes/'>Deportes</a></li><li><a href='/"
            "sporting/directo-sporting-racing-ferrol-20261206180000-directo.html'>Directo: "
            "Sporting-Racing de Ferrol</a></li></ul></nav><main><p>Gijón</p></main><aside><a "
            "href='/jarmark-na-placu-po-farze-zobacz-zdjecia/ga/c1-18853702'>Jarmark na placu po "
            "Farze. Zobacz zdjęcia z otwarcia</a></aside></body></html>")
    found = kinds(page, "https://www.paper.example.es", "/gijon/")
    assert found["/sporting/directo-sporting-racing-ferrol-20261206180000-directo.html"] == (
        "article")
    assert found["/jarmark-na-placu-po-farze-zobacz-zdjecia/ga/c1-18853702"] == "article"
    assert found["/deportes/"] != "article"


def test_an_item_by_its_id_its_slug_and_its_view_in_a_box_of_its_own():
    # a broadcaster's "most read" box beside a section's list: one item each, no date
    box = ("<aside class='widget'><h3>Most read</h3><div><a href='/news/money/economy/924470/"
           "inflation-eases-to-1-9-in-september-psa/story/'>Inflation eases to 1.9% in "
           "September</a></div></aside>")
    found = kinds(f"<html><body><main><p>Section</p></main>{box}</body></html>",
                  "https://www.tv.example.ph", "/news/topstories/nation/")
    assert found["/news/money/economy/924470/inflation-eases-to-1-9-in-september-psa/story/"] == (
        "article")


def test_a_slug_with_a_letter_code_and_its_id_after_a_dot():
    # CH Media's and NZZ's items: <slug>-ld.2581290, in a box of their own with no date
    box = ("<aside><h3>Meistgelesen</h3><div><a href='/ostschweiz/thurgau/arbon-werft-areal-"
           "wird-ueberbaut-ld.2580844'>Arbon: Werft-Areal wird überbaut</a></div></aside>")
    found = kinds(f"<html><body><main><p>Region</p></main>{box}</body></html>",
                  "https://www.paper.example.ch", "/ostschweiz/stgallen")
    assert found["/ostschweiz/thurgau/arbon-werft-areal-wird-ueberbaut-ld.2580844"] == "article"


def test_a_search_word_in_a_headlines_slug_is_no_search_page():
    # "recherche", "search", "Suche" as words of a story's slug; a search page by its folder
    # or its own short name stays one
    rows = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        ("/fr/story/la-police-recherche-un-conducteur-en-fuite-103205212",
         "La police recherche un conducteur en fuite à Strassen"),
        ("/news/nzdf-assists-search-for-missing-fishing-vessel/",
         "NZDF assists search for missing fishing vessel off Northland")))
    page = ("<html><body><nav><ul><li><a href='/recherche'>Recherche</a></li>"
            "<li><a href='/site-search'>Search</a></li></ul></nav>"
            f"<main><ul>{rows}</ul></main></body></html>")
    found = kinds(page, "https://news.example.lu", "/fr")
    assert found["/fr/story/la-police-recherche-un-conducteur-en-fuite-103205212"] == "article"
    assert found["/news/nzdf-assists-search-for-missing-fishing-vessel/"] == "article"
    assert found["/recherche"] == found["/site-search"] == "other"


def test_a_taiwanese_list_dates_its_rows_in_republic_years():
    # a JSP portal's press releases, page 2: each row's cell "113-05-17" (2024-05-17) dates
    # it, so the list's own page links are its pager, not an article's parts
    rows = "".join(
        f"<tr><td>{n}</td><td class='date'>113-05-{n:02d}</td><td><a href='home.jsp?id=26&amp;"
        f"mcustomize=news_view.jsp&amp;dataserno=2024050{n}0001'>海委會發布第{n}則新聞稿"
        "說明海洋保育成果</a></td></tr>" for n in range(10, 16))
    pager = "".join(f"<a href='home.jsp?id=26&amp;mcustomize=news_list.jsp&amp;page={n}'>{n}</a>"
                    for n in (1, 3))
    page = (f"<html><body><table><tbody>{rows}</tbody></table><div class='page'>{pager}</div>"
            "</body></html>")
    found = kinds(page, "https://www.a.gov.tw/ch/",
                  "home.jsp?id=26&mcustomize=news_list.jsp&page=2")
    assert len([u for u, k in found.items() if "news_view" in u and k == "article"]) == 6
    assert [k for u, k in found.items() if "news_list" in u] == ["list", "list"]


def test_legal_pages_named_with_a_lists_word_and_items_in_another_language():
    # (a Taiwanese portal's footer: its privacy and security policies end with 政策; a
    # press release list's "中文" beside each release leads to that release in Chinese)
    footer = ("<footer><a href='/cp.aspx?n=1351'>隱私權保護政策</a>"
              "<a href='/cp.aspx?n=1352'>資訊安全政策</a>"
              "<a href='/copyright.html'>Copyright Notices</a></footer>")
    rows = "".join(
        f"<tr><td>{d} March 2024</td><td><a href='/eng/ppr/archives/240{d}01.htm'>Salaries tax "
        f"returns for the year {d} issued today by the department</a></td>"
        f"<td><a href='/chi/ppr/archives/240{d}01.htm'>中文</a></td></tr>" for d in (31, 32, 33))
    page = f"<html><body><main><table>{rows}</table></main>{footer}</body></html>"
    found = kinds(page, "https://www.ird.example.gov.hk", "/eng/ppr/prs_202403.htm")
    for path in ("/cp.aspx?n=1351", "/cp.aspx?n=1352", "/copyright.html"):
        assert found[path] == "other", path
    for d in (31, 32, 33):
        assert found[f"/chi/ppr/archives/240{d}01.htm"] == "article"


def test_a_link_named_by_a_month_and_its_year_is_that_months_archive():
    # a Joomla K2 news page's archive box ("maio 2024 (41)" at itemlist/date/2024/5.html) and
    # a Japanese press list's months under its year's heading ("12月" at list486-1785-12.html)
    box = "".join(f"<li><a href='/pt/noticias/itemlist/date/2024/{m}.html'>{name} 2024 ({n})"
                  "</a></li>" for m, name, n in ((5, "maio", 41), (4, "abril", 63)))
    months = "".join(f"<li><a href='/site/press-release/list486-1785-{m}.html'>{m}月</a></li>"
                     for m in (12, 11, 10))
    page = (f"<html><body><main><h1>Notícias</h1><ul class='archive'>{box}</ul>"
            f"<h2>2024年</h2><ul>{months}</ul></main></body></html>")
    found = kinds(page, "https://www.city.example.pt", "/pt/noticias")
    assert found["/pt/noticias/itemlist/date/2024/5.html"] == "list"
    assert found["/pt/noticias/itemlist/date/2024/4.html"] == "list"
    for m in (12, 11, 10):
        assert found[f"/site/press-release/list486-1785-{m}.html"] == "list"
    # ... not a month's name alone, nor a day of it
    page = ("<html><body><main><p><a href='/about/may'>May</a> <a href='/news/may-12'>May 12</a>"
            "</p></main></body></html>")
    found = kinds(page, "https://www.city.example.pt", "/")
    assert found["/about/may"] == "other" and found["/news/may-12"] == "other"


def test_a_page_named_by_the_number_one_is_a_lists_page():
    # a disclosure catalogue's channels as its menu prints them: each at its first page,
    # "/gk/zfxxgkzd/1.html"; an item's page by a longer number stays none
    menu = "".join(f"<li><a href='/gk/{col}/1.html'>{name}</a></li>" for col, name in (
        ("zfxxgkzd", "政府信息公开制度"), ("czxx", "财政预决算")))
    page = (f"<html><body><main><ul>{menu}</ul><p><a href='/gk/czxx/1874.html'>附件</a></p>"
            "</main></body></html>")
    found = kinds(page, "https://www.city.example.gov.cn", "/gk/szfwj/1.html")
    assert found["/gk/zfxxgkzd/1.html"] == "list" and found["/gk/czxx/1.html"] == "list"
    assert found["/gk/czxx/1874.html"] != "list"


def test_a_topic_under_the_folder_of_topics_in_the_content_is_its_list():
    # a town's news page: its topics under /noticias/tema/, a state's under /temas/, a
    # region's as files; the menu's topics, as often static pages, are judged by the menu
    topics = "".join(f"<a href='{path}'>{name}</a> " for path, name in (
        ("/noticias/tema/obras", "Obras"), ("/temas/desarrollo-social", "Desarrollo social"),
        ("/tema/klimat-och-miljo.html", "Klimat och miljö")))
    menu = "".join(f"<li><a href='/no/tema/{t}/id21{n}/'>{t.title()}</a></li>"
                   for n, t in enumerate(("arbeidsliv", "helse", "klima", "skole", "kultur",
                                          "transport", "bolig")))
    page = (f"<html><body><nav><ul>{menu}</ul></nav><main><h1>Notícias</h1>"
            f"<p class='topics'>{topics}</p></main></body></html>")
    found = kinds(page, "https://www.city.example.pt", "/noticias")
    for path in ("/noticias/tema/obras", "/temas/desarrollo-social", "/tema/klimat-och-miljo.html"):
        assert found[path] == "list", path
    assert found["/no/tema/arbeidsliv/id210/"] == "other"  # (a static topic's page)


def test_a_korean_board_of_jobs_or_tenders_is_other_whatever_its_address():
    # a province's menu: its recruitment and bidding boards at list addresses, beside its
    # press board
    menu = "".join(f"<li><a href='/www/{path}'>{name}</a></li>" for path, name in (
        ("selectRecruitList.do?key=445", "채용정보"), ("selectBidList.do?key=447", "입찰공고"),
        ("selectBbsNttList.do?bbsNo=12&key=432", "보도자료")))
    page = f"<html><body><main><ul>{menu}</ul></main></body></html>"
    found = kinds(page, "https://www.province.example.go.kr", "/www/index.do")
    assert found["/www/selectRecruitList.do?key=445"] == "other"
    assert found["/www/selectBidList.do?key=447"] == "other"
    assert found["/www/selectBbsNttList.do?bbsNo=12&key=432"] == "list"


def test_a_slug_then_its_id_after_a_key_is_an_item():
    # a German regional daily's teasers: the slug, then "_arid," and the article's number
    # (its galleries' "_mediagalid,"); its sections are plain names
    items = "".join(f"<li><a href='/landkreis/{place}_artikel,-{slug}-_arid,{n}.html'>{text}"
                    "</a></li>" for place, slug, n, text in (
                        ("ulm", "neue-strassenbahnlinie-uebertrifft-erwartungen", 11302733,
                         "Neue Straßenbahnlinie übertrifft Erwartungen"),
                        ("aalen", "reichsstaedter-tage-fallen-aus", 11302523,
                         "Reichsstädter Tage fallen aus")))
    gallery = ("<a href='/biberach_bildergalerie,-so-bunt-war-der-wochenmarkt-_mediagalid,65734"
               ".html'>So bunt war der Wochenmarkt</a>")
    page = f"<html><body><main><ul>{items}</ul>{gallery}</main></body></html>"
    found = kinds(page, "https://www.paper.example.de", "/")
    assert found["/landkreis/ulm_artikel,-neue-strassenbahnlinie-uebertrifft-erwartungen-"
                 "_arid,11302733.html"] == "article"
    assert found["/biberach_bildergalerie,-so-bunt-war-der-wochenmarkt-_mediagalid,65734.html"] \
        == "article"


def test_the_news_of_one_office_under_the_news_folder_is_a_list():
    # a province's news page: beside each item, its ministry's news
    rows = "".join(f"<li><span>12/03/2025</span> <a href='/prensa/noticias/{slug}-{n}'>{t}</a> "
                   f"<a href='/prensa/noticias/organismo/{office}'>{name}</a></li>"
                   for n, (slug, t, office, name) in enumerate((
                       ("vacunacion-en-escuelas", "Comenzó la vacunación en escuelas",
                        "ministerio-de-salud-publica", "Ministerio de Salud Pública"),
                       ("obras-en-rutas", "Avanzan las obras en rutas provinciales",
                        "ministerio-de-infraestructura", "Ministerio de Infraestructura")),
                       start=91234))
    page = f"<html><body><main><ul>{rows}</ul></main></body></html>"
    found = kinds(page, "https://www.province.example.gob.ar", "/prensa/noticias")
    assert found["/prensa/noticias/organismo/ministerio-de-salud-publica"] == "list"
    assert found["/prensa/noticias/organismo/ministerio-de-infraestructura"] == "list"
    assert found["/prensa/noticias/vacunacion-en-escuelas-91234"] == "article"
    # ... and a region's news beside the nation's, under the news' folder
    page = ("<html><body><main><ul><li><a href='/om-oss/nyheter/region-nord/'>Region Nord</a>"
            "</li><li><a href='/om-oss/nyheter/region-syd/'>Region Syd</a></li></ul></main>"
            "</body></html>")
    found = kinds(page, "https://www.agency.example.se", "/om-oss/nyheter/nationellt/")
    assert found["/om-oss/nyheter/region-nord/"] == "list"


def test_items_by_an_id_with_a_kind_a_moment_in_the_name_a_nested_story_or_a_news_key():
    # a wire's /ekonomika/<slug>/822980-clanok.html, a daily's /<slug>-20240912230055-nt.html,
    # a broadcaster's related story /stories/3371842/3371866/, DotNetNuke's /newsid/<GUID>/
    paths = ("/ekonomika/dph-od-januara-ktore-tovary-zdrazeju/822980-clanok.html",
             "/opinion/editorial/financiacion-singular-20240912225812-nt.html",
             "/stories/3371842/3371866/",
             "/vi-vn/Tin-tuc/tid/Le-hoi-Hue-2024/newsid/F70E4FAB-8923-4FCA-B2D7-1524DCD4F2C0/"
             "cid/888BF010-BF90-4B5B-83C3-EC2A1B2C3D4E")
    found = _teased_once(paths, "https://www.news.example.sk")
    for path in paths:
        assert found[path] == "article", path


def _teased_once(paths: tuple[str, ...], base: str) -> dict[str, str]:
    """The classes of *paths*, each linked once from a front page under a headline."""
    rows = "".join(f"<p><a href='{p}'>The council approves the budget for the year {n}</a></p>"
                   for n, p in enumerate(paths))
    return kinds(f"<html><body><main>{rows}</main></body></html>", base, "/")


def test_items_by_a_moment_after_a_dot_or_by_a_long_id_a_dot_and_a_slug():
    # a Czech publisher's /krimi/<slug>.A240315_084511_dx-krimi_lub (its videos' .V…), a
    # regional publisher's /news/national/24188201.<slug>/, each teased once on a front page
    paths = ("/krimi/policie-dopadla-muze-prepadeni-benzinky.A240315_084511_dx-krimi_lub",
             "/video/medved-beskydy-zaznam-fotopast.V240314_121700_dx-video_ved",
             "/news/national/24188201.man-charged-murder-birmingham-stabbing/")
    found = _teased_once(paths, "https://www.news.example.cz")
    for path in paths:
        assert found[path] == "article", path


def _stern_rows(n: int) -> str:
    return "".join(f"<li><time>14.03.2025</time><a href='/politik/deutschland/koalition--"
                   f"union-und-spd-einigen-sich-auf-zeitplan-{35541287 - i}.html'>Union und "
                   f"SPD einigen sich auf den Zeitplan, Runde {i}</a></li>" for i in range(6))


SLUG_ID_SECTIONS = f"""<html><body><header><nav><ul>
<li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/kultur/">Kultur</a></li>
<li><a href="/reise/">Reise</a></li><li><a href="/auto/">Auto</a></li>
<li><a href="/rajya/">Rajya</a></li>
<li><a href="/themen/kommunen/landkreise-und-kreisfreie-staedte-157705.html">Landkreise
und kreisfreie Städte</a></li></ul></nav></header>
<main><ul>{_stern_rows(6)}</ul>
<p><a href="/sport/2025/03/14/bayern-verliert-topspiel-in-leverkusen/">Bayern verliert das
Topspiel in Leverkusen</a> <time>14.03.2025</time></p>
<p><a href="/service/202301/t20230110_1.html">So beantragen Sie einen Ausweis</a>
<time>10.01.2023</time></p>
<p><a href="/rajya/bihar/patna-metro-trial-run-begins-next-month/3987654/">Patna metro trial
run begins next month</a> <time>14.03.2025</time></p>
<p><a href="/soshiki/13200/kafun-r6.html">Pollen forecast for the season</a>
<time>14.03.2025</time></p>
<aside><h2>Meistgelesen</h2><ol>
<li><a href="/panorama/weltgeschehen/unwetter-in-spanien--touristen-sitzen-auf-mallorca-fest-\
35541190.html">Touristen sitzen auf Mallorca fest</a></li>
<li><a href="/gesellschaft/rente--was-sich-zum-1--april-aendert-35540822.html">Rente: Was
sich zum 1. April ändert</a></li></ol></aside></main>
<footer><ul><li><a href="/service/">Service</a></li>
<li><a href="/soshiki/">Soshiki</a></li><li><a href="/impressum/">Impressum</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></footer></body></html>"""


def test_a_menu_section_over_one_item_dated_or_headlined_and_slug_id_headlines_elsewhere():
    # a news site's menu: /sport/ over one item at /sport/2025/03/14/<slug>/ is its section
    # (a news CMS dates its items to the day under the section), where a portal's static
    # page on the article template, dated by month (/service/202301/t…), makes no list of
    # its footer's entry
    found = kinds(SLUG_ID_SECTIONS, "https://www.stern.example.de", "/politik/")
    assert found["/sport/"] == "list"
    assert found["/service/"] != "list"
    # ... and so is one over an item named by its headline and an id, where one over an item
    # named by a code is not
    assert found["/rajya/"] == "list"
    assert found["/soshiki/"] != "list"
    # a "most read" box's headlines at the slug-and-id names of the list's items, in other
    # sections and depths, are items; a menu's page so named is not (such a CMS names its
    # static pages so too)
    assert {"/panorama/weltgeschehen/unwetter-in-spanien--touristen-sitzen-auf-mallorca-fest"
            "-35541190.html", "/gesellschaft/rente--was-sich-zum-1--april-aendert-35540822.html"
            } <= of(found, "article")
    assert found["/themen/kommunen/landkreise-und-kreisfreie-staedte-157705.html"] != "article"


def test_a_headline_at_an_id_first_slug_name_beside_many_such_teasers_is_an_item():
    # a paper's home page files its items as <section>/<id>-<Title-Slug>.html: teasers with
    # slugs of many words have evidence of their own, a related box's headline of three
    # words at a name of that shape (another section) is one more item
    teasers = "".join(
        f"<article class='teaser'><h3><a href='/nachrichten/{s}/{2214500 + i}-Neue-Regeln-"
        f"fuer-den-Wohnbau-in-der-Region-{i}.html'>Neue Regeln für den Wohnbau in der Region "
        f"{i}</a></h3></article>" for i, s in enumerate(("politik", "wirtschaft", "chronik",
                                                          "kultur", "wissen")))
    page = (f"<html><body><main>{teasers}<ul class='related'><li><a href='/meinungen/"
            "leitartikel/2214601-Ehrlichkeit-beim-Budget.html'>Leitartikel: Ehrlichkeit beim "
            "Budget</a></li></ul></main></body></html>")
    found = kinds(page, "https://www.zeitung.example.at", "/")
    assert found["/meinungen/leitartikel/2214601-Ehrlichkeit-beim-Budget.html"] == "article"


def test_a_layout_row_named_for_its_side_menu_is_no_menu_for_the_sections_beside_it():
    # a theme's row "row-column-menu-left" holds the page's index (a <nav>) and its
    # sections, each an <article> of dated cards: the cards are items, the index a menu
    cards = "".join(
        f"<div class='card'><span class='data'>{d} maggio 2024</span><h3><a href='/it/news/"
        f"{d}-maggio-2024/contributi-per-gli-alloggi-degli-studenti-fuori-sede-{d}'>Contributi "
        f"per gli alloggi degli studenti fuori sede, bando {d}</a></h3></div>" for d in (3, 8, 16))
    index = "".join(f"<li><a href='#{s}'>{s.title()}</a></li>" for s in (
        "sintesi", "servizi", "notizie", "atti", "contatti", "documenti"))
    acts = "".join(f"<li><a href='/it/atti/decreto-n-{n}-del-0{n % 9 + 1}-04-2024'>Decreto n. "
                   f"{n} del 0{n % 9 + 1}-04-2024</a></li>" for n in (512, 1180, 231))
    page = ("<html><body><main><div class='row row-column-menu-left'><aside><nav class='"
            f"navscroll'><ul>{index}</ul></nav></aside><section class='sections'><article "
            f"class='page-section' id='notizie'><h2>Notizie</h2>{cards}</article><article "
            f"class='page-section' id='atti'><h2>Atti</h2><ul>{acts}</ul></article></section>"
            "</div></main></body></html>")
    found = kinds(page, "https://www.ministero.example.it", "/it/aree-tematiche/studio")
    assert {f"/it/news/{d}-maggio-2024/contributi-per-gli-alloggi-degli-studenti-fuori-sede-{d}"
            for d in (3, 8, 16)} <= of(found, "article")


def test_a_sharepoint_folders_default_page_is_no_list_by_its_name_alone():
    # SharePoint serves every page of a folder as <folder>/Pages/default.aspx, a council's
    # service pages too: the name is no evidence; a news page so served is a list by its name
    page = """<html><body><main><div class="tiles">
    <a href="/dog-owners/Pages/default.aspx">Register your dog</a>
    <a href="/report-problem/Pages/default.aspx">Report a problem</a>
    <a href="/news/Pages/default.aspx">News</a></div></main></body></html>"""
    found = kinds(page, "https://www.council.example.govt.nz", "/Pages/default.aspx")
    assert found["/dog-owners/Pages/default.aspx"] != "list"
    assert found["/report-problem/Pages/default.aspx"] != "list"
    assert found["/news/Pages/default.aspx"] == "list"
    # ... where another CMS's index page is its folder's list
    page = page.replace("Pages/default.aspx", "index.html")
    assert kinds(page, "https://www.x.gov.cn", "/")["/dog-owners/index.html"] == "list"


def test_a_menus_entries_beside_sections_of_the_pages_items_are_sections_too():
    # a news site's menu: /politik/ and /sport/ over their items on the page, the other
    # sections with no item there; a portal's menu with one such section among many static
    # entries makes no sections of the rest
    menu = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in (
        "politik", "sport", "kultur", "reise", "wissen", "auto"))
    items = "".join(f'<p><a href="/{s}/2025/03/{d}/{slug}/">{t}</a></p>' for s, d, slug, t in (
        ("politik", 14, "koalition-einigt-sich-auf-zeitplan", "Koalition einigt sich"),
        ("politik", 13, "bundestag-berät-haushalt", "Bundestag berät den Haushalt"),
        ("sport", 14, "bayern-verliert-topspiel", "Bayern verliert das Topspiel"),
        ("sport", 12, "eisbären-siegen-in-köln", "Eisbären siegen in Köln")))
    page = (f"<html><body><header><nav><ul>{menu}</ul></nav></header><main>{items}</main>"
            "</body></html>")
    found = kinds(page, "https://www.news.example.de", "/")
    assert {"/politik/", "/sport/", "/kultur/", "/reise/", "/wissen/", "/auto/"} <= of(
        found, "list")
    portal = page.replace(menu, menu + "".join(
        f'<li><a href="/{s}/">{s.title()}</a></li>' for s in (
            "about", "services", "contact", "visa", "history", "leaders", "agencies",
            "living", "travel", "tenders")))
    found = kinds(portal, "https://english.city.example.gov.cn", "/")
    assert found["/visa/"] != "list" and found["/kultur/"] != "list"
    # ... while a news site's menu of a dozen sections, two of them over the page's items
    # (one in six), makes the rest sections
    dozen = page.replace(menu, menu + "".join(
        f'<li><a href="/{s}/">{s.title()}</a></li>' for s in (
            "wirtschaft", "panorama", "gesundheit", "digital", "meinung", "regional")))
    found = kinds(dozen, "https://www.zeitung.example.de", "/")
    assert {"/kultur/", "/wirtschaft/", "/meinung/", "/regional/"} <= of(found, "list")


def test_a_slug_with_a_short_id_of_letters_and_digits_after_it_is_an_item():
    # a Swedish regional daily (Naviga): /nyheter/<place>/artikel/<slug>/<8-character id>;
    # not Norway's government portal, whose /<slug>/id2001171/ is any page's id
    page = ('<html><body><main><p><a href="/nyheter/umea/artikel/kommunen-stoppar-bygget-av-'
            'bostadskvarteret/ujzde8gx">Kommunen stoppar bygget av nya bostadskvarteret</a></p>'
            '<p><a href="/no/tema/'
            'fiske-og-havbruk-i-nord/id1175/">Fiske og havbruk</a></p></main></body></html>')
    found = kinds(page, "https://www.vt.example.se", "/")
    assert found["/nyheter/umea/artikel/kommunen-stoppar-bygget-av-bostadskvarteret/ujzde8gx"
                 ] == "article"
    assert found["/no/tema/fiske-og-havbruk-i-nord/id1175/"] != "article"


def test_a_row_dated_by_its_month_and_day_in_japanese_or_chinese():
    # a meteorological agency's releases of one month: each row dated "2月28日" (the year in
    # the page's heading only), the items at addresses that say nothing
    rows = "".join(f'<tr><td class="date">2月{d}日<br>14:00</td><td><a href="2502/{d}a/'
                   f'{name}.html">{title}</a></td><td>大気海洋部</td></tr>'
                   for d, name, title in ((28, "kazan", "桜島の火山活動に関する解説情報について"),
                                          (21, "elnino", "エルニーニョ監視速報（2025年2月）"),
                                          (20, "kaiken", "長官記者会見要旨")))
    page = (f"<html><body><main><h1>報道発表（2025年2月）</h1><table>{rows}</table></main>"
            "</body></html>")
    found = kinds(page, "https://www.jma.example.jp", "/jma/press/2502.html")
    assert {"/jma/press/2502/28a/kazan.html", "/jma/press/2502/21a/elnino.html",
            "/jma/press/2502/20a/kaiken.html"} <= of(found, "article")


@pytest.mark.parametrize("path", ["/seccion/politica", "/editoria/saude", "/sezione/cronaca/",
                                  "/rubriken/land/strasse.html", "/scc/rubrika/1/Politika",
                                  "/vijesti/rubrika/hrvatska/22.aspx",
                                  "/canale/famiglia/genitori-e-figli.aspx",
                                  "/onderwerp/woningbouw", "/forfatter/4417/sofie-lund"])
def test_a_section_under_the_folder_a_news_site_names_for_its_sections(path):
    # Spanish, Portuguese, German, Serbian, Croatian, Italian and Dutch names of the
    # sections' folder, a Danish writer's by a number and a name; an item
    # lies deeper (/rubriken/land/strasse/detail/news/<slug>.html)
    page = (f'<html><body><header><nav><ul><li><a href="{path}">Sección</a></li>'
            '<li><a href="/impressum">Impressum</a></li><li><a href="/kontakt">Kontakt</a></li>'
            '</ul></nav></header><main><p><a href="/rubriken/land/strasse/detail/news/lkw-maut-'
            'einnahmen-steigen.html">Lkw-Maut: Einnahmen steigen deutlich</a></p></main>'
            "</body></html>")
    found = kinds(page, "https://www.news.example.com", "/")
    assert found[path] == "list"
    assert found["/rubriken/land/strasse/detail/news/lkw-maut-einnahmen-steigen.html"] != "list"


def test_a_cms_plugins_view_of_one_record_or_of_its_list_in_the_query():
    # TYPO3's Extbase plugins: the single view of a release by its uid under the releases'
    # folder is an item; the list view of one month is a list
    base = "https://www.land.example.de/bs/pressemitteilungen/?"
    single = (base + "tx_ts_pi1%5Baction%5D=single&tx_ts_pi1%5Bcontroller%5D=Static"
              "&tx_ts_pi1%5Buid%5D=168342")
    month = base + "tx_ts_pi1%5Baction%5D=list&tx_ts_pi1%5Bmonth%5D=2024-05"
    assert classify_url(single)[0] == "article"
    assert classify_url(month)[0] == "list"
    assert classify_url(base + "tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D=1234"
                        )[0] == "article"


def test_a_months_folder_index_and_a_vietnamese_topic_are_lists():
    # a prime minister's office: the index of each month's folder is that month's list; a
    # Vietnamese daily's topic pages sit under /chu-de/ with an id
    assert classify_url("https://www.pm.example.jp/jp/actions/202505/index.html")[0] == "list"
    assert classify_url("https://www.pm.example.jp/jp/actions/202505/t20250528_1.html"
                        )[0] == "article"
    page = ('<html><body><main><p><a href="/chu-de/bien-doi-khi-hau-307.htm">Biến đổi khí hậu'
            '</a></p><p><a href="/chu-de/xuat-khau-gao-198.htm">Xuất khẩu gạo</a></p></main>'
            "</body></html>")
    found = kinds(page, "https://baotintuc.example.vn", "/")
    assert found["/chu-de/bien-doi-khi-hau-307.htm"] == "list"


def test_a_slug_with_its_id_after_a_tilde_and_a_referrer_address_in_the_query():
    # DPG Media's papers: /<town>/<slug>~a<hex id>/, linked from a town page with the page's
    # own address as a referrer
    for url in ("https://www.bndestem.example.nl/nac/nac-wint-eerste-duel-van-play-offs-tegen-"
                "de-graafschap~a2c7e1f9/",
                "https://www.bndestem.example.nl/moerdijk/grote-oefening-op-haventerrein-"
                "moerdijk~ad5f2a8c/?referrer=https%3A%2F%2Fwww.bndestem.example.nl%2Fbreda%2F"):
        assert classify_links(f'<html><body><main><p><a href="{url}">Grote oefening op het '
                              'haventerrein in Moerdijk</a></p></main></body></html>',
                              "https://www.bndestem.example.nl/breda/")[0].kind == "article", url


def test_a_slug_over_the_kinds_letters_and_an_id_with_a_referrer_token():
    # Grupo Reforma's items: /<slug>/ar<id> (vi<id> a video, gl<id> a gallery), linked from
    # the front page with an opaque referrer token in the query
    for url in ("https://www.elnorte.example.com/evacuan-escuela-en-san-nicolas-por-fuga-de-gas"
                "/ar2961060?referer=--7d616165662f3a3a6262623b727a7a7279703b767a783a--",
                "https://www.elnorte.example.com/captan-choque-multiple-en-la-carretera-"
                "nacional/vi2961012"):
        assert classify_links(f'<html><body><main><ul><li><a href="{url}">Evacúan escuela en '
                              'San Nicolás por fuga de gas</a></li></ul></main></body></html>',
                              "https://www.elnorte.example.com/")[0].kind == "article", url


def test_short_names_one_folder_below_the_pages_section_are_its_subsections():
    # a magazine's section page: its subsections by short names under the section's folder,
    # over the section's items (long slugs with their ids); a contact page stays a page
    subs = "".join(f'<a href="/entreprises-marches/{slug}">{name}</a> ' for slug, name in (
        ("industrie", "Industrie"), ("banque-assurance", "Banque et assurance")))
    items = "".join(f'<li><a href="/entreprises-marches/{slug}-14937{n}">{slug.replace("-", " ")}'
                    f'</a> <span>07/03/2024</span></li>' for n, slug in enumerate((
                        "acierie-lorraine-400-emplois-menaces-selon-les-syndicats",
                        "enseigne-de-bricolage-ferme-12-magasins-en-france"), start=10))
    page = (f"<html><body><main><h1>Entreprises et marchés</h1><p>{subs}<a href="
            f"'/entreprises-marches/contact'>Contact</a></p><ul>{items}</ul><div class="
            "'pagination'><a href='/entreprises-marches'>1</a> <a href='/entreprises-marches"
            "?page=5'>5</a></div></main></body></html>")
    found = kinds(page, "https://www.magazine.example.fr", "/entreprises-marches?page=4")
    assert found["/entreprises-marches/industrie"] == "list"
    assert found["/entreprises-marches/banque-assurance"] == "list"
    assert found["/entreprises-marches/contact"] == "other"


def test_an_items_number_over_its_kinds_name_is_the_item():
    # a senate's news: /prensa/<id>/noticias, the kind's name after the item's number
    rows = "".join(f'<li><span>2{n % 10}/11/2024</span> <a href="/prensa/228{n}/noticias">'
                   f'Comisión de Hacienda recibió al ministro número {n}</a></li>'
                   for n in (68, 65, 60))
    page = f"<html><body><main><ul>{rows}</ul></main></body></html>"
    found = kinds(page, "https://www.senado.example.ar", "/prensa/22870/noticias")
    assert found["/prensa/22868/noticias"] == "article"


def test_an_items_id_and_its_slug_after_an_underscore():
    # a regional daily's items: /<section>/<town>/<id>_<Slug-Of-Words>.html
    url = ("https://www.nw.example.de/lokal/bielefeld/mitte/23914388_Neue-Vollsperrung-in-der-"
           "Innenstadt-So-kommen-Pendler-jetzt-durch.html")
    assert classify_links(f'<html><body><main><div class="teaser"><a href="{url}">Neue '
                          'Vollsperrung in der Innenstadt</a></div></main></body></html>',
                          "https://www.nw.example.de/")[0].kind == "article"


def test_a_lotus_domino_view_is_a_list():
    # a city's press notes in a Domino database: its views by area, its notes by id
    page = """<html><body><main><ul>
<li><a href="/inet/wprensa.nsf/wwarea?OpenView=&amp;RestrictToCategory=Cultura">Cultura</a></li>
<li><a href="/inet/wplenos.nsf/wwplenos?OpenView=">Sesiones del Pleno</a></li></ul></main>
</body></html>"""
    found = kinds(page, "https://www.granada.example.org", "/inet/wprensa.nsf/wwtodas")
    assert found["/inet/wprensa.nsf/wwarea?OpenView=&RestrictToCategory=Cultura"] == "list"
    assert found["/inet/wplenos.nsf/wwplenos?OpenView="] == "list"


def test_a_plone_listing_view_and_a_universitys_special_reports_are_lists():
    # Plone's @@event_listing by day, week and month under the events folder, beside one
    # event; a VSB news site's special reports under /ztbd/
    page = """<html><body><main><ul>
<li><a href="/it/eventi/@@event_listing?mode=week">Settimana</a></li>
<li><a href="/it/eventi/@@event_listing?mode=month">Mese</a></li>
<li><a href="/it/eventi/inaugurazione-anno-accademico">Inaugurazione dell'anno accademico</a>
</li></ul><p><a href="/ztbd/bkjyjxshpg.htm">本科教育教学审核评估</a></p></main></body></html>"""
    found = kinds(page, "https://www.uni.example.it", "/it/eventi")
    assert found["/it/eventi/@@event_listing?mode=week"] == "list"
    assert found["/it/eventi/@@event_listing?mode=month"] == "list"
    assert found["/it/eventi/inaugurazione-anno-accademico"] == "article"
    assert found["/ztbd/bkjyjxshpg.htm"] == "list"


def test_a_dossier_in_the_pages_text_is_a_list_in_a_menu_no_evidence():
    # a canton's media area links its dossiers, each streaming the releases on one topic,
    # however long the name; a ministry's menu of dossiers is as often static overviews
    menu = "".join(f'<li><a href="/Redaktion/DE/{p}.html">{t}</a></li>' for p, t in (
        ("Ministerium/aufgaben", "Aufgaben"), ("Service/kontakt", "Kontakt"),
        ("Ministerium/leitung", "Leitung"), ("Ministerium/organisation", "Organisation"),
        ("Service/karriere", "Karriere"), ("Service/publikationen", "Publikationen"),
        ("Dossier/soziale-marktwirtschaft", "Soziale Marktwirtschaft"),
        ("Dossier/wettbewerbspolitik", "Wettbewerbspolitik")))
    page = (f'<html><body><div id="navigation"><ul class="menu">{menu}</ul></div><main><p>'
            '<a href="/area-media/'
            'dossier/maltempo-giugno-2024/">Maltempo giugno 2024</a></p><p><a href="/dossiers/'
            'jeux-olympiques-et-paralympiques-paris-2024">Jeux Olympiques et Paralympiques de '
            'Paris 2024</a></p></main></body></html>')
    found = kinds(page, "https://www.canton.example.ch", "/")
    assert found["/area-media/dossier/maltempo-giugno-2024/"] == "list"
    assert found["/dossiers/jeux-olympiques-et-paralympiques-paris-2024"] == "list"
    assert found["/Redaktion/DE/Dossier/soziale-marktwirtschaft.html"] != "list"


@pytest.mark.parametrize(("url", "kind"), [
    # a board's and a module's downloads, an MVC action named for one: files
    ("https://kostat.example.kr/boardDownload.es?bid=218&list_no=428870&seq=1", "other"),
    ("https://data.stat.example.tr/Bulten/DownloadIstatistikselTablo?p=yVd53614kQm2T0x", "other"),
    # ... while a folder of downloads is no file
    ("https://www.county.example.ke/downloads/", None),
    # a court's decision named by its day in its month's folder; a ministry's SharePoint
    # page named by its day and subject; a daily's item by its id and slug
    ("https://www.court.example.de/SharedDocs/Entscheidungen/DE/2024/02/rk20240206_1bvr2214"
     "23.html", "article"),
    ("https://www.difesa.example.it/Ministro/Discorsi/Pagine/20240307_intervento_Senato.aspx",
     "article"),
    ("https://www.zeitung.example.de/regionen/weimar/article239246655/Baum-auf-Oberleitung.html",
     "article"),
    # an article by its id alone (Escenic, McClatchy); a BLOX asset by its UUID, and its
    # collection a gallery's item; Schibsted's short id after /i/ or /a/; a day's folder over the
    # item's own path (Brightspot); a writer's page and a prefixed tag's
    ("https://www.herald.example.com/news/local/broward/article287921904.html", "article"),
    ("https://www.nola.example.com/news/politics/article_726a44e2-411c-11ef-c0b9-d65a3fa26170"
     ".html", "article"),
    ("https://www.nola.example.com/news/politics/collection_0e60df92-f823-11ef-65e3-82cbad3c3ba1"
     ".html", "article"),
    ("https://www.globe.example.com/news/local/pdf_711e333f-8a20-11f0-b822-41e5619193d9.html",
     "article"),
    # a newsroom staff member's page of stories
    ("https://www.dp.example.com/staff/priya-natarajan", "list"),
    ("https://www.vg.example.no/sport/fotball/i/7ouv9o/bodo-glimt-knuste-rosenborg", "article"),
    # ... and Amedia's, the slug first, then /s/ and its id of numbers joined by dashes
    ("https://www.avis.example.no/nyheter/stortinget-vedtok-ny-stromstotte/s/5-95-1835730",
     "article"),
    ("https://www.haaretz.example.com/us-news/2024-05-12/ty-article/.premium/campus-protests-"
     "columbia/0000018f-558c-679d-a389-4e29f94a0000", "article"),
    ("https://www.timesofisrael.example.com/writers/emanuel-fabian/", "list"),
    ("https://www.haaretz.example.com/ty-tag/hostages-0000017f-3397-ab60-a13e-d1edee5a0000",
     "list"),
    # ... but a day's archive is no item
    ("https://www.diario.example.ar/archivo/2024-05-11/", "list"),
    # a year's folder and a slug that ends in the item's id; the year's folder alone a list
    ("https://www.bundestag.example.de/dokumente/textarchiv/2024/kw07-de-wehrbericht-1002100",
     "article"),
    ("https://www.bundestag.example.de/dokumente/textarchiv/2024/", "list"),
    # a dated path /yyyy/mm-dd/ (a province's portals)
    ("https://fgw.henan.example.cn/2024/05-10/2993544.html", "article"),
    # a news site's page of a staff member's stories, by name or number; not a portal's
    # page of one office's holder
    ("https://www.stripes.example.com/people/jennifer-h-svan/", "list"),
    ("https://www.nola.example.com/users/profile/Matt%20Sledge/", "list"),
    ("https://www.herald.example.com/profile/219854311.html", "list"),
    ("https://www.irekia.example.eus/es/people/lehendakari", None),
    ("https://www.mod.example.jp/j/profile/index.html", None),
])
def test_download_endpoints_board_views_and_pages_named_by_their_day(url, kind):
    found = classify_url(url)
    assert (found[0] if found else None) == kind, found


def test_one_release_by_its_kind_and_number_is_an_item_not_their_list():
    page = ('<html><body><main><ul>' + "".join(
        f'<li><a href="/Comunicati/Pagine/Comunicato_stampa_{n}_2024.aspx">Comunicato stampa '
        f'n. {n}/2024</a></li>' for n in (24, 23, 22)) + '</ul><p><a href="/Comunicati/Pagine/'
        'default.aspx">Comunicati stampa</a></p></main></body></html>')
    found = kinds(page, "https://www.difesa.example.it", "/Pagine/default.aspx")
    assert {f"/Comunicati/Pagine/Comunicato_stampa_{n}_2024.aspx" for n in (24, 23, 22)} <= of(
        found, "article")
    assert found["/Comunicati/Pagine/default.aspx"] == "list"


def test_a_boards_view_of_one_post_by_its_number_in_the_list_is_no_filter_of_the_list():
    # a statistics office's press board: each row's view is the board's address with
    # act=view and the post's list_no, its attachment a download beside it
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/board.es?act=view&amp;bid=218&amp;list_no={n}&amp;'
        f'mid=a103&amp;nPage=1">2024년 {m}월 고용동향</a></td><td>2024-0{m}-14</td><td><a '
        f'href="/boardDownload.es?bid=218&amp;list_no={n}&amp;seq=1">첨부</a></td></tr>'
        for n, m in ((429532, 3), (429511, 2), (429488, 1)))
    page = f"<html><body><main><table>{rows}</table></main></body></html>"
    found = kinds(page, "https://kostat.example.kr", "/board.es?bid=218&mid=a103")
    assert found["/board.es?act=view&bid=218&list_no=429532&mid=a103&nPage=1"] == "article"
    assert found["/boardDownload.es?bid=218&list_no=429532&seq=1"] == "other"


@pytest.mark.parametrize(("url", "text", "kind"), [
    # a slug of many words and its id before the site's own word and the extension
    ("/politik/kolumnen/kolumne/kommentar-die-union-verspielt-ihren-vorsprung-76411533"
     ".bild.html", "Kommentar: Die Union verspielt ihren Vorsprung in den Umfragen", "article"),
    # a day's archive under an archive's folder
    ("/archivo/actualidad/policiales/2024-05-11/", "Sábado 11 de mayo", "list"),
    # a site word ("hilfe", help) inside a headline's slug before the item's id
    ("/politik/deutschland/schuldenbremse-spd-linke-draengt-auf-notlage-fuer-ukraine-hilfe/"
     "100037982.html", "SPD-Linke drängt auf Notlage für die Ukraine-Hilfe", "article"),
    # Schibsted's item by an id of letters alone; a Nordic "more" link to a section
    ("/rampelys/i/iUXwoC/anmeldelse-ny-norsk-krimserie", "Ny norsk krimserie treffer midt i "
     "blinken", "article"),
    ("/nyheter/krim", "Mer krim", "list"),
    # Drupal's node by its number with its section after it
    ("/node/612225/culture", "AlUla: une exposition consacrée aux routes de l'encens",
     "article"),
    # a slug and a short id of letters alone under the folder of articles (Naviga)
    ("/nyheter/pitea/artikel/trafikverket-vagarbeten-pa-e4-vid-rosvik-hela-juni/wpqvyvpt",
     "Trafikverket: Vägarbeten på E4 vid Rosvik hela juni", "article"),
])
def test_a_slug_before_a_sites_own_word_and_a_days_archive_by_its_iso_date(url, text, kind):
    page = f'<html><body><main><p><a href="{url}">{text}</a></p></main></body></html>'
    assert kinds(page, "https://www.daily.example.de", "/")[url] == kind


def test_a_lists_page_by_its_number_is_a_pager_link_whatever_its_sort_order():
    # a central bank's speeches: its search list paged by "pageNumString" beside its sort
    page = ('<html><body><main><div class="pagination"><a href="/action/de/633306/bbksearch?'
            'pageNumString=2&amp;sort=bbksortdate+desc">2</a> <a href="/action/de/633306/'
            'bbksearch?pageNumString=3&amp;sort=bbksortdate+desc">3</a></div></main></body>'
            '</html>')
    found = kinds(page, "https://www.bank.example.de", "/de/presse/reden")
    assert found["/action/de/633306/bbksearch?pageNumString=2&sort=bbksortdate+desc"] == "list"
    # ... while a sort switch alone changes only how the page is shown
    other = page.replace("pageNumString=2&amp;", "")
    assert kinds(other, "https://www.bank.example.de", "/de/presse/reden")[
        "/action/de/633306/bbksearch?sort=bbksortdate+desc"] == "other"


def test_an_item_by_its_number_under_a_section_and_its_rubric():
    # a regional paper on Bitrix: /news/<rubric>/<id>/, each linked by its headline
    page = ('<html><body><main><ul>' + "".join(
        f'<li><a href="/news/{r}/{n}/">{t}</a></li>' for r, n, t in (
            ("kultura", 248724, "Поморская филармония завершила сезон большим концертом"),
            ("sport", 248721, "Архангельский «Водник» объявил о продлении контракта с тренером"))
    ) + '</ul></main></body></html>')
    found = kinds(page, "https://www.paper.example.ru", "/news/?PAGEN_1=2")
    assert {"/news/kultura/248724/", "/news/sport/248721/"} <= of(found, "article")


def test_items_by_an_arc_id_an_escenic_id_and_an_indic_slug_and_a_joomla_item_in_a_script():
    # Arc's /<slug>/<26-character id>/story/, Escenic's article<id>.ece, a Bengali slug
    # (percent-encoded, its vowel signs inside its words) with its node id; a keyword's page
    page = ('<html><body><main><ul>'
            '<li><a href="/el-pais/politica/diputados-aprueban-reforma-al-reglamento/'
            'Q7H2KXLM3ZBNVPEJ6RCWTA4DYI/story/">Diputados aprueban en primer debate la reforma'
            ' al reglamento</a></li>'
            '<li><a href="/world-affairs/rafah-humanitarian-crisis/article68178843.ece">Rafah'
            ' and the limits of pressure</a></li>'
            '<li><a href="/bangla/%E0%A6%85%E0%A6%B0%E0%A7%8D%E0%A6%A5%E0%A6%A8%E0%A7%80%E0%A6%A4'
            '%E0%A6%BF/%E0%A6%A8%E0%A7%80%E0%A6%A4%E0%A6%BF-%E0%A6%B8%E0%A7%81%E0%A6%A6%E0%A6%B9'
            '%E0%A6%BE%E0%A6%B0-%E0%A6%AC%E0%A6%BE%E0%A6%A1%E0%A6%BC%E0%A6%BE%E0%A6%B2-%E0%A6%AC'
            '%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE%E0%A6%A6%E0%A7%87%E0%A6%B6-%E0%A6%AC%E0%A7%8D'
            '%E0%A6%AF%E0%A6%BE%E0%A6%82%E0%A6%95-846030">নীতি সুদহার বাড়াল বাংলাদেশ ব্যাংক</a>'
            '</li><li><a href="/keywords/bangladesh-bank">Bangladesh Bank</a></li>'
            '</ul></main></body></html>')
    found = kinds(page, "https://www.news.example.com", "/economy")
    assert found["/el-pais/politica/diputados-aprueban-reforma-al-reglamento/"
                 "Q7H2KXLM3ZBNVPEJ6RCWTA4DYI/story/"] == "article"
    assert found["/world-affairs/rafah-humanitarian-crisis/article68178843.ece"] == "article"
    assert of(found, "article") >= {u for u in found if u.endswith("-846030")} != set()
    assert found["/keywords/bangladesh-bank"] == "list"
    # a Joomla item in a menu, shown in one of two scripts (?lang=lat): an id and a slug
    menu = ('<html><body><nav><ul><li><a href="/sr/index.php/pres-servis/intervjui/24455-'
            'intervju-ministra-za-dnevni-list-politika?lang=lat">Intervju ministra za dnevni list'
            ' Politika o odnosima u regionu</a></li></ul></nav><main><p>x</p></main></body>'
            '</html>')
    found = kinds(menu, "https://www.mfa.example.rs", "/sr/")
    assert found["/sr/index.php/pres-servis/intervjui/24455-intervju-ministra-za-dnevni-list-"
                 "politika?lang=lat"] == "article"


def test_words_of_an_indic_script_keep_their_vowel_signs_and_thai_counts_its_letter_runs():
    from newscrawler.linkwords import LETTER_RUN, WORD
    assert WORD.findall("नीति सुदहार बढ़ाया") == ["नीति", "सुदहार", "बढ़ाया"]
    assert WORD.findall("the café naïve") == ["the", "café", "naïve"]
    # (Thai is written without spaces: its runs between vowel signs stand for its words)
    assert len(LETTER_RUN.findall("คลิปข่าว")) < 5


def test_a_menu_entry_over_an_item_only_a_news_cms_addresses_so_is_its_section():
    # McClatchy's items, /…/article<id>.html, under two of the menu's sections: those are
    # sections, and so are their siblings in the menu with no item on the page
    menu = "".join(f'<li><a href="/news/local/{s}/">{s.title()}</a></li>' for s in (
        "broward", "miami-dade", "education", "environment", "politics", "weather",
        "business", "health", "transportation"))
    items = "".join(f'<li><a href="/news/local/{s}/article28792{n}904.html">{t}</a></li>'
                    for n, (s, t) in enumerate((
                        ("broward", "Fort Lauderdale to add license-plate cameras along A1A"),
                        ("miami-dade", "Homestead approves new police oversight panel after "
                                       "months of debate"))))
    page = (f"<html><body><header class='site-header'><nav class='main-menu'><ul>{menu}</ul>"
            f"</nav></header><main><ul>{items}</ul></main></body></html>")
    found = kinds(page, "https://www.herald.example.com", "/news/local/crime/")
    assert {f"/news/local/{s}/" for s in ("broward", "miami-dade", "education",
                                           "weather")} <= of(found, "list")


def test_a_menu_entry_right_over_items_named_by_their_headlines_is_their_section():
    # a news site's section front: three items at /<section>/<headline>/ under the menu's
    # "Política"; its siblings in the menu with no item on the page are sections too
    sections = ("politica", "sociedad", "economia", "deportes", "mundo", "cultura", "opinion")
    menu = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in sections)
    headlines = ("Tribunal Electoral ultima detalles del escrutinio nacional",
                 "Asamblea aprueba en tercer debate la reforma de contrataciones",
                 "Contraloría audita planillas de juntas comunales del distrito")
    # (two of the menu's sections over their items: its others follow them)
    items = "".join(
        f'<article><h3><a href="/{s}/{"-".join(h.lower().split()[:7])}/">{h}</a></h3>'
        f"<p>Un resumen de la noticia con algunas palabras más.</p></article>"
        for s in ("politica", "economia") for h in headlines)
    page = (f"<html><body><header><nav class='menu'><ul>{menu}</ul></nav></header>"
            f"<main>{items}</main><footer><a href='/quienes-somos/'>Quiénes somos</a>"
            "</footer></body></html>")
    found = kinds(page, "https://www.diario.example", "/politica/")
    assert {f"/{s}/" for s in sections} <= of(found, "list")
    assert "/quienes-somos/" in of(found, "other")
    # ... where two such items are not enough (a hub's two guides named by their titles;
    # the entries renamed, as the usual names of a newspaper's sections are lists anyway)
    page = page.replace(items, "</article>".join(items.split("</article>")[:2]) + "</article>")
    for n, s in enumerate(sections):
        page = page.replace(f">{s.title()}<", f">Guía {n + 1}<")
    assert "/politica/" not in of(kinds(page, "https://www.diario.example", "/"), "list")


@pytest.mark.parametrize(("path", "kind"), [
    ("/emne/naestved-byraad", "list"),  # a topic's page, Danish and Norwegian
    ("/da/emner/inflation", "list"),
    ("/emner/klimatilpasning/hoejvand", "other"),  # (a guide's page under its topic)
    ("/journalist/anders-hvid", "list"),  # a journalist's stories
])
def test_nordic_topic_and_journalist_pages(path, kind):
    page = (f"<html><body><main><p>Read on: <a href='{path}'>Some words here</a> and "
            "more text around the link in a paragraph.</p></main></body></html>")
    assert kinds(page, "https://sn.example.dk")[path] == kind


def test_an_item_by_its_number_under_the_danish_and_norwegian_word_for_article():
    rows = "".join(f'<li><a href="/navne/{slug}/artikel/20717{n}5">{text}</a> '
                   f"<span>{n + 1}. maj 2024</span></li>" for n, (slug, text) in enumerate((
                       ("doedsfald-i-naestved", "Dødsfald i Næstved og omegn"),
                       ("80-aar-grete-madsen", "80 år: Grete Madsen, Fuglebjerg"),
                       ("guldbryllup-i-haslev", "Guldbryllup i Haslev"))))
    page = f"<html><body><section class='box'><h2>Navne</h2><ul>{rows}</ul></section></body></html>"
    assert len(of(kinds(page, "https://sn.example.dk"), "article")) == 3


@pytest.mark.parametrize(("path", "kind"), [
    # an item by its slug and its section's and own numbers, its slug and an id after an
    # underscore, its id and its title's words joined by "+"
    ("/top-story/Govt-to-table-new-Anti-Terrorism-Bill-amendments/155-283488", "article"),
    ("/article/senegal-le-nouveau-gouvernement-veut-renegocier-les-contrats_224351", "article"),
    ("/articles/227371/Minimum+Wage+to+Rise+to+BGN+1077+in+2025", "article"),
])
def test_items_by_a_slug_and_numbers_an_underscored_id_or_a_plus_joined_title(path, kind):
    # (in a sidebar's box of the most read, undated: the address is the evidence)
    page = ("<html><body><aside class='box'><h2>Most read</h2><ul><li><a href='" + path
            + "'>Minimum wage to rise in the new year, the cabinet says</a></li><li><a "
            "href='/about'>About us</a></li></ul></aside></body></html>")
    assert kinds(page, "https://x.example")[path] == kind


def test_a_day_archive_written_day_first_and_an_items_pictures_are_no_lists():
    page = ("<html><body><main><ul><li><a href='/events/news/by-date/15.05.2024'>15 May</a></li>"
            "<li><a href='/events/news/74021/photos'>Фото</a></li></ul></main></body></html>")
    found = kinds(page, "https://x.example")
    assert found["/events/news/by-date/15.05.2024"] == "list"
    assert found["/events/news/74021/photos"] != "list"


def test_escenic_items_and_their_sections_and_a_lists_folder_by_its_name():
    # Escenic's items end with "-1." and their number; the menu's towns over them are their
    # sections
    towns = ("vicenza", "bassano", "berici", "altopiano", "alto-vicentino", "est-vicentino")
    menu = "".join(f"<li><a href='/territori/{t}'>{t.title()}</a></li>" for t in towns)
    items = "".join(f"<li><a href='/territori/{t}/la-notizia-del-giorno-da-{t}-1.1124{n}870'>"
                    f"La notizia del giorno da {t}</a></li>" for n, t in enumerate(towns[:3]))
    page = (f"<html><body><nav class='menu'><ul>{menu}</ul></nav><main><ul>{items}</ul>"
            "</main></body></html>")
    found = kinds(page, "https://www.giornale.example.it")
    item = "/territori/vicenza/la-notizia-del-giorno-da-vicenza-1.11240870"
    assert item in of(found, "article")
    assert {f"/territori/{t}" for t in towns} <= of(found, "list")
    # a list's folder by its name, a short name or a code below it; a listicle's headline
    # under /lists/ is an item
    page = ("<html><body><nav class='menu'><ul><li><a href='/newsList/0101080000000'>사회</a>"
            "</li><li><a href='/list/area/kaetsu'>下越</a></li></ul></nav><main><p><a href="
            "'/lists/best-new-songs-this-week-may-2-2024/'>The best new songs this week, from "
            "the charts</a> and more.</p></main></body></html>")
    found = kinds(page, "https://www.paper.example")
    assert {"/newsList/0101080000000", "/list/area/kaetsu"} <= of(found, "list")
    assert "/lists/best-new-songs-this-week-may-2-2024/" not in of(found, "list")


def test_a_korean_boards_items_pager_and_downloads_with_its_state_in_the_query():
    # BD_board's view of a post carries the list's state, its sort order left blank; its
    # pager counts pages in "q_currPage"; its attachments download through fileDown.do
    state = ("bbsCd=1023&amp;q_currPage=2&amp;q_sortName=&amp;q_sortOrder=&amp;q_searchVal="
             "&amp;q_row=10")
    rows = "".join(
        f"<tr><td>{2350 - n}</td><td><a href='BD_board.view.do?seq=2025031216582041{n}&amp;"
        f"{state}'>파주시, 봄철 산불 예방 합동 캠페인 실시 {n}</a></td><td>2025-03-1{n}</td>"
        f"<td><a href='BD_board.fileDown.do?bbsCd=1023&amp;fileSeq=1&amp;seq="
        f"2025031216582041{n}'>첨부파일</a></td></tr>" for n in range(5))
    pager = "".join(f"<a href='BD_board.list.do?bbsCd=1023&amp;q_currPage={n}&amp;q_sortName="
                    f"'>{n}</a>" for n in (1, 3, 4))
    page = (f"<html><body><main><table>{rows}</table><div class='paging'>{pager}</div></main>"
            "</body></html>")
    found = kinds(page, "https://www.city.example.go.kr",
                  "/user/board/BD_board.list.do?bbsCd=1023&q_currPage=2")
    views = [k for path, k in found.items() if "view.do" in path]
    downloads = [k for path, k in found.items() if "fileDown.do" in path]
    pages = [k for path, k in found.items() if "list.do" in path and "q_currPage=" in path]
    assert views == ["article"] * 5 and downloads == ["other"] * 5 and pages and set(pages) == {
        "list"}


def test_an_item_by_a_long_id_folder_and_its_slug_under_sections():
    # a regional daily's items, /<section>/<place>/<id>/<slug>/, in a box of their own
    box = ("<aside><h3>Most read</h3><ul><li><a href='/fp/news/angus/4990877/arbroath-harbour-"
           "flooding-repairs/'>Arbroath harbour repairs to start in spring after flooding</a>"
           "</li></ul></aside>")
    found = kinds(f"<html><body><main><p>Dundee</p></main>{box}</body></html>",
                  "https://www.paper.example.co.uk", "/fp/news/dundee/page/2/")
    assert found["/fp/news/angus/4990877/arbroath-harbour-flooding-repairs/"] == "article"


@pytest.mark.parametrize(("url", "kind"), [
    # a day's archive under an archive named in Turkish, Norwegian
    ("https://www.wire.example.com.tr/haber-arsivi/2024/11/13", "list"),
    ("https://www.avis.example.no/arkiv/2024/3/5", "list"),
    # a reporter's page by a number, a writer's by a name (Hungarian "szerző")
    ("https://www.news.example.co.kr/reporter/1842", "list"),
    ("https://www.lap.example.hu/szerzo/horvath-zsolt", "list"),
    # an event's calendar file by its route; a writer's page by the user name (BLOX)
    ("https://www.uni.example.cl/agenda/226451/ical", "other"),
    ("https://www.gazette.example.com/users/profile/nostrander", "list"),
    # a court site platform's column by its coded id, and a page of it
    ("https://www.court.example.gov.cn/article/index/id/M0g0MjAwNjAwMiACAAA.shtml", "list"),
    ("https://www.court.example.gov.cn/article/index/id/M0g0MjAwNjAwMSACAAA/page/38.shtml",
     "list"),
    # a trading centre platform's channel (Epoint's "more info" page)
    ("https://ggzy.example.gov.cn/jyxx/002001/002001001/moreinfo_jyxx.html", "list"),
    ("https://www.district.example.gov.cn/xwzx/003007/moreinfo.html", "list"),
    ("https://www.zone.example.gov.cn/xwzx/001003/secondpage.html", "list"),
    # a Lithuanian tag's page (žyma) and a page of a list by its number in Lithuanian and
    # Hungarian
    ("https://www.agency.example.lt/lt/zyma/biudzetas", "list"),
    ("https://www.agency.example.lt/lt/naujienos/politika?puslapis=2", "list"),
    ("https://www.hirek.example.hu/belfold?oldal=3", "list"),
    # an item by its id after a dash, at any depth under its sections
    ("https://www.daily.example.jp/news/social/case/article-1061487.html", "article"),
    # a year's folder and a slug page in another script, percent-encoded
    ("https://www.stat.example.gov.il/he/mediarelease/Pages/2024/%D7%99%D7%A6%D7%95%D7%90-"
     "%D7%A1%D7%97%D7%95%D7%A8%D7%95%D7%AA-%D7%91%D7%99%D7%A0%D7%95%D7%90%D7%A8.aspx",
     "article"),
])
def test_more_archive_author_and_item_shapes(url, kind):
    shape = classify_url(url)
    assert (shape[0] if shape else None) == kind


def test_a_portal_frameworks_items_by_their_kind_and_uuid_but_its_static_pages():
    rows = "".join(
        f"<li><a href='/site/{kind}/c3fcdaac-5a52-5f1f-8f5e-ca041571439{n}/-'>মন্ত্রিসভা "
        f"বৈঠকের সিদ্ধান্ত, সভা নম্বর {n} এর কার্যবিবরণী প্রকাশিত</a></li>"
        for n, kind in enumerate(("cabinet_decision", "publications", "cabinet_decision")))
    static = ("<li><a href='/site/page/0dda8971-f67a-5f1b-9e5a-805d4dd2d0c2/-'>বিভাগের "
              "কার্যাবলি ও দায়িত্ব সম্পর্কে বিস্তারিত তথ্য এখানে</a></li>")
    found = kinds(f"<html><body><nav><ul>{static}</ul></nav><main><ul>{rows}</ul></main>"
                  "</body></html>",
                  "https://cabinet.example.gov.bd", "/")
    assert [k for p, k in found.items() if "/site/page/" not in p] == ["article"] * 3
    assert found["/site/page/0dda8971-f67a-5f1b-9e5a-805d4dd2d0c2/-"] != "article"


def test_taiwans_site_system_items_by_their_number_their_photos_and_videos_too():
    rows = "".join(
        f"<li><a href='/{kind}.aspx?n=139&s={n}&sms=9015'>{text}</a></li>"
        for kind, n, text in (("News_Photo_Content", 312470, "臺南鐵路地下化永康段切換作業相簿"),
                              ("News_Video_Content", 312301, "影片：花東雙軌電氣化工程紀實"),
                              ("News_Content", 312255, "鐵道局辦理南迴鐵路邊坡防護工程說明會")))
    found = kinds(f"<html><body><main><ul>{rows}</ul></main></body></html>",
                  "https://www.rail.example.gov.tw", "/cp.aspx?n=139")
    assert sorted(found.values()) == ["article"] * 3


def test_a_sections_show_more_in_the_nordic_languages_is_its_list():
    boxes = "".join(
        f"<section><h2>{name}</h2><ul>"
        + "".join(f"<li><a href='/{path}/{n}-nyhet-om-{path}'>Nyhet {n} om {name} i dag och "
                  f"i morgon</a></li>" for n in range(3))
        + f"</ul><a href='/{path}'>{more}</a></section>"
        for path, name, more in (("inrikes", "Inrikes", "Visa fler"),
                                 ("utrikes", "Utrikes", "Vis flere"),
                                 ("ekonomi", "Ekonomi", "Näytä lisää")))
    found = kinds(f"<html><body><main>{boxes}</main></body></html>", "https://www.tv.example.se",
                  "/")
    assert found["/inrikes"] == found["/utrikes"] == found["/ekonomi"] == "list"


def test_see_more_in_japanese_and_korean_is_a_more_link():
    boxes = "".join(
        f"<section><h2>{name}</h2><ul>"
        + "".join(f"<li><a href='/news/{n}{k}.html'>{name}の話題 第{n}回の記事を読む</a></li>"
                  for k in range(3))
        + f"</ul><a href='/{path}'>{more}</a></section>"
        for n, (path, name, more) in enumerate((("ranking", "ランキング", "ランキングをもっと見る"),
                                                ("column", "コラム", "더보기"))))
    found = kinds(f"<html><body><main>{boxes}</main></body></html>",
                  "https://www.paper.example.jp", "/")
    assert found["/ranking"] == found["/column"] == "list"


def test_a_cards_read_more_at_an_items_address_but_a_columns_folder_or_an_archive():
    cards = "".join(
        f"<div class='card'><img src='/i/{n}.jpg' alt=''><div class='tags'><a href='/tag/{n}'>"
        f"食安</a></div><a href='{path}'>{more}</a></div>"
        for n, path, more in ((1, "/node/12047", "閱讀更多"), (2, "/node/11988", "閱讀更多"),
                              (3, "/xwzx/002001/", "更多 >>"), (4, "/item/show/440448",
                                                                 "Archive")))
    found = kinds(f"<html><body><main>{cards}</main></body></html>",
                  "https://www.factcheck.example.tw", "/tag/food")
    assert found["/node/12047"] == found["/node/11988"] == "article"
    assert found["/xwzx/002001/"] == "list" and found["/item/show/440448"] != "article"


def test_a_portal_frameworks_item_by_its_uuid_and_its_titles_slug():
    # (the framework writes the title's words where it writes "-" for others, a slash of
    # the title's left in them)
    found = kinds("<html><body><main><ul>"
                  "<li><a href='/site/notices/5e0c1a7b-3d2f-5b9e-8c4a-1f6d2e9b7a30/বার্ষিক-কর্ম"
                  "সম্পাদন-চুক্তি'>বার্ষিক কর্মসম্পাদন চুক্তি ২০২৫-২৬ স্বাক্ষর সংক্রান্ত</a></li>"
                  "<li><a href='/site/notices/9a4b2c6d-7e8f-5a1b-9c3d-2e4f6a8b0c12/কর্মকর্তাদের-"
                  "বদলি/পদায়ন'>কর্মকর্তাদের বদলি/পদায়ন সংক্রান্ত অফিস আদেশ</a></li>"
                  "</ul></main></body></html>", "https://ministry.example.gov.bd",
                  "/site/view/notices")
    assert sorted(found.values()) == ["article", "article"]


def test_taiwans_job_and_tender_boards_a_news_tip_form_and_latest_news_in_vietnamese():
    menu = "".join(f"<li><a href='{path}'>{text}</a></li>" for path, text in (
        ("/News.aspx?n=3157&sms=10462", "徵才公告"), ("/News.aspx?n=3193&sms=10493", "採購資訊"),
        ("/send-us-your-news/", "Send us your news"), ("/tin-moi-nhat/", "Tin mới nhất")))
    found = kinds(f"<html><body><nav><ul>{menu}</ul></nav><main><p>Tin</p></main></body></html>",
                  "https://www.site.example.gov.tw", "/News.aspx?n=3101")
    assert found["/News.aspx?n=3157&sms=10462"] == found["/News.aspx?n=3193&sms=10493"] == "other"
    assert found["/send-us-your-news/"] == "other"
    assert found["/tin-moi-nhat/"] == "list"
    # a Japanese city's what's new by category
    assert classify_url("https://www.city.example.lg.jp/shinchaku/kurashi.html")[0] == "list"


def test_stories_by_their_ids_a_boards_post_views_and_a_lists_other_view():
    stories = (
        ("/breaking-news/section/4/221904/Man-rescued-from-water-off-Stanley",
         "Man rescued from water off Stanley"),
        ("/deportes/Balona-ficha-extremo-cedido_0_1889312345.html",
         "La Balona incorpora un extremo cedido hasta final de temporada"),
        ("/kma/news/press.jsp?bid=press&mode=view&num=1194287&page=1",
         "기상청, 올해 여름철 기후 특성 발표…평균기온 역대 최고"),
        ("/kma/news/explain.jsp?bid=explain&mode=view&num=104522",
         "8.27일자 보도 관련 설명"),
        # (or its form to read the post by, the list's page carried along)
        ("/gw/portal/sub05_01?articleSeq=1219414&boardCode=BDAADD08&curPage=1&mode=readForm",
         "도내 농업인 수당 3월부터 지급 개시"),
        ("/import/industry-advice/2024/24-112",
         "24-112 - Changes to import conditions for fresh table grapes"),
        ("/aargau/kanton-aargau/grosser-rat-lehrerloehne-debatte-ld.2614555",
         "Grosser Rat: Lehrerlöhne sorgen für Debatte"))
    items = "".join(f"<li><a href='{path}'>{text}</a> <span>14.03.2025</span></li>"
                    for path, text in stories)
    menu = ("<li><a href='/news/articleList.html?sc_section_code=S1N1&view_type=sm'>정치</a>"
            "</li><li><a href='/news/articleList.html?sc_section_code=S1N1&print=1'>인쇄</a>"
            "</li><li><a href='/breaking-news/section/4/'>Breaking news</a></li>"
            "<li><a href='/archivum'>Archívum</a></li>"
            "<li><a href='/arhiiv'>Arhiiv</a></li>")
    found = kinds(f"<html><body><nav><ul>{menu}</ul></nav><main><ul>{items}</ul></main>"
                  "</body></html>", "https://www.paper.example.com", "/news/")
    assert [found[path] for path, _ in stories] == ["article"] * 7
    # a list's address shown another way is that list; its print view is no list
    assert found["/news/articleList.html?sc_section_code=S1N1&view_type=sm"] == "list"
    assert found["/news/articleList.html?print=1&sc_section_code=S1N1"] == "other"
    assert found["/breaking-news/section/4/"] == "list"
    # the board's list by its page number is still its list
    assert classify_url("https://www.x.go.kr/kma/news/press.jsp?bid=press&page=2")[0] == "list"
    # an e-paper's page by its section's letter and number, or by its number after the day
    assert classify_url("https://epaper.x.cn/daily/html/202503/14/node_A02.html")[0] == "list"
    assert classify_url("https://paper.x.cn/2024-05-28/3/")[0] == "list"
    assert classify_url("https://daily.x.cn/hzrb/2024/05/28/page_detail_1_20240528A01.html"
                        )[0] == "list"
    # Joomla's front page of featured articles; tags in Hungarian and Czech
    assert classify_url("https://www.x.cm/index.php?option=com_content&view=featured"
                        "&Itemid=101")[0] == "list"
    assert classify_url("https://www.x.hu/cimke/onkormanyzat")[0] == "list"
    assert classify_url("https://www.x.cz/stitek/volby")[0] == "list"
    # ... and in Swedish
    assert classify_url("https://www.x.se/tagg/zlatan-ibrahimovic/")[0] == "list"
    # an archive in Hungarian and Estonian, linked from the page
    assert found["/archivum"] == found["/arhiiv"] == "list"
    # a SharePoint site's page named by its day in six digits and its words
    assert classify_url("https://www.x.gov.il/Communication/Articles/Pages/"
                        "240609_Reservists_Day.aspx")[0] == "article"
    assert classify_url("https://www.x.gov.il/Communication/Pages/default.aspx") is None or (
        classify_url("https://www.x.gov.il/Communication/Pages/default.aspx")[0] != "article")
    # a subject's page in the Nordic languages
    assert classify_url("https://www.x.no/emne/elverum-handball")[0] == "list"
    assert classify_url("https://www.x.fi/aihe/energia/")[0] == "list"


def test_a_short_slug_and_a_long_id_at_the_top_of_the_site_is_a_story():
    # a weekly's section page: each teaser's picture and headline link the story's path
    # alias, a slug of three words and the node's id; its section, issue and author beside
    teasers = "".join(
        f"<article class='teaser'><a href='/{slug}'><img src='/f/{n}.jpg' alt=''></a>"
        f"<div class='meta'><a href='/kraj'>Kraj</a> · <a href='/tygodnik/10-2025'>TP 10/2025"
        f"</a></div><h2><a href='/{slug}'>{title}</a></h2></article>"
        for n, (slug, title) in enumerate((
            ("wies-bez-przystanku-189287", "Wieś bez przystanku"),
            ("mlodzi-wyjezdzaja-znowu-189220", "Młodzi wyjeżdżają. Znowu"),
            ("europa-bez-parasola-189455", "Europa bez parasola"),
            ("ostatni-zimowy-ptak-189441", "Ostatni zimowy ptak"))))
    found = kinds(f"<html><body><main>{teasers}</main></body></html>",
                  "https://www.weekly.example.pl", "/kraj?page=1")
    assert [found[f"/{s}"] for s in ("wies-bez-przystanku-189287",
                                     "mlodzi-wyjezdzaja-znowu-189220",
                                     "europa-bez-parasola-189455")] == ["article"] * 3
    # a year's number after two words is no story's id
    assert classify_url("https://www.x.pl/raport-roczny-2024") is None


def test_a_portal_cms_channel_by_its_number_is_a_list_unless_named_static():
    # a city's disclosure page: its columns are /channels/<number>.html, its documents
    # /contents/<channel>/<id>.html; the guide and the contact page are channels too
    columns = "".join(f"<li><a href='/channels/{n}.html'>{t}</a></li>" for n, t in (
        (10151, "市发展改革委"), (10152, "市教育局"), (10171, "乡村振兴"),
        (10131, "政府信息公开指南"), (10402, "联系我们")))
    items = "".join(f"<li><a href='/contents/10170/{n}.html'>平顶山市关于做好{t}工作的通知"
                    f"</a><span>2024-03-{d:02d}</span></li>"
                    for n, t, d in ((52011, "春季农业生产", 12), (52004, "安全生产", 8),
                                    (51987, "防汛备汛", 4)))
    found = kinds(f"<html><body><div class='side'><ul>{columns}</ul></div><main><ul>{items}"
                  "</ul></main></body></html>", "https://www.city.example.gov.cn",
                  "/channels/10130.html")
    assert found["/channels/10151.html"] == found["/channels/10152.html"] == "list"
    assert found["/channels/10171.html"] == "list"
    assert found["/channels/10131.html"] == found["/channels/10402.html"] == "other"
    # ... and a newspaper CMS's (Founder's) channels, node_<id>.htm, its second page too
    for url in ("http://www.paper.example.cn/node_4.htm", "http://www.paper.example.cn/node_3_2.htm"):
        assert classify_url(url)[0] == "list"
    assert of(found, "article") == {f"/contents/10170/{n}.html" for n in (52011, 52004, 51987)}


def test_a_newspapers_sections_by_their_usual_names_are_lists():
    # a paper's topic page: its menu names Politics, World, Opinion and Sport, none of them
    # over any of the page's stories; a council's menu with one "Sport" entry stays as it was
    menu = "".join(f"<li><a href='/{p}'>{t}</a></li>" for p, t in (
        ("politics", "Politics"), ("world", "World"), ("opinion", "Opinion"),
        ("sport", "Sport"), ("about-us", "About us")))
    stories = "".join(f"<li><a href='/story/{n}'>Council votes to extend the night bus "
                      f"network to {t}</a></li>" for n, t in ((8812345, "the suburbs"),
                                                           (8812290, "the airport")))
    found = kinds(f"<html><body><nav><ul>{menu}</ul></nav><main><ul>{stories}</ul></main>"
                  "</body></html>", "https://www.paper.example.com", "/topic/night-buses")
    assert [found[f"/{p}"] for p in ("politics", "world", "opinion", "sport")] == ["list"] * 4
    assert found["/about-us"] == "other"
    council = kinds("<html><body><nav><ul><li><a href='/sport'>Sport</a></li><li><a "
                    "href='/waste'>Bins and recycling</a></li><li><a href='/parking'>Parking"
                    "</a></li></ul></nav></body></html>", "https://www.council.example.gov.uk")
    assert council["/sport"] == "other"


def test_a_sports_papers_and_a_wires_sections_and_latest_lists_are_lists():
    # a sports paper's menu of sports, a wire's regions; "latest" and "most read" in other
    # languages
    menu = "".join(f"<li><a href='/{p}'>{t}</a></li>" for p, t in (
        ("modalidades/futsal", "Futsal"), ("modalidades/andebol", "Andebol"),
        ("motores/motogp", "MotoGP"), ("news/asia", "Asia"), ("news/europe", "Europe"),
        ("najnowsze", "Najnowsze"), ("mest-laeste", "Mest læste"), ("sobre", "Sobre nós")))
    found = kinds(f"<html><body><nav><ul>{menu}</ul></nav><main><p>Text.</p></main>"
                  "</body></html>", "https://www.sports.example.pt", "/futebol/liga")
    assert {p: k for p, k in found.items() if k == "list"} == {
        "/modalidades/futsal": "list", "/modalidades/andebol": "list",
        "/motores/motogp": "list", "/news/asia": "list", "/news/europe": "list",
        "/najnowsze": "list", "/mest-laeste": "list"}


def test_a_slug_with_a_keyed_id_and_a_uuid_under_content_are_items():
    # a regional paper's teasers (RP Digital's slug and id after a key, "_aid-", its
    # galleries' "_bid-"), a county portal's items named by a UUID under content/
    teasers = "".join(f"<li><a href='{p}'>{t}</a></li>" for p, t in (
        ("/nrw/wuppertal/stadtwerke-erhoehen-taktung-der-schwebebahn_aid-131004567",
         "Stadtwerke erhöhen die Taktung der Schwebebahn im Sommer"),
        ("/fotos/nrw/wuppertal/so-bunt-war-der-fruehlingsmarkt_bid-98765432",
         "So bunt war der Frühlingsmarkt in Barmen"),
        ("/zwdt/jrha/content/a7d3c1e2-5b90-4f7e-9c61-2f0e8d5b4a13.html",
         "海安举行2024年重大项目集中开工活动仪式"),
        ("/zwdt/jrha/content/b81f6c0d-2e47-4a95-8d13-60a9c4e7f221.html",
         "市领导调研沿海港口物流园建设情况"),
        # Peiq's slug and a letter and the id after an underscore; a broadcaster's folder of
        # articles, the id and the slug; a press release by its id in the query
        ("/essen-nord/c-politik/bezirksvertretung-beschliesst-standgebuehren_a1986260",
         "Bezirksvertretung beschließt neue Standgebühren für den Markt"),
        ("/boulevard/royalty/artikel/5437790/koningspaar-op-staatsbezoek",
         "Koningspaar op staatsbezoek in het noorden van het land"),
        ("/Pages/PressReleaseDetails.aspx?PressID=4120&page_id=5167",
         "Press release: the annual inflation rate for the month of May")))
    found = kinds(f"<html><body><main><ul>{teasers}</ul></main></body></html>",
                  "https://www.site.example.de")
    assert set(found.values()) == {"article"}, found

def test_a_links_amp_view_is_judged_as_the_page():
    # a city magazine's AMP page: every link of the site asks for its AMP view (?amp=1)
    stories = "".join(
        f"<article><h3><a href='/culture/music/{s}/?amp=1'>{t}</a></h3></article>"
        for s, t in (("lineup-announced-for-this-years-harbour-festival",
                      "Line-up announced for this year's Harbour Festival"),
                     ("new-venue-opens-in-the-old-fire-station",
                      "New venue opens in the old fire station on Silver Street")))
    found = kinds(f"<html><body><header><a href='/?amp=1'>Home</a></header><main>{stories}"
                  "</main></body></html>", "https://www.magazine.example.co.uk",
                  "/culture/?amp=1")
    assert found["/?amp=1"] == "list"
    assert of(found, "article") == {
        "/culture/music/lineup-announced-for-this-years-harbour-festival/?amp=1",
        "/culture/music/new-venue-opens-in-the-old-fire-station/?amp=1"}


def test_a_sites_legal_and_access_pages_in_its_language_are_other():
    # a central bank's menu of its legal pages at index addresses, in French; a news
    # agency's tag of the same word stays a list
    footer = "".join(f"<li><a href='/fr/{p}/index.html'>{t}</a></li>" for p, t in (
        ("mentions_legales", "Mentions légales"), ("plan_site", "Plan du site"),
        ("protection_donnees", "Protection des données"), ("accessibilite", "Accessibilité")))
    page = (f"<html><body><main><h1>Communiqués</h1></main><nav><ul>{footer}</ul></nav>"
            "<p><a href='/etiquetas/accesibilidad'>Accesibilidad</a></p></body></html>")
    found = kinds(page, "https://www.bank.example.lu", "/fr/communiques/index.html")
    assert {u for u, k in found.items() if u.startswith("/fr/") and k == "other"} == {
        "/fr/mentions_legales/index.html", "/fr/plan_site/index.html",
        "/fr/protection_donnees/index.html", "/fr/accessibilite/index.html"}
    assert found["/etiquetas/accesibilidad"] == "list"


def test_an_amp_copy_by_its_path_is_judged_as_the_page_it_copies():
    # links to AMP copies named as such ("Versão AMP"): WordPress's /<slug>/amp/ and a news
    # site's /amp/<path>, judged by the address without "amp"
    page = ("<html><body><main><article><h1>Banco</h1><p>O banco central reviu em alta a "
            "previsão.</p><p><a href='/2025/03/10/bolsa-fecha-a-subir-pelo-terceiro-dia/amp/'>"
            "Versão AMP</a> · <a href='/amp/2025/03/09/juros-descem-na-zona-euro'>AMP</a> · "
            "<a href='/sobre/amp/'>Sobre nós</a></p></article></main></body></html>")
    found = kinds(page, "https://eco.example.pt", "/2025/03/11/banco/amp/")
    assert of(found, "article") == {"/2025/03/10/bolsa-fecha-a-subir-pelo-terceiro-dia/amp/",
                                    "/amp/2025/03/09/juros-descem-na-zona-euro"}
    # (a static page's AMP copy is no article)
    assert found["/sobre/amp/"] == "other"


def test_a_joomla_category_page_is_no_article_page_for_its_id():
    # a national library's news by year: Joomla's view=category&id=244 lists its articles
    # (view=article&id=2241:<slug>); its pager's links are the list's pages
    base = "/index.php?option=com_content&view=category&layout=blog&id=244&Itemid=1585&lang=pt"
    items = "".join(
        f"<div class='item'><h2><a href='/index.php?option=com_content&view=article&id={n}:"
        f"{s}&catid=244:2025&Itemid=1585&lang=pt'>{t}</a></h2><p>Publicado em {d}.</p></div>"
        for n, s, t, d in ((2241, "exposicao-cartografia", "Exposição de cartografia do "
                            "Atlântico", "28 novembro 2025"),
                           (2238, "bnp-recebe-espolio", "BNP recebe espólio do poeta", "21 "
                            "novembro 2025"),
                           (2235, "encerramento-da-sala", "Encerramento da sala de leitura",
                            "14 novembro 2025")))
    pager = "".join(f"<li><a href='{base}&limitstart={n}'>{p}</a></li>"
                    for n, p in ((8, "2"), (16, "3")))
    found = kinds(f"<html><body><main>{items}<ul class='pagination'>{pager}</ul></main>"
                  "</body></html>", "https://www.library.example.pt", base)
    assert {url for url, kind in found.items() if "limitstart" in url} <= of(found, "list")
    assert len([u for u in of(found, "article") if "view=article" in u]) == 3


def test_a_boards_download_route_is_a_file():
    # a Korean city's press board: each row's attachment through /common/board/download
    assert classify_url("https://www.city.example.go.kr/www/common/board/download?boardId="
                        "press&fileSn=1&idx=1209221")[0] == "other"


@pytest.mark.parametrize("url, why", [
    ("https://www.paper.example.de/nrw/stadtwerke-erhoehen-taktung-der-schwebebahn_aid-131004567",
     "a slug and its id after a key"),
    ("https://www.local.example.de/essen/c-politik/bezirksvertretung-beschliesst-gebuehren_a1986260",
     "a slug and its id after a key"),
    ("https://www.tv.example.nl/boulevard/royalty/artikel/5437790/koningspaar-op-staatsbezoek",
     "an id and a slug"),
    ("https://www.stats.example.eg/Pages/PressReleaseDetails.aspx?PressID=4120&page_id=5167",
     "document id in the query"),
    ("https://www.city.example.gov.cn/zwdt/content/a7d3c1e2-5b90-4f7e-9c61-2f0e8d5b4a13.html",
     "a document's UUID under content/"),
    ("https://www.daily.example.de/artikel/1188563.landeseigene-kaufen-weniger-wohnungen.html",
     "an id and a slug"),
    ("https://global.maker.example/jp/newsroom/corporate/42481236.html", "numeric document id"),
    ("https://www.paper.example.com/israel-news/article-801402", "numeric document id"),
    ("https://www.paper.example.com/jpost-tv/video-801288", "numeric document id"),
    ("https://www.city.example.gov.cn/xinwen/show/20240427132813-48141-00-000.html",
     "a moment and an id as the page's name"),
    # a slug of words joined by underscores, the item's id after it
    ("https://agency.example.az/en/xeber/baku_metro_to_extend_working_hours-3087695",
     "slug of many words"),
    ("https://www.radio.example.de/sr/home/sport/fc_club_trainer_vertrag_100.html",
     "slug of many words"),
    # an id, a comma and the slug; the slug, the day and a long hex id after an underscore
    ("https://daily.example.pl/felietony/312848,o-cierpliwosci-siewcy.html", "an id and a slug"),
    ("https://radio.example.es/noticias/espana/congreso-aprueba-tramitar-ley_"
     "20240528665591d038b319eee795b28e.html", "a slug, the day and an id"),
])
def test_item_addresses_by_their_id_shapes(url, why):
    # (the address alone, before the link's place on the page adds its evidence)
    from newscrawler.linkclass import _weak_article
    assert _weak_article(url) == why


def test_a_dated_path_with_the_items_id_before_its_slug_is_an_article():
    # (its comments' page under the same address is not)
    base = "https://www.portal.example.eg/news/details/2025/4/22/2745150/"
    slug = "%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1"
    assert classify_url(base + slug) == ("article", "dated path /yyyy/m/d/")
    assert classify_url(base + "comments/") is None


def test_an_event_calendars_day_under_a_dated_path_and_a_dash_is_the_days_list():
    # JEvents' day view, /eventsbyday/2024/3/2/-, linked from the month's grid by its day
    days = "".join(f"<td><a href='/index.php/ekdiloseis/eventsbyday/2024/3/{d}/-'>{d}</a></td>"
                   for d in (2, 8, 9, 15, 16))
    page = f"<html><body><main><table><tr>{days}</tr></table></main></body></html>"
    found = kinds(page, "https://www.city.example.gr", "/index.php/anakoinoseis")
    for d in (2, 8, 9, 15, 16):
        assert found[f"/index.php/ekdiloseis/eventsbyday/2024/3/{d}/-"] != "article"
    assert classify_url("https://www.x.com/2024/05/21/minister-tours-fish-market/") == (
        "article", "dated path /yyyy/m/d/")


@pytest.mark.parametrize("url", [
    # ... but without an id, as often a council's static page, or a publication's edition
    "https://www.council.example.gov.uk/info/20009/council_and_democracy/953/filming_and_"
    "photography_requests_on_council_land",
    "https://www.bureau.example.gov.hk/tc/publications/women_in_hk_2021.htm",
])
def test_a_slug_of_words_joined_by_underscores_without_an_id_is_no_item(url):
    from newscrawler.linkclass import _weak_article
    assert _weak_article(url) is None


def test_a_channels_script_is_a_list_address():
    # a JSP disclosure platform: its channels (and their filters) at channel.jsp, its
    # documents at content.jsp
    assert classify_url("http://www.city.example.gov.cn/zfxxgk/channel.jsp?id=1050&year=2023"
                        ) == ("list", "list address")
    assert classify_url("http://www.city.example.gov.cn/zfxxgk/content.jsp?id=20931") != (
        "list", "list address")


@pytest.mark.parametrize("url", ["https://review.example.co.uk/contributors/tom-ferrier",
                                 "https://www.paper.example.com/byline/rupa-venkatesan"])
def test_a_contributors_or_a_bylines_page_is_an_author_archive(url):
    assert classify_url(url) == ("list", "a category, tag or author archive")


def test_an_articles_id_in_the_query_named_in_its_language_or_with_an_underscore():
    # an Italian daily's items, articolo.php?articolo_id=…, and a portal's noticia_id and
    # news_id, each under its headline in a list of the section
    page = ("<html><body><main><ul>"
            "<li><a href='/governo/articolo.php?articolo_id=121902'>Decreto tariffe, la "
            "Conferenza rinvia il parere</a></li>"
            "<li><a href='/portal/ver.php?noticia_id=5531'>Municipio inaugura nueva planta de "
            "tratamiento de agua</a></li>"
            "<li><a href='/detail.php?news_id=88213'>Council approves budget for new library "
            "building</a></li>"
            # (... and a news wire's key before its kind, beside a field of its type)
            "<li><a href='/Pages/Article.aspx?idArticle=2903131845&amp;lang=fr&amp;type=1'>Le "
            "ministre annonce une aide financière</a></li></ul></main></body></html>")
    found = kinds(page, "https://www.news.example.it", "/governo/")
    assert {"/governo/articolo.php?articolo_id=121902", "/portal/ver.php?noticia_id=5531",
            "/detail.php?news_id=88213",
            "/Pages/Article.aspx?idArticle=2903131845&lang=fr&type=1"} <= of(found, "article")


def test_an_article_pages_switch_and_neighbours_at_its_details_folder_in_another_edition():
    # a ministry's /Ar/NewsDetails/<words joined by underscores>: its "English" switch is
    # the same item at /En/NewsDetails/<English words>, its "→ الخبر السابق" and "الخبر
    # التالي ←" the items before and after it, though their words are a pager's too
    own = "/Ar/NewsDetails/وزير_الخارجية_يلتقي_نظيره_النرويجي"
    related = "".join(f"<li><a href='/Ar/NewsDetails/خبر_عن_لقاء_الوزير_رقم_{n}'>خبر عن "
                      f"لقاء الوزير رقم {n}</a><span>1{n}/03/2025</span></li>" for n in range(4))
    page = ("<html><body><header><nav><a href='/En/NewsDetails/Foreign_Minister_meets_"
            "Norwegian_counterpart'>English</a></nav></header><main><h1>وزير الخارجية يلتقي "
            "نظيره النرويجي</h1><p>نص الخبر.</p><div class='nav-news'><a href='/Ar/NewsDetails/"
            "الخارجية_تتابع_أوضاع_المواطنين'>→ الخبر السابق</a> <a href='/Ar/NewsDetails/"
            "الأردن_يرحب_بقرار_مجلس_الأمن'>الخبر التالي ←</a></div><ul class='related'>"
            f"{related}</ul></main></body></html>")
    site = "https://www.mofa.example.jo"
    found = {unquote(urlsplit(lk.url).path): lk.kind for lk in classify_links(page, site + own)}
    assert found["/En/NewsDetails/Foreign_Minister_meets_Norwegian_counterpart"] == "article"
    assert found["/Ar/NewsDetails/الخارجية_تتابع_أوضاع_المواطنين"] == "article"
    assert found["/Ar/NewsDetails/الأردن_يرحب_بقرار_مجلس_الأمن"] == "article"


@pytest.mark.parametrize("text, adjacent", [
    ("« Vorherige Meldung", True), ("Nächste Pressemitteilung »", True),
    ("Nota anterior", True), ("Articolo precedente: Lvmh rileva", True),
    ("Önceki Haber", True), ("下一篇：全市召开会议", True),
    # a plural names the list's pager, not one item
    ("Önceki Haberler", False), ("Vorherige Meldungen", False), ("Next page", False)])
def test_the_words_for_an_article_pages_neighbour_in_several_languages(text, adjacent):
    assert bool(ADJACENT.match(text)) is adjacent


def test_pages_a_cms_numbers_in_the_path_are_no_pager():
    # a governor's site serves its static pages as index.cfm/page/<number>, each under its
    # name in the menu; its press list's pager is index.cfm/newsroom/index/page/<n>, numbers
    names = ("About the Governor", "First Lady", "Executive Staff", "Priorities",
             "Coastal Protection", "Education", "Services")
    menu = "".join(f"<li><a href='/index.cfm/page/{n + 2}'>{name}</a></li>"
                   for n, name in enumerate(names))
    pager = "".join(f"<a href='/index.cfm/newsroom/index/page/{n}'>{n}</a>" for n in (2, 3, 4))
    page = (f"<html><body><header><nav><ul>{menu}</ul></nav></header><main><ul>"
            "<li><a href='/index.cfm/newsroom/detail/4512'>Governor signs coastal bill</a> "
            "May 20, 2025</li></ul><nav class='pager'>" + pager + "</nav></main></body></html>")
    found = kinds(page, "https://gov.example.gov", "/index.cfm/newsroom/index")
    assert {f"/index.cfm/page/{n + 2}" for n in range(len(names))} <= of(found, "other")
    assert found["/index.cfm/newsroom/index/page/3"] == "list"


def test_a_terms_archive_by_its_script_and_its_pager_are_lists():
    # a sports site's tag page, tag.php?id=48, its pager tag.php?id=48&page=N and its
    # writers' author.php?id=N: archives of a term, not documents by their ids
    rows = "".join(f"<li><a href='/news.php?news={1200 + n}'>Левски спечели мача номер {n} "
                   f"с два гола</a> <span>1{n}.03.2025</span> <a href='/author.php?id={n}'>"
                   f"Автор {n}</a></li>" for n in range(5))
    pager = "".join(f"<a href='/tag.php?id=48&amp;page={n}'>{n}</a>" for n in (2, 3, 4))
    page = (f"<html><body><main><ul>{rows}</ul><div class='pager'>{pager}</div></main>"
            "</body></html>")
    found = kinds(page, "https://www.sport.example.bg", "/tag.php?id=48")
    assert found["/tag.php?id=48&page=3"] == "list"
    assert found["/author.php?id=2"] == "list"
    assert found["/news.php?news=1201"] == "article"


def test_a_link_in_running_text_to_an_items_address_by_its_id_is_an_article():
    # a market daily's story links, inside a sentence, to another story by its id and slug,
    # and a court's news to a Liferay web content; a link by a slug alone in a sentence is
    # as often a service's page
    page = ("<html><body><main><article><h1>Οι τράπεζες αυξάνουν τις χορηγήσεις</h1><p>Τα "
            "στοιχεία <a href='/news/economy/article/2251790/trapeza-tis-ellados-auxisi.html'>"
            "έδειξαν αύξηση 6%</a> στις πιστώσεις, όπως και <a href='/noticias/noticia/-/"
            "visualizar-conteudo/5111210/248770221'>o tribunal informou</a> ontem, ενώ η "
            "<a href='/services/apply-for-a-permit'>αίτηση άδειας</a> παραμένει.</p>"
            "</article></main></body></html>")
    found = kinds(page, "https://www.markets.example.gr", "/news/economy/article/2251800/x.html")
    assert found["/news/economy/article/2251790/trapeza-tis-ellados-auxisi.html"] == "article"
    assert found["/noticias/noticia/-/visualizar-conteudo/5111210/248770221"] == "article"
    assert found["/services/apply-for-a-permit"] == "other"


def test_a_cjk_name_ending_in_a_lists_word_is_a_list_though_as_long_as_a_headline():
    # under a prefecture's latest releases, "記者発表資料一覧" (its releases' list) at a
    # numbered page; a video's title of as many ideographs stays what its address says
    rows = "".join(f"<li><span class='date'>2025年3月{20 - n}日</span><a href='/pages/archive/"
                   f"8840{n}'>秋田港の国際定期コンテナ航路の新規開設について その{n}</a></li>"
                   for n in range(5))
    page = (f"<html><body><main><ul>{rows}</ul><p class='more'><a href='/pages/genre/12102'>"
            "記者発表資料一覧</a></p><p class='more'><a href='/pages/genre/12103'>知事の記者会見"
            "の動画</a></p></main></body></html>")
    found = kinds(page, "https://www.pref.example.lg.jp", "/")
    assert found["/pages/genre/12102"] == "list"
    assert found["/pages/archive/88402"] == "article"


def test_a_side_menus_headlines_under_the_years_folder_and_colon_ids_are_items():
    # a prefecture's release page: its side menu lists the section's latest releases at
    # /Communiques-de-presse/2026/<Slug>; an agency's items are /news:<id>:<Slug>/
    side = "".join(f"<li><a href='/Actualites/Communiques-de-presse/2026/{slug}'>{text}</a></li>"
                   for slug, text in (
                       ("Plan-grand-froid-activation-du-niveau-1",
                        "Plan grand froid : activation du niveau 1"),
                       ("Visite-du-prefet-au-centre-de-secours", "Visite du préfet au centre de "
                        "secours de la vallée"),
                       ("Fermeture-exceptionnelle-des-guichets-le-11-decembre",
                        "Fermeture exceptionnelle des guichets le 11 décembre"),
                       ("Ceremonie-de-naturalisation-a-la-prefecture",
                        "Cérémonie d'accueil dans la nationalité française"),
                       ("Campagne-de-vaccination-dans-les-elevages",
                        "Ouverture de la campagne de vaccination dans les élevages"),
                       ("Restriction-des-usages-de-l-eau-levee",
                        "Arrêté de restriction des usages de l'eau : levée des mesures"),
                       ("Signature-du-contrat-de-relance", "Signature du contrat de relance "
                        "et de transition écologique")))
    page = ("<html><body><main><article><h1>Sécurité routière : bilan du contrôle</h1><p>Le "
            "préfet a fait le bilan.</p><p><a href='/news:812376:President_signs_law_on_"
            "investment/'>President signs law on investment protection</a></p></article>"
            f"<nav class='menu-rubrique'><h2>Dans la même rubrique</h2><ul>{side}</ul></nav>"
            "</main></body></html>")
    found = kinds(page, "https://www.prefecture.example.fr",
                  "/Actualites/Communiques-de-presse/2026/Securite-routiere-bilan")
    assert found["/Actualites/Communiques-de-presse/2026/Plan-grand-froid-activation-du-"
                 "niveau-1"] == "article"
    assert found["/news:812376:President_signs_law_on_investment/"] == "article"


def test_sixcms_detail_slugs_and_an_articles_own_query_key_are_items():
    # a state ministry's speeches at /detail/~<day>-<slug> (SixCMS's tilde), a ministry's
    # news at index.php?article=<n>, each under its headline
    page = ("<html><body><main><ul><li><a href='/mik/de/presse/reden/detail/~20-03-2025-rede-"
            "des-ministers-im-landtag'>Rede des Ministers im Landtag zum Katastrophenschutz</a>"
            "</li><li><a href='/index.php?article=41840'>Ministry announces readiness for the "
            "pilgrimage season security plan</a></li><li><a href='/sixcms/detail.php/bb1.c."
            "798411.de'>Jahresbilanz Brandschutz 2024 mit mehr Einsätzen als im Vorjahr</a></li>"
            "</ul></main></body></html>")
    found = kinds(page, "https://www.ministerium.example.de", "/mik/de/presse/")
    assert found["/mik/de/presse/reden/detail/~20-03-2025-rede-des-ministers-im-landtag"] == \
        "article"
    assert found["/index.php?article=41840"] == "article"
    assert found["/sixcms/detail.php/bb1.c.798411.de"] == "article"


def test_an_editions_home_makes_no_subsections():
    # the English edition's front page, /en/index.jhtml, is a list as a home page is: the
    # edition's folders and static pages below it are no subsections of a list
    from newscrawler.linkclass import LinkClass, _subsections
    site = "http://www.x.gov.cn"
    links = [LinkClass(f"{site}/en/index.jhtml", "list", "index page", "Home", None),
             LinkClass(f"{site}/en/about/index.jhtml", "other",
                       "menu entry without list evidence", "About the City", None),
             LinkClass(f"{site}/en/about/history.jhtml", "other",
                       "menu entry without list evidence", "History", None),
             LinkClass(f"{site}/en/news/index.jhtml", "list",
                       "menu entry named like a list 'News'", "News", None),
             LinkClass(f"{site}/en/news/local.jhtml", "other",
                       "menu entry without list evidence", "Local", None)]
    assert [lk.kind for lk in _subsections(links)] == ["list", "other", "other", "list", "list"]


INTERPRETATIONS_PAGE = """<html><body><div class="list"><ul>
<li><em>[文字解读]</em><a href="/Web/_F0_0_7QK2ZD1M.htm">《某某州促进园区发展若干措施》解读</a>
<a href="/Web/_F0_0_3HD8XW0P.htm" class="yw">[原文]</a><span>2025-03-28</span></li>
<li><em>[部门解读]</em><a href="/Web/_F0_0_7QK2ZD9A.htm">《某某州医疗保障待遇清单》政策问答</a>
<a href="/Web/_F0_0_3HD8XW4T.htm" class="yw">[原文]</a><span>2025-03-14</span></li>
</ul></div></body></html>"""

EDITIONS_ROWS_PAGE = """<html><body><table class="releases">
<tr><td>12-03-2025</td><td><a href="/en/press-release-detail.aspx?id=48213">Chief Minister
inaugurates new district hospital in Navsari</a></td>
<td><a href="/gu/press-release-detail.aspx?id=48213">ગુજરાતી</a></td></tr>
<tr><td>11-03-2025</td><td><a href="/en/press-release-detail.aspx?id=48207">State approves
irrigation works for forty villages</a></td>
<td><a href="/gu/press-release-detail.aspx?id=48207">ગુજરાતી</a></td></tr>
<tr><td>10-03-2025</td><td><a href="/en/press-release-detail.aspx?id=48201">Forest department
plants two lakh saplings along the coast</a></td>
<td><a href="/gu/press-release-detail.aspx?id=48201">ગુજરાતી</a></td></tr>
</table></body></html>"""


def test_a_rows_original_document_and_its_item_in_another_edition_are_articles():
    # a policy interpretation's row links the original document as "[原文]"
    found = kinds(INTERPRETATIONS_PAGE, "http://www.x.gov.cn", "/Web/_F0_0_LIST.htm")
    assert found["/Web/_F0_0_3HD8XW0P.htm"] == found["/Web/_F0_0_3HD8XW4T.htm"] == "article"
    # a release's row links its Gujarati version by the language's own name
    found = kinds(EDITIONS_ROWS_PAGE, "https://info.x.gov.in", "/en/press-release.aspx")
    assert found["/gu/press-release-detail.aspx?id=48213"] == "article"
    assert found["/gu/press-release-detail.aspx?id=48207"] == "article"


def test_an_ids_slug_joined_by_underscores_is_one_address_template():
    # an agency's feed names each item by its id and the headline's words joined by
    # underscores: one template for all of them, whose links with headline texts are items
    rows = "".join(
        f'<div class="one"><div class="time">1{i}:05</div><div class="title"><a href='
        f'"/english/32890{i}_{slug}/">{text}</a></div></div>'
        for i, (slug, text) in enumerate([
            ("Cabinet_approves_draft_law_on_notarial", "Cabinet approves draft law on notarial "
             "services"),
            ("Som_strengthens_slightly_against_dollar", "Som strengthens slightly against dollar"),
            ("City_Hall_announces_new_bus_routes", "City Hall announces 14 new bus routes"),
            ("Reservoir_water_volume_below_last_year", "Reservoir water volume below last "
             "year's level")]))
    found = kinds(f'<html><body><div class="lenta">{rows}</div></body></html>',
                  "https://news.example.kg", "/english/")
    assert of(found, "article") == {
        "/english/328900_Cabinet_approves_draft_law_on_notarial/",
        "/english/328901_Som_strengthens_slightly_against_dollar/",
        "/english/328902_City_Hall_announces_new_bus_routes/",
        "/english/328903_Reservoir_water_volume_below_last_year/"}
    # (a static page's name of words alone keeps its own template: no id before them)
    from newscrawler.linkclass import address_template
    assert address_template("https://x.gov/subjects/education_training_and_learning") == (
        "x.gov/subjects/education_training_and_learning?")


def test_an_items_folder_named_by_the_moment_it_was_filed_is_an_item():
    # a policy interpretation served as the index page of a folder named by its filing
    # moment; a genre's padded number before index.html stays a list's folder
    page = ("<html><body><ul class='list'>"
            "<li><a href='/zcjd/20240314111243507/index.shtml'>[解读]</a> "
            "<a href='/zcwj/202403/t20240314_3261.html'>关于加强施工安全管理的通知</a>"
            "<span>2024-03-14</span></li>"
            "<li><a href='/zcjd/20240305131215606/index.shtml'>[解读]</a> "
            "<a href='/zcwj/202403/t20240305_3250.html'>关于推进老旧小区改造的实施意见</a>"
            "<span>2024-03-05</span></li></ul>"
            "<div class='menu'><a href='/www/genre/1000500000110/index.html'>くらし</a></div>"
            "</body></html>")
    found = kinds(page, "https://zjt.x.gov.cn", "/zcwj/")
    assert found["/zcjd/20240314111243507/index.shtml"] == "article"
    assert found["/zcjd/20240305131215606/index.shtml"] == "article"
    assert found["/www/genre/1000500000110/index.html"] != "article"


def test_a_boards_view_route_carrying_the_lists_page_is_its_post():
    # an MVC board's view with no script suffix, the list's page carried along to go back
    # to it: each post, not a page of the list
    rows = "".join(
        f"<tr><td>{n}</td><td class='subject'><a href='/site/program/board/basicboard/view?"
        f"boardid={248770 + n}&boardtypeid=26&currentpage=2&menuid=148006002001'>부천시, "
        f"여름철 폭염 대비 무더위 쉼터 {n}곳 운영</a></td><td>2025-06-1{n}</td></tr>"
        for n in range(1, 5))
    page = f"<html><body><table class='board'>{rows}</table></body></html>"
    found = kinds(page, "https://www.x.go.kr", "/site/program/board/basicboard/list")
    views = [url for url in found if "/view?" in url]
    assert len(views) == 4 and all(found[url] == "article" for url in views)


def test_a_headlines_slug_before_a_hash_id_is_one_template():
    # /en/news/<slug>/blt<hash>: the slug and the hash generalized, so the teasers are one
    # address template's items (none has a date or a list's markup)
    teasers = "".join(
        f"<div class='card'><a href='/en/news/{slug}/blt{h}'><h3>{text}</h3></a></div>"
        for slug, h, text in [
            ("arteta-hails-arsenal-resilience-after-late-winner", "f9eb869d8e6ba55f",
             "Arteta hails Arsenal resilience after late winner"),
            ("slot-confirms-liverpool-defender-faces-three-weeks-out", "2d2fcaf2d5892cc4",
             "Slot confirms Liverpool defender faces three weeks out"),
            ("man-city-ready-summer-rebuild-midfield-targets", "c5301c2e2f6d37d0",
             "Man City ready summer rebuild with two midfield targets"),
            ("howe-dismisses-talk-of-carabao-cup-hangover", "aaaa8356a04875ac",
             "Howe dismisses talk of Carabao Cup hangover")])
    found = kinds(f"<html><body><main>{teasers}</main></body></html>", "https://www.x.com",
                  "/en/premier-league/")
    assert len(of(found, "article")) == 4


def test_a_story_filed_under_its_category_by_its_slug_and_id_is_an_item():
    # /category/health/<headline's words>-NV_207415: a story under its category's folder;
    # a tag ending with a year and the category itself stay lists
    page = ("<html><body><div class='list'>"
            + "".join(f"<div class='card'><a href='/category/health/{slug}-NV_20{n}'>{text}</a>"
                      "</div>" for n, slug, text in [
                          (7415, "kiruddu-hospital-opens-new-dialysis-wing",
                           "Kiruddu hospital opens new dialysis wing"),
                          (7402, "village-health-teams-to-get-smartphones",
                           "Village health teams to get smartphones")])
            + "</div><div class='tags'><a href='/tag/pr-nord-est-2021-2027/'>PR Nord-Est "
            "2021-2027</a> <a href='/category/health'>Health</a></div></body></html>")
    found = kinds(page, "https://www.news.example.ug", "/category/health")
    assert found["/category/health/kiruddu-hospital-opens-new-dialysis-wing-NV_207415"] \
        == "article"
    assert found["/category/health/village-health-teams-to-get-smartphones-NV_207402"] \
        == "article"
    assert found["/tag/pr-nord-est-2021-2027/"] != "article"


def test_an_id_and_a_headline_in_cjk_after_it_is_an_item():
    # /<section>/<id>/<headline in Chinese>, percent-encoded in the links; a number after the
    # id is no headline
    from urllib.parse import quote

    from newscrawler.linkclass import _weak_article
    url = ("https://www.x.com/" + quote("全球") + "/60412400/"
           + quote("直播联合国气候大会最后一日谈判"))
    assert _weak_article(url) == "an id and a headline in CJK"
    assert _weak_article("https://www.x.at/cms/beitrag/12864175/141979560/") is None


def test_an_interpretations_companion_links_at_numbered_pages_are_items():
    # a policy row links its interpretations as "图解" and "视频解读" at numbered pages; a
    # menu's "视频解读" column at its folder's index stays a list
    page = ("<html><body><div class='menu'><a href='/zwgk/zcjd/spjd/index.shtml'>视频解读</a>"
            "</div><ul class='list'>"
            + "".join(f"<li><a href='/zwgk/zcjd/wzjd/46312{n}0.shtml'>《关于促进康养产业发展的"
                      f"若干措施》政策解读{n}</a> <span>[<a href='/zwgk/zcjd/tjjd/46312{n}1.shtml'>"
                      f"图解</a>] [<a href='/zwgk/zcjd/spjd/46312{n}2.shtml'>视频解读</a>]</span>"
                      f"<span class='date'>2025-03-1{n}</span></li>" for n in range(3))
            + "</ul></body></html>")
    found = kinds(page, "http://www.x.gov.cn", "/zwgk/zcjd/index.shtml")
    for n in range(3):
        assert found[f"/zwgk/zcjd/tjjd/46312{n}1.shtml"] == "article"
        assert found[f"/zwgk/zcjd/spjd/46312{n}2.shtml"] == "article"
    assert found["/zwgk/zcjd/spjd/index.shtml"] == "list"


def test_a_story_filed_under_its_category_by_a_long_hex_id_is_an_item():
    # a broadcaster's /category/<section>/<32 hex>, its affiliates' with their two letters
    # first; the category itself stays a list and Plone's resolveuid/<uid> says nothing
    stories = [("/category/society/69cdf41043e289dc3e82aeae25784655", "首都高で事故 3人けが"),
               ("/category/economy/fbcbc8642e7a98bb99746f6dfde3b1e0", "日経平均 一時600円安"),
               ("/n/ytv/category/society/yt9a48493852ef45c9568151289e0885", "大阪で飲食店火災")]
    page = ("<html><body><nav><a href='/category/society'>社会</a></nav><ul class='news'>"
            + "".join(f"<li><a href='{u}'>{t}</a> <time>2025年11月24日 18:12</time></li>"
                      for u, t in stories)
            + "</ul><p>詳しくは<a href='/resolveuid/3b8f0d6e1a2c4c7d9e5f0a1b2c3d4e5f'>こちら"
            "</a></p></body></html>")
    found = kinds(page, "https://news.tv.example.jp", "/category/society")
    for url, _ in stories:
        assert found[url] == "article"
    assert found["/category/society"] == "list"
    assert found["/resolveuid/3b8f0d6e1a2c4c7d9e5f0a1b2c3d4e5f"] != "article"


def test_an_id_before_a_slug_joined_by_underscores_is_an_item():
    # a news agency's /it/news/<id>-<WORDS_JOINED_BY_UNDERSCORES>; its country pages stay
    # no items
    from newscrawler.linkclass import _weak_article
    assert _weak_article("https://www.agency.example.org/it/news/76512-AFRICA_KENYA_Nairobi_"
                         "i_catechisti_formano_giovani") == "an id and a slug"
    assert _weak_article("https://www.agency.example.org/it/paesi/burkina_faso") is None


def test_a_university_cms_dated_item_in_a_side_box_is_an_item():
    # /2025/0320/c6347a569931/page.htm in a "热点排行" box of the menu column; the same
    # CMS's static page ("关于本网") at such an address stays no item
    menu = "".join(f"<li class='menu-item'><a href='/{p}/list.htm' class='menu-link'>{t}</a>"
                   "</li>" for p, t in (("szyw", "要闻"), ("xyxw", "校园新闻"),
                                        ("xsjl", "学术交流"), ("sdrw", "人物"), ("spsd", "视频")))
    hot = "".join(f"<li><a href='/2025/03{d}/c63{d}a5699{d}/page.htm'>{t}</a></li>"
                  for d, t in (("20", "“东吴学者”论坛聚焦人工智能与材料科学交叉"),
                               ("14", "扎根乡村三十年的“赤脚医生”校友"),
                               ("18", "“90后”博导的科研日常"),
                               ("09", "钙钛矿光伏电池稳定性研究取得重要进展")))
    page = ("<html><body><div class='col_menu'><ul>" + menu + "</ul><div class='hotnews'>"
            "<h3>热点排行</h3><ul>" + hot + "</ul></div></div><div class='footer'><a href="
            "'/2019/0501/c6360a300001/page.htm'>关于本网</a></div></body></html>")
    found = kinds(page, "https://news.univ.example.cn", "/main.htm")
    assert {u for u, k in found.items() if k == "article"} == {
        "/2025/0320/c6320a569920/page.htm", "/2025/0314/c6314a569914/page.htm",
        "/2025/0318/c6318a569918/page.htm", "/2025/0309/c6309a569909/page.htm"}
    assert found["/2019/0501/c6360a300001/page.htm"] != "article"


@pytest.mark.parametrize("path", ["/bultenler/detay/2024-46", "/duyurular/etkinlikler/detay/212",
                                  "/noticias/detalle/nueva-planta-de-tratamiento",
                                  "/notizie/dettaglio/4417"])
def test_a_detail_views_item_named_in_other_languages_is_an_item(path):
    # the detail view's word in Turkish, Spanish and Italian, as "detail" in English
    from newscrawler.linkclass import _weak_article
    assert _weak_article("https://www.agency.example.tr" + path) is not None


def test_an_items_address_keeps_its_shape_with_a_query_after_it():
    # Joomla's /component/content/article/<id>-<slug> with its menu item and category in
    # the query; a Brazilian portal's <slug>,<long id>.html
    from newscrawler.linkclass import _weak_article
    assert _weak_article("https://www.x.gov.za/index.php/component/content/article/4477-sa-"
                         "astronomy-week-2025?Itemid=101&catid=22") == "an id and a slug"
    # (not a section's filter by a query after a one-word folder: /news/2024/society/?subcate=)
    assert _weak_article("https://news.example.kr/news/2024/society/?subcate=court") is None
    assert _weak_article("https://www.portal.example.br/economia/salario-minimo-2026-governo-"
                         "divulga-previsao,003ae9d862c8e0ea2b63ee68f117ab9fc0bivq9l.html") \
        == "a slug and its id"


def test_an_interpretation_in_brackets_at_a_jeecms_numbered_page_is_an_item():
    # "[解读]" and "[图解]" beside a policy document's row, at /zcjd/bmjd/20470.jhtml
    page = ("<html><body><ul class='list'>"
            + "".join(f"<li><a href='/zcwj/szfwj/2047{n}.jhtml'>关于印发商丘市促进消费若干措施的"
                      f"通知{n}</a> <a href='/zcjd/bmjd/2047{n}1.jhtml'>[解读]</a> <a href='/zcjd/"
                      f"tjzc/2047{n}2.jhtml'>[图解]</a><span>2025-03-1{n}</span></li>"
                      for n in range(3))
            + "</ul></body></html>")
    found = kinds(page, "https://www.x.gov.cn", "/zcwj/szfwj/index_2.jhtml")
    for n in range(3):
        assert found[f"/zcjd/bmjd/2047{n}1.jhtml"] == "article"
        assert found[f"/zcjd/tjzc/2047{n}2.jhtml"] == "article"


def test_a_portals_everything_about_a_topic_is_its_hub():
    page = ("<html><body><div class='tags'><a href='/noticias/tudo-sobre/stf/'>STF</a> "
            "<a href='/noticias/tudo-sobre/eleicoes-2026/'>Eleições 2026</a></div>"
            + "<p>Texto da seção com notícias do dia e resumo das principais manchetes.</p>" * 3
            + "</body></html>")
    found = kinds(page, "https://www.portal.example.br", "/noticias/brasil/")
    assert found["/noticias/tudo-sobre/stf/"] == "list"
    assert found["/noticias/tudo-sobre/eleicoes-2026/"] == "list"


def test_a_dated_document_id_and_a_month_by_a_japanese_eras_year_are_classed():
    # a portal's /stories/<day><number>.html (the day alone is that day's archive); a
    # month named by a Japanese era's year ("令和7年2月") is that month's list
    from newscrawler.linkclass import classify_url
    assert classify_url("https://www.portal.example/stories/202405130214.html") == (
        "article", "a dated document id")
    assert classify_url("https://www.portal.example/stories/20240513.html") != (
        "article", "a dated document id")
    page = ("<html><body><ul class='months'>"
            + "".join(f"<li><a href='/shisei/koho/hodo/hodo_2025{m:02d}.html'>令和7年{m}月</a></li>"
                      for m in (1, 2, 3))
            + "</ul></body></html>")
    found = kinds(page, "https://www.city.example.lg.jp", "/shisei/koho/hodo/index.html")
    assert {found[f"/shisei/koho/hodo/hodo_2025{m:02d}.html"] for m in (1, 2, 3)} == {"list"}


def test_an_arc_storys_id_and_day_in_place_of_its_slug_is_an_article():
    # a wire's section front in Japanese: each story's address is its Arc id and its day
    page = ("<html><body><nav><a href='/markets/japan/'>日本市場</a></nav><div class='side'>"
            "<a href='/markets/japan/5AYK3XUF5EZQMDP2IGXL46YERH-2025-03-11/'>円債市場で長期金利"
            "1.5％台半ば</a><a href='/world/us/HAP3HNNXATPF7TPGEP7ZD2PUH6-2025-03-10/'>トランプ氏"
            "、景気後退の可能性排除せず</a></div></body></html>")
    found = kinds(page, "https://jp.wire.example", "/markets/japan/")
    assert found["/markets/japan/5AYK3XUF5EZQMDP2IGXL46YERH-2025-03-11/"] == "article"
    assert found["/world/us/HAP3HNNXATPF7TPGEP7ZD2PUH6-2025-03-10/"] == "article"


def test_a_regional_papers_gallery_of_a_story_is_an_article():
    # Polska Press's gallery of one story, a picture of it by number, in a teaser box with
    # no date
    page = ("<html><body><div class='galerie'><a href='/koszalin-kiermasz-wielkanocny-na-rynku/"
            "ga/c1-18493011/zd/112390582'>Kiermasz wielkanocny na Rynku [GALERIA]</a><a "
            "href='/kibice-na-meczu-zdjecia/ga/c1-18494390/zd/112793689'>Kibice na meczu. "
            "Znajdźcie się na zdjęciach</a></div></body></html>")
    found = kinds(page, "https://www.paper.example.pl", "/")
    assert set(found.values()) == {"article"} and len(found) == 2


def test_a_local_papers_places_are_lists():
    # a paper's menu of its zones and of communes by their name and INSEE code: the news of
    # each place, though the menu gives no other evidence
    page = ("<html><body><nav class='menu'><ul>"
            "<li><a href='/zone/cervia/'>Cervia</a></li><li><a href='/zone/valle-stura/'>Valle "
            "Stura</a></li><li><a href='/communes/millau,12145.html'>Millau</a></li>"
            "<li><a href='/communes/saint-affrique,12208.html'>Saint-Affrique</a></li>"
            "<li><a href='/qui-sommes-nous'>Qui sommes-nous</a></li></ul></nav></body></html>")
    found = kinds(page, "https://www.paper.example", "/cronaca/")
    assert {found[p] for p in ("/zone/cervia/", "/zone/valle-stura/", "/communes/millau,"
                               "12145.html", "/communes/saint-affrique,12208.html")} == {"list"}
    assert found["/qui-sommes-nous"] == "other"


def test_a_link_named_by_a_year_alone_is_that_years_list():
    # a department's press releases by year, each a file named by its year ("2023年"), in a
    # menu beside the current year's list; a report named by more than its year is not
    # judged by the name
    page = ("<html><body><ul class='side-menu'>"
            + "".join(f"<li><a href='/big5/about/press/{y}.html'>{y}年</a></li>"
                      for y in (2025, 2024, 2023))
            + "<li><a href='/big5/about/report/annual.html'>2023年年報</a></li></ul></body></html>")
    found = {lk.url.removeprefix("https://www.office.example.hk"): lk for lk in classify_links(
        page, "https://www.office.example.hk/big5/about/press/2025.html")}
    assert {found[f"/big5/about/press/{y}.html"].kind for y in (2024, 2023)} == {"list"}
    assert "year" not in found["/big5/about/report/annual.html"].why
    # ... or by a Japanese era's year, the Gregorian year in brackets
    page = ("<html><body><ul class='archive'>"
            + "".join(f"<li><a href='/shinchaku/archive/{y}.html'>令和{y - 2018}年（{y}年）"
                      "</a></li>" for y in (2023, 2024)) + "</ul></body></html>")
    found = {lk.url: lk.kind for lk in classify_links(
        page, "https://www.pref.example.lg.jp/shinchaku/index.html")}
    assert set(found.values()) == {"list"} and len(found) == 2


@pytest.mark.parametrize("name", ["關於我們", "常見問題", "表格下載", "服務承諾", "部門架構",
                                  "網站地圖", "聯絡我們", "私隱政策聲明"])
def test_a_sites_own_pages_named_in_traditional_characters_are_static(name):
    # a Hong Kong department's menu names its pages as the mainland's do, in traditional
    # characters and its own words (聯絡, 私隱)
    from newscrawler.linkclass import _static_name
    assert _static_name(name)


@pytest.mark.parametrize(("url", "kind"), [
    # WordPress's month archive behind its front script; a paper's day in its "hemeroteca",
    # in its Slavic "arhiv" and as its edition of the day
    ("https://www.x.gob.mx/index.php/2025/02/", "list"),
    ("https://www.x.example.es/hemeroteca/2024-05-13/", "list"),
    ("https://www.x.example.bg/arhiv/2024-05-13", "list"),
    ("https://www.x.example.ch/home/archives/edition/2024_05_14.html", "list"),
    # the Guangdong disclosure platform's mpost_<id>; Taiwan's item view by a hex id
    ("https://www.x.gov.cn/gkmlpt/content/2/2458/mpost_2458712.html", "article"),
])
def test_archives_and_items_behind_a_front_script_or_by_their_platforms_names(url, kind):
    from newscrawler.linkclass import classify_url
    assert classify_url(url)[0] == kind


def test_a_taiwan_sites_item_view_by_a_hex_id_is_an_item():
    from newscrawler.linkclass import _weak_article
    assert _weak_article("https://www.x.gov.tw/News_Content.aspx?n=7C3E1A90B24F6D58&s="
                         "9E4B7A21C3D05F18") == "document id in the query"
    # (a number after a page's own script is no archive: /themen/bauen.php/2001)
    from newscrawler.linkclass import classify_url
    assert classify_url("https://www.x.de/themen/bauen.php/2001") is None


@pytest.mark.parametrize(("url", "kind"), [
    # WordPress without pretty addresses: an author's and a month's archives
    ("https://www.ministry.example.zm/?author=2", "list"),
    ("https://www.ministry.example.zm/?m=202411", "list"),
])
def test_wordpress_archives_by_the_query_are_lists(url, kind):
    from newscrawler.linkclass import classify_url
    assert classify_url(url)[0] == kind


def test_a_days_archive_named_as_a_headline_stays_a_list_and_items_keep_their_day():
    # "/2025/03/14/" named "Al het nieuws van vandaag"; a city's item with its day after its
    # slug, and a post by its number under its month, stay items; a 24-hex page is an item
    page = ("<html><body><main><div class='news'>"
            + "".join(f"<article><h3><a href='/aktualnosci/artykul/{s}-id5821{n}/2025/2/2{n}/'>"
                      f"{t}</a></h3><time>2{n}.02.2025</time></article>"
                      for n, s, t in [(1, "nowy-przystanek-kolejowy-gotowy",
                                       "Nowy przystanek kolejowy gotowy do użytku"),
                                      (2, "rusza-nabor-do-zlobkow-na-nowy-rok",
                                       "Rusza nabór do żłobków na nowy rok szkolny")])
            + "<p><a href='/2025/03/?p=61790'>Minister receives the ambassador of Japan in "
            "Baghdad</a></p><p><a href='/xwzx/tzgg/68e5353879bd69bfddcb465d.html'>关于2025年度"
            "科技型中小企业认定结果的公示</a> 2025-03-12</p></div><p class='more'><a href="
            "'/2025/03/14/'>Al het nieuws van vandaag</a></p></main></body></html>")
    found = kinds(page, "https://www.city.example", "/")
    assert found["/2025/03/14/"] == "list"
    assert found["/aktualnosci/artykul/nowy-przystanek-kolejowy-gotowy-id58211/2025/2/21/"] \
        == "article"
    assert found["/2025/03/?p=61790"] == "article"
    assert found["/xwzx/tzgg/68e5353879bd69bfddcb465d.html"] == "article"


def test_an_article_filed_by_number_under_a_careers_section_is_no_job_notice():
    page = ("<html><body><main>"
            + "".join(f"<div class='card'><a href='/{s}/careers/article/19128{n}'>{t}</a></div>"
                      for n, s, t in [(33, "how-to-negotiate-a-pay-rise-in-a-flat-market",
                                       "How to negotiate a pay rise in a flat market"),
                                      (79, "is-hybrid-working-killing-the-office-mentor",
                                       "Is hybrid working killing the office mentor?")])
            + "</main></body></html>")
    found = kinds(page, "https://www.magazine.example.co.uk", "/")
    assert set(found.values()) == {"article"}


def test_wechat_share_markers_are_no_switch_and_a_nordic_writers_page_is_an_archive():
    from newscrawler.linkclass import classify_url
    assert classify_url("https://dnr.example.gov.cn/scdnr/gzdt/2025/3/11/b1824dd8e883f266365f"
                        "714980cf6673.shtml?wxshare=1&isappinstalled=0")[0] == "article"
    page = ("<html><body><ul class='news'>"
            + "".join(f"<li><a href='/scdnr/gzdt/2025/3/1{n}/b1824dd8e883f266365f714980cf667{n}"
                      f".shtml?wxshare=1'>四川启动2025年度国土变更调查成果第{n}批核查工作</a></li>"
                      for n in range(3))
            + "</ul></body></html>")
    found = kinds(page, "https://dnr.example.gov.cn", "/scdnr/gzdt/index.shtml")
    assert set(found.values()) == {"article"}
    assert classify_url("https://www.paper.example.se/skribent/elin-bergqvist")[0] == "list"

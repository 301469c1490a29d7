"""Link classes without a site config: is a link an article, a list page, or neither, decided
before it is fetched, and what a fetched page turned out to be. Pure functions of the page.

>>> for link in classify_links(Selector(text=html), "https://www.x.gov.cn/col/index.html"):
...     print(link.kind, link.url, link.why)
article https://www.x.gov.cn/art/2018/5/28/art_1_2.html  dated path /yyyy/m/d/ (art_...)
list    https://www.x.gov.cn/col/index_2.html            pager link '下一页'
other   https://www.x.gov.cn/about/contact.html          site page 'contact' (联系我们)

For the crawl (spider integration, ``sites new``, feeds and sitemaps):

- ``classify_links(page, page_url, allowed_domains=site.allowed_domains)`` gives one
  :class:`LinkClass` per distinct link, canonicalized exactly as
  :func:`newscrawler.links.page_links` does (``<base href>`` honoured, tracking parameters
  dropped, first occurrence in page order);
  follow ``kind == "list"``, parse ``kind == "article"``, log ``why`` at DEBUG.
- ``page_kind(page, url)`` says what a fetched page is (:class:`PageKind`: ``"article"`` when a
  headline, a date and a body of its own were found, ``"list"`` when it carries many article
  links or dated rows); a link classed one way whose page turns out another is the evidence a
  zero-config crawl keeps per site.
- :func:`newscrawler.linkpatterns.propose_patterns` turns the URLs of each class into
  ``article_links`` / ``list_links`` regexes for ``sites new``.
- ``classify_url(url, page_url)`` is the URL-shape part alone, for links without a page
  (feed entries, sitemap ``<loc>``): ``("article", why)``, ``("list", why)`` or ``None``.

Evidence, strongest first (every rule says why, and none names a site): targets that are not
pages (other hosts, files, ``mailto:``) and widget switches; pager links; site pages named
by their text or address (contact, imprint, privacy, sitemap, login, RSS); links in the page
footer; the address shapes portals' CMSs give articles (dated paths, ``t20180528_1``,
``content_123``, ``post_123``, ``art_1229_123``) and list pages (``index_2.html``,
``list.shtml``, ``?page=2``, ``/page/2/``, ``col/col123/index.html``); "more" links and
breadcrumbs; menus (a menu entry is a list only with list evidence: a list address, a column
folder, a name whose head is a list word such as News, Pressemitteilungen, 新闻, 公告 — not
Pressekontakt, 办事指南 —, an address whose short last part is one, or a subsection of a
list linked from the page); rows of a list that carry a date; many links on the page sharing
one address template with headline-like texts; id or many-word slug addresses with a
headline-like text; one more item of a block of article teasers. On an article page, its
neighbours (rel, aria-label) and its editions in other languages are articles. What none of
these reaches is "other".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from newscrawler.extract import extract_article
from newscrawler.extract.dates import find_dates, starts_with_day_month
from newscrawler.extract.document import as_selector, whole_document
from newscrawler.extract.text import clean_line, element_text, fold_hant
from newscrawler.linkwords import (
    ADJACENT,
    ALL_OF,
    AMBIGUOUS_PAGER,
    CJK,
    CN_DOCUMENT,
    CN_JOB_OR_TENDER,
    COLLECTION_CALENDAR,
    EVENT_CALENDAR,
    GUIDE_HEAD,
    JOB_GENDER_MARKS,
    JOB_OR_TENDER,
    JOB_OR_TENDER_FILE,
    JOB_OR_TENDER_LIST,
    JOB_OR_TENDER_TITLE,
    KANA,
    KO_JOB_OR_TENDER,
    LETTER_RUN,
    LIST_WORD_END,
    LIST_WORDS,
    MARK,
    MAX_SERVICE_NAME,
    MIN_KANA_LINKS,
    MORE_START,
    MORE_TEXT,
    NEIGHBOUR_LABEL,
    NEWS_SECTION,
    PAGER_ARROWS,
    PAGER_TEXT,
    QUALIFIER,
    SERVICE_HEAD,
    SITE_WORDS,
    STATIC_HEAD,
    STATIC_NAME,
    UNSPACED,
    WHOLE_WORD_SCRIPT,
    WORD,
)
from newscrawler.urls import canonicalize_url

__all__ = ["ARTICLE", "LIST", "OTHER", "LinkClass", "PageKind", "address_template",
           "classify_links", "classify_url", "is_article_page", "is_home_page", "own_text",
           "page_kind",
           "site_hosts"]

ARTICLE, LIST, OTHER = "article", "list", "other"

_SKIP = ("javascript:", "mailto:", "tel:", "#", "data:", "about:")
#: A file, also with a version id after its name (Liferay: /documents/…/report.pdf/<uuid>).
_FILE = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|od[tsp]|hwpx?|csv|zip|rar|7z|gz|jpe?g|png|gif|svg|"
                   r"webp|bmp|mp[34]|m4a|webm|avi|mov|wmv|flv|exe|apk|dmg|xml|rss|atom|json|txt|ics)"
                   r"(?:/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$"
                   # ... or a CMS's document download by its number (CivicPlus), or by a
                   # download endpoint (FileDown.do?atchFileId=…, readDownloadFile.do?…,
                   # download.jsp?…)
                   r"|/documentcenter/view/\d+|/(?:file|getfile|download|document)\.ashx"
                   # ... or Sitecore's media library (/-/media/files/news/cpimar2024.ashx)
                   r"|^/(?:[a-z]{2}(?:-[a-z]{2})?/)?-/media/"
                   # (or a board module's action after its name: BD_board.fileDown.do?…)
                   r"|[/.](?:(?:read|get)?file_?|read|get)?down(?:load)?(?:_?file)?"
                   r"\.(?:do|jsp|php|aspx?|action)$"
                   # ... or a board's or a module's (boardDownload.es?…&seq=1), or an MVC
                   # action named for the download (/Bulten/DownloadIstatistikselTablo?p=…)
                   r"|/[a-z]+download(?:_?file)?\.(?:do|jsp|php|aspx?|action|es)$"
                   # ... or a route named so, its file by the query (a Korean board's
                   # /common/board/download?boardId=press&fileSn=1&idx=1209221)
                   r"|/(?:file_?)?download$"
                   # ... or an event's calendar file by its route (/agenda/226451/ical)
                   r"|/\d+/(?:ical|ics|vcal|vcs)$"
                   r"|(?-i:/Download[A-Z][A-Za-z]+)$", re.I)
#: A link's text that names the file it downloads: "Lipovohorské listy 6/2024 (pdf, 8.4 MB)",
#: "Annual report [PDF]", or ends with the file's name ("… 녹조 대응 강화.hwpx").
_FILE_TEXT = re.compile(r"[(\[（]\s*(?:pdf|docx?|xlsx?|pptx?|odt|hwpx?|zip|rar)\b"
                        r"|\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|hwpx?|zip|rar)\s*$", re.I)
_CONTENT_VIEWS = {"article", "item", "category", "featured", "section", "news", "detail",
                  "archive"}
_WIDGET_PARAM = re.compile(r"(carousel|tabs?_|activetab|activetray|contrast|font|fontsize|"
                           r"print|share|sort|view|zoom)", re.I)

_SECTION_NUMBER = "a section and a document number"
#: A list's page by its number in the query, by the names pagers give it.
# (perhaps under a board's prefix for its state: q_currPage=2)
_PAGE_NUMBER = re.compile(r"(?:^|&)(?:[a-z]_)?(?:page|pageno|pagenum|pagenumstring|pageindex|"
                          r"currentpage|curpage|currpage|pagen_\d+)=\d+(?:&|$)", re.I)

# An item's id closing a slug of words joined by underscores: after a dash, or after an
# underscore when not a year ("women_in_hk_2021" names a publication's edition)
_UNDERSCORE_SLUG_ID = r"(?:-\d{3,}|_(?!(?:19|20)\d\d(?!\d))\d{3,})"

# ---------------------------------------------------------------- URL shapes
_Y = r"(?:19|20)\d\d"
#: A month by its name, in English and the languages government templates are written in.
_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
    r"novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|"
    r"diciembre|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"d[eé]cembre|januar|februar|m[aä]rz|juni|juli|oktober|dezember|janeiro|fevereiro|"
    r"mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|"
    r"mei|augustus|maj|augusti)")
# A list's page named by its number alone, the first (or last) one: /xwzx/gzdt/1.htm
_FIRST_PAGE = re.compile(r"/[01]\.s?html?$")
# A link's text that is a month (and its year, perhaps a Japanese era's: "令和7年2月"), the
# count of its items perhaps after it
_MONTH_TEXT = re.compile(rf"^(?:{_MONTH_NAMES}\.?\s+(?:de\s+)?{_Y}"
                         r"|(?:(?:(?:19|20)\d\d|(?:令和|平成)(?:\d{1,2}|元))\s*年\s*)?"
                         r"(?:1[0-2]|0?[1-9])\s*月)(?:\s*[(（]\d+[)）])?$", re.IGNORECASE)
# ... or a year alone, perhaps in Chinese or Japanese ("2023年", "2022年度"): a year's archive
# of a list (a year's report is named by more than its year)
# (or a Japanese era's year, the Gregorian one in brackets perhaps: "令和5年（2023年）")
_YEAR_TEXT = re.compile(r"^(?:(?:19|20)\d\d\s*(?:年度?)?|(?:令和|平成)(?:\d{1,2}|元)年度?"
                        r"(?:\s*[（(](?:19|20)\d\d年?度?[)）])?)$")
#: A page's own number for the whole query (index.php?2806731260=): its id, not a filter.
_BARE_NUMBER = r"\d{5,}=?(?:&|$)"
_ARTICLE_ID = "an article's id"
_BLOX_ASSET = "a BLOX asset by its UUID"
_SHORT_ID_ITEM = "an item by its short id and slug"
_SLUG_SHORT_ID = "a slug and its short id"
_SLUG_MOMENT = "a slug and its moment"
#: The reasons for addresses only a news CMS gives its items (no portal's static page has
#: them): a menu entry over one is that item's section.
NEWS_CMS_ITEMS = (_ARTICLE_ID, _BLOX_ASSET, _SHORT_ID_ITEM, _SLUG_SHORT_ID)
_ARTICLE_URLS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), why) for p, why in [
    # (a WordPress permalink ends in a slash: /2024/05/21/minister-tours-fish-market/)
    # (a slug with a letter or a digit: JEvents' day view, /eventsbyday/2024/3/2/-, is the
    # day's list)
    (rf"/{_Y}/\d{{1,2}}/\d{{1,2}}/(?=[^/]*[^\W_])[^/]+/?$", "dated path /yyyy/m/d/"),
    # ... perhaps with the kind's folder after the day (/economia/2026/12/06/news/<slug>-<id>/;
    # not a day's pager, /2026/12/06/page/2/)
    (rf"/{_Y}/\d{{1,2}}/\d{{1,2}}/[a-z]+/(?!\d+/?$)[^/]+/?$", "dated path /yyyy/m/d/"),
    # ... or its id, then its slug (/details/2025/4/22/2745150/<slug>)
    # (not its comments' page, /2024/05/12/73512371/comments/)
    (rf"/{_Y}/\d{{1,2}}/\d{{1,2}}/\d{{3,}}/(?!comments?/?$)[^/]+/?$", "dated path /yyyy/m/d/"),
    (rf"/t{_Y}[01]\d[0-3]\d_\d+\.s?html?$", "TRS address t<yyyymmdd>_<id>"),
    # a Japanese publishers' CMS's item by its number after "-" (/articles/-/331520, its
    # further pages ?page=2)
    (r"/articles?/-/\d{3,}/?$", "an item's number under articles/-/"),
    (rf"/{_Y}-?[01]\d/[0-3]?\d?/?content_\d+(_\d+)?\.s?html?$", "dated content_<id> address"),
    (rf"/{_Y}[01]\d/[0-3]\d/[^/]+\.s?html?$", "dated path /yyyymm/dd/"),
    # (Henan's portals: /2024/05-10/2993544.html)
    (rf"/{_Y}/[01]\d-[0-3]\d/[^/]+\.s?html?$", "dated path /yyyy/mm-dd/"),
    (rf"/{_Y}/[01]\d[0-3]\d/[^/]+\.s?html?$", "dated path /yyyy/mmdd/"),
    # PHPCMS's default item address: /<column>/2024/<column>_0520/1921.html
    (rf"/{_Y}/[a-z]+_[01]\d[0-3]\d/\d+(?:_\d+)?\.s?html?$", "dated path /yyyy/<column>_mmdd/"),
    (rf"/{_Y}[01]\d[0-3]\d/[^/]+\.s?html?$", "dated folder /yyyymmdd/"),
    (rf"/{_Y}[01]\d/(?:[0-9a-f]{{16,}}|[a-z]*_?\d+|[\w-]+)\.s?html?$", "dated folder /yyyymm/"),
    # (a page named by its day and a number after it: a portal's /stories/202405130214.html;
    # the day alone, /20240513.html, is that day's archive)
    (rf"/{_Y}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{2,8}}\.s?html?$", "a dated document id"),
    (r"/art_\d+_\d+\.s?html?$", "Hanweb address art_<column>_<id>"),
    # an Arc story's id and its day in place of a slug (/markets/japan/5AYK3XUF5EZQMDP2IG
    # XL46YERH-2025-03-11/: every such link of the sets an article)
    (rf"/(?-i:[A-Z0-9]{{26}})-{_Y}-[01]\d-[0-3]\d/?$", "an Arc story's id and its day"),
    # (and the Guangdong disclosure platform's mobile-ready copy, mpost_2458712.html)
    (r"/(?:content|m?post|article|news|detail|info|show)_\d+\.s?html?$", "<kind>_<id> address"),
    # PHPCMS's items: show-<column>-<id>-<page>.html
    (r"/show-\d+-\d+(?:-\d+)?\.s?html?$", "<kind>-<column>-<id> address"),
    # (a letter or two may lead the file's name: a ministry's x2022_06_12_<slug>.html)
    (rf"/[a-z]{{0,2}}{_Y}[-_][01]\d[-_][0-3]\d[-_/][^/]+/?$", "dated address yyyy-mm-dd"),
    # ... or a day's folder over the item's own path (Brightspot's /<section>/2024-05-11/
    # ty-article/<slug>/<id>)
    (rf"/{_Y}-[01]\d-[0-3]\d/(?:[^/]+/){{1,3}}[^/]+/?$", "dated address yyyy-mm-dd"),
    (rf"/{_Y}/[01]?\d/[^/]*[a-z]{{3,}}-[a-z]+-[a-z]+[^/]*/?$", "dated slug /yyyy/mm/<slug>"),
    (rf"/{_Y}/[01]\d/[a-z0-9]+(?:-[a-z0-9]+)+\.s?html?$", "dated slug /yyyy/mm/<slug>"),
    (rf"/{_Y}/[^/]*\d{{6}}[-_][a-z][^/]*\.html?$", "dated slug <yyyymmdd>-<words>"),
    # (also SharePoint's year folder of pages: /Speeches/Pages/2024/Speech-Minister-Forum.aspx)
    # (not Government Site Builder's node of a year, /Archiv/2023/pressemitteilungen_2023_
    # node.html: a node is a navigation page, never one item, 0 of 484 in the written sets)
    # (a slug's words in any script: /Pages/2024/<Hebrew words>.aspx, percent-encoded)
    (rf"/{_Y}/[^\W_]+(?:[-_][^\W_]+){{2,}}(?<!_node)\.(?:s?html?|aspx)$",
     "a year's folder and a slug page"),
    # ... or a year's folder and a slug that ends in the item's id (the Bundestag's
    # /textarchiv/2024/kw07-de-wehrbericht-1002100, /reden/2024/0130-gedenkstunde-1000980)
    (rf"/{_Y}/[\w-]*[a-z][\w-]*-\d{{6,}}/?$", "a year's folder and a slug with its id"),
    (r"/spip\.php\?(?:article|breve)\d+", "a SPIP article"),
    # (the month by its name, in the languages the templates are written in, perhaps a day's
    # folder after it: /press-releases/2025/march/<slug>, /noticias/2024/maio/<slug>,
    # /handelser/2025/mars/14/<slug>/; not the day's own folder)
    (rf"/{_Y}/{_MONTH_NAMES}/(?:[0-3]?\d/)?(?!\d+/?$)[^/]+/?$", "dated path /yyyy/month/"),
    # ... or a day's folder written with its month's name (/25_ottobre_14/<slug>.shtml)
    (rf"/\d\d_{_MONTH_NAMES}_[0-3]?\d/[^/]+$", "a day's folder by its month's name"),
    # a template's detail view named for a kind of item, by its id (NewsDetail.aspx?ItemID=,
    # ProclamationDetail.aspx?ItemID=, VideoDetail.aspx?VID=; a ParkDetail or a
    # ServiceDetail is a static page's)
    (r"/(?:news|press|release|proclamation|video|photo|notice|announcement|statement|speech"
     r"|article|story)s?_?detail\.(?:aspx?|php|jsp|s?html?)\?(?:\w+=[\w-]*&)*\w*id=\d+",
     "a kind of item's detail view by its id"),
    # the Anhui 集约化 platform's items: /content/detail/<hex>.html, /public/<site>/<id>.html
    (r"/content/detail/[0-9a-f]{16,32}\.html$|/public/\d{5,}/\d{6,}\.html$",
     "an item of a portal platform by its id"),
    # a file named by its day (Hong Kong's pr20240531b.html, sp_20240530.html,
    # 20250312_sp1.html)
    (rf"/[a-z]{{0,4}}_?{_Y}[01]\d[0-3]\d(?:[a-z]|[_-][a-z]{{1,4}}\d{{0,2}})?\.s?html?$",
     "a file named by its day"),
    # ... or by its day in six digits and its words (a SharePoint site's pages,
    # /Pages/240609_Reservists_Day.aspx)
    (r"/[12]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])_[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
     r"\.aspx$", "a file named by its day"),
    # ... its day and its subject or number (a ministry's SharePoint page, /Discorsi/Pagine/
    # 20240307_intervento_Senato.aspx; a court's decision in its month's folder,
    # /2024/02/rk20240206_1bvr221423.html)
    (rf"/{_Y}[01]\d[0-3]\d_[\w-]+\.(?:s?html?|aspx|php)$", "a page named by its day and subject"),
    (rf"/{_Y}/[01]\d/[a-z]{{0,4}}_?{_Y}[01]\d[0-3]\d[_-][\w-]+\.s?html?$",
     "a page named by its day in its month's folder"),
    # a daily's item by its id, then its slug (/regionen/weimar/article239246655/Baum-auf-
    # Oberleitung.html)
    (r"/article\d{5,}/[^/]+\.html$", "an article's id and its slug"),
    # ... or its id alone (Escenic's /world-affairs/<slug>/article68178843.ece, McClatchy's
    # /news/local/article287921904.html)
    (r"/article\d{5,}\.(?:ece|html)$", _ARTICLE_ID),
    # (... or after a dash: a regional daily's /news/social/case/article-1061487.html)
    (r"/article[-_]\d{5,}\.html?$", _ARTICLE_ID),
    # ... or its slug and the id Escenic numbers it by, "1." and the number
    # (/territori/vicenza/<slug>-1.11245870, /news/ireland/<slug>-1.4567890)
    (r"/[^\W_]+(?:-[^\W_]+){2,}-1\.\d{5,}/?$", _ARTICLE_ID),
    # TownNews BLOX's assets by their UUID: an article's, a video's, a collection's (a
    # gallery's photos: 12 of 14 labelled links say an item), a document's page
    (r"/(?:article|video|collection|pdf)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
     r"[0-9a-f]{12}\.html$", _BLOX_ASSET),
    # Schibsted's items by a short id after a one-letter folder (/sport/i/7ouv9o/<slug>,
    # /nyheter/a/Jbg5Q0/<slug>)
    (r"/[ai]/[a-z0-9]{5,8}/[^/]*[^\W_]-[^\W_][^/]*/?$", _SHORT_ID_ITEM),
    # ... and Amedia's, the headline's slug first, then a one-letter folder and the id of
    # numbers joined by dashes (/nyheter/<slug>/s/5-95-1835730)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/[a-z]/\d{1,3}-\d{1,3}-\d{4,}/?$", _SHORT_ID_ITEM),
]]
_ID_ARTICLE_URLS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), why) for p, why in [
    (r"[?&](?:id|docid|doc|nid|newsid|articleid|aid|contentid|infoid|fileid|p|itemid|postid|"
     r"storyid|seq|idx|nttid|ntt_id|nttno|wr_id|album|albumid|iid|list_no|pressid|"
     r"releaseid|noticeid|eventid|"
     # (the same with an underscore, and an article's in other languages:
     # articolo.php?articolo_id=121902, noticia_id=, artigo_id=)
     r"(?:article|articolo|artigo|artikel|noticia|news|story|post|item)_id|articoloid|"
     r"noticiaid|artigoid|"
     # (... or its key before its kind: Québec's news wire, Article.aspx?idArticle=2903131845)
     r"idarticle|idnoticia|idnews|idartigo)=[\w%.-]+"
     # (or an article's own key with its number: index.php?article=41840)
     r"|[?&](?:article|articolo|artigo|artikel|noticia)=\d{3,}(?:&|$)"
     # (a detail view's object by its number: news.aspx?detailonr=225860144)
     r"|[?&]detail[a-z_]{0,6}=\d{2,}"
     # (Squiz Matrix's asset by its number: /news/?a=1098812)
     r"|[?&]a=\d{4,}(?:&|$)"
     # (VSB's dynamic item, content.jsp?urltype=news.NewsContentUrl&wbnewsid=5420, and a
     # page by its bare number for the query, index.php?2806731260=)
     r"|[?&]wbnewsid=\d+|\?" + _BARE_NUMBER,
     "document id in the query"),
    # (Taiwan's government site system: an item's view by its number in "s", its photos'
    # and its video's too: News_Content.aspx?n=139&s=312470, News_Photo_Content.aspx?…)
    # (its newer sites' ids in hexadecimal: News_Content.aspx?n=7C3E…&s=9E4B7A21C3D05F18)
    (r"/news_(?:photo_|video_)?content\.aspx\?(?:[^#]*&)?s=(?:\d{4,}|[0-9a-f]{16})(?:&|$)",
     "document id in the query"),
    (r"\.msg-id-\d+\.html?$", "message id address"),
    # (a Chinese university CMS's item by the day it was made, its column and its number:
    # /2025/0320/c6347a569931/page.htm; weak, as its static pages are items made so too)
    (r"/(?:19|20)\d\d/[01]\d[0-3]\d/c\d+a\d+/page\.(?:htm|psp)$", "a dated item by its column"),
    # (SixCMS's detail view of a record by its id: /sixcms/detail.php/bb1.c.798411.de)
    (r"/detail\.php/[a-z0-9]+\.c\.\d{3,}\.[a-z]{2}$", "a document id in the path"),
    # (an item by its kind, its id and its slug between colons: /news:812376:<Slug>/)
    (r"/[a-z]+:\d{4,}:[^/:]+/?$", "an id and a slug"),
    (r"/-/asset_publisher/\w+/content/[^/]+$", "a Liferay asset's page"),
    # (... or its web content by its group's and its own number, the friendly name in the
    # site's language: /noticias/noticia/-/visualizar-conteudo/5111210/248770221)
    (r"/-/(?:visualizar-conteudo|visualizar-contenido|ver-conteudo|ver-contenido|"
     r"view-content|visualizza-contenuto)/\d+/\d+/?(?:\?|$)", "a Liferay asset's page"),
    # an id as a key and value in the path (/public/list/data/detail/id/58231/menu/1145/page/1)
    # and the Polish BIP's articles (/a,48050,slug.html)
    (r"/(?:detail|view|show|content)/id/\d{3,}(?:/|$)", "a document id in the path"),
    # ... or a news id as a key and its value in the path (DotNetNuke's
    # /tid/<slug>/newsid/<GUID>/cid/<GUID>)
    (r"/(?:newsid|articleid|itemid|postid|storyid)/[\w-]{4,}(?:/|$)", "a document id in the path"),
    (r"/a,\d{3,},[\w-]+\.html?$", "a BIP article"),
    # ... and a daily's ids before its slug, comma-separated (/magazyn/7,124059,30706612,
    # ostatni-sezon-na-helu.html; its sections are /magazyn/0,124059.html)
    # (or one id and an underscore: a regional daily's /lokal/bielefeld/23914388_Neue-
    # Vollsperrung-in-der-Innenstadt.html)
    (r"/(?:\d+,)+[^\W_]+(?:-[^\W_]+){2,}\.s?html?$|/\d{6,}_[^\W_]+(?:-[^\W_]+){2,}\.s?html?$",
     "an id and a slug"),
    # ... or the slug, then the id as a key and a number (a German regional daily's
    # /ulm_artikel,-neue-strassenbahnlinie-fahrgastzahlen-_arid,11302733.html; its galleries'
    # _mediagalid,65734)
    (r"[^\W_]+(?:-[^\W_]+){2,}-?_[a-z]{2,12},\d{4,}\.s?html?$", "a slug and its id after a key"),
    # ... or after an underscore and a dash (RP Digital's /<slug>_aid-131004567, its
    # galleries' _bid-98765432)
    (r"/[^\W_]+(?:-[^\W_]+){2,}_[a-z]{2,6}-\d{5,}(?:\.s?html?)?/?$",
     "a slug and its id after a key"),
    # ... or a letter and the id after an underscore (Peiq's /<slug>_a1986260, its events'
    # _e884377)
    (r"/[^\W_]+(?:-[^\W_]+){2,}_[a-z]\d{5,}/?$", "a slug and its id after a key"),
    # ... or the folder of articles, the id and the slug (/boulevard/royalty/artikel/5437790/
    # koningspaar-op-staatsbezoek)
    # (not "article": a Welsh council's CMS serves every page as /article/<id>/<Slug>)
    (r"/(?:artikel|artikkel|nieuws|noticia|nachricht)/\d{4,}/"
     r"[^\W_]+(?:-[^\W_]+)+/?$", "an id and a slug"),
    # ... or the id and the headline in CJK characters after it, percent-encoded in the
    # link (a Chinese site's /全球/60412400/直播联合国气候大会最后一日谈判)
    (r"/\d{6,}/(?=(?:[^/]*?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]){6})"
     r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af，、：“”《》·—\d]{8,}/?$",
     "an id and a headline in CJK"),
    # ... or the id, a dot and the slug (/artikel/1188563.landeseigene-kaufen-weniger.html)
    (r"/(?:artikel|artikkel|article|nieuws|noticia|nachricht)/\d{4,}\.[^\W_]+(?:-[^\W_]+){2,}"
     r"\.s?html?$", "an id and a slug"),
    # ... or the kind and the id as the last segment (/israel-news/article-801402,
    # /jpost-tv/video-801288)
    (r"/(?:article|story|video|post|news)-\d{5,}/?$", "numeric document id"),
    # ... or a moment to the second opening the page's name (/xinwen/show/20240427132813-
    # 48141-00-000.html)
    (r"/(?:19|20)\d\d[01]\d[0-3]\d[0-2]\d[0-5]\d[0-5]\d[-_][\d-]+\.s?html?$",
     "a moment and an id as the page's name"),
    # ... or a newsroom's item by its number (/jp/newsroom/corporate/42481236.html)
    (r"/(?:newsroom|pressroom|press-releases?|pressemitteilungen)/(?:[a-z-]+/)?\d{6,}"
     r"\.s?html?$", "numeric document id"),
    # ... or a UUID naming the page under a folder of content (/zwdt/jrha/content/<uuid>.html)
    (r"/(?:content|article|articles|news|detail|details|info|doc)/[0-9a-f]{8}-[0-9a-f]{4}-"
     r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\.s?html?)?$", "a document's UUID under content/"),
    # (the Danish and Norwegian word too: /navne/<slug>/artikel/2071775)
    # (and a detail view's word in Turkish, Spanish, Portuguese and Italian: /detay/212)
    (r"/(?:item|article|artikel|artikkel|news|detail|details|show|view|content|post|story|"
     r"node|detay|detalle|detalhe|dettaglio)s?/(?:show/)?\d{3,}/?$", "numeric document id"),
    # ... Drupal's node by its number, its section after it (/node/612225/culture); not its
    # forms (/node/612225/edit)
    (r"/node/\d{3,}/(?!(?:edit|delete|revisions|translations?|webform|done)\b)[a-z][\w-]*/?$",
     "numeric document id"),
    # ... a slug and a short id of letters under the folder of articles (Naviga's
    # /nyheter/<place>/artikel/<slug>/wpqvyvpt)
    (r"/(?:artikel|artikkel|article|story)/[^\W_]+(?:-[^\W_]+){2,}/[a-z0-9]{6,10}/?$",
     "a slug and its short id"),
    # ... a story's id under another story's (a related story: /stories/3371842/3371866/)
    (r"/(?:stories|story|articles|news)/\d{5,}/\d{5,}/?$", "numeric document id"),
    # ... the slug's folder, then the id and a word for the kind (/ekonomika/<slug>/822980-
    # clanok.html)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/\d{5,}-[a-z]{3,12}\.s?html?$", "an id and a slug"),
    # ... or a slug with its publication's moment to the second (/opinion/<slug>-20240912230055
    # -nt.html)
    # (its kind after it: -nt, -vi, -ga, -directo)
    (r"/[^\W_]+(?:-[^\W_]+)+-(?:19|20)\d\d[01]\d[0-3]\d[0-2]\d[0-5]\d[0-5]\d(?:-[a-z]{2,8})?"
     r"\.s?html?$", _SLUG_MOMENT),
    # ... or after a dot, its kind's letter, the day in six digits and the time in six (a
    # Czech publisher's /krimi/<slug>.A240315_084511_dx-krimi_lub, its videos' .V…)
    (r"/[^\W_]+(?:-[^\W_]+){2,}\.[A-Z]\d\d[01]\d[0-3]\d_[0-2]\d[0-5]\d[0-5]\d(?:_[\w-]+)?/?$",
     _SLUG_MOMENT),
    # ... a kind of item's view by a smaller number (/events/view/27, /notices/view/58)
    (r"/[a-z]{3,}/(?:view|detail|details|detay|detalle|detalhe|dettaglio)/\d{2}/?$",
     "numeric document id"),
    # (a kind's name may open it: Henan's site group's "article<32 hex>.html")
    (r"/(?:[a-z]+_?)?[0-9a-f]{32}\.(?:s?html?|aspx)$", "32-hex document id"),
    # ... or as the last folder under a section, perhaps its outlet's two letters for the
    # first two (a broadcaster's /category/society/69cdf410…, /n/ytv/…/yt9a484938…)
    # (not Plone's resolveuid/<uid>, which stands for any of its pages)
    (r"/(?!resolveuid/)[a-z][\w-]*/(?=[a-z]{0,2}[0-9a-f]*\d)(?=[a-z]{0,2}\d*[a-f])"
     r"(?:[a-z]{2}[0-9a-f]{30}|[0-9a-f]{32})/?$", "32-hex document id"),
    # ... or a MongoDB-style id of 24 hex digits as the page's file (a site platform's
    # /xwzx/tzgg/68e5353879bd69bfddcb465d.html)
    (r"/(?=[0-9a-f]*\d)(?=\d*[a-f])[0-9a-f]{24}\.s?html?$", "a 24-hex document id"),
    # a UUID under a kind of item (the Bangladesh national portal's
    # /site/press_release/<uuid>/-, /site/notices/<uuid>/-)
    # (its title's slug in place of the "-", /site/notices/<uuid>/<Bangla words>, a slash of
    # the title's left in it)
    (r"/(?:press_release|press-release|news|notices?|articles?|posts?)/[0-9a-f]{8}-[0-9a-f]{4}-"
     r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:/[^/]+){0,3}/?$", "a UUID under a kind of item"),
    # ... or under any kind the portal framework names but its static pages' and offices'
    # (/site/cabinet_decision/<uuid>/-, /site/publications/<uuid>/-; /site/page/<uuid>/- is
    # static: 59 of 59 in the written sets)
    (r"/site/(?!page/|office_)[a-z_]+/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
     r"[0-9a-f]{12}(?:/[^/]+){0,3}/?$", "a UUID under a kind of item"),
    (r"^/\d{3,}/?$", "numeric document id"),
    # ... or under a section's folder, a long number (a wire's /economy/1787411, a town's
    # /objava/931372): weak, as a static page may be numbered so too
    # (not a day's number: /paivanlehti/05122026/ is the day's edition)
    (r"^/(?:[a-z]{2}/)?[a-z][\w-]*/(?:[a-z][\w-]*/)?(?![0-3]\d[01]\d(?:19|20)\d\d/?$)"
     r"(?!(?:19|20)\d\d[01]\d[0-3]\d/?$)\d{6,10}/?$", _SECTION_NUMBER),
    # an id before the slug (Joomla's SEF items: /deltia-typou/4527-ypografi-programmatikis)
    # or after the kind (Jadu's /news/article/8812/local_election_results_2024; its bare
    # /article/1050/Media-enquiries is a static page)
    (rf"/(?!{_Y}-)\d{{3,}}-[^\W_]+(?:-[^\W_]+){{2,}}/?$", "an id and a slug"),
    # (... its words perhaps joined by underscores: a news agency's /it/news/76512-AFRICA_
    # KENYA_Nairobi_i_catechisti_…)
    (rf"/(?!{_Y}-)\d{{3,}}-[^\W_]+(?:_[^\W_]+){{3,}}/?$", "an id and a slug"),
    # (... or a long id, a dot and the slug, in a folder: a regional publisher's
    # /news/national/24188201.man-charged-murder-birmingham-stabbing/)
    (r"/[a-z][\w-]*/\d{6,}\.[^\W_]+(?:-[^\W_]+){2,}/?$", "an id and a slug"),
    (r"/(?:news/article|news|item|story|post)s?/\d{3,}/[\w-]+/?$", "an id and a slug"),
    # (... or a long id's folder under any section, the slug in the last: /fp/news/dundee/
    # 4987210/<slug>/, /scc/clanak/612838/<Slug>; 50 articles, 3 other pages and a list
    # over the written sets, where no other rule read them)
    (r"/\d{5,}/[^\W_]+(?:-[^\W_]+){2,}/?$", "an id and a slug"),
    # ... or the slug as the page's file (a broadcaster's /vijesti/ekonomija/571777/<slug>.html;
    # a word first: a UUID's file, /20250506/01846e4c-19dc-….html, is not a slug)
    (r"/\d{5,}/[^\W\d_][^\W_]*(?:-[^\W_]+){2,}\.s?html?$", "an id and a slug"),
    # (and under "articles", the title's words joined by "+": /articles/227402/Minimum+Wage+…)
    (r"/articles/\d{3,}/[\w%:.]+(?:\+[\w%:.]+){2,}/?$", "an id and a slug"),
    # ... or the slug, then a view's name and the id (/<slug>/articleshow/115559612.cms,
    # /<slug>/5129322.article); or the id, the slug and the language (/2411/<slug>/en)
    (r"/[^\W_]+(?:-[^\W_]+){3,}/(?:[a-z]+/)?\d{5,}(?:\.[a-z]+)?$", "an id and a slug"),
    # (... or the id, the slug and the view, a short word: /924470/inflation-eases-to-1-9-in-
    # september/story/, a wire's /1098290/<slug>/vest)
    (r"/\d{2,}/[^\W_]+(?:-[^\W_]+){3,}/(?!(?:edit|delete|print|share|comments?)/?$)"
     r"[a-z]{2,8}/?$", "an id and a slug"),
    # ... or a long id first, then the sections, then the slug (/1043055799/mnenja/kolumne/
    # kdo-bo-placal-racun)
    (r"^/(?:[a-z]{2}/)?\d{7,}/(?:[a-z][\w-]*/){0,3}[^\W_]+(?:-[^\W_]+){2,}/?$",
     "an id and a slug"),
    (r"/(?:blog/post|news/article)/\d{2}/[\w-]+/?$", "an id and a slug"),
    # (words: numbers alone, 53-5-0-0-0-0.html, are a category's coordinates)
    # (DPG Media's papers set the item's id after a tilde: <slug>~a2c7e1f9/, others after an
    # underscore: <slug>_224350, <slug>_hb01juu18/)
    # (and a site's own word before the extension: /<slug>-76411533.bild.html)
    (r"/(?![0-9a-f]{8}-[0-9a-f]{4}-)(?=[^/.]*[^\W\d_])[^\W_]+(?:-[^\W_]+){4,}(?:-\d+)?"
     # (and CH Media's and NZZ's letter code, a dot and the id: <slug>-ld.2581290)
     r"(?:~[a-z0-9]{4,}|_(?=[a-z]*\d)[a-z0-9]{5,12}|-[a-z]{1,3}\.\d{5,})?"
     r"(?:(?:\.(?!pdf|docx?|xlsx?|pptx?)[a-z]{2,8})?\.(?:s?html?|aspx|php)|/)?$",
     "slug of many words"),
    # (... or an id, a comma and the slug: a Polish daily's /felietony/312848,<slug>.html)
    (r"/\d{4,},[^\W_]+(?:-[^\W_]+){2,}\.s?html?$", "an id and a slug"),
    # (... or the slug, a comma and a long id of letters and digits: a Brazilian portal's
    # /economia/<slug>,003ae9d862c8e0ea2b63ee68f117ab9fc0bivq9l.html)
    (r"/[^\W_]+(?:-[^\W_]+){2,},(?=[a-z]*\d)[0-9a-z]{20,}\.s?html?$", "a slug and its id"),
    # (... or the slug, the day and a long hex id after an underscore: Atresmedia's
    # /<slug>_202405286655ad3c898af9b1dc3ae730.html)
    (r"/[^\W_]+(?:-[^\W_]+)+_(?:19|20)\d\d[01]\d[0-3]\d[0-9a-f]{8,}\.s?html?$",
     "a slug, the day and an id"),
    # (... or the words joined by underscores before the item's id: AZERTAC's
    # /en/xeber/baku_metro_to_extend_working_hours-3087695, a broadcaster's …_100.html; without
    # an id such a slug is as often a council's static page, /info/…/council_and_democracy)
    (r"/(?=[^/.]*[^\W\d_])[^\W_]+(?:_[^\W_]+){3,}" + _UNDERSCORE_SLUG_ID
     + r"(?:\.(?:s?html?|aspx|php)|/)?$", "slug of many words"),
    # an item's slug under its template's folder: /news/press-releases/detail/<slug>
    # (perhaps under its kind's name: TYPO3 news's /detail/article/<slug>/)
    # (or a folder of the kind's detail view, its words joined by underscores: /Ar/
    # NewsDetails/نائب_رئيس_الوزراء_…, /news-detail/<slug>)
    (r"/(?:(?:news|article|item|post|press)[-_]?)?(?:detail|details|detay|detalle|detalhe|"
     r"dettaglio)/"
     # (perhaps a tilde first: SixCMS's /detail/~20-03-2025-<slug>)
     r"(?:(?:article|news|item|post)s?/)?~?[^\W_]+(?:[-_][^\W_]+)+/?$",
     "an item's slug under detail/"),
    # ... or a letter and the id after the slug (the Czech vismo's /<slug>/d-48207/p1=1840),
    # or the kind's letters and a long id (Grupo Reforma's /<slug>/ar2961060, /vi…, /gl…)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/[a-z]-\d{3,}(?:/|$)|/[^\W_]+(?:-[^\W_]+){3,}/[a-z]{2}\d{6,}/?$",
     "a slug and its id"),
    # ... or a letter code, a dot and a long id after a slug of fewer words (CH Media's and
    # NZZ's /<slug>-ld.2614555; the longer slugs are read as many words)
    (r"/[^\W_]+(?:-[^\W_]+){1,}-[a-z]{1,3}\.\d{6,}/?$", "a slug and its id"),
    # ... or a long id after the slug and an underscore, perhaps after a short number
    # (/<Slug-Of-Words>_0_1889401234.html)
    (r"/[^\W_]+(?:-[^\W_]+){2,}(?:_\d{1,3})?_\d{7,}\.s?html?$", "a slug and its id"),
    # ... or a slug of three words or more, then a long id (Drupal's path alias of a
    # weekly's story, /wies-bez-przystanku-189287; the longer slugs are read as many words)
    (r"/[^\W\d_][^\W_]*(?:-[^\W_]+){2,}-\d{5,}/?$", "a slug and its id"),
    # ... or a code of the kind and a long id after the slug (Polska Press's /<slug>/ar/
    # c1-18854217, galleries /ga/, videos /wi/)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/[a-z]{2}/[a-z]\d?-\d{5,}/?$", "a slug and its id"),
    # a slug followed by the document's id: /video/video-dan-pomorstva-2024/28729, and as
    # a page (/noticias/20250305/huelga-limpieza-metro-madrid-acuerdo/16481433.shtml)
    # (or by its section's number and its own: /top-story/<Title-Case-Slug>/155-283488)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/(?:id|\d{1,4}-)?\d{4,}(?:/|\.(?:s?html?|aspx|php))?$",
     "a slug and a document id"),
    # ... or by its category's number and its own (/go.php/lit/Kovo-11-osios-minejimas/9/312)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/\d{1,4}/\d{3,}/?$", "a slug and a document id"),
    # ... or by an id of letters and digits (Naviga's /nyheter/<place>/artikel/<slug>/
    # ujzde8gx; Arc's 26 characters, perhaps with its view after them, /<slug>/<ID>/story/;
    # not a word's prefix and a number, Norway's /<slug>/id2001171/, a page's id)
    (r"/[^\W_]+(?:-[^\W_]+){2,}/(?![a-z]{1,3}\d+/?$)(?=[a-z]*\d)(?=\d*[a-z])"
     r"(?:[a-z0-9]{6,10}|[a-z0-9]{26}(?:/story)?)/?$", _SLUG_SHORT_ID),
]]
_PAGE_QUERY = "page number in the query"
_TERM_ARCHIVE = "a category, tag or author archive"
#: A tag's folder (not a category's, which a site's own pages sit under as often)
_TAG_FOLDER = re.compile(r"/(?:tags?|etiquetas?|etichette|etichetta|schlagwort|stichwort|tagi|"
                         r"trefwoord|mots?-cles?|cimke|stitek|stitky|avainsana)/", re.I)
_DATE_ARCHIVE = "a year's or a month's archive"
_FILTER = "a list filtered by a field"
_CATEGORY_ID = "a category's page by its id"
_NEWS_FOLDER = "news section folder"
_ID_OVER_KIND = re.compile(r"/\d{5,}/[^/]+/?$")
#: A section's page by its number (SiteFactory: every section, static or not).
_SECTION_PAGE = re.compile(r"/category_\d+/(?:index\.aspx)?$", re.I)
#: An archive's script by the kind of term it lists (tag.php, author.php, category.aspx).
_TERM_SCRIPT_RE = (r"/(?:tags?|authors?|categor(?:y|ies)|cat|kategori|topics?|autor)"
                   r"\.(?:php|aspx?|jsp|do)")
_TERM_SCRIPT = re.compile(_TERM_SCRIPT_RE + "$", re.I)
_LIST_URLS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), why) for p, why in [
    (r"/index_\d+\.s?html?$", "paginated index_N"),
    (r"/(?:list|more|lists)(?:_\d+)?\.s?html?$", "list address"),
    # (a court site platform's column by its coded id, its pages after it:
    # /article/index/id/MzRIMjAwNDAwMSACAAA.shtml, …/page/38.shtml; its items are
    # /article/detail/2025/05/id/8234567.shtml)
    (r"/article/index/id/[a-z0-9]+=*(?:/page/\d+)?\.shtml$", "a court site's column"),
    # (a trading centre platform's channel, Epoint's moreinfo_jyxx.html, moreinfo.html, and
    # its second-level channel page, secondpage.html)
    (r"/(?:moreinfo|secondpage)(?:_[a-z]+)?\.s?html?$", "list address"),
    # PHPCMS's column pages: list-<column>-<page>.html; a Japanese municipal CMS's month and
    # office lists of releases, /site/press/list1-12.html
    (r"/list-?\d+(?:-\d+)?\.s?html?$", "list address"),
    (r"[_/-]list(?:s|[_-]\w+)?\.s?html?$", "list address"),
    (r"/[a-z]*list[a-z]*\.(?:s?html?|jsp|aspx?|php|do)$", "list address"),
    # ... or a channel's or a column's script (a JSP disclosure platform's channel.jsp?id=1050,
    # its items content.jsp?id=…)
    (r"/[a-z]*(?:channel|column|lanmu)[a-z]*\.(?:jsp|aspx?|php|do)$", "list address"),
    # ... or a list's folder and its filters in other languages (/pubblicazioni/lista/<type>/
    # <topic>; SharePoint's English "/Lists/" folder holds its items' forms too)
    (r"/(?:lista|listado|liste)/(?:[^/.?]+/?){0,3}$", "list address"),
    (r"/col/col\d+/index\.s?html?$", "column address col/col<id>/index"),
    # ... and a portal CMS's channels by their number (/channels/10170.html; its items are
    # /contents/<channel>/<id>.html)
    (r"/channels/\d{3,}\.s?html?$", "a channel's page by its number"),
    # ... and Founder's (方正) channels, node_4.htm, node_3_2.htm (its second page; its items
    # are content_<id>.htm)
    (r"/node_\d+(?:_\d+)?\.s?html?$", "a channel's page by its number"),
    # ... and the Anhui platform's columns (/content/column/6795521, /public/column/6790651)
    (r"/(?:content|public)/column/\d{5,}$", "a portal platform's column by its id"),
    # ... and the Pangea CMS's zones (RFE/RL, VOA and their language services: /z/30556; its
    # items are /a/<id>.html, its programmes /p/<id>.html)
    (r"^/z/\d+/?$", "a Pangea zone (a section) by its id"),
    # the 集约化 platform's disclosure catalogue (/gkmlpt/index) and its annual reports
    (r"/gkmlpt/(?:index|annualreport)$", "a disclosure catalogue"),
    # (WordPress's ?p= is a post: a page number only with one or two digits)
    # (also as a plugin's array key: TYPO3's tx_news_pi1[currentPage]=3, percent-encoded)
    (r"[?&](?:[\w@%\[\]]*?(?:%5b|\[))?(?:page|pageno|pagenum|pageindex|pg|start|offset|"
     r"currentpage|cpage|nowpage|curpage|seite|paged|pagefirstrow|pagina|strona|sivu|"
     # (Lithuanian and Hungarian: ?puslapis=2, ?oldal=3)
     r"puslapis|oldal|pagenumstring)(?:%5d|\])?=\d+"
     r"(?:&|$)|[?&]p=\d{1,2}(?:&|$)", _PAGE_QUERY),
    # (a page's number of four digits at most: /Page/1122334455667788 names a page; and in
    # lower case: an MVC route's /Page/40 is the page record 40, "Organization")
    (r"^(?!.*/id/\d{3,}/).*(?-i:/page/)\d{1,4}/?$", "/page/N/"),
    (r"/(?:pagina|seite|strona|sivu|side|page)-\d+/?$", "/page-N"),
    # a year's, a month's or a day's archive: /2024/, /2024/05/, /archief/2024/05,
    # /miesiac/2024-06/, /2025/05/14/ (the day's with its slash: an article follows a day)
    # (not a number after a file's name: /themen/bauen.html/2001 is a page's id)
    # (but after WordPress's front script, /index.php/2025/02/, the archive it routes to)
    (rf"(?<!\.html)(?<!\.htm)(?<!(?<!/index)\.php)(?<!\.aspx)/{_Y}(?:[/-][01]?\d"
     r"(?:/[0-3]?\d/)?)?/?$", _DATE_ARCHIVE),
    # ... or a day's, under an archive's folder (/archivo/actualidad/policiales/2024-05-11/)
    # (or the day in folders, under an archive named in another language: Turkish
    # /haber-arsivi/2024/11/13, Norwegian /arkiv/, Slovene /arhiv/)
    # (and a paper's "hemeroteca", /hemeroteca/2024-05-13/, the archive in the Slavic and
    # Nordic languages, /arhiv/2024-05-13, and a day's edition, /archives/edition/2024_05_14.html)
    (rf"/(?:archiv\w*|ar[hsş]iv\w*|arkiv\w*|hemeroteca|editions?)/(?:[^/]+/)*"
     rf"{_Y}([-_])[01]\d\1[0-3]\d(?:/|\.s?html?)?$", _DATE_ARCHIVE),
    (rf"/(?:[\w-]*-)?(?:archiv\w*|ar[sş]iv\w*|arkiv\w*|arhiv\w*)/{_Y}/[01]?\d/[0-3]?\d/?$",
     _DATE_ARCHIVE),
    # ... or by a day written day first under a folder that says so (/news/by-date/15.05.2024)
    (rf"/(?:by-date|by-day|date|day|archives?)/[0-3]?\d[./-][01]?\d[./-]{_Y}/?$", _DATE_ARCHIVE),
    # ... or its index file (/news/press/2024/index.html)
    (rf"/{_Y}(?:/[01]?\d)?/(?:index|default)\.\w+$", _DATE_ARCHIVE),
    (rf"/(?:index|archive)[_-]{_Y}(?:[_-][01]?\d)?\.s?html?$", _DATE_ARCHIVE),
    (rf"/{_Y}/{_MONTH_NAMES}(?:/[0-3]?\d)?(?:/|\.s?html?)?$", _DATE_ARCHIVE),
    # (/news/archive/202503: a month named by six digits under an archive, or its file:
    # /news/backnumber/202502.html, Japanese sites' "back numbers")
    (rf"/(?:archives?|backnumbers?)/{_Y}[01]\d(?:/|\.s?html?)?$", _DATE_ARCHIVE),
    # SPIP's keyword pages, +-Name-+ or by number (a section, -Name-, is as often static)
    (r"^/\+-[^/]+-\+/?$|/spip\.php\?mot\d+", "a SPIP keyword's page"),
    (r"/redirect_firstchannel\.s?html?$", "channel redirect"),
    # a place's page of a local paper: one of its zones (/zone/cervia/, Citynews's and
    # others' "zona"), or a commune by its name and INSEE code (/communes/millau,12145.html)
    # (every such link of the sets, 48 and 25, was a list)
    (r"/(?:zone|zona|zonas)/[a-z0-9]+(?:-[a-z0-9]+)*/?$", "a place's page under the zones' folder"),
    (r"/communes/[a-z0-9]+(?:-[a-z0-9]+)*,\d{5}\.(?:html?|php)$", "a commune's page by its code"),
    # a list's folder by its name (/newsList/0101080000000, /list/area/kaetsu, /portal/id/
    # list/siaran_pers), one short name or code below it: a listicle's headline is longer
    # (/lists/best-new-songs-this-week/)
    (r"/(?i:[a-z]*list)/(?:[a-z]+/)?[\w.%]+(?:-[\w.%]+){0,2}/?$", "a list's folder by its name"),
    # (... or such an archive's script with its term in the query: tag.php?id=48,
    # author.php?id=17)
    (_TERM_SCRIPT_RE + r"\?(?:[^#]*&)?(?:id|tag|cat|name|slug|t)=[^&#]+",
     _TERM_ARCHIVE),
    # (... and WordPress's without pretty addresses: an author's /?author=2, a month's
    # /?m=202411)
    (r"/(?:index\.php)?\?(?:[^#]*&)?author=\d+(?:&|$)", _TERM_ARCHIVE),
    (r"/(?:index\.php)?\?(?:[^#]*&)?m=(?:19|20)\d\d(?:[01]\d(?:[0-3]\d)?)?(?:&|$)", _DATE_ARCHIVE),
    # (... or, on the German regional papers' CMS whose items end _arid,<n>.html, an
    # author's or a dossier's page: autoren_autorid,311.html, dossiers_dossier,-…-_dossierid,
    # 187.html)
    (r"_(?:autorid|dossierid|themaid|tagid),\d+\.html?$", _TERM_ARCHIVE),
    (r"/(?:(?:news|post|event|article|ty)-)?(?:category|categories|tag|tags|kategorie|schlagwort|stichwort|taxonomy/term|author|sections?|"
     r"categorie|categorieen|kategoria|kategorija|kategori|categoria|categoría|categorias|keywords?|"
     r"rubrique|rubrica|etiqueta|etiquetas|etichetta|tagi|trefwoord|mots?-cles?|sujets?|"
     # (an Italian site's channel, /canale/chiesa/papa.aspx, as its /sezione/ and /rubrica/)
     r"canale|canali|"
     # (Hungarian, Czech and Slovak, Romanian, Finnish tags: /cimke/hoseg, /stitek/…)
     r"cimke|cimkek|stitek|stitky|eticheta|etichete|avainsana|"
     # (and Swedish, /tagg/lugnet)
     r"tagg|taggar|"
     # (and Lithuanian, žyma: /lt/zyma/biudzetas)
     r"zyma|zymos|"
     # (a subject's page in the Nordic languages: Norwegian and Danish /emne/, Swedish
     # /amne/, Finnish /aihe/; not Danish /emner/, an agency's hub of static topic pages)
     r"emne|amne|aihe|"
     # (and Dutch /onderwerp/, a news site's subject; not /onderwerpen/, a province's hub
     # of static topic pages)
     r"onderwerp|"
     # an author's archive in other languages (/autor/alba-santandreu/)
     r"autor|autores|authors|auteurs?|autore|autori|autoren|yazar|writers?|"
     # (a Korean newspaper's reporter's list, /reporter/list?rid=kimsj)
     r"reporters?|"
     # ... and a journalist's in the Germanic languages (/journalist/anders-hvid)
     r"journalist|journalisten|journalister|skribent|skribenter)/"
     # (not a story filed under its section's number, /section/4/221904/Man-rescued-off-Stanley)
     r"(?!(?:\d+/)?\d{5,}/[^/]*\w-\w[^/]*-\w[^/]*-)"
     # (nor one filed under its category by a headline's words and its id after them,
     # /category/health/<slug>-NV_207415)
     # (an id of five digits or more, or after letters: a year ends a term's name too)
     r"(?!(?:[^/]+/)?[^/]*\w-\w[^/]*-\w[^/]*-\w[^/]*[-_](?:[A-Za-z]{1,3}_?\d{4,}|\d{5,})/?$)"
    # (nor one filed under its category by a long hex id, perhaps after its outlet's two
    # letters: a broadcaster's /category/society/69cdf41043e289dc3e82aeae25784655)
    r"(?![^/]+/(?:[a-z]{2})?(?=[0-9a-f]*\d)[0-9a-f]{24,40}/?$)"
     r"(?:\d+/)?[^/]+(?:/[^/]+)?/?$", _TERM_ARCHIVE),
    # ... or a reporter's, by a number or a name, in the languages newsrooms name them
    # (/reporter/1842, Hungarian /szerzo/horvath-zsolt, Danish /forfatter/, Finnish
    # /toimittaja/)
    # (and a contributor's, a byline's: /contributors/tom-ferrier, /byline/rupa-venkatesan)
    # (and a newsroom's staff or team member's by the name, /staff/priya-natarajan)
    (r"/(?:reporters?|szerzo|forfattere?|kirjoittaja|toimittaja|redaktor|novinar|avtor|"
     r"contributors?|byline|staff)/"
     # (perhaps the writer's number before the name: /forfatter/4417/sofie-lund-markussen)
     r"(?:\d+|(?:\d+/)?[a-z0-9]+(?:-[a-z0-9]+)+)/?$", _TERM_ARCHIVE),
    # ... or a news site's page of a staff member's stories, by a first and a last name or a
    # number (/people/jennifer-h-svan/, /users/profile/Matt%20Sledge/, /profile/219854311.html;
    # not a portal's /people/lehendakari, /profiles/<official>/, /profile/index.html; nor
    # "profil", an Indonesian portal's static pages, /profil/visi-misi)
    (r"/(?:people|profile)/(?:\d{4,}\.html|[a-z]+(?:(?:[-_]|%20)[a-z']+)+/?)$",
     "a staff member's page of stories"),
    # (... and BLOX's by the writer's user name, /users/profile/nostrander)
    (r"/users/profile/[\w.%-]+/?$", "a staff member's page of stories"),
    # ... or the news of one office or area of government, under the news' folder
    # (/prensa/noticias/organismo/ministerio-de-salud-publica, /noticias/area/4/,
    # /om-oss/nyheter/region-nord/)
    (r"/(?:noticias|news|prensa|nieuws|nachrichten|actualites|aktuelles|noticies|notizie"
     r"|nyheter|nyheder|uutiset|aktualnosci|novinky)/"
     r"(?:[a-z-]+/)?(?:(?:organismos?|areas?|dependencias?|secretarias?|departments?)/"
     r"|region[-_])[^/]+/?$", "the news of one office or area"),
    (r"[?&](?:tag|tags|category|cat|kat|kategorie|categorie|kategori|kategoria|"
     r"categoria|categoría)=[^&]+$", "a tag or category's page"),
    # (DedeCMS's tag page puts its tag first in the query: tags.php?/12/)
    (r"/tags?\.php\?.", "a tag or category's page"),
    # ... by its id (CivicAlerts.aspx?CID=3) or a CMS's controller (index.php?c=category&id=6)
    # (EmpireCMS's column and special topic: ListInfo/?classid=3, ZtInfo.php?ztid=3)
    (r"[?&](?:cid|catid|categoryid|category_id|specialid|topicid|classid|ztid)=\d+(?:&|$)",
     _CATEGORY_ID),
    # ... or in the path (DNN's /categoryid/31/health), and K2's item lists by author, tag or
    # category (/itemlist/user/845-name)
    (r"/categoryid/\d+(?:/[^/]+)?/?$|/itemlist/(?:user|tag|category)/[^/]+/?$", _CATEGORY_ID),
    (_SECTION_PAGE.pattern, _CATEGORY_ID),
    # ... or a topic's page by its number and its name (/news/topic/3/council-and-democracy)
    # (a name, not a number: /mayor/themes/2299/14612050/ is an item of the theme)
    (r"/(?:topics?|themes?|subjects?)/\d{1,4}/(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*/?$",
     _CATEGORY_ID),
    # (and Joomla's front page of featured articles, view=featured)
    (r"[?&](?:c|m|mod|module|act|view)=(?:category|list|lists|column|special|featured)(?:&|$)",
     "a CMS's category page"),
    # a list filtered by one of its items' fields: ?year=2024, Minister.aspx?Minister=…
    # (Plone's keyword search, Subject:list=…, is its tag page)
    (r"[?&](?:year|month|anio|año|ano|anno|jahr|monat|mes|mese|mois|annee|rok|miesiac|topic|theme|minister|portfolio|department|region|subject|filter|"
     r"thematique|tematica|tema|thema|temaid|rubrik|rubrique|aihe|tyyppi|mesec|"
     r"subject%3alist|subject:list|filterfield\d*|filtervalue\d*|"
     r"documenttype|doctype|contenttype|typ|type)=[^&]+",
     _FILTER),
    # ... or by a day or a month in the query: an agenda's day (agenda?d=2024-05-29), a
    # calendar's month (takvim?tarih=2024-06)
    (r"[?&][a-z_]+=(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?:&|$)", _FILTER),
    (r"/archives?\.(?:aspx?|s?html?|php|jsp)$", "an archive page"),
    # a Plone view that lists its folder's items (@@event_listing?mode=week, @@listing)
    (r"/@@[a-z_]*listing$", "a view that lists the folder's items"),
    # ... and a Lotus Domino database's view (wprensa.nsf/wwarea?OpenView&RestrictToCategory=…)
    (r"\.nsf/[^/?]+\?openview(?:[=&]|$)", "a Domino database's view"),
    (r"/(?:news|press|media|releases|blog|articles|archive|aktuelles|presse|meldungen|"
     r"nachrichten|pressemitteilungen|medienmitteilungen|actualites|noticias|archiv|xwzx|xwdt|"
     r"zwyw|tzgg|gsgg)/?(?:index\.\w+)?$", _NEWS_FOLDER),
    # ... and a Japanese municipal CMS's new items (新着), all or by category, recent or older:
    # /shinchaku/, /shinchaku.html, /shinchaku/2.html, /shinchaku_old.html
    # (... or by a category of them: /shinchaku/kurashi.html)
    (r"/shinchaku(?:_\w+)?(?:/(?:\d*|[a-z]+))?(?:\.s?html?)?$", "a list of new items"),
]]
#: A taxonomy hub: a topic, theme, region or issue folder and up to two short names under it
#: (/topic/politics/peace-security, /region/africa, /politikthemen/justiz-2/). An article
#: can sit there too (/topic/politics/no-need-to-panic), so the shape counts only for a link
#: with no headline and no article evidence. Folder addresses only: a file under /themen/
#: (/themen/brexit.html) is as often an editorial static page as a hub (labeled pages: 60
#: static beside 13 hubs), while taxonomy terms are folders.
_TOPIC_HUB = re.compile(r"/(?:[a-z]*themen|topics?|themes?|thema|regions?|subjects?|issues?|"
                        r"argomenti|argomento|onderwerpen?|tematy|thematiques?|teemat|specials|"
                        # (Brazilian portals' "everything about": /noticias/tudo-sobre/stf/)
                        r"tudo-sobre|todo-sobre)"
                        r"(?:/[a-z0-9]+(?:-[a-z0-9]+){0,3}){0,2}/?$", re.I)
# ... or a section under the folder a news site names for its sections or desks:
# /seccion/politica, /editoria/saude, /rubriken/land/strasse.html, /rubrika/1/Politika,
# /vijesti/rubrika/hrvatska/22.aspx (one or two names below it: an item lies deeper)
_SECTION_FOLDER = re.compile(r"/(?:editorias?|secci[oó]n|secciones|sezion[ei]|rubri(?:ka|ke|ken|k|"
                             r"que|ques|ca|che)|ressorts?)(?:/[\w.-]+){1,2}/?$", re.I)
# ... one topic of the folder the Romance, Nordic and Slavic templates name "tema(s)":
# /noticias/tema/obras, /tema/klimat-och-miljo.html, /temas/entidades/real-sociedad.html;
# the Danish and Norwegian "emne", the Swedish "ämne" (/emne/naestved-byraad), and one name
# under "emner" (/da/emner/inflation; /emner/<topic>/<page> is a guide's page)
_TEMA_PAGE = re.compile(r"/(?:temas?|teman|temat|emne|emner(?=/[^/]+/?$)|amne|%C3%A4mne)"
                        r"(?:/[a-z0-9]+(?:-[a-z0-9]+){0,5}){1,2}/?(?:\.html?)?$", re.I)
# ... or a dossier: a topic's page that streams its news (/area-media/dossier/maltempo-
# giugno-2024/, /dossiers/budget-2025, /presse/schwerpunkte/hochwasserschutz)
_DOSSIER_PAGE = re.compile(r"/(?:dossiers?|schwerpunkte?)/[^/]+/?$", re.I)
#: A Chinese portal's topic (专题专栏) is a hub of its own column: /ztzl/xxgcddesjszqh/,
#: /a/zt/payx/, /ztzl/sjsr2025.htm, /topic/36.jhtml, /zhuantizhuanlan/gerensuodeshui/ (the
#: folder's name spelled out). Its name is as long as a headline (学习贯彻党的二十届三中全会
#: 精神), so here the address alone tells; a dated item inside it
#: (/ztzl/xczx/2023/0612/3876.html) has its article evidence first.
_SPECIAL_TOPIC = re.compile(r"/(?:ztzl|zt|ztbd|zhuanti|zhuantizhuanlan|topic)/[a-z0-9_]+"
                            r"(?:/(?:index\.s?html?)?|\.s?html?|\.jhtml)?$")
#: ... and a portal's special, anywhere under its specials' folder one level down
#: (/specials/belt-and-road/, /special/index.jsp?id=1385, /Special/Tea_Festival_2024.htm, a
#: Vietnamese site's topic /chu-de/bien-doi-khi-hau-307.htm), also where DedeCMS gives it a
#: dated address (/special/2024/0301/7420.html): its own items sit further down.
_SPECIAL_FOLDER = re.compile(r"/(?:specials?|speciali|especiais|especiales|chu-de|chuyen-de)/"
                             r"(?:[^/]+/?(?:(?:index|default)\.\w+)?"
                             r"|(?:19|20)\d\d/[01]\d[0-3]\d/\d+\.s?html?)$", re.I)
#: Chinese portals name columns by pinyin initials: /zwyw/, /xwzx/zhxw/, /zwgk/zcjd/, a year's
#: topics too: /ztzl/2024/xczx/.
_COLUMN_FOLDER = re.compile(r"^(?:/\d{0,4}[a-z]{2,8}\d{0,4}){1,4}(?:/(?:19|20)\d\d/[a-z]{2,8})?/$")
#: ... and a column's own page named by its initials too: /xwdt/mtjj.htm, /hdjl.htm (VSB).
_COLUMN_PAGE = re.compile(r"/[a-z]{2,8}\.s?html?$")
_SHAREPOINT_HOME = re.compile(r"/pages/default\.aspx$", re.I)
_INDEX_PAGE = re.compile(r"/(?:index|default|home)\.(?:[sj]?html?|page|aspx?|php|jspx?|htm)$", re.I)
_SEARCH_URL = re.compile(r"(?:^|[/_.-])(?:search|suche|recherche|buscar|[a-z]*_?formular)\b", re.I)
#: A search page of one kind of document: /search/news-and-communications (GOV.UK's finders).
_SEARCH_FACET = re.compile(r"/(?:search|suche|recherche|buscar)/[a-z]+(?:-[a-z]+)+/?$", re.I)
#: Query keys that only say how a search form is shown (a menu node, a mode, a language).
_SEARCH_UI_KEYS = {"nn", "mode", "view", "lang", "language", "locale", "advanced", "extended"}
#: ... a search engine's own keys (which site, which template, which page of results) ...
_SEARCH_ENGINE_KEYS = {"webid", "websiteid", "website", "siteid", "channelid", "tpl", "templet",
                       "searchid", "pg", "p", "page", "kwtype", "itemid", "analyzetype"}
#: ... and the words typed into it: a search for words is the site's search, not one of its
#: lists (the written sets' annotators call 31 of 31 such links other), while a search by a
#: field (people=, subject:list=, organisation=, tag=) is the list of that field's items
_FREE_TEXT_KEYS = {"q", "query", "searchword", "searchphrase", "keyword", "key", "kw", "wd",
                   "text", "term", "suchbegriff", "qt", "s"}
#: A folder named for lists (/list/, /Listen/): a form inside one filters a list.
_LIST_FOLDER = re.compile(r"/(?:lists?|listen|listings?)/", re.I)
#: ISO 639-1 language codes, and country codes portals use for editions (/cn/, /jp/): an
#: edition is /en/ or /pt-br/, not /vp/ (a vice president's section).
_LANGUAGES = set(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu cn jp tw hk gr cz dk ua".split())
#: An address's last part that says it informs or welcomes ("information-in-english",
#: "info-en-francais", "welcome-to-oudenzele", "gaelic-language-plan"): a word of it among
#: others, so that a bare /english/ or /info/ stays an edition or a section.
_INFO_SLUG = re.compile(r"^(?=[^.]*[-_])(?:.*[-_,])?(?:info|informations?|informationen|"
                        r"informacje|informaci[oó]n|informaciya|informazioni|informatie|"
                        r"informasjon|"
                        r"welcome|willkommen|bienvenue|about|discover|language)(?:[-_.]|$)",
                        re.I)
#: An item's own folder before its index page: a moment's digits to the minute or finer
#: (/20240314111243507/; a genre's padded number, /1000500000110/, is none).
_ITEM_FOLDER = re.compile(r"/(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                          r"(?:[01]\d|2[0-3])[0-5]\d\d*/[^/]+$")
#: The link to a document's interpretation: "图解", "[视频解读]", "文字解读", "一图读懂".
# (not "政策解读", as often a column's name at its channel's page, /channels/10150.html)
_COMPANION_TEXT = re.compile(r"^[\[【(（]?(?:图解|图片解读|视频解读|文字解读|动漫解读|解读|"
                             r"一图读懂)[\]】)）]?$")
#: A page named by its number alone (/zcjd/tjjd/4631210.shtml, JEECMS's /zcjd/bmjd/20470.jhtml):
#: an item's.
_NUMBERED_FILE = re.compile(r"/\d{5,}\.[sj]?html?$")
#: The link to an interpretation's original document: "[原文]", "原文链接", "查看原文".
_ORIGINAL_TEXT = re.compile(r"^[\[【(（]?(?:查看|政策)?原文(?:链接|鏈接|件)?[\]】)）]?$")
#: A Chinese portal's link to its mobile edition (手机版 /wap/, 移动版 /mobile/): that
#: edition's home.
_MOBILE_EDITION = re.compile(r"^(?:手机版|移动版|手机端|移動版|手機版)$")
#: A language switch's text: a language's code or its own name.
_LANGUAGE_NAME = re.compile(
    r"^(?:english|français|francais|deutsch|español|espanol|italiano|português|portugues|"
    r"nederlands|polski|türkçe|русский|українська|العربية|中文|简体|繁體|繁体|简体中文|繁體中文|"
    r"日本語|한국어|gaeilge|gàidhlig|cymraeg|sámegiella|afrikaans|isizulu|isixhosa|isindebele|"
    r"siswati|sesotho|setswana|bahasa melayu|bahasa indonesia|kreyòl|kwéyòl|svenska|norsk|"
    r"dansk|suomi|eesti|latviešu|lietuvių|čeština|slovenčina|magyar|română|hrvatski|"
    r"slovenščina|ελληνικά|català|galego|euskara|bm|ms|فارسی|हिन्दी|"
    # (India's other languages, and more of Asia's and Europe's edges)
    r"ગુજરાતી|मराठी|தமிழ்|తెలుగు|ಕನ್ನಡ|മലയാളം|বাংলা|ਪੰਜਾਬੀ|ଓଡ଼ିଆ|অসমীয়া|اردو|नेपाली|"
    r"සිංහල|ไทย|tiếng việt|עברית|ქართული|հայերեն|монгол|қазақша|oʻzbekcha|srpski|српски|"
    r"български|македонски|shqip|íslenska|malti)$", re.I)
_EDITION_NAME = re.compile(r"^/(?:english|espanol|español|francais|français|deutsch|italiano|"
                           r"portugues|português|nederlands|polski|turkce)(?:/|\.html?)?$", re.I)
# (after the code a region or a script: pt-br, zh-hans, es-419; not a word: /om-oss.html)
_EDITION_SHAPE = re.compile(r"^/([a-z]{2})(?:-(?:[a-z]{2}|[a-z]{4}|\d{3}))?(?:/|\.html?)?$", re.I)
#: A home page: /index.htm, /en/index.page, /DE/Home/home_node.html, /de/start.html.
_HOME = re.compile(r"^(?:/(?:[a-z]{2}(?:-[a-z]{2,4})?|home|navigation|portal|pages))*"
                   r"/(?:index|home|start|startseite|default|home_node)(?:-[a-z]{2,3})?"
                   r"\.(?:s?html?|page|aspx?|php|jsp)$"
                   # ... or named so without a file, after a language's folder ("/Home",
                   # "/cas/inicio", "/val/inici", "/fr/accueil", "/fi/etusivu")
                   r"|^(?:/[a-z]{2,3}(?:-[a-z]{2,4})?)?/(?:home|homepage|startseite|inicio|inici"
                   r"|accueil|etusivu|forside|startsida|pagina-inicial)/?$", re.I)
_SITE_PAGE_URL = re.compile(
    r"(?:^|[/_.-])(contact|kontakt|impressum|imprint|privacy|datenschutz|sitemap\d*|site-?map|"
    r"accessibility|barrierefreiheit|terms|disclaimer|copyright|legal|rechtliches|help|hilfe|"
    r"login|logon|register|signin|rss|feeds?|web-feeds|subscribe|newsletter|abo|"
    r"lxwm|wzdt|gywm|wzsm|yssm|bqsm|mzsm|wzbz|sitemap)(?:[/_.?-]|$)", re.I)
#: The services' part of a site (/servizi/categoria/anagrafe, /pt-br/servicos/saude,
#: /index.php/en/services): service guides and their categories, not news; and the
#: downloads' (/downloads/category/3-policies): files; a Chinese portal's 政务服务 (zwfw),
#: 办事服务 (bsfw), 便民服务 (bmfw) and 网上办事 (wsbs) columns.
_SERVICES_FOLDER = re.compile(
    r"^(?:/[a-z]{2}(?:-[a-z]{2,4})?|/html)?(?:/index\.php)?/(?:services?|servizi|servicios|"
    r"servi[cç]os|e-services|leistungen|dienstleistungen|palvelut|tj[aä]nster|tjenester|"
    r"diensten|uslugi|usługi|downloads?|zwfw|bsfw|bmfw|wsbs)(?:/|$)", re.I)
#: A newsroom's own site (news.gov.…, newsroom.…, media.…, press.…).
_NEWSROOM_HOST = re.compile(r"^(?:news|newsroom|media|press|presse|noticias|nieuws)\."
                            # (or named so: a region's press agency, tirrenianotizie.it)
                            r"|^(?:www\.)?[a-z]*(?:news|notizie|noticias|nieuws|nachrichten)"
                            r"[a-z]*\.", re.I)
#: A survey's, a vote's or a poll's form (/survey/vote.jsp?id=27, /Survey/Vote.aspx?id=15).
_FORM_URL = re.compile(r"/(?:survey|vote|poll|questionnaire|wsdc)s?(?:/|\.[a-z]{2,4}$|$)", re.I)


# (the words of job and tender pages are in newscrawler/linkwords.py)
# (an archive's name is a list's, whatever its address: "Archive und Bibliotheken")
_ARCHIVE_WORD = re.compile(r"archiv", re.I)
#: A "read more" lead before the headline it links ("Czytaj więcej: Nabór na stanowisko …",
#: "mehr zu: Stellenausschreibung: …", "En savoir plus : …"): the headline is what follows.
_READ_MORE_LEAD = re.compile(r"^(?:czytaj więcej|mehr zu|en savoir plus|read more|leggi tutto)"
                             r"\s*:\s*", re.I)
#: The folder of a Chinese body's pages about itself (机构概况, 领导信息, 领导分工, 机构职能,
#: 领导之窗): its leaders' profiles and offices, however their addresses are dated.
_ORG_FOLDER = re.compile(r"/(?:jggk|ldxx|ldfg|jgzn|ldzc)/", re.I)
#: A department's, a directorate's or an agency's own page by its address
#: (/departments/health-services, /directorates/rural-water-supply/, /Divisions/Aquaculture.aspx):
#: the body's organisation, static (125 of 125 such labeled links say other).
#: A page of a CMS that numbers each page at the top of the site and names it in capitals
#: (CivicPlus: /157/Message-from-the-Sheriff, /28/Departments; not a year's folder).
_NUMBERED_PAGE = re.compile(r"^/(?!(?:19|20)\d\d/)\d{2,4}/[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/?$")
_ORG_PAGE = re.compile(r"/(?:departments?|directorates?|divisions?|agencies|units|offices|"
                       r"ministry|ministries|mdas)"
                       r"/[^/]+/?$", re.I)
#: A service guide's folder (办事指南, 服务指南): its dated items are guides, not news.
_GUIDE_FOLDER = re.compile(r"/(?:bszn|fwzn|bsfw)/", re.I)

# (the words a link's text is judged by are in newscrawler/linkwords.py)

# ---------------------------------------------------------------- where a link sits
_FOOTER = {"footer", "foot", "bottom", "copyright", "copyr", "siteinfo", "site-info", "ft"}
_MENU = {"nav", "navbar", "menu", "submenu", "navigation", "mega", "dropdown", "topbar",
         "toolbar", "subnav", "mainnav", "menubar", "flyout", "megamenu", "quick", "access"}
#: Page-header words; inside an <article> or <main> they name the item's own header.
_SMALL_NAV = 6
_HEADER = {"header", "head", "top", "masthead", "banner"}
#: Whole class/id tokens (not parts: "position-relative" is CSS, not a breadcrumb).
_CRUMB = {"crumb", "crumbs", "breadcrumb", "breadcrumbs", "location", "position", "curpos",
          "dqwz", "weizhi", "bread", "path", "current"}
_MAX_CRUMB_LINKS = 12
_PAGER_ATTR = re.compile(r"(pager|pagination|paginaci[oó]n|paginazione|paginacao|paging|pagelink|"
                         r"pagenav|pagebar|fenye|"
                         r"(?:^|[\s_-])pages(?:$|[\s_-]))", re.I)
_ROW_TAGS = {"li", "tr", "dd", "dt", "p", "article"}
# ... or a month and a day in Chinese or Japanese, the year left out ("2月28日")
# ... or a Republic year's date in a Taiwanese list's cell ("113-05-17": 2024-05-17)
_ROC_DATE = re.compile(r"(?<![\d.:/-])1[01]\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
                       r"(?![\d.:/-])")
_CJK_MONTH_DAY = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])\s*月\s*(?:0?[1-9]|[12]\d|3[01])\s*日")
_SHORT_DATE = re.compile(r"(?<![\d.:-])(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.:-])")


@dataclass(frozen=True, slots=True)
class LinkClass:
    """One distinct link of a page: canonical URL, class, the reason, its best anchor text."""

    url: str
    kind: str  # ARTICLE, LIST or OTHER
    why: str
    text: str = ""
    #: the link's first <a> element (lxml), for what sits beside it (a list's date)
    anchor: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class PageKind:
    """What a fetched page is: ``kind`` (ARTICLE, LIST or OTHER) and why."""

    kind: str
    why: str
    title: str | None = None
    published_at: str | None = None


@dataclass(slots=True)
class _Link:
    url: str
    anchor: Any = None
    texts: list[str] = field(default_factory=list)
    spots: list[set[str]] = field(default_factory=list)  # per anchor: footer, menu, crumb, ...
    dated: bool = False
    prose: bool = True  # every anchor sits inside running text
    headline: bool = False
    #: an anchor names a category or a tag of the item it sits beside (:func:`_taxonomy_anchor`)
    taxonomy: bool = False
    #: the anchors' own titles beside a teaser's description (a heading inside, a title)
    leads: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return max(self.texts, key=len) if self.texts else ""

    @property
    def places(self) -> set[str]:
        """Where the link's best-placed anchor sits: content beats menus, menus beat the
        footer (a footer sitemap repeats the menu)."""
        if any(not spot for spot in self.spots):
            return {"content"}
        if any("footer" not in spot for spot in self.spots):
            return set().union(*(spot - {"footer"} for spot in self.spots if "footer" not in spot))
        return set().union(*self.spots)


def site_hosts(page_url: str | None, allowed_domains: Iterable[str] | None = None) -> list[str]:
    """The domains counted as the page's own site: *allowed_domains* (Scrapy's meaning: the
    domain and its subdomains), else the page's host with a leading ``www.`` dropped, so
    ``www.x.gov.cn`` and ``x.gov.cn`` are one site and ``dept.x.gov.cn`` is another."""
    if allowed_domains:
        return [d.lower().lstrip(".") for d in allowed_domains]
    host = (urlsplit(page_url or "").hostname or "").lower()
    return [host.removeprefix("www.")] if host else []


def _on_site(host: str, domains: list[str], exact: bool) -> bool:
    host = host.lower()
    if exact:
        return host.removeprefix("www.") in domains
    return any(host == d or host.endswith("." + d) for d in domains)


#: A Founder-style e-paper's page of an edition, under the edition's day, by its number or its
#: section's letter and number (node_2, node_A01); or an e-paper's page by its number alone
#: after the edition's day (/2024-05-28/3/); or a file named a page that ends with the day
#: and the section's letter and number (page_detail_1_20240528A01.html).
_EPAPER_PAGE = re.compile(r"/(?:19|20)\d\d-?[01]\d/[0-3]\d/node_(?:[A-Z]\d+|\d+)\.s?html?$"
                          r"|^/(?:19|20)\d\d-[01]\d-[0-3]\d/\d{1,2}/?$"
                          r"|/page[\w-]*?(?:19|20)\d\d[01]\d[0-3]\d[A-Z]\d{1,2}\.s?html?$")


def classify_url(url: str, page_url: str | None = None) -> tuple[str, str] | None:
    """The class an address alone gives (``("article", why)``, ``("list", why)``,
    ``("other", why)`` for files), or None when its shape says nothing."""
    parts = urlsplit(url)
    parts = parts._replace(query=_without_referral(_without_menu_item(parts.query)))
    path = parts.path or "/"
    rest = path + ("?" + parts.query if parts.query else "")
    if file := _FILE.search(path):
        return OTHER, f"a file ({(file.group(1) or 'document').lower()}), not a page"
    if path == "/" and not parts.query:
        return LIST, "the site's home page"
    if "action%5D=" in parts.query and (action := _plugin_action(parts.query)):
        return action
    if _ALBUM.search(path) or parts.query and _MEDIA_ITEM.search(rest):
        return ARTICLE, _ALBUM_ITEM
    if (item := _LIST_ITEM_FORM.search(rest)) and _names_list(_CAMEL.sub(" ", item.group(1))):
        return ARTICLE, "an item of a SharePoint list of news by its display form"
    if _CALENDAR_VIEW.search(path):  # (its day in the path is the view's, no article's)
        return LIST, "a view of an events calendar"
    if parts.query and _VIEW_MODE.search(parts.query) and _record_number(parts.query):
        # (a board's post: its script told to show the record by its number)
        return ARTICLE, _RECORD_VIEW
    if _EPAPER_PAGE.search(path):
        # (an e-paper's page of one day's edition, /layout/202505/19/node_02.html: the list
        # of that page's stories, its day in the path the edition's)
        return LIST, "an e-paper's page of one edition"
    if _MONTH_INDEX.search(path) and not parts.query:
        # (the index of a folder named by its month, /actions/202505/index.html: that
        # month's list, where the month's items sit beside it, /202505/t20250528_1.html)
        return LIST, _DATE_ARCHIVE
    for rx, why in _LIST_URLS:
        # a list address keeps its shape with a query after it (ItemList.html?itemId=9)
        if (rx.search(rest) or rx.search(path)) and not _date_in(path):
            if why == _PAGE_QUERY and (_DETAIL_VIEW.search(path) or _VIEW_MODE.search(
                    parts.query)) and _record_number(parts.query):
                # a board's view of one post, the list's page carried along to go back to it
                # (boardNormalView.do?…&pageIndex=2&ntatcSeq=1474803522)
                return ARTICLE, _RECORD_VIEW
            if why == _PAGE_QUERY and (_weak_article(path) == "slug of many words" or any(
                    a.search(path) for a, _ in _ARTICLE_URLS) or _id_beside_page(parts.query)
                    # (not a term's archive by its script, tag.php?id=48&page=2)
                    and not _TERM_SCRIPT.search(path)):
                # a page of an article split over pages (/long-article-title/?seite=2)
                return ARTICLE, "a further page of an article address"
            if why in (_FILTER, _CATEGORY_ID, _NEWS_FOLDER) and (
                    _weak_article("/?" + parts.query) == "document id in the query"
                    or _ITEM_ID.search(parts.query) or _weak_article(path) is not None):
                continue  # (news.php?topic=roads&id=45, Calendar.aspx?EID=3345&year=2025)
            if why == _NEWS_FOLDER and _ID_OVER_KIND.search(path):
                continue  # (an item's id over its kind's name: a senate's /prensa/22868/noticias)
            return LIST, why
    # (a slug's letters beyond ASCII come percent-encoded: matched as the letters they are)
    letters = _letters_of(unquote(path)) if "%" in path else path
    for rx, why in _ARTICLE_URLS:
        if rx.search(letters) or parts.query and rx.search(rest):
            return ARTICLE, why
    return None


#: A month's or a day's folder, at most one short folder over it (/2025/03/, /2025/03/14/,
#: /index.php/2025/02/; not an item's day after its slug, /artykul/<slug>-id58213/2025/2/21/).
_MONTH_OR_DAY = re.compile(r"^(?:/[\w.-]{1,20})?/(?:19|20)\d\d/[01]?\d(?:/[0-3]?\d)?/?$")
#: An article filed by its kind and number at the end of its address (/careers/article/1912833).
_FILED_ARTICLE = re.compile(r"/(?:article|story)/\d{4,}/?$", re.I)
_MONTH_INDEX = re.compile(r"/(?:19|20)\d\d(?:0[1-9]|1[0-2])/(?:index|default)\.\w+$", re.I)
_ALBUM_ITEM = "a photo album of one event"
_RECORD_VIEW = "a detail view's record by its number"
# TYPO3's Extbase plugins name their view in the query: tx_news_pi1[action]=detail with
# tx_news_pi1[news]=1234, tx_…_pi1[action]=single with …[uid]=168342; …[action]=list
_PLUGIN_KEY = re.compile(r"tx_\w+\[(\w+)\]")
_RECORD_VIEWS = {"show", "detail", "single"}


def _plugin_action(query: str) -> tuple[str, str] | None:
    """The class a CMS plugin's view in the query gives: one record's view is an item, the
    list view a list."""
    fields = [(m.group(1).lower(), v) for k, v in parse_qsl(query)
              if (m := _PLUGIN_KEY.fullmatch(k))]
    action = next((v.lower() for k, v in fields if k == "action"), "")
    if action in _RECORD_VIEWS and any(k != "action" and v.isdigit() for k, v in fields):
        return ARTICLE, f"a CMS plugin's {action} view of one record"
    if action == "list":
        return LIST, "a CMS plugin's list view"
    return None


#: A SharePoint list's item by the list's display form (/News/Lists/Statements/DispForm.aspx?
#: ID=5194, /Lists/PressReleases/DispForm.aspx?ID=1283), an item wherever it is linked from
#: (running text too) when the list's name names a list of news; a document library's
#: ``Forms/DispForm.aspx`` shows a file's properties, no item.
_LIST_ITEM_FORM = re.compile(r"/lists/([a-z]+)/dispform\.aspx\?(?:[^#]*&)?id=\d+", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A photo album of one event by its address: a gallery's folder, perhaps its category or album
#: part and an id, and a slug of two words or more (/photo-gallery/category/88-freedom-day-2024,
#: /galerie-photos/album/cavalcade-2024, /galerias/jogos-escolares-2025/).
_ALBUM = re.compile(r"/(?:(?:photo-?galler(?:y|ies)|galerie-photos|galerias?(?:-de-fotos)?|"
                    r"fotogaleri[ae]?|galerija|photo-albums?|galeri/foto)/"
                    r"(?:(?:category|album|albums)/)?"
                    r"|galler(?:y|ies)/(?:album|albums)/|-/(?:album|video)/"
                    # (a gallery's album by its number and its slug: /news/gallery/217/…)
                    r"|galler(?:y|ies)/\d+/(?=[a-z0-9]+-))"
                    r"(?:(?:\d+-)?[a-z0-9]+(?:-[a-z0-9]+)+|\d+)/?$"
                    # (Polska Press's gallery of a story, one picture of it by number:
                    # /<slug>/ga/c1-18494390/zd/112793689; every such link of the sets an
                    # article)
                    r"|/[a-z0-9]+(?:-[a-z0-9]+){2,}/ga/c\d+-\d+(?:/zd/\d+)?/?$", re.I)
#: ... or a gallery's album, or a video, by its number in the query of the gallery's page
#: (gallery.php?album=88, Galerija.aspx?AlbumID=233, videos.php?vid=41,
#: gallery-album.php?aid=95)
_MEDIA_ITEM = re.compile(r"/(?:photo-?)?(?:galler(?:y|ies)|galerija|galeria|galerie|videos?)"
                         r"(?:[-_]?albums?)?\.(?:php|aspx?|jsp)\?(?:\w+=[\w-]*&)*"
                         r"(?:album|albumid|aid|vid|videoid)=\d+(?:&|$)", re.I)
#: A view of an events calendar by its address (JEvents' /month.calendar/2025/06/10/-).
_CALENDAR_VIEW = re.compile(r"/(?:year|month|week|day)\.(?:calendar|listevents)(?:/|$)", re.I)
#: One event's page: an item under a folder of events (/events/event/2315/gala_day,
#: /event/idaho-day-of-service/, /agenda/evenement/open-dag, /eventi/notte-bianca-2024,
#: /veranstaltungen/detail.html?eventId=20417, /event/docs/2024060100010/), not a view of
#: the calendar (/events/month/, /events/list/).
#: The forms that propose an event to a calendar ("Submit an event", "Proposer une
#: manifestation", "Meld inn arrangement", "Tipsa om evenemang").
_EVENT_FORM = (r"submit|propose|proposer|add|ajouter|meld|tipsa|einreichen|anmelden|registrer|"
               r"annuncia|segnala|inserisci|"
               r"bejelentes|ilmoita")
#: ... or the form that proposes an event to a calendar, however its folder is named
#: (/kalender/meld-inn-arrangement/, /eventi/annuncia, /agenda/proposer-un-evenement)
_EVENT_FORM_PAGE = re.compile(
    r"/(?:events?|evenements?|eventi|eventos?|agenda|kalender|kalendar[\w-]*|calendario|calendar|"
    r"veranstaltungen|arrangementer|whats-on)/(?:[\w-]+/)*(?:" + _EVENT_FORM + r")(?:[-_][\w-]*)?"
    r"/?$", re.I)
_EVENT_ITEM = re.compile(
    r"/(?:events?|evenements?|evenementen|eventi|eventos?|veranstaltungen|renginiai|"
    r"rendezvenyek|ekdiloseis|arrangementer|esemenyek|evenimente|activiteiten|aktiviteter|"
    # (Turkish, Finnish, Polish, Croatian, Slovenian, Slovak; a council's "What's on")
    r"etkinlik(?:ler)?|tapahtumat|wydarzenia|dogadanja|dogodki|podujatia|whats-on)/"
    r"(?:(?:event|evenement|eventdetail|detail|docs|pagine|pages)/)?"
    # (an id, also a UUID before the slug: /activiteiten/detail/0f3e8c9a-…/open-tuinendag)
    r"(?:\d+/|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)?(?:-/)?(?!@@)(?!(?:list|month|week|day|today|upcoming|past|calendar|archive|"
    r"search|index|default|" + _EVENT_FORM + r")\b)[^/]+/?$"
    # ... or an agenda's item by its id (iProx: /actueel/agenda/@1287120/inloopavond/), or a
    # calendar's or an agenda's item by a slug of words (/aktuelt/kalender/sommerkonsert-i-
    # kirkeparken.13044.aspx, /actueel/agenda/open-dag-provinciehuis-2024/)
    r"|/agenda/@?\d{4,}/[^/]+/?$"
    r"|/(?:agenda|kalender|kalendar-akci|calendario)/(?!" + _EVENT_FORM + r")"
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}[^/]*/?$", re.I)
#: ... or by an event's id in the query (Calendar.aspx?EID=2231, detail.html?eventId=20417).
_EVENT_ID = re.compile(r"(?:^|&)(?:eid|eventid|event_id|evid)=\d+", re.I)


#: WordPress's post by its number in the query.
_WP_POST = re.compile(r"(?:^|&)p=\d{3,}(?:&|$)")


def _is_event_item(parts: Any) -> bool:
    return bool(_EVENT_ID.search(parts.query) or _EVENT_ITEM.search(parts.path)
                or "event" in parts.path.lower() and _ITEM_ID.search(parts.query))


#: An item's id by a key that ends in "id" (EID=3345), not a category's or a column's.
_ITEM_ID = re.compile(r"(?:^|&)(?!(?:cat|class|col|column|type|c|t|p|parent)id=)"
                      r"[a-z]{1,8}id=\d{3,}", re.IGNORECASE)


# a script that shows one record: boardNormalView.do, view.jsp, newsDetail.aspx, show.php
# (an MVC route names the view with no script's suffix: /board/basicboard/view?boardid=…)
_DETAIL_VIEW = re.compile(r"/[a-z_]*(?:view|detail|details|show)[a-z_]*"
                          r"(?:\.(?:do|jsp|aspx?|php))?$", re.IGNORECASE)
# ... or a board's script told in the query to show one (press.jsp?bid=press&mode=view&num=…)
_VIEW_MODE = re.compile(r"(?:^|&)(?:mode|act|action|cmd|task|method)=(?:view|detail|read|show)"
                        # (or its form: a Korean province's board, mode=readForm)
                        r"(?:form|page)?(?:&|$)", re.I)


def _record_number(query: str) -> bool:
    """A value of five digits or more in *query* beside its page number: a record's."""
    return any(len(v) >= 5 and v.isdigit() for k, v in parse_qsl(query)
               if not _PAGE_KEY.fullmatch(k))


def _id_beside_page(query: str) -> bool:
    """A document id in the query beside its page number (``content.jsp?id=8123&page=2``)."""
    rest = "&".join(f"{k}={v}" for k, v in parse_qsl(query) if not _PAGE_KEY.fullmatch(k))
    return bool(rest) and _weak_article("/?" + rest) == "document id in the query"


_PAGE_KEY = re.compile(r"page|pageno|pagenum|pageindex|pg|start|offset|currentpage|cpage|"
                       r"nowpage|curpage|seite|paged|pagefirstrow|pagina|strona|sivu|puslapis|"
                       r"oldal|p", re.I)


def _date_in(path: str) -> bool:
    # (… or a file in a month's folder: /news/2024/04/fish-passage-projects-list.html)
    return any(rx.search(path) for rx, _ in _ARTICLE_URLS[:6]) or bool(_MONTH_FILE.search(path))


_MONTH_FILE = re.compile(rf"/{_Y}/[01]\d/[^/]+\.s?html?$")


def _without_menu_item(query: str) -> str:
    """Joomla's Itemid names the menu entry a page is shown under, not a document
    (``option=com_content&view=archive&year=2024&Itemid=150`` is a list). Joomla spells it
    so, and always beside other keys; an ASP.NET page's ``ItemID=889`` is its document."""
    if "Itemid=" not in query or "&" not in query:
        return query
    return "&".join(p for p in query.split("&") if not p.startswith("Itemid="))


#: A referral marker in a link's query: which box or feed the reader came from (``?ref=ecr``,
#: ``?ref_src=twsrc``, ``?itm_source=home``), a code of letters. A value that starts with a
#: digit may be a document's reference (``?ref=2024-117``) and stays.
_REFERRAL = re.compile(r"^(?:(?:ref|ref_?src|referr?er|ocid|cmpid|itm_[a-z]+)=[a-z][\w.-]{0,30}"
                       # (or WeChat's share markers: ?wxshare=1, &isappinstalled=0,
                       # ?from=singlemessage)
                       r"|(?:wxshare|isappinstalled)=\d|from=(?:singlemessage|groupmessage|timeline)"
                       # (or the language or script it is shown in: Joomla's ?lang=lat)
                       r"|(?:lang|language|locale|hl)=[a-z]{2,3}(?:[-_][a-z]{2,4})?"
                       # (or the referring page's own address, ?referrer=https%3A%2F%2F…,
                       # or a token of it: Grupo Reforma's ?referer=--7d616165…--)
                       r"|referr?er=[\w.%-]{1,200})$", re.I)


def _without_referral(query: str) -> str:
    """*query* without its referral markers (:data:`_REFERRAL`): the address patterns read
    the page the link leads to, not the box it sits in nor the language it is shown in."""
    if "=" not in query:
        return query
    return "&".join(p for p in query.split("&") if not _REFERRAL.match(p))


def _letters_of(text: str) -> str:
    """*text* without its combining marks: a word of an Indic script (বাংলাদেশ, समाचार) is
    letters and vowel signs, and a vowel sign is no ``\\w`` to a regex."""
    return text if text.isascii() else MARK.sub("", text)


# A slug of three words or more, which an address's shape with a query after it must hold
# for the shape to count without the query (not a section's /news/2024/society/?subcate=…)
_SLUG_WORDS = re.compile(r"[^\W_]+(?:[-_][^\W_]+){2,}")


def _weak_article(url: str) -> str | None:
    parts = urlsplit(url)
    query = _without_referral(_without_menu_item(parts.query))
    # (a slug's letters beyond ASCII come percent-encoded: "f%C3%ABnnef" is a word)
    path = _letters_of(unquote(parts.path))
    rest = path + ("?" + query if query else "")
    for rx, why in _ID_ARTICLE_URLS:
        # (an address's shape holds with a query after it too, its slug of words with it:
        # Joomla's /component/content/article/4477-<slug>?Itemid=101&catid=22)
        if rx.search(rest) or query and _SLUG_WORDS.search(path) and rx.search(path):
            return why
    return None


# Traditional characters of a site's own pages' names that the labels' table (fold_hant)
# leaves: 關於我們, 常見問題, 表格下載, 服務承諾, 聯絡我們 (folded here only: in the extractor's
# labels they moved bodies on Taiwan's and Hong Kong's pages)
_HANT_SITE_PAGES = str.maketrans("們載見題務諾絡隱", "们载见题务诺络隐")


def _static_name(text: str, *, title: bool = False) -> bool:
    """*text* names a static page or a site service; with *title*, only by a Chinese head
    word, which holds however long the text is (a long title beginning with 关于 is as often
    a notice as an about page)."""
    cjk = CJK.search(text) is not None
    compact = re.sub(r"\s+", "", text) if cjk else text
    # (a traditional name as its simplified form too, 關於我們, 常見問題; a Japanese one as
    # it is, 事務局; folded only where there are ideographs to fold)
    folded = fold_hant(compact).translate(_HANT_SITE_PAGES) if cjk else compact
    return any(STATIC_HEAD.search(form) or len(form) <= MAX_SERVICE_NAME and (
        SERVICE_HEAD.search(form)) or not title and STATIC_NAME.search(form)
        for form in ((compact,) if folded == compact else (compact, folded)))


def _address_names_list(path: str) -> bool:
    """The last part of the address is a short name whose last word names a list
    (``/speeches/prime-minister-speeches/``, ``/presse/pressemitteilungen_node.html``); a
    longer slug is an article's title."""
    last = _INDEX_PAGE.sub("", path).rstrip("/").rpartition("/")[2]
    last = re.sub(r"(?:_node)?\.\w+$", "", last)
    words = [w for w in re.split(r"[-_]+", last) if w and not w.isdigit()]
    if len(words) > 1 and words[-1].lower() == "artikel":
        return False  # (Government Site Builder's page type: geschichte-artikel.html)
    if _NUMBER_AND_YEAR.search(last):
        return False  # (one release by its number and year: Comunicato_stampa_24_2024.aspx)
    if _ITEM_VIEW.search(path):
        return False  # (one item's pictures or videos: /news/74021/photos)
    return (1 <= len(words) <= 3 and _names_list(words[-1]) and not CJK.search(last)
            and not _static_name(" ".join(words)))


_NUMBER_AND_YEAR = re.compile(r"[-_]\d{1,4}[-_](?:19|20)\d\d$")
# an item's number, then its pictures' or videos' view
_ITEM_VIEW = re.compile(r"/\d{4,}/(?:photos?|videos?|gallery|fotos?|galerie)/?$", re.I)
_NUMBERED_ITEM = re.compile(r"\s(?:n\.|no\.?|nr\.|n°|nº|#)\s*\d{1,5}(?:/\d{2,4})?\s*$", re.I)


def _names_list(text: str) -> bool:
    """The text names a list: a list word that is the head of its word (see
    :data:`LIST_WORD_END`; Chinese names are taken whole), in a text that names no static
    page or site service nor a document (:data:`CN_DOCUMENT`); or a calendar of events."""
    if not text or _static_name(text) or CN_DOCUMENT.search(text):
        return False
    if EVENT_CALENDAR.search(text):
        return True
    if COLLECTION_CALENDAR.search(text):
        return False  # a waste collection calendar is a service ("Abfallkalender")
    # a column's label in brackets before a headline ("【在线访谈】省审计厅负责同志解读…") names
    # the item's column, not this link's target
    if text[:1] in "【[" and len(text.split("】", 1)[-1].split("]", 1)[-1]) >= 10:
        return False
    # ... and one release by its number ("Comunicato stampa n. 24/2024", "Press release No.
    # 12/2025") is an item, not the list of them
    if _NUMBERED_ITEM.search(text):
        return False
    # what follows a preposition only qualifies the name ("Anmeldung zu Veranstaltungen")
    text = QUALIFIER.split(text, maxsplit=1)[0]
    for match in LIST_WORDS.finditer(text):
        if WHOLE_WORD_SCRIPT.match(match.group(0)):
            return True
        word_end = re.match(r"\w*", text[match.end():]).group(0)
        if not LIST_WORD_END.match(word_end.lower()):
            continue
        if text[match.end() + len(word_end):].startswith("- "):
            continue  # "Medien- und Informationskompetenz": a compound's first part
        # "aktuelle(n)" before a noun is an adjective: the noun says what it is
        # ("Aktuelle Meldungen", not "Aktuelle EU-Arbeitsschwerpunkte")
        if match.group(0).lower() == "aktuell" and word_end.lower() in ("e", "en", "er"):
            noun = text[match.end() + len(word_end):].strip()
            if noun and not (LIST_WORDS.match(noun) or noun.lower().startswith("information")):
                continue
        return True
    return False


def _is_headline(text: str) -> bool:
    """Long and sentence-like: a news title, not a navigation word."""
    # (kana count half an ideograph: a Japanese headline, 市営バス ダイヤ改正を実施します, is
    # half kana, a menu's 広報誌バックナンバー too; a Korean one is read by its words, an
    # ideograph or two among them)
    han = len(CJK.findall(text))
    kana = len(KANA.findall(text))
    if 2 * han + kana >= 16:
        return True
    if han + kana and 2 * (han + kana) >= len(text.replace(" ", "")):
        return False
    words = len((LETTER_RUN if UNSPACED.search(text) else WORD).findall(text))
    return words >= 5 or (words >= 4 and len(text) >= 28)


_UTILITY_CLASS = re.compile(r"(?<!\S)(?:border|margin|padding|rounded|fixed|sticky|float|"
                            r"[mp][tbxy]?)-(?:bottom|top|\d)[\w-]*", re.IGNORECASE)


#: A CJK name that ends in the word for a list or a catalogue, perhaps with "to" or a
#: bracketed note after it: "記者発表資料一覧", "…ニュース一覧へ", "主动公开目录（全部）", "…年报".
_CJK_LIST_END = re.compile(r"(?:一覧|一览|列表|目录|目錄|목록|年报|年報|文件库)"
                           r"(?:へ|[（(][^)）]{1,6}[)）])?$")

#: A slug right under a year's folder (/Communiques-de-presse/2026/<slug>; this century's
#: years only: /article/1930/<slug> is an id).
_UNDER_YEAR = re.compile(r"/20\d\d/[^/]+/?$")

#: Addresses an <article> links to that make it a section of items rather than one item.
_SECTION_ADDRESSES = 3


def _places(anchor: Any) -> set[str]:
    places: set[str] = set()
    node = anchor.getparent()
    depth = 0
    # (a box named for a menu around an <article> of many items the link sits in is the
    # layout's row beside a menu, "row-column-menu-left", not a menu: a menu holds no
    # sections of items; an <article> of one item, a teaser, may sit in a side menu)
    in_section = False
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if node.tag == "main" or (node.get("role") or "").lower() == "main":
            # what wraps the page's <main> names the page's layout, not a menu, a header or
            # a footer (a wrapper <div class="body" id="top"> for "back to top")
            break
        raw = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        # a BEM modifier says how a block looks, not what it is (art-prev--near-menu)
        raw = re.sub(r"--[\w-]*", "", raw)
        # ... and a utility class says where its border or margin is ("border-bottom",
        # "fixed-bottom", "mb-0"): a row of a list drawn with a rule under it is no footer
        raw = _UTILITY_CLASS.sub("", raw)
        tokens = set(raw.split())
        words = set(re.split(r"[\s_-]+", raw)) - {""}
        role = (node.get("role") or "").lower()
        if node.tag == "footer" or words & _FOOTER or role == "contentinfo":
            places.add("footer")
        # <header> inside an article or a teaser is that item's header, not the page's
        in_item = bool(node.xpath("ancestor::article|ancestor::main"))
        page_header = not in_item and (node.tag == "header" or words & _HEADER
                                       or any("header" in t for t in tokens))
        if node.tag == "article" and not in_section:
            in_section = len(set(node.xpath(".//a/@href"))) >= _SECTION_ADDRESSES
        if (node.tag == "nav" or page_header or words & _MENU or role in ("navigation",
                                                                          "menubar", "banner")
                or any("menu" in t or t.startswith(("nav", "mainnav", "subnav")) for t in tokens)
                ) and not (in_section and node.tag != "nav"):
            # a navigation box of a few links (previous/next post, related items) is not a
            # menu: its links are judged like the page's content
            if "menu" not in places and len(node.xpath(".//a[@href]")) > _SMALL_NAV:
                places.add("menu")
        if (tokens & _CRUMB or "crumb" in raw) and "crumb" not in places and len(
                node.xpath(".//a[@href]")) <= _MAX_CRUMB_LINKS:
            # (a trail is a few steps: SharePoint wraps its whole top menu in
            # "ms-breadcrumb-top")
            places.add("crumb")
        pager = _PAGER_ATTR.search(raw)
        if depth < 4 and pager and not (pager.group(0).strip(" _-") == "pages" and (
                node.tag == "nav" or role in ("navigation", "menubar"))):
            # (a navigation element's "pages" is the site's page tree: Liferay's sort-pages)
            places.add("pager")
        node = node.getparent()
        depth += 1
    return places


#: What marks a link as an item's category or tag: its rel, its microdata, or the class of the
#: small box it sits in (WordPress's cat-links, Joomla's category-name, "tags").
_TAXONOMY_REL = {"tag", "category"}
_TAXONOMY_PROP = {"genre", "articlesection", "keywords"}
#: (a class token whole: WordPress marks a post "category-awards", a term, not a box)
_TAXONOMY_BOX = re.compile(r"^(?:[a-z]+[-_])?(?:categor(?:y|ies)|cat|tags?|kategori[ae]?|"
                           r"etiquetas?)(?:[-_](?:name|list|links?|box))?$", re.I)


def _taxonomy_anchor(anchor: Any) -> bool:
    """*anchor* names a category or a tag of the item it sits beside (a list of its items)."""
    if anchor is None:
        return False
    if _TAXONOMY_REL & set((anchor.get("rel") or "").lower().split()) or (
            (anchor.get("itemprop") or "").lower() in _TAXONOMY_PROP):
        return True
    # (the anchor itself so named: a card's "<a class='cat'>" beside its date)
    node = anchor
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            return False
        if any(_TAXONOMY_BOX.match(token) for token in (node.get("class") or "").split()) and (
                node is anchor or len(node.xpath(".//a")) <= 8):
            return True
        node = node.getparent()
    return False


def _in_prose(anchor: Any, text: str) -> bool:
    """A link inside a paragraph of running text (a reference, not a list item)."""
    node = anchor.getparent()
    while node is not None and isinstance(node.tag, str) and node.tag in (
            "span", "em", "strong", "b", "i", "font", "u"):
        node = node.getparent()
    if node is None or node.tag != "p":
        return False
    around = element_text(node)
    return len(around) >= 80 and len(around) >= 3 * max(len(text), 1)


def _row_dated(anchor: Any, text: str) -> bool:
    """A row of a list (li/tr/dd/p/article, or the anchor's parent) with a date beside the
    link: ``<li><a>...</a><span>2018-05-28</span></li>``."""
    node = anchor.getparent()
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            return False
        links = node.xpath(".//a[@href]")
        if len(links) > 3:
            return False
        row = element_text(node)
        if len(row) > 400:
            return False
        rest = row.replace(text, " ") if text else row
        if find_dates(rest) or _SHORT_DATE.search(rest) or _CJK_MONTH_DAY.search(rest) or (
                # (a row's own cell: in a box, the Republic's date may be another item's)
                node.tag in _ROW_TAGS and _ROC_DATE.search(rest) and CJK.search(text)):
            return True
        if node.tag in _ROW_TAGS:
            return False
        node = node.getparent()
    return False


#: A day's heading without its year ("3月7日（金曜日）"; "March 7", "7 mars" read by
#: :func:`starts_with_day_month`).
_MONTH_DAY = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日")
_LIST_TAGS = {"ul", "ol", "table", "dl"}
_TEXT_LENGTH = etree.XPath("string-length(.)")


def _day_heading(el: Any, seen: dict[Any, bool]) -> bool:
    """*el* is a short heading that is a date (a day's heading over its items); the verdict
    kept in *seen*, the page's, by element (the rows of a list share their heading)."""
    if el is None or not isinstance(el.tag, str) or el.tag in _LIST_TAGS or el.tag == "a":
        return False
    if el not in seen:
        seen[el] = _is_day_heading(el)
    return seen[el]


def _is_day_heading(el: Any) -> bool:
    if _TEXT_LENGTH(el) > 200:  # (libxml2's count first: a block of text is no heading)
        return False
    text = element_text(el)
    if not text or len(text) > 40 or el.xpath(".//a"):
        return False
    return bool(_MONTH_DAY.match(text) or starts_with_day_month(text)
                or _SHORT_DATE.fullmatch(text))


def _under_day_heading(anchor: Any, seen: dict[Any, bool]) -> bool:
    """A row of a list under the heading of the day its items were published, the rows
    without dates of their own (``<h2>3月7日（金曜日）</h2><ul><li><a>…</a>（環境創造局）</li>``;
    ``<dt>7 March 2025</dt><dd><a>…</a></dd>``)."""
    node = anchor.getparent()
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag == "dd":
            head = node.getprevious()
            while head is not None and head.tag == "dd":
                head = head.getprevious()
            return head is not None and head.tag == "dt" and _day_heading(head, seen)
        if node.tag in _LIST_TAGS:
            head = node.getprevious()
            while head is not None and not isinstance(head.tag, str):
                head = head.getprevious()  # (a comment between them)
            return _day_heading(head, seen)
        node = node.getparent()
    return False


def _neighbour_link(anchor: Any) -> bool:
    """The anchor says it leads to the previous, next, newest... item (``rel="prev"``,
    ``aria-label="Next page"``) rather than showing it in its text."""
    if anchor is None:
        return False
    if {"prev", "next"} & set((anchor.get("rel") or "").lower().split()):
        return True
    label = f"{anchor.get('aria-label') or ''} {anchor.get('title') or ''}".strip()
    return bool(NEIGHBOUR_LABEL.match(label))


#: A link to one item by a word for its full text (原文, 【详情】), beside its headline.
_FULL_TEXT = re.compile(r"^[\[【(（]?(?:查看|阅读)?(?:原文|全文|详情|详细内容)[\]】)）]?$")
_BARE_MORE = re.compile(r"^(?:[»>›]\s*)?(?:更多|more|mehr|weiter|read more|weiterlesen|"
                        r"learn more|details|详细|详情)\s*(?:\.{2,3}|…|[»>›])?$", re.I)


def _teaser_of(anchor: Any, text: str) -> str | None:
    """The text a bare 'more' link ends (``<p>Stellenangebote der Stadt <a>mehr...</a></p>``):
    the rest of its paragraph or row when that holds no other link; None when the link
    ends a box of several links or stands alone (it leads to their list)."""
    if anchor is None or not _BARE_MORE.match(text):
        return None
    row = anchor.getparent()
    if row is None or len(row.xpath(".//a[@href]")) > 1:
        return None
    rest = clean_line(element_text(row).replace(text, " "))
    return rest if WORD.search(rest) or CJK.search(rest) else None  # not '[ ]' around it


#: WordPress marks each menu entry with what it links: a taxonomy archive (a category, a tag,
#: a custom taxonomy) is a list of posts, a post is one; pages and custom links say nothing.
_MENU_ITEM_LIST = re.compile(r"(?:^|\s)(?:[\w-]+-)?menu-item-type-taxonomy(?:\s|$)")
_MENU_ITEM_POST = re.compile(r"(?:^|\s)(?:[\w-]+-)?menu-item-object-post(?:\s|$)")


def _menu_item_kind(anchor: Any) -> str:
    item = anchor.getparent() if anchor is not None else None
    classes = (item.get("class") or "") if item is not None else ""
    if _MENU_ITEM_LIST.search(classes):
        return LIST
    if _MENU_ITEM_POST.search(classes):
        return ARTICLE
    return ""


def _lead(anchor: Any) -> str:
    """A teaser's own name when its anchor also holds a description: the text of a heading
    inside it, else its title attribute (``<a title="Jahresberichte"><h5>Jahresberichte</h5>
    <p>Hier finden Sie...</p></a>``)."""
    heading = anchor.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[1]")
    if heading:
        return element_text(heading[0])
    return clean_line(anchor.get("title") or "")


def _anchor_text(anchor: Any) -> str:
    text = element_text(anchor).replace("\u00ad", "")
    if not text:
        text = clean_line(anchor.get("title") or " ".join(anchor.xpath(".//img/@alt")))
    return text


_MIDDLE_SLUG = re.compile(r"/(?=[^/]*[a-z])[^/-]+(?:-[^/-]+){2,}/"
                          # (only before a view's name and an id that end the address: a
                          # folder of three words over a page, /roads-and-transport/…, is a
                          # section's, and its pages are not one item's siblings)
                          # (... or before the id alone, a hash after a prefix of three
                          # letters at most: /news/<slug>/blt2d2fcaf2d5892cc4)
                          r"(?=[a-z]+(?:-[a-z]+)?/(?:H|[a-z]{0,3}9[\w-]*)/?$|[a-z]{0,3}H/?$)",
                          re.I)


def address_template(url: str) -> str:
    """The address with its ids and slug generalized: links sharing one are siblings, and a
    zero-config crawl learns per template what its pages are.

    ``address_template("https://x.gov.cn/art/2018/5/28/art_1229_123.html")`` gives
    ``"x.gov.cn/art/9/9/9/art_9_9.html?"``."""
    parts = urlsplit(url)
    path = re.sub(r"[0-9a-f]{16,}", "H", parts.path)
    path = re.sub(r"\d+", "9", path)
    # (a slug's words joined by hyphens, or by underscores after an item's id: a file's or
    # a static page's name has no id, /9_Som_strengthens_slightly_against_US_dollar/ does)
    path = re.sub(r"/[^/]*(?:[a-z]+-[a-z]+|9_[a-z]+(?:_[a-z]+){2,})[^/]*(/?)$", r"/S\1", path,
                  flags=re.I)
    # ... and a headline's slug before the item's view and id (/<slug>/news-story/<hash>,
    # /<slug>/ar/c1-18531207): three words or more, where a section's name has one or two
    path = _MIDDLE_SLUG.sub("/S/", path)
    keys = ",".join(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return f"{parts.netloc}{path}?{keys}"


def _collect(sel: Selector, page_url: str,
             tracking_params: tuple[str, ...]) -> tuple[dict[str, _Link], list[str]]:
    base = page_url
    base_href = sel.xpath("//base/@href").get()
    if base_href:
        base = urljoin(base, base_href.strip())
    links: dict[str, _Link] = {}
    day_headings: dict[Any, bool] = {}
    root = whole_document(sel.root)
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP):
            continue
        url = urljoin(base, href)
        if not url.startswith(("http://", "https://")):
            continue
        url = canonicalize_url(url, extra_tracking_params=tracking_params)
        text = _anchor_text(anchor)
        link = links.get(url)
        if link is None:
            link = links[url] = _Link(url, anchor)
        if text:
            link.texts.append(text)
        lead = _lead(anchor) if len(text) > 60 else ""
        if lead and lead != text:
            link.leads.append(lead)
        spot = _places(anchor)
        link.spots.append(spot)
        if not link.dated and (_row_dated(anchor, text)
                               or _under_day_heading(anchor, day_headings)):
            link.dated = True
        if not link.taxonomy and _taxonomy_anchor(anchor):
            link.taxonomy = True
        if link.prose and not _in_prose(anchor, text):
            link.prose = False
    for link in links.values():
        link.headline = any(_is_headline(t) for t in link.texts)
    return links, list(links)


# A query parameter that asks for a page's AMP view
_AMP_VIEW = re.compile(r"([?&])(?:amp(?:=(?:1|true))?|outputType=amp)(?=&|$)&?", re.I)
#: An AMP copy by its path: the last segment (WordPress's AMP plugin, /<slug>/amp/) or the
#: first (/amp/<section>/<slug>), perhaps after a language's.
_AMP_PATH = re.compile(r"/amp/?$|^(/(?:[a-z]{2}/)?)amp/", re.I)


def _keep_separator(match: re.Match[str]) -> str:
    return match.group(1) if match.group(0).endswith("&") else ""


def classify_links(page: str | bytes | Selector, page_url: str, *,
                   allowed_domains: Iterable[str] | None = None,
                   tracking_params: tuple[str, ...] = ()) -> list[LinkClass]:
    """Every distinct link of *page* (text, bytes or a parsed selector) with its class and
    why, in page order. Links are canonicalized as the crawl requests them; links off the
    site (see :func:`site_hosts`) are ``"other"``."""
    sel = as_selector(page)
    domains = site_hosts(page_url, allowed_domains)
    exact = not allowed_domains
    links, order = _collect(sel, page_url, tracking_params)
    templates = Counter(address_template(u) for u in links)
    headline_templates = Counter(address_template(u) for u, lk in links.items() if lk.headline)
    # teasers: slug addresses of one folder, side by side in the page's content
    headline_templates.update(f"slugs:{address_template(u)}" for u, lk in links.items()
                              if "content" in lk.places and _slug_words(u) >= 3)
    # an article split over pages (content_1.htm, content_1_2.htm) links its own parts
    own = canonicalize_url(page_url)
    own_kind = (classify_url(own) or ("", ""))[0]
    # (a list by its address is no article page, whatever id its query holds: Joomla's
    # view=category&id=244)
    article_page = own_kind == ARTICLE or own_kind != LIST and _weak_article(own)
    # a slug's page with its items at addresses below its own (/Newsroom/Press-Statements-
    # Transcripts-and-Photos/2024/06/…) is their list, not an article: its own address with
    # another query (?page=3, ?year=2023) is its pager or a filter, no article's part
    own_list = bool(article_page) and _items_below(own, links) >= MIN_DATED_ROWS
    article_page = article_page and not own_list
    page_stem = _stem(urlsplit(own).path) if article_page else ""
    own_template = address_template(own) if article_page else ""
    own_edition = _any_edition(own) if article_page else None
    # (pinyin column folders are a Chinese portal's: a Japanese page's romaji folders,
    # /bunya/kurashi/, name its topics and services)
    columns = sum(1 for lk in links.values() if KANA.search(lk.text)) < MIN_KANA_LINKS
    page_ids = _page_id_paths(links)
    out = []
    for url in order:
        link = links[url]
        if page_ids and urlsplit(url).path in page_ids and not _pager_like(link.text):
            # (judged as the page it names: ?lang=el-GR&page=60 is "Contact", no pager's)
            link = replace(link, url=_PAGE_PARAM.sub(r"\1pageid=", url))
        elif page_ids and (m := _PAGE_SEGMENT.search(urlsplit(url).path)) and (
                m.string[:m.start()] + "/page/" in page_ids) and not _pager_like(link.text):
            # (... and so is a page by its number in the path: a CMS's index.cfm/page/27,
            # "Español", beside index.cfm/page/2, "About the Governor")
            link = replace(link, url=url.replace(m.group(0), "/pageid/" + m.group(1), 1))
        if _AMP_VIEW.search(link.url):
            # (the page's AMP view, /culture/?amp=1, is judged as the page)
            link = replace(link, url=_AMP_VIEW.sub(_keep_separator, link.url).rstrip("?&"))
        elif amp := _AMP_PATH.search(urlsplit(link.url).path):
            # (... and so is its AMP copy by the path: WordPress's /<slug>/amp/, a news
            # site's /amp/<section>/<slug>)
            parts = urlsplit(link.url)
            path = parts.path[:amp.start()] + (amp.group(1) or "/")
            if path.strip("/"):
                link = replace(link, url=parts._replace(path=path).geturl())
        if own_edition is not None and _any_edition(url) == own_edition:
            # the language switch of an article page: the same article in another language
            kind, why = ARTICLE, "the article page itself, or in another language"
        elif page_stem and (_translation(link) or _names_language(link.text)
                            and _same_folder_in_edition(url, own)):
            # ... at its own address there, the slug translated too
            # (/fr/communique-de-presse/vague-de-chaleur-… under "Français"; /En/NewsDetails/
            # Deputy_Prime_Minister_… under "English" on /Ar/NewsDetails/…)
            kind, why = ARTICLE, "the article in another language, at an item's address there"
        else:
            kind, why = _decide(link, domains, exact, templates, headline_templates, page_stem,
                                own_template, columns=columns)
        out.append(LinkClass(url, kind, why, link.text, link.anchor))
    if page_stem:
        out = _list_page_pager(out)
    if own_list:
        own_path = urlsplit(own).path
        out = [LinkClass(lk.url, LIST, "a view of this list page (its pager, a filter)", lk.text,
                         lk.anchor)
               if lk.kind == ARTICLE and urlsplit(lk.url).path == own_path else lk for lk in out]
    return _sister_sites(_list_blocks(_subsections(_sibling_sections(_news_sections(_sections(
        _items_of_lists(_named_alike(_views_alike(_blocks(out), own)))))))),
                         own, domains, exact)


#: A CMS that routes every page by a number in ``page`` (``default.aspx?page=60``: the
#: contact page, ``page=31``: the vice-governors) links this many of them by name or more
#: from one page, where a pager links its numbers by their digits and its next/last words.
MIN_PAGE_IDS = 6
_PAGE_PARAM = re.compile(r"([?&])page=(?=\d+(?:&|$))")
_PAGE_SEGMENT = re.compile(r"/page/(\d{1,4})/?$")


def _pager_word(text: str) -> bool:
    """*text* is a pager's: a page number, next/previous/last words, arrows (with or without
    its arrow: "Siguiente »")."""
    return bool(text) and bool(PAGER_TEXT.match(PAGER_ARROWS.sub("", text) or text))


def _pager_like(text: str) -> bool:
    return not text or text.isdigit() or _pager_word(text)


def _page_id_paths(links: dict[str, Any]) -> set[str]:
    """The addresses (paths) of the page whose ``page`` parameter names a page rather than
    numbering a list's pages: :data:`MIN_PAGE_IDS` distinct values or more on links with
    names."""
    values: dict[str, set[str]] = {}
    for url, link in links.items():
        parts = urlsplit(url)
        found = re.search(r"(?:^|&)page=(\d+)(?:&|$)", parts.query)
        if found and not _pager_like(link.text):
            values.setdefault(parts.path, set()).add(found.group(1))
        # (... or a number after /page/ in the path, keyed by what comes before it)
        found = _PAGE_SEGMENT.search(parts.path)
        if found and not parts.query and not _pager_like(link.text):
            values.setdefault(parts.path[:found.start()] + "/page/", set()).add(found.group(1))
    return {path for path, seen in values.items() if len(seen) >= MIN_PAGE_IDS}


#: Dated rows that make a page whose address looks like an article's a list page.
MIN_DATED_ROWS = 5


def _items_below(own: str, links: dict[str, Any]) -> int:
    """How many links go to items (by their address alone) below the page's own address."""
    base = urlsplit(own).path.rstrip("/") + "/"
    return sum(1 for url in links if urlsplit(url).path.startswith(base)
               and (classify_url(url) or ("", ""))[0] == ARTICLE)


def _list_page_pager(links: list[LinkClass]) -> list[LinkClass]:
    """A page whose address looks like an article's (``default.aspx?id=12``) but that holds
    rows of dated items is a list: its own page links (``&page=2``) are its pager, not the
    parts of one article."""
    rows = sum(1 for lk in links if lk.kind == ARTICLE and lk.why.startswith("dated row"))
    if rows < MIN_DATED_ROWS:
        return links
    return [LinkClass(lk.url, LIST, "pager link of a list page", lk.text, lk.anchor)
            if lk.why.startswith("the article's own page link") else lk for lk in links]


#: Reasons of "other" that only say nothing was found: a later look may find a section.
_NO_EVIDENCE = ("menu entry without list evidence", "footer entry without list evidence",
                "no article or list evidence")


#: A block of items: at least this many of its links are articles, and at least this share.
_BLOCK_ARTICLES, _BLOCK_SHARE = 3, 2 / 3


def _item_group(anchor: Any) -> tuple[str, str, str] | None:
    """The block a link sits in: the nearest element around it that repeats among its
    siblings (same tag and class: a teaser card, a slide, a row), named by its parent."""
    node = anchor
    for _ in range(8):
        parent = node.getparent()
        if parent is None or not isinstance(parent.tag, str) or parent.tag in ("body", "html"):
            return None
        if node is not anchor:
            # the first class names the kind of item; modifiers (cover--small) vary
            cls = _first_class(node)
            alike = sum(1 for sib in parent if sib.tag == node.tag and _first_class(sib) == cls)
            if alike >= 3:
                # the parent's path, not id(): lxml's element proxies come and go
                return parent.getroottree().getpath(parent), node.tag, cls
        node = parent
    return None


def _first_class(node: Any) -> str:
    classes = (node.get("class") or "").split() if isinstance(node.tag, str) else []
    return classes[0] if classes else ""


def _item_like(link: LinkClass) -> bool:
    """A text of a few words (not a code such as "FR") on an address below the top of the
    site or an edition (``/en/how-germany-ticks`` names a section)."""
    words = len(WORD.findall(link.text)) if not CJK.search(link.text) else len(
        CJK.findall(link.text)) // 2
    path = re.sub(r"^/[a-z]{2}(?:-[a-z]{2,4})?(?=/|$)", "", urlsplit(link.url).path, flags=re.I)
    return words >= 2 and path.strip("/").count("/") >= 1


def _grouped(links: list[LinkClass]) -> tuple[list[tuple[str, str, str] | None],
                                                dict[tuple[str, str, str], list[LinkClass]]]:
    """Each link's block (:func:`_item_group`, ``None`` outside one) and the links of each."""
    groups: dict[tuple[str, str, str], list[LinkClass]] = {}
    keys = []
    for link in links:
        key = _item_group(link.anchor) if link.anchor is not None else None
        keys.append(key)
        if key is not None:
            groups.setdefault(key, []).append(link)
    return keys, groups


def _blocks(links: list[LinkClass]) -> list[LinkClass]:
    """A link of the content with no evidence of its own, in a block of repeated items whose
    other links are mostly articles (a teaser slider, a card grid, a list of rows), is one
    more item of the block: an article. (The same for menu entries among lists was tried:
    as many wrong lists as right ones.)"""
    keys, groups = _grouped(links)
    out = []
    for link, key in zip(links, keys, strict=True):
        if (key is not None and link.kind == OTHER and link.why == "no article or list evidence"
                and _item_like(link)):
            members = groups[key]
            articles = sum(1 for lk in members if lk.kind == ARTICLE)
            if articles >= _BLOCK_ARTICLES and articles >= _BLOCK_SHARE * len(members):
                link = LinkClass(link.url, ARTICLE, f"one more item of a block of {articles} "
                                 "article links", link.text, link.anchor)
        out.append(link)
    return out


# a headline's slug and an id, at any depth: /panorama/weltgeschehen/unwetter-…-35541190.html,
# or the id first: /nachrichten/chronik/wien/2214502-Hitzeschutzplan-fuer-Schulen.html
_SLUG_ID_NAME = re.compile(r"(?:[a-z0-9]+-+){2,}\d{5,}\.s?html?|\d{5,}(?:-+[a-z0-9]+){2,}\.s?html?",
                           re.I)
_SLUG_ID = "slug-id"


def _name_shape(url: str) -> str | None:
    """The shape of an address's name of a word and an id, its digits generalized, with its
    host and depth (``/talous/art-2000011748213.html`` gives ``host|1|art-9.html``), or of a
    headline's slug and an id at any depth (``host|slug-id``); ``None`` for another name (a
    bare number, a slug) or an address with a query."""
    parts = urlsplit(url)
    folder, _, name = parts.path.rpartition("/")
    # (a word before the id names the kind of record, art-…, t…; a bare number is the name of
    # every page of a CMS that numbers them, its static pages' too: of the 23 links at such
    # names that this rule took for articles in the written sets, 14 were static pages)
    if parts.query:
        return None
    if _SLUG_ID_NAME.fullmatch(name):
        return f"{parts.netloc}|{_SLUG_ID}"
    if not re.match(r"[a-z]+[-_]?\d{5,}\D*$", name, re.I):
        return None
    return f"{parts.netloc}|{folder.count('/')}|{re.sub(r'[0-9]+', '9', name)}"


def _named_alike(links: list[LinkClass]) -> list[LinkClass]:
    """A headline with no evidence of its own at an address whose name has the shape of the
    names of many article links on the page, in another folder (``/kotimaa/art-2000011747108
    .html`` beside 27 teasers at ``/talous/art-….html``), is one more of them: a news site
    files its items by section under one template of name."""
    shapes = [_name_shape(lk.url) for lk in links]
    # (of the links of a shape that have evidence of their own: the undecided do not count)
    counts = Counter(s for s, lk in zip(shapes, links, strict=True)
                     if s and lk.why not in _NO_EVIDENCE)
    articles = Counter(s for s, lk in zip(shapes, links, strict=True) if s and lk.kind == ARTICLE)
    out = []
    for shape, link in zip(shapes, links, strict=True):
        if (shape and link.kind == OTHER and link.why in _NO_EVIDENCE and _is_headline(link.text)
                # (a CMS that names its items by a slug and an id names its static pages
                # so too: /themen/…/landkreise-und-kreisfreie-staedte-157705.html in its
                # menu; in the page's text such a headline is one more item)
                and (not shape.endswith(_SLUG_ID) or link.why == _NO_EVIDENCE[2])
                and articles[shape] >= _ALIKE_ARTICLES
                and articles[shape] >= _BLOCK_SHARE * counts[shape]):
            link = LinkClass(link.url, ARTICLE, f"a headline at an address named like "
                             f"{articles[shape]} article links", link.text, link.anchor)
        out.append(link)
    return out


#: Article links whose names share a shape that make another link of that shape one of them.
_ALIKE_ARTICLES = 4


def _views_alike(links: list[LinkClass], own: str) -> list[LinkClass]:
    """On a list page (:data:`MIN_DATED_ROWS` article links or more), a link with no evidence
    of its own at the page's own address template, a name of a word and a number
    (``/hodoshiryo/31-Curr.html`` on ``/hodoshiryo/0-Curr.html``, ``list-2024-1-1.html``
    on ``list-2025-1-1.html``), is another page of its kind: a list. (Not by a bare number or
    a slug: every page of a CMS that numbers its pages, or names them, shares those.) So is
    the page's own address with a filter in the query (``?dep=DFS``): the list narrowed."""
    if sum(1 for lk in links if lk.kind == ARTICLE) < MIN_DATED_ROWS:
        return links
    template = address_template(own)
    name = template.rpartition("/")[2]
    alike = not ("9" not in name or re.fullmatch(r"9(?:\.\w+)?\?", name) or "/S" in template)
    own_path = urlsplit(own).path
    # ... and the page's own address with a filter in the query ("?dep=DFS", "?argomento=3",
    # "?behoerde=sk"): this list narrowed to a department or a topic. (Not under a site's
    # one script, /index.php?m=member, /default.aspx?id=38, which serves every page ...
    # Nor where the page's items are at its own address too, /web/pagina?IDCONTENIDO=…)
    filtered = not _ROOT_SCRIPT.fullmatch(own_path) and not any(
        lk.kind == ARTICLE and "slug" not in lk.why and urlsplit(lk.url).path == own_path
        for lk in links)
    out = []
    for lk in links:
        if lk.kind == OTHER and lk.why in _NO_EVIDENCE:
            if alike and address_template(lk.url) == template:
                lk = LinkClass(lk.url, LIST, "a page at this list's own address template",
                               lk.text, lk.anchor)
            elif filtered and _filters(lk.url, own_path):
                lk = LinkClass(lk.url, LIST, "this list page filtered", lk.text, lk.anchor)
        elif (lk.kind == ARTICLE and filtered and "slug" in lk.why
              and _filters(lk.url, own_path)):
            # (its slug is the list page's own: /nouvelles/communiques-de-presse?tx_solr…)
            lk = LinkClass(lk.url, LIST, "this list page filtered", lk.text, lk.anchor)
        out.append(lk)
    return out


# a site's one script at its root, which serves every page by its query
_ROOT_SCRIPT = re.compile(r"/(?:(?:index|default|main|home|portal|page|pagina)(?:\.\w+)?)?",
                          re.IGNORECASE)


def _filters(url: str, path: str) -> bool:
    """*url* is the page at *path* with a query that is no document's id (a filter)."""
    parts = urlsplit(url)
    return parts.path == path and bool(parts.query) and not _weak_article(url)


def _sibling_shape(url: str) -> tuple[str, str, str]:
    """Addresses of siblings: one folder above, the same ending (a folder's slash or the
    same extension) and the same query keys."""
    parts = urlsplit(url)
    last = parts.path.rpartition("/")[2]
    ending = "/" if not last else last.rpartition(".")[2] if "." in last else ""
    keys = ",".join(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return _parent(url), ending, keys


def _list_blocks(links: list[LinkClass]) -> list[LinkClass]:
    """A link of the content with no evidence of its own, in a block of repeated items whose
    other links are mostly lists at addresses of the same shape (a catalogue's rows of
    sibling folders: /zwgk/jczwgkbzml/shjz/ beside /zwgk/jczwgkbzml/ylfw/), is one more list
    of the block."""
    keys, groups = _grouped(links)
    out = []
    for link, key in zip(links, keys, strict=True):
        if (key is not None and link.kind == OTHER and link.why == "no article or list evidence"
                and not _static_name(link.text)):
            # (of the block's links at addresses of its shape that have evidence: a row's
            # file beside it, the catalogue's PDF, does not count, nor do the undecided)
            shape = _sibling_shape(link.url)
            alike = [lk for lk in groups[key] if _sibling_shape(lk.url) == shape
                     and lk.why not in _NO_EVIDENCE]
            lists = sum(1 for lk in alike if lk.kind == LIST)
            if lists >= _BLOCK_ARTICLES and lists >= _BLOCK_SHARE * len(alike):
                link = LinkClass(link.url, LIST, f"one more of a block of {lists} list links "
                                 "at addresses of one shape", link.text, link.anchor)
        out.append(link)
    return out


#: A page named by its id (45880.jhtml, content_1234.html).
_ID_NAME = re.compile(r"[a-z]{0,8}_?\d{3,}(?:\.\w+)?", re.I)


def _items_of_lists(links: list[LinkClass]) -> list[LinkClass]:
    """A link with no evidence of its own, with a headline and an id for its name, in the
    folder of a list page linked from the same page (``/qlyw/45880.jhtml`` beside the box's
    "more" link ``/qlyw/index.jhtml``) is one of that list's items: an article."""
    folders = {(urlsplit(lk.url).netloc, _folder(urlsplit(lk.url).path)): lk for lk in links
               if lk.kind == LIST and urlsplit(lk.url).path.strip("/")
               and not lk.why.startswith("the section of") and not lk.why.endswith("home page")
               and not urlsplit(lk.url).query}
    out = []
    for link in links:
        if link.kind == OTHER and link.why in _NO_EVIDENCE and _is_headline(link.text):
            parts = urlsplit(link.url)
            folder, _, name = parts.path.rpartition("/")
            listed = folders.get((parts.netloc, folder + "/"))
            if listed is not None and _ID_NAME.fullmatch(name) and not parts.query:
                link = LinkClass(link.url, ARTICLE, "a headline with an id in the folder of "
                                 f"the list {urlsplit(listed.url).path}", link.text, link.anchor)
        out.append(link)
    return out


def _spells(text: str, path: str) -> bool:
    """*text* is the last part of *path* written out: "Vaizdo įrašai" for ``/vaizdo-irasai``
    (accents and case aside)."""
    last = unquote(path.rstrip("/").rpartition("/")[2]).rsplit(".", 1)[0]
    return bool(last) and _ascii_words(text) == _ascii_words(last)


def _ascii_words(text: str) -> str:
    """*text*'s words in lower-case ASCII, accents dropped: "Vaizdo įrašai" -> "vaizdo irasai"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in folded if c.isascii())))


def _folder(path: str) -> str:
    """The folder a section page stands for: ``/en/topic/politics`` and
    ``/en/topic/politics/index.html`` both stand for ``/en/topic/politics/``."""
    path = _INDEX_PAGE.sub("/", path)
    path = re.sub(r"\.\w+$", "", path)
    return path.rstrip("/") + "/"


def _sections(links: list[LinkClass]) -> list[LinkClass]:
    """A link in the page's text with no evidence of its own whose address is the folder of
    article links on the same page is that section's page: a list; and so is a menu's
    entry over :data:`MIN_SECTION_ITEMS` dated article links right below it."""
    article_paths = [urlsplit(lk.url) for lk in links if lk.kind == ARTICLE]
    if not article_paths:
        return links
    news_items = [urlsplit(lk.url) for lk in links
                  if lk.kind == ARTICLE and lk.why.startswith(NEWS_CMS_ITEMS)]
    slug_items = [urlsplit(lk.url) for lk in links
                  if lk.kind == ARTICLE and "slug of many words" in lk.why]
    out = []
    for link in links:
        # (in the page's text only: an entry of a menu or a footer above articles of its
        # folder is as often a static hub as their list, 119 lists beside 94 other pages in
        # the written sets, where in the text 56 of 59 were lists)
        if link.kind == OTHER and link.why == _NO_EVIDENCE[2]:
            parts = urlsplit(link.url)
            folder = _folder(parts.path)
            inside = [a for a in article_paths if folder != "/" and a.netloc == parts.netloc
                      and a.path.startswith(folder) and _folder(a.path) != folder]
            # one item below a top section (/services/, /de/bildung.html) is as often a
            # static page taken for an article as news: a hub of topics is no list by it
            top = not re.sub(r"^/[a-z]{2}(?:-[a-z]{2,4})?(?=/)", "", folder,
                             flags=re.I).strip("/").count("/")
            if len(inside) > 1 or inside and not top:
                link = LinkClass(link.url, LIST, f"the section of {len(inside)} article "
                                 "link(s) on the page", link.text, link.anchor)
        elif link.kind == OTHER and link.why in _NO_EVIDENCE[:2]:
            # ... in a menu, only over two of the page's dated items right below it (a
            # news site's section front, /metro/ over /metro/2026/12/…): one is as often a
            # portal's static page on the article template (/living/visa/ over
            # /living/visa/202301/t20230110_1.html)
            parts = urlsplit(link.url)
            folder = _folder(parts.path)
            dated = [a for a in article_paths if folder != "/" and a.netloc == parts.netloc
                     and not parts.query and a.path.startswith(folder)
                     and _DATED_BELOW.match(a.path[len(folder):])]
            # (one is enough when it is dated to the day, /mercados/2025/03/14/slug/: a
            # news CMS's section, 27 lists of 27 in the written sets, where a portal's
            # static page on the article template is dated by month, 202301/t2023…)
            if len(dated) >= MIN_SECTION_ITEMS or any(
                    _DAY_BELOW.match(a.path[len(folder):]) for a in dated):
                link = LinkClass(link.url, LIST, f"the section of {len(dated)} dated article "
                                 "links right below it", link.text, link.anchor)
            elif folder != "/" and not parts.query and any(
                    a.netloc == parts.netloc and a.path.startswith(folder)
                    and a.path[len(folder):].count("/") <= 3 for a in news_items):
                # ... or over an item at an address only a news CMS gives (McClatchy's
                # /news/local/broward/article287921904.html, BLOX's article_<UUID>.html): its
                # section, as a day's folder tells
                link = LinkClass(link.url, LIST, "the section of a news CMS's item below it",
                                 link.text, link.anchor)
            elif folder != "/" and not parts.query and any(
                    a.netloc == parts.netloc and a.path.startswith(folder)
                    and _headline_item(a.path[len(folder):]) for a in article_paths):
                # ... or over an item named by its headline and an id, at most three
                # folders down (/rajya/ over /rajya/bihar/<headline>/1234567/): a news
                # site's section, 62 lists of 66 in the written sets (a portal files its
                # static pages by a code or a name, not a headline and an id)
                link = LinkClass(link.url, LIST, "the section of an item named by its "
                                 "headline below it", link.text, link.anchor)
            elif folder != "/" and not parts.query and sum(
                    1 for a in slug_items if a.netloc == parts.netloc
                    and _folder(a.path).startswith(folder)
                    and _folder(a.path).count("/") == folder.count("/") + 1) >= MIN_SLUG_ITEMS:
                # ... or right over several items named by their headlines' slugs
                # (/politica/ over /politica/<headline>/): a news site's section front
                link = LinkClass(link.url, LIST, "the section of items named by their "
                                 "headlines right below it", link.text, link.anchor)
        out.append(link)
    return out


# a headline's words (three or more, letters in any script) and an id of 5 digits or more
_HEADLINE_WORDS = re.compile(r"(?:[^\W\d_]{2,}[-_]+){3,}")
_LONG_ID = re.compile(r"(?<!\d)\d{5,}(?!\d)")


def _headline_item(rest: str) -> bool:
    """Whether an address below a folder (``bihar/<headline>/1234567/``) names an item by
    its headline and an id, at most three folders down."""
    segments = [s for s in rest.split("/") if s]
    return (len(segments) <= 3 and _LONG_ID.search(rest) is not None
            and any(_HEADLINE_WORDS.search(s) for s in segments))


#: The share of a menu's entries that are sections of the page's items (by the items below
#: them) that makes the menu's other entries at their depth sections too: one in seven (a
#: news site's menu of a dozen sections, two of them over the page's items; a portal's menu
#: of thirty entries with three such sections is mostly static pages).
SECTION_MENU_SHARE = 1 / 7
_NAMED_SECTIONS = " sections of a newspaper named so"
#: A newspaper's services beside its sections in a menu: games, classifieds, the printed
#: edition, newsletters, contests, scores, TV listings, lotteries. (Not its weather, traffic
#: or horoscope: as often a section of their stories, 4 of 8 in the written sets.)
_NEWSPAPER_SERVICE = re.compile(
    r"/(?:[\w-]*(?:puzzle|puzzel|games|spiele|giochi|juegos|jeux|classified|placead|anzeigen|"
    r"annonces|e-?edition|e-?paper|print-edition|edicion-impresa|journal-numerique|newsletter|"
    r"boletines|contest|gewinnspiel|concorsi|livescore|live-ergebnisse|resultados|scores|"
    r"tv-programm|tv-guide|loteria|lotto|lotter)[\w-]*)/?$", re.I)


#: A menu of a newspaper's sections names at least this many by their usual names.
MIN_NEWS_SECTIONS = 3


def _news_sections(links: list[LinkClass]) -> list[LinkClass]:
    """Where the page links at least :data:`MIN_NEWS_SECTIONS` of a newspaper's sections by
    their usual names (:data:`~newscrawler.linkwords.NEWS_SECTION`: Politics, World,
    Opinion, Sport), each of them with no evidence of its own is the list of its stories."""
    named = [lk for lk in links if NEWS_SECTION.match(lk.text.strip())]
    if len({lk.text.strip().lower() for lk in named}) < MIN_NEWS_SECTIONS:
        return links
    return [LinkClass(lk.url, LIST, f"one of {len(named)}{_NAMED_SECTIONS}",
                      lk.text, lk.anchor)
            if lk.kind == OTHER and lk.why in _NO_EVIDENCE and NEWS_SECTION.match(
                lk.text.strip()) and not urlsplit(lk.url).query else lk for lk in links]


def _sibling_sections(links: list[LinkClass]) -> list[LinkClass]:
    """In a menu where two or more entries, and at least :data:`SECTION_MENU_SHARE` of them,
    are sections of the page's items, an entry with no evidence of its own at the depth of
    one of those sections is a section too (a news site's menu: /sport/ and /politik/ over
    their items on the page, /kultur/ with none there). Measured on the written sets to
    links66: at a share of 0.3 or more, 60 lists of 65 such entries; from one in seven to
    0.3, 81 of 82; under one in seven, 4 of 21.

    Sections named as a newspaper's (:func:`_news_sections`) count as such sections too, and
    a newspaper's services (:data:`_NEWSPAPER_SERVICE`) are none: on the corpus and links01
    to links133, 438 lists more right, 12 entries wrong (a radio, a festival, a
    club's sports, a weather page)."""
    keys, groups = _grouped(links)
    menus: dict[tuple[str, str, str], tuple[int, set[int]]] = {}
    for key, members in groups.items():
        sections = [lk for lk in members
                    if lk.kind == LIST and (lk.why.startswith("the section of")
                                            or lk.why.endswith(_NAMED_SECTIONS))]
        if len(sections) >= 2 and len(sections) >= SECTION_MENU_SHARE * len(members):
            menus[key] = len(sections), {_depth(lk.url) for lk in sections}
    out = []
    for link, key in zip(links, keys, strict=True):
        if (key in menus and link.kind == OTHER and link.why in _NO_EVIDENCE
                and not urlsplit(link.url).query and _depth(link.url) in menus[key][1]
                and not _NEWSPAPER_SERVICE.search(urlsplit(link.url).path)):
            link = LinkClass(link.url, LIST, f"beside {menus[key][0]} sections of the page's "
                             "items in its menu", link.text, link.anchor)
        out.append(link)
    return out


def _segment_at(path: str, at: int) -> str:
    """The segment of *path* (between slashes) that holds the character at *at*."""
    return path[:at].rpartition("/")[2] + path[at:].partition("/")[0]


def _depth(url: str) -> int:
    return sum(1 for part in urlsplit(url).path.split("/") if part)


#: A menu entry is the section of the page's dated items below it from this many on.
MIN_SECTION_ITEMS = 2
#: ... and the section of items named by their headlines' slugs right below it from this many.
MIN_SLUG_ITEMS = 3
# a year and a month first under a folder: /2026/12/…, /202612/…, /2026-12-…
_DATED_BELOW = re.compile(r"(?:19|20)\d\d[/-]?[01]?\d[/-]")
# ... and to the day, a slug's folder below it: /2026/12/06/…/
_DAY_BELOW = re.compile(r"(?:19|20)\d\d/[01]\d/[0-3]\d/[^/]+")


def _parent(url: str) -> str:
    parts = urlsplit(url)
    path = _INDEX_PAGE.sub("", parts.path).rstrip("/")
    return f"{parts.netloc}{path.rpartition('/')[0]}"


_HOME_FILE = re.compile(r"/(?:home|homepage|startseite|inicio)\.\w+$", re.I)


def _node(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc}{_INDEX_PAGE.sub('', parts.path).rstrip('/')}"


#: Most words of a subsection's name in the page's text, and of the last part of its address.
MAX_SECTION_NAME_WORDS = 3


def _short_section(link: LinkClass) -> bool:
    """*link*, in the page's text with no evidence, is a short name at a short address, as a
    list's subsections are linked from its page (a magazine's "Industrie" at
    /entreprises-marches/industrie over the section's items)."""
    last = urlsplit(link.url).path.rstrip("/").rpartition("/")[2]
    return (link.why == _NO_EVIDENCE[2] and 0 < len(link.text.split()) <= MAX_SECTION_NAME_WORDS
            and len(re.split(r"[-_]", last)) <= MAX_SECTION_NAME_WORDS and "." not in last
            and not _static_name(link.text) and not _SITE_PAGE_URL.search(last))


def _subsections(links: list[LinkClass]) -> list[LinkClass]:
    """A link with no evidence of its own one folder below a list page linked from the same
    page (``/briefing-room/legislation`` beside ``/briefing-room``, itself a list by its name
    or place) is a subsection of that list: a list. Home pages do not count: everything is
    below them."""
    lists = {_node(lk.url): lk for lk in links if lk.kind == LIST
             and urlsplit(lk.url).path.strip("/") and not lk.why.endswith("home page")
             # (nor a home page's file: /es-ES/Paginas/Home.aspx beside the site's pages;
             # nor an edition's home, /en/index.jhtml over the English edition's pages)
             and not _HOME_FILE.search(urlsplit(lk.url).path)
             and not _is_edition(_INDEX_PAGE.sub("", urlsplit(lk.url).path))
             and not lk.why.startswith("the section of")
             # a breadcrumb step or a "more" link is a list by its place only: its
             # subsections are lists when it names one ("Briefing Room"), not below "Your
             # Council" or "Voir toute la rubrique"
             and (not lk.why.startswith(("breadcrumb step", "'more' link"))
                  or _names_list(MORE_TEXT.sub("", lk.text))
                  or _address_names_list(urlsplit(lk.url).path))
             and not urlsplit(lk.url).query}
    changed = True
    out = list(links)
    while changed:
        changed = False
        for i, link in enumerate(out):
            if (link.kind == OTHER and (link.why in _NO_EVIDENCE[:2] or _short_section(link))
                    and not urlsplit(link.url).query
                    # (a page named by a number, or by a number and a slug, is an item;
                    # node_2353.htm may be a column)
                    and not re.fullmatch(r"\d{3,}(?:\.\w+|-[\w-]+)?",
                                         urlsplit(link.url).path.rstrip("/").rpartition("/")[2])):
                parent = lists.get(_parent(link.url))
                if parent is not None and _headline_slug(link):
                    # (a headline's words in its address and its text: one of the list's
                    # items, /comunicati-stampa/chiusura-temporanea-sp-23-val-ferrera)
                    out[i] = LinkClass(link.url, ARTICLE, "a headline's slug under the list "
                                       f"{urlsplit(parent.url).path}", link.text, link.anchor)
                elif parent is not None:
                    out[i] = LinkClass(link.url, LIST, "a subsection of the list "
                                       f"{urlsplit(parent.url).path}", link.text, link.anchor)
                    lists[_node(link.url)] = out[i]
                    changed = True
    return out


#: The share of the page's links to its own site under one folder of its address that makes
#: that folder the home of a site within the site (a county office's pages under
#: ``/hu/somogy/``, its menu included).
SUBSITE_SHARE = 0.5
#: The fewest homes of sister sites a switcher lists side by side.
MIN_SISTER_SITES = 5


def _sister_sites(links: list[LinkClass], own: str, domains: list[str],
                  exact: bool) -> list[LinkClass]:
    """The homes of the page's site within the site and of its sisters: when most of the
    page's links to its site sit under one folder of its own address (``/hu/somogy/`` of
    ``/hu/somogy/hirek``), that folder is a site's home, a list, and so is each address of
    its kind (``/hu/baranya``, ``/hu/zala``) listed beside it in one menu of
    :data:`MIN_SISTER_SITES` or more: a switcher between the offices, regions or editions
    that share the portal."""
    path = urlsplit(own).path
    segments = [s for s in path.split("/") if s]
    on_site = [lk for lk in links if _on_site(urlsplit(lk.url).hostname or "", domains, exact)]
    if len(segments) < 3 or not on_site:
        return links
    home = None
    for depth in range(len(segments) - 1, 1, -1):
        folder = "/" + "/".join(segments[:depth])
        under = sum(1 for lk in on_site
                    if (urlsplit(lk.url).path + "/").startswith(folder + "/"))
        if under >= SUBSITE_SHARE * len(on_site):
            home = folder
            break
    if home is None:
        return links
    parent = home.rpartition("/")[0]
    at_home = [lk for lk in on_site if urlsplit(lk.url).path.rstrip("/") == home
               and not urlsplit(lk.url).query and lk.anchor is not None]
    for link in at_home:
        menu = link.anchor.getparent()
        while menu is not None and menu.tag not in ("ul", "ol", "nav", "select"):
            menu = menu.getparent()
        if menu is None:
            continue
        anchors = {id(a) for a in menu.iter("a", "option")}
        beside = [lk for lk in on_site if lk.anchor is not None and id(lk.anchor) in anchors]
        sisters = [lk for lk in beside if not urlsplit(lk.url).query
                   and urlsplit(lk.url).path.rstrip("/").rpartition("/")[0] == parent]
        if len(sisters) >= MIN_SISTER_SITES and len(sisters) == len(beside):
            homes = {lk.url for lk in sisters}
            return [LinkClass(lk.url, LIST, f"a sister site's home beside {home}", lk.text,
                              lk.anchor) if lk.url in homes else lk for lk in links]
    return links


#: The fewest words of a slug and of its link's text that make a headline's (a section's name
#: has fewer: "Textes législatifs et réglementaires", /bildung-kultus-wissenschaft-kunst-2/).
MIN_HEADLINE_SLUG = 5


def _headline_slug(link: LinkClass) -> bool:
    return (_slug_words(link.url) >= MIN_HEADLINE_SLUG
            and len(WORD.findall(link.text)) >= MIN_HEADLINE_SLUG)


def _slug_words(url: str) -> int:
    """Words of the address's last segment when it is a slug in a folder
    (``/en/topic/culture/dont-post-talk``: 3)."""
    folder, _, last = urlsplit(url).path.rstrip("/").rpartition("/")
    if not re.sub(r"^/[a-z]{2}(?:-[a-z]{2,4})?(?=/|$)", "", folder, flags=re.I):
        return 0  # at the top of the site or an edition: a section's name, not a teaser's
    last = re.sub(r"(?:~[a-z0-9]{4,})?(?:\.s?html?)?$", "", _letters_of(unquote(last)))
    if not re.fullmatch(r"[^\W_]+(?:-[^\W_]+)+|[^\W_]+(?:_[^\W_]+)+" + _UNDERSCORE_SLUG_ID,
                        last):
        return 0
    return sum(1 for w in re.split(r"[-_]", last) if not w.isdigit())


#: PHP's front controller before the path it serves (Joomla's /index.php/en/news).
_FRONT_CONTROLLER = re.compile(r"^/index\.php(?=/.)", re.I)


def _is_edition(path: str) -> bool:
    """``/en/``, ``/pt-br``, ``/de.html``, ``/espanol``: an edition's home by a language code
    or a language's own name (also behind Joomla's front controller: ``/index.php/en/``)."""
    path = _FRONT_CONTROLLER.sub("", path)
    if _EDITION_NAME.match(path):
        return True
    match = _EDITION_SHAPE.match(path)
    return bool(match) and match.group(1).lower() in _LANGUAGES


def _any_edition(url: str) -> str:
    """The address with its language segments (``/de/``, ``/fr/``, ``/pt-br/``) wildcarded:
    the editions of one page share it."""
    parts = urlsplit(url)
    path = re.sub(r"(?<=/)[a-z]{2}(?:-[a-z]{2,4})?(?=/)", "*", parts.path, flags=re.I)
    return f"{parts.netloc.lower().removeprefix('www.')}{path}?{parts.query}"


#: A language's folder opening an address: /fr/, /pt-br/, /zh-hans/.
_EDITION_FOLDER = re.compile(r"^/[a-z]{2}(?:-[a-z]{2,4})?/", re.I)


def _translation(link: _Link) -> bool:
    """*link* is a language switch (its text a language's name or code) to a slug of
    several words in that language's folder: an item's address in that edition."""
    text = link.text
    return _names_language(text) and bool(_EDITION_FOLDER.match(urlsplit(link.url).path)) and (
        _slug_words(link.url) >= 3)


def _same_folder_in_edition(url: str, own: str) -> bool:
    """*url* is in another language edition's folder than *own* (``/En/…`` beside ``/Ar/…``)
    and, that folder aside, in the same folder: the page's own address there."""
    a, b = urlsplit(url).path, urlsplit(own).path
    ea, eb = _EDITION_FOLDER.match(a), _EDITION_FOLDER.match(b)
    if not ea or not eb or ea.group(0).lower() == eb.group(0).lower():
        return False
    folder_a, _, name_a = a[ea.end():].rstrip("/").rpartition("/")
    folder_b, _, name_b = b[eb.end():].rstrip("/").rpartition("/")
    return bool(folder_a and name_a and name_b) and folder_a.lower() == folder_b.lower()


def _names_language(text: str) -> bool:
    """*text* is a language switch's: a language's own name or its code."""
    return bool(text) and bool(_LANGUAGE_NAME.match(text) or text.lower() in _LANGUAGES)


def _stem(path: str) -> str:
    return re.sub(r"(_\d+)?\.\w+$", "", path)


def _decide(link: _Link, domains: list[str], exact: bool, templates: Counter[str],
            headline_templates: Counter[str], page_stem: str,
            own_template: str = "", *, columns: bool = True) -> tuple[str, str]:
    parts = urlsplit(link.url)
    host = parts.hostname or ""
    text = link.text
    places = link.places
    shown = f" '{text[:40]}'" if text else ""
    if not _on_site(host, domains, exact):
        return OTHER, f"off-site host {host}"
    if file := _FILE.search(parts.path):
        return OTHER, f"a file (.{(file.group(1) or 'document').lower()}), not a page"
    if text and _FILE_TEXT.search(text):
        return OTHER, "a file, by its text (its type in brackets)"
    # (a referral's marker is no switch: WeChat's ?wxshare=1)
    query = parse_qsl(_without_referral(parts.query), keep_blank_values=True)
    query_keys = [k for k, _ in query]
    # (Joomla routes its content by "view": view=article is an item, not a display switch)
    # (nor is SharePoint's View={GUID}: the list's view, paged by PageFirstRow)
    # (a list's page by its number may carry its sort order: "?pageNumString=2&sort=…")
    # (a list's sort order left blank, "q_sortName=&q_sortOrder=", is the board's state
    # carried along, no switch)
    widgets = [k.lower() for k, v in query
               if _WIDGET_PARAM.search(k) and not (k.lower() == "view" and (
                   v.lower() in _CONTENT_VIEWS or v.startswith("{")))
               and (v or "sort" not in k.lower())]
    shape = classify_url(link.url)
    if widgets and not _PAGE_NUMBER.search(parts.query) and not (
            # (a list's address shown another way is that list: articleList.html?
            # sc_section_code=S1N1&view_type=sm)
            all("view" in k for k in widgets) and shape and shape[0] == LIST):
        return OTHER, "a page-widget switch in the query"
    strong_article = shape is not None and shape[0] == ARTICLE
    # a pager sits in the content: a link it holds that is not a pager link is judged there
    in_content = "content" in places or not places - {"pager"}
    pager_text = (_pager_word(text)
                  and not MORE_TEXT.search(text)
                  # 首页 / first is also "home": a pager word only inside a pager
                  and ("pager" in places or not AMBIGUOUS_PAGER.match(text)))
    if (own_template and _neighbour_link(link.anchor)
            and address_template(link.url) == own_template):
        return ARTICLE, "the previous or next item of an article page, by its label"
    if (own_template and text and ADJACENT.match(text)
            and address_template(link.url) == own_template):
        # (its text names an item, "→ الخبر السابق", though its word is a pager's too)
        return ARTICLE, f"the previous or next article{shown}"
    if "pager" in places or pager_text:
        if page_stem and _stem(parts.path) == page_stem and (strong_article or pager_text):
            return ARTICLE, f"the article's own page link{shown}"
        if not strong_article and not link.headline:
            return LIST, f"pager link{shown}"
    if text and ADJACENT.match(text) and not _SITE_PAGE_URL.search(parts.path):
        return ARTICLE, f"the previous or next article{shown}"
    if text and _ORIGINAL_TEXT.match(text):
        # the original document beside its interpretation in a list's row ("《…》政策解读
        # [原文]"): a document's page too
        return ARTICLE, "the original document beside its interpretation"
    if text and _COMPANION_TEXT.match(text) and _NUMBERED_FILE.search(parts.path):
        # ... and the interpretations beside a document ("图解", "视频解读"), each at an
        # item's numbered page (a column of them is named so too, at its folder's index)
        return ARTICLE, "an interpretation beside its document, at an item's page"
    if text and SITE_WORDS.match(text) and not (
            shape and shape[1] == _TERM_ARCHIVE and _TAG_FOLDER.search(parts.path)):
        # (not a tag's list by its address: a news agency's tag "Accesibilidad",
        # /etiquetas/accesibilidad; a category's page is as often a site page)
        return OTHER, f"site page{shown}"
    footer_only = "footer" in places and not in_content
    # a Chinese title ending in 指南 or 简介 is a guide or a profile however long it is; a
    # service named in the footer is one even on an article's address
    # (a short name beats an article's address too: a CMS serves 历史沿革 or 白鹤概况 from its
    # dated article template)
    if text and _MOBILE_EDITION.match(text) and (
            parts.path.endswith("/") or _INDEX_PAGE.search(parts.path)
            or parts.path.rstrip("/").endswith("mindex")):
        return LIST, f"the mobile edition's home{shown}"
    if any(k.lower() in ("rss", "atom") and v in ("1", "true", "") for k, v in query):
        return OTHER, "a feed by its query"
    if any(k.lower() in ("ical", "ics", "outlook-ical") for k, _ in query):
        return OTHER, "a calendar's export by its query"
    if any(k.lower() in ("format", "type", "feed") and v.lower() in ("feed", "rss", "atom")
           for k, v in query):
        return OTHER, "a feed by its query"
    if text and _static_name(text, title=link.headline) and (
            footer_only or not strong_article or not link.headline and CJK.search(text)
            or GUIDE_HEAD.search(text)):
        return OTHER, f"static page or site service{shown}"
    if _SEARCH_URL.search(parts.path) and not strong_article and not (
            # (a word of a headline's slug: "/story/la-police-recherche-un-conducteur-…")
            _slug_words(link.url) >= 4
            and not _SEARCH_URL.search(parts.path.rstrip("/").rpartition("/")[0])):
        # (/search-and-rescue-station)
        if _SEARCH_FACET.search(parts.path):
            return LIST, "a search page of one kind of document (a finder)"
        # results: a search term or filter in the query, or a form named for a list of
        # news (a CMS's press-release search); a form alone, or one only told which menu
        # node or mode to show, is a form
        terms = [k for k in query_keys if k.lower() not in _SEARCH_UI_KEYS]
        fields = [k for k in terms if k.lower() not in _SEARCH_ENGINE_KEYS | _FREE_TEXT_KEYS]
        if terms and not fields:
            return OTHER, "a search for words (the site's search)"
        if terms:
            return LIST, "search results by address (a list)"
        if _names_list(text) or _LIST_FOLDER.search(parts.path):
            return LIST, f"the search form of a list{shown}"
        return OTHER, "a search form"
    if JOB_OR_TENDER_FILE.search(parts.path):
        return OTHER, "a job or tender notice by its file"
    if JOB_OR_TENDER_LIST.search(_INDEX_PAGE.sub("", parts.path)) and not parts.query:
        return OTHER, "the list of jobs or tenders by its address"
    if text and (JOB_OR_TENDER_TITLE.match(_READ_MORE_LEAD.sub("", text))
                 or JOB_GENDER_MARKS.search(text)) and not (shape is not None
                                                            and shape[0] == LIST):
        return OTHER, f"a job or tender notice by its headline{shown}"
    if text and CN_JOB_OR_TENDER.search(fold_hant(text)) and not (
            shape is not None and shape[0] == LIST):
        return OTHER, f"a job's or a tender's notice or their list by its name{shown}"
    if text and KO_JOB_OR_TENDER.match(text):
        return OTHER, f"a board of jobs or tenders by its name{shown}"
    if _SPECIAL_FOLDER.search(parts.path):
        return LIST, "a special's page by its address"
    if _NUMBERED_PAGE.match(parts.path) and not parts.query:
        # a page of a CMS that numbers every page (CivicPlus: /157/Message-from-the-Sheriff):
        # its name alone says whether it lists anything, never a slug's words or its place
        if _names_list(text):
            return LIST, f"a numbered page named like a list{shown}"
        return OTHER, "a numbered page by its address"
    if _GUIDE_FOLDER.search(parts.path) and not _names_list(text):
        return OTHER, "a service guide by its folder"
    if _ORG_FOLDER.search(parts.path) and not (shape is not None and shape[0] == LIST):
        return OTHER, "a page about the body by its folder"
    if (_ORG_PAGE.search(parts.path) and not strong_article and not link.dated
            and not parts.query and not _names_list(text)):
        if _NEWSROOM_HOST.match(parts.hostname or ""):
            # a newsroom's own site lists each ministry's releases there: /ministries/health/
            return LIST, "a department's releases on a newsroom's own site"
        return OTHER, "a department's page by its address"
    job = JOB_OR_TENDER.search(parts.path)
    # (not an article filed under a careers section by its number: a magazine's
    # /<slug>/careers/article/1912833, advice on a career)
    if job and not _INDEX_PAGE.search(parts.path) and not _FILED_ARTICLE.search(parts.path) and (
            # (not the folder's own page: /Ausschreibungen/ausschreibungen.html)
            _stem(job.group(2).strip("/")).removesuffix("_node").lower() != job.group(1).lower()):
        return OTHER, "a job or tender notice by its address"
    site = _SITE_PAGE_URL.search(parts.path)
    if (site and not strong_article
            # ("…-on-data-privacy-bill": a headline's slug, not the privacy page; nor in a
            # slug's folder before the item's id, /<…-ukraine-hilfe>/100037982.html)
            and len(re.split(r"[-_]", parts.path.rstrip("/").rpartition("/")[2])) <= 3
            and len(re.split(r"[-_]", _segment_at(parts.path, site.start(1)))) <= 3):
        return OTHER, "site page by its address"
    service = _SERVICES_FOLDER.match(parts.path)
    if (service and not strong_article
            and not _address_names_list(parts.path) and not _names_list(text)
            # (a press office's item two levels or more under a folder named for a list,
            # under the service folder: /de/service/presse-und-oeffentlichkeitsarbeit/
            # pressemitteilung/pid/<slug>/; its page, /service/presse-2/pressestellen-…/,
            # is the service's)
            and not any(_names_list(part.replace("-", " "))
                        for part in [p for p in parts.path[service.end():].split("/") if p][:-2])
            # (a notice by its id there is dated news: RoadClosureItem.aspx?ItemID=889)
            and not _ITEM_ID.search(parts.query)
            and _weak_article("/?" + parts.query) != "document id in the query"):
        return OTHER, "a service's page by its address"
    if _FORM_URL.search(parts.path) and not strong_article:
        return OTHER, "a survey's or a poll's form by its address"
    if _EVENT_FORM_PAGE.search(parts.path):
        return OTHER, "the form that proposes an event"
    if (shape == (ARTICLE, _ALBUM_ITEM) and not link.headline and _names_list(text)
            and _spells(text, parts.path)):
        # (/galerija/vaizdo-irasai, "Vaizdo įrašai": the gallery's videos, not one album;
        # "Ver galería de fotos" on an album's address is that album)
        return LIST, f"a gallery's section named like a list{shown}"
    if (shape is not None and shape[1] == _CATEGORY_ID and _SECTION_PAGE.search(parts.path)
            and not parts.query
            and text and not _names_list(text) and not CJK.search(text)):
        # a CMS that makes every section a category (SiteFactory's Category_296/Index.aspx:
        # "Leadership", "Investment Guide" as well as "News"): its name tells, as a numbered
        # page's does; a Chinese portal's columns are lists whatever their names
        return OTHER, f"a section's page by its number, not named like a list{shown}"
    if strong_article and (not footer_only or link.headline):
        return ARTICLE, shape[1] + (", headline text in the footer" if footer_only else "")
    if shape is not None and shape[0] == LIST and not (
            # (/work-reports/2024: a report; not a month's or a day's, /2025/03/14/ "Al het
            # nieuws van vandaag")
            # (and not a post by its number in the query, /2025/03/?p=61790)
            link.headline and shape[1] == _DATE_ARCHIVE and not (
                _MONTH_OR_DAY.search(parts.path) and not parts.query)):
        return LIST, shape[1]
    if _FIRST_PAGE.search(parts.path) and not parts.query:
        # (a VSB or a static portal's list pages are files named by their number, the first
        # or the last one "1.htm": 40 such links of the sets, every one a list)
        return LIST, "a list's page by its number"
    if text and _MONTH_TEXT.match(text):
        # (named by its month, its count of items perhaps after it: "maio 2024 (41)",
        # "2024年5月", "12月" under its year's heading; so were 642 links of the sets, every
        # one a list)
        return LIST, f"a month's archive by its name{shown}"
    if text and _YEAR_TEXT.match(text):
        # (so were 2,161 links of the sets named by a year alone and not decided before,
        # every one a list: a year's press releases, "2023年" beside "2024年")
        return LIST, f"a year's archive by its name{shown}"
    if _is_edition(parts.path) and not parts.query:
        return LIST, "an edition's home page"
    if _HOME.match(parts.path) and not parts.query:
        return LIST, "a home page"
    if text and (every := ALL_OF.match(text)) and _names_list(every.group(1)):
        return LIST, f"'all …' link{shown}"
    opens = MORE_START.match(text) if text else None
    if text and (MORE_TEXT.search(text) and not link.headline
                 or opens and _names_list(text[opens.end():])):
        teaser = _teaser_of(link.anchor, text)
        if teaser is None and not _names_list(text[opens.end():] if opens else "") and (
                not parts.path.endswith("/")) and not _ARCHIVE_WORD.search(text) and (
                _weak_article(link.url) not in (None, "slug of many words",
                                                "document id in the query")):
            # (a card's "Read more" under its linked headline: the item's address, /node/12047;
            # not a folder's, /xwzx/002001/, a column by its number)
            return ARTICLE, f"'more' link at an item's address{shown}"
        if teaser is None or _names_list(teaser):
            return LIST, f"'more' link{shown}"
        folder = parts.path.rstrip("/").rpartition("/")[0]
        if (_weak_article(link.url) not in (None, "slug of many words")
                or _slug_words(link.url) >= 3 and folder and _address_names_list(folder + "/")):
            # (the teaser's item at an item's address: /news/governor-flags-off-ambulances)
            return ARTICLE, f"the 'more' link of one teaser '{teaser[:40]}' at an item's address"
        return OTHER, f"the 'more' link of one teaser '{teaser[:40]}'"
    if "crumb" in places and not in_content:
        return LIST, "breadcrumb step"
    # a language switch on a page that is no article: this page in another language, or
    # that edition's home (an article page's switch is judged before: the article itself)
    if not page_stem and _names_language(text):
        if not parts.query and _INFO_SLUG.search(parts.path.rstrip("/").rpartition("/")[2]):
            # (a page about the place for those who read that language, "Information in
            # English", "Gaelic language plan": no edition of the site; a switch script,
            # /c/portal/update_language?languageId=…, is one)
            return OTHER, f"a page of information in another language{shown}"
        if (_weak_article(link.url) or in_content and not _INDEX_PAGE.search(parts.path)) and (
                templates[address_template(link.url)] >= 3):
            # one such link a row, to items of one address template (a release list's
            # "Français" beside each release, "中文" beside each /eng/ppr/archives/24032801.htm):
            # each item in the other language
            return ARTICLE, f"an item in another language, one of many alike{shown}"
        return LIST, f"the page in another language{shown}"
    # a teaser's name, not its description, names it (a heading inside the anchor, a title)
    # (a Chinese name of a list is short: sixteen ideographs or more are an item's headline,
    # "《…行动方案（2024—2026年）》解读", whatever word ends it)
    names = [t for t in (text, *link.leads) if len(t) <= 60 and len(CJK.findall(t)) < 16]
    names_list = any(_names_list(t) for t in names)
    # (a CJK name of a list may read as long as a headline: "記者発表資料一覧", twelve
    # ideographs or fewer ending in a list's word)
    listy = names_list and (not link.headline or bool(_CJK_LIST_END.search(text))
                            and len(text) <= 12)
    menu_listy = names_list
    column = columns and bool(_COLUMN_FOLDER.match(parts.path.rsplit("/", 1)[0] + "/")) and (
        _INDEX_PAGE.search(parts.path) or parts.path.endswith("/")
        or bool(_COLUMN_PAGE.search(parts.path))) and bool(CJK.search(text))
    weak = _weak_article(link.url)
    template = address_template(link.url)
    siblings = templates[template]
    if not in_content:
        where = "footer" if footer_only else "menu"
        # a mega menu that shows the latest items: ids, headlines, dates or many alike
        if (weak and weak != "slug of many words" and link.headline
                and (link.dated or headline_templates[template] >= 4
                     # (an id and a headline's slug is one item wherever it is linked from:
                     # Joomla's /media-centre/press-statements/435-notice-to-…, and so is
                     # WordPress's post by its number, /?p=4540; its pages are ?page_id=)
                     or weak in ("an id and a slug", _SLUG_MOMENT)
                     or _WP_POST.search(parts.query))):
            return ARTICLE, f"{weak} with a headline text in a news box of the {where}"
        if (link.headline and _is_event_item(parts) and not _names_list(text)
                and not _static_name(text)):
            # (a sidebar's upcoming events: /events/eventdetail/318/-/stakeholder-workshop)
            return ARTICLE, f"an event's page by its address in a box of the {where}"
        if column:
            return LIST, f"column folder in the {where}"
        if menu_listy:
            return LIST, f"{where} entry named like a list{shown}"
        if _INDEX_PAGE.search(parts.path) and names_list:
            return LIST, f"index page in the {where}"
        if _address_names_list(parts.path):
            return LIST, f"{where} entry whose address names a list"
        if _TOPIC_HUB.search(parts.path) and not link.headline:
            return LIST, f"{where} entry under a topic folder"
        if _SECTION_FOLDER.search(parts.path) and not link.headline:
            return LIST, f"{where} entry under the folder of sections"
        if _SPECIAL_TOPIC.search(parts.path):
            return LIST, f"{where} entry: a topic's column"
        menu_kind = _menu_item_kind(link.anchor)
        if menu_kind:
            return menu_kind, f"{where} entry the CMS marks as a {menu_kind}"
        if _NEWSROOM_HOST.match(host) and not footer_only:
            # a newsroom's own site holds news and its lists: its menu names their filters
            # (news.gov.bc.ca's /ministries/health/, /sectors/economy/)
            return LIST, "menu entry of a newsroom's own site"
        if (link.headline and _slug_words(link.url) >= 3 and not parts.query
                and _UNDER_YEAR.search(parts.path)):
            # (a side menu of the section's latest items: a headline at a slug under the
            # year's folder, /Communiques-de-presse/2026/Plan-grand-froid-activation-…)
            return ARTICLE, f"a headline at a slug under a year's folder in the {where}"
        return OTHER, f"{where} entry without list evidence"
    if link.prose and not link.dated:
        weak = _weak_article(link.url)
        if weak is not None and weak != "slug of many words":
            # (an item's id in its address holds in a sentence too: "… έδειξαν αύξηση 6%"
            # to /news/economy/article/2251790/<slug>.html; a slug alone is as often a
            # service's page)
            return ARTICLE, f"a link in running text to an item's address ({weak})"
        return OTHER, "a link in running text"
    if (not strong_article and not link.headline and link.taxonomy
            # (a record's id in the query is a category's too: default.aspx?id=1031)
            and weak in (None, "document id in the query")):
        return LIST, "an item's category or tag"
    # an event's page is an item of the calendar, whose name is often short ("Raadsvergadering")
    if text and _is_event_item(parts) and not _names_list(text) and not _static_name(text):
        return ARTICLE, "an event's page by its address"
    if link.dated and _SPECIAL_TOPIC.search(parts.path) and not weak:
        # a special topic's column dated in a list beside the news (【专题】2025年…宣传月)
        return LIST, "a topic's column, dated in a list"
    if link.dated and (link.headline or weak):
        return ARTICLE, "dated row of a list" + (f" ({weak})" if weak else "")
    if text and _NUMBERED_ITEM.search(text) and LIST_WORDS.search(text):
        return ARTICLE, f"one release by its kind and number{shown}"
    if _DOSSIER_PAGE.search(parts.path):
        # (in the page's content, however long its name: in a menu, a ministry's dossiers
        # are as often static overviews, 47 of 48 in the written sets)
        return LIST, "a dossier's page under the folder of dossiers"
    # (a section's numbered page under a short name is judged by the evidence below: a
    # town's static pages are numbered as its news are, /objava/400105 "O županu")
    if weak and (link.headline or siblings >= 4 and weak != _SECTION_NUMBER) and not (
            # (a list by its record's id under the list's name: Default.aspx?ID=33,
            # "Fotogalerie", judged by the name below)
            weak == "document id in the query" and listy and not find_dates(text, limit=1)):
        if (weak == "document id in the query" and not link.headline
                and not find_dates(text, limit=1)):
            # of many links alike, an id in the query under a short name is a service's or
            # a static page's record more often than an item (政务服务地图, "Healthcare",
            # 领导分工: 20 of 31 such links in the written sets)
            return OTHER, f"a record by its id under a short name, one of {siblings} alike"
        return ARTICLE, f"{weak}" + (" with a headline text" if link.headline
                                     else f", one of {siblings} alike")
    slugs = headline_templates[f"slugs:{template}"]
    if slugs >= 4 and _slug_words(link.url) >= 3 and not link.prose and not (
            _names_list(text) and len(WORD.findall(text)) <= 3):  # ("Communiqués de presse")
        return ARTICLE, f"one of {slugs} slug addresses of one folder in the content"
    if (siblings >= 4 and headline_templates[template] * 2 >= siblings
            and (link.headline or not text or _FULL_TEXT.match(text))):
        return ARTICLE, f"one of {siblings} links of one address template with headline texts"
    if _INDEX_PAGE.search(parts.path) and _ITEM_FOLDER.search(parts.path):
        # an item's own folder, named by the moment it was filed (/zcjd/20240314111243507/
        # index.shtml): a column's folder has a name or a short number
        return ARTICLE, "an item's own folder, named by the moment it was filed"
    if (_INDEX_PAGE.search(parts.path) and not _ITEM_ID.search(parts.query)
            and "pageid=" not in parts.query  # (a page named by its number: see _page_id_paths)
            # (nor a bare number for the query, index.php?2806731260=: the page's own id)
            and not re.match(_BARE_NUMBER, parts.query)
            # (SharePoint serves every page of a folder, its services' and profiles' too,
            # as /<folder>/Pages/default.aspx: that name says no more than the folder's)
            and not _SHAREPOINT_HOME.search(parts.path)):
        # (a CMS that serves everything from index.php names its object in the query:
        # ?FID=2741.301.1&ModID=9 is a page, not the index)
        return LIST, "index page"
    if column:
        return LIST, "column folder"
    # a slug of a few words in a folder named for a list (/photos/independence-day-parade/,
    # /fr/actualites/bilan-de-la-saison-de-chasse) is one of its items
    folder = parts.path.rstrip("/").rpartition("/")[0]
    if (_slug_words(link.url) >= 3 and folder and _address_names_list(folder + "/")
            and len(WORD.findall(text)) >= 2
            # (not a sub-list: "Galería de fotos", /sala-de-prensa/discursos-y-entrevistas)
            and not _names_list(text) and not _address_names_list(parts.path)
            and not any(_names_list(w) for w in re.split(r"[-_]", parts.path.rstrip("/")
                                                             .rpartition("/")[2]))):
        return ARTICLE, f"a slug in the list folder {folder}/"
    if listy and len(text) <= 40:
        return LIST, f"link named like a list{shown}"
    if (_address_names_list(parts.path) and not link.headline
            and weak != "document id in the query"):  # (galerii.php?album=215: one album)
        return LIST, "its address names a list"
    if _TOPIC_HUB.search(parts.path) and not link.headline:
        return LIST, "a topic folder's page"
    if _SECTION_FOLDER.search(parts.path) and not link.headline:
        return LIST, "a section under the folder of sections"
    if _TEMA_PAGE.search(parts.path):
        # (in the page's content: a menu's topics are as often static pages, /no/tema/
        # arbeidsliv/id210/; 38 of the sets' links so placed were all lists)
        return LIST, "a topic's page under the folder of topics"
    if _SPECIAL_TOPIC.search(parts.path):
        return LIST, "a topic's column"
    if CN_DOCUMENT.search(text):
        return ARTICLE, "a document by its name"
    # (a folder or a page under the year: /industry-advice/2024/24-112; not its index)
    if link.headline and re.search(rf"/{_Y}/(?:[^/]+/|(?!index\b)[^/.]+(?:\.\w+)?$)",
                                   parts.path):
        return ARTICLE, "a headline under a year's folder"
    return OTHER, "no article or list evidence"


# ---------------------------------------------------------------- fetched pages

#: An article's own text: fewer characters than this and it is a teaser, a stub or a list.
MIN_OWN_TEXT = 150


def own_text(body: str | None, link_texts: Iterable[str]) -> tuple[int, int]:
    """``(body characters, own characters)`` of an extracted *body*: a paragraph mostly made of
    one of *link_texts* (a list's row: the link, its date, a bullet) is not the page's own
    text. Whitespace is not counted."""
    texts = [t for t in {re.sub(r"\s+", "", t) for t in link_texts} if len(t) >= 4]
    body_chars = own = 0
    for para in (body or "").split("\n\n"):
        flat = re.sub(r"\s+", "", para)
        body_chars += len(flat)
        if not any(t in flat and 2 * len(t) >= len(flat) for t in texts):
            own += len(flat)
    return body_chars, own


def page_kind(page: str | bytes | Selector, url: str | None = None, *,
              links: list[LinkClass] | None = None, fields: Any = None) -> PageKind:
    """What a fetched page is. An article: :func:`newscrawler.extract.extract_article` finds a
    title, a publication date and a body of its own (at least :data:`MIN_OWN_TEXT` characters
    beyond the texts of the page's article links that the body repeats). A list: at least five
    article links. Anything else is other. *links* (from :func:`classify_links`) and *fields*
    (from ``extract_article``, as the crawl extracted them) save a second pass."""
    sel = as_selector(page)
    if fields is None:
        fields = extract_article(sel, url)
    if links is None:
        links = classify_links(sel, url or "http://localhost/")
    articles = [lk for lk in links if lk.kind == ARTICLE]
    body, own = own_text(fields.body, (lk.text for lk in articles))
    if fields.title and fields.published_at and own >= MIN_OWN_TEXT:
        return PageKind(ARTICLE, f"headline, date {fields.published_at} and {body} characters "
                                 "of body", fields.title, fields.published_at)
    if len(articles) >= 5:
        return PageKind(LIST, f"{len(articles)} article links", fields.title)
    missing = [n for n, v in (("headline", fields.title), ("date", fields.published_at)) if not v]
    if own < MIN_OWN_TEXT:
        missing.append("body")
    return PageKind(OTHER, f"no {', '.join(missing)} and only {len(articles)} article links",
                    fields.title, fields.published_at)


def is_home_page(url: str) -> bool:
    """The site's or an edition's home page (``/``, ``/en/``, ``/index.html``,
    ``/DE/Home/home_node.html``): a portal's front, never one article, whatever it shows."""
    parts = urlsplit(url)
    path = parts.path or "/"
    return not parts.query and (path == "/" or _is_edition(path) or bool(_HOME.match(path)))


def is_article_page(page: str | bytes | Selector, url: str | None = None) -> bool:
    """True when :func:`page_kind` says article."""
    return page_kind(page, url).kind == ARTICLE


def iter_kinds(links: Iterable[LinkClass], kind: str) -> Iterator[str]:
    """The URLs of *links* of one class."""
    return (lk.url for lk in links if lk.kind == kind)

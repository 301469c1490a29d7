"""List pages whose items or pager are written by a script, read without running it.

The two CMSs behind most Chinese government portals do not put everything in the markup:

- **Hanweb** (大汉, ``/col/col1229/index.html`` channels) ships a channel's newest items
  inside ``<script type="text/xml"><datastore>...<recordset><record><![CDATA[<li><a
  href="/art/2024/5/28/art_1229_123.html">...</a></li>]]></record>...``, which the browser's
  script turns into the list. An HTML parser sees one script and no link.
  :func:`unfold_records` puts the records' markup in the page. Its further items come from
  the channel's data proxy (the ``dataproxy.jsp`` the datastore's ``<nextgroup>`` names),
  asked for a range of records (``?startrecord=46&endrecord=90&perpage=15&columnid=...``);
  it answers with a datastore of its own. :func:`proxy_pages` gives the next range.
- **TRS** (拓尔思, ``index.html``, ``index_1.html`` ... pages) prints its pager with
  ``createPageHTML(25, 0, "index", "html")``: 25 pages named ``index``, ``index_1`` ... .
  :func:`script_pages` gives the next one.

Both are pure functions of the page's text, like the rest of the link reading.

>>> script_pages('<script>createPageHTML(3, 0, "index", "html");</script>',
...              "https://www.example.gov.cn/xwzx/index.html")
['https://www.example.gov.cn/xwzx/index_1.html']
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

__all__ = ["is_data_proxy", "listing", "proxy_form", "proxy_pages", "script_pages",
           "unfold_records"]

_XML_SCRIPT = re.compile(r"<script[^>]*type\s*=\s*[\"']?text/xml[\"']?[^>]*>(.*?)</script>",
                         re.IGNORECASE | re.DOTALL)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.DOTALL)
# a data proxy's answer is the datastore alone, not inside a script
_DATASTORE = re.compile(r"<datastore\b.*?</datastore>", re.IGNORECASE | re.DOTALL)
_NEXT_GROUP = re.compile(
    r"<nextgroup>\s*<!\[CDATA\[\s*<a\s[^>]*href\s*=\s*[\"']([^\"']*dataproxy\.jsp[^\"']*)",
    re.IGNORECASE)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)|\btotalRecord\s*[:=]\s*['\"]?(\d+)", re.IGNORECASE)
_PER_PAGE = re.compile(r"\bperPage\s*[:=]\s*['\"]?(\d+)", re.IGNORECASE)
#: Most records asked of a data proxy at once (a page's datastore carries 15 to 60).
MAX_GROUP = 200
# createPageHTML(25, 0, "index", "html") or createPageHTML("page_div", 25, 1, "index", "html",
# 480); the numbers may be variables set just before (var countPage = 25)
_PAGER = re.compile(
    r"createPageHTML\s*\(\s*(?:[\"'][\w-]*[\"']\s*,\s*)?(?P<count>\w+)\s*,\s*\w+\s*,\s*"
    r"[\"'](?P<prefix>[\w-]+)[\"']\s*,\s*[\"'](?P<ext>s?html?|jsp|php|aspx?)[\"']")
#: More pages than this in one pager is not a list's pager (a typo, a counter).
MAX_PAGES = 10_000


def listing(text: str, selector: Selector | None = None) -> tuple[Selector, bool]:
    """The page as its links are read, and whether records were unfolded into it: *selector*
    (or *text* parsed) unless the page carries datastore records, then *text* with them as
    markup (:func:`unfold_records`), parsed."""
    unfolded = unfold_records(text)
    if unfolded == text:
        return (selector if selector is not None else Selector(text=text, type="html")), False
    return Selector(text=unfolded, type="html"), True


def unfold_records(text: str) -> str:
    """*text* with the records of each ``<script type="text/xml">`` datastore put in its
    place as markup (``<div class="datastore">`` with the records' HTML); *text* itself when
    it has none.

    >>> unfold_records('<body><script type="text/xml"><datastore><recordset><record>'
    ...                '<![CDATA[<li><a href="/art/1.html">A</a></li>]]></record></recordset>'
    ...                '</datastore></script></body>')
    '<body><div class="datastore"><li><a href="/art/1.html">A</a></li></div></body>'
    """
    if "<datastore" not in text:
        return text  # the same object: no copy of a page without records

    def records(m: re.Match[str]) -> str:
        found = _RECORD.findall(m.group(m.lastindex or 0))
        if not found:
            return m.group(0)
        return '<div class="datastore">' + "".join(found) + "</div>"

    unfolded = _XML_SCRIPT.sub(records, text)
    if unfolded == text:  # a data proxy's answer: a datastore document
        unfolded = _DATASTORE.sub(records, text)
    return unfolded


def proxy_pages(text: str, url: str) -> list[str]:
    """The next range of records of a Hanweb channel, from its data proxy: after a channel
    page that carries the first *n* records (its datastore names the proxy in
    ``<nextgroup>``), records *n* + 1 to 2 *n*; after a proxy's answer that filled its range,
    the range after it. None when the records are all read: fewer came than were asked for,
    or the total the page states (``totalRecord``, ``<totalrecord>``) is reached.

    >>> page = ('<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/'
    ...         'jpage/dataproxy.jsp?page=1&webid=1&columnid=1229"></a>]]></nextgroup>'
    ...         '<recordset>' + '<record><![CDATA[<li>x</li>]]></record>' * 3 +
    ...         '</recordset></datastore></script>')
    >>> proxy_pages(page, "https://www.example.gov.cn/col/col1229/index.html")
    ['https://www.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=4&endrecord=6&perpage=3&webid=1&columnid=1229&col=1']
    """
    if "<datastore" not in text:
        return []
    records = len(_RECORD.findall(text))
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    total_m = _TOTAL.search(text)
    total = int(total_m.group(1) or total_m.group(2)) if total_m else None
    if parts.path.endswith("dataproxy.jsp") and "startrecord" in query:
        try:
            start, end = int(query["startrecord"]), int(query["endrecord"])
        except (KeyError, ValueError):
            return []
        group = end - start + 1
        if not 0 < group <= MAX_GROUP or records < group or (total is not None and end >= total):
            return []
        query.update(startrecord=str(end + 1), endrecord=str(end + group))
        return [urlunsplit(parts._replace(query=urlencode(query)))]
    m = _NEXT_GROUP.search(text)
    if m is None or not 0 < records <= MAX_GROUP or (total is not None and records >= total):
        return []
    proxy = urlsplit(urljoin(url, html.unescape(m.group(1))))
    params = [(k, v) for k, v in parse_qsl(proxy.query, keep_blank_values=True) if k != "page"]
    per_page = _PER_PAGE.search(text)
    ask = [("startrecord", str(records + 1)), ("endrecord", str(2 * records)),
           ("perpage", per_page.group(1) if per_page else str(records))]
    if "col" not in dict(params):
        params.append(("col", "1"))  # the pager script sends it with every request
    return [urlunsplit(proxy._replace(query=urlencode(ask + params)))]


#: What the pager script puts in a data proxy's address; the rest of it goes in the form.
_RANGE_KEYS = frozenset({"startrecord", "endrecord", "perpage"})


def is_data_proxy(url: str) -> bool:
    """*url* asks a Hanweb data proxy for a range of records."""
    return urlsplit(url).path.endswith("dataproxy.jsp")


def proxy_form(url: str) -> dict[str, str]:
    """The form Hanweb's pager script posts with a data proxy address *url*: the channel's
    parameters (``columnid``, ``webid``, ``unitid`` ...), everything but the range. The
    address keeps them too (a servlet reads a parameter from either), so the answer's
    address still names the channel and :func:`proxy_pages` can go on from it.

    >>> proxy_form("https://x.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=4&endrecord=6"
    ...            "&perpage=3&webid=1&columnid=1229&col=1")
    {'webid': '1', 'columnid': '1229', 'col': '1'}
    """
    return {k: v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)
            if k not in _RANGE_KEYS}


def script_pages(text: str, url: str) -> list[str]:
    """The next page of a TRS list whose pager is a ``createPageHTML`` call: ``index_1.html``
    after ``index.html``, ``index_3.html`` after ``index_2.html``; none on the last page.
    The page's own address says which page it is (the call's current-page number counts
    from 0 or from 1 depending on the template)."""
    m = _PAGER.search(text)
    if m is None:
        return []
    count = _number(m.group("count"), text)
    if count is None or not 1 < count <= MAX_PAGES:
        return []
    prefix, ext = m.group("prefix"), m.group("ext")
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    own = re.fullmatch(rf"{re.escape(prefix)}(?:_(\d+))?\.{re.escape(ext)}", last)
    if last and own is None:
        return []  # the call names other pages than this one: not this list's pager
    current = int(own.group(1)) if own and own.group(1) else 0
    if current + 1 >= count:
        return []
    return [urljoin(url, f"{prefix}_{current + 1}.{ext}")]


def _number(token: str, text: str) -> int | None:
    """*token* as a number, or the number a ``var token = N`` in *text* gives it."""
    if token.isdigit():
        return int(token)
    m = re.search(rf"\b{re.escape(token)}\s*=\s*(\d+)", text)
    return int(m.group(1)) if m else None

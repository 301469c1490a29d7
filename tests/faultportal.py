"""A portal of broken pages: every fault a government web server has shown us, one folder
each, served on 127.0.0.1 with a log of every request.

>>> with FaultPortal() as portal:
...     site = portal.site_file(tmp_path)        # a site config for the whole portal
...     portal.hits("/f/http500/")               # the requests that folder got, in order

Like Scrapy's own test server (``tests/mockserver/``: a resource per fault, such as a body
cut short, a dropped connection, a server that never answers), but a threaded
``http.server`` with raw access to the socket, so a fault can be anything a broken server
does on the wire: reset the connection, promise more bytes than it sends, trickle, hang,
send two ``Content-Type`` headers. The home page (``/`` and ``/index.html``) links every
fault's list page ``/f/<fault>/index.html``; a fault's list page links its articles
(``/f/<fault>/art_<n>.html``) unless the fault is in the list page itself.

``robots`` picks what ``/robots.txt`` does: ``"normal"`` (disallows ``/f/robots-block/``),
``"500"``, ``"404"``, ``"hang"`` or ``"huge"`` (6 MB; ``/f/robots-block/`` disallowed at the
top, ``/f/robots-late/`` only after the first 500 KiB). :meth:`heal` makes the faults that
are meant to pass by themselves (a server error that a later run finds fixed) pass.
"""

from __future__ import annotations

import gzip
import random
import socket
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

__all__ = ["FAULTS", "FaultPortal", "Hit", "article_title"]

MB = 1024 * 1024
#: The size of "huge" pages; the fault crawl's DOWNLOAD_MAXSIZE is 2 MB.
HUGE = 3 * MB
#: Pages of "endless" pagination a server offers (as far as a crawl without limits walks).
ENDLESS = 200
#: Links on the 20,000-link list, all to these few articles (tracking parameters, fragments).
BIG_LIST_LINKS, BIG_LIST_ARTICLES = 20_000, 20

SITE_TEMPLATE = """\
name = "{name}"
start_urls = [{start_urls}]
list_links = ['/f/[\\w-]+/(index(_\\d+)?|\\d{{4}}-\\d{{2}})\\.html$']
article_links = ['/f/[\\w-]+/(?:[\\w-]+/)*art_\\d+\\.html']
language = "en"
timezone = "Asia/Shanghai"
download_delay = 0
"""


@dataclass(frozen=True, slots=True)
class Hit:
    """One request the portal received."""

    path: str
    host: str
    at: float  # time.monotonic()


def article_title(fault: str, n: int) -> str:
    return f"Fault {fault}: article {n} on county road repairs"


def _paragraphs(fault: str, n: int) -> list[str]:
    return [f"The county transport bureau ({fault}, item {n}) said repairs on {k + 3} roads "
            f"will finish before the rainy season, and that {12 * (k + n) + 7} villages will "
            f"be connected to the provincial network by the end of the year." for k in range(3)]


def article_html(title: str, paragraphs: Iterable[str], *, head: str = "",
                 stamp: str = "2024-03-05 10:00") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            f"{escape(title)} - County Government</title>{head}</head><body>"
            f'<div class="header"><a href="/index.html">County Government</a></div>'
            f'<div class="article"><h1>{escape(title)}</h1><div class="info">{stamp} '
            f'Source: County Transport Bureau</div><div class="article-content">{body}</div>'
            f'</div><div class="footer">Copyright 2024 County Government</div></body></html>')


def _chinese_article(fault: str, n: int) -> str:
    title = f"县交通运输局推进农村公路建设（{fault}第{n}篇）"
    paras = [f"记者从县交通运输局获悉，今年全县将新改建农村公路20公里，惠及沿线300户群众，"
             f"目前各项工程进展顺利（{fault}，第{n}篇）。",
             "县交通运输局局长表示，将加强工程质量监管，确保汛期前完成路面硬化和安全防护"
             "设施建设，让群众出行更加便捷。",
             "据了解，全县农村公路总里程已达一千二百公里，建制村通硬化路率保持百分之百，"
             "城乡客运一体化发展水平进一步提升。"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f'<div class="title"><h1>{title}</h1></div><div class="info">发布时间：'
            f"2024-03-05 10:00 来源：县交通运输局</div><div id=\"zoom\">{body}</div>"
            f"</body></html>")


def _list_html(title: str, links: Iterable[str], *, head: str = "", extra: str = "") -> bytes:
    items = "".join(f'<li><a href="{escape(h, quote=True)}">{escape(h)}</a></li>'
                    for h in links)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            f"{escape(title)}</title>{head}</head><body><ul>{items}</ul>{extra}"
            f"</body></html>").encode()


# -- the faults --------------------------------------------------------------------------------

#: fault name -> (the links its list page shows, how it answers ``/f/<name>/<rest>``)
FAULTS: dict[str, tuple[tuple[str, ...], Callable[[Handler, str], None]]] = {}


#: Faults the home page does not link (a limits test starts a site there).
UNLISTED: set[str] = set()
#: Faults whose article the home page links directly (their folder has no list page).
LINKED_ARTICLE = frozenset({"robots-block", "robots-late"})


def fault(name: str, links: Iterable[str] = ("art_1.html",), *, listed: bool = True
          ) -> Callable:
    def register(serve: Callable[[Handler, str], None]) -> Callable[[Handler, str], None]:
        FAULTS[name] = (tuple(links), serve)
        if not listed:
            UNLISTED.add(name)
        return serve
    return register


def _page(fault: str, n: int = 1) -> bytes:
    return article_html(article_title(fault, n), _paragraphs(fault, n)).encode()


def _article(h: Handler, name: str, rest: str) -> None:
    n = int("".join(c for c in rest if c.isdigit()) or 0)
    # the port in the text: the same fault on two portals of one crawl is two articles
    paras = [*_paragraphs(name, n), f"Published by the county office at port {h.portal.port}."]
    h.send(200, article_html(article_title(name, n), paras).encode())


@fault("ok", links=("art_1.html", "art_2.html"))
def _ok(h: Handler, rest: str) -> None:
    _article(h, "ok", rest)


@fault("http500")
def _http500(h: Handler, rest: str) -> None:
    h.send(500, b"<html><body><h1>500 Internal Server Error</h1></body></html>")


@fault("http404")
def _http404(h: Handler, rest: str) -> None:
    h.send(404, b"<html><body><h1>404 Not Found</h1></body></html>")


@fault("http410")
def _http410(h: Handler, rest: str) -> None:
    h.send(410, b"<html><body><h1>410 Gone</h1></body></html>")


def _retry_after(h: Handler, name: str, rest: str, status: int, wait: float,
                 header: Callable[[float], str]) -> None:
    """*status* with ``Retry-After`` until *wait* seconds after the first request, then the
    article; a request that comes too early is refused again."""
    first = h.portal.first_seen(h.path)
    if time.monotonic() - first < wait and not h.portal.healed:
        h.send(status, b"<html><body>Too busy, come back later</body></html>",
               headers=[("Retry-After", header(first))])
        return
    _article(h, name, rest)


@fault("http429-retry-after")
def _http429(h: Handler, rest: str) -> None:
    _retry_after(h, "http429-retry-after", rest, 429, 3, lambda first: "3")


@fault("http503-retry-after-date")
def _http503(h: Handler, rest: str) -> None:
    from email.utils import formatdate

    # an HTTP date, whole seconds: 3 s from now is at least 2 s
    _retry_after(h, "http503-retry-after-date", rest, 503, 2,
                 lambda first: formatdate(time.time() + 3, usegmt=True))


@fault("retry-after-too-long")
def _retry_too_long(h: Handler, rest: str) -> None:
    _retry_after(h, "retry-after-too-long", rest, 429, 7200, lambda first: "7200")


@fault("reset")
def _reset(h: Handler, rest: str) -> None:
    h.reset()


@fault("truncated")
def _truncated(h: Handler, rest: str) -> None:
    page = _page("truncated")
    h.send_head(200, length=len(page) + 4000)
    h.wfile.write(page[: len(page) // 2])
    h.hang_up()


@fault("trickle-ok")
def _trickle_ok(h: Handler, rest: str) -> None:
    page = _page("trickle-ok")
    h.trickle(page, pieces=8, pause=0.1)  # 0.8 s: inside the download timeout


@fault("trickle-slow")
def _trickle_slow(h: Handler, rest: str) -> None:
    page = _page("trickle-slow")
    h.trickle(page, pieces=40, pause=0.25)  # 10 s: far beyond it


@fault("hang")
def _hang(h: Handler, rest: str) -> None:
    h.portal.stopping.wait(60)  # never answers
    h.hang_up()


@fault("hang-after-headers")
def _hang_after_headers(h: Handler, rest: str) -> None:
    h.send_head(200, length=5000)
    h.wfile.flush()
    h.portal.stopping.wait(60)
    h.hang_up()


@fault("huge")
def _huge(h: Handler, rest: str) -> None:
    filler = "".join(f"<p>Annex line {i}: {'data ' * 30}</p>" for i in range(HUGE // 150))
    page = article_html(article_title("huge", 1), _paragraphs("huge", 1)).replace(
        "</body>", filler + "</body>").encode()
    h.send(200, page)


@fault("huge-streamed")
def _huge_streamed(h: Handler, rest: str) -> None:
    # no Content-Length: the size shows only while it arrives
    h.send_head(200, length=None)
    h.wfile.write(b"<!DOCTYPE html><html><head><title>Annex</title></head><body>")
    chunk = b"<p>" + b"annex data " * 6000 + b"</p>"
    sent = 0
    while sent < HUGE and h.write_or_stop(chunk):
        sent += len(chunk)
    h.hang_up()


def _gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    zeros = b"\0" * MB
    return b"".join([*(compressor.compress(zeros) for _ in range(64)), compressor.flush()])


@fault("gzip-bomb")
def _bomb(h: Handler, rest: str) -> None:
    # 64 KB on the wire, 64 MB unpacked
    h.send(200, h.portal.cached("bomb", _gzip_bomb), headers=[("Content-Encoding", "gzip")])


@fault("gzip-ok")
def _gzip_ok(h: Handler, rest: str) -> None:
    page = _page("gzip-ok")
    h.send(200, gzip.compress(page), headers=[("Content-Encoding", "gzip")])


@fault("pdf")
def _pdf(h: Handler, rest: str) -> None:
    h.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40,
           content_type="application/pdf")


@fault("redirect-to-file")
def _redirect_to_file(h: Handler, rest: str) -> None:
    if rest == "art_1.html":  # an article that became an attachment
        h.redirect(302, "doc_1.pdf")
    else:
        _pdf(h, rest)


@fault("png-as-html")
def _png(h: Handler, rest: str) -> None:
    rng = random.Random(7)
    h.send(200, b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000)),
           content_type="text/html; charset=utf-8")


#: HTML served under a type that is not HTML, or none at all
WRONG_TYPES = {"html-as-octet-stream": "application/octet-stream",
               "html-as-text-plain": "text/plain", "no-content-type": None}


def _wrong_type(name: str) -> Callable[[Handler, str], None]:
    def serve(h: Handler, rest: str) -> None:
        h.send(200, _page(name), content_type=WRONG_TYPES[name])
    return serve


for _name in WRONG_TYPES:
    fault(_name)(_wrong_type(_name))


@fault("gbk-says-utf8")
def _gbk_lying(h: Handler, rest: str) -> None:
    h.send(200, _chinese_article("gbk-says-utf8", 1).encode("gbk"),
           content_type="text/html; charset=utf-8")


@fault("two-content-types")
def _two_types(h: Handler, rest: str) -> None:
    h.send(200, _chinese_article("two-content-types", 1).encode("gbk"), content_type=None,
           headers=[("Content-Type", "text/html; charset=gbk"),
                    ("Content-Type", "text/html; charset=utf-8")])


@fault("unknown-charset")
def _unknown_charset(h: Handler, rest: str) -> None:
    h.send(200, _chinese_article("unknown-charset", 1).encode("utf-8"),
           content_type="text/html; charset=x-no-such-charset")


@fault("nul-bytes")
def _nul(h: Handler, rest: str) -> None:
    page = _page("nul-bytes")
    h.send(200, page.replace(b"repairs on", b"repairs\0 on").replace(b"</h1>", b"\0</h1>"))


@fault("invalid-utf8")
def _invalid_utf8(h: Handler, rest: str) -> None:
    page = article_html(article_title("invalid-utf8", 1), _paragraphs("invalid-utf8", 1))
    # three stray bytes in a long UTF-8 page: a few replacement characters, not mojibake
    h.send(200, page.encode().replace(b"villages", b"vill\xffages", 3))


@fault("undecodable")
def _undecodable(h: Handler, rest: str) -> None:
    # text whose bytes no encoding reads: what a CMS that stored it in a broken encoding sends
    rng = random.Random(11)
    garbage = bytes(rng.choice((0x80, 0xFF, 0xFE, 0xA0)) for _ in range(3000))
    page = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + garbage[:60]
            + b"</title></head><body><h1>" + garbage[60:120] + b'</h1><div id="zoom"><p>'
            + garbage[120:1500] + b"</p><p>" + garbage[1500:] + b"</p></div></body></html>")
    h.send(200, page)


@fault("soft404-zh")
def _soft404_zh(h: Handler, rest: str) -> None:
    h.send(200, ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在</title>'
                 '</head><body><div class="top"><a href="/index.html">首页</a></div>'
                 '<div class="error"><h1>页面不存在</h1><p>对不起，您访问的页面不存在或已被'
                 '删除，请检查网址是否正确。</p><p><a href="/index.html">返回首页</a></p>'
                 "</div></body></html>").encode())


@fault("soft404-en")
def _soft404_en(h: Handler, rest: str) -> None:
    h.send(200, b'<!DOCTYPE html><html><head><title>404 - Page Not Found</title></head>'
                b'<body><div id="content"><h1>Page not found</h1><p>Sorry, the page you '
                b"requested could not be found. It may have been moved or deleted.</p>"
                b'<p><a href="/index.html">Back to the home page</a></p></div></body></html>')


@fault("not-a-soft404")
def _not_soft404(h: Handler, rest: str) -> None:
    # an article that only mentions the words
    paras = ["The county website moves to a new address on 1 April; bookmarks to the old "
             "pages will show a Page not found message for a few days while links are "
             "redirected."] + _paragraphs("not-a-soft404", 1)
    h.send(200, article_html("County website moves to a new address", paras).encode())


@fault("deleted-to-home")
def _deleted_home(h: Handler, rest: str) -> None:
    h.redirect(302, "/")


@fault("deleted-to-list")
def _deleted_list(h: Handler, rest: str) -> None:
    if rest == "index.html":
        h.send(200, _list_html("deleted-to-list", FAULTS["deleted-to-list"][0]))
    else:
        h.redirect(302, "/f/deleted-to-list/index.html")


@fault("redirect-loop")
def _redirect_loop(h: Handler, rest: str) -> None:
    h.redirect(302, "hop.html" if rest == "art_1.html" else "art_1.html")


@fault("redirect-self")
def _redirect_self(h: Handler, rest: str) -> None:
    h.redirect(301, "art_1.html")


@fault("redirect-chain")
def _redirect_chain(h: Handler, rest: str) -> None:
    step = int(rest.removeprefix("hop_").removesuffix(".html")) if rest.startswith("hop_") else 0
    h.redirect(302, f"hop_{step + 1}.html")


@fault("redirect-offsite")
def _redirect_offsite(h: Handler, rest: str) -> None:
    # another host name for the same machine: off the site's allowed_domains
    h.redirect(302, f"http://localhost:{h.portal.port}/f/ok/art_2.html")


#: redirect status or kind -> article number it leads to (in /f/redirects/)
REDIRECTS = {"301": 1301, "302": 1302, "303": 1303, "307": 1307, "308": 1308,
             "relative": 1400, "protocol-relative": 1401, "meta-refresh": 1402}


@fault("redirects", links=tuple(f"art_{n - 1000}.html" for n in REDIRECTS.values())
       + ("art_999.html",))
def _redirects(h: Handler, rest: str) -> None:
    n = int("".join(c for c in rest if c.isdigit()))
    if n >= 1000:
        _article(h, "redirects", rest)
        return
    if n == 999:  # a redirect without a Location: the server's mistake, an HTTP error
        h.send(302, b"<html><body>Moved</body></html>")
        return
    kind = next(k for k, target in REDIRECTS.items() if target - 1000 == n)
    target = f"art_{n + 1000}.html"
    if kind.isdigit():
        h.redirect(int(kind), f"/f/redirects/{target}")
    elif kind == "relative":
        h.redirect(302, target)
    elif kind == "protocol-relative":
        h.redirect(302, f"//127.0.0.1:{h.portal.port}/f/redirects/{target}")
    else:
        h.send(200, f'<html><head><meta http-equiv="refresh" content="0; url={target}">'
                    f"</head><body>Moved</body></html>".encode())


@fault("base-href")
def _base_href(h: Handler, rest: str) -> None:
    if rest == "index.html":
        h.send(200, _list_html("base href", ["art_1.html"],
                               head='<base href="/f/base-href/sub/">'))
    else:
        _article(h, "base-href", rest)


@fault("dot-segments", links=("../dot-segments/x/../art_1.html",
                              "../../../../f/dot-segments/./art_2.html"))
def _dots(h: Handler, rest: str) -> None:
    _article(h, "dot-segments", rest)


@fault("pseudo-links", links=("javascript:void(0)", "JavaScript:openWin('art_9.html')",
                              " javascript:go('art_8.html')", "mailto:office@county.gov",
                              "tel:+86-10-1234", "data:text/html,art_7.html", "#art_6.html",
                              "vbscript:msgbox", "about:blank", "art_1.html"))
def _pseudo(h: Handler, rest: str) -> None:
    _article(h, "pseudo-links", rest)


@fault("whitespace-hrefs", links=(" \n art_1.html \t", "art_\n2.html", "\tart_3.html\r\n"))
def _whitespace(h: Handler, rest: str) -> None:
    _article(h, "whitespace-hrefs", rest)


@fault("big-list", listed=False)
def _big_list(h: Handler, rest: str) -> None:
    if rest != "index.html":
        _article(h, "big-list", rest)
        return
    def page() -> bytes:
        items = "".join(f'<li><a href="art_{i % BIG_LIST_ARTICLES + 1}.html?utm_source=list'
                        f'&amp;utm_term={i}#p{i}">{i}</a></li>' for i in range(BIG_LIST_LINKS))
        return (f"<!DOCTYPE html><html><head><title>big list</title></head><body><ul>{items}"
                "</ul></body></html>").encode()
    h.send(200, h.portal.cached("big-list", page))


@fault("jsessionid", links=("art_1.html;jsessionid=0A1B2C3D4E", "art_1.html;jsessionid=99FF00",
                            "art_1.html", "art_2.html;JSESSIONID=ABC?page=1"))
def _jsessionid(h: Handler, rest: str) -> None:
    _article(h, "jsessionid", rest.split(";")[0])


@fault("trailing-slash", links=("art_1.html", "art_1.html/"))
def _trailing_slash(h: Handler, rest: str) -> None:
    _article(h, "trailing-slash", rest.rstrip("/"))  # the same page, as Apache serves it


@fault("robots-block")
def _robots_block(h: Handler, rest: str) -> None:
    _article(h, "robots-block", rest)


@fault("robots-late")
def _robots_late(h: Handler, rest: str) -> None:
    _article(h, "robots-late", rest)


@fault("calendar")
def _calendar(h: Handler, rest: str) -> None:
    # an events calendar: every month links the one before and after, forever; no articles
    # (from 2000 to 2030: a server that offers 372 months)
    year, month = (2024, 3) if rest == "index.html" else map(int, rest[:7].split("-"))
    index = year * 12 + month - 1
    links = [f"{y:04d}-{m + 1:02d}.html" for y, m in (divmod(index - 1, 12), divmod(index + 1, 12))
             if 2000 <= y <= 2030]
    h.send(200, _list_html(f"Events {year}-{month:02d}", links,
                           extra="<table><tr><td>No events this month</td></tr></table>"))


def _endless(h: Handler, name: str, rest: str, *, repeat: bool) -> None:
    """Pagination without end: pages 0 to 2 list three articles each; every later page
    links the next one and lists nothing new (or repeats page 2)."""
    if rest.startswith("art_"):
        _article(h, name, rest)
        return
    page = 0 if rest == "index.html" else int(rest.removeprefix("index_").removesuffix(".html"))
    shown = page if page <= 2 else (2 if repeat else None)
    links = [] if shown is None else [f"art_{3 * shown + k + 1}.html" for k in range(3)]
    if page < ENDLESS:
        links.append(f"index_{page + 1}.html")
    h.send(200, _list_html(f"{name} page {page}", links))


@fault("endless-empty")
def _endless_empty(h: Handler, rest: str) -> None:
    _endless(h, "endless-empty", rest, repeat=False)


@fault("endless-repeat")
def _endless_repeat(h: Handler, rest: str) -> None:
    _endless(h, "endless-repeat", rest, repeat=True)


@fault("failed-further-down")
def _further_down(h: Handler, rest: str) -> None:
    """Three list pages; an article on the last one answers 500 until the portal heals."""
    pages = [["art_1.html", "art_2.html", "index_1.html"],
             ["art_3.html", "art_4.html", "index_2.html"], ["art_5.html", "art_6.html"]]
    if rest.startswith("index"):
        page = 0 if rest == "index.html" else int(rest[6:-5])
        h.send(200, _list_html(f"further down, page {page}", pages[page]))
    elif rest == "art_5.html" and not h.portal.healed:
        h.send(500, b"<html><body>Internal Server Error</body></html>")
    else:
        _article(h, "failed-further-down", rest)


@fault("endless-new", listed=False)
def _endless_new(h: Handler, rest: str) -> None:
    """Pagination without end where every page brings one new article: only a depth, page
    or time limit stops it."""
    if rest.startswith("art_"):
        _article(h, "endless-new", rest)
        return
    page = 0 if rest == "index.html" else int(rest.removeprefix("index_").removesuffix(".html"))
    h.send(200, _list_html(f"endless-new page {page}", [f"art_{page + 1}.html"]
                           + [f"index_{page + 1}.html"] * (page < ENDLESS)))


@fault("empty-body")
def _empty(h: Handler, rest: str) -> None:
    h.send(200, b"")


# -- the server --------------------------------------------------------------------------------


class FaultPortal:
    def __init__(self, *, robots: str = "normal", host: str = "127.0.0.1") -> None:
        self.robots = robots
        self.log: list[Hit] = []
        self.healed = False
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._first: dict[str, float] = {}
        self._cache: dict[str, bytes] = {}
        self._httpd = _QuietServer((host, 0), _handler(self))
        self._httpd.daemon_threads = True

    # -- running

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultPortal:
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True,
                         name="fault-portal").start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def heal(self) -> None:
        """Fix what a site's admin would fix between two runs (see the module doc)."""
        self.healed = True

    # -- what a test reads

    def hits(self, prefix: str = "/") -> list[Hit]:
        with self._lock:
            return [hit for hit in self.log if hit.path.startswith(prefix)]

    def paths(self, prefix: str = "/", since: int = 0) -> list[str]:
        """The paths asked for under *prefix* (after the first *since* requests), in order."""
        with self._lock:
            return [hit.path for hit in self.log[since:] if hit.path.startswith(prefix)]

    def site_file(self, directory: Path, name: str = "faults", *,
                  start: Iterable[str] = ("/index.html",), extra: str = "") -> Path:
        urls = ", ".join(f'"{self.base_url}{path}"' for path in start)
        path = directory / f"{name}.toml"
        path.write_text(SITE_TEMPLATE.format(name=name, start_urls=urls) + extra,
                        encoding="utf-8")
        return path

    # -- what the handler uses

    def first_seen(self, path: str) -> float:
        with self._lock:
            return self._first.setdefault(path, time.monotonic())

    def cached(self, key: str, make: Callable[[], bytes]) -> bytes:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = make()
            return self._cache[key]

    def _record(self, path: str, host: str) -> None:
        with self._lock:
            self.log.append(Hit(path, host, time.monotonic()))

    def _robots_txt(self, h: Handler) -> None:
        if self.robots == "500":
            h.send(500, b"Internal Server Error", content_type="text/plain")
        elif self.robots == "404":
            h.send(404, b"Not Found", content_type="text/plain")
        elif self.robots == "hang":
            self.stopping.wait(60)
            h.hang_up()
        elif self.robots == "huge":
            h.send(200, self.cached("robots", _huge_robots), content_type="text/plain")
        else:
            h.send(200, b"User-agent: *\nDisallow: /f/robots-block/\n",
                   content_type="text/plain")

    def _home(self, h: Handler) -> None:
        h.send(200, _list_html("County Government", [
            f"/f/{name}/art_1.html" if name in LINKED_ARTICLE else f"/f/{name}/index.html"
            for name in FAULTS if name not in UNLISTED]))


def _huge_robots() -> bytes:
    lines = ["User-agent: *", "Disallow: /f/robots-block/"]
    lines += [f"Disallow: /archive/{i:07d}/old-section/*.php" for i in range(150_000)]
    lines.append("Disallow: /f/robots-late/")
    return ("\n".join(lines) + "\n").encode()


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 128  # as the demo server: a backlog of 5 drops a crawl's burst of SYNs

    def handle_error(self, request: object, client_address: object) -> None:
        # The crawler hangs up on what it gave up on; faults hang up on the crawler.
        if not isinstance(sys.exc_info()[1], (OSError, ValueError)):
            super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    portal: FaultPortal

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.portal._record(self.path, self.headers.get("Host", ""))
        path = self.path.split("#", 1)[0].split("?", 1)[0]
        if path == "/robots.txt":
            self.portal._robots_txt(self)
        elif path in ("/", "/index.html"):
            self.portal._home(self)
        elif path.startswith("/f/") and path.count("/") >= 3:
            name, rest = path[3:].split("/", 1)
            links, serve = FAULTS.get(name, ((), None))
            if serve is None:
                self.send(404, b"<html><body>Not Found</body></html>")
            elif rest == "index.html" and name not in _OWN_INDEX:
                self.send(200, _list_html(name, links))
            else:
                serve(self, rest)
        else:
            self.send(404, b"<html><body>Not Found</body></html>")

    # -- answers

    def send_head(self, status: int, *, length: int | None,
                  content_type: str | None = "text/html; charset=utf-8",
                  headers: Iterable[tuple[str, str]] = ()) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if length is None:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def send(self, status: int, body: bytes, *,
             content_type: str | None = "text/html; charset=utf-8",
             headers: Iterable[tuple[str, str]] = ()) -> None:
        self.send_head(status, length=len(body), content_type=content_type, headers=headers)
        self.wfile.write(body)

    def redirect(self, status: int, location: str) -> None:
        self.send(status, b"<html><body>Moved</body></html>", headers=[("Location", location)])

    def trickle(self, body: bytes, *, pieces: int, pause: float) -> None:
        self.send_head(200, length=len(body))
        step = -(-len(body) // pieces)
        for start in range(0, len(body), step):
            if not self.write_or_stop(body[start:start + step]):
                return
            if self.portal.stopping.wait(pause):
                return

    def write_or_stop(self, data: bytes) -> bool:
        """Write *data*; False when the client has hung up."""
        try:
            self.wfile.write(data)
            self.wfile.flush()
            return True
        except OSError:
            self.close_connection = True
            return False

    def hang_up(self) -> None:
        """Close the connection now (a body cut short, or no answer at all)."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def reset(self) -> None:
        """Drop the connection with a TCP reset, as a crashed server or a firewall does."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def log_message(self, format: str, *args: object) -> None:
        pass


#: Faults whose handler answers their own ``index.html``.
_OWN_INDEX = frozenset({"deleted-to-list", "base-href", "big-list", "calendar", "endless-empty",
                        "endless-repeat", "endless-new", "failed-further-down"})


def _handler(portal: FaultPortal) -> type[Handler]:
    return type("PortalHandler", (Handler,), {"portal": portal})

"""Articles split over several pages: which further pages the first one names.

Chinese portals split a long article into pages named after the first: TRS prints the pager
with a script, ``createPageHTML(3, 0, "t20240521_123", "html")`` (pages
``t20240521_123.html``, ``t20240521_123_1.html``, ``t20240521_123_2.html``), other CMSs as
links (``content_123.htm``, ``content_123_2.htm``, ``content_123_3.htm``). Each page holds
one part of the text under the same headline; the crawl stores the article once, with the
parts' text joined in order (``newscrawler/spiders/portal.py``).

Pure: the page's text and address in, addresses out.

>>> more_pages('<script>createPageHTML(3, 0, "t20240521_123", "html");</script>',
...            "https://www.example.gov.cn/xwzx/202405/t20240521_123.html")
['https://www.example.gov.cn/xwzx/202405/t20240521_123_1.html', \
'https://www.example.gov.cn/xwzx/202405/t20240521_123_2.html']
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

__all__ = ["MAX_PARTS", "more_pages"]

#: More parts than this is no article's pager (the crawl would fetch a chain without end).
MAX_PARTS = 30

_PAGER_CALL = re.compile(
    r"createPageHTML\s*\(\s*(?:[\"'][\w-]*[\"']\s*,\s*)?(?P<count>\d+)\s*,\s*\d+\s*,\s*"
    r"[\"'](?P<stem>[\w-]+)[\"']\s*,\s*[\"'](?P<ext>s?html?)[\"']")
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>#]+)""", re.IGNORECASE)


def more_pages(text: str, url: str) -> list[str]:
    """The further pages of the article at *url*, in order, when *url* is its first page
    and the page names them: a TRS ``createPageHTML`` call for the page's own name, or
    links to the page's own name with ``_2``, ``_3`` ... (or ``_1``, ``_2`` ...) added.
    None for a page that is not the first, or that names no further page."""
    path = urlsplit(url).path
    folder, _, name = path.rpartition("/")
    own = re.fullmatch(r"(?P<stem>[\w-]+)\.(?P<ext>s?html?)", name)
    if own is None:
        return []
    stem, ext = own.group("stem"), own.group("ext")
    # both scans are skipped on the pages (nearly all) that name no part of themselves
    for m in _PAGER_CALL.finditer(text) if "createPageHTML" in text else ():
        if m.group("stem") == stem and m.group("ext") == ext:
            count = int(m.group("count"))
            if not 1 < count <= MAX_PARTS:
                return []
            return [urljoin(url, f"{stem}_{n}.{ext}") for n in range(1, count)]
    # links to this page's parts: the page's own name with a part number
    if f"{stem}_" not in text:
        return []
    part = re.compile(rf"(?:^|/){re.escape(stem)}_(\d{{1,2}})\.{re.escape(ext)}$")
    numbers = set()
    for href in _HREF.findall(text):
        target = urlsplit(urljoin(url, href))
        m = part.search(target.path)
        if m and target.path.rpartition("/")[0] == folder and not target.query:
            numbers.add(int(m.group(1)))
    found = sorted(numbers)
    # parts are numbered from 1 or from 2 (the first page being part 1), without gaps
    if not found or found[0] not in (1, 2) or found != list(range(found[0], found[-1] + 1)) \
            or len(found) >= MAX_PARTS:
        return []
    return [urljoin(url, f"{stem}_{n}.{ext}") for n in found]

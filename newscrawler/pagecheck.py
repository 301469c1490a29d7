"""Is a fetched page an article at all? Pure checks of what a server sent.

>>> not_html(b"%PDF-1.4 ...", "text/html")
'a PDF document (Content-Type: text/html)'
>>> soft_404("页面不存在", "对不起，您访问的页面不存在或已被删除。")
'页面不存在'
>>> undecodable("\ufffd\ufffd\ufffd", None)
1.0

- :func:`not_html`: a file served where an article was linked (a PDF, an image, an archive),
  whatever its ``Content-Type`` says: by its first bytes, and by its type when it does not
  look like HTML. HTML sent as ``application/octet-stream`` or ``text/plain`` is HTML.
- :func:`soft_404`: a "page not found" page answered with status 200: a not-found phrase in
  the title or the text, on a page with hardly any text (an article that only mentions the
  words is long).
- :func:`undecodable`: text that no encoding read, mostly U+FFFD (decoding already tries the
  declared charset, the ``<meta>`` one and UTF-8, GB18030 and Big5).
"""

from __future__ import annotations

import re

__all__ = ["MAX_UNDECODABLE", "SOFT_404_MAX_TEXT", "not_html", "soft_404", "undecodable"]

#: First bytes of the files portals link as if they were pages.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document (doc, xls, ppt)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"{\\rtf", "an RTF document"),
    (b"ID3", "an MP3 file"),
)
# (a Hanweb data proxy answers with a <datastore> of list items, served as XML)
_HTML_LIKE = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|a|script"
                        rb"|link|span|ul|h\d|datastore)[\s>/]")
_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml"})
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def not_html(body: bytes, content_type: str | None) -> str | None:
    """What *body* is when it is not an HTML page (``"a PDF document (Content-Type: ...)"``),
    or None when it is one (or could be: an empty body is left to extraction)."""
    head = body[:2048]
    served = f"Content-Type: {content_type}" if content_type else "no Content-Type"
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return f"{name} ({served})"
    if head[4:8] == b"ftyp" or (head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"AVI ")):
        return f"a media file ({served})"
    if _HTML_LIKE.search(head.lower()):
        return None
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES and not mime.startswith("text/"):
        return f"a {mime} file, not HTML"
    if len(_CONTROL.findall(head)) > len(head) * 0.1:
        return f"binary data ({served})"
    return None


#: "Not found" in the words of the portals we crawl (compared in lower case).
_NOT_FOUND = (
    "page not found", "not found", "cannot be found", "could not be found",
    "no longer available", "no longer exists", "does not exist", "has been removed",
    "has been deleted", "页面不存在", "网页不存在", "页面未找到", "找不到页面", "页面找不到",
    "无法找到该页", "您访问的页面", "您所访问的页面", "信息不存在", "文章不存在", "内容不存在",
    "该信息已删除", "已被删除", "页面已删除",
)
#: A page with more text than this is an article, whatever words it has.
SOFT_404_MAX_TEXT = 400
# a title that starts with the status: "404", "Error 404 - ...", "404错误"
_STATUS_404 = re.compile(r"^\W*(?:error|http)?\W*404(?!\d)", re.IGNORECASE)


def soft_404(title: str | None, body: str | None) -> str | None:
    """The not-found phrase that makes a page with hardly any text a "page not found" page,
    or None."""
    text = body or ""
    if len(text) > SOFT_404_MAX_TEXT:
        return None
    title_lower, text_lower = (title or "").lower(), text.lower()
    for phrase in _NOT_FOUND:
        if phrase in title_lower or phrase in text_lower:
            return phrase
    match = _STATUS_404.search(title_lower)
    return match.group(0) if match else None


#: Text with a larger share of U+FFFD (of its non-space characters) is undecodable.
MAX_UNDECODABLE = 0.2


def undecodable(title: str | None, body: str | None) -> float | None:
    """The share of U+FFFD in the page's title and text when more than
    :data:`MAX_UNDECODABLE`, or None."""
    text = "".join(((title or "") + (body or "")).split())
    if not text:
        return None
    share = text.count("\ufffd") / len(text)
    return share if share > MAX_UNDECODABLE else None

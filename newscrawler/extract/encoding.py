"""Bytes to text the way a browser (and Scrapy) would decode them."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

__all__ = ["decode_html"]


def _sniff(body: bytes) -> str | None:
    """Guess an encoding when neither BOM, header nor ``<meta>`` names one.

    Valid UTF-8 first (random legacy bytes are almost never valid UTF-8), then
    GB18030 because the undeclared legacy pages we crawl are mostly Chinese.
    """
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        body.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        return None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode an HTML response body to text.

    Precedence: byte-order mark, then the charset of the HTTP ``Content-Type``
    header, then ``<meta charset>`` / ``http-equiv`` / XML declaration, then
    detection (UTF-8, else GB18030), else UTF-8 with replacement characters.
    GBK and GB2312 are read as GB18030, their superset (w3lib's translation table).

    >>> decode_html("<meta charset=gbk>中文".encode("gbk"))
    '<meta charset=gbk>中文'
    """
    _encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_sniff)
    return text

"""Bytes to text the way a browser (and Scrapy) would decode them, mended where the page lies."""

from __future__ import annotations

import re

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

__all__ = ["MAX_BAD_SHARE", "decode_html", "decode_html_with"]

#: Legacy encodings tried when the declared or detected one leaves replacement characters:
#: the undeclared and misdeclared pages we crawl are mostly Chinese.
FALLBACKS = ("utf-8", "gb18030", "big5")
#: A decoding that leaves more than this share of replacement characters (per character
#: of text) is wrong, not a page with a few bad bytes.
MAX_BAD_SHARE = 0.001


def _errors(body: bytes, encoding: str) -> int:
    """How many undecodable spots *body* has in *encoding* (0 when it decodes cleanly)."""
    try:
        body.decode(encoding)
        return 0
    except UnicodeDecodeError:
        pass
    return body.decode(encoding, errors="replace").count("\ufffd")


#: Of the runs of bytes beyond ASCII, the share of single bytes from which the text is
#: taken for a Western single-byte encoding: "rehabilitaci\xf3n" has accented letters one
#: by one between ASCII letters, a Chinese encoding two bytes a character, in words.
MIN_SINGLE_SHARE, MIN_SINGLES = 0.8, 3
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")


def _western(body: bytes) -> bool:
    """*body* is not UTF-8 and its bytes beyond ASCII stand one by one: windows-1252."""
    runs = [len(m.group()) for m in _HIGH_RUNS.finditer(body)]
    singles = runs.count(1)
    return singles >= MIN_SINGLES and singles >= MIN_SINGLE_SHARE * len(runs)


def _sniff(body: bytes) -> str | None:
    """Guess an encoding when neither BOM, header nor ``<meta>`` names one: the candidate
    of :data:`FALLBACKS` with the fewest undecodable bytes (random legacy bytes are
    almost never valid UTF-8; a GB page may carry a few bad bytes and is still GB), or
    windows-1252 when the bytes beyond ASCII stand one by one (accented letters)."""
    errors = {}
    for encoding in FALLBACKS:
        errors[encoding] = _errors(body, encoding)
        if not errors[encoding]:
            return encoding
        if encoding == "utf-8" and _western(body):
            return "cp1252"
    best = min(errors, key=errors.__getitem__)
    return best if errors[best] <= max(1, len(body) * MAX_BAD_SHARE) else None


_SINGLE_BYTE_WESTERN = frozenset({"cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1",
                                  "iso8859-1", "iso-8859-15", "iso8859-15"})


def _is_utf8(body: bytes) -> bool:
    """*body* holds bytes beyond ASCII, and they are all UTF-8 sequences."""
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared(body: bytes, content_type: str | None) -> tuple[str, str]:
    """The encoding a page gives itself and its text: its byte-order mark, the header's
    charset, its ``<meta>`` or XML declaration, else :func:`_sniff`'s guess, else UTF-8.
    (w3lib's ``html_to_unicode`` did this with a sniffing function until 2.6 deprecated
    that argument for its own guess, which is not ours: the steps are taken one by one.)"""
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        return bom_encoding, to_unicode(body[len(bom):], bom_encoding)
    encoding = (http_content_type_encoding(content_type) or html_body_declared_encoding(body)
                or _sniff(body))
    if encoding is None:
        encoding = "utf-8"
    elif encoding in ("utf-16", "utf-32"):
        encoding += "-be"
    return encoding, to_unicode(body, encoding)


def decode_html_with(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML response body to text; returns ``(encoding, text)``.

    Precedence: byte-order mark, then the charset of the HTTP ``Content-Type`` header,
    then ``<meta charset>`` / ``http-equiv`` / XML declaration, then detection among
    UTF-8, GB18030, Big5 and windows-1252 (bytes beyond ASCII one by one: accented
    letters). A declared charset that leaves many replacement characters where another
    candidate decodes (a GBK page served as ``charset=utf-8``, a windows-1252 page as
    ``utf-8``, two conflicting headers) is overruled by that candidate. GBK and GB2312 are read as
    GB18030, their superset (w3lib's translation table). NUL characters are dropped.
    """
    encoding, text = _declared(body, content_type)
    if encoding in _SINGLE_BYTE_WESTERN and _is_utf8(body):
        # UTF-8 bytes under a Western single-byte label (a template's old <meta>): text in
        # one of those charsets with a letter beyond ASCII is never valid UTF-8, and
        # decoding it as declared turns "”" into "â€" and a lost byte (0x9D is no cp1252
        # character), which no repair brings back
        encoding, text = "utf-8", body.decode("utf-8")
    bad = text.count("\ufffd")
    if bad > max(1, len(text) * MAX_BAD_SHARE):
        # more than a few replacement characters: the declaration lies
        alternative = _sniff(body)
        if alternative and _errors(body, alternative) < bad:
            encoding, text = alternative, body.decode(alternative, errors="replace")
    # NUL is no character of any page (a browser drops it); the HTML parser would make it
    # a U+FFFD in the middle of a word
    return encoding, text.replace("\0", "")


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The text of :func:`decode_html_with`.

    >>> decode_html("<meta charset=gbk>中文".encode("gbk"))
    '<meta charset=gbk>中文'
    >>> decode_html("<p>中文内容</p>".encode("gbk"), "text/html; charset=utf-8")
    '<p>中文内容</p>'
    """
    return decode_html_with(body, content_type)[1]

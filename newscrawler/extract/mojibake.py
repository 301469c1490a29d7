"""Text encoded twice, repaired: UTF-8 that a site (its database, its template engine) read
as Windows-1252 or Latin-1 and wrote out again, so that a page declared and decoded as
UTF-8 shows ``Investorâ€™s Guide`` for ``Investor’s Guide``.

The page is decoded right; the text on it is what is wrong, and a reader's browser shows the
garbage too. What was meant is recoverable, and ftfy (a well-kept library for exactly this)
recovers it, deciding by its own measure of how unlikely a text is whether to touch it:
"café" and "Straße" stay as they are. Only text showing a sign of the damage is handed to it,
because ftfy's own check costs 36 ms on a whole page. The page is repaired before it is parsed,
not the extracted text: trafilatura drops the control characters that half of the damage
leaves (``â\x80\x99``), after which nothing can be recovered.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["repair_mojibake", "repair_utf8"]

# A sign of text encoded twice: a C1 control character (a Windows-1252 punctuation byte read
# as Latin-1), or a Latin-1 letter that starts a UTF-8 sequence (Â to ô) followed by a
# character that a UTF-8 continuation byte (0x80 to 0xBF) becomes in Windows-1252 or Latin-1.
_CONTINUATION = ("\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                 "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039"
                 "\u203a\u20ac\u2122")
# (Each pattern starts with one character class, and a lookbehind tells the two kinds
# apart: the regex engine scans for a first character only then, seven times faster over
# a whole page than with the alternatives written out.)
_START = "[\x80-\x9f\xc2-\xf4]"
_SIGN = re.compile(f"{_START}(?:(?<=[\x80-\x9f])|(?<=[\xc2-\xf4])[{_CONTINUATION}])")
# A run of such characters: what one or more characters encoded twice became. ftfy is
# handed each run, not the page: on the whole text it cost 40 ms a page.
_RUN = re.compile(f"{_START}(?:(?<=[\xc2-\xf4])[{_CONTINUATION}]{{1,3}}"
                  f"(?:[\xc2-\xf4][{_CONTINUATION}]{{1,3}})*|(?<=[\x80-\x9f])[\x80-\x9f]*)")

_ftfy: Any = None


def _load() -> Any:
    global _ftfy
    if _ftfy is None:
        try:
            import ftfy
        except ImportError:  # a dependency; without it text is left as the page has it
            ftfy = False
        _ftfy = ftfy
    return _ftfy


def repair_mojibake(text: str | None) -> str | None:
    """*text* with what was encoded twice decoded back (ftfy's ``fix_encoding``), unchanged
    when it shows no sign of it.

    >>> repair_mojibake("A DIY Investorâ\\x80\\x99s Guide")
    'A DIY Investor’s Guide'
    >>> repair_mojibake("Straße, café")
    'Straße, café'
    """
    if not text or not _SIGN.search(text):
        return text
    ftfy = _load()
    if not ftfy:
        return text
    # run by run: ftfy decides each one ("â\x80\x99" is "’", "â" before a no-break space
    # stays), and right text beside the damage ("café") is never in a run
    return _RUN.sub(lambda m: ftfy.fix_encoding(m.group()), text)


# The same signs in the page's UTF-8 bytes: "Â", "Ã" or "â" (c3 82, c3 83, c3 a2) followed by a
# Latin-1 character of 0x80 to 0xBF (c2 ..) or by "€" or another Windows-1252 punctuation
# mark (e2 ..). Bytes are searched, not text, and by a pattern that starts with a literal
# byte (which the regex engine scans for quickly): 0.02 ms on a large page, against 3 ms for
# the text pattern above and 0.7 ms for five substring searches. Pages whose only sign is a
# C1 control character (c2 80 to c2 9f: Windows-1252 punctuation read as Latin-1, "we\x92re")
# are left: on the corpus that repair cost 19 ms on each of its 12 pages and moved one page's
# score down.
_BYTE_SIGN = re.compile(rb"\xc3[\x82\x83\xa2][\xc2\xe2]")


def repair_utf8(data: bytes) -> bytes:
    """UTF-8 *data* (a page) with its text encoded twice decoded back; *data* itself when it
    shows no sign of it or ftfy leaves it as it is.

    >>> repair_utf8("<p>we canâ\x80\x99t</p>".encode())
    b'<p>we can\xe2\x80\x99t</p>'
    """
    if b"\xc3" not in data or not _BYTE_SIGN.search(data):
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # not UTF-8 after all: not ours to mend
        return data
    fixed = repair_mojibake(text)
    return data if fixed == text else fixed.encode("utf-8")

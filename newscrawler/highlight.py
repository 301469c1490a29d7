"""Matches marked in titles and bodies, and the snippet around the first one.

>>> marked = mark("Flood prevention drills", ["flood"])       # "\\x02Flood\\x03 prevention..."
>>> excerpt(marked), show(marked, ("[", "]"))                # "[Flood] prevention drills"

Matches are marked with two control characters no article text holds (:data:`START`,
:data:`END`), so that the text's own brackets never confuse the marking; :func:`show` swaps
in the markers the caller wants.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["END", "START", "excerpt", "mark", "show"]

START, END = "\x02", "\x03"
SNIPPET_WIDTH = 160  # terminal columns (a CJK character takes two)


def show(marked: str, markers: tuple[str, str]) -> str:
    """*marked* with the caller's markers in place of :data:`START` and :data:`END`."""
    return marked.translate(str.maketrans({START: markers[0], END: markers[1]}))


def mark(text: str, words: list[str]) -> str:
    """*text* with every case-insensitive occurrence of *words* between the markers (words
    already inside markers are left alone)."""
    if not words or not text:
        return text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)),
                         re.IGNORECASE)
    out, depth = [], 0
    # Walk outside existing marks only, so FTS5's marks are not doubled.
    for piece in re.split(f"({START}|{END})", text):
        if piece == START:
            depth += 1
        elif piece == END:
            depth = max(0, depth - 1)
        elif depth == 0:
            piece = pattern.sub(lambda m: f"{START}{m.group(0)}{END}", piece)
        out.append(piece)
    return "".join(out)


def excerpt(marked: str, *, width: int = SNIPPET_WIDTH) -> str:
    """About *width* columns of *marked* text, from a little before its first mark."""
    first = marked.find(START)
    begin = max(0, first - width // 6) if first > 0 else 0
    if begin and marked[begin - 1].isascii() and marked[begin - 1].isalnum():
        space = marked.find(" ", begin, first)  # start at a word, not inside one
        begin = space + 1 if space >= 0 else begin
    columns, finish = 0, begin
    while finish < len(marked) and columns < width:
        columns += 2 if unicodedata.east_asian_width(marked[finish]) in "WF" else 1
        finish += 1
    text = marked[begin:finish]
    if text.count(START) > text.count(END):
        text += END  # the window ended inside a match
    return ("…" if begin else "") + text + ("…" if finish < len(marked) else "")

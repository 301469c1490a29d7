"""Element to plain-text paragraphs: block tags break paragraphs, inline tags join."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["clean_line", "element_text", "paragraphs"]

#: Never text: code, forms' widgets, embedded objects.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "button", "select", "option",
    "textarea", "input", "head", "object", "embed", "canvas", "map", "audio", "video",
})
#: Tags that end the paragraph before and after them.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "blockquote", "ul", "ol", "dl", "dt", "dd", "pre", "header", "footer", "figure",
    "figcaption", "hr", "center", "main", "aside", "nav", "address", "tbody", "thead", "caption",
    "form", "fieldset", "details", "summary", "body", "html",
})
#: Table cells are joined with a space inside their row.
CELL_TAGS = frozenset({"td", "th"})

_WS = re.compile(r"[\s\u00a0\u3000\u200b\u2002\u2003\u2009\ufeff]+")


def clean_line(text: str) -> str:
    """Collapse every run of whitespace (ASCII, NBSP, ideographic U+3000) to one space."""
    return _WS.sub(" ", text).strip()


def element_text(el: Any) -> str:
    """Visible text under *el* on one line (scripts and comments skipped)."""
    return clean_line(" ".join(_inline_texts(el)))


def _inline_texts(el: Any) -> list[str]:
    out: list[str] = []

    def walk(node: Any) -> None:
        if node.text and isinstance(node.tag, str):
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
                walk(child)
            if child.tail:
                out.append(child.tail)

    if isinstance(el.tag, str) and el.tag not in SKIP_TAGS:
        walk(el)
    return out


def paragraphs(el: Any, skip: Any = None) -> list[str]:
    """Text of *el* as a list of paragraphs, whitespace normalized, empty ones dropped.

    ``skip(node) -> bool`` may veto elements (page chrome) before they are read.
    """
    paras: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = clean_line("".join(buf))
            if line:
                paras.append(line)
            buf.clear()

    def walk(node: Any) -> None:
        tag = node.tag
        block = tag in BLOCK_TAGS
        if block:
            flush()
        elif tag in CELL_TAGS:
            buf.append(" ")
        if node.text:
            buf.append(node.text)
        for child in node:
            ctag = child.tag
            if isinstance(ctag, str) and ctag not in SKIP_TAGS and not (skip and skip(child)):
                walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()
        elif tag in CELL_TAGS:
            buf.append(" ")

    walk(el)
    flush()
    return paras


def text_around(
    root: Any, anchor: Any | None, before: int = 200, after: int = 1000
) -> tuple[str, int]:
    """Visible text of the page in document order, from *before* characters ahead of
    *anchor* (the headline element) to *after* characters past its start, and the
    anchor's offset in that text. Without an anchor, the first *after* characters of
    ``<body>`` and offset 0."""
    body = root.find("body")
    if body is None:
        body = root
    parts: list[str] = []
    size = 0
    start = -1
    limit = None
    for el in body.iter():
        if el is anchor:
            start = size
            limit = size + after
        tag = el.tag
        if isinstance(tag, str) and tag not in SKIP_TAGS and el.text:
            parts.append(el.text)
            size += len(el.text)
        if tag in BLOCK_TAGS:
            parts.append("\n")
            size += 1
        if el.tail:
            parts.append(el.tail)
            size += len(el.tail)
        if limit is not None and size >= limit:
            break
        if anchor is None and size >= after:
            break
    text = "".join(parts)
    if start < 0:
        return text[:after], 0
    lo = max(0, start - before)
    return text[lo: start + after], start - lo

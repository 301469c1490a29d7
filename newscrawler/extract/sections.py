"""Numbered sections: the element that holds a notice's whole run of them.

A notice (中标公告, 成交结果公告, a call for tenders, a regulation) is printed as a run of
numbered sections (一、项目编号 二、项目名称 三、中标信息 ...), one of which can be a
results table holding nine tenths of the characters. Measures of "where the text is"
(the element with most of the characters, the densest block) then choose that one
section, and the body starts at the table. The sections printed around it, outside
links, say that the text is the element holding them all.
"""

from __future__ import annotations

import re
from typing import Any

from .hiding import is_skipped
from .text import element_text, paragraphs, text_key

__all__ = ["MIN_SECTIONS", "holds_more_sections", "opens_section", "sections_around_table",
           "widen_to_sections"]

#: A line that opens a numbered section, followed by its text: 一、 (一) 第三条 1、
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_SECTION = re.compile(rf"^(?:{_NUMERAL}[、．.]|[（(]{_NUMERAL}[)）]"
                      r"|第[一二三四五六七八九十百零]{1,4}[章条节部]|\d{1,2}、)\s*\S")
#: Numbered section lines outside an element that make its wrapper the text.
MIN_SECTIONS = 2
#: How far above a block the density choice looks for the rest of its sections.
MAX_LEVELS = 4


def _skip(el: Any) -> bool:
    # a numbered link ("1、<a>...</a>") is a list of other pages, not a section
    return el.tag == "a" or is_skipped(el)


def opens_section(line: str) -> bool:
    """True for a line that opens a numbered section (``一、巷口的老槐树``, ``第三条 ...``)."""
    return _SECTION.match(line) is not None


def _sections(el: Any) -> int:
    return sum(1 for p in paragraphs(el, _skip) if _SECTION.match(p))


def holds_more_sections(wrapper: Any, el: Any) -> bool:
    """True when *wrapper* holds *el* and, outside it, at least :data:`MIN_SECTIONS`
    numbered section lines."""
    if not any(a is wrapper for a in el.iterancestors()):
        return False
    return _sections(wrapper) - _sections(el) >= MIN_SECTIONS


def widen_to_sections(el: Any) -> Any:
    """The nearest element within :data:`MAX_LEVELS` above *el* that holds more of its
    numbered sections, or *el* itself."""
    inside = None
    for level, wrapper in enumerate(el.iterancestors()):
        if level >= MAX_LEVELS or wrapper.tag in ("body", "html"):
            break
        if inside is None:
            inside = _sections(el)
        if _sections(wrapper) - inside >= MIN_SECTIONS:
            return wrapper
    return el


def sections_around_table(root: Any, line: str) -> Any | None:
    """The element holding the numbered sections around the table whose first row is
    *line* (a generic extractor's first line, a row written ``| a | b |``), or ``None``.

    Generic extractors that find a content-named box around the results table start the
    text there, and put the sections before it after the table, if at all.
    """
    if not line.startswith("|"):
        return None
    key = text_key(line)
    for table in root.iter("table"):
        row = next(table.iter("tr"), None)
        if row is not None and text_key(element_text(row)) == key:
            wider = widen_to_sections(table)
            return None if wider is table else wider
    return None

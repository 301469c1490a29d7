"""Issuing agency (来源 / Source:) and channel (ColumnName / breadcrumb)."""

from __future__ import annotations

import re
from typing import Any

from .meta import PageMeta
from .text import clean_line, element_text

__all__ = ["pick_channel", "pick_source", "source_from_text"]

# "来源：浙江日报", "信息来源: 内蒙古日报", "Source: Ministry of ...", "Author: ..."
_SOURCE = re.compile(
    r"(?:信息来源|文章来源|稿件来源|来源|来自|出处|发布机构|发文机关|Source|Author|Quelle|Herausgeber)"
    r"[ \t]*[:：][ \t]*\n?[ \t]*(?P<v>[^\s|｜]+(?: [^\s|｜:：]+)*)",
    re.IGNORECASE,
)
# Words that follow the source on the same line and must not be part of it.
_STOP = re.compile(
    r"\s*(?:发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览|点击|阅读|字号|字体|【|\[|"
    r"Date|Published|Updated|Time|Views|\d{4}[-/.年]).*$",
    re.IGNORECASE,
)


def source_from_text(text: str) -> str | None:
    """The value of the first ``来源：`` / ``Source:`` / ``Author:`` label in *text*."""
    m = _SOURCE.search(text)
    if not m:
        return None
    value = _STOP.sub("", m.group("v"))
    # the value runs to a double space or a field separator; single spaces may be inside
    value = re.split(r"\s{2,}|[|｜]", value)[0].strip(" ，,;；。")
    return value or None


def pick_source(meta: PageMeta, header_text: str | None) -> str | None:
    """Precedence: ``ContentSource`` meta, then a ``来源：``/``Source:``/``Author:`` line
    in the text around the headline (*header_text*), then ``author`` meta."""
    value = meta.get("contentsource", "source")
    if value:
        return clean_line(value)
    if header_text:
        value = source_from_text(header_text)
        if value:
            return value
    return None


_CRUMB_ATTR = re.compile(r"bread|crumb|position|location|weizhi|dqwz|currentpath|path|where", re.I)
_CRUMB_TEXT = re.compile(
    r"^\s*(?:当前位置|您的位置|您现在的位置|所在位置|位置|current location|current position|"
    r"you are here|location|sie sind hier)\s*[:：]?\s*",
    re.IGNORECASE,
)
_CRUMB_SEP = re.compile(r"\s*(?:>|›|»|→|＞|/|\\|>>|≫|》)\s*")


def _last_step(text: str) -> str | None:
    text = _CRUMB_TEXT.sub("", clean_line(text))
    steps = [s.strip() for s in _CRUMB_SEP.split(text) if s.strip()]
    if len(steps) >= 2:
        return steps[-1]
    return None


def pick_channel(meta: PageMeta, root: Any, title: str | None = None) -> str | None:
    """Precedence: ``ColumnName`` meta, then the last step of the breadcrumb (an element
    whose class/id says breadcrumb/position, or a line starting ``当前位置``) that is not
    the headline itself."""
    value = meta.get("columnname")
    if value:
        return clean_line(value)
    for el in root.iter("nav", "div", "ol", "ul", "p", "span", "td"):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
        if not _CRUMB_ATTR.search(attrs):
            continue
        text = element_text(el)
        if not text or len(text) > 300:
            continue
        step = _last_step(text)
        if step and (not title or step != title):
            return step
        if step and title:
            steps = [s for s in _CRUMB_SEP.split(_CRUMB_TEXT.sub("", text)) if s.strip()]
            if len(steps) >= 3:
                return steps[-2].strip()
    return None

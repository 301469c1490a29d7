"""Element to plain-text paragraphs: block tags break paragraphs, inline tags join."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree

__all__ = ["CAMEL_CASE", "SENTENCE_ENDS", "attr_words", "clean_line", "element_text",
           "fold_hant", "is_record_number", "off_stream", "one_cell", "paragraphs", "running_chars",
           "text_around", "text_key", "text_length", "width"]

# A record's number, not words: "2019-ln3012", "P2024052800411", "PR-2024/087"
# (perhaps after "No", a release's number: "No PR-172/2023-ISPR")
_RECORD_NUMBER = re.compile(r"^(?:(?:no|nr)\.?\s+)?(?=\S*\d)[A-Za-z0-9][\w./#-]{3,30}$",
                            re.ASCII | re.IGNORECASE)


def one_cell(line: str) -> str:
    """The text of a table's row of one cell as rows are printed (``| text |``; the empty
    cells after it a spanning cell leaves count for none), else *line*: sites box a
    caption, a promotion or a survey in a table of one cell, and head a table with a row
    that spans it.

    >>> one_cell("| Comments (12) |"), one_cell("| a | b |"), one_cell("text")
    ('Comments (12)', '| a | b |', 'text')
    >>> one_cell("| Press contacts |  |  |")
    'Press contacts'
    """
    if line[:2] == "| " and line[-2:] == " |":
        inner = line[2:-2]
        if " | " not in inner:
            return inner
        first, _, rest = inner.partition(" | ")
        if first.strip() and not rest.replace("|", "").strip():
            return first
    return line


def is_record_number(text: str) -> bool:
    """*text* is a record's number, not words: a gazette's or a register's ``<title>`` and
    the last step of its breadcrumb name the notice by it (``2019-ln3012``), its ``<h1>``
    prints the headline."""
    return _RECORD_NUMBER.match(text.strip()) is not None


#: The length of an element's text, counted by libxml2 (``len(el.text_content())`` without
#: building the string): a cheap bound before the text is read.
text_length = etree.XPath("string-length(.)")

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


#: A Chinese character (a unified or compatibility ideograph): wider than a letter, a word
#: of its own in titles.
IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Kana, CJK ideographs and Hangul, as a character-class range.
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: What a line of running text ends with: a sentence's last mark, or a quote closing it.
SENTENCE_ENDS = frozenset(".!?。！？\"”’")
_NOT_IDEOGRAPH = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")


def width(text: str) -> int:
    """The length of *text* with a CJK character counting as two, as it prints: three short
    Chinese paragraphs (150 characters) are as much running text as 300 Latin letters.
    (The text less what is not CJK: half the time of a list of the CJK characters.)"""
    if text.isascii():  # (no CJK in it; isascii() reads a flag the string carries)
        return len(text)
    return len(text) + len(_NOT_IDEOGRAPH.sub("", text))

_KEY = re.compile(r"[\W_]+")
# (what _KEY takes out of an ASCII text: every character but its letters and digits)
_NOT_ALNUM_ASCII = bytes(c for c in range(128) if not chr(c).isalnum())

# Traditional characters of the Chinese labels the readers look for (发布时间, 来源, 责任编辑,
# 打印本页, 上一篇, 记者 ...) and their simplified forms, one for one. Pages from Hong Kong,
# Macao and Taiwan print 發佈日期, 資料來源, 責任編輯. A character table and not a converter
# (OpenCC): the labels need no phrase conversion, and one character for one keeps every
# position, so a match in the folded text is a slice of the page's own.
_HANT_PAIRS = (
    "發发 佈布 時时 間间 於于 開开 錄录 傳传 創创 註注 冊册 訂订 來来 處处 機机 構构 關关 資资 "
    "訊讯 編编 輯辑 責责 瀏浏 覽览 點点 擊击 閱阅 讀读 號号 體体 頁页 閉闭 糾纠 錯错 頂顶 掃扫 "
    "當当 廣广 條条 則则 訪访 問问 數数 審审 對对 複复 復复 終终 鏈链 結结 聞闻 報报 導导 薦荐 "
    "熱热 聯联 圖图 攝摄 幫帮 沒没 網网 內内 記记 員员 視视 紙纸 電电 郵邮 際际 "
    "區区 縣县 門门 聲声 屬属 類类 單单 標标 籤签 檔档"
).split()
_HANT = str.maketrans("".join(p[0] for p in _HANT_PAIRS), "".join(p[1] for p in _HANT_PAIRS))
# str.translate looks every character up in a dict (60 ns each, 12% of extraction's time
# when run on every paragraph); a character class finds the rare text that needs it
_HAS_HANT = re.compile("[" + "".join(p[0] for p in _HANT_PAIRS) + "]")


def fold_hant(text: str) -> str:
    """*text* with the traditional characters of Chinese labels in their simplified form,
    one character for one (``發佈日期`` gives ``发布日期``): match labels in the result,
    slice values from *text*."""
    if text.isascii():  # (most paragraphs: no search for characters they cannot hold)
        return text
    return text.translate(_HANT) if _HAS_HANT.search(text) else text
_ATTR_SPLIT = re.compile(r"[-_\s]+")
# a lower-case letter, then a capital and a lower-case one: the joint of two words
_CAMEL = re.compile(r"[a-z][A-Z][a-z]")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+")
#: Where a name in camel case ("lblHeadline", "itemIntroText") changes words.
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


# (cached: a page's steps key the same paragraphs again and again, 47% of the calls on the
# probe sets' government pages)
@lru_cache(maxsize=4096)
def text_key(text: str) -> str:
    """Comparison key: case-folded, no punctuation, no whitespace, no soft hyphens."""
    if text.isascii():  # (four fifths of the keys: bytes' translate is six times the regex's speed)
        return text.encode().translate(None, _NOT_ALNUM_ASCII).decode().lower()
    if " " in text:
        # (a text in a Latin script with a curly quote or a dash: its spaces and ASCII marks
        # taken out as bytes first, the regex has the few others left, half the time; a UTF-8
        # character's bytes are none of those the table takes out)
        try:
            text = text.encode().translate(None, _NOT_ALNUM_ASCII).decode()
        except UnicodeEncodeError:  # (a lone surrogate: the regex alone)
            pass
    return _KEY.sub("", text).casefold()


def attr_words(el: Any, camel: bool = False) -> list[str]:
    """The words of an element's class and id, lower case, split at ``-``, ``_`` and
    spaces (``"l-detail-page__teaser-text"`` gives ``teaser`` and ``text`` among others);
    with *camel*, also the words a name joins by their capitals, after the joined one
    (a CSS module's ``"ArticleNewsletter_root__tQ4v0"`` gives ``newsletter``)."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    words = [w for w in _ATTR_SPLIT.split(attrs.lower()) if w]
    if camel and _CAMEL.search(attrs):
        words += [w.lower() for name in _ATTR_SPLIT.split(attrs) if _CAMEL.search(name)
                  for w in _CAMEL_WORD.findall(name)]
    return words


def clean_line(text: str) -> str:
    """Collapse every run of whitespace (ASCII, NBSP, ideographic U+3000) to one space."""
    if text.isascii():  # (the same for ASCII, where split() and \s take the same spaces)
        return " ".join(text.split())
    return _WS.sub(" ", text).strip()


def element_text(el: Any, skip: Any = None) -> str:
    """Visible text under *el* on one line (scripts and comments skipped, and elements
    for which ``skip(element)`` is true)."""
    return clean_line(" ".join(_inline_texts(el, skip)))


def _inline_texts(el: Any, skip: Any = None) -> list[str]:
    out: list[str] = []

    def walk(node: Any) -> None:
        if node.text and isinstance(node.tag, str):
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if child.tag not in SKIP_TAGS and not (skip and skip(child)):
                    walk(child)
            elif child.tail and out:
                # a comment inside a text run ("next year<!-- -->'s") is not a gap
                out[-1] += child.tail
                continue
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
        if tag == "tr" and (row := _row(node, skip)) is not None:
            flush()
            if row:
                paras.append(row)
            return
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


def _row(tr: Any, skip: Any = None) -> str | None:
    r"""A table's row as the generic extractor prints one, ``| cell | cell |`` (a ``|``
    inside a cell written ``\|``), so that a table reads the same whatever step found the
    text; ``""`` for a row without text, ``None`` for a row that holds a table (a layout's:
    its blocks are read as they are)."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in CELL_TAGS
             and not (skip and skip(c))]
    if not cells or tr.find(".//table") is not None:
        return None
    texts = [element_text(c, skip).replace("|", "\\|") for c in cells]
    return f"| {' | '.join(texts)} |" if any(texts) else ""


_LIST_ITEMS = frozenset({"li", "dd", "dt"})
# (and a scrolling ticker of the latest items: "<marquee>What's New … (27-05-2019)")
_OFF_TAGS = frozenset({"nav", "footer", "aside", "marquee"})
# class/id words of blocks whose dates belong to other pages, and of the box a page prints
# the day it is viewed in ("today", "top_date", "current-date"): that day is nobody's
# publication, though a page saved the day it came out prints both alike (measured over every
# set: probe133 fo05 wrong -> right, probe117 ql05 right -> missing). One pattern: off_stream
# asks it of every block read around a headline.
_OFF_WORDS = re.compile(
    r"(?:^|[-_\s])(?:related|relate|recommend|reldocuments|sidebar|comments?|xgwz|xglj|xgxw|"
    r"latest|popular|trending|more|"
    r"today|date[-_]?today|today[-_]?date|current[-_]?date|currentdate|top[-_]?date|clock)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
_MARK = "\ue000"
#: Levels above the headline where reading starts.
_CLIMB = 3
#: Blocks right before the headline's block read as its neighbourhood, and their size.
_STEP_BACK, _SHORT_BLOCK = 2, 600
# Whitespace runs, collapsed with three C-level substitutions instead of a Python callback
# per run (measured: 0.1 ms a page less): a run with a line break becomes one line break,
# a run with two typed spaces (&nbsp;&nbsp;, U+3000) a wide gap, any other run one space.
_LINE_RUN = re.compile(r"\s*\n\s*")
_TYPED = "\u00a0\u3000\u2002\u2003"
_WIDE_RUN = re.compile(f"[^\\S\\n]*[{_TYPED}][^\\S\\n]*[{_TYPED}][^\\S\\n]*")
_SPACE_RUN = re.compile(r"[^\S\n]+")
_ZERO_WIDTH = re.compile(r"[\u200b\ufeff]+")
_WIDE = "\x00"


def _collapse(text: str) -> str:
    """Whitespace runs to one character, keeping what separates fields on an info line:
    a line break stays a line break, a typed wide gap (``&nbsp;&nbsp;``) stays two
    spaces."""
    # each substitution scans the whole text: skip the two whose characters are absent
    # (zero-width ones on no page in 300, typed spaces on 6 in 10)
    if "\u200b" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub("", text)
    text = _LINE_RUN.sub("\n", text)
    wide = any(c in text for c in _TYPED)
    if wide:
        text = _WIDE_RUN.sub(_WIDE, text)
    text = _SPACE_RUN.sub(" ", text)
    return (text.replace(_WIDE, "  ") if wide else text).strip()


def _field_value(el: Any) -> bool:
    """A ``<dd>`` after a ``<dt>`` label (``<dt>From:</dt><dd><a>Department</a></dd>``): the
    value of the page's own field, not an item of a list of links."""
    if el.tag != "dd":
        return False
    label = el.getprevious()
    text = (label.text_content() if label is not None and label.tag == "dt" else "").strip()
    return 0 < len(text) <= 30 and text.endswith((":", "："))


def off_stream(el: Any) -> bool:
    """Blocks whose text describes other pages: navigation, footers, related lists, and
    list items that link elsewhere (``<li><a>headline</a> 2023-07-12</li>``)."""
    tag = el.tag
    if tag in _OFF_TAGS:
        return True
    if tag in _LIST_ITEMS:
        return any(a.get("href") for a in el.iter("a")) and not _field_value(el)
    # (most elements have neither: no text is made for them)
    cls, ident = el.get("class"), el.get("id")
    # (a site's alert banner, "COVID-19 update – March 8, 2021: some facilities remain
    # closed", dates the notice, not the page)
    return bool(cls and _OFF_WORDS.search(cls) or ident and _OFF_WORDS.search(ident)
                or el.get("role") == "alert")


def _time_class(el: Any) -> str:
    return (el.get("class") or "").lower()


def _hidden_update(el: Any) -> bool:
    """A WordPress theme's ``<time class="updated">`` beside its ``<time class="entry-date
    published">``: the themes' style sheets hide it (``.updated:not(.published)``), so a
    reader sees the publication alone, whichever of the two comes first."""
    cls = _time_class(el)
    if "updated" not in cls or "published" in cls:
        return False
    if "hidden" in cls:
        # (Avada's "<span class='updated rich-snippet-hidden'>" beside the shown date: its
        # name says a reader never sees it)
        return True
    if el.tag != "time":
        return False
    parent = el.getparent()
    if parent is None:
        return False
    # (one the theme labels is shown: Newspack's "<span class='updated-label'>Updated </span>"
    # before it)
    prev = el.getprevious()
    before = ((prev.text_content() + (prev.tail or "")) if prev is not None
              else (parent.text or ""))
    return not _SHOWN_UPDATE.search(before) and any(
        "published" in _time_class(t) for t in parent.iterchildren("time"))


_SHOWN_UPDATE = re.compile(r"(?:updated?|modified|aktualisiert|mis à jour|actualizado|"
                           r"aggiornato|bijgewerkt|更新)\s*(?:on|at|am|le|el|il)?\s*[:：]?\s*$",
                           re.IGNORECASE)


def text_around(
    root: Any, anchor: Any | None, before: int = 400, after: int = 400
) -> tuple[str, int]:
    """Visible text near *anchor* (the headline element), whitespace collapsed, and the
    anchor's offset in it: from *before* characters ahead of the anchor to *after*
    characters past it. Navigation, footers, related lists and link list items are left
    out, so the dates and sources found here are the article's own. Without an anchor,
    the first *after* characters of ``<body>`` and offset 0.
    """
    body, start_at = _reading_start(root, anchor)
    reader = _AroundReader(anchor, after)
    reader.read_on(start_at, body)
    text = _collapse("".join(reader.parts))
    start = text.find(_MARK)
    if start < 0:
        return text[:_line_end(text, after)], 0
    text = text[:start] + text[start + 1:]
    lo = max(0, start - before)
    return text[lo: _line_end(text, start + after)], start - lo


#: How far past the window's end its last line is read to its end.
_LINE_REACH = 40


def _line_end(text: str, end: int) -> int:
    """*end*, or the end of the line it falls in when that is near: a label's value cut at
    the window's end ("（来源：市政府办公" for "（来源：市政府办公室）") is read whole."""
    stop = text.find("\n", end, end + _LINE_REACH)
    return stop if stop >= 0 else end


def _reading_start(root: Any, anchor: Any | None) -> tuple[Any, Any]:
    """``(body, the element reading starts at)``: a few levels above the anchor."""
    body = root.find("body")
    if body is None:
        body = root
    start_at = body
    if anchor is not None:
        # the info line and disclosure table sit within a few levels of the headline:
        # read from there instead of from the top of <body> (menus and banners)
        start_at = anchor
        for _ in range(_CLIMB):
            parent = start_at.getparent()
            if parent is None or parent is body or parent is root:
                break
            start_at = parent
        # a disclosure table printed just before the headline's block (索引号, 发文机关,
        # 发布日期 over the title): short blocks right before it are read too
        steps = 0
        while steps < _STEP_BACK:
            prev = start_at.getprevious()
            if (prev is None or not isinstance(prev.tag, str) or prev.tag in SKIP_TAGS
                    or off_stream(prev)):
                break
            text = prev.xpath("string()")
            if len(text) > _SHORT_BLOCK:
                break
            start_at = prev
            # (a spacer, an empty row of a layout table, is no step)
            steps += bool(text.strip())
    return body, start_at


class _AroundReader:
    """Collects the visible text from an element on, marking the anchor, until *after*
    characters past it (three times that, before whitespace is collapsed)."""

    def __init__(self, anchor: Any | None, after: int) -> None:
        self.anchor = anchor
        self.after = after
        self.parts: list[str] = []
        self.size = 0
        self.limit = after * 3 if anchor is None else None
        # the blocks that hold the anchor are read whatever their names say: a layout's
        # "l-sidebar__main" column holds the article beside its sidebar
        self.holding = set(anchor.iterancestors()) if anchor is not None else set()

    def walk(self, node: Any) -> bool:
        """Read *node*'s text; True once the limit is reached."""
        parts = self.parts
        if node is self.anchor:
            parts.append(_MARK)
            self.limit = self.size + self.after * 3  # collapsed whitespace shrinks the text
        if node.text:
            parts.append(node.text)
            self.size += len(node.text)
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in SKIP_TAGS and (
                    not off_stream(child) or child in self.holding) and not (
                    tag in ("time", "span") and _hidden_update(child)):
                edge = "\n" if tag in BLOCK_TAGS or tag in CELL_TAGS else " "
                parts.append(edge)
                if self.walk(child):
                    return True
                parts.append(edge)
            if child.tail:
                parts.append(child.tail)
                self.size += len(child.tail)
            if self.limit is not None and self.size >= self.limit:
                return True
        return False

    def read_on(self, start_at: Any, body: Any) -> None:
        """From the starting block on to the following blocks, up to the limit."""
        done = self.walk(start_at)
        node = start_at
        while not done and node is not None and node is not body:
            for sibling in node.itersiblings():
                if done:
                    break
                if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS and (
                        not off_stream(sibling) or sibling in self.holding):
                    self.parts.append("\n")
                    done = self.walk(sibling)
                if sibling.tail:
                    self.parts.append(sibling.tail)
                    self.size += len(sibling.tail)
            node = node.getparent()


# Text outside these is not running text: code, navigation, page header and footer, links.
_NOT_RUNNING = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header",
                          "footer", "a", "select", "button"})


def running_chars(root: Any) -> int:
    """Characters of visible text outside navigation, headers, footers and links."""
    body = root.find("body")
    if body is None:
        return 0
    total = len(body.text.strip()) if body.text else 0
    stack = [body]
    while stack:
        for child in stack.pop():
            if isinstance(child.tag, str) and child.tag not in _NOT_RUNNING:
                if child.text:
                    total += len(child.text.strip())
                stack.append(child)
            if child.tail:
                total += len(child.tail.strip())
    return total

"""Issuing agency (来源 / Source:) and channel (ColumnName / breadcrumb)."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .dates import find_dates
from .hiding import is_skipped
from .meta import PageMeta
from .named import NamedElements
from .text import (
    BLOCK_TAGS,
    clean_line,
    element_text,
    fold_hant,
    is_record_number,
    off_stream,
    paragraphs,
    text_length,
)
from .title import numbers_a_release, title_key

__all__ = ["SOURCE_WORDS", "is_issuer_line", "is_source_label", "pick_channel", "pick_source",
           "source_from_text", "source_on_page"]

#: "Source" in the languages that label a release's source line with it (European ones,
#: Turkish, Uzbek, Azerbaijani, Kazakh, Swahili, Indonesian, Arabic, Persian, Hebrew,
#: Korean, Hindi).
SOURCE_WORDS = ("Fuente", "Źródło", "Zdroj", "Forrás", "Bron", "Källa", "Kilde", "Lähde",
                "Allikas", "Izvor", "Sursa", "Πηγή", "Источник", "Източник", "Джерело",
                "Kaynak", "Manba", "Chanzo", "Mənbə", "Дереккөз", "Sumber", "المصدر", "منبع",
                "מקור", "출처", "자료제공", "स्रोत")
# Who issued it, as a notice board's or a register's field names it: "Issued by", Czech
# "Vydal", Polish BIP's "Wytworzył", Italian "Ufficio responsabile", French "Émis par",
# Swahili "Imetolewa na"; or prepared it
ISSUER_WORDS = ("Released by", "Issued by", "Vydal", "Wytworzył", "Ufficio responsabile",
                "Émis par", "Emitido por", "Imetolewa na",
                # ... who prepared it: Latvian "Informāciju sagatavoja", "Information prepared by"
                "Informāciju sagatavoja", "Information prepared by")
_ISSUER_LINE = re.compile(rf"^\s*(?:{'|'.join(ISSUER_WORDS)})\s*[:：]", re.IGNORECASE)
# ... and the English sign-off written as a line ("Issued by the Government Communication
# and Information System", in capitals too)
_ISSUED_BY_THE = re.compile(r"^(?:issued|released) by the\s", re.IGNORECASE)
# "来源：浙江日报", "信息来源: 内蒙古日报", "Source: Ministry of ...", "Author: ...", and the
# "From: Department for ..." of a government newsroom's metadata
_SOURCE_LABELS = (
    "信息来源", "文章来源", "稿件来源", "资料来源", "资讯来源", "来源", "来自", "出处",
    "发布机构", "发文机关", "发布机关", "发布单位", "供稿单位", "发稿单位", "撰稿单位",
    "信息提供单位", "来源单位",
    "Source", "Author", "Quelle", "Herausgeber", "From",
    # Japanese, Korean, Portuguese, Thai and Vietnamese offices and sources (a news portal's
    # "提供：みなと通信", the label alone: "图片提供" is a picture's credit)
    "提供部局", "担当部署", "担当課", r"(?<![^\s|｜])提供", r"발표\s*부서", r"담당\s*부서",
    "부서명", "부처", "작성자", "Entidade", "Fonte", "แหล่งที่มา", "ที่มา", "Nguồn",
    # "source" in European languages; who released it
    *SOURCE_WORDS, *ISSUER_WORDS)
# (each label's first letter, both cases: a pattern that ignores case is tried at every
# position of the text, while one that opens with a class skips to where a label can start,
# five times as fast; a label must open with a letter, after a lookbehind if any)
_LOOKBEHIND = re.compile(r"^\(\?<[=!](?:\[[^\]]*\]|[^)])*\)")
_FIRSTS = {_LOOKBEHIND.sub("", label)[0] for label in _SOURCE_LABELS}
_LABEL_STARTS = "".join(sorted({c.lower() for c in _FIRSTS} | {c.upper() for c in _FIRSTS}))
assert all(c.isalpha() for c in _LABEL_STARTS), _LABEL_STARTS
_SOURCE = re.compile(
    rf"(?=[{_LABEL_STARTS}])(?P<l>{'|'.join(_SOURCE_LABELS)})"
    # the value's words run to the next label: a word followed by a colon is one
    r"[ \t]*[:：][ \t]*\n?[ \t]*(?P<v>[^\s|｜]+(?: (?![^\s|｜:：]+[:：])[^\s|｜:：]+)*)",
    re.IGNORECASE,
)
# Words that follow the source on the same line and must not be part of it.
_STOP = re.compile(
    r"\s*(?:发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览|点击|阅读|访问|字号|字体|发布者|撰稿|"
    r"摄影|供稿|文字|审核|分享|打印|举报|纠错|【|\[|"
    r"Date|Published|Updated|Time|Views|\d{4}[-/.年])",
    re.IGNORECASE,
)


# A disclosure table's label cell without a colon, its value in the next cell (read as the
# next line): "发文机关 | 杭州市人民政府办公厅".
_SOURCE_CELL = re.compile(
    r"(?:^|\n)[ \t]*(?:发文机关|发布机构|发布机关|(?:发布|来源)单位|信息来源|来源"
    r"|作成者|提供部局|担当課|작성자|담당\s*부서|부서명|부처)[ \t]*\n[ \t]*"
    r"(?P<v>[^\n，。；！？,;]{2,30})(?:\n|$)"  # a name, not a sentence
    # ... or the same line after a space, for labels no sentence starts with
    r"|(?:^|\n)[ \t]*(?:发文机关|发布机构|发布机关|(?:发布|来源)单位|信息来源|담당\s*부서|부서명"
    r"|작성자)[ \t]+(?P<w>[^\n，。；！？,;:：]{2,30})(?:\n|$)")


def source_from_text(text: str) -> str | None:
    """The value of the first ``来源：`` / ``Source:`` / ``Author:`` label in *text*
    (traditional characters too: ``資料來源：``), as the page prints it; or of a
    disclosure table's agency cell (``发文机关``) and the cell after it."""
    folded = fold_hant(text)
    # an author's label only when no source's label follows ("Author: X | Source: Y")
    found = [f for f in _SOURCE.finditer(folded) if not _in_caption(folded, f.start())]
    m = next((f for f in found if f["l"].lower() != "author"), found[0] if found else None)
    if not m:
        cell = _SOURCE_CELL.search(folded)
        if not cell:
            return None
        group = "v" if cell["v"] is not None else "w"
        return text[cell.start(group): cell.end(group)].strip()
    stop = _STOP.search(folded, m.start("v"), m.end("v"))
    value = text[m.start("v"): stop.start() if stop else m.end("v")]
    # the value runs to a double space or a field separator; single spaces may be inside
    # "【来源：某某】", "（来源：某某）"
    value = re.split(r"\s{2,}|[|｜]", value)[0].strip(" ，,;；。】］]）)")
    # ... a bracket the value opened itself stays: "Instituto de Estadística (IEV)."
    for opening, closing in ("()", "（）", "[]"):
        if value.count(opening) > value.count(closing):
            value += closing
    # linked names joined by commas read with a space before each comma
    return _SPACED_COMMA.sub(r"\1", value) or None


_SPACED_COMMA = re.compile(r"\s+([,，;；])")


def _in_caption(text: str, start: int) -> bool:
    """Whether the label at *start* opens a bracket closing a line of other words, or
    follows a sentence on its line: a picture's credit ("▲ 7月2日14时卫星云图（来源：省气象台）",
    "Mehrwegbecher sollen zum Normalfall werden. Quelle: Thomas Imo / photothek.net"), not
    the page's."""
    before = text[text.rfind("\n", 0, start) + 1: start].rstrip()
    if before.endswith((".", "。")) and sum(c.isalpha() for c in before) >= 10:
        return True  # after the caption's sentence: "… werden. Quelle: Name / Agentur"
    if not before.endswith(("（", "(")):
        return False
    words = before[:-1]
    if ":" in words or "：" in words or "|" in words or "｜" in words:
        return False  # a line of fields ("发布时间：… （来源：…）")
    for stamp in reversed(find_dates(words)):  # a date line's, not a caption's
        words = words[:stamp.start] + words[stamp.end:]
    return sum(c.isalpha() for c in words) >= 4


def pick_source(meta: PageMeta, header_text: str | None,
                credits: str | None = None, root: Any = None) -> str | None:
    """Precedence: ``ContentSource`` meta, then a ``来源：``/``Source:``/``Author:`` line
    in the text around the headline (*header_text*), then a credit line closing the text
    (*credits*: ``（来源：市政府办公室）``), then a source line elsewhere on the page under
    *root* (:func:`source_on_page`)."""
    value = meta.get("contentsource", "source")
    if value:
        # a meta that keeps the page's label: "来源：人民网－人民日报"
        return source_from_text(value) or clean_line(value)
    for text in (header_text, credits):
        value = source_from_text(text) if text else None
        if value:
            return value
    found = _FROM_OFFICE.search(header_text) if header_text else None
    if found:
        return found["v"].strip()
    return source_on_page(root) if root is not None else None


# A line near the headline that is "From" and an office's name without a colon, the name a
# link of its own: "From Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media"
# (an office's word among its first capitalized words: "From our correspondent", "From Monday
# the Council meets" name nobody's office)
_FROM_OFFICE = re.compile(
    r"^[ \t]*From[ \t]+(?:the[ \t]+)?(?P<v>(?:[A-Z][\w&'’-]*[ \t]+){0,3}"
    r"(?:Department|Ministry|Office|Agency|Council|Government|Authority|Commission|Service"
    r"|Bureau|Administration|Secretariat"
    r"|Board|Directorate|Police|Parliament|Embassy|Minister)\b[^\n.!?:]{0,100})[ \t]*$",
    re.MULTILINE)


# Labels a source line starts with when it stands apart from the headline, often under the
# text in a box of its own ("Fuente: Consejería de …", "Źródło: Kancelaria …", a field
# "Issued by" over its value). Found by libxml2: the page's text nodes that start so.
_LINE_LABELS = ("Source", "Quelle", "Fonte", *SOURCE_WORDS, *ISSUER_WORDS, "担当課",
                # Vietnamese, Thai
                "Nguồn", "แหล่งที่มา", "ที่มา",
                # a Chinese record's row under the text: "信息来源：… 录入时间：…", "新聞來源：",
                # a release's field list: "發布單位：…"
                "来源", "來源", "信息来源", "信息來源", "资料来源", "資料來源", "文章来源",
                "新闻来源", "新聞來源", "发布单位", "發布單位", "发布机关", "發布機關")
# ... found by libxml2, for the labels the body's text holds only (one regex of the labels
# over it, twice as fast as a substring test per label: one XPath of all the labels'
# normalize-space() cost a seventh of extraction)
_BODY_TEXT = etree.XPath("string(/html/body)")
_ANY_LABEL = re.compile("|".join(_LINE_LABELS))
_LABELLED: dict[tuple[str, ...], Any] = {}


def _labelled(labels: tuple[str, ...]) -> Any:
    """The XPath of the text nodes that start with one of *labels*, or hold one after a
    field separator ("Eingestellt am: 28.05.2024 | Quelle: Ordnungsamt"), compiled once."""
    found = _LABELLED.get(labels)
    if found is None:
        found = _LABELLED[labels] = etree.XPath("/html/body//text()[" + " or ".join(
            f"contains(., '{w}') and (starts-with(normalize-space(.), '{w}')"
            f" or contains(., '| {w}'))"
            for w in labels) + "]")
    return found
#: Longest line that can be a source line (a label and an office's name).
MAX_SOURCE_LINE = 120
#: Longest value in a field of its own after a label without a colon.
MAX_SOURCE_VALUE = 60


def is_issuer_line(line: str) -> bool:
    """*line* opens with the label of who issued the text (``Issued by:``, ``Imetolewa
    na:``), or is a line of its own that says so without one (``ISSUED BY THE DEPARTMENT
    OF …``): a release's sign-off, over the office and the day it was issued."""
    if _ISSUER_LINE.match(line) is not None:
        return True
    line = line.strip()
    if _ISSUED_BY_THE.match(line) is None:
        return False
    if line.isupper():
        # (set in capitals, a sign-off runs longer and may close with a full stop: "ISSUED
        # BY THE PARLIAMENTARY COMMUNICATION SERVICES ON BEHALF OF THE CHAIRPERSON …, MS …."
        return len(line) <= 2 * MAX_SOURCE_LINE
    return len(line) <= MAX_SOURCE_LINE and line[-1:] not in ".!?"


def is_source_label(line: str) -> bool:
    """*line* is a source's label alone (``Issued by``, ``Fuente:``): its value was a link
    the text reader dropped, or is in a field of its own."""
    return line.strip().rstrip(" :：") in _LINE_LABELS


def source_on_page(root: Any) -> str | None:
    """The value of the first short line on the page that starts with a source's label
    (``Fuente: …``, ``Released by: …``), or of a field labelled ``Issued by`` and the
    element after it; outside navigation, related lists, and the page's footer and chrome
    (an article's own footer, inside ``<article>`` or ``<main>``, is the article's)."""
    present = {m.group() for m in _ANY_LABEL.finditer(_BODY_TEXT(root))}
    if not present:
        return None
    labels = tuple(label for label in _LINE_LABELS if label in present)
    for node in _labelled(labels)(root):
        el = node.getparent()
        # a line of its own after a break or a block, loose in a long block ("<br>Источник:
        # пресс-служба акима<br>" under the text's box): read alone, as its block is text
        loose = (clean_line(node) if node.is_tail and el.tag in BLOCK_TAGS
                 and len(node.strip()) <= MAX_SOURCE_LINE else None)
        if node.is_tail:
            el = el.getparent()
        # the label's own element when it holds the value ("<span>Forrás: MTI</span>" in a
        # footer line with the share buttons), else its block
        if el.tag in BLOCK_TAGS or not source_from_text(element_text(el)):
            while el is not None and el.tag not in BLOCK_TAGS:
                el = el.getparent()
        if el is None:
            continue
        chain = (el, *el.iterancestors())
        if any(a.tag in ("figure", "figcaption") or _PICTURE_BOX.search(
                f"{a.get('class') or ''} {a.get('id') or ''}") for a in chain[:4]):
            continue  # a picture's credit ("Quelle: Name / Agentur" under a photo)
        own = any(a.tag in ("article", "main") for a in chain)
        if any(off_stream(a) or a.tag in ("nav", "aside") or not own and is_skipped(a)
               for a in chain):
            continue
        if text_length(el) > 4 * MAX_SOURCE_LINE:
            # (the length counted by libxml2: a label inside a long block is text, unless
            # it starts a line of its own)
            value = source_from_text(loose) if loose else None
            if value:
                return value
            continue
        text = element_text(el)
        if len(text) > MAX_SOURCE_LINE:
            continue
        # (read by its lines: a value ends at a line break, "担当課：健康福祉部 健診係<br>〒290-…")
        value = (source_from_text("\n".join(paragraphs(el, is_skipped)))
                 or source_from_text(text))  # (a row's cells: "| Vydal: | Obecní úřad |")
        if value is None and is_source_label(text):
            after = el.getnext()
            value = element_text(after) if after is not None else None
            if value and len(value) > MAX_SOURCE_VALUE:
                value = None
        if value:
            return value
    return None


# Boxes named for a picture's caption or credit (whole words of the class or id)
_PICTURE_BOX = re.compile(r"(?:^|[-_\s])(?:caption|credit|credits|copyright|photo|picture"
                          r"|bildunterschrift|bildnachweis)(?=$|[-_\s])", re.IGNORECASE)


# Breadcrumb candidates: elements whose class or id holds one of these needles. They leave
# out the first letter (case-sensitive, as the names are printed): "rumb" finds crumb,
# Crumb, breadcrumb, Breadcrumb. "path" stands for path, currentpath, curpath and
# nav-path: _crumb_rank keeps only those words; "mbx" is 面包屑's initials.
_CRUMB_NEEDLES = ("rumb", "osition", "ocation", "weizhi", "dqwz", "path", "mbx")
_NEEDLES = re.compile("|".join(_CRUMB_NEEDLES))  # (as printed: the names found confirmed)


def _crumb_boxes(root: Any, names: NamedElements | None = None) -> list[Any]:
    """``<body>`` and the elements under it whose class or id holds a needle, or whose
    aria-label says crumb, in page order."""
    return [el for el in (names or NamedElements(root)).search(_CRUMB_NEEDLES, body=True)
            if _crumb_named(el)]


def _crumb_named(el: Any) -> bool:
    get = el.get
    cls, ident, label = get("class"), get("id"), get("aria-label")
    return bool(cls and _NEEDLES.search(cls) or ident and _NEEDLES.search(ident)
                or label and "rumb" in label)


_CRUMB_LABELS = ("当前位置", "您的位置", "您现在的位置", "所在位置", "当前的位置")
# (one needle that every label holds, the labels checked after: five times faster)
_CRUMB_TEXT_XPATH = etree.XPath("/html/body//text()[contains(., '位置')]")
_CRUMB_LEAD = re.compile(
    r"^\s*(?:当前位置|您的位置|您现在的位置|所在位置|当前的位置|位置|current location|"
    r"current position|you are here|location|sie sind hier)\s*[:：]?\s*",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# (a dash only between spaces: "首页 - 政务公开", not "COVID-19")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|›|»|→|＞|≫|》|/|\\|\||｜)\s*|\s+[-–—]\s+")


def _steps(el: Any) -> list[str]:
    """Breadcrumb steps: list items when it is a list (``<ol><li>``, no separators
    printed), else its text split at the separators (``首页 > 政务公开``), else its links
    (``<a>Home</a> <a>Transport</a>``: the separators drawn by style)."""
    items = [element_text(li, is_skipped) for li in el.iter("li")]
    items = [_CRUMB_LEAD.sub("", i).strip(" >›»/|") for i in items]
    if len([i for i in items if i]) >= 2:
        return [i for i in items if i]
    text = _CRUMB_LEAD.sub("", element_text(el, is_skipped))
    steps = [s.strip() for s in _CRUMB_SEP.split(text) if s.strip()]
    if len(steps) < 2:
        links = [element_text(a, is_skipped).strip() for a in el.iter("a")]
        if len([t for t in links if t]) >= 2:
            return [t for t in links if t]
    return steps


def pick_channel(meta: PageMeta, root: Any, title: str | None = None,
                 names: NamedElements | None = None) -> str | None:
    """Precedence: ``ColumnName`` meta, then the last step of the breadcrumb (an element
    whose class/id says breadcrumb/position/location, or a line starting ``当前位置``),
    skipping a last step that is the headline itself (the channel comes before it).
    *names*: the page's :class:`~newscrawler.extract.named.NamedElements`, when the caller
    has them."""
    value = meta.get("columnname")
    if value:
        return clean_line(value)
    elements = _crumb_boxes(root, names)
    found = [(_crumb_rank(el), pos, el) for pos, el in enumerate(elements)]
    candidates = [el for rank, _, el in sorted(found, key=lambda t: t[:2]) if rank < 2]
    found = _channel_from(candidates, title)
    if not found and title and _CJK.search(title):
        # the 当前位置 labels are Chinese: a search of every text node is spent only on
        # pages whose headline is Chinese; a label in its own element (<strong>当前位置:
        # </strong>) stands in the trail's
        labels = [t.getparent() for t in _CRUMB_TEXT_XPATH(root)
                  if t.getparent() is not None and any(w in t for w in _CRUMB_LABELS)]
        found = _channel_from([_with_links(el) for el in labels], title)
    if not found:
        # a trail by its shape: the home page's link, then links after '>' (a box whose
        # class says nothing: "loc", "place")
        found = _channel_from(list(dict.fromkeys(a.getparent() for a in _home_steps(root))),
                              title)
    return found


def _with_links(el: Any) -> Any:
    """*el*, or its parent when *el* holds the label alone (``<strong>当前位置:</strong>``)."""
    parent = el.getparent()
    alone = not _CRUMB_LEAD.sub("", element_text(el)).strip(" :：>»")
    return parent if alone and parent is not None else el


def _home_steps(root: Any) -> list[Any]:
    """Links to the site's root ("/", "./index.html", "https://www.x.gov.cn/") followed by
    '>' (or '›', '»', '＞') and another link: a trail's first step. (Walked in Python: the
    XPath on the sibling axes cost several times as much.)"""
    out = []
    for a in root.iter("a"):
        tail, after = a.tail, a.getnext()
        if (tail and after is not None and after.tag == "a" and _TRAIL_SEP.search(tail)
                and _HOME_HREF.match(a.get("href") or "")):
            out.append(a)
    return out


_TRAIL_SEP = re.compile("[>›»＞]")
_HOME_HREF = re.compile(
    r"^\s*(?:(?:https?:)?//[^/?#]+/?|(?:\.{0,2}/)+(?:index\.\w+)?|index\.\w+)\s*$")


# What a breadcrumb's last step says in place of the headline: the page itself, no channel
_PLACEHOLDERS = frozenset({"正文", "正文内容", "内容", "详情", "详细内容", "详细信息", "信息详情",
                           "内容详情", "文章内容", "阅读文章", "浏览文章", "查看内容", "article",
                           "details", "detail", "content", "text", "artikel", "inhalt"})


_WORDY = re.compile(r"[^\W_]")


def _channel_from(candidates: list[Any], title: str | None) -> str | None:
    key = title_key(title) if title else ""
    for el in candidates:
        # a step is words: dashes left around one, or standing alone, are not
        steps = [t for t in (s.strip(" -–—") for s in _steps(el)) if _WORDY.search(t)]
        # (a placeholder for the page, or its record number, closes the trail)
        while steps and (steps[-1].lower() in _PLACEHOLDERS or is_record_number(steps[-1])
                         or numbers_a_release(steps[-1])):
            steps = steps[:-1]
        if len(steps) < 2 or len(steps) > 10 or sum(len(s) for s in steps) > 300:
            continue
        last = title_key(steps[-1])
        if key and last and (key in last or (last in key and 2 * len(last) > len(key))):
            steps = steps[:-1]  # the headline closes the trail: the channel is before it
        if len(steps) >= 2:
            return steps[-1]
    return None


_STRONG = re.compile(r"crumb|bread", re.IGNORECASE)
_WEAK_WORDS = frozenset({"position", "location", "weizhi", "dqwz", "currentpath", "curpath",
                         "current-position", "current-location", "cur-position", "nav-path",
                         "path", "mbx"})


def _crumb_rank(el: Any) -> int:
    """0 for a breadcrumb by name, 1 for a Chinese portal's "position" box, 2 otherwise
    (CSS utility classes such as ``position-relative`` are not breadcrumbs)."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
    if _STRONG.search(attrs):
        return 0
    return 1 if not _WEAK_WORDS.isdisjoint(attrs.lower().split()) else 2

"""Article title: reconcile the guideline meta, og:title, ``<h1>`` and ``<title>``."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .chrome import is_hidden
from .meta import PageMeta
from .text import clean_line, element_text, text_key

__all__ = ["clean_title", "find_headline", "pick_title", "strip_site_suffix", "title_key"]

# Separators between a headline and the site name in <title>: "标题_浙江省人民政府",
# "Headline - Sichuan Provincial People's Government", "Headline | GOV.UK", "A – B".
_SEP = re.compile(r"\s*(?:_+|[|｜丨]|\s[-–—]\s|\s?--\s?|——|\s::\s|\s»\s)\s*")
# A space between two CJK characters (or a CJK character and a digit) is layout, not text:
# "2007　年" in a gov.cn <title>.
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\d])\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=\d)")


#: Headlines are compared by :func:`~newscrawler.extract.text.text_key`.
title_key = text_key


def clean_title(text: str) -> str:
    """One line, no soft hyphens (U+00AD), no layout spaces inside Chinese text."""
    return _CJK_GAP.sub("", clean_line(text.replace("\u00ad", "")))


def _segments(title: str) -> list[str]:
    return [p.strip() for p in _SEP.split(clean_line(title)) if p.strip()]


def strip_site_suffix(title: str, site_names: tuple[str, ...] = ()) -> str:
    """The headline part of a ``<title>``: the first segment that is not a known site
    name (headlines come first on almost every portal)."""
    parts = _segments(title)
    if not parts:
        return ""
    names = {title_key(n) for n in site_names if n}
    for part in parts:
        if title_key(part) not in names:
            return part
    return parts[0]


def _h1_texts(root: Any, limit: int = 6) -> list[str]:
    out = []
    for el in root.iter("h1"):
        text = element_text(el)
        if text:
            out.append(text)
            if len(out) >= limit:
                break
    return out


def _agree(h1s: list[str], refs: list[str]) -> str | None:
    """The headline two sources agree on, or ``None``.

    Precedence: an h1 equal to a whole reference or one of its segments; a reference
    segment that extends an h1 (the h1 is a shortened headline: keep the full one); an
    h1 that ends with a reference (a kicker or date line printed inside the h1: keep the
    reference); an h1 that a reference cuts short (a truncated ``<title>``: keep the h1).
    """
    pieces = []
    for ref in refs:
        pieces.append(ref)
        pieces.extend(_segments(ref))
    keyed = [(title_key(p), p) for p in pieces if title_key(p)]
    h1keys = [(title_key(h), h) for h in h1s if title_key(h)]
    keys = {k for k, _ in keyed}
    equal = [h for hk, h in h1keys if hk in keys]
    if equal:
        # several h1s (site logo, section name, headline) may each equal a <title>
        # segment: the headline is the longest
        return max(equal, key=len)
    for hk, _h in h1keys:
        longer = [p for k, p in keyed if k.startswith(hk) and len(k) > len(hk)]
        if longer and len(hk) >= 8:
            # the h1 opens a longer segment: the h1 is shortened, keep the full title
            return min(longer, key=len)
    for hk, _h in h1keys:
        for k, p in keyed:
            if len(k) >= 8 and hk.endswith(k):
                return p
    for hk, h in h1keys:
        for k, _p in keyed:
            if len(k) >= 8 and hk.startswith(k):
                return h
    return None


def pick_title(meta: PageMeta, root: Any) -> str | None:
    """The headline.

    Precedence: ``ArticleTitle`` meta (Chinese guideline); then the headline the
    ``<h1>`` elements and og:title / ``<title>`` agree on (see :func:`_agree`); then
    og:title, then ``<title>``, each without its site-name segment; then the first h1.
    """
    art = meta.get("articletitle")
    if art:
        return clean_title(art)
    names = (meta.get("sitename"), meta.get("og:site_name"), meta.get("application-name"),
             meta.get("apple-mobile-web-app-title"))
    site_names = tuple(n for n in names if n)
    doc = next((element_text(el) for el in root.iter("title")), "")
    og = meta.get("og:title", "twitter:title") or ""
    refs = [r for r in (og, doc) if r]
    h1s = _h1_texts(root)
    found = _agree(h1s, refs)
    if found:
        return clean_title(found)
    for ref in refs:
        head = strip_site_suffix(ref, site_names)
        if head:
            return clean_title(head)
    return clean_title(h1s[0]) if h1s else None


_HEAD_TAGS = ("h1", "h2", "h3")
# Elements with a direct text node containing $n: the search runs in libxml2, which is
# ten times faster than visiting every element from Python.
_HAS_TEXT = etree.XPath("//body//*[text()[contains(., $n)]]")


def find_headline(root: Any, title: str | None) -> Any | None:
    """The element that shows the headline on the page: the publication date, source
    and lead are printed next to it.

    Precedence: an ``<h1>``/``<h2>``/``<h3>`` whose text contains the title or most of
    it; then the first element whose text is the title or most of it (portals that print
    the headline in a ``<div class="title">`` or a table cell). Hidden elements and link
    lists (the headline repeated in a news list) are passed over.
    """
    if not title:
        return None
    key = title_key(title)
    if not key:
        return None
    for tag in _HEAD_TAGS:
        for el in root.iter(tag):
            k = title_key(element_text(el))
            if k and (key in k or (k in key and 2 * len(k) >= len(key))) and _shown(el):
                return el
    # a needle without spaces: the page may break the title across lines or elements
    needle = max(re.split(r"\s+", title), key=len)[:12]
    for el in _HAS_TEXT(root, n=needle):
        if el.tag in ("title", "script", "style", "a", "option"):
            continue
        if not _shown(el):
            continue
        node = el
        for _ in range(3):  # the title may be split over inline children: climb a little
            k = title_key(element_text(node))
            if k == key or (k in key and 2 * len(k) >= len(key)):
                return node
            node = node.getparent()
            if node is None:
                break
    return None


def _shown(el: Any) -> bool:
    """Neither hidden nor part of a link list (the headline repeated in a news list)."""
    if el.tag == "a" or is_hidden(el):
        return False
    for parent in el.iterancestors():
        if parent.tag in ("a", "li", "nav", "option") or is_hidden(parent):
            return False
    return True

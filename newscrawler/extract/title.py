"""Article title: reconcile the guideline meta, og:title, ``<h1>`` and ``<title>``."""

from __future__ import annotations

import re
from typing import Any

from .meta import PageMeta
from .text import clean_line, element_text

__all__ = ["pick_title", "strip_site_suffix"]

# Separators between a headline and the site name in <title>: "标题_浙江省人民政府",
# "Headline - Sichuan Provincial People's Government", "Headline | GOV.UK".
_SEP = re.compile(r"\s*(?:[_|｜丨]|\s[-–—]\s|\s?--\s?|——|\s::\s|\s»\s)\s*")
_KEY = re.compile(r"[\W_]+", re.UNICODE)


def _key(text: str) -> str:
    """Comparison key: case-folded, no punctuation, no whitespace, no soft hyphens."""
    return _KEY.sub("", text.replace("\u00ad", "")).casefold()


def strip_site_suffix(title: str, site_names: tuple[str, ...] = ()) -> str:
    """Drop site-name segments from a ``<title>``: the known *site_names*, else every
    segment after the first (headlines come first on almost every portal)."""
    title = clean_line(title)
    parts = [p for p in _SEP.split(title) if p.strip()]
    if len(parts) <= 1:
        return parts[0].strip() if parts else ""
    names = {_key(n) for n in site_names if n}
    if names:
        kept = [p for p in parts if _key(p) not in names]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return parts[0]


def _matches(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def pick_title(meta: PageMeta, root: Any) -> str | None:
    """The headline.

    Precedence: ``ArticleTitle`` meta (Chinese guideline); then an ``<h1>`` that agrees
    with og:title or ``<title>``, taking the longer of the two so a shortened h1 gives way
    to the full title and a title cut by a site suffix gives way to the h1; then og:title,
    then ``<title>`` without its site-name suffix, then the first ``<h1>``.
    """
    art = meta.get("articletitle")
    if art:
        return clean_line(art)
    names = (meta.get("sitename"), meta.get("og:site_name"), meta.get("application-name"))
    site_names = tuple(n for n in names if n)
    doc = None
    for el in root.iter("title"):
        doc = strip_site_suffix(element_text(el), site_names) or None
        break
    og = meta.get("og:title", "twitter:title")
    og = strip_site_suffix(og, site_names) if og else None
    h1s = []
    for el in root.iter("h1"):
        text = element_text(el)
        if text:
            h1s.append(text)
        if len(h1s) >= 5:
            break
    for ref in (og, doc):
        if not ref:
            continue
        for h1 in h1s:
            if _matches(h1, ref):
                return max(h1, ref, key=lambda t: len(_key(t)))
    return og or doc or (h1s[0] if h1s else None)

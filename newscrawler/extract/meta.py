"""What a page declares about itself in ``<head>``: meta tags, JSON-LD, links."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["PageMeta", "epaper_title", "read_meta"]


class PageMeta:
    """Meta tags by lower-cased ``name``/``property``/``itemprop`` (first value wins),
    the ``<html lang>``, ``<link rel=canonical>`` and JSON-LD objects."""

    __slots__ = ("_root", "_jsonld", "canonical", "lang", "tags")

    def __init__(self, root: Any) -> None:
        self._root = root
        self._jsonld: list[dict[str, Any]] | None = None
        self.tags: dict[str, str] = {}
        self.canonical: str | None = None
        self.lang: str | None = None

    def get(self, *names: str) -> str | None:
        """The first non-empty content among *names* (lower-case), in the order given."""
        for name in names:
            value = self.tags.get(name)
            if value:
                return value
        return None

    def declares(self, key: str) -> bool:
        """Whether a JSON-LD block's text holds *key* (a cheap test before parsing them)."""
        if self._jsonld is not None:
            return any(key in item for item in self._jsonld)
        return any(key in (el.text or "") for el in self._root.iter("script")
                   if "ld+json" in (el.get("type") or "").lower())

    @property
    def jsonld(self) -> list[dict[str, Any]]:
        """JSON-LD objects (``@graph`` flattened), parsed on first use only."""
        if self._jsonld is None:
            self._jsonld = _read_jsonld(self._root)
        return self._jsonld


def read_meta(root: Any) -> PageMeta:
    """Collect ``<meta>`` and ``<link rel=canonical>`` in one pass over the tree.

    Meta names are matched case-insensitively (``contentSource`` and ``ContentSource``
    both occur); ``content`` is read, else ``value`` (some CMSs use that).
    """
    meta = PageMeta(root)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta.lang = lang.strip() if lang else None
    tags = meta.tags
    for el in root.iter("meta", "link"):
        if el.tag == "meta":
            key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
            if not key:
                continue
            value = el.get("content")
            if value is None:
                value = el.get("value")
            key = key.strip().lower()
            if value and value.strip() and key not in tags:
                tags[key] = value.strip()
        elif meta.canonical is None and (el.get("rel") or "").strip().lower() == "canonical":
            href = (el.get("href") or "").strip()
            if href:
                meta.canonical = href
    return meta


_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _read_jsonld(root: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = _CDATA.sub("", el.text or "")
        try:
            data = json.loads(text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return out


# A digital newspaper's record of its article (Founder's e-paper system, behind many Chinese
# papers' 数字报): a comment in the body, "<!--enpproperty <articleid>5518203</articleid>
# <date>2015-09-18</date>…<title>一条绿道串起12座街头小游园</title>…-->", whose title is the
# headline as the CMS stores it, as a portal's ``ArticleTitle`` meta is. Comments are left
# out of the parsed tree, so it is read from the source.
_EPAPER_RECORD = re.compile(r"<!--\s*enpproperty\b(.{0,3000}?)-->", re.DOTALL)
_RECORD_TITLE = re.compile(r"<title>([^<]{1,300})</title>")


def epaper_title(source: str) -> str | None:
    """The title an e-paper's ``enpproperty`` record gives in *source*, or None.

    >>> epaper_title("<!--enpproperty <articleid>1</articleid><title>绿道</title>-->")
    '绿道'
    """
    if "enpproperty" not in source:
        return None
    record = _EPAPER_RECORD.search(source)
    title = _RECORD_TITLE.search(record.group(1)) if record else None
    return title.group(1).strip() or None if title else None


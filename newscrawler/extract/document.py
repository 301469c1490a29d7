"""Pages to parsed trees that extraction owns: text, bytes or an existing selector, without
comments, text encoded twice repaired (:mod:`.mojibake`), and split documents mended."""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree, html
from parsel import Selector

from .encoding import decode_html
from .meta import epaper_title
from .mojibake import repair_utf8

__all__ = ["as_selector", "owned_tree", "parse_html", "whole_document"]

# Comments and processing instructions are not text, and a generic extractor handed a tree
# with them drops the text that follows a comment inside a paragraph ("approved<!-- --> the
# budget"): they are left out at parse time, where it costs nothing. Elements are lxml.html's
# HtmlElement, which trafilatura and readability need (text_content()), but assigned in C:
# lxml.html's own parser asks a Python method for the class of every element proxy, which
# made each walk over the tree twice as slow (and trafilatura 9% slower; same output on 200
# wcxb-articles pages). Form elements lose their special classes, which nothing here uses.
_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", remove_comments=True,
                           remove_pis=True, collect_ids=False)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity))


def parse_html(page: str | bytes, content_type: str | None = None) -> Any:
    """The root element of *page* (text, or bytes decoded as :func:`decode_html` does with
    the HTTP *content_type*), comments and processing instructions left out and text that
    was encoded twice repaired; an empty ``<html>`` for an empty page."""
    if isinstance(page, bytes):
        page = decode_html(page, content_type)
    # (isspace() stops at the first character that is not a space; strip() copied the page)
    root = (etree.fromstring(repair_utf8(page.encode("utf-8")), parser=_PARSER)
            if page and not page.isspace() else None)
    return root if root is not None else etree.fromstring(b"<html/>", parser=_PARSER)


def as_selector(page: str | bytes | Selector) -> Selector:
    """*page* as a parsel ``Selector``: bytes are decoded as a crawl decodes them."""
    if isinstance(page, Selector):
        return page
    return Selector(root=parse_html(page), type="html")


# Drawings and style sheets hold no text of the page: every reader here and trafilatura skip
# them, and they are a twentieth of a page's elements (inline icons), which each walk over the
# tree and each of trafilatura's copies of it would go through again.
_NOT_TEXT = ("svg", "style")


# Apps whose class names are hashes ("css-1g3n2ff") name their parts for their tests
# (data-testid="article-byline", "promo-block", "video-caption"): read as class words, they
# tell every step that goes by names, and trafilatura, what the part is.
_TEST_IDS = etree.XPath("//*[@data-testid]")


def _test_ids_as_classes(root: Any) -> None:
    for el in _TEST_IDS(root):
        cls = el.get("class")
        el.set("class", f"{cls} {el.get('data-testid')}" if cls else el.get("data-testid"))


# libxml2 closes a heading where a paragraph opens inside it (``<h1><p>Headline</p></h1>``
# parses as an empty ``<h1/>`` and the ``<p>`` after it); a browser keeps the paragraph in
# the heading, and so does extraction: the paragraph's content goes back into it.
# (only where the source writes a heading that opens with a paragraph: an empty heading of
# its own, a logo's, before the text's first paragraph parses the same)
_HEADING_PARAGRAPH = re.compile(r"<h[1-3](?:\s[^>]*)?>\s*<p[\s>]", re.IGNORECASE)


def _headings_refilled(root: Any, source: str) -> None:
    """Give each empty ``h1``-``h3`` followed by a ``<p>`` that paragraph's content back,
    when *source* writes a heading that opens with a paragraph."""
    # (the source is searched only on the pages with such an empty heading: few; one walk
    # over the headings, where an XPath union of the three walked the tree three times)
    emptied = [h for h in root.iter("h1", "h2", "h3") if len(h) == 0 and not h.text
               and h.getnext() is not None and h.getnext().tag == "p"
               and not (h.tail or "").strip()]
    if not emptied or not _HEADING_PARAGRAPH.search(source):
        return
    for heading in emptied:
        para = heading.getnext()
        heading.text = para.text
        for child in para:
            heading.append(child)
        heading.tail = para.tail
        para.getparent().remove(para)


def _epaper_record_declared(root: Any, source: str) -> None:
    """An e-paper's record of its article, a comment the parse left out
    (:func:`~newscrawler.extract.meta.epaper_title`), declared as the ``ArticleTitle``
    meta tag it stands for, where the page declares none."""
    title = epaper_title(source)
    head = root.find("head")
    if title is None or head is None or any(
            (el.get("name") or "").lower() == "articletitle" for el in head.iter("meta")):
        return
    etree.SubElement(head, "meta", name="ArticleTitle", content=title)


def owned_tree(page: str | bytes | Selector, content_type: str | None = None) -> Any:
    """A tree extraction may change: *page* parsed, or a copy of a selector's tree without
    its comments (the caller's tree is left as it was); without drawings (``<svg>``) and
    style sheets either way, and with each ``data-testid`` among its element's classes."""
    if not isinstance(page, Selector):
        if isinstance(page, bytes):
            page = decode_html(page, content_type)
        root = whole_document(parse_html(page))
        # (a walk over every element, spared on the pages whose source never names one;
        # the parser lower-cases attribute names, so "data-testId" is one)
        test_ids = "data-test" in page or "DATA-TEST" in page
        source = page
    else:
        source = None
        test_ids = True
        root = deepcopy(whole_document(page.root))
        # (an e-paper's record is a comment: read before the comments go)
        records = "".join(f"<!--{c.text}-->" for c in root.iter(etree.Comment)
                          if "enpproperty" in (c.text or ""))
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        if records:
            _epaper_record_declared(root, records)
    etree.strip_elements(root, *_NOT_TEXT, with_tail=False)
    # a script is code, which every reader here and trafilatura skip, and a page's scripts
    # are often a third of its characters, which each walk and each of trafilatura's copies
    # of the tree went through again; the data blocks stay (JSON-LD and settings JSON, which
    # the metadata, trafilatura's and htmldate's readers use)
    for el in [el for el in root.iter("script") if "json" not in (el.get("type") or "")]:
        el.drop_tree()  # (its tail, text after it, is kept)
    if source is not None:
        _headings_refilled(root, source)
        _epaper_record_declared(root, source)
    if test_ids:
        _test_ids_as_classes(root)
    return root


def whole_document(root: Any) -> Any:
    """*root*, or a merged copy when the parser split the page into several ``<html>``
    elements.

    libxml2 2.14 starts a second top-level ``<html>`` after a stray ``</html>`` (portal
    templates that include a header file ending in ``</html>``); everything after it,
    usually the article, is then outside the root that selectors and ``iter()`` see.
    The caller's tree is not modified.
    """
    extra = [el for el in root.itersiblings() if isinstance(el.tag, str)]
    if not extra:
        return root
    merged = deepcopy(root)
    body = merged.find("body")
    if body is None:
        body = merged.makeelement("body", {})
        merged.append(body)
    for other in extra:
        for child in other:
            if child.tag == "head":
                continue
            if child.tag == "body":
                for grandchild in child:
                    body.append(deepcopy(grandchild))
            else:
                body.append(deepcopy(child))
    return merged

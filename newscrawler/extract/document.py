"""Pages to parsed trees: text, bytes or an existing selector, and split documents mended."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from parsel import Selector

from .encoding import decode_html

__all__ = ["as_selector", "whole_document"]


def as_selector(page: str | bytes | Selector) -> Selector:
    """*page* as a parsel ``Selector``: bytes are decoded as a crawl decodes them."""
    if isinstance(page, Selector):
        return page
    if isinstance(page, bytes):
        page = decode_html(page)
    return Selector(text=page, type="html")


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

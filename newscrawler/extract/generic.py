"""Generic main-text extraction for pages no portal knowledge covers: trafilatura.

trafilatura is the strongest generic extractor measured on the shared corpus. Its default
mode, not its precision mode, is used: precision mode cuts long articles down to their
first paragraphs on many pages (measured on wcxb-articles: body F1 0.910 against 0.928,
for 0.002 less on news-aeb). Metadata is off (we read title, date and source ourselves).
It is given a copy of the parsed tree, so the page is not parsed a second time and the
caller's ``response.selector`` is left intact. It is imported on first use: most portal
pages never need it, and the import costs 0.15 s at start-up.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from typing import Any

from lxml import etree

from .chrome import HIDDEN_XPATH

__all__ = ["main_text"]

_engine: Any = None


def _load() -> Any:
    global _engine
    if _engine is None:
        try:
            import trafilatura
        except ImportError:  # optional: without it the text-density choice is the fallback
            _engine = False
        else:
            _engine = trafilatura
            # trafilatura logs a warning for every page it finds no text in; for us that
            # is a normal outcome of a fallback, which the caller reports
            logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return _engine


def main_text(root: Any, url: str | None = None) -> list[str] | None:
    """Paragraphs of the page's main text according to trafilatura (default mode, no
    comments, tables kept, hidden elements pruned), or ``None`` when it finds none or is
    not installed."""
    engine = _load()
    if not engine:
        return None
    # trafilatura parses its own input without comments; handed a tree that has them, it
    # drops the text that follows a comment inside a paragraph ("approved<!-- --> the
    # budget" gives "approved"), as React pages and CMS markers (<!--正文开始-->) have it.
    # strip_elements keeps each comment's tail; the copy leaves the caller's tree intact.
    tree = deepcopy(root)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    try:
        doc = engine.bare_extraction(
            tree, url=url, include_comments=False, include_tables=True,
            with_metadata=False, prune_xpath=HIDDEN_XPATH,
        )
    except (ValueError, TypeError, AttributeError):
        return None
    if doc is None or not doc.text:
        return None
    return [line.strip() for line in doc.text.split("\n") if line.strip()]

"""Hidden elements that hold the article: shown, so that the text is not lost.

Pages hide elements for two opposite reasons. Single-page portals keep hidden copies of
text that is also shown, and menus and dialogs wait hidden for a click: those are not the
article. But streaming renderers (React's ``<div hidden id="S:0">``, moved into place by a
script), paywall boxes and "read more" panels hide the article itself, which a reader sees
once the page's scripts have run. The difference that holds across sites: the first kind
repeats or is short, the second holds running text found nowhere visible on the page.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from lxml import etree

from .chrome import HIDDEN_XPATH, HIDING_CLASSES, is_hidden
from .text import attr_words, element_text, text_key

__all__ = ["reveal_hidden_text"]

#: A hidden element with less text than this (in comparison-key characters) is a menu, a
#: dialog or a label, never the article.
MIN_HIDDEN_CHARS = 200
#: Samples of this many key characters, taken along a hidden element's text, are looked
#: up in the visible text; a copy has them all, unique text none.
SAMPLE = 30
SAMPLES = 4

_HIDDEN = etree.XPath(HIDDEN_XPATH)
_HIDING_ATTRS = ("hidden", "aria-hidden", "style")


def _unique(text: str, visible: str) -> bool:
    """True when no sample of *text* occurs in *visible* (both comparison keys)."""
    step = max(1, (len(text) - SAMPLE) // SAMPLES)
    samples = [text[i:i + SAMPLE] for i in range(0, max(1, len(text) - SAMPLE + 1), step)]
    return not any(s in visible for s in samples[:SAMPLES + 1])


_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_WORDS = frozenset({"modal", "popup", "dialog", "overlay", "lightbox", "cookie",
                           "consent", "gdpr", "drawer", "offcanvas"})


def _is_dialog(el: Any) -> bool:
    """Dialogs wait hidden for a click: consent banners, share and republish boxes."""
    if (el.get("role") or "").lower() in _DIALOG_ROLES or el.get("aria-modal") == "true":
        return True
    return not _DIALOG_WORDS.isdisjoint(attr_words(el))


def reveal_hidden_text(root: Any) -> Any:
    """*root*, or a copy in which hidden elements holding running text that the visible
    page lacks are shown (their hiding attributes and classes removed).

    The caller's tree is never modified; a page with nothing to reveal costs one XPath
    evaluation.
    """
    candidates = []
    for el in _HIDDEN(root):
        if _is_dialog(el):
            continue
        key = text_key(element_text(el))
        if len(key) >= MIN_HIDDEN_CHARS:
            candidates.append((el, key))
    if not candidates:
        return root
    body = root.find("body")
    visible = text_key(element_text(body if body is not None else root, is_hidden))
    # The hidden attribute says "shown later" (streamed, revealed by a script); any other
    # way of hiding is trusted unless the hidden text outweighs all the visible text
    # (responsive teasers, collapsed footnotes and the like are small beside the article).
    reveal = [el for el, key in candidates
              if (el.get("hidden") is not None or len(key) > len(visible))
              and _unique(key, visible)]
    if not reveal:
        return root
    copy = deepcopy(root)
    # the copy has the same shape: each element is found by its path below the root
    tree = root.getroottree()
    top = len(tree.getpath(root))
    for el in reveal:
        for node in copy.xpath("." + tree.getpath(el)[top:]):
            for attr in _HIDING_ATTRS:
                node.attrib.pop(attr, None)
            cls = node.get("class")
            if cls:
                kept = [w for w in cls.split() if w.lower() not in HIDING_CLASSES]
                node.set("class", " ".join(kept))
    return copy

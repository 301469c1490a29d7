"""Chinese government portal layouts the CMS containers do not name.

Portals that follow the 2017 government website guideline print the headline, then an
info line (发布时间 / 来源), then the text in an element named for what it holds
(``#Content``, ``.wenzhang-content``, ``.zw``, ``.article_text`` ...), in table layouts
as often as in div layouts. Generic extractors, tuned on Western news markup, lose the
order of table cells and pull in side columns there, so on such pages the text is taken
from that element.
"""

from __future__ import annotations

import re
from typing import Any

from .hiding import is_skipped
from .meta import PageMeta
from .sections import holds_more_sections
from .text import SKIP_TAGS, attr_words, fold_hant

__all__ = ["content_after_headline", "is_portal_page", "with_same_named_siblings"]

#: Guideline meta tags (lower case); any one marks a page as following the guideline.
#: ``PubDate`` is not among them: Western news CMSs use a ``pubdate`` meta too.
GUIDELINE_METAS = ("articletitle", "contentsource", "columnname", "sitename", "siteidcode",
                   "sitedomain")
_INFO_LINE = re.compile(r"(?:信息|文章|稿件)?来源\s*[:：]|发布(?:时间|日期)\s*[:：]")

# Content-naming parts of class and id values: substrings for the long ones, whole
# words (split at - _ space) for the short ones that occur inside unrelated words.
_NAME_PARTS = ("content", "zhengwen", "wenzhang", "neirong", "article", "detail")
_NAME_WORDS = frozenset({"zw", "text", "txt", "con", "body", "main", "nr"})
#: Below this many characters an element is a caption or a lead, not the text.
MIN_CHARS = 100
#: Above this share of link text an element is a list of links.
MAX_LINK_SHARE = 0.3


def is_portal_page(meta: PageMeta, header_text: str) -> bool:
    """True when the page carries guideline meta tags or a 来源 / 发布时间 info line."""
    return any(meta.tags.get(name) for name in GUIDELINE_METAS) or bool(
        _INFO_LINE.search(fold_hant(header_text)))


def _named(el: Any) -> bool:
    words = attr_words(el)
    if not words:
        return False
    if any(part in word for word in words for part in _NAME_PARTS):
        return True
    return not _NAME_WORDS.isdisjoint(words)


def content_after_headline(headline: Any) -> Any | None:
    """The content-named element after *headline* that holds the most visible text.

    Elements after the headline in document order are measured in one pass (visible
    text and link text, chrome and hidden parts left out). Among the content-named
    ones with at least :data:`MIN_CHARS` characters and at most :data:`MAX_LINK_SHARE`
    link text, the deepest one holding 90% of the largest one's text wins: wrappers
    named "content" around the whole column lose to the element that holds the text;
    but one section of a numbered notice (its results table) loses to the element that
    holds the sections around it too.
    """
    if headline is None:
        return None
    found: list[tuple[int, int, Any]] = []  # (text length, depth, element)

    def measure(el: Any, depth: int, in_link: bool) -> tuple[int, int]:
        text = len(el.text.strip()) if el.text else 0
        links = text if in_link else 0
        for child in el:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS \
                    and not is_skipped(child):
                t, lk = measure(child, depth + 1, in_link or child.tag == "a")
                text += t
                links += lk
            if child.tail:
                n = len(child.tail.strip())
                text += n
                links += n if in_link else 0
        if text >= MIN_CHARS and links <= MAX_LINK_SHARE * text and _named(el):
            found.append((text, depth, el))
        return text, links

    node, depth = headline, 0
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in SKIP_TAGS \
                    and not is_skipped(sibling):
                measure(sibling, depth, sibling.tag == "a")
        node = node.getparent()
        depth -= 1
    if not found:
        return None
    best = max(text for text, _, _ in found)
    near = sorted((f for f in found if f[0] >= 0.9 * best), key=lambda f: -f[1])
    chosen = near[0][2]
    for _, _, wrapper in near[1:]:  # deepest first
        if holds_more_sections(wrapper, chosen):
            return wrapper
    return chosen


def with_same_named_siblings(el: Any) -> list[Any]:
    """*el* and the siblings that share its tag and class: a text printed as a run of
    paragraphs each named for what it holds (``<p class="text">`` after ``<p
    class="text">``), in document order. Chrome and hidden siblings are left out."""
    parent = el.getparent()
    cls = el.get("class")
    if parent is None or not cls:
        return [el]
    return [sib for sib in parent if sib.tag == el.tag and sib.get("class") == cls
            and (sib is el or not is_skipped(sib))]

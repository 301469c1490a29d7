"""The lead paragraph printed between the headline and the body element."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .hiding import is_hidden, is_skipped
from .text import CAMEL_CASE, attr_words, paragraphs
from .title import title_key

__all__ = ["LEAD_WINDOW", "LOCAL_LEAD_WORDS", "lead_paragraphs"]

#: The lead's class/id words in the languages CMS templates are written in: ingress (Nordic),
#: entradeta (Catalan), sommario (Italian), inleiding (Dutch), chapeau (French), Vorspann
#: and Einleitung (German), manchet (Danish, Norwegian). (Spanish "entradilla" and
#: Vietnamese "sapo" name a standfirst over the text: boxes.standfirsts.)
LOCAL_LEAD_WORDS = frozenset({
    "chapeau", "vorspann", "einleitung", "ingress", "ingres", "entradeta",
    "sommario", "inleiding", "manchet",
})
# class/id words of the lead paragraph printed between headline and body
_LEAD_WORDS = frozenset({
    "teaser", "intro", "introduction", "lead", "lede", "standfirst", "summary", "abstract",
    "excerpt", "dek", "deck", "leadtext", "introtext",
}) | LOCAL_LEAD_WORDS
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)）]?\s|[.!?。！？][\"'”’»)）]?$")
#: How many elements after the headline are searched for a lead.
LEAD_WINDOW = 40
#: A lead is a sentence or three; an element named like one holding more is a wrapper
#: around the text (or a summary box), and the body has what it holds.
MAX_LEAD_PARAGRAPHS = 3
MAX_LEAD_CHARS = 800


# ... and the words that make a lead-named element the lead's picture ("lead-image",
# "c-lead-art", "lead-media"): its caption is no lead
_PICTURE_WORDS = frozenset({"image", "img", "art", "photo", "picture", "media", "video",
                            "figure", "visual", "gallery"})


_FIRST_PARAGRAPH_WORDS = frozenset({"paragraph", "para", "graf"})


def _is_lead(el: Any) -> bool:
    words = attr_words(el)
    if not _LEAD_WORDS.isdisjoint(words):
        return _PICTURE_WORDS.isdisjoint(words)
    if "first" in words and not _FIRST_PARAGRAPH_WORDS.isdisjoint(words):
        # ... or named for what it is, the text's first paragraph ("article-first-paragraph")
        return True
    # an intro in a camel-case name: Joomla K2's "itemIntroText" over its "itemFullText",
    # the text's first paragraphs (a camel-case "articleDek", "ArticleSapo" is a summary,
    # which the standfirsts' labels leave out)
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(CAMEL_CASE.search(attrs)) and "intro" in CAMEL_CASE.sub(" ", attrs).lower().split()




def lead_paragraphs(headline: Any, paras: list[str]) -> list[str]:
    """The lead printed between the headline and the body when the body left it out.

    News and ministry CMSs put the lead (teaser, intro, standfirst, Vorspann) in its own
    element right after the headline, outside the body element; generic extractors
    tend to drop it. It is taken when an element within :data:`LEAD_WINDOW` elements
    after the headline, before the body's first paragraph, says so in its class or id
    (a related story's "teaser" card after the text is not its lead), holds at least one
    full sentence and at most :data:`MAX_LEAD_PARAGRAPHS` paragraphs, and is not already
    in the body (a summary that repeats the first sentence, a lead the body has further
    down).
    """
    if headline is None or not paras:
        return []
    top = "".join(title_key(p) for p in paras[:3])
    # the body's first paragraph (the headline and its date line may come before it)
    first = next((title_key(p) for p in paras if len(p) >= 40), "")[:30]
    for count, el in enumerate(_following(headline)):
        if count >= LEAD_WINDOW:
            break
        if not isinstance(el.tag, str):
            continue
        own = title_key(el.text or "")[:30]
        if first and len(own) >= 10 and first.startswith(own):
            break  # the body's first paragraph: a lead comes before it, a teaser card after
        if el.tag in ("figure", "figcaption") or not _is_lead(el) or is_hidden(el):
            continue  # (a lead picture, "c-lead-art", and its caption are no lead)
        # (not its picture's caption: a lead box holding the lead picture, "ArtP-lead")
        lead = [p for p in paragraphs(el, _not_lead_text) if p]
        text = " ".join(lead)
        key = title_key(text)
        if len(key) < 40 or not _SENTENCE_END.search(text):
            continue
        if key[:60] in top or top[:60] in key:
            return []
        if len(lead) > MAX_LEAD_PARAGRAPHS or len(key) > MAX_LEAD_CHARS:
            continue  # a whole text or a summary box, not a lead: look further
        body = {title_key(p) for p in paras}
        if any(title_key(p) in body for p in lead):
            return []  # the body has it already, further down
        return lead
    return []


def _not_lead_text(node: Any) -> bool:
    return node.tag in ("figure", "figcaption") or is_skipped(node)


def _following(el: Any) -> Iterator[Any]:
    """Elements after *el* in document order (not its descendants)."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield sib
            yield from sib.iterdescendants()
        node = node.getparent()

"""Hidden elements: shown where they hold the article, removed everywhere else.

Pages hide elements for two opposite reasons. Single-page portals keep hidden copies of
text that is also shown, and menus and dialogs wait hidden for a click: those are not the
article. But streaming renderers (React's ``<div hidden id="S:0">``, moved into place by a
script), paywall boxes and "read more" panels hide the article itself, which a reader sees
once the page's scripts have run. The difference that holds across sites: the first kind
repeats or is short, the second holds running text found nowhere visible on the page.

``<noscript>`` is the same question turned around: a script-rendered shell (an empty
``<div id="app">``) puts the whole page there for readers without scripts, which a crawler
is; a tracking pixel or a copy of visible text there is not the article.

A paywalled page may say which of its hidden parts are the article: schema.org's
``isAccessibleForFree: false`` with a ``hasPart`` whose ``cssSelector`` names them, the
markup search engines ask paywalled sites for.
"""

from __future__ import annotations

from typing import Any

from cssselect import SelectorError
from lxml import etree
from parsel.csstranslator import HTMLTranslator

from .hiding import HIDING_CLASSES, hidden_elements
from .meta import PageMeta
from .named import NamedElements
from .text import SKIP_TAGS, attr_words, element_text, text_key, text_length

__all__ = ["declared_parts", "drop_elements", "paywall_offers", "reveal_hidden_text"]

#: A hidden element with less text than this (in comparison-key characters) is a menu, a
#: dialog or a label, never the article.
MIN_HIDDEN_CHARS = 200
#: Samples of this many key characters, taken along a hidden element's text, are looked
#: up in the visible text; a copy has them all, unique text none.
SAMPLE = 30
SAMPLES = 4

_HIDING_ATTRS = ("hidden", "aria-hidden", "style")
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_WORDS = frozenset({"modal", "popup", "dialog", "overlay", "lightbox", "cookie",
                           "consent", "gdpr", "drawer", "offcanvas"})


def _is_dialog(el: Any) -> bool:
    """Dialogs wait hidden for a click: consent banners, share and republish boxes."""
    if (el.get("role") or "").lower() in _DIALOG_ROLES or el.get("aria-modal") == "true":
        return True
    return not _DIALOG_WORDS.isdisjoint(attr_words(el))


def _unique(text: str, visible: str) -> bool:
    """True when no sample of *text* occurs in *visible* (both comparison keys)."""
    step = max(1, (len(text) - SAMPLE) // SAMPLES)
    samples = [text[i:i + SAMPLE] for i in range(0, max(1, len(text) - SAMPLE + 1), step)]
    return not any(s in visible for s in samples[:SAMPLES + 1])


def _show(el: Any) -> None:
    for attr in _HIDING_ATTRS:
        el.attrib.pop(attr, None)
    cls = el.get("class")
    if cls:
        el.set("class", " ".join(w for w in cls.split() if w.lower() not in HIDING_CLASSES))


_STRING = etree.XPath("string(.)")


def _visible_key(el: Any, hidden: list[Any]) -> str:
    """The comparison key of *el*'s text without the *hidden* elements and those that are
    never text (:data:`~newscrawler.extract.text.SKIP_TAGS`).

    Counted by libxml2 with those elements lent out of the tree, each replaced by an empty
    stand-in that keeps the text after it, and put back: two and a half times faster than
    reading the text in Python, on pages that are a fifth of all."""
    gone = set(el.iter(*SKIP_TAGS)).union(hidden)
    swaps = []
    for out in _outermost(el, gone):
        parent = out.getparent()
        stand_in = parent.makeelement("span", {})
        stand_in.tail = out.tail
        parent.replace(out, stand_in)
        swaps.append((parent, out, stand_in))
    try:
        return text_key(_STRING(el))
    finally:
        for parent, out, stand_in in reversed(swaps):
            tail = stand_in.tail
            parent.replace(stand_in, out)
            out.tail = tail


def _outermost(el: Any, elements: set[Any]) -> list[Any]:
    """The *elements* inside *el* that no other of them holds (an inner one goes with its
    outer one; *el* itself, a hidden ``<body>``, is still read, and so is nothing outside
    it)."""
    out = []
    for x in elements:
        for above in x.iterancestors():
            if above is el:
                out.append(x)
                break
            if above in elements:
                break
    return out


def declared_parts(root: Any, meta: PageMeta) -> set[Any]:
    """The elements of *root* that the page's JSON-LD declares as its paywalled text
    (a ``hasPart`` not free to read, found by its ``cssSelector``).

    >>> from lxml import html as h
    >>> from newscrawler.extract.meta import read_meta
    >>> root = h.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"isAccessibleForFree": false, "hasPart": {"isAccessibleForFree": false,'
    ...     ' "cssSelector": ".locked"}}</script></head>'
    ...     '<body><div class="locked" hidden>Text.</div></body></html>')
    >>> [el.get("class") for el in declared_parts(root, read_meta(root))]
    ['locked']
    """
    if not meta.declares("cssSelector"):
        return set()
    found: set[Any] = set()
    for item in meta.jsonld:
        parts = item.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if not isinstance(part, dict) or str(part.get("isAccessibleForFree")).lower() not in (
                    "false", "0", "no"):
                continue
            selectors = part.get("cssSelector")
            for css in selectors if isinstance(selectors, list) else [selectors]:
                if not isinstance(css, str):
                    continue
                try:
                    found.update(root.xpath(_CSS.css_to_xpath(css)))
                except (SelectorError, etree.XPathError):
                    continue  # a selector written wrong declares nothing
    return found


_CSS = HTMLTranslator()


def reveal_hidden_text(root: Any, declared: set[Any] = frozenset(),
                       names: NamedElements | None = None) -> list[Any]:
    """Show, in place, the hidden elements of *root* that hold running text the visible
    page lacks (their hiding attributes and classes removed); return the elements that
    stay hidden (and the paywall's offer, when parts were *declared*), in document order.

    The hidden attribute says "shown later" (streamed, revealed by a script), and so does
    a page that *declared* the element its paywalled text (:func:`declared_parts`); any
    other way of hiding is trusted unless the hidden text outweighs all the visible text
    (responsive teasers, collapsed footnotes and the like are small beside the article).
    Dialogs are never shown. A ``<noscript>`` is judged as the latter and, shown, becomes
    a ``div``. *names*: the page's, when the caller has them.
    """
    names = names or NamedElements(root)
    hidden = hidden_elements(root, names)
    candidates = []
    for el in [*hidden, *root.iter("noscript")]:
        # the string length, counted by libxml2, bounds the visible text from above
        if text_length(el) < MIN_HIDDEN_CHARS or _is_dialog(el):
            continue
        # (a <noscript>'s text is never "visible text": read as a string)
        key = text_key(_STRING(el) if el.tag == "noscript" else element_text(el))
        if len(key) >= MIN_HIDDEN_CHARS:
            candidates.append((el, key))
    if not candidates:
        return hidden
    body = root.find("body")
    visible = _visible_key(body if body is not None else root, hidden)
    shown = {el for el, key in candidates
             if (el.get("hidden") is not None and not _collapsed(el) or el in declared
                 or len(key) > len(visible))
             and _unique(key, visible)}
    for el in shown:
        if el.tag == "noscript":
            el.tag = "div"  # what a reader without scripts sees: the page itself
        else:
            _show(el)
    kept = [el for el in hidden if el not in shown]
    if declared:
        kept = _with_prompts(root, kept, declared, names)
    return kept


def _collapsed(el: Any) -> bool:
    """*el* is a disclosure's closed panel: the button right before it, or one that names
    it, says it is not expanded ("How we did this" over a methodology box). A reader sees
    the button; the panel is kept hidden like any other collapsed box."""
    before = el.getprevious()
    if (before is not None and (before.tag == "button" or before.get("role") == "button")
            and before.get("aria-expanded") == "false"):
        return True
    ident = el.get("id")
    if not ident:
        return False
    return any(b.get("aria-controls") == ident and b.get("aria-expanded") == "false"
               for b in el.getroottree().iter("button", "a", "div", "span"))


_PAYWALL = ("paywall",)


def _with_prompts(root: Any, hidden: list[Any], declared: set[Any],
                  names: NamedElements) -> list[Any]:
    """*hidden* and the paywall's prompt ("Read on with a subscription"), in document order:
    once the page has said which of its elements hold the locked text, the others named
    for the paywall are the offer in front of it."""
    def related(el: Any) -> bool:
        return (el in declared or any(a in declared for a in el.iterancestors())
                or any(d in declared for d in el.iterdescendants()))
    prompts = [el for el in names.search(_PAYWALL)
               if "paywall" in attr_words(el) and not related(el)]
    if not prompts:
        return hidden
    order = {el: n for n, el in enumerate(root.iter())}
    return sorted({*hidden, *prompts}, key=order.__getitem__)


#: An offer in front of a paywall is a heading, a line and a button or two; an element named
#: for the paywall with more text than this holds the locked text itself.
MAX_OFFER_CHARS = 600
_LENGTH = etree.XPath("string-length(normalize-space(.))")
# (the attributes, found by libxml2: a test of every element's cost five times as much)
def paywall_offers(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The offers in front of a paywall's text, whether the page declared its locked parts
    or not: the elements the word "paywall" names (their class or id) that hold a link or a
    button and at most :data:`MAX_OFFER_CHARS` characters ("Exclusive to subscribers.
    Continue reading … Subscribe now. Already a subscriber? Log in"). The locked text
    beside them, often in view in the page's markup, is the article's. *names*: the
    page's, when the caller has them."""
    return [el for el in (names or NamedElements(root)).search(_PAYWALL)
            if "paywall" in attr_words(el) and _LENGTH(el) <= MAX_OFFER_CHARS
            and next(el.iter("a", "button"), None) is not None]


def drop_elements(elements: list[Any]) -> None:
    """Remove *elements* from their tree, keeping the text that follows each (its tail)."""
    for el in reversed(elements):  # inner ones first: an outer one takes them along anyway
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)

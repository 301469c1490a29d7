"""Loose text, read as the paragraphs a reader sees: lines between ``<br>`` tags, text that
follows a table or a list in its block, a ``<div>`` of text between two paragraphs.

Older portals print an article as loose text in a ``<font>``, ``<span>`` or ``<div>``, its
paragraphs set apart by ``<br><br>``, with no ``<p>`` anywhere. trafilatura, finding no
paragraph and no element named like content, falls back to the page's tables and drops the
text (a Japanese town's notice came out as its sidebar of news links). Each run of text
between two breaks becomes a ``<p>``: what the reader sees as a paragraph is one to the
extractor too. Table cells, list items and paragraphs are left alone: trafilatura reads
breaks inside them as line ends already.

trafilatura also drops the text that follows a table or a list inside a block (their tail),
and an old page's paragraph broken by an ad slot set as a table (``<p>First part,<table>
<tr><td><script src=ad.js></td></tr></table>the rest</p>``: the HTML parser closes the
``<p>`` at the table) lost its rest. That text becomes a ``<p>`` of its own too.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .hiding import is_skipped
from .text import SENTENCE_ENDS, attr_words
from .text import width as _weight

__all__ = ["paragraphs_after_blocks", "paragraphs_before_blocks", "paragraphs_from_breaks",
           "paragraphs_from_divs",
           "quotations_from_figures"]

#: A holder's runs must hold this many characters in all (CJK counted twice, as elsewhere)
#: to be read as text: a block of short lines (an address, a menu of links) is not.
MIN_TEXT_CHARS = 200
#: ... of which links may make at most this share (a column of links is a menu).
MAX_LINK_SHARE = 0.5

# elements whose breaks trafilatura already reads as line ends, or that are not text
_SKIP = frozenset({"p", "td", "th", "li", "dd", "dt", "pre", "code", "h1", "h2", "h3", "h4",
                   "h5", "h6", "caption", "label", "button", "a", "option", "textarea"})
# children that end a run and stay as they are
_BLOCKS = frozenset({"div", "p", "table", "ul", "ol", "dl", "section", "article", "aside",
                     "blockquote", "pre", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                     "center", "figure", "header", "footer", "nav", "main", "iframe"})
# inline holders of breaks are dissolved into their block first: a paragraph inside a
# <font> is not HTML, and the words before an <i> of quoted paragraphs ("The Times
# reports: <i>...<br><br>...") belong to its first paragraph
_INLINE = frozenset({"font", "span", "b", "strong", "i", "em", "small", "big", "u"})


def _link_weight(holder: Any) -> int:
    """The weight of the link text among the holder's runs (not inside its blocks)."""
    return sum(_weight("".join(a.itertext()).strip())
               for child in holder if not _is_block(child) and isinstance(child.tag, str)
               for a in child.iter("a"))


def _is_break(el: Any) -> bool:
    return el.tag == "br"


def _is_block(el: Any) -> bool:
    return isinstance(el.tag, str) and el.tag in _BLOCKS


def _loose_runs(holder: Any) -> list[str]:
    """The texts of the holder's runs: its own text and inline children, cut at its breaks
    and its block children (whose text is not the holder's own)."""
    runs = [holder.text or ""]
    for child in holder:
        if _is_break(child) or _is_block(child):
            runs.append(child.tail or "")
        else:
            runs[-1] += ("".join(child.itertext()) if isinstance(child.tag, str) else "")
            runs[-1] += child.tail or ""
    return [run.strip() for run in runs]


def _is_text(holder: Any) -> bool:
    """Two breaks at least, two runs with text, enough of it, and not mostly links."""
    if sum(1 for child in holder if _is_break(child)) < 2:
        return False
    runs = [run for run in _loose_runs(holder) if run]
    if len(runs) < 2:
        return False
    size = sum(_weight(run) for run in runs)
    return size >= MIN_TEXT_CHARS and _link_weight(holder) <= MAX_LINK_SHARE * size


def _wrap(holder: Any) -> None:
    """Rebuild the holder's children: each run in a ``<p>`` of its own, blocks as they
    were, breaks dropped (a paragraph ends where they were)."""
    children = list(holder)
    para = etree.Element("p")
    para.text, holder.text = holder.text, None
    for child in children:
        holder.remove(child)  # (its tail goes with it)
    for child in children:
        if _is_break(child) or _is_block(child):
            _close(holder, para)
            para = etree.Element("p")
            para.text, child.tail = child.tail, None
            if _is_block(child):
                holder.append(child)
        else:
            para.append(child)
    _close(holder, para)


def _close(holder: Any, para: Any) -> None:
    if (para.text or "").strip() or len(para):
        holder.append(para)


def _unwrap(el: Any) -> None:
    """Put *el*'s text and children in its place (lxml's ``drop_tag`` for any tree)."""
    parent = el.getparent()
    at, before, children = parent.index(el), el.getprevious(), list(el)
    if el.text:
        if before is not None:
            before.tail = (before.tail or "") + el.text
        else:
            parent.text = (parent.text or "") + el.text
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)
    last = children[-1] if children else before
    if el.tail:
        if last is not None:
            last.tail = (last.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    el.tail = None
    parent.remove(el)


def _block_of(el: Any) -> tuple[Any, list[Any]]:
    """The nearest ancestor-or-self of *el* that is not inline, and the inline elements
    on the way (innermost first)."""
    inline = []
    while el is not None and el.tag in _INLINE:
        inline.append(el)
        el = el.getparent()
    return el, inline


def paragraphs_from_breaks(root: Any) -> int:
    """Wrap, in place, each run of loose text between ``<br>`` tags under *root* in a
    ``<p>`` (the breaks that separated the runs are dropped); return how many blocks were
    rewritten. Inline elements holding the breaks (``<font>``, ``<i>``) are dissolved into
    their block first: their text before the first break is the same paragraph as the
    block's text before them.

    >>> from lxml import html
    >>> root = html.fromstring("<div>Lead: <font>" + "Line one of the text. " * 6
    ...                        + "<br><br>" + "Line two. " * 8 + "<br><br></font></div>")
    >>> paragraphs_from_breaks(root), [el.tag for el in root.iter()]
    (1, ['div', 'p', 'p'])
    """
    blocks: dict[Any, list[Any]] = {}
    for br in root.iter("br"):
        block, inline = _block_of(br.getparent())
        if block is not None and block.tag not in _SKIP:
            held = blocks.setdefault(block, [])
            held.extend(el for el in inline if el not in held)
    done = 0
    for block, inline in blocks.items():
        if any(anc.tag in _SKIP for anc in block.iterancestors()):
            continue
        # judged on what the block holds once its inline holders are gone
        if not any(_is_text(el) for el in [block, *inline]):
            continue
        for el in inline:
            if el.getparent() is not None:
                _unwrap(el)
        if not _is_text(block):
            continue
        _wrap(block)
        done += 1
    return done


# the block elements whose tail trafilatura drops
_TAILED = ("table", "ul", "ol", "dl")
_WORD = re.compile(r"\w")


def paragraphs_after_blocks(root: Any) -> int:
    """Wrap, in place, the loose text that follows a table or a list under *root* (its tail,
    and the inline elements after it up to the next block or break) in a ``<p>``; return
    how many were wrapped. Inside a paragraph, a cell or a list item it is left alone.

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>First part,</p><table><tr><td></td></tr></table>"
    ...                        "the <b>rest</b> of it.<br>Next</div>")
    >>> paragraphs_after_blocks(root), [el.tag for el in root.iter()]
    (1, ['div', 'p', 'table', 'tr', 'td', 'p', 'b', 'br'])
    """
    found = [el for el in root.iter(*_TAILED)
             if el.tail and _WORD.search(el.tail) and el.getparent() is not None]
    done = 0
    for el in found:
        parent = el.getparent()
        if parent.tag in _SKIP or any(a.tag in _SKIP for a in parent.iterancestors()):
            continue
        para = etree.Element("p")
        para.text, el.tail = el.tail, None
        el.addnext(para)
        after = para.getnext()
        while after is not None and not _is_break(after) and not _is_block(after):
            following = after.getnext()
            para.append(after)  # (its tail goes with it)
            after = following
        done += 1
    return done


# (the inline elements a paragraph's lead is written with)
_RUN_INLINE = _INLINE | {"a", "abbr", "sup", "sub", "q", "cite", "time", "mark"}


def paragraphs_before_blocks(root: Any) -> int:
    """Wrap, in place, the loose text that opens a box of paragraphs (the box's own text and
    the inline elements after it, up to its first ``<p>``) in a ``<p>``, when it reads as
    a paragraph (:data:`MIN_DIV_CHARS` at least, ending as a sentence does); return how
    many were wrapped, when the paragraph after it reads as one too. trafilatura drops such
    a lead: "<div class='cuerpo'><strong>Valparaíso.-</strong> Un total de siete detenidos
    …<p>La investigación …</p>".

    >>> from lxml import html
    >>> root = html.fromstring("<div><b>Town.-</b> The council met on Monday to approve the "
    ...                        "budget for the year.<p>The budget then went to the county "
    ...                        "for its approval.</p></div>")
    >>> paragraphs_before_blocks(root), [el.tag for el in root.iter()]
    (1, ['div', 'p', 'b', 'p'])
    """
    done = 0
    for box in dict.fromkeys(p.getparent() for p in root.iter("p")):
        if box is None or box.tag in _SKIP or box.tag in _INLINE:
            continue
        run: list[Any] = []
        for child in box:
            if not isinstance(child.tag, str) or child.tag not in _RUN_INLINE:
                break
            run.append(child)
        first = run[-1].getnext() if run else box[0] if len(box) else None
        if first is None or first.tag != "p" or any(a.tag in _SKIP for a in box.iterancestors()):
            continue
        # (the paragraph after it one of the text's too: a forum cell's post over its
        # "------" rule and signature is no lead)
        if _weight(" ".join("".join(first.itertext()).split())) < MIN_DIV_CHARS:
            continue
        text = " ".join(((box.text or "") + "".join("".join(el.itertext()) + (el.tail or "")
                                                    for el in run)).split())
        last = text.rstrip(_CLOSERS)[-1:]
        if _weight(text) < MIN_DIV_CHARS or last not in SENTENCE_ENDS:
            continue
        para = etree.Element("p")
        para.text, box.text = box.text, None
        for el in run:
            para.append(el)  # (its tail goes with it)
        box.insert(0, para)
        done += 1
    return done


#: A ``<div>`` between two paragraphs is a paragraph of the text when it holds this many
#: characters at least (CJK counted twice) and ends as a sentence does: a caption, a
#: credit, a byline or a date is shorter or ends otherwise.
MIN_DIV_CHARS = 50
# (a closing bracket after the mark, a colon before a list, an ellipsis end one too)
_CLOSERS, _MORE_ENDS = ")）」』'", frozenset(":：…")
# ... and is not named for what sits beside a text: a picture's caption or credit, a byline,
# a call to action (whole words of its class or id)
_BESIDE_TEXT = re.compile(r"(?:^|[-_\s])(?:caption|credit|credits|image|photo|figure|byline"
                          r"|author|meta|cta|callout)(?=$|[-_\s])", re.IGNORECASE)


def _reads_as_paragraph(div: Any) -> bool:
    if any(_is_block(d) for d in div.iterdescendants()) or is_skipped(div):
        return False
    if _BESIDE_TEXT.search(f"{div.get('class') or ''} {div.get('id') or ''}"):
        return False
    text = " ".join("".join(div.itertext()).split())
    last = text.rstrip(_CLOSERS)[-1:]
    if _weight(text) < MIN_DIV_CHARS or not (last in SENTENCE_ENDS or last in _MORE_ENDS):
        return False
    linked = sum(_weight("".join(a.itertext()).strip()) for a in div.iter("a"))
    return linked <= MAX_LINK_SHARE * _weight(text)


def _divs_between(root: Any) -> list[Any]:
    """The ``<div>`` elements of every run of them with a ``<p>`` before it and after it
    (found from the paragraphs: half the time of a test of every ``<div>``), and the
    ``<div>`` closing its parent under a heading."""
    out = []
    for p in root.iter("p"):
        run, after = [], p.getnext()
        while after is not None and after.tag == "div":
            run.append(after)
            after = after.getnext()
        if run and after is not None and after.tag == "p":
            out.extend(run)
    # ... or under a heading, closing its parent: a section's text set as a div (a recipe
    # card's "Notes", an FAQ's answer); not under a heading that links elsewhere (a teaser
    # card's title over its excerpt)
    for h in root.iter("h2", "h3", "h4"):
        after = h.getnext()
        if (after is not None and after.tag == "div" and after.getnext() is None
                and h.find(".//a[@href]") is None
                and next(h.iterancestors("a"), None) is None):
            out.append(after)
    return out


#: A list among the text's paragraphs is the text's when its items hold this many
#: characters on average at least (CJK counted twice): a menu's or a tag row's are shorter.
MIN_ITEM_CHARS = 20


_TEXT_BEFORE_LIST = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})


def text_lists(root: Any) -> list[Any]:
    """The ``<ul>`` and ``<ol>`` elements of *root* set in the text's flow: right after a
    paragraph or a heading, items of text only (no block, links at most
    :data:`MAX_LINK_SHARE` of it, :data:`MIN_ITEM_CHARS` characters an item on average).

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>It decided:</p><ul><li>The rate stays at 6.5 per"
    ...                        " cent.</li><li>The stance is kept as it was.</li></ul>"
    ...                        "<ul><li><a href='/a'>Home</a></li></ul></div>")
    >>> [len(lst) for lst in text_lists(root)]
    [2]
    """
    out = []
    for lst in root.iter("ul", "ol"):
        before = lst.getprevious()
        if before is None or before.tag not in _TEXT_BEFORE_LIST or len(lst) == 0:
            continue
        if any(item.tag != "li" for item in lst) or any(
                _is_block(d) for d in lst.iterdescendants()):
            continue
        text = " ".join("".join(lst.itertext()).split())
        linked = sum(_weight("".join(a.itertext()).strip()) for a in lst.iter("a"))
        if _weight(text) >= MIN_ITEM_CHARS * len(lst) and linked <= MAX_LINK_SHARE * _weight(text):
            out.append(lst)
    return out


def paragraphs_from_divs(root: Any) -> int:
    """Rename, in place, to ``<p>`` every ``<div>`` that holds a paragraph's text and no
    block, between two ``<p>`` of its parent (with other such ``<div>`` between them at
    most); return how many. trafilatura, with no element named like content, reads
    paragraphs and tables only: a paragraph a CMS printed as a ``<div>`` among the text's
    ``<p>`` was lost.

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>One.</p><div>" + "Two and more. " * 4 + "</div>"
    ...                        "<div>Photo: AP</div><p>Three.</p></div>")
    >>> paragraphs_from_divs(root), [el.tag for el in root.iter()]
    (1, ['div', 'p', 'p', 'div', 'p'])
    """
    found = [el for el in _divs_between(root) if _reads_as_paragraph(el)]
    for el in found:
        el.tag = "p"
    return len(found)


_MEDIA = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")
# a post embedded from a network (WordPress's "wp-block-embed", "twitter-tweet",
# "instagram-media") is not the text's, and a pull quote repeats it ("wp-block-pullquote")
_NOT_QUOTATION = frozenset({"embed", "tweet", "twitter", "instagram", "tiktok", "pullquote"})


def quotations_from_figures(root: Any) -> int:
    """Rename, in place, to ``<div>`` every ``<figure>`` that holds a ``<blockquote>`` and no
    picture or other media (a design system's quotation block: ``<figure class="fr-quote">
    <blockquote>…</blockquote><figcaption>the speaker</figcaption></figure>``); return how
    many. trafilatura drops figures whole, and a minister's words, an expert's answer went
    with them. Not an embedded post (a tweet) or a figure named a pull quote.

    >>> from lxml import html
    >>> root = html.fromstring("<div><p>Text.</p><figure><blockquote><p>Words.</p>"
    ...                        "</blockquote></figure></div>")
    >>> quotations_from_figures(root), [el.tag for el in root.iter()]
    (1, ['div', 'p', 'div', 'blockquote', 'p'])
    """
    found = []
    for fig in root.iter("figure"):
        quote = fig.find(".//blockquote")
        if quote is None or next(fig.iter(*_MEDIA), None) is not None:
            continue
        if not _NOT_QUOTATION.isdisjoint(attr_words(fig) + attr_words(quote)):
            continue  # a post embedded from a network, a pull quote by its name
        found.append(fig)
    for fig in found:
        fig.tag = "div"
    return len(found)

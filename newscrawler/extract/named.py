"""Elements found by what their class or id says, from one walk over the page.

Several steps look for elements by their names: breadcrumbs, standfirsts, paywall
offers, CMS containers, hiding classes, logos. Each walking the tree for itself, they took
a tenth of extraction's time (434 pages of wcxb-articles and cwce-dev); one walk that keeps
every element's names as a line of one text, which each step searches for its needles,
takes three fifths of that.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from typing import Any

__all__ = ["MAY_HIDE", "NamedElements"]

#: What a line of :class:`NamedElements` ends with when its element has an attribute that
#: may hide it: ``hidden``, ``aria-hidden="true"``, or a ``style`` that says ``none`` or
#: ``hidden`` (loose: :func:`~newscrawler.extract.hiding.is_hidden` confirms).
MAY_HIDE = "\x00"


class NamedElements:
    """The elements of *root* that have a class, an id or an ``aria-label``, in page
    order, found by what those say.

    >>> from lxml import html
    >>> root = html.fromstring('<html><body><div class="Crumbs"><a>Home</a></div>'
    ...                        '<p id="dek">Sum</p><nav aria-label="Breadcrumb"></nav>'
    ...                        '</body></html>')
    >>> names = NamedElements(root)
    >>> [el.tag for el in names.search(("crumb", "dek"))]
    ['div', 'p', 'nav']
    >>> root.find("body").remove(root.find("body/p"))
    >>> [el.tag for el in names.search(("dek",))]  # no longer in the tree
    []

    The names are read once, when it is made: a class changed later is searched as it
    was, and a search is loose (any case, any part of a name), so a step confirms what it
    finds on the element itself. Elements removed from the tree since are left out;
    elements added since are not known.
    """

    __slots__ = ("root", "_elements", "_text", "_starts", "_body", "_words")

    def __init__(self, root: Any) -> None:
        self.root = root
        elements: list[Any] = []
        lines: list[str] = []
        body = root.find("body")
        self._body = (0, 0)
        for part in (root, *root):  # (the root's own names, then <head> and <body> apart)
            start = len(elements)
            for el in (part,) if part is root else part.iter():
                # (the names of its attributes first, one call: a fifth of the elements have
                # none, and the rest are read only for those they have, a sixth of the walk's
                # time less than six lookups an element; el.get without the attrib proxy: a
                # walk that made one per element cost two thirds more)
                keys = el.keys()
                if not keys:
                    continue
                get = el.get
                cls = get("class") if "class" in keys else None
                ident = get("id") if "id" in keys else None
                label = get("aria-label") if "aria-label" in keys else None
                style = get("style") if "style" in keys else None
                hides = (style is not None and ("none" in style or "hidden" in style)
                         or "hidden" in keys
                         or "aria-hidden" in keys and get("aria-hidden") == "true")
                if cls or ident or label or hides:
                    elements.append(el)
                    mark = MAY_HIDE if hides else ""
                    lines.append(f"{cls or ''} {ident or ''} {label or ''}{mark}")
            if part is body:
                self._body = (start, len(elements))
        self._elements = elements
        # (one text of every element's names, a line each, searched for each needle by
        # str.find: a regular expression of the needles took ten times as long, on pages
        # whose utility classes run to thousands of characters)
        text = "\n".join(lines)
        lower = text.lower()
        if len(lower) != len(text):  # (a few letters grow: "İ" lower-cased is two)
            lines = [line.lower() for line in lines]
            lower = "\n".join(lines)
        self._text = lower
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        self._starts = starts
        self._words: str | None = None

    def search(self, needles: Iterable[str], *, tags: Collection[str] | None = None,
               body: bool = False) -> list[Any]:
        """The elements whose class, id or aria-label holds one of *needles* (lower case;
        the names are searched lower-cased; :data:`MAY_HIDE` finds the elements with the
        attributes that may hide them), in page order, that are still in the tree;
        only those whose tag is in *tags*, and only ``<body>`` and what it holds with
        *body*."""
        text, starts = self._text, self._starts
        first, stop = self._body if body else (0, len(starts))
        if first == stop:
            return []
        lo = starts[first]
        hi = starts[stop] - 1 if stop < len(starts) else len(text)
        # (the page's distinct words, 28% of its names' text on the shared corpus where classes
        # repeat: a needle without spaces that none holds is in no line, and most needles
        # are in none; searching the words first took a third of the time off)
        if self._words is None:
            self._words = "\n".join(set(text.split()))
        words = self._words
        lines: set[int] = set()
        for needle in needles:
            if needle not in words and needle.isprintable() and " " not in needle:
                continue
            at = text.find(needle, lo, hi)
            while at != -1:
                i = bisect_right(starts, at) - 1
                lines.add(i)
                # (on from the next line: one hit a line is enough)
                at = text.find(needle, starts[i + 1], hi) if i + 1 < stop else -1
        out = []
        for i in sorted(lines):
            el = self._elements[i]
            if (tags is None or el.tag in tags) and self._attached(el):
                out.append(el)
        return out

    def _attached(self, el: Any) -> bool:
        above = list(el.iterancestors())
        return (above[-1] if above else el) is self.root

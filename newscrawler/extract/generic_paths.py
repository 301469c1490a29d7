"""trafilatura's XPath expressions, rewritten to select the same elements in less time.

trafilatura finds a page's main text and its boilerplate with expressions of one shape,
``.//*[self::div or self::p or …][re:test(@class, 'token|token|…')]``, evaluated on every
candidate subtree. Two parts of that shape are slow in libxml2 and lxml, and each has an
equivalent that is not:

- ``.//*[self::div or self::p]`` tests every element of the tree against every name; the
  union ``(.//div|.//p)`` selects the same elements, in the same (document) order, in a
  quarter of the time. ``.//*[test]`` is ``descendant::*[test]``, a step less.
- ``re:test`` calls back into Python for each element, with an alternation of up to 150
  tokens that ``re`` tries one after the other at each position of a class name. Where a
  pattern names finitely many strings (tokens, character classes, optional parts, ``^`` and
  ``$``; no repetition, lookaround or class escapes), it is rewritten as a trie of those
  strings (``art(?:icle|s)``), which ``re`` walks once per position; and where it cannot
  match an empty string, the test is skipped (by libxml2, without calling Python) on
  elements that lack the attribute.

Only rewrites that cannot change a selection are made: a predicate that could select by
position (a number, ``position()``, ``last()``, arithmetic) keeps its step as it is, and a
pattern that is not a finite set of strings is left to ``re``. Measured on the shared corpus
(852 pages, ``benchmarks/extraction_ab.py``, two rounds): extraction takes 0.919 of the time
it took with trafilatura's own expressions, and no field of any page changed.

trafilatura itself is not changed for anyone else: :func:`rewritten` holds the rewritten
expressions in trafilatura's modules only while :func:`~newscrawler.extract.generic.main_text`
runs it, and puts its own back after. (A trafilatura call in another thread meanwhile selects
the same elements either way.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lxml import etree

try:  # (re's own parser, private: without it every pattern is left as it is)
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre = sre_parse = None

__all__ = ["faster_pattern", "faster_xpath", "rewritten"]

#: Most strings a pattern may name to be rewritten as a trie (trafilatura's longest names
#: about 200); beyond it the pattern is left to ``re``.
MAX_STRINGS = 1000
#: Most strings a pattern may name to be tested by XPath's own ``contains()`` and
#: ``starts-with()`` instead of ``re:test``.
MAX_CONTAINS = 8

# (text, anchored at the start, anchored at the end)
_Alt = tuple[str, bool, bool]


class _NotFinite(Exception):
    """The pattern uses something that is not a finite set of literal strings."""


def literal_strings(pattern: str) -> list[_Alt] | None:
    """The strings *pattern* matches, each with whether it is anchored at the start (``^``)
    and at the end (``$``), or ``None`` when they are not finitely many plain strings.

    >>> literal_strings("^comment[s-]|art(?:-|__)?body")
    [('comments', True, False), ('comment-', True, False), ('artbody', False, False), \
('art-body', False, False), ('art__body', False, False)]
    """
    if sre_parse is None:  # pragma: no cover
        return None
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & ~(sre.SRE_FLAG_UNICODE):
            raise _NotFinite("inline flags")
        return _sequence(list(parsed))
    except (_NotFinite, re.error):
        return None


def _sequence(items: list[Any]) -> list[_Alt]:
    alts: list[_Alt] = [("", False, False)]
    for op, av in items:
        if op is sre.AT:
            if av is sre.AT_BEGINNING:  # (after text, ^ matches nothing)
                alts = [(t, True, e) for t, _s, e in alts if not t]
            elif av is sre.AT_END:
                alts = [(t, s, True) for t, s, _e in alts]
            else:
                raise _NotFinite(str(av))
            continue
        alts = _product(alts, _options(op, av))
        if len(alts) > MAX_STRINGS:
            raise _NotFinite("too many strings")
    return alts


def _options(op: Any, av: Any) -> list[_Alt]:
    if op is sre.LITERAL:
        return [(chr(av), False, False)]
    if op is sre.IN:
        chars = []
        for item_op, item in av:
            if item_op is sre.LITERAL:
                chars.append(chr(item))
            elif item_op is sre.RANGE and item[1] - item[0] < 64:
                chars.extend(chr(c) for c in range(item[0], item[1] + 1))
            else:  # negated sets, \s, \w: not a short list of characters
                raise _NotFinite(str(item_op))
        return [(c, False, False) for c in chars]
    if op is sre.BRANCH:
        return [alt for branch in av[1] for alt in _sequence(list(branch))]
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:  # inline flags on the group
            raise _NotFinite("group flags")
        return _sequence(list(av[3]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        if high > 3:
            raise _NotFinite("repetition")
        once = _sequence(list(sub))
        out: list[_Alt] = []
        for count in range(low, high + 1):
            run: list[_Alt] = [("", False, False)]
            for _ in range(count):
                run = _product(run, once)
            out.extend(run)
        return out
    raise _NotFinite(str(op))


def _product(left: list[_Alt], right: list[_Alt]) -> list[_Alt]:
    out = []
    for text, start, end in left:
        for more, more_start, more_end in right:
            if (end and more) or (more_start and text):
                continue  # text after $, or ^ after text: matches nothing
            out.append((text + more, start or more_start, end or more_end))
    return list(dict.fromkeys(out))


def _trie(words: list[str]) -> str:
    """A pattern that finds any of *words* (none empty) where ``re.search`` with their
    alternation would find one."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:  # a word ends here: for a yes-or-no search, longer ones add nothing
            return ""
        branches = [re.escape(char) + emit(sub) for char, sub in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def faster_pattern(pattern: str) -> str:
    """A pattern ``re.search`` finds a match of in exactly the strings it finds one of
    *pattern* in, faster where *pattern* is a long alternation; *pattern* itself when it is
    not a finite set of strings.

    >>> faster_pattern("post-body|post-text|^comment")
    '^comment|post\\\\-(?:body|text)'
    """
    strings = literal_strings(pattern)
    if strings is None or any(not t and not s and not e for t, s, e in strings):
        return pattern  # (an empty alternative matches every string: nothing to gain)
    anchored = sorted({("^" if s else "") + re.escape(t) + ("$" if e else "")
                       for t, s, e in strings if s or e})
    free = [t for t, s, e in strings if not s and not e]
    parts = anchored + ([_trie(free)] if free else [])
    faster = "|".join(parts)
    return faster if len(faster) <= len(pattern) * 4 else pattern


# re:test(arguments, 'pattern') or re:test(arguments, 'pattern', 'flags'): the pattern is an
# XPath string literal, so it holds no quote of its own kind
_RE_TEST = re.compile(r"""re:test\(([^,()'"]+),\s*(?:'([^']*)'|"([^"]*)")"""
                      r"""(\s*(?:,\s*'[^']*'\s*)?\))""")

# .//* and the predicates that follow it (predicates nest; their string literals may hold
# brackets)
_ANY_DESCENDANT = re.compile(r"\.//\*(?=\[)")
_NAMES_ONLY = re.compile(r"\s*self::[\w-]+(?:\s+or\s+self::[\w-]+)*\s*")
# what could make a predicate's value a number, which would select by position
_POSITIONAL = re.compile(r"position\(|last\(|count\(|sum\(|number\(|floor\(|ceiling\(|round\("
                         r"|string-length\(|[+*]|\s-\s|\bdiv\b|\bmod\b|^\s*[\d.$(]")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NAME_TEST = re.compile(r"(?:::|/|@)[\w-]+")


def _predicates(path: str, start: int) -> tuple[list[str], int]:
    """The predicates ``[…]`` that follow one another from *start*, and where they end."""
    found = []
    pos = start
    while pos < len(path) and path[pos] == "[":
        depth, quote, i = 0, "", pos
        while i < len(path):
            char = path[i]
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        else:
            raise ValueError("unbalanced predicate")
        found.append(path[pos + 1:i])
        pos = i + 1
    return found, pos


def _positional(predicate: str) -> bool:
    bare = _NAME_TEST.sub("", _QUOTED.sub("''", predicate))
    return bool(_POSITIONAL.search(bare))


def faster_xpath(path: str) -> str:
    """*path* with each ``.//*[self::a or self::b …]`` step written as the union
    ``(.//a|.//b …)``, each other ``.//*`` step as ``descendant::*``, and each ``re:test``
    pattern as :func:`faster_pattern`'s, the test skipped where its attribute is missing
    when the pattern cannot match an empty string: an expression that selects the same
    elements in the same order. A step with a predicate that may select by position is
    left as it is.

    >>> faster_xpath(".//*[self::div or self::p][re:test(@class, 'ad-box|ad-slot|bar$')]")
    "(.//div|.//p)[((@class) and re:test(@class, 'bar$|ad\\\\-(?:box|slot)'))]"

    A pattern of at most :data:`MAX_CONTAINS` strings, none anchored at its end, is
    tested with ``contains()`` and ``starts-with()`` (:func:`_plain_tests`):

    >>> faster_xpath(".//p[re:test(@class, '^ad-box|ad-slot')]")
    ".//p[((@class) and (starts-with(@class, 'ad-box') or contains(@class, 'ad-slot')))]"
    """
    out = []
    pos = 0
    for match in _ANY_DESCENDANT.finditer(path):
        if match.start() < pos:
            continue
        try:
            predicates, end = _predicates(path, match.end())
        except ValueError:
            return path
        out.append(path[pos:match.start()])
        if any(_positional(p) for p in predicates):
            out.append(path[match.start():end])
        elif _NAMES_ONLY.fullmatch(predicates[0]):
            names = re.findall(r"self::([\w-]+)", predicates[0])
            out.append("(" + "|".join(".//" + name for name in names) + ")")
            out.extend(f"[{p}]" for p in predicates[1:])
        else:
            out.append("descendant::*" + "".join(f"[{p}]" for p in predicates))
        pos = end
    out.append(path[pos:])

    def pattern(match: re.Match[str]) -> str:
        old = match.group(2) if match.group(2) is not None else match.group(3)
        new = faster_pattern(old)
        quote = "'" if match.group(2) is not None else '"'
        if quote in new:  # (re.escape adds no quotes; kept for safety)
            return match.group(0)
        flags = re.IGNORECASE if "i" in match.group(4) else 0
        plain = _plain_tests(match.group(1), old) if not flags else None
        if plain:
            return plain
        test = f"re:test({match.group(1)}, {quote}{new}{quote}{match.group(4)}"
        if re.search(old, "", flags):
            return test
        # an element without the attributes tests the empty string, which the pattern does
        # not match: libxml2 answers that without calling Python
        return f"(({match.group(1)}) and {test})"

    return _RE_TEST.sub(pattern, "".join(out))


def _plain_tests(argument: str, pattern: str) -> str | None:
    """``contains()`` and ``starts-with()`` tests of *argument* for the strings *pattern*
    names, or ``None`` when it names more than :data:`MAX_CONTAINS`, an empty one, one
    anchored at its end or one with a quote.

    Both XPath and ``re:test`` read a set of attributes as the first in the page's order;
    a test done in libxml2 spares the call into Python that ``re:test`` makes for each
    element (extraction took 0.987 of its time on the shared corpus). Beyond a few strings,
    each ``contains()`` reading the attribute again costs more than the call saves."""
    strings = literal_strings(pattern)
    if not strings or len(strings) > MAX_CONTAINS or any(
            not text or end or "'" in text for text, _start, end in strings):
        return None
    tests = [f"{'starts-with' if start else 'contains'}({argument}, '{text}')"
             for text, start, _end in strings]
    return f"(({argument}) and ({' or '.join(tests)}))"


# The modules whose expressions trafilatura's extraction evaluates, by module name; their
# lists of expressions are shared by every module that imports them, single expressions
# are looked up in the module that uses them.
_MODULES = ("trafilatura.xpaths", "trafilatura.htmlprocessing", "trafilatura.main_extractor",
            "trafilatura.baseline")

_swaps: list[tuple[Any, str, Any, Any]] | None = None  # (module, name, own, rewritten)


# A path whose last step selects attributes or text: its strings are results, which keep
# their smart strings (getparent()).
_STRING_RESULT = re.compile(r"(?:/@[\w:-]+|/text\(\))\s*\)*\s*$")


def _compile(expression: etree.XPath) -> etree.XPath:
    path = faster_xpath(expression.path)
    # (an expression that selects elements with re:test hands it the attributes as plain
    # strings: a "smart" string, made for each element tested, carries its parent element,
    # which costs a fifth of such an expression's time)
    plain = "re:test(" in path and not _STRING_RESULT.search(path)
    if path == expression.path and not plain:
        return expression
    return etree.XPath(path, namespaces={"re": "http://exslt.org/regular-expressions"},
                       smart_strings=not plain)


def _prepare() -> list[tuple[Any, str, Any, Any]]:
    global _swaps
    if _swaps is None:
        import importlib
        swaps = []
        for module_name in _MODULES:
            module = importlib.import_module(module_name)
            for name, value in vars(module).items():
                if isinstance(value, etree.XPath):
                    new = _compile(value)
                    if new is not value:
                        swaps.append((module, name, value, new))
                elif (isinstance(value, list) and value
                      and all(isinstance(e, etree.XPath) for e in value)
                      and not any(value is s[0] for s in swaps)):
                    new_list = [_compile(e) for e in value]
                    if any(n is not o for n, o in zip(new_list, value, strict=True)):
                        swaps.append((value, name, list(value), new_list))
        _swaps = swaps
    return _swaps


@contextmanager
def rewritten() -> Iterator[None]:
    """Run trafilatura with its expressions rewritten (:func:`faster_xpath`)::

        with rewritten():
            doc = trafilatura.bare_extraction(tree, fast=True)
    """
    swaps = _prepare()
    _put(swaps, new=True)
    try:
        yield
    finally:
        _put(swaps, new=False)


def _put(swaps: list[tuple[Any, str, Any, Any]], *, new: bool) -> None:
    for holder, name, own, faster in swaps:
        value = faster if new else own
        if isinstance(holder, list):
            holder[:] = value
        else:
            setattr(holder, name, value)

"""trafilatura's expressions rewritten to select the same elements faster (generic_paths)."""

from __future__ import annotations

import itertools
import re

import lxml.html
import pytest
from lxml import etree

from newscrawler.extract import generic_paths
from newscrawler.extract.generic_paths import (
    faster_pattern,
    faster_xpath,
    literal_strings,
    rewritten,
)

NS = {"re": "http://exslt.org/regular-expressions"}

PATTERNS = [
    "post-body|post-text|post-?entry|article(?:-|__)?body|articleBody|body-text",
    "^comment[s-]|^Comments|article-comments",
    "^(?:comol|disqus_thread|dsq-comments)",
    "ad-(?:box|slot)$|^ad$|[Ss]hare|sidebar",
    "cookie[-_]?(?:banner|consent|notice)",
    "nav",
    "^hide-|-hide-| hidden| hide|noprint",
]


def _probes(pattern: str) -> list[str]:
    """Strings around what *pattern* names: each string alone, inside others, cut short,
    in other cases, and joined with another."""
    strings = [t for t, _, _ in literal_strings(pattern) or []]
    out = {"", " ", "x", "main content"}
    for s in strings:
        out.update({s, f"x {s}", f"{s} x", f"a{s}b", s[:-1], s[1:], s.upper(), s.title(),
                    f"{s}\n", f"{s[:len(s) // 2]} {s[len(s) // 2:]}"})
    for a, b in itertools.combinations(strings[:12], 2):
        out.add(a + b)
    return sorted(out)


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_faster_pattern_finds_a_match_in_the_same_strings(pattern, flags):
    faster = faster_pattern(pattern)
    assert faster != pattern or len(literal_strings(pattern)) == 1
    for s in _probes(pattern):
        assert bool(re.search(faster, s, flags)) == bool(re.search(pattern, s, flags)), s


def test_patterns_that_are_not_a_finite_set_of_strings_are_left_as_they_are():
    for pattern in (r"(^|\s)bottom", "comment(?!ary)", "ad+", "a.b", "[^x]y", "(?i)share",
                    "x{5}"):
        assert literal_strings(pattern) is None, pattern
        assert faster_pattern(pattern) == pattern
    # a pattern that matches every string gains nothing
    assert faster_pattern("x?") == "x?"
    assert literal_strings("^a(?:-|__)?b$") == [("ab", True, True), ("a-b", True, True),
                                               ("a__b", True, True)]
    # text after $, or ^ after text, matches nothing: those strings are not named
    assert literal_strings("a$b|c") == [("c", False, False)]


def test_a_step_that_may_select_by_position_is_left_as_it_is():
    for path in (".//*[self::div or self::p][1]",
                 ".//*[self::div][position() < 3]",
                 ".//*[self::div][last()]",
                 ".//*[@id='x'][count(p) + 1]",
                 ".//*[2]"):
        assert faster_xpath(path) == path, path
    # the position taken after the union is the union's: the same first element
    assert faster_xpath("(.//*[self::div or self::p][@id='a'])[1]") == \
        "((.//div|.//p)[@id='a'])[1]"
    assert faster_xpath(".//*[@class='x']//a") == "descendant::*[@class='x']//a"
    # brackets and quotes inside string literals do not end a predicate
    assert faster_xpath(".//*[self::p][@title=']'][contains(@x, \"'\")]") == \
        "(.//p)[@title=']'][contains(@x, \"'\")]"


PAGE_TAGS = ("div", "p", "span", "section", "article", "main", "aside", "ul", "li",
             "details", "a", "h1", "h2", "list", "item")


def _page_for(paths: list[str]) -> str:
    """A page whose elements carry, as class, id and style, the strings the expressions'
    patterns name (and near misses), under each tag the expressions name."""
    values: list[str] = []
    for path in paths:
        for match in re.finditer(r"re:test\([^,]+,\s*'([^']*)'", path):
            values.extend(_probes(match.group(1))[:60])
        values.extend(re.findall(r"'([\w\- :]{3,})'", path))
    values = list(dict.fromkeys(values))
    parts = []
    for n, value in enumerate(values):
        tag = PAGE_TAGS[n % len(PAGE_TAGS)]
        attr = ("class", "id", "style", "role")[n % 4]
        other = values[(n * 7) % len(values)]
        child = PAGE_TAGS[(n + 3) % len(PAGE_TAGS)]
        inner = f"<{child} class='{other}'>t</{child}>"
        parts.append(f"<{tag} {attr}='{value}'>{inner} text {n}</{tag}>")
        if n % 5 == 0:
            parts.append(f"<div id='{value}' class='{other}'>both</div>")
    body = "".join(f"<div>{''.join(parts[i:i + 7])}</div>" for i in range(0, len(parts), 7))
    return f"<html><body>{body}</body></html>"


def test_each_rewritten_expression_of_trafilatura_selects_what_its_own_does():
    pytest.importorskip("trafilatura")
    swaps = generic_paths._prepare()
    pairs = []
    for holder, _name, own, faster in swaps:
        if isinstance(holder, list):
            pairs.extend((o, f) for o, f in zip(own, faster, strict=True) if o is not f)
        else:
            pairs.append((own, faster))
    assert len(pairs) >= 10  # (trafilatura's content and boilerplate expressions)
    root = lxml.html.fromstring(_page_for([own.path for own, _ in pairs]))
    selected = 0
    for own, faster in pairs:
        for context in (root, root.find("body/div")):
            expected = own(context)
            assert faster(context) == expected, (own.path, faster.path)
            selected += len(expected) if isinstance(expected, list) else 0
    assert selected > 100  # (the page gives the expressions something to select)


def test_a_guarded_test_skips_elements_without_the_attribute_and_keeps_the_rest():
    path = ".//*[re:test(@id|@class, 'side-?bar$')]"
    faster = faster_xpath(path)
    assert faster.startswith("descendant::*[((@id|@class) and re:test(")
    root = lxml.html.fromstring("<div><p class='sidebar'>a</p><p>b</p><p id='side-bar'>c</p>"
                                "<p id='main' class='sidebar'>d</p></div>")
    # (the first of the attributes in the page's order is the one tested, by both)
    assert etree.XPath(faster, namespaces=NS)(root) == etree.XPath(path, namespaces=NS)(root)
    assert [p.text for p in etree.XPath(faster, namespaces=NS)(root)] == ["a", "c"]
    # a pattern that matches the empty string also matches where the attribute is missing
    for path in (".//p[not(re:test(@id, 'main|^$'))]", ".//p[re:test(@title, 'x?')]"):
        expected = etree.XPath(path, namespaces=NS)(root)
        assert etree.XPath(faster_xpath(path), namespaces=NS)(root) == expected, path


def test_a_few_plain_strings_are_tested_by_xpath_without_calling_python():
    path = ".//*[re:test(@id|@class, '^side-?bar|promo')]"
    faster = faster_xpath(path)
    assert "re:test" not in faster and "starts-with(@id|@class, 'side-bar')" in faster
    root = lxml.html.fromstring("<div><p class='sidebar'>a</p><p>b</p><p id='x-side-bar'>c</p>"
                                "<p id='main' class='sidebar'>d</p><p class='x promo'>e</p>"
                                "<p class='Promo'>f</p><p id='promo' class='main'>g</p></div>")
    expected = etree.XPath(path, namespaces=NS)(root)
    assert etree.XPath(faster, namespaces=NS)(root) == expected
    assert [p.text for p in expected] == ["a", "e", "g"]
    # an end anchor, case folding, or more strings than MAX_CONTAINS stay with re:test
    for path in (".//*[re:test(@id, 'bar$')]", ".//*[re:test(@id, 'bar', 'i')]",
                 ".//*[re:test(@id, '" + "|".join("abcdefghij") + "')]"):
        assert "re:test" in faster_xpath(path), path


def test_trafilatura_has_its_own_expressions_back_after_a_run_and_after_an_error():
    xpaths = pytest.importorskip("trafilatura.xpaths")
    own = list(xpaths.OVERALL_DISCARD_XPATH)
    with rewritten():
        inside = list(xpaths.OVERALL_DISCARD_XPATH)
    assert inside != own and xpaths.OVERALL_DISCARD_XPATH == own
    with pytest.raises(RuntimeError), rewritten():
        raise RuntimeError("trafilatura failed")
    assert xpaths.OVERALL_DISCARD_XPATH == own


def test_the_generic_extractor_gives_the_same_text_as_trafilatura_s_own_expressions():
    trafilatura = pytest.importorskip("trafilatura")
    story = "".join(f"<p>The council approved the budget for the year, paragraph {n}.</p>"
                    for n in range(8))
    page = ("<html><body><div class='nav-menu'><a href='/'>Home</a></div>"
            "<div class='article-body'>" + story + "<div class='share-buttons'>Share</div>"
            "<div class='comments-title'>3 comments</div></div>"
            "<div id='sidebar'><ul><li><a href='/x'>Most read</a></li></ul></div>"
            "</body></html>")
    own = trafilatura.bare_extraction(lxml.html.fromstring(page), fast=True,
                                      with_metadata=False).text
    with rewritten():
        faster = trafilatura.bare_extraction(lxml.html.fromstring(page), fast=True,
                                             with_metadata=False).text
    assert faster == own
    assert "paragraph 7" in faster and "Most read" not in faster

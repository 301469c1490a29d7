"""NamedElements: the elements found by their class, id or aria-label, from one walk."""

from __future__ import annotations

import lxml.html

from newscrawler.extract.hiding import hidden_elements
from newscrawler.extract.named import MAY_HIDE, NamedElements

PAGE = """<html class="no-js"><head><script id="breadcrumb-schema"></script></head><body>
<p class="İİİİİİİİİİ dek">A Turkish dotted capital before the needle.</p>
<nav class="Breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a></nav>
<ol aria-label="Breadcrumb"><li>Home</li></ol>
<div id="ZOOM"><p class="dek">A line.</p><p>Text.</p></div>
<span style="display:none">gone</span><p hidden>later</p><i class="D-NONE">x</i>
</body></html>"""


def _names(page: str = PAGE) -> tuple[object, NamedElements]:
    root = lxml.html.fromstring(page)
    return root, NamedElements(root)


def test_a_needle_is_found_in_any_case_in_class_id_or_aria_label_in_page_order():
    _, names = _names()
    assert [el.tag for el in names.search(("crumb",))] == ["script", "nav", "ol"]
    assert [el.get("id") for el in names.search(("zoom",))] == ["ZOOM"]
    # a letter that grows when lower-cased ("İ") does not shift the lines after it
    assert [el.get("class") for el in names.search(("dek",))] == ["İİİİİİİİİİ dek", "dek"]


def test_a_needle_across_words_is_searched_for_in_the_lines():
    # (needles without spaces are looked for among the page's words first)
    root, names = _names('<html><body><nav aria-label="Share on Facebook"></nav>'
                         '<p class="share-box">x</p></body></html>')
    assert [el.tag for el in names.search(("share on",))] == ["nav"]
    assert [el.tag for el in names.search(("book", "box"))] == ["nav", "p"]
    assert names.search(("twitter", "on twitter")) == []


def test_tags_and_body_narrow_the_search():
    root, names = _names()
    assert [el.tag for el in names.search(("crumb",), body=True)] == ["nav", "ol"]
    assert [el.tag for el in names.search(("crumb", "dek"), tags={"ol", "p"})] == ["p", "ol", "p"]
    assert names.search(("no-js",), body=True) == []
    assert names.search(("no-js",)) == [root]


def test_elements_removed_since_are_left_out():
    root, names = _names()
    zoom = root.get_element_by_id("ZOOM")
    zoom.getparent().remove(zoom)
    # the removed box and what it holds
    assert [el.get("class") for el in names.search(("dek",))] == ["İİİİİİİİİİ dek"]


def test_the_attributes_that_may_hide_are_marked_and_confirmed():
    root, names = _names()
    assert {el.tag for el in names.search((MAY_HIDE,))} == {"span", "p"}
    # a hiding class in capitals counts as one too
    assert [el.tag for el in hidden_elements(root, names)] == ["span", "p", "i"]
    assert hidden_elements(root) == hidden_elements(root, names)


def test_a_page_without_body_or_names():
    root, names = _names("<html><head><title>t</title></head></html>")
    assert names.search(("t",)) == [] and names.search(("t",), body=True) == []

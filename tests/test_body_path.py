"""Which step of extraction found a body (``ArticleFields.body_path``), on demo pages served in
both layouts: the run's health counts it."""

from __future__ import annotations

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.extract import extract_article
from newscrawler.items import BodyPath


def _page(layout: str, edition: str) -> tuple[bytes, str, str]:
    portal = DemoPortal(layout=layout, extras=False)
    article = next(a for a in portal.articles if a.edition == edition)
    page = portal.render()[article.path]
    return page.body, page.content_type, "\n\n".join(article.paragraphs)


@pytest.mark.parametrize(("layout", "edition", "path"), [
    ("classic", "en", BodyPath.CONTAINER),    # .article-content
    ("classic", "zh", BodyPath.CONTAINER),    # #zoom .TRS_Editor
    ("redesigned", "en", BodyPath.GENERIC),   # a container of a name no rule knows
    ("redesigned", "zh", BodyPath.PORTAL),    # a guideline page: the element after the title
])
def test_body_path_names_the_step_that_found_the_body(layout, edition, path):
    body, content_type, text = _page(layout, edition)
    fields = extract_article(body, "http://127.0.0.1/a.html", content_type=content_type)
    assert fields.body_path == path
    assert fields.body == text


def test_a_configured_selector_is_the_selector_path_and_no_body_is_none():
    body, content_type, _ = _page("redesigned", "en")
    fields = extract_article(body, "http://127.0.0.1/a.html", content_type=content_type,
                             selectors={"body": ".story-body"})
    assert fields.body_path == BodyPath.SELECTOR
    empty = extract_article(b"<html><head><title>x</title></head><body></body></html>",
                            "http://127.0.0.1/b.html")
    assert empty.body is None and empty.body_path is None

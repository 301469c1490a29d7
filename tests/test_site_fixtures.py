"""Every shipped site is held to a fixture page of our own making and its expected item
(tests/fixtures/sites/<site>/: article.html, list.html, expected.json), in the Fundus way."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from parsel import Selector

from newscrawler.extract import decode_html, extract_article
from newscrawler.links import page_links
from newscrawler.sites import list_sites, load_site

FIXTURES = Path(__file__).parent / "fixtures" / "sites"
README = Path(__file__).parent.parent / "README.md"
FIELDS = ("title", "published_at", "body", "source", "channel", "language")


def _fixture(name: str) -> tuple[dict, Path]:
    folder = FIXTURES / name
    return json.loads((folder / "expected.json").read_text(encoding="utf-8")), folder


def test_every_shipped_site_has_a_fixture_and_every_fixture_a_site():
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == list_sites()


@pytest.mark.parametrize("name", list_sites())
def test_site_article_page_gives_the_expected_item(name):
    site = load_site(name)
    expected, folder = _fixture(name)
    url = expected["url"]
    assert site.article_patterns.search(url), f"{url} does not match {name}'s article_links"
    assert urlsplit(url).hostname in site.allowed_domains or name.startswith("demo-")
    html = decode_html((folder / "article.html").read_bytes())
    fields = extract_article(html, url, selectors=site.selectors, timezone=site.timezone,
                             language=site.language)
    assert {k: getattr(fields, k) for k in FIELDS} == expected["article"]


@pytest.mark.parametrize("name", list_sites())
def test_site_list_page_gives_the_expected_links(name):
    site = load_site(name)
    expected, folder = _fixture(name)
    page = Selector(text=decode_html((folder / "list.html").read_bytes()))
    found = [[url, kind] for url, kind, _ in page_links(page, expected["list_url"], site)]
    assert found == expected["links"]


def test_readme_lists_every_shipped_site():
    text = README.read_text(encoding="utf-8")
    section = text.split("## Shipped sites", 1)[1].split("\n## ", 1)[0]
    table = re.findall(r"^\| `([a-z0-9_.-]+)` \|", section, re.M)
    assert sorted(table) == list_sites(), "README's table of shipped sites is stale"

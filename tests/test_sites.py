"""Site configs: the shipped ones load, and bad ones are refused before any request."""

from __future__ import annotations

import re

import pytest

from newscrawler.sites import SiteConfigError, list_sites, load_site, parse_site

from helpers import REPO, run_cli, write_site

GOOD = {"name": "x", "start_urls": ["https://example.gov.cn/en/news/index.html"],
        "article_links": [r"/art/\d+\.html"]}


@pytest.mark.parametrize("name", list_sites())
def test_every_shipped_site_loads(name):
    site = load_site(name)
    assert site.name == name
    assert site.start_urls and site.article_links and site.allowed_domains


def test_defaults():
    site = parse_site(GOOD)
    assert site.allowed_domains == ("example.gov.cn",)
    assert site.stop_at_known is True
    assert site.timezone is None and site.download_delay is None
    assert site.article_patterns.search("https://example.gov.cn/art/12.html")


@pytest.mark.parametrize(("change", "key", "words"), [
    ({"colour": "red"}, "colour", "unknown key"),
    ({"list_links": ["(unclosed"]}, "list_links", "bad regex"),
    ({"article_links": ["[a-"]}, "article_links", "bad regex"),
    ({"timezone": "Mars/Olympus"}, "timezone", "unknown timezone"),
    ({"start_urls": []}, "start_urls", "missing or empty"),
    ({"start_urls": ["example.gov.cn/news"]}, "start_urls", "not an absolute"),
    ({"download_delay": "fast"}, "download_delay", "expected a number"),
    ({"download_delay": -1}, "download_delay", ">= 0"),
    ({"min_interval": "soon"}, "min_interval", "not a duration"),
    ({"selectors": {"headline": "h1"}}, "selectors.headline", "unknown selector"),
    ({"selectors": {"title": "h1[[["}}, "selectors.title", "bad selector"),
    ({"name": "Bad Name"}, "name", "not a valid name"),
    ({"stop_at_known": "yes"}, "stop_at_known", "true or false"),
    ({"max_pages": -1}, "max_pages", ">= 0"),
    ({"max_depth": 2.5}, "max_depth", "expected a number"),
    ({"max_time": "a while"}, "max_time", "not a duration"),
    ({"max_page_size": "big"}, "max_page_size", "not a size"),
    ({"max_redirects": "3"}, "max_redirects", "expected a number"),
])
def test_bad_config_names_file_key_and_problem(change, key, words):
    with pytest.raises(SiteConfigError) as info:
        parse_site({**GOOD, **change}, origin="sites/x.toml")
    message = str(info.value)
    assert message.startswith(f"sites/x.toml: key {key!r}: ")
    assert words in message


def test_missing_start_urls_key():
    data = dict(GOOD)
    del data["start_urls"]
    with pytest.raises(SiteConfigError, match="start_urls.*missing"):
        parse_site(data)


def test_min_interval_units():
    assert parse_site({**GOOD, "min_interval": "30m"}).min_interval == 1800
    assert parse_site({**GOOD, "min_interval": "6h"}).min_interval == 6 * 3600
    assert parse_site({**GOOD, "min_interval": 90}).min_interval == 90


def test_limits_and_their_units():
    site = parse_site({**GOOD, "max_pages": 500, "max_time": "2h", "max_depth": 40,
                       "max_idle_lists": 3, "max_redirects": 0, "max_page_size": "1.5MB"})
    assert site.limits == {"max_pages": 500, "max_time": 7200, "max_depth": 40,
                           "max_idle_lists": 3, "max_redirects": 0,
                           "max_page_size": 1536 * 1024}
    assert parse_site({**GOOD, "max_page_size": 65536}).limits == {"max_page_size": 65536}
    assert parse_site({**GOOD, "max_page_size": "500 kb"}).limits == {"max_page_size": 512000}
    assert parse_site(GOOD).limits == {}


def test_unknown_site_name_lists_shipped_sites():
    with pytest.raises(SiteConfigError, match="no such site.*demo-en"):
        load_site("no-such-portal")


def test_invalid_toml_is_reported_with_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('name = "x"\nstart_urls = [\n', encoding="utf-8")
    with pytest.raises(SiteConfigError, match="broken.toml: not valid TOML"):
        load_site(path)


def test_crawl_refuses_a_bad_config_before_any_request(tmp_path, server):
    good = write_site(tmp_path, "demo-en", server.base_url)
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = write_site(bad_dir, "demo-zh", server.base_url, timezone='"Asia/Nowhere"')
    result = run_cli("crawl", good, bad, "--output-dir", tmp_path / "out")
    assert result.returncode == 2
    assert f"{bad}: key 'timezone': unknown timezone 'Asia/Nowhere'" in result.stderr
    assert "Traceback" not in result.stderr
    assert server.requested == []
    assert not (tmp_path / "out" / "news.db").exists()


def test_sites_command_lists_shipped_sites():
    result = run_cli("sites")
    assert result.returncode == 0
    for name in list_sites():
        assert name in result.stdout


def test_scrapy_crawl_command_does_the_same(tmp_path, portal, server):
    import subprocess
    import sys

    site = write_site(tmp_path, "demo-zh", server.base_url)
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"site={site}",
         "-s", f"NEWSCRAWLER_OUTPUT_DIR={out}", "-s", "AUTOTHROTTLE_START_DELAY=0",
         "-s", "LOG_LEVEL=DEBUG"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    from helpers import db_rows
    titles = {r["title"] for r in db_rows(out / "news.db", "SELECT title FROM articles")}
    assert titles == {a.title for a in portal.articles if a.edition == "zh"}
    # Started by Scrapy, not by the newscrawler command: the extension froze the start-up
    # and spaced out young collections.
    assert re.search(r"Froze [1-9]\d{4,} start-up objects .* collection thresholds \(10000, ",
                     result.stderr)

"""``newscrawler links`` on a file, on the demo portal served on 127.0.0.1, and on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer

PAGES = Path(__file__).parent / "fixtures" / "links"


def links(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newscrawler.cli", "links", *argv],
                          capture_output=True, text=True, timeout=120)


def test_file_input_as_json_lines():
    done = links(str(PAGES / "zh_trs_column.html"), "--json",
                 "--url", "https://www.shifan.gov.cn/zwyw/jrgz/index.html?utm_source=x")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(list(row) == ["url", "class", "why"] for row in rows)
    by_url = {row["url"]: row for row in rows}
    assert len(by_url) == len(rows)  # one row per distinct canonical URL
    row = by_url["https://www.shifan.gov.cn/zwyw/jrgz/202405/t20240524_2104301.html"]
    assert row["class"] == "article" and row["why"]  # ?from=timeline dropped
    assert by_url["https://www.shifan.gov.cn/zwyw/jrgz/index_2.html"]["class"] == "list"


def test_file_input_needs_an_address():
    done = links(str(PAGES / "zh_trs_column.html"))
    assert done.returncode == 2
    assert "--url" in done.stderr
    # a page that names its own address (<base href>) needs none
    assert links(str(PAGES / "homepage.html")).returncode == 0


def test_missing_file_and_bad_site():
    missing = links("/nonexistent/page.html", "--url", "https://x.gov/")
    assert missing.returncode == 1 and "no such file" in missing.stderr
    bad_site = links(str(PAGES / "homepage.html"), "--site", "no-such-site")
    assert bad_site.returncode == 2 and "no such site" in bad_site.stderr


@pytest.fixture
def demo() -> Iterator[tuple[DemoPortal, PortalServer]]:
    portal = DemoPortal(en=12, zh=6)
    with PortalServer(portal.render()) as server:
        yield portal, server


def test_url_input_and_site_config(demo, tmp_path):
    portal, server = demo
    page = f"{server.base_url}/en/news/index.html"
    done = links(page, "--json")
    assert done.returncode == 0, done.stderr
    found = {row["url"]: row["class"] for row in map(json.loads, done.stdout.splitlines())}
    listed = [a for a in portal.articles if a.edition == "en" and a.channel == "news"]
    newest = sorted(listed, key=lambda a: a.published, reverse=True)[0]
    assert found[server.base_url + newest.path] == "article"
    assert found[f"{server.base_url}/en/news/index_1.html"] == "list"
    assert server.requested == ["/en/news/index.html"]
    # --site: the config's regexes decide, everything else is other
    config = tmp_path / "demo.toml"
    config.write_text(f'name = "d"\nstart_urls = ["{server.base_url}/en/index.html"]\n'
                      "list_links = ['/en/news/index_\\d+\\.html$']\n"
                      "article_links = ['/en/art/']\n", encoding="utf-8")
    text = links(page, "--site", str(config))
    assert text.returncode == 0, text.stderr
    assert f"list     {server.base_url}/en/news/index_1.html" in text.stdout
    assert "matches neither d's article_links nor list_links" in text.stdout
    assert "links:" in text.stdout.splitlines()[-1]


def test_http_error_and_redirect_to_another_scheme():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "ftp://127.0.0.1/secret.html")
            else:
                self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        moved = links(f"{base}/moved")
        assert moved.returncode == 1
        assert "only http and https are followed" in moved.stderr
        gone = links(f"{base}/gone")
        assert gone.returncode == 1 and "HTTP 404" in gone.stderr
    finally:
        server.shutdown()
        server.server_close()

"""robots.txt for every request, including those that arrive while it is being fetched."""

from __future__ import annotations

import json

from newscrawler.demo.portal import DemoPortal, Page
from newscrawler.demo.server import PortalServer

from helpers import crawl, db_rows, write_site


def test_requests_that_waited_for_robots_txt_are_checked_too(tmp_path):
    pages = DemoPortal(en=6, zh=0, extras=False).render()
    pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /en/news/\n", "text/plain")
    # A slow host: the start requests wait for its robots.txt together (the first one fetches
    # it, the others wait for it; Scrapy 2.19 let all but one of those through unchecked).
    with PortalServer(pages, delay=0.2) as server:
        base = server.base_url
        start = [f"{base}/en/index.html", f"{base}/en/policies/index.html",
                 f"{base}/en/news/index.html", f"{base}/en/news/index_1.html"]
        site = write_site(tmp_path, "demo-en", base, start_urls=json.dumps(start))
        result = crawl(tmp_path / "out", site)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [p for p in server.requested if p.startswith("/en/news/")]
    failures = db_rows(tmp_path / "out" / "news.db", "SELECT url, reason FROM failures")
    for url in start[2:]:
        assert {"url": url, "reason": "forbidden by robots.txt"} in failures

"""The hostile web: one crawl of the fault portal (tests/faultportal.py) and one test per fault,
each asserting what was stored, what ``failures`` holds and why, and what the server was
asked for.

One crawl serves every fault (module-scoped ``first``): the faults live in folders of their
own, so each test reads its own rows and its own part of the request log. robots.txt faults
need hosts of their own and are crawled as further sites of the same run; a second run
(``second``) shows what the next scheduled run does after the first; the limits a site file
sets, and the 20,000-link list (whose parsing stalls a crawl for seconds, enough to time out
the pages that crawl has in flight on a loaded machine), get a short crawl of their own
(``apart``).
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawler import settings

from faultportal import BIG_LIST_ARTICLES, REDIRECTS, FaultPortal, article_title
from helpers import crawl, db_rows

# One test process runs this file: its crawls are module fixtures, made once, not once in
# each process that gets one of its tests (with `-n 4` the first run was crawled 3 times).
pytestmark = pytest.mark.xdist_group("faults")

# Short timeouts, no politeness delays: the faults, not the waiting, are under test. (Not
# shorter: on a loaded machine the crawl's reactor, busy with the 20,000-link page, must not
# time out pages that do answer.)
FAST = ("-s", "DOWNLOAD_TIMEOUT=4", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
# The fault portal's "huge" pages are 3 MB: no need to send the default 10 MB limit's worth.
MAIN = (*FAST, "-s", f"DOWNLOAD_MAXSIZE={2 * 1024 * 1024}")
TRIES = 1 + settings.RETRY_TIMES  # requests of a page that keeps failing in a retryable way
ROBOTS_MODES = ("500", "hang", "404", "huge")


@dataclass
class Run:
    out: Path
    portal: FaultPortal
    robots: dict[str, FaultPortal]
    mark: int  # where this run starts in the main portal's log
    stderr: str
    returncode: int

    @property
    def db(self) -> Path:
        return self.out / "news.db"

    def requested(self, fault: str) -> list[str]:
        """What this run asked the main portal for in the fault's folder."""
        return self.portal.paths(f"/f/{fault}/", since=self.mark)

    def failures(self, fault: str, *, run: int | None = None) -> list[dict]:
        """The fault site's failures in the fault's folder (of run *run*)."""
        where = " AND run_id = ?" if run else ""
        return db_rows(self.db, "SELECT url, kind, reason, detail, http_status, run_id "
                       f"FROM failures WHERE site = 'faults' AND url LIKE ?{where} ORDER BY id",
                       (f"%/f/{fault}/%", *([run] if run else [])))

    def articles(self, fault: str) -> list[dict]:
        """The fault site's articles reached under the fault's folder (any of their URLs)."""
        return db_rows(self.db, "SELECT DISTINCT a.id, a.url, a.title, a.body, a.first_run_id "
                       "FROM articles a JOIN article_urls u ON u.article_id = a.id "
                       "WHERE a.site = 'faults' AND u.url LIKE ? ORDER BY a.id",
                       (f"%/f/{fault}/%",))

    def run_row(self, site: str, *, last: bool = True) -> dict:
        rows = db_rows(self.db, "SELECT * FROM crawl_runs WHERE site = ? ORDER BY id", (site,))
        return rows[-1] if last else rows[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens there once the socket is closed


@pytest.fixture(scope="module")
def portals() -> Iterator[tuple[FaultPortal, dict[str, FaultPortal]]]:
    main = FaultPortal()
    # one portal per robots.txt fault, and one for a site whose only article is a bomb
    robots = {mode: FaultPortal(robots=mode) for mode in (*ROBOTS_MODES, "normal")}
    with main:
        for portal in robots.values():
            portal.__enter__()
        try:
            yield main, robots
        finally:
            for portal in robots.values():
                portal.__exit__(None, None, None)


@pytest.fixture(scope="module")
def first(portals, tmp_path_factory) -> Run:
    """The first run: the fault portal and one site per robots.txt fault, side by side."""
    main, robots = portals
    tmp = tmp_path_factory.mktemp("faults")
    sites = [main.site_file(tmp)]
    for mode, portal in robots.items():
        start = (("/f/ok/index.html", "/f/robots-block/art_1.html", "/f/robots-late/art_1.html")
                 if mode == "huge" else ("/f/ok/index.html",))
        if mode == "normal":
            sites.append(portal.site_file(tmp, "bomb-only", start=("/f/gzip-bomb/index.html",)))
        else:
            sites.append(portal.site_file(tmp, f"robots-{mode}", start=start))
    refused = FaultPortal()  # never started: its site file names a port nobody listens on
    refused._httpd.server_close()
    sites.append(refused.site_file(tmp, "robots-refused", start=("/f/ok/index.html",)))
    result = crawl(tmp / "out", *sites, extra=MAIN)
    return Run(tmp / "out", main, robots, 0, result.stderr, result.returncode)


@pytest.fixture(scope="module")
def second(first: Run, tmp_path_factory) -> Run:
    """The next scheduled run of the fault site, after its admin fixed what can be fixed."""
    tmp = tmp_path_factory.mktemp("faults-again")
    shutil.copytree(first.out, tmp / "out")
    first.portal.heal()
    mark = len(first.portal.log)
    result = crawl(tmp / "out", first.portal.site_file(tmp), extra=MAIN)
    return Run(tmp / "out", first.portal, first.robots, mark, result.stderr, result.returncode)


def _one_failure(run: Run, fault: str, reason: str, *, status: int | None = None) -> dict:
    rows = run.failures(fault)
    assert [(r["reason"], r["http_status"]) for r in rows] == [(reason, status)], rows
    assert rows[0]["detail"], "a failure says more than its reason"
    assert not run.articles(fault)
    return rows[0]


def _stored_once(run: Run, fault: str, n: int = 1) -> dict:
    rows = [r for r in run.articles(fault) if r["title"] == article_title(fault, n)]
    assert len(rows) == 1, run.articles(fault)
    assert not run.failures(fault)
    return rows[0]


# -- the run as a whole ---------------------------------------------------------------------------


def test_the_fault_site_run_is_recorded_and_ends(first):
    row = first.run_row("faults")
    assert row["finished_at"] and row["finish_reason"] == "finished"
    assert row["articles_new"] > 30 and row["failures"] > 20
    # the traps hit the limit on list pages without new articles: said so, not "interrupted"
    assert row["outcome"].startswith("stopped at a limit: "), row["outcome"]
    assert "lists without new articles" in row["outcome"]
    assert row["exit_status"] == 0


def test_every_page_given_up_on_has_exactly_one_failure_row_with_a_reason(first):
    from newscrawler.failures import Reason

    rows = db_rows(first.db, "SELECT url, reason, detail, run_id FROM failures")
    reasons = {r.value for r in Reason}
    for row in rows:
        assert row["reason"] in reasons or row["reason"].startswith("HTTP "), row
        assert row["detail"], row
    per_url = {}
    for row in rows:
        per_url[(row["url"], row["run_id"])] = per_url.get((row["url"], row["run_id"]), 0) + 1
    assert max(per_url.values()) == 1


# -- answers that are errors ----------------------------------------------------------------------


def test_http_500_is_retried_then_recorded(first):
    _one_failure(first, "http500", "HTTP 500", status=500)
    assert first.requested("http500") == ["/f/http500/index.html",
                                          *["/f/http500/art_1.html"] * TRIES]


@pytest.mark.parametrize("status", [404, 410])
def test_gone_pages_are_recorded_once_without_retries(first, status):
    _one_failure(first, f"http{status}", f"HTTP {status}", status=status)
    assert first.requested(f"http{status}").count(f"/f/http{status}/art_1.html") == 1


@pytest.mark.parametrize("fault, wait", [("http429-retry-after", 3),
                                         ("http503-retry-after-date", 2)])
def test_retry_after_is_waited_for_and_the_article_kept(first, fault, wait):
    _stored_once(first, fault)
    hits = [h for h in first.portal.hits(f"/f/{fault}/art_1.html")]
    assert len(hits) == 2, [h.path for h in hits]
    assert hits[1].at - hits[0].at >= wait - 0.05


def test_a_retry_after_beyond_the_cap_is_recorded_not_waited_for(first):
    row = _one_failure(first, "retry-after-too-long", "HTTP 429", status=429)
    assert "Retry-After" in row["detail"]
    assert first.requested("retry-after-too-long").count("/f/retry-after-too-long/art_1.html") == 1


def test_connection_reset(first):
    _one_failure(first, "reset", "download failed")
    # Twisted itself sends a request once more when a kept-alive connection is reset
    assert TRIES <= first.requested("reset").count("/f/reset/art_1.html") <= 2 * TRIES


def test_truncated_body(first):
    _one_failure(first, "truncated", "truncated")
    assert first.requested("truncated").count("/f/truncated/art_1.html") == TRIES


@pytest.mark.parametrize("fault", ["hang", "hang-after-headers", "trickle-slow"])
def test_pages_that_never_finish_time_out(first, fault):
    _one_failure(first, fault, "timed out")
    assert first.requested(fault).count(f"/f/{fault}/art_1.html") == TRIES


def test_a_slow_trickle_that_finishes_in_time_is_stored(first):
    _stored_once(first, "trickle-ok")


@pytest.mark.parametrize("fault", ["huge", "huge-streamed", "gzip-bomb"])
def test_too_large_pages_are_recorded_and_not_retried(first, fault):
    row = _one_failure(first, fault, "too large")
    assert "the 2 MB allowed" in row["detail"], row["detail"]
    assert first.requested(fault).count(f"/f/{fault}/art_1.html") == 1


def test_a_site_whose_only_article_is_a_bomb_is_not_ok(first):
    row = first.run_row("bomb-only")
    assert (row["outcome"], row["exit_status"]) == ("every article failed (1)", 1)
    rows = db_rows(first.db, "SELECT reason FROM failures WHERE site = 'bomb-only'")
    assert [r["reason"] for r in rows] == ["too large"]


def test_a_compressed_page_is_stored(first):
    _stored_once(first, "gzip-ok")


def test_empty_answer(first):
    _one_failure(first, "empty-body", "no title and no body")


# -- what the body is -----------------------------------------------------------------------------


@pytest.mark.parametrize("fault, what", [("pdf", "PDF"), ("png-as-html", "PNG")])
def test_files_served_as_articles_are_not_html_pages(first, fault, what):
    row = _one_failure(first, fault, "not an HTML page")
    assert what in row["detail"]


def test_an_article_redirected_to_a_file_is_recorded_under_its_link(first):
    row = _one_failure(first, "redirect-to-file", "not an HTML page")
    assert row["url"].endswith("/f/redirect-to-file/art_1.html") and "PDF" in row["detail"]


@pytest.mark.parametrize("fault", ["html-as-octet-stream", "html-as-text-plain",
                                   "no-content-type"])
def test_html_under_a_wrong_type_is_still_read(first, fault):
    _stored_once(first, fault)


@pytest.mark.parametrize("fault", ["gbk-says-utf8", "two-content-types", "unknown-charset"])
def test_a_lying_charset_is_overruled(first, fault):
    rows = first.articles(fault)
    assert len(rows) == 1 and not first.failures(fault)
    assert rows[0]["title"] == f"县交通运输局推进农村公路建设（{fault}第1篇）"
    assert "\ufffd" not in rows[0]["title"] + rows[0]["body"]
    assert "今年全县将新改建农村公路20公里" in rows[0]["body"]


def test_nul_bytes_are_dropped(first):
    row = _stored_once(first, "nul-bytes")
    assert "\0" not in row["title"] + row["body"]
    assert "repairs on 3 roads" in row["body"]


def test_a_few_invalid_utf8_bytes_do_not_lose_the_article(first):
    row = _stored_once(first, "invalid-utf8")
    assert row["body"].count("\ufffd") <= 3


def test_text_no_encoding_reads_is_undecodable(first):
    _one_failure(first, "undecodable", "undecodable")


@pytest.mark.parametrize("fault", ["soft404-zh", "soft404-en"])
def test_soft_404(first, fault):
    _one_failure(first, fault, "soft 404")


def test_an_article_that_mentions_page_not_found_is_kept(first):
    rows = first.articles("not-a-soft404")
    assert [r["title"] for r in rows] == ["County website moves to a new address"]


# -- redirects ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["deleted-to-home", "deleted-to-list"])
def test_a_deleted_article_redirected_to_a_list_is_a_soft_404(first, fault):
    row = _one_failure(first, fault, "soft 404")
    assert "redirects to the " + ("home" if fault == "deleted-to-home" else "list")\
        + " page" in row["detail"]
    assert first.requested(fault).count(f"/f/{fault}/art_1.html") == 1
    assert first.requested(fault).count(f"/f/{fault}/index.html") <= 1
    assert "/" not in first.portal.paths("/")


@pytest.mark.parametrize("fault, requests", [("redirect-loop", 2), ("redirect-self", 1)])
def test_redirect_loop(first, fault, requests):
    _one_failure(first, fault, "redirect loop")
    assert len(first.requested(fault)) == 1 + requests  # the list page, then the loop


def test_an_endless_redirect_chain_stops_at_the_redirect_limit(first):
    _one_failure(first, "redirect-chain", "too many redirects")
    # the list page, the article, then one request per redirect followed
    assert len(first.requested("redirect-chain")) == 2 + settings.REDIRECT_MAX_TIMES


def test_a_redirect_off_the_site_is_recorded_and_not_followed(first):
    row = _one_failure(first, "redirect-offsite", "redirected off-site")
    assert "localhost" in row["detail"]
    assert not [h for h in first.portal.hits() if h.host.startswith("localhost")]


@pytest.mark.parametrize("kind", sorted(REDIRECTS))
def test_redirects_of_every_kind_reach_the_article(first, kind):
    target = REDIRECTS[kind]
    source = f"{first.portal.base_url}/f/redirects/art_{target - 1000}.html"
    rows = db_rows(first.db, "SELECT a.url, a.title FROM articles a JOIN article_urls u "
                   "ON u.article_id = a.id WHERE u.url = ?", (source,))
    assert rows == [{"url": f"{first.portal.base_url}/f/redirects/art_{target}.html",
                     "title": article_title("redirects", target)}]
    assert first.requested("redirects").count(f"/f/redirects/art_{target}.html") == 1


def test_a_redirect_without_location_is_an_http_error(first):
    rows = [r for r in first.failures("redirects")]
    assert [(r["reason"], r["url"].rsplit("/", 1)[1]) for r in rows] == [
        ("HTTP 302", "art_999.html")]


# -- links ----------------------------------------------------------------------------------------


def test_base_href_is_honoured(first):
    assert first.requested("base-href") == ["/f/base-href/index.html",
                                            "/f/base-href/sub/art_1.html"]
    assert len(first.articles("base-href")) == 1


def test_dot_segments_are_resolved(first):
    assert sorted(first.requested("dot-segments")) == [
        "/f/dot-segments/art_1.html", "/f/dot-segments/art_2.html", "/f/dot-segments/index.html"]
    assert len(first.articles("dot-segments")) == 2


def test_pseudo_links_are_not_followed(first):
    assert first.requested("pseudo-links") == ["/f/pseudo-links/index.html",
                                               "/f/pseudo-links/art_1.html"]
    assert not first.failures("pseudo-links")


def test_whitespace_in_hrefs_is_dropped_as_browsers_do(first):
    assert sorted(first.requested("whitespace-hrefs")) == [
        f"/f/whitespace-hrefs/art_{n}.html" for n in (1, 2, 3)] + ["/f/whitespace-hrefs/index.html"]
    assert len(first.articles("whitespace-hrefs")) == 3


def test_session_ids_in_the_path_are_not_fetched_twice(first):
    assert sorted(first.requested("jsessionid")) == [
        "/f/jsessionid/art_1.html", "/f/jsessionid/art_2.html?page=1",
        "/f/jsessionid/index.html"]
    assert not db_rows(first.db, "SELECT url FROM article_urls WHERE url LIKE '%;jsessionid%'")


def test_a_trailing_slash_after_a_file_name_is_the_same_page(first):
    assert first.requested("trailing-slash") == ["/f/trailing-slash/index.html",
                                                 "/f/trailing-slash/art_1.html"]
    assert len(first.articles("trailing-slash")) == 1


# -- traps and limits -----------------------------------------------------------------------------


def test_an_endless_calendar_is_walked_only_to_the_idle_list_limit(first):
    pages = first.requested("calendar")
    # from the home page (itself a list without articles), each direction stops after
    # NEWSCRAWLER_MAX_IDLE_LISTS pages in a row that brought no new article link
    assert 1 < len(pages) <= 2 * settings.NEWSCRAWLER_MAX_IDLE_LISTS
    assert len(pages) == len(set(pages))
    assert not first.failures("calendar")


@pytest.mark.parametrize("fault", ["endless-empty", "endless-repeat"])
def test_endless_pagination_stops_after_the_last_page_with_new_articles(first, fault):
    lists = [p for p in first.requested(fault) if "index" in p]
    assert 3 < len(lists) <= 3 + settings.NEWSCRAWLER_MAX_IDLE_LISTS
    assert len(first.articles(fault)) == 9


# -- robots.txt -----------------------------------------------------------------------------------


def test_a_disallowed_article_is_recorded_and_never_requested(first):
    _one_failure(first, "robots-block", "forbidden by robots.txt")
    assert first.requested("robots-block") == []


@pytest.mark.parametrize("mode", ["500", "hang"])
def test_robots_txt_that_fails_means_complete_disallow(first, mode):
    portal = first.robots[mode]
    assert portal.paths("/") == ["/robots.txt"] * TRIES
    rows = db_rows(first.db, "SELECT kind, reason, detail FROM failures WHERE site = ?",
                   (f"robots-{mode}",))
    assert [(r["kind"], r["reason"]) for r in rows] == [("list", "robots.txt unavailable")]
    assert "robots.txt" in rows[0]["detail"]
    assert first.run_row(f"robots-{mode}")["exit_status"] == 1
    assert f"robots.txt of {portal.base_url.split('//')[1]}" in first.stderr


def test_an_unreachable_robots_txt_means_complete_disallow(first):
    rows = db_rows(first.db, "SELECT kind, reason FROM failures WHERE site = 'robots-refused'")
    assert [(r["kind"], r["reason"]) for r in rows] == [("list", "robots.txt unavailable")]


def test_robots_txt_404_means_allow_all(first):
    portal = first.robots["404"]
    assert portal.paths("/f/") == ["/f/ok/index.html", "/f/ok/art_1.html", "/f/ok/art_2.html"] \
        or sorted(portal.paths("/f/")) == sorted(["/f/ok/index.html", "/f/ok/art_1.html",
                                                  "/f/ok/art_2.html"])
    assert first.run_row("robots-404")["articles_new"] == 2


def test_a_huge_robots_txt_is_read_to_its_first_500_kib(first):
    portal = first.robots["huge"]
    assert portal.paths("/robots.txt") == ["/robots.txt"]
    assert "/f/robots-block/art_1.html" not in portal.paths("/")
    assert "/f/robots-late/art_1.html" in portal.paths("/")  # its rule comes after 500 KiB
    rows = db_rows(first.db, "SELECT reason FROM failures WHERE site = 'robots-huge'")
    assert [r["reason"] for r in rows] == ["forbidden by robots.txt"]
    assert first.run_row("robots-huge")["articles_new"] == 2  # the start URLs are lists


# -- the next run ---------------------------------------------------------------------------------


def test_next_run_retries_a_failure_listed_beyond_where_paging_stops(second):
    assert second.run_row("faults")["finished_at"], second.stderr[-3000:]
    # the first list page shows only known articles: paging stops there...
    assert second.requested("failed-further-down") == ["/f/failed-further-down/index.html",
                                                       "/f/failed-further-down/art_5.html"] \
        or sorted(second.requested("failed-further-down")) == sorted([
            "/f/failed-further-down/index.html", "/f/failed-further-down/art_5.html"])
    # ... and the article that failed on page 3 is fetched from the failures table
    stored = [r for r in second.articles("failed-further-down")
              if r["title"] == article_title("failed-further-down", 5)]
    assert len(stored) == 1 and stored[0]["first_run_id"] == second.run_row("faults")["id"]


def test_next_run_stops_paging_at_known_pages_after_a_limit_stopped_run(second):
    assert "did not complete" not in second.stderr
    for fault in ("endless-empty", "endless-repeat"):
        assert second.requested(fault) == [f"/f/{fault}/index.html"]


def test_next_run_retries_what_may_work_now_and_not_what_is_gone(second):
    assert second.requested("http404") == ["/f/http404/index.html"]
    assert second.requested("soft404-en") == ["/f/soft404-en/index.html"]
    assert second.requested("redirect-to-file") == ["/f/redirect-to-file/index.html"]
    assert second.requested("retry-after-too-long").count(
        "/f/retry-after-too-long/art_1.html") == 1
    assert len(second.articles("retry-after-too-long")) == 1
    run = second.run_row("faults")["id"]
    assert [r["reason"] for r in second.failures("http500", run=run)] == ["HTTP 500"]


# -- limits a site file sets, and the 20,000-link list, crawled apart -----------------------------

#: site -> (its limit in the site file, where it starts)
APART = {
    "limit-depth": ("max_depth = 3", "/f/endless-new/index.html"),
    "limit-pages": ("max_pages = 8", "/f/endless-new/index.html"),
    "limit-time": ('max_time = "2s"', "/f/hang/index.html"),
    "limit-redirects": ("max_redirects = 2", "/f/redirect-chain/index.html"),
    "limit-size": ('max_page_size = "64KB"', "/f/big-list/index.html"),
    "limit-idle": ("max_idle_lists = 2", "/f/calendar/index.html"),
    "big-list": ("", "/f/big-list/index.html"),
}


@dataclass
class Apart:
    out: Path
    sites: dict[str, Path]
    portals: dict[str, FaultPortal]
    stderr: str

    @property
    def db(self) -> Path:
        return self.out / "news.db"

    def run_row(self, site: str) -> dict:
        return db_rows(self.db, "SELECT * FROM crawl_runs WHERE site = ? ORDER BY id DESC",
                       (site,))[0]


@pytest.fixture(scope="module")
def apart(tmp_path_factory) -> Iterator[Apart]:
    """A site per limit, and the 20,000-link list, each on a portal of its own, crawled side
    by side."""
    tmp = tmp_path_factory.mktemp("limits")
    portals = {name: FaultPortal() for name in APART}
    for portal in portals.values():
        portal.__enter__()
    try:
        sites = {name: portals[name].site_file(tmp, name, start=(start,), extra=limit + "\n")
                 for name, (limit, start) in APART.items()}
        result = crawl(tmp / "out", *sites.values(), extra=FAST)
        yield Apart(tmp / "out", sites, portals, result.stderr)
    finally:
        for portal in portals.values():
            portal.__exit__(None, None, None)


def test_a_list_of_20000_links_is_read_and_each_article_fetched_once(apart):
    portal = apart.portals["big-list"]
    fetched = [p for p in portal.paths("/f/big-list/") if "art_" in p]
    assert sorted(fetched) == sorted(f"/f/big-list/art_{n}.html"
                                     for n in range(1, BIG_LIST_ARTICLES + 1))
    assert apart.run_row("big-list")["articles_new"] == BIG_LIST_ARTICLES


def test_depth_limit_from_the_site_file(apart):
    lists = apart.portals["limit-depth"].paths("/f/endless-new/index")
    assert len(lists) == 4  # depths 0 to 3; the links of depth 3 are not followed
    row = apart.run_row("limit-depth")
    assert row["outcome"] == "stopped at a limit: depth 3" and row["exit_status"] == 0
    assert row["articles_new"] == 4


def test_pages_per_run_from_the_site_file(apart):
    row = apart.run_row("limit-pages")
    assert row["outcome"] == "stopped at a limit: 8 pages per run"
    assert row["exit_status"] == 0 and row["finish_reason"] == "closespider_pagecount"
    assert 8 <= row["pages"] <= 8 + settings.CONCURRENT_REQUESTS


def test_total_time_from_the_site_file(apart):
    row = apart.run_row("limit-time")
    assert row["outcome"] == "stopped at a limit: time 2s" and row["exit_status"] == 0


def test_redirect_limit_from_the_site_file(apart):
    portal = apart.portals["limit-redirects"]
    assert len(portal.paths("/f/redirect-chain/")) == 2 + 2
    rows = db_rows(apart.db, "SELECT reason FROM failures WHERE site = 'limit-redirects'")
    assert [r["reason"] for r in rows] == ["too many redirects"]


def test_page_size_limit_from_the_site_file(apart):
    rows = db_rows(apart.db, "SELECT kind, reason, detail FROM failures "
                   "WHERE site = 'limit-size'")
    assert [(r["kind"], r["reason"]) for r in rows] == [("list", "too large")]
    assert "65536" in rows[0]["detail"] or "64 KB" in rows[0]["detail"]


def test_idle_list_limit_from_the_site_file(apart):
    pages = apart.portals["limit-idle"].paths("/f/calendar/")
    assert pages[0] == "/f/calendar/index.html" and 1 < len(pages) <= 3


def test_a_run_stopped_at_a_limit_does_not_make_the_next_walk_every_page(apart, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(apart.out, out)
    portal = apart.portals["limit-pages"]
    mark = len(portal.log)
    result = crawl(out, apart.sites["limit-pages"], apart.sites["limit-time"], extra=FAST)
    assert "did not complete" not in result.stderr
    # the first list page shows only known articles: nothing further is fetched
    assert portal.paths("/f/", since=mark) == ["/f/endless-new/index.html"]

"""kill -9 at random moments, then run again: nothing lost, nothing twice, nothing broken.

The moments are counted in the server's requests, not in seconds: a kill after the crawl's
n-th request lands in the crawl whatever the machine's speed, and no round waits for
nothing. The first round is killed by the clock, during start-up (the database being
created).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer

from helpers import REPO, crawl, db_rows, write_site

SLOW = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "NEWSCRAWLER_BATCH_SIZE=4",
        "-s", "NEWSCRAWLER_COMMIT_INTERVAL=0.1", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "LOG_LEVEL=WARNING")


def _start_crawl(out, sites) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newscrawler.cli", "crawl", *map(str, sites), "--output-dir",
         str(out), *SLOW], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _check_consistent(out) -> tuple[set[str], list[dict]]:
    conn = sqlite3.connect(out / "news.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The full-text index holds exactly the stored articles (FTS5 raises if it does not).
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        assert (conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()
                == conn.execute("SELECT count(*) FROM articles").fetchone())
    conn.close()
    lines = []
    if (out / "articles.jsonl").exists():
        with open(out / "articles.jsonl", encoding="utf-8") as fh:
            raw = fh.read()
        # Whatever moment the kill came, the file holds only complete lines.
        assert raw == "" or raw.endswith("\n")
        lines = [json.loads(line) for line in raw.splitlines()]
    return {r["url"] for r in db_rows(out / "news.db", "SELECT url FROM articles")}, lines


def _crawl_killed(out, sites, server: PortalServer, *, seconds: float | None = None,
                  requests: int | None = None) -> None:
    """A crawl killed with SIGKILL after *seconds*, or after *requests* of its requests reached
    the server (unless it ended before)."""
    mark, started = len(server.requested), time.monotonic()
    proc = _start_crawl(out, sites)
    deadline = started + 30
    while proc.poll() is None and time.monotonic() < deadline:
        if (time.monotonic() - started >= seconds if seconds is not None
                else len(server.requested) - mark >= requests):
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait(timeout=30)


@pytest.mark.slow
def test_killed_crawls_resume_without_loss_or_duplicates(tmp_path):
    portal = DemoPortal()
    rng = random.Random(20181528)
    with PortalServer(portal.render(), delay=0.02) as server:
        sites = [write_site(tmp_path, n, server.base_url) for n in ("demo-en", "demo-zh")]
        out = tmp_path / "out"
        kills = [{"seconds": rng.uniform(0.3, 0.9)}]  # in start-up: the database being made
        # then from the first request (robots.txt) to well into the article pages
        kills += [{"requests": rng.randint(1, 60)} for _ in range(4)]
        for kill in kills:
            _crawl_killed(out, sites, server, **kill)
            if (out / "news.db").exists():
                stored, lines = _check_consistent(out)
                # The file follows the database: it may lag, never lead.
                assert {line["url"] for line in lines} <= stored
        final = crawl(out, *sites, extra=SLOW)
        assert final.returncode == 0, final.stderr[-3000:]

    stored, lines = _check_consistent(out)
    expected = {r["url"] for r in portal.expected_articles(server.base_url)}
    assert stored == expected
    rows = db_rows(out / "news.db", "SELECT id, url, fingerprint FROM articles")
    assert len(rows) == len({r["fingerprint"] for r in rows}) == 66
    assert sorted(line["id"] for line in lines) == sorted(r["id"] for r in rows)
    runs = db_rows(out / "news.db", "SELECT finished_at FROM crawl_runs ORDER BY id")
    assert any(r["finished_at"] is None for r in runs), "no kill landed during a crawl"

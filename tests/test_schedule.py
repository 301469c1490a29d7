"""What scheduled runs rely on: one crawl at a time, run history, progress, politeness."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time

import pytest

from newscrawler.demo.portal import DemoPortal, Page
from newscrawler.demo.server import PortalServer

from helpers import REPO, crawl, db_rows, run_main, write_site


def _slow_crawl(out, site, log) -> subprocess.Popen:
    # (its log is kept: when the second crawl is not refused, it says whether the first was
    # still running and holding the lock)
    with open(log, "wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "newscrawler.cli", "crawl", str(site), "--output-dir",
             str(out), "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s",
             "AUTOTHROTTLE_ENABLED=False"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)


def _wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_second_crawl_on_the_same_database_exits_at_once(tmp_path):
    # 5 s a page: the first crawl is still running (about 50 s, its requests four at a time)
    # however slowly a loaded machine starts the second (at 1 s a page it finished in 10 s,
    # before a fresh-clone CI run's second crawl had started); it is killed as soon as the
    # second has exited
    with PortalServer(DemoPortal().render(), delay=5.0) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        out = tmp_path / "out"
        log = tmp_path / "first.log"
        first = _slow_crawl(out, site, log)
        try:
            assert _wait_for(lambda: len(server.requested) >= 3, timeout=60.0)
            started = time.monotonic()
            second = crawl(out, site)
            # at once: waiting for the lock would take the first crawl's 50 s
            assert time.monotonic() - started < 30
            assert second.returncode == 3, (
                f"first crawl {'running' if first.poll() is None else f'exited {first.poll()}'}"
                f"; its log ends:\n{log.read_text(errors='replace')[-3000:]}")
            assert f"another crawl is writing to {out / 'news.db'}: pid {first.pid}" in (
                second.stderr)
            assert "Traceback" not in second.stderr
        finally:
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
        # The killed crawl left no stuck lock: the next one runs and completes the work.
        server.delay = 0  # slow only while the first crawl had to be caught running
        third = crawl(out, site)
        assert third.returncode == 0, third.stderr[-2000:]
        assert db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"] == 36


def test_runs_command_shows_history_with_outcomes(tmp_path, server):
    out = tmp_path / "out"
    site = write_site(tmp_path, "demo-en", server.base_url)
    assert crawl(out, site).returncode == 0
    assert crawl(out, site).returncode == 0
    result = run_main("runs", "--db", out / "news.db")
    assert result.returncode == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].split()[:2] == ["id", "site"]
    assert lines[1].split()[0] == "2" and lines[2].split()[0] == "1"  # newest first
    assert lines[2].rstrip().endswith("ok, 3 failed") and lines[1].rstrip().endswith("ok")
    missing = run_main("runs", "--db", tmp_path / "nothing.db")
    assert missing.returncode == 1 and "no database at" in missing.stderr  # as every reader


def test_min_interval_skips_a_run_too_soon_with_a_clear_line(tmp_path, server):
    out = tmp_path / "out"
    site = write_site(tmp_path, "demo-zh", server.base_url, min_interval='"1h"')
    assert crawl(out, site).returncode == 0
    mark = len(server.requested)
    again = crawl(out, site)
    assert again.returncode == 0
    assert "demo-zh: last good run started" in again.stderr
    assert "min_interval is 1h00m: skipping" in again.stderr
    assert server.requested[mark:] == []
    forced = crawl(out, site, extra=("--ignore-min-interval",))
    assert forced.returncode == 0 and len(server.requested) > mark


@pytest.mark.slow
def test_robots_crawl_delay_is_honoured(tmp_path):
    portal = DemoPortal(en=3, zh=0, extras=False)
    pages = portal.render()
    # AutoThrottle alone would go down to the local server's few milliseconds.
    pages["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 0.3\n", "text/plain")
    with PortalServer(pages) as server:
        out = tmp_path / "out"
        result = crawl(out, write_site(tmp_path, "demo-en", server.base_url),
                       extra=("-s", "AUTOTHROTTLE_ENABLED=True", "-s", "LOG_LEVEL=INFO"))
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Crawl-delay 0.30 s honoured" in result.stderr
        gaps = [b - a for a, b in zip(server.times[1:], server.times[2:], strict=False)]
    assert len(gaps) >= 5
    assert min(gaps) >= 0.27, gaps


def test_progress_lines_without_a_terminal(tmp_path):
    with PortalServer(DemoPortal(en=12, zh=0, extras=False).render(), delay=0.05) as server:
        result = crawl(tmp_path / "out", write_site(tmp_path, "demo-en", server.base_url),
                       extra=("-s", "NEWSCRAWLER_PROGRESS_INTERVAL=0.2",
                              "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"))
    assert result.returncode == 0
    lines = [x for x in result.stderr.splitlines() if "Progress demo-en:" in x]
    assert len(lines) >= 3
    assert "12 new" in lines[-1] and lines[-1].endswith("(done)")
    assert "\x1b[" not in result.stderr


def test_live_progress_on_a_terminal(tmp_path, server):
    site = write_site(tmp_path, "demo-zh", server.base_url)
    pid, fd = pty.fork()
    if pid == 0:  # the child: a crawl whose stderr is a terminal
        os.chdir(REPO)
        os.execv(sys.executable, [sys.executable, "-m", "newscrawler.cli", "crawl", str(site),
                                  "--output-dir", str(tmp_path / "out"),
                                  "-s", "AUTOTHROTTLE_START_DELAY=0"])
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    output = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, output[-2000:]
    assert "\x1b[2K" in output  # redrawn in place
    assert "demo-zh: " in output and "30 new" in output and "(done)" in output
    assert "[scrapy" not in output  # INFO logging is quiet while the display runs

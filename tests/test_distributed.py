"""Distributed crawls against a real redis-server on 127.0.0.1: workers, the ingester, what
each does when killed, the shared rate per host, and the Lua scripts they rely on.

The end-to-end tests crawl a portal of 1,000 articles (with the demo portal's traps) served
from this process, so the server's log of requests says what every worker fetched.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from newscrawler.demo.portal import DemoPortal, Page
from newscrawler.demo.server import PortalServer
from newscrawler.distributed.keys import RedisKeys
from newscrawler.distributed.scripts import Scripts

from helpers import REPO, db_rows, free_port, jsonl_rows, run_cli, write_site

FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO",
        "--no-progress")


@contextlib.contextmanager
def redis_server() -> Iterator[tuple[str, subprocess.Popen]]:
    """A redis-server of our own (no persistence): its URL and its process."""
    program = shutil.which("redis-server")
    if program is None:
        raise RuntimeError("these tests need redis-server (Debian: apt-get install "
                           "redis-server; .ci/run installs it)")
    with tempfile.TemporaryDirectory() as folder:
        # (a free port can be taken by another test process before redis binds it: redis
        # then exits, and a new port is tried)
        for attempt in range(5):
            port = free_port()
            process = subprocess.Popen([program, "--port", str(port), "--bind", "127.0.0.1",
                                        "--dir", folder, "--save", "", "--appendonly", "no"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            url = f"redis://127.0.0.1:{port}/0"
            if _answers(url, process) or attempt == 4:
                break
            process.kill()
            process.wait(timeout=10)
        try:
            yield url, process
        finally:
            process.terminate()
            process.wait(timeout=10)


def _answers(url: str, process: subprocess.Popen) -> bool:
    """Whether the redis-server *process* answers at *url* within ten seconds (itself, not
    another test process's server that took the port); False when it exited (its port was
    taken); raises when it neither answers nor exits."""
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    try:
        while True:
            try:
                return client.info("server")["process_id"] == process.pid
            except redis.RedisError:  # (refused, closed, or another server's answer)
                if process.poll() is not None:
                    return False
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    finally:
        client.close()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A redis-server of the test session's own."""
    with redis_server() as (url, _):
        yield url


@pytest.fixture
def prefix() -> str:
    """Keys of the test's own under the session's Redis."""
    return f"t{uuid.uuid4().hex[:8]}"


@dataclass
class Portal:
    portal: DemoPortal
    server: PortalServer
    sites: list[Path]

    @property
    def expected(self) -> set[str]:
        return {a["url"] for a in self.portal.expected_articles(self.server.base_url)}

    def article_paths(self, requested: list[str]) -> list[str]:
        return [p for p in requested if "/art/" in p or "/t20" in p]


@pytest.fixture(scope="module")
def big_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Portal]:
    """1,000 articles (500 English, 500 GBK Chinese) with the demo portal's traps."""
    portal = DemoPortal(en=500, zh=500, per_page=20)
    folder = tmp_path_factory.mktemp("big-portal")
    with PortalServer(portal.render()) as server:
        sites = [write_site(folder, name, server.base_url) for name in ("demo-en", "demo-zh")]
        yield Portal(portal, server, sites)


def _popen(*args: str | Path, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as err:
        return subprocess.Popen([sys.executable, "-m", "newscrawler.cli", *map(str, args)],
                                cwd=REPO, stdout=subprocess.DEVNULL, stderr=err,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _stored(out: Path) -> tuple[list[dict], list[dict]]:
    """The articles in the database and the JSON lines, each checked to be there once."""
    rows = db_rows(out / "news.db", "SELECT id, url, fingerprint FROM articles")
    lines = jsonl_rows(out / "articles.jsonl")
    assert len({r["url"] for r in rows}) == len(rows)
    assert sorted(line["id"] for line in lines) == sorted(r["id"] for r in rows)
    return rows, lines


def _no_keys_left(url: str, prefix: str) -> list[bytes]:
    """The keys of runs still in Redis: a closed run leaves only its state ("closed"), which
    expires."""
    client = redis.Redis.from_url(url)
    return [key for key in client.keys(f"{prefix}:run:*")
            if client.hget(key, "state") != b"closed" or client.ttl(key) <= 0]


# -- two workers and one ingester ---------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster_crawl(big_portal: Portal, redis_url: str, tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[Path, subprocess.CompletedProcess[str], list[str], str]:
    """``newscrawler crawl --workers 2 --redis`` of the big portal: output, result, requests."""
    out = tmp_path_factory.mktemp("cluster") / "out"
    prefix = f"t{uuid.uuid4().hex[:8]}"
    mark = len(big_portal.server.requested)
    result = run_cli("crawl", *big_portal.sites, "--workers", "2", "--redis", redis_url,
                     "-o", out, "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", *FAST, timeout=300)
    return out, result, big_portal.server.requested[mark:], prefix


@pytest.mark.slow
@pytest.mark.xdist_group("cluster-crawl")  # one process: the crawl fixture made once
def test_two_workers_store_every_article_once_and_fetch_every_page_once(
        cluster_crawl, big_portal, redis_url):
    out, result, requested, prefix = cluster_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    rows, lines = _stored(out)
    assert {r["url"] for r in rows} == big_portal.expected
    assert len(rows) == len(big_portal.expected) >= 1000
    # No page twice across the workers; each worker reads robots.txt for itself.
    counts = collections.Counter(p for p in requested if p != "/robots.txt")
    assert [p for p, n in counts.items() if n > 1] == []
    assert 1 <= requested.count("/robots.txt") <= 4  # two workers, two sites each
    runs = db_rows(out / "news.db", "SELECT * FROM crawl_runs ORDER BY id")
    assert [r["site"] for r in runs] == ["demo-en", "demo-zh"]
    for run in runs:
        assert run["finished_at"] and run["exit_status"] == 0 and run["workers"] == 2
        assert len(json.loads(run["worker_ids"])) == 2
    assert sum(r["articles_new"] for r in runs) == len(rows)
    assert {r["duplicates"] for r in runs} == {1, 0}  # the article under a second URL
    # The summary is a local crawl's.
    assert "saved" in result.stdout and "database:" in result.stdout
    assert _no_keys_left(redis_url, prefix) == []


@pytest.mark.slow
@pytest.mark.xdist_group("cluster-crawl")  # one process: the crawl fixture made once
def test_next_run_fetches_list_pages_again_and_no_known_article(
        cluster_crawl, big_portal, redis_url):
    out, first, _, prefix = cluster_crawl
    assert first.returncode == 0
    mark = len(big_portal.server.requested)
    result = run_cli("crawl", *big_portal.sites, "--workers", "2", "--redis", redis_url,
                     "-o", out, "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", *FAST, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    requested = big_portal.server.requested[mark:]
    assert big_portal.article_paths(requested) == []
    # The start pages and first list pages again, though the first run's workers saw them.
    assert {"/en/index.html", "/zh/index.html", "/en/news/index.html",
            "/zh/xwdt/index.html"} <= set(requested)
    runs = db_rows(out / "news.db", "SELECT * FROM crawl_runs ORDER BY id")[2:]
    assert [(r["articles_new"], r["exit_status"]) for r in runs] == [(0, 0), (0, 0)]
    assert all(r["articles_known"] > 0 for r in runs)


# -- killed processes -------------------------------------------------------------------------


def _wait_for(condition, *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.mark.slow
def test_a_killed_workers_share_is_done_by_the_other(big_portal, redis_url, prefix, tmp_path):
    out = tmp_path / "out"
    settings = ("-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", "-s", "NEWSCRAWLER_WORKER_TIMEOUT=3",
                *FAST)
    server = big_portal.server
    server.delay = 0.004  # a few seconds of crawl, so the kill lands in it
    mark = len(server.requested)
    try:
        workers = [_popen("crawl", *big_portal.sites, "--redis", redis_url, *settings,
                          "-s", f"NEWSCRAWLER_WORKER_ID=w{n}", log=tmp_path / f"w{n}.log")
                   for n in (1, 2)]
        _wait_for(lambda: len(big_portal.article_paths(server.requested[mark:])) >= 200,
                  seconds=60, what="200 article requests")
        workers[0].send_signal(signal.SIGKILL)
        assert workers[0].wait(timeout=10) == -signal.SIGKILL
        assert workers[1].wait(timeout=180) == 0, (tmp_path / "w2.log").read_text()[-3000:]
    finally:
        server.delay = 0.0
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    log = (tmp_path / "w2.log").read_text()
    # w1's requests, taken back by w2 (one line per site)
    put_back = sum(map(int, re.findall(r"put back (\d+) requests of workers that stopped", log)))
    assert put_back > 0
    result = run_cli("ingest", "--redis", redis_url, "-o", out, "--until-idle",
                     "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    rows, _ = _stored(out)
    assert {r["url"] for r in rows} == big_portal.expected
    runs = db_rows(out / "news.db", "SELECT * FROM crawl_runs ORDER BY id")
    assert [(r["workers"], r["finish_reason"]) for r in runs] == [(2, "finished")] * 2
    # Fetched twice: only what w1 had taken and not finished when it was killed.
    twice = [p for p, n in collections.Counter(server.requested[mark:]).items()
             if n > 1 and p != "/robots.txt"]
    assert len(twice) <= put_back
    assert _no_keys_left(redis_url, prefix) == []


@pytest.mark.slow
def test_a_killed_ingester_loses_nothing_and_stores_nothing_twice(
        big_portal, redis_url, prefix, tmp_path):
    out = tmp_path / "out"
    settings = ("-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}")
    # The workers first: the stream holds the whole crawl when the ingester starts.
    workers = [_popen("crawl", *big_portal.sites, "--redis", redis_url, *settings, *FAST,
                      log=tmp_path / f"w{n}.log") for n in (1, 2)]
    assert [w.wait(timeout=180) for w in workers] == [0, 0]
    ingester = _popen("ingest", "--redis", redis_url, "-o", out, "--until-idle", *settings,
                      "-s", "NEWSCRAWLER_BATCH_SIZE=10", log=tmp_path / "ingest.log")

    def stored() -> int:
        try:
            return db_rows(out / "news.db", "SELECT count(*) AS n FROM articles")[0]["n"]
        except Exception:  # not created yet
            return 0

    _wait_for(lambda: stored() >= 150 or ingester.poll() is not None, seconds=60,
              what="150 articles stored")
    ingester.send_signal(signal.SIGKILL)
    ingester.wait(timeout=10)
    assert 150 <= stored() < len(big_portal.expected), "the kill did not land mid-stream"
    result = run_cli("ingest", "--redis", redis_url, "-o", out, "--until-idle", *settings,
                     timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    rows, _ = _stored(out)
    assert {r["url"] for r in rows} == big_portal.expected
    runs = db_rows(out / "news.db", "SELECT * FROM crawl_runs ORDER BY id")
    # The counts went through the kill exactly: committed with the articles they count.
    assert sum(r["articles_new"] for r in runs) == len(rows)
    assert sum(r["duplicates"] for r in runs) == 1
    failures = db_rows(out / "news.db", "SELECT url FROM failures")
    assert len(failures) == len({f["url"] for f in failures}) == sum(r["failures"] for r in runs)
    assert _no_keys_left(redis_url, prefix) == []


# -- the shared rate per host -----------------------------------------------------------------


@pytest.mark.slow
def test_workers_share_one_rate_per_host_with_robots_crawl_delay(redis_url, prefix, tmp_path):
    portal = DemoPortal(en=24, zh=0, per_page=8, extras=False)
    pages = portal.render()
    # robots.txt asks for more than the site's own delay: its Crawl-delay wins, for both.
    pages["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 0.3\n", "text/plain")
    with PortalServer(pages) as server:
        site = write_site(tmp_path, "demo-en", server.base_url, download_delay="0.15")
        result = run_cli("crawl", site, "--workers", "2", "--redis", redis_url, "-o",
                         tmp_path / "out", "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}",
                         "-s", "AUTOTHROTTLE_ENABLED=False",
                         "-s", "RANDOMIZE_DOWNLOAD_DELAY=False", "--no-progress", timeout=120)
        times = [t for p, t in zip(server.requested, server.times, strict=True)
                 if p != "/robots.txt"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(times) >= 25
    # The host is taken 0.3 s apart (Redis's clock); requests arrive with the jitter of a
    # loaded machine (a worker busy parsing sends late), so the gaps are checked over windows
    # of five and as a share. Two workers with unshared delays would send about every other
    # request together (half the gaps near 0) and ten requests in 1.35 s.
    windows = [b - a for a, b in zip(times, times[5:], strict=False)]
    assert min(windows) >= 5 * 0.3 - 0.3, sorted(windows)[:3]
    gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False))
    assert sum(gap < 0.15 for gap in gaps) <= len(gaps) // 10, gaps[:5]
    assert gaps[len(gaps) // 2] >= 0.29, gaps
    assert (len(times) - 1) / (times[-1] - times[0]) <= 1 / 0.3 * 1.02


@pytest.mark.slow
def test_a_worker_takes_only_the_requests_it_can_start(redis_url, prefix, tmp_path):
    """Scrapy's engine takes up to CONCURRENT_REQUESTS while the site's slot sends
    CONCURRENT_REQUESTS_PER_DOMAIN: a worker keeps one request waiting per request sent and
    leaves the rest in the shared queue, where the other workers reach them (and list pages
    keep their priority)."""
    portal = DemoPortal(en=60, zh=0, per_page=20, extras=False)
    with PortalServer(portal.render(), delay=0.1) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        worker = _popen("crawl", site, "--redis", redis_url,
                        "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", "-s", "CONCURRENT_REQUESTS=16",
                        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", *FAST, log=tmp_path / "w.log")
        client = redis.Redis.from_url(redis_url)
        held = []
        while worker.poll() is None:
            held.append(sum(client.zcard(key)
                            for key in client.scan_iter(f"{prefix}:run:*:inflight:*")))
            time.sleep(0.02)
    assert worker.returncode == 0, (tmp_path / "w.log").read_text()[-3000:]
    assert len(portal.expected_articles(server.base_url)) == 60
    # two sent and two waiting, and a few done whose items are not yet in the stream (sent
    # every 50 ms); taking what the engine asks for held 18 to 23
    assert 1 <= max(held) <= 10, " ".join(map(str, held))


# -- the scripts, on Redis --------------------------------------------------------------------


@pytest.fixture
def client(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url)


def test_a_host_is_taken_by_one_client_per_interval(client, redis_url, prefix):
    other = Scripts(redis.Redis.from_url(redis_url))
    scripts = Scripts(client)
    key = RedisKeys(prefix).host("example.gov.cn")
    assert scripts.reserve(keys=[key], args=[100_000]) == 0  # free: go
    wait = other.reserve(keys=[key], args=[100_000])  # taken: wait about 0.1 s
    assert 80_000 <= wait <= 100_000
    assert scripts.reserve(keys=[key], args=[100_000]) > 0
    time.sleep(wait / 1e6 + 0.002)
    assert other.reserve(keys=[key], args=[100_000]) == 0  # its turn came
    assert 0 < scripts.reserve(keys=[key], args=[100_000]) <= 100_000


def test_a_worker_that_comes_back_under_its_id_puts_back_what_it_held(client, prefix):
    scripts, keys = Scripts(client), RedisKeys(prefix)
    run, created, back = scripts.join(args=[prefix, "site", "w1", "now", 5000, ""])
    run = run.decode()
    assert created == 1 and back == 0
    queue, seen = keys.run(run, "queue"), keys.run(run, "seen")
    # one list page's requests in one call; a repeat within the call or of an earlier one
    # is not queued again
    assert scripts.enqueue(keys=[seen, queue], args=[
        "fp0", 0, "request 0", "fp1", 1, "request 1", "fp0", 0, "request 0 again"]) == [1, 1, 0]
    assert scripts.enqueue(keys=[seen, queue], args=[
        "fp2", 2, "request 2", "fp1", 1, "request 1 again"]) == [1, 0]
    inflight = keys.run(run, "inflight", "w1")
    assert scripts.pop(keys=[queue, inflight], args=[2]) == [b"request 0", b"request 1"]
    assert client.zcard(queue) == 1 and client.zcard(inflight) == 2
    # Not finished while w1 holds requests, even with an empty queue.
    assert scripts.pop(keys=[queue, inflight], args=[5]) == [b"request 2"]
    assert scripts.pop(keys=[queue, inflight], args=[1]) == []
    assert scripts.finish(args=[prefix, run, "now"]) == 0
    # w1 is killed and restarted: joining again puts its requests back, in their order.
    again, created, back = scripts.join(args=[prefix, "site", "w1", "now", 5000, ""])
    assert (again.decode(), created, back) == (run, 0, 3)
    assert client.zrange(queue, 0, -1) == [b"request 0", b"request 1", b"request 2"]


def test_requests_of_a_worker_that_stopped_beating_go_back_to_the_queue(client, prefix):
    scripts, keys = Scripts(client), RedisKeys(prefix)
    run = scripts.join(args=[prefix, "site", "dies", "now", 200, ""])[0].decode()
    scripts.join(args=[prefix, "site", "lives", "now", 60_000, ""])
    queue = keys.run(run, "queue")
    scripts.enqueue(keys=[keys.run(run, "seen"), queue], args=["fp", 0, "request"])
    scripts.pop(keys=[queue, keys.run(run, "inflight", "dies")], args=[1])
    assert scripts.reclaim(args=[prefix, run]) == 0  # still beating
    time.sleep(0.3)
    assert scripts.reclaim(args=[prefix, run]) == 1
    assert client.zrange(queue, 0, -1) == [b"request"]
    assert client.hget(keys.run(run, "workers"), "dies") == b"dead"
    # The live worker takes it; once it is done and started, the run is finished, and the
    # site's next run is a new one.
    client.hset(keys.run(run, "workers"), "lives", "running")
    assert scripts.finish(args=[prefix, run, "now"]) == 0
    scripts.pop(keys=[queue, keys.run(run, "inflight", "lives")], args=[1])
    client.delete(keys.run(run, "inflight", "lives"))
    assert scripts.finish(args=[prefix, run, "now"]) == 1
    assert scripts.join(args=[prefix, "site", "", "now", 0, ""])[0].decode() != run


def test_workers_without_redis_server_say_what_to_install(tmp_path):
    site = write_site(tmp_path, "demo-en", "http://127.0.0.1:9")
    result = run_cli("crawl", site, "--workers", "2", "-o", tmp_path / "out",
                     env={"PATH": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    assert "apt-get install redis-server" in result.stderr


def test_a_worker_late_for_a_named_run_finds_it_over(client, prefix):
    scripts = Scripts(client)
    run, created, _ = scripts.join(args=[prefix, "site", "w1", "now", 5000, "2026120110"])
    assert (run, created) == (b"2026120110/site", 1)
    client.hset(RedisKeys(prefix).run(run.decode(), "workers"), "w1", "running")
    assert scripts.finish(args=[prefix, run.decode(), "now"]) == 1
    # w2, started by the same schedule but after w1 finished everything: nothing to do.
    assert scripts.join(args=[prefix, "site", "w2", "now", 5000, "2026120110"])[1] == -1
    # The next schedule's name is a new run.
    assert scripts.join(args=[prefix, "site", "w2", "now", 5000, "2026120111"])[1] == 1


def test_workers_of_a_crawl_that_cannot_start_touch_nothing(redis_url, prefix, client, tmp_path,
                                                            server):
    """The workers start before the crawl lock is taken (to import while it is); when the
    lock is held by another crawl they exit without joining a run or fetching a page."""
    from newscrawler.storage import lock

    site = write_site(tmp_path, "demo-en", server.base_url)
    out = tmp_path / "out"
    out.mkdir()
    held = lock.acquire(out / "news.db")
    try:
        fetched = len(server.requested)
        result = run_cli("crawl", site, "--workers", "2", "--redis", redis_url, "-o", out,
                         "-s", f"NEWSCRAWLER_REDIS_PREFIX={prefix}", "--no-progress",
                         timeout=60)
    finally:
        held.release()
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "lock" in result.stderr.lower() or "another crawl" in result.stderr.lower()
    assert client.keys(f"{prefix}:*") == []
    assert len(server.requested) == fetched


def test_a_worker_whose_redis_goes_away_stops_with_status_1(tmp_path):
    """Documented: workers fail their next call and exit 1; they used to hang, retrying."""
    portal = DemoPortal(en=200, zh=0, per_page=20, extras=False)
    with PortalServer(portal.render(), delay=0.05) as server, redis_server() as (url, process):
        site = write_site(tmp_path, "demo-en", server.base_url)
        worker = subprocess.Popen(
            [sys.executable, "-m", "newscrawler.cli", "crawl", str(site), "--redis", url,
             "--no-progress", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(server.requested) < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.poll() is None, "the crawl ended before Redis went away"
        process.kill()
        process.wait()
        gone = time.monotonic()
        out, err = worker.communicate(timeout=60)
    assert worker.returncode == 1, err[-3000:]
    assert time.monotonic() - gone < 30
    assert "Redis does not answer" in err and "Traceback" not in err, err[-3000:]
    assert "redis_unreachable" in out


def test_an_ingester_whose_redis_goes_away_exits_1_with_a_message(tmp_path):
    with redis_server() as (url, process):
        ingester = subprocess.Popen(
            [sys.executable, "-m", "newscrawler.cli", "ingest", "--redis", url, "-o",
             str(tmp_path / "out")], cwd=REPO, stderr=subprocess.PIPE, text=True)
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 30
        while not client.keys("*") and time.monotonic() < deadline:  # it holds its lock
            time.sleep(0.05)
        client.close()
        time.sleep(2)  # and has told the workers what is known: it waits on the stream
        process.kill()
        process.wait()
        _, err = ingester.communicate(timeout=60)
    assert ingester.returncode == 1, err[-3000:]
    assert "lost Redis at" in err and "Traceback" not in err, err[-3000:]
    assert (tmp_path / "out" / "news.db").exists()


@pytest.mark.parametrize("workers", [[], ["--workers", "2"]])
def test_a_crawl_given_a_redis_that_does_not_answer_says_so(tmp_path, workers):
    site = write_site(tmp_path, "demo-en", "http://127.0.0.1:9")
    url = f"redis://127.0.0.1:{free_port()}/0"
    result = run_cli("crawl", site, "--redis", url, *workers, "-o", tmp_path / "out",
                     "--no-progress", timeout=60)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert f"Redis at {url}" in result.stderr and "does not answer" in result.stderr \
        or f"cannot reach Redis at {url}" in result.stderr, result.stderr[-3000:]

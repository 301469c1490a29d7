"""Distributed crawls from the command line: one worker process, or N workers and the ingester
on this machine, with a private ``redis-server`` when no Redis is given.

>>> status = run_worker(sites, settings=settings)                  # newscrawler crawl --redis
>>> runs = run_cluster(sites, site_args, settings=settings, database=database, workers=4)
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.log import configure_logging
from twisted.python.failure import Failure

from newscrawler import statkeys
from newscrawler.exit_status import ExitStatus
from newscrawler.extensions.database import Database
from newscrawler.extensions.startup import long_lived
from newscrawler.sites import SiteConfig
from newscrawler.spiders.portal import PortalSpider
from newscrawler.storage import utc_now
from newscrawler.storage.stats import RunSummary

from .connection import connect
from .ingest import Ingester
from .keys import RedisKeys
from .scripts import Scripts
from .standby import Standby
from .worker import RUN_OVER

__all__ = ["RedisServerMissing", "private_redis", "run_cluster", "run_worker"]

logger = logging.getLogger(__name__)

DEBIAN_PACKAGE = "redis-server"


class RedisServerMissing(RuntimeError):
    """``--workers`` without ``--redis`` needs the ``redis-server`` program."""


@contextlib.contextmanager
def private_redis(*, timeout: float = 10.0) -> Iterator[str]:
    """A ``redis-server`` of our own on 127.0.0.1 (a free port, a temporary folder, nothing
    saved), stopped on exit; yields its URL."""
    program = shutil.which("redis-server")
    if program is None:
        raise RedisServerMissing(
            "--workers needs a Redis: give one with --redis URL, or install the "
            f"'{DEBIAN_PACKAGE}' package (Debian/Ubuntu: apt-get install {DEBIAN_PACKAGE}) so "
            "that a private redis-server can be started")
    with tempfile.TemporaryDirectory(prefix="newscrawler-redis-") as folder:
        for _attempt in range(3):
            port = _free_port()
            process = subprocess.Popen(
                [program, "--port", str(port), "--bind", "127.0.0.1", "--dir", folder,
                 "--save", "", "--appendonly", "no", "--daemonize", "no",
                 "--loglevel", "warning"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            url = f"redis://127.0.0.1:{port}/0"
            if _answers(url, process, timeout):
                break
            process.kill()
            process.wait()
        else:
            raise RuntimeError(f"{program} did not start (three tries)")
        try:
            logger.info("Started a private redis-server at %s", url)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run_worker(sites: Sequence[SiteConfig], *, settings: Settings, refresh: bool = False,
               since: date | None = None) -> int:
    """Crawl *sites* as one worker of the cluster at ``NEWSCRAWLER_REDIS_URL`` (blocks);
    prints what this worker did and returns the exit status."""
    url = settings.get("NEWSCRAWLER_REDIS_URL")
    connect(url)  # fails here, in one line, when Redis does not answer
    errors: dict[str, str] = {}
    crawlers = []
    with long_lived():
        process = CrawlerProcess(settings)
        for site in sites:
            crawler = process.create_crawler(PortalSpider)
            done = process.crawl(crawler, site=site, refresh=refresh, since=since)
            done.addErrback(_crawl_failed, site.name, errors)
            crawlers.append((site, crawler))
    process.start()
    rows = []
    status = ExitStatus.OK
    for site, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        reason = str(stats.get("finish_reason", "not started"))
        if site.name in errors:
            outcome, code = f"error: {errors[site.name]}", ExitStatus.USAGE
        else:
            outcome = reason
            code = ExitStatus.OK if reason in ("finished", RUN_OVER) else ExitStatus.FAILED
        status = max(status, code)
        rows.append((site.name, stats.get(statkeys.PAGES, 0),
                     stats.get(f"{statkeys.CLUSTER_PUSHED}/article", 0),
                     stats.get(statkeys.ARTICLES_KNOWN, 0),
                     stats.get(f"{statkeys.CLUSTER_PUSHED}/failure", 0), outcome))
    from newscrawler.commands._common import text_table

    sys.stdout.write("\n" + text_table(("site", "pages", "articles", "known", "failed",
                                        "outcome"), rows) + "\n")
    sys.stdout.write(f"\nworker of the cluster at {url}: the ingester stores the articles\n")
    return int(status)


def run_cluster(sites: Sequence[SiteConfig], site_args: Sequence[str], *, settings: Settings,
                database: Database, workers: int, redis_url: str | None = None,
                worker_args: Sequence[str] = (),
                standby: Sequence[Standby] = ()) -> list[RunSummary]:
    """Crawl *sites* with *workers* worker processes (``newscrawler crawl SITE_ARGS --redis``)
    and ingest in this process into *database*; returns the runs once all are closed.
    Workers already started and waiting (*standby*) are used first."""
    configure_logging(settings)
    redis_context = (contextlib.nullcontext(redis_url) if redis_url else private_redis())
    with redis_context as url:
        ingester = Ingester.open(url, settings, database=database)
        processes: list[subprocess.Popen[bytes]] = []
        try:
            scripts = Scripts(ingester.client)
            keys: RedisKeys = ingester.keys
            # A run of our own name: a worker that starts after the others finished (a
            # re-crawl can take a second) finds it over instead of starting another.
            name = f"{int(time.time())}-{uuid.uuid4().hex[:8]}"
            targets = []
            for site in sites:
                run, _, _ = scripts.join(args=[keys.prefix, site.name, "", utc_now(), 0, name])
                targets.append(run.decode() if isinstance(run, bytes) else str(run))
            argv = ["crawl", *site_args, "--redis", url, *worker_args,
                    "-s", f"NEWSCRAWLER_RUN={name}"]
            processes = [waiting.go(argv) for waiting in standby[:workers]]
            processes += [subprocess.Popen([sys.executable, "-m", "newscrawler.cli", *argv])
                          for _ in range(workers - len(processes))]
            logger.info("Started %d workers for run%s %s", workers,
                        "s" if len(targets) > 1 else "", ", ".join(targets))

            def done() -> bool:
                return (all(run in ingester.closed for run in targets)
                        or all(p.poll() is not None for p in processes))

            ingester.run(stop=done)
            _wait(processes)
            while ingester.step(block=False):
                pass
            ingester.close_finished_runs()
            for run in targets:  # every worker is gone and the run is not finished
                if run in ingester.sinks:
                    ingester.close_run(run, "workers_exited")
            return [RunSummary.from_row(database.storage.run(ingester.closed[run]) or {})
                    for run in targets]
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            _wait(processes, timeout=30)
            ingester.close()


def _wait(processes: Sequence[subprocess.Popen[bytes]], *, timeout: float | None = None) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    for process in processes:
        try:
            process.wait(None if deadline is None else max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _crawl_failed(failure: Failure, site: str, errors: dict[str, str]) -> None:
    errors[site] = failure.getErrorMessage() or failure.type.__name__
    logger.error("%s: the crawl failed: %s", site, errors[site])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str, process: subprocess.Popen[bytes], timeout: float) -> bool:
    import redis

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            redis.Redis.from_url(url, socket_connect_timeout=1).ping()
            return True
        except redis.RedisError:
            time.sleep(0.05)
    return False


def worker_arguments(args: Any) -> list[str]:
    """The options of ``newscrawler crawl`` a worker of ``--workers`` is started with."""
    extra: list[str] = []
    for pair in args.settings:
        extra += ["-s", pair]
    if args.loglevel:
        extra += ["-L", args.loglevel]
    if args.refresh:
        extra.append("--refresh")
    if args.since:
        extra += ["--since", args.since]
    if args.no_progress or sys.stderr.isatty():
        extra.append("--no-progress")  # several live displays on one terminal would garble
    return extra

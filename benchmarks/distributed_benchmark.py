"""Distributed crawls: how throughput grows with workers, the one-machine split against a bare
Scrapy spider, and Redis memory per 100,000 known URLs; every ratio from runs of one invocation.

    python benchmarks/distributed_benchmark.py                   # all three
    python benchmarks/distributed_benchmark.py --only scaling --articles 1500
    python benchmarks/distributed_benchmark.py --only bare --repeat 3

(a) scaling: ``newscrawler crawl --workers N`` with N = 1, 2, 4 against a portal that waits
    50 to 200 ms (uniformly at random) before each answer, as a remote portal does. Each worker
    keeps the project's default of 4 requests at a time to a host, and no download delay: the
    regime where one worker waits on latency, not on its CPU or on politeness (a site delay is
    shared by the whole cluster by design, so it caps the cluster, not each worker). The portal
    is served from its own process, whose CPU time is reported to show it is not the limit.
(b) bare: on the same machine without delays, ``newscrawler crawl --workers 1`` (one worker
    process, the ingester in the parent, a private redis-server) against the bare Scrapy
    spider of ``crawl_benchmark.py``, alternating, wall time of the whole command.
(c) memory: a private redis-server's ``used_memory`` before and after 100,000 URLs enter the
    known set (12-byte digests), and a run's seen-set of 100,000 request fingerprints.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from crawl_benchmark import BARE_SPIDER, SETTINGS, responses  # noqa: E402

from newscrawler.demo.portal import DemoPortal  # noqa: E402
from newscrawler.demo.server import PortalServer  # noqa: E402

LISTS = r"/(en|zh)/[a-z]+/index(_\d+)?\.html$"
ARTICLES = r"(/art/\d{4}/\d+/\d+/art_\d+\.html|/zh/[a-z]+/\d{6}/t\d{8}_\d+\.html)$"


def serve(articles: int, delay: tuple[float, float] | float, queue: multiprocessing.Queue,
          times: multiprocessing.Queue) -> None:
    portal = DemoPortal(en=articles // 2, zh=articles - articles // 2, per_page=20, extras=False)
    server = PortalServer(portal.render(), delay=delay)
    server.start()
    queue.put(server.base_url)
    while True:  # answer "times" requests: (first, last, count) of the requests since the last
        times.get()
        stamps = list(server.times)
        server.times.clear()
        server.requested.clear()
        queue.put(stamps)


class Portal:
    """The portal in a process of its own; its CPU time and request window per run."""

    def __init__(self, articles: int, delay: tuple[float, float] | float) -> None:
        self.queue: multiprocessing.Queue = multiprocessing.Queue()
        self.ask: multiprocessing.Queue = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=serve, daemon=True,
                                               args=(articles, delay, self.queue, self.ask))
        self.process.start()
        self.base = self.queue.get(timeout=120)

    def cpu(self) -> float:
        with open(f"/proc/{self.process.pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def window(self) -> tuple[float, int, float]:
        """Seconds from the first to the last request since the last call, how many, and the
        rate between the 10th and the 90th percentile request (without start-up and tail)."""
        self.ask.put(None)
        stamps = self.queue.get(timeout=60)
        if len(stamps) < 10:
            return 0.0, len(stamps), 0.0
        low, high = len(stamps) // 10, len(stamps) * 9 // 10
        return stamps[-1] - stamps[0], len(stamps), (high - low) / (stamps[high] - stamps[low])

    def stop(self) -> None:
        self.process.terminate()


def write_site(folder: Path, base: str) -> Path:
    site = folder / "bench.toml"
    start_urls = [f"{base}/en/index.html", f"{base}/zh/index.html"]
    site.write_text(f"name = 'bench'\nstart_urls = {json.dumps(start_urls)}\n"
                    f"list_links = [{json.dumps(LISTS)}]\n"
                    f"article_links = [{json.dumps(ARTICLES)}]\n"
                    "timezone = 'Asia/Shanghai'\ndownload_delay = 0\n", encoding="utf-8")
    return site


def run(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run *cmd*; wall seconds, CPU seconds of it and its children, stderr."""
    started = time.perf_counter()
    before = os.times()
    with tempfile.TemporaryFile() as err:
        status = subprocess.call(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        elapsed = time.perf_counter() - started
        err.seek(0)
        log = err.read().decode("utf-8", "replace")
    after = os.times()
    if status != 0:
        raise SystemExit(f"{cmd[:6]} failed ({status}):\n{log[-3000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system
                                                          - before.children_system)
    return elapsed, cpu, log


def stored(out: Path) -> tuple[int, int]:
    """(articles stored, pages of the last runs) of an output folder."""
    conn = sqlite3.connect(out / "news.db")
    try:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        pages = conn.execute("SELECT coalesce(sum(pages), 0) FROM crawl_runs WHERE id > "
                             "(SELECT coalesce(max(id), 0) - 1 FROM crawl_runs)").fetchone()[0]
    finally:
        conn.close()
    return articles, pages


def newscrawler(site: Path, out: Path, workers: int, settings: dict[str, str]) -> list[str]:
    return [sys.executable, "-m", "newscrawler.cli", "crawl", str(site), "--workers",
            str(workers), "-o", str(out), "--no-progress",
            *(arg for name, value in settings.items() for arg in ("-s", f"{name}={value}"))]


def scaling(args: argparse.Namespace) -> None:
    portal = Portal(args.articles, (0.05, 0.2))
    settings = {**SETTINGS, "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
                "LOG_LEVEL": "WARNING"}
    rates: dict[int, float] = {}
    steady: dict[int, float] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            site = write_site(work, portal.base)
            print(f"(a) {args.articles} articles, 50-200 ms per answer, 4 requests at a time "
                  "per worker, no download delay", flush=True)
            for workers in (1, 2, 4):
                out = work / f"out{workers}"
                portal.window()
                cpu0 = portal.cpu()
                elapsed, cpu, _ = run(newscrawler(site, out, workers, settings), work)
                window, requests, steady[workers] = portal.window()
                server_cpu = portal.cpu() - cpu0
                articles, pages = stored(out)
                rates[workers] = requests / window
                print(f"  {workers} worker{'s' if workers > 1 else ' '}: {articles} articles, "
                      f"{requests} requests in {window:6.2f} s = {rates[workers]:6.1f} pages/s"
                      f", {steady[workers]:6.1f} between the 10th and 90th percentile request"
                      f" (command {elapsed:6.2f} s wall, {cpu:5.1f} s CPU; portal server "
                      f"{server_cpu:4.1f} s CPU = {server_cpu / window:4.0%} of a core)",
                      flush=True)
    finally:
        portal.stop()
    print(f"  2 workers / 1 = {rates[2] / rates[1]:.2f} (target >= 1.8); "
          f"4 workers / 1 = {rates[4] / rates[1]:.2f} (target >= 3.2); between the 10th and "
          f"90th percentile: {steady[2] / steady[1]:.2f} and {steady[4] / steady[1]:.2f}")


def bare(args: argparse.Namespace) -> None:
    portal = Portal(args.articles, 0.0)
    settings = [arg for name, value in SETTINGS.items() for arg in ("-s", f"{name}={value}")]
    ratios = []
    best: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            site = write_site(work, portal.base)
            spider = work / "bare.py"
            spider.write_text(BARE_SPIDER.format(
                start_urls=[f"{portal.base}/en/index.html", f"{portal.base}/zh/index.html"],
                lists=LISTS, articles=ARTICLES))
            print(f"(b) {args.articles} articles, no delay, the same machine: "
                  "newscrawler --workers 1 (worker + ingester) against a bare Scrapy spider",
                  flush=True)
            for round_ in range(args.repeat):
                out = work / f"out{round_}"
                elapsed, cpu, log = run([sys.executable, "-m", "scrapy", "runspider",
                                         str(spider), "-o", str(out / "bare.jsonl"),
                                         *settings], work)
                bare_rate = responses(log) / elapsed
                elapsed2, cpu2, _ = run(newscrawler(site, out, 1, dict(SETTINGS)), work)
                articles, pages = stored(out)
                ours = pages / elapsed2
                ratios.append(ours / bare_rate)
                best["bare"] = max(best.get("bare", 0), bare_rate)
                best["ours"] = max(best.get("ours", 0), ours)
                print(f"  round {round_ + 1}: bare {responses(log)} responses in {elapsed:5.2f} s"
                      f" = {bare_rate:6.1f} pages/s ({cpu:5.2f} s CPU); --workers 1: "
                      f"{articles} articles, {pages} pages in {elapsed2:5.2f} s = {ours:6.1f} "
                      f"pages/s ({cpu2:5.2f} s CPU, all processes); ratio {ours / bare_rate:.2f}",
                      flush=True)
    finally:
        portal.stop()
    print(f"  ratio --workers 1 / bare: median of rounds {statistics.median(ratios):.2f}, "
          f"best / best {best['ours'] / best['bare']:.2f} (target >= 1.0)")


def memory(args: argparse.Namespace) -> None:
    import hashlib

    from newscrawler.distributed.cluster import private_redis
    from newscrawler.distributed.connection import connect
    from newscrawler.distributed.keys import RedisKeys
    from newscrawler.distributed.state import remember

    count = 100_000
    urls = [f"https://www.example.gov.cn/art/{2020 + i % 6}/{1 + i % 12}/{1 + i % 28}/"
            f"art_{5000 + i % 977}_{1_000_000 + i}.html" for i in range(count)]
    with private_redis() as url:
        client = connect(url)
        keys = RedisKeys("bench")
        base = client.info("memory")["used_memory"]
        for start in range(0, count, 10_000):
            remember(client, keys, known=urls[start:start + 10_000])
        known = client.info("memory")["used_memory"] - base
        base = client.info("memory")["used_memory"]
        seen = keys.run("1-1", "seen")
        fingerprints = [hashlib.sha1(u.encode()).hexdigest() for u in urls]
        for start in range(0, count, 10_000):
            client.sadd(seen, *fingerprints[start:start + 10_000])
        run_seen = client.info("memory")["used_memory"] - base
    mean_url = sum(map(len, urls)) / count
    print(f"(c) Redis memory per {count:,} URLs (mean URL {mean_url:.0f} bytes): known set "
          f"{known / 2**20:.1f} MiB ({known / count:.0f} bytes a URL); a run's seen-set of "
          f"request fingerprints {run_seen / 2**20:.1f} MiB ({run_seen / count:.0f} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("scaling", "bare", "memory"))
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--bare-articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of (b)")
    args = parser.parse_args()
    if args.only in (None, "memory"):
        memory(args)
    if args.only in (None, "scaling"):
        scaling(args)
    if args.only in (None, "bare"):
        args.articles = args.bare_articles
        bare(args)


if __name__ == "__main__":
    main()

"""Crawl throughput: newscrawler's full pipeline against a bare Scrapy spider, same site, one run.

    python benchmarks/crawl_benchmark.py              # 3,000 articles
    python benchmarks/crawl_benchmark.py --articles 600 --repeat 3
    python benchmarks/crawl_benchmark.py --delay 0.05         # a polite crawl, scaled down

A synthetic portal (the demo generator: half English, half GBK Chinese, 20 links per list page)
is served from a separate process on 127.0.0.1. Then, one after the other:

1. bare: a Scrapy spider that follows the same list and article links and extracts three CSS
   selectors into a JSON lines feed;
2. newscrawler: ``newscrawler crawl`` (extraction, clean, dedupe, SQLite, JSON lines);
3. newscrawler again on the unchanged portal and the same output (the incremental re-crawl).

Both crawls run with the same settings (robots.txt obeyed, AutoThrottle off, no delay unless
``--delay``, 16 concurrent requests): we measure our work per page, not politeness. The server
answers at once (no Nagle stall on kept-alive connections), so both crawls are CPU-bound on
one core. Throughput is responses per second of wall time of the whole process; CPU is the
process's user + system time; peak memory is its max RSS.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawler.demo.portal import DemoPortal  # noqa: E402
from newscrawler.demo.server import PortalServer  # noqa: E402

SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "ROBOTSTXT_OBEY": "True", "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "False",
}

BARE_SPIDER = textwrap.dedent('''
    import re
    import scrapy

    class Bare(scrapy.Spider):
        name = "bare"
        start_urls = {start_urls!r}
        lists = re.compile({lists!r})
        articles = re.compile({articles!r})

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if self.articles.search(url):
                    yield scrapy.Request(url, callback=self.parse_article)
                elif self.lists.search(url):
                    yield scrapy.Request(url, callback=self.parse)

        def parse_article(self, response):
            yield {{
                "url": response.url,
                "title": response.css("h1::text, .title::text").get(),
                "date": response.css(".info::text").get(),
                "body": "\\n\\n".join(response.css("p::text").getall()),
            }}
''')


def serve(articles: int, port_queue: multiprocessing.Queue) -> None:
    portal = DemoPortal(en=articles // 2, zh=articles - articles // 2, per_page=20, extras=False)
    server = PortalServer(portal.render())
    port_queue.put(server.base_url)
    server.serve_forever()


def run(cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Run *cmd*; return wall seconds, CPU seconds, peak RSS in MB, and stderr."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        log = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}):\n{log[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, log


def responses(log: str) -> int:
    match = re.search(r"'response_received_count': (\d+)", log)
    return int(match[1]) if match else 0


def engine_seconds(log: str) -> float:
    """Scrapy's own ``elapsed_time_seconds``: the crawl without interpreter start-up."""
    match = re.search(r"'elapsed_time_seconds': ([\d.]+)", log)
    return float(match[1]) if match else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the best of each is kept")
    parser.add_argument("--delay", type=float, default=0.0,
                        help="DOWNLOAD_DELAY for every crawl (default 0: measure CPU work; the "
                             "project's own default against real portals is 0.5)")
    args = parser.parse_args()

    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.articles, queue), daemon=True)
    server.start()
    base = queue.get(timeout=60)
    settings = [arg for name, value in {**SETTINGS, "DOWNLOAD_DELAY": str(args.delay)}.items()
                for arg in ("-s", f"{name}={value}")]
    best: dict[str, tuple[float, int, int, float, float]] = {}
    # Per round, the two ratios of that round's runs: the machine's speed drifts between
    # rounds, so a round's own pair is the fairer comparison (their median is printed too).
    throughput_ratios: list[float] = []
    recrawl_ratios: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            # One site covering both editions, so both crawls are one spider with one
            # downloader and the same concurrency.
            start_urls = [f"{base}/en/index.html", f"{base}/zh/index.html"]
            lists = r"/(en|zh)/[a-z]+/index(_\d+)?\.html$"
            articles = r"(/art/\d{4}/\d+/\d+/art_\d+\.html|/zh/[a-z]+/\d{6}/t\d{8}_\d+\.html)$"
            site = work / "bench.toml"
            site.write_text(f"name = 'bench'\nstart_urls = {json.dumps(start_urls)}\n"
                            f"list_links = [{json.dumps(lists)}]\n"
                            f"article_links = [{json.dumps(articles)}]\n"
                            "timezone = 'Asia/Shanghai'\ndownload_delay = 0\n")
            spider = work / "bare.py"
            spider.write_text(BARE_SPIDER.format(start_urls=start_urls, lists=lists,
                                                 articles=articles))
            for round_ in range(args.repeat):
                out = work / f"out{round_}"
                runs = {
                    "bare": [sys.executable, "-m", "scrapy", "runspider", str(spider),
                             "-o", str(out / "bare.jsonl"), *settings],
                    "newscrawler": [sys.executable, "-m", "newscrawler.cli", "crawl", str(site),
                                    "--output-dir", str(out), *settings],
                }
                runs["incremental"] = runs["newscrawler"]
                times: dict[str, float] = {}
                for name, cmd in runs.items():
                    elapsed, cpu, rss, log = run(cmd, cwd=work)
                    pages, engine = responses(log), engine_seconds(log)
                    print(f"round {round_ + 1}: {name:<12} {pages:>6} responses in {elapsed:6.2f} s"
                          f" ({engine:.2f} s in Scrapy's engine, {cpu:.2f} s CPU) ="
                          f" {pages / elapsed:7.1f} pages/s, peak {rss} MB", flush=True)
                    times[name] = elapsed
                    if name not in best or elapsed < best[name][0]:
                        best[name] = (elapsed, pages, rss, engine, cpu)
                throughput_ratios.append(times["bare"] / times["newscrawler"])
                recrawl_ratios.append(times["newscrawler"] / times["incremental"])
    finally:
        server.terminate()

    bare_rate = best["bare"][1] / best["bare"][0]
    ours_rate = best["newscrawler"][1] / best["newscrawler"][0]
    bare_cpu = best["bare"][4] / best["bare"][1] * 1000
    ours_cpu = best["newscrawler"][4] / best["newscrawler"][1] * 1000
    print(f"\n{args.articles} articles, download delay {args.delay} s, best of {args.repeat}:")
    print(f"  bare Scrapy spider    {bare_rate:7.1f} pages/s  {bare_cpu:.2f} ms CPU/page"
          f"  peak {best['bare'][2]} MB")
    print(f"  newscrawler           {ours_rate:7.1f} pages/s  {ours_cpu:.2f} ms CPU/page"
          f"  peak {best['newscrawler'][2]} MB")
    print(f"  throughput ratio newscrawler / bare = {ours_rate / bare_rate:.2f} (target >= 0.8);"
          f" CPU per page, bare / newscrawler = {bare_cpu / ours_cpu:.2f}")
    print(f"    per round: {', '.join(f'{r:.2f}' for r in throughput_ratios)};"
          f" median {statistics.median(throughput_ratios):.2f}")
    full, incremental = best["newscrawler"], best["incremental"]
    print(f"  incremental re-crawl of the unchanged portal: {incremental[1]} responses")
    print(f"    wall time, process start to exit: full / re-crawl = "
          f"{full[0]:.2f} / {incremental[0]:.2f} s = {full[0] / incremental[0]:.1f}x "
          "(target >= 20)")
    print(f"    per round: {', '.join(f'{r:.1f}x' for r in recrawl_ratios)};"
          f" median {statistics.median(recrawl_ratios):.1f}x")
    print(f"    Scrapy engine time:               full / re-crawl = "
          f"{full[3]:.2f} / {incremental[3]:.2f} s = {full[3] / incremental[3]:.1f}x")


if __name__ == "__main__":
    main()

"""What the health checks cost a crawl: the same crawls with NEWSCRAWLER_HEALTH_ENABLED on and
off, alternating, in one run.

    python benchmarks/health_benchmark.py               # 10 rounds
    python benchmarks/health_benchmark.py --rounds 20

The demo portal (both editions, 66 articles) is served on 127.0.0.1. Each round crawls it
into a fresh folder (a full crawl: every article extracted, counted and judged) and then
again (the re-crawl of a scheduled run that finds nothing new, where the checks' fixed cost,
importing Spidermon, reading the site's history and running the suite, weighs most), once
with the checks and once without, the order swapped every round. CPU is the crawl process's
user + system time; the medians and the median of the per-round differences are printed.
A micro-benchmark times count_article, the per-article part, alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawler.demo.portal import DemoPortal  # noqa: E402
from newscrawler.demo.server import PortalServer  # noqa: E402
from newscrawler.sites import SITES_DIR  # noqa: E402


def _sites(folder: Path, base_url: str) -> list[Path]:
    paths = []
    for name in ("demo-en", "demo-zh"):
        text = (SITES_DIR / f"{name}.toml").read_text(encoding="utf-8")
        path = folder / f"{name}.toml"
        path.write_text(text.replace("http://127.0.0.1:8765", base_url), encoding="utf-8")
        paths.append(path)
    return paths


def _crawl(out: Path, sites: list[Path], health: bool) -> float:
    """CPU seconds (user + system) of one `newscrawler crawl` process."""
    before = os.times()
    result = subprocess.run(
        [sys.executable, "-m", "newscrawler.cli", "crawl", *map(str, sites), "-o", str(out),
         "--no-progress", "-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=False",
         "-s", f"NEWSCRAWLER_HEALTH_ENABLED={health}"],
        cwd=REPO, capture_output=True, text=True, check=False)
    after = os.times()
    if result.returncode not in (0, 4):
        raise SystemExit(f"crawl failed ({result.returncode}): {result.stderr[-2000:]}")
    return (after.children_user - before.children_user
            + after.children_system - before.children_system)


def _count_article_micro() -> float:
    """Microseconds per count_article call on a typical article."""
    from newscrawler.health import count_article
    from newscrawler.items import BodyPath, NewsArticle

    class Stats(dict):
        def inc_value(self, key: str, count: int = 1) -> None:
            self[key] = self.get(key, 0) + count

    stats = Stats()
    article = NewsArticle(url="https://a.gov.cn/1.html", site="a", title="t",
                          published_at="2024-05-01T09:00:00+08:00", body="x" * 800,
                          source="s", body_path=BodyPath.CONTAINER)
    number = 100_000
    seconds = timeit.timeit(lambda: count_article(stats, article, min_body_chars=100),
                            number=number)
    return seconds / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    times: dict[tuple[str, bool], list[float]] = {(kind, on): [] for kind in ("full", "again")
                                                  for on in (True, False)}
    with tempfile.TemporaryDirectory() as tmp, PortalServer(DemoPortal().render()) as server:
        folder = Path(tmp)
        sites = _sites(folder, server.base_url)
        for round_ in range(args.rounds):
            order = (True, False) if round_ % 2 == 0 else (False, True)
            for on in order:
                out = folder / f"out-{round_}-{on}"
                times["full", on].append(_crawl(out, sites, on))
                times["again", on].append(_crawl(out, sites, on))
    print(f"{args.rounds} rounds, CPU seconds of the crawl process (user + system), medians:")
    for kind, label in (("full", "full crawl (66 articles)"),
                        ("again", "re-crawl (nothing new)")):
        on, off = times[kind, True], times[kind, False]
        diffs = [a - b for a, b in zip(on, off, strict=True)]
        print(f"  {label:26} checks on {statistics.median(on):.3f} s, off "
              f"{statistics.median(off):.3f} s, difference per round: median "
              f"{statistics.median(diffs) * 1000:+.0f} ms (min {min(diffs) * 1000:+.0f}, "
              f"max {max(diffs) * 1000:+.0f})")
    print(f"  count_article: {_count_article_micro():.2f} µs per article")


if __name__ == "__main__":
    main()

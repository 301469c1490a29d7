"""Peak memory of ``newscrawler export`` for 1%, 9% and all of a million rows.

    python benchmarks/export_memory.py [--db /tmp/export-bench.db] [--rows 1000000]
                                       [--formats jsonl,json,csv,parquet]

Builds (once; reused when --db already holds it) a database of generated articles through
``Storage`` (so with the full-text index and its triggers), in three sites holding 1%, 9% and
90% of the rows. Then runs the real command in a subprocess for each format and selection
(``--site small``, ``--site medium``, everything), and reads the subprocess's peak resident
memory (``ru_maxrss`` from ``wait4``). Flat memory: the peak does not grow with the rows.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newscrawler.items import NewsArticle  # noqa: E402
from newscrawler.storage import Storage  # noqa: E402

WORDS_ZH = "会议强调要持续优化营商环境激发市场主体活力推进数字经济发展加快港口建设改善生态环境"
WORDS_EN = ("the province city officials plan investment flood prevention rural revitalization "
            "digital economy port elderly care residents measures percent yuan million").split()


def build(path: Path, rows: int) -> None:
    store = Storage.open(path, batch_size=5000, commit_interval=3600)
    if store.max_article_id() >= rows:
        store.close()
        return
    rng = random.Random(1)
    started = time.monotonic()
    for n in range(store.max_article_id() + 1, rows + 1):
        site = "small" if n <= rows // 100 else "medium" if n <= rows // 10 else "large"
        zh = n % 2 == 0
        body = ("".join(rng.choice(WORDS_ZH) for _ in range(300)) if zh
                else " ".join(rng.choice(WORDS_EN) for _ in range(60)))
        day = 1 + n * 365 // rows
        store.add_article(NewsArticle(
            url=f"https://{site}.gov.cn/art/{n}.html", site=site, title=f"文章 {n} article",
            published_at=f"2024-{(day - 1) // 31 % 12 + 1:02d}-{(day - 1) % 28 + 1:02d}"
                         f"T09:{n % 60:02d}:00+08:00",
            body=body, source="示范", channel="要闻" if zh else "NEWS",
            language="zh" if zh else "en", crawled_at="2024-12-31T00:00:00+00:00",
            fingerprint=f"{n:040x}"))
        if n % 5000 == 0:
            store.commit()
            if n % 100_000 == 0:
                print(f"  built {n:,} rows ({time.monotonic() - started:.0f} s)", flush=True)
    store.close()


def peak_rss_mb(command: list[str]) -> tuple[float, float, int, str]:
    """Runs *command*; returns its peak resident memory in MB, seconds, exit status and what
    it said on stderr."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        said = err.read().decode("utf-8", "replace")
    return usage.ru_maxrss / 1024, time.monotonic() - started, process.returncode, said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "export-bench.db")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--formats", default="jsonl,json,csv,parquet")
    args = parser.parse_args()

    print(f"database {args.db}: {args.rows:,} rows")
    build(args.db, args.rows)
    print(f"  {args.db.stat().st_size / 2**20:,.0f} MB on disk\n")
    selections = [["--site", "small"], ["--site", "medium"], []]
    baseline, _, _, _ = peak_rss_mb([sys.executable, "-m", "newscrawler.cli", "export",
                                     "--db", str(args.db), "-o", os.devnull, "--site", "none"])
    print(f"the command exporting nothing: peak {baseline:.0f} MB\n")
    print(f"{'format':<8} {'rows':>16} {'peak MB':>8} {'seconds':>8} {'file MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            for extra in selections:
                out = Path(tmp) / f"out.{fmt}"
                command = [sys.executable, "-m", "newscrawler.cli", "export", "--db",
                           str(args.db), "--format", fmt, "-o", str(out), *extra]
                peak, seconds, status, said = peak_rss_mb(command)
                size = out.stat().st_size / 2**20 if out.exists() else 0
                rows = said.split()[1] if said.startswith("Exported ") else "?"
                print(f"{fmt:<8} {int(rows) if rows.isdigit() else rows:>16,} {peak:>8.0f} "
                      f"{seconds:>8.1f} {size:>8.0f}"
                      + ("" if status == 0 else f"  FAILED ({status}): {said[-500:]}"),
                      flush=True)
                out.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

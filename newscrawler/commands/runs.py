"""``newscrawler runs``: the recent crawl runs and how they ended."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newscrawler.storage import Storage

from ._common import EXIT_USAGE


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("runs", help="show the recent crawl runs",
                                   description="Show the recent crawl runs, newest first.")
    parser.add_argument("--db", type=Path, default=Path("output/news.db"),
                        help="the database (default: output/news.db)")
    parser.add_argument("--site", help="only this site's runs")
    parser.add_argument("-n", "--limit", type=int, default=20, help="how many (default: 20)")
    return parser


def run(args: argparse.Namespace) -> int:
    if not args.db.exists():
        print(f"newscrawler: no database at {args.db} (crawl first, or give --db)",
              file=sys.stderr)
        return EXIT_USAGE
    storage = Storage.open(args.db)
    try:
        runs = storage.runs(site=args.site, limit=args.limit)
    finally:
        storage.close()
    if not runs:
        print("no runs yet")
        return 0
    header = ("id", "site", "started (UTC)", "took", "pages", "new", "known", "dupes", "failed",
              "exit", "outcome")
    rows = [header] + [_row(r) for r in runs]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        cells = [cell.rjust(w) if i >= 4 else cell.ljust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=False))]
        print("  ".join([*cells, row[-1]]))
    return 0


def _row(run: dict) -> tuple[str, ...]:
    from datetime import datetime

    started = datetime.fromisoformat(run["started_at"])
    if run["finished_at"]:
        seconds = (datetime.fromisoformat(run["finished_at"]) - started).total_seconds()
        took = f"{seconds:.0f}s" if seconds < 120 else f"{seconds / 60:.0f}m"
        outcome = run["outcome"] or run["finish_reason"] or ""
        exit_status = str(run["exit_status"])
    else:
        took, exit_status = "-", "-"
        outcome = f"running or killed (pid {run['pid']})" if run.get("pid") else "unfinished"
    return (str(run["id"]), run["site"], f"{started:%Y-%m-%d %H:%M}", took,
            *(str(run[k] or 0) for k in ("pages", "articles_new", "articles_known", "duplicates",
                                         "failures")), exit_status, outcome)

"""``newscrawler runs``: the recent crawl runs and how they ended."""

from __future__ import annotations

import argparse
from datetime import datetime

from newscrawler.storage.stats import RunSummary, recent_runs

from ._common import EXIT_USAGE
from ._reading import add_db_option, connect


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("runs", help="show the recent crawl runs",
                                   description="Show the recent crawl runs, newest first.")
    add_db_option(parser)
    parser.add_argument("--site", help="only this site's runs")
    parser.add_argument("-n", "--limit", type=int, default=20, help="how many (default: 20)")
    return parser


def run(args: argparse.Namespace) -> int:
    conn = connect(args.db)  # read-only: safe while a crawl writes
    if conn is None:
        return EXIT_USAGE
    try:
        runs = recent_runs(conn, limit=args.limit, site=args.site)
    finally:
        conn.close()
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


def _row(run: RunSummary) -> tuple[str, ...]:
    started = datetime.fromisoformat(run.started_at)
    if run.finished_at:
        seconds = (datetime.fromisoformat(run.finished_at) - started).total_seconds()
        took = f"{seconds:.0f}s" if seconds < 120 else f"{seconds / 60:.0f}m"
        outcome, exit_status = run.outcome, str(run.exit_status)
    else:
        took, exit_status = "-", "-"
        outcome = f"running or killed (pid {run.pid})" if run.pid else run.outcome
    return (str(run.id), run.site, f"{started:%Y-%m-%d %H:%M}", took,
            *(str(n) for n in (run.pages, run.articles_new, run.articles_known, run.duplicates,
                               run.failures)), exit_status, outcome)

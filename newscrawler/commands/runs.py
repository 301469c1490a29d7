"""``newscrawler runs``: the recent crawl runs and how they ended."""

from __future__ import annotations

import argparse
from datetime import datetime

from newscrawler.durations import between
from newscrawler.exit_status import ExitStatus
from newscrawler.storage.stats import RunSummary, recent_runs

from ._common import CommandError, text_table
from ._reading import add_db_option, reading

HEADERS = ("id", "site", "started (UTC)", "took", "pages", "new", "known", "dupes", "failed",
           "exit", "outcome")
ALIGN = ("left",) * 4 + ("right",) * 6 + ("left",)


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("runs", help="show the recent crawl runs",
                                   description="Show the recent crawl runs, newest first.")
    add_db_option(parser)
    parser.add_argument("--site", help="only this site's runs")
    parser.add_argument("-n", "--limit", type=int, default=20, help="how many (default: 20)")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("-n must be at least 1", status=ExitStatus.USAGE)
    with reading(args.db) as conn:  # read-only: safe while a crawl writes
        runs = recent_runs(conn, limit=args.limit, site=args.site)
    if not runs:
        print("no runs yet")
        return 0
    print(text_table(HEADERS, [_row(r) for r in runs], align=ALIGN))
    return 0


def _row(run: RunSummary) -> tuple[str, ...]:
    started = datetime.fromisoformat(run.started_at or "")
    if run.finished_at:
        outcome, exit_status = run.outcome, str(run.exit_status)
    else:
        exit_status, outcome = "-", run.outcome  # running, or did not finish
    return (str(run.id), run.site, f"{started:%Y-%m-%d %H:%M}",
            between(run.started_at or "", run.finished_at),
            *(str(n) for n in (run.pages, run.articles_new, run.articles_known, run.duplicates,
                               run.failures)), exit_status, outcome)

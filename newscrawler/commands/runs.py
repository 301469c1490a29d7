"""``newscrawler runs``: the recent crawl runs and how they ended; ``--health``: what each
extracted and how well (the share of articles with each field, where bodies came from)."""

from __future__ import annotations

import argparse
from datetime import datetime

from newscrawler.durations import between
from newscrawler.exit_status import ExitStatus
from newscrawler.health import FIELDS, RunHealth
from newscrawler.storage.health import health_of_runs
from newscrawler.storage.stats import RunSummary, recent_runs

from ._common import CommandError, text_table
from ._reading import add_db_option, reading

HEADERS = ("id", "site", "started (UTC)", "took", "pages", "new", "known", "dupes", "failed",
           "exit", "outcome")
ALIGN = ("left",) * 4 + ("right",) * 6 + ("left",)
HEALTH_HEADERS = ("id", "site", "started (UTC)", "articles", "title", "date", "time", "body",
                  "source", "bodies from", "empty lists", "health")
HEALTH_ALIGN = ("left",) * 3 + ("right",) * 6 + ("left", "right", "left")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("runs", help="show the recent crawl runs",
                                   description="Show the recent crawl runs, newest first.")
    add_db_option(parser)
    parser.add_argument("--site", help="only this site's runs")
    parser.add_argument("-n", "--limit", type=int, default=20, help="how many (default: 20)")
    parser.add_argument("--health", action="store_true",
                        help="what each run extracted and how well: the share of its articles "
                             "with a title, a date, a time, a body and a source, where the "
                             "bodies came from, list pages without article links, the verdict")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("-n must be at least 1", status=ExitStatus.USAGE)
    with reading(args.db) as conn:  # read-only: safe while a crawl writes
        runs = recent_runs(conn, limit=args.limit, site=args.site)
        health = health_of_runs(conn, [r.id for r in runs if r.id is not None])
    if not runs:
        print("no runs yet")
        return 0
    if args.health:
        print(text_table(HEALTH_HEADERS, [_health_row(r, health.get(r.id or 0)) for r in runs],
                         align=HEALTH_ALIGN))
    else:
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


def _health_row(run: RunSummary, health: RunHealth | None) -> tuple[str, ...]:
    started = f"{datetime.fromisoformat(run.started_at or ''):%Y-%m-%d %H:%M}"
    if health is None:  # unfinished, or from before health was measured
        return (str(run.id), run.site, started, *("-",) * 9)
    shares = [health.share(name) for name in FIELDS]
    main = health.main_path()
    paths = f"{main} {health.body_paths[main] / health.bodies:.0%}" if main else "-"
    return (str(run.id), run.site, started, str(health.articles),
            *("-" if s is None else f"{s:.0%}" for s in shares), paths,
            f"{health.lists_empty}/{health.lists}", health.state or "not judged")

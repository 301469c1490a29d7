"""``newscrawler stats``: per site, the articles held, their dates, the last run and failures."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from newscrawler.durations import ago
from newscrawler.storage.stats import SiteStats, site_stats

from ._common import text_table
from ._reading import add_db_option, reading

HEADERS = ("site", "articles", "reposts", "published", "last run", "outcome", "failed")
ALIGN = ("left", "right", "right", "left", "left", "left", "left")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "stats", help="per site: articles, date range, last run and failures",
        description="One line per site: the articles stored (and how many are reposts), the "
                    "range of their publication dates, the last run with its outcome, and "
                    "the failures recorded (in the last run and in all).")
    add_db_option(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    with reading(args.db) as conn:
        sites = site_stats(conn)
    if not sites:
        print(f"{args.db}: no articles and no runs yet")
        return 0
    now = datetime.now(UTC)
    rows = [_row(s, now) for s in sites]
    if len(sites) > 1:
        rows.append(("all", str(sum(s.articles for s in sites)),
                     str(sum(s.reposts for s in sites)), "", "", "",
                     str(sum(s.failures for s in sites))))
    print(text_table(HEADERS, rows, rule=True, align=ALIGN))
    print(f"\ndatabase: {args.db}")
    return 0


def _row(s: SiteStats, now: datetime) -> tuple[str, ...]:
    published = "-"
    if s.first_published:
        published = f"{s.first_published[:10]} .. {(s.last_published or '')[:10]}"
    last, outcome = "never", "-"
    if s.last_run is not None:
        last = f"{ago(s.last_run.started_at or '', now)} (#{s.last_run.id})"
        outcome = s.last_run.outcome
    failed = (f"{s.failures_last_run} last run, {s.failures} in all" if s.failures else "0")
    return (s.site, str(s.articles), str(s.reposts), published, last, outcome, failed)

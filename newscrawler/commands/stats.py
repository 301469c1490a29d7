"""``newscrawler stats``: per site, the articles held, their dates, the last run and failures."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, datetime

from newscrawler.storage.stats import SiteStats, site_stats

from ._reading import add_db_option, connect, fail


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "stats", help="per site: articles, date range, last run and failures",
        description="One line per site: the articles stored (and how many are reposts), the "
                    "range of their publication dates, the last run with its outcome, and "
                    "the failures recorded (in the last run and in all).")
    add_db_option(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    conn = connect(args.db)
    if conn is None:
        return 1
    try:
        sites = site_stats(conn)
    except sqlite3.Error as exc:
        return fail(f"cannot read {args.db}: {exc}")
    finally:
        conn.close()
    if not sites:
        print(f"{args.db}: no articles and no runs yet")
        return 0
    now = datetime.now(UTC)
    header = ("site", "articles", "reposts", "published", "last run", "outcome", "failed")
    rows = [header] + [_row(s, now) for s in sites]
    if len(sites) > 1:
        rows.append(("all", str(sum(s.articles for s in sites)),
                     str(sum(s.reposts for s in sites)), "", "", "",
                     str(sum(s.failures for s in sites))))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header) - 1)]
    out = sys.stdout
    for number, row in enumerate(rows):
        cells = [_pad(cell, w, right=i in (1, 2)) for i, (cell, w) in
                 enumerate(zip(row[:-1], widths, strict=True))]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
        if number == 0:
            out.write("  ".join("-" * w for w in widths) + "  " + "-" * len(header[-1]) + "\n")
    out.write(f"\ndatabase: {args.db}\n")
    return 0


def _row(s: SiteStats, now: datetime) -> tuple[str, ...]:
    published = "-"
    if s.first_published:
        published = f"{s.first_published[:10]} .. {(s.last_published or '')[:10]}"
    last, outcome = "never", "-"
    if s.last_run is not None:
        last = f"{_ago(s.last_run.started_at, now)} (#{s.last_run.id})"
        outcome = s.last_run.outcome
    failed = (f"{s.failures_last_run} last run, {s.failures} in all" if s.failures else "0")
    return (s.site, str(s.articles), str(s.reposts), published, last, outcome, failed)


def _ago(stamp: str, now: datetime) -> str:
    """``2024-05-31 08:00 (3h ago)``"""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = max(0, (now - moment).total_seconds())
    if seconds < 120:
        ago = f"{seconds:.0f}s"
    elif seconds < 7200:
        ago = f"{seconds / 60:.0f}m"
    elif seconds < 172800:
        ago = f"{seconds / 3600:.0f}h"
    else:
        ago = f"{seconds / 86400:.0f}d"
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC, {ago} ago"


def _width(text: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill

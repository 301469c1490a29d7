"""``newscrawler report -o report.html``: one self-contained HTML page about the database."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from newscrawler.report import CHART_DAYS, render_report

from ._reading import add_db_option, connect, fail


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report", help="write an HTML report: articles per day, runs, failures, newest",
        description="Write one self-contained HTML page (no scripts, nothing fetched from "
                    "elsewhere): articles per day per site as a chart, the sites, the recent "
                    "runs with their outcome, failures by reason and the newest articles.")
    add_db_option(parser)
    parser.add_argument("-o", "--output", type=Path, default=Path("report.html"),
                        metavar="FILE", help="where to write it (default: report.html)")
    parser.add_argument("--days", type=int, default=CHART_DAYS,
                        help=f"days the chart covers (default: {CHART_DAYS})")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.days < 1:
        return fail("--days must be at least 1", status=2)
    conn = connect(args.db)
    if conn is None:
        return 1
    try:
        html = render_report(conn, title=args.db.name, chart_days=args.days)
    except sqlite3.Error as exc:
        return fail(f"cannot read {args.db}: {exc}")
    finally:
        conn.close()
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        temp = args.output.with_name(f".{args.output.name}.{os.getpid()}.part")
        temp.write_text(html, encoding="utf-8")
        temp.replace(args.output)
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc}")
    print(f"Wrote {args.output} ({len(html.encode()) // 1024 + 1} kB)", file=sys.stderr)
    return 0

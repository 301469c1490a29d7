"""``newscrawler report -o report.html``: one self-contained HTML page about the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newscrawler.exit_status import ExitStatus
from newscrawler.files import UnsafeOutput, output_file
from newscrawler.report import CHART_DAYS, render_report

from ._common import CommandError
from ._reading import add_db_option, reading


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
        raise CommandError("--days must be at least 1", status=ExitStatus.USAGE)
    with reading(args.db) as conn:
        html = render_report(conn, title=args.db.name, chart_days=args.days)
    try:
        with output_file(args.output) as out:
            out.write(html.encode("utf-8"))
    except UnsafeOutput as exc:
        raise CommandError(str(exc), status=ExitStatus.USAGE) from None
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc}") from None
    print(f"Wrote {args.output} ({len(html.encode()) // 1024 + 1} kB)", file=sys.stderr)
    return 0

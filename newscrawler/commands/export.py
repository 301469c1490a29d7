"""``newscrawler export --format FORMAT -o FILE``: articles as JSON lines, JSON, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys

from newscrawler.exit_status import ExitStatus
from newscrawler.files import UnsafeOutput
from newscrawler.query import QueryError
from newscrawler.storage.export import FORMATS, ParquetUnavailable, export_articles
from newscrawler.storage.search import ArticleFilter

from ._common import CommandError
from ._reading import add_db_option, add_filter_options, reading


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export", help="export articles as JSON lines, JSON, CSV or Parquet",
        description="Write the selected articles, every column, ordered by id. The export "
                    "is streamed (memory stays flat however many rows) and is one consistent "
                    "snapshot even while a crawl writes.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  newscrawler export --format csv --bom -o articles.csv\n"
               "  newscrawler export --format parquet --site demo-zh --since 2024-01-01 "
               "-o zh.parquet\n  newscrawler export --query 营商环境 -o - | jq .title")
    parser.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="jsonl (default), json, csv or parquet (needs pyarrow: "
                             "pip install \"pyarrow>=14\")")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the file to write ('-' for standard output, except Parquet)")
    add_db_option(parser)
    add_filter_options(parser)
    parser.add_argument("--query", metavar="QUERY",
                        help="only articles that match QUERY (as in 'newscrawler search')")
    parser.add_argument("--no-reposts", dest="reposts", action="store_false",
                        help="leave out near-duplicate reposts (articles with duplicate_of)")
    parser.add_argument("--bom", action="store_true",
                        help="CSV: start with a UTF-8 byte order mark, so Excel reads Chinese "
                             "text correctly")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.bom and args.format != "csv":
        raise CommandError("--bom is for --format csv", status=ExitStatus.USAGE)
    if args.format == "parquet" and args.output == "-":
        raise CommandError("Parquet cannot go to standard output; give a file name with -o",
                           status=ExitStatus.USAGE)
    flt = ArticleFilter(site=args.site, since=args.since, until=args.until, query=args.query,
                        reposts=args.reposts)
    with reading(args.db) as conn:
        try:
            count = export_articles(conn, args.output, format=args.format, flt=flt,
                                    bom=args.bom)
        except ParquetUnavailable as exc:
            raise CommandError(str(exc)) from None
        except (QueryError, UnsafeOutput) as exc:
            raise CommandError(str(exc), status=ExitStatus.USAGE) from None
        except BrokenPipeError:
            raise  # a reader that went away (| head): newscrawler.cli ends quietly
        except OSError as exc:
            raise CommandError(f"export failed: {exc}") from None
    if args.output != "-":
        print(f"Exported {count} article{'s' if count != 1 else ''} to {args.output} "
              f"({args.format})", file=sys.stderr)
    return 0

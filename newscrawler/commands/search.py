"""``newscrawler search QUERY``: ranked articles with the matches highlighted."""

from __future__ import annotations

import argparse
import json
import sys

from newscrawler.exit_status import ExitStatus
from newscrawler.query import QueryError
from newscrawler.storage.search import search

from ._common import CommandError
from ._reading import add_db_option, add_filter_options, reading

_BOLD, _RESET = "\x1b[1;33m", "\x1b[0m"


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "search", help="full-text search of titles and bodies (Chinese and English)",
        description="Search article titles and bodies, best matches first. Words must all "
                    "appear (as substrings, so Chinese needs no spaces); \"a phrase\" as "
                    "written; -word or NOT word excludes; a OR b takes either.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  newscrawler search 营商环境 --site demo-zh\n"
               "  newscrawler search '\"flood prevention\" -drill' --since 2024-06-01")
    parser.add_argument("query", metavar="QUERY")
    add_db_option(parser)
    add_filter_options(parser)
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="show at most N results (default: 20)")
    parser.add_argument("--no-reposts", dest="reposts", action="store_false",
                        help="leave out near-duplicate reposts (articles with duplicate_of)")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per result, for scripts")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be at least 1", status=ExitStatus.USAGE)
    color = sys.stdout.isatty() and not args.json
    highlight = (_BOLD, _RESET) if color else ("[", "]")
    with reading(args.db) as conn:
        try:
            hits = search(conn, args.query, site=args.site, since=args.since,
                          until=args.until, reposts=args.reposts, limit=args.limit + 1,
                          highlight=highlight)
        except QueryError as exc:
            raise CommandError(str(exc), status=ExitStatus.USAGE) from None
    more = len(hits) > args.limit
    hits = hits[:args.limit]
    out = sys.stdout
    if args.json:
        for hit in hits:
            out.write(json.dumps({"id": hit.id, "site": hit.site, "url": hit.url,
                                  "title": hit.title, "published_at": hit.published_at,
                                  "duplicate_of": hit.duplicate_of, "snippet": hit.snippet,
                                  "rank": hit.rank}, ensure_ascii=False) + "\n")
        return 0
    if not hits:
        print(f"No articles match {args.query!r}.", file=sys.stderr)
        return 0
    for number, hit in enumerate(hits, 1):
        day = (hit.published_at or "")[:10] or "no date"
        repost = f"  (repost of #{hit.duplicate_of})" if hit.duplicate_of else ""
        out.write(f"{number:>3}. {hit.title_marked}\n"
                  f"     {hit.site} · {day} · #{hit.id}{repost}\n"
                  f"     {hit.url}\n"
                  f"     {hit.snippet}\n\n")
    shown = f"{len(hits)} result{'s' if len(hits) != 1 else ''}"
    out.write(f"{shown}, best first" + (f"; more with --limit {args.limit * 2}" if more else "")
              + "\n")
    return 0

"""``newscrawler demo``: serve the bundled demo portal on 127.0.0.1 and crawl it."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from newscrawler.demo import LAYOUTS
from newscrawler.exit_status import worst
from newscrawler.extensions.startup import long_lived
from newscrawler.sites import load_site

from ._common import (
    CommandError,
    add_crawl_options,
    crawl_overrides,
    open_crawl_database,
    print_summary,
)

if TYPE_CHECKING:
    from newscrawler.demo.portal import DemoPortal
    from newscrawler.demo.server import PortalServer

DEMO_SITES = ("demo-en", "demo-zh")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo", help="crawl the bundled demo portal",
        description="Serve the bundled demo portal (an English and a GBK Chinese edition) on "
                    "127.0.0.1 and crawl it with the demo site configs.")
    add_crawl_options(parser)
    parser.add_argument("--serve", action="store_true",
                        help="only serve the portal (on --port) until Ctrl-C, for trying "
                             "'newscrawler crawl demo-en' by hand")
    parser.add_argument("--layout", choices=LAYOUTS, default=LAYOUTS[0],
                        help="serve the portal as it was (classic) or after a redesign that a "
                             "crawl still gets through, badly (redesigned): dates printed by a "
                             "script, the content container renamed, a list drawn by a script; "
                             "a crawl of it is degraded (exit status 4)")
    parser.add_argument("--port", type=int, default=0,
                        help="port to serve on (default: 8765, where the demo site configs "
                             "point, or a free one when 8765 is taken)")
    return parser


def _server(portal: DemoPortal, port: int) -> PortalServer:
    from newscrawler.demo.server import PortalServer

    # The same port on every run keeps the article URLs the same, so a second demo shows an
    # incremental crawl; a busy port falls back to a free one.
    if port:
        try:
            return PortalServer(portal.render(), port=port)
        except OSError as exc:
            raise CommandError(f"cannot serve the demo portal on port {port}: "
                               f"{exc.strerror or exc} (give another with --port N)") from None
    try:
        return PortalServer(portal.render(), port=8765)
    except OSError:
        return PortalServer(portal.render(), port=0)


def run(args: argparse.Namespace) -> int:
    # Imported here so that every other command starts without Scrapy or the demo server.
    with long_lived():
        from newscrawler.demo.portal import DemoPortal
        from newscrawler.runner import crawl_settings, run_crawl

    portal = DemoPortal(layout=args.layout)
    if args.serve:
        server = _server(portal, args.port or 8765)
        print(f"Serving the demo portal at {server.base_url}/ (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        return 0
    overrides = crawl_overrides(args, AUTOTHROTTLE_START_DELAY=0.1)
    if not args.loglevel:
        overrides["LOG_LEVEL"] = "WARNING"  # the summary says what happened
    settings = crawl_settings(output_dir=args.output_dir, overrides=overrides)
    started = time.monotonic()
    database, db, jsonl = open_crawl_database(settings)  # the crawl lock before the server
    try:
        with _server(portal, args.port) as server:
            print(f"Demo portal served at {server.base_url}/; crawling "
                  f"{', '.join(DEMO_SITES)} ...", flush=True)
            sites = [load_site(name).rebased(server.base_url) for name in DEMO_SITES]
            runs = run_crawl(sites, settings=settings, database=database)
    finally:
        database.close()
    print_summary(runs, db=db, jsonl=jsonl)
    print(f"took {time.monotonic() - started:.1f} s", file=sys.stderr)
    return worst(r.status for r in runs)

"""``newscrawler crawl SITE [SITE...]``: crawl shipped or file site configs."""

from __future__ import annotations

import argparse
import logging
import sys

from newscrawler.sites import SiteConfig, SiteConfigError, load_site
from newscrawler.startup import long_lived
from newscrawler.storage import Storage, lock
from newscrawler.storage.shared import output_path

from ._common import EXIT_LOCKED, EXIT_USAGE, add_crawl_options, crawl_overrides, print_summary

logger = logging.getLogger("newscrawler")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl", help="crawl one or more sites",
        description="Crawl sites into the output folder. SITE is a shipped site's name "
                    "(see 'newscrawler sites') or the path of a site TOML file. Articles "
                    "already in the database are not downloaded again.")
    parser.add_argument("sites", nargs="+", metavar="SITE")
    add_crawl_options(parser)
    parser.add_argument("--refresh", action="store_true",
                        help="download known articles again and update the changed ones")
    parser.add_argument("--since", metavar="DATE",
                        help="skip articles that list pages date before DATE (YYYY-MM-DD)")
    parser.add_argument("--ignore-min-interval", action="store_true",
                        help="crawl even when a site's min_interval has not passed")
    return parser


def run(args: argparse.Namespace) -> int:
    # Scrapy is imported here, not at the top: `newscrawler --help` and the analysts'
    # commands start without it.
    with long_lived():
        from newscrawler.incremental import parse_since
        from newscrawler.runner import crawl_settings, run_crawl

    try:
        sites = [load_site(name) for name in args.sites]
        since = parse_since(args.since)
    except (SiteConfigError, ValueError) as exc:
        print(f"newscrawler: {'site config error: ' if isinstance(exc, SiteConfigError) else ''}"
              f"{exc}", file=sys.stderr)
        return EXIT_USAGE
    names = [s.name for s in sites]
    if len(set(names)) != len(names):
        print(f"newscrawler: the same site is named twice: {', '.join(names)}", file=sys.stderr)
        return EXIT_USAGE
    settings = crawl_settings(output_dir=args.output_dir, overrides=crawl_overrides(args))
    db, jsonl = output_path(settings, "DB"), output_path(settings, "JSONL")
    assert db is not None
    try:
        lock.acquire(db)
    except lock.DatabaseLocked as exc:
        print(f"newscrawler: {exc}; not starting a second one", file=sys.stderr)
        return EXIT_LOCKED
    try:
        sites = _due(sites, db, force=args.ignore_min_interval)
        if not sites:
            return 0
        results = run_crawl(sites, settings=settings, refresh=args.refresh, since=since)
    finally:
        lock.release(db)
    print_summary(results, db=db, jsonl=jsonl)
    return max(r.exit_status for r in results)


def _due(sites: list[SiteConfig], db, *, force: bool) -> list[SiteConfig]:
    if force or not any(s.min_interval for s in sites) or not db.exists():
        return sites
    from newscrawler.runner import too_soon

    storage = Storage.open(db)
    try:
        due = []
        for site in sites:
            reason = too_soon(storage, site)
            if reason:
                print(f"newscrawler: {reason}", file=sys.stderr)
            else:
                due.append(site)
        return due
    finally:
        storage.close()

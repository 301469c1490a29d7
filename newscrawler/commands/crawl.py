"""``newscrawler crawl SITE [SITE...]``: crawl shipped or file site configs."""

from __future__ import annotations

import argparse
import sys

from newscrawler.runner import crawl_settings, run_crawl
from newscrawler.sites import SiteConfigError, load_site
from pipelines._storage import output_path

from ._common import add_crawl_options, parse_setting_overrides, print_summary


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl", help="crawl one or more sites",
        description="Crawl sites into the output folder. SITE is a shipped site's name "
                    "(see 'newscrawler sites') or the path of a site TOML file.")
    parser.add_argument("sites", nargs="+", metavar="SITE")
    add_crawl_options(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        sites = [load_site(name) for name in args.sites]
    except SiteConfigError as exc:
        print(f"newscrawler: site config error: {exc}", file=sys.stderr)
        return 2
    names = [s.name for s in sites]
    if len(set(names)) != len(names):
        print(f"newscrawler: the same site is named twice: {', '.join(names)}", file=sys.stderr)
        return 2
    overrides = parse_setting_overrides(args.settings)
    if args.loglevel:
        overrides["LOG_LEVEL"] = args.loglevel.upper()
    settings = crawl_settings(output_dir=args.output_dir, overrides=overrides)
    results = run_crawl(sites, settings=settings)
    print_summary(results, args.output_dir, db=output_path(settings, "DB"),
                  jsonl=output_path(settings, "JSONL"))
    return 0 if all(r.ok for r in results) else 1

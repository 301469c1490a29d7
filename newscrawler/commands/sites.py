"""``newscrawler sites``: list the shipped site configs."""

from __future__ import annotations

import argparse
import sys

from newscrawler.sites import SITES_DIR, SiteConfigError, list_sites, load_site


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("sites", help="list the shipped site configs",
                                   description=f"List the site configs in {SITES_DIR}.")
    return parser


def run(args: argparse.Namespace) -> int:
    status = 0
    for name in list_sites():
        try:
            site = load_site(name)
        except SiteConfigError as exc:
            print(f"{name:<16} BROKEN: {exc}", file=sys.stderr)
            status = 1
            continue
        print(f"{site.name:<16} {site.language or '-':<4} {site.start_urls[0]}")
    return status

"""``newscrawler sites``: list the shipped site configs; ``newscrawler sites new URL``: propose
a site config for a portal from a sample of its pages (:mod:`newscrawler.discovery.propose`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newscrawler.exit_status import ExitStatus
from newscrawler.sites import SITES_DIR, SiteConfigError, list_sites, load_site

from ._common import CommandError, parse_setting_overrides

#: Page requests ``sites new`` makes at most (robots.txt, feeds and sitemaps not counted).
MAX_REQUESTS = 40


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "sites", help="list the shipped site configs, or propose one for a new portal",
        description=f"List the site configs in {SITES_DIR}; 'sites new URL' proposes one.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    new = actions.add_parser(
        "new", help="sample a portal and write a site config for it",
        description="Fetch a bounded sample of the portal at URL (robots.txt obeyed, the "
                    "crawl's delays), then write a site config: start_urls, list_links and "
                    "article_links regexes, timezone, language, feeds, sitemaps, and "
                    "selectors that agreed with automatic extraction on every sampled "
                    "article. Prints what it saw.")
    new.add_argument("urls", nargs="+", metavar="URL", help="start URL(s), all on one host")
    new.add_argument("-o", "--output", type=Path, metavar="FILE.toml",
                     help="write the config here (default: print it on stdout)")
    new.add_argument("--force", action="store_true", help="overwrite FILE.toml")
    new.add_argument("--max-requests", type=int, default=MAX_REQUESTS, metavar="N",
                     help=f"page requests at most (default {MAX_REQUESTS})")
    new.add_argument("-s", "--set", dest="settings", action="append", default=[],
                     metavar="NAME=VALUE", help="set a Scrapy or NEWSCRAWLER_* setting")
    return parser


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "new":
        return _new(args)
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


def _new(args: argparse.Namespace) -> int:
    from newscrawler.discovery.zeroconf import is_url, site_name

    bad = [u for u in args.urls if not is_url(u)]
    if bad:
        raise CommandError(f"not an absolute http(s) URL: {bad[0]}", status=ExitStatus.USAGE)
    if len({site_name(u) for u in args.urls}) > 1:
        raise CommandError("the URLs of 'sites new' must all be on one host",
                           status=ExitStatus.USAGE)
    if args.max_requests < 1:
        raise CommandError("--max-requests must be at least 1", status=ExitStatus.USAGE)
    if args.output and args.output.exists() and not args.force:
        raise CommandError(f"{args.output} exists (--force to overwrite it)",
                           status=ExitStatus.USAGE)
    from newscrawler.discovery.propose import propose_site
    from newscrawler.discovery.sample import sample_site
    sample = sample_site(args.urls, max_requests=args.max_requests,
                         settings=parse_setting_overrides(args.settings))
    if not sample.fetched():
        raise CommandError(f"{args.urls[0]}: no page could be fetched")
    proposal = propose_site(sample)
    if not proposal.config.get("article_links"):
        print(proposal.report, file=sys.stderr)
        raise CommandError(f"{args.urls[0]}: no article links found; no config written")
    if args.output:
        args.output.write_text(proposal.toml, encoding="utf-8")
        print(proposal.report + f"\nwritten: {args.output}")
    else:
        sys.stdout.write(proposal.toml)
        print(proposal.report, file=sys.stderr)
    return ExitStatus.OK

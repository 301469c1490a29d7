"""Options, exit statuses and output shared by the crawl commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscrawler.runner import SiteResult

__all__ = ["EXIT_FAILED", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE", "add_crawl_options",
           "crawl_overrides", "parse_setting_overrides", "print_summary"]

#: Exit statuses, the same for every command (cron and systemd read them).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def add_crawl_options(parser: argparse.ArgumentParser, *, output_dir: str = "output") -> None:
    parser.add_argument("-o", "--output-dir", default=output_dir, metavar="DIR",
                        help=f"where news.db and articles.jsonl go (default: {output_dir}/)")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[],
                        metavar="NAME=VALUE", help="set a Scrapy or NEWSCRAWLER_* setting "
                        "(repeatable), e.g. -s DOWNLOAD_DELAY=2")
    parser.add_argument("-L", "--loglevel", default=None, metavar="LEVEL",
                        help="log level: DEBUG, INFO, WARNING, ERROR (default: WARNING with "
                             "the live progress display on a terminal, INFO otherwise)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no live progress display, even on a terminal")


def parse_setting_overrides(pairs: Sequence[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"newscrawler: error: -s expects NAME=VALUE, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


def crawl_overrides(args: argparse.Namespace, **defaults: Any) -> dict[str, Any]:
    """Settings from the command line: progress display, log level, then every ``-s``."""
    live = sys.stderr.isatty() and not args.no_progress
    overrides: dict[str, Any] = {"NEWSCRAWLER_PROGRESS": "live" if live else "log",
                                 "LOG_LEVEL": "WARNING" if live else "INFO", **defaults}
    if args.no_progress:
        overrides["NEWSCRAWLER_PROGRESS"] = "off"
    if args.loglevel:
        overrides["LOG_LEVEL"] = args.loglevel.upper()
    overrides.update(parse_setting_overrides(args.settings))
    return overrides


def print_summary(results: Sequence[SiteResult], *, db: Path, jsonl: Path | None) -> None:
    width = max([len(r.site) for r in results] + [4])
    out = sys.stdout
    out.write(f"\n{'site':<{width}}  {'saved':>6}  {'known':>6}  {'dupes':>6}  {'failed':>6}  "
              f"{'pages':>6}  outcome\n")
    for r in results:
        out.write(f"{r.site:<{width}}  {r.articles_new:>6}  {r.articles_known:>6}  "
                  f"{r.duplicates:>6}  {r.failures:>6}  {r.pages:>6}  {r.outcome}\n")
    if len(results) > 1:
        out.write(f"{'all':<{width}}  {sum(r.articles_new for r in results):>6}  "
                  f"{sum(r.articles_known for r in results):>6}  "
                  f"{sum(r.duplicates for r in results):>6}  "
                  f"{sum(r.failures for r in results):>6}  {sum(r.pages for r in results):>6}\n")
    out.write(f"\ndatabase:   {db}\n")
    if jsonl is not None:
        out.write(f"JSON lines: {jsonl}\n")

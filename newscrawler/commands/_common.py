"""Options and output shared by the crawl commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newscrawler.runner import SiteResult

__all__ = ["add_crawl_options", "parse_setting_overrides", "print_summary"]


def add_crawl_options(parser: argparse.ArgumentParser, *, output_dir: str = "output") -> None:
    parser.add_argument("-o", "--output-dir", default=output_dir, metavar="DIR",
                        help=f"where news.db and articles.jsonl go (default: {output_dir}/)")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[],
                        metavar="NAME=VALUE", help="set a Scrapy or NEWSCRAWLER_* setting "
                        "(repeatable), e.g. -s DOWNLOAD_DELAY=2")
    parser.add_argument("-L", "--loglevel", default=None, metavar="LEVEL",
                        help="log level: DEBUG, INFO, WARNING, ERROR")


def parse_setting_overrides(pairs: Sequence[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"newscrawler: error: -s expects NAME=VALUE, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


def print_summary(results: Sequence[SiteResult], output_dir: str | Path, *,
                  db: Path, jsonl: Path | None) -> None:
    width = max([len(r.site) for r in results] + [4])
    out = sys.stdout
    out.write(f"\n{'site':<{width}}  {'saved':>6}  {'dupes':>6}  {'failed':>6}  "
              f"{'pages':>6}  outcome\n")
    for r in results:
        out.write(f"{r.site:<{width}}  {r.articles_new:>6}  {r.duplicates:>6}  {r.failures:>6}  "
                  f"{r.pages:>6}  {r.finish_reason}\n")
    if len(results) > 1:
        out.write(f"{'all':<{width}}  {sum(r.articles_new for r in results):>6}  "
                  f"{sum(r.duplicates for r in results):>6}  "
                  f"{sum(r.failures for r in results):>6}  {sum(r.pages for r in results):>6}\n")
    out.write(f"\ndatabase:   {db}\n")
    if jsonl is not None:
        out.write(f"JSON lines: {jsonl}\n")

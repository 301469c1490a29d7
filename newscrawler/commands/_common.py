"""Options and output shared by the commands: the crawl options, the summary of a crawl,
text tables, and the one way a command fails (:class:`CommandError`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawler import settings
from newscrawler.exit_status import ExitStatus

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from newscrawler.extensions.database import Database
    from newscrawler.storage.stats import RunSummary

__all__ = ["CommandError", "add_crawl_options", "crawl_overrides", "open_crawl_database",
           "parse_setting_overrides", "print_summary", "text_table"]

#: The log levels -L and LOG_LEVEL take (Python's, by name).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class CommandError(Exception):
    """What a command prints on stderr (``newscrawler: <message>``) before it exits with
    *status* (``newscrawler.cli`` does both)."""

    def __init__(self, message: str, *, status: int = ExitStatus.FAILED) -> None:
        super().__init__(message)
        self.status = status


def redis_client_module() -> Any:
    """The ``redis`` module, or a :class:`CommandError` naming the extra to install: `crawl
    --redis`, `crawl --workers` and `ingest` need scrapy-redis and the Redis client."""
    try:
        import redis
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        raise CommandError(f"distributed crawls need {exc.name}: pip install \".[redis]\" in "
                           "newscrawler's folder", status=ExitStatus.USAGE) from None
    return redis


def text_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, rule: bool = False,
               align: Sequence[str] | None = None) -> str:
    """Columns two spaces apart, a dashed rule under the headers when *rule*; numbers to the
    right unless *align* (one ``"left"``/``"right"`` per column) says otherwise."""
    import tabulate as module  # only the commands that print tables pay for it

    # tabulate makes every column two wider than its header; ours are as wide as their cells.
    module.MIN_PADDING = 0
    text = module.tabulate(list(rows), headers=list(headers),
                           tablefmt="simple" if rule else "plain", colalign=align,
                           disable_numparse=align is not None)
    return "\n".join(line.rstrip() for line in text.splitlines())


def add_crawl_options(parser: argparse.ArgumentParser, *,
                      output_dir: str = settings.NEWSCRAWLER_OUTPUT_DIR) -> None:
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
    level = str(overrides["LOG_LEVEL"]).upper()
    if level not in LOG_LEVELS:
        raise CommandError(f"unknown log level {overrides['LOG_LEVEL']!r} (use one of "
                           f"{', '.join(LOG_LEVELS)})", status=ExitStatus.USAGE)
    overrides["LOG_LEVEL"] = level
    return overrides


def open_crawl_database(settings: BaseSettings) -> tuple[Database, Path, Path | None]:
    """The crawl's database, locked and open before anything is served or fetched, with its
    path and the JSON lines file's; :class:`CommandError` when another crawl holds it (exit
    3), when it cannot be made or written (exit 1), or for ``NEWSCRAWLER_DB=off`` (exit 2)."""
    import sqlite3

    from newscrawler.extensions.database import Database, output_paths
    from newscrawler.storage.lock import DatabaseLocked

    try:
        db, jsonl = output_paths(settings)
    except ValueError as exc:  # NEWSCRAWLER_DB=off
        raise CommandError(str(exc), status=ExitStatus.USAGE) from None
    try:
        return Database.from_settings(settings), db, jsonl
    except DatabaseLocked as exc:
        raise CommandError(f"{exc}; not starting a second one",
                           status=ExitStatus.LOCKED) from None
    except (OSError, sqlite3.Error) as exc:
        where = getattr(exc, "filename", None) or db
        reason = getattr(exc, "strerror", None) or str(exc)
        raise CommandError(f"cannot write the crawl's output at {where}: {reason} (choose "
                           "another folder with -o DIR)") from None


def print_summary(runs: Sequence[RunSummary], *, db: Path, jsonl: Path | None) -> None:
    """What a crawl did, one line per site (and their sum), then where the results are."""
    rows: list[tuple[Any, ...]] = [(r.site, r.articles_new, r.articles_known, r.duplicates,
                                    r.failures, r.pages, r.outcome) for r in runs]
    if len(runs) > 1:
        rows.append(("all", *(sum(getattr(r, name) for r in runs) for name in
                              ("articles_new", "articles_known", "duplicates", "failures",
                               "pages")), ""))
    out = sys.stdout
    out.write("\n" + text_table(("site", "saved", "known", "dupes", "failed", "pages",
                                  "outcome"), rows) + "\n")
    out.write(f"\ndatabase:   {db}\n")
    if jsonl is not None:
        out.write(f"JSON lines: {jsonl}\n")

"""Options and errors shared by the commands that read the database (search, export, stats,
report, datasette)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from newscrawler.storage.reader import DatabaseNotFound, NotANewsDatabase, open_reader

__all__ = ["DEFAULT_DB", "add_db_option", "add_filter_options", "connect", "fail"]

DEFAULT_DB = Path("output/news.db")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, metavar="PATH",
                        help=f"the news database (default: {DEFAULT_DB})")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", metavar="NAME", help="only this site's articles")
    parser.add_argument("--since", metavar="DATE",
                        help="published on or after DATE (2024-05-01, or an ISO timestamp)")
    parser.add_argument("--until", metavar="DATE",
                        help="published on or before DATE (the whole day for a date)")


def fail(message: str, *, status: int = 1) -> int:
    print(f"newscrawler: {message}", file=sys.stderr)
    return status


def connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection, or None after saying on stderr why there is none."""
    try:
        return open_reader(path)
    except DatabaseNotFound:
        fail(f"no database at {path} (crawl first, or say which one with --db PATH)")
    except NotANewsDatabase as exc:
        fail(str(exc))
    except sqlite3.Error as exc:
        fail(f"cannot read {path}: {exc}")
    return None

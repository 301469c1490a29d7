"""What the commands that read the database share (search, export, runs, stats, report,
datasette): the ``--db`` and filter options, and the read-only connection of a command.

>>> with reading(args.db) as conn:       # CommandError: no such file, not a news database...
...     rows = site_stats(conn)
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newscrawler import settings
from newscrawler.storage.reader import (
    DatabaseNotFound,
    DatabaseUnreadable,
    NotANewsDatabase,
    open_reader,
)

from ._common import CommandError

__all__ = ["DEFAULT_DB", "add_db_option", "add_filter_options", "reading"]

DEFAULT_DB = Path(settings.NEWSCRAWLER_OUTPUT_DIR) / "news.db"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, metavar="PATH",
                        help=f"the news database (default: {DEFAULT_DB})")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", metavar="NAME", help="only this site's articles")
    parser.add_argument("--since", metavar="DATE",
                        help="published on or after DATE (2024-05-01, or an ISO timestamp)")
    parser.add_argument("--until", metavar="DATE",
                        help="published on or before DATE (the whole day for a date)")


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to *path* for the block (an old schema is upgraded first);
    :class:`CommandError` (exit status 1) when there is none or a query fails."""
    try:
        conn = open_reader(path)
    except DatabaseNotFound:
        raise CommandError(f"no database at {path} (crawl first, or say which one with "
                           "--db PATH)") from None
    except (NotANewsDatabase, DatabaseUnreadable) as exc:
        raise CommandError(str(exc)) from None
    except sqlite3.Error as exc:
        raise CommandError(f"cannot read {path}: {exc}") from None
    try:
        yield conn
    except sqlite3.Error as exc:
        raise CommandError(f"cannot read {path}: {exc}") from None
    finally:
        conn.close()

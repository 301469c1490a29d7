"""The ``newscrawler`` command: ``newscrawler COMMAND --help`` for each command."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newscrawler import __version__
from newscrawler.commands._common import CommandError
from newscrawler.extensions.startup import long_lived

__all__ = ["main"]

#: Each command lives in ``newscrawler/commands/<name>.py`` with ``add_parser`` and ``run``.
COMMANDS = ("demo", "crawl", "ingest", "runs", "sites", "extract", "search", "export", "stats",
            "report", "datasette")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscrawler", description="Crawl government news portals into SQLite and JSON lines.")
    parser.add_argument("--version", action="version", version=f"newscrawler {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"newscrawler.commands.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    with long_lived():
        parser = build_parser()
        args = parser.parse_args(argv)
        module = importlib.import_module(f"newscrawler.commands.{args.command}")
    try:
        return int(module.run(args) or 0)
    except CommandError as exc:
        print(f"newscrawler: {exc}", file=sys.stderr)
        return int(exc.status)


if __name__ == "__main__":
    sys.exit(main())

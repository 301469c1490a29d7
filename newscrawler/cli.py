"""The ``newscrawler`` command: ``newscrawler COMMAND --help`` for each command."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from newscrawler import __version__
from newscrawler.commands._common import CommandError
from newscrawler.exit_status import ExitStatus
from newscrawler.extensions.startup import long_lived

__all__ = ["main"]

#: Each command lives in ``newscrawler/commands/<name>.py`` with ``add_parser`` and ``run``.
COMMANDS = ("demo", "crawl", "ingest", "runs", "health", "sites", "extract", "search", "export",
            "stats", "report", "datasette", "links")


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
        status = int(module.run(args) or 0)
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
        return status
    except CommandError as exc:
        print(f"newscrawler: {exc}", file=sys.stderr)
        return int(exc.status)
    except BrokenPipeError:
        # The reader went away (newscrawler search ... | head): stop quietly, as CPython's
        # documentation of SIGPIPE advises: what is still buffered goes to /dev/null, so
        # that flushing at exit does not fail again.
        _discard_stdout()
        return ExitStatus.FAILED


def _discard_stdout() -> None:
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests capture it)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())

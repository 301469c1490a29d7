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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with *only* that command's parser: each command's module
    imports what it runs (Scrapy, sqlite-utils, the extractors), and importing all of them
    cost a crawl, and each of its worker processes, 0.2 s of start-up."""
    parser = argparse.ArgumentParser(
        prog="newscrawler", description="Crawl government news portals into SQLite and JSON lines.")
    parser.add_argument("--version", action="version", version=f"newscrawler {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS if only is None else (only,):
        module = importlib.import_module(f"newscrawler.commands.{name}")
        module.add_parser(subparsers)
    return parser


def _named_command(argv: Sequence[str]) -> str | None:
    """The command *argv* names in first place, if it is one (no top-level options before
    it: ``--help`` and ``--version`` need the whole parser)."""
    return argv[0] if argv and argv[0] in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    with long_lived():
        parser = build_parser(_named_command(argv))
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

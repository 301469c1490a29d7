"""``newscrawler datasette``: browse the database in Datasette, with the shipped metadata."""

from __future__ import annotations

import argparse
import importlib.util
import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from newscrawler.datasette import metadata

from ._common import CommandError
from ._reading import add_db_option, reading


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "datasette", help="browse the database in Datasette (an optional extra)",
        description="Serve the database with Datasette, read-only (a crawl may keep writing), "
                    "with descriptions of every table and column, facets on site and channel "
                    "and the full-text search box. Arguments after -- go to 'datasette serve'.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  newscrawler datasette --port 8001\n"
               "  newscrawler datasette --print-metadata > metadata.json\n"
               "  datasette serve output/news.db --metadata metadata.json")
    add_db_option(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8001, help="port (default: 8001)")
    parser.add_argument("--print-metadata", action="store_true",
                        help="print the metadata JSON for --db and exit, for running "
                             "datasette yourself")
    parser.add_argument("extra", nargs=argparse.REMAINDER, metavar="-- ARGS",
                        help="more arguments for 'datasette serve'")
    return parser


def run(args: argparse.Namespace) -> int:
    document = metadata(args.db.stem)
    if args.print_metadata:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not _installed("datasette"):
        raise CommandError("Datasette is not installed: pip install \"datasette>=0.64\"")
    with reading(args.db):  # says what is wrong with the file, and upgrades an old schema
        pass
    extra = args.extra[1:] if args.extra[:1] == ["--"] else args.extra
    with tempfile.TemporaryDirectory(prefix="newscrawler-datasette-") as tmp:
        path = Path(tmp) / "metadata.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        command = [sys.executable, "-m", "datasette", "serve", str(args.db), "--metadata",
                   str(path), "--host", args.host, "--port", str(args.port), *extra]
        print(f"Datasette on http://{args.host}:{args.port}/{args.db.stem} (Ctrl-C to stop)",
              file=sys.stderr, flush=True)
        server = subprocess.Popen(command)
        # Stopping this command stops Datasette too (and then the metadata file goes).
        signal.signal(signal.SIGTERM, lambda signum, frame: server.terminate())
        try:
            return server.wait()
        except KeyboardInterrupt:
            server.terminate()
            server.wait()
            return 0


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False

"""One crawl of the fault portal (tests/faultportal.py): requests, time, what was stored and
recorded, and the crawl's peak memory.

    python benchmarks/fault_crawl.py [--code DIR] [--maxsize BYTES] [--timeout SECONDS]

Serves the fault portal and its robots.txt hosts as the fault tests do (tests/test_faults.py,
the ``first`` run) and crawls them with the real command in a subprocess, whose peak resident
memory is read from ``wait4`` (``ru_maxrss``). ``--code DIR`` runs the crawl from another
checkout (e.g. a worktree of an older commit), to compare before and after a change on the
same portal. The defaults are the fault tests' settings: 2.5 s download timeout, no delays,
2 MB DOWNLOAD_MAXSIZE (``--maxsize 0`` keeps the project's default).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from faultportal import FaultPortal  # noqa: E402

ROBOTS_MODES = ("500", "hang", "404", "huge")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=REPO, help="checkout to crawl with")
    parser.add_argument("--maxsize", type=int, default=2 * 1024 * 1024)
    parser.add_argument("--timeout", type=float, default=2.5)
    args = parser.parse_args()
    settings = {"DOWNLOAD_TIMEOUT": args.timeout, "AUTOTHROTTLE_ENABLED": False,
                "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
                "LOG_LEVEL": "WARNING"}
    if args.maxsize:
        settings["DOWNLOAD_MAXSIZE"] = args.maxsize
    portals = [FaultPortal(), *(FaultPortal(robots=mode) for mode in ROBOTS_MODES)]
    for portal in portals:
        portal.__enter__()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            sites = [portals[0].site_file(folder)]
            sites += [portal.site_file(folder, f"robots-{mode}", start=("/f/ok/index.html",))
                      for mode, portal in zip(ROBOTS_MODES, portals[1:], strict=True)]
            command = [sys.executable, "-m", "newscrawler.cli", "crawl", *map(str, sites),
                       "--output-dir", str(folder / "out"), "--no-progress"]
            for name, value in settings.items():
                command += ["-s", f"{name}={value}"]
            env = {**os.environ, "PYTHONPATH": str(args.code.resolve())}
            started = time.monotonic()
            proc = subprocess.Popen(command, cwd=args.code, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            took = time.monotonic() - started
            db = sqlite3.connect(folder / "out" / "news.db")
            stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            failed = db.execute("SELECT count(*) FROM failures").fetchone()[0]
            runs = db.execute("SELECT site, outcome FROM crawl_runs ORDER BY id").fetchall()
            db.close()
    finally:
        for portal in portals:
            portal.__exit__(None, None, None)
    requests = sum(len(portal.log) for portal in portals)
    print(f"code: {args.code}")
    print(f"exit status {os.waitstatus_to_exitcode(status)}, {took:.1f} s, {requests} requests "
          f"({len(portals[0].log)} to the fault site), {stored} articles stored, "
          f"{failed} failures recorded")
    print(f"peak memory of the crawl: {usage.ru_maxrss / 1024:.0f} MB")
    for site, outcome in runs:
        print(f"  {site}: {outcome}")


if __name__ == "__main__":
    main()

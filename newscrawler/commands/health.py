"""``newscrawler health [--site S] [--json]``: each site's state now, for a dashboard or a shell
check: ``ok``, ``stale`` (no new article for longer than usual), ``degraded`` (its last run's
health checks failed) or ``failed`` (its last run failed), and why.

Exit status: 0 when every site is ok, 4 (DEGRADED) when one is degraded or stale, 1 when one
failed (or the database cannot be read).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from newscrawler.durations import ago
from newscrawler.exit_status import ExitStatus
from newscrawler.health.state import site_states, why

from ._common import text_table
from ._reading import add_db_option, reading

HEADERS = ("site", "state", "last run", "new articles last found", "why")
_STATUS = {"ok": ExitStatus.OK, "stale": ExitStatus.DEGRADED, "degraded": ExitStatus.DEGRADED,
           "failed": ExitStatus.FAILED}


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "health", help="each site's state now: ok, stale, degraded or failed, and why",
        description="Each site's state now, from its last run and when it last found new "
                    "articles: ok; stale (no new article for longer than the site usually "
                    "goes without one); degraded (the last run's health checks failed); "
                    "failed (the last run failed). Exits 0 when every site is ok, 4 when "
                    "one is stale or degraded, 1 when one failed.")
    add_db_option(parser)
    parser.add_argument("--site", help="only this site")
    parser.add_argument("--json", action="store_true", help="one JSON array, for a dashboard")
    return parser


def run(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    with reading(args.db) as conn:
        sites = site_states(conn, now=now, site=args.site)
    if args.json:
        print(json.dumps(sites, ensure_ascii=False, indent=2))
    elif not sites:
        print("no finished runs yet" + (f" of {args.site}" if args.site else ""))
    else:
        print(text_table(HEADERS, [_row(s, now) for s in sites], align=("left",) * 5))
    statuses = {_STATUS[s["state"]] for s in sites}
    if ExitStatus.FAILED in statuses:
        return ExitStatus.FAILED
    return ExitStatus.DEGRADED if ExitStatus.DEGRADED in statuses else ExitStatus.OK


def _row(site: dict[str, Any], now: datetime) -> tuple[str, ...]:
    last = site["last_run"]
    found = site["new_articles_last_found"]
    return (site["site"], site["state"], f"{ago(last['started_at'], now)} (#{last['id']})",
            ago(found, now) if found else "never", why(site) or "-")

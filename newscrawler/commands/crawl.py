"""``newscrawler crawl SITE [SITE...]``: crawl shipped or file site configs."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newscrawler.exit_status import ExitStatus, worst
from newscrawler.extensions.startup import long_lived
from newscrawler.sites import SiteConfig, SiteConfigError, load_site

from ._common import (
    CommandError,
    add_crawl_options,
    crawl_overrides,
    open_crawl_database,
    print_summary,
    redis_client_module,
)

if TYPE_CHECKING:
    from scrapy.settings import Settings

    from newscrawler.distributed.standby import Standby
    from newscrawler.extensions.database import Database
    from newscrawler.storage import Storage
    from newscrawler.storage.stats import RunSummary

logger = logging.getLogger("newscrawler")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl", help="crawl one or more sites",
        description="Crawl sites into the output folder. SITE is a shipped site's name "
                    "(see 'newscrawler sites'), the path of a site TOML file, or an http(s) "
                    "URL: a portal crawled without a config (the URLs of one host are one "
                    "site, named after the host). Articles already in the database are not "
                    "downloaded again.")
    parser.add_argument("sites", nargs="+", metavar="SITE")
    add_crawl_options(parser)
    parser.add_argument("--refresh", action="store_true",
                        help="download known articles again and update the changed ones")
    parser.add_argument("--since", metavar="DATE",
                        help="skip articles that list pages date before DATE (YYYY-MM-DD)")
    parser.add_argument("--ignore-min-interval", action="store_true",
                        help="crawl even when a site's min_interval has not passed")
    parser.add_argument("--redis", metavar="URL",
                        help="crawl as one worker of a distributed crawl through this Redis "
                             "(redis://HOST:6379/0; default: $NEWSCRAWLER_REDIS_URL); "
                             "'newscrawler ingest' stores what the workers find")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="crawl with N worker processes and store with one ingester, on "
                             "this machine (through --redis, or a private redis-server)")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.workers and args.workers > 0:
        from newscrawler.distributed.standby import standby_workers

        redis_client_module()  # before starting workers that would need it

        # the workers import Scrapy and the extractors while this process gets ready
        with standby_workers(args.workers) as standby:
            return _run(args, standby)
    return _run(args)


def _run(args: argparse.Namespace, standby: Sequence[Standby] = ()) -> int:
    # Scrapy is imported here, not at the top: `newscrawler --help` and the analysts'
    # commands start without it.
    with long_lived():
        from newscrawler.incremental import parse_since
        from newscrawler.runner import crawl_settings, run_crawl

    try:
        sites = _sites(args.sites)
        since = parse_since(args.since)
    except (SiteConfigError, ValueError) as exc:
        raise CommandError(f"{'site config error: ' if isinstance(exc, SiteConfigError) else ''}"
                           f"{exc}", status=ExitStatus.USAGE) from None
    names = [s.name for s in sites]
    if len(set(names)) != len(names):
        raise CommandError(f"the same site is named twice: {', '.join(names)}",
                           status=ExitStatus.USAGE)
    for site in sites:
        if not site.timezone:
            print(f"newscrawler: warning: site {site.name} has no timezone: times of day are "
                  "stored as the page prints them, without a UTC offset (exports do not take "
                  "them for UTC); set timezone = \"Area/City\" in its file", file=sys.stderr)
    settings = crawl_settings(output_dir=args.output_dir, overrides=crawl_overrides(args))
    if args.redis:
        settings.set("NEWSCRAWLER_REDIS_URL", args.redis, priority="cmdline")
    if args.workers is not None and args.workers < 1:
        raise CommandError("--workers must be at least 1", status=ExitStatus.USAGE)
    if settings.get("NEWSCRAWLER_REDIS_URL") and not args.workers:
        redis = redis_client_module()
        from newscrawler.distributed.cluster import run_worker  # no database in a worker

        try:
            return run_worker(sites, settings=settings, refresh=args.refresh, since=since)
        except redis.RedisError as exc:  # before the crawl: once it runs, it closes itself
            raise CommandError(f"cannot reach Redis at {settings.get('NEWSCRAWLER_REDIS_URL')}: "
                               f"{exc}") from None
    database, db, jsonl = open_crawl_database(settings)  # the crawl lock first
    try:
        due = _due(sites, database.storage, force=args.ignore_min_interval)
        if not due:
            return ExitStatus.OK
        if args.workers:
            runs = _run_cluster(args, due, settings, database, standby)
        else:
            runs = run_crawl(due, settings=settings, refresh=args.refresh, since=since,
                             database=database)
    finally:
        database.close()
    print_summary(runs, db=db, jsonl=jsonl)
    return worst(r.status for r in runs)


def _sites(args: list[str]) -> list[SiteConfig]:
    """Site configs from names, paths and URLs (one zero-config site per host of the URLs)."""
    from newscrawler.discovery.zeroconf import is_url, sites_from_urls

    sites = [load_site(arg) for arg in args if not is_url(arg)]
    return sites + sites_from_urls(arg for arg in args if is_url(arg))


def _due(sites: list[SiteConfig], storage: Storage, *, force: bool) -> list[SiteConfig]:
    """The sites whose ``min_interval`` has passed (each skipped one says why)."""
    if force:
        return sites
    from newscrawler.runner import too_soon

    due = []
    for site in sites:
        reason = too_soon(storage, site)
        if reason:
            print(f"newscrawler: {reason}", file=sys.stderr)
        else:
            due.append(site)
    return due


def _run_cluster(args: argparse.Namespace, due: list[SiteConfig], settings: Settings,
                 database: Database, standby: Sequence[Standby]) -> list[RunSummary]:
    """``--workers N``: the same crawl by N worker processes and one ingester (this one)."""
    redis = redis_client_module()
    from newscrawler.distributed.cluster import RedisServerMissing, run_cluster, worker_arguments

    redis_url = settings.get("NEWSCRAWLER_REDIS_URL") or None
    settings.set("NEWSCRAWLER_REDIS_URL", "", priority="cmdline")  # this process is no worker
    site_args = [arg for arg, site in zip(args.sites, (load_site(a) for a in args.sites),
                                           strict=True) if site.name in {s.name for s in due}]
    try:
        return run_cluster(due, site_args, settings=settings, database=database,
                           workers=args.workers, redis_url=redis_url,
                           worker_args=worker_arguments(args), standby=standby)
    except RedisServerMissing as exc:
        raise CommandError(str(exc), status=ExitStatus.USAGE) from None
    except redis.RedisError as exc:
        raise CommandError(f"Redis at {redis_url or 'the private redis-server'} does not answer: "
                           f"{exc} (what is committed is kept; run again when Redis is back)"
                           ) from None

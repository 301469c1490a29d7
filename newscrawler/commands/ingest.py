"""``newscrawler ingest --redis URL``: store what the workers of a distributed crawl found."""

from __future__ import annotations

import argparse
import logging

from newscrawler.exit_status import ExitStatus
from newscrawler.extensions.startup import long_lived

from ._common import CommandError, add_crawl_options, crawl_overrides, redis_client_module

logger = logging.getLogger("newscrawler")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "ingest", help="store what the workers of a distributed crawl find",
        description="Drain the Redis stream that the workers of a distributed crawl "
                    "('newscrawler crawl SITE --redis URL' on any machines) append to, through "
                    "the same clean, dedupe, near-duplicate and store steps as a local crawl, "
                    "into the output folder; close each run's row when it is done. Runs until "
                    "stopped, or with --until-idle until nothing is left to do. One ingester "
                    "per Redis and per database.")
    parser.add_argument("--redis", metavar="URL",
                        help="the Redis of the workers (default: $NEWSCRAWLER_REDIS_URL)")
    parser.add_argument("--until-idle", action="store_true",
                        help="exit once the stream is drained and no run has a live worker")
    add_crawl_options(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    redis = redis_client_module()
    with long_lived():
        from scrapy.utils.log import configure_logging

        from newscrawler.distributed.ingest import Ingester, IngesterBusy
        from newscrawler.runner import crawl_settings
        from newscrawler.storage.lock import DatabaseLocked

    settings = crawl_settings(output_dir=args.output_dir,
                              overrides=crawl_overrides(args, NEWSCRAWLER_PROGRESS="off"))
    url = args.redis or settings.get("NEWSCRAWLER_REDIS_URL")
    if not url:
        raise CommandError("no Redis: give --redis URL or set NEWSCRAWLER_REDIS_URL",
                           status=ExitStatus.USAGE)
    configure_logging(settings)
    try:
        ingester = Ingester.open(url, settings)
    except (DatabaseLocked, IngesterBusy) as exc:
        raise CommandError(f"{exc}; not starting a second one",
                           status=ExitStatus.LOCKED) from None
    except redis.RedisError as exc:
        raise CommandError(f"cannot reach Redis at {url}: {exc}") from None
    try:
        ingester.run(until_idle=args.until_idle)
    except KeyboardInterrupt:
        logger.info("Stopped: %d entries stored", ingester.entries)
    except redis.RedisError as exc:
        raise CommandError(f"lost Redis at {url}: {exc} (what is committed is kept; run "
                           "again when Redis is back)") from None
    finally:
        ingester.close()
    for run_id in ingester.closed.values():
        logger.info("closed run %d", run_id)
    return ExitStatus.OK

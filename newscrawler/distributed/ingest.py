"""The ingester: the one writer of a distributed crawl's database.

>>> ingester = Ingester.open("redis://10.0.0.5:6379/0", settings)   # locks, seeds Redis
>>> ingester.run(until_idle=True)                                   # drain, then return
>>> ingester.close()

It reads the stream the workers append to (a consumer group, ``ingest``) in batches and
passes each article and failure through the project's ``ITEM_PIPELINES`` (clean, dedupe,
near-duplicates, SQLite: the pipelines of a local crawl, which do not care where items come
from) into the :class:`~newscrawler.extensions.database.Database`. Each distributed run has
its own ``crawl_runs`` row, its own pipelines and stats (:class:`RunSink`, a crawler that never
crawls) and is closed, with its workers' stats added and judged as a local run is, once Redis
says it is finished, every worker has left and the stream is drained.

Delivery is at least once and storage exactly once: a batch's articles, its runs' counts and
the id of its last entry (``stream_offsets``) are committed in one transaction, and only then
are its entries acknowledged (``XACK``) and removed. A killed ingester's unacknowledged entries
are read again (``XAUTOCLAIM``, its own pending list) and those at or below the committed
offset skipped, so nothing is lost and nothing is stored or counted twice. After each commit
the batch's URLs join the ``known`` and ``failed`` sets the workers read (``state.py``).

One ingester per Redis prefix (``ingester`` key, renewed while it runs) and per database (the
crawl lock): a second one exits with status 3.
"""

from __future__ import annotations

import inspect
import json
import logging
import math
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import redis
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.extension import ExtensionManager
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object

from newscrawler import statkeys
from newscrawler.extensions.database import CrawlDatabase, Database, judge_run
from newscrawler.failures import PERMANENT, permanent_http
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.storage import utc_now

from .connection import connect
from .keys import RUN_KEYS, RedisKeys
from .state import remember, seed_state

__all__ = ["GROUP", "Ingester", "IngesterBusy", "RunSink", "merge_stats"]

logger = logging.getLogger(__name__)

GROUP = "ingest"
LOCK_MS = 15_000
CLOSED_TTL = 86_400  # seconds a closed run's state stays in Redis


class IngesterBusy(RuntimeError):
    """Another ingester drains the stream of this Redis prefix."""


def merge_stats(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The numeric stats of several crawlers (a run's workers and its ingester) added up."""
    merged: dict[str, Any] = {}
    for stats in parts:
        for key, value in stats.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                merged[key] = merged.get(key, 0) + value
    return merged


class RunSink:
    """The pipelines and stats of one distributed run in the ingester: a Crawler that never
    crawls, whose ``CrawlDatabase`` is the ingester's database with the run's row."""

    def __init__(self, settings: Settings, database: Database, run_id: int, site: str,
                 stats: Mapping[str, Any]) -> None:
        self.run_id = run_id
        self.site = site
        crawler = Crawler(Spider, settings)
        crawler.stats = MemoryStatsCollector(crawler)
        crawler.stats.set_stats(dict(stats))
        CrawlDatabase.share(crawler, database)
        extension = CrawlDatabase.from_crawler(crawler)
        extension.run_id = run_id
        if extension.repost_options is not None:  # as CrawlDatabase.spider_opened does
            database.open_reposts(**extension.repost_options)
        crawler.extensions = ExtensionManager(extension, crawler=crawler)
        self.crawler = crawler
        self.steps: list[Callable[[Any], Any]] = []
        for path in build_component_list(settings.getwithbase("ITEM_PIPELINES")):
            try:
                pipeline = build_from_crawler(load_object(path), crawler)
            except NotConfigured:
                continue
            if inspect.iscoroutinefunction(pipeline.process_item):
                raise ValueError(f"{path}: the ingester runs item pipelines in order, one item "
                                 "at a time; an async process_item() is not supported")
            self.steps.append(pipeline.process_item)

    @property
    def stats(self) -> dict[str, Any]:
        return self.crawler.stats.get_stats()

    def process(self, item: Any) -> Any:
        """*item* through every pipeline; returns what the last one returned, or None when one
        dropped it."""
        for step in self.steps:
            try:
                item = step(item)
            except DropItem as exc:
                level = logging.INFO if getattr(exc, "log_level", None) == "INFO" else logging.DEBUG
                logger.log(level, "Dropped: %s", exc)
                return None
            if inspect.isawaitable(item):
                raise TypeError(f"{step!r} returned an awaitable; the ingester needs an item")
        return item


class Ingester:
    def __init__(self, client: Any, keys: RedisKeys, database: Database, settings: Settings,
                 *, consumer: str | None = None, batch_size: int | None = None,
                 block_seconds: float = 1.0) -> None:
        self.client = client
        self.keys = keys
        self.database = database
        self.storage = database.storage
        # The ingester commits itself, after each batch of entries with that batch's offset:
        # the pipelines' maybe_commit() must never commit half a batch.
        self.storage.batch_size = 2**62
        self.storage.commit_interval = math.inf
        self.settings = settings
        self.consumer = consumer or f"{socket.gethostname()}:{os.getpid()}"
        self.batch_size = batch_size or settings.getint("NEWSCRAWLER_BATCH_SIZE")
        self.commit_interval = settings.getfloat("NEWSCRAWLER_COMMIT_INTERVAL")
        self.block_ms = int(block_seconds * 1000)
        self.token = uuid.uuid4().hex
        self.sinks: dict[str, RunSink] = {}
        #: ``{cluster run id: crawl_runs id}`` of the runs this ingester closed
        self.closed: dict[str, int] = {}
        self.offset: tuple[int, int] = (0, 0)
        self._worker_left = False  # a worker-left entry was read: look whether runs are over
        self.entries = 0
        #: where to read on in our pending list (entries an earlier ingester left), or None
        self._backlog: bytes | str | None = "0"

    @classmethod
    def open(cls, redis_url: str, settings: Settings, *, database: Database | None = None,
             **options: Any) -> Ingester:
        """Lock the database (unless given it open) and the stream, and seed Redis."""
        client = connect(redis_url)
        keys = RedisKeys(settings.get("NEWSCRAWLER_REDIS_PREFIX"))
        owned = database is None
        database = database or Database.from_settings(settings)
        try:
            ingester = cls(client, keys, database, settings, **options)
            ingester.start()
        except BaseException:
            if owned:
                database.close()
            raise
        ingester._owned = owned
        return ingester

    _owned = False

    def start(self) -> None:
        self._lock()
        try:
            self.client.xgroup_create(self.keys.stream, GROUP, id="0", mkstream=True)
        except Exception as exc:  # redis.ResponseError: BUSYGROUP, the group exists
            if "BUSYGROUP" not in str(exc):
                raise
        known, failed = seed_state(self.client, self.keys, self.storage)
        logger.info("Told the workers of %d known and %d failed URLs", known, failed)
        offset = self.storage.stream_offset(self.keys.stream)
        self.offset = _entry_id(offset) if offset else (0, 0)
        for cluster_run, run_id in self.storage.cluster_run_ids().items():
            row = self.storage.run(run_id) or {}
            self.sinks[cluster_run] = RunSink(self.settings, self.database, run_id,
                                              row.get("site", ""),
                                              self.storage.cluster_stats(run_id))
        # Entries an earlier ingester took and did not acknowledge are ours now (the lock
        # above says it is gone); they are read first, in stream order.
        cursor: bytes | str = "0-0"
        while True:
            # (not JUSTID: redis-py then drops the cursor)
            cursor, claimed, *_ = self.client.xautoclaim(
                self.keys.stream, GROUP, self.consumer, 0, start_id=cursor, count=1000)
            if claimed:
                logger.info("Took over %d entries an earlier ingester left", len(claimed))
            if cursor in (b"0-0", "0-0"):
                break

    def _lock(self) -> None:
        """Become the one ingester of the stream; a killed one's lock (its process gone from
        this machine) is taken over at once, another machine's when it expires."""
        mine = f"{self.consumer} {self.token}"
        if self.client.set(self.keys.ingester, mine, nx=True, px=LOCK_MS):
            return
        held = (self.client.get(self.keys.ingester) or b"").decode()
        holder = held.split(" ")[0]
        host, _, pid = holder.rpartition(":")
        if (host == socket.gethostname() and pid.isdigit() and not _alive(int(pid))
                and self.client.set(self.keys.ingester, mine, xx=True, px=LOCK_MS, get=True)
                == held.encode()):
            logger.info("Took over the stream from ingester %s, which is gone", holder)
            return
        raise IngesterBusy(f"another ingester ({holder}) drains {self.keys.stream}")

    def close(self) -> None:
        try:
            self.client.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then "
                             "return redis.call('DEL', KEYS[1]) end return 0", 1,
                             self.keys.ingester, f"{self.consumer} {self.token}")
        except redis.RedisError:
            pass  # Redis went away: the lock expires there by itself (LOCK_MS)
        finally:
            if self._owned:
                self.database.close()

    # -- the loop -----------------------------------------------------------------------------

    def run(self, *, until_idle: bool = False, stop: Callable[[], bool] | None = None) -> None:
        """Drain the stream and close finished runs; forever, until *stop()* is true, or (with
        *until_idle*) until the stream is empty and no run has a live worker."""
        while True:
            handled = self.step()
            if handled and not self._worker_left:
                continue
            self._worker_left = False
            self.close_finished_runs()
            if stop is not None and stop():
                return
            if handled:
                continue  # a worker left mid-stream: what follows is read before idling
            if until_idle and not self.live_runs():
                return

    def step(self, *, block: bool = True) -> int:
        """Read and store one batch: ``NEWSCRAWLER_BATCH_SIZE`` entries, or what came within
        ``NEWSCRAWLER_COMMIT_INTERVAL`` of the first, as a local crawl commits; returns how
        many entries it read."""
        self._renew_lock()
        entries = self._read(self.block_ms if block else None, self.batch_size)
        deadline = time.monotonic() + self.commit_interval
        # (a worker that left may have ended its run: store what came, then look)
        while (entries and len(entries) < self.batch_size and block
               and not any(fields and fields.get(b"type") == b"worker-left"
                           for _, fields in entries)):
            left = deadline - time.monotonic()
            more = self._read(max(1, int(left * 1000)), self.batch_size - len(entries)) \
                if left > 0 else []
            if not more:
                break
            entries += more
        if entries:
            self._store(entries)
        return len(entries)

    def _read(self, block_ms: int | None, count: int) -> list[Any]:
        if self._backlog:  # what an earlier ingester took or left, before anything new
            response = self.client.xreadgroup(GROUP, self.consumer,
                                              {self.keys.stream: self._backlog}, count=count)
            entries = response[0][1] if response else []
            if entries:
                self._backlog = entries[-1][0]  # the pending list, read on from there
                return entries
            self._backlog = None
        response = self.client.xreadgroup(GROUP, self.consumer, {self.keys.stream: ">"},
                                          count=count, block=block_ms)
        return response[0][1] if response else []

    def _store(self, entries: list[tuple[bytes, dict[bytes, bytes] | None]]) -> None:
        known: list[str] = []
        failed: list[str] = []
        touched: set[str] = set()
        last = self.offset
        for raw_id, fields in entries:
            entry_id = _entry_id(raw_id)
            if entry_id <= self.offset or not fields:
                continue  # stored by a batch committed before a kill; or deleted
            last = max(last, entry_id)
            try:
                run = self._handle({k.decode(): v.decode("utf-8") for k, v in fields.items()},
                                   known, failed)
            except Exception:
                logger.exception("Could not store stream entry %s (%s of run %s)",
                                 raw_id.decode(), fields.get(b"type"), fields.get(b"run"))
                run = None
                self._count(None, statkeys.INGEST_ERRORS)
            if run:
                touched.add(run)
        for run in touched:
            sink = self.sinks.get(run)
            if sink is not None:
                self.storage.save_cluster_stats(sink.run_id, sink.stats)
        if last > self.offset:
            self.storage.set_stream_offset(self.keys.stream, f"{last[0]}-{last[1]}")
        self.database.commit()
        self.offset = last
        remember(self.client, self.keys, known=known, failed=failed)
        ids = [raw_id for raw_id, _ in entries]
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(self.keys.stream, GROUP, *ids)
        pipe.xdel(self.keys.stream, *ids)
        pipe.execute()
        self.entries += len(entries)

    def _handle(self, entry: dict[str, str], known: list[str], failed: list[str]) -> str | None:
        kind, run = entry.get("type"), entry.get("run", "")
        if kind == "run-start":
            self._sink(run, entry["site"], started_at=entry.get("data") or utc_now())
            return run
        if kind == "worker-left":
            self._worker_left = True
            return None
        if kind not in ("article", "failure"):
            raise ValueError(f"unknown entry type {kind!r}")
        data = json.loads(entry["data"])
        item: NewsArticle | PageFailure = (NewsArticle(**data) if kind == "article"
                                           else PageFailure(**data))
        sink = self._sink(run, entry.get("site") or item.site, started_at=None)
        sink.crawler.stats.inc_value(statkeys.INGEST_ENTRIES)
        result = sink.process(item)
        if isinstance(result, PageFailure):
            if result.reason in PERMANENT or permanent_http(result.http_status):
                failed.append(result.url)
        elif isinstance(item, NewsArticle):
            known.extend(dict.fromkeys([item.url, *item.urls]))  # stored, or a duplicate's
        return run

    def _sink(self, run: str, site: str, *, started_at: str | None) -> RunSink:
        sink = self.sinks.get(run)
        if sink is None:
            run_id = self.storage.start_cluster_run(run, site, started_at=started_at or utc_now())
            sink = self.sinks[run] = RunSink(self.settings, self.database, run_id, site, {})
            logger.info("%s: run %s of the cluster is run %d of the database", site, run, run_id)
        return sink

    def _count(self, run: str | None, key: str) -> None:
        sink = self.sinks.get(run or "")
        if sink is not None:
            sink.crawler.stats.inc_value(key)

    def _renew_lock(self) -> None:
        renewed = self.client.eval(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            "return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0", 1,
            self.keys.ingester, f"{self.consumer} {self.token}", LOCK_MS)
        if not renewed:
            raise IngesterBusy(f"lost the ingester lock of {self.keys.stream} (Redis restarted, "
                               "or another ingester took over after a long stall)")

    # -- runs ---------------------------------------------------------------------------------

    def workers(self, run: str) -> dict[str, str]:
        """``{worker: state}`` of a run, a worker whose beat stopped counting as ``dead``."""
        states = {k.decode(): v.decode()
                  for k, v in self.client.hgetall(self.keys.run(run, "workers")).items()}
        for worker, state in states.items():
            if state not in ("ended", "dead") and not self.client.exists(
                    self.keys.run(run, "alive", worker)):
                states[worker] = "dead"
        return states

    def live_runs(self) -> list[str]:
        """The open runs that a live worker still works on."""
        return [run for run in self.sinks
                if any(state not in ("ended", "dead") for state in self.workers(run).values())]

    def close_finished_runs(self) -> list[int]:
        """Close the rows of the runs Redis says are finished and whose workers all left;
        returns their ids."""
        closable = []
        for run in list(self.sinks):
            state = self.client.hget(self.keys.run(run), "state")
            if state is None or state == b"closed":  # lost (Redis restarted empty), or odd
                closable.append((run, "redis_state_lost"))
            elif state == b"finished" and all(s in ("ended", "dead")
                                             for s in self.workers(run).values()):
                closable.append((run, "finished"))
        if not closable:
            return []
        # Every worker wrote its items before it left: the stream must be drained past them.
        if self.step(block=False):
            return []
        return [self.close_run(run, reason) for run, reason in closable]

    def close_run(self, run: str, reason: str) -> int:
        """Judge and close run *run*'s row (*reason* as Scrapy's finish reason) and delete its
        keys in Redis; returns the row's id."""
        sink = self.sinks.pop(run)
        workers = self.workers(run)
        worker_stats = [json.loads(v) for v in
                        self.client.hgetall(self.keys.run(run, "stats")).values()]
        stats = merge_stats([sink.stats, *worker_stats])
        counts = statkeys.run_counts(stats)
        outcome, status = judge_run(reason, counts, stats)
        self.storage.finish_run(sink.run_id, finish_reason=reason, outcome=outcome,
                                exit_status=status, **counts)
        self.storage.set_run_workers(sink.run_id, list(workers))
        self.storage.save_cluster_stats(sink.run_id, stats)
        self.database.commit()
        row = self.storage.run(sink.run_id) or {}
        remember(self.client, self.keys,
                 complete={sink.site: self.storage.run_was_complete(row)})
        names = [self.keys.run(run, name) for name in RUN_KEYS]
        for worker in workers:
            names += [self.keys.run(run, "alive", worker), self.keys.run(run, "inflight", worker)]
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(*names)
        # A day's tombstone: a worker that comes late to a named run finds it over.
        pipe.hset(self.keys.run(run), "state", "closed")
        pipe.expire(self.keys.run(run), CLOSED_TTL)
        pipe.execute()
        self.closed[run] = sink.run_id
        logger.info("%s: run %d closed (%s, %d workers): %s", sink.site, sink.run_id, reason,
                    len(workers), outcome)
        return sink.run_id


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _entry_id(value: bytes | str) -> tuple[int, int]:
    text = value.decode() if isinstance(value, bytes) else value
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


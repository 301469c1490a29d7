"""A worker's part in a distributed run: joining it, beating, streaming what it finds, and
staying open while other workers may still queue requests.

``ClusterWorker`` (extension, the worker's link to Redis; the scheduler, the pipeline and the
politeness middleware take it with :meth:`ClusterWorker.of`):

- joins the running run of its site, or starts one (``scripts.JOIN``), when the scheduler
  opens; with ``NEWSCRAWLER_RUN`` set, the run of that name, and a worker that comes after it
  is over closes at once (finish reason ``run_over``); a worker that comes back under its
  own ``NEWSCRAWLER_WORKER_ID`` first puts back the requests it held;
- beats every second (``run:<id>:alive:<worker>``, its stats in ``run:<id>:stats``), and puts
  back the requests of workers whose beat stopped ``NEWSCRAWLER_WORKER_TIMEOUT`` ago;
- at ``spider_idle``, keeps the spider open (``DontCloseSpider``) until the run is finished:
  the shared queue empty, no worker holding a request, no live worker still starting; until
  then it looks at Redis every 0.1 s and wakes the engine when there is work again;
- at ``spider_closed``, leaves the run (what it still held goes back to the queue);
- when Redis stops answering (:meth:`ClusterWorker.redis_lost`), closes the spider with the
  finish reason ``redis_unreachable`` (the command exits 1) and makes no more Redis calls:
  what it held stays in its in-flight set, for its restart or the other workers.

``StreamPipeline`` is a worker's only item pipeline: each article and failure is appended to
the stream (``XADD``) for the ingester, which runs the real pipelines. ``StartDone`` (spider
middleware) tells the run when the worker's start requests are all queued.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro

from newscrawler import statkeys
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.storage import utc_now

from . import engine
from .connection import connect
from .keys import RedisKeys
from .scripts import Scripts
from .state import RedisIncremental

if TYPE_CHECKING:
    from .frontier import RedisScheduler

__all__ = ["REDIS_ERRORS", "REDIS_UNREACHABLE", "RUN_OVER", "ClusterWorker", "RedisGone",
           "StartDone", "StreamPipeline", "worker_id"]

logger = logging.getLogger(__name__)

#: The finish reason of a worker that came after its named run was over (it did nothing).
RUN_OVER = "run_over"
#: The finish reason of a worker whose Redis stopped answering.
REDIS_UNREACHABLE = "redis_unreachable"
#: What a Redis that went away raises (a refused or dropped connection, a timeout).
REDIS_ERRORS: tuple[type[Exception], ...] = (redis.ConnectionError, redis.TimeoutError)
BEAT_SECONDS = 1.0
# A worker sends its items and acknowledgements together, at most every FLUSH_SECONDS or
# OUTBOX_SIZE items: one round trip instead of one per item and one per request.
FLUSH_SECONDS = 0.05
OUTBOX_SIZE = 50
IDLE_POLL_SECONDS = 0.1


def worker_id(setting: str = "") -> str:
    """``NEWSCRAWLER_WORKER_ID``, or ``<host>:<pid>``."""
    return setting or f"{socket.gethostname()}:{os.getpid()}"


class ClusterWorker:
    def __init__(self, crawler: Crawler, client: Any, keys: RedisKeys, *, worker: str,
                 timeout: float, run_name: str = "") -> None:
        self.crawler = crawler
        self.client = client
        self.keys = keys
        self.scripts = Scripts(client)
        self.worker = worker
        self.timeout = timeout
        self.run_name = run_name
        self.run_id: str | None = None
        self._outbox: list[dict[str, str]] = []  # stream entries not sent yet
        self._done: list[bytes] = []  # finished requests not yet out of the in-flight set
        self._flushed = 0.0
        self.site = ""
        self.scheduler: RedisScheduler | None = None
        self._beat: Any = None
        self._poll: Any = None
        self.lost: str | None = None  # why Redis is taken for gone (no more calls then)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterWorker:
        settings = crawler.settings
        url = settings.get("NEWSCRAWLER_REDIS_URL")
        if not url:
            raise NotConfigured("NEWSCRAWLER_REDIS_URL is not set")
        timeout = settings.getfloat("NEWSCRAWLER_WORKER_TIMEOUT")
        if timeout < 2 * BEAT_SECONDS:
            raise ValueError(f"NEWSCRAWLER_WORKER_TIMEOUT must be at least {2 * BEAT_SECONDS} "
                             f"seconds (a worker beats every {BEAT_SECONDS} s), got {timeout}")
        extension = cls(crawler, connect(url), RedisKeys(settings.get("NEWSCRAWLER_REDIS_PREFIX")),
                        worker=worker_id(settings.get("NEWSCRAWLER_WORKER_ID")), timeout=timeout,
                        run_name=settings.get("NEWSCRAWLER_RUN") or "")
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @classmethod
    def of(cls, crawler: Crawler) -> ClusterWorker:
        extension = crawler.get_extension(cls)
        if extension is None:
            raise RuntimeError(f"the {cls.__module__}.{cls.__name__} extension is not enabled: "
                               "set NEWSCRAWLER_REDIS_URL (the Distributed add-on enables it)")
        return extension

    # -- the run ------------------------------------------------------------------------------

    def join(self, spider: Any, scheduler: RedisScheduler) -> str:
        """Join the site's run (the scheduler calls this when it opens); returns its id.
        Raises ``CloseSpider("run_over")`` when the named run (``NEWSCRAWLER_RUN``) is over."""
        self.site = getattr(spider, "site_name", None) or spider.name
        self.scheduler = scheduler
        run_id, created, back = self.scripts.join(
            args=[self.keys.prefix, self.site, self.worker, utc_now(),
                  int(self.timeout * 1000), self.run_name])
        run_id = run_id.decode() if isinstance(run_id, bytes) else str(run_id)
        if created == -1:
            logger.info("%s: run %s is over; nothing to do", self.site, run_id)
            raise CloseSpider(RUN_OVER)
        self.run_id = run_id
        logger.info("%s: worker %s %s run %s of the cluster%s", self.site, self.worker,
                    "started" if created else "joined", self.run_id,
                    f"; put back the {back} requests it held" if back else "")
        if back:
            self.crawler.stats.inc_value(statkeys.CLUSTER_REQUEUED, back)
        self._beat = create_looping_call(self.beat)
        self._beat.start(BEAT_SECONDS, now=False)
        return self.run_id

    def run_key(self, *parts: str) -> str:
        assert self.run_id is not None, "the worker joins its run when the scheduler opens"
        return self.keys.run(self.run_id, *parts)

    def start_done(self) -> None:
        """Every start request of this worker is queued (or was queued by another)."""
        self.client.hset(self.run_key("workers"), self.worker, "running")

    def push(self, item: NewsArticle | PageFailure) -> None:
        """Append *item* to the stream for the ingester (with the next :meth:`flush`)."""
        kind = "article" if isinstance(item, NewsArticle) else "failure"
        self._outbox.append({
            "type": kind, "run": self.run_id or "", "site": self.site, "worker": self.worker,
            "data": json.dumps(dataclasses.asdict(item), ensure_ascii=False)})
        self.crawler.stats.inc_value(f"{statkeys.CLUSTER_PUSHED}/{kind}")
        if len(self._outbox) >= OUTBOX_SIZE:
            self.flush()

    def flush(self, done: list[bytes] | None = None, *, force: bool = False) -> None:
        """Send the items pushed so far and drop *done* (requests the engine finished) from
        the in-flight set, in one transaction: a request leaves the in-flight set only with
        the items it produced. Without *force*, waits until there is enough to send or
        ``FLUSH_SECONDS`` passed (a request acknowledged late is only fetched again if this
        worker is killed; an item sent late is lost with it, and so is its request's ack)."""
        self._done.extend(done or ())
        if not (self._outbox or self._done):
            return
        now = time.monotonic()
        if not force and len(self._outbox) < OUTBOX_SIZE and now - self._flushed < FLUSH_SECONDS:
            return
        pipe = self.client.pipeline(transaction=True)
        for fields in self._outbox:
            pipe.xadd(self.keys.stream, fields)
        if self._done and self.scheduler is not None:
            pipe.zrem(self.scheduler.inflight_key, *self._done)
        pipe.execute()
        self._outbox, self._done, self._flushed = [], [], now

    def beat(self) -> None:
        if self.run_id is None or self.lost:
            return
        try:
            self._beat_once()
        except REDIS_ERRORS as exc:
            self.redis_lost(exc)

    def redis_lost(self, exc: Exception) -> None:
        """Redis stopped answering: close the spider (``redis_unreachable``, exit 1) and make
        no more calls. A worker cannot go on without the shared frontier; what it held
        stays in its in-flight set, put back when it restarts or by the other workers."""
        if self.lost:
            return
        self.lost = f"{type(exc).__name__}: {exc}"
        logger.error("%s: Redis does not answer (%s); this worker stops: start it again when "
                     "Redis is back", self.site or "worker", self.lost)
        self._stop_polling()
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        engine_ = getattr(self.crawler, "engine", None)
        if engine_ is not None:
            deferred_from_coro(engine_.close_spider_async(reason=REDIS_UNREACHABLE))

    def _beat_once(self) -> None:
        pipe = self.client.pipeline(transaction=False)
        pipe.set(self.run_key("alive", self.worker), "1", px=int(self.timeout * 1000))
        pipe.hset(self.run_key("stats"), self.worker, json.dumps(self._numeric_stats()))
        pipe.execute()
        back = self.scripts.reclaim(args=[self.keys.prefix, self.run_id])
        if back:
            logger.warning("%s: put back %d requests of workers that stopped beating", self.site,
                           back)
            self.crawler.stats.inc_value(statkeys.CLUSTER_REQUEUED, back)
            engine.wake(self.crawler)
        if self.scheduler is not None:
            self.scheduler.acknowledge(force=True)

    def finished(self) -> bool:
        """Whether the run is finished (marks it so when this worker sees it is)."""
        return bool(self.scripts.finish(args=[self.keys.prefix, self.run_id, utc_now()]))

    # -- signals ------------------------------------------------------------------------------

    def spider_opened(self, spider: Any) -> None:
        # Before start(): the spider reads what to skip from Redis, not from a database.
        site = spider.site
        spider.incremental = RedisIncremental.from_redis(
            self.client, self.keys, site.name, refresh=spider.refresh, since=spider.since,
            stop_at_known=site.stop_at_known)

    def spider_idle(self, spider: Any) -> None:
        if self.run_id is None:
            return
        if self.lost:
            raise DontCloseSpider  # it is closing already, as redis_unreachable
        try:
            if self.scheduler is not None:
                self.scheduler.acknowledge(force=True)
            finished = self.finished()
        except REDIS_ERRORS as exc:
            self.redis_lost(exc)
            raise DontCloseSpider from None
        if finished:
            self._stop_polling()
            return
        if self._poll is None:
            self._poll = create_looping_call(self._look)
            self._poll.start(IDLE_POLL_SECONDS, now=False)
        raise DontCloseSpider

    def _look(self) -> None:
        """While idle: wake the engine when the queue has work or the run is finished."""
        try:
            work = self.client.zcard(self.run_key("queue")) or self.finished()
        except REDIS_ERRORS as exc:
            self.redis_lost(exc)
            return
        if work:
            self._stop_polling()
            engine.wake(self.crawler)

    def _stop_polling(self) -> None:
        if self._poll is not None and self._poll.running:
            self._poll.stop()
        self._poll = None

    def spider_closed(self, spider: Any, reason: str) -> None:
        self._stop_polling()
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        if self.run_id is None or self.lost:
            return
        if self.scheduler is not None:
            self.scheduler.acknowledge(force=True)
        self.flush(force=True)  # what an interrupted worker produced (its requests go back)
        self.client.hset(self.run_key("stats"), self.worker,
                         json.dumps(self._numeric_stats()))
        back = self.scripts.leave(args=[self.keys.prefix, self.run_id, self.worker])
        if back:
            logger.info("%s: put back %d requests not finished (%s)", self.site, back, reason)

    def _numeric_stats(self) -> dict[str, float]:
        stats = self.crawler.stats.get_stats()
        return {key: value for key, value in stats.items()
                if isinstance(value, (int, float)) and not isinstance(value, bool)}


class StreamPipeline:
    """A worker's item pipeline: articles and failures to the stream, for the ingester."""

    def __init__(self, worker: ClusterWorker) -> None:
        self.worker = worker

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StreamPipeline:
        return cls(ClusterWorker.of(crawler))

    def process_item(self, item: object) -> object:
        if isinstance(item, (NewsArticle, PageFailure)) and not self.worker.lost:
            try:
                self.worker.push(item)
            except REDIS_ERRORS as exc:  # its request stays in flight: fetched again
                self.worker.redis_lost(exc)
        return item


class StartDone:
    """Spider middleware: the run is not finished while a live worker still starts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StartDone:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in start:
            yield item_or_request
        ClusterWorker.of(self.crawler).start_done()


class RedisGone:
    """Spider middleware: a Redis error in a callback (the lookups of the incremental state)
    stops the worker (:meth:`ClusterWorker.redis_lost`) instead of a traceback per page."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisGone:
        return cls(crawler)

    def process_spider_exception(self, response: Any, exception: Exception) -> list[Any] | None:
        if isinstance(exception, REDIS_ERRORS):
            ClusterWorker.of(self.crawler).redis_lost(exception)
            return []
        return None

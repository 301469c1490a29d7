"""scrapy-redis's scheduler and dupefilter for runs of a scheduled crawl, and the fixes they
need on Scrapy 2.19 (scrapy-redis 0.9.1 was tested up to Scrapy 2.11).

``RedisScheduler`` is scrapy-redis's ``Scheduler`` over its ``PriorityQueue`` and
``RFPDupeFilter`` (their request encoding, fingerprints and queue order), changed where it does
not fit a crawl that runs again every hour with workers that can be killed:

- **Keys per run, not per spider.** scrapy-redis names its keys after the spider
  (``portal:requests``, ``portal:dupefilter``): every site would share one queue, and the
  persistent seen-set would block list pages on the next scheduled run (its issues #120 and
  #302). Here the queue and the seen-set belong to the run (``run:<id>:queue``,
  ``run:<id>:seen``): within a run no URL is fetched twice by any worker; the next run fetches
  the list pages again, and skips known articles through the known set (``state.py``).
- **Nothing is flushed when a worker closes.** ``Scheduler.close`` and ``RFPDupeFilter.close``
  delete the queue and the seen-set unless ``SCHEDULER_PERSIST``; with several workers, the
  first to finish would wipe the others' frontier. The ingester deletes a run's keys when it
  closes the run's row.
- **Enqueue in one step.** ``enqueue_request`` adds the fingerprint and then the request in two
  calls; a worker killed between them loses the request for the whole run. ``scripts.ENQUEUE``
  does both at once.
- **A taken request is kept until it is done.** ``PriorityQueue.pop`` removes the request; a
  worker killed before it finished loses it. ``scripts.POP`` moves it to the worker's
  in-flight set, and :meth:`RedisScheduler.acknowledge` removes it once the engine is done with
  it (its items are in the stream, its requests in the queue). A killed worker's in-flight set
  goes back to the queue (``scripts.RECLAIM``, or ``scripts.JOIN`` when it comes back).
- **First in, first out within a priority**, as Scrapy's own scheduler (``_score``).
- **Round trips per batch, not per request.** A list page's requests go to Redis in one call
  (before the list page itself is acknowledged, so a killed worker loses none of them), and a
  worker takes as many requests at once as its downloader has room for. One call per request
  each way cost a worker 16% of its time on a local portal.
- **No deprecated calls.** Its stats calls pass ``spider=``, which Scrapy 2.19 warns about on
  every request.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from . import engine
from .worker import REDIS_ERRORS, ClusterWorker

__all__ = ["RedisScheduler", "RunDupeFilter"]

logger = logging.getLogger(__name__)


class RunDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter on the run's seen-set, which outlives any one worker."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunDupeFilter:
        raise TypeError("RunDupeFilter is made by RedisScheduler, with the run's seen-set")

    def close(self, reason: str = "") -> None:
        pass  # the set is the run's, shared with the other workers: the ingester deletes it


class RedisScheduler(Scheduler):
    def __init__(self, crawler: Crawler, worker: ClusterWorker) -> None:
        super().__init__(server=worker.client, persist=True, serializer=picklecompat)
        self.crawler = crawler
        self.stats = crawler.stats
        self.worker = worker
        self.debug = crawler.settings.getbool("DUPEFILTER_DEBUG")
        self.inflight_key = ""
        self._taken: dict[Request, bytes] = {}
        # requests of the spider not yet sent to Redis: (request, fingerprint, score, data)
        self._outgoing: list[tuple[Request, str, float, bytes]] = []
        # requests taken from the queue (already in the in-flight set) not yet handed out
        self._ready: deque[tuple[Request, bytes]] = deque()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        return cls(crawler, ClusterWorker.of(crawler))

    def open(self, spider: Any) -> None:
        self.spider = spider
        # Made before joining: a worker whose named run is over closes at once (CloseSpider),
        # and Scrapy still calls the scheduler while it does.
        self.queue = PriorityQueue(self.server, spider, "", serializer=self.serializer)
        self.df = RunDupeFilter(self.server, key="", debug=self.debug)
        run_id = self.worker.join(spider, self)
        self.queue.key = self.worker.run_key("queue")
        self.df.key = self.worker.run_key("seen")
        self.inflight_key = self.worker.run_key("inflight", self.worker.worker)
        waiting = len(self.queue)
        if waiting:
            logger.info("Run %s has %d requests queued: joining them", run_id, waiting)

    def close(self, reason: str) -> None:
        # An interrupted worker keeps what it held in flight: leaving the run puts it back.
        if reason == "finished" and not self.worker.lost:
            self.acknowledge(force=True)

    def enqueue_request(self, request: Request) -> bool:
        """Keep *request* for the next :meth:`send` (True: whether the run has seen it is
        known only then; a request seen before is counted and logged by the dupefilter)."""
        if not self.inflight_key:
            return False  # not in a run (its run was over)
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        self._outgoing.append((request, fingerprint, _score(request.priority),
                               self.queue._encode_request(request)))
        return True

    def send(self) -> int:
        """Put the requests kept by :meth:`enqueue_request` in the run's queue, in one call;
        returns how many were new to the run."""
        if not self._outgoing:
            return 0
        outgoing, self._outgoing = self._outgoing, []
        args = [value for _, *values in outgoing for value in values]
        queued = self.worker.scripts.enqueue(keys=[self.df.key, self.queue.key], args=args)
        for (request, *_), new in zip(outgoing, queued, strict=True):
            if not new:
                self.df.log(request, self.spider)
        added = sum(1 for new in queued if new)
        self.stats.inc_value("scheduler/enqueued/redis", added)
        return added

    def has_pending_requests(self) -> bool:
        if self.worker.lost:
            return True  # not idle: closing as redis_unreachable, not as finished
        if self._outgoing or self._ready:
            return True
        try:
            return len(self.queue) > 0
        except REDIS_ERRORS as exc:
            self.worker.redis_lost(exc)
            return True

    def next_request(self) -> Request | None:
        if not self.inflight_key or self.worker.lost:
            return None
        try:
            return self._next_request()
        except REDIS_ERRORS as exc:
            self.worker.redis_lost(exc)
            return None

    def _next_request(self) -> Request | None:
        self.acknowledge()
        if not self._ready:
            # Take no more than the downloader can soon send: Scrapy's engine takes up to
            # CONCURRENT_REQUESTS while a site's slot sends CONCURRENT_REQUESTS_PER_DOMAIN,
            # and the rest would wait here, out of the other workers' reach, with list pages
            # behind articles (the engine asks again when a download ends).
            room = engine.download_room(self.crawler)
            if room <= 0:
                return None
            taken = self.worker.scripts.pop(keys=[self.queue.key, self.inflight_key],
                                            args=[room])
            self._ready.extend((self.queue._decode_request(data), data) for data in taken)
            if not self._ready:
                return None
        request, data = self._ready.popleft()
        self._taken[request] = data
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def acknowledge(self, *, force: bool = False) -> int:
        """Send the spider's new requests (:meth:`send`), then drop from the in-flight set the
        requests the engine is done with, with the items they produced
        (:meth:`ClusterWorker.flush`); returns how many. In that order: a request leaves the
        in-flight set only once the requests it produced are in the queue."""
        self.send()
        busy = engine.in_progress(self.crawler) if self._taken else None
        done = [] if busy is None else [r for r in self._taken if r not in busy]
        self.worker.flush([self._taken.pop(r) for r in done], force=force)
        return len(done)


def _score(priority: int) -> float:
    """The queue's order: by priority, then first in first out across every worker.

    scrapy-redis scores a request ``-priority`` alone, so Redis orders requests of one priority
    by their pickled bytes, i.e. by URL: a list page's next page came after every article of its
    depth (``/art/...`` sorts before ``/news/index_3.html``), and the workers ran dry while it
    was fetched. Scrapy's own scheduler is FIFO within a priority: the wall clock, in a fraction
    that stays below one priority step for 30 years, makes it so here.
    """
    return -priority + (time.time() % 1e9) / 1e9 * 0.999

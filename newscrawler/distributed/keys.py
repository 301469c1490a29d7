"""Every Redis key of a distributed crawl, by name, under one prefix (``NEWSCRAWLER_REDIS_PREFIX``).

>>> keys = RedisKeys("newscrawler")
>>> keys.stream                       # 'newscrawler:stream': items, failures and run starts
>>> keys.run("1733050000-7", "queue") # the frontier of that run

Keys of the prefix:

======================== ====== =====================================================
``stream``               stream items and failures for the ingester (consumer group ``ingest``)
``known``                set    digests of every URL an article is stored under
``failed``               set    digests of the URLs that failed for good
``complete``             hash   site -> ``1`` when its last run completed (else a full walk)
``site:<site>:run``      string the run a worker of *site* joins
``run-seq``              string a counter of runs; a run id is ``<Redis time>-<count>``
``ingester``             string who drains the stream (one ingester at a time)
``host:<host>``          string the next time a request may leave for *host* (µs)
``run:<id>``             hash   state (running, finished), site, started_at, finished_at
``run:<id>:queue``       zset   the run's frontier (scrapy-redis PriorityQueue)
``run:<id>:seen``        set    request fingerprints of the run (scrapy-redis RFPDupeFilter)
``run:<id>:workers``     hash   worker -> starting, running, ended or dead
``run:<id>:alive:<w>``   string present while worker *w* beats
``run:<id>:inflight:<w>`` zset  requests *w* took from the queue and has not finished
``run:<id>:stats``       hash   worker -> its crawl stats (JSON)
======================== ====== =====================================================

Everything of a run is deleted when the ingester closes its row. Keys are built inside the
Lua scripts too, so the Redis must be a single server (or a replicated one), not a cluster.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["RUN_KEYS", "RedisKeys", "url_digest"]

#: The keys of a run (``run:<id>:<name>``), deleted together when its row is closed;
#: per-worker keys (``alive``, ``inflight``) are found from ``workers``.
RUN_KEYS = ("queue", "seen", "workers", "stats")


def url_digest(url: str) -> bytes:
    """What the ``known`` and ``failed`` sets hold for *url*: 12 bytes of BLAKE2b, a third
    of a typical URL's size, with a chance of two URLs colliding below 10⁻¹⁴ at ten million
    URLs."""
    return hashlib.blake2b(url.encode("utf-8"), digest_size=12).digest()


@dataclass(frozen=True)
class RedisKeys:
    prefix: str

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def stream(self) -> str:
        return self.key("stream")

    @property
    def known(self) -> str:
        return self.key("known")

    @property
    def failed(self) -> str:
        return self.key("failed")

    @property
    def complete(self) -> str:
        return self.key("complete")

    @property
    def ingester(self) -> str:
        return self.key("ingester")

    def site_run(self, site: str) -> str:
        return self.key("site", site, "run")

    def host(self, host: str) -> str:
        return self.key("host", host)

    def run(self, run_id: str, *parts: str) -> str:
        return self.key("run", run_id, *parts)

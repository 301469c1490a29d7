"""What a worker skips, read from Redis; and how the ingester keeps it there.

A worker has no database. The ingester puts in Redis what a scheduled run must know:
``known`` (every URL an article is stored under), ``failed`` (URLs that failed for good) and
``complete`` (whether a site's last run completed, else the next walks every list page). It
seeds them from the database when it starts, and adds what each batch stored once the batch
is committed. URLs are kept as 12-byte digests (:func:`~.keys.url_digest`).

>>> incremental = RedisIncremental.from_redis(client, keys, "demo-en", refresh=False)
>>> incremental.is_known(url)
>>> seed_state(client, keys, storage)          # the ingester, at start
>>> remember(client, keys, known=[...], failed=[...])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from newscrawler.incremental import Incremental
from newscrawler.storage import Storage

from .keys import RedisKeys, url_digest

__all__ = ["RedisIncremental", "remember", "seed_state"]


@dataclass
class RedisIncremental(Incremental):
    """:class:`~newscrawler.incremental.Incremental` with its lookups in Redis (its
    ``storage`` is None: a worker has no database)."""

    client: Any = None
    keys: RedisKeys | None = None
    _last: tuple[str, tuple[bool, bool]] | None = None

    @classmethod
    def from_redis(cls, client: Any, keys: RedisKeys, site: str, *, refresh: bool = False,
                   since: date | None = None, stop_at_known: bool = True) -> RedisIncremental:
        complete = client.hget(keys.complete, site) == b"1"
        return cls(None, site, refresh=refresh, since=since,  # type: ignore[arg-type]
                   stop_at_known=stop_at_known, full_walk=refresh or not complete,
                   client=client, keys=keys)

    def is_known(self, url: str) -> bool:
        return not self.refresh and self._lookup(url)[0]

    def failed_for_good(self, url: str) -> bool:
        return not self.refresh and self._lookup(url)[1]

    def _lookup(self, url: str) -> tuple[bool, bool]:
        """``(known, failed for good)``, in one round trip; the spider asks both of a new link
        in a row, so the last answer is kept."""
        if self._last is None or self._last[0] != url:
            assert self.keys is not None
            digest = url_digest(url)
            pipe = self.client.pipeline(transaction=False)
            pipe.sismember(self.keys.known, digest)
            pipe.sismember(self.keys.failed, digest)
            known, failed = pipe.execute()
            self._last = (url, (bool(known), bool(failed)))
        return self._last[1]


def remember(client: Any, keys: RedisKeys, *, known: Iterable[str] = (),
             failed: Iterable[str] = (), complete: dict[str, bool] | None = None) -> None:
    """Add committed URLs to the shared sets (and set sites' completeness), in one round trip."""
    known_digests = [url_digest(url) for url in known]
    failed_digests = [url_digest(url) for url in failed]
    if not (known_digests or failed_digests or complete):
        return
    pipe = client.pipeline(transaction=False)
    if known_digests:
        pipe.sadd(keys.known, *known_digests)
    if failed_digests:
        pipe.sadd(keys.failed, *failed_digests)
    if complete:
        pipe.hset(keys.complete, mapping={site: int(done) for site, done in complete.items()})
    pipe.execute()


def seed_state(client: Any, keys: RedisKeys, storage: Storage) -> tuple[int, int]:
    """Put the database's known and failed URLs, and each site's last run's completeness, in
    Redis (idempotent); returns ``(known, failed)`` URLs sent."""
    counts = [0, 0]
    for index, chunks in enumerate((storage.iter_known_urls(),
                                    storage.iter_failed_for_good())):
        for urls in chunks:
            remember(client, keys, **{("known", "failed")[index]: urls})
            counts[index] += len(urls)
    remember(client, keys, complete=storage.sites_last_run_complete())
    return counts[0], counts[1]

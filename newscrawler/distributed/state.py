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
from dataclasses import dataclass, field
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
    # (known, failed for good) of the current list page's links, fetched by look_up()
    _answers: dict[str, tuple[bool, bool]] = field(default_factory=dict)

    @classmethod
    def from_redis(cls, client: Any, keys: RedisKeys, site: str, *, refresh: bool = False,
                   since: date | None = None, stop_at_known: bool = True) -> RedisIncremental:
        complete = client.hget(keys.complete, site) == b"1"
        return cls(None, site, refresh=refresh, since=since,  # type: ignore[arg-type]
                   stop_at_known=stop_at_known, full_walk=refresh or not complete,
                   client=client, keys=keys)

    def look_up(self, urls: list[str]) -> None:
        """Ask Redis about all of a list page's article links in one round trip (one each
        cost a blocking round trip per link: 5 % of a worker's CPU against a local Redis,
        and the network's latency per link against a remote one)."""
        self._answers = self._fetch(list(dict.fromkeys(urls))) if urls else {}

    def is_known(self, url: str) -> bool:
        return not self.refresh and self._lookup(url)[0]

    def failed_for_good(self, url: str) -> bool:
        return not self.refresh and self._lookup(url)[1]

    def _lookup(self, url: str) -> tuple[bool, bool]:
        """``(known, failed for good)``: from the list page's answers, else one round trip
        (the spider asks both of a link in a row, so that answer is kept too)."""
        answer = self._answers.get(url)
        if answer is None:
            self._answers = self._fetch([url])
            answer = self._answers[url]
        return answer

    def _fetch(self, urls: list[str]) -> dict[str, tuple[bool, bool]]:
        assert self.keys is not None
        digests = [url_digest(url) for url in urls]
        pipe = self.client.pipeline(transaction=False)
        pipe.smismember(self.keys.known, digests)
        pipe.smismember(self.keys.failed, digests)
        known, failed = pipe.execute()
        return {url: (bool(k), bool(f)) for url, k, f in zip(urls, known, failed, strict=True)}


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

"""The two things a worker needs from Scrapy's engine that it does not publish.

Scrapy's scheduler interface has no "request done" call, and an idle engine looks at its
scheduler again only on its 5-second heartbeat. A worker needs both: a request it took from
the shared queue stays in its in-flight set until every item and request it produced is in
Redis (so a killed worker's work is done again), and an idle worker must notice at once that
another worker queued requests or finished the run. Both read the engine's slot; if a Scrapy
version renames it, :func:`in_progress` returns None (requests are then acknowledged only when
the worker closes: a killed worker's whole share is fetched again, nothing is lost) and
:func:`wake` does nothing (idle workers poll at the heartbeat).
"""

from __future__ import annotations

from typing import Any

__all__ = ["download_room", "in_progress", "wake"]


def in_progress(crawler: Any) -> set[Any] | None:
    """The requests the engine is downloading or whose output it is still processing."""
    slot = getattr(getattr(crawler, "_engine", None), "_slot", None)
    requests = getattr(slot, "inprogress", None)
    return requests if isinstance(requests, set) else None


def wake(crawler: Any) -> None:
    """Have the engine ask its scheduler for requests now."""
    slot = getattr(getattr(crawler, "_engine", None), "_slot", None)
    nextcall = getattr(slot, "nextcall", None)
    if nextcall is not None:
        nextcall.schedule()


#: Taken from the queue at once when the downloader's room is unknown (before its first slot).
FIRST_TAKE = 1


def download_room(crawler: Any) -> int:
    """How many more requests the downloader should hold: twice as many as its slots send at
    once (one waiting per request being sent, so a slot that frees never waits on Redis, and
    no more: the rest stay where other workers reach them), within the engine's
    ``CONCURRENT_REQUESTS``, less what it holds (:data:`FIRST_TAKE` when unknown). Its
    ``active`` set grows as the engine hands it a request; a slot's queue only once the
    downloader middlewares have run."""
    downloader = getattr(getattr(crawler, "engine", None), "downloader", None)
    slots, active = getattr(downloader, "slots", None), getattr(downloader, "active", None)
    if not isinstance(slots, dict) or not slots or not isinstance(active, set):
        return FIRST_TAKE
    limit = 2 * sum(getattr(slot, "concurrency", 1) for slot in slots.values())
    total = getattr(downloader, "total_concurrency", None)
    if isinstance(total, int) and total > 0:
        limit = min(limit, total)
    return limit - len(active)

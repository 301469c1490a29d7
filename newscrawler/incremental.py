"""What a scheduled run skips: known articles, articles older than ``--since``, and the
pagination behind a list page that brought nothing new; and what it fetches again: the
articles earlier runs failed on in a way another try may fix.

The state is the database (``article_urls``, ``crawl_runs``, ``failures``), never memory, so
a killed run is simply completed by the next one: when a site's previous run did not finish
cleanly, the next run walks every list page instead of stopping at the first known one. A
run stopped at a limit (``newscrawler/limits.py``) counts as finished, or a trap would be
walked from its start again. Earlier failures are fetched from the ``failures`` table, not
found again on list pages: paging may stop before the page that listed them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from posixpath import dirname
from urllib.parse import urlsplit

from newscrawler.extract.dates import find_dates
from newscrawler.storage import Storage

__all__ = ["Incremental", "listed_date", "same_list", "parse_since"]

logger = logging.getLogger(__name__)


def parse_since(value: str | date | None) -> date | None:
    """``--since`` as a date: ``2018-05-28`` (or any form :func:`find_dates` reads)."""
    if value is None or isinstance(value, date):
        return value
    stamps = find_dates(value, limit=1)
    if not stamps:
        raise ValueError(f"--since {value!r} is not a date (use YYYY-MM-DD)")
    return stamps[0].moment.date()


def listed_date(text: str) -> date | None:
    """The date a list entry shows next to its link, if any."""
    stamps = find_dates(text, limit=1) if text else []
    return stamps[0].moment.date() if stamps else None


def same_list(url: str, page_url: str) -> bool:
    """Whether *url* is another page of the list at *page_url* (same folder): that is the
    pagination to stop; links to other channels' folders are still followed."""
    return dirname(urlsplit(url).path) == dirname(urlsplit(page_url).path)


@dataclass
class Incremental:
    storage: Storage
    site: str
    refresh: bool = False
    since: date | None = None
    stop_at_known: bool = True
    full_walk: bool = False
    retry_failed: int = 0  # NEWSCRAWLER_RETRY_FAILED

    @classmethod
    def for_run(cls, storage: Storage, site: str, *, run_id: int | None, refresh: bool = False,
                since: date | None = None, stop_at_known: bool = True,
                retry_failed: int = 0) -> Incremental:
        previous = storage.previous_run(site, before=run_id)
        full_walk = refresh or previous is None or not storage.run_was_complete(previous)
        if previous is not None and full_walk and not refresh:
            logger.info("%s: the previous run (%s, started %s) did not complete; walking every "
                        "list page", site, previous["id"], previous["started_at"])
        return cls(storage, site, refresh=refresh, since=since, stop_at_known=stop_at_known,
                   full_walk=full_walk, retry_failed=retry_failed)

    def earlier_failures(self) -> list[str]:
        """Article URLs earlier runs failed on that another try may fix (a timeout, a 500),
        until they have failed in ``retry_failed`` runs."""
        if not self.retry_failed:
            return []
        return self.storage.retryable_failures(self.site, max_runs=self.retry_failed)

    def look_up(self, urls: list[str]) -> None:
        """A list page's article links, before they are asked about one by one: where the
        answers are remote (Redis), they are fetched here in one round trip."""

    def is_known(self, url: str) -> bool:
        return not self.refresh and self.storage.article_id_for_url(url) is not None

    def failed_for_good(self, url: str) -> bool:
        return not self.refresh and self.storage.failed_for_good(url)

    def is_too_old(self, shown: date | None) -> bool:
        return self.since is not None and shown is not None and shown < self.since

    def stop_paging(self, *, article_links: int, unknown: int, too_old: int) -> bool:
        """Whether to leave this list's further pages unvisited."""
        if not article_links:
            return False  # a home or channel index: always followed
        if too_old and too_old == article_links:
            return True  # lists are newest first: everything further is older still
        return self.stop_at_known and not self.full_walk and unknown == 0

"""Who owns the database during a crawl, and for how long.

A :class:`Database` is the one open writer of a database file in a process: the crawl lock
(``news.db.lock``), the :class:`~newscrawler.storage.Storage` connection with its batches,
the JSON lines mirror that follows every commit, and the repost index. Nothing else opens,
commits or closes it.

The :class:`CrawlDatabase` extension is a crawl's link to it: it opens the database (or is
handed the process's), owns the crawl's ``crawl_runs`` row and commits on a clock. The
spider and the pipelines take it from the crawler (:meth:`CrawlDatabase.of`) and call it.

Lifetimes, by signal::

                      newscrawler crawl / demo                scrapy crawl, Scrapyd
    Database.open     the runner, before the crawlers start   spider_opened
    run row opened    spider_opened (committed at once, so a killed run shows)
    items stored      pipelines, between spider_opened and spider_closed
    commits           a full batch, the clock (NEWSCRAWLER_COMMIT_INTERVAL), the run's end
    run row closed    spider_closed, with the counts of the crawl's stats
    Database.close    the runner, after the last crawler       spider_closed

Pipelines' ``open_spider`` and ``close_spider`` come before ``spider_opened`` and before
``spider_closed``: no pipeline needs the database then. An ingester (items from a queue
instead of a spider) opens a :class:`Database` the same way and stores through its
``storage``; it needs no spider.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import create_looping_call

from newscrawler import statkeys
from newscrawler.exit_status import ExitStatus
from newscrawler.extensions.health import HealthChecks
from newscrawler.items import NewsArticle
from newscrawler.limits import is_limit_reason, stopped_at
from newscrawler.reposts import RepostIndex
from newscrawler.storage import Storage, lock
from newscrawler.storage.jsonl import JsonLinesWriter

__all__ = ["CrawlDatabase", "Database", "judge_run", "output_paths"]

logger = logging.getLogger(__name__)

# The attribute of a crawler that holds the process's Database (CrawlDatabase.share).
_SHARED = "newscrawler_database"


def output_paths(settings: BaseSettings) -> tuple[Path, Path | None]:
    """``(database, JSON lines file or None)``: ``NEWSCRAWLER_DB`` and ``NEWSCRAWLER_JSONL``,
    each defaulting to a file in ``NEWSCRAWLER_OUTPUT_DIR``; the JSON lines may be ``off``."""
    folder = Path(settings.get("NEWSCRAWLER_OUTPUT_DIR"))
    db = settings.get("NEWSCRAWLER_DB") or ""
    if str(db).lower() == "off":
        raise ValueError("NEWSCRAWLER_DB cannot be 'off': the database holds the dedupe state")
    jsonl = settings.get("NEWSCRAWLER_JSONL") or ""
    return (Path(db) if db else folder / "news.db",
            None if str(jsonl).lower() == "off" else Path(jsonl) if jsonl
            else folder / "articles.jsonl")


class Database:
    """The open database of a process: ``Database.open("output/news.db", jsonl=...)``.

    Takes the crawl lock first (:class:`~newscrawler.storage.lock.DatabaseLocked` if another
    process holds it). :meth:`commit` is the only commit: the storage's, then the JSON lines
    mirror's append of what it stored.
    """

    def __init__(self, storage: Storage, crawl_lock: lock.CrawlLock,
                 mirror: JsonLinesWriter | None) -> None:
        self.storage = storage
        self.mirror = mirror
        self.reposts: RepostIndex | None = None
        self._lock = crawl_lock

    @classmethod
    def open(cls, path: str | Path, *, jsonl: str | Path | None = None,
             **storage_options: Any) -> Database:
        """``Database.open("output/news.db", jsonl="output/articles.jsonl", batch_size=200,
        commit_interval=1.0)``"""
        path = Path(path)
        crawl_lock = lock.acquire(path)
        try:
            storage = Storage.open(path, **storage_options)
            database = cls(storage, crawl_lock, JsonLinesWriter(Path(jsonl)) if jsonl else None)
        except BaseException:
            crawl_lock.release()
            raise
        database._sync()  # the tail a killed crawl committed but did not mirror
        return database

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Database:
        db, jsonl = output_paths(settings)
        return cls.open(db, jsonl=jsonl, batch_size=settings.getint("NEWSCRAWLER_BATCH_SIZE"),
                        commit_interval=settings.getfloat("NEWSCRAWLER_COMMIT_INTERVAL"))

    def open_reposts(self, *, threshold: float, max_candidates: int) -> int:
        """Start the repost index (once); returns how many stored articles it had to index."""
        if self.reposts is not None:
            return 0
        self.reposts = RepostIndex(self.storage, threshold=threshold,
                                   max_candidates=max_candidates)
        backlog = self.reposts.catch_up()
        if backlog:
            logger.info("Indexed %d stored articles for near-duplicate detection", backlog)
        return backlog

    def commit(self) -> int:
        """End the open batch; returns the JSON lines written after it."""
        self.storage.commit()
        return self._sync()

    def maybe_commit(self) -> int:
        """Commit when the batch is full or old enough; returns the JSON lines written."""
        return self._sync() if self.storage.maybe_commit() else 0

    def close(self) -> None:
        if self.reposts is not None:
            self.reposts.catch_up()  # the last articles stored
        self.commit()
        self.storage.close()
        self._lock.release()

    def _sync(self) -> int:
        return self.mirror.sync(self.storage) if self.mirror is not None else 0


class CrawlDatabase:
    """Extension: a crawl's database and its run row (see the module's lifetimes)."""

    def __init__(self, crawler: Crawler, *, reposts: Mapping[str, Any] | None) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        #: RepostIndex options, or None when NEWSCRAWLER_NEARDUP_ENABLED is off
        self.repost_options = reposts
        self.database: Database | None = getattr(crawler, _SHARED, None)
        self._owned = self.database is None
        self.run_id: int | None = None
        self._clock: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDatabase:
        extension = cls(crawler, reposts=_repost_options(crawler.settings))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @staticmethod
    def share(crawler: Crawler, database: Database) -> None:
        """Give *crawler* the process's open *database* (before ``crawl()``): crawlers of one
        process write to one database through one connection, and the runner closes it."""
        setattr(crawler, _SHARED, database)

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlDatabase:
        """The crawl's :class:`CrawlDatabase` (the spider and the pipelines call this)."""
        extension = crawler.get_extension(cls)
        if extension is None:
            raise RuntimeError(f"the {cls.__module__}.{cls.__name__} extension is not enabled "
                               "(EXTENSIONS): the spider and the pipelines store through it")
        return extension

    @property
    def storage(self) -> Storage:
        assert self.database is not None, "the database opens at spider_opened"
        return self.database.storage

    @property
    def reposts(self) -> RepostIndex | None:
        return self.database.reposts if self.database is not None else None

    # -- signals ------------------------------------------------------------------------------

    def spider_opened(self, spider: Any) -> None:
        if self.database is None:
            try:
                self.database = Database.from_settings(self.crawler.settings)
            except lock.DatabaseLocked as exc:
                logger.error("%s; not starting a second one", exc)
                self.stats.set_value(statkeys.EXIT_STATUS, int(ExitStatus.LOCKED))
                raise CloseSpider("database_locked") from None
        if self.repost_options is not None:
            backlog = self.database.open_reposts(**self.repost_options)
            if backlog:
                self.stats.inc_value(statkeys.NEARDUP_INDEXED, backlog)
        site = getattr(spider, "site_name", None) or spider.name
        self.run_id = self.storage.start_run(site)
        self.commit()
        self.stats.set_value(statkeys.RUN_ID, self.run_id)
        # Commit on a clock too, so a slow crawl's articles do not wait for a full batch.
        self._clock = create_looping_call(self.maybe_commit)
        self._clock.start(self.storage.commit_interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        # Every pipeline's close_spider has run, and the stats are final but for Scrapy's
        # closing ones.
        if self._clock is not None and self._clock.running:
            self._clock.stop()
        if self.database is None:
            return
        if self.run_id is not None:
            stats = self.stats.get_stats()
            counts = statkeys.run_counts(stats)
            outcome, exit_status = judge_run(reason, counts, stats)
            outcome, exit_status = self._judge_health(spider, outcome, exit_status)
            self.storage.finish_run(self.run_id, finish_reason=reason, outcome=outcome,
                                    exit_status=exit_status, **counts)
            self.stats.set_value(statkeys.OUTCOME, outcome)
            self.stats.set_value(statkeys.EXIT_STATUS, int(exit_status))
        if self._owned:
            self.database.close()
        else:
            self.commit()

    def _judge_health(self, spider: Any, outcome: str, exit_status: ExitStatus
                      ) -> tuple[str, ExitStatus]:
        """The run's health checks (``newscrawler/extensions/health.py``) may turn an ok run
        ``degraded``; one that cannot be judged is logged, and its row still closed."""
        checks = HealthChecks.of(self.crawler)
        if checks is None or self.run_id is None:
            return outcome, exit_status
        try:
            return checks.judge(spider, self.storage, self.run_id, outcome=outcome,
                                exit_status=exit_status)
        except Exception:
            logger.exception("The health checks of run %d failed", self.run_id)
            return outcome, exit_status

    # -- what the spider and pipelines call -----------------------------------------------------

    def commit(self) -> None:
        assert self.database is not None
        self._count_lines(self.database.commit())

    def maybe_commit(self) -> None:
        assert self.database is not None
        self._count_lines(self.database.maybe_commit())

    def update_article(self, article_id: int, article: NewsArticle) -> None:
        """Replace a stored article's content (a ``--refresh`` found it changed), and its
        repost keys: later articles are compared with the new text (its own
        ``duplicate_of`` stays as it was)."""
        self.storage.update_article(article_id, article)
        if self.reposts is not None:
            self.reposts.reindex(article_id, article.body)
            self.stats.inc_value(statkeys.NEARDUP_REINDEXED)

    def _count_lines(self, lines: int) -> None:
        if lines:
            self.stats.inc_value(statkeys.JSONL_LINES, lines)


def judge_run(reason: str, counts: Mapping[str, int], stats: Mapping[str, Any]
              ) -> tuple[str, ExitStatus]:
    """A run's outcome in words and its exit status: non-zero when cron should notice.

    A run closed by a limit (``CLOSESPIDER_*``) or that left links unfollowed at one ended
    as it was told to: "stopped at a limit: ...", not "interrupted" (``newscrawler/limits.py``).
    """
    if reason != "finished" and not is_limit_reason(reason):
        return f"interrupted ({reason})", ExitStatus.FAILED
    if not stats.get(statkeys.LISTS_PARSED, 0):
        return "site unreachable: no list page could be fetched", ExitStatus.FAILED
    article_failures = stats.get(f"{statkeys.FAILURES}/article", 0)
    worked = (counts["articles_new"] + counts["articles_known"] + counts["articles_updated"]
              + counts["duplicates"])
    if article_failures and not worked:
        return f"every article failed ({article_failures})", ExitStatus.FAILED
    limit = stopped_at(reason, stats)
    if limit:
        failed = f"; {counts['failures']} failed" if counts["failures"] else ""
        return f"stopped at a limit: {limit}{failed}", ExitStatus.OK
    if counts["failures"]:
        return f"ok, {counts['failures']} failed", ExitStatus.OK
    return "ok", ExitStatus.OK


def _repost_options(settings: BaseSettings) -> dict[str, Any] | None:
    if not settings.getbool("NEWSCRAWLER_NEARDUP_ENABLED"):
        return None
    threshold = settings.getfloat("NEWSCRAWLER_NEARDUP_THRESHOLD")
    if not 0 < threshold <= 1:
        raise ValueError(f"NEWSCRAWLER_NEARDUP_THRESHOLD must be in (0, 1], got {threshold}")
    max_candidates = settings.getint("NEWSCRAWLER_NEARDUP_MAX_CANDIDATES")
    if max_candidates < 1:
        raise ValueError("NEWSCRAWLER_NEARDUP_MAX_CANDIDATES must be at least 1, "
                         f"got {max_candidates}")
    return {"threshold": threshold, "max_candidates": max_candidates}

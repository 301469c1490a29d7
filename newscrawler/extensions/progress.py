"""Crawl progress per site: a live display on a terminal, periodic log lines otherwise.

``NEWSCRAWLER_PROGRESS``: ``"live"`` redraws one line per site on stderr; ``"log"`` logs one
line per site every ``NEWSCRAWLER_PROGRESS_INTERVAL`` seconds (for cron and journald);
``"off"`` disables the extension. ``newscrawler crawl`` picks live or log by whether stderr
is a terminal.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from newscrawler import statkeys

__all__ = ["Progress", "progress_line"]

logger = logging.getLogger(__name__)


def progress_line(site: str, stats: dict, elapsed: float) -> str:
    counts = statkeys.run_counts(stats)
    rate = counts["pages"] / elapsed if elapsed > 0 else 0.0
    return (f"{site}: {counts['pages']} pages, {counts['articles_new']} new, "
            f"{counts['articles_known']} known, {counts['duplicates']} duplicates, "
            f"{counts['failures']} failed, {rate:.1f} pages/s")


class _Board:
    """The live display shared by every crawler of the process: one line per site."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.rows: dict[str, str] = {}
        self.drawn = 0

    def update(self, site: str, line: str) -> None:
        self.rows[site] = line

    def draw(self) -> None:
        # Move up over the previous frame, then rewrite every line in place.
        frame = "".join(f"\x1b[2K{line}\n" for line in self.rows.values())
        up = f"\x1b[{self.drawn}F" if self.drawn else ""
        self.out.write(up + frame)
        self.out.flush()
        self.drawn = len(self.rows)


_board: _Board | None = None


class Progress:
    def __init__(self, crawler: Crawler, mode: str, interval: float) -> None:
        self.crawler = crawler
        self.mode = mode
        self.interval = interval
        self.site = ""
        self.started = time.monotonic()
        self.ticker: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        mode = crawler.settings.get("NEWSCRAWLER_PROGRESS")
        if mode not in ("live", "log"):
            raise NotConfigured(f"NEWSCRAWLER_PROGRESS is {mode!r}")
        interval = crawler.settings.getfloat("NEWSCRAWLER_PROGRESS_INTERVAL")
        if mode == "live":
            interval = min(interval, 0.5)
        extension = cls(crawler, mode, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: object) -> None:
        global _board
        self.site = getattr(spider, "site_name", None) or getattr(spider, "name", "?")
        self.started = time.monotonic()
        if self.mode == "live" and _board is None:
            _board = _Board(sys.stderr)
        self.ticker = create_looping_call(self.report)
        self.ticker.start(self.interval, now=False)

    def report(self, final: bool = False) -> None:
        assert self.crawler.stats is not None
        line = progress_line(self.site, self.crawler.stats.get_stats(),
                             time.monotonic() - self.started)
        if self.mode == "live" and _board is not None:
            _board.update(self.site, line + (" (done)" if final else ""))
            _board.draw()
        else:
            logger.info("Progress %s%s", line, " (done)" if final else "")

    def spider_closed(self, spider: object) -> None:
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        self.report(final=True)

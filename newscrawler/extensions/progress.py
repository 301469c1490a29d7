"""Crawl progress per site: a live display on a terminal, periodic log lines otherwise.

``NEWSCRAWLER_PROGRESS``: ``"live"`` redraws one line per site on stderr; ``"log"`` logs one
line per site every ``NEWSCRAWLER_PROGRESS_INTERVAL`` seconds (for cron and journald);
``"off"`` disables the extension. ``newscrawler crawl`` picks live or log by whether stderr
is a terminal.

The live display shares the terminal with the log: a log record is written above it (the
display is erased, the record written, the display drawn again below), never over it, and
on the terminal a failed download is one line (the log's message names the error; the
traceback of a refused connection or a failed DNS lookup says nothing more). Lines are cut
to the terminal's width, so that redrawing in place stays in place.
"""

from __future__ import annotations

import logging
import os
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


def progress_line(site: str, stats: dict, elapsed: float, *, rate: bool = True) -> str:
    counts = statkeys.run_counts(stats)
    line = (f"{site}: {counts['pages']} pages, {counts['articles_new']} new, "
            f"{counts['articles_known']} known, {counts['duplicates']} duplicates, "
            f"{counts['failures']} failed")
    if not rate:
        return line
    return f"{line}, {counts['pages'] / elapsed if elapsed > 0 else 0.0:.1f} pages/s"


def _network_errors() -> tuple[type[BaseException], ...]:
    import scrapy.exceptions
    from twisted.internet import error

    names = ("CannotResolveHostError", "DownloadConnectionRefusedError", "DownloadFailedError",
             "DownloadTimeoutError", "ResponseDataLossError", "DownloadCancelledError")
    found = [getattr(scrapy.exceptions, name, None) for name in names]
    return (*(t for t in found if t is not None), error.ConnectError, error.DNSLookupError,
            error.TimeoutError, error.ConnectionLost)


class _Board:
    """The live display shared by every crawler of the process: one line per site, below
    the log records (see the module)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.rows: dict[str, str] = {}
        self.drawn = 0
        self._wrapped: list[tuple[logging.StreamHandler, Any, logging.Formatter | None]] = []

    def update(self, site: str, line: str) -> None:
        self.rows[site] = line

    def draw(self) -> None:
        # A line longer than the terminal would wrap, and moving up over the frame would
        # then miss rows: lines are cut to the width (when the terminal tells it).
        try:
            width = os.get_terminal_size(self.out.fileno()).columns - 1
        except (AttributeError, OSError, ValueError):
            width = 0
        frame = "".join(f"\x1b[2K{line[:width] if width > 0 else line}\n"
                        for line in self.rows.values())
        up = f"\x1b[{self.drawn}F" if self.drawn else ""
        self.out.write(up + frame)
        self.out.flush()
        self.drawn = len(self.rows)

    def erase(self) -> None:
        """Take the frame off the screen: the cursor goes back to where it began."""
        if self.drawn:
            self.out.write(f"\x1b[{self.drawn}F\x1b[J")
            self.drawn = 0

    def attach(self) -> None:
        """Route the log handlers that write to this terminal through the board."""
        for handler in logging.root.handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is self.out:
                self._wrapped.append((handler, handler.stream, handler.formatter))
                handler.setStream(_AboveBoard(self))  # type: ignore[arg-type]
                handler.setFormatter(_OneLineNetworkErrors(handler.formatter))

    def detach(self) -> None:
        """Give the handlers their stream back and forget the frame: what is printed next
        (the crawl's summary) must not be taken for it."""
        for handler, stream, formatter in self._wrapped:
            handler.setStream(stream)
            handler.setFormatter(formatter)
        self._wrapped.clear()
        self.drawn = 0


class _AboveBoard:
    """A log handler's stream: each record goes above the board, which is drawn again."""

    def __init__(self, board: _Board) -> None:
        self.board = board

    def write(self, text: str) -> int:
        self.board.erase()
        written = self.board.out.write(text)
        self.board.draw()
        return written

    def flush(self) -> None:
        self.board.out.flush()


class _OneLineNetworkErrors(logging.Formatter):
    """The handler's formatter, without the traceback of a failed download (on a terminal)."""

    def __init__(self, inner: logging.Formatter | None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()
        self.quiet = _network_errors()

    def format(self, record: logging.LogRecord) -> str:
        if not (record.exc_info and isinstance(record.exc_info[1], self.quiet)):
            return self.inner.format(record)
        # The record is shared with other handlers (a LOG_FILE keeps the traceback).
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return self.inner.format(record)
        finally:
            record.exc_info, record.exc_text = saved


_board: _Board | None = None
#: Crawlers whose live display is on: the board is detached when the last one closes.
_live = 0


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
        global _board, _live
        self.site = getattr(spider, "site_name", None) or getattr(spider, "name", "?")
        self.started = time.monotonic()
        if self.mode == "live":
            if _board is None:
                _board = _Board(sys.stderr)
                _board.attach()
            _live += 1
        self.ticker = create_looping_call(self.report)
        self.ticker.start(self.interval, now=False)

    def report(self, final: bool = False) -> None:
        assert self.crawler.stats is not None
        live = self.mode == "live" and _board is not None
        # a finished site's live line drops its rate: it fits 80 columns with "(done)"
        line = progress_line(self.site, self.crawler.stats.get_stats(),
                             time.monotonic() - self.started, rate=not (live and final))
        if live:
            _board.update(self.site, line + (" (done)" if final else ""))
            _board.draw()
        else:
            logger.info("Progress %s%s", line, " (done)" if final else "")

    def spider_closed(self, spider: object) -> None:
        global _board, _live
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        self.report(final=True)
        if self.mode == "live" and _board is not None:
            _live -= 1
            if _live <= 0:
                _board.detach()
                _board, _live = None, 0

"""One crawl at a time per database: an advisory ``flock`` on ``<db>.lock``.

>>> lock = acquire(Path("output/news.db"))    # DatabaseLocked if another process has it
>>> lock.release()

The owner of the database during a crawl takes it (``newscrawler/extensions/database.py``).

The kernel drops the lock when the process ends, however it ends, so a killed crawl never
leaves it stuck. The lock file says who holds it (pid, start time, command), for the message
a second crawl prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path

__all__ = ["CrawlLock", "DatabaseLocked", "acquire"]


class DatabaseLocked(RuntimeError):
    """Another process is crawling into the same database."""

    def __init__(self, db: Path, holder: dict) -> None:
        self.db, self.holder = db, holder
        who = f"pid {holder['pid']}" if holder.get("pid") else "another process"
        since = f", running since {holder['started_at']}" if holder.get("started_at") else ""
        command = f" ({holder['command']})" if holder.get("command") else ""
        super().__init__(f"another crawl is writing to {db}: {who}{since}{command}")


def _lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


class CrawlLock:
    """A held lock; :meth:`release` (or the end of the process) drops it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    def release(self) -> None:
        if self._fd < 0:
            return
        os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the descriptor drops the flock
        self._fd = -1


def acquire(db: Path) -> CrawlLock:
    """Take the lock of database *db* or raise :class:`DatabaseLocked` at once (also when this
    process holds it already: a database has one owner)."""
    path = _lock_path(db).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _read_holder(fd)
        os.close(fd)
        raise DatabaseLocked(db, holder) from None
    info = {"pid": os.getpid(), "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "command": " ".join(os.path.basename(a) if i == 0 else a
                                for i, a in enumerate(sys.argv))[:200]}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(info).encode(), 0)
    return CrawlLock(path, fd)


def _read_holder(fd: int) -> dict:
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except ValueError:
        return {}

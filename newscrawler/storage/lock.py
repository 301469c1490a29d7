"""One crawl at a time per database: an advisory ``flock`` on ``<db>.lock``.

>>> lock = acquire(Path("output/news.db"))    # DatabaseLocked if another process has it
>>> lock.release()
>>> crawling_pid(Path("output/news.db"))      # the live holder's pid, or None; never locks

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

__all__ = ["CrawlLock", "DatabaseLocked", "acquire", "crawling_pid"]


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


def crawling_pid(db: Path) -> int | None:
    """The pid of the live process that holds the crawl lock of *db*, or None when no crawl
    is running: the lock file is missing or empty (a crawl that ended empties it), or names
    a process that is gone (killed). Only reads: taking the lock to test it, even for an
    instant, could make a crawl starting then exit 3.

    A killed crawl's pid may have been given to a new process since; on Linux the kernel's
    table of locks (/proc/locks) settles it: the pid must hold a lock on this file's inode."""
    path = _lock_path(db)
    try:
        with open(path, "rb") as fh:
            holder = json.loads(fh.read(4096) or b"{}")
            inode = os.fstat(fh.fileno()).st_ino
    except (OSError, ValueError):
        return None
    pid = holder.get("pid") if isinstance(holder, dict) else None
    if not isinstance(pid, int) or pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, another user's
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            table = fh.read()
    except OSError:
        return pid  # no such table here: a live pid is the best evidence there is
    for line in table.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 fe:00:2236655 0 EOF"
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5].endswith(f":{inode}"):
            return pid if fields[4] == str(pid) else None
    return None

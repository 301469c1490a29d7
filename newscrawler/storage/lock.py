"""One crawl at a time per database: an advisory ``flock`` on ``<db>.lock``.

>>> with hold(Path("output/news.db")):
...     crawl()

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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["DatabaseLocked", "acquire", "hold", "release"]

# {lock path: (file descriptor, holders in this process)}: re-entrant within a process.
_held: dict[Path, tuple[int, int]] = {}


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


def acquire(db: Path) -> None:
    """Take the lock of database *db* or raise :class:`DatabaseLocked` at once."""
    path = _lock_path(db).resolve()
    if path in _held:
        fd, users = _held[path]
        _held[path] = (fd, users + 1)
        return
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
    _held[path] = (fd, 1)


def release(db: Path) -> None:
    path = _lock_path(db).resolve()
    if path not in _held:
        return
    fd, users = _held.pop(path)
    if users > 1:
        _held[path] = (fd, users - 1)
        return
    os.ftruncate(fd, 0)
    os.close(fd)  # closing the descriptor drops the flock


@contextmanager
def hold(db: Path) -> Iterator[None]:
    acquire(db)
    try:
        yield
    finally:
        release(db)


def _read_holder(fd: int) -> dict:
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except ValueError:
        return {}

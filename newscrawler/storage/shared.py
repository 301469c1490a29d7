"""One open :class:`~newscrawler.storage.Storage` per database file per process.

The dedupe, sqlite and jsonlines pipelines of every crawler in a process share it, so they see
the same open batch and never fight over SQLite's write lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import lock
from .db import Storage

if TYPE_CHECKING:  # the analysts' commands import storage without Scrapy
    from scrapy.settings import BaseSettings

__all__ = ["acquire", "output_path", "release"]

_open: dict[Path, tuple[Storage, int]] = {}


def output_path(settings: BaseSettings, name: str) -> Path | None:
    """The file setting ``NEWSCRAWLER_<NAME>`` names, else ``<output dir>/<default>``.

    Returns None when the setting is ``"off"``.
    """
    defaults = {"DB": "news.db", "JSONL": "articles.jsonl"}
    value = settings.get(f"NEWSCRAWLER_{name}") or ""
    if str(value).lower() == "off":
        return None
    if value:
        return Path(value)
    return Path(settings.get("NEWSCRAWLER_OUTPUT_DIR") or "output") / defaults[name]


def acquire(settings: BaseSettings) -> Storage:
    """The crawl's writer for the database the settings name; takes the crawl lock
    (:class:`~newscrawler.storage.lock.DatabaseLocked` if another process holds it)."""
    path = output_path(settings, "DB")
    if path is None:
        raise ValueError("NEWSCRAWLER_DB cannot be 'off': the database holds the dedupe state")
    key = path.resolve()
    storage, users = _open.get(key, (None, 0))
    if storage is None:
        lock.acquire(path)
        try:
            storage = Storage.open(
                path, batch_size=settings.getint("NEWSCRAWLER_BATCH_SIZE", 200),
                commit_interval=settings.getfloat("NEWSCRAWLER_COMMIT_INTERVAL", 1))
        except BaseException:
            lock.release(path)
            raise
    _open[key] = (storage, users + 1)
    return storage


def release(storage: Storage) -> None:
    key = storage.path.resolve()
    _, users = _open.get(key, (storage, 1))
    if users <= 1:
        _open.pop(key, None)
        storage.close()
        lock.release(storage.path)
    else:
        _open[key] = (storage, users - 1)

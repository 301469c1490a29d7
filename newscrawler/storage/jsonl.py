"""Mirror the stored articles into a JSON lines file, one complete line per article.

>>> mirror = JsonLinesWriter(Path("output/articles.jsonl"))   # repairs a torn last line
>>> storage.commit()
>>> mirror.sync(storage)         # appends what the commit stored; returns the lines written

The file follows the database: after each committed batch, the articles with an id above the
file's last line are appended in one write. So the file never holds an article the database
lost, a killed crawl leaves at most a missing tail, and the next start appends that tail (and
cuts off a partial last line, should one ever exist).
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from .db import Storage

__all__ = ["JsonLinesWriter"]

logger = logging.getLogger(__name__)


class JsonLinesWriter:
    """Appends a database's new articles to *path*; ``writer.sync(storage)`` after each commit
    (the database's owner calls it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last_id = self._repair()
        self._seen_commit = -1

    def sync(self, storage: Storage) -> int:
        """Append the articles the file lacks, and again those the last commit updated (the
        last line of an id wins); returns how many lines were written."""
        if self.last_id > storage.max_article_id():
            self._set_aside(f"its last article id {self.last_id} is not in {storage.path}")
        rows = []
        if storage.commit_seq != self._seen_commit:
            self._seen_commit = storage.commit_seq
            rows = storage.articles_by_id(i for i in storage.committed_updates if i <= self.last_id)
        rows.extend(storage.articles_after(self.last_id))
        lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
        if not lines:
            return 0
        data = "".join(lines).encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        self.last_id = max(self.last_id, rows[-1]["id"])
        return len(lines)

    def _repair(self) -> int:
        """Cut a partial last line, and return the id of the last complete one (0 if none)."""
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return 0
        with open(self.path, "r+b") as fh:
            size = fh.seek(0, os.SEEK_END)
            if size == 0:
                return 0
            tail, pos = b"", size
            while pos > 0 and tail.count(b"\n") < 2:
                step = min(65536, pos)
                pos -= step
                fh.seek(pos)
                tail = fh.read(step) + tail
            if not tail.endswith(b"\n"):
                cut = tail.rfind(b"\n") + 1
                logger.warning("%s ended with a partial line (%d bytes); removed it",
                               self.path, len(tail) - cut)
                fh.truncate(pos + cut)
                tail = tail[:cut]
            last = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        if not last:
            return 0
        try:
            return int(json.loads(last)["id"])
        except (ValueError, KeyError, TypeError):
            self._set_aside("its last line is not an article of newscrawler")
            return 0

    def _set_aside(self, why: str) -> None:
        aside = self.path.with_name(f"{self.path.name}.{time.strftime('%Y%m%d-%H%M%S')}.old")
        logger.warning("%s does not match the database (%s): moved it to %s and starting anew",
                       self.path, why, aside)
        self.path.rename(aside)
        self.last_id = 0

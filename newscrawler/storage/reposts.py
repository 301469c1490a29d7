"""The SQL of the repost index: MinHash LSH band keys in ``neardup_keys``, and the
``duplicate_of`` marks. What the keys are and how a repost is decided is in
:mod:`newscrawler.reposts`; these are methods of :class:`~newscrawler.storage.Storage`.

>>> store.repost_candidates(keys, limit=8)  # [(article_id, shared keys, body, duplicate_of,
...                                         #   published_at), ...], most shared first
>>> store.add_repost_keys(article_id, keys) # in the open batch
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["RepostKeys"]


class RepostKeys:
    """Mixed into :class:`~newscrawler.storage.Storage`, whose batch the writes join."""

    db: Any
    _write: Callable[..., sqlite3.Cursor]  # Storage's: joins the open batch

    def repost_candidates(self, keys: Sequence[int], *, limit: int
                          ) -> list[tuple[int, int, str | None, int | None, str | None]]:
        """Stored articles sharing at least one of *keys*, the most shared first (the lower
        id on a tie): ``(article_id, shared, body, duplicate_of, published_at)``."""
        marks = ", ".join("?" * len(keys))
        return self.db.execute(
            f"SELECT k.article_id, count(*) AS shared, a.body, a.duplicate_of, "
            f"a.published_at "
            f"FROM neardup_keys k JOIN articles a ON a.id = k.article_id "
            f"WHERE k.key IN ({marks}) GROUP BY k.article_id "
            f"ORDER BY shared DESC, k.article_id LIMIT ?", (*keys, limit)).fetchall()

    def published_at(self, article_id: int) -> str | None:
        row = self.db.execute("SELECT published_at FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return row[0] if row else None

    def article_body(self, article_id: int) -> str | None:
        row = self.db.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def articles_to_index(self, after: int, *, limit: int) -> list[tuple[int, str]]:
        """``(id, fingerprint)`` of up to *limit* articles above id *after*, oldest first."""
        return self.db.execute("SELECT id, fingerprint FROM articles WHERE id > ? ORDER BY id "
                               "LIMIT ?", (after, limit)).fetchall()

    def last_repost_indexed(self) -> int:
        """The highest article id with keys in ``neardup_keys`` (0 when none)."""
        return self.db.execute("SELECT max(article_id) FROM neardup_keys").fetchone()[0] or 0

    def add_repost_keys(self, article_id: int, keys: Sequence[int]) -> None:
        """Record the band keys of stored article *article_id* (idempotent)."""
        if keys:
            self._write("INSERT OR IGNORE INTO neardup_keys (key, article_id) VALUES "
                        + ", ".join(["(?, ?)"] * len(keys)),
                        [value for key in keys for value in (key, article_id)])

    def delete_repost_keys(self, article_id: int) -> None:
        self._write("DELETE FROM neardup_keys WHERE article_id = ?", (article_id,))

    def reroot(self, old: int, new: int) -> None:
        """Point the story of root *old* (itself and its copies) at article *new*."""
        self._write("UPDATE articles SET duplicate_of = ? "
                    "WHERE (duplicate_of = ? OR id = ?) AND id != ?", (new, old, old, new))

"""The near-duplicate index: MinHash LSH band keys in ``neardup_keys``, matched in SQL.

>>> index = NearDupIndex(storage, threshold=0.6)
>>> index.catch_up()                      # index stored articles the index lacks
>>> sketch = index.sketch(article.body)
>>> match = index.find(sketch)            # None, or Match(article_id=..., similarity=...)
>>> if match and not published_before(article.published_at, match.published_at):
...     article.duplicate_of = match.article_id
>>> index.expect(article.fingerprint, sketch, supersedes=...)   # then store the article;
>>> index.catch_up()                      # this indexes it (and re-roots its story)

The index is the database, not memory: the keys of every indexed article are rows of
``neardup_keys``, so detection holds across runs and processes, and an index that lags the
articles (a database from schema version 1, a crawl killed between the two writes) is brought
up to date by :meth:`NearDupIndex.catch_up` from the stored bodies.

Every copy of a story points at one article, the root: the earliest published copy stored
(the first stored one when the publication times do not tell). A match names the root of the
closest stored text's story. A new article published before that root becomes the root: it is
stored unmarked, and once it has an id (:meth:`NearDupIndex.catch_up`) the old root and its
copies are pointed at it.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from newscrawler.neardup import (
    DEFAULT_THRESHOLD,
    MIN_SHINGLES,
    band_keys,
    figures_agree,
    minhash,
    profile,
    shingles,
    similarity,
)

from .db import Storage

__all__ = ["Match", "NearDupIndex", "Sketch", "published_before"]

_PENDING_LIMIT = 1024


@dataclass(frozen=True, slots=True)
class Sketch:
    """A text's shingle hashes, numbers and LSH keys (no keys when the text is too short to
    judge)."""

    shingles: frozenset[int]
    keys: tuple[int, ...]
    figures: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    article_id: int  # the root of the story: what duplicate_of is set to
    matched_id: int  # the stored article whose text was closest
    similarity: float
    published_at: str | None  # the root's


def published_before(a: str | None, b: str | None) -> bool:
    """True when publication time *a* is surely before *b*: both timestamps, or, when either
    is only a date, an earlier day. Unknown or unreadable times are never before."""
    if not a or not b:
        return False
    try:
        if len(a) == 10 or len(b) == 10:
            return date.fromisoformat(a[:10]) < date.fromisoformat(b[:10])
        return _instant(a) < _instant(b)
    except ValueError:
        return False


def _instant(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class NearDupIndex:
    """Finds stored articles whose body a new one reposts; writes through *storage*'s batch."""

    def __init__(self, storage: Storage, *, threshold: float = DEFAULT_THRESHOLD,
                 max_candidates: int = 8, min_shingles: int = MIN_SHINGLES,
                 cache_size: int = 4096) -> None:
        self.storage = storage
        self.threshold = threshold
        self.max_candidates = max_candidates
        self.min_shingles = min_shingles
        self.cache_size = cache_size
        # Shingles and numbers of recently sketched or compared articles, the shingles as
        # compact arrays (about 1.3 kB for a 300-shingle article): a cluster's first copy is
        # compared with every later one, and a crawl's look-alikes come back again and again.
        self._texts: OrderedDict[int, tuple[array[int], frozenset[str]]] = OrderedDict()
        # Sketches of articles on their way to being stored, by fingerprint, with the root
        # each one takes over (or None).
        self._pending: dict[str, tuple[Sketch, int | None]] = {}
        self.last_indexed = self._last_indexed()

    def sketch(self, body: str | None) -> Sketch:
        """``index.sketch(text)``: the shingles, numbers and band keys of an article body."""
        words, numbers = profile(body or "")
        hashes = shingles(words)
        if len(hashes) < self.min_shingles:
            return Sketch(hashes, (), numbers)
        return Sketch(hashes, tuple(band_keys(minhash(hashes))), numbers)

    def find(self, sketch: Sketch) -> Match | None:
        """The stored article *sketch* is a near-duplicate of, or None.

        Candidates share at least one band key; the most key-sharing ones (up to
        ``max_candidates``) are compared exactly, and the most similar one at or above the
        threshold whose figures agree wins (the lower id on a tie).
        """
        if not sketch.keys:
            return None
        marks = ", ".join("?" * len(sketch.keys))
        rows = self.storage.db.execute(
            f"SELECT k.article_id, count(*) AS shared, a.body, a.duplicate_of, "
            f"a.published_at "
            f"FROM neardup_keys k JOIN articles a ON a.id = k.article_id "
            f"WHERE k.key IN ({marks}) GROUP BY k.article_id "
            f"ORDER BY shared DESC, k.article_id LIMIT ?",
            (*sketch.keys, self.max_candidates)).fetchall()
        best: Match | None = None
        for article_id, _shared, body, duplicate_of, published_at in rows:
            hashes, numbers = self._text_of(article_id, body)
            score = similarity(sketch.shingles, hashes)
            if score < self.threshold or not figures_agree(sketch.figures, numbers):
                continue
            if best is None or score > best.similarity or (score == best.similarity
                                                           and article_id < best.matched_id):
                best = Match(duplicate_of or article_id, article_id, score, published_at)
        if best is not None and best.article_id != best.matched_id:
            row = self.storage.db.execute("SELECT published_at FROM articles WHERE id = ?",
                                          (best.article_id,)).fetchone()
            best = Match(best.article_id, best.matched_id, best.similarity,
                         row[0] if row else None)
        return best

    def add(self, article_id: int, sketch: Sketch) -> None:
        """Record the keys of stored article *article_id* (idempotent)."""
        if sketch.keys:
            self.storage._write(
                "INSERT OR IGNORE INTO neardup_keys (key, article_id) VALUES "
                + ", ".join(["(?, ?)"] * len(sketch.keys)),
                [value for key in sketch.keys for value in (key, article_id)])
            self._remember(article_id, sketch.shingles, sketch.figures)
        self.last_indexed = max(self.last_indexed, article_id)

    def reindex(self, article_id: int, body: str | None) -> None:
        """Replace the keys of stored article *article_id* with those of its new text."""
        self.storage._write("DELETE FROM neardup_keys WHERE article_id = ?", (article_id,))
        self._texts.pop(article_id, None)
        self.add(article_id, self.sketch(body))

    def expect(self, fingerprint: str, sketch: Sketch, *, supersedes: int | None = None) -> None:
        """Keep *sketch* for the article with *fingerprint* that is about to be stored, so
        that :meth:`catch_up` indexes it without shingling its body again; with *supersedes*,
        the article becomes the root of that root's story once stored."""
        self._pending[fingerprint] = (sketch, supersedes)
        if len(self._pending) > _PENDING_LIMIT:  # articles that never got stored
            self._pending.pop(next(iter(self._pending)))

    def catch_up(self, *, batch: int = 1000) -> int:
        """Index the stored articles above :attr:`last_indexed`; returns how many."""
        done = 0
        while True:
            rows = self.storage.db.execute(
                "SELECT id, fingerprint FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                (self.last_indexed, batch)).fetchall()
            for article_id, fingerprint in rows:
                sketch, supersedes = self._pending.pop(fingerprint, None) or (None, None)
                if sketch is None:  # stored without passing through here: read its body
                    body = self.storage.db.execute("SELECT body FROM articles WHERE id = ?",
                                                   (article_id,)).fetchone()[0]
                    sketch = self.sketch(body)
                self.add(article_id, sketch)
                if supersedes is not None and supersedes != article_id:
                    self._reroot(supersedes, article_id)
            done += len(rows)
            if len(rows) < batch:
                return done

    def _reroot(self, old: int, new: int) -> None:
        """Point the story of root *old* (itself and its copies) at article *new*."""
        self.storage._write("UPDATE articles SET duplicate_of = ? "
                            "WHERE (duplicate_of = ? OR id = ?) AND id != ?",
                            (new, old, old, new))

    def _last_indexed(self) -> int:
        row = self.storage.db.execute("SELECT max(article_id) FROM neardup_keys").fetchone()
        return row[0] or 0

    def _text_of(self, article_id: int, body: str | None
                 ) -> tuple[frozenset[int] | array[int], frozenset[str]]:
        cached = self._texts.get(article_id)
        if cached is None:
            words, numbers = profile(body or "")
            hashes = shingles(words)
            self._remember(article_id, hashes, numbers)
            return hashes, numbers
        self._texts.move_to_end(article_id)
        return cached

    def _remember(self, article_id: int, hashes: frozenset[int],
                  numbers: frozenset[str]) -> None:
        if self.cache_size <= 0:
            return
        self._texts[article_id] = (array("I", hashes), numbers)
        if len(self._texts) > self.cache_size:
            self._texts.popitem(last=False)

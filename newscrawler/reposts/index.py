"""The repost index and the decision: is a new article a repost of a stored story?

>>> index = RepostIndex(storage, threshold=0.6)
>>> index.catch_up()                      # index stored articles the index lacks
>>> verdict = index.check(article.body, article.published_at, article.fingerprint)
>>> article.duplicate_of = verdict.duplicate_of      # then store the article;
>>> index.catch_up()                      # this indexes it (and re-roots its story)

The index is the database, not memory: the keys of every indexed article are rows of
``neardup_keys`` (SQL in ``newscrawler/storage/reposts.py``), so detection holds across runs
and processes, and an index that lags the articles (a database from schema version 1, a
crawl killed between the two writes) is brought up to date by :meth:`RepostIndex.catch_up`
from the stored bodies.

Every copy of a story points at one article, the root: the earliest published copy stored
(the first stored one when the publication times do not tell). A match names the root of the
closest stored text's story. A new article published before that root becomes the root: it is
stored unmarked, and once it has an id (:meth:`RepostIndex.catch_up`) the old root and its
copies are pointed at it.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from newscrawler import settings
from newscrawler.storage import Storage

from .text import (
    DEFAULT_THRESHOLD,
    MIN_SHINGLES,
    band_keys,
    figures_agree,
    minhash,
    profile,
    shingles,
    similarity,
)

__all__ = ["Match", "Outcome", "RepostIndex", "Sketch", "Verdict", "published_before"]

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


class Outcome(StrEnum):
    TOO_SHORT = "too short"  # too little text to judge
    NEW = "new"  # no stored story like it
    REPOST = "repost"  # a copy of a stored story: duplicate_of is its root
    ORIGINAL = "original"  # a copy published before the stored root: it becomes the root


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: Outcome
    match: Match | None = None

    @property
    def duplicate_of(self) -> int | None:
        """What the article's ``duplicate_of`` is to be."""
        return self.match.article_id if self.outcome is Outcome.REPOST and self.match else None


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


class RepostIndex:
    """Finds stored articles whose body a new one reposts; writes through *storage*'s batch."""

    def __init__(self, storage: Storage, *, threshold: float = DEFAULT_THRESHOLD,
                 max_candidates: int = settings.NEWSCRAWLER_NEARDUP_MAX_CANDIDATES,
                 min_shingles: int = MIN_SHINGLES, cache_size: int = 4096) -> None:
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
        self.last_indexed = storage.last_repost_indexed()

    def check(self, body: str | None, published_at: str | None, fingerprint: str) -> Verdict:
        """``index.check(body, published_at, fingerprint)``: whether an article about to be
        stored reposts a stored story (its :attr:`Verdict.duplicate_of`), is the original of
        one, is new, or is too short to judge. The index then expects it: once stored,
        :meth:`catch_up` indexes it without shingling it again (and re-roots the story it
        is the original of)."""
        # Index what was stored since (by this crawl, others of this process, or another
        # process), so the article is compared with all of it.
        self.catch_up()
        sketch = self.sketch(body)
        if not sketch.keys:
            return Verdict(Outcome.TOO_SHORT)
        match = self.find(sketch)
        if match is None:
            self.expect(fingerprint, sketch)
            return Verdict(Outcome.NEW)
        if published_before(published_at, match.published_at):
            self.expect(fingerprint, sketch, supersedes=match.article_id)
            return Verdict(Outcome.ORIGINAL, match)
        self.expect(fingerprint, sketch)
        return Verdict(Outcome.REPOST, match)

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
        best: Match | None = None
        for article_id, _shared, body, duplicate_of, published_at in \
                self.storage.repost_candidates(sketch.keys, limit=self.max_candidates):
            hashes, numbers = self._text_of(article_id, body)
            score = similarity(sketch.shingles, hashes)
            if score < self.threshold or not figures_agree(sketch.figures, numbers):
                continue
            if best is None or score > best.similarity or (score == best.similarity
                                                           and article_id < best.matched_id):
                best = Match(duplicate_of or article_id, article_id, score, published_at)
        if best is not None and best.article_id != best.matched_id:
            best = Match(best.article_id, best.matched_id, best.similarity,
                         self.storage.published_at(best.article_id))
        return best

    def add(self, article_id: int, sketch: Sketch) -> None:
        """Record the keys of stored article *article_id* (idempotent)."""
        if sketch.keys:
            self.storage.add_repost_keys(article_id, sketch.keys)
            self._remember(article_id, sketch.shingles, sketch.figures)
        self.last_indexed = max(self.last_indexed, article_id)

    def reindex(self, article_id: int, body: str | None) -> None:
        """Replace the keys of stored article *article_id* with those of its new text."""
        self.storage.delete_repost_keys(article_id)
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
            rows = self.storage.articles_to_index(self.last_indexed, limit=batch)
            for article_id, fingerprint in rows:
                sketch, supersedes = self._pending.pop(fingerprint, None) or (None, None)
                if sketch is None:  # stored without passing through here: read its body
                    sketch = self.sketch(self.storage.article_body(article_id))
                self.add(article_id, sketch)
                if supersedes is not None and supersedes != article_id:
                    self.storage.reroot(supersedes, article_id)
            done += len(rows)
            if len(rows) < batch:
                return done

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

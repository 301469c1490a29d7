"""Near-duplicate text: shingles, a MinHash sketch, LSH band keys and the exact similarity.

>>> a = shingles("会议指出，要把营商环境作为重要抓手，确保234项目标任务按期完成。")
>>> keys = band_keys(minhash(a))                       # what the index stores per article
>>> similarity(a, shingles("来源：新华社\\n会议指出，要把营商环境作为重要抓手..."))

Text is normalized (NFKC, case folded), cut into tokens (each CJK character is a token, each
run of other letters and digits is a word token; punctuation and spaces are dropped, so a
repost that changes punctuation or full-width forms keeps its shingles), and every
:data:`SHINGLE_SIZE` consecutive tokens make a shingle, hashed to 32 bits with CRC-32 (stable
across processes, unlike ``hash()``).

The sketch is one-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification
(Shrivastava 2017): each shingle hash goes to one of :data:`NUM_PERM` buckets and each bucket
keeps its minimum, one pass instead of :data:`NUM_PERM` hash functions. Its :data:`BANDS`
bands of :data:`ROWS` values become the LSH keys: two texts share at least one key with
probability ``1 - (1 - J**ROWS)**BANDS`` for Jaccard similarity ``J`` (0.99 at J = 0.7, 0.89
at 0.6, 0.64 at 0.5, 0.21 at 0.35, 0.01 at 0.15). The keys only find candidates; the decision
is the exact :func:`similarity` of the two shingle sets, and :func:`figures_agree`.

Changing how shingles, sketches or keys are made changes the stored keys: it needs a schema
migration that empties ``neardup_keys`` (the index then re-indexes the stored bodies).
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from collections.abc import Collection, Iterable, Set

from newscrawler import settings

__all__ = [
    "BANDS", "DEFAULT_THRESHOLD", "MIN_FIGURES", "MIN_SHINGLES", "NUM_PERM", "ROWS",
    "SHINGLE_SIZE", "band_keys", "figures", "figures_agree", "minhash", "profile", "shingles",
    "similarity", "tokens",
]

SHINGLE_SIZE = 7
BANDS, ROWS = 16, 4
NUM_PERM = BANDS * ROWS
#: The default of ``NEWSCRAWLER_NEARDUP_THRESHOLD``: see :func:`similarity`.
DEFAULT_THRESHOLD: float = settings.NEWSCRAWLER_NEARDUP_THRESHOLD
#: Texts with fewer shingles are too short to call anything a repost of them.
MIN_SHINGLES = 12
#: Texts with fewer distinct numbers than this are not compared by their figures.
MIN_FIGURES = 3

# CJK ideographs, kana and hangul one by one; any other run of letters and digits as a word.
_CJK = (r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
        r"\U00020000-\U0003134f")
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_NUMBER = re.compile(r"\d+")
_EMPTY = 1 << 38  # above any hash (32 bits) and any borrowed value (below 64 << 32)
assert NUM_PERM & (NUM_PERM - 1) == 0, "NUM_PERM must be a power of two"
_BAND = struct.Struct(f"<{ROWS}Q")


def tokens(text: str) -> list[str]:
    """``tokens("Hello, 世界!") == ["hello", "世", "界"]``"""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def profile(text: str) -> tuple[list[str], frozenset[str]]:
    """``profile(text) == (tokens(text), figures(text))``, normalizing the text once."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    return _TOKEN.findall(normal), frozenset(_NUMBER.findall(normal))


def shingles(text: str | list[str], *, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """The set of CRC-32 hashes of every *size* consecutive tokens of *text* (a string, or
    its :func:`tokens`)."""
    words = tokens(text) if isinstance(text, str) else text
    if len(words) <= size:
        return frozenset([zlib.crc32(" ".join(words).encode())] if words else [])
    windows = zip(*(words[i:] for i in range(size)), strict=False)  # stops at the shortest
    return frozenset(map(zlib.crc32, map(str.encode, map(" ".join, windows))))


def figures(text: str) -> frozenset[str]:
    """The numbers in *text*: ``figures("增长21%，共３３９项") == {"21", "339"}``."""
    return frozenset(_NUMBER.findall(unicodedata.normalize("NFKC", text)))


def figures_agree(a: Set[str], b: Set[str], *, minimum: int = MIN_FIGURES) -> bool:
    """False when both texts hold at least *minimum* numbers and fewer than half of the
    smaller set are in the other.

    A repost keeps the figures of what it reposts (dropping a paragraph drops some, a dateline
    adds one), while a formulaic notice of another week, city or batch keeps the wording and
    changes the figures: the text alone would call it a repost.
    """
    if min(len(a), len(b)) < minimum:
        return True
    return 2 * len(a & b) >= min(len(a), len(b))


def minhash(hashes: Iterable[int]) -> tuple[int, ...]:
    """The :data:`NUM_PERM`-value one-permutation MinHash of a set of 32-bit hashes.

    A hash's low bits pick its bucket; each bucket keeps its smallest hash. An empty bucket
    borrows the next filled one's minimum plus ``distance << 32`` (rotation densification),
    so that borrowed values agree only when the sets agree.
    """
    mask = NUM_PERM - 1
    signature = [_EMPTY] * NUM_PERM
    for h in hashes:  # a plain loop beats sorting and dict tricks here (measured)
        if h < signature[h & mask]:
            signature[h & mask] = h
    if _EMPTY in signature:
        filled = [bucket for bucket in range(NUM_PERM) if signature[bucket] != _EMPTY]
        if not filled:
            return tuple(signature)
        original = list(signature)
        for bucket in range(NUM_PERM):
            if original[bucket] == _EMPTY:
                step = next(d for d in range(1, NUM_PERM) if original[(bucket + d) & mask]
                            != _EMPTY)
                signature[bucket] = original[(bucket + step) & mask] + (step << 32)
    return tuple(signature)


def band_keys(signature: tuple[int, ...]) -> list[int]:
    """One 36-bit key per band: the band's number above the CRC-32 of its values."""
    return [(band << 32) | zlib.crc32(_BAND.pack(*signature[band * ROWS:(band + 1) * ROWS]))
            for band in range(BANDS)]


def similarity(a: Set[int], b: Collection[int]) -> float:
    """How much of the smaller text the other one holds, discounted when the lengths differ.

    ``|A & B| / min(|A|, |B|)`` (the overlap coefficient) keeps a repost that dropped a
    paragraph or added a source line at nearly 1.0, where Jaccard would fall with every
    change; multiplied by ``min(1, 2 * |A & B| / max(|A|, |B|))`` so that a short text that
    merely appears inside a much longer one (a quoted notice) is not called a repost of it.
    """
    if not a or not b:
        return 0.0
    common = len(a.intersection(b)) if isinstance(a, frozenset | set) else len(set(a) & set(b))
    small, large = sorted((len(a), len(b)))
    return common / small * min(1.0, 2 * common / large)

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
probability ``1 - (1 - J**ROWS)**BANDS`` for Jaccard similarity ``J`` (0.98 at J = 0.6, 0.50
at J = 0.35, 0.06 at J = 0.15). The keys only find candidates; the decision is the exact
:func:`similarity` of the two shingle sets.
"""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from collections.abc import Collection, Iterable, Set

__all__ = [
    "BANDS", "DEFAULT_THRESHOLD", "MIN_SHINGLES", "NUM_PERM", "ROWS", "SHINGLE_SIZE",
    "band_keys", "minhash", "shingles", "similarity", "tokens",
]

SHINGLE_SIZE = 7
BANDS, ROWS = 16, 4
NUM_PERM = BANDS * ROWS
#: The default of ``NEWSCRAWLER_NEARDUP_THRESHOLD``: see :func:`similarity`.
DEFAULT_THRESHOLD = 0.6
#: Texts with fewer shingles are too short to call anything a repost of them.
MIN_SHINGLES = 12

# CJK ideographs, kana and hangul one by one; any other run of letters and digits as a word.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                    r"\U00020000-\U0003134f]|[^\W_]+")
_EMPTY = 1 << 32
_BUCKET_BITS = NUM_PERM.bit_length() - 1
assert 1 << _BUCKET_BITS == NUM_PERM, "NUM_PERM must be a power of two"
_VALUE_SHIFT = 32 - _BUCKET_BITS
_BAND = struct.Struct(f"<{ROWS}I")


def tokens(text: str) -> list[str]:
    """``tokens("Hello, 世界!") == ["hello", "世", "界"]``"""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, *, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """The set of CRC-32 hashes of every *size* consecutive tokens of *text*."""
    words = tokens(text)
    if len(words) <= size:
        return frozenset([zlib.crc32(" ".join(words).encode())] if words else [])
    windows = zip(*(words[i:] for i in range(size)), strict=False)  # stops at the shortest
    return frozenset(map(zlib.crc32, map(str.encode, map(" ".join, windows))))


def minhash(hashes: Iterable[int]) -> tuple[int, ...]:
    """The :data:`NUM_PERM`-value one-permutation MinHash of a set of 32-bit hashes."""
    # The low bits pick the bucket and the high bits are the value. Sorting high to low and
    # letting dict() keep the last value per bucket leaves each bucket's minimum, in C.
    ordered = sorted(hashes, reverse=True)
    minima = dict(zip(map((NUM_PERM - 1).__and__, ordered),
                      map(_BUCKET_BITS.__rrshift__, ordered), strict=True))
    if not minima:
        return (_EMPTY,) * NUM_PERM
    signature = [minima.get(bucket, _EMPTY) for bucket in range(NUM_PERM)]
    if len(minima) < NUM_PERM:
        # Rotation densification: an empty bucket borrows the next filled one's minimum,
        # offset by the distance so borrowed values agree only when the sets agree.
        for bucket in range(NUM_PERM):
            if signature[bucket] == _EMPTY:
                step = 1
                while minima.get((bucket + step) % NUM_PERM) is None:
                    step += 1
                signature[bucket] = (minima[(bucket + step) % NUM_PERM]
                                     + step * (1 << _VALUE_SHIFT)) % _EMPTY
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

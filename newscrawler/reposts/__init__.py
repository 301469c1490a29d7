"""Reposts: the same news published again with small changes (a source line added, another
header, a paragraph dropped, punctuation changed). A repost is stored and searchable; its
``duplicate_of`` names the root of its story, the earliest published copy.

- ``text.py``: how two texts are compared (pure): shingles, MinHash, LSH band keys,
  similarity, figures.
- ``index.py``: :class:`RepostIndex`, the decision for a new article
  (:meth:`RepostIndex.check`) and the index of stored ones, kept in ``neardup_keys``
  through the SQL of ``newscrawler/storage/reposts.py``.

In a crawl, ``pipelines/neardup.py`` asks the index for each article; the crawl's database
owner (``newscrawler/extensions/database.py``) holds the index, brings it up to date when the
database opens and closes, and re-indexes an article a ``--refresh`` changed.
"""

from .index import Match, Outcome, RepostIndex, Sketch, Verdict, published_before

__all__ = ["Match", "Outcome", "RepostIndex", "Sketch", "Verdict", "published_before"]

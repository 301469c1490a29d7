"""The news database. Every SQL statement of newscrawler lives in this package.

>>> from newscrawler.storage import Storage
>>> store = Storage.open("output/news.db")

- ``db.py``: :class:`Storage`, the writer and the queries the crawl needs.
- ``schema.py``: tables, indexes and migrations.
- ``reader.py``: read-only connections for the analysts' commands, safe during a crawl.
- ``search.py``: full-text search and the article filters; ``export.py``: exports;
  ``stats.py``: the numbers of ``stats`` and ``report``; ``neardup.py``: the repost index.
"""

from . import lock, shared
from .db import Storage, utc_now
from .schema import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "Storage", "lock", "migrate", "shared", "utc_now"]

"""The news database. Every SQL statement of newscrawler lives in this package.

>>> from newscrawler.storage import Storage
>>> store = Storage.open("output/news.db")

- ``db.py``: :class:`Storage`, the writer and the queries the crawl needs.
- ``schema.py``: tables, indexes and migrations.
"""

from . import lock, shared
from .db import Storage, utc_now
from .schema import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "Storage", "lock", "migrate", "shared", "utc_now"]

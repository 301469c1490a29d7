"""The news database. Every SQL statement of newscrawler lives in this package.

>>> from newscrawler.storage import Storage
>>> store = Storage.open("output/news.db")

- ``db.py``: :class:`Storage`, the writer and the queries the crawl needs; ``reposts.py``:
  its queries of the repost index (``neardup_keys``); ``health.py``: the health of runs
  (``run_health``) and the site history the health checks read; ``learned.py``: what crawls
  without regexes learned about each site's addresses (``link_templates``).
- ``schema.py``: tables, indexes and migrations.
- ``lock.py``: one crawl per database (``flock``); ``jsonl.py``: the JSON lines mirror.
- ``reader.py``: read-only connections for the analysts' commands, safe during a crawl.
- ``search.py``: full-text search and the article filters; ``export.py``: exports;
  ``stats.py``: the numbers of ``runs``, ``stats`` and ``report``.

Who opens the writer during a crawl, and when, is in ``newscrawler/extensions/database.py``.
"""

from .db import Storage, utc_now
from .schema import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "Storage", "migrate", "utc_now"]

"""The database schema and its migrations: ``PRAGMA user_version`` says which steps ran.

To change the schema, append a function to :data:`MIGRATIONS` (never edit a released one):
``migrate(db)`` runs the missing steps in order, each in its own transaction, so an older
database is upgraded in place and never dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]


def _schema_v1(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {"id": int, "url": str, "site": str, "title": str, "published_at": str, "body": str,
         "source": str, "channel": str, "language": str, "crawled_at": str, "fingerprint": str,
         "first_run_id": int},
        pk="id", not_null={"url", "site", "title", "body", "fingerprint"},
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["fingerprint"], unique=True)
    db["articles"].create_index(["site", "published_at"])
    db["articles"].create_index(["published_at"])
    db["article_urls"].create(
        {"url": str, "article_id": int, "site": str, "first_seen": str},
        pk="url", not_null={"article_id"}, foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["article_id"])
    db["failures"].create(
        {"id": int, "run_id": int, "site": str, "url": str, "kind": str, "reason": str,
         "detail": str, "http_status": int, "failed_at": str},
        pk="id", not_null={"url", "reason"},
    )
    db["failures"].create_index(["site"])
    db["failures"].create_index(["url"])
    db["crawl_runs"].create(
        {"id": int, "site": str, "started_at": str, "finished_at": str, "requests": int,
         "pages": int, "articles_new": int, "articles_known": int, "articles_updated": int,
         "duplicates": int, "failures": int, "finish_reason": str, "outcome": str,
         "exit_status": int, "pid": int},
        pk="id", not_null={"site", "started_at"},
    )
    db["crawl_runs"].create_index(["site", "started_at"])


#: MIGRATIONS[n] brings a database from schema version n to n + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_schema_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> int:
    """Bring *db* to :data:`SCHEMA_VERSION` in place, one transaction per step."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"database schema version {version} is newer than this newscrawler "
                           f"understands ({SCHEMA_VERSION}); upgrade newscrawler")
    for step in range(version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")
    return SCHEMA_VERSION

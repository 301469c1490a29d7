"""The database schema and its migrations: ``PRAGMA user_version`` says which steps ran.

To change the schema, append a function to :data:`MIGRATIONS` (never edit a released one):
``migrate(db)`` runs the missing steps in order, each in its own transaction, so an older
database is upgraded in place and never dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "index_missing", "migrate"]


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


def _schema_v2(db: sqlite_utils.Database) -> None:
    """Full-text search, near-duplicate marks and the near-duplicate index.

    Written as plain SQL (not ``enable_fts``) so that what version 2 is never changes with a
    library's defaults, and with IF NOT EXISTS so that running it twice is harmless.
    """
    if "duplicate_of" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_duplicate_of ON articles (duplicate_of)")
    # The trigram tokenizer indexes every three characters, so Chinese needs no word
    # segmentation and English substrings match too; shorter queries fall back to LIKE
    # (storage/search.py). External content: the text is stored once, in articles.
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
               "title, body, content='articles', content_rowid='id', tokenize='trigram')")
    db.execute("CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
               "INSERT INTO articles_fts (rowid, title, body) "
               "VALUES (new.id, new.title, new.body); END")
    db.execute("CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
               "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
               "VALUES ('delete', old.id, old.title, old.body); END")
    db.execute("CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, body "
               "ON articles BEGIN "
               "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
               "VALUES ('delete', old.id, old.title, old.body); "
               "INSERT INTO articles_fts (rowid, title, body) "
               "VALUES (new.id, new.title, new.body); END")
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    # MinHash LSH band keys (newscrawler/reposts/text.py): one row per band per article; an
    # article that shares a key with another is a candidate near-duplicate of it.
    db.execute("CREATE TABLE IF NOT EXISTS neardup_keys ("
               "key INTEGER NOT NULL, "
               "article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
               "PRIMARY KEY (key, article_id)) WITHOUT ROWID")
    db.execute("CREATE INDEX IF NOT EXISTS idx_neardup_keys_article_id "
               "ON neardup_keys (article_id)")
    # The stats and report commands look up a run's failures.
    db.execute("CREATE INDEX IF NOT EXISTS idx_failures_run_id ON failures (run_id)")


def _schema_v3(db: sqlite_utils.Database) -> None:
    """New articles enter the full-text index once per batch, not row by row from a trigger.

    SQLite runs a trigger's statements inside a savepoint, and FTS5 writes its pending terms
    out at every savepoint (as it does at the next statement that opens one): indexed row by
    row, an article cost about three times what it costs in one INSERT ... SELECT per batch,
    which ``Storage.commit`` runs just before it commits (:func:`index_missing`), in the same
    transaction. Updates and deletes, which are rare, keep their triggers.
    """
    db.execute("DROP TRIGGER IF EXISTS articles_fts_insert")


def _schema_v4(db: sqlite_utils.Database) -> None:
    """The health of each run (``newscrawler/health/``): what it extracted and how well, and
    the verdict of its checks. A table of its own, one row per judged run, so that
    ``crawl_runs`` keeps its columns and runs from before version 4 simply have no row."""
    db.execute("CREATE TABLE IF NOT EXISTS run_health ("
               "run_id INTEGER PRIMARY KEY REFERENCES crawl_runs(id), "
               "site TEXT NOT NULL, "
               "articles INTEGER NOT NULL DEFAULT 0, "
               "with_title INTEGER NOT NULL DEFAULT 0, "
               "with_published INTEGER NOT NULL DEFAULT 0, "
               "with_time INTEGER NOT NULL DEFAULT 0, "
               "with_body INTEGER NOT NULL DEFAULT 0, "
               "with_source INTEGER NOT NULL DEFAULT 0, "
               "body_paths TEXT NOT NULL DEFAULT '{}', "
               "article_failures INTEGER NOT NULL DEFAULT 0, "
               "failures_by_reason TEXT NOT NULL DEFAULT '{}', "
               "lists INTEGER NOT NULL DEFAULT 0, "
               "lists_empty INTEGER NOT NULL DEFAULT 0, "
               "state TEXT, "
               "problems TEXT NOT NULL DEFAULT '[]', "
               "thresholds TEXT)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_run_health_site ON run_health (site, run_id)")


def _schema_link_templates(db: sqlite_utils.Database) -> None:
    """What a crawl without regexes learned about a site's addresses
    (``newscrawler/discovery/``): per address template (``/art/9/9/9/art_9.html``), how many
    fetched pages of it turned out articles, lists or neither, reused by the site's next run.
    A table of its own, so no other table changes and older databases simply learn afresh."""
    db.execute("CREATE TABLE IF NOT EXISTS link_templates ("
               "site TEXT NOT NULL, "
               "template TEXT NOT NULL, "
               "articles INTEGER NOT NULL DEFAULT 0, "
               "lists INTEGER NOT NULL DEFAULT 0, "
               "others INTEGER NOT NULL DEFAULT 0, "
               "example TEXT, "
               "last_seen TEXT, "
               "PRIMARY KEY (site, template)) WITHOUT ROWID")


def _schema_cluster(db: sqlite_utils.Database) -> None:
    """Distributed crawls (``newscrawler/distributed/``): a run's workers, and the ingester's
    own state, committed with the articles it stores so that a killed ingester neither loses
    nor repeats anything.

    ``crawl_runs.workers`` and ``worker_ids`` (a JSON list) stay NULL for a local crawl.
    ``cluster_runs`` ties a run row to its run id in Redis and keeps the ingester's counts of
    a run still open; ``stream_offsets`` the last stream entry stored.
    """
    columns = db["crawl_runs"].columns_dict
    if "workers" not in columns:
        db.execute("ALTER TABLE crawl_runs ADD COLUMN workers INTEGER")
    if "worker_ids" not in columns:
        db.execute("ALTER TABLE crawl_runs ADD COLUMN worker_ids TEXT")
    db.execute("CREATE TABLE IF NOT EXISTS cluster_runs ("
               "run_id INTEGER PRIMARY KEY REFERENCES crawl_runs(id), "
               "cluster_run TEXT NOT NULL UNIQUE, "
               "stats TEXT NOT NULL DEFAULT '{}')")
    db.execute("CREATE TABLE IF NOT EXISTS stream_offsets ("
               "stream TEXT PRIMARY KEY, last_id TEXT NOT NULL)")


#: MIGRATIONS[n] brings a database from schema version n to n + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _schema_v1, _schema_v2, _schema_v3, _schema_v4, _schema_link_templates, _schema_cluster]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> int:
    """Bring *db* to :data:`SCHEMA_VERSION` in place, one transaction per step.

    Each step takes the write lock (``BEGIN IMMEDIATE``) before it reads the version again, so
    two processes that open an old database at the same moment never run a step twice.
    """
    while True:
        version = _version(db)
        if version >= SCHEMA_VERSION:
            return SCHEMA_VERSION
        owner = not db.conn.in_transaction
        if owner:
            db.conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version(db)
            if version < SCHEMA_VERSION:
                with db.atomic():
                    MIGRATIONS[version](db)
                    db.execute(f"PRAGMA user_version = {version + 1}")
            if owner:
                db.conn.execute("COMMIT")
        except BaseException:
            if owner and db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def index_missing(db: sqlite_utils.Database) -> int:
    """Add the articles above the highest indexed id to the full-text index; returns how many.

    ``Storage`` calls it before each commit and when it opens a database (rows another program
    appended). Two lookups of a maximum when nothing is missing.
    """
    indexed = db.execute("SELECT max(id) FROM articles_fts_docsize").fetchone()[0] or 0
    newest = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    if newest <= indexed:
        return 0
    with db.atomic():
        cursor = db.execute("INSERT INTO articles_fts (rowid, title, body) "
                            "SELECT id, title, body FROM articles WHERE id > ?", (indexed,))
    return cursor.rowcount


def _version(db: sqlite_utils.Database) -> int:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"database schema version {version} is newer than this newscrawler "
                           f"understands ({SCHEMA_VERSION}); upgrade newscrawler")
    return version

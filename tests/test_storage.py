"""The storage layer and the JSON lines mirror, on real SQLite files."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from newscrawler.extensions.database import Database
from newscrawler.items import NewsArticle, PageFailure
from newscrawler.storage import SCHEMA_VERSION, Storage
from newscrawler.storage.jsonl import JsonLinesWriter
from newscrawler.storage.lock import DatabaseLocked


def _article(n: int, **changes) -> NewsArticle:
    fields = dict(url=f"https://a.gov.cn/art/{n}.html", site="a", title=f"Title {n}",
                  body=f"Body {n}", fingerprint=f"{n:040d}")
    fields.update(changes)
    return NewsArticle(**fields)


@pytest.fixture
def store(tmp_path):
    storage = Storage.open(tmp_path / "news.db", batch_size=3, commit_interval=3600)
    yield storage
    storage.close()


def test_open_creates_schema_in_wal_mode(store, tmp_path):
    conn = sqlite3.connect(tmp_path / "news.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "article_urls", "failures", "crawl_runs"} <= tables
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"idx_articles_site_published_at", "idx_articles_published_at"} <= indexes


def test_batch_is_visible_to_its_writer_and_invisible_to_others_until_commit(store, tmp_path):
    store.add_article(_article(1, urls=["https://a.gov.cn/x?id=1"]))
    assert store.article_id_for_url("https://a.gov.cn/x?id=1") == 1
    assert store.article_id_for_fingerprint(f"{1:040d}") == 1
    reader = sqlite3.connect(tmp_path / "news.db")
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert not store.maybe_commit()  # 1 write < batch of 3, and the interval is an hour
    store.add_article(_article(2))
    store.add_failure(PageFailure(url="https://a.gov.cn/bad", site="a", reason="no body"))
    assert store.maybe_commit()
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert reader.execute("SELECT reason FROM failures").fetchall() == [("no body",)]


def test_uncommitted_batch_is_lost_whole_when_the_process_dies(tmp_path):
    store = Storage.open(tmp_path / "news.db", batch_size=100)
    store.add_article(_article(1))
    store.commit()
    store.add_article(_article(2))
    store.db.conn.close()  # as if killed: no commit
    reopened = Storage.open(tmp_path / "news.db")
    assert reopened.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert reopened.article_id_for_url(_article(2).url) is None
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_runs_are_recorded_start_and_finish(store):
    run_id = store.start_run("a")
    assert store.run(run_id)["finished_at"] is None
    store.finish_run(run_id, finish_reason="finished", articles_new=2, failures=1)
    run = store.run(run_id)
    assert (run["finish_reason"], run["articles_new"], run["failures"], run["exit_status"]) == (
        "finished", 2, 1, 0)
    with pytest.raises(TypeError, match="unknown counters: bogus"):
        store.finish_run(run_id, finish_reason="x", bogus=1)


def test_retryable_failures_are_the_ones_another_try_may_fix(store):
    def fail(run, n, reason, status=None):
        store.add_failure(PageFailure(url=f"https://a.gov.cn/art/{n}.html", site="a",
                                      reason=reason, http_status=status), run_id=run)

    for run in (1, 2):
        fail(run, 1, "timed out")                      # failed in 2 runs: once more
    for run in (1, 2, 3):
        fail(run, 2, "HTTP 500", 500)                  # failed in 3 runs: given up
    fail(1, 3, "HTTP 404", 404)                        # gone
    fail(1, 4, "soft 404")                             # no article there
    fail(1, 5, "redirect loop")
    fail(2, 5, "not an HTML page")                     # later found to be a file
    fail(1, 6, "download failed")
    store.add_article(_article(6))                     # stored since
    store.add_failure(PageFailure(url="https://a.gov.cn/col/index_9.html", site="a",
                                  reason="timed out", kind="list"), run_id=1)
    store.add_failure(PageFailure(url="https://b.gov.cn/art/7.html", site="b",
                                  reason="timed out"), run_id=1)
    assert store.retryable_failures("a", max_runs=3) == ["https://a.gov.cn/art/1.html"]
    assert store.retryable_failures("a", max_runs=4) == ["https://a.gov.cn/art/1.html",
                                                        "https://a.gov.cn/art/2.html"]


def test_newer_schema_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "future.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this newscrawler"):
        Storage.open(tmp_path / "future.db")


def test_jsonl_mirror_follows_the_owners_commits(tmp_path):
    path = tmp_path / "articles.jsonl"
    database = Database.open(tmp_path / "news.db", jsonl=path, batch_size=2,
                             commit_interval=3600)
    database.storage.add_article(_article(1))
    assert database.maybe_commit() == 0  # the batch is not full: nothing committed
    assert not path.exists() or path.read_text() == ""
    database.storage.add_article(_article(2))
    assert database.maybe_commit() == 2
    database.storage.add_article(_article(3))
    database.close()  # commits the rest
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["title"]) for r in rows] == [(1, "Title 1"), (2, "Title 2"),
                                                      (3, "Title 3")]


def test_one_owner_per_database(tmp_path):
    database = Database.open(tmp_path / "news.db")
    with pytest.raises(DatabaseLocked, match=f"pid {os.getpid()}"):
        Database.open(tmp_path / "news.db")  # not even from the same process
    database.close()
    Database.open(tmp_path / "news.db").close()  # released on close


def test_jsonl_partial_last_line_is_cut_and_missing_tail_appended(store, tmp_path):
    path = tmp_path / "articles.jsonl"
    for n in (1, 2, 3):
        store.add_article(_article(n))
    store.commit()
    first = JsonLinesWriter(path)
    first.sync(store)
    lines = path.read_bytes().splitlines(keepends=True)
    # A crash in the middle of writing line 3 and before line 4 was written:
    path.write_bytes(b"".join(lines[:2]) + lines[2][:17])
    store.add_article(_article(4))
    store.commit()
    again = JsonLinesWriter(path)
    assert again.last_id == 2
    again.sync(store)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3, 4]


def test_jsonl_from_another_database_is_set_aside_not_mixed(store, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": 50, "title": "old"}) + "\n", encoding="utf-8")
    store.add_article(_article(1))
    store.commit()
    writer = JsonLinesWriter(path)
    writer.sync(store)
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == [1]
    aside = list(tmp_path.glob("articles.jsonl.*.old"))
    assert len(aside) == 1 and '"old"' in aside[0].read_text()


def _open_and_close(path: str, read_old_version) -> None:
    from newscrawler.storage import schema

    read = schema._version

    def version(db):  # says when this process has read the old version, then goes on
        found = read(db)
        if found < schema.SCHEMA_VERSION:
            read_old_version.set()
        return found

    schema._version = version
    Storage.open(path).close()


def test_processes_opening_an_old_database_together_migrate_it_once(tmp_path):
    """Every opener reads version 0 while another process holds the write lock; when it is
    released, each must see that the first one migrated, not run the same step again."""
    import multiprocessing

    path = str(tmp_path / "news.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN IMMEDIATE")
    context = multiprocessing.get_context("spawn")
    events = [context.Event() for _ in range(3)]
    workers = [context.Process(target=_open_and_close, args=(path, event)) for event in events]
    for worker in workers:
        worker.start()
    # Each worker has read version 0 and goes on to the write lock, which is held.
    assert all(event.wait(60) for event in events)
    holder.execute("COMMIT")
    holder.close()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

"""Schema migrations on real files: a version-1 database is upgraded in place, rows kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from newscrawler.items import NewsArticle
from newscrawler.storage import SCHEMA_VERSION, Storage
from newscrawler.storage.reader import DatabaseNotFound, NotANewsDatabase, open_reader
from newscrawler.storage.schema import MIGRATIONS, migrate
from newscrawler.storage.search import search

V1_ARTICLES = [
    {"id": 1, "url": "https://www.zj.gov.cn/art/2024/5/1/art_1.html", "site": "zj",
     "title": "浙江省优化营商环境推进会召开", "published_at": "2024-05-01T09:30:00+08:00",
     "body": "会议强调，要持续优化营商环境，激发市场主体活力。\n\n下一步，各地要抓好落实。",
     "source": "浙江日报", "channel": "要闻", "language": "zh",
     "crawled_at": "2024-05-01T02:00:00+00:00", "fingerprint": "a" * 40, "first_run_id": 1},
    {"id": 2, "url": "https://english.zj.gov.cn/art/2024/5/2/art_2.html", "site": "zj-en",
     "title": "Flood prevention drills held in Lishui", "published_at": "2024-05-02",
     "body": "Rescue teams practised evacuation along the Ou River.", "source": None,
     "channel": "NEWS", "language": "en", "crawled_at": "2024-05-02T02:00:00+00:00",
     "fingerprint": "b" * 40, "first_run_id": 1},
]


def make_v1_database(path: Path) -> None:
    """A database exactly as schema version 1 makes it, with rows in every table."""
    db = sqlite_utils.Database(path)
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
    db["crawl_runs"].insert({"id": 1, "site": "zj", "started_at": "2024-05-01T01:00:00+00:00",
                             "finished_at": "2024-05-01T01:05:00+00:00", "articles_new": 2,
                             "finish_reason": "finished", "exit_status": 0})
    db["articles"].insert_all(V1_ARTICLES)
    db["article_urls"].insert_all([{"url": a["url"], "article_id": a["id"], "site": a["site"],
                                    "first_seen": a["crawled_at"]} for a in V1_ARTICLES])
    db["failures"].insert({"run_id": 1, "site": "zj", "url": "https://www.zj.gov.cn/x.html",
                           "kind": "article", "reason": "HTTP 404", "http_status": 404,
                           "failed_at": "2024-05-01T01:01:00+00:00"})
    db.close()


def _rows(path: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_version_1_database_is_upgraded_in_place_and_rows_stay_searchable(tmp_path):
    path = tmp_path / "news.db"
    make_v1_database(path)
    before = {t: _rows(path, f"SELECT * FROM {t} ORDER BY rowid")
              for t in ("articles", "article_urls", "failures", "crawl_runs")}
    assert "duplicate_of" not in before["articles"][0]
    inode = path.stat().st_ino

    Storage.open(path).close()

    assert path.stat().st_ino == inode  # the same file, not a new one
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles_fts", "neardup_keys", "idx_articles_duplicate_of"} <= tables
    conn.close()
    after = {t: _rows(path, f"SELECT * FROM {t} ORDER BY rowid") for t in before}
    assert [{k: v for k, v in row.items() if k != "duplicate_of"} for row in after["articles"]] \
        == before["articles"]
    assert all(row["duplicate_of"] is None for row in after["articles"])
    for table in ("article_urls", "failures"):
        assert after[table] == before[table]
    # version 4's columns of distributed runs are empty for the runs of local crawls
    added = ("workers", "worker_ids")
    assert [{k: v for k, v in row.items() if k not in added} for row in after["crawl_runs"]] \
        == before["crawl_runs"]
    assert all(row[name] is None for row in after["crawl_runs"] for name in added)

    # The old rows are in the full-text index: long, two-character and English queries.
    reader = open_reader(path)
    assert [h.id for h in search(reader, "营商环境")] == [1]
    assert [h.id for h in search(reader, "市场")] == [1]
    assert [h.id for h in search(reader, "evacuation")] == [2]
    reader.close()


def test_reader_upgrades_an_old_database_itself(tmp_path):
    path = tmp_path / "news.db"
    make_v1_database(path)
    reader = open_reader(path)
    assert reader.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [h.id for h in search(reader, "Lishui")] == [2]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("DELETE FROM articles")
    reader.close()


def _article() -> NewsArticle:
    return NewsArticle(url="https://a.gov.cn/1.html", site="a", title="数字经济发展大会",
                       body="聚焦数字经济。", fingerprint="c" * 40)


def test_index_follows_inserts_updates_and_deletes(tmp_path):
    path = tmp_path / "news.db"
    store = Storage.open(path)
    article_id = store.add_article(_article())
    store.commit()
    reader = open_reader(path)
    assert [h.id for h in search(reader, "数字经济")] == [article_id]
    store.db.execute("UPDATE articles SET title = ?, body = ? WHERE id = ?",
                     ("港口建设现场会", "推进港口建设。", article_id))
    store.commit()
    assert search(reader, "数字经济") == []
    assert [h.id for h in search(reader, "港口建设")] == [article_id]
    store.db.execute("DELETE FROM article_urls WHERE article_id = ?", (article_id,))
    store.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    store.commit()
    assert search(reader, "港口建设") == []
    assert reader.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0
    reader.close()
    store.close()


def test_articles_appended_by_another_writer_are_indexed_when_storage_opens(tmp_path):
    # Since version 3 the writer indexes its new articles per batch; there is no insert trigger.
    path = tmp_path / "news.db"
    store = Storage.open(path)
    first = store.add_article(_article())
    store.close()
    conn = sqlite3.connect(path)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"articles_fts_update", "articles_fts_delete"}
    conn.execute("INSERT INTO articles (url, site, title, body, fingerprint) VALUES "
                 "('https://a.gov.cn/2.html', 'a', '港口建设现场会', '推进港口建设。', 'd')")
    conn.commit()
    reader = open_reader(path)
    assert search(reader, "港口建设") == []
    Storage.open(path).close()
    assert [h.id for h in search(reader, "港口建设")] == [first + 1]
    assert [h.id for h in search(reader, "数字经济")] == [first]
    reader.close()
    conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_an_article_updated_in_the_batch_that_stored_it_is_indexed_once(tmp_path):
    # New articles are indexed when the batch commits; the update trigger needs the old text
    # in the index first, or FTS5 is corrupted.
    path = tmp_path / "news.db"
    store = Storage.open(path)
    article = _article()
    article_id = store.add_article(article)
    article.title, article.body, article.fingerprint = "港口建设现场会", "推进港口建设。", "d" * 40
    store.update_article(article_id, article)
    store.commit()
    reader = open_reader(path)
    assert search(reader, "数字经济") == []
    assert [h.id for h in search(reader, "港口建设")] == [article_id]
    reader.close()
    store.db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    store.close()


def test_version_2_step_is_harmless_to_run_twice(tmp_path):
    path = tmp_path / "news.db"
    make_v1_database(path)
    Storage.open(path).close()
    db = sqlite_utils.Database(path)
    with db.atomic():
        MIGRATIONS[1](db)
    assert migrate(db) == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"营商环境\"'"
                      ).fetchone()[0] == 1
    db.close()


def test_newer_or_foreign_files_are_refused_with_a_clear_error(tmp_path):
    with pytest.raises(DatabaseNotFound, match="no database at"):
        open_reader(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NotANewsDatabase, match="not an SQLite database"):
        open_reader(junk)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotANewsDatabase, match="not a newscrawler database"):
        open_reader(empty)
    newer = tmp_path / "newer.db"
    Storage.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NotANewsDatabase, match="newer than this newscrawler"):
        open_reader(newer)


def test_version_3_database_gains_run_health_and_keeps_its_rows(tmp_path):
    from newscrawler.health import Problem, RunHealth
    from newscrawler.storage.health import new_article_times, site_history

    path = tmp_path / "news.db"
    make_v1_database(path)
    db = sqlite_utils.Database(path)
    for step in (1, 2):  # to version 3, as that newscrawler left it
        with db.atomic():
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")
    db.close()
    before = {t: _rows(path, f"SELECT * FROM {t} ORDER BY rowid")
              for t in ("articles", "article_urls", "failures", "crawl_runs")}

    store = Storage.open(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    after = {t: _rows(path, f"SELECT * FROM {t} ORDER BY rowid") for t in before}
    # later versions may add columns (a distributed run's workers): the old values are kept
    assert {t: [{k: row[k] for k in old} for row, old in zip(after[t], before[t], strict=True)]
            for t in before} == before
    # the old run has no health, but counts for when the site last found new articles
    assert site_history(store.db.conn, "zj") == []
    assert [t.isoformat() for t in new_article_times(store.db.conn, "zj")] == [
        "2024-05-01T01:00:00+00:00"]
    run_id = store.start_run("zj")
    run = RunHealth(site="zj", run_id=run_id, articles=6,
                    coverage={"title": 6, "published": 6, "time": 0, "body": 6, "source": 5},
                    body_paths={"generic": 6}, lists=4, lists_empty=2, state="degraded",
                    failures={"HTTP 404": 1}, article_failures=1,
                    problems=(Problem("coverage", "publication time in 0% of 6 articles"),))
    store.save_health(run, thresholds={"coverage_drop": 0.3})
    store.finish_run(run_id, finish_reason="finished", outcome="degraded: ...", exit_status=4,
                     articles_new=6)
    store.close()
    [stored] = site_history(open_reader(path), "zj")
    assert stored.problems == run.problems and stored.coverage == run.coverage
    assert (stored.body_paths, stored.failures, stored.new) == ({"generic": 6}, {"HTTP 404": 1}, 6)
    assert stored.share("time") == 0 and stored.fallback_share() == 1


def test_link_templates_migration_from_the_version_before_it(tmp_path):
    """The step that adds ``link_templates`` (what crawls without regexes learn) upgrades a
    database of the version before it in place, and the counts add up across runs."""
    from newscrawler.storage.schema import _schema_link_templates

    step = MIGRATIONS.index(_schema_link_templates)
    path = tmp_path / "news.db"
    make_v1_database(path)
    db = sqlite_utils.Database(path)
    for version in range(1, step):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
    assert "link_templates" not in db.table_names()
    db.close()

    store = Storage.open(path)
    assert store.learned_templates("zj") == {}
    template = "www.zj.gov.cn/art/9/9/9/art_9.html?"
    store.add_template_pages("zj", {template: (1, 0, 0)}, examples={template: "https://x/1"},
                             seen="2024-05-03T00:00:00+00:00")
    store.add_template_pages("zj", {template: (2, 1, 0)})
    store.commit()
    store.close()
    store = Storage.open(path)
    assert store.learned_templates("zj") == {template: (3, 1, 0)}
    assert store.learned_templates("other") == {}
    assert _rows(path, "SELECT example FROM link_templates") == [{"example": "https://x/1"}]
    # the older tables kept their rows
    assert len(_rows(path, "SELECT * FROM articles")) == len(V1_ARTICLES)
    store.close()

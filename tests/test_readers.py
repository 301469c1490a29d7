"""Readers never block the crawl: a reader process queries in a loop while a real crawl runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer
from newscrawler.items import ARTICLE_FIELDS

from helpers import REPO, db_rows, jsonl_rows, write_site

# The reader: waits for the crawl's database, then runs the analysts' queries and commands
# until told to stop, and reports what it saw. Every error is recorded, none is retried away.
READER = r"""
import contextlib, io, json, sqlite3, sys, time, traceback
from pathlib import Path
from newscrawler.cli import main
from newscrawler.storage.export import export_articles
from newscrawler.storage.reader import open_reader
from newscrawler.storage.schema import SCHEMA_VERSION
from newscrawler.storage.search import ArticleFilter, search
from newscrawler.storage.stats import site_stats

db, stop, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
while True:  # until the crawl has created the database (this reader never migrates it)
    try:
        probe = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        ready = probe.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        probe.close()
        if ready:
            break
    except sqlite3.Error:
        pass
    time.sleep(0.01)
counts, errors, queries = [], [], 0
while not stop.exists() or queries == 0:
    try:
        conn = open_reader(db, busy_timeout=5)
        counts.append(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        search(conn, "推进")
        search(conn, "环境 -宁波", site="demo-zh")
        search(conn, "Lishui", since="2018-05-01")
        site_stats(conn)
        export_articles(conn, out.with_suffix(".jsonl"), format="jsonl",
                        flt=ArticleFilter(query="moves"))
        conn.close()
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()) as err:
            for argv in (["stats", "--db", str(db)], ["search", "营商", "--db", str(db)]):
                if main(argv) != 0:
                    errors.append(f"{argv[0]}: {err.getvalue()}")
        queries += 7
    except Exception:
        errors.append(traceback.format_exc())
out.write_text(json.dumps({"counts": counts, "errors": errors, "queries": queries}))
"""


@pytest.mark.slow
def test_reader_in_a_loop_never_blocks_nor_is_blocked_by_a_crawl(tmp_path):
    portal = DemoPortal(en=150, zh=150)
    out_dir = tmp_path / "out"
    db = out_dir / "news.db"
    stop, report = tmp_path / "stop", tmp_path / "reader.json"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with PortalServer(portal.render()) as server:
        sites = [write_site(tmp_path, name, server.base_url) for name in ("demo-en", "demo-zh")]
        reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop),
                                   str(report)], cwd=REPO, env=env)
        started = time.monotonic()
        # Small batches: the crawl commits every few articles, as often as it can.
        crawl = subprocess.run(
            [sys.executable, "-m", "newscrawler.cli", "crawl", *map(str, sites),
             "--output-dir", str(out_dir), "-s", "AUTOTHROTTLE_START_DELAY=0",
             "-s", "NEWSCRAWLER_BATCH_SIZE=5", "-s", "NEWSCRAWLER_COMMIT_INTERVAL=0.2"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
        crawl_seconds = time.monotonic() - started
        stop.touch()
        reader.wait(timeout=120)
        base = server.base_url

    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert "database is locked" not in crawl.stderr
    assert reader.returncode == 0
    seen = json.loads(report.read_text())
    assert seen["errors"] == []
    # The reader really ran alongside: many rounds, and it watched the articles arrive.
    counts = seen["counts"]
    assert seen["queries"] >= 70, (seen["queries"], crawl_seconds)
    assert counts == sorted(counts)
    assert len(set(counts)) >= 5, counts
    assert counts[0] < 300

    # The crawl lost nothing: every article of the portal, once, in the database and the
    # JSON lines file alike.
    expected = {a["url"] for a in portal.expected_articles(base)}
    assert len(expected) == 300
    stored = db_rows(db, f"SELECT id, {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY id")
    assert {row["url"] for row in stored} == expected and len(stored) == 300
    assert jsonl_rows(out_dir / "articles.jsonl") == stored
    runs = db_rows(db, "SELECT site, articles_new, exit_status FROM crawl_runs ORDER BY site")
    assert [(r["site"], r["articles_new"], r["exit_status"]) for r in runs] == [
        ("demo-en", 150, 0), ("demo-zh", 150, 0)]

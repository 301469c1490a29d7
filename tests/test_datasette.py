"""Datasette with the shipped metadata, started on 127.0.0.1, queried through its JSON API."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from newscrawler.datasette import metadata
from newscrawler.items import NewsArticle
from newscrawler.storage import Storage

from helpers import REPO, free_port, get_json

needs_datasette = pytest.mark.skipif(
    importlib.util.find_spec("datasette") is None,
    reason="Datasette is not installed (pip install -e '.[datasette]'; CI installs it)")


@pytest.fixture
def server(tmp_path):
    path = tmp_path / "news.db"
    store = Storage.open(path)
    rows = [("zj", "浙江省优化营商环境大会召开", "要闻", "持续优化营商环境，激发市场主体活力。"),
            ("zj", "宁波港口建设提速", "要闻", "港口建设项目进展顺利。"),
            ("zj", "杭州市数字经济发展", "政策文件", "改善营商环境，支持中小企业。"),
            ("en", "Flood prevention drills held", "NEWS", "Rescue teams practised.")]
    for n, (site, title, channel, body) in enumerate(rows, 1):
        store.add_article(NewsArticle(url=f"https://{site}.gov.cn/{n}.html", site=site,
                                      title=title, channel=channel, body=body,
                                      published_at=f"2024-05-0{n}", fingerprint=f"{n:040d}"))
    store.close()
    port = free_port()
    log = tmp_path / "datasette.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newscrawler.cli", "datasette", "--db", str(path), "--port",
             str(port)], cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get_json(f"{base}/-/versions.json")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"Datasette did not start: {log.read_text()[-3000:]}")
            time.sleep(0.2)
    yield base
    process.terminate()  # the command passes it on to Datasette
    try:
        assert process.wait(timeout=20) is not None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "Datasette on http://127.0.0.1:" in log.read_text()


@needs_datasette
def test_search_facets_and_descriptions_through_the_json_api(server):
    query = urllib.parse.urlencode({"_search": "营商环境", "_shape": "objects"})
    found = get_json(f"{server}/news/articles.json?{query}")
    assert sorted(row["title"] for row in found["rows"]) == ["杭州市数字经济发展",
                                                            "浙江省优化营商环境大会召开"]
    # Facets on site and channel come from the metadata, without asking for them.
    everything = get_json(f"{server}/news/articles.json?_shape=objects")
    facets = everything["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them under "results"
    assert {f["value"]: f["count"] for f in facets["site"]["results"]} == {"zj": 3, "en": 1}
    assert {f["value"]: f["count"] for f in facets["channel"]["results"]} == {
        "要闻": 2, "政策文件": 1, "NEWS": 1}
    # Table and column descriptions are served.
    served = get_json(f"{server}/-/metadata.json")
    table = served["databases"]["news"]["tables"]["articles"]
    assert table["columns"]["duplicate_of"].startswith("For a near-duplicate repost")
    assert table["fts_table"] == "articles_fts"
    # SQL works on the read-only database.
    sql = urllib.parse.urlencode({"sql": "select count(*) as n from articles",
                                  "_shape": "array"})
    assert get_json(f"{server}/news.json?{sql}") == [{"n": 4}]


def test_metadata_describes_every_table_and_column(tmp_path):
    path = tmp_path / "news.db"
    Storage.open(path).close()
    import sqlite3

    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    described = metadata("news")["databases"]["news"]["tables"]
    for table in tables:
        assert table in described, f"{table} is not in newscrawler/datasette/metadata.json"
        if described[table].get("hidden"):
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        assert set(described[table]["columns"]) == set(columns), table
    conn.close()
    assert metadata("archive")["databases"].keys() == {"archive"}
    docs = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    for table, spec in described.items():
        if spec.get("hidden"):
            continue
        assert f"#### `{table}`" in docs, f"docs/schema.md does not describe {table}"
        for column in spec["columns"]:
            assert f"| `{column}` |" in docs, f"docs/schema.md lacks {table}.{column}"


def test_print_metadata_needs_no_datasette(tmp_path):
    result = subprocess.run([sys.executable, "-m", "newscrawler.cli", "datasette", "--db",
                             str(tmp_path / "archive.db"), "--print-metadata"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert list(json.loads(result.stdout)["databases"]) == ["archive"]


def test_missing_datasette_is_a_clear_error(tmp_path):
    path = tmp_path / "news.db"
    Storage.open(path).close()
    code = ("import sys; sys.modules['datasette'] = None; "
            "from newscrawler.cli import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "datasette", "--db", str(path)],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == ('newscrawler: Datasette is not installed: '
                                     'pip install "datasette>=0.64"')


def test_path_of_shipped_metadata():
    shipped = Path(REPO / "newscrawler" / "datasette" / "metadata.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == metadata("news")

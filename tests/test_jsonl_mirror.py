"""The JSON lines mirror checks every line when a crawl opens it: a damaged line anywhere is
found, named, and the file written again from the database, so no article goes missing."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from newscrawler.items import NewsArticle
from newscrawler.storage import Storage
from newscrawler.storage.jsonl import JsonLinesWriter

from helpers import crawl, db_rows


def article(n: int, **changes: str) -> NewsArticle:
    fields = dict(url=f"https://a.gov.cn/art/{n}.html", site="a", title=f"Title {n}",
                  body=f"Body {n}", fingerprint=f"{n:040d}")
    fields.update(changes)
    return NewsArticle(**fields)


@pytest.fixture
def mirrored(tmp_path) -> tuple[Storage, Path]:
    """Five stored articles and their mirror."""
    store = Storage.open(tmp_path / "news.db", batch_size=100, commit_interval=3600)
    for n in range(1, 6):
        store.add_article(article(n))
    store.commit()
    path = tmp_path / "articles.jsonl"
    JsonLinesWriter(path).sync(store)
    yield store, path
    store.close()


def ids(path: Path) -> list[int]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("damage", [b"garbage\n", b"{}\n", b'[1, 2]\n', b'{"id": "3"}\n',
                                    b'{"id": 3, "title": "cut\n', b"\xff\xfe\n"])
def test_a_damaged_line_inside_is_found_and_the_file_written_again(mirrored, caplog, damage):
    store, path = mirrored
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:2]) + damage + b"".join(lines[3:]))  # article 3's line
    with caplog.at_level(logging.WARNING, logger="newscrawler.storage.jsonl"):
        writer = JsonLinesWriter(path)
        writer.sync(store)
    assert ids(path) == [1, 2, 3, 4, 5]  # article 3 is back, nothing twice
    [aside] = path.parent.glob("articles.jsonl.*.old")
    assert damage in aside.read_bytes()  # the damaged file is kept, not lost
    [message] = [r.getMessage() for r in caplog.records]
    assert "line 3 is not an article of newscrawler" in message
    assert f"moved it to {aside}" in message


def test_a_torn_last_line_is_still_only_cut(mirrored, caplog):
    store, path = mirrored
    data = path.read_bytes()
    path.write_bytes(data[:-20])  # a kill in the middle of the last line
    with caplog.at_level(logging.WARNING, logger="newscrawler.storage.jsonl"):
        writer = JsonLinesWriter(path)
        assert writer.last_id == 4
        assert writer.sync(store) == 1
    assert ids(path) == [1, 2, 3, 4, 5]
    assert not list(path.parent.glob("*.old"))
    assert "ended with a partial line" in caplog.text


def test_an_updated_article_on_the_last_line_does_not_bring_the_rest_again(mirrored):
    """--refresh appends a changed article again (the last line of an id wins): the next
    start must count from the highest id in the file, not the last line's."""
    store, path = mirrored
    store.update_article(2, article(2, title="Title 2, corrected"))
    store.commit()
    writer = JsonLinesWriter(path)
    writer._seen_commit = -1  # this commit's updates are the file's news
    writer.sync(store)
    assert ids(path) == [1, 2, 3, 4, 5, 2]
    # the next crawl: the database opened again, the mirror checked
    reopened = Storage.open(store.path)
    try:
        again = JsonLinesWriter(path)
        assert again.last_id == 5
        assert again.sync(reopened) == 0
    finally:
        reopened.close()
    assert ids(path) == [1, 2, 3, 4, 5, 2]


def test_a_crawl_repairs_a_damaged_mirror_and_says_which_line(demo_crawl, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(demo_crawl.out, out)
    path = out / "articles.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lost = json.loads(lines[9])["id"]
    path.write_bytes(b"".join(lines[:9]) + b"<<< merge conflict >>>\n" + b"".join(lines[10:]))
    sites = [p for p in demo_crawl.out.parent.glob("*.toml")]
    result = crawl(out, *sites)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "line 10 is not an article of newscrawler" in result.stderr
    stored = sorted(r["id"] for r in db_rows(out / "news.db", "SELECT id FROM articles"))
    assert sorted(ids(path)) == stored and lost in ids(path)
    assert len(list(out.glob("articles.jsonl.*.old"))) == 1

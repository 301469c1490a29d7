"""Text a hostile page can carry: terminal escape sequences (raw, or as ``&#27;``) are never
stored or printed, and a CSV export never hands a spreadsheet a formula."""

from __future__ import annotations

import csv
import io
import os
import pty
import re
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawler.controls import strip_controls
from newscrawler.demo.portal import Page
from newscrawler.demo.server import PortalServer

from helpers import REPO, crawl, db_rows, jsonl_rows, run_main

#: what must never reach the database or a terminal: C0 but tab and newline, DEL, C1
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TOPICS = ("flood defences", "school meals", "rural roads", "tax forms", "bus routes",
          "clinic hours")


def filler(topic: str) -> str:
    """Text of its own for each article (alike texts would be stored as reposts)."""
    return " ".join(f"Officials said {topic} were reviewed in district {n}, {n * 7} cases "
                    f"in all, and {topic} budgets rose by {n * 3} percent." for n in range(6))


#: (title, body's first paragraph) of each article: escapes raw and as character references,
#: and cells a spreadsheet would take for formulas
ARTICLES = [
    ("Alpha report \x1b[2J\x1b[Hcleared", "\x1b]0;owned\x07Window retitled. "),
    ("Beta report &#27;[31mred&#27;[0m", "Cursor &#27;[1A&#27;[2Kup and erased. "),
    ("Gamma \x9b31m report", "C1 \x1bP+q\x1b\\ controls\x85here. "),
    ("=HYPERLINK(\"http://evil.example/\",\"Delta report\")", "+1+cmd|' /C calc'!A0 "),
    ("-2+3 Epsilon report", "@SUM(1+1)*cmd|' /C calc'!A0 "),
    ("@Zeta report", "\tTabbed formula start. "),
]


def article_page(number: int, title: str, body: str) -> Page:
    text = filler(TOPICS[number - 1])
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><h1 class='title'>{title}</h1><div class='info'>2024-05-0{number}"
            f" 10:00</div><div id='zoom'><p>{body}{text}</p><p>{text}</p></div></body></html>")
    return Page(html.encode("utf-8"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A crawl of a portal whose six articles carry escapes and formulas."""
    pages = {f"/art/{i}.html": article_page(i, *a) for i, a in enumerate(ARTICLES, 1)}
    links = "".join(f"<li><a href='/art/{i}.html'>story {i}</a></li>"
                    for i in range(1, len(ARTICLES) + 1))
    pages["/news/index.html"] = Page(f"<html><body><ul>{links}</ul></body></html>".encode())
    tmp = tmp_path_factory.mktemp("hostile")
    with PortalServer(pages) as server:
        site = tmp / "hostile.toml"
        site.write_text(f'name = "hostile"\nstart_urls = ["{server.base_url}/news/index.html"]\n'
                        "list_links = ['/news/index']\narticle_links = ['/art/\\d+\\.html']\n"
                        'timezone = "Asia/Shanghai"\nlanguage = "en"\n'
                        '[selectors]\ntitle = "h1.title"\nbody = "#zoom"\n', encoding="utf-8")
        result = crawl(tmp / "out", site, extra=("-s", "DOWNLOAD_DELAY=0"))
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp / "out" / "news.db"


def test_nothing_stored_carries_a_control_character(hostile):
    rows = db_rows(hostile, "SELECT title, body, source, channel FROM articles")
    assert len(rows) == len(ARTICLES)
    for row in rows:
        for name, value in row.items():
            assert not CONTROL.search(value or ""), (name, value)
    titles = sorted(r["title"] for r in rows)
    assert "Alpha report cleared" in titles and "Beta report red" in titles
    assert "Gamma report" in titles  # the whole C1 sequence went, not only its first byte
    for article in jsonl_rows(hostile.parent / "articles.jsonl"):
        assert not CONTROL.search(article["title"] + article["body"])


def test_csv_cells_that_would_be_formulas_start_with_a_quote(hostile, tmp_path):
    out = tmp_path / "a.csv"
    result = run_main("export", "--db", hostile, "--format", "csv", "--bom", "-o", out)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    titles = {r["title"] for r in rows}
    assert "'=HYPERLINK(\"http://evil.example/\",\"Delta report\")" in titles
    assert "'-2+3 Epsilon report" in titles and "'@Zeta report" in titles
    bodies = [r["body"] for r in rows]
    assert any(b.startswith("'+1+cmd|") for b in bodies)
    assert any(b.startswith("'@SUM(") for b in bodies)
    # the other formats keep the text exactly
    stored = {r["title"] for r in db_rows(hostile, "SELECT title FROM articles")}
    assert "=HYPERLINK(\"http://evil.example/\",\"Delta report\")" in stored
    assert "-2+3 Epsilon report" in stored


def old_database(hostile: Path, tmp_path: Path) -> Path:
    """A copy of the crawl as a version without the cleaner would have stored it."""
    db = tmp_path / "old.db"
    source = sqlite3.connect(hostile)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.execute("UPDATE articles SET title = title || ' \x1b]0;owned\x07\x1b[2J', "
                   "body = '\x1b[1A\x1b[2K' || body WHERE title LIKE 'Alpha%'")
    target.commit()
    target.close()
    return db


def test_search_prints_no_escape_from_an_old_database(hostile, tmp_path):
    db = old_database(hostile, tmp_path)
    for args in ((), ("--json",)):
        result = run_main("search", "Alpha", "--db", db, *args)
        assert result.returncode == 0, result.stderr
        assert "report cleared" in result.stdout
        assert not CONTROL.search(result.stdout.replace("\n", "")), result.stdout


def test_search_on_a_terminal_keeps_only_its_own_highlighting(hostile, tmp_path):
    db = old_database(hostile, tmp_path)
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "newscrawler.cli", "search", "Alpha",
                                "--db", str(db)], cwd=REPO, stdin=subprocess.DEVNULL,
                               stdout=follower, stderr=follower, env={**os.environ,
                                                                      "TERM": "xterm"})
    os.close(follower)
    output = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0
    text = output.decode("utf-8").replace("\r\n", "\n")  # the terminal's line ends
    assert "\x1b[1;33mAlpha\x1b[0m" in text  # the highlight, ours
    assert strip_controls(text.replace("\x1b[1;33m", "").replace("\x1b[0m", "")
                          ) == text.replace("\x1b[1;33m", "").replace("\x1b[0m", "")


def test_strip_controls_removes_whole_sequences():
    assert strip_controls("a\x1b[38;5;196mb\x1b[0m") == "ab"
    assert strip_controls("a\x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\b") == "alinkb"
    assert strip_controls("a\x1b(Bb\x1bcc") == "abc"
    assert strip_controls("line\r\nnext\rthird\x0cfourth\x85fifth") == (
        "line\nnext\nthird\nfourth\nfifth")
    assert strip_controls("tab\tand 中文 stay") == "tab\tand 中文 stay"
    assert strip_controls("nul\x00 del\x7f c1\x80\x9f") == "nul del c1"


def test_extract_reads_a_page_whose_headline_holds_an_escape(tmp_path):
    """&#27; in the headline once crashed automatic extraction (lxml refuses a control
    character in an XPath variable): the page is read, and printed without it."""
    page = tmp_path / "page.html"
    title = "Harbour &#27;[2Jworks &#27;]0;x&#7;resume after storm"
    page.write_bytes(article_page(1, title, "Cursor &#27;[1A&#27;[2Kup. ").body.replace(
        b"h1 class='title'", b"h1"))
    result = run_main("extract", page, "--url", "http://example.gov.cn/art/2024/5/1/art_1.html")
    assert result.returncode == 0, result.stderr
    assert '"title": "Harbour works resume after storm"' in result.stdout
    assert "\\u001b" not in result.stdout and not CONTROL.search(result.stdout.rstrip("\n"))
    # a <title> with the escape and a headline that differs: the title is looked for as text
    other = tmp_path / "other.html"
    other.write_text("<html><head><title>Port&#27;[2Jnews</title></head><body><h1>Harbour "
                     f"works</h1><div id=zoom><p>{filler('piers')}</p></div></body></html>",
                     encoding="utf-8")
    result = run_main("extract", other)
    assert result.returncode == 0, result.stderr

"""Exports of a real crawl, every format: the rows written are the database's rows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import db_rows, run_main

COLUMNS = ("id", "url", "site", "title", "published_at", "body", "source", "channel",
           "language", "crawled_at", "fingerprint", "first_run_id", "duplicate_of")

# Each filter, and the same selection written independently in SQL.
FILTERS = {
    "all": ((), "1"),
    "site, dates and query": (
        ("--site", "demo-zh", "--since", "2018-05-24", "--until", "2018-05-27",
         "--query", "环境"),
        "site = 'demo-zh' AND published_at >= '2018-05-24' AND published_at < '2018-05-28' "
        "AND (title LIKE '%环境%' OR body LIKE '%环境%')"),
    "English phrase": (("--query", '"flood prevention"'),
                       "(title LIKE '%flood prevention%' OR body LIKE '%flood prevention%')"),
}


@pytest.fixture
def db(demo_crawl) -> Path:
    return demo_crawl.db


def expected_rows(db: Path, where: str) -> list[dict]:
    return db_rows(db, f"SELECT {', '.join(COLUMNS)} FROM articles WHERE {where} ORDER BY id")


def export(db: Path, tmp_path: Path, fmt: str, *args: str) -> Path:
    out = tmp_path / f"articles.{fmt}"
    result = run_main("export", "--db", db, "--format", fmt, "-o", out, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Exported ")
    return out


def read_csv(path: Path, *, bom: bool) -> list[dict]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def as_csv(rows: list[dict]) -> list[dict]:
    """The database rows as CSV holds them: text, NULL as an empty field."""
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


def utc(value: str | None) -> datetime | None:
    """The instant a stored value names: only one with a UTC offset names one."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return None if moment.tzinfo is None else moment.astimezone(UTC)


def local(value: str | None) -> datetime | None:
    """The time as printed, without a zone (a date: its midnight)."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=None)


PARQUET_COLUMNS = (*COLUMNS[:5], "published_at_local", *COLUMNS[5:])


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_exported_rows_equal_the_database_rows(db, tmp_path, fmt, name):
    args, where = FILTERS[name]
    expected = expected_rows(db, where)
    assert expected, "the filter should select something"
    if name == "all":
        assert len(expected) == 66
    out = export(db, tmp_path, fmt, *args)
    if fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == expected
        assert "\\u" not in lines[-1]  # UTF-8, not ASCII escapes
    elif fmt == "json":
        assert json.loads(out.read_text(encoding="utf-8")) == expected
    elif fmt == "csv":
        assert read_csv(out, bom=False) == as_csv(expected)
    else:
        pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow "
                                 "(pip install -e '.[parquet]')")
        table = pq.read_table(out)
        assert table.column_names == list(PARQUET_COLUMNS)
        assert str(table.schema.field("id").type) == "int64"
        assert str(table.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
        assert str(table.schema.field("published_at_local").type) == "timestamp[us]"
        assert str(table.schema.field("crawled_at").type) == "timestamp[us, tz=UTC]"
        want = [{**row, "published_at": utc(row["published_at"]),
                 "published_at_local": local(row["published_at"]),
                 "crawled_at": utc(row["crawled_at"])} for row in expected]
        assert [{name: row[name] for name in PARQUET_COLUMNS} for row in want] == (
            table.to_pylist())


def test_csv_bom_for_excel(db, tmp_path):
    out = export(db, tmp_path, "csv", "--bom", "--site", "demo-zh")
    rows = read_csv(out, bom=True)
    assert len(rows) == 30 and "推进" in rows[0]["title"]
    assert out.read_bytes().count(b"\r\n") >= 31  # CRLF rows, as Excel writes them


def test_export_to_stdout_and_empty_selection(db, tmp_path):
    result = run_main("export", "--db", db, "--format", "jsonl", "-o", "-", "--site", "demo-zh")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 30
    empty = export(db, tmp_path, "json", "--site", "no-such-site")
    assert json.loads(empty.read_text()) == []


def test_missing_pyarrow_gives_a_clear_error_and_no_file(db, tmp_path):
    out = tmp_path / "a.parquet"
    # Python refuses to import a module whose sys.modules entry is None: as if not installed.
    code = ("import sys; sys.modules['pyarrow'] = None; sys.modules['pyarrow.parquet'] = None; "
            "from newscrawler.cli import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "export", "--db", str(db),
                             "--format", "parquet", "-o", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == ("newscrawler: Parquet export needs pyarrow, which is not "
                                     "installed: pip install \"pyarrow>=14\"")
    assert not out.exists() and not list(tmp_path.iterdir())


def test_export_errors(db, tmp_path):
    missing = run_main("export", "--db", tmp_path / "none.db", "-o", tmp_path / "x.csv",
                      "--format", "csv")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    bom = run_main("export", "--db", db, "-o", tmp_path / "x.json", "--format", "json", "--bom")
    assert bom.returncode == 2 and "--bom is for --format csv" in bom.stderr
    query = run_main("export", "--db", db, "-o", tmp_path / "x.json", "--query", "AND")
    assert query.returncode == 2 and "nothing to search for" in query.stderr
    for result in (missing, bom, query):
        assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())

"""Export articles as JSON lines, JSON, CSV or Parquet, streamed in constant memory.

>>> flt = ArticleFilter(site="demo-zh", since="2018-05-01", query="环境")
>>> export_articles(conn, "zh.csv", format="csv", flt=flt, bom=True)    # rows written

Rows are read in batches from one query (one read transaction, so an export made during a
crawl is one consistent snapshot) and written as they come: memory does not grow with the
number of rows (``benchmarks/export_memory.py`` measures it). The file appears under its name
only when it is complete (it is written beside it and renamed); a device such as /dev/null is
written as a stream, and a symbolic link or a directory is refused
(:func:`newscrawler.files.output_file`).

Every format holds every column of ``articles``, in table order, ordered by ``id``:

- ``jsonl``: one JSON object per line, UTF-8, no ASCII escapes;
- ``json``: one JSON array of the same objects;
- ``csv``: a header row, then RFC 4180 rows (quoted where needed, CRLF); ``bom=True`` starts the
  file with a UTF-8 byte order mark, which Excel needs to read UTF-8 Chinese text correctly;
  NULL is an empty field. A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a ``'`` in front (OWASP's advice against CSV injection: a spreadsheet
  would run such a cell as a formula; the quote makes it text). Crawled text is the web's,
  and ``--bom`` is there for Excel; the other formats hold the text exactly;
- ``parquet`` (needs pyarrow: ``pip install "pyarrow>=14"``): typed columns, ids as int64,
  ``published_at`` and ``crawled_at`` as instants (timestamps in UTC, microseconds), and one
  more column after ``published_at``: ``published_at_local``, a timestamp without a time zone.
  Only a value with a UTC offset names an instant: a site without ``timezone`` stores the
  page's local time without one (``2018-05-28T09:54:31``), and a page may give only a date;
  such values are null in ``published_at`` (calling them UTC would be a guess, hours off)
  and are in ``published_at_local`` as printed (a date at midnight), where every value is,
  each as the page's local time. A value that is not a timestamp is null in both.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from newscrawler.files import output_file

from .search import ArticleFilter, where_clause

__all__ = ["FORMATS", "ParquetUnavailable", "article_columns", "export_articles",
           "iter_articles", "to_local", "to_utc"]

FORMATS = ("jsonl", "json", "csv", "parquet")
#: Rows per Parquet row group: big enough for readers, small enough to hold in memory.
PARQUET_ROWS = 10_000
ALL_ARTICLES = ArticleFilter()
#: Columns Parquet stores as instants (UTC timestamps: only values with a UTC offset).
TIMESTAMP_COLUMNS = ("published_at", "crawled_at")
#: Parquet's column of publication times as printed, without a zone, after published_at.
LOCAL_COLUMN = ("published_at_local", "published_at")


class ParquetUnavailable(RuntimeError):
    """Parquet export was asked for and pyarrow is not installed."""


def article_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """``[(name, declared SQL type), ...]`` of the ``articles`` table, in table order."""
    return [(row[1], row[2].upper()) for row in conn.execute("PRAGMA table_info(articles)")]


def iter_articles(conn: sqlite3.Connection, flt: ArticleFilter = ALL_ARTICLES, *,
                  batch_size: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
    """``iter_articles(conn, flt, batch_size=1000)``: the selected rows of ``articles`` as
    tuples in :func:`article_columns` order, ordered by id, in lists of *batch_size*."""
    names = ", ".join(f"a.{name}" for name, _ in article_columns(conn))
    where, params = where_clause(flt)
    cursor = conn.execute(f"SELECT {names} FROM articles a WHERE {where} ORDER BY a.id", params)
    try:
        while batch := cursor.fetchmany(batch_size):
            yield [tuple(row) for row in batch]
    finally:
        cursor.close()


def export_articles(conn: sqlite3.Connection, path: str | Path, *, format: str = "jsonl",
                    flt: ArticleFilter = ALL_ARTICLES, bom: bool = False,
                    batch_size: int = 1000) -> int:
    """``export_articles(conn, "out.jsonl", format="jsonl", flt=ALL_ARTICLES, bom=False,
    batch_size=1000)``: write the selected articles to *path* (``"-"``: standard output, not
    for Parquet); returns how many."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r} (formats: {', '.join(FORMATS)})")
    if format == "parquet":
        _require_pyarrow()
    columns = [name for name, _ in article_columns(conn)]
    if format == "parquet":
        batch_size = PARQUET_ROWS
    if str(path) == "-" and format == "parquet":
        raise ValueError("Parquet cannot be written to standard output; give a file name")
    batches = iter_articles(conn, flt, batch_size=batch_size)
    try:
        if str(path) == "-":
            import sys
            out = sys.stdout.buffer
            count = _WRITERS[format](out, columns, batches, bom)
            out.flush()
            return count
        with output_file(Path(path)) as out:
            if format == "parquet":
                return _write_parquet(out, article_columns(conn), batches)
            return _WRITERS[format](out, columns, batches, bom)
    finally:
        batches.close()  # its cursor, now: not when the connection may be closed already


def _write_jsonl(out: IO[bytes], columns: list[str], batches: Iterator[list[tuple]],
                 bom: bool) -> int:
    count = 0
    for batch in batches:
        out.write("".join(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False)
                          + "\n" for row in batch).encode("utf-8"))
        count += len(batch)
    return count


def _write_json(out: IO[bytes], columns: list[str], batches: Iterator[list[tuple]],
                bom: bool) -> int:
    count = 0
    out.write(b"[")
    for batch in batches:
        text = ",".join("\n" + json.dumps(dict(zip(columns, row, strict=True)),
                                          ensure_ascii=False) for row in batch)
        out.write(((",") if count else "").encode() + text.encode("utf-8"))
        count += len(batch)
    out.write(b"\n]\n" if count else b"]\n")
    return count


class _Utf8Writer:
    """A text sink over a binary file, for csv.writer."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(text.encode("utf-8"))


def _write_csv(out: IO[bytes], columns: list[str], batches: Iterator[list[tuple]],
               bom: bool) -> int:
    if bom:
        out.write("\ufeff".encode())
    writer = csv.writer(_Utf8Writer(out), lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for batch in batches:
        writer.writerows([_inert(value) for value in row] for row in batch)
        count += len(batch)
    return count


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: ``'`` before a text that starts a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


_WRITERS: dict[str, Callable[[IO[bytes], list[str], Iterator[list[tuple]], bool], int]] = {
    "jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv,
}


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def to_utc(value: str | None) -> datetime | None:
    """``to_utc("2018-05-28T09:54:31+08:00")``: the instant in UTC; None for a time without
    an offset or a date alone (they name no instant) and for anything else."""
    moment = _moment(value)
    if moment is None or moment.tzinfo is None:
        return None
    return moment.astimezone(UTC)


def to_local(value: str | None) -> datetime | None:
    """``to_local("2018-05-28T09:54:31+08:00")``: the time as the page printed it, without a
    zone (``2018-05-28 09:54:31``); a date alone is its midnight; anything else is None."""
    moment = _moment(value)
    return None if moment is None else moment.replace(tzinfo=None)


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ParquetUnavailable(
            "Parquet export needs pyarrow, which is not installed: "
            "pip install \"pyarrow>=14\"") from None


def _write_parquet(out: IO[bytes], columns: list[tuple[str, str]],
                   batches: Iterator[list[tuple]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def arrow_type(name: str, declared: str) -> pa.DataType:
        if name in TIMESTAMP_COLUMNS:
            return pa.timestamp("us", tz="UTC")
        if "INT" in declared:
            return pa.int64()
        if declared in ("REAL", "FLOAT", "DOUBLE"):
            return pa.float64()
        return pa.string()

    fields = [pa.field(name, arrow_type(name, declared)) for name, declared in columns]
    local_name, local_of = LOCAL_COLUMN
    source = [name for name, _ in columns].index(local_of)
    fields.insert(source + 1, pa.field(local_name, pa.timestamp("us")))
    schema = pa.schema(fields)
    stamps = [i for i, (name, _) in enumerate(columns) if name in TIMESTAMP_COLUMNS]
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in batches:
            data = [list(values) for values in zip(*batch, strict=True)]
            local = [to_local(v) for v in data[source]]
            for i in stamps:
                data[i] = [to_utc(v) for v in data[i]]
            data.insert(source + 1, local)
            writer.write_batch(pa.record_batch(data, schema=schema))
            count += len(batch)
    return count

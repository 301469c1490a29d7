"""Full-text search over titles and bodies, Chinese and English, and the article filters.

>>> hits = search(conn, "营商环境 -宁波", site="demo-zh", since="2018-05-01", limit=10)
>>> hits[0].title, hits[0].snippet        # snippet marks matches with [ and ]

The query language is :mod:`newscrawler.query`; matches are marked by
:mod:`newscrawler.highlight`.

Matching is by substring, case-insensitive for Latin letters, so Chinese needs no word
segmentation. A term of three characters or more is looked up in the trigram index
``articles_fts`` and ranked by BM25 (title matches weigh more); a term of one or two
characters (``环境``, ``AI``) has no trigram and is matched with LIKE, on the rows the other
terms and filters leave when there are any. A query of only short terms scans the filtered
articles and lists them newest first.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from newscrawler.controls import strip_controls
from newscrawler.highlight import excerpt, mark, show
from newscrawler.query import QueryError, Term, parse_query, wanted_words

__all__ = ["ArticleFilter", "Hit", "search", "where_clause"]

_TITLE_WEIGHT, _BODY_WEIGHT = 5.0, 1.0


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles: ``ArticleFilter(site="demo-zh", since="2018-05-01", query="环境")``.

    *since* and *until* are dates (``YYYY-MM-DD``, *until* taking in the whole day) or ISO
    timestamps, compared with ``published_at`` as the site wrote it (its local time); an
    article without a publication time is left out when either is given.
    """

    site: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None
    reposts: bool = True  # False leaves out articles with a duplicate_of


def _bound(value: str, *, name: str, end: bool) -> str:
    value = value.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return (day + timedelta(days=1)).isoformat() if end else day.isoformat()
        datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(f"--{name} wants a date (2024-05-31) or an ISO timestamp, "
                         f"got {value!r}") from None
    return value


def where_clause(flt: ArticleFilter, *, alias: str = "a") -> tuple[str, list[Any]]:
    """The SQL condition (on ``articles AS alias``) and parameters that *flt* selects."""
    conditions: list[str] = []
    params: list[Any] = []
    if flt.site:
        conditions.append(f"{alias}.site = ?")
        params.append(flt.site)
    if flt.since:
        conditions.append(f"{alias}.published_at >= ?")
        params.append(_bound(flt.since, name="since", end=False))
    if flt.until:
        bound = _bound(flt.until, name="until", end=True)
        conditions.append(f"{alias}.published_at {'<' if len(flt.until.strip()) == 10 else '<='} ?")
        params.append(bound)
    if not flt.reposts:
        conditions.append(f"{alias}.duplicate_of IS NULL")
    if flt.query is not None:
        groups = parse_query(flt.query)
        if not groups:
            raise QueryError(f"nothing to search for in {flt.query!r}")
        for group in groups:
            sql, values = _group_condition(group, alias)
            conditions.append(sql)
            params.extend(values)
    return (" AND ".join(conditions) or "1"), params


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_pattern(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _term_condition(term: Term, alias: str) -> tuple[str, list[Any]]:
    if term.indexed:
        sql = f"{alias}.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params: list[Any] = [_fts_string(term.text)]
    else:
        pattern = _like_pattern(term.text)
        sql = (f"({alias}.title LIKE ? ESCAPE '\\' OR {alias}.body LIKE ? ESCAPE '\\')")
        params = [pattern, pattern]
    return (f"NOT {sql}" if term.negated else sql), params


def _group_condition(group: list[Term], alias: str) -> tuple[str, list[Any]]:
    parts = [_term_condition(term, alias) for term in group]
    sql = " OR ".join(part for part, _ in parts)
    return (f"({sql})" if len(parts) > 1 else sql), [p for _, values in parts for p in values]


@dataclass(frozen=True, slots=True)
class Hit:
    id: int
    site: str
    url: str
    title: str
    published_at: str | None
    duplicate_of: int | None
    title_marked: str  # the title with matches between the highlight markers
    snippet: str  # the body around the best match, matches marked
    rank: float | None  # BM25, lower is better; None for a query of short terms only


def search(conn: sqlite3.Connection, query: str, *, site: str | None = None,
           since: str | None = None, until: str | None = None, reposts: bool = True,
           limit: int = 20, offset: int = 0, highlight: tuple[str, str] = ("[", "]")
           ) -> list[Hit]:
    """``search(conn, "flood prevention", site=None, since=None, until=None, reposts=True,
    limit=20, offset=0, highlight=("[", "]"))``: the best matching articles, best first,
    matches in titles and snippets between the *highlight* markers."""
    groups = parse_query(query)
    if not groups:
        raise QueryError(f"nothing to search for in {query!r}")
    # Terms the trigram index can rank: plain, indexed, on their own (not in an OR group).
    ranked = [g[0] for g in groups if len(g) == 1 and g[0].indexed and not g[0].negated]
    rest = [g for g in groups if not (len(g) == 1 and g[0] in ranked)]
    flt = ArticleFilter(site=site, since=since, until=until, reposts=reposts)
    where, params = where_clause(flt)
    for group in rest:
        sql, values = _group_condition(group, "a")
        where += f" AND {sql}"
        params.extend(values)
    if ranked:
        fts_query = " AND ".join(_fts_string(t.text) for t in ranked)
        rank = f"bm25(articles_fts, {_TITLE_WEIGHT}, {_BODY_WEIGHT})"
        # Rank first, reading only the index (and articles when a filter needs it); then
        # read the page of rows shown. Asking for bodies or highlight() in the ranking query
        # would make SQLite compute them for every match (seconds for a common word).
        if where == "1":
            best = (f"SELECT rowid, {rank} AS rank FROM articles_fts WHERE articles_fts MATCH ? "
                    f"ORDER BY rank, rowid DESC LIMIT ? OFFSET ?")
        else:
            best = (f"SELECT a.id, {rank} AS rank FROM articles_fts "
                    f"JOIN articles a ON a.id = articles_fts.rowid "
                    f"WHERE articles_fts MATCH ? AND {where} "
                    f"ORDER BY rank, a.id DESC LIMIT ? OFFSET ?")
        ranks = dict(conn.execute(best, (fts_query, *params, limit, offset)).fetchall())
        found = {row[0]: row for row in conn.execute(
            f"SELECT id, site, url, title, published_at, duplicate_of, body FROM articles "
            f"WHERE id IN ({', '.join('?' * len(ranks)) or 'NULL'})", tuple(ranks))}
        rows = [(*found[i], ranks[i]) for i in ranks if i in found]
    else:
        sql = (f"SELECT a.id, a.site, a.url, a.title, a.published_at, a.duplicate_of, a.body "
               f"FROM articles a WHERE {where} "
               f"ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?")
        rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [_hit(row, wanted_words(groups), highlight) for row in rows]


def _hit(row: sqlite3.Row | tuple, words: list[str], markers: tuple[str, str]) -> Hit:
    values = tuple(row)
    article_id, site, url, title, published_at, duplicate_of, body = values[:7]
    rank = values[7] if len(values) > 7 else None
    # A database written before the cleaner stripped them may hold escape sequences.
    site, url, title, body = (strip_controls(v or "") for v in (site, url, title, body))
    # Marked here rather than by FTS5's highlight(): the same case-insensitive substrings the
    # trigram index and LIKE match, for long and short terms alike.
    snippet = excerpt(" ".join(mark(body or "", words).split()))
    return Hit(article_id, site, url, title, published_at, duplicate_of,
               show(mark(title, words), markers), show(snippet, markers), rank)

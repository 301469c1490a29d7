"""Full-text search over titles and bodies, Chinese and English, and the article filters.

>>> hits = search(conn, "营商环境 -宁波", site="demo-zh", since="2018-05-01", limit=10)
>>> hits[0].title, hits[0].snippet        # snippet marks matches with [ and ]

The query language, whatever a user types (nothing in it is passed to FTS5 as syntax, so
quotes, ``*``, ``-``, ``AND`` and unbalanced parentheses never make a query fail):

- words separated by spaces must all appear: ``flood reservoir``;
- ``"a phrase"`` must appear as written, spaces included;
- ``-word`` or ``NOT word`` must not appear;
- ``a OR b``: either one;
- ``AND``, parentheses and a trailing ``*`` are ignored (every term already matches inside
  longer words: ``revital`` finds "revitalization").

Matching is by substring, case-insensitive for Latin letters, so Chinese needs no word
segmentation. A term of three characters or more is looked up in the trigram index
``articles_fts`` and ranked by BM25 (title matches weigh more); a term of one or two
characters (``环境``, ``AI``) has no trigram and is matched with LIKE, on the rows the other
terms and filters leave when there are any. A query of only short terms scans the filtered
articles and lists them newest first.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

__all__ = [
    "ArticleFilter", "Hit", "QueryError", "Term", "parse_query", "search", "where_clause",
]

# Matches are marked with two control characters no article text holds, so that the text's
# own brackets never confuse the marking; search() swaps in the markers the caller wants.
_START, _END = "\x02", "\x03"
_SNIPPET_WIDTH = 160  # terminal columns (a CJK character takes two)
_TITLE_WEIGHT, _BODY_WEIGHT = 5.0, 1.0


class QueryError(ValueError):
    """A query or filter that cannot be searched for (nothing to search, a bad date)."""


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    negated: bool = False

    @property
    def indexed(self) -> bool:
        """True when the trigram index can find it (three characters or more)."""
        return len(self.text) >= 3


# A quoted phrase needs its closing quote; a lone quote is dropped from the word it touches.
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def parse_query(query: str) -> list[list[Term]]:
    """``parse_query('flood "dam safety" -drill a OR b')``: the terms, as a list of
    alternatives (OR) that must all hold (AND)."""
    groups: list[list[Term]] = []
    pending_or = negate_next = False
    for match in _TOKEN.finditer(query):
        minus, phrase, word = match.groups()
        negated = negate_next or bool(minus)
        if phrase is not None:
            text = " ".join(phrase.split())
        else:
            bare = word.strip('()*^:+"')
            if bare in ("AND", "&&", "&"):
                continue
            if bare in ("OR", "|", "||"):
                pending_or = bool(groups)
                continue
            if bare == "NOT":
                negate_next = True
                continue
            if word.startswith("-") and len(word) > 1:
                negated, word = True, word[1:]
            text = word.strip('()*^:+"').rstrip("*")
        negate_next = False
        if not text:
            continue
        term = Term(text, negated)
        if pending_or and not negated and not any(t.negated for t in groups[-1]):
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return groups


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
    markers = str.maketrans({_START: highlight[0], _END: highlight[1]})
    hits = []
    for row in rows:
        hit = _hit(row, groups)
        hits.append(Hit(hit.id, hit.site, hit.url, hit.title, hit.published_at, hit.duplicate_of,
                        hit.title_marked.translate(markers), hit.snippet.translate(markers),
                        hit.rank))
    return hits


def _hit(row: sqlite3.Row | tuple, groups: list[list[Term]]) -> Hit:
    values = tuple(row)
    article_id, site, url, title, published_at, duplicate_of, body = values[:7]
    rank = values[7] if len(values) > 7 else None
    wanted = [t.text for g in groups for t in g if not t.negated]
    # Marked here rather than by FTS5's highlight(): the same case-insensitive substrings the
    # trigram index and LIKE match, for long and short terms alike.
    title_marked, body_marked = _mark(title, wanted), _mark(body or "", wanted)
    snippet = _excerpt(" ".join(body_marked.split()))
    return Hit(article_id, site, url, title, published_at, duplicate_of, title_marked, snippet,
               rank)


def _mark(text: str, words: list[str]) -> str:
    """*text* with every case-insensitive occurrence of *words* between the markers (words
    already inside markers are left alone)."""
    if not words or not text:
        return text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)),
                         re.IGNORECASE)
    out, depth = [], 0
    # Walk outside existing marks only, so FTS5's marks are not doubled.
    for piece in re.split(f"({_START}|{_END})", text):
        if piece == _START:
            depth += 1
        elif piece == _END:
            depth = max(0, depth - 1)
        elif depth == 0:
            piece = pattern.sub(lambda m: f"{_START}{m.group(0)}{_END}", piece)
        out.append(piece)
    return "".join(out)


def _excerpt(marked: str, *, width: int = _SNIPPET_WIDTH) -> str:
    """About *width* columns of *marked* text, from a little before its first mark."""
    first = marked.find(_START)
    begin = max(0, first - width // 6) if first > 0 else 0
    if begin and marked[begin - 1].isascii() and marked[begin - 1].isalnum():
        space = marked.find(" ", begin, first)  # start at a word, not inside one
        begin = space + 1 if space >= 0 else begin
    columns, finish = 0, begin
    while finish < len(marked) and columns < width:
        columns += 2 if unicodedata.east_asian_width(marked[finish]) in "WF" else 1
        finish += 1
    text = marked[begin:finish]
    if text.count(_START) > text.count(_END):
        text += _END  # the window ended inside a match
    return ("…" if begin else "") + text + ("…" if finish < len(marked) else "")

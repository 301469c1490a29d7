"""Regexes that generalize a set of URLs of one class, for a proposed site config.

>>> [p.regex for p in propose_patterns([
...     "https://www.yichun.gov.cn/ycsrmzf/zwyw/202310/34e1d41233c34c52a652e278c5529a33.shtml",
...     "https://www.yichun.gov.cn/ycsrmzf/jxszc/202309/8e06c35d822542c886f09f9c170fc671.shtml"])]
['/ycsrmzf/[a-z]+/\\\\d{6}/[0-9a-f]{32}\\\\.shtml$']

URLs are grouped by the shape of their path (and the names of their query arguments); in each
group a part that is the same in every URL is kept literally, letters that vary become
``[a-z]+``, and every run of digits becomes ``\\d+`` (``\\d{4}``, ``\\d{6}`` or ``\\d{8}``
where it is a date in every URL): a number is never kept, so no article id, date or page
number ends up in a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Pattern", "propose_patterns"]

# a path split into tokens: 32-hex ids, digit runs, letter runs, anything else one character
_TOKEN = re.compile(r"[0-9a-f]{16,}(?=[^0-9a-z]|$)|\d+|[A-Za-z]+|[^A-Za-z\d]")


@dataclass(slots=True)
class Pattern:
    """One proposed regex (``re.search`` on the absolute URL, as site configs use them), how
    many of the given URLs it covers, and a few of them."""

    regex: str
    count: int
    examples: list[str] = field(default_factory=list)


def _kind(token: str) -> str:
    if len(token) >= 16 and re.fullmatch(r"[0-9a-f]+", token) and re.search(r"\d", token):
        return "H"
    if token.isdigit():
        return "9"
    if token.isalpha():
        return "a"
    return token


def _is_date(token: str, before: str) -> bool:
    """yyyy, yyyymm or yyyymmdd starting a path segment or after a TRS ``t``."""
    if before not in ("/", "t") or len(token) not in (4, 6, 8) or not 1990 <= int(token[:4]) < 2100:
        return False
    return len(token) == 4 or 1 <= int(token[4:6]) <= 12


def _generalize(column: list[str], before: str = "") -> str:
    kind = _kind(column[0])
    if kind == "H":
        lengths = {len(t) for t in column}
        return f"[0-9a-f]{{{lengths.pop()}}}" if len(lengths) == 1 else "[0-9a-f]+"
    if kind == "9":
        # dates keep their width (yyyy, yyyymm, yyyymmdd); ids and counters do not
        lengths = {len(t) for t in column}
        dated = all(_is_date(t, before) for t in column)
        if len(lengths) == 1 and dated and lengths <= {4, 6, 8}:
            return f"\\d{{{lengths.pop()}}}"
        return "\\d+"
    if kind == "a":
        if len(set(column)) == 1:
            return re.escape(column[0])
        return "[a-z]+" if all(t.islower() for t in column) else "[A-Za-z]+"
    return re.escape(column[0])


def propose_patterns(urls: Iterable[str], *, min_count: int = 1) -> list[Pattern]:
    """Regexes covering *urls* (canonical absolute URLs of one class), most URLs first.
    Groups smaller than *min_count* are left out (a pattern from one URL is a guess)."""
    groups: dict[tuple[str, ...], list[tuple[list[str], str]]] = {}
    for url in dict.fromkeys(urls):
        parts = urlsplit(url)
        tokens = _TOKEN.findall(parts.path or "/")
        keys = tuple(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
        signature = (*(_kind(t) for t in tokens), "?", *keys)
        groups.setdefault(signature, []).append((tokens, url))
    out = []
    for signature, members in groups.items():
        if len(members) < min_count:
            continue
        columns = list(zip(*(tokens for tokens, _ in members), strict=True))
        path = "".join(_generalize(list(col), columns[i - 1][0] if i else "")
                       for i, col in enumerate(columns))
        keys = signature[signature.index("?") + 1:]
        if keys:
            query = "&".join(f"{re.escape(k)}=[^&]*" for k in keys)
            regex = f"{path}\\?{query}$"
        else:
            regex = f"{path}$"
        out.append(Pattern(regex, len(members), [u for _, u in members[:3]]))
    out.sort(key=lambda p: (-p.count, p.regex))
    return out

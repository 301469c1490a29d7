"""The search query language, whatever a user types: ``parse_query('flood -drill a OR b')``.

Nothing typed is passed to FTS5 as syntax, so quotes, ``*``, ``-``, ``AND`` and unbalanced
parentheses never make a query fail:

- words separated by spaces must all appear: ``flood reservoir``;
- ``"a phrase"`` must appear as written, spaces included;
- ``-word`` or ``NOT word`` must not appear;
- ``a OR b``: either one;
- ``AND``, parentheses and a trailing ``*`` are ignored (every term already matches inside
  longer words: ``revital`` finds "revitalization").

``newscrawler/storage/search.py`` turns the terms into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QueryError", "Term", "parse_query", "wanted_words"]


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


def wanted_words(groups: list[list[Term]]) -> list[str]:
    """The texts a match must show: every term that is not negated."""
    return [t.text for g in groups for t in g if not t.negated]

"""Datasette metadata for a news database: table and column descriptions, facets, search.

>>> metadata("news")          # the shipped metadata.json, for a database named "news"

Datasette names a database after its file (``output/news.db`` is ``news``); the shipped file
is written for ``news``, and :func:`metadata` moves it to any other name.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["metadata"]


def metadata(database: str = "news") -> dict[str, Any]:
    """``metadata("news")``: the metadata document for a database called *database*."""
    text = resources.files(__package__).joinpath("metadata.json").read_text(encoding="utf-8")
    document = json.loads(text)
    databases = document["databases"]
    databases[database] = databases.pop("news")
    return document

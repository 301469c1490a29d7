"""The SQL of what crawls without regexes learn about a site's addresses (``link_templates``):
per address template, how many fetched pages of it were articles, lists or neither. What a
template is and how the counts are used is in :mod:`newscrawler.discovery.learning`; these
are methods of :class:`~newscrawler.storage.Storage`.

>>> store.learned_templates("www.x.gov.cn")    # {template: (articles, lists, others)}
>>> store.add_template_pages("www.x.gov.cn", {template: (3, 0, 0)}, examples={...})
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["LinkTemplates"]


class LinkTemplates:
    """Mixed into :class:`~newscrawler.storage.Storage`, whose batch the writes join."""

    db: Any
    _write: Callable[..., sqlite3.Cursor]  # Storage's: joins the open batch

    def learned_templates(self, site: str) -> dict[str, tuple[int, int, int]]:
        """Every template *site*'s earlier runs fetched: ``(articles, lists, others)``."""
        rows = self.db.execute("SELECT template, articles, lists, others FROM link_templates "
                               "WHERE site = ?", (site,))
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def add_template_pages(self, site: str, counts: Mapping[str, tuple[int, int, int]], *,
                           examples: Mapping[str, str] | None = None,
                           seen: str | None = None) -> None:
        """Add this run's pages per template to *site*'s counts (in the open batch)."""
        for template, (articles, lists, others) in counts.items():
            example = (examples or {}).get(template)
            self._write(
                "INSERT INTO link_templates (site, template, articles, lists, others, example, "
                "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site, template) DO UPDATE "
                "SET articles = articles + excluded.articles, lists = lists + excluded.lists, "
                "others = others + excluded.others, "
                "example = coalesce(excluded.example, example), last_seen = excluded.last_seen",
                (site, template, articles, lists, others, example, seen))

"""Article extraction: HTML in, fields out. Pure functions, no crawl needed.

>>> fields = extract_article(html, url="https://example.gov.cn/art/2018/5/28/art_1.html",
...                          timezone="Asia/Shanghai")
>>> fields.title, fields.published_at
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from parsel import Selector

__all__ = ["ArticleFields", "decode_html", "extract_article"]


@dataclass(slots=True)
class ArticleFields:
    """What one article page says about itself (``None`` where it says nothing)."""

    title: str | None = None
    published_at: str | None = None  # ISO 8601; offset when a time is shown, date only otherwise
    body: str | None = None  # plain text, paragraphs separated by a blank line
    source: str | None = None  # issuing agency (来源 / ContentSource / Source:)
    channel: str | None = None  # ColumnName meta or the breadcrumb's last step
    language: str | None = None  # "zh", "en", "de", ...
    canonical_url: str | None = None  # absolute <link rel="canonical"> / og:url, as printed


def extract_article(
    page: str | bytes | Selector,
    url: str | None = None,
    *,
    selectors: Mapping[str, str] | None = None,
    timezone: str | None = None,
    language: str | None = None,
) -> ArticleFields:
    raise NotImplementedError


def decode_html(body: bytes, content_type: str | None = None) -> str:
    raise NotImplementedError

"""Site configs: one TOML file per portal, checked before any request is sent.

>>> site = load_site("demo-en")            # a file shipped in newscrawler/sites/
>>> site = load_site("my-sites/zj.toml")   # or a path
>>> site.name, site.start_urls[0]
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["SITES_DIR", "SiteConfig", "SiteConfigError", "list_sites", "load_site", "parse_site"]

SITES_DIR = Path(__file__).parent / "sites"
SELECTOR_KEYS = frozenset({"title", "published", "body", "source", "channel"})
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class SiteConfigError(ValueError):
    """A site config that cannot be used; the message names the file, the key and the problem."""

    def __init__(self, origin: str, key: str | None, problem: str) -> None:
        self.origin, self.key, self.problem = origin, key, problem
        where = f"{origin}: key {key!r}" if key else origin
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class SiteConfig:
    name: str
    start_urls: tuple[str, ...]
    list_links: tuple[str, ...] = ()
    article_links: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    timezone: str | None = None
    language: str | None = None
    download_delay: float | None = None
    stop_at_known: bool = True
    min_interval: float = 0.0  # seconds between two scheduled runs of this site
    selectors: dict[str, str] = field(default_factory=dict)
    origin: str = "<memory>"

    @property
    def list_patterns(self) -> re.Pattern[str] | None:
        return _combine(self.list_links)

    @property
    def article_patterns(self) -> re.Pattern[str] | None:
        return _combine(self.article_links)

    def rebased(self, base_url: str) -> SiteConfig:
        """The same site served from *base_url* (scheme and host:port), as the demo does."""
        base = urlsplit(base_url)
        urls = tuple(urlsplit(u)._replace(scheme=base.scheme, netloc=base.netloc).geturl()
                     for u in self.start_urls)
        return dataclasses.replace(self, start_urls=urls, allowed_domains=(base.hostname or "",))


_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str, "start_urls": list, "list_links": list, "article_links": list,
    "allowed_domains": list, "timezone": str, "language": str,
    "download_delay": (int, float), "stop_at_known": bool, "min_interval": (int, float, str),
    "selectors": dict,
}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_site(data: dict[str, Any], origin: str = "<memory>") -> SiteConfig:
    """Check a parsed TOML table and build the :class:`SiteConfig`, or raise SiteConfigError."""
    for key, value in data.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise SiteConfigError(origin, key, f"unknown key (known keys: {known})")
        expected = _KEYS[key]
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise SiteConfigError(origin, key, f"expected {_type_name(expected)}, "
                                               f"got {type(value).__name__} {value!r}")
    name = data.get("name")
    if not name:
        raise SiteConfigError(origin, "name", "missing: every site needs a unique name")
    if not _NAME.match(name):
        raise SiteConfigError(origin, "name", f"{name!r} is not a valid name "
                                              "(lower-case letters, digits, '-', '_', '.')")
    start_urls = _strings(data, "start_urls", origin)
    if not start_urls:
        raise SiteConfigError(origin, "start_urls", "missing or empty: give at least one URL")
    for url in start_urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteConfigError(origin, "start_urls", f"{url!r} is not an absolute http(s) URL")
    list_links = _regexes(data, "list_links", origin)
    article_links = _regexes(data, "article_links", origin)
    if not article_links:
        raise SiteConfigError(origin, "article_links", "missing or empty: give at least one regex "
                                                       "for the article pages")
    allowed = _strings(data, "allowed_domains", origin) or tuple(
        dict.fromkeys(urlsplit(u).hostname or "" for u in start_urls))
    timezone = data.get("timezone")
    if timezone is not None:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SiteConfigError(origin, "timezone", f"unknown timezone {timezone!r} "
                                  "(use an IANA name such as 'Asia/Shanghai')") from None
    delay = data.get("download_delay")
    if delay is not None and delay < 0:
        raise SiteConfigError(origin, "download_delay", f"must be >= 0, got {delay}")
    selectors = data.get("selectors", {})
    for key, value in selectors.items():
        if key not in SELECTOR_KEYS:
            raise SiteConfigError(origin, f"selectors.{key}",
                                  f"unknown selector (known: {', '.join(sorted(SELECTOR_KEYS))})")
        if not isinstance(value, str) or not value.strip():
            raise SiteConfigError(origin, f"selectors.{key}", "must be a non-empty string")
        _check_selector(value, origin, f"selectors.{key}")
    return SiteConfig(
        name=name, start_urls=start_urls, list_links=list_links, article_links=article_links,
        allowed_domains=allowed, timezone=timezone, language=data.get("language"),
        download_delay=float(delay) if delay is not None else None,
        stop_at_known=data.get("stop_at_known", True),
        min_interval=_duration(data.get("min_interval", 0), origin),
        selectors=dict(selectors), origin=origin,
    )


def load_site(name_or_path: str | Path) -> SiteConfig:
    """Load a shipped site by name (``"demo-en"``) or any TOML file by path."""
    path = Path(name_or_path)
    if path.suffix != ".toml" and not path.exists():
        path = SITES_DIR / f"{name_or_path}.toml"
        if not path.exists():
            shipped = ", ".join(list_sites()) or "none"
            raise SiteConfigError(str(name_or_path), None,
                                  f"no such site (shipped sites: {shipped}; or give a .toml path)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SiteConfigError(str(path), None, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(str(path), None, f"not valid TOML: {exc}") from None
    return parse_site(data, origin=str(path))


def list_sites() -> list[str]:
    """Names of the site configs shipped in ``newscrawler/sites/``."""
    return sorted(p.stem for p in SITES_DIR.glob("*.toml"))


@functools.lru_cache(maxsize=256)
def _combine(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _strings(data: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    values = data.get(key, [])
    for value in values:
        if not isinstance(value, str) or not value:
            raise SiteConfigError(origin, key, f"expected a list of non-empty strings, "
                                               f"found {value!r}")
    return tuple(values)


def _regexes(data: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    patterns = _strings(data, key, origin)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SiteConfigError(origin, key, f"bad regex {pattern!r}: {exc}") from None
    return patterns


def _check_selector(query: str, origin: str, key: str) -> None:
    from parsel import Selector
    from parsel.csstranslator import HTMLTranslator

    try:
        if query.startswith(("/", "(")):
            Selector(text="<html></html>").xpath(query)
        else:
            HTMLTranslator().css_to_xpath(query)
    except Exception as exc:  # parsel raises several types for bad queries
        raise SiteConfigError(origin, key, f"bad selector {query!r}: {exc}") from None


def _duration(value: int | float | str, origin: str) -> float:
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(value)
        if not match:
            raise SiteConfigError(origin, "min_interval",
                                  f"{value!r} is not a duration (seconds, or '30m', '6h', '1d')")
        seconds = float(match[1]) * _UNITS[match[2]]
    if seconds < 0:
        raise SiteConfigError(origin, "min_interval", f"must be >= 0, got {value!r}")
    return seconds


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {list: "a list", str: "a string", dict: "a table", bool: "true or false",
             int: "a number", float: "a number"}
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))

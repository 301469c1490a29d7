"""Site configs: one TOML file per portal, checked before any request is sent.

>>> site = load_site("demo-en")            # a file shipped in newscrawler/sites/
>>> site = load_site("my-sites/zj.toml")   # or a path
>>> site.name, site.start_urls[0]

A file without ``article_links`` is crawled without regexes: the link classifier and what
the site's earlier runs learned decide which links are articles and lists
(:mod:`newscrawler.discovery`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newscrawler import durations
from newscrawler.files import NotARegularFile, read_regular_file
from newscrawler.health.thresholds import ThresholdError, check_thresholds
from newscrawler.limits import LIMITS

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
    # an article split over pages (content_1_2.htm) is stored once, its pages' text joined
    join_pages: bool = True
    min_interval: float = 0.0  # seconds between two scheduled runs of this site
    selectors: dict[str, str] = field(default_factory=dict)
    # health check thresholds of this site (the [health] table), over NEWSCRAWLER_HEALTH's
    health: dict[str, Any] = field(default_factory=dict)
    feeds: tuple[str, ...] = ()  # RSS/Atom feeds whose items are article links
    sitemaps: tuple[str, ...] = ()  # XML sitemaps (or sitemap indexes) of article links
    # this site's limits, by key (max_pages, max_time, ...): newscrawler/limits.py
    limits: dict[str, float] = field(default_factory=dict)
    origin: str = "<memory>"

    @property
    def zero_config(self) -> bool:
        """No ``article_links``: the classifier decides (:mod:`newscrawler.discovery`)."""
        return not self.article_links

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


def parse_site(data: dict[str, Any], origin: str = "<memory>") -> SiteConfig:
    """Check a parsed TOML table and build the :class:`SiteConfig`, or raise SiteConfigError.

    Every key has a type and a check (:data:`_KEYS`); the checks run in the table's order,
    each on the key's value (None when the file leaves it out).
    """
    for key, value in data.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise SiteConfigError(origin, key, f"unknown key (known keys: {known})")
        expected = _KEYS[key][0]
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise SiteConfigError(origin, key, f"expected {_type_name(expected)}, "
                                               f"got {type(value).__name__} {value!r}")
    fields: dict[str, Any] = {}
    for key, (_, check) in _KEYS.items():
        value = check(data.get(key), Checked(origin, key, fields))
        if value is not None:
            fields[key] = value
    limits = {key: fields.pop(key) for key in LIMITS if key in fields}
    return SiteConfig(**fields, limits=limits, origin=origin)


@dataclass(frozen=True, slots=True)
class Checked:
    """Where a check is: the file, the key, and the keys checked before it."""

    origin: str
    key: str
    fields: dict[str, Any]

    def error(self, problem: str, *, key: str | None = None) -> SiteConfigError:
        return SiteConfigError(self.origin, key or self.key, problem)


def _name(value: str | None, at: Checked) -> str:
    if not value:
        raise at.error("missing: every site needs a unique name")
    if not _NAME.match(value):
        raise at.error(f"{value!r} is not a valid name (lower-case letters, digits, '-', '_', "
                       "'.')")
    return value


def _start_urls(value: list | None, at: Checked) -> tuple[str, ...]:
    urls = _urls(value, at)
    if not urls:
        raise at.error("missing or empty: give at least one URL")
    return urls


def _list_links(value: list | None, at: Checked) -> tuple[str, ...]:
    return _regexes(value, at)


def _article_links(value: list | None, at: Checked) -> tuple[str, ...]:
    if value is not None and not value:
        raise at.error("empty: give at least one regex for the article pages, or leave the "
                       "key out to let the link classifier decide")
    return _regexes(value, at)


def _allowed_domains(value: list | None, at: Checked) -> tuple[str, ...]:
    return _strings(value, at) or tuple(
        dict.fromkeys(urlsplit(u).hostname or "" for u in at.fields["start_urls"]))


def _timezone(value: str | None, at: Checked) -> str | None:
    if value is not None:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise at.error(f"unknown timezone {value!r} (use an IANA name such as "
                           "'Asia/Shanghai')") from None
    return value


def _language(value: str | None, at: Checked) -> str | None:
    return value


def _download_delay(value: float | None, at: Checked) -> float | None:
    if value is not None and value < 0:
        raise at.error(f"must be >= 0, got {value}")
    return float(value) if value is not None else None


def _flag(value: bool | None, at: Checked) -> bool | None:
    return value


def _min_interval(value: float | str | None, at: Checked) -> float:
    return _seconds(value, at) if value is not None else 0.0


def _seconds(value: float | str | None, at: Checked) -> float | None:
    if value is None:
        return None
    try:
        seconds = durations.seconds(value)
    except ValueError as exc:
        raise at.error(str(exc)) from None
    if seconds < 0:
        raise at.error(f"must be >= 0, got {value!r}")
    return seconds


def _count(value: int | None, at: Checked) -> int | None:
    if value is not None and value < 0:
        raise at.error(f"must be >= 0 (0: no limit), got {value}")
    return value


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(|B|KB|MB|GB)\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30}


def _size(value: int | str | None, at: Checked) -> int | None:
    if value is None or isinstance(value, int):
        return _count(value, at)
    match = _SIZE.match(value)
    if not match:
        raise at.error(f"{value!r} is not a size (bytes, or '500KB', '10MB')")
    return int(float(match[1]) * _SIZE_UNITS[match[2].lower()])


def _selectors(value: dict | None, at: Checked) -> dict[str, str]:
    for key, query in (value or {}).items():
        where = f"selectors.{key}"
        if key not in SELECTOR_KEYS:
            raise at.error(f"unknown selector (known: {', '.join(sorted(SELECTOR_KEYS))})",
                           key=where)
        if not isinstance(query, str) or not query.strip():
            raise at.error("must be a non-empty string", key=where)
        _check_selector(query, at, where)
    return dict(value or {})


def _health(value: dict | None, at: Checked) -> dict[str, Any]:
    try:
        return check_thresholds(value or {})
    except ThresholdError as exc:
        raise at.error(exc.problem, key=f"health.{exc.key}") from None


def _feeds(value: list | None, at: Checked) -> tuple[str, ...]:
    return _urls(value, at)


def _sitemaps(value: list | None, at: Checked) -> tuple[str, ...]:
    return _urls(value, at)


#: Every key of a site file: its TOML type and its check, in the order they run.
_KEYS: dict[str, tuple[type | tuple[type, ...], Callable[[Any, Checked], Any]]] = {
    "name": (str, _name),
    "start_urls": (list, _start_urls),
    "list_links": (list, _list_links),
    "article_links": (list, _article_links),
    "allowed_domains": (list, _allowed_domains),
    "timezone": (str, _timezone),
    "language": (str, _language),
    "download_delay": ((int, float), _download_delay),
    "stop_at_known": (bool, _flag),
    "join_pages": (bool, _flag),
    "min_interval": ((int, float, str), _min_interval),
    "selectors": (dict, _selectors),
    "health": (dict, _health),
    "feeds": (list, _feeds),
    "sitemaps": (list, _sitemaps),
    # the run's limits (newscrawler/limits.py); without them, the settings' defaults
    "max_pages": (int, _count),
    "max_time": ((int, float, str), _seconds),
    "max_depth": (int, _count),
    "max_idle_lists": (int, _count),
    "max_redirects": (int, _count),
    "max_page_size": ((int, str), _size),
}


#: No site file is this big: a larger one is not one.
MAX_SITE_FILE = 1024 * 1024


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
        data = tomllib.loads(read_regular_file(path, max_bytes=MAX_SITE_FILE).decode("utf-8"))
    except FileNotFoundError:
        raise SiteConfigError(str(path), None, "file not found") from None
    except NotARegularFile as exc:
        what = f"is {exc.kind}" if exc.kind else f"is {exc.size:,} bytes"
        raise SiteConfigError(str(path), None, f"{what}, not a site file (give a shipped site's "
                              "name or a .toml file of at most 1 MB)") from None
    except UnicodeDecodeError as exc:
        raise SiteConfigError(str(path), None, f"not UTF-8 text ({exc.reason} at byte "
                              f"{exc.start})") from None
    except OSError as exc:
        raise SiteConfigError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(str(path), None, f"not valid TOML: {exc}") from None
    return parse_site(data, origin=str(path))


def list_sites() -> list[str]:
    """Names of the site configs shipped in ``newscrawler/sites/``."""
    return sorted(p.stem for p in SITES_DIR.glob("*.toml"))


@functools.lru_cache(maxsize=256)
def _combine(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _strings(values: list | None, at: Checked) -> tuple[str, ...]:
    for value in values or ():
        if not isinstance(value, str) or not value:
            raise at.error(f"expected a list of non-empty strings, found {value!r}")
    return tuple(values or ())


def _urls(values: list | None, at: Checked) -> tuple[str, ...]:
    urls = _strings(values, at)
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise at.error(f"{url!r} is not an absolute http(s) URL")
    return urls


def _regexes(values: list | None, at: Checked) -> tuple[str, ...]:
    patterns = _strings(values, at)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise at.error(f"bad regex {pattern!r}: {exc}") from None
    return patterns


def _check_selector(query: str, at: Checked, key: str) -> None:
    from parsel import Selector
    from parsel.csstranslator import HTMLTranslator

    try:
        if query.startswith(("/", "(")):
            Selector(text="<html></html>").xpath(query)
        else:
            HTMLTranslator().css_to_xpath(query)
    except Exception as exc:  # parsel raises several types for bad queries
        raise at.error(f"bad selector {query!r}: {exc}", key=key) from None


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {list: "a list", str: "a string", dict: "a table", bool: "true or false",
             int: "a number", float: "a number"}
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))

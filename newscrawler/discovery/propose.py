"""A site config proposed from a sample of a portal (:mod:`newscrawler.discovery.sample`), and
what the sample saw. Pure: the sample in, TOML text and a report out.

>>> proposal = propose_site(sample)
>>> print(proposal.toml)        # name, start_urls, list_links, article_links, timezone, ...
>>> print(proposal.report)      # pages per pattern, sample titles and dates, doubts

- ``article_links``: :func:`~newscrawler.linkpatterns.propose_patterns` over every link the
  sampled lists gave as an article (and the feeds' and sitemaps' links), less the address
  templates whose fetched pages were mostly not articles; ``list_links`` likewise over the
  list links. The patterns keep no number, so no article id or date.
- ``[selectors]``: a title, date or body selector only when, on every sampled article (two at
  least), it gives exactly what the automatic extraction gave.
- ``timezone`` from the host's country domain where it has one zone; ``language`` when the
  sampled articles agree on one.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from parsel import Selector

from newscrawler.extract import extract_article
from newscrawler.extract.document import owned_tree
from newscrawler.extract.text import element_text
from newscrawler.linkclass import ARTICLE, LIST, address_template
from newscrawler.linkpatterns import Pattern, propose_patterns

from .sample import Sample, SampledPage

__all__ = ["Proposal", "agreeing_selectors", "propose_site"]

_NAME_TOKEN = re.compile(r"^[A-Za-z][\w-]{1,40}$")
_SELECTOR_FIELDS = ("title", "published", "body")
_FIELD_OF = {"title": "title", "published": "published_at", "body": "body"}


@dataclass(slots=True)
class Proposal:
    config: dict[str, Any]
    toml: str
    report: str
    article_patterns: list[Pattern]
    list_patterns: list[Pattern]


def _template_kinds(pages: list[SampledPage]) -> dict[str, Counter[str]]:
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        if page.kind:
            kinds[address_template(page.url)][page.kind] += 1
    return kinds


def _refuted(url: str, kinds: dict[str, Counter[str]], kind: str) -> bool:
    """Whether the fetched pages of *url*'s template were mostly not *kind*."""
    seen = kinds.get(address_template(url))
    return bool(seen) and seen[kind] * 2 < sum(seen.values())


def propose_site(sample: Sample) -> Proposal:
    site = sample.site
    kinds = _template_kinds(sample.pages)
    articles = [u for u, lk in sample.links.items() if lk.kind == ARTICLE]
    articles += [p.url for p in sample.fetched(ARTICLE)] + sample.listed
    articles = [u for u in dict.fromkeys(articles) if not _refuted(u, kinds, ARTICLE)]
    lists = [u for u, lk in sample.links.items() if lk.kind == LIST]
    lists += [p.url for p in sample.fetched(LIST) if p.url not in site.start_urls]
    lists = [u for u in dict.fromkeys(lists) if not _refuted(u, kinds, LIST)
             and u not in articles]
    article_patterns = propose_patterns(articles)
    list_patterns = propose_patterns(lists)
    fetched_articles = sample.fetched(ARTICLE)
    selectors = agreeing_selectors(fetched_articles, timezone=site.timezone)
    languages = Counter(p.fields.language for p in fetched_articles
                        if p.fields and p.fields.language)
    language = None
    if languages:
        top, n = languages.most_common(1)[0]
        if n >= 0.8 * sum(languages.values()):
            language = top
    config: dict[str, Any] = {"name": site.name, "start_urls": list(site.start_urls)}
    if list_patterns:
        config["list_links"] = [p.regex for p in list_patterns]
    config["article_links"] = [p.regex for p in article_patterns]
    if site.timezone:
        config["timezone"] = site.timezone
    if language:
        config["language"] = language
    feeds = [u for u, n in sample.feeds.items() if n]
    sitemaps = [u for u, n in sample.sitemaps.items() if n]
    if feeds:
        config["feeds"] = feeds
    if sitemaps:
        config["sitemaps"] = sitemaps
    if selectors:
        config["selectors"] = selectors
    report = _report(sample, article_patterns, list_patterns, selectors, language, languages)
    return Proposal(config, _toml(config, sample), report, article_patterns, list_patterns)


# -- selectors -------------------------------------------------------------------------------

def agreeing_selectors(pages: list[SampledPage], *, timezone: str | None = None
                       ) -> dict[str, str]:
    """Selectors (title, published, body) that give exactly the automatic extraction's value
    on every page of *pages* (sampled articles; two at least), the first that does of a few
    candidates taken from the first pages."""
    pages = [p for p in pages if p.fields is not None and p.html]
    if len(pages) < 2:
        return {}
    out = {}
    for name in _SELECTOR_FIELDS:
        candidates: list[str] = []
        for page in pages[:2]:
            candidates += [c for c in _candidates(page, name) if c not in candidates]
        for query in candidates[:6]:
            if all(_agrees(page, name, query, timezone) for page in pages):
                out[name] = query
                break
    return out


def _agrees(page: SampledPage, name: str, query: str, timezone: str | None) -> bool:
    expected = getattr(page.fields, _FIELD_OF[name])
    if not expected:
        return False
    # the selector itself must find the field: without a match extraction falls back to
    # the automatic value, which would agree by itself
    root = owned_tree(page.html, page.content_type)
    try:
        matches = (root.xpath(query) if query.startswith(("/", "(")) else
                   Selector(root=root, type="html").css(query))
    except Exception:  # a selector that cannot run agrees with nothing
        return False
    if not any(element_text(m.root if hasattr(m, "root") else m) for m in matches):
        return False
    try:
        fields = extract_article(page.html, page.url, selectors={name: query},
                                 timezone=timezone, content_type=page.content_type)
    except Exception:  # a selector that cannot run agrees with nothing
        return False
    return getattr(fields, _FIELD_OF[name]) == expected


def _candidates(page: SampledPage, name: str) -> list[str]:
    fields = page.fields
    value = getattr(fields, _FIELD_OF[name]) if fields else None
    if not value:
        return []
    root = owned_tree(page.html, page.content_type)
    flat = re.sub(r"\s+", "", value)
    found = []
    if name == "title":
        found = [el for el in root.iter("h1", "h2", "h3", "div", "p", "span", "td")
                 if re.sub(r"\s+", "", element_text(el)) == flat]
    elif name == "published":
        day = value[:10]
        short = day.replace("-", "")
        for el in root.iter("span", "div", "p", "td", "time", "em", "i", "li"):
            text = element_text(el)
            if len(text) <= 120 and (day in text or short in re.sub(r"\D", "", text)):
                found.append(el)
        found = [el for el in found if not any(o is not el and _inside(o, el) for o in found)]
    else:
        paras = [p for p in value.split("\n\n") if p.strip()]
        first, last = re.sub(r"\s+", "", paras[0])[:30], re.sub(r"\s+", "", paras[-1])[-30:]
        for el in root.iter("div", "article", "section", "td", "main"):
            text = re.sub(r"\s+", "", element_text(el))
            if first in text and last in text:
                found.append(el)
        found = [el for el in found if not any(o is not el and _inside(o, el) for o in found)]
    out = []
    for el in found[:3]:
        for query in _queries(el):
            if query not in out:
                out.append(query)
    return out


def _inside(inner: Any, outer: Any) -> bool:
    node = inner.getparent()
    while node is not None:
        if node is outer:
            return True
        node = node.getparent()
    return False


def _queries(el: Any) -> list[str]:
    tag = el.tag if isinstance(el.tag, str) else ""
    out = []
    ident = (el.get("id") or "").strip()
    if _NAME_TOKEN.match(ident) and not re.search(r"\d{3,}", ident):
        out.append(f"#{ident}")
    for cls in (el.get("class") or "").split():
        if _NAME_TOKEN.match(cls) and not re.search(r"\d{3,}", cls):
            out.append(f"{tag}.{cls}")
    if tag in ("h1", "time"):
        out.append(tag)
    parent = el.getparent()
    if parent is not None and not out:
        for query in _queries(parent)[:1]:
            out.append(f"{query} > {tag}")
    return out


# -- the file and the report ------------------------------------------------------------------

def _value(value: Any) -> str:
    if isinstance(value, str):
        # regexes read best as literal strings (no escapes) when they hold no quote
        if "'" not in value and "\n" not in value:
            return f"'{value}'"
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        if len(value) <= 1:
            return "[" + ", ".join(_value(v) for v in value) + "]"
        return "[\n" + "".join(f"    {_value(v)},\n" for v in value) + "]"
    return json.dumps(value)


def _toml(config: dict[str, Any], sample: Sample) -> str:
    lines = [f"# Proposed by `newscrawler sites new` from {sample.requests} pages of "
             f"{sample.site.start_urls[0]}.",
             "# Review it: check a few articles with `newscrawler extract URL --site FILE`, "
             "then crawl",
             "# with `newscrawler crawl FILE -s CLOSESPIDER_ITEMCOUNT=10 -o /tmp/try`."]
    for key, value in config.items():
        if key == "selectors":
            continue
        if key == "timezone" and sample.timezone_why:
            lines.append(f"# timezone {sample.timezone_why}")
        lines.append(f"{key} = {_value(value)}")
    if "timezone" not in config:
        lines.append("# timezone = \"...\"   # unknown: the host's country names none or several; "
                     "set it, or times are stored without an offset")
    if config.get("selectors"):
        lines += ["", "[selectors]  # each gave what automatic extraction gave, on every "
                      "sampled article"]
        lines += [f"{k} = {_value(v)}" for k, v in config["selectors"].items()]
    return "\n".join(lines) + "\n"


def _report(sample: Sample, article_patterns: list[Pattern], list_patterns: list[Pattern],
            selectors: dict[str, str], language: str | None, languages: Counter[str]) -> str:
    fetched = sample.fetched()
    lines = [f"{sample.requests} pages requested: "
             + ", ".join(f"{n} {k}" for k, n in Counter(p.kind for p in fetched).items())]
    articles = sample.fetched(ARTICLE)
    for title, patterns in (("article_links", article_patterns), ("list_links", list_patterns)):
        lines.append(f"\n{title}:")
        if not patterns:
            lines.append("  (none)")
        for pattern in patterns:
            rx = re.compile(pattern.regex)
            pages = [p for p in fetched if rx.search(p.url)]
            lines.append(f"  {pattern.regex}  ({pattern.count} links seen, {len(pages)} fetched: "
                         + ", ".join(f"{n} {k}" for k, n in
                                     Counter(p.kind for p in pages).items()) + ")")
            if title == "article_links":
                for page in [p for p in pages if p.kind == ARTICLE][:3]:
                    fields = page.fields
                    assert fields is not None
                    lines.append(f"      {fields.published_at or 'no date':<25} "
                                 f"{(fields.title or '')[:70]}")
    doubts = []
    for page in fetched:
        if page.presumed == ARTICLE and page.kind != ARTICLE:
            doubts.append(f"{page.url} was linked as an article but is "
                          f"{'a list' if page.kind == LIST else 'neither'}: {page.why}")
        elif page.presumed == LIST and page.kind == ARTICLE:
            doubts.append(f"{page.url} was linked as a list but is an article")
    for pattern in article_patterns + list_patterns:
        if pattern.count == 1:
            doubts.append(f"{pattern.regex} comes from one link only ({pattern.examples[0]})")
    for page in sample.failed():
        doubts.append(f"{page.url}: {page.why}")
    undated = [p for p in articles if p.fields and not p.fields.published_at]
    if undated:
        doubts.append(f"{len(undated)} articles without a date")
    if not articles:
        doubts.append("no article page was fetched: article_links are the classifier's guess")
    if not sample.site.timezone:
        doubts.append("no timezone: the host's country domain names none or several")
    if languages and not language:
        doubts.append(f"the articles' languages differ ({dict(languages)}): no language set")
    for url, n in {**sample.feeds, **sample.sitemaps}.items():
        if not n:
            doubts.append(f"{url} gave no article links on the site: left out")
    lines.append("\nselectors: " + (", ".join(f"{k} = {v!r}" for k, v in selectors.items())
                                   if selectors else "none (automatic extraction)"))
    feeds = [u for u, n in sample.feeds.items() if n]
    sitemaps = [u for u, n in sample.sitemaps.items() if n]
    lines.append(f"feeds: {', '.join(feeds) or 'none found'}; "
                 f"sitemaps: {', '.join(sitemaps) or 'none found'}")
    lines.append("\ndoubtful:" if doubts else "\nnothing doubtful")
    lines += [f"  - {d}" for d in doubts]
    return "\n".join(lines) + "\n"

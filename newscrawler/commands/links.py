"""``newscrawler links``: the links of one page, each with the class the crawl gives it.

    newscrawler links page.html --url https://www.zj.gov.cn/col/col1/index.html
    newscrawler links https://www.gov.cn/xinwen/index.htm --json
    newscrawler links page.html --url https://... --site yichun

Without ``--site`` the links are classed as a zero-config crawl classes them before fetching
them (:func:`newscrawler.linkclass.classify_links`); with ``--site`` by that config's
``article_links`` and ``list_links`` (:func:`newscrawler.links.page_links`), other links being
"other". Every URL is absolute and canonicalized as the crawl requests it. Exit status 0, 1
when the page cannot be read or fetched, 2 on bad arguments or a bad site config.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newscrawler.commands._common import CommandError
from newscrawler.exit_status import ExitStatus
from newscrawler.fetch import PageError, fetch_page, read_page_file

__all__ = ["add_parser", "run"]

def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "links", help="print a page's links with their class (article, list, other) and why",
        description="Print every link of PAGE (a saved HTML file or an http(s) URL) with the "
                    "class the crawl gives it before fetching it: article, list or other, "
                    "and why.")
    parser.add_argument("page", metavar="PAGE", help="saved HTML file or http(s) URL")
    parser.add_argument("--url", metavar="URL",
                        help="the original address of a file PAGE (relative links are "
                             "resolved against it; default: the page's <base href> or "
                             "canonical URL)")
    parser.add_argument("--site", metavar="SITE",
                        help="class links by this site config's regexes (shipped name or "
                             ".toml path)")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per link: url, class, why")
    return parser


def run(args: argparse.Namespace) -> int:
    site = None
    if args.site:
        from newscrawler.sites import SiteConfigError, load_site

        try:
            site = load_site(args.site)
        except SiteConfigError as exc:
            raise CommandError(str(exc), status=ExitStatus.USAGE) from exc
    if args.url and not args.url.startswith(("http://", "https://")):
        raise CommandError(f"--url must be an absolute http(s) URL, got {args.url!r}",
                           status=ExitStatus.USAGE)
    try:
        rows = page_link_classes(args.page, url=args.url, site=site)
    except PageError as exc:
        raise CommandError(f"{args.page}: {exc}") from exc
    except ValueError as exc:
        raise CommandError(str(exc), status=ExitStatus.USAGE) from exc
    out = sys.stdout
    if args.json:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        for row in rows:
            out.write(f"{row['class']:<8} {row['url']}\n         {row['why']}\n")
        counts = {c: sum(1 for r in rows if r["class"] == c) for c in ("article", "list", "other")}
        out.write(f"\n{len(rows)} links: {counts['article']} article, {counts['list']} list, "
                  f"{counts['other']} other\n")
    return ExitStatus.OK


def page_link_classes(page: str, *, url: str | None = None,
                      site: Any = None) -> list[dict[str, str]]:
    """``[{"url", "class", "why"}, ...]`` for every distinct link of *page* (a file path or an
    http(s) URL), in page order. Raises PageError (unreadable page) or ValueError (no address
    to resolve relative links against)."""
    from newscrawler.extract import decode_html
    from newscrawler.linkclass import classify_links
    from newscrawler.scriptlists import listing

    if page.startswith(("http://", "https://")):
        body, content_type, page_url = fetch_page(
            page, allowed_domains=getattr(site, "allowed_domains", ()), command="links")
    else:
        body, content_type, page_url = read_page_file(page), None, url
    try:
        # as a crawl reads a list page: with the records of a datastore script as markup
        text = decode_html(body, content_type)
        selector, _ = listing(text)
    except Exception as exc:  # a page the parser cannot take is unreadable, not a crash
        raise PageError(f"cannot parse: {type(exc).__name__}: {exc}") from exc
    page_url = page_url or _declared_url(selector)
    if not page_url:
        raise ValueError(f"{page}: the page does not say its address (no <base href>, no "
                         "canonical URL): give it with --url URL")
    links = classify_links(selector, page_url, allowed_domains=getattr(site, "allowed_domains",
                                                                        None))
    # the further pages a script names, which a crawl follows as list pages
    scripted = _scripted_pages(text, page_url, {lk.url for lk in links})
    if site is None:
        return [{"url": lk.url, "class": lk.kind, "why": lk.why} for lk in links] + scripted
    from newscrawler.links import page_links

    configured = {u: kind for u, kind, _ in page_links(selector, page_url, site)}
    rows = []
    for lk in links:
        kind = configured.get(lk.url)
        why = (f"matches {site.name}'s {kind}_links" if kind else
               f"matches neither {site.name}'s article_links nor list_links")
        rows.append({"url": lk.url, "class": kind or "other", "why": why})
    return rows + scripted


def _scripted_pages(text: str, page_url: str, linked: set[str]) -> list[dict[str, str]]:
    """The next page a TRS pager script names and the next range of a Hanweb data proxy,
    when the page has no link to them: a crawl follows them as the list's own pages."""
    from newscrawler.scriptlists import proxy_pages, script_pages
    from newscrawler.urls import canonicalize_url

    rows = []
    for found, why in ((script_pages(text, page_url), "the next page a createPageHTML pager "
                        "script names (followed as the list's own page)"),
                       (proxy_pages(text, page_url), "the next records of the channel's data "
                        "proxy (followed as the list's own page)")):
        for url in found:
            url = canonicalize_url(url)
            if url not in linked:
                rows.append({"url": url, "class": "list", "why": why})
    return rows


def _declared_url(selector: Any) -> str | None:
    for query in ("//base/@href", "//link[@rel='canonical']/@href",
                  "//meta[@property='og:url']/@content"):
        value = (selector.xpath(query).get() or "").strip()
        if value.startswith(("http://", "https://")):
            return value
    return None

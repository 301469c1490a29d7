"""``newscrawler extract``: run the crawl's article extraction on files or URLs.

    newscrawler extract page.html --url https://www.zj.gov.cn/art/2018/5/28/art_1.html
    newscrawler extract https://www.nmg.gov.cn/zwyw/jrgz/202405/t20240528_1.html --site nmg

One JSON object per input, one per line, with the article item's fields. An input that
cannot be read prints an error line on stderr; the others are still printed and the
command exits 1 at the end. What is read, and how far redirects are followed, is bounded
(newscrawler/fetch.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newscrawler import fetch
from newscrawler.controls import strip_controls
from newscrawler.exit_status import ExitStatus
from newscrawler.extract import extract_article
from newscrawler.urls import canonicalize_url, usable_canonical

__all__ = ["add_parser", "run"]

FIELDS = ("url", "title", "published_at", "body", "source", "channel", "language")


class InputError(Exception):
    """An input that cannot be read or parsed; the message is shown as is."""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "extract", help="extract article fields from HTML files or URLs as JSON lines",
        description="Extract title, publication time, body, source, channel and language "
                    "from each INPUT (a local HTML file or an http(s) URL) with the crawl's "
                    "extraction, and print one JSON object per input, one per line.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="local HTML file or http(s) URL")
    parser.add_argument("--url", metavar="URL",
                        help="the original address of a file INPUT (for its canonical URL and "
                             "the date in its path); only with a single INPUT")
    parser.add_argument("--site", metavar="SITE",
                        help="apply a site config (shipped name or .toml path): its selectors, "
                             "timezone and language, and its allowed_domains for redirects")
    parser.add_argument("--timeout", type=float, default=fetch.TIMEOUT, metavar="SECONDS",
                        help=f"give up on a URL after SECONDS in all (default: "
                             f"{fetch.TIMEOUT:g})")
    return parser


def run(args: argparse.Namespace) -> int:
    """Print one JSON line per readable input; exit 1 if any input failed, 2 on usage errors."""
    if args.url and len(args.inputs) > 1:
        print("newscrawler extract: error: --url names one page; give a single INPUT",
              file=sys.stderr)
        return ExitStatus.USAGE
    site = None
    if args.site:
        from newscrawler.sites import SiteConfigError, load_site

        try:
            site = load_site(args.site)
        except SiteConfigError as exc:
            print(f"newscrawler extract: error: {exc}", file=sys.stderr)
            return ExitStatus.USAGE
    if not args.timeout > 0:
        print("newscrawler extract: error: --timeout must be more than 0", file=sys.stderr)
        return ExitStatus.USAGE
    status = ExitStatus.OK
    for item in args.inputs:
        try:
            record = extract_input(item, url=args.url, site=site, timeout=args.timeout)
        except InputError as exc:
            print(f"newscrawler extract: error: {item}: {exc}", file=sys.stderr)
            status = ExitStatus.FAILED
            continue
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return status


def extract_input(item: str, *, url: str | None = None, site: Any = None,
                  timeout: float = fetch.TIMEOUT) -> dict[str, Any]:
    """Fields of one input (file path or http(s) URL) as the JSON object printed."""
    try:
        if item.startswith(("http://", "https://")):
            body, content_type, page_url = fetch.fetch_page(
                item, timeout=timeout, allowed_domains=getattr(site, "allowed_domains", ()))
        else:
            body, content_type, page_url = fetch.read_page_file(item), None, url
    except fetch.PageError as exc:
        raise InputError(str(exc)) from None
    try:
        # the same call as the crawl's (spiders/portal.py): bytes and their Content-Type
        fields = extract_article(
            body, page_url,
            selectors=getattr(site, "selectors", None) or None,
            timezone=getattr(site, "timezone", None),
            language=getattr(site, "language", None),
            content_type=content_type,
        )
    except Exception as exc:  # a page the parser cannot take is an input error, not a crash
        raise InputError(f"cannot parse: {type(exc).__name__}: {exc}") from exc
    record = {
        "url": _item_url(page_url, fields.canonical_url),
        "title": fields.title,
        "published_at": fields.published_at,
        "body": fields.body,
        "source": fields.source,
        "channel": fields.channel,
        "language": fields.language or getattr(site, "language", None),
    }
    # as the crawl's cleaner stores them: no control characters or terminal escapes
    return {key: strip_controls(record[key]) if isinstance(record[key], str) else record[key]
            for key in FIELDS}


def _item_url(page_url: str | None, canonical: str | None) -> str | None:
    """The item's URL as the crawl stores it: the page's trusted rel=canonical, else the
    page's own address; canonicalized."""
    if page_url:
        return canonicalize_url(usable_canonical(canonical, page_url) or page_url)
    if canonical and canonical.startswith(("http://", "https://")):
        return canonicalize_url(canonical)
    return None

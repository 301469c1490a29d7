"""What tells an element hidden or chrome by its tag and attributes alone: the hiding
classes, styles and attributes of what a browser does not show, and the tags and class/id
words of page chrome (share and print bars, navigation, sidebars, footers, banners)."""

from __future__ import annotations

import re
from typing import Any

from .named import MAY_HIDE, NamedElements

__all__ = ["HIDDEN_XPATH", "HIDING_CLASSES", "hidden_elements", "is_chrome_element", "is_hidden",
           "is_skipped", "shown_at_width"]

# class/id words of elements that are never article text. Matched as whole words of
# the attribute (split on - _ space) so "article-content" is not "content-share". Not
# "fontsize" or "zoom": those name the font-size control's target, the text itself.
_CHROME_WORDS = frozenset({
    "share", "sharing", "social", "print", "close", "related", "relate", "recommend",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "toolbar", "tools", "comment", "comments",
    "footer", "bdshare", "jiathis", "sidebar", "advert", "ads", "nav", "navbar",
    "menu", "pagination", "pager", "skip", "cookie", "banner", "subscribe", "newsletter",
    "xgxw", "xgwz", "xglj", "fenxiang", "dayin", "bshare", "qrcode", "ewm",
    # overlays and boxes that CMSs put inside the text: consent banners, promotions,
    # fact boxes, paywall prompts, pop-ups (not "paywall" alone: the element schema.org's
    # paywall markup names, and sites call so, holds the article's locked text)
    "consent", "gdpr", "promo", "promotion", "promoted", "sponsored", "infobox",
    "paywall-prompt", "paywall-message", "paywall-banner", "paywall-cta", "paywall-offer",
    "modal", "popup", "overlay",
    # a readers' vote set in the text (its question, its answers, its count)
    "poll",
    # a box of "read also" links set in the text, named so in the site's language
    "read-also", "also-read", "readalso", "baca-juga", "lire-aussi", "leia-tambem", "lees-ook",
    "lesen-sie-auch", "leggi-anche", "lee-tambien", "czytaj-takze", "citeste-si",
})
_CHROME_TAGS = frozenset({"nav", "aside", "footer"})
_CHROME_RE = re.compile(
    r"(?:^|[-_\s])(?:" + "|".join(sorted(_CHROME_WORDS)) + r")(?=$|[-_\s])"
)
_HIDDEN_WORDS = ("ng-hide", "hidden", "hide", "d-none", "sr-only", "visually-hidden",
                 "visuallyhidden", "screen-reader-text", "invisible")
#: Class words that hide an element (Angular, Bootstrap, screen-reader-only text).
HIDING_CLASSES = frozenset(_HIDDEN_WORDS)
_HIDDEN_CLASS_RE = re.compile(r"(?:^|\s)(?:" + "|".join(_HIDDEN_WORDS) + r")(?=$|\s)")
# A class that shows its element again from a screen width on: Tailwind's "hidden md:block",
# Bootstrap's "d-none d-lg-flex"
_SHOWN_AT_WIDTH = re.compile(
    r"(?:^|\s)(?:(?:[a-z0-9]+:)+|d-(?:sm|md|lg|xl|xxl)-)"
    r"(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)(?=$|\s)")


def shown_at_width(el: Any) -> bool:
    """*el* is hidden by a class on small screens only (``hidden md:block``). Only a
    headline is read so: a text shown by width often has a copy for the other widths."""
    return _SHOWN_AT_WIDTH.search((el.get("class") or "").lower()) is not None


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Attributes that may hide their element, and needles of the classes that may (loose:
# every hit is confirmed by is_hidden): "hid" also finds ng-hide, visually-hidden and
# visuallyhidden; "none" finds d-none
_MAY_HIDE = (MAY_HIDE, "hid", "none", "invisible", "sr-only", "screen-reader")


def hidden_elements(root: Any, names: NamedElements | None = None) -> list[Any]:
    """Every element under *root* that :func:`is_hidden` says a browser does not show,
    in document order (nested ones included). *names*: the page's, when the caller has
    them."""
    return [el for el in (names or NamedElements(root)).search(_MAY_HIDE) if is_hidden(el)]


#: The same test as :func:`is_hidden`, as an XPath.
HIDDEN_XPATH = (
    "//*[@hidden or @aria-hidden='true'"
    " or contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')"
    + "".join(f" or contains(concat(' ', normalize-space(@class), ' '), ' {w} ')"
              for w in _HIDDEN_WORDS)
    + "]"
)


def is_chrome_element(el: Any) -> bool:
    """True for elements that are chrome by tag (``nav``, ``aside``, ``footer``) or by
    a class/id word (share, print, related, breadcrumb, ...)."""
    if el.tag in _CHROME_TAGS:
        return True
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident):
        return False
    return _CHROME_RE.search(f"{cls or ''} {ident or ''}".lower()) is not None


def is_hidden(el: Any) -> bool:
    """True for elements a browser does not show: ``hidden``, ``aria-hidden="true"``,
    inline ``display:none``, and the hiding classes of common frameworks (Angular's
    ``ng-hide``, Bootstrap's ``d-none``, screen-reader-only text). Rendered single-page
    portals keep whole hidden copies of the article in the DOM."""
    style = el.get("style")
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    if cls and _HIDDEN_CLASS_RE.search(cls.lower()):
        return True
    return el.get("hidden") is not None or el.get("aria-hidden") == "true"


def is_skipped(el: Any) -> bool:
    """Chrome or hidden: never read as article text (one pass over the attributes)."""
    if el.tag in _CHROME_TAGS:
        return True
    get = el.get
    style = get("style")
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return True
    cls, ident = get("class"), get("id")
    if cls or ident:
        attrs = f"{cls or ''} {ident or ''}".lower()
        if _CHROME_RE.search(attrs) or (cls and _HIDDEN_CLASS_RE.search(attrs)):
            return True
    return get("hidden") is not None or get("aria-hidden") == "true"

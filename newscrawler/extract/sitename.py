"""What names the site, not the article: evidence for taking site names out of titles.

A ``<title>`` is usually the headline plus the site's or a channel's name; which part is
which differs by site and language (``标题-某某财经``, ``Headline | Site``, ``サイト名｜見出し``).
No list of names can cover unseen sites, but every page names itself in places that are not
the headline: its meta tags, its host name, its logo and menu links, its copyright line.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .meta import PageMeta
from .named import NamedElements
from .text import SENTENCE_ENDS, text_key

__all__ = ["HOME_LINKS", "SiteNames", "leads_here", "named_as_logo"]

#: Meta tags whose value is the site's name (lower case).
NAME_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "sitename",
              "twitter:site", "publisher")
# A link's text longer than this is a headline in a list, not a site or channel name.
_MAX_NAME = 40
# The page's last text nodes: the footer, where the copyright line names the site
# ("© 2024 某某网 版权所有").
_RIGHTS = re.compile(r"©|&copy;|\(c\)|copyright|all rights reserved|版权|版權|主办|主辦|承办|"
                     r"著作権|저작권|rechte vorbehalten"
                     # ... or who owns the content, as government sites say it ("Content
                     # Owned, Maintained and Updated by …", "Website Content Managed by …")
                     r"|\bcontent (?:owned|managed|maintained|provided)\b", re.IGNORECASE)
_FOOTER = etree.XPath("(/html/body//text()[normalize-space()]"
                      "[not(parent::script or parent::style)])[position() > last() - 40]")
#: Links to a site's home page as templates write them.
HOME_LINKS = _HOME_PATHS = frozenset({"/", "./", "../", "index.html", "index.htm", "/index.html",
                         "/index.htm", "/index.php", "/index.shtml", "/default.asp",
                         # (and relative, as an old template links its logo: "index.php")
                         "index.php", "index.shtml", "index.asp", "/index.asp", "index.jsp",
                         "/index.jsp", "default.asp", "default.aspx", "/default.aspx"})
# images named as the logo (class, id or file name): their alt text is the site's name
#: Between the two names of a bilingual logo's alt text.
_BILINGUAL = re.compile(r"\s+[/|]\s+")
_LOGO_ALTS = etree.XPath(
    "//img[contains(translate(concat(@class, ' ', @id, ' ', @src), 'LOGO', 'logo'), 'logo')]"
    "/@alt")
# an element named as the logo whose own text is short: the site's name set as text
# (found among the page's names by needles for both spellings, checked after: each class and
# id as printed holds one, as the old lookup asked, and the words)
_LOGO_NEEDLES = ("ogo", "rand", "ite")
# ... the words that name it so: a logo, a brand, the site's title or name ("sitetitle",
# "site-name", "brand-name", "navbar-brand"); not a utility class of the brand's font or
# colour ("font-brand text-3xl" on a headline)
_LOGO_WORD = re.compile(r"logo|(?<!font-)(?<!text-)(?<!bg-)(?<!border-)brand"
                        r"|site[-_]?(?:title|name)", re.IGNORECASE)
_LOGO_TAGS = frozenset({"div", "span", "p", "strong", "h1", "a"})


def named_as_logo(el: Any) -> bool:
    """Whether *el*'s class or id names it the site's logo, brand, title or name
    (``<h1 class="sitename">``)."""
    return bool(_LOGO_WORD.search(f"{el.get('class') or ''} {el.get('id') or ''}"))
_KEYWORD_SPLIT = re.compile(r"\s*[,，、;；|]\s*")
_ALTS = etree.XPath(".//img/@alt | .//img/@title")
_LINK_ALTS = etree.XPath("//a//img/@alt | //a//img/@title")
# short link texts, whitespace collapsed, in libxml2 (a page has hundreds of links)
_SHORT_LINKS = etree.XPath(f"//a[string-length(normalize-space(.)) <= {_MAX_NAME}]")
_HOST_SKIP = frozenset({"www", "m", "com", "net", "org", "gov", "edu", "cn", "co", "uk", "de",
                        "jp", "kr", "html", "blog", "news", "en", "int", "ac"})


# Between the fields of a footer's line: a bullet, a middle dot, a bar
_FIELD_SEP = re.compile(r"\s+[•·|]\s+")
# ... and in an address line, a dash too ("Consiglio Regionale della Puglia – Via Gentile, 52
# – 70126 Bari – Centralino 080.5402111"); such a line's text after the name, a node of its
# own when the name is set in bold, opens with its separator
_ADDRESS_SEP = re.compile(r"\s+[•·|–—]\s+")
_ADDRESS_REST = re.compile(r"[•·|–—]\s")
# A telephone number as an address line prints it ("(707) 445-6200", "+44 20 7946 0000"; an
# area code and the number after a dot, "080.5402111")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
                    r"|\b0\d{1,3}\.\d{6,8}\b")


def _first_field(line: str, longest: int = _MAX_NAME, sep: re.Pattern[str] = _FIELD_SEP) -> str:
    """The first field of a footer's line set off by a bullet or a bar (or by *sep*), when it
    is at most *longest* characters and no sentence (a name); else ``""``."""
    fields = sep.split(line.strip(), maxsplit=1)
    first = fields[0].strip()
    return first if len(fields) == 2 and _field_line([first], 0, longest) else ""


def _field_line(lines: list[str], j: int, longest: int = _MAX_NAME) -> bool:
    """Whether line *j* is short (*longest* characters at most) and not a sentence: a
    footer's field ("主办：某某网"), not the article's last paragraph on a page whose footer
    follows the text."""
    if not 0 <= j < len(lines):
        return False
    line = lines[j].strip()
    return len(line) <= longest and line[-1:] not in SENTENCE_ENDS



def leads_here(href: str | None, page: tuple[str, ...]) -> bool:
    """Whether a link's *href* leads to the page itself: one of *page* (its address,
    canonical, og:url), the fragment aside."""
    href = (href or "").strip()
    if not page or not href or href.startswith(("#", "javascript:")):
        return False
    return any(urljoin(u, href).split("#")[0] == u.split("#")[0] for u in page)


class SiteNames:
    """Keys (:func:`~newscrawler.extract.text.text_key`) of the texts that name a site.

    >>> from lxml import html
    >>> from newscrawler.extract.meta import read_meta
    >>> root = html.fromstring('<html><head><meta property="og:site_name" content="Daily">'
    ...     '</head><body><a href="/">Daily Post</a><a href="/c/">Politics</a></body></html>')
    >>> names = SiteNames(read_meta(root), root)
    >>> names.declared("Daily"), names.named("Politics"), names.named("Vote today")
    (True, True, False)

    :meth:`declared` is the strong evidence (the meta names, the host name, a link to the
    home page, an image named as the logo): what the site calls itself. :meth:`named`
    adds the weak evidence: any short link text (menus and breadcrumbs name the channels)
    and the keywords meta.
    :meth:`in_footer` looks in the page's last lines, :meth:`addressed` at the office an
    address line there names. Everything is gathered on first use.
    *named*: the page's :class:`~newscrawler.extract.named.NamedElements`, when the caller
    has them.
    """

    __slots__ = ("_meta", "_root", "_named", "_page", "_names", "_host", "_strong", "_weak",
                 "_blob", "_offices")

    def __init__(self, meta: PageMeta, root: Any, named: NamedElements | None = None,
                 page: tuple[str, ...] = ()) -> None:
        self._meta = meta
        self._root = root
        self._named = named
        self._page = page
        self._strong: set[str] | None = None
        self._weak: set[str] | None = None
        self._blob: str | None = None
        self._offices: list[str] | None = None
        self._names: set[str] | None = None
        self._host = ""

    def _gather_strong(self) -> set[str]:
        if self._strong is None:
            host = self._host
            # links to the home page: a relative root, or the page's own host (tested in
            # Python: an XPath of sixteen comparisons per link took five times as long)
            homes = _HOME_PATHS.union(f"{scheme}//{host}{slash}" for scheme in
                                      ("https:", "http:", "") for slash in ("/", "")
                                      ) if host else _HOME_PATHS
            strong: set[str] = set()
            for a in self._root.iter("a"):
                if a.get("href") in homes:
                    strong.add(text_key(a.text_content()))
                    strong.update(text_key(alt) for alt in _ALTS(a))
            for alt in _LOGO_ALTS(self._root):
                # (a logo names the site in two languages, "Kementerian Kewangan dan Ekonomi /
                # Ministry of Finance and Economy": each is the site's name)
                strong.update(text_key(part) for part in (alt, *_BILINGUAL.split(alt)))
            named = self._named or NamedElements(self._root)
            for el in named.search(_LOGO_NEEDLES, tags=_LOGO_TAGS, body=True):
                if not any(_LOGO_WORD.search(attr) for attr in (el.get("class"), el.get("id"))
                           if attr and any(n in attr for n in _LOGO_NEEDLES)):
                    continue
                # the name whole, and each line of a name printed over lines (its native
                # and English forms, "Government of India" under it)
                # (an agency's name in full runs longer, "Agenzia Regionale per la Prevenzione
                # e la Protezione dell'Ambiente" as the brand's tagline: no sentence, though)
                for part in (el, *el):
                    text = part.text_content() if isinstance(part.tag, str) else ""
                    line = " ".join(text.split())
                    if len(text) <= 4 * _MAX_NAME and (len(line) <= _MAX_NAME or len(
                            line) <= 2 * _MAX_NAME and line[-1:] not in SENTENCE_ENDS):
                        strong.add(text_key(text))
            strong.discard("")
            self._strong = strong
        return self._strong

    def _gather_weak(self) -> set[str]:
        if self._weak is None:
            weak = {text_key(a.text_content()) for a in _SHORT_LINKS(self._root)}
            weak.update(text_key(alt) for alt in _LINK_ALTS(self._root) if len(alt) <= _MAX_NAME)
            # the site's own name is among its keywords ("河南日报,河南新闻,河南日报网")
            keywords = self._meta.get("keywords") or ""
            weak.update(text_key(k) for k in _KEYWORD_SPLIT.split(keywords) if len(k) <= 20)
            weak.discard("")
            self._weak = weak
        return self._weak

    def links_here(self, text: str) -> bool:
        """True when a link with *text* leads to the page itself (one of *page*): a list of
        the latest posts names the page, not a channel."""
        key = text_key(text)
        return bool(key) and any(leads_here(a.get("href"), self._page)
                                 for a in _SHORT_LINKS(self._root)
                                 if text_key(a.text_content()) == key)

    def _footer(self) -> str:
        if self._blob is None:
            lines = [str(t) for t in _FOOTER(self._root)]
            # the copyright line and its short neighbours ("主办：某某网" on the next line;
            # not the article's last paragraph, on a page whose footer follows the text)
            rights = [i for i, t in enumerate(lines) if _RIGHTS.search(t)]
            near = {j for i in rights for j in (i - 1, i, i + 1) if j == i or _field_line(lines, j)}
            parts = [lines[j] for j in sorted(near) if 0 <= j < len(lines)]
            # (... or the first field of the line over it: the office's name before its
            # address, "Lincoln County Sheriff's Office • 225 W. Olive Street, …")
            parts += [first for i in rights if i - 1 not in near and i >= 1
                      and (first := _first_field(lines[i - 1]))]
            self._blob = text_key(" ".join(parts))
        return self._blob

    def declared(self, text: str, links: bool = True) -> bool:
        """True when *text* is what the site calls itself: a site-name meta, its host
        name (``Move.org`` for move.org), the text or logo of a link to the home page
        (unless *links* is false: the cheap evidence only)."""
        key = text_key(text)
        if not key:
            return False
        if key in self._own_names():
            return True
        # a logo's words begin with the site's name ("Press Information Bureau Government of
        # India"); no headline is the start of a logo's text
        if not links:
            return False
        strong = self._gather_strong()
        return key in strong or len(key) >= 6 and any(name.startswith(key) for name in strong)

    def ends_with_declared(self, text: str) -> bool:
        """True when *text* is a name the site calls itself (a logo's, a link home's) after
        a shorter name before it, its parent body's ("T.C. İçişleri Bakanlığı Emniyet Genel
        Müdürlüğü" for a logo "Emniyet Genel Müdürlüğü")."""
        key = text_key(text)
        return len(key) >= 6 and any(
            len(name) >= 6 and key.endswith(name) and len(key) - len(name) <= len(name)
            for name in self._gather_strong())

    def add(self, text: str) -> None:
        """Count *text* as a name the site calls itself (a banner the caller found)."""
        key = text_key(text)
        if key:
            self._own_names().add(key)

    def _own_names(self) -> set[str]:
        if self._names is None:
            self._names = {text_key(v) for v in (self._meta.get(n) for n in NAME_METAS) if v}
            # (the address the page was fetched from when it declares none)
            url = (self._meta.canonical or self._meta.get("og:url")
                   or next((u for u in self._page if "//" in u), ""))
            self._host = (urlsplit(url).hostname or "") if "//" in url else ""
            labels = [p for p in self._host.split(".") if p]
            # "Move.org" names move.org, "tastewise" tastewise.io: every label and every
            # run of labels up to the end, without "www"
            runs = [labels[i:j] for i in range(len(labels)) for j in range(i + 1, len(labels) + 1)
                    if labels[i] not in _HOST_SKIP and len(labels[i]) >= 3]
            self._names.update(text_key("".join(run)) for run in runs)
            # ... and a subdomain's section after the brand: "Raspberry Pi Forums" names
            # forums.raspberrypi.com
            self._names.update(text_key("".join(reversed(run))) for run in runs if len(run) > 1)
        return self._names

    def named(self, text: str) -> bool:
        """True when *text* names the site or a channel: :meth:`declared`, or a short
        link text or logo of the page (menus and breadcrumbs name the channels)."""
        if self.declared(text):
            return True
        # (a headline-long link to the page itself names the page: an e-paper's list of the
        # page's stories; a short one, a menu's current channel, may name a channel)
        key = text_key(text)
        return key in self._gather_weak() and not (len(key) >= 8 and self.links_here(text))

    def addressed(self, text: str) -> bool:
        """True when *text* ends the name that one of the page's last lines prints before
        an address with a telephone number (``Department of Health & Human Services`` of
        "Humboldt County Department of Health & Human Services • 529 I Street, Eureka •
        (707) 445-6200"): the office whose page it is."""
        if self._offices is None:
            lines = [str(t).strip() for t in _FOOTER(self._root)]
            lines += [f"{name} {rest}" for name, rest in zip(lines, lines[1:], strict=False)
                      if _ADDRESS_REST.match(rest)]
            self._offices = [text_key(first) for line in lines if _PHONE.search(line)
                             and (first := _first_field(line, 2 * _MAX_NAME, _ADDRESS_SEP))]
        key = text_key(text)
        return len(key) >= 8 and any(office.endswith(key) for office in self._offices)

    def in_footer(self, text: str) -> bool:
        """True when the page's last lines (the copyright line) contain *text*."""
        key = text_key(text)
        # (a department's name runs longer than a link's: "Department of Information and
        # Public Relations, Himachal Pradesh")
        return 2 <= len(key) <= 2 * _MAX_NAME and key in self._footer()

"""The boxes of chrome inside or beside the text, found as elements: sign-up forms and
donation appeals, readers' comments and reviews, what a skip link jumps over, writers'
boxes and avatar cards, embedded posts, calls to action, standfirsts, and in-page links
printed as a symbol."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .lead import LOCAL_LEAD_WORDS
from .named import NamedElements
from .text import IDEOGRAPH, attr_words, text_key

__all__ = ["MAX_APPEAL_CHARS", "SUPPORT_APPEAL", "appeal_boxes", "author_boxes", "avatar_cards",
           "comment_sections", "cta_boxes", "described_summaries", "embedded_posts",
           "in_page_links", "jump_symbols", "link_cards", "signup_boxes", "skipped_boxes",
           "sponsored_boxes", "standfirsts", "video_boxes"]


#: A box around a sign-up form holds a heading and a line or two, no more than this.
MAX_SIGNUP_CHARS = 300
_STRING_LENGTH = etree.XPath("string-length(normalize-space(.))")


#: An appeal for money around its button holds a heading and a few short paragraphs ("We
#: never put our stories behind a paywall. Would you consider a monthly contribution?"),
#: no more than this.
MAX_APPEAL_CHARS = 1000


# ... and one without a button, closing the text: "If you find our news sites useful then
# please consider becoming a regular supporter or for now make a one off contribution."
SUPPORT_APPEAL = re.compile(
    r"\b(?:please )?consider (?:becoming an? (?:regular |monthly )?(?:supporter|member|patron|"
    r"subscriber)|making an? (?:one[- ]off |one-time |small )?(?:contribution|donation)|"
    r"(?:supporting|donating to) us|donating (?:today|now))\b|\bmake a one[- ]off contribution\b"
    # ... in other languages: "si puedes, hazte socio o socia", "Devenez abonné",
    # "Unterstützen Sie uns"
    # ... or a (tax-deductible) gift: "consider making a tax-deductible gift today"
    r"|\bconsider making an? (?:tax-deductible )?gift\b"
    r"|\bhazte soci[oa]\b|\bdevenez (?:membre|abonnée?|donat(?:eur|rice))\b"
    r"|\bsoutenez[- ]nous\b|\bunterstützen sie uns\b|\bwerden sie mitglied\b"
    # ... Hungarian: "Ha fontosnak tartja munkánkat, támogasson minket!"
    r"|\btámogasson minket\b"
    # ... Turkish: "Bağımsız gazeteciliğe destek olun"
    r"|\bbağımsız gazeteciliğe destek\b"
    # ... Dutch: "Steun onafhankelijke onderzoeksjournalistiek", "Steun ons"
    r"|\bsteun (?:ons|onze journalistiek|(?:de )?onafhankelijke (?:onderzoeks)?journalistiek)\b"
    # ... "support independent journalism" (Czech, Slovak, Polish, German, Spanish,
    # Portuguese, Italian, French, English): "Pokud chcete podpořit nezávislou žurnalistiku,
    # staňte se předplatitelem."
    r"|\b(?:podpořit|podporiť|wesprzyj|wesprzeć|unterstützen sie|apoya|apoie|sostieni"
    r"|soutenez|support) (?:nezávislou|nezávislú|niezależne|unabhängigen|el|o|il|le)?\s?"
    r"(?:žurnalistiku|novinárstvo|dziennikarstwo|journalismus|periodismo|jornalismo"
    r"|giornalismo|journalisme|independent journalism)\b"
    # ... or names its readers' support and the subscription that gives it: "Sustaining
    # this needs support from wonderful readers like you.", "you can take a paid
    # subscription by clicking here"
    r"|\bsupport (?:from|of) (?:\w+ )?readers like you\b"
    # ... or that the paper needs them to pay for it: "Sustaining journalism of this quality
    # needs smart and thinking people like you to pay for it."
    r"|\b(?:needs|relies on|depends on) (?:[\w-]+ ){0,4}(?:people|readers) like you to "
    r"(?:pay|support|subscribe|contribute)\b"
    # ... "because readers like you support our work", "every gift — large or small — helps us"
    r"|\breaders like you (?:support|fund|sustain|make)\b"
    # "You make MPR News possible. Individual donations are behind …"
    r"|\byou make [\w .'’+-]{2,40} possible\b|\bindividual donations are\b"
    r"|\bevery (?:gift|donation|contribution)\b[^.]{0,40}\bhelps? us\b"
    # ... or says what its readers' gifts pay for: "Today, reader support makes up about
    # two-thirds of our budget … please join us with a tax-deductible donation today"
    r"|\breader support makes up\b|\bjoin us with a (?:tax-deductible )?(?:donation|gift"
    r"|contribution)\b"
    r"|\b(?:take|buy|get) a (?:paid |digital )?subscription by clicking here\b"
    # ... or says who pays for it: "The Kyiv Independent is funded by our readers, not
    # oligarchs or governments. Help us keep it that way."
    r"|\b(?:is|are) (?:funded|financed|supported|paid for) by (?:our |its )?readers\b"
    # ... or asks for a subscription as support: "You can support quality local journalism
    # by subscribing to the ODT"
    r"|\byou can support (?:(?:quality|independent|local|public-interest) )*journalism\b"
    # ... or asks it in a heading of its own: "Apoie o jornalismo independente", "Apoya el
    # periodismo", "Soutenez le journalisme", "Support independent journalism"
    r"|\b(?:apoie|apoia|apoya|soutenez|support) (?:o |el |le )?(?:nosso |nuestro |notre )?"
    r"(?:(?:independent|local|quality) )?(?:jornalismo|periodismo|journalisme|journalism)\b"
    # ... or invites its readers' letters, a paragraph of terms: "Dear reader, we'd like to
    # hear from you. We regularly publish letters to the editor …"
    r"|^dear readers?,? we(?:'|’)d (?:like|love) to hear from you\b"
    # "… If you would like to submit a response of up to 300 words by email to be considered
    # for publication in our letters section, please click here."
    r"|^we welcome (?:reader |readers[’'] )?letters\b"
    r"|\bsubmit (?:a|your) (?:response|letter)\b.{0,120}"
    r"\b(?:for publication|letters? (?:section|page))\b"
    # ... or says its readers pay for it: "We rely on readers like you to keep our reporting free"
    # ... or asks them in the third person: "Shetland News is asking its readers to support
    # us by making a voluntary contribution to help fund our local journalism."
    r"|\b(?:asks|asking) (?:its |our )?readers to (?:support|help fund|fund|contribute)\b"
    r"|\bmaking a voluntary (?:contribution|donation)\b"
    # ... or "to fund" what it does: "We rely on readers to fund investigations like this one."
    r"|\bwe (?:rely|depend) on (?:our )?(?:readers|supporters|members|donors)"
    r"(?: like you\b| to (?:fund|pay for|support|sustain|keep)\b)"
    # ... or prices the support: "For the price of a cup of coffee a month you can help us
    # create an independent, not-for-profit, national news service"
    r"|\bfor the price of a (?:cup of )?coffee\b"
    r"|\bhelp us (?:create|build|keep|fund|sustain)\b.{0,60}\b(?:independent|not-for-profit|"
    r"non-profit)\b",
    re.IGNORECASE)


#: A button's label is a few words ("Make a contribution"); a longer link alone in its
#: paragraph is a sentence of the text that asks for support.
MAX_BUTTON_CHARS = 40
# A donation page's address names it in a segment of its own ("/donate", "/donate/join-us",
# "donate.example.org"); "/how-to-donate-your-used-items/" is an article about giving.
# (In other languages, the page of readers' support: Hungarian "/tamogatas/", German
# "/spenden/", Polish "/wesprzyj/", Portuguese "/apoie/", Italian "/sostieni/")
_DONATION_WORDS = r"donat|t[aá]mogat|spenden|wesprzyj|apoie|sostieni"
_DONATION_PAGE = re.compile(rf"(?:^|[/.])(?:{_DONATION_WORDS})", re.IGNORECASE)
# ... and any link that names it so, anywhere in its address, as a word's start (not the
# end of a compound: Hungarian "/hirek/csaladtamogatas", family benefits, is a category)
_DONATION_WORD = re.compile(rf"(?<![^\W\d_])(?:{_DONATION_WORDS})", re.IGNORECASE)


def _email_fields(root: Any) -> list[Any]:
    """The e-mail fields of the page's forms: a sign-up form asks for an address (a
    newsletter's, a membership's, a comment's), and its box is found from the field (an
    ASP.NET page is one ``<form>`` around everything, its newsletter field too). (lxml's walk
    over the fields alone: an XPath over every element took three times as long.)"""
    return [field for field in root.iter("input") if field.get("type") == "email"
            and any(up.tag == "form" for up in field.iterancestors())]


def _donate_links(root: Any) -> list[tuple[Any, int]]:
    """Buttons to a donation page, each with the most text its box may hold: links outside
    any paragraph (:data:`MAX_SIGNUP_CHARS`; when the address names a donation page,
    :data:`MAX_APPEAL_CHARS` or a third of the page's text if that is less, but never less
    than a sign-up box), or a label of a few words alone in a paragraph that links to a
    donation page (the same, without the floor): an appeal's ("Help us hold polluters to
    account. £10 a month trains one tester. [Donate now]"); a link in a paragraph only as a
    button's label, since a text may close on a sentence that asks for donations."""
    out = []
    # (lxml's walk over the links alone: an XPath over every element took twice as long)
    hrefs = [(a, h) for a in root.iter("a")
             if (h := a.get("href")) and _DONATION_WORD.search(h)]
    # (a short page's text may be shorter than an appeal: the box holds a third of the
    # page's text at most)
    body = root.find("body")
    shown = int(_STRING_LENGTH(body)) if hrefs and body is not None else 0
    appeal = min(MAX_APPEAL_CHARS, shown // 3)
    for a, href in hrefs:
        parts = urlsplit(href)
        page = _DONATION_PAGE.search(parts.netloc + parts.path)
        p = next(a.iterancestors("p"), None)
        if p is None:
            out.append((a, max(appeal, MAX_SIGNUP_CHARS) if page else MAX_SIGNUP_CHARS))
        elif page and _STRING_LENGTH(p) == _STRING_LENGTH(a) <= MAX_BUTTON_CHARS:
            out.append((a, appeal))
    return out


def _box(field: Any, limit: int) -> Any:
    """The widest element around *field* that holds no more than *limit* characters of
    text, inside the page's body, article or main element."""
    box, up = field, field.getparent()
    while up is not None and up.tag not in ("body", "article", "main") and (
            _STRING_LENGTH(up) <= limit):
        box, up = up, up.getparent()
    return box


def signup_boxes(root: Any) -> list[Any]:
    """The boxes around the e-mail fields of the sign-up forms of *root* ("Newsletter: the
    week in the city. No spam." and its form), the widest element around each that holds
    no more than :data:`MAX_SIGNUP_CHARS` characters of text; and the appeals around its
    buttons to a donation page (:func:`_donate_links`)."""
    return ([_box(field, MAX_SIGNUP_CHARS) for field in _email_fields(root)]
            + [_box(a, limit) for a, limit in _donate_links(root)])


# What names a readers' comments section (Chinese sites write "pinglun", 评论, in pinyin)
_COMMENT_WORDS = frozenset({"comment", "comments", "pinglun", "discuss", "discussion"})
#: How far above a comment form's text field its section is looked for.
COMMENT_REACH = 4


# Readers' reviews marked up for search engines: schema.org Review items, two or more,
# looked for in the elements named for reviews (a walk over every element for the mark-up
# cost 1% of extraction's time)
_REVIEW_MARK = etree.XPath("descendant-or-self::*[@itemprop='review']")
_REVIEW_WORDS = frozenset({"review", "reviews", "rating", "ratings"})


def _reviews(root: Any, names: NamedElements | None = None) -> list[Any]:
    """Readers' reviews (two or more elements marked ``itemprop="review"``, in or named
    for reviews), with the section a class or id names for reviews a few levels around
    them (its heading and summary), or alone; none when they hold half the page's text
    or more."""
    found: list[Any] = []
    for named in (names or NamedElements(root)).search(("review",), body=True):
        if named not in found and not any(a in found for a in named.iterancestors()):
            found.extend(el for el in _REVIEW_MARK(named) if el not in found)
    if len(found) < 2:
        return []
    out: list[Any] = []
    for item in found:
        box = item
        for up, _ in zip(item.iterancestors(), range(COMMENT_REACH), strict=False):
            if up.tag in ("body", "article", "main") or up.find(".//h1") is not None:
                break
            if not _REVIEW_WORDS.isdisjoint(attr_words(up)):
                box = up
        if box not in out and not any(a in out for a in box.iterancestors()):
            out.append(box)
    # (reviews holding most of the page's text are its text: a roundup of products)
    body = root.find("body")
    if body is None or 2 * sum(_STRING_LENGTH(el) for el in out) > _STRING_LENGTH(body):
        return []
    return out


#: Fewest comments a list of readers' comments shows to be told by its items alone.
MIN_COMMENTS = 2


# A comments section and a comment, by their names in the languages seen ("comentarios"
# holding "comentario" items, "kommentare", "reacties")
_COMMENTS_NAMES = frozenset({"comments", "comentarios", "comentários", "commentaires",
                             "commenti", "kommentare", "kommentarer", "komentarze", "komentare",
                             "komentari", "komentarji", "comentaris", "comentarii", "kommentit",
                             "reacties", "yorumlar"})
_COMMENT_NAMES = frozenset({"comment", "comentario", "comentário", "commentaire", "commento",
                            "kommentar", "komentarz", "komentar", "reactie", "yorum"})
_COMMENT_NEEDLES = ("comment", "coment", "kommentar", "komentar", "reactie", "yorum")


def _comment_lists(root: Any, names: NamedElements | None) -> list[Any]:
    """Lists of readers' comments without a form (sign-in first): an element named for
    comments ("vf-comments", "comment-list") holding :data:`MIN_COMMENTS` or more elements
    each named a comment, without the page's headline in it; the outermost."""
    out: list[Any] = []
    for box in (names or NamedElements(root)).search(_COMMENT_NEEDLES, body=True):
        words = attr_words(box)
        if _COMMENTS_NAMES.isdisjoint(words) and not ("comment" in words and "list" in words):
            continue
        if any(a in out for a in box.iterancestors()) or box.find(".//h1") is not None:
            continue
        items = sum(1 for el in box.iterdescendants() if isinstance(el.tag, str)
                    and not _COMMENT_NAMES.isdisjoint(attr_words(el)))
        if items >= MIN_COMMENTS or _comments_heading(box):
            out.append(box)
    return out


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _comments_heading(box: Any) -> bool:
    """*box* opens with a heading that names it the comments ("Comentaris (3)",
    "Comments"): its items are readers' words, however they are marked up."""
    head = next((k for k in box if isinstance(k.tag, str)), None)
    if head is None or head.tag not in ("h2", "h3", "h4", "h5"):
        return False
    word = _FIRST_WORD.search(head.text_content())
    return word is not None and word.group().lower() in _COMMENTS_NAMES | _COMMENT_NAMES


def comment_sections(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The readers' comments sections that hold their form: the element a class or id
    names for comments (``hx_comment``, ``comment-area``) a few levels around a
    ``<textarea>``, without the page's headline in it; and readers' reviews marked up as
    schema.org Reviews (:func:`_reviews`). trafilatura leaves out only the sections its
    own list of names knows, and a portal's readers' words came after the text. *names*:
    the page's, when the caller has them."""
    out = _reviews(root, names)
    out.extend(_comment_lists(root, names))
    for box in root.iter("textarea"):
        for up, _ in zip(box.iterancestors(), range(COMMENT_REACH), strict=False):
            if up.tag in ("body", "article", "main"):
                break
            if not _COMMENT_WORDS.isdisjoint(attr_words(up)):
                if up.find(".//h1") is None and up not in out:
                    out.append(up)
                break
    return out


# An in-page link to an element a few siblings further on: a "skip past newsletter
# promotion", "skip ad", "skip past Twitter post" link, which lets a screen reader's user
# jump over a box inside the text (its target marks where the box ends)
#: How many siblings after a skip link its target may be.
SKIP_REACH = 4
#: Most text the box a skip link jumps over may hold (a promotion, an embed), and its link
#: and the target's marker ("after newsletter promotion").
MAX_SKIPPED_CHARS, MAX_SKIP_MARKER = 600, 60


def skipped_boxes(root: Any, links: list[Any] | None = None) -> list[Any]:
    """The boxes inside a text that a skip link jumps over: the link, the elements between
    it and its target (a sibling at most :data:`SKIP_REACH` further on, all of them holding
    at most :data:`MAX_SKIPPED_CHARS` characters) and the target, a marker of a line with
    nothing inside it; only after a paragraph of the text. Found by structure, in any
    language. *links*: :func:`in_page_links`, when the caller has them (those gone from
    the tree since are passed over)."""
    out: list[Any] = []
    for a in in_page_links(root) if links is None else links:
        target = a.get("href").strip()[1:]
        if not target or a.getparent() is None or _STRING_LENGTH(a) > MAX_SKIP_MARKER:
            continue
        between = []
        for sib, _ in zip(a.itersiblings(), range(SKIP_REACH), strict=False):
            if sib.get("id") == target:
                # (the target marks where the box ends, a line with nothing inside it, and
                # the link follows a paragraph of the text: a "skip to content" link over
                # the page's header targets the content itself)
                if between and len(sib) == 0 and _STRING_LENGTH(sib) <= MAX_SKIP_MARKER \
                        and sum(_STRING_LENGTH(el) for el in between) <= MAX_SKIPPED_CHARS \
                        and _AFTER_TEXT(a) and not any(
                            el.tag in _HEADINGS or el.find(".//h1") is not None for el in between):
                    out += [a, *between, sib]
                break
            between.append(sib)
    return out


# A box about the writer: the writer's name, role and biography after (or before) the text
# (one needle, "author", searched in the page's names; the name confirmed on the element)
_AUTHOR_BOX = re.compile(
    r"author[-_]?(?:bio|box|card|info)|about[-_]?(?:the[-_]?)?author"
    # ... and in other languages, the box before or after the word for the writer
    # ("caixa-autor", "caja-autor", "box-autore", "autorenbox", "auteur-bio")
    r"|(?:autor|autore|auteur)(?:en)?[-_]?(?:bio|box|card|info)"
    r"|(?:caixa|caja|box|bloque|scheda|encadre|kasten)[-_]?(?:autor|autore|auteur)\b",
    re.IGNORECASE)
#: Most text such a box holds (a name, a role, a paragraph or two).
MAX_AUTHOR_BOX = 800


def author_boxes(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The boxes a class or id names for the writer (``author-bio``, ``c-globalAuthorBio``,
    ``about-the-author``) that hold at most :data:`MAX_AUTHOR_BOX` characters and no
    headline: the writer's biography, which no text's label keeps; and the paragraphs named
    for the writer that credit them under the text (:func:`_credit_paragraph`). *names*: the
    page's, when the caller has them."""
    found = (names or NamedElements(root)).search(
        ("author", "autor", "auteur"), tags=("div", "section", "aside", "footer", "p"), body=True)
    return [el for el in found if el.tag == "p" and _credit_paragraph(el)] + [
        el for el in found if el.tag != "p"
        and _AUTHOR_BOX.search(f"{el.get('class') or ''} {el.get('id') or ''}")
        and _STRING_LENGTH(el) <= MAX_AUTHOR_BOX and el.find(".//h1") is None]


#: Longest paragraph named for its writer that is their credit: a name, a rank, the office.
MAX_CREDIT_PARAGRAPH = 160
_AUTHOR_WORDS = frozenset({"author", "autor", "autore", "auteur"})
_QUOTING = frozenset({"blockquote", "figure", "q"})
_QUOTE_WORDS = frozenset({"quote", "cita", "citace", "citat", "citazione", "citation", "zitat",
                          "cite", "testimonial"})


def _credit_paragraph(el: Any) -> bool:
    """*el*, a paragraph that closes its box, is named for its writer alone ("<p
    class='autor'>asp. szt. Anna Kowalczyk<br>KPP w Zgierzu</p>", a police force's release
    under its text) and holds a line or two of no sentence: who wrote it, not what. (Not in
    Chinese: a portal's "责任编辑：…" line, named so as often, is where the text's trimming
    sees it end.)"""
    words = attr_words(el)
    if _AUTHOR_WORDS.isdisjoint(words) or not _QUOTE_WORDS.isdisjoint(words):
        return False
    # (closing its box: one inside the text names a quotation's speaker, "Elena Marcos,
    # concejala de Movilidad", under the quotation, and so does one named for the quotation's
    # author, "citace-autor")
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    before = el.getprevious()
    if after is not None or (el.tail or "").strip() or (
            before is not None and before.tag in _QUOTING) or any(
            up.tag in _QUOTING for up in el.iterancestors()):
        return False
    text = " ".join(el.itertext()).strip()
    return (0 < len(text) <= MAX_CREDIT_PARAGRAPH and text[-1:] not in ".!?。"
            and IDEOGRAPH.search(text) is None)


# A writer's page by its address (/autor/itziar-goikoetxea-1234.html, /author/jane-doe/,
# /auteurs/…, /redakteur/…), or a link the page marks as its author's (rel="author")
_AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:es|en|in|innen)?|auteurs?|autori|autore"
                          r"|redakteur(?:in|e)?|journalist(?:s|en)?|reporters?|writers?)/[^/?#]",
                          re.IGNORECASE)


def _writer_address(href: str) -> bool:
    """*href* goes to a writer's page (:data:`_AUTHOR_PAGE`). (Plain substring tests first:
    an expression searched over every link's whole address cost 1.5% of extraction's time.)"""
    low = href.lower()
    return (("aut" in low or "redakt" in low or "journalist" in low or "reporter" in low
             or "writer" in low) and bool(_AUTHOR_PAGE.search(urlsplit(href).path)))


#: Longest line that is a byline: the writer's name (or names) and a word or two beside it.
MAX_BYLINE = 80
#: Least share of a byline's letters its writers' links hold ("Itziar Goikoetxea" of
#: "Itziar Goikoetxea Bilbao").
BYLINE_LINK_SHARE = 0.5
_DIGIT = re.compile(r"\d")


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def byline_lines(root: Any) -> list[Any]:
    """The short blocks (``p``, or a ``div`` or ``span`` holding no block) whose links go to
    the writers' pages and hold most of their letters: a byline, the writer's name linked
    to their page and the place beside it ("<a href='/autor/…'>Itziar Goikoetxea</a>
    Bilbao"), which no text's label keeps. A block with a digit in it (a date line beside
    the name) is left for the date's readers."""
    out = []
    # (every link's address read in Python: an XPath that picked them by their address
    # cost five times as much as this walk)
    for a in root.iter("a"):
        href = a.get("href")
        if not href or "author" not in (a.get("rel") or "") and not _writer_address(href):
            continue
        block = next((el for el in a.iterancestors()
                      if el.tag == "p" or el.tag in ("div", "span")
                      and el.find(".//p") is None and el.find(".//div") is None), None)
        if block is None or block in out or block.tag == "body":
            continue
        text = " ".join("".join(block.itertext()).split())
        if (not text or len(text) > MAX_BYLINE or _DIGIT.search(text)
                or block.find(".//time") is not None):
            continue
        linked = sum(_letters("".join(link.itertext())) for link in block.iter("a")
                     if "author" in (link.get("rel") or "")
                     or _writer_address(link.get("href") or ""))
        if linked >= BYLINE_LINK_SHARE * _letters(text):
            out.append(block)
    return out


#: Largest picture (its declared width and height, in pixels) that is a writer's avatar.
MAX_AVATAR_PX = 100
#: Most text an avatar's card holds: the name and a role.
MAX_AVATAR_CARD = 120


def _pixels(value: str | None) -> int | None:
    value = (value or "").strip().removesuffix("px")
    return int(value) if value.isdigit() else None


# The markup Facebook's embed code writes for a post shown inside a text (the fallback
# readers see before its script runs, or with scripts off): the post's own text, then
# "Posted by Brno on Tuesday, 20 February 2024" in the reader's language, not the
# article's. (Embedded tweets too were tried: news-aeb's labels keep their text, recall
# 0.98 -> 0.84 and 1.0 -> 0.8 on two pages.)
_EMBED_CLASSES = {"div": "fb-post", "blockquote": "fb-xfbml-parse-ignore"}


def embedded_posts(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The Facebook posts embedded in the page by their embed code's markup
    (``div.fb-post``, its ``blockquote.fb-xfbml-parse-ignore``), outermost first. Found
    by *names* (the page's, when the caller has them: an XPath over every element's class
    cost 1% of extraction's time)."""
    names = names if names is not None else NamedElements(root)
    found = [el for el in names.search(tuple(_EMBED_CLASSES.values()),
                                       tags=tuple(_EMBED_CLASSES))
             if _EMBED_CLASSES[el.tag] in (el.get("class") or "").split()]
    return [el for el in found if not any(a in found for a in el.iterancestors())]


# A video's player in its box, the box named for it ("VideoLead", "video-player",
# "article__video"): the player is the element with a player's name, a <video> or an
# <iframe>, or a play button
_PLAYER_NAME = re.compile(r"player|play[-_]?button", re.IGNORECASE)
#: Most text a video's box holds: its title, a line about it, its length, "Up next".
MAX_VIDEO_BOX = 400


def _plays(el: Any) -> bool:
    for d in el.iterdescendants("video", "iframe", "button", "div", "span", "a"):
        if d.tag in ("video", "iframe") or _PLAYER_NAME.search(d.get("class") or ""):
            return True
        if d.tag == "button" and "play" in (d.get("aria-label") or d.text or "").lower():
            return True
    return False


def video_boxes(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The boxes a class names for a video that hold its player and at most
    :data:`MAX_VIDEO_BOX` characters: the video's title and a line about it, its length, a
    carousel's "Up next", which no label of 156 such boxes in the written sets and the
    shared corpus keeps. The outermost of each."""
    found = [el for el in (names or NamedElements(root)).search(("video",), body=True)
             if _STRING_LENGTH(el) <= MAX_VIDEO_BOX and el.find(".//h1") is None
             and _plays(el)]
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def avatar_cards(root: Any) -> list[Any]:
    """The cards of the writers a post shows with their avatars over (or under) its text: a
    small picture (:data:`MAX_AVATAR_PX`) whose ``alt`` is a name, and beside it (under
    the same parent or grandparent) the name printed again, a role at most
    (:data:`MAX_AVATAR_CARD` characters in all): "Maya Lindqvist / Software Engineer",
    which a text's label never keeps. The outermost card of each picture."""
    out: list[Any] = []
    for img in root.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        width, height = _pixels(img.get("width")), _pixels(img.get("height"))
        if (not alt or len(alt) > 60 or width is None or height is None
                or width > MAX_AVATAR_PX or height > MAX_AVATAR_PX):
            continue
        card = None
        for up, _ in zip(img.iterancestors(), range(2), strict=False):
            if up.tag in ("body", "article", "main") or _STRING_LENGTH(up) > MAX_AVATAR_CARD:
                break
            if any(el is not img and " ".join(el.text_content().split()) == alt
                   for el in up.iterdescendants()
                   if isinstance(el.tag, str) and el.tag != "img"):
                card = up
        if card is not None and card not in out and card.find(".//h1") is None:
            out.append(card)
    return out


#: Most text a card for another page holds: a name and a few fields (a price, a place, a
#: telephone number) and a button, no sentence of the text's.
MAX_LINK_CARD_CHARS = 200
_CARD_TAGS = frozenset({"div", "section", "aside", "li", "dl"})
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)(?:$|\?)", re.IGNORECASE)


def link_cards(root: Any, page: str | None = None) -> list[Any]:
    """The cards for another page set in the text: a box (:data:`MAX_LINK_CARD_CHARS`
    characters at most) whose links, three or more, one of them around a picture, all lead
    to one address that is neither this page nor a picture (a listing's card in a market
    report, "九龙湖·澜岸府 / 均价：约32000元/平方米 / 查看详情"; a product's box with its
    name and "Buy now"). A text's own links lead to many places; a card names one. A
    card alone: cards side by side, or of one class through the text, are the page's own
    list (a course catalogue, a buying guide's products, each with its "See on Amazon")."""
    here = urlsplit(page or "")._replace(fragment="").geturl()
    out: list[Any] = []
    for img in root.iter("img"):
        link = next((a for a in img.iterancestors("a")), None)
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or href.startswith(("#", "javascript:")) or _PICTURE_FILE.search(href) \
                or href == here:
            continue
        for up, _ in zip(link.iterancestors(), range(3), strict=False):
            if up.tag in _TEXT_ROOTS:
                break
            if up.tag not in _CARD_TAGS:
                continue  # (measured only where a card may be: the text's length is costly)
            if _STRING_LENGTH(up) > MAX_LINK_CARD_CHARS:
                break
            hrefs = [(a.get("href") or "").strip() for a in up.iter("a")]
            if len(hrefs) >= 3 and set(hrefs) == {href}:
                if up not in out:
                    out.append(up)
                break
    parents = Counter(card.getparent() for card in out)
    kinds = Counter((card.tag, card.get("class")) for card in out)
    return [card for card in out if parents[card.getparent()] == 1
            and kinds[card.tag, card.get("class")] == 1]


#: Most text a call-to-action box holds (a line, a sentence, a button).
MAX_CTA_CHARS = 300


def cta_boxes(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The boxes a class or id names a call to action ("cta": a product's "Start your free
    trial", a newsletter's "Subscribe", a donation's "Donate today"), a promotion
    ("promo": a festival's "Get tickets") or a readers' poll that hold a link, a button or
    an input and at most
    :data:`MAX_CTA_CHARS` characters. *names*: the page's, when the caller has them."""
    return [el for el in (names or NamedElements(root)).search(_CTA_NEEDLES,
                                                               tags=_BOX_TAGS, body=True)
            # (a box's name is one word of a CSS module's name as often: "ArticleNewsletter")
            if not _CTA_WORDS.isdisjoint(attr_words(el, camel=True))
            and _STRING_LENGTH(el) <= MAX_CTA_CHARS
            and next(el.iterdescendants("a", "button", "input"), None) is not None]


#: A box of paid offers inside the text (a rates table, a product's deals) holds a heading,
#: its rows and a disclosure line, no more than this.
MAX_SPONSORED_CHARS = 600
_SPONSORED_BOX_TAGS = frozenset({"div", "section", "aside", "table", "ul", "ol"})
_TEXT_ROOTS = frozenset({"body", "main", "article"})
# ... and says so ("Advertiser disclosure applies", "Sponsored"): a review's list of the
# products it picked, each at a shop by a paid link, is the text's
_DISCLOSED = re.compile(r"\b(?:advertiser|advertising|advertisement|sponsored|disclosure|"
                        r"paid partner(?:ship)?|anzeige|publicidad|pubblicità|publicité)\b",
                        re.IGNORECASE)


def sponsored_boxes(root: Any) -> list[Any]:
    """The boxes of paid offers set in the text: the nearest box around a link marked
    ``rel="sponsored"`` (how publishers mark paid links) when every link it holds is so
    marked, it says it is paid for and it holds at most :data:`MAX_SPONSORED_CHARS`
    characters (a "Best savings accounts" table with its "Open account" buttons and its
    advertiser's disclosure). A paragraph of the text with a paid link in it is no box."""
    out: list[Any] = []
    for a in root.iter("a"):
        if "sponsored" not in (a.get("rel") or "").lower():
            continue
        # (the offers' table first, then the box that holds it and its disclosure line)
        box = a.getparent()
        while box is not None and box.tag not in _TEXT_ROOTS:
            if box.tag == "p":
                break
            if box.tag in _SPONSORED_BOX_TAGS:
                if _STRING_LENGTH(box) > MAX_SPONSORED_CHARS or not all(
                        "sponsored" in (link.get("rel") or "").lower()
                        for link in box.iter("a") if link.get("href")):
                    break
                if _DISCLOSED.search(box.text_content()):
                    if not any(box is seen for seen in out):
                        out.append(box)
                    break
            box = box.getparent()
    return out


def appeal_boxes(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The boxes a class or id names for the readers' support or membership ("socios-box",
    "support-us", "membership", "contribute") whose text, at most :data:`MAX_APPEAL_CHARS`
    characters, asks for it (:data:`SUPPORT_APPEAL`): an appeal set in the text's middle,
    its heading and button with it. (The name alone says too little: a "support" box may
    be a help desk's text.) *names*: the page's, when the caller has them."""
    return [el for el in (names or NamedElements(root)).search(_APPEAL_NEEDLES, tags=_BOX_TAGS,
                                                               body=True)
            if _STRING_LENGTH(el) <= MAX_APPEAL_CHARS
            and SUPPORT_APPEAL.search(" ".join(el.itertext())) is not None]


# (and named in the newsroom's language: Spanish, Catalan and Italian "dona", Spanish
# "apoya"/"apoyo", Portuguese "apoie"/"apoio", Italian "sostieni": "ep-dona-box")
_APPEAL_NEEDLES = ("socio", "member", "support", "abonn", "contribut", "mitglied", "dona",
                   "apoy", "apoi", "sostien")


# (a box; a link named "cta-link" may be an entry of the text's own list of links; a
# newsletter's invitation under the text, "每日新聞不漏接 訂閱聯合報電子報", is one, and a
# donation box whose button goes to a payment service's form, "Donate today" to
# checkout.…/memberform?org_id=…, where the address does not say it)
_CTA_WORDS = frozenset({"cta", "promo", "subscribe", "newsletter", "donate", "donation",
                        # (a readers' vote: its question, its answers as a form, its count)
                        "poll",
                        # (a campaign's "Take action" box, named in one word: "callToAction")
                        "calltoaction",
                        # (a subscription's offer, by its name in the newsroom's language:
                        # "box-assinatura", "suscripcion", "abonnement", "abbonamento")
                        "subscription", "paywall", "assinatura", "suscripcion", "abonnement",
                        "abbonamento"})
_CTA_NEEDLES = ("cta", "promo", "subscri", "newsletter", "donat", "poll", "calltoaction",
                "paywall", "assinatura", "suscripcion", "abonnement", "abbonamento")
_BOX_TAGS = frozenset({"div", "section", "aside", "p", "figure", "form"})


# A standfirst: the line or two under a headline that sums the story up, named so by the CMS
_STANDFIRST_WORDS = frozenset({"dek", "deck", "subdeck", "standfirst", "subtitle", "subheadline",
                               "subhead", "subheader", "strapline", "excerpt", "tagline",
                               # ... by its name in the newsroom's language: Vietnamese CMSs'
                               # "sapo", Spanish "entradilla" and "bajada", Italian
                               # "sottotitolo", Spanish and Portuguese "subtitulo", German
                               # "Untertitel"
                               "sapo", "entradilla", "bajada", "sottotitolo", "subtitulo",
                               # ... and Czech and Slovak CMSs' "perex", Catalan
                               # "entradeta" (on 7 pages of 7, the labels leave it out)
                               "untertitel", "perex", "entradeta",
                               # ... and French "chapeau" (the chapô's name in full),
                               # Catalan "subtítol" (a class name writes "subtitol")
                               "chapeau", "subtitol",
                               # ... and the Argentine newsrooms' "copete" (5 of 5 written
                               # pages leave it out)
                               "copete",
                               # ... and Italian "sommario", the summary under the title
                               "sommario"})
# ... or by a name of two words, one after the other: Brazilian newsrooms' "linha fina"
# ("field-linha-fina"), and the names above written apart ("sub_head_box", "sub-title",
# "stand-first": a Korean release's 부제 lines over its text)
_STANDFIRST_PAIRS = (("linha", "fina"), ("sub", "head"), ("sub", "title"), ("sub", "headline"),
                     ("stand", "first"))
# ... and an affiliate disclosure over the text ("Purchases made through our links may earn
# us a commission"), in a box named for it
_DISCLOSURE_WORDS = frozenset({"disclaimer", "disclosure", "affiliate"})
_COMMISSION = re.compile(r"commission|affiliate", re.IGNORECASE)
#: Longest standfirst (a sentence or two).
MAX_STANDFIRST = 400
#: Longest label over a summary in its box ("Summary", "In short", "Key points").
MAX_SUMMARY_LABEL = 40
# (the elements that hold such lines whose names hold one of the words, confirmed as whole
# words of their class or id after)
_STANDFIRST_TAGS = frozenset({"p", "div", "span", "small", "h2", "h3", "h4", "h5", "h6",
                              "section", "header", "aside"})
# A summary named as one (and "summary" in the languages CMS templates are written in:
# Italian, Spanish, Portuguese, Catalan, German, Dutch, Swedish; French newsrooms' "chapô")
_SUMMARY_WORDS = frozenset({"summary", "description", "sommario", "riassunto", "resumen",
                            "resumo", "resum", "zusammenfassung", "samenvatting",
                            "sammanfattning", "chapo",
                            # (a blog's "tl;dr" box: "tldr-box", "tldr"; a research
                            # news item's "key-takeaways")
                            "tldr", "takeaways",
                            # (... and its "At a glance" box: "paragraph--type--at-a-glance")
                            "glance",
                            # (a central bank's release's "highlights-box" of its points, and
                            # the highlights in Spanish and Portuguese: "field-destacados")
                            "highlights", "destacados", "destaques",
                            # (a Japanese release's "【発表のポイント】" box, "pointbox")
                            "points", "keypoints", "pointbox",
                            # (Drupal's "field--name-field-abstract" under "In breve"; measured
                            # over every set: 7 pages closer, 1 farther, a Government Site
                            # Builder page whose labels keep its bold "abstract" lead)
                            "abstract"})
# ... and, in the header that holds the headline, one named so or as a lead
# ("release-summary", "intro"; the lead's names in the templates' languages too)
_HEADER_SUMMARY_WORDS = frozenset({"intro", "lead", "lede", "teaser"}) | _SUMMARY_WORDS \
    | LOCAL_LEAD_WORDS
_STANDFIRST_NEEDLES = tuple(sorted(_STANDFIRST_WORDS | _DISCLOSURE_WORDS
                                   | _HEADER_SUMMARY_WORDS
                                   | {first for first, _ in _STANDFIRST_PAIRS}))


_DESCRIPTION_PROP = etree.XPath("/html/body//*[self::div or self::p or self::section]"
                                "[@itemprop='description']")


def named_standfirst(words: list[str]) -> bool:
    """*words* (an element's class's and id's, :func:`~newscrawler.extract.text.attr_words`)
    name a standfirst: ``dek``, ``standfirst``, ``entradilla`` ..."""
    return not _STANDFIRST_WORDS.isdisjoint(words) or any(
        pair in _STANDFIRST_PAIRS for pair in zip(words, words[1:], strict=False))


def _in_headline_header(el: Any, words: list[str]) -> bool:
    """*el* is in a ``<header>`` that holds an ``<h1>`` (the headline's own header), or right
    after the ``<h1>`` in a ``<div>`` named a header, or,
    named a summary or a description (*words*, its class's and id's), comes right after
    the ``<h1>`` (a sibling or two on: an intro or a teaser there is as often the text's
    lead, a press release's "Pressemitteilung vom 26. Januar 2022 | Wiesbaden – …")."""
    after_h1 = any(sib.tag == "h1" for sib, _ in zip(el.itersiblings(preceding=True), range(2),
                                                    strict=False))
    if after_h1 and not _SUMMARY_WORDS.isdisjoint(words):
        return True
    # (or, named a summary, it opens what follows the headline: only short lines, the dates,
    # a share row, a kicker, between the two: Drupal's "field--name-field-chapo" after the
    # box of the headline, Liferay's "actu-chapo" opening the text's box)
    # (a box: a paragraph or a heading named so is as often the text's own first line,
    # "speakable-summary", or a summary's label)
    if el.tag in _SUMMARY_BOXES and not _SUMMARY_WORDS.isdisjoint(words) \
            and _opens_after_headline(el):
        return True
    # (or right after the h1 in a box named as the headline's header: "news-article__header";
    # further down such a box, after kickers, it may open the text)
    parent = el.getparent()
    # (... or in the headline's own box: "article-head-content-headline" around the h1 and
    # its "…-headline-lead")
    if after_h1 and parent is not None and parent.tag == "div" and not {
            "header", "headline"}.isdisjoint(attr_words(parent)):
        return True
    return any(a.tag == "header" and next(a.iter("h1"), None) is not None
               for a in el.iterancestors())

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SUMMARY_BOXES = frozenset({"div", "section"})
# ... over the text: a heading named "subtitle" after a paragraph is the text's own (after
# one under the headline, when there is one: a notice over the page's header is no text)
# (a picture's caption is no text either: "<p class='thumbnail-caption'>" under the lead
# picture, over the box)
_AFTER_TEXT = etree.XPath("boolean(preceding::p[string-length(normalize-space()) > 80]"
                          "[not(ancestor::figure)][not(contains(@class, 'caption'))])")
_UNDER_H1 = etree.XPath("boolean(preceding::h1)")
_TEXT_UNDER_H1 = etree.XPath(
    # (a subtitle in the headline's <header> is no text: "entry-subtitle" over the box)
    "boolean(preceding::p[string-length(normalize-space()) > 80][preceding::h1]"
    "[not(ancestor::header)][not(ancestor::figure)][not(contains(@class, 'caption'))])")
_LAST_H1 = etree.XPath("preceding::h1[1]")
#: Elements after the headline looked at for a box that opens what follows it (menus and
#: a record's table may stand between: their lines are short).
MAX_OPENING_STEPS = 2000
#: Most characters of a line between the headline and such a box (a date line, a share row,
#: a kicker); a longer paragraph is the text.
MAX_OPENING_LINE = 80


def _opens_after_headline(el: Any) -> bool:
    """Nothing but short lines (the dates, a share row, a kicker) stands between the page's
    last ``<h1>`` before *el* and *el*: no paragraph or list item, nor a ``<div>`` of text
    without blocks, longer than :data:`MAX_OPENING_LINE`."""
    h1 = next(iter(_LAST_H1(el)), None)
    if h1 is None:
        return False
    # (the summary's other blocks in a box named a summary too stand before it: "Tema" over
    # "Resumen" in an analysis's "resumen" box)
    parent = el.getparent()
    box = parent if parent is not None and not _SUMMARY_WORDS.isdisjoint(
        attr_words(parent)) else None
    for node in itertools.islice(_following(h1), MAX_OPENING_STEPS):
        if node is el:
            return True
        if box is not None and any(a is box for a in node.iterancestors()):
            continue
        if (node.tag in ("p", "li") or node.tag == "div"
                and next(node.iterdescendants("p", "div"), None) is None) \
                and _STRING_LENGTH(node) > MAX_OPENING_LINE and not _under_picture(node) \
                and not (node.tag == "div" and next(node.iter("img"), None) is not None):
            # (a box of a picture holds its caption: Drupal's "field--name-field-image"
            # around the lead picture's <figure> between the headline and its "chapo")
            return False
    return False


def _in_italics(el: Any) -> bool:
    """All of *el*'s text is set in italics (``<em>``, ``<i>``), and there is some."""
    whole = _STRING_LENGTH(el)
    return whole > 0 and sum(_STRING_LENGTH(i) for i in el.iter("em", "i")
                             if not any(a.tag in ("em", "i") for a in i.iterancestors()
                                        if a is not el)) >= whole


def _under_picture(node: Any) -> bool:
    """*node* comes right after a picture in its box: the picture's caption (a lead
    picture's "Plantation d'un micocoulier … © Ville de Bordeaux" between the headline and
    its summary)."""
    prev = node.getprevious()
    return prev is not None and (prev.tag == "img" or next(prev.iter("img"), None) is not None)


def _bold_line(el: Any) -> bool:
    """*el* prints one bold element and nothing else: a heading set in a paragraph."""
    kids = [k for k in el if isinstance(k.tag, str)]
    return (len(kids) == 1 and kids[0].tag in ("b", "strong") and not (el.text or "").strip()
            and not (kids[0].tail or "").strip())


def _after_text(el: Any) -> bool:
    return bool(_TEXT_UNDER_H1(el) if _UNDER_H1(el) else _AFTER_TEXT(el))


# What a standfirst does not hold (it is a line of text) ... but a list in a box named one
_NOT_IN_STANDFIRST = ("h1", "h2", "h3", "time", "div", "ul", "ol", "table", "form")
_NOT_IN_STANDFIRST_LIST = tuple(tag for tag in _NOT_IN_STANDFIRST if tag not in ("ul", "ol"))


def _labelled_field(el: Any) -> bool:
    """*el* is a Drupal field with its label above that names it a summary: "<div
    class='field__label'>In breve</div><div class='field__item'><p>…</p></div>"; or a box
    of a title line that names it one over its paragraphs ("<div class='callout-title'>In
    sintesi</div><p>…</p>")."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < 2 or not 0 < _STRING_LENGTH(kids[0]) <= MAX_SUMMARY_LABEL or (
            _SUMMARY_LABEL.match(kids[0].text_content().strip()) is None):
        return False
    if "label" in attr_words(kids[0]) and len(kids) == 2 and kids[1].tag == "div":
        return next(kids[1].iterdescendants(*_NOT_IN_STANDFIRST), None) is None
    # (a title line of its own, not a paragraph: "<p><strong>TL;DR:</strong></p>" over the
    # paragraphs opens the text in a box named "summary", and wcxb-articles' labels keep it)
    return kids[0].tag != "p" and all(
        k.tag == "p" and next(k.iterdescendants(*_NOT_IN_STANDFIRST), None) is None
        for k in kids[1:]) and not _after_text(el)


#: Longest summary under a label that names it one (an analysis's abstract).
MAX_LABELLED_SUMMARY = 1200
_SUMMARY_LABEL = re.compile(r"^(?:summary|abstract|resumen|resumo|resum|riassunto|sommario|"
                            r"zusammenfassung|samenvatting|sammanfattning|résumé|en bref|"
                            r"in brief|in short|in breve|in sintesi|en resumen|em resumo|"
                            r"kurz gesagt|auf einen blick|key points|key takeaways|highlights|"
                            r"at a glance|"
                            r"tl;?dr)\s*:?$",
                            re.IGNORECASE)


#: Most points of a summary set as a list over the text, and the longest point.
MAX_SUMMARY_POINTS = 5
MAX_SUMMARY_POINT = 200


def _summary_list(el: Any) -> bool:
    """*el* (a box named a summary, an intro or a lead) holds the story's points as one short
    list and nothing else, before any paragraph of the text: "<div class='article-intro'>
    <ul><li>…</li></ul></div>" under the headline, "es-summary-box" opening the text (in a
    Drupal field's wrappers too: "field-name-field-resumen" > "field-items" > the list)."""
    box = _unwrapped(el)
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) == 2 and kids[0].tag in ("p", "strong", "span", "h2", "h3", "h4", "h5") and (
            0 < _STRING_LENGTH(kids[0]) <= MAX_SUMMARY_LABEL) and (
            kids[0].text_content().strip()[-1:] not in ".!?。"):
        # (its label over it, "En bref", "Key points:"; a sentence there is the text's)
        kids = kids[1:]
    if len(kids) != 1 or kids[0].tag not in ("ul", "ol") or (box.text or "").strip():
        return False
    items = [li for li in kids[0] if isinstance(li.tag, str)]
    return (0 < len(items) <= MAX_SUMMARY_POINTS and all(
        li.tag == "li" and 0 < _STRING_LENGTH(li) <= MAX_SUMMARY_POINT for li in items)
        and not _after_text(el))


def _unwrapped(el: Any) -> Any:
    """*el* without the wrappers of one ``<div>`` each around its content (a Drupal field's
    "field-items" / "field-item" around the paragraph)."""
    while not (el.text or "").strip():
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) != 1 or kids[0].tag != "div" or (kids[0].tail or "").strip():
            break
        el = kids[0]
    return el


def standfirsts(root: Any, names: NamedElements | None = None) -> list[Any]:
    """The elements whose class or id names them a standfirst (``dek``, ``standfirst``,
    ``subtitle`` ...) or, in the ``<header>`` that holds the headline, a summary
    (``release-summary``, ``intro``, ``lead``: anywhere else such names are as often the
    text's own first part; right after the headline, a summary or a description:
    :func:`_in_headline_header`), or an affiliate disclosure whose text names a
    commission, that hold
    at most :data:`MAX_STANDFIRST` characters of text and no block, heading or ``<time>``:
    the summary over a text, which the benchmarks' labels of the text leave out (news-aeb
    and wcxb-articles: 47 pages closer, 11 farther). Not a heading named so twice or after
    a paragraph: the text's own section headings. *names*: the page's, when the caller
    has them."""
    found = []
    for el in (names or NamedElements(root)).search(_STANDFIRST_NEEDLES, tags=_STANDFIRST_TAGS,
                                                    body=True):
        words = attr_words(el)
        # (a summary's name may be written in camel case, a CSS module's class:
        # "keyTakeaways_box__7Xb2M"; a standfirst's is not read so, "deckDescription" naming
        # an embedded chart's deck in the text)
        summary = attr_words(el, camel=True)
        if named_standfirst(words) or not _DISCLOSURE_WORDS.isdisjoint(
                words) and _COMMISSION.search(el.text_content()) or not (
                _HEADER_SUMMARY_WORDS.isdisjoint(summary)) and (
                _in_headline_header(el, summary) or _summary_list(el)
                # (or a box of it in italics alone that opens what follows the headline: an
                # "article-intro" between the toolbar and the text's box)
                or el.tag in _SUMMARY_BOXES and _in_italics(el) and _opens_after_headline(el)
                # (or, anywhere over the text, under a line that names it a summary)
                or not _SUMMARY_WORDS.isdisjoint(summary) and _labelled_field(el)):
            found.append(el)
    # (a box the CMS marks as the article's description, schema.org's itemprop: TYPO3 news's
    # "<div class='lead' itemprop='description'>" under the date and the author)
    for el in _DESCRIPTION_PROP(root):
        if el not in found and not _after_text(el) and next(
                el.iterdescendants(*_NOT_IN_STANDFIRST), None) is None:
            found.append(el)
    # headings named so more than once are the text's section headings ("subhead"), and so
    # are bold lines set as they are ("<p class='subhead'><strong>Next steps</strong></p>")
    kinds = Counter((el.tag, el.get("class")) for el in found
                    if el.tag in _HEADINGS or _bold_line(el))
    out = []
    for el in found:
        if kinds[el.tag, el.get("class")] > 1 and (el.tag in _HEADINGS or _bold_line(el)):
            continue
        # (a line of text: a box of the byline, the dates and buttons named "subhead" is not)
        # (a box named a standfirst may set its points as a list: "nova-entradilla" over
        # three bullets)
        named = named_standfirst(attr_words(el)) or _summary_list(el)
        inside = _NOT_IN_STANDFIRST_LIST if named else _NOT_IN_STANDFIRST
        # (a box named a standfirst may hold it as its one heading: Drupal's
        # "field--name-field-subtitle" around an <h2>)
        kids = [k for k in el if isinstance(k.tag, str)]
        heading = (named and len(kids) == 1 and kids[0].tag in ("h2", "h3", "h4")
                   and not (el.text or "").strip() and not (kids[0].tail or "").strip()
                   and next(kids[0].iterdescendants(*inside), None) is None)
        # (... or a summary under a label of its own: "<h2>Summary</h2><p>…</p>", or a
        # Drupal field's, :func:`_labelled_field`)
        labelled = (len(kids) >= 2 and kids[0].tag in _HEADINGS
                    and 0 < _STRING_LENGTH(kids[0]) <= MAX_SUMMARY_LABEL
                    and not any(next(k.iterdescendants(*inside), None) is not None
                                or k.tag in inside for k in kids[1:])) or _labelled_field(el)
        # (a summary its label names so, "Resumen", "Summary", runs to a paragraph)
        longest = MAX_LABELLED_SUMMARY if labelled and _SUMMARY_LABEL.match(
            kids[0].text_content().strip()) else MAX_STANDFIRST
        if 0 < _STRING_LENGTH(el) <= longest and (
                heading or labelled
                or next(_unwrapped(el).iterdescendants(*inside), None) is None) \
                and not ((el.tag in _HEADINGS or heading) and _after_text(el)):
            out.append(el)
    return out



#: Fewest comparison-key characters of a description matched against a box: a sentence.
MIN_DESCRIBED = 40
#: Elements with text after the headline looked at for the summary before giving up (the
#: kicker, the byline, the date line, the share row, the summary).
MAX_DESCRIBED_STEPS = 12
_DESCRIBED_TAGS = frozenset({"div", "h2", "h3", "h4", "section"})
_INLINE_TAGS = frozenset({"a", "span", "img", "time", "em", "strong", "b", "i", "small",
                          "button", "label", "svg"})
#: Elements after the headline looked at in all.
MAX_FOLLOWING = 80
#: Siblings after a summary's box looked at for the text's own run of blocks.
MAX_BLOCK_SIBLINGS = 3


def _following(el: Any) -> Any:
    """The elements after *el* in page order, not those inside it."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            for sub in sib.iter():
                if isinstance(sub.tag, str):
                    yield sub
        node = node.getparent()


def described_summaries(headline: Any, descriptions: list[str]) -> list[Any]:
    """The box under *headline* whose text is the page's description (``og:description``,
    ``description``) and that is set apart from the text (not a plain paragraph of it): a
    summary over the text ("NewsLead", "art-lead", Turkish newsrooms' ``h2.spot``) that its
    CMS also gave as the page's description, whatever it is named. A description that is
    the text's first paragraph (a CMS's excerpt) stays: that paragraph is a ``<p>`` among
    the text's, of the same kind as the next."""
    # (a summary is a sentence or two: some CMSs give the whole text as the description)
    keys = {k for k in map(text_key, descriptions) if MIN_DESCRIBED <= len(k) <= MAX_STANDFIRST}
    if headline is None or not keys:
        return []
    longest = max(map(len, keys))
    steps = 0
    for el in itertools.islice(_following(headline), MAX_FOLLOWING):
        # (a box the template names: an unnamed heading under the headline is as often its
        # subtitle, which the benchmarks' labels keep; and the names are read first, the
        # text only of named elements)
        if not (el.get("class") or el.get("id")):
            if el.text and not el.text.isspace():
                steps += 1  # (text of its own: a line of the page before any summary)
                if steps > MAX_DESCRIBED_STEPS:
                    break
            continue
        text = el.text_content()
        # (a box that holds more than a summary holds the text too: its parts come next)
        if len(text) > 2 * longest + 200 or not text.strip():
            continue
        key = text_key(text)
        if key in keys:
            return [el] if el.tag in _DESCRIBED_TAGS and _set_apart(el) else []
        if any(k in key for k in keys):
            continue
        if el.tag in _INLINE_TAGS:
            continue  # (a button or a field of a line counted with its box: "Share", "Print")
        steps += 1
        if steps > MAX_DESCRIBED_STEPS:
            break
    return []


def _set_apart(el: Any) -> bool:
    """*el* is a box of its own, not a part of the text: no ``<p>`` (a paragraph, however
    named, is the text's: "vsbcontent_start"), no heading that paragraphs follow beside it
    (the text's first heading), no block followed by blocks of its kind (a site builder's
    text set as a run of "sqs-block" boxes)."""
    if el.tag == "p":
        return False
    siblings = list(itertools.islice(el.itersiblings(), MAX_BLOCK_SIBLINGS))
    if el.tag in _HEADINGS:
        return not any(sib.tag == "p" for sib in siblings)
    kind = (el.get("class") or "").split()[:1]
    return not any(sib.tag == el.tag and (sib.get("class") or "").split()[:1] == kind
                   for sib in siblings)



# Links within the page printed as a symbol: a footnote's way back to its reference ("↩",
# "^"), "↑ top", a heading's permanent link ("¶", "#"). trafilatura takes a short list whose
# items end in such short links for a menu, and dropped a post's footnotes whole; a
# heading read with its link ends in the symbol ("Build your first pipeline ¶").
_NO_WORD = re.compile(r"^\W*$")


def in_page_links(root: Any) -> list[Any]:
    """The links of *root* to places on the page itself (``href="#…"``), found once for
    :func:`jump_symbols` and :func:`skipped_boxes` (each walk over a page's elements costs
    about 1% of extraction's time)."""
    # (lxml's walk over the links alone, the addresses with a "#" tried: an XPath that
    # normalized every element's address took four times as long)
    return [a for a in root.iter("a")
            if (h := a.get("href")) and "#" in h and h.lstrip(" \t\r\n").startswith("#")]


def jump_symbols(root: Any, links: list[Any] | None = None) -> list[Any]:
    """The in-page links of *root* (*links*, :func:`in_page_links`, when the caller has
    them) whose text is a symbol or two and no word (a footnote's number stays), and no
    picture."""
    out = []
    for a in in_page_links(root) if links is None else links:
        text = a.text_content()
        if _NO_WORD.match(text) and len(text.strip()) <= 2 and a.find(".//img") is None:
            out.append(a)
    return out


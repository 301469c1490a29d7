"""Pictures' captions and credits, found as elements: a credit inside a ``<figure>``, a
picture set in a table floated beside the text, a gallery set as a list, the caption under
a centered picture."""

from __future__ import annotations

import re
from typing import Any

from .boxes import _STRING_LENGTH, _pixels
from .named import NamedElements
from .text import SENTENCE_ENDS, attr_words, text_key

__all__ = ["picture_captions", "picture_credits", "picture_lists", "picture_tables"]


# A picture set in a centered paragraph of its own: the centered line under it is its
# caption ("<p align=center><img></p><p align=center>市民在古城墙下欣赏造型菊</p>"), on
# portals and blogs alike; measured on the shared sets, 81 such lines outside the labels'
# text and 2 inside
#: Longest caption under a centered picture (a sentence or a label, not a paragraph).
MAX_PICTURE_CAPTION = 80
#: ... a sentence too, up to this long, when it is set apart from the text by its own look: a
#: color or a class of its own (TRS's blue caption ``<font color="#0000ff">``, ``<span
#: class="caption">``; a color in a style was tried: blogs color a sentence of their text so).
MAX_SET_APART_CAPTION = 250
# an enumerated heading ("一、", "（二）", "3.") is the text's, wherever it is set
_ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]"
                         r"|\d+[.、])")


# A caption's own label, opening the line under the picture: "图说：", "图片说明：", "圖說："
_CAPTION_LABEL = re.compile(r"^(?:图说|圖說|图片说明|圖片說明|图注|圖註)\s*[:：]")


def _centered(el: Any) -> bool:
    if (el.get("align") or "").lower() == "center":
        return True
    style = el.get("style")
    if style and "text-align:center" in style.replace(" ", "").lower():
        return True
    # (or by a class the style sheet centers its text or picture by: "img_center",
    # "text-center", WordPress's "aligncenter"; not a box's position, "position-center", nor
    # a column's, "is-vertically-aligned-center")
    return any(_CENTER_CLASS.match(c) for c in (el.get("class") or "").split())


_CENTER_CLASS = re.compile(r"^(?:(?:img|image|pic|photo|text|txt|align)[-_]?)?"
                           r"(?:center|centre|centered|centred)$", re.IGNORECASE)


_AUTO_MARGINS = re.compile(r"margin:(?:0|\d+px)?\s*auto|margin-left:auto", re.IGNORECASE)


def _centered_picture(img: Any, pic: Any) -> bool:
    """*img* alone in *pic*, centered by its own style (``display:block;margin:auto``)."""
    style = (img.get("style") or "").replace(" ", "")
    return bool(_AUTO_MARGINS.search(style)) and not "".join(pic.itertext()).strip() and len(
        pic) == 1


#: Longest credit of a picture: a picture agency's or a photographer's name.
MAX_PICTURE_CREDIT = 120
_CREDIT_NEEDLES = ("credit", "copyright", "attribution", "owner")
_CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "attribution", "owner"})


#: Most text a picture's box without ``<figure>`` holds: its caption, credit and a link.
MAX_PICTURE_BOX_TEXT = 400


def _in_picture_box(el: Any) -> bool:
    """*el*'s parent is a picture's box that is not a ``<figure>``: it holds a picture
    beside *el* and little text ("<div class='photo-right'><img><p class='caption'>…<p
    class='credit'>Photo by …")."""
    box = el.getparent()
    return box is not None and any(el not in img.iterancestors() for img in box.iter("img")) and (
        _text_length(box) <= MAX_PICTURE_BOX_TEXT)


def picture_credits(root: Any, names: NamedElements) -> list[Any]:
    """The elements inside a ``<figure>`` named as its credit (``figure-article-caption-
    owner``, ``credit``, ``copyright``), short (:data:`MAX_PICTURE_CREDIT`): a picture's
    owner ("Serious Eats / Marisa Chen") is not the article's text, whichever convention
    keeps or drops captions."""
    out = []
    for el in names.search(_CREDIT_NEEDLES, body=True):
        if _CREDIT_WORDS.isdisjoint(attr_words(el)) or next(
                el.iterancestors("figure"), None) is None and not _in_picture_box(el):
            continue
        if len(" ".join("".join(el.itertext()).split())) <= MAX_PICTURE_CREDIT:
            out.append(el)
    return out


#: Most text a picture set in a table of its own may have beside it: its caption and credit.
MAX_PICTURE_TABLE_TEXT = 400
_FLOATS = re.compile(r"float\s*:\s*(?:left|right)")


def _text_length(el: Any) -> int:
    return len(" ".join("".join(el.itertext()).split()))


# A table cell named as a picture's caption: "image_desc", "pic-caption", "legend"
_CAPTION_CELL = re.compile(r"caption|desc|legend", re.IGNORECASE)


def picture_tables(root: Any) -> list[Any]:
    """Pictures set in a small table floated beside the text (``<table align="right">``: the
    picture in one cell, its caption and credit under it), as old templates print a figure:
    the caption is not the text, as a ``<figure>``'s is not; and the caption cells of a
    picture's table in the text's flow named so (``<td class="image_desc">``; the table stays,
    as the text around it reads it). (A picture centered in the text's flow without such a
    name, where Chinese pages print a caption the text goes on with, is left.)"""
    out = []
    for table in root.iter("table"):
        if not ((table.get("align") or "").lower() in ("left", "right")
                or _FLOATS.search((table.get("style") or "").lower())):
            captions = [td for td in table.iter("td")
                        if _CAPTION_CELL.search(td.get("class") or "")]
            if (captions and sum(1 for _ in table.iter("img")) == 1
                    and table.find(".//table") is None
                    and _text_length(table) <= MAX_PICTURE_TABLE_TEXT):
                out += captions
            continue
        if next(table.iter("img"), None) is None or table.find(".//table") is not None or \
                table.find(".//th") is not None:
            continue
        if _text_length(table) <= MAX_PICTURE_TABLE_TEXT:
            out.append(table)
    return out


#: Fewest pictures of a gallery set as a list.
MIN_GALLERY_ITEMS = 2


def picture_lists(root: Any) -> list[Any]:
    """Galleries set as a list: a ``<ul>``/``<ol>`` of :data:`MIN_GALLERY_ITEMS` items or
    more, each a picture with at most a caption (:data:`MAX_PICTURE_CAPTION`) beside it
    ("相關圖片" and its photos after a release): captions, not the text's list."""
    out = []
    for lst in root.iter("ul", "ol"):
        items = [li for li in lst if isinstance(li.tag, str)]
        if len(items) >= MIN_GALLERY_ITEMS and all(
                li.tag == "li" and any(not _is_icon(img) for img in li.iter("img"))
                and len(" ".join("".join(li.itertext()).split())) <= MAX_PICTURE_CAPTION
                for li in items):
            out.append(lst)
            # (with its heading, "Galeria zdjęć", which would stand alone)
            before = lst.getprevious()
            if (before is not None and before.tag in ("h2", "h3", "h4", "h5")
                    and len(" ".join("".join(before.itertext()).split())) <= MAX_PICTURE_CAPTION
                    and not (before.tail or "").strip()):
                out.append(before)
    return out


#: A picture this small (its width or height) is an icon: a list's bullet, a check mark.
MAX_ICON_PIXELS = 48


def _is_icon(img: Any) -> bool:
    if "icon" in (img.get("class") or "").lower():
        return True
    sizes = [_pixels(img.get(side)) for side in ("width", "height")]
    return any(size is not None and size <= MAX_ICON_PIXELS for size in sizes)


#: Longest caption in a picture's box (a sentence or two).
MAX_BOX_CAPTION = 200


def picture_captions(root: Any) -> list[Any]:
    """The captions set as a centered line right under a centered picture: the next
    sibling of a ``<p>``/``<div>`` that holds images and no text, itself centered, short
    (:data:`MAX_PICTURE_CAPTION`), and not ending as a sentence; or the centered block
    itself when the caption follows the picture there after a line break."""
    out = []
    seen = set()
    # (found from the pictures, a few a page, and the block holding each: an XPath over
    # every paragraph's style cost 2% of extraction)
    for img in root.iter("img"):
        said = _saying_alt(img)
        if said is not None:
            out.append(said)
            continue
        near = [a for a, _ in zip(img.iterancestors(), range(3), strict=False)
                if a.tag in ("p", "div")]
        pic = near[0] if near else None
        box = next((a for a in near if a.tag == "div" and a not in seen and _picture_box(a, img)),
                   None)
        beside = _caption_beside(img)
        if beside is not None:
            # (read on: the picture's box may hold a caption under it besides, the credit
            # beside the picture, "<span class='image-credit'>")
            out.append(beside)
        if box is not None:
            # a picture's box: the picture (in its wrappers: "<div class='mol-img'><div
            # class='image-wrap'><img>…") and one short paragraph under it, nothing else
            # ("<div class='imagen_noticia'><img><p class='pie_foto'>…</p></div>")
            seen.add(box)
            out.append([k for k in box if isinstance(k.tag, str)][1])
            continue
        # (a block named as a picture's, "<p class='photo'><img><br>…", sets its caption
        # under it as a centered one does, a Chinese one closed by "。" too)
        named = pic is not None and not _PICTURE_WORDS.isdisjoint(attr_words(pic))
        if pic is None or pic in seen or not (_centered(pic) or _centered_picture(img, pic)
                                              or named):
            continue
        seen.add(pic)
        if "".join(pic.itertext()).strip():
            if _captioned_below(pic, closed=named):
                out.append(pic)
            continue
        cap = pic.getnext()
        if cap is None or cap.tag not in ("p", "div") or next(cap.iter("img"), None) is not None:
            continue
        text = " ".join("".join(cap.itertext()).split())
        if not _centered(cap):
            # (a line that says it is the caption is one however it is set: "图说：市民在…
            # 参观 新民晚报记者 杨建中 摄")
            if _CAPTION_LABEL.match(text) and len(text) <= MAX_SET_APART_CAPTION:
                out.append(cap)
            continue
        # (a Chinese caption is a sentence closed by its "。" as often as a label: "2月24日，
        # 宣州区农技人员在水阳镇指导…准备。" under the picture)
        if text and not _ENUMERATED.match(text) and (
                len(text) <= MAX_PICTURE_CAPTION and (text[-1] not in SENTENCE_ENDS
                                                      or text[-1] == "。")
                or len(text) <= MAX_SET_APART_CAPTION and _set_apart(cap)):
            out.append(cap)
    return out


_CAPTION_SPAN_TAGS = frozenset({"span", "em", "i", "small", "font"})


def _caption_beside(img: Any) -> Any | None:
    """The one inline element right after a picture (or its link) in a block that holds
    nothing else (``<p class="foto-vlevo"><img …><span>Zametací vůz v ulici Palackého
    (ilustrační foto: TS Nový Jičín)</span></p>``): the picture's caption, set beside or
    under it by the style sheet, when it is short (:data:`MAX_PICTURE_CAPTION`) and does
    not end as a sentence; else ``None``."""
    parent = img.getparent()
    pic = parent if parent is not None and parent.tag == "a" else img
    block = pic.getparent()
    # (the cheap tests first: most pictures are not alone with one line in their block)
    if block is None or block.tag not in ("p", "div") or len(block) > 3 or _is_icon(img):
        return None
    kids = [k for k in block if isinstance(k.tag, str)]
    if len(kids) != 2 or kids[0] is not pic or kids[1].tag not in _CAPTION_SPAN_TAGS or (
            (block.text or "").strip() or (pic.tail or "").strip()
            or (kids[1].tail or "").strip() or (pic is not img and (img.tail or "").strip())):
        return None
    text = " ".join(kids[1].text_content().split())
    if not text or len(text) > MAX_PICTURE_CAPTION or text[-1] in SENTENCE_ENDS \
            or next(kids[1].iter("img"), None) is not None:
        return None
    return kids[1]


#: Fewest characters of a picture's alt text that its caption may repeat.
MIN_ALT_CAPTION = 4


def _saying_alt(img: Any) -> Any | None:
    """The element right after the picture (or its link) that prints its alt text and
    nothing more: its caption, whatever its alignment (Sina's ``<span class="img_descr">``
    after ``<img alt="…">``), or ``None``."""
    alt = (img.get("alt") or "").strip()
    if len(alt) < MIN_ALT_CAPTION:
        return None
    parent = img.getparent()
    pic = parent if parent is not None and parent.tag == "a" else img
    if (pic.tail or "").strip() or (pic is not img and (img.tail or "").strip()):
        return None
    cap = pic.getnext()
    if cap is None or cap.tag not in _ALT_CAPTION_TAGS or next(cap.iter("img"), None) is not None:
        return None
    text = cap.text_content()
    # (a paragraph of the text after a picture is longer than its alt: not compared)
    if len(text) > 2 * len(alt) + MIN_ALT_CAPTION * 5:
        return None
    return cap if text_key(text) == text_key(alt) else None


_BLOCK_TAGS = ("p", "div", "ul", "ol", "table", "h2", "h3", "h4", "blockquote")
_ALT_CAPTION_TAGS = frozenset({"span", "p", "div", "em", "i", "small", "figcaption", "font"})


def _picture_box(box: Any, img: Any) -> bool:
    """*box* holds the picture *img* (in its first child) and one short paragraph without
    pictures or links under it, and nothing else: the paragraph is its caption."""
    kids = [k for k in box if isinstance(k.tag, str)]
    # (the picture's part is the picture, its wrappers and at most a credit: not a line of
    # text with an icon in it, "2024 © [AA] 版權屬…" over a footer's "最後修訂日期")
    # (the paragraph may be a <div> of a line: "<div class='img_txt'>…（記者林宏達攝）</div>")
    # (a short one: a <div> of a sentence or two is as often a gallery's description)
    return (len(kids) == 2 and (kids[1].tag == "p" or kids[1].tag == "div" and next(
                kids[1].iterdescendants(*_BLOCK_TAGS), None) is None
                and _STRING_LENGTH(kids[1]) <= MAX_PICTURE_CAPTION)
            and img in kids[0].iter()
            and kids[0].tag != "p" and not _is_icon(img)
            and _STRING_LENGTH(kids[0]) <= MAX_PICTURE_CAPTION
            and not ((box.text or "").strip() or (kids[0].tail or "").strip())
            and 0 < _STRING_LENGTH(kids[1]) <= MAX_BOX_CAPTION
            and next(kids[1].iter("img", "a"), None) is None)


_CAPTION_NAME = re.compile(r"caption|img-?note|pic-?note|photo-?note|pictxt|img_?desc|"
                           r"image_?desc", re.IGNORECASE)


def _set_apart(cap: Any) -> bool:
    """A caption under a picture marked as one: its paragraph or the one element it holds
    is a ``<font>`` with a color or has a caption's name, or the whole line is in italics."""
    kids = [k for k in cap if isinstance(k.tag, str)]
    if (len(kids) == 1 and kids[0].tag in ("em", "i", "small") and not (cap.text or "").strip()
            and not (kids[0].tail or "").strip()):
        return True  # (set in italics, the whole line: "<p style='text-align:center'><em>…")
    parts = [cap, *kids[:1]]
    for el in parts:
        if el.tag == "font" and el.get("color"):
            return True
        if _CAPTION_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
    return False


#: The words a block holding a picture and its caption is named by.
_PICTURE_WORDS = frozenset({"photo", "photos", "pic", "picture", "image", "img", "foto"})


def _captioned_below(pic: Any, *, closed: bool = False) -> bool:
    """*pic* is a centered picture with its caption under it in the same block, after a
    line break (``<p align="center"><img><br>主普壇開燈後…（民政處提供）</p>``): nothing before
    the break but pictures, a short line after it that does not end as a sentence (*closed*:
    or that ends with "。", in a block named as a picture's)."""
    kids = [k for k in pic if isinstance(k.tag, str)]
    br = next((k for k in kids if k.tag == "br"), None)
    if br is None or (pic.text or "").strip():
        return False
    before = kids[:kids.index(br)]
    if not before or any(next(k.iter("img"), None) is None or "".join(k.itertext()).strip()
                         or (k.tail or "").strip() for k in before):
        return False
    text = " ".join("".join(pic.itertext()).split())
    # (a Chinese caption closes with its "。" as often as not, "陳詠詩（右三）今日拜會湖南省
    # 商務廳。"; a centered block's line so closed may be the text going on)
    return (len(text) <= MAX_PICTURE_CAPTION
            and (text[-1] not in SENTENCE_ENDS or closed and text[-1] == "。")
            and not _ENUMERATED.match(text))

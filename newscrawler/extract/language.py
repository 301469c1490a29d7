"""Page language: declared, configured, or guessed from the script."""

from __future__ import annotations

import re

__all__ = ["guess_language"]

# Counted as what is left once the rest is removed: one string, where findall() made one per
# letter (a third of the time on a page's sample).
_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
# Function words frequent in one language and rare in the others of the list
_FUNCTION_WORDS = (
    ("en", re.compile(r"\b(?:the|and|of|to|is|for|with|that|on|was)\b", re.I)),
    ("de", re.compile(r"\b(?:der|die|das|und|nicht|mit|für|ist|von|den|sich)\b", re.I)),
    ("es", re.compile(r"\b(?:el|los|las|del|y|por|para|una|según|está|fue)\b", re.I)),
    ("fr", re.compile(r"\b(?:le|les|des|et|est|dans|pour|une|du|au|sur)\b", re.I)),
    ("it", re.compile(r"\b(?:il|della|che|per|gli|delle|nel|è|dei|alla|sono)\b", re.I)),
    ("pt", re.compile(r"\b(?:não|uma|com|os|das|dos|pelo|pela|foi|em|ao)\b", re.I)),
    ("nl", re.compile(r"\b(?:het|een|van|en|niet|voor|zijn|met|wordt|ook)\b", re.I)),
)
_CJK_LANGS = frozenset({"zh", "ja", "ko"})
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# scripts of one language each (Arabic's serves Persian and Urdu too: read as Arabic)
_SCRIPTS = ((re.compile(r"[\u0e00-\u0e7f]"), "th"), (re.compile(r"[\u0600-\u06ff]"), "ar"),
            (re.compile(r"[\u0400-\u04ff]"), "ru"), (re.compile(r"[\u0370-\u03ff]"), "el"),
            (re.compile(r"[\u0900-\u097f]"), "hi"))
# letters only Vietnamese writes (ơ, ư, đ with their tones)
_VIETNAMESE = re.compile(r"[ơưđƠƯĐ]|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _cjk_share(sample: str) -> float | None:
    letters = len(_NOT_LETTER.sub("", sample))
    return len(_NOT_CJK.sub("", sample)) / letters if letters >= 20 else None


def guess_language(declared: str | None, configured: str | None, sample: str) -> str | None:
    """Precedence: ``<html lang>`` (primary subtag, lower-case), then the site's
    *configured* language, then a guess from *sample* (title and start of the text): when
    more than a fifth of its letters are CJK, ``ja`` with kana, ``ko`` with Hangul, else
    ``zh``; a script of one language (Thai, Arabic, Cyrillic read as ``ru``, Greek,
    Devanagari read as ``hi``) over a fifth of the sample; ``vi`` by its letters; else
    the language whose function words are most frequent (``en``, ``de``, ``es``, ``fr``,
    ``it``, ``pt``, ``nl``; a tie goes to the one listed first).

    A declaration the text contradicts is passed over: English editions of Chinese portals
    often keep the Chinese template's ``lang="zh-CN"`` (a CJK language declared, under 5%
    CJK letters), and the reverse happens too (another language, over half CJK).
    """
    share = _cjk_share(sample)
    for value in (declared, configured):
        if not value:
            continue
        primary = value.replace("_", "-").split("-")[0].strip().lower()
        if not (primary.isalpha() and 2 <= len(primary) <= 3):
            continue
        if share is not None and (
                (primary in _CJK_LANGS and share < 0.05)
                or (primary not in _CJK_LANGS and share > 0.5)):
            continue
        return primary
    if share is None:
        return None
    if share > 0.2:
        # kana are Japanese only, Hangul Korean only
        if _KANA.search(sample):
            return "ja"
        return "ko" if _HANGUL.search(sample) else "zh"
    for script, lang in _SCRIPTS:
        if len(script.findall(sample)) * 5 > len(sample):
            return lang
    if _VIETNAMESE.search(sample):
        return "vi"
    counts = [(len(rx.findall(sample)), lang) for lang, rx in _FUNCTION_WORDS]
    best = max(counts, key=lambda c: c[0])  # the first of a tie
    return best[1] if best[0] else None

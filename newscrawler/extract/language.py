"""Page language: declared, configured, or guessed from the script."""

from __future__ import annotations

import re

__all__ = ["guess_language"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GERMAN = re.compile(r"\b(?:der|die|das|und|nicht|mit|für|ist|von|den|sich)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|is|for|with|that|on|was)\b", re.IGNORECASE)


def guess_language(declared: str | None, configured: str | None, sample: str) -> str | None:
    """Precedence: ``<html lang>`` (primary subtag, lower-case), then the site's
    configured *configured* language, then a guess from *sample*: ``zh`` when more than
    a fifth of its letters are CJK, else ``de``/``en`` by common function words."""
    if declared:
        primary = declared.replace("_", "-").split("-")[0].strip().lower()
        if primary.isalpha() and 2 <= len(primary) <= 3:
            return primary
    if configured:
        return configured
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return None
    if len(_CJK.findall(sample)) / letters > 0.2:
        return "zh"
    de, en = len(_GERMAN.findall(sample)), len(_ENGLISH.findall(sample))
    if de or en:
        return "de" if de > en else "en"
    return None

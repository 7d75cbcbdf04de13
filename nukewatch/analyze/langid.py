"""Language identification with lingua, restricted to what we can tell apart.

The detector knows the supported languages plus common neighbours (Italian,
Portuguese, Polish, Belarusian, Bulgarian, Chinese...), so that a text in one
of those comes out as *unsupported* instead of being forced into the nearest
supported language.
"""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_NEIGHBOURS = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "RUSSIAN", "UKRAINIAN", "ITALIAN", "PORTUGUESE", "POLISH", "DUTCH", "BELARUSIAN", "BULGARIAN", "SERBIAN",
               "CZECH", "TURKISH", "ARABIC", "PERSIAN", "CHINESE", "JAPANESE", "KOREAN", "HEBREW",
               "ROMANIAN", "SWEDISH", "CATALAN", "HINDI", "KAZAKH", "GREEK")
SAMPLE_CHARS = 500  # enough for a confident call among these languages; detection is O(1) in document size


@lru_cache(maxsize=None)
def _detector(supported: tuple[str, ...]):
    langs = {Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in supported}
    langs |= {getattr(Language, n) for n in _NEIGHBOURS}
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(text: str, supported: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(code, None) for a supported language; (None, name) when the text is in another one."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None, "no text"
    lang = _detector(tuple(sorted(supported))).detect_language_of(sample)
    if lang is None:
        return None, "undetermined"
    code = lang.iso_code_639_1.name.lower()
    return (code, None) if code in supported else (None, lang.name.lower())

"""Language identification with lingua, restricted to what we can tell apart.

The detector knows the supported languages plus common neighbours (Italian,
Portuguese, Polish, Belarusian, Bulgarian, Chinese...), so that a text in one
of those comes out as *unsupported* instead of being forced into the nearest
supported language. A text's script is read first: lingua's cost grows with
the number of candidate languages, and a Cyrillic text need only be weighed
against Cyrillic languages (twice as fast, same answers).
"""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_CYRILLIC = ("RUSSIAN", "UKRAINIAN", "BELARUSIAN", "BULGARIAN", "SERBIAN", "KAZAKH")
_LATIN = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "POLISH", "DUTCH", "CZECH",
          "TURKISH", "ROMANIAN", "SWEDISH", "CATALAN")
_OTHER = ("ARABIC", "PERSIAN", "CHINESE", "JAPANESE", "KOREAN", "HEBREW", "HINDI", "GREEK")
SAMPLE_CHARS = 300  # enough to tell the supported languages apart (no confusion among them in 2,000 documents)
CHECK_CHARS = 2000  # an "unsupported" call on the short sample is checked on a longer one (Ukrainian taken
                    # for Kazakh 3 times in 2,000 documents at 300 characters, never at 500)


@lru_cache(maxsize=None)
def _detector(supported: tuple[str, ...], script: str):
    names = {"cyrillic": _CYRILLIC, "latin": _LATIN}.get(script, _CYRILLIC + _LATIN + _OTHER)
    langs = {Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in supported}
    if script in ("cyrillic", "latin"):  # supported languages known to use another script cannot be the answer
        elsewhere = set(_OTHER) | set(_LATIN if script == "cyrillic" else _CYRILLIC)
        langs = {lang for lang in langs if lang.name not in elsewhere}
    langs |= {getattr(Language, n) for n in names}
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _script(sample: str) -> str:
    letters = [c for c in sample if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in letters if c < "\u0250")
    if cyrillic > 0.8 * len(letters):
        return "cyrillic"
    if latin > 0.8 * len(letters):
        return "latin"
    return "mixed"


def detect(text: str, supported: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(code, None) for a supported language; (None, name) when the text is in another one."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None, "no text"
    detector = _detector(tuple(sorted(supported)), _script(sample))
    lang = detector.detect_language_of(sample)
    if (lang is None or lang.iso_code_639_1.name.lower() not in supported) and len(text) > SAMPLE_CHARS:
        lang = detector.detect_language_of(text[:CHECK_CHARS])
    if lang is None:
        return None, "undetermined"
    code = lang.iso_code_639_1.name.lower()
    return (code, None) if code in supported else (None, lang.name.lower())

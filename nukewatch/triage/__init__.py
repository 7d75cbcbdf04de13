"""Triage: is a document worth analyzing? One multilingual keyword automaton.

Built from every language pack's `triage` terms, it runs before anything
expensive (language detection included), so an irrelevant document costs a
single pass of pyahocorasick over its lowercased text. Terms are stems: they
match at a word start ("ядерн" finds "ядерного"); a term ending in `$` must
also end at a word boundary.
"""
from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from nukewatch.analyze.packs import available_languages, load_pack


class Triage:
    def __init__(self, terms: Iterable[str]):
        self.automaton = ahocorasick.Automaton()
        for term in terms:
            whole = term.endswith("$")
            key = term.rstrip("$").lower()
            if key:
                self.automaton.add_word(key, (key, whole))
        self.automaton.make_automaton()

    @classmethod
    def for_languages(cls, languages: Iterable[str] | None = None) -> "Triage":
        langs = list(languages) if languages else available_languages()
        return cls(t for code in langs for t in load_pack(code).triage_terms)

    def scan(self, text: str, limit: int = 12) -> list[str]:
        """The distinct triage terms found in `text` (empty: not relevant)."""
        low = text.lower()
        found: dict[str, None] = {}
        for end, (key, whole) in self.automaton.iter(low):
            start = end - len(key) + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            if whole and end + 1 < len(low) and low[end + 1].isalnum():
                continue
            found.setdefault(key, None)
            if len(found) >= limit:
                break
        return list(found)

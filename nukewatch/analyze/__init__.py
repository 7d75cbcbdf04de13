"""Analyze stage: Document -> Analysis (signals coded per shared/spec/signals.md).

    analyzer = Analyzer()                    # loads all language packs once
    analysis = analyzer.analyze(document)    # triage, language, extraction, merge
"""
from __future__ import annotations

from collections.abc import Iterable

from nukewatch.analyze.extract import ActorFinder, DocumentExtractor, merge
from nukewatch.analyze.langid import detect
from nukewatch.analyze.packs import available_languages, load_pack
from nukewatch.model import Analysis, Document
from nukewatch.triage import Triage

__all__ = ["Analyzer"]


class Analyzer:
    """Codes the signals of documents in the supported languages; thread-compatible, stateless per call."""

    def __init__(self, languages: Iterable[str] | None = None):
        self.languages = tuple(languages or available_languages())
        self.packs = {code: load_pack(code) for code in self.languages}
        self.extractors = {code: DocumentExtractor(p, ActorFinder(p)) for code, p in self.packs.items()}
        self.triage = Triage.for_languages(self.languages)

    def analyze(self, doc: Document, *, force_language: str | None = None) -> Analysis:
        terms = self.triage.scan(doc.text)
        if not terms:
            return Analysis(doc, doc.language if doc.language in self.packs else None, False, [], [])
        lang, other = self._language(doc, force_language)
        if lang is None:
            return Analysis(doc, None, False, terms, [], note=f"unsupported language: {other}")
        signals = merge(self.extractors[lang].extract(doc.text, doc.published))
        # The spec requires an actor; history lessons were left out by the extractor.
        signals = [s for s in signals if s.actor is not None]
        return Analysis(doc, lang, bool(signals), terms, signals)

    def _language(self, doc: Document, forced: str | None) -> tuple[str | None, str | None]:
        for declared in (forced, doc.language):
            if declared:
                code = declared.lower().split("-")[0].split("_")[0]
                return (code, None) if code in self.packs else (None, code)
        return detect(doc.text, self.languages)

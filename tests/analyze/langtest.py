"""What every language's tests share: an analyzer with just that pack, and its signals by key."""
from __future__ import annotations

import datetime as dt

import pytest

from nukewatch import Analyzer, Document

FRIDAY = dt.date(2024, 5, 10)


def pack_analyzer(lang: str):
    """A module-scoped `analyzer` fixture loading only `lang`'s pack (`analyzer = pack_analyzer("de")`)."""

    @pytest.fixture(scope="module")
    def analyzer() -> Analyzer:
        return Analyzer([lang])

    return analyzer


def events(analyzer: Analyzer, text: str, published: dt.date = FRIDAY) -> dict:
    """{(type, actor country, modality): signal} of one text in the analyzer's language."""
    doc = Document(id="t", text=text, published=published, language=analyzer.languages[0])
    return {(e.type, e.actor.code.split(".")[0], e.modality): e for e in analyzer.analyze(doc).events}

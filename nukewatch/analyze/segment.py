"""Sentences, paragraphs and quotations, with character offsets into the text.

A regex splitter rather than a statistical one: it is fast, needs no model,
and news prose is regular enough. Abbreviations come from the language pack.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence end: terminal punctuation, optional closing quotes/brackets, space,
# then something that can start a sentence (capital, digit, opening quote, dash).
_END = re.compile(r"[.!?…]+[»\"”“’')\]]*(?=\s+[«\"“„'(\[—–-]?\s?[^\W\d_a-zà-ÿа-яёіїєґ]|\s+\d)")
_PARA = re.compile(r"\n\s*")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.\-]*)\W*$")
_ORDINAL = re.compile(r"(?<![\d.,])\d{1,2}\.$")  # a day or rank number with its dot
# Opening and closing quotation marks, paired; straight quotes pair with themselves.
_QUOTES = re.compile(r"«[^»]{1,2000}»|“[^”“]{1,2000}[”“]|„[^“”]{1,2000}[“”]|\"[^\"]{1,2000}\"")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(before: str, abbreviations: frozenset[str], ordinal_dot: bool = False) -> bool:
    if ordinal_dot and _ORDINAL.search(before):  # German "am 13. Oktober"
        return True
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if len(word.rstrip(".")) == 1 and word[0].isupper():  # an initial: "J. Kirby", "M. Choïgou"
        return True
    return word.lower().rstrip(".") in abbreviations or word.lower() in abbreviations


def sentences(text: str, abbreviations: frozenset[str] = frozenset(), ordinal_dot: bool = False) -> list[Sentence]:
    """Split text into sentences; every line break ends a sentence (headings, paragraphs).

    `ordinal_dot`: the language writes ordinals with a dot ("13. Oktober"), which ends no sentence.
    """
    out: list[Sentence] = []
    para = 0
    pos = 0
    for pm in list(_PARA.finditer(text)) + [None]:
        block_end = pm.start() if pm else len(text)
        _split_block(text, pos, block_end, para, abbreviations, ordinal_dot, out)
        if pm is None:
            break
        para += 1  # each line is a paragraph: extracted HTML has one paragraph a line
        pos = pm.end()
    return out


def _split_block(text: str, start: int, end: int, para: int, abbreviations: frozenset[str],
                 ordinal_dot: bool, out: list[Sentence]) -> None:
    block = text[start:end]
    s = 0
    for m in _END.finditer(block):
        if m.group(0).startswith(".") and _is_abbreviation(block[max(0, m.start() - 40):m.start() + 1], abbreviations,
                                                                  ordinal_dot):
            continue
        _emit(text, start + s, start + m.end(), para, out)
        s = m.end()
    _emit(text, start + s, end, para, out)


def _emit(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], para))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in the whole text (quotes may cross sentence ends)."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]

"""The pattern mini-language of the language packs, compiled to regular expressions.

Packs are written by people who know a language, not regexes, so a pattern is
a sequence of space-separated tokens, matched case-insensitively on word
boundaries:

    word        the word itself                      nuclear
    word*       a word starting with it (stems)      ядерн*   -> ядерного, ядерным
    *word       a word ending with it (compounds)    *übung   -> Atomwaffenübung
    *word*      a word containing it                 *atomwaffe*
    a|b*        either alternative                   threat*|menace*
    (a b|c)     either sub-pattern                   (arme* nucléaire*|ogive*)
    *           any one word                         a-t-il *
    ..          up to 3 words in between             no .. sign*
    ...         up to 8 words in between             aucune ... indication*
    [word]      the token may be absent              [the] kremlin

A pattern starting with `re:` is a raw Python regex, for the rare cue that needs
grammar (e.g. French hypothetical `si` followed by an imperfect verb).

Why not a tokenizer plus token matcher (spaCy Matcher)? Speed: compiled
alternations run on the raw sentence with no tokenization pass. What makes
them fast is a literal prefilter (the idea of Hyperscan and of RE2's prefilter
trees): every pattern has a set of lowercase literals one of which any match
must contain ("threat" for `threat* .. to use`); one Aho-Corasick pass over a
sentence tells which patterns can match at all, and only their alternation
runs. The result is exactly the full alternation's: a pattern whose literal is
absent cannot match, so dropping it changes no match.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import ahocorasick

# Between two tokens: non-word characters (spaces, hyphens, apostrophes, quotes).
_SEP = r"[\W_]{1,6}?"
_GAPS = {"..": 3, "...": 8}
_WORD = r"[^\W_]"  # a letter or digit: `\w` without the underscore


def _token(tok: str) -> str:
    if tok == "*":  # any one word
        return rf"{_WORD}+"
    alts = []
    for alt in tok.split("|"):
        prefix = alt.startswith("*") and len(alt) > 1
        suffix = alt.endswith("*") and len(alt) > 1
        # Typographic apostrophes are as common as straight ones ("haven’t", "l’arme").
        core = re.escape(alt.strip("*")).replace("'", "['’]")
        # A literal dot inside a token ("u.s.") must not need a separator after it.
        alts.append(f"{_WORD}*{core}" if prefix else core)
        if suffix:
            alts[-1] += f"{_WORD}*"
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    # Word boundaries: letters may not continue the match on either side.
    return rf"(?<!{_WORD}){body}(?!{_WORD})" if not body.endswith(".") else rf"(?<!{_WORD}){body}"


def _split(pattern: str) -> list[str]:
    """Split on spaces, keeping a parenthesised group "(a b|c)" as one token."""
    out: list[str] = []
    depth, cur = 0, ""
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _alternatives(group: str) -> list[str]:
    """"a b|c" inside parentheses: top-level alternatives, each a pattern of its own."""
    out, depth, cur = [], 0, ""
    for ch in group:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def pattern_to_regex(pattern: str) -> str:
    """One pack pattern -> a regex source string (no groups of its own)."""
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        return pattern[3:].strip()
    parts: list[str] = []
    pending_sep = False
    for raw in _split(pattern):
        if raw in _GAPS:
            parts.append(rf"(?:[\W_]+{_WORD}+){{0,{_GAPS[raw]}}}?[\W_]+")
            pending_sep = False
            continue
        optional = raw.startswith("[") and raw.endswith("]")
        if optional:
            raw = raw[1:-1]
        if raw.startswith("(") and raw.endswith(")"):
            tok = "(?:" + "|".join(pattern_to_regex(a) for a in _alternatives(raw[1:-1])) + ")"
        else:
            tok = _token(raw)
        if optional:
            parts.append(rf"(?:{tok}{_SEP})?")
            pending_sep = False
            continue
        if pending_sep:
            parts.append(_SEP)
        parts.append(tok)
        pending_sep = True
    return "".join(parts)


@lru_cache(maxsize=None)
def compile_any(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex matching any of the patterns (None if there are none)."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{pattern_to_regex(p)})" for p in patterns), re.IGNORECASE)


# -- the literal prefilter -------------------------------------------------------------

_MIN_LITERAL = 3  # shorter literals ("de", "y") occur everywhere: such patterns always run


def _token_literals(tok: str) -> frozenset[str] | None:
    """Literals one of which a match of this token contains (None: no such set)."""
    if tok in _GAPS or tok == "*" or (tok.startswith("[") and tok.endswith("]")):
        return None
    if tok.startswith("(") and tok.endswith(")"):
        out: set[str] = set()
        for alt in _alternatives(tok[1:-1]):
            lits = required_literals(alt)
            if lits is None:
                return None
            out |= lits
        return frozenset(out)
    out = set()
    for alt in tok.split("|"):
        # The regex lets ' match ’: the literal is the longest piece without an apostrophe.
        piece = max(alt.strip("*").lower().split("'"), key=len)
        if len(piece) < _MIN_LITERAL:
            return None
        out.add(piece)
    return frozenset(out)


def required_literals(pattern: str) -> frozenset[str] | None:
    """A set of lowercase literals, one of which every match of `pattern` contains.

    The most selective mandatory token gives it (longest shortest literal);
    None when no token qualifies (raw regexes, wildcards only, short words).
    """
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        return None
    best: frozenset[str] | None = None
    for tok in _split(pattern):
        lits = _token_literals(tok)
        if lits and (best is None or min(map(len, lits)) > min(map(len, best))):
            best = lits
    return best


class PatternSet:
    """Pack patterns as one alternation, narrowed per sentence by a `Scan`.

    `finditer`/`search` give exactly what the full alternation would give on
    any text that is part of the scanned sentence.
    """

    _CACHE = 256  # narrowed alternations kept per set; beyond, the full one runs

    def __init__(self, patterns: tuple[str, ...]):
        self.patterns = patterns
        self.literals = [required_literals(p) for p in patterns]
        self.always = tuple(i for i, lits in enumerate(self.literals) if lits is None)
        self.regex = compile_any(patterns)
        self._narrowed: dict[tuple[int, ...], re.Pattern[str]] = {tuple(range(len(patterns))): self.regex}
        self.key = -1  # its index in the Prefilter that registered it

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def narrowed(self, alive: tuple[int, ...]) -> re.Pattern[str] | None:
        if not alive:
            return None
        rx = self._narrowed.get(alive)
        if rx is None:
            if len(self._narrowed) >= self._CACHE:
                return self.regex
            rx = self._narrowed[alive] = compile_any(tuple(self.patterns[i] for i in alive))
        return rx


class Prefilter:
    """One Aho-Corasick automaton over the literals of every PatternSet of a pack."""

    def __init__(self) -> None:
        self.sets: list[PatternSet] = []
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, patterns: tuple[str, ...]) -> PatternSet:
        pset = PatternSet(patterns)
        pset.key = len(self.sets)
        self.sets.append(pset)
        for i, lits in enumerate(pset.literals):
            for lit in lits or ():
                self._postings[lit].append((pset.key, i))
        self._automaton = None
        return pset

    def scan(self, sentence: str) -> "Scan":
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for lit, postings in self._postings.items():
                self._automaton.add_word(lit, postings)
            self._automaton.make_automaton()
        hits: dict[int, set[int]] = defaultdict(set)
        if self._postings:
            for _, postings in self._automaton.iter(sentence.lower()):
                for key, i in postings:
                    hits[key].add(i)
        return Scan(self, hits)


class Scan:
    """Which patterns of a pack can match in one sentence."""

    __slots__ = ("_prefilter", "_hits", "_alive")

    def __init__(self, prefilter: Prefilter, hits: dict[int, set[int]]):
        self._prefilter = prefilter
        self._hits = hits
        self._alive: dict[int, re.Pattern[str] | None] = {}

    def regex(self, pset: PatternSet | None) -> re.Pattern[str] | None:
        if not pset:
            return None
        key = pset.key
        if key not in self._alive:
            hit = self._hits.get(key)
            alive = tuple(sorted(hit.union(pset.always))) if hit else pset.always
            self._alive[key] = pset.narrowed(alive)
        return self._alive[key]

    def finditer(self, pset: PatternSet | None, text: str, pos: int = 0, endpos: int | None = None):
        rx = self.regex(pset)
        if rx is None:
            return iter(())
        return rx.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, pset: PatternSet | None, text: str, pos: int = 0, endpos: int | None = None):
        rx = self.regex(pset)
        if rx is None:
            return None
        return rx.search(text, pos, len(text) if endpos is None else endpos)

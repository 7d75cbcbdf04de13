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
import re._constants as _c  # the regex AST, as RE2's prefilter reads it
import re._parser as _parser
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
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


def malformed_token(pattern: str) -> str | None:
    """The first token that the mini-language would read as literal text, never matching:
    a group or [optional] glued to other text ("(dit|écrit)-(il|elle)", "[боев*]готовност*"),
    or a `*` inside a word ("реши*ся")."""
    for tok in _split(pattern):
        body = tok[1:-1] if tok.startswith("[") and tok.endswith("]") else tok
        if body.startswith("(") and body.endswith(")"):
            depth = 0
            for i, ch in enumerate(body):
                depth += (ch == "(") - (ch == ")")
                if depth == 0 and i < len(body) - 1:
                    return tok
            if (bad := next(filter(None, map(malformed_token, _alternatives(body[1:-1]))), None)):
                return bad
            continue
        if any(ch in body for ch in "()[]") or any("*" in alt.strip("*") for alt in body.split("|")):
            return tok
    return None


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
            # "a [b] c": the separator goes before b when something precedes it, so that
            # both "a b c" and "a c" match; at the start, after it.
            parts.append(rf"(?:{_SEP}{tok})?" if pending_sep else rf"(?:{tok}{_SEP})?")
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


def _literals(items, avoid: frozenset[str]) -> frozenset[str] | None:
    """Literals one of which any match of the parsed regex `items` contains (None: no such set)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and (best is None or _rank(cand, avoid) > _rank(best, avoid)):
            best = cand

    def close() -> None:
        if len(run) >= _MIN_LITERAL:
            better(frozenset({"".join(run).lower()}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is _c.SUBPATTERN:
            better(_literals(av[-1], avoid))
        elif op is _c.BRANCH:
            alts = [_literals(a, avoid) for a in av[1]]
            if all(alts):
                better(frozenset().union(*alts))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            better(_literals(av[2], avoid))
        elif op is _c.ASSERT:  # a lookaround's text is in the searched text too
            better(_literals(av[1], avoid))
        # anything else (classes, anchors, negative lookarounds) contributes no literal
    close()
    return best


def _rank(lits: frozenset[str], avoid: frozenset[str]) -> tuple[bool, int]:
    """Prefer literals that are not the domain's everyday words, then longer ones."""
    return (not any(a in lit for lit in lits for a in avoid), min(map(len, lits)))


def required_literals(pattern: str, avoid: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """A set of lowercase literals, one of which every match of `pattern` contains.

    Read off the parsed regex, so raw `re:` patterns get one too. `avoid`
    lists words frequent in every relevant text ("nuclear"): a literal
    containing one is chosen only when there is no other. None when no
    literal of three or more characters is mandatory: the pattern always runs.
    """
    try:
        parsed = _parser.parse(pattern_to_regex(pattern), re.IGNORECASE)
    except Exception:  # an unexpected construct costs speed, never a match
        return None
    return _literals(list(parsed), avoid)


def start_literals(pattern: str) -> frozenset[str] | None:
    """Lowercase literals at which every match of `pattern` starts (None: not that simple).

    True of a pattern whose first token is a word or stem ("deploy*", "threat|menace*")
    or a group of such patterns: the match begins where the word does.
    """
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        return None
    toks = _split(pattern)
    first = toks[0] if toks else "*"
    if first in _GAPS or first == "*" or first.startswith("["):
        return None
    if first.startswith("(") and first.endswith(")"):
        alts = [start_literals(a) for a in _alternatives(first[1:-1])]
        return frozenset().union(*alts) if all(alts) else None
    out = set()
    for alt in first.split("|"):
        core = alt.rstrip("*").lower()
        if alt.startswith("*") or len(core) < _MIN_LITERAL:
            return None
        out.add(core)
    return frozenset(out)


def fold(text: str) -> str:
    """Lowercase with offsets kept, and one apostrophe: what literals are looked up in."""
    low = text.lower()
    if len(low) != len(text):  # rare: "İ" lowercases to two characters
        low = "".join(c.lower()[:1] or c for c in text)
    return low.replace("’", "'")


@lru_cache(maxsize=None)
def compile_one(pattern: str) -> re.Pattern[str]:
    """One pack pattern, compiled once however many sets hold it."""
    return re.compile(pattern_to_regex(pattern), re.IGNORECASE)


class PatternSet:
    """Pack patterns that behave as one alternation, narrowed per sentence by a `Scan`.

    `finditer`/`search` give exactly what the full alternation would give on
    any text that is part of the scanned sentence. The patterns are compiled
    one by one, on first use: joining the few live ones into a new alternation
    per sentence cost more in compilation than the matching itself, since
    news sentences make thousands of distinct combinations.
    """

    def __init__(self, patterns: tuple[str, ...], avoid: frozenset[str] = frozenset()):
        self.patterns = patterns
        self.literals = [required_literals(p, avoid) for p in patterns]
        self.starts = [start_literals(p) for p in patterns]
        self.always = tuple(i for i, lits in enumerate(self.literals) if lits is None)
        self._narrowed: dict[tuple[int, ...], Narrowed] = {}
        self.key = -1  # its index in the Prefilter that registered it

    def __bool__(self) -> bool:
        return bool(self.patterns)

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The full alternation (what narrowing must agree with)."""
        return compile_any(self.patterns)

    def narrowed(self, alive: tuple[int, ...]) -> Narrowed | None:
        """The `alive` patterns, in pack order, compiled one by one, and whether all of them
        have start literals. The patterns that always run (cue lists of short words, live in
        every sentence) are also joined into one alternation: one combination per set."""
        if not alive:
            return None
        got = self._narrowed.get(alive)
        if got is None:
            anchors = tuple(bool(self.starts[i]) for i in alive)
            joined = compile_any(tuple(self.patterns[i] for i in alive)) \
                if alive == self.always and len(alive) > 1 else None
            got = self._narrowed[alive] = Narrowed(tuple(compile_one(self.patterns[i]) for i in alive),
                                                   all(anchors), anchors, joined)
        return got


@dataclass(slots=True)
class Narrowed:
    rxs: tuple[re.Pattern[str], ...]
    anchored: bool
    anchors: tuple[bool, ...]  # per pattern: does it start with a literal?
    joined: re.Pattern[str] | None = None


def _alternation(rxs: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int,
                 anchors: tuple[bool, ...] = (), starts: list[int] = ()):
    """What `finditer` of the alternation of `rxs` yields: the leftmost match, the earliest
    pattern on a tie, then on from its end. Each pattern's next match is kept until passed.
    A pattern flagged in `anchors` is tried only at the sorted `starts` (where its literal is)."""

    def after(j: int, at: int):
        if not (anchors and anchors[j]):
            return rxs[j].search(text, at, endpos)
        for p in starts[bisect_left(starts, at):]:
            if p >= endpos:
                return None
            if m := rxs[j].match(text, p, endpos):
                return m
        return None

    nxt = [after(j, pos) for j in range(len(rxs))]
    while True:
        best = None
        for j, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[j] = after(j, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end() if best.end() > best.start() else best.end() + 1


class Prefilter:
    """One Aho-Corasick automaton over the literals of every PatternSet of a pack."""

    def __init__(self, avoid: frozenset[str] = frozenset()) -> None:
        self.avoid = avoid  # everyday words of relevant texts: poor literals (see required_literals)
        self.sets: list[PatternSet] = []
        self.always: set[int] = set()  # sets with a pattern that always runs
        # literal -> (patterns it makes possible, sets whose matches may start at it)
        self._postings: dict[str, tuple[list[tuple[int, int]], list[int]]] = defaultdict(lambda: ([], []))
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, patterns: tuple[str, ...]) -> PatternSet:
        pset = PatternSet(patterns, self.avoid)
        pset.key = len(self.sets)
        self.sets.append(pset)
        if pset.always:
            self.always.add(pset.key)
        for i, lits in enumerate(pset.literals):
            for lit in lits or ():
                self._postings[lit][0].append((pset.key, i))
        for lit in set().union(*(st for st in pset.starts if st)):
            self._postings[lit][1].append(pset.key)
        self._automaton = None
        return pset

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for lit, (required, starting) in self._postings.items():
            # per set: (its patterns this literal makes possible, may a match start here?)
            per: dict[int, tuple[set[int], bool]] = {}
            for key, i in required:
                per.setdefault(key, (set(), False))[0].add(i)
            for key in starting:
                per[key] = (per.get(key, (set(),))[0], True)
            frozen = {key: (frozenset(idx), start) for key, (idx, start) in per.items()}
            live = frozenset(key for key, (idx, _) in frozen.items() if idx)
            automaton.add_word(lit, (live, frozen, len(lit) - 1))
        automaton.make_automaton()
        return automaton

    def scan(self, sentence: str) -> "Scan":
        if self._automaton is None:
            self._automaton = self._build()
        live = set(self.always)
        found: list[tuple[int, dict[int, tuple[frozenset[int], bool]]]] = []
        if self._postings:
            # Only which sets are live is worked out now; which of their patterns and
            # where, when a set is asked for (many live cue sets never are).
            for end, (keys, per, back) in self._automaton.iter(fold(sentence)):
                live.update(keys)
                found.append((end - back, per))
        return Scan(sentence, found, live)


class Scan:
    """Which patterns of a pack can match in one sentence, and where their matches may start.

    On the sentence itself, a set whose live patterns all start with a literal
    is matched only at that literal's occurrences (`re.match` at each, left to
    right, skipping overlaps: what `finditer` does, without trying every
    position). On a part of the sentence, the narrowed alternation runs.
    """

    __slots__ = ("text", "_found", "_sorted", "_alive", "live", "memo")

    def __init__(self, text: str, found: list[tuple[int, dict[int, tuple[frozenset[int], bool]]]], live: set[int]):
        self.text = text
        self._found = found  # (offset, {set key: (patterns, may start here)}) per literal occurrence
        self._sorted: dict[int, list[int]] = {}
        self._alive: dict[int, Narrowed | None] = {}
        self.live = live  # keys of the sets that can match at all: a cheap first test
        self.memo: dict = {}  # for callers: answers about this sentence worth keeping

    def _narrowed(self, pset: PatternSet) -> Narrowed | None:
        key = pset.key
        if key not in self._alive:
            hit: set[int] = set()
            for _, per in self._found:
                if (p := per.get(key)) is not None:
                    hit |= p[0]
            alive = tuple(sorted(hit.union(pset.always))) if hit else pset.always
            self._alive[key] = pset.narrowed(alive)
        return self._alive[key]

    def finditer(self, pset: PatternSet | None, text: str, pos: int = 0, endpos: int | None = None,
                 first: bool = False):
        if pset is None or pset.key not in self.live:  # the common case, kept cheap
            return ()
        got = self._narrowed(pset)
        if got is None:
            return ()
        endpos = len(text) if endpos is None else endpos
        rxs = (got.joined,) if got.joined is not None else got.rxs
        on_sentence = text is self.text
        if not (got.anchored and on_sentence):
            if len(rxs) == 1:
                return rxs[0].finditer(text, pos, endpos)
            if on_sentence and got.joined is None and any(got.anchors):
                return _alternation(rxs, text, pos, endpos, got.anchors, self._positions(pset.key))
            return _alternation(rxs, text, pos, endpos)
        out, last = [], pos
        for start in self._positions(pset.key):
            if start < last or start >= endpos:
                continue
            for rx in rxs:
                if m := rx.match(text, start, endpos):
                    out.append(m)
                    last = m.end()
                    break
            if first and out:
                break
        return out

    def _positions(self, key: int) -> list[int]:
        """Sorted offsets where a match of set `key` may start (its patterns' start literals)."""
        got = self._sorted.get(key)
        if got is None:
            got = self._sorted[key] = sorted({at for at, per in self._found if (p := per.get(key)) and p[1]})
        return got

    def search(self, pset: PatternSet | None, text: str, pos: int = 0, endpos: int | None = None):
        if pset is None or pset.key not in self.live:
            return None
        return next(iter(self.finditer(pset, text, pos, endpos, first=True)), None)

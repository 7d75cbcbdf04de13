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

Why not a tokenizer plus token matcher (spaCy Matcher)? Speed: one compiled
alternation per trigger group runs on the raw sentence with no tokenization
pass, which keeps analysis well above 300 documents/s on one core.
"""
from __future__ import annotations

import re
from functools import lru_cache

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

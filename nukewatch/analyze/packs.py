"""Language packs: per-language knowledge kept as data (nukewatch/lang/*.yaml).

A pack holds what a speaker of the language knows and the pipeline does not:
trigger lexicon per signal type, negation / hypothetical / hedge cues,
attribution cues, actor aliases and role words, date words. Country names come
from CLDR through Babel, in every pack's language, so no pack types them.
`actors.yaml` holds what is the same in every language: person names and
organisations. See docs/languages.md for how to add a language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from nukewatch.analyze.patterns import PatternSet, Prefilter, compile_any, malformed_token
from nukewatch.model import SIGNAL_TYPES

LANG_PACKAGE = "nukewatch.lang"


class _PackLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: start-up time
    """YAML without 1.1's yes/no/on/off booleans: in a pack "no" and "on" are words."""


_PackLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_PackLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _yaml(name: str) -> dict[str, Any]:
    with resources.files(LANG_PACKAGE).joinpath(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_PackLoader) or {}


def available_languages() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(LANG_PACKAGE).iterdir()
                  if p.name.endswith(".yaml") and len(p.name) == 7)


@dataclass(frozen=True)
class TriggerGroup:
    """Patterns of one signal type that share conditions and defaults."""

    type: str
    patterns: PatternSet
    requires: tuple[str, ...]  # concepts that must occur in the sentence (any of them)
    modality: str | None  # fixed default modality (e.g. NUCLEAR_USE mentions are hypothetical)
    scope: str  # "narrow": cues must sit close before the trigger; "wide": anywhere before it
    fixed: bool  # the pattern carries its own modality ("no escalation"): cues do not apply
    needs_cue: bool  # a bare mention is no signal: only a modal, conditional or negation makes one
    weight: float  # pattern confidence
    actor: str  # who the actor is: "default" (by type), "first" (the sentence's subject), "after" (the object)
    governs: str | None  # what it does to triggers after it: "negate" (a denial's content), "drop" (an accusation's)


@dataclass(frozen=True)
class ActorName:
    code: str  # CCC, CCC.ROLE or org
    kind: str  # country | alias | demonym | person | org
    prefix: bool  # surface is a stem: any word continuation matches
    exact: str | None = None  # acronyms match in their own case only ("UN", not French "un")
    # contextual names ("the North", "le Nord"): the states they may stand for, the one
    # last named in the text before them; written as listed, save the first letter's case
    candidates: tuple[str, ...] = ()


@dataclass
class LanguagePack:
    code: str
    name: str
    prefilter: Prefilter  # every PatternSet below; `prefilter.scan(sentence)` narrows them all
    triggers: list[TriggerGroup]
    concepts: dict[str, PatternSet]
    cues: dict[str, PatternSet]
    names: dict[str, ActorName]  # lowercased surface -> actor
    roles: list[tuple[str, PatternSet]]  # (ROLE, role words)
    abbreviations: frozenset[str]
    ordinal_dot: bool  # "13. Oktober": a number's dot ends no sentence
    weekdays: list[PatternSet]  # Monday first
    months: list[PatternSet]  # January first
    relative_days: list[tuple[PatternSet, int]]
    relative_weeks: list[tuple[PatternSet, int]]  # "last week": -1
    relative_months: list[tuple[PatternSet, int]]  # "last month": -1
    relative_years: list[tuple[PatternSet, int]]  # "last year": -1 (background: dates its sentence only)
    year_before: re.Pattern[str] | None  # "in", "en", "im Jahr" right before a bare year
    year_after: re.Pattern[str] | None  # "году", "року" right after one
    year_since: re.Pattern[str] | None  # "since", "seit", "з": the year starts a span to now
    approx: PatternSet
    triage_terms: list[str]
    stem_country_names: bool
    raw: dict[str, Any] = field(repr=False, default_factory=dict)


class PackError(ValueError):
    """A language pack that cannot be loaded, with the file and key at fault."""


_REGEX_SYNTAX = re.compile(r"[?+\\{}]|\)[?*]")  # regex syntax outside `re:`, which the mini-language escapes


def _patterns(value: Any, where: str = "") -> tuple[str, ...]:
    if value is None:
        return ()
    items = (value,) if isinstance(value, str) else tuple(value)
    for v in items:
        # YAML 1.1 reads unquoted yes/no/on/off as booleans: a silent "False" would match nothing.
        if not isinstance(v, (str, int)) or isinstance(v, bool):
            raise PackError(f"{where}: {v!r} is not a pattern (quote it in the YAML file)")
        # "(the )?", "plans?": regex syntax that the mini-language would match literally, never.
        if isinstance(v, str) and not v.startswith("re:") and _REGEX_SYNTAX.search(v):
            raise PackError(f"{where}: {v!r} uses regex syntax; write [optional] or a|b, or start it with re:")
        if isinstance(v, str) and not v.startswith("re:") and (tok := malformed_token(v)):
            # "(dit|écrit)-(il|elle)" reads as the words "(dit", "écrit)-(il", "elle": it matched "elle" alone.
            raise PackError(f"{where}: {v!r}: {tok!r} is not a token (a group or [optional] must stand alone, "
                            "and `*` only starts or ends a word); put a space between tokens (it matches "
                            "hyphens too) or start the pattern with re:")
    return tuple(str(v) for v in items)


def _stem(name: str) -> str:
    """Slavic country names decline (Россия, России, Россией): match from the stem."""
    words = name.split()
    last = words[-1]
    if len(last) > 4 and last[-1].lower() in "аяоеыийьіїєю":
        words[-1] = last[:-1] + "*"
    elif len(last) > 3:
        words[-1] = last + "*"
    return " ".join(words)


def _country_names(lang: str, stem: bool, skip: set[str]) -> dict[str, str]:
    """CLDR territory names in `lang`, keyed to ISO alpha-3 codes (via CLDR's own aliases)."""
    from babel import Locale
    from babel.core import get_global

    alpha3: dict[str, str] = {}
    for a3, a2 in sorted(get_global("territory_aliases").items()):
        if len(a3) == 3 and a3.isalpha() and len(a2) == 1 and len(a2[0]) == 2:
            # Several alpha-3 aliases can point at one country (FRA and the retired FXX):
            # the one that starts with the alpha-2 code is the ISO 3166 one.
            if a2[0] not in alpha3 or (a3.startswith(a2[0]) and not alpha3[a2[0]].startswith(a2[0])):
                alpha3[a2[0]] = a3
    out: dict[str, str] = {}
    for a2, name in Locale.parse(lang).territories.items():
        a3 = alpha3.get(a2)
        if not a3 or a3 in skip or not a2.isalpha():
            continue
        out[_stem(name) if stem else name] = a3
    return out


def _add_name(names: dict[str, ActorName], surface: str, code: str, kind: str) -> None:
    prefix = surface.endswith("*")
    key = surface.rstrip("*").lower()
    bare = surface.rstrip("*")
    exact = bare if bare.isupper() and len(bare.replace(".", "")) <= 5 else None
    if key and key not in names:
        names[key] = ActorName(code=code, kind=kind, prefix=prefix, exact=exact)
    elif key and exact is None and names[key].exact is not None and names[key].code == code:
        # "OTAN" and "Otan" both listed: any case will do.
        names[key] = ActorName(code=code, kind=names[key].kind, prefix=prefix, exact=None)


def _edge(value: Any, before: bool) -> re.Pattern[str] | None:
    """Words that must end right before (or start right after) a bare year, as one regex."""
    pats = _patterns(value)
    if not pats:
        return None
    body = compile_any(pats).pattern
    return re.compile(rf"(?:{body})\s+$" if before else rf"^\s+(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=None)
def load_pack(code: str) -> LanguagePack:
    raw = _yaml(f"{code}.yaml")
    common = _yaml("actors.yaml")
    prefilter = Prefilter(avoid=frozenset(str(t).lower() for t in raw.get("triage") or []))
    pattern_set = prefilter.add  # every pattern list of the pack joins the prefilter
    triggers: list[TriggerGroup] = []
    for type_, groups in (raw.get("types") or {}).items():
        if type_ not in SIGNAL_TYPES:
            raise ValueError(f"lang/{code}.yaml: unknown signal type {type_!r}")
        for g in groups:
            pset = pattern_set(_patterns(g.get("patterns"), f"lang/{code}.yaml types.{type_}"))
            if not pset:
                continue
            triggers.append(TriggerGroup(
                type=type_, patterns=pset, requires=_patterns(g.get("requires")),
                modality=g.get("modality"), scope=g.get("scope", "wide"), fixed=bool(g.get("fixed")),
                needs_cue=bool(g.get("needs_cue")),
                weight=float(g.get("weight", 0.7)), actor=g.get("actor", "default"),
                governs=g.get("governs")))
    concepts = {k: pattern_set(_patterns(v, f"lang/{code}.yaml concepts.{k}")) for k, v in (raw.get("concepts") or {}).items()}
    cues = {k: pattern_set(_patterns(v, f"lang/{code}.yaml cues.{k}")) for k, v in (raw.get("cues") or {}).items()}

    names: dict[str, ActorName] = {}
    actors = raw.get("actors") or {}
    # Pack aliases first: they may override a CLDR name (e.g. "Georgia" the state vs the person).
    for kind in ("aliases", "demonyms"):
        for code_, surfaces in (actors.get(kind) or {}).items():
            for s in _patterns(surfaces):
                _add_name(names, s, code_, "alias" if kind == "aliases" else "demonym")
    for person in common.get("persons") or []:
        for s in _patterns(person["names"]):
            _add_name(names, s, person["code"], "person")
    for org in common.get("organisations") or []:
        for s in _patterns(org["names"]):
            _add_name(names, s, org["code"], "org")
    stem = bool(raw.get("stem_country_names"))
    for surface, a3 in _country_names(code, stem, set(common.get("skip_countries") or [])).items():
        _add_name(names, surface, a3, "country")
    for s in _patterns(actors.get("ignore")):
        names.pop(s.rstrip("*").lower(), None)
    # Names that stand for a state only once the text has named it ("the North" after North Korea).
    contextual: dict[str, list[str]] = {}
    for code_, surfaces in (actors.get("contextual") or {}).items():
        for s in _patterns(surfaces, f"lang/{code}.yaml actors.contextual.{code_}"):
            contextual.setdefault(s, []).append(code_)
    for s, codes in contextual.items():
        names.setdefault(s.lower(), ActorName(code=codes[0], kind="contextual", prefix=False, exact=s,
                                              candidates=tuple(codes)))

    roles = [(role, rx) for role, pats in (actors.get("roles") or {}).items()
             if (rx := pattern_set(_patterns(pats)))]
    dates = raw.get("dates") or {}

    def offsets(key: str) -> list[tuple[PatternSet, int]]:
        return [(pattern_set(_patterns(p)), int(d)) for p, d in (dates.get(key) or {}).items()]

    def many(key: str) -> list[PatternSet]:
        return [pattern_set(_patterns(p)) for p in dates.get(key) or []]

    return LanguagePack(
        code=code, name=raw.get("name", code), prefilter=prefilter, triggers=triggers, concepts=concepts, cues=cues,
        names=names, roles=roles,
        abbreviations=frozenset(a.lower() for a in _patterns(raw.get("abbreviations"), f"lang/{code}.yaml abbreviations")),
        ordinal_dot=bool(raw.get("ordinal_dot")),
        weekdays=many("weekdays"), months=many("months"),
        relative_days=offsets("relative_days"), relative_weeks=offsets("relative_weeks"),
        relative_months=offsets("relative_months"), relative_years=offsets("relative_years"),
        year_before=_edge(dates.get("year_before"), before=True),
        year_since=_edge(dates.get("year_since"), before=True),
        year_after=_edge(dates.get("year_after"), before=False),
        approx=pattern_set(_patterns((raw.get("numbers") or {}).get("approx"))),
        triage_terms=[str(t) for t in raw.get("triage") or []],
        stem_country_names=stem,
        raw=raw,
    )

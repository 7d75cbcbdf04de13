"""Sentence-level extraction: trigger -> signal with actor, modality, hedge, source, date.

The mechanism is the same for every language; what differs is data in the pack.
For each sentence that mentions a concept a trigger group needs:

1. triggers: every match of every group whose required concepts are present;
2. actors: every mention of a state, organisation or person (longest match),
   with a role from nearby role words ("chefs militaires russes" -> RUS.MIL);
3. attribution: the speaker ("Kirby said", "a déclaré X", "selon X", quotes);
4. for each trigger: modality from cues *in scope* (negation and hypothetical
   cues before the trigger, in its clause or, for wide cues like "no sign
   that", to the end of the sentence; not across a conjunction), hedging (a
   hedge bears on its clause, not on an accusation's content), actor by the
   type's role (speech acts belong to their speaker or subject; physical moves
   to the state whose forces move, not to the one who reports or detects them),
   target, date, and quantity (a list of figures gives each state its own);
5. history: a signal dated long before publication, unless by an aside, or by
   a state that no longer exists, is background and is dropped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import ahocorasick

from nukewatch.analyze.dates import DateMention, find_dates
from nukewatch.analyze.packs import ActorName, LanguagePack, TriggerGroup
from nukewatch.analyze.patterns import Scan, compile_any
from nukewatch.analyze.segment import Sentence, quote_spans, sentences
from nukewatch.model import Actor, Evidence, Quantity, Signal

# Types whose actor is the one who speaks or decides; the rest are physical
# states of forces, whose actor is the state concerned.
SPEECH_TYPES = frozenset({"THREAT", "DOCTRINE", "DELIBERATION", "PRETEXT_CLAIM", "DENIAL", "WARNING",
                          "DE_ESCALATION", "ARMS_CONTROL"})
# A negation makes a signal only of what can be observed or done to forces and treaties:
# "no sign of preparations" is PREPARATION, negated (the posture track needs what was not
# seen), "will not deploy" DEPLOYMENT, negated. "Russia is not threatening anyone", "has no
# plans to use them" are no THREAT or NUCLEAR_USE: when they deny, the DENIAL lexicon codes it.
# (Every gold set agrees: none of them requires a negated signal of the other types.)
NEGATABLE_TYPES = frozenset({"ALERT_CHANGE", "PREPARATION", "WARHEAD_MOVEMENT", "DEPLOYMENT", "WEAPON_TEST", "EXERCISE",
                             "ARMS_CONTROL"})
# Contacts "between A and B" are one event with two parties, not two actors.
SYMMETRIC_TYPES = frozenset({"DE_ESCALATION"})
# A physical signal's state is named near its trigger; farther away it is another clause's.
_PHYSICAL_REACH = 120
_WORD = re.compile(r"[^\W_]+")
_DATELINE = re.compile(r"([^\W\d_][^\W\d_ .'’-]*(?:[ /,-]+[^\W\d_][^\W\d_ .'’-]*){0,3})\s*(?:\([^)]{1,20}\))?\s*[—–-]\s")
_POSSESSIVE = re.compile(r"['’]s?\b")  # "Russia's posture": the owner, not the subject
_STRONG_BREAK = re.compile(r"[;:—–]|\s-\s")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d+)?(?![\d])")
_NARROW_WORDS = 6  # how far a narrow cue may sit before its trigger
_WATCHED = frozenset({"PREPARATION", "WARHEAD_MOVEMENT", "ALERT_CHANGE"})  # what intelligence sees, or not


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets into the sentence
    end: int
    code: str
    kind: str
    text: str
    candidates: tuple[str, ...] = ()  # a contextual name's possible states (see `_in_context`)


@dataclass(slots=True)
class Speaker:
    actor: Actor
    mention: Mention | None  # None when carried over from an earlier sentence
    via: str = "speech"  # "speech": the subject of a speech verb; "source": "according to X"


class ActorFinder:
    """All actor names of a pack in one Aho-Corasick automaton over lowercased text."""

    def __init__(self, pack: LanguagePack):
        self.pack = pack
        self.automaton = ahocorasick.Automaton()
        for key, name in pack.names.items():
            self.automaton.add_word(key, (key, name))
        self.automaton.make_automaton()

    def find(self, text: str) -> list[Mention]:
        low = text.lower()
        if len(low) != len(text):  # rare: lowercasing changed lengths; keep offsets exact
            low = "".join(c.lower()[:1] or c for c in text)
        cands: list[tuple[int, int, ActorName]] = []
        for end, (key, name) in self.automaton.iter(low):
            start = end - len(key) + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            stop = end + 1
            if name.prefix:
                while stop < len(low) and low[stop].isalnum():
                    stop += 1
            elif stop < len(low) and low[stop].isalnum():
                continue
            if name.exact is not None and text[start + bool(name.candidates):start + len(name.exact)] \
                    != name.exact[bool(name.candidates):]:
                continue
            cands.append((start, stop, name))
        # Longest match wins ("Corée du Nord" over "Corée"); then leftmost.
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int, ActorName]] = []
        for c in cands:
            if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
                taken.append(c)
        taken.sort(key=lambda c: c[0])
        return [Mention(s, e, n.code, n.kind, text[s:e], n.candidates) for s, e, n in taken]


class DocumentExtractor:
    """Extracts the signals of one document in one language."""

    def __init__(self, pack: LanguagePack, finder: ActorFinder):
        self.pack = pack
        self.finder = finder
        self.cue = pack.cues
        # "Is this cue right before the name?": any cue of the list that ends there, so that
        # "en la" counts even where "en" is listed first (an alternation stops at the first).
        self._ends = {name: re.compile(rf"(?:{compile_any(self.cue[name].patterns).pattern})[\s'’\u00a0]*\Z",
                                       re.IGNORECASE)
                      for name in ("genitive", "oblique") if self.cue.get(name)}

    # -- helpers over one sentence -------------------------------------------------------

    def _role(self, s: str, m: Mention, scan: Scan) -> str | None:
        """A role word within a few words of a state mention, in the same clause."""
        lo = max(0, m.start - 30)
        hi = min(len(s), m.end + 25)
        window_before = s[lo:m.start]
        window_after = s[m.end:hi]
        before = _CLAUSE_BREAK.split(window_before)[-1]
        after = _CLAUSE_BREAK.split(window_after)[0]
        for role, words in self.pack.roles:
            for part in (after, before):
                if scan.search(words, part):
                    return role
        return None

    def _actor(self, s: str, m: Mention, scan: Scan) -> Actor:
        code = m.code
        if "." not in code and m.kind in ("country", "demonym"):
            role = self._memo(s, scan, ("role", m.start), lambda: self._role(s, m, scan))
            if role:
                code = f"{code}.{role}"
        return Actor(code, m.text)

    @staticmethod
    def _memo(s: str, scan: Scan, key: tuple, compute):
        """An answer about sentence `s` kept on its scan: asked again for every trigger."""
        if s is not scan.text:
            return compute()
        if key not in scan.memo:
            scan.memo[key] = compute()
        return scan.memo[key]

    def _cue_spans(self, name: str, s: str, scan: Scan) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in scan.finditer(self.cue.get(name), s)]

    @staticmethod
    def _words_between(s: str, a: int, b: int) -> int:
        return len(_WORD.findall(s[a:b]))

    def _in_scope(self, s: str, cues: list[tuple[int, int]], t0: int, t1: int, mode: str,
                  window: int = _NARROW_WORDS, stop: list[tuple[int, int]] = (),
                  opens: list[tuple[int, int]] = ()) -> bool:
        """Is any cue in scope of the trigger [t0, t1)?

        narrow: the cue ends at most a few words before the trigger, with no clause break;
        wide: the cue is before the trigger in the same clause ("no sign that Russia is preparing"),
              however far; packs whose complementiser follows a comma ("keine Hinweise, dass")
              include the comma in the cue;
        after: the cue follows within a few words in the same clause (German "nicht").
        A comma right before one of the `opens` spans (complementizers) does not end a wide
        cue's clause: "нет указаний на то, что Россия готовится", "keine Hinweise darauf, dass".
        """
        for c0, c1 in cues:
            if mode == "after":
                if t1 <= c0 and self._words_between(s, t1, c0) <= 4 and not _CLAUSE_BREAK.search(s[t1:c0]):
                    return True
                continue
            if c1 > t0:  # the cue must stand before the trigger
                continue
            gap = s[c1:t0]
            if mode == "narrow" and self._words_between(s, c1, t0) <= window and not _CLAUSE_BREAK.search(gap) \
                    and not (stop and any(c1 <= a and b <= t0 for a, b in stop)):
                return True
            if mode == "wide" and not any(not (b.group() == "," and (self._opens(s, b.end(), opens)
                                                                    or self._aside(s, b.start(), c1, t0)))
                                          for b in _CLAUSE_BREAK.finditer(s, c1, t0)):
                return True
        return False

    def _aside(self, s: str, at: int, lo: int, hi: int) -> bool:
        """Is the comma at `at` one of a pair around a short aside within [lo, hi)
        ("Rien ne laisse penser, à ce stade, que...")?"""
        nxt = s.find(",", at + 1, hi)
        prv = s.rfind(",", lo, at)
        return (nxt >= 0 and self._words_between(s, at, nxt) <= 4) or (prv >= 0 and self._words_between(s, prv, at) <= 4)

    @staticmethod
    def _opens(s: str, at: int, spans: list[tuple[int, int]]) -> bool:
        """Does one of `spans` start at `at`, past white space?"""
        at += len(s[at:]) - len(s[at:].lstrip())
        return any(c0 == at for c0, _ in spans)

    def _modality(self, s: str, group: TriggerGroup, t0: int, t1: int, question: bool,
                  cues: dict[str, list[tuple[int, int]]]) -> str | None:
        """asserted / negated / hypothetical, or None when a cue-needing trigger has none."""
        if group.fixed:
            return group.modality or "asserted"
        neg = (self._in_scope(s, cues["negation_wide"], t0, t1, "wide", opens=cues["complementizer"])
               or self._in_scope(s, cues["negation"], t0, t1, "narrow", _NARROW_WORDS, cues["conjunction"])
               or self._in_scope(s, cues["negation_after"], t0, t1, "after"))
        if neg:
            return "negated"
        # A speech act is hypothetical only when the modal bears on it ("could threaten"),
        # not when it sits inside what is said ("warned that Russia could use").
        window = 3 if group.scope == "narrow" else _NARROW_WORDS
        hyp = (question
               or self._in_scope(s, cues["hypothetical"], t0, t1, "narrow", window, cues["conjunction"])
               or self._conditional(s, cues["conditional"], t0)
               # "If the enemy attacks, we will use...": a sentence that opens with a condition
               # makes the acts of its main clause hypothetical (its speech acts stay asserted).
               or (group.type not in SPEECH_TYPES
                   and any(self._words_between(s, 0, c0) <= 1 and not _STRONG_BREAK.search(s, c1, t0)
                           for c0, c1 in cues["conditional"] if c1 <= t0)))
        if hyp or (group.needs_cue and self._in_scope(s, cues["hypothetical"], t0, t1, "after")):
            return "hypothetical"
        return None if group.needs_cue else (group.modality or "asserted")

    @staticmethod
    def _conditional(s: str, cues: list[tuple[int, int]], t0: int) -> bool:
        """A conditional ("if", "si", "если") governs the trigger up to the end of its clause."""
        for c0, c1 in cues:
            if c1 <= t0 and not _CLAUSE_BREAK.search(s[c1:t0]):
                return True
        return False

    # -- the document ---------------------------------------------------------------------

    def extract(self, text: str, published: dt.date | None) -> list[Signal]:
        pack = self.pack
        sents = sentences(text, pack.abbreviations, pack.ordinal_dot)
        quotes = quote_spans(text)
        signals: list[Signal] = []
        prev_subject: Actor | None = None
        subject_at: tuple[str, Mention, Scan] | None = None  # the last subject, resolved when needed
        prev_speaker: Actor | None = None
        carried_date: str | None = None  # the paragraph's latest date, else the lead's
        lead_date: str | None = None
        undated: list[tuple[int, Signal]] = []  # (paragraph, signal) waiting for a date
        date_para = -1
        background: set[int] = set()  # signals dated by an aside: old, yet not history
        surnames: dict[str, str] = {}  # "Khan" -> PAK.HOS once "Imran Khan" has been named
        named: dict[str, int] = {}  # country -> when the text last named it (for "the North")
        para_no, para_concepts = -1, set()
        # Concepts first, for the whole text: a lead often names its topic's weapons only later
        # ("Iran and the IAEA agreed on Tuesday..." before "...the bomb"), and `doc:` sees them all.
        scans = [pack.prefilter.scan(sent.text) for sent in sents]
        concept_hist = [{name for name, words in pack.concepts.items() if words.key in scan.live
                         and scan.search(words, sent.text)} for sent, scan in zip(sents, scans)]
        seen = set().union(*concept_hist)
        for idx, sent in enumerate(sents):
            s = sent.text
            if sent.paragraph != date_para:
                date_para, carried_date = sent.paragraph, lead_date
            scan = scans[idx]
            live = scan.live
            concepts = concept_hist[idx]
            dates = find_dates(s, pack, published, scan)
            mentions = self._in_context(self._surnames(s, self.finder.find(s), surnames), named)
            if idx == 0 and mentions and mentions[0].start < 3 and (d := _DATELINE.match(s)) \
                    and (d.group(1).isupper() or d.group(1) == mentions[0].text):
                # "SEOUL —", "KYIV/MOSCOW (Reuters) —", "Moscou -": where the story was filed, not who acted
                mentions = [m for m in mentions if m.start >= d.end()]
            speaker = self._speaker(s, sent, mentions, quotes, prev_speaker, scan)
            near = set().union(*concept_hist[max(0, idx - 2):idx + 1])
            if sent.paragraph == para_no:
                para_concepts |= concepts
            else:
                para_no, para_concepts = sent.paragraph, set(concepts)
            near |= para_concepts
            hits = []
            for group in pack.triggers:
                if group.patterns.key not in live:
                    continue
                if group.requires and not self._requires(group, concepts, near, seen):
                    continue
                for m in scan.finditer(group.patterns, s):
                    hits.append((group, m.start(), m.end()))
            if hits:
                if subject_at is not None:
                    prev_subject, subject_at = self._actor(*subject_at), None
                heading = not s.rstrip("»”\"' ").endswith((".", "!", "?", "…"))
                new = self._signals(sent, scan, hits, mentions, speaker, quotes, dates,
                                    carried_date, None if heading else prev_subject, background)
                signals.extend(new)
                undated += [(sent.paragraph, sig) for sig in new if sig.date is None]
            # A bare year ("in 1994") dates its own sentence only: it is background, not the news.
            if news_dates := [d for d in dates if d.specific > 0]:
                # A paragraph often dates its news in a later sentence ("X has withdrawn. Putin
                # signed the law on Thursday"): its undated signals take this date. (Reaching
                # back across paragraphs to the lead measured worse on the dev sets.)
                for para, sig in undated:
                    if para == sent.paragraph:
                        sig.date = news_dates[0].value
                undated = [(p, sig) for p, sig in undated if sig.date is None and p == sent.paragraph]
                carried_date = news_dates[-1].value
                lead_date = lead_date or news_dates[0].value
            # The subject a later sentence may fall back to: not a place or a genitive ("in
            # Washington", "des Instituts"); else the last one; the speaker only when there is none.
            unmarked = [m for m in mentions if not self._marked(s, scan, m, "genitive", "oblique")]
            subject = next((m for m in unmarked if speaker is None or m is not speaker.mention),
                           unmarked[0] if unmarked and subject_at is None and prev_subject is None else None)
            if subject is not None:
                subject_at = (s, subject, scan)
            if speaker is not None:
                prev_speaker = speaker.actor
            elif mentions:
                prev_speaker = None
        # History lessons are not signals: one dated long before publication (Trinity 1945,
        # Cuba 1962) is background, unless an aside gave the date ("doctrine, made public in 2003,").
        # So are the acts of a state that no longer exists.
        return [sig for sig in signals if (id(sig) in background or not historical(sig.date, published))
                and actor_country(sig.actor) not in DEFUNCT]

    @staticmethod
    def _surnames(s: str, mentions: list[Mention], surnames: dict[str, str]) -> list[Mention]:
        """A person named in full ("Imran Khan") is named by surname alone later in the text
        ("Khan warned"); the surname must be written as a name, capitalised, as a whole word."""
        extra = []
        for name, code in surnames.items():
            at = s.find(name)
            while at >= 0:
                end = at + len(name)
                if (at == 0 or not s[at - 1].isalnum()) and (end == len(s) or not s[end].isalnum()) \
                        and not any(m.start < end and at < m.end for m in mentions):
                    extra.append(Mention(at, end, code, "person", name))
                at = s.find(name, end)
        for m in mentions:
            last = m.text.split()[-1] if m.kind == "person" and " " in m.text else ""
            if len(last) >= 3 and last[0].isupper() and last not in surnames:
                surnames[last] = m.code
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    @staticmethod
    def _in_context(mentions: list[Mention], named: dict[str, int]) -> list[Mention]:
        """"The North", "le Nord", "das Regime" stand for the state among their candidates that
        the text named last; before any of them is named, they name nobody."""
        out = []
        for m in mentions:
            if m.candidates:
                best = max((c for c in m.candidates if c in named), key=named.get, default=None)
                if best is None:
                    continue
                m = Mention(m.start, m.end, best, "alias", m.text)
            named[m.code.split(".")[0]] = max(named.values(), default=0) + 1
            out.append(m)
        return out

    @staticmethod
    def _requires(group: TriggerGroup, concepts: set[str], near: set[str], seen: set[str]) -> bool:
        """Any required concept in the sentence; `near:` in the last three or the paragraph; `doc:` anywhere."""
        for req in group.requires:
            scope, _, name = req.rpartition(":")
            pool = {"": concepts, "near": near, "doc": seen}[scope]
            if name in pool:
                return True
        return False

    def _speaker(self, s: str, sent: Sentence, mentions: list[Mention],
                 quotes: list[tuple[int, int]], prev_speaker: Actor | None, scan: Scan) -> Speaker | None:
        """Who the sentence credits: 'X said', 'said X', 'according to X', or a pronoun's antecedent."""
        for c0, c1 in self._cue_spans("source_before", s, scan):  # "according to X", "selon X"
            m = next((m for m in mentions if m.start >= c1 and m.start - c1 <= 40
                      and not _CLAUSE_BREAK.search(s, c1, m.start)), None)  # not "según la FAS, Estados Unidos"
            if m is not None:
                return Speaker(self._actor(s, m, scan), m, "source")
        for c0, c1 in self._cue_spans("speech", s, scan):  # "X said" / "said X" / "a déclaré X"
            after = next((m for m in mentions if m.start >= c1 and self._words_between(s, c1, m.start) <= 5
                          and not _STRONG_BREAK.search(s[c1:m.start])), None)
            if after is not None and scan.search(self.cue.get("complementizer"), s, c1, after.start):
                after = None  # "said that Russia...": the subject of what is said, not the speaker
            before = next((m for m in reversed(mentions) if m.end <= c0 and self._words_between(s, m.end, c0) <= 4), None)
            in_quote = any(q0 <= sent.start + c0 < q1 for q0, q1 in quotes)
            if in_quote:
                continue
            # "…», a déclaré le porte-parole du Pentagone John Kirby": the speaker follows the verb
            # after a quote; otherwise the subject precedes it.
            m = after if (after is not None and (before is None or self._quote_before(s, c0))) else before
            if m is None and after is not None:
                m = after
            if m is not None:
                return Speaker(self._actor(s, m, scan), m)
            if prev_speaker is not None:  # "a-t-il poursuivi", "he said"
                return Speaker(prev_speaker, None)
        return None

    @staticmethod
    def _quote_before(s: str, pos: int) -> bool:
        return bool(re.search(r"[»”\"“][\W_]{0,6}$", s[:pos]))  # "», — наголосив", "," said

    def _signals(self, sent: Sentence, scan: Scan, hits, mentions: list[Mention], speaker: Speaker | None,
                 quotes, dates: list[DateMention], carried_date: str | None,
                 prev_subject: Actor | None, background: set[int]) -> list[Signal]:
        s = sent.text
        question = s.rstrip(" »”\"").endswith("?")
        cues = _Cues(self, s, scan)
        hedges = cues["hedge"]
        out: list[Signal] = []
        hits = sorted(hits, key=lambda h: (h[1], h[1] - h[2]))  # at one place, the longer (more specific) first
        done: set[tuple[str, str, frozenset]] = set()  # (type, modality, actor countries)
        done_at: dict[str, int] = {}  # type -> end of its last trigger, whatever its modality
        for i, (group, t0, t1) in enumerate(hits):
            # The content of an accusation is not asserted; the content of a denial is negated.
            governors = [g for g, a0, a1 in hits[:i] if g.governs and a1 <= t0 and g.type != group.type
                         and self._governs(s, a1, t0, scan)]
            if any(g.governs == "drop" for g in governors):
                continue
            in_quote = any(q0 <= sent.start + t0 < q1 for q0, q1 in quotes)
            modality = self._modality(s, group, t0, t1, question and not in_quote, cues)
            if any(g.governs == "negate" for g in governors):
                modality = "negated"
            if modality is None or (modality == "negated" and group.type not in NEGATABLE_TYPES):
                continue
            actors, target = self._roles(s, scan, group, t0, t1, mentions, speaker, in_quote, prev_subject, cues,
                                         modality == "negated")
            # The first trigger speaks for its actors; a later one of the same type, whatever its
            # modality ("warned that ... would face a decisive response"), counts only for an actor
            # named after the earlier trigger ("if the West moves weapons to Poland, Russia will
            # station its own in Belarus").
            key = (group.type, modality, frozenset(actor_country(a) for a in actors))
            prev_end = done_at.get(key[0])
            if prev_end is not None and group.type in SYMMETRIC_TYPES:
                continue  # one contact, however many words name it
            countries = {actor_country(a) for a in actors}
            if prev_end is not None and (key in done or not any(
                    prev_end <= m.start and m.end <= t0 and m.code.split(".")[0] in countries for m in mentions)):
                continue
            done.add(key)
            done_at[key[0]] = t1
            date, aside = self._date(s, dates, t0, carried_date)
            quantity, figure = self._quantity(s, mentions, scan) if group.type == "CAPABILITY" else (None, None)
            attributed = speaker.actor if speaker is not None else None
            hedged = bool(hedges) and self._hedged(s, hedges, group, t0, t1, cues)
            each = [(actor, quantity) for actor in actors or [None]]
            if figure is not None and modality == "asserted":
                each += self._listed(s, scan, mentions, dates, figure, countries, quantity)
            for actor, amount in each:
                out.append(Signal(
                    type=group.type, actor=actor, target=target, modality=modality,
                    hedged=hedged,
                    attributed_to=attributed, date=date, quantity=amount,
                    evidence=[Evidence(s, sent.start, sent.end)],
                    confidence=group.weight * (1.0 if actor is not None else 0.6)))
                if aside:
                    background.add(id(out[-1]))
        return out

    _RANGE = re.compile(r"\s*(?:[-–—]|\w{1,5})?\s*$")  # "150 bis 160", "от 150 до 160", "45–55"
    _YEAR = re.compile(r"(?:19|20)\d\d")
    _RANGE_TAIL = re.compile(r"^\s*(?:[-–—]|\w{1,5})?\s*\d[\d.,\u00a0\u202f ]*")  # "(150) bis 160 Sprengköpfe"

    def _listed(self, s: str, scan: Scan, mentions: list[Mention], dates: list[DateMention],
                figure: tuple[int, int], taken: set[str | None], quantity: Quantity) -> list[tuple[Actor, Quantity]]:
        """The other states of a list of figures, each with its own number, their unit elided:
        "India had about 180 warheads and Pakistan about 170", "Pakistan 150 bis 160, Indien 130",
        "350 — больше, чем у Франции (290)". A number goes to the state nearest it in its
        clause; years, dates, percentages and the second number of a range are not figures."""
        states = [m for m in mentions if m.kind in ("country", "demonym", "alias")]
        out: list[tuple[Actor, Quantity]] = []
        seen = set(taken)
        prev_end = -1
        for n in _NUMBER.finditer(s):
            a, b = n.span()
            ranged = prev_end >= 0 and self._RANGE.match(s[prev_end:a]) is not None and a - prev_end <= 6
            prev_end = b
            if a < figure[1] or ranged or self._YEAR.fullmatch(n.group()) or s[b:b + 2].strip().startswith("%") \
                    or any(d.start <= a < d.end for d in dates):
                continue
            near = []
            for m in states:
                gap = s[m.end:a] if m.end <= a else s[b:m.start] if m.start >= b else None
                if gap is None or len(gap) > 25 or re.search(r"[,;]|\d", gap):
                    continue
                near.append((len(gap), m))
            if not near:
                continue
            m = min(near, key=lambda x: x[0])[1]
            country = m.code.split(".")[0]
            if country in seen:
                continue
            seen.add(country)
            approx = scan.search(self.pack.approx, s[max(0, a - 25):a]) is not None or ranged
            out.append((self._actor(s, m, scan), Quantity(value=_figure(n), approx=approx, unit=quantity.unit)))
        return out

    @staticmethod
    def _hedged(s: str, hedges: list[tuple[int, int]], group: TriggerGroup, t0: int, t1: int,
                cues: dict[str, list[tuple[int, int]]]) -> bool:
        """A hedge bears on the trigger in its clause, on either side ("reportedly", "auraient",
        ", ймовірно,"), not across a conjunction or a strong break ("has 600 warheads, and by
        2030 will probably have..."), nor from inside an accusation's or denial's content
        ("accused Kyiv of allegedly preparing": the accusing is certain)."""
        for h0, h1 in hedges:
            if (group.governs or group.type == "PRETEXT_CLAIM") and h0 > t0:
                continue
            a, b = (h1, t0) if h1 <= t0 else (t1, h0) if h0 >= t1 else (t0, t0)
            # (a complementizer does not separate: "sources said that China moved...")
            if _STRONG_BREAK.search(s, a, b) or any(a <= c0 and c1 <= b and (c0, c1) not in cues["complementizer"]
                                                    for c0, c1 in cues["conjunction"]):
                continue
            return True
        return False

    def _last_break(self, s: str, t0: int, scan: Scan) -> int:
        ends = [m.end() for m in _STRONG_BREAK.finditer(s, 0, t0)]
        ends += [m.end() for m in scan.finditer(self.cue.get("conjunction"), s, 0, t0)]
        return max(ends, default=0)

    def _governs(self, s: str, a1: int, t0: int, scan: Scan) -> bool:
        """A denial or accusation governs what follows it in its clause, up to a conjunction."""
        gap = s[a1:t0]
        return (self._words_between(s, a1, t0) <= 12 and not _CLAUSE_BREAK.search(gap)
                and scan.search(self.cue.get("conjunction"), gap) is None)

    def _roles(self, s: str, scan: Scan, group: TriggerGroup, t0: int, t1: int, mentions: list[Mention],
               speaker: Speaker | None, in_quote: bool, prev_subject: Actor | None,
               cues: dict[str, list[tuple[int, int]]], negated: bool = False) -> tuple[list[Actor], Actor | None]:
        """(actors, target) of a trigger: see the module docstring for the rules."""
        src = speaker.mention if speaker is not None else None
        cited = speaker is not None and speaker.via == "source"
        # "according to South Korean and U.S. intelligence": every member of a cited source
        sources = self._coordinated(s, mentions, src) if src is not None and cited else [src]
        others = [m for m in mentions if m not in sources]
        chosen: Mention | None = None
        fallback: Actor | None = None
        if group.actor == "first":
            # The one who speaks is the one who accuses ("Moscow said that Kyiv was preparing",
            # "in Israel, officials said that Tehran..."), unless the text only cites them
            # ("according to X, Moscow accused Kyiv").
            pool = others if speaker is None or cited else mentions
            subjects = [m for m in pool if not self._marked(s, scan, m, "genitive", "oblique")]
            chosen = subjects[0] if subjects else None
            if not cited and src is not None and src.start >= t1:
                chosen = src  # "Tehran is secretly building the bomb, said Netanyahu": the one who says it
            fallback = speaker.actor if speaker is not None else prev_subject
        elif group.actor == "after":
            after = [m for m in others if m.start >= t1]
            chosen = after[0] if after else None
            fallback = speaker.actor if speaker is not None else None
        elif group.type in SPEECH_TYPES:
            before = [m for m in others if m.end <= t0 and not self._marked(s, scan, m, "genitive", "oblique")
                      and not _POSSESSIVE.match(s, m.end)]
            if in_quote and speaker is not None:
                return [speaker.actor], self._target(s, scan, others, t1, speaker.actor)
            if before:
                # The subject opens its clause: take the first candidate after the last
                # conjunction or strong break before the trigger, else the sentence's first.
                cut = self._last_break(s, t0, scan)
                chain = [m for m in before if m.start >= cut]
                chosen = chain[0] if chain else before[0]
                if not chain and src is not None and not cited and src.end <= cut and chosen.start > src.end:
                    # "The State Department said that Moscow was building up..., and voiced
                    # concern": a verb joined after the content shares the speaker's subject.
                    chosen = src
            elif (lead := next((m for m in mentions if m.end <= t0 and self._words_between(s, 0, m.start) <= 3
                                and self._marked(s, scan, m, "oblique")), None)) is not None:
                # "In Washington, officials said", "В Кремле заявили", "À Jérusalem, on accuse":
                # a place that opens the sentence of an impersonal speech act stands for its state.
                chosen = lead
            elif speaker is not None:
                fallback = speaker.actor
            else:
                inside = [m for m in others if t0 <= m.start < t1]
                chosen = inside[0] if inside else None
                fallback = prev_subject
        else:
            # Physical types: the state whose forces are concerned, nearest to the trigger,
            # never a place ("en Ukraine"); the observer who reports it only when no one
            # else is close ("North Korea said it had launched").
            pool = others + ([src] if src is not None and not (cited and prev_subject is not None) else [])
            observing = [(c0, c1) for name in ("speech", "perception", "negation_wide")
                         for c0, c1 in cues[name] if c1 <= t0]

            def distance(m: Mention) -> int:
                if m.start < t1 and m.end > t0:
                    # Inside the trigger: "Russian warheads" names the owner, "strike Ukraine
                    # with nuclear weapons" an object, as if it came after the trigger.
                    return 0 if m.kind == "demonym" or m.text[:1].islower() else 40
                if m.end <= t0:
                    return t0 - m.end  # the left side first
                # after the trigger, in its clause only ("..., adding that U.S. forces", "weeks
                # after Russia withdrew")
                other = (_CLAUSE_BREAK.search(s, t1, m.start) or any(t1 <= c0 and c1 <= m.start for c0, c1 in
                                                                       cues["complementizer"] + cues["conjunction"]))
                return m.start - t1 + 40 + (1000 if other else 0)

            def reach(m: Mention) -> int:
                return distance(m) + (30 if m is src else 0)  # the one who reports, only if no one else

            def observer(m: Mention) -> bool:
                return m.end <= t0 and any(m.end <= c0 for c0, _ in observing)

            def rank(m: Mention) -> tuple[int, int]:
                # The subject of "said", "detected", "saw no sign" before the trigger
                # reports on the forces: a state named after the trigger in its clause
                # ("no movement of warheads out of Russian depots") owns them rather.
                return (1 if self._marked(s, scan, m, "oblique") else 0,
                        reach(m) + (_PHYSICAL_REACH if observer(m) else 0))

            chosen = min(pool, key=rank) if pool else None
            if chosen is not None and (self._marked(s, scan, chosen, "oblique") or reach(chosen) > _PHYSICAL_REACH
                                       # "We have seen no movement of warheads": the watcher is all the
                                       # sentence names; the forces are those of the story's state.
                                       or (negated and group.type in _WATCHED and prev_subject is not None
                                           and actor_country(prev_subject) != chosen.code.split(".")[0]
                                           and self._watcher(s, chosen, chosen is src, t0, t1, cues))) \
                    and prev_subject is not None:
                chosen, fallback = None, prev_subject
            elif chosen is None:
                fallback = prev_subject
        if chosen is None:
            if fallback is not None and group.type in SYMMETRIC_TYPES:
                return [fallback], self._other_party(s, scan, mentions, others, fallback)
            return ([fallback] if fallback else []), None
        members = self._coordinated(s, mentions, chosen)
        if group.type in SYMMETRIC_TYPES:
            if len(members) == 2 and chosen.end <= t0:  # "India and Pakistan exchanged lists": both act
                return [self._actor(s, m, scan) for m in members], None
            members = [chosen]
        actors = [self._actor(s, m, scan) for m in members]
        if group.type not in SPEECH_TYPES:
            return actors, None
        rest = [m for m in others if m not in members]
        if group.type in SYMMETRIC_TYPES and (other := self._other_party(s, scan, mentions, rest, actors[0])):
            return actors, other
        return actors, self._target(s, scan, rest, t1, actors[0])

    def _watcher(self, s: str, m: Mention, speaks: bool, t0: int, t1: int,
                 cues: dict[str, list[tuple[int, int]]]) -> bool:
        """Is `m` the subject of a perception verb before the trigger ("we have seen", "не
        фиксирует"; the speaker: "said it had not detected"), not of its own forces ("its own
        posture", "собственных сил")?"""
        return (any(m.end <= c0 and (speaks or self._words_between(s, m.end, c0) <= 3)
                    for c0, c1 in cues["perception"] if c1 <= t0)
                and not any(m.end <= c0 and c1 <= t1 + 40 for c0, c1 in cues["reflexive"]))

    def _other_party(self, s: str, scan: Scan, mentions: list[Mention], candidates: list[Mention],
                     actor: Actor) -> Actor | None:
        """"Calls between the West and Russia eased tension": the parties are a pair named
        anywhere in the sentence; the other party is the last one not on the actor's side."""
        for m in candidates:
            pair = self._coordinated(s, mentions, m)
            side = [p for p in pair if p.code.split(".")[0] != actor_country(actor)]
            if len(pair) > 1 and side:
                return self._actor(s, side[-1], scan)
        return None

    def _target(self, s: str, scan: Scan, others: list[Mention], t1: int, actor: Actor | None) -> Actor | None:
        after = [m for m in others if m.start >= t1 and m.code.split(".")[0] != actor_country(actor)]
        return self._actor(s, after[0], scan) if after else None

    _COORD = re.compile(r"^\s*(?:,|\bet\b|\band\b|\bund\b|\bи\b|\bі\b|\bй\b|\bта\b|\by\b|\be\b|"
                        r"ainsi que|as well as|sowie|а также|а також)\s*"
                        r"(?:(?:la|le|les|l'|the|die|der|das|los|las|el)\s+|l')?$", re.IGNORECASE)

    _CONJ = re.compile(r"\b(?:et|and|und|и|і|й|та|y|e|ainsi que|as well as|sowie|а также|а також)\b", re.IGNORECASE)

    def _coordinated(self, s: str, mentions: list[Mention], m: Mention) -> list[Mention]:
        """"la France, le Royaume-Uni et les États-Unis": every member of a coordination."""
        i = mentions.index(m)
        lo = hi = i
        while lo > 0 and self._COORD.match(s[mentions[lo - 1].end:mentions[lo].start]):
            lo -= 1
        while hi + 1 < len(mentions) and self._COORD.match(s[mentions[hi].end:mentions[hi + 1].start]):
            hi += 1
        group = mentions[lo:hi + 1]
        # Commas alone make an apposition ("la Russie, le Pentagone estime"): a list needs a conjunction.
        if not any(self._CONJ.search(s[a.end:b.start]) for a, b in zip(group, group[1:])):
            return [m]
        seen: set[str] = set()
        out = []
        for g in group:
            c = g.code.split(".")[0]
            if c not in seen:
                seen.add(c)
                out.append(g)
        return out

    def _marked(self, s: str, scan: Scan, m: Mention, *cue_names: str) -> bool:
        """Is the mention right after a genitive or oblique marker ("de la", "of", "en", "in")?"""
        names = cue_names
        if _POSSESSIVE.match(s, m.end):  # "in Russia's posture": the owner, not a place
            names = tuple(n for n in cue_names if n != "oblique")
        lo = max(0, m.start - 14)
        return self._memo(s, scan, (m.start, cue_names), lambda: any(
            rx.search(s, lo, m.start) is not None for name in names if (rx := self._ends.get(name)) is not None))

    @staticmethod
    def _date(s: str, dates: list[DateMention], t0: int, carried: str | None) -> tuple[str | None, bool]:
        """The date nearest the trigger, else the paragraph's; and whether it stands in an aside
        of its own (", made public in 2003,"), which dates the signal but does not make it history."""
        if not dates:
            return carried, False
        d = min(dates, key=lambda d: abs(d.start - t0))
        opened = [b.end() for b in _CLAUSE_BREAK.finditer(s, 0, d.start)]
        closed = _CLAUSE_BREAK.search(s, d.end)
        aside = bool(opened and closed and not opened[-1] <= t0 < closed.start())
        return d.value, aside

    def _quantity(self, s: str, mentions: list[Mention], scan: Scan) -> tuple[Quantity | None, tuple[int, int] | None]:
        units = self.pack.concepts.get("arsenal_unit")
        if units is None:
            return None, None
        for m in _NUMBER.finditer(s):
            unit = scan.search(units, s, m.end(), min(len(s), m.end() + 60))
            if unit is None or self._words_between(s, m.end(), unit.start()) > 3:
                continue
            value = _figure(m)
            approx = scan.search(self.pack.approx, s[max(0, m.start() - 25):m.start()]) is not None
            words = re.split(r"[,;.()]", self._RANGE_TAIL.sub("", s[m.end():unit.end() + 40]))[0].split()
            drop = {x.text.lower() for x in mentions}
            unit_words = [w for w in words[:4] if w.lower() not in drop]
            return Quantity(value=value, approx=approx, unit=" ".join(unit_words[:3]).strip("«»\"“”—–- ")), m.span()
        return None, None


class _Cues(dict):
    """A sentence's cue spans by cue name, found when first asked for."""

    def __init__(self, extractor: DocumentExtractor, s: str, scan: Scan):
        super().__init__()
        self.args = extractor, s, scan

    def __missing__(self, name: str) -> list[tuple[int, int]]:
        extractor, s, scan = self.args
        spans = self[name] = extractor._cue_spans(name, s, scan)
        return spans


def _figure(number: re.Match[str]) -> float:
    """A `_NUMBER` match's value: "2.000", "2 000", "2,000" are all two thousand."""
    return float(re.sub(r"[.,\u00a0\u202f ]", "", number.group(1)))


HISTORY_YEARS = 10  # older than this at publication: a history lesson, not a present-day signal
DEFUNCT = frozenset({"SUN", "DDR", "YUG", "CSK"})  # ISO 3166-3: the USSR, East Germany, Yugoslavia, Czechoslovakia


def historical(date: str | None, published: dt.date | None) -> bool:
    return bool(date and published and int(date[:4]) < published.year - HISTORY_YEARS)


def actor_country(actor: Actor | None) -> str | None:
    return actor.code.split(".")[0] if actor else None


def merge(signals: list[Signal]) -> list[Signal]:
    """Merge per (type, actor, target, modality), keeping every sentence; first mention first."""
    merged: dict[tuple, Signal] = {}
    for sig in signals:
        key = sig.merge_key()
        have = merged.get(key)
        if have is None:
            merged[key] = sig
            continue
        if all(e.start != sig.evidence[0].start for e in have.evidence):
            have.evidence.extend(sig.evidence)
        have.hedged = have.hedged and sig.hedged  # confirmed once is confirmed
        have.date = have.date or sig.date
        have.quantity = have.quantity or sig.quantity
        have.attributed_to = have.attributed_to or sig.attributed_to
        have.confidence = max(have.confidence, sig.confidence)
    return list(merged.values())

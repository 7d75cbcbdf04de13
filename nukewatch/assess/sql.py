"""The model as SQL expressions: one place where model.yaml becomes arithmetic on `signals` rows.

Everything is portable between SQLite (>= 3.35: window functions, math functions
or the registered fallbacks in db.py) and PostgreSQL; the few differences (date
arithmetic, two-argument min/max) are in `Dialect`.
Numbers from the model are inlined as literals so the SQL reads as the model;
strings are quoted with `q()`.
"""
from __future__ import annotations

import math

from nukewatch.assess.model import SCORED_TRACKS, Model

LN2 = math.log(2)


def q(s: str) -> str:
    """A SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def num(x: float) -> str:
    return repr(float(x))


class Dialect:
    def __init__(self, name: str):
        if name not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database: {name}")
        self.name = name

    def epoch_days(self, date_expr: str) -> str:
        """Days since 1970-01-01 of a DATE expression (a number; NULL stays NULL)."""
        if self.name == "sqlite":
            return f"(julianday({date_expr}) - 2440587.5)"
        return f"({date_expr} - DATE '1970-01-01')"

    def period_end(self, day: str, coded: str) -> str:
        """Last day of the coded period: 'YYYY-MM' ends with its month, 'YYYY' with its year."""
        if self.name == "sqlite":
            return (f"CASE length({coded}) WHEN 7 THEN date({day}, '+1 month', '-1 day') "
                    f"WHEN 4 THEN date({day}, '+1 year', '-1 day') ELSE {day} END")
        return (f"CASE length({coded}) WHEN 7 THEN CAST({day} + INTERVAL '1 month' - INTERVAL '1 day' AS DATE) "
                f"WHEN 4 THEN CAST({day} + INTERVAL '1 year' - INTERVAL '1 day' AS DATE) ELSE {day} END")

    def greatest(self, a: str, b: str) -> str:
        return f"max({a}, {b})" if self.name == "sqlite" else f"GREATEST({a}, {b})"

    def least(self, a: str, b: str) -> str:
        return f"min({a}, {b})" if self.name == "sqlite" else f"LEAST({a}, {b})"

    def date_param(self, name: str) -> str:
        return f":{name}" if self.name == "sqlite" else f"CAST(:{name} AS DATE)"


class Expressions:
    """SQL for each factor of a signal's contribution, over `signals s`, `outlets o`."""

    def __init__(self, model: Model, dialect: Dialect):
        self.m = model
        self.d = dialect

    def type_weight(self) -> str:
        m = self.m
        arms = m.weights["ARMS_CONTROL"]
        branches = " ".join(f"WHEN {q(t)} THEN {num(w)}" for t, w in m.weights.items() if t != "ARMS_CONTROL")
        plain = f"CASE s.type {branches} ELSE 0.0 END"

        def any_stem(stems: tuple[str, ...]) -> str:
            if not stems:
                return "0 = 1"
            likes = " OR ".join(f"lower(e.text) LIKE {q('%' + st + '%')}" for st in stems)
            return f"EXISTS (SELECT 1 FROM signal_evidence e WHERE e.signal_id = s.id AND ({likes}))"

        # only ARMS_CONTROL rows pay for the evidence look-up (CASE short-circuits)
        return (f"(CASE WHEN s.type = 'ARMS_CONTROL' THEN "
                f"CASE WHEN {any_stem(m.arms_escalatory)} THEN {num(abs(arms))} "
                f"WHEN {any_stem(m.arms_restorative)} THEN {num(-abs(arms))} ELSE {num(arms)} END "
                f"ELSE {plain} END)")

    def modality(self, weight: str) -> str:
        mo = self.m.modality
        return (f"(CASE s.modality WHEN 'asserted' THEN {num(mo['asserted'])} "
                f"WHEN 'negated' THEN CASE WHEN {weight} > 0 THEN {num(mo['negated'])} "
                f"ELSE {num(mo['negated_deescalatory'])} END "
                f"WHEN 'hypothetical' THEN {num(mo['hypothetical'])} ELSE 0.0 END)")

    def hedged(self) -> str:
        return f"(CASE WHEN s.hedged THEN {num(self.m.hedged)} ELSE 1.0 END)"

    def role(self) -> str:
        r = self.m.roles
        own = " ".join(f"WHEN {q(k)} THEN {num(v)}" for k, v in r.items() if k != "none")
        credited = " ".join(f"WHEN s.attributed_code LIKE {q('%.' + k)} THEN {num(v)}" for k, v in r.items() if k != "none")
        return (f"(CASE WHEN s.actor_role IS NOT NULL THEN CASE s.actor_role {own} ELSE {num(r['none'])} END "
                f"{credited} ELSE {num(r['none'])} END)")

    def credibility(self) -> str:
        m = self.m
        if m.credibility:
            keys = " ".join(f"WHEN {q(k)} THEN {num(v)} WHEN {q('www.' + k)} THEN {num(v)}"
                            for k, v in m.credibility.items())
            default = f"CASE lower(o.name) {keys} ELSE {num(m.credibility_default)} END"
        else:
            default = num(m.credibility_default)
        return f"COALESCE(o.credibility, {default})"

    def corroboration(self) -> str:
        m = self.m
        n = self.d.greatest("s.corroboration", "1")
        return (f"(1.0 + {self.d.least(num(m.corroboration_cap), f'{num(m.corroboration_per_ln)} * ln(CAST({n} AS DOUBLE PRECISION))')})")

    def contribution(self) -> str:
        """Undecayed signed contribution of one signal row."""
        w = self.type_weight()
        return f"({w} * {self.modality(w)} * {self.hedged()} * {self.role()} * {self.credibility()} * {self.corroboration()})"

    def half_life(self, track: str = "track") -> str:
        hl = " ".join(f"WHEN {q(t)} THEN {num(self.m.half_life[t])}" for t in SCORED_TRACKS)
        return f"(CASE {track} {hl} ELSE 1.0 END)"

    def decay(self, age: str, track: str = "track") -> str:
        """0.5 ** (age / half_life), written with exp() (both databases have it)."""
        return f"exp(-{num(LN2)} * {age} / {self.half_life(track)})"

    # --- the window: which rows, known when, how old ---

    def base_select(self, extra_where: str = "") -> str:
        """Rows of `signals` near the as-of date with contribution and day numbers.

        Bind parameters: asof_d, lo_d (dates, for the index range on `day`).
        """
        d = self.d
        start_n = d.epoch_days("s.day")
        end_n = d.epoch_days(d.period_end("s.day", "s.date"))
        pub_n = d.epoch_days("doc.published")
        tracks = ", ".join(q(t) for t in SCORED_TRACKS)
        return f"""
  SELECT s.id AS id, s.type AS type, s.track AS track,
         s.actor_country AS actor_country, s.target_country AS target_country,
         {self.contribution()} AS c,
         {start_n} AS start_n, {end_n} AS end_n, {pub_n} AS pub_n
  FROM signals s
  LEFT JOIN documents doc ON doc.id = s.document_id
  LEFT JOIN outlets o ON o.id = doc.outlet_id
  WHERE s.day <= {d.date_param('asof_d')} AND s.day > {d.date_param('lo_d')}
    AND s.track IN ({tracks}) {extra_where}"""

    @staticmethod
    def in_window(asof: str) -> str:
        """The signal happened by `asof`, its period reaches into the window, and was published by then."""
        return (f"(c.start_n <= {asof} AND c.end_n > {asof} - :w "
                f"AND (c.pub_n IS NULL OR c.pub_n <= {asof}))")

    def decayed(self, asof: str) -> str:
        age = self.d.greatest(f"{asof} - c.end_n", "0")
        return f"c.c * {self.decay(age, 'c.track')}"

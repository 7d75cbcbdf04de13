"""Assessment: scores per actor (and actor -> target) and track, aggregated in SQL.

One aggregate query scores the current and the previous window in a single
pass over the rows near the as-of date; a second query ranks the signals of
the current window and keeps only the top N per (actor, track) and per
(actor, target, track); a third fetches their sentences and sources.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from nukewatch.assess import model as model_mod
from nukewatch.assess.model import SCORED_TRACKS, Model
from nukewatch.assess.sql import Dialect, Expressions, q
from nukewatch.assess.text import track_note

EPOCH = dt.date(1970, 1, 1)
# rows whose coded date is a whole year can start up to a year before their window
YEAR_SLACK = 366


@dataclass(frozen=True)
class Window:
    as_of: dt.date
    days: int

    @property
    def previous_as_of(self) -> dt.date:
        return self.as_of - dt.timedelta(days=self.days)

    def params(self) -> dict[str, Any]:
        n = (self.as_of - EPOCH).days
        lo = self.as_of - dt.timedelta(days=2 * self.days + YEAR_SLACK)
        return {"asof_n": n, "prev_n": n - self.days, "w": self.days, "asof_d": self.as_of, "lo_d": lo}


def parse_window(s: str) -> int:
    """'30d', '4w', '30' -> days."""
    s = s.strip().lower()
    mult = 7 if s.endswith("w") else 1
    n = int(s.rstrip("dw"))
    if n <= 0:
        raise ValueError("window must be positive")
    return n * mult


def _date_params(conn: Connection, params: dict[str, Any]) -> dict[str, Any]:
    # SQLite stores Date columns as ISO text: compare text with text
    if conn.dialect.name == "sqlite":
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in params.items()}
    return params


def _party_filter(model: Model, actor: str | None) -> str:
    if not actor:
        return ""
    two = ", ".join(q(t) for t in model.two_sided) or "''"
    return f"AND (s.actor_country = :actor OR (s.type IN ({two}) AND s.target_country = :actor))"


def _expand(model: Model, cols: str) -> str:
    """Each row once for its actor, and once more for its target when the type is two-sided."""
    two = ", ".join(q(t) for t in model.two_sided) or "''"
    return f"""
  SELECT c.actor_country AS party, c.target_country AS other, c.track AS view, 1 AS counted, {cols} FROM c
  UNION ALL
  SELECT c.target_country, c.actor_country, c.track, 1, {cols} FROM c
   WHERE c.type IN ({two}) AND c.target_country IS NOT NULL
     AND c.target_country <> COALESCE(c.actor_country, '')"""


def aggregate_sql(model: Model, dialect: str, actor: str | None = None) -> str:
    """The scoring query: rows (party, other|NULL, track, cur, prev, n_cur, n_prev)."""
    x = Expressions(model, Dialect(dialect))
    cur, prev = x.in_window(":asof_n"), x.in_window(":prev_n")
    two = ", ".join(q(t) for t in model.two_sided) or "''"
    null_text = "CAST(NULL AS VARCHAR(8))"
    # sides: a constant two-row table, so each row is read once and emitted for one or two parties
    return f"""
WITH c AS ({x.base_select(_party_filter(model, actor))}
),
x AS (
  SELECT CASE k.k WHEN 0 THEN c.actor_country ELSE c.target_country END AS party,
         CASE k.k WHEN 0 THEN c.target_country ELSE c.actor_country END AS other,
         c.track AS track,
         CASE WHEN {cur} THEN {x.decayed(':asof_n')} ELSE 0.0 END AS cur,
         CASE WHEN {prev} THEN {x.decayed(':prev_n')} ELSE 0.0 END AS prev,
         CASE WHEN {cur} THEN 1 ELSE 0 END AS n_cur,
         CASE WHEN {prev} THEN 1 ELSE 0 END AS n_prev
  FROM c JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) k
    ON k.k = 0 OR (c.type IN ({two}) AND c.target_country IS NOT NULL
                   AND c.target_country <> COALESCE(c.actor_country, ''))
  WHERE {cur} OR {prev}
),
pairs AS (
  SELECT party, other, track, SUM(cur) AS cur, SUM(prev) AS prev, SUM(n_cur) AS n_cur, SUM(n_prev) AS n_prev
  FROM x WHERE party IS NOT NULL {"AND party = :actor" if actor else ""}
  GROUP BY party, other, track
)
SELECT party, {null_text} AS other, track, SUM(cur) AS cur, SUM(prev) AS prev,
       SUM(n_cur) AS n_cur, SUM(n_prev) AS n_prev
FROM pairs GROUP BY party, track
UNION ALL
SELECT party, other, track, cur, prev, n_cur, n_prev FROM pairs WHERE other IS NOT NULL
ORDER BY 1, 2, 3"""


def top_sql(model: Model, dialect: str, actor: str | None = None) -> str:
    """Ranks the current window's signals: top :n per (party, view) and per (party, other, view)."""
    x = Expressions(model, Dialect(dialect))
    cur = x.in_window(":asof_n")
    cols = f"c.id AS id, c.type AS type, c.track AS track, {x.decayed(':asof_n')} AS score"
    listed = []
    for view, types in model.also_listed.items():
        tl = ", ".join(q(t) for t in types)
        listed.append(f"""
  UNION ALL
  SELECT c.actor_country, c.target_country, {q(view)}, 0, {cols} FROM c
   WHERE c.type IN ({tl}) AND c.track <> {q(view)}""")
    return f"""
WITH c0 AS ({x.base_select(_party_filter(model, actor))}
),
c AS (SELECT * FROM c0 c WHERE {cur}),
x AS ({_expand(model, cols)}{"".join(listed)}
),
r AS (
  SELECT x.*,
    ROW_NUMBER() OVER (PARTITION BY party, view ORDER BY abs(score) DESC, id) AS rn_actor,
    ROW_NUMBER() OVER (PARTITION BY party, other, view ORDER BY abs(score) DESC, id) AS rn_pair
  FROM x WHERE party IS NOT NULL {"AND party = :actor" if actor else ""}
)
SELECT party, other, view, counted, id, type, track, score, rn_actor, rn_pair
FROM r WHERE rn_actor <= :n OR (other IS NOT NULL AND rn_pair <= :n)"""


def capability_sql(dialect: str, actor: str | None = None) -> str:
    """The latest arsenal figures per actor known by the as-of date (context: listed, not scored)."""
    d = Dialect(dialect)
    flt = "AND s.actor_country = :actor" if actor else ""
    return f"""
SELECT id, party FROM (
  SELECT s.id AS id, s.actor_country AS party,
         ROW_NUMBER() OVER (PARTITION BY s.actor_country ORDER BY s.day DESC, s.id DESC) AS rn
  FROM signals s LEFT JOIN documents doc ON doc.id = s.document_id
  WHERE s.type = 'CAPABILITY' AND s.modality = 'asserted' AND s.actor_country IS NOT NULL
    AND s.day <= {d.date_param('asof_d')}
    AND (doc.published IS NULL OR doc.published <= {d.date_param('asof_d')}) {flt}
) t WHERE rn <= :n"""


def _details(conn: Connection, ids: list[int], max_sources: int = 5) -> dict[int, dict[str, Any]]:
    """Signal rows with their first sentence and the documents that carried them."""
    if not ids:
        return {}
    out: dict[int, dict[str, Any]] = {}
    id_list = ", ".join(str(int(i)) for i in ids)
    rows = conn.execute(text(f"""
        SELECT s.id, s.type, s.track, s.actor_code, s.actor_text, s.target_code, s.target_text,
               s.modality, s.hedged, s.attributed_code, s.attributed_text, s.date, s.day,
               s.quantity_value, s.quantity_approx, s.quantity_unit, s.confidence, s.corroboration,
               s.document_id
        FROM signals s WHERE s.id IN ({id_list})""")).mappings()
    for r in rows:
        day = r["day"]
        out[r["id"]] = {
            "id": r["id"], "type": r["type"], "track": r["track"],
            "date": r["date"], "day": day.isoformat() if isinstance(day, dt.date) else day,
            "actor": r["actor_code"], "actor_text": r["actor_text"],
            "target": r["target_code"], "target_text": r["target_text"],
            "modality": r["modality"], "hedged": bool(r["hedged"]),
            "attributed_to": r["attributed_code"], "attributed_text": r["attributed_text"],
            "quantity": ({"value": r["quantity_value"], "approx": bool(r["quantity_approx"]),
                          "unit": r["quantity_unit"]} if r["quantity_value"] is not None else None),
            "confidence": r["confidence"], "corroboration": r["corroboration"],
            "quote": None, "quotes": [], "source": None, "sources": [],
            "_first_doc": r["document_id"],
        }
    ev = conn.execute(text(f"""
        SELECT e.signal_id, e.id, e.text, e.start, e."end", e.document_id,
               doc.url, doc.title, doc.published, doc.source AS origin, o.name AS outlet
        FROM signal_evidence e
        LEFT JOIN documents doc ON doc.id = e.document_id
        LEFT JOIN outlets o ON o.id = doc.outlet_id
        WHERE e.signal_id IN ({id_list})
        ORDER BY e.signal_id, CASE WHEN e.document_id = (SELECT document_id FROM signals WHERE id = e.signal_id)
                                   THEN 0 ELSE 1 END, e.id""")).mappings()
    for e in ev:
        s = out.get(e["signal_id"])
        if s is None:
            continue
        pub = e["published"]
        src = {"url": e["url"], "outlet": e["outlet"], "title": e["title"], "origin": e["origin"],
               "published": pub.isoformat() if isinstance(pub, dt.date) else pub}
        if s["quote"] is None:
            s["quote"] = e["text"]
            s["evidence"] = {"text": e["text"], "start": e["start"], "end": e["end"]}
            s["source"] = src
        if len(s["quotes"]) < max_sources and e["text"] not in s["quotes"]:
            s["quotes"].append(e["text"])
        key = (src["url"], src["outlet"], src["origin"])
        if len(s["sources"]) < max_sources and all((x["url"], x["outlet"], x["origin"]) != key
                                                   for x in s["sources"]):
            s["sources"].append(src)
    for s in out.values():
        s.pop("_first_doc", None)
    return out


def assess(engine: Engine, as_of: dt.date, window_days: int = 30, actor: str | None = None,
           top_n: int = 5, model: Model | None = None, pairs: bool = True) -> list[dict[str, Any]]:
    """Assessment rows: per actor and scored track (all three, zeros included), then per pair, then context.

    Each row: actor, target (None for the actor as a whole), track, score, level,
    trend (up/down/steady), delta, previous_score, previous_level, n_signals,
    note, signals (top N, strongest first).
    """
    model = model or model_mod.load()
    actor = actor.split(".", 1)[0].upper() if actor else None
    win = Window(as_of, window_days)
    dialect = engine.dialect.name
    with engine.connect() as conn:
        params = _date_params(conn, {**win.params(), "actor": actor, "n": top_n})
        agg = conn.execute(text(aggregate_sql(model, dialect, actor)), params).all()
        ranked = conn.execute(text(top_sql(model, dialect, actor)), params).all()
        caps = conn.execute(text(capability_sql(dialect, actor)), params).all()
        details = _details(conn, sorted({r.id for r in ranked} | {r.id for r in caps}))

    listed: dict[tuple, list[dict[str, Any]]] = {}
    for r in ranked:
        item = dict(details[r.id], contribution=round(float(r.score), 4),
                    counted_in=r.track if r.counted else r.track)
        if not r.counted:
            item["shown_in"] = r.view  # listed here, scored on its own track
        if r.rn_actor <= top_n:
            listed.setdefault((r.party, None, r.view), []).append((r.rn_actor, item))
        if r.other is not None and r.rn_pair <= top_n:
            listed.setdefault((r.party, r.other, r.view), []).append((r.rn_pair, item))

    def signals_for(key: tuple) -> list[dict[str, Any]]:
        return [it for _, it in sorted(listed.get(key, []), key=lambda t: t[0])]

    scores = {(r.party, r.other, r.track): r for r in agg}
    actors = sorted({r.party for r in agg if r.other is None} | {r.party for r in caps})
    out: list[dict[str, Any]] = []

    def row(party: str, other: str | None, track: str) -> dict[str, Any]:
        r = scores.get((party, other, track))
        cur = float(r.cur) if r else 0.0
        prev = float(r.prev) if r else 0.0
        sigs = signals_for((party, other, track))
        return {
            "actor": party, "target": other, "track": track,
            "score": round(cur, 3), "level": model.level(cur),
            "trend": model.trend(cur - prev), "delta": round(cur - prev, 3),
            "previous_score": round(prev, 3), "previous_level": model.level(prev),
            "n_signals": int(r.n_cur) if r else 0,
            "note": track_note(track, cur, sigs),
            "signals": sigs,
        }

    for party in actors:
        for track in SCORED_TRACKS:
            out.append(row(party, None, track))
    if pairs:
        for (party, other, track) in sorted(k for k in scores if k[1] is not None):
            out.append(row(party, other, track))
    cap_by_actor: dict[str, list[dict[str, Any]]] = {}
    for r in caps:
        cap_by_actor.setdefault(r.party, []).append(details[r.id])
    for party in actors:
        if party in cap_by_actor:
            out.append({"actor": party, "target": None, "track": "context", "score": None, "level": None,
                        "trend": None, "delta": None, "previous_score": None, "previous_level": None,
                        "n_signals": len(cap_by_actor[party]), "note": "arsenal figures (not scored)",
                        "signals": cap_by_actor[party]})
    return out

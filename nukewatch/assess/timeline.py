"""Signals over time: a daily decayed score per track, key signals, and the PNG plot.

SQL sums each day's (undecayed) contributions per track; the decayed,
windowed score for day d is then the exact recurrence over days
  s(d) = s(d-1) * f + x(d) - x(d-w) * f**w,   f = 0.5 ** (1 / half_life)
i.e. the sum of the contributions of the last w days, each decayed by its age
(a loop over days, never over signal rows). Signals are placed on `day` (the
first day of their coded date, else the publication date).
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

from nukewatch.assess.engine import _date_params, _party_filter
from nukewatch.assess.model import SCORED_TRACKS, Model
from nukewatch.assess.sql import Dialect, Expressions, q

TRACK_COLORS = {"declaratory": "#d62728", "posture": "#1f77b4", "diplomatic": "#2ca02c"}
SPARK = "▁▂▃▄▅▆▇█"


@dataclass
class Series:
    since: dt.date
    until: dt.date
    actor: str | None
    days: list[dt.date]
    scores: dict[str, list[float]]  # track -> decayed score per day
    counts: dict[str, list[int]]  # track -> signals per day
    key_signals: list[dict[str, Any]] = field(default_factory=list)


def _as_date(v: Any) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])


def series(engine: Engine, model: Model, since: dt.date, until: dt.date, actor: str | None = None,
           tracks: tuple[str, ...] = SCORED_TRACKS, window_days: int = 30, key: int = 6) -> Series:
    """Daily decayed score per track for one actor (or all actors together) from `since` to `until`."""
    actor = actor.split(".", 1)[0].upper() if actor else None
    x = Expressions(model, Dialect(engine.dialect.name))
    lo = since - dt.timedelta(days=window_days)
    tl = ", ".join(q(t) for t in tracks)
    pf = _party_filter(model, actor)
    base = f"""
        SELECT s.id AS id, s.day AS day, s.track AS track, s.type AS type, s.actor_code AS actor_code,
               s.target_code AS target_code, s.modality AS modality, {x.contribution()} AS c
        FROM signals s LEFT JOIN documents doc ON doc.id = s.document_id LEFT JOIN outlets o ON o.id = doc.outlet_id
        WHERE s.day >= {x.d.date_param('lo')} AND s.day <= {x.d.date_param('until')} AND s.track IN ({tl}) {pf}"""
    with engine.connect() as conn:
        p = _date_params(conn, {"lo": lo, "until": until, "since": since, "actor": actor, "k": key})
        daily = conn.execute(text(f"SELECT day, track, SUM(c) AS x, COUNT(*) AS n FROM ({base}) b "
                                  f"GROUP BY day, track"), p).all()
        keys = conn.execute(text(
            f"SELECT id, day, track, type, actor_code, target_code, modality, c FROM ({base}) b "
            f"WHERE b.day >= {x.d.date_param('since')} AND b.c <> 0 ORDER BY abs(b.c) DESC, b.id LIMIT :k"), p).all()

    n = (until - lo).days + 1
    xs = {t: [0.0] * n for t in tracks}
    ns = {t: [0] * n for t in tracks}
    for r in daily:
        i = (_as_date(r.day) - lo).days
        xs[r.track][i] += float(r.x)
        ns[r.track][i] += int(r.n)
    scores: dict[str, list[float]] = {}
    for t in tracks:
        f = 0.5 ** (1.0 / model.half_life[t])
        fw = f ** window_days
        s, out = 0.0, []
        for i in range(n):
            s = s * f + xs[t][i] - (xs[t][i - window_days] * fw if i >= window_days else 0.0)
            out.append(s if abs(s) > 1e-9 else 0.0)  # no "-0.00" from float residue
        scores[t] = out
    skip = window_days
    days = [lo + dt.timedelta(days=i) for i in range(skip, n)]
    return Series(
        since=since, until=until, actor=actor, days=days,
        scores={t: v[skip:] for t, v in scores.items()}, counts={t: v[skip:] for t, v in ns.items()},
        key_signals=[{"id": r.id, "day": _as_date(r.day), "track": r.track, "type": r.type,
                      "actor": r.actor_code, "target": r.target_code, "modality": r.modality,
                      "contribution": float(r.c)} for r in keys],
    )


def sparkline(values: list[float], width: int = 60) -> str:
    """Unicode sparkline; longer series are averaged into `width` buckets."""
    if not values:
        return ""
    if len(values) > width:
        k = len(values) / width
        values = [sum(c) / len(c) for c in (values[int(i * k):max(int((i + 1) * k), int(i * k) + 1)]
                                              for i in range(width))]
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return SPARK[0] * len(values)
    return "".join(SPARK[min(len(SPARK) - 1, int((v - lo) / (hi - lo) * len(SPARK)))] for v in values)


def buckets(s: Series, by: str) -> list[tuple[dt.date, dict[str, float], dict[str, int]]]:
    """Rows for the terminal table: per day or per week (score at the bucket's last day, signal count)."""
    rows: list[tuple[dt.date, dict[str, float], dict[str, int]]] = []
    step = 7 if by == "week" else 1
    for start in range(0, len(s.days), step):
        end = min(start + step, len(s.days)) - 1
        rows.append((s.days[start],
                     {t: s.scores[t][end] for t in s.scores},
                     {t: sum(s.counts[t][start:end + 1]) for t in s.counts}))
    return rows


def plot_png(s: Series, model: Model, title: str | None = None) -> bytes:
    """The plot as PNG bytes: one line per track, level bounds dotted, key signals marked and labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4.8), dpi=100)
    try:
        for t, ys in s.scores.items():
            ax.plot(s.days, ys, label=t, color=TRACK_COLORS.get(t), linewidth=1.8)
        ax.axhline(0, color="#555", linewidth=0.8)
        top = max((max(v) for v in s.scores.values() if v), default=0.0)
        for name, bound in model.levels.items():
            if bound > max(top * 1.15, model.levels["elevated"]):
                continue  # a bound far above the data would flatten the lines
            ax.axhline(bound, color="#999", linewidth=0.6, linestyle=":")
            ax.text(s.days[0] if s.days else s.since, bound, f" {name}", fontsize=7, color="#777", va="bottom")
        index = {d: i for i, d in enumerate(s.days)}
        stacked: dict[tuple, int] = {}
        for k in s.key_signals:
            i = index.get(k["day"])
            if i is None or k["track"] not in s.scores:
                continue
            y = s.scores[k["track"]][i]
            ax.plot([k["day"]], [y], marker="o" if k["modality"] == "asserted" else "x",
                    color=TRACK_COLORS.get(k["track"]), markersize=6)
            label = f"{k['type']} {k['actor'] or '?'}" + ("" if k["modality"] == "asserted" else f" ({k['modality']})")
            j = stacked[(k["day"], k["track"])] = stacked.get((k["day"], k["track"]), -1) + 1
            ax.annotate(label, (k["day"], y), textcoords="offset points", xytext=(4, 6 + 9 * j), fontsize=7,
                        color=TRACK_COLORS.get(k["track"]))
        ax.set_title(title or f"{s.actor or 'all actors'}: decayed score per track, {s.since} to {s.until}")
        ax.set_ylabel("score")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        fig.autofmt_xdate()
        ax.legend(loc="upper left", fontsize=8)
        ax.grid(alpha=0.2)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight")
        return buf.getvalue()
    finally:
        plt.close(fig)

"""`nukewatch assess`: escalation per actor and track, with the signals behind each figure."""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from nukewatch.assess.options import db_option, fail, open_engine_or_fail, parse_date

LEVEL_STYLE = {"quiet": "green", "elevated": "yellow", "high": "bold red", "severe": "bold white on red"}
ARROW = {"up": "↑", "down": "↓", "steady": "→"}


def _cell(r: dict) -> str:
    from rich.markup import escape

    lvl = r["level"]
    word = lvl.upper() if lvl != "quiet" else lvl
    s = (f"[{LEVEL_STYLE[lvl]}]{word}[/] {r['score']:.1f} "
         f"{ARROW[r['trend']]}{r['delta']:+.1f}")
    if r.get("note"):
        s += f"\n[dim]{escape(r['note'])}[/]"
    return s


def _marks(s: dict) -> str:
    marks = []
    if s["modality"] != "asserted":
        marks.append(s["modality"].upper())
    if s["hedged"]:
        marks.append("hedged")
    if s.get("shown_in"):
        marks.append(f"counted in {s['track']}")
    if (s.get("corroboration") or 1) > 1:
        marks.append(f"x{s['corroboration']} outlets")
    return ", ".join(marks)


def print_table(rows: list[dict], as_of: dt.date, window: int, show_signals: int, pairs: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from nukewatch.assess.text import name

    console = Console()
    actors = [r for r in rows if r["target"] is None and r["track"] != "context"]
    if not actors:
        console.print(f"No signals in the {window} days to {as_of}.")
        return
    by_actor: dict[str, dict[str, dict]] = {}
    for r in actors:
        by_actor.setdefault(r["actor"], {})[r["track"]] = r
    context = {r["actor"]: r for r in rows if r["track"] == "context"}

    t = Table(title=f"Escalation as of {as_of} ({window}-day window, trend vs the previous {window} days)",
              show_lines=True)
    t.add_column("actor", style="bold")
    for track in ("declaratory", "posture", "diplomatic"):
        t.add_column(track)
    t.add_column("arsenal (context)")
    for a, tracks in by_actor.items():
        cap = "; ".join(
            f"{s['quantity']['value']:g} {s['quantity']['unit'] or ''}".strip()
            for s in context.get(a, {}).get("signals", []) if s.get("quantity")) if a in context else ""
        t.add_row(escape(f"{a}\n{name(a)}"), *(_cell(tracks[k]) for k in ("declaratory", "posture", "diplomatic")),
                  escape(cap))
    console.print(t)

    if pairs:
        pt = Table(title="Actor -> target", show_lines=False)
        for col in ("actor -> target", "track", "level", "score", "trend"):
            pt.add_column(col)
        for r in rows:
            if r["target"] is not None:
                pt.add_row(escape(f"{r['actor']} -> {r['target']}"), r["track"],
                           f"[{LEVEL_STYLE[r['level']]}]{r['level']}[/]", f"{r['score']:.2f}",
                           f"{ARROW[r['trend']]}{r['delta']:+.2f}")
        if pt.row_count:
            console.print(pt)

    if show_signals:
        for a, tracks in by_actor.items():
            st = Table(title=f"Why: {name(a)} ({a})", show_lines=False, title_justify="left")
            for col in ("track", "type", "date", "actor -> target", "contrib", "marks", "quote", "source"):
                st.add_column(col, overflow="fold")
            for track in ("declaratory", "posture", "diplomatic"):
                for s in tracks[track]["signals"][:show_signals]:
                    src = s.get("source") or {}
                    st.add_row(track, s["type"], s["date"] or s["day"],
                               escape(f"{s['actor'] or '?'} -> {s['target'] or '-'}"),
                               f"{s['contribution']:+.2f}", escape(_marks(s)),
                               escape(f"“{s['quote']}”" if s.get("quote") else ""),
                               escape(src.get("url") or src.get("outlet") or ""))
            if st.row_count:
                console.print(st)


@click.command()
@db_option
@click.option("--as-of", "as_of", default=None, help="Assess as of this date (YYYY-MM-DD); default today.")
@click.option("--window", default="30d", show_default=True, help="Window length: 30d, 4w...")
@click.option("--actor", default=None, help="Only this actor (country code: RUS; a role suffix is ignored).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100),
              help="Signals listed per actor and track.")
@click.option("--pairs/--no-pairs", default=True, show_default=True, help="Also score actor -> target pairs.")
@click.option("--model", "model_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Another model file (default: the packaged nukewatch/assess/model.yaml).")
def assess(db: str | None, as_of: str | None, window: str, actor: str | None, fmt: str, top: int,
           pairs: bool, model_path: str | None) -> None:
    """Escalation per actor and track: score, level, trend and the signals behind it."""
    from nukewatch.assess import model as model_mod
    from nukewatch.assess.engine import assess as run, parse_window

    day = parse_date(as_of, "--as-of") if as_of else dt.date.today()
    try:
        days = parse_window(window)
    except ValueError:
        fail(f"--window: expected a number of days like 30d or weeks like 4w, got {window!r}")
    model = model_mod.load(model_path)
    engine = open_engine_or_fail(db)
    try:
        rows = run(engine, day, days, actor=actor, top_n=top, model=model, pairs=pairs)
    finally:
        engine.dispose()
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(rows, day, days, show_signals=min(top, 3), pairs=pairs)

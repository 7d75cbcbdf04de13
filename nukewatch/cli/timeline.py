"""`nukewatch timeline`: decayed score per track over time, in the terminal or as a PNG."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from nukewatch.assess.options import db_option, fail, open_engine_or_fail, parse_date

TRACK_CHOICES = ("declaratory", "posture", "diplomatic")


def default_range(engine, since: dt.date | None, until: dt.date | None) -> tuple[dt.date, dt.date]:
    """Until: the latest signal day (else today); since: 90 days before."""
    from sqlalchemy import text

    if until is None:
        with engine.connect() as conn:
            last = conn.execute(text("SELECT MAX(day) FROM signals")).scalar()
        until = (last if isinstance(last, dt.date) else dt.date.fromisoformat(last)) if last else dt.date.today()
    return since or until - dt.timedelta(days=90), until


@click.command()
@db_option
@click.option("--actor", default=None, help="Only this actor (country code); default all actors together.")
@click.option("--track", "tracks", multiple=True, type=click.Choice(TRACK_CHOICES),
              help="Tracks to show (repeatable); default all three.")
@click.option("--since", default=None, help="First day (YYYY-MM-DD); default 90 days before --until.")
@click.option("--until", default=None, help="Last day (YYYY-MM-DD); default the latest signal's day.")
@click.option("--window", default="30d", show_default=True, help="Window of each day's score (as in assess).")
@click.option("--by", type=click.Choice(["day", "week"]), default=None,
              help="Table rows; default week when the range exceeds 45 days.")
@click.option("--out", "out", default=None, type=click.Path(dir_okay=False, writable=True),
              help="Also write the plot to this PNG file.")
def timeline(db: str | None, actor: str | None, tracks: tuple[str, ...], since: str | None, until: str | None,
             window: str, by: str | None, out: str | None) -> None:
    """Signals over time: a sparkline and table per track, and optionally a PNG plot."""
    from rich.console import Console
    from rich.table import Table

    from nukewatch.assess import model as model_mod
    from nukewatch.assess.engine import parse_window
    from nukewatch.assess.timeline import buckets, plot_png, series, sparkline

    s_day, u_day = parse_date(since, "--since"), parse_date(until, "--until")
    try:
        days = parse_window(window)
    except ValueError:
        fail(f"--window: expected 30d or 4w, got {window!r}")
    model = model_mod.load()
    engine = open_engine_or_fail(db)
    try:
        s_day, u_day = default_range(engine, s_day, u_day)
        if s_day > u_day:
            fail("--since is after --until")
        ser = series(engine, model, s_day, u_day, actor=actor, tracks=tracks or TRACK_CHOICES, window_days=days)
    finally:
        engine.dispose()

    console = Console()
    console.print(f"[bold]{ser.actor or 'all actors'}[/]: {s_day} to {u_day}, {days}-day decayed score")
    for t, ys in ser.scores.items():
        console.print(f"  {t:<12} {sparkline(ys)}  last {ys[-1]:+.2f}  max {max(ys):+.2f}  "
                      f"signals {sum(ser.counts[t])}")
    by = by or ("week" if len(ser.days) > 45 else "day")
    table = Table(show_lines=False)
    table.add_column(by)
    for t in ser.scores:
        table.add_column(f"{t} score", justify="right")
        table.add_column("n", justify="right")
    for start, sc, n in buckets(ser, by):
        if all(v == 0 for v in n.values()) and all(abs(v) < 0.005 for v in sc.values()):
            continue  # nothing happening: keep the table compact
        cells = []
        for t in ser.scores:
            cells += [f"{sc[t]:+.2f}", str(n[t]) if n[t] else ""]
        table.add_row(start.isoformat(), *cells)
    console.print(table)
    if ser.key_signals:
        console.print("key signals: " + "; ".join(
            f"{k['day']} {k['type']} {k['actor'] or '?'}{'' if k['modality'] == 'asserted' else ' (' + k['modality'] + ')'}"
            f" {k['contribution']:+.2f}" for k in ser.key_signals))
    if out:
        Path(out).write_bytes(plot_png(ser, model))
        console.print(f"plot written to {out}")

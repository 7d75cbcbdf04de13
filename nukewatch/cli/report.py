"""`nukewatch report`: an analyst brief for a period, Markdown or one self-contained HTML file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from nukewatch.assess.options import db_option, fail, open_engine_or_fail, parse_date


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="html", show_default=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Directory for brief.md|brief.html and the timeline PNGs.")
@click.option("--since", default=None, help="First day of the period (YYYY-MM-DD); default 30 days before --until.")
@click.option("--until", default=None, help="Last day of the period (YYYY-MM-DD); default the latest signal's day.")
@click.option("--actor", default=None, help="Only this actor (country code).")
def report(db: str | None, fmt: str, out: str, since: str | None, until: str | None, actor: str | None) -> None:
    """Write an analyst brief: headline per actor, tracks, changes, quotes, timeline, arsenal."""
    from nukewatch.assess import model as model_mod
    from nukewatch.assess.report import build, write
    from nukewatch.cli.timeline import default_range

    s_day, u_day = parse_date(since, "--since"), parse_date(until, "--until")
    model = model_mod.load()
    engine = open_engine_or_fail(db)
    try:
        if s_day is None:
            _, u_day = default_range(engine, None, u_day)
            s_day = u_day - dt.timedelta(days=29)
        elif u_day is None:
            _, u_day = default_range(engine, s_day, None)
        if s_day > u_day:
            fail("--since is after --until")
        brief = build(engine, model, s_day, u_day, actor=actor)
    finally:
        engine.dispose()
    path = write(brief, fmt, Path(out))
    click.echo(f"{path} ({len(brief['actors'])} actor(s), {s_day} to {u_day})")

"""Option helpers shared by the commands."""
from __future__ import annotations

import datetime as dt

import click

DB_HELP = "Store: a SQLite path or postgresql:// URL (default: $NUKEWATCH_DB, else ./nukewatch.db)."


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback: YYYY-MM-DD -> date, with a clear error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None

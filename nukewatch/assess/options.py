"""Command-line pieces shared by `assess`, `timeline` and `report`."""
from __future__ import annotations

import datetime as dt
from typing import NoReturn

import click

db_option = click.option(
    "--db", default=None, envvar="NUKEWATCH_DB", show_envvar=True,
    help="Store: a SQLite path or postgresql:// URL (default ./nukewatch.db).")


def fail(message: str) -> NoReturn:
    raise click.UsageError(message)


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: expected a date YYYY-MM-DD, got {value!r}")


def open_engine_or_fail(db: str | None):
    """The store's engine, or a clean CLI error when the SQLite file is missing."""
    from nukewatch.assess.db import StoreMissing, open_engine

    try:
        return open_engine(db)
    except StoreMissing as e:
        raise click.ClickException(str(e)) from e

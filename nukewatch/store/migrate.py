"""Run the store's Alembic migrations programmatically.

A fresh store is created by upgrading an empty database to head; an older
store is upgraded on open. The whole upgrade is one transaction, taken with
the write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so
two processes opening a new store at once do not both create it.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from .engine import WRITE

HERE = Path(__file__).resolve().parent
_ADVISORY_KEY = 0x6E756B65  # "nuke"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(conn_or_engine: Engine | Connection) -> str | None:
    if isinstance(conn_or_engine, Engine):
        with conn_or_engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return MigrationContext.configure(conn_or_engine).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Upgrade to `revision` (default head) in one transaction; returns the revision reached."""
    target = head() if revision == "head" else revision
    if current(engine) == target:
        return target
    with engine.connect().execution_options(**{WRITE: True}) as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})
            if MigrationContext.configure(conn).get_current_revision() != target:
                cfg = config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
    return current(engine)

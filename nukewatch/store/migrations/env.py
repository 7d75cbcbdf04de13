"""Alembic environment for the nukewatch store.

The store runs migrations programmatically (nukewatch.store.migrate): it passes
an open connection, already inside a transaction, in
`config.attributes["connection"]`, so the whole upgrade commits or rolls back
as one (both SQLite, with the store's explicit BEGIN, and PostgreSQL have
transactional DDL). Run from the command line (`alembic -c
nukewatch/store/alembic.ini upgrade head`) it connects to
`sqlalchemy.url` or the NUKEWATCH_DB environment variable.
"""
from __future__ import annotations

from alembic import context

from nukewatch.store.schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    from nukewatch.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: the full-text migration is dialect-specific")
run()

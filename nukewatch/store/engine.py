"""Engines for the two backends: where the store is, and how to connect to it.

SQLite: WAL journal (readers never block the writer), foreign keys on, a busy
timeout, synchronous=NORMAL (with WAL, durable against a killed process; a
power cut may lose the last transactions, never consistency). The sqlite3
driver's own transaction handling is switched off and the store emits BEGIN
itself, so that DDL (migrations) is transactional too and writing
transactions take the write lock up front (BEGIN IMMEDIATE): two writers
then queue on the busy timeout instead of failing on a lock upgrade.

PostgreSQL: `postgresql://` URLs go through psycopg 3.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy import create_engine

DEFAULT_PATH = "nukewatch.db"
ENV = "NUKEWATCH_DB"
BUSY_TIMEOUT_MS = 60_000
WRITE = "nukewatch_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)


def resolve_url(url_or_path: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from a path, a URL, $NUKEWATCH_DB or the default ./nukewatch.db."""
    if url_or_path is None or str(url_or_path) == "":
        url_or_path = os.environ.get(ENV) or DEFAULT_PATH
    s = str(url_or_path)
    if s.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + s.split("://", 1)[1]
    if s.startswith("postgresql+"):
        if not s.startswith("postgresql+psycopg://"):
            raise ValueError(f"unsupported PostgreSQL driver in {s!r}: use postgresql:// (psycopg 3)")
        return s
    if s.startswith("sqlite:"):
        return s
    if "://" in s:
        raise ValueError(f"unsupported database URL {s!r}: use a file path or postgresql://")
    return "sqlite:///" + str(Path(s).expanduser().absolute())


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_events(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")  # 64 MB: the hash and url indexes stay in memory
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

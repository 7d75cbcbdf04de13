"""Opening the store for reading, and the SQL functions the assessment needs."""
from __future__ import annotations

import math
import os
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine

DEFAULT_DB = "nukewatch.db"


class StoreMissing(FileNotFoundError):
    """The SQLite file named does not exist (assess never creates an empty store)."""


def db_url(db: str | None) -> str:
    """`--db` value (path or URL), else $NUKEWATCH_DB, else ./nukewatch.db, as a SQLAlchemy URL."""
    db = db or os.environ.get("NUKEWATCH_DB") or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).resolve()}"


def open_engine(db: str | None) -> Engine:
    """An engine on the store; through `Store.open` when the store package provides it."""
    url = db_url(db)
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path not in ("", ":memory:") and not Path(path).exists():
            raise StoreMissing(f"no store at {path} (run `nukewatch ingest` first, or pass --db)")
    engine = None
    try:
        from nukewatch.store import Store  # being written alongside; optional until it lands
    except ImportError:
        Store = None  # noqa: N806
    if Store is not None and hasattr(Store, "open"):
        store = Store.open(url)
        engine = getattr(store, "engine", None)
    if engine is None:
        engine = create_engine(url)
    install_sql_functions(engine)
    return engine


def _ensure_math(dbapi_conn, _record=None) -> None:
    """SQLite built without SQLITE_ENABLE_MATH_FUNCTIONS lacks exp/ln: register exact Python ones.

    Both are deterministic, so SQLite may still use them in indexes and constant folding.
    """
    try:
        dbapi_conn.execute("SELECT exp(0), ln(1)").fetchone()
    except Exception:  # noqa: BLE001 - sqlite3.OperationalError: no such function
        dbapi_conn.create_function("exp", 1, math.exp, deterministic=True)
        dbapi_conn.create_function("ln", 1, math.log, deterministic=True)


def install_sql_functions(engine: Engine) -> None:
    """Make exp() and ln() available on every SQLite connection of `engine` (idempotent)."""
    if engine.dialect.name != "sqlite" or getattr(engine, "_nukewatch_math", False):
        return
    event.listen(engine, "connect", _ensure_math)
    engine._nukewatch_math = True  # type: ignore[attr-defined]
    # connections already pooled were opened before the listener existed
    engine.dispose()


def sqlite_math_builtin(conn: Connection) -> bool:
    """Whether this SQLite has the math functions compiled in (for the docs and the benchmark)."""
    raw = conn.connection.driver_connection
    try:
        raw.execute("SELECT exp(0)").fetchone()
        return True
    except Exception:  # noqa: BLE001
        return False


def ensure_indexes(engine: Engine) -> list[str]:
    """Create the indexes the assessment's window scans rely on, if missing; returns those created.

    schema.py is owned by the store; these are additive and named ix_assess_*.
    """
    wanted = {
        # the window scan: range on day, then the columns the score needs without a table lookup
        "ix_assess_signals_track_day": "CREATE INDEX IF NOT EXISTS ix_assess_signals_track_day ON signals (track, day)",
    }
    created = []
    with engine.begin() as conn:
        for name, ddl in wanted.items():
            conn.execute(text(ddl))
            created.append(name)
    return created

"""Opening the store for reading, and the SQL functions the assessment needs."""
from __future__ import annotations

import math
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url


class StoreMissing(FileNotFoundError):
    """The SQLite file named does not exist (assess never creates an empty store)."""


def open_engine(db: str | None) -> Engine:
    """An engine on the store at `db` (path or URL; None: $NUKEWATCH_DB, else ./nukewatch.db).

    Goes through `Store.open` so that an older store is migrated first; refuses
    to create a new SQLite file, since assessing an empty store is a mistake.
    """
    from nukewatch.store import Store, resolve_url

    url = resolve_url(db)
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:") \
            and not Path(u.database).exists():
        raise StoreMissing(f"no store at {u.database} (run `nukewatch ingest` first, or pass --db)")
    engine = Store.open(url).engine
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

"""Shared test fixtures: where ../shared is, and stores on SQLite and on PostgreSQL.

`db_url` runs a test on both backends, each in a fresh SQLite file or PostgreSQL schema.
Without a reachable server the PostgreSQL case is skipped with the reason, unless
NUKEWATCH_REQUIRE_POSTGRES=1 (CI), which makes it fail instead.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NUKEWATCH_SHARED", ROOT.parent / "shared"))
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared files not found at {SHARED} (set NUKEWATCH_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def pg_db():
    from nukewatch.store.testing import REQUIRE_ENV, PgTestDatabase, PgUnavailable

    try:
        db = PgTestDatabase.create()
    except PgUnavailable as e:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{e} (and {REQUIRE_ENV}=1)")
        pytest.skip(str(e))
    yield db
    db.drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_db").schema_url()


@pytest.fixture
def store(db_url):
    from nukewatch.store import Store

    s = Store.open(db_url)
    yield s
    s.close()

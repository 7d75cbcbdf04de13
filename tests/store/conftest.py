"""Store fixtures: `db_url` runs a test on SQLite and on PostgreSQL (fresh schema per test).

PostgreSQL: a database created for the session on NUKEWATCH_TEST_PG_URL and
dropped after. Unreachable server: skipped, unless NUKEWATCH_REQUIRE_POSTGRES=1.
"""
from __future__ import annotations

import os

import pytest

from factories import make, signal
from nukewatch.store.testing import REQUIRE_ENV, PgTestDatabase, PgUnavailable


@pytest.fixture(scope="session")
def pg_db():
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


@pytest.fixture
def mk():
    return make


@pytest.fixture
def sig():
    return signal


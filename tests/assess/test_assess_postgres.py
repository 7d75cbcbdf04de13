"""The same SQL on PostgreSQL gives the same figures as on SQLite (CI runs with a server)."""
from __future__ import annotations

import datetime as dt

import pytest

from nukewatch.assess.engine import assess
from nukewatch.assess.model import load
from nukewatch.assess.report import build, render
from nukewatch.assess.timeline import series
from nukewatch.model import Analysis
from nukewatch.store import Store
from nukewatch.store.testing import PgTestDatabase, PgUnavailable

from test_assess_seed import _gold_signals, _seed_doc

MODEL = load()
AS_OF = dt.date(2022, 11, 3)


@pytest.fixture(scope="module")
def pg_url():
    try:
        db = PgTestDatabase.create()
    except PgUnavailable as e:  # no skip: the assessment must be checked on PostgreSQL
        pytest.fail(f"PostgreSQL needed for the assessment's dialect test: {e}")
    yield db.schema_url()
    db.drop()


def _fill(url: str, shared) -> Store:
    store = Store.open(url)
    doc = _seed_doc(shared)
    store.add_document(doc, Analysis(doc, "fr", True, ["nucléaire"], _gold_signals(doc.text)))
    return store


def _figures(rows):
    return {(r["actor"], r["target"], r["track"]): (r["score"], r["previous_score"], r["level"],
                                                     [s["id"] for s in r["signals"]])
            for r in rows}


@pytest.mark.postgres
def test_postgres_and_sqlite_agree(pg_url, shared, tmp_path):
    pg = _fill(pg_url, shared)
    lite = _fill(str(tmp_path / "lite.db"), shared)
    try:
        a = _figures(assess(pg.engine, AS_OF, 30, model=MODEL))
        b = _figures(assess(lite.engine, AS_OF, 30, model=MODEL))
        assert a.keys() == b.keys()
        for k in a:
            assert a[k][0] == pytest.approx(b[k][0], abs=1e-6), k
            assert a[k][1:] == b[k][1:], k
        assert a[("RUS", None, "declaratory")][2] != "quiet" and a[("RUS", None, "posture")][2] == "quiet"
        sp = series(pg.engine, MODEL, dt.date(2022, 10, 1), AS_OF, actor="RUS")
        sl = series(lite.engine, MODEL, dt.date(2022, 10, 1), AS_OF, actor="RUS")
        for t in sp.scores:
            assert sp.scores[t] == pytest.approx(sl.scores[t], abs=1e-9)
        html = render(build(pg.engine, MODEL, dt.date(2022, 10, 5), AS_OF), "html")
        assert "Russia: declaratory" in html
    finally:
        pg.close()
        lite.close()

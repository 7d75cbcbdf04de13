"""Crash safety: `nukewatch ingest` killed with SIGKILL at random moments, then run to completion,
ends with exactly the rows of a clean run (runs and timestamps aside), on SQLite and PostgreSQL."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nukewatch.store import Store
from nukewatch.store.testing import snapshot
from test_pipeline_support import build_corpus

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
KILLS = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    build_corpus(root, n_irrelevant=2500, n_stories=80, files=5)
    return root


def ingest_cmd(db: str, corpus: Path) -> list[str]:
    return [sys.executable, "-c", "from nukewatch.cli import main; main()", "ingest", "--db", db, "-q",
            "--batch-size", "25", "--analyzer", "test_pipeline_support:FakeAnalyzer", str(corpus)]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE), e.get("PYTHONPATH", "")])
    e["NUKEWATCH_FAKE_SLOW"] = "0.004"  # per relevant document: spreads commits over the run
    return e


def runs_started(db: str) -> int:
    """ingest_runs rows so far (0 while the store does not exist yet)."""
    import sqlalchemy as sa

    from nukewatch.store.engine import make_engine, resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite") and not Path(db).exists():
        return 0
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM ingest_runs")).scalar_one()
    except sa.exc.DBAPIError:
        return 0
    finally:
        engine.dispose()


def launch(db: str, corpus: Path) -> subprocess.Popen:
    """Start `nukewatch ingest` and return once its run row exists (it is then reading and storing)."""
    before = runs_started(db)
    p = subprocess.Popen(ingest_cmd(db, corpus), env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
    while p.poll() is None and runs_started(db) == before:
        time.sleep(0.01)
    return p


def run_clean(db: str, corpus: Path) -> float:
    """Run to completion; returns how long it worked after its run row appeared."""
    p = launch(db, corpus)
    t = time.monotonic()
    _, stderr = p.communicate(timeout=300)
    assert p.returncode == 1, stderr  # the corpus has one bad line: reported, exit 1, rest stored
    assert "invalid JSON" in stderr
    return time.monotonic() - t


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_sigkill_at_random_points_then_rerun_equals_clean_run(backend, corpus, tmp_path, request):
    def new_db(name: str) -> str:
        if backend == "sqlite":
            return str(tmp_path / f"{name}.db")
        return request.getfixturevalue("pg_db").schema_url()

    clean_db, killed_db = new_db("clean"), new_db("killed")
    duration = run_clean(clean_db, corpus)
    with Store.open(clean_db) as s:
        expected = snapshot(s)
        total = s.counts()["documents"]
    assert total > 2000 and expected["signals"] and expected["copies"]

    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    partial = []
    for _ in range(KILLS):
        p = launch(killed_db, corpus)
        time.sleep(rng.uniform(0, duration * 0.6))
        os.kill(p.pid, signal.SIGKILL)
        p.communicate()
        # killed; or, with most documents already stored by earlier attempts, finished first
        assert p.returncode in (-signal.SIGKILL, 1)
        with Store.open(killed_db) as s:
            partial.append(s.counts()["documents"])
    # the kills landed at different points; at least one in the middle of the ingestion
    print(f"seed {seed}: documents after each kill {partial} of {total}")
    assert any(0 < n < total for n in partial), (seed, partial, total)

    run_clean(killed_db, corpus)
    with Store.open(killed_db) as s:
        got = snapshot(s)
        runs = s.runs()
    for key in expected:
        assert got[key] == expected[key], (key, seed, partial)
    # killed runs are marked interrupted by the next open; the last one is done
    assert runs[-1].status == "done"
    assert {r.status for r in runs[:-1]} <= {"interrupted", "done"}
    assert sum(r.status == "interrupted" for r in runs[:-1]) >= 1

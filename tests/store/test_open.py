"""Opening stores: paths and URLs, SQLite settings, migrations from older revisions."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlalchemy as sa

from nukewatch.store import Store, resolve_url
from nukewatch.store import migrate
from nukewatch.store.schema import metadata


def test_resolve_url_paths_env_and_postgres(tmp_path, monkeypatch):
    monkeypatch.delenv("NUKEWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'nukewatch.db'}"
    assert resolve_url("x/y.db") == f"sqlite:///{tmp_path / 'x' / 'y.db'}"
    monkeypatch.setenv("NUKEWATCH_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(ValueError):
        resolve_url("mysql://u@h/db")
    with pytest.raises(ValueError):
        resolve_url("postgresql+psycopg2://u@h/db")


def test_open_default_creates_nukewatch_db_in_cwd(tmp_path, monkeypatch):
    monkeypatch.delenv("NUKEWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    with Store.open() as store:
        assert store.dialect == "sqlite"
        assert store.counts()["documents"] == 0
    assert (tmp_path / "nukewatch.db").is_file()


def test_sqlite_wal_foreign_keys_busy_timeout(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
        # foreign keys are enforced
        with pytest.raises(sa.exc.IntegrityError):
            with store.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO documents (content_hash, relevant, story_id) VALUES ('x', 0, 999)")


def test_fresh_store_is_created_by_migrations_at_head(db_url):
    with Store.open(db_url) as store:
        assert migrate.current(store.engine) == migrate.head() == "0004"
        names = set(sa.inspect(store.engine).get_table_names())
        assert {t.name for t in metadata.sorted_tables} <= names
        assert "alembic_version" in names


def test_schema_at_head_matches_metadata(db_url):
    """schema.py and the migrations describe the same tables, columns and indexes."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    # full-text objects are dialect-specific and deliberately outside the metadata
    def fts(d):
        s = repr(d)
        return "documents_fts" in s or "'tsv'" in s or "ix_documents_tsv" in s
    assert [d for d in diffs if not fts(d)] == []


def test_open_twice_is_idempotent_and_fast_path(db_url):
    Store.open(db_url).close()
    with Store.open(db_url) as store:
        assert migrate.current(store.engine) == "0004"


def test_open_without_upgrade_refuses_old_store(tmp_path):
    from nukewatch.store.engine import make_engine

    engine = make_engine(resolve_url(tmp_path / "old.db"))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    with pytest.raises(RuntimeError, match="schema revision"):
        Store.open(tmp_path / "old.db", upgrade=False)


def test_store_from_first_revision_upgrades_with_rows_intact(db_url, mk):
    """A store written by revision 0001 opens at head: rows kept, FTS and near-dup index backfilled."""
    from nukewatch.store.engine import make_engine

    engine = make_engine(resolve_url(db_url))
    assert migrate.upgrade(engine, "0001") == "0001"
    names = set(sa.inspect(engine).get_table_names())
    assert "lsh_bands" not in names and "document_copies" not in names
    doc, _ = mk()
    m = sa.MetaData()
    t = {n: sa.Table(n, m, autoload_with=engine) for n in
         ("outlets", "ingest_runs", "stories", "documents", "signals", "signal_evidence")}
    assert "minhash" not in t["documents"].c
    def ins(conn, table, **values):
        return conn.execute(t[table].insert().values(**values).returning(t[table].c.id)).scalar_one()

    with engine.begin() as conn:  # ids from the sequences, as the old version would have had them
        outlet = ins(conn, "outlets", name="reuters.com")
        run = ins(conn, "ingest_runs", started=dt.datetime(2022, 11, 2, tzinfo=dt.timezone.utc), sources=["old"],
                  status="done")
        story = ins(conn, "stories", first_published=dt.date(2022, 11, 2), title="old story")
        d1 = ins(conn, "documents", content_hash="a" * 64, url=doc.url, outlet_id=outlet, title="Old nuclear story",
                 language="en", published=dt.date(2022, 11, 2), relevant=True, terms=["nuclear"], text=doc.text,
                 story_id=story, ingest_run_id=run)
        ins(conn, "documents", content_hash="b" * 64, relevant=False)
        s1 = ins(conn, "signals", story_id=story, document_id=d1, type="THREAT", track="declaratory",
                 actor_code="RUS.HOS", actor_country="RUS", modality="asserted", hedged=False,
                 day=dt.date(2022, 11, 1), confidence=0.9, corroboration=1, signal_key="THREAT|RUS.HOS|UKR|asserted")
        ins(conn, "signal_evidence", signal_id=s1, document_id=d1, text="x", start=0, end=1)
    engine.dispose()

    with Store.open(db_url) as store:
        assert migrate.current(store.engine) == "0004"
        c = store.counts()
        assert (c["documents"], c["signals"], c["signal_evidence"], c["stories"], c["outlets"]) == (2, 1, 1, 1, 1)
        assert c["lsh_bands"] > 0  # backfilled for the document with text
        [row] = store.signals()
        assert (row.type, row.actor_code, row.url, row.outlet) == ("THREAT", "RUS.HOS", doc.url, "reuters.com")
        assert [h.document_id for h in store.search("tactical nuclear")] == [d1]
        [run] = store.runs()
        assert (run.status, run.sources, run.pid) == ("done", ["old"], None)
        # a near-duplicate written by the new version joins the old story, and its signal
        doc2, an2 = mk(text=doc.text.replace("Tuesday", "Wednesday"), url="https://apnews.com/2", key="d2")
        res = store.add_document(doc2, an2)
        assert (res.status, res.story_id, res.joined_story) == ("new", story, True)
        [row] = store.signals()
        assert row.corroboration == 2
        assert store.known_hash("a" * 64) and store.known_hash("b" * 64)

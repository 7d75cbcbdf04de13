"""Helpers for tests against the store: throwaway PostgreSQL databases and content snapshots.

PostgreSQL tests use `NUKEWATCH_TEST_PG_URL` (default
postgresql://postgres@127.0.0.1:5432/test) to create a uniquely named database
per test session (`PgTestDatabase.create()`, dropped by `drop()`), and one
fresh schema per test inside it (`schema_url()`: the URL selects the schema
through the connection's search_path).
"""
from __future__ import annotations

import os
import uuid
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from sqlalchemy import select

from .schema import document_copies, documents, lsh_bands, outlets, signal_evidence, signals, stories

PG_ENV = "NUKEWATCH_TEST_PG_URL"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
REQUIRE_ENV = "NUKEWATCH_REQUIRE_POSTGRES"


class PgUnavailable(RuntimeError):
    pass


def _with_path(url: str, dbname: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "/" + dbname, p.query, p.fragment))


class PgTestDatabase:
    """A uniquely named database on the test server, with one schema per test."""

    def __init__(self, admin_url: str, name: str) -> None:
        self.admin_url = admin_url
        self.name = name
        self.url = _with_path(admin_url, name)
        self._n = 0

    @classmethod
    def create(cls, admin_url: str | None = None) -> "PgTestDatabase":
        import psycopg

        admin_url = admin_url or os.environ.get(PG_ENV) or PG_DEFAULT
        admin_url = admin_url.replace("postgresql+psycopg://", "postgresql://")
        name = f"nukewatch_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        try:
            with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
        except psycopg.Error as e:
            raise PgUnavailable(f"PostgreSQL at {admin_url} unavailable: {e}".strip()) from e
        return cls(admin_url, name)

    def schema_url(self) -> str:
        """A URL to a new, empty schema of the test database."""
        import psycopg

        self._n += 1
        schema = f"t{self._n}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        sep = "&" if urlsplit(self.url).query else "?"
        return self.url + sep + "options=" + quote(f"-csearch_path={schema}", safe="")

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def snapshot(store: Any) -> dict[str, Any]:
    """The store's content by natural keys, without surrogate ids, runs or timestamps.

    Two stores built from the same input (one cleanly, one killed and resumed)
    must give equal snapshots. A story is named by the content hash of its
    first document; a signal by (story, signal_key).
    """
    with store.engine.connect() as conn:
        outlet = dict(conn.execute(select(outlets.c.id, outlets.c.name)).all())
        doc_hash = dict(conn.execute(select(documents.c.id, documents.c.content_hash)).all())
        first: dict[int, tuple[int, str]] = {}
        for did, sid, h in conn.execute(select(documents.c.id, documents.c.story_id, documents.c.content_hash)
                                        .where(documents.c.story_id.is_not(None))):
            if sid not in first or did < first[sid][0]:
                first[sid] = (did, h)
        story_key = {sid: h for sid, (_, h) in first.items()}
        snap: dict[str, Any] = {"outlets": sorted(outlet.values())}
        docs = {}
        for r in conn.execute(select(documents)).mappings():
            d = dict(r)
            h = d.pop("content_hash")
            for k in ("id", "fetched", "ingest_run_id"):
                d.pop(k)
            d["outlet"] = outlet.get(d.pop("outlet_id"))
            d["story"] = story_key.get(d.pop("story_id"))
            d["minhash"] = d["minhash"].hex() if d["minhash"] is not None else None
            d.pop("tsv", None)
            docs[h] = d
        snap["documents"] = docs
        snap["stories"] = {story_key.get(r.id, f"empty:{r.title}"): (r.first_published, r.title)
                           for r in conn.execute(select(stories))}
        sig_name = {}
        sigs = {}
        for r in conn.execute(select(signals)).mappings():
            d = dict(r)
            key = (story_key.get(d["story_id"]), d["signal_key"])
            sig_name[d.pop("id")] = key
            d.pop("story_id")
            d["document"] = doc_hash[d.pop("document_id")]
            sigs[key] = d
        snap["signals"] = sigs
        snap["evidence"] = sorted(
            (sig_name[r.signal_id], doc_hash[r.document_id], r.text, r.start, r.end)
            for r in conn.execute(select(signal_evidence)))
        snap["copies"] = sorted(
            (doc_hash[r.document_id], r.copy_key, r.url or "", outlet.get(r.outlet_id) or "", r.source or "",
             str(r.published)) for r in conn.execute(select(document_copies)))
        snap["lsh_bands"] = sorted((r.band, r.bucket, doc_hash[r.document_id]) for r in conn.execute(select(lsh_bands)))
    return snap

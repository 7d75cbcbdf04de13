"""The store: documents, stories, signals and their evidence, on SQLite or PostgreSQL.

SQLAlchemy Core only. Every write is one transaction: a document, its story
assignment, its LSH buckets, its signals and their evidence commit together
or not at all, so a process killed at any moment leaves the store as it was
after its last committed batch.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import asdict, dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import and_, bindparam, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine, make_url

from ..model import Analysis, Document, InputError, Signal
from . import dedup, migrate
from .engine import WRITE, make_engine, resolve_url
from .schema import (
    document_copies,
    documents,
    ingest_runs,
    lsh_bands,
    outlets,
    signal_evidence,
    signal_key,
    signals,
    stories,
)

RunStatus = Literal["running", "done", "failed", "interrupted"]
_CHUNK = 500  # ids per IN (...) list
_JSON_COLUMNS = ("terms", "gdelt")


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What storing one document did."""

    status: Literal["new", "duplicate"]
    document_id: int | None  # the stored document (for a duplicate: the original); None for new
    # irrelevant documents inserted in bulk on SQLite, and for in-batch repeats of them
    relevant: bool = False
    story_id: int | None = None
    joined_story: bool = False  # near-duplicate of a document already in that story
    new_signals: int = 0  # signal rows created
    merged_signals: int = 0  # signals merged into an existing row of the story
    copy_added: bool = False  # a duplicate seen under a new URL/outlet, recorded in document_copies


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    document_id: int
    url: str | None
    outlet: str | None
    text: str
    start: int
    end: int


@dataclass(slots=True)
class SignalRecord:
    """A stored signal with the metadata of its first carrying document and all its evidence."""

    id: int
    story_id: int
    type: str
    track: str
    actor_code: str | None
    actor_country: str | None
    actor_role: str | None
    actor_text: str | None
    target_code: str | None
    target_country: str | None
    target_text: str | None
    modality: str
    hedged: bool
    attributed_code: str | None
    attributed_text: str | None
    date: str | None
    day: dt.date
    quantity_value: float | None
    quantity_approx: bool | None
    quantity_unit: str | None
    confidence: float
    corroboration: int
    signal_key: str
    document_id: int
    url: str | None
    outlet: str | None
    title: str | None
    published: dt.date | None
    language: str | None
    story_title: str | None
    story_first_published: dt.date | None
    evidence: list[EvidenceRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("day", "published", "story_first_published"):
            if d[k] is not None:
                d[k] = d[k].isoformat()
        return d


@dataclass(frozen=True, slots=True)
class RunRecord:
    id: int
    started: dt.datetime
    finished: dt.datetime | None
    status: str
    sources: list[str]
    counts: dict[str, int] | None
    errors: list[dict[str, str]] | None
    pid: int | None
    host: str | None


def outlet_name(doc: Document) -> str | None:
    """The outlet: as the reader gave it, else the URL's host without `www.`."""
    if doc.outlet:
        return doc.outlet.strip()[:255] or None
    if doc.url:
        host = _host(doc.url)
        if host:
            return (host[4:] if host.startswith("www.") else host)[:255]
    return None


def _host(url: str) -> str | None:
    """The lowercased host of an http(s) URL; a fast path for the common case, urlsplit otherwise."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in ("http", "https"):
        netloc = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        if netloc and not any(c in netloc for c in "@[]%\\ "):
            return netloc.split(":", 1)[0].lower() or None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def signal_day(date: str | None, published: dt.date | None) -> dt.date:
    """The first day of the signal's coded date, else the publication date, else today (UTC)."""
    if date:
        parts = date.split("-")
        try:
            y = int(parts[0])
            m = int(parts[1]) if len(parts) > 1 else 1
            d = int(parts[2]) if len(parts) > 2 else 1
            return dt.date(y, m, d)
        except (ValueError, IndexError):
            pass
    return published or dt.datetime.now(dt.timezone.utc).date()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _chunks(seq: Sequence, n: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class Store:
    """A nukewatch store. Open with `Store.open(path_or_url)`; use as a context manager or call `close()`."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name
        self._outlets: dict[str, int] = {}  # committed outlet ids
        self._host = socket.gethostname()[:255]

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, url_or_path: str | os.PathLike | None = None, *, upgrade: bool = True,
             create: bool = True) -> "Store":
        """Open (creating or upgrading by migrations) the store at a path or URL.

        None means $NUKEWATCH_DB, else ./nukewatch.db. A plain path is SQLite;
        `postgresql://` URLs use psycopg 3. `create=False`: a missing SQLite
        file raises FileNotFoundError instead of becoming an empty store. Runs
        left 'running' by a process of this host that no longer exists are
        marked 'interrupted'.
        """
        url = resolve_url(url_or_path)
        u = make_url(url)
        if not create and u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:" \
                and not os.path.exists(u.database):
            raise FileNotFoundError(f"no store at {u.database}")
        engine = make_engine(url)
        try:
            if upgrade:
                migrate.upgrade(engine)
            elif migrate.current(engine) != migrate.head():
                raise RuntimeError(f"store at {url} is not at the current schema revision")
            store = cls(engine, url)
            store.reap_runs()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A writing transaction (SQLite: BEGIN IMMEDIATE). Commits on success, rolls back on error."""
        pending: dict[str, int] = {}
        with self.engine.connect().execution_options(**{WRITE: True}) as conn:
            with conn.begin():
                conn.info["nw_outlets"] = pending
                try:
                    yield conn
                finally:
                    conn.info.pop("nw_outlets", None)
        self._outlets.update(pending)  # only ids that were committed

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    # ------------------------------------------------------------------ runs
    def begin_run(self, sources: Iterable[str]) -> int:
        with self._write() as conn:
            return conn.execute(
                insert(ingest_runs).values(started=_now(), sources=[str(s) for s in sources], status="running",
                                           pid=os.getpid(), host=self._host).returning(ingest_runs.c.id)
            ).scalar_one()

    def finish_run(self, run_id: int, counts: dict[str, int], errors: Sequence[InputError | dict[str, str]] = (),
                   status: RunStatus = "done") -> None:
        errs = [e if isinstance(e, dict) else {"source": e.source, "message": e.message} for e in errors]
        with self._write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id)
                         .values(finished=_now(), counts=dict(counts), errors=errs, status=status))

    def reap_runs(self) -> list[int]:
        """Mark 'interrupted' the runs still 'running' whose process (on this host) is gone."""
        with self._read() as conn:
            rows = conn.execute(select(ingest_runs.c.id, ingest_runs.c.pid)
                                .where(ingest_runs.c.status == "running", ingest_runs.c.host == self._host)).all()
        dead = [rid for rid, pid in rows if pid is not None and not _alive(pid)]
        if dead:
            with self._write() as conn:
                conn.execute(update(ingest_runs)
                             .where(ingest_runs.c.id.in_(dead), ingest_runs.c.status == "running")
                             .values(status="interrupted", finished=_now()))
        return dead

    def runs(self) -> list[RunRecord]:
        with self._read() as conn:
            rows = conn.execute(select(ingest_runs).order_by(ingest_runs.c.id)).mappings().all()
        return [RunRecord(**{k: r[k] for k in RunRecord.__slots__}) for r in rows]

    # ------------------------------------------------------------------ dedup lookups
    def known_hash(self, content_hash: str) -> bool:
        return bool(self.known_hashes([content_hash]))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of `hashes` already stored."""
        hs = list(set(hashes))
        found: set[str] = set()
        with self._read() as conn:
            for chunk in _chunks(hs):
                found.update(conn.execute(select(documents.c.content_hash)
                                          .where(documents.c.content_hash.in_(chunk))).scalars())
        return found

    # ------------------------------------------------------------------ writing
    def add_document(self, doc: Document, analysis: Analysis, content_hash: str | None = None,
                     run_id: int | None = None, *, analyzer_version: str | None = None) -> DocumentResult:
        """Store one document (and its signals) in its own transaction."""
        return self.add_documents([(doc, analysis, content_hash)], run_id, analyzer_version=analyzer_version)[0]

    def add_documents(self, items: Sequence[tuple[Document, Analysis | None, str | None]], run_id: int | None = None,
                      *, analyzer_version: str | None = None) -> list[DocumentResult]:
        """Store documents in one transaction, in order; returns one result per item.

        A document whose content hash is already stored (or earlier in `items`)
        is a duplicate: nothing is added, except that a relevant original seen
        under a new URL or outlet records it in `document_copies` and its
        signals' corroboration is recomputed. Irrelevant documents keep no
        text and are inserted in bulk.
        """
        if not items:
            return []
        # the analyzed document wins (a quick-path document comes back fully extracted: text, title,
        # date); the hash stays the one of the document as read, which is what a re-run computes
        prepared = [(an.document if an is not None and an.document is not None else doc, an,
                     h or dedup.content_hash(doc.text)) for doc, an, h in items]
        with self._write() as conn:
            known: dict[str, tuple[int, str | None, int | None, bool]] = {}
            hashes = list({h for _, _, h in prepared})
            for chunk in _chunks(hashes):
                for row in conn.execute(select(documents.c.content_hash, documents.c.id, documents.c.url,
                                               documents.c.outlet_id, documents.c.relevant)
                                        .where(documents.c.content_hash.in_(chunk))):
                    known[row[0]] = (row[1], row[2], row[3], bool(row[4]))
            results: list[DocumentResult | None] = [None] * len(prepared)
            bulk: list[tuple[int, dict[str, Any]]] = []
            bulk_hashes: set[str] = set()
            for i, (doc, an, h) in enumerate(prepared):
                if h in known:
                    results[i] = self._duplicate(conn, doc, known[h], run_id)
                elif h in bulk_hashes:
                    results[i] = DocumentResult("duplicate", None, relevant=False)
                elif an is not None and an.relevant:
                    res = self._insert_relevant(conn, doc, an, h, run_id, analyzer_version)
                    if res.status == "new":
                        known[h] = (res.document_id, doc.url, self._outlet_id(conn, outlet_name(doc)), True)
                    results[i] = res
                else:
                    bulk.append((i, self._document_row(conn, doc, an, h, run_id, analyzer_version)))
                    bulk_hashes.add(h)
            if bulk:
                ids = self._insert_bulk(conn, [row for _, row in bulk])
                for i, row in bulk:
                    h = row["content_hash"]
                    results[i] = (DocumentResult("new", ids[h], relevant=False) if h in ids
                                  else DocumentResult("duplicate", None, relevant=False))
        return [r for r in results if r is not None]

    def _outlet_id(self, conn: Connection, name: str | None) -> int | None:
        if not name:
            return None
        oid = self._outlets.get(name)
        if oid is not None:
            return oid
        pending: dict[str, int] = conn.info["nw_outlets"]
        oid = pending.get(name)
        if oid is not None:
            return oid
        oid = conn.execute(select(outlets.c.id).where(outlets.c.name == name)).scalar()
        if oid is None:
            conn.execute(_insert(conn, outlets).values(name=name).on_conflict_do_nothing(index_elements=["name"]))
            oid = conn.execute(select(outlets.c.id).where(outlets.c.name == name)).scalar_one()
            pending[name] = oid
        else:
            self._outlets[name] = oid  # committed by someone else: safe to cache
        return oid

    def _document_row(self, conn: Connection, doc: Document, an: Analysis | None, h: str, run_id: int | None,
                      analyzer_version: str | None) -> dict[str, Any]:
        relevant = bool(an and an.relevant)
        analyzed = an.document if an is not None else doc
        fetched = doc.meta.get("fetched") if doc.meta else None
        gdelt = doc.meta.get("gdelt") if doc.meta else None
        row = {
            "content_hash": h,
            "doc_key": (doc.id or None) and str(doc.id)[:512],
            "url": doc.url,
            "outlet_id": self._outlet_id(conn, outlet_name(doc)),
            "title": doc.title,
            "language": ((an.language if an is not None else None) or doc.language or None),
            "published": doc.published,
            "fetched": fetched if isinstance(fetched, dt.datetime) else None,
            "source": doc.source or None,
            "relevant": relevant,
            "terms": (list(an.terms) if an is not None and an.terms else None),
            "text": analyzed.text if relevant else None,
            "story_id": None,
            "gdelt": gdelt if isinstance(gdelt, dict) else None,
            "ingest_run_id": run_id,
            "analyzer_version": analyzer_version,
            "minhash": None,
        }
        for k in _JSON_COLUMNS:  # absent, not JSON 'null': SQL NULL, and no encoding cost
            if row[k] is None:
                del row[k]
        return row

    def _insert_bulk(self, conn: Connection, rows: list[dict[str, Any]]) -> dict[str, int | None]:
        """Insert rows of documents not in the store; returns the content hashes inserted (-> id if known).

        SQLite: the writing transaction holds the write lock since BEGIN
        IMMEDIATE and the hashes were checked inside it, so every row is new:
        a plain executemany (no RETURNING) is several times faster. PostgreSQL:
        a concurrent writer may have stored one meanwhile: ON CONFLICT DO
        NOTHING RETURNING tells which rows went in.
        """
        if conn.dialect.name == "sqlite":
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for r in rows:  # rows without terms/gdelt leave them out (executemany needs one key set)
                groups.setdefault(tuple(r), []).append(r)
            for group in groups.values():
                conn.execute(insert(documents), group)
            return {r["content_hash"]: None for r in rows}
        stmt = (_insert(conn, documents).on_conflict_do_nothing(index_elements=["content_hash"])
                .returning(documents.c.content_hash, documents.c.id))
        return {h: i for h, i in conn.execute(stmt, rows)}

    def _insert_relevant(self, conn: Connection, doc: Document, an: Analysis, h: str, run_id: int | None,
                         analyzer_version: str | None) -> DocumentResult:
        row = self._document_row(conn, doc, an, h, run_id, analyzer_version)
        sig = dedup.signature(row["text"] or "")
        story_id, joined = self._story_for(conn, sig, doc)
        row["story_id"] = story_id
        row["minhash"] = dedup.to_bytes(sig) if sig is not None else None
        doc_id = conn.execute(_insert(conn, documents).values(**row)
                              .on_conflict_do_nothing(index_elements=["content_hash"])
                              .returning(documents.c.id)).scalar()
        if doc_id is None:  # a concurrent writer stored it first (PostgreSQL)
            if not joined:
                conn.execute(stories.delete().where(stories.c.id == story_id))
            return DocumentResult("duplicate", None, relevant=True)
        if sig is not None:
            conn.execute(insert(lsh_bands), [{"band": b, "bucket": k, "document_id": doc_id}
                                             for b, k in dedup.band_keys(sig)])
        new, merged = self._add_signals(conn, doc_id, story_id, doc, an.events)
        return DocumentResult("new", doc_id, relevant=True, story_id=story_id, joined_story=joined,
                              new_signals=new, merged_signals=merged)

    def _story_for(self, conn: Connection, sig: Any, doc: Document) -> tuple[int, bool]:
        """The story of the most similar stored document (estimated Jaccard >= threshold), else a new one."""
        if sig is not None:
            params = {}
            for b, k in dedup.band_keys(sig):
                params[f"b{b}"], params[f"k{b}"] = b, k
            cands = conn.execute(_stmt_candidates(), params).all()
            best: tuple[float, int] | None = None
            for _, blob, story_id in cands:
                if blob is None or story_id is None:
                    continue
                sim = dedup.jaccard(sig, dedup.from_bytes(blob))
                if sim >= dedup.THRESHOLD and (best is None or (-sim, story_id) < (-best[0], best[1])):
                    best = (sim, story_id)
            if best is not None:
                story_id = best[1]
                if doc.published is not None:
                    conn.execute(update(stories).where(
                        stories.c.id == story_id,
                        or_(stories.c.first_published.is_(None), stories.c.first_published > doc.published),
                    ).values(first_published=doc.published))
                return story_id, True
        story_id = conn.execute(insert(stories).values(first_published=doc.published, title=doc.title)
                                .returning(stories.c.id)).scalar_one()
        return story_id, False

    def _add_signals(self, conn: Connection, doc_id: int, story_id: int, doc: Document,
                     events: Sequence[Signal]) -> tuple[int, int]:
        new = merged = 0
        touched: list[int] = []
        for s in events:
            actor = s.actor.code if s.actor else None
            target = s.target.code if s.target else None
            key = signal_key(s.type, actor, target, s.modality)
            existing = conn.execute(_stmt_signal_lookup(), {"story": story_id, "key": key}).first()
            if existing is None:
                q = s.quantity
                sid = conn.execute(_stmt_signal_insert(conn.dialect.name), dict(
                    story_id=story_id, document_id=doc_id, type=s.type, track=s.track,
                    actor_code=actor, actor_country=s.actor.country if s.actor else None,
                    actor_role=s.actor.role if s.actor else None, actor_text=s.actor.text if s.actor else None,
                    target_code=target, target_country=s.target.country if s.target else None,
                    target_text=s.target.text if s.target else None, modality=s.modality, hedged=bool(s.hedged),
                    attributed_code=s.attributed_to.code if s.attributed_to else None,
                    attributed_text=s.attributed_to.text if s.attributed_to else None,
                    date=s.date, day=signal_day(s.date, doc.published),
                    quantity_value=q.value if q else None, quantity_approx=q.approx if q else None,
                    quantity_unit=q.unit if q else None, confidence=float(s.confidence), corroboration=1,
                    signal_key=key,
                )).scalar()
                if sid is not None:
                    new += 1
                else:  # inserted concurrently (PostgreSQL): merge into it
                    existing = conn.execute(_stmt_signal_lookup(), {"story": story_id, "key": key}).one()
            if existing is not None:
                sid = existing[0]
                values: dict[str, Any] = {}
                if float(s.confidence) > existing[1]:
                    values["confidence"] = float(s.confidence)
                if existing[2] and not s.hedged:
                    values["hedged"] = False  # one carrier stating it plainly
                if existing[3] is None and s.date:
                    values["date"] = s.date
                if values:
                    conn.execute(update(signals).where(signals.c.id == sid).values(**values))
                merged += 1
            ev = s.evidence or []
            rows = [{"signal_id": sid, "document_id": doc_id, "text": e.text, "start": e.start, "end": e.end}
                    for e in ev] or [{"signal_id": sid, "document_id": doc_id, "text": "", "start": 0, "end": 0}]
            conn.execute(_stmt_evidence_insert(conn.dialect.name), rows)
            touched.append(sid)
        self._recount(conn, touched)
        return new, merged

    def _recount(self, conn: Connection, signal_ids: Iterable[int]) -> None:
        """corroboration = distinct outlets among the documents (and their copies) carrying the signal, min 1."""
        ids = sorted(set(signal_ids))
        count_stmt, current_stmt, update_stmt = _stmts_recount()
        for chunk in _chunks(ids):
            counts = dict(conn.execute(count_stmt, {"ids": list(chunk)}).all())
            cur = dict(conn.execute(current_stmt, {"ids": list(chunk)}).all())
            changes = [{"sid": sid, "n": n} for sid in chunk
                       if cur.get(sid) != (n := max(1, int(counts.get(sid, 0))))]
            if changes:
                conn.execute(update_stmt, changes)

    def _duplicate(self, conn: Connection, doc: Document, orig: tuple[int, str | None, int | None, bool],
                   run_id: int | None) -> DocumentResult:
        doc_id, orig_url, orig_outlet, relevant = orig
        if not relevant:
            return DocumentResult("duplicate", doc_id, relevant=False)
        name = outlet_name(doc)
        if doc.url:
            if doc.url == orig_url:
                return DocumentResult("duplicate", doc_id, relevant=True)
            key = doc.url[:600]
        elif name:
            key = "outlet:" + name
        else:
            return DocumentResult("duplicate", doc_id, relevant=True)
        oid = self._outlet_id(conn, name)
        if not doc.url and oid == orig_outlet:
            return DocumentResult("duplicate", doc_id, relevant=True)
        added = conn.execute(_insert(conn, document_copies).values(
            document_id=doc_id, copy_key=key, url=doc.url, outlet_id=oid, source=doc.source or None,
            published=doc.published, ingest_run_id=run_id,
        ).on_conflict_do_nothing(index_elements=["document_id", "copy_key"]).returning(document_copies.c.id)).scalar()
        if added is not None and oid is not None:
            sids = conn.execute(select(signal_evidence.c.signal_id).distinct()
                                .where(signal_evidence.c.document_id == doc_id)).scalars().all()
            self._recount(conn, sids)
        return DocumentResult("duplicate", doc_id, relevant=True, copy_added=added is not None)

    # ------------------------------------------------------------------ reading
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over documents that keep their text (title and text), best first.

        Query: words (all must occur), "quoted phrases", OR between
        alternatives; on SQLite a trailing * matches a prefix.
        """
        if not query.strip():
            return []
        with self._read() as conn:
            if self.dialect == "sqlite":
                q = fts5_query(query)
                if not q:
                    return []
                rows = conn.execute(text(
                    "SELECT d.id, d.title, d.url, o.name, d.published, "
                    "snippet(documents_fts, 1, '[', ']', '…', 24) AS snip, bm25(documents_fts, 4.0, 1.0) AS score "
                    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                    "LEFT JOIN outlets o ON o.id = d.outlet_id "
                    "WHERE documents_fts MATCH :q ORDER BY score, d.id LIMIT :n"
                ).columns(published=documents.c.published.type), {"q": q, "n": limit}).all()
                return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", -float(r[6])) for r in rows]
            rows = conn.execute(text(
                "SELECT m.id, m.title, m.url, o.name, m.published, "
                "ts_headline('simple', m.text, m.q, 'StartSel=[, StopSel=], MaxWords=35, MinWords=15, "
                "MaxFragments=2, FragmentDelimiter=\" … \"') AS snip, m.score "
                "FROM (SELECT d.id, d.title, d.url, d.outlet_id, d.published, d.text, q.q, "
                "      ts_rank(d.tsv, q.q) AS score "
                "      FROM documents d CROSS JOIN websearch_to_tsquery('simple', :q) AS q(q) "
                "      WHERE d.tsv @@ q.q ORDER BY score DESC, d.id LIMIT :n) m "
                "LEFT JOIN outlets o ON o.id = m.outlet_id ORDER BY m.score DESC, m.id"
            ), {"q": query, "n": limit}).all()
            return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", float(r[6])) for r in rows]

    def iter_signals(self, since: dt.date | None = None, type: str | None = None, actor: str | None = None,
                     until: dt.date | None = None) -> Iterator[SignalRecord]:
        """Stored signals (day >= since, day <= until, type, actor: `CCC` matches the country,
        `CCC.ROLE` the exact code), by day then id, with document metadata and evidence."""
        d, o, st = documents, outlets, stories
        q = (select(signals, d.c.url, o.c.name.label("outlet"), d.c.title, d.c.published, d.c.language,
                    st.c.title.label("story_title"), st.c.first_published.label("story_first_published"))
             .join(d, d.c.id == signals.c.document_id)
             .join(st, st.c.id == signals.c.story_id)
             .outerjoin(o, o.c.id == d.c.outlet_id))
        if since is not None:
            q = q.where(signals.c.day >= since)
        if until is not None:
            q = q.where(signals.c.day <= until)
        if type:
            q = q.where(signals.c.type == type.upper())
        if actor:
            actor = actor.upper()
            q = q.where(signals.c.actor_code == actor if "." in actor else signals.c.actor_country == actor)
        q = q.order_by(signals.c.day, signals.c.id)
        names = [f for f in SignalRecord.__slots__ if f != "evidence"]
        with self._read() as conn:
            result = conn.execute(q).mappings()
            while True:
                batch = result.fetchmany(_CHUNK)
                if not batch:
                    break
                recs = [SignalRecord(**{k: r[k] for k in names}) for r in batch]
                by_id = {r.id: r for r in recs}
                ev = (select(signal_evidence.c.signal_id, signal_evidence.c.document_id, d.c.url,
                             o.c.name, signal_evidence.c.text, signal_evidence.c.start, signal_evidence.c.end)
                      .join(d, d.c.id == signal_evidence.c.document_id)
                      .outerjoin(o, o.c.id == d.c.outlet_id)
                      .where(signal_evidence.c.signal_id.in_(list(by_id)))
                      .order_by(signal_evidence.c.signal_id, signal_evidence.c.document_id,
                                signal_evidence.c.start))
                for row in conn.execute(ev):
                    by_id[row[0]].evidence.append(EvidenceRecord(*row[1:]))
                yield from recs

    def signals(self, since: dt.date | None = None, type: str | None = None, actor: str | None = None,
                until: dt.date | None = None) -> list[SignalRecord]:
        return list(self.iter_signals(since=since, type=type, actor=actor, until=until))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        with self._read() as conn:
            for t in (outlets, ingest_runs, stories, documents, document_copies, signals, signal_evidence,
                      lsh_bands):
                out[t.name] = conn.execute(select(func.count()).select_from(t)).scalar_one()
        return out


@lru_cache(maxsize=None)
def _stmt_candidates():  # noqa: ANN202
    """Documents sharing an LSH bucket with the bound signature (b0..bN, k0..kN), in id order."""
    bands, _ = dedup.lsh_params()
    cond = or_(*(and_(lsh_bands.c.band == bindparam(f"b{i}"), lsh_bands.c.bucket == bindparam(f"k{i}"))
                 for i in range(bands)))
    return (select(documents.c.id, documents.c.minhash, documents.c.story_id)
            .where(documents.c.id.in_(select(lsh_bands.c.document_id).where(cond)))
            .order_by(documents.c.id))


@lru_cache(maxsize=None)
def _stmt_signal_lookup():  # noqa: ANN202
    return (select(signals.c.id, signals.c.confidence, signals.c.hedged, signals.c.date)
            .where(signals.c.story_id == bindparam("story"), signals.c.signal_key == bindparam("key")))


@lru_cache(maxsize=None)
def _stmt_signal_insert(dialect: str):  # noqa: ANN202
    return (_dialect_insert(dialect, signals).on_conflict_do_nothing(index_elements=["story_id", "signal_key"])
            .returning(signals.c.id))


@lru_cache(maxsize=None)
def _stmt_evidence_insert(dialect: str):  # noqa: ANN202
    return _dialect_insert(dialect, signal_evidence).on_conflict_do_nothing(
        index_elements=["signal_id", "document_id", "start"])


@lru_cache(maxsize=None)
def _stmts_recount():  # noqa: ANN202
    ids = bindparam("ids", expanding=True)
    direct = (select(signal_evidence.c.signal_id.label("sid"), documents.c.outlet_id.label("oid"))
              .join(documents, documents.c.id == signal_evidence.c.document_id)
              .where(signal_evidence.c.signal_id.in_(ids)))
    copies = (select(signal_evidence.c.signal_id.label("sid"), document_copies.c.outlet_id.label("oid"))
              .join(document_copies, document_copies.c.document_id == signal_evidence.c.document_id)
              .where(signal_evidence.c.signal_id.in_(ids)))
    u = direct.union(copies).subquery()
    count = select(u.c.sid, func.count(func.distinct(u.c.oid))).group_by(u.c.sid)
    current = select(signals.c.id, signals.c.corroboration).where(signals.c.id.in_(ids))
    upd = update(signals).where(signals.c.id == bindparam("sid")).values(corroboration=bindparam("n"))
    return count, current, upd


def _dialect_insert(dialect: str, table):  # noqa: ANN001, ANN202
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _insert(conn: Connection, table):  # noqa: ANN001, ANN202
    """A dialect insert (with on_conflict_do_nothing)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fts5_query(query: str) -> str:
    """A safe FTS5 query from user input: every word and "phrase" quoted (so no syntax error),
    OR kept as the operator, a trailing * kept as a prefix match."""
    import re

    parts = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', query):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if phrase.strip():
                parts.append('"' + phrase.replace('"', '""') + '"')
        elif word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
        else:
            star = word.endswith("*") and len(word) > 1
            w = word.rstrip("*") if star else word
            w = w.replace('"', "")  # a stray quote: dropped
            if w:
                parts.append(f'"{w}"' + ("*" if star else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    while parts and parts[0] == "OR":
        parts.pop(0)
    return " ".join(parts)

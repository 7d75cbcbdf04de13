"""The store's schema: one SQLAlchemy Core metadata for SQLite and PostgreSQL.

Changes go through an Alembic migration (nukewatch/store/migrations) so that an
older store opens in a newer version.

Shape, and why:
- `documents` keeps every document seen, relevant or not; irrelevant ones keep
  no text but keep `url` and `content_hash`, which is what re-runs need to
  recognise them.
- `stories` groups near-duplicates (a wire story republished by many outlets).
- `signals` holds one row per (story, type, actor, target, modality): the same
  signal repeated across a story is one signal; `corroboration` counts the
  distinct outlets that carried it. Its sentences live in `signal_evidence`,
  one row per document and sentence, so every figure is traceable.
- `ingest_runs` records what each run read, its counts and its errors, and
  which process ran it (`pid`, `host`), so that the next open can tell a run
  killed mid-way ("interrupted") from one still going.

Added by the store for deduplication (migration 0002) and runs (0004):
- `documents.minhash`: the MinHash signature (128 x uint32, little-endian) of
  documents that keep their text, and `lsh_bands`: its LSH band buckets, the
  persistent near-duplicate index (see nukewatch/store/dedup.py).
- `document_copies`: an exact duplicate seen under another URL or outlet is
  stored once, but where else it appeared is kept: a wire copy in another
  outlet corroborates the signals of the document.
Full-text search (migration 0003) lives outside this metadata because it is
dialect-specific: an FTS5 external-content table `documents_fts` with triggers
on SQLite, a generated `tsv` tsvector column with a GIN index on PostgreSQL.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

outlets = Table(
    "outlets", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), nullable=False, unique=True),  # host name or feed title
    Column("credibility", Float, nullable=True),  # overrides the assessment default
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("sources", JSON, nullable=False),  # what was asked to be read
    Column("status", String(16), nullable=False, default="running"),  # running|done|failed|interrupted
    Column("counts", JSON),  # read, new, duplicate, relevant, signals, errors
    Column("errors", JSON),  # list of {"source", "message"}
    Column("pid", Integer),  # the process that ran it (0004)
    Column("host", String(255)),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("first_published", Date),
    Column("title", Text),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),  # sha256 of normalized text
    Column("doc_key", String(512)),  # the input's own id, if any
    Column("url", Text),
    Column("outlet_id", Integer, ForeignKey("outlets.id")),
    Column("title", Text),
    Column("language", String(8)),
    Column("published", Date),
    Column("fetched", DateTime(timezone=True)),
    Column("source", Text),  # path, path:line, URL, warc record
    Column("relevant", Boolean, nullable=False, default=False),
    Column("terms", JSON),  # triage terms that made it relevant
    Column("text", Text),  # null for irrelevant documents
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("gdelt", JSON),  # GDELT stub fields (event code, actors...) when it came from an export
    Column("ingest_run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("analyzer_version", String(32)),
    Column("minhash", LargeBinary),  # 128 x uint32 little-endian, documents with text only (0002)
)
Index("ix_documents_url", documents.c.url)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_story", documents.c.story_id)

signals = Table(
    "signals", metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),  # first carrier
    Column("type", String(24), nullable=False),
    Column("track", String(16), nullable=False),
    Column("actor_code", String(24)),  # CCC or CCC.ROLE
    Column("actor_country", String(8)),  # the part before the dot
    Column("actor_role", String(8)),
    Column("actor_text", Text),
    Column("target_code", String(24)),
    Column("target_country", String(8)),
    Column("target_text", Text),
    Column("modality", String(16), nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("attributed_code", String(24)),
    Column("attributed_text", Text),
    Column("date", String(10)),  # YYYY-MM-DD, YYYY-MM or YYYY as coded
    Column("day", Date, nullable=False),  # date's first day, else the document's publication date
    Column("quantity_value", Float),
    Column("quantity_approx", Boolean),
    Column("quantity_unit", Text),
    Column("confidence", Float, nullable=False),
    Column("corroboration", Integer, nullable=False, default=1),  # distinct outlets
    # merge key within a story: a re-run or a wire copy finds the same row
    Column("signal_key", String(200), nullable=False),
    UniqueConstraint("story_id", "signal_key", name="uq_signals_story_key"),
)
Index("ix_signals_actor_day", signals.c.actor_country, signals.c.day)
Index("ix_signals_day", signals.c.day)
Index("ix_signals_type", signals.c.type)

signal_evidence = Table(
    "signal_evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("signal_id", Integer, ForeignKey("signals.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("signal_id", "document_id", "start", name="uq_evidence"),
)
Index("ix_evidence_document", signal_evidence.c.document_id)


document_copies = Table(
    "document_copies", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("copy_key", String(600), nullable=False),  # the URL, else "outlet:" + outlet name
    Column("url", Text),
    Column("outlet_id", Integer, ForeignKey("outlets.id")),
    Column("source", Text),
    Column("published", Date),
    Column("ingest_run_id", Integer, ForeignKey("ingest_runs.id")),
    UniqueConstraint("document_id", "copy_key", name="uq_document_copies"),
)

lsh_bands = Table(
    "lsh_bands", metadata,
    Column("band", SmallInteger, primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


def signal_key(type_: str, actor_code: str | None, target_code: str | None, modality: str) -> str:
    """The merge key of a signal within a story (spec: merged per type, actor, target, modality)."""
    return f"{type_}|{actor_code or '-'}|{target_code or '-'}|{modality}"

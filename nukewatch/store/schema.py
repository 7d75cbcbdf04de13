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
- `ingest_runs` records what each run read, its counts and its errors.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
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
    Column("status", String(16), nullable=False, default="running"),  # running|done|failed
    Column("counts", JSON),  # read, new, duplicate, relevant, signals, errors
    Column("errors", JSON),  # list of {"source", "message"}
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


def signal_key(type_: str, actor_code: str | None, target_code: str | None, modality: str) -> str:
    """The merge key of a signal within a story (spec: merged per type, actor, target, modality)."""
    return f"{type_}|{actor_code or '-'}|{target_code or '-'}|{modality}"

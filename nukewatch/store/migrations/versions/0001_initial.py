"""Initial schema: outlets, ingest runs, stories, documents, signals, evidence.

Spelled out here rather than taken from schema.py, so that this revision keeps
creating the first version of the schema whatever schema.py becomes.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("credibility", sa.Float, nullable=True),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True)),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("counts", sa.JSON),
        sa.Column("errors", sa.JSON),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_published", sa.Date),
        sa.Column("title", sa.Text),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("doc_key", sa.String(512)),
        sa.Column("url", sa.Text),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id")),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("published", sa.Date),
        sa.Column("fetched", sa.DateTime(timezone=True)),
        sa.Column("source", sa.Text),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("terms", sa.JSON),
        sa.Column("text", sa.Text),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id")),
        sa.Column("gdelt", sa.JSON),
        sa.Column("ingest_run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("analyzer_version", sa.String(32)),
    )
    op.create_index("ix_documents_url", "documents", ["url"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_story", "documents", ["story_id"])
    op.create_table(
        "signals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("type", sa.String(24), nullable=False),
        sa.Column("track", sa.String(16), nullable=False),
        sa.Column("actor_code", sa.String(24)),
        sa.Column("actor_country", sa.String(8)),
        sa.Column("actor_role", sa.String(8)),
        sa.Column("actor_text", sa.Text),
        sa.Column("target_code", sa.String(24)),
        sa.Column("target_country", sa.String(8)),
        sa.Column("target_text", sa.Text),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("attributed_code", sa.String(24)),
        sa.Column("attributed_text", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("quantity_value", sa.Float),
        sa.Column("quantity_approx", sa.Boolean),
        sa.Column("quantity_unit", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("signal_key", sa.String(200), nullable=False),
        sa.UniqueConstraint("story_id", "signal_key", name="uq_signals_story_key"),
    )
    op.create_index("ix_signals_actor_day", "signals", ["actor_country", "day"])
    op.create_index("ix_signals_day", "signals", ["day"])
    op.create_index("ix_signals_type", "signals", ["type"])
    op.create_table(
        "signal_evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("signal_id", sa.Integer, sa.ForeignKey("signals.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.UniqueConstraint("signal_id", "document_id", "start", name="uq_evidence"),
    )
    op.create_index("ix_evidence_document", "signal_evidence", ["document_id"])


def downgrade() -> None:
    for name in ("signal_evidence", "signals", "documents", "stories", "ingest_runs", "outlets"):
        op.drop_table(name)

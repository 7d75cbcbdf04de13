"""Near-duplicate index and exact copies: documents.minhash, lsh_bands, document_copies.

Documents stored by 0001 that kept their text get their MinHash signature and
LSH buckets computed here, so that new documents can join their stories.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("minhash", sa.LargeBinary))
    op.create_table(
        "document_copies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("copy_key", sa.String(600), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id")),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("ingest_run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.UniqueConstraint("document_id", "copy_key", name="uq_document_copies"),
    )
    op.create_table(
        "lsh_bands",
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    )
    _backfill()


def _backfill() -> None:
    from nukewatch.store import dedup

    conn = op.get_bind()
    docs = sa.table("documents", sa.column("id"), sa.column("text"), sa.column("minhash"))
    bands = sa.table("lsh_bands", sa.column("band"), sa.column("bucket"), sa.column("document_id"))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(docs.c.id, docs.c.text)
            .where(docs.c.text.is_not(None), docs.c.id > last)
            .order_by(docs.c.id).limit(500)
        ).all()
        if not rows:
            break
        for doc_id, text in rows:
            sig = dedup.signature(text)
            if sig is None:
                continue
            conn.execute(docs.update().where(docs.c.id == doc_id).values(minhash=dedup.to_bytes(sig)))
            conn.execute(bands.insert(), [{"band": b, "bucket": k, "document_id": doc_id}
                                          for b, k in dedup.band_keys(sig)])
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_table("lsh_bands")
    op.drop_table("document_copies")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("minhash")

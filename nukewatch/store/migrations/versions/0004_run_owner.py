"""ingest_runs.pid and .host: which process runs a run, so a killed run can be told apart.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.add_column(sa.Column("pid", sa.Integer))
        batch.add_column(sa.Column("host", sa.String(255)))


def downgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.drop_column("host")
        batch.drop_column("pid")

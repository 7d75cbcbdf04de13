"""Full-text search over documents that keep their text (title + text).

SQLite: an FTS5 external-content table `documents_fts` (rowid = documents.id),
unicode61 tokenizer with diacritics removed, kept in sync by triggers; only
rows with a text are indexed (irrelevant documents keep none).
PostgreSQL: a stored generated column `documents.tsv` with the 'simple'
configuration (texts are multilingual: no stemming, no stop words) and a GIN
index; null for rows without text. Existing rows are indexed by the migration.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# tsvector is limited to 1 MB: index at most the first 200,000 characters
PG_TSV = ("CASE WHEN text IS NULL THEN NULL ELSE to_tsvector('simple'::regconfig, "
          "left(coalesce(title, '') || ' ' || text, 200000)) END")

SQLITE = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents WHEN new.text IS NOT NULL BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents WHEN old.text IS NOT NULL BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "SELECT 'delete', old.id, old.title, old.text WHERE old.text IS NOT NULL; "
    "INSERT INTO documents_fts(rowid, title, text) SELECT new.id, new.title, new.text WHERE new.text IS NOT NULL; END",
    "INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents WHERE text IS NOT NULL",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in SQLITE:
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(f"ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({PG_TSV}) STORED")
        op.execute("CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)")
    else:  # pragma: no cover - only the two supported backends
        raise NotImplementedError(f"full-text search on {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_tsv")
        op.execute("ALTER TABLE documents DROP COLUMN IF EXISTS tsv")

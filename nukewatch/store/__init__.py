"""store stage: documents, stories, signals and evidence on SQLite or PostgreSQL.

    from nukewatch.store import Store
    with Store.open("nukewatch.db") as store:      # or "postgresql://user@host/db"
        run = store.begin_run(["examples/"])
        result = store.add_document(doc, analysis, run_id=run)
        store.finish_run(run, counts, errors, "done")
        hits = store.search("tactical nuclear", limit=10)
        rows = store.signals(since=date(2022, 10, 1), actor="RUS")

See docs/store.md for the schema, deduplication and crash-safety semantics.
"""
from __future__ import annotations

from .dedup import content_hash, normalize
from .engine import resolve_url
from .store import (
    DocumentResult,
    EvidenceRecord,
    RunRecord,
    SearchHit,
    SignalRecord,
    Store,
    outlet_name,
)

__all__ = [
    "DocumentResult",
    "EvidenceRecord",
    "RunRecord",
    "SearchHit",
    "SignalRecord",
    "Store",
    "content_hash",
    "normalize",
    "outlet_name",
    "resolve_url",
]

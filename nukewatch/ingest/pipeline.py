"""The ingest pipeline: read -> hash -> skip known -> triage/analyze -> store, in batches.

Each batch (default 200 documents, or whatever arrived within `max_wait`
seconds) is stored in one transaction: a document, its story, its signals and
their evidence commit together or not at all. A run killed at any moment
leaves the store as of its last committed batch; running it again skips the
documents already stored (by content hash) and ends with exactly the rows a
clean run gives. Ingesting the same input twice adds nothing.

The run itself is recorded in `ingest_runs`: 'running' while it goes, then
'done', 'failed' (an exception), or 'interrupted' (Ctrl-C/SIGTERM here; a
SIGKILLed run is marked 'interrupted' by the next `Store.open` on that host).
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from nukewatch.model import Analysis, Document, InputError
from nukewatch.store import Store, content_hash

BATCH_SIZE = 200
MAX_WAIT = 2.0  # seconds: a slow source (feeds over HTTP) still commits regularly
MAX_RUN_ERRORS = 10_000  # errors kept in the run row
PROGRESS_EVERY = 0.1  # seconds between progress callbacks


class AnalyzerLike(Protocol):
    def analyze(self, doc: Document) -> Analysis: ...


@dataclass(slots=True)
class RunSummary:
    """Counts of one run. `new` documents were stored; `duplicate` ones were already there
    (or earlier in the run); `relevant` new documents kept their text; `signals` new signal
    rows, `merged` signals that joined an existing row of their story; `copies` duplicates
    recorded under a new URL/outlet; `skipped` inputs passed over on purpose."""

    run_id: int | None = None
    read: int = 0
    new: int = 0
    duplicate: int = 0
    relevant: int = 0
    signals: int = 0
    merged: int = 0
    copies: int = 0
    skipped: int = 0
    errors: int = 0
    status: str = "running"
    seconds: float = 0.0
    error_list: list[InputError] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("read", "new", "duplicate", "relevant", "signals", "merged",
                                              "copies", "skipped", "errors")}

    @property
    def rate(self) -> float:
        """Documents read per second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0


def default_reader(specs: Sequence[str], *, published: dt.date | None, language: str | None, fetch: bool,
                   allow_private: bool) -> Iterator[Document | InputError]:
    """The readers' `iter_sources` on the quick path (WARC pages keep their raw HTML in
    `meta["html"]` and get fully extracted only if triage keeps them); a given language
    is forced over the documents' own."""
    import inspect

    from nukewatch.ingest.sources import iter_sources

    accepted = inspect.signature(iter_sources).parameters
    extra = {k: v for k, v in (("quick", True), ("force_language", language is not None)) if k in accepted}
    return iter_sources(list(specs), published=published, language=language, fetch=fetch,
                        allow_private=allow_private, **extra)


def _default_analyzer() -> AnalyzerLike:
    from nukewatch.analyze import Analyzer

    return Analyzer()


def ingest(
    specs: Sequence[str],
    store: Store,
    *,
    analyzer: AnalyzerLike | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    fetch: bool = False,
    allow_private: bool = False,
    progress: Callable[[RunSummary], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    batch_size: int = BATCH_SIZE,
    max_wait: float = MAX_WAIT,
    reader: Callable[..., Iterable[Document | InputError]] | None = None,
) -> RunSummary:
    """Ingest `specs` (paths, URLs...) into `store`; returns the run's counts.

    `progress(summary)` is called every PROGRESS_EVERY seconds and at the end, `on_error(err)`
    for every input error as it happens (skipped inputs count apart and are not
    reported). Errors never stop the run; an exception (the store failing)
    marks the run failed and propagates.
    """
    analyzer = analyzer or _default_analyzer()
    reader = reader or default_reader
    version = getattr(analyzer, "version", None)
    if version is None:
        from nukewatch import __version__ as version
    summary = RunSummary()
    start = time.perf_counter()
    summary.run_id = store.begin_run(specs)
    items = reader(specs, published=published, language=language, fetch=fetch, allow_private=allow_private)
    step = _Step(analyzer, language)
    batch: list[Document] = []
    batch_started = last_progress = time.monotonic()
    try:
        for item in items:
            if isinstance(item, InputError):
                _error(summary, item, on_error)
                continue
            summary.read += 1
            batch.append(item)
            now = time.monotonic()
            if len(batch) >= batch_size or now - batch_started >= max_wait:
                _flush(store, batch, step, summary, on_error, str(version))
                batch = []
                batch_started = now = time.monotonic()
            if progress and now - last_progress >= PROGRESS_EVERY:
                last_progress = now
                summary.seconds = time.perf_counter() - start
                progress(summary)
        if batch:
            _flush(store, batch, step, summary, on_error, str(version))
        summary.status = "done"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        raise
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        summary.seconds = time.perf_counter() - start
        if progress:
            progress(summary)
        errs = summary.error_list[:MAX_RUN_ERRORS]
        if summary.errors > len(errs):
            errs = [*errs, InputError("(run)", f"{summary.errors - len(errs)} more errors not kept")]
        try:
            store.finish_run(summary.run_id, summary.counts(), errs, summary.status)
        except Exception:  # noqa: BLE001 - the original exception matters more
            if summary.status == "done":
                raise
    return summary


def _error(summary: RunSummary, err: InputError, on_error: Callable[[InputError], None] | None) -> None:
    from nukewatch.ingest import Skipped

    if isinstance(err, Skipped):
        summary.skipped += 1
        return
    summary.errors += 1
    if len(summary.error_list) <= MAX_RUN_ERRORS:
        summary.error_list.append(err)
    if on_error:
        on_error(err)


class _Step:
    """Triage and analysis of one new document, with the quick-path WARC special case."""

    def __init__(self, analyzer: AnalyzerLike, language: str | None) -> None:
        self.analyzer = analyzer
        self.language = language
        self.triage = getattr(analyzer, "triage", None)

    def __call__(self, doc: Document) -> Analysis:
        if doc.meta and doc.meta.get("html") is not None:
            # quick text from a WARC: triage it, extract the page fully only if relevant
            if self.triage is not None and not self.triage.scan(doc.text):
                return Analysis(doc, None, False, [], [])
            from nukewatch.ingest.html import full_extract

            doc = full_extract(doc)
        if self.language:
            try:
                return self.analyzer.analyze(doc, force_language=self.language)  # type: ignore[call-arg]
            except TypeError:
                pass
        return self.analyzer.analyze(doc)


def _flush(store: Store, batch: list[Document], step: _Step, summary: RunSummary,
           on_error: Callable[[InputError], None] | None, version: str) -> None:
    hashes = [content_hash(d.text) for d in batch]
    known = store.known_hashes(hashes)
    seen: set[str] = set()
    items: list[tuple[Document, Analysis | None, str]] = []
    for doc, h in zip(batch, hashes):
        if h in known or h in seen:
            items.append((doc, None, h))  # a duplicate: the store may record it as a copy
            continue
        try:
            analysis = step(doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            _error(summary, InputError(doc.source or doc.id, f"analysis failed: {type(exc).__name__}: {exc}"),
                   on_error)
            continue
        seen.add(h)
        items.append((doc, analysis, h))
    for (doc, analysis, h), res in zip(items, _store(store, items, summary.run_id, version)):
        if res.status == "new":
            summary.new += 1
            summary.relevant += res.relevant
            summary.signals += res.new_signals
            summary.merged += res.merged_signals
        else:
            summary.duplicate += 1
            summary.copies += res.copy_added


def _store(store: Store, items: list[tuple[Document, Analysis | None, str]], run_id: int | None,
           version: str) -> list[Any]:
    return store.add_documents(items, run_id, analyzer_version=version[:32])  # type: ignore[arg-type]

"""The ingest pipeline in-process: counts, idempotence, errors, atomic batches, quick-path WARC documents."""
from __future__ import annotations

import datetime as dt

import pytest

from nukewatch.ingest import Skipped
from nukewatch.ingest.pipeline import RunSummary, ingest
from nukewatch.model import Document, InputError
from nukewatch.store.testing import snapshot
from test_pipeline_support import FakeAnalyzer, build_corpus

NUCLEAR = ("Russia threatened to use nuclear weapons on Monday. The United States warned of a nuclear response. "
           "Russia threatened again, officials said.")



def items_reader(items):
    def reader(specs, **kwargs):
        yield from items
    return reader


def doc(i, text=NUCLEAR, **kw):
    kw.setdefault("url", f"https://reuters.com/{i}")
    kw.setdefault("published", dt.date(2022, 11, 2))
    return Document(id=str(i), text=text, source=f"mem:{i}", **kw)


def test_corpus_counts_and_second_run_adds_nothing(store, tmp_path):
    info = build_corpus(tmp_path / "corpus", n_irrelevant=300, n_stories=20)
    errors: list[InputError] = []
    progress: list[int] = []
    s1 = ingest([str(tmp_path / "corpus")], store, analyzer=FakeAnalyzer(), on_error=errors.append,
                progress=lambda s: progress.append(s.read), batch_size=50)
    assert s1.status == "done" and s1.read == info["records"] - 1  # one bad JSON line
    assert s1.errors == 1 and [str(e).split(":")[-2].strip() for e in errors] == ["invalid JSON"]
    assert s1.relevant == info["relevant_records"]
    assert s1.new + s1.duplicate == s1.read and s1.duplicate > 0 and s1.copies > 0
    assert s1.signals > 0 and s1.merged > 0
    assert progress and progress == sorted(progress) and progress[-1] == s1.read
    c = store.counts()
    assert c["documents"] == s1.new
    assert c["signals"] == s1.signals and c["stories"] <= 20
    before = snapshot(store)
    s2 = ingest([str(tmp_path / "corpus")], store, analyzer=FakeAnalyzer(), batch_size=50)
    assert (s2.new, s2.duplicate, s2.relevant, s2.signals, s2.copies) == (0, s2.read, 0, 0, 0)
    assert snapshot(store) == before
    runs = store.runs()
    assert [r.status for r in runs] == ["done", "done"]
    assert runs[0].counts["new"] == s1.new and runs[0].errors[0]["message"].startswith("invalid JSON")


def test_known_documents_are_not_analyzed_again(store):
    an = FakeAnalyzer()
    ingest(["x"], store, analyzer=an, reader=items_reader([doc(1), doc(2, "weather report, sunny")]))
    assert an.calls == 2
    an2 = FakeAnalyzer()
    s = ingest(["x"], store, analyzer=an2, reader=items_reader([doc(1), doc(2, "weather report, sunny"),
                                                               doc(3, "weather report, rain")]))
    assert an2.calls == 1 and (s.new, s.duplicate) == (1, 2)


def test_repeats_within_a_run_and_wire_copies(store):
    reader = items_reader([doc(1), doc(1), doc(2, url="https://apnews.com/x"), doc(3, NUCLEAR + " Update.")])
    s = ingest(["x"], store, analyzer=FakeAnalyzer(), reader=reader)
    assert (s.read, s.new, s.duplicate, s.copies, s.relevant) == (4, 2, 2, 1, 2)
    [threat] = store.signals(type="THREAT")
    assert threat.corroboration == 2  # reuters.com (twice: near-duplicate) and apnews.com (wire copy)
    assert len(threat.evidence) == 4  # two sentences in each of the two stored documents


def test_errors_are_reported_and_everything_else_stored(store):
    seen = []
    reader = items_reader([InputError("a.warc", "truncated record"), doc(1), Skipped("https://x", "robots.txt"),
                           doc(2, "boring text")])
    s = ingest(["x"], store, analyzer=FakeAnalyzer(), reader=reader, on_error=seen.append)
    assert [str(e) for e in seen] == ["a.warc: truncated record"]
    assert (s.errors, s.skipped, s.new) == (1, 1, 2)
    assert store.runs()[0].errors == [{"source": "a.warc", "message": "truncated record"}]


def test_analyzer_failure_is_an_error_of_that_document_only(store):
    class Flaky(FakeAnalyzer):
        def analyze(self, d):
            if d.id == "2":
                raise ValueError("boom")
            return super().analyze(d)

    seen = []
    s = ingest(["x"], store, analyzer=Flaky(), reader=items_reader([doc(1), doc(2, "x " + NUCLEAR), doc(3, "calm")]),
               on_error=seen.append)
    assert (s.new, s.errors) == (2, 1) and str(seen[0]) == "mem:2: analysis failed: ValueError: boom"
    # the failed document is retried by the next run
    s2 = ingest(["x"], store, analyzer=FakeAnalyzer(), reader=items_reader([doc(2, "x " + NUCLEAR)]))
    assert s2.new == 1


def test_store_failure_marks_run_failed_and_keeps_committed_batches(store, monkeypatch):
    calls = {"n": 0}
    real = store.add_documents

    def failing(items, run_id=None, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(items, run_id, **kw)

    monkeypatch.setattr(store, "add_documents", failing)
    docs = [doc(i, f"calm text number {i}") for i in range(5)]
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(["x"], store, analyzer=FakeAnalyzer(), reader=items_reader(docs), batch_size=2)
    [run] = store.runs()
    assert run.status == "failed" and run.counts["new"] == 2
    assert store.counts()["documents"] == 2


def test_interrupt_marks_run_interrupted(store):
    def reader(specs, **kw):
        yield doc(1, "calm")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(["x"], store, analyzer=FakeAnalyzer(), reader=reader, batch_size=1)
    [run] = store.runs()
    assert run.status == "interrupted" and store.counts()["documents"] == 1


def test_quick_path_documents_are_extracted_only_when_triage_keeps_them(store, monkeypatch):
    import nukewatch.ingest.html as html

    extracted = []

    def fake_full_extract(d):
        extracted.append(d.id)
        return Document(id=d.id, text=d.text + " Full text: France warned about nuclear risk.", source=d.source,
                        url=d.url, published=d.published, title="Extracted title")

    monkeypatch.setattr(html, "full_extract", fake_full_extract)
    quick = [doc(1, "quick nuclear text here.", meta={"html": "<p>...</p>"}),
             doc(2, "quick sports text here.", meta={"html": "<p>...</p>"})]
    s = ingest(["x"], store, analyzer=FakeAnalyzer(), reader=items_reader(quick))
    assert extracted == ["1"] and (s.new, s.relevant) == (2, 1)
    [hit] = store.search("France")
    assert hit.title == "Extracted title"
    [w] = store.signals()
    assert (w.type, w.actor_code) == ("WARNING", "FRA.HOS")


def test_slow_source_commits_on_time(store):
    import time

    seen = []

    def reader(specs, **kw):
        yield doc(1, "calm one")
        time.sleep(0.3)
        yield doc(2, "calm two")
        seen.append(store.counts()["documents"])  # after doc 2 was taken, before the end
        yield doc(3, "calm three")

    ingest(["x"], store, analyzer=FakeAnalyzer(), reader=reader, batch_size=100, max_wait=0.2)
    assert seen == [2]


def test_summary_rate_and_counts():
    s = RunSummary(read=10, new=4, duplicate=6, seconds=2.0)
    assert s.rate == 5.0 and s.counts()["duplicate"] == 6 and set(s.counts()) >= {
        "read", "new", "duplicate", "relevant", "signals", "errors"}

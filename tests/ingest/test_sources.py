"""sources.py: dispatch of specs to readers, URL lists, fetching stubs and summaries."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from ingest_server import serve
from nukewatch.ingest import Skipped
from nukewatch.ingest.fetch import Fetcher
from nukewatch.ingest.gdelt import COLUMNS
from nukewatch.ingest.sources import is_url_list, iter_sources
from nukewatch.model import Document, InputError


@pytest.fixture(scope="module")
def server():
    with serve() as base:
        yield base


@pytest.fixture
def fetcher():
    with Fetcher(allow_private=True, delay=0, backoff=0.01, retries=0, timeout=1, trust_env=False) as f:
        yield f


def split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, InputError)]
    return docs, errs


def test_real_corpus_directory_dispatch(shared):
    docs, errs = split(iter_sources([str(shared / "corpus" / "real")]))
    by_file = {}
    for d in docs:
        by_file.setdefault(d.source.split("/")[-1].split("@")[0].split("#")[0], []).append(d)
    assert len(by_file["cc-main-excerpt.warc.gz"]) == 16
    assert len(by_file["trafilatura-feed.json"]) == 25
    assert by_file["feedparser-koi8r.xml"][0].title == "Как пережить новогоднюю ночь"
    assert len(by_file) == 14  # every file of the directory gave documents
    assert all(isinstance(e.message, str) for e in errs)


def test_test_data_directory(idata):
    docs, errs = split(iter_sources([str(idata)]))
    ids = {d.id for d in docs}
    assert {"1210000001", "a1", "a3"} <= ids  # GDELT export and JSONL dispatched by content/name
    assert any(d.meta.get("stub") for d in docs)
    assert any(e.message == "binary file, not text" for e in errs)
    assert any(d.source.endswith("bomb.rss") for d in docs) is False
    assert any("refused: unsafe XML" in e.message for e in errs)


def test_missing_and_unsupported(tmp_path):
    docs, errs = split(iter_sources([str(tmp_path / "none.txt"), "ftp://example.com/x"]))
    assert not docs and [e.message for e in errs] == ["no such file or directory",
                                                       "unsupported URL scheme (only http and https)"]


def test_url_list_txt_and_not(tmp_path, server, fetcher):
    urls = tmp_path / "list.txt"
    urls.write_text(f"{server}/page\n\n{server}/doc.pdf\n{server}/nope\n")
    assert is_url_list(urls)
    items = list(iter_sources([str(urls)], fetcher=fetcher))
    docs, errs = split(items)
    assert len(docs) == 1 and docs[0].url == f"{server}/page" and "Ядерные учения" in docs[0].text
    assert docs[0].meta["encoding"] == "cp1251" and docs[0].outlet == "127.0.0.1"
    assert any(isinstance(e, Skipped) and "application/pdf" in e.message for e in errs)
    assert any("HTTP 404" in e.message for e in errs)
    prose = tmp_path / "prose.txt"
    prose.write_text(f"See {server}/page for details.\n")
    assert not is_url_list(prose)
    [doc] = iter_sources([str(prose)], fetcher=fetcher)
    assert doc.text.startswith("See http://")


def test_feed_url_summary_fetched(server, fetcher):
    plain, _ = split(iter_sources([f"{server}/feed"], fetcher=fetcher))
    assert [d.text for d in plain] == ["Summary."] and plain[0].url == f"{server}/page"
    full, _ = split(iter_sources([f"{server}/feed"], fetcher=fetcher, fetch=True))
    assert len(full) == 1 and "Ядерные учения" in full[0].text
    assert full[0].title == "One" and full[0].meta["text_from"] == "article"


def _gdelt_row(event_id, url):
    row = {c: "" for c in COLUMNS}
    row.update(GLOBALEVENTID=event_id, SQLDATE="20241122", EventCode="138", EventRootCode="13",
               DATEADDED="20241122120000", SOURCEURL=url)
    return "\t".join(row[c] for c in COLUMNS)


def test_gdelt_stubs_fetched_and_failures_kept(tmp_path, server, fetcher):
    export = tmp_path / "20241122120000.export.CSV"
    export.write_text(_gdelt_row("1", f"{server}/page") + "\n" + _gdelt_row("2", f"{server}/nope") + "\n")
    items = list(iter_sources([str(export)], fetch=True, fetcher=fetcher))
    docs, errs = split(items)
    assert [d.id for d in docs] == ["1", "2"]
    assert "Ядерные учения" in docs[0].text and "stub" not in docs[0].meta
    assert docs[0].meta["gdelt"]["event_code"] == "138" and docs[0].published == dt.date(2024, 11, 22)
    assert docs[1].text == "" and docs[1].meta["stub"] is True  # fetch failed: stub still yielded
    assert len(errs) == 1 and "HTTP 404" in errs[0].message


def test_private_urls_refused_by_default(server):
    [err] = iter_sources([f"{server}/page"])
    assert isinstance(err, InputError) and "loopback" in err.message


def test_warc_quick_mode(shared, tmp_path):
    shutil.copy(shared / "corpus/real/warcio-example.warc.gz", tmp_path / "a.warc.gz")
    [doc] = [d for d in iter_sources([str(tmp_path)], quick=True) if isinstance(d, Document)]
    assert "html" in doc.meta and doc.text.startswith("Example Domain")

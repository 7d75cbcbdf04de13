"""warc.py: real WARCs (mixed encodings, damaged files) and generated edge cases."""
from __future__ import annotations

import datetime as dt
import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from nukewatch.ingest import Skipped
from nukewatch.ingest.html import full_extract
from nukewatch.ingest.warc import is_warc, read_warc
from nukewatch.model import Document, InputError

# outlet -> (codec we must have used, words that only decode right with it)
EXPECTED = {
    "01spb.ru": ("cp1251", ["Стратегия пожарной безопасности"]),
    "0760.jxtdw.com": ("gb18030", ["中山英才网"]),
    "037426.cn": ("gb18030", ["含羞草视频"]),
    "041696.com": ("gb18030", ["上海特舟实业有限公司"]),
    "0615235.com": ("utf-8", ["上海聚一行工艺礼品有限公司"]),
    "0900-hovenier.nl": ("utf-8", ["Hovenier in Oosterbeek"]),
    "houstonpress.com": ("utf-8", ["Chance The Rapper"]),
}


def docs_of(items):
    return [i for i in items if isinstance(i, Document)]


@pytest.fixture(scope="module")
def real_docs(shared):
    real = shared / "corpus" / "real"
    out = []
    for name in ("cc-main-excerpt.warc.gz", "clipped.warc.gz"):
        out += docs_of(read_warc(real / name, quick=True))
    return out


def test_seventeen_html_responses_with_declared_encodings(real_docs):
    assert len(real_docs) == 17
    by_outlet = {}
    for d in real_docs:
        by_outlet.setdefault(d.outlet, d)
        assert d.url.startswith("http://") and d.id.startswith("urn:uuid:")
        assert "\ufffd" not in d.text[:2000]
    for outlet, (codec, words) in EXPECTED.items():
        doc = by_outlet[outlet]
        assert doc.meta["encoding"] == codec, outlet
        hay = (doc.title or "") + "\n" + doc.text
        for w in words:
            assert w in hay, (outlet, w)


def test_published_page_date_else_warc_date(real_docs):
    spb = next(d for d in real_docs if d.outlet == "01spb.ru")
    assert spb.published == dt.date(2020, 8, 8) == dt.date.fromisoformat(spb.meta["warc_date"])
    hp = next(d for d in real_docs if d.outlet == "houstonpress.com")
    assert hp.published == dt.date(2016, 10, 17)


def test_full_extract_on_quick_doc(real_docs):
    hp = next(d for d in real_docs if d.outlet == "houstonpress.com")
    assert "html" in hp.meta and "Daily Newsletter" in hp.text  # quick text keeps nav
    full = full_extract(hp)
    assert "html" not in full.meta
    assert "I’ve been wondering what exactly the number 3 represents" in full.text
    assert "Daily Newsletter" not in full.text
    assert full.title == "A Humble Chance The Rapper Leads a Spiritual Awakening at Revention"


def test_clipped_record_reported_and_kept(shared):
    items = list(read_warc(shared / "corpus" / "real" / "clipped.warc.gz"))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "truncated" in errors[0].message and "urn:uuid:f3dfa8fa" in errors[0].message
    [doc] = docs_of(items)
    assert doc.meta["truncated"] == "length" and "Chance The Rapper" in doc.text


@pytest.mark.parametrize("name,docs,errors", [
    ("warcio-example.warc.gz", 1, 0),
    ("warcio-example-bad-non-chunked.warc.gz", 1, 0),
    ("warcio-example-wrong-chunks.warc.gz", 1, 0),
    ("warcio-example-trunc.warc", 1, 1),
])
def test_warcio_damaged_files(shared, name, docs, errors):
    items = list(read_warc(shared / "corpus" / "real" / name))
    found = docs_of(items)
    errs = [i for i in items if isinstance(i, InputError)]
    assert (len(found), len(errs)) == (docs, errors)
    assert found[0].text.startswith("This domain is established to be used for illustrative examples")
    assert found[0].title == "Example Domain"
    for e in errs:
        assert "offset" in e.message


def test_every_real_warc_reads_without_traceback(shared):
    for path in sorted((shared / "corpus" / "real").glob("*.warc*")):
        assert is_warc(path)
        items = list(read_warc(path, quick=True))
        assert items and all(isinstance(i, (Document, InputError)) for i in items), path


def _record(writer, url, body, ctype="text/html; charset=utf-8", status="200 OK", extra=()):
    http = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(rec)


PAGE = ("<html><head><title>Seite {n}</title><meta name='date' content='2023-02-2{n}'></head><body><article>"
        "<p>Außenministerin Baerbock nannte die Entscheidung über den Vertrag am Dienstag in Berlin "
        "absolut verantwortungslos, berichtet Seite {n}.</p></article></body></html>")


def _members(tmp_path):
    """A multi-member WARC.gz whose members we can corrupt one by one."""
    chunks = []
    for n, (url, body, kw) in enumerate([
        ("http://a.example/1", PAGE.format(n=1).encode(), {}),
        ("http://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), {"ctype": "image/png"}),
        ("http://a.example/missing", b"<html><body>Not found</body></html>", {"status": "404 Not Found"}),
        ("http://a.example/2", gzip.compress(PAGE.format(n=2).encode("cp1252")),
         {"ctype": "text/html; charset=windows-1252", "extra": [("Content-Encoding", "gzip")]}),
        ("http://a.example/3", PAGE.format(n=3).encode(), {}),
    ]):
        buf = io.BytesIO()
        _record(WARCWriter(buf, gzip=True), url, body, **kw)
        chunks.append(buf.getvalue())
    return chunks


def test_skips_and_content_encoding(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(b"".join(_members(tmp_path)))
    items = list(read_warc(path))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert sorted(s.message.split(" (")[0] for s in skipped) == [
        "skipped: HTTP status 404", "skipped: content type image/png, not HTML"]
    docs = docs_of(items)
    assert [d.url for d in docs] == ["http://a.example/1", "http://a.example/2", "http://a.example/3"]
    assert docs[1].meta["encoding"] == "cp1252" and "Außenministerin Baerbock" in docs[1].text
    assert [d.published for d in docs] == [dt.date(2023, 2, 21), dt.date(2023, 2, 22), dt.date(2023, 2, 23)]
    assert {d.outlet for d in docs} == {"a.example"}


def test_corrupt_member_reported_and_later_records_recovered(tmp_path):
    chunks = _members(tmp_path)
    bad = bytearray(chunks[3])
    bad[30:60] = b"\x00" * 30  # inside the deflate stream of record 4
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join([chunks[0], chunks[1], chunks[2], bytes(bad), chunks[4]]))
    items = list(read_warc(path))
    docs = docs_of(items)
    errors = [i for i in items if type(i) is InputError]
    assert [d.url for d in docs] == ["http://a.example/1", "http://a.example/3"]
    assert len(errors) == 1 and "damaged WARC record" in errors[0].message
    assert "resuming at offset" in errors[0].message


def test_truncated_uncompressed_tail(tmp_path):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    _record(w, "http://b.example/1", PAGE.format(n=1).encode())
    _record(w, "http://b.example/2", PAGE.format(n=2).encode())
    data = buf.getvalue()
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 200])
    items = list(read_warc(path))
    assert [d.url for d in docs_of(items)][0] == "http://b.example/1"
    assert any(isinstance(i, InputError) and not isinstance(i, Skipped) for i in items)


def test_not_a_warc(tmp_path):
    p = tmp_path / "x.warc"
    p.write_bytes(b"hello, not a warc\n" * 10)
    items = list(read_warc(p))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert not is_warc(tmp_path / "missing")

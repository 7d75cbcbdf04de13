"""files.py: paths, directories, stdin, encodings, JSON Lines."""
from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from nukewatch.ingest.files import read_file, read_paths, sniff_kind
from nukewatch.model import Document, InputError

RU = "Президент России Владимир Путин заявил"


def one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("name", ["ru-cp1251.txt", "ru-koi8r.txt"])
def test_legacy_cyrillic_detected(idata, name):
    doc = one(read_paths([str(idata / name)]))
    assert isinstance(doc, Document)
    assert doc.text.startswith(RU)
    assert doc.id == doc.source == str(idata / name)


@pytest.mark.parametrize("name", ["fr-latin1.txt", "fr-utf16.txt", "fr-bom.txt"])
def test_french_encodings(idata, name):
    doc = one(read_paths([str(idata / name)]))
    assert doc.text.startswith("La Russie frustrée et prête à utiliser des armes nucléaires")
    assert "\ufeff" not in doc.text


def test_binary_and_empty_are_errors(idata):
    items = list(read_paths([str(idata / "binary.dat"), str(idata / "blank.txt"), str(idata / "nope.txt")]))
    assert [type(i) for i in items] == [InputError] * 3
    assert items[0].message == "binary file, not text"
    assert items[1].message == "empty"
    assert "no such file" in items[2].message


def test_binary_with_text_extension(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) * 100)
    assert one(read_paths([str(p)])).message == "binary file, not text"


def test_mostly_unprintable_without_nul(tmp_path):
    p = tmp_path / "ctrl"
    p.write_bytes(bytes(range(1, 32)) * 50)
    assert one(read_paths([str(p)])).message == "binary file, not text"


def test_directory_walk_sorted_and_skips_hidden(idata):
    items = list(read_paths([str(idata / "dir")]))
    assert [d.text for d in items] == ["first file text", "second file text"]


def test_empty_directory(tmp_path):
    assert isinstance(one(read_paths([str(tmp_path)])), InputError)


def test_jsonl_broken_lines_reported_others_kept(idata):
    path = str(idata / "mixed.jsonl")
    items = list(read_paths([path], published=dt.date(2020, 1, 1), language="en"))
    errors = {i.source: i.message for i in items if isinstance(i, InputError)}
    docs = {d.id: d for d in items if isinstance(d, Document)}
    assert set(errors) == {f"{path}:2", f"{path}:5", f"{path}:6"}
    assert "invalid JSON" in errors[f"{path}:2"]
    assert "neither 'text' nor 'html'" in errors[f"{path}:5"]
    assert "JSON object" in errors[f"{path}:6"]
    assert set(docs) == {"a1", "a3", f"{path}:7"}
    a1 = docs["a1"]
    assert a1.language == "ru" and a1.published == dt.date(2024, 11, 22) and a1.source == f"{path}:1"
    a3 = docs["a3"]
    assert "Le texte de l'article est ici" in a3.text and "Titre" not in a3.text
    assert a3.published == dt.date(2024, 11, 22) and a3.language == "en"  # argument fills in
    noid = docs[f"{path}:7"]
    assert noid.published == dt.date(2020, 1, 1)  # unparseable own date: argument, with a warning
    assert noid.meta["warnings"] == ["unparseable published: 'not a date'"]


def test_force_language_overrides_record(idata):
    docs = [d for d in read_paths([str(idata / "mixed.jsonl")], language="uk", force_language=True)
            if isinstance(d, Document)]
    assert {d.language for d in docs} == {"uk"}


def test_dev_jsonl_html_records(shared):
    docs = {d.id: d for d in read_paths([str(shared / "eval" / "dev.jsonl")])}
    assert all(isinstance(d, Document) for d in docs.values())
    en = docs["en-01-whitehouse-no-sign-of-preparation"]
    assert en.published == dt.date(2024, 11, 22)
    assert en.title == "White House sees no sign Russia is readying nuclear strike after doctrine change"
    assert "We haven’t seen any indications of Russia preparing" in en.text
    assert "cookies" not in en.text and "Related stories" not in en.text


def test_html_meta_charset_and_sniffed_html(idata):
    doc = one(read_paths([str(idata / "ru-meta-cp1251.html")]))
    assert "Министерство обороны России сообщило" in doc.text
    assert doc.title == "Новости"
    page = one(read_paths([str(idata / "page-noext")]))
    assert page.text.startswith("Un article sans extension")
    assert page.meta["html_lang"] == "fr" and page.language is None


def test_stdin_jsonl(monkeypatch):
    data = b'{"id": "s1", "text": "from stdin"}\n{"id": 2, "text": "second"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = list(read_paths(["-"]))
    assert [(d.id, d.text, d.source) for d in docs] == [("s1", "from stdin", "<stdin>:1"), ("2", "second", "<stdin>:2")]


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Путин\r\nсказал, что учения пройдут в среду. ".encode("cp1251") * 20)))
    doc = one(read_paths(["-"], published=dt.date(2022, 1, 2)))
    assert doc.text.startswith("Путин\nсказал") and doc.published == dt.date(2022, 1, 2)


def test_sniff_kind():
    assert sniff_kind(b'  {"id": 1}\n') == "jsonl"
    assert sniff_kind(b"<!doctype html><p>x</p>") == "html"
    assert sniff_kind(b"{not json} plain text") == "text"
    assert sniff_kind(b"A line mentioning <b>bold</b> once") == "text"


def test_large_file_linear(tmp_path):
    import time

    p = tmp_path / "big.txt"
    line = ("Министерство обороны сообщило о проведении учений стратегических сил. " * 3 + "\n").encode("cp1251")
    p.write_bytes(line * (20_000_000 // len(line)))
    t = time.perf_counter()
    doc = one(read_paths([str(p)]))
    assert time.perf_counter() - t < 10
    assert len(doc.text) > 19_000_000 and doc.text.startswith("Министерство")


def test_large_jsonl(tmp_path):
    p = tmp_path / "big.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": "x" * 200}) + "\n" for i in range(50_000)))
    items = list(read_file(p))
    assert len(items) == 50_000 and items[-1].id == "49999"


def test_jsonl_bad_utf8_line_in_utf8_file(tmp_path):
    p = tmp_path / "u.jsonl"
    p.write_bytes('{"id": "ok", "text": "é"}\n'.encode() + b'{"id": "bad", "text": "\xff\xfe"}\n')
    items = list(read_file(p))
    assert isinstance(items[0], Document) and items[0].text == "é"
    assert isinstance(items[1], InputError) and items[1].source == f"{p}:2" and "UTF-8" in items[1].message


def test_jsonl_legacy_encoded_file(tmp_path):
    p = tmp_path / "cp.jsonl"
    p.write_bytes(json.dumps({"id": "r", "text": RU + " о ядерном оружии и учениях"}, ensure_ascii=False).encode("cp1251"))
    doc = one(read_file(p))
    assert doc.text.startswith(RU)

"""gdelt.py: GDELT 2.0 event exports -> stubs."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from nukewatch.ingest.gdelt import COLUMNS, is_gdelt_export, read_gdelt
from nukewatch.model import Document, InputError

NAME = "20241122120000.export.CSV"


def test_columns_official_order():
    assert len(COLUMNS) == 61
    assert COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE") and COLUMNS[26:29] == ("EventCode", "EventBaseCode", "EventRootCode")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


@pytest.mark.parametrize("name", [NAME, NAME + ".zip"])
def test_rows_to_stubs_and_errors(idata, name):
    path = str(idata / name)
    items = list(read_gdelt(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = {i.source: i.message for i in items if isinstance(i, InputError)}
    assert [d.id for d in docs] == ["1210000001", "1210000002", "1210000007"]
    assert set(errors) == {f"{path}:3", f"{path}:4", f"{path}:5"}
    assert "expected 61 tab-separated columns" in errors[f"{path}:3"] and "got 5" in errors[f"{path}:3"]
    assert "GLOBALEVENTID is not a number" in errors[f"{path}:4"]
    assert "GoldsteinScale is not a float" in errors[f"{path}:5"]
    d = docs[0]
    assert d.text == "" and d.meta["stub"] is True
    assert d.url == "https://news.example.com/world/2024/11/22/oreshnik-dnipro" and d.outlet == "news.example.com"
    assert d.published == dt.date(2024, 11, 22)  # DATEADDED, not SQLDATE (21st)
    g = d.meta["gdelt"]
    assert (g["event_code"], g["root_code"], g["goldstein"], g["num_mentions"]) == ("138", "13", -7.0, 10)
    assert (g["actor1_code"], g["actor1_name"], g["actor2_code"], g["actor2_name"]) == ("RUSGOV", "RUSSIA", "UKR", "UKRAINE")
    assert g["action_lat"] == 48.45 and g["avg_tone"] == -6.25
    assert docs[1].outlet == "example.org" and docs[1].meta["gdelt"]["actor2_code"] is None
    assert docs[2].published == dt.date(2024, 11, 22)  # no DATEADDED: SQLDATE


def test_detection(idata, tmp_path):
    assert is_gdelt_export(idata / NAME) and is_gdelt_export(idata / (NAME + ".zip"))
    renamed = tmp_path / "events.tsv"
    shutil.copy(idata / NAME, renamed)
    assert is_gdelt_export(renamed)  # by content: 61 tab columns, id, date
    assert not is_gdelt_export(idata / "mixed.jsonl")


def test_empty_and_broken_zip(tmp_path):
    empty = tmp_path / "x.export.CSV"
    empty.write_text("\n\n")
    assert [e.message for e in read_gdelt(empty)] == ["empty"]
    bad = tmp_path / "y.export.CSV.zip"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    [err] = read_gdelt(bad)
    assert err.message == "not a valid zip archive"

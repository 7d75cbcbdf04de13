"""GDELT 2.0 Events exports (`*.export.CSV`, `.zip`) -> document stubs.

Each row is an event coded by GDELT from one article: we keep the article URL
and GDELT's coding as `meta["gdelt"]`, with empty text (`meta["stub"]`).
`sources.iter_sources(..., fetch=True)` fetches the articles.
Columns: the 61 of the GDELT 2.0 Event Codebook, no header row, tab-separated.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from nukewatch.model import Document, InputError

__all__ = ["read_gdelt", "is_gdelt_export", "COLUMNS"]

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61
_IDX = {name: i for i, name in enumerate(COLUMNS)}
_NAME_RE = re.compile(r"\.export\.csv(\.zip)?$", re.I)

# meta["gdelt"] key -> (column, type)
_FIELDS: dict[str, tuple[str, type]] = {
    "event_code": ("EventCode", str), "base_code": ("EventBaseCode", str), "root_code": ("EventRootCode", str),
    "quad_class": ("QuadClass", int), "is_root_event": ("IsRootEvent", int),
    "goldstein": ("GoldsteinScale", float), "num_mentions": ("NumMentions", int),
    "num_sources": ("NumSources", int), "num_articles": ("NumArticles", int), "avg_tone": ("AvgTone", float),
    "actor1_code": ("Actor1Code", str), "actor1_name": ("Actor1Name", str),
    "actor1_country": ("Actor1CountryCode", str), "actor1_type": ("Actor1Type1Code", str),
    "actor2_code": ("Actor2Code", str), "actor2_name": ("Actor2Name", str),
    "actor2_country": ("Actor2CountryCode", str), "actor2_type": ("Actor2Type1Code", str),
    "action_geo": ("ActionGeo_FullName", str), "action_country": ("ActionGeo_CountryCode", str),
    "action_lat": ("ActionGeo_Lat", float), "action_long": ("ActionGeo_Long", float),
    "sqldate": ("SQLDATE", str), "dateadded": ("DATEADDED", str),
}


def _sniff_row(line: bytes) -> bool:
    cols = line.rstrip(b"\r\n").split(b"\t")
    return len(cols) == 61 and cols[0].isdigit() and len(cols[1]) == 8 and cols[1].isdigit()


def is_gdelt_export(path: str | Path) -> bool:
    """By name (`*.export.CSV[.zip]`), else by a first row of 61 tab columns starting with an id and a date."""
    if _NAME_RE.search(str(path)):
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    if head.startswith(b"PK"):
        return False  # a zip not named like an export: not worth opening to guess
    return _sniff_row(head.split(b"\n", 1)[0])


def read_gdelt(path: str | Path, *, language: str | None = None) -> Iterator[Document | InputError]:
    """Events of a GDELT 2.0 export (CSV or zipped CSV) as stub Documents; bad rows as InputError."""
    path = str(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                members = [m for m in zf.namelist() if not m.endswith("/")]
                if not members:
                    yield InputError(path, "zip archive is empty")
                    return
                for m in members:
                    with zf.open(m) as fh:
                        yield from _rows(fh, f"{path}!{m}" if len(members) > 1 else path, language)
        elif path.lower().endswith(".zip"):
            yield InputError(path, "not a valid zip archive")
        else:
            with open(path, "rb") as fh:
                yield from _rows(fh, path, language)
    except (OSError, zipfile.BadZipFile, EOFError) as exc:  # EOFError: truncated zip member
        yield InputError(path, f"cannot read: {exc}")


def _rows(lines: Iterable[bytes], source: str, language: str | None) -> Iterator[Document | InputError]:
    seen = False
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip(b"\r\n")
        if not line.strip():
            continue
        seen = True
        yield _row(line, f"{source}:{lineno}", language)
    if not seen:
        yield InputError(source, "empty")


def _row(line: bytes, where: str, language: str | None) -> Document | InputError:
    # GDELT writes UTF-8; a stray bad byte in an actor name should not cost the row.
    cols = line.decode("utf-8", errors="replace").split("\t")
    if len(cols) != 61:
        return InputError(where, f"expected 61 tab-separated columns (GDELT 2.0 events), got {len(cols)}")
    event_id = cols[0].strip()
    if not event_id.isdigit():
        return InputError(where, f"GLOBALEVENTID is not a number: {event_id[:40]!r}")
    url = cols[_IDX["SOURCEURL"]].strip()
    if not url.startswith(("http://", "https://")):
        return InputError(where, f"event {event_id}: SOURCEURL is not an http(s) URL: {url[:80]!r}")
    gd: dict = {}
    for key, (col, typ) in _FIELDS.items():
        value = cols[_IDX[col]].strip()
        if value == "":
            gd[key] = None
            continue
        try:
            gd[key] = typ(value)
        except ValueError:
            return InputError(where, f"event {event_id}: {col} is not a {typ.__name__}: {value[:40]!r}")
    published = _date(gd["dateadded"]) or _date(gd["sqldate"])
    if published is None:
        return InputError(where, f"event {event_id}: neither DATEADDED nor SQLDATE is a date")
    host = urlsplit(url).hostname or None
    return Document(id=event_id, text="", source=where, url=url, published=published, language=language,
                    outlet=host[4:] if host and host.startswith("www.") else host,
                    meta={"stub": True, "gdelt": gd})


def _date(value: str | None) -> dt.date | None:
    """YYYYMMDD or YYYYMMDDHHMMSS (GDELT's UTC timestamps)."""
    if not value or not value.isdigit() or len(value) not in (8, 14):
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None

"""Local files and stdin -> `Document | InputError`.

`.txt` plain text, `.html`/`.htm` HTML, `.jsonl` JSON Lines; anything else (and
stdin, `-`) is sniffed. Directories are walked recursively in sorted order,
skipping hidden entries. Problems are yielded as InputError, never raised.

Precedence of metadata:
- published: the record's own `published` > the HTML page's date > `published=`.
- language: `language=` with `force_language=True` > the record's own `language`
  > `language=`. A page's `<html lang>` only goes to `meta["html_lang"]`:
  templates often declare the wrong language.
- id: the record's `id`, else the path as given (JSONL: `path:line`).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from nukewatch.ingest.dates import parse_date
from nukewatch.ingest.encoding import BinaryContent, decode_bytes, looks_binary
from nukewatch.ingest.html import extract_html
from nukewatch.model import Document, InputError

__all__ = ["read_paths", "read_file", "read_bytes", "walk", "sniff_kind", "STDIN"]

STDIN = "<stdin>"
Item = Document | InputError

_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|h[1-6]|span|a|table|ul|br)\b",
                         re.I | re.S)
_HTML_ANY = re.compile(rb"<(?:html|body|p|div|br|article)\b[^>]*>", re.I)


def walk(path: Path) -> Iterator[Path]:
    """Files under `path`, recursively, sorted by name, hidden files and directories skipped."""
    entries = sorted(os.scandir(path), key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def read_paths(paths: Iterable[str], *, published: dt.date | None = None, language: str | None = None,
               force_language: bool = False) -> Iterator[Item]:
    """Read every path (file, directory, or `-` for stdin) into Documents and InputErrors."""
    opts = dict(published=published, language=language, force_language=force_language)
    for spec in paths:
        if spec == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, STDIN, **opts)
            continue
        path = Path(spec)
        if path.is_dir():
            found = False
            for file in walk(path):
                found = True
                yield from read_file(file, **opts)
            if not found:
                yield InputError(spec, "directory has no (non-hidden) files")
        else:
            yield from read_file(spec, **opts)


def read_file(path: str | Path, *, published: dt.date | None = None, language: str | None = None,
              force_language: bool = False, kind: str | None = None) -> Iterator[Item]:
    """One file; `kind` ("text", "html", "jsonl") overrides the extension."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
        return
    except IsADirectoryError:
        yield InputError(source, "is a directory")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    if kind is None:
        kind = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
                ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(Path(path).suffix.lower())
    yield from read_bytes(data, source, published=published, language=language,
                          force_language=force_language, kind=kind)


def sniff_kind(data: bytes) -> str:
    """"jsonl", "html" or "text", from the first bytes."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if _HTML_START.match(head) or len(_HTML_ANY.findall(head[:8192])) >= 2:
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, *, published: dt.date | None = None, language: str | None = None,
               force_language: bool = False, kind: str | None = None) -> Iterator[Item]:
    """Bytes already read from `source`; `kind` None means sniff the content."""
    lang = language if force_language else None
    if not data.strip():
        yield InputError(source, "empty")
        return
    kind = kind or sniff_kind(data)
    if kind == "jsonl":
        if looks_binary(data):
            yield InputError(source, "binary file, not text")
            return
        yield from _read_jsonl(data, source, published, language, force_language)
        return
    try:
        if kind == "html":
            page = extract_html(data)
        else:
            text, encoding = decode_bytes(data)
    except BinaryContent as exc:
        yield InputError(source, str(exc))
        return
    if kind == "html":
        if not page.text.strip():
            yield InputError(source, "empty: no text in HTML")
            return
        yield Document(id=source, text=page.text, source=source, title=page.title,
                       published=page.published or published, language=lang or language,
                       meta=_page_meta(page))
        return
    text = _normalize_newlines(text).strip("\n")
    if not text.strip():
        yield InputError(source, "empty")
        return
    yield Document(id=source, text=text, source=source, published=published, language=lang or language,
                   meta={"encoding": encoding})


def _normalize_newlines(text: str) -> str:
    # Offsets of evidence are into this text; \r\n would make them differ across platforms.
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _page_meta(page) -> dict:
    meta = {"extraction": page.method}
    if page.encoding:
        meta["encoding"] = page.encoding
    if page.description:
        meta["description"] = page.description
    if page.language:
        meta["html_lang"] = page.language
    return meta


def _read_jsonl(data: bytes, source: str, published: dt.date | None, language: str | None,
                force_language: bool) -> Iterator[Item]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    # JSON Lines is UTF-8 by spec; a file that never decodes as UTF-8 on any non-ASCII
    # line is a legacy export: decode its bad lines with the file's detected codec.
    # If other lines are valid UTF-8, the bad ones are broken lines, reported as such.
    fallback: str | None = None
    utf8_seen = False
    for raw in lines:
        if not raw.isascii():
            try:
                raw.decode("utf-8")
                utf8_seen = True
                break
            except UnicodeDecodeError:
                pass
    for lineno, raw in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if utf8_seen:
                yield InputError(where, f"not valid UTF-8 (byte {exc.start + 1})")
                continue
            if fallback is None:
                try:
                    fallback = decode_bytes(data)[1]
                except BinaryContent:
                    fallback = "utf-8"
            line = raw.decode(fallback, errors="replace")
        yield _jsonl_record(line, where, published, language, force_language)


def _jsonl_record(line: str, where: str, published: dt.date | None, language: str | None,
                  force_language: bool) -> Item:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(rec, dict):
        return InputError(where, f"expected a JSON object, got {type(rec).__name__}")
    text, html = rec.get("text"), rec.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return InputError(where, f"field {name!r} must be a string, got {type(value).__name__}")
    rid = rec.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        return InputError(where, f"field 'id' must be a string, got {type(rid).__name__}")
    doc_id = str(rid) if rid not in (None, "") else where
    meta: dict = {}
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    page_date = None
    if text and text.strip():
        body = _normalize_newlines(text)
    elif html and html.strip():
        page = extract_html(html, rec.get("url") if isinstance(rec.get("url"), str) else None)
        if not page.text.strip():
            return InputError(where, "empty: no text in 'html'")
        body, page_date = page.text, page.published
        title = title or page.title
        meta.update(_page_meta(page))
    elif text is None and html is None:
        return InputError(where, "record has neither 'text' nor 'html'")
    else:
        return InputError(where, "empty: 'text'/'html' is blank")
    own_date = None
    if rec.get("published") not in (None, ""):
        own_date = parse_date(rec["published"])
        if own_date is None:
            # A bad date should not cost the document: keep it, say so.
            meta.setdefault("warnings", []).append(f"unparseable published: {rec['published']!r}")
    own_lang = rec.get("language") if isinstance(rec.get("language"), str) and rec.get("language") else None
    lang = language if force_language and language else (own_lang or language)
    return Document(id=doc_id, text=body, source=where, title=title,
                    url=rec.get("url") if isinstance(rec.get("url"), str) else None,
                    published=own_date or page_date or published, language=lang,
                    outlet=rec.get("outlet") if isinstance(rec.get("outlet"), str) else None, meta=meta)

"""RSS / Atom / RDF (feedparser) and JSON Feed -> one Document per entry.

Safety first: XML is parsed with defusedxml before feedparser sees it, so a
document declaring entities (billion laughs, external entities) is refused
with an InputError instead of being expanded. Encodings: BOM, valid UTF-8,
the XML prolog, then detection (legacy koi8-r / windows-1255 feeds declare
nothing); feedparser then gets UTF-8 bytes with a matching prolog.

Entry -> Document: id = entry id (else link, else `source#n`), title, url =
link, published = the entry's own date as written, text = the longest of
content / summary with HTML stripped (the title when there is neither).
`meta["summary_only"]` is True when the feed carries no full content: callers
with a fetcher may fetch `url` for the article (sources.py does).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from nukewatch.ingest.dates import parse_date
from nukewatch.ingest.encoding import BinaryContent, decode_bytes
from nukewatch.ingest.html import fragment_text
from nukewatch.model import Document, InputError

__all__ = ["read_feed", "parse_feed", "looks_like_feed"]

_PROLOG_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)
_FEED_ROOT_RE = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)\b", re.I)
# Feeds whose content is shorter than this are treated as summaries to fetch.
SUMMARY_CHARS = 600


def looks_like_feed(data: bytes) -> bool:
    """RSS/Atom/RDF root element or a JSON Feed in the first 4 KB."""
    head = data[:4096]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return b"jsonfeed.org" in head
    return bool(_FEED_ROOT_RE.search(head))


def read_feed(path: str, *, language: str | None = None, force_language: bool = False,
              published: dt.date | None = None) -> Iterator[Document | InputError]:
    """A feed file (RSS, Atom, RDF or JSON Feed)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    yield from parse_feed(data, path, language=language, force_language=force_language, published=published)


def parse_feed(data: bytes, source: str, *, base_url: str | None = None, charset: str | None = None,
               language: str | None = None, force_language: bool = False,
               published: dt.date | None = None) -> Iterator[Document | InputError]:
    """Feed bytes from `source` (a path or URL); `charset` from an HTTP header, if any."""
    if not data.strip():
        yield InputError(source, "empty")
        return
    try:
        text, _ = decode_bytes(data, charset, sniff_document=True)
    except BinaryContent as exc:
        yield InputError(source, str(exc))
        return
    body = text.lstrip("\ufeff \t\r\n")
    if body.startswith("{"):
        yield from _json_feed(body, source, language, force_language, published)
        return
    refusal = _refuse_unsafe_xml(body)
    if refusal:
        yield InputError(source, refusal)
        return
    import feedparser

    # Re-encode as UTF-8 with no prolog, so feedparser cannot re-guess the encoding.
    xml = _PROLOG_RE.sub("", body, count=1).encode("utf-8")
    headers = {"content-type": "application/xml; charset=utf-8"}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(xml, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries:
        if not parsed.version:
            why = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() or parsed.get("bozo_exception")
            yield InputError(source, f"not a feed (RSS/Atom/RDF/JSON Feed){f': {why}' if why else ''}")
        else:
            yield InputError(source, "feed has no entries")
        return
    feed = parsed.feed
    feed_lang = _primary(feed.get("language"))
    feed_title = feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        contents = [c.get("value", "") for c in entry.get("content", []) or []]
        summary = entry.get("summary", "") or ""
        links = [entry.get("link")] + [lk.get("href") for lk in entry.get("links", []) or []]
        url = next((u for u in links if isinstance(u, str) and u.startswith(("http://", "https://"))), None)
        yield _entry_doc(
            source=f"{source}#{n}", n=n, base=source,
            eid=entry.get("id"), url=url, title=entry.get("title"),
            date_raw=entry.get("published") or entry.get("updated") or entry.get("created"),
            date_parsed=entry.get("published_parsed") or entry.get("updated_parsed"),
            contents=contents, summary=summary,
            lang=_primary(entry.get("language")) or feed_lang, feed_title=feed_title,
            language=language, force_language=force_language, published=published)


def _refuse_unsafe_xml(text: str) -> str | None:
    """Reason to refuse the XML, or None. Parse errors are not refusals: feedparser copes."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    xml = _PROLOG_RE.sub("", text, count=1).encode("utf-8")
    try:
        DET.fromstring(xml, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return f"refused: unsafe XML ({type(exc).__name__}: {exc}); entity declarations are not expanded"
    except Exception:  # ill-formed XML: feedparser's lenient parser gets its chance
        return None
    return None


def _primary(lang: Any) -> str | None:
    if not isinstance(lang, str) or not lang.strip():
        return None
    return re.split(r"[-_]", lang.strip(), maxsplit=1)[0].lower() or None


def _strip(html: str) -> str:
    return fragment_text(html) if "<" in html or "&" in html else " ".join(html.split())


def _entry_doc(*, source: str, n: int, base: str, eid: Any, url: Any, title: Any, date_raw: Any,
               date_parsed: Any, contents: list[str], summary: str, lang: str | None, feed_title: Any,
               language: str | None, force_language: bool, published: dt.date | None) -> Document | InputError:
    title = _strip(title) if isinstance(title, str) and title.strip() else None
    url = url if isinstance(url, str) and url.strip() else None
    texts = [_strip(c) for c in contents if isinstance(c, str)]
    full = max(texts, key=len, default="")
    summ = _strip(summary) if isinstance(summary, str) else ""
    text = full if len(full) >= len(summ) else summ
    text_from = "content" if text and text is full else "summary"
    if not text.strip():
        if not title:
            return InputError(source, "entry has no title, content or summary")
        text, text_from = title, "title"
    day = parse_date(date_raw) or parse_date(date_parsed)
    host = urlsplit(url).hostname if url else None
    meta = {"feed": feed_title, "text_from": text_from,
            "summary_only": text_from != "content" or len(text) < SUMMARY_CHARS}
    return Document(
        id=str(eid) if eid not in (None, "") else (url or f"{base}#{n}"),
        text=text, source=source, title=title, url=url, published=day or published,
        language=language if force_language and language else (lang or language),
        outlet=(host[4:] if host and host.startswith("www.") else host), meta=meta)


def _json_feed(body: str, source: str, language: str | None, force_language: bool,
               published: dt.date | None) -> Iterator[Document | InputError]:
    try:
        feed = json.loads(body)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"invalid JSON Feed: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        yield InputError(source, "not a feed: JSON without a jsonfeed.org version")
        return
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        yield InputError(source, "feed has no entries")
        return
    feed_lang = _primary(feed.get("language"))
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            yield InputError(f"{source}#{n}", f"item is not an object ({type(item).__name__})")
            continue
        contents = [v for v in (item.get("content_html"), item.get("content_text")) if isinstance(v, str)]
        yield _entry_doc(
            source=f"{source}#{n}", n=n, base=source, eid=item.get("id"), url=item.get("url") or item.get("external_url"),
            title=item.get("title"), date_raw=item.get("date_published") or item.get("date_modified"),
            date_parsed=None, contents=contents, summary=item.get("summary") or "",
            lang=_primary(item.get("language")) or feed_lang, feed_title=feed.get("title"),
            language=language, force_language=force_language, published=published)

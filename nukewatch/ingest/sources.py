"""Source specs -> `Document | InputError`: one entry point for every reader.

A spec is `-` (stdin), a path (file or directory, walked in sorted order) or
an http(s) URL. Files are dispatched by content and name:
WARC (`.warc[.gz]` or `WARC/1.` inside) -> warc; GDELT events export
(`*.export.CSV[.zip]` or 61 tab columns) -> gdelt; `.urls`, or a `.txt` whose
every non-empty line is an http(s) URL -> fetch each; a feed (RSS/Atom/RDF
root element or JSON Feed) -> feeds; anything else -> files (txt/html/jsonl).
URLs are fetched: a feed is read as a feed, a page is extracted.

`fetch=True` also fetches the articles behind GDELT stubs and summary-only
feed entries; a failed fetch yields an InputError and then the stub/entry
unchanged, so nothing is lost. `quick=True` selects the bulk path for WARC
and fetched pages (text = quick_text, HTML kept for `html.full_extract`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from nukewatch.ingest import files
from nukewatch.ingest.encoding import BinaryContent, decode_bytes
from nukewatch.ingest.feeds import looks_like_feed, parse_feed, read_feed
from nukewatch.ingest.fetch import Fetcher, FetchResult
from nukewatch.ingest.gdelt import is_gdelt_export, read_gdelt
from nukewatch.ingest.html import extract_html, quick_date, quick_text, quick_title
from nukewatch.ingest.warc import is_warc, read_warc
from nukewatch.model import Document, InputError

__all__ = ["iter_sources", "is_url", "is_url_list"]

Item = Document | InputError
_FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml", ".json")


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def is_url_list(path: Path) -> bool:
    """`.urls` files; `.txt` files only when every non-empty line is an http(s) URL."""
    suffix = path.suffix.lower()
    if suffix not in (".urls", ".txt"):
        return False
    if suffix == ".urls":
        return True
    seen = False
    try:
        with open(path, "rb") as fh:
            for raw in fh:  # stops at the first non-URL line: cheap on big text files
                line = raw.strip()
                if not line:
                    continue
                if not (line.lower().startswith((b"http://", b"https://")) and b" " not in line):
                    return False
                seen = True
    except OSError:
        return False
    return seen


class _Run:
    def __init__(self, *, published, language, force_language, fetch, fetcher, allow_private, quick):
        self.published, self.language, self.force_language = published, language, force_language
        self.fetch_articles, self.quick = fetch, quick
        self._fetcher, self._own = fetcher, fetcher is None
        self.allow_private = allow_private

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(allow_private=self.allow_private)
        return self._fetcher

    def close(self) -> None:
        if self._own and self._fetcher is not None:
            self._fetcher.close()

    # -- dispatch ------------------------------------------------------------

    def spec(self, spec: str) -> Iterator[Item]:
        if spec == "-":
            yield from files.read_paths(["-"], published=self.published, language=self.language,
                                        force_language=self.force_language)
        elif is_url(spec):
            yield from self.url(spec)
        else:
            path = Path(spec)
            if path.is_dir():
                found = False
                for file in files.walk(path):
                    found = True
                    yield from self.file(file)
                if not found:
                    yield InputError(spec, "directory has no (non-hidden) files")
            elif not path.exists():
                yield InputError(spec, "no such file or directory" if "://" not in spec
                                 else "unsupported URL scheme (only http and https)")
            else:
                yield from self.file(path)

    def file(self, path: Path) -> Iterator[Item]:
        name = str(path)
        if is_warc(path):
            yield from read_warc(path, quick=self.quick, language=self.language, force_language=self.force_language)
        elif is_gdelt_export(path):
            for item in read_gdelt(path, language=self.language):
                yield from self.maybe_fetch(item)
        elif is_url_list(path):
            yield from self.url_list(path)
        elif self._is_feed_file(path):
            for item in read_feed(name, language=self.language, force_language=self.force_language,
                                  published=self.published):
                yield from self.maybe_fetch(item)
        else:
            yield from files.read_file(path, published=self.published, language=self.language,
                                       force_language=self.force_language)

    @staticmethod
    def _is_feed_file(path: Path) -> bool:
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            return False
        if path.suffix.lower() in (".html", ".htm", ".jsonl", ".txt"):
            return False
        return looks_like_feed(head)

    def url_list(self, path: Path) -> Iterator[Item]:
        try:
            text, _ = decode_bytes(path.read_bytes())
        except (OSError, BinaryContent) as exc:
            yield InputError(str(path), f"cannot read URL list: {exc}")
            return
        for lineno, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                yield InputError(f"{path}:{lineno}", f"not an http(s) URL: {line[:100]!r}")
                continue
            yield from self.url(line)

    # -- URLs ------------------------------------------------------------------

    def url(self, url: str) -> Iterator[Item]:
        r = self.fetcher.fetch(url, conditional=True)
        if isinstance(r, InputError):
            yield r
            return
        if r.truncated:
            yield InputError(url, f"response cut at the {self.fetcher.max_bytes}-byte cap; partial content kept")
        if not r.is_html and looks_like_feed(r.body):
            for item in parse_feed(r.body, url, base_url=r.url, charset=r.charset, language=self.language,
                                   force_language=self.force_language, published=self.published):
                yield from self.maybe_fetch(item)
            return
        yield self.page(url, r)

    def page(self, url: str, r: FetchResult, base: Document | None = None) -> Item:
        """A fetched page as a Document (`base`: the stub or entry it completes)."""
        lang = self.language if self.force_language or base is None else (base.language or self.language)
        meta = dict(base.meta) if base else {}
        meta.update(fetched_url=r.url)
        meta.pop("stub", None)
        try:
            if r.is_html:
                if self.quick:
                    page, codec = decode_bytes(r.body, r.charset, sniff_document=True)
                    text, title, published = quick_text(r.body, codec), quick_title(page), quick_date(page)
                    meta.update(html=r.body, charset=codec, encoding=codec)
                else:
                    ext = extract_html(r.body, r.url, charset=r.charset)
                    text, title, published = ext.text, ext.title, ext.published
                    meta.update(extraction=ext.method, encoding=ext.encoding, description=ext.description,
                                html_lang=ext.language)
            else:
                text, codec = decode_bytes(r.body, r.charset)
                title = published = None
                meta.update(encoding=codec)
        except BinaryContent as exc:
            return InputError(url, str(exc))
        if not text.strip():
            return InputError(url, "empty: no text in page")
        if base is not None:
            return dataclasses.replace(base, text=text, title=base.title or title,
                                       published=published or base.published, language=lang, meta=meta)
        return Document(id=url, text=text, source=url, title=title, url=r.url, published=published or self.published,
                        language=lang, outlet=_outlet(r.url), meta=meta)

    def maybe_fetch(self, item: Item) -> Iterator[Item]:
        """With fetch=True, complete GDELT stubs and summary-only feed entries with their article."""
        if not (self.fetch_articles and isinstance(item, Document) and item.url
                and (item.meta.get("stub") or item.meta.get("summary_only"))):
            yield item
            return
        r = self.fetcher.fetch(item.url)
        if isinstance(r, InputError):
            yield InputError(r.source, f"{r.message} (for {item.source})")
            yield item
            return
        if not r.is_html:
            yield InputError(item.url, f"not an HTML page ({r.content_type}) (for {item.source})")
            yield item
            return
        doc = self.page(item.url, r, base=item)
        if isinstance(doc, InputError):
            yield doc
            yield item
            return
        doc.meta["text_from"] = "article"
        yield doc


def _outlet(url: str) -> str | None:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host


def iter_sources(specs: list[str], *, published: dt.date | None = None, language: str | None = None,
                 force_language: bool = False, fetch: bool = False, fetcher: Fetcher | None = None,
                 allow_private: bool = False, quick: bool = False) -> Iterator[Item]:
    """Every Document and InputError from `specs`, in order. See the module doc for dispatch.

    `fetcher`: a configured Fetcher (cache, delays...); one is made (and closed) when
    needed otherwise, honouring `allow_private`.
    """
    run = _Run(published=published, language=language, force_language=force_language, fetch=fetch,
               fetcher=fetcher, allow_private=allow_private, quick=quick)
    try:
        for spec in specs:
            yield from run.spec(spec)
    finally:
        run.close()

"""HTML -> article text and metadata.

Two paths:
- `extract_html`: trafilatura main-text extraction (drops cookie banners, nav,
  footers, related-links boxes) plus title, date, description; used for
  documents that are going to be analyzed.
- `quick_text`: a regex tag stripper, ~50x cheaper, good enough for keyword
  triage of bulk crawls (WARC). Pages triage keeps get `full_extract`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import html as htmllib
import logging
import re
from dataclasses import dataclass

from nukewatch.ingest.dates import parse_date
from nukewatch.ingest.encoding import BinaryContent, decode_bytes
from nukewatch.model import Document

__all__ = ["ExtractedPage", "extract_html", "quick_text", "quick_title", "quick_date", "html_lang", "decode_html", "full_extract"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ExtractedPage:
    text: str  # article body only: no headline, no boilerplate
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None  # the page's declared <html lang>, normalized to its primary subtag
    description: str | None = None
    encoding: str | None = None  # codec the bytes were decoded with (None when given str)
    method: str = "trafilatura"  # or "fallback" when trafilatura found no main text


def decode_html(data: str | bytes, charset: str | None = None) -> tuple[str, str | None]:
    """Decode page bytes: BOM, valid UTF-8, `charset` (HTTP header), `<meta>` charset, detection."""
    if isinstance(data, str):
        return data, None
    return decode_bytes(data, charset, sniff_document=True)


_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.I)
_CONTENT_LANG_RE = re.compile(
    r"<meta\b[^>]*http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*content\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def html_lang(page: str) -> str | None:
    """Primary language subtag declared by the page (`<html lang>` or Content-Language meta)."""
    head = page[:16384]
    m = _LANG_RE.search(head) or _CONTENT_LANG_RE.search(head)
    return m.group(1).lower() if m else None


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def _drop_headline(text: str, title: str | None) -> str:
    """Drop the headline (and kicker lines above it) that trafilatura keeps at the top of the body.

    The title is stored separately; keeping it in the text would duplicate it in
    evidence and shift nothing useful into the analysis.
    """
    if not title:
        return text
    lines = text.split("\n")
    t = _norm(title)
    for i, line in enumerate(lines[:4]):
        if _norm(line) == t:
            if all(len(prev.split()) <= 6 for prev in lines[:i]):
                rest = "\n".join(lines[i + 1:]).strip()
                return rest or text
            break
    return text


def _fallback_text(page: str) -> tuple[str, str | None]:
    """Text of `<article>` (else `<body>`) via lxml, minus scripts/styles: no page is silently lost."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(page.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return quick_text(page), None
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    node = next(iter(root.xpath("//article")), None)
    if node is None:
        node = next(iter(root.xpath("//body")), root)
    text = "\n".join(line.strip() for line in node.text_content().splitlines())
    return re.sub(r"\n{2,}", "\n", text).strip(), title or None


def extract_html(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> ExtractedPage:
    """Main text, title, date, declared language and description of one HTML page.

    Raises `BinaryContent` when bytes are not text. Never returns an empty page
    silently: when trafilatura finds nothing, falls back to the text of `<article>`/`<body>`.
    """
    from trafilatura import bare_extraction

    page, encoding = decode_html(html, charset)
    lang = html_lang(page)
    try:
        doc = bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml can fail on odd markup; the fallback copes
        log.debug("trafilatura failed on %s: %s", url, exc)
        doc = None
    title = description = None
    published = None
    text = ""
    if doc is not None:
        title = doc.title or None
        description = doc.description or None
        published = parse_date(doc.date) if doc.date else None
        text = _drop_headline((doc.text or "").strip(), title)
    if text:
        return ExtractedPage(text, title, published, lang, description, encoding, "trafilatura")
    fb_text, fb_title = _fallback_text(page)
    return ExtractedPage(fb_text, title or fb_title, published, lang, description, encoding, "fallback")


# --- quick path -------------------------------------------------------------

_DROP_RE = re.compile(r"<!--.*?-->|<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_BLOCK_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|article|section|header|footer|nav|aside|main"
    r"|blockquote|pre|dd|dt|figcaption|title)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"<[^>]*>")
_TITLE_RE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)


def quick_text(html: str | bytes, charset: str | None = None) -> str:
    """Cheap visible-text approximation (regex tag stripping) for keyword triage.

    Keeps nav/boilerplate: it is for deciding relevance, not for analysis.
    Raises `BinaryContent` for non-text bytes.
    """
    page = decode_html(html, charset)[0] if isinstance(html, bytes) else html
    if "\ufeff" in page:  # stray BOMs from concatenated templates
        page = page.replace("\ufeff", "")
    page = _DROP_RE.sub(" ", page)
    page = _BLOCK_RE.sub("\n", page)
    page = _TAG_RE.sub("", page)
    if "&" in page:
        page = htmllib.unescape(page)
    # split/join runs in C: several times faster than whitespace regexes on big pages
    return "\n".join(" ".join(line.split()) for line in page.split("\n") if line and not line.isspace())


def quick_title(page: str) -> str | None:
    m = _TITLE_RE.search(page, 0, 65536)
    if not m:
        return None
    title = " ".join(htmllib.unescape(_TAG_RE.sub("", m.group(1))).split())
    return title or None


_DATE_RES = (
    re.compile(r"""<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|date|pubdate|publishdate|dc\.date(?:\.issued)?|sailthru\.date|parsely-pub-date)["']?[^>]*?content\s*=\s*["']([^"']{8,40})""", re.I),
    re.compile(r"""<meta\b[^>]*?content\s*=\s*["']([^"']{8,40})["'][^>]*?(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|datePublished|date|pubdate)["'\s/>]""", re.I),
    re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"'),
    re.compile(r"""<time\b[^>]*?datetime\s*=\s*["']([^"']{8,40})""", re.I),
)


def quick_date(page: str) -> dt.date | None:
    """Publication date from the usual metadata (meta tags, JSON-LD, first `<time>`), cheaply."""
    for rx in _DATE_RES:
        m = rx.search(page)
        if m and (d := parse_date(m.group(1))):
            return d
    return None


def full_extract(doc: Document) -> Document:
    """Full extraction for a quick-path document whose raw HTML is in `meta["html"]`.

    Returns a new Document: extracted text and title; the page's date wins over
    the crawl date (kept unless the page has none). `meta["html"]` is dropped.
    Documents without raw HTML are returned unchanged.
    """
    raw = doc.meta.get("html")
    if raw is None:
        return doc
    page = extract_html(raw, doc.url, charset=doc.meta.get("charset"))
    meta = {k: v for k, v in doc.meta.items() if k != "html"}
    meta.update(extraction=page.method, description=page.description, html_lang=page.language)
    if page.encoding:
        meta["encoding"] = page.encoding
    return dataclasses.replace(doc, text=page.text, title=page.title or doc.title,
                               published=page.published or doc.published, meta=meta)


__all__ += ["BinaryContent"]

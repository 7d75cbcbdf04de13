"""Bytes -> text without assuming an encoding.

Order: byte-order mark; valid non-ASCII UTF-8 (it cannot happen by accident,
while wrong "iso-8859-1" server defaults are common); a declared charset (HTTP
header, `<meta>`, XML prolog) when it decodes cleanly; then statistical detection
(charset_normalizer) for legacy files that declare nothing (cp1251, koi8-r,
latin-1...). Binary input is refused rather than decoded into mojibake.
"""
from __future__ import annotations

import codecs
import functools
import re
from collections import Counter

from charset_normalizer import from_bytes

__all__ = ["BinaryContent", "decode_bytes", "normalize_charset", "looks_binary", "charset_from_content_type"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels whose real-world meaning is a superset (WHATWG Encoding Standard): pages
# labelled latin-1 are nearly always cp1252, gb2312 pages use GBK/GB18030 chars.
_SUPERSETS = {
    "latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030",
    "iso8859_9": "cp1254", "iso8859_11": "cp874", "tis_620": "cp874",
    "euc_kr": "cp949", "big5": "big5hkscs", "shift_jis": "cp932",
}

# Detection reads at most this much; the whole input is then decoded with the result,
# so a 20 MB file costs one detection pass over a sample plus one decode.
_SAMPLE = 512 * 1024

_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""", re.I)


class BinaryContent(ValueError):
    """The bytes are not text in any encoding we can tell."""


@functools.lru_cache(maxsize=256)  # codecs.lookup per WARC record adds up
def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "unicode", "none"):
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        try:  # "x-mac-cyrillic", "x-sjis": experimental-prefixed labels
            name = codecs.lookup(label.removeprefix("x-")).name
        except LookupError:
            return None
    name = _SUPERSETS.get(name.replace("-", "_"), name)
    return codecs.lookup(name).name  # canonical spelling: "utf-8", "koi8-r", "cp1251"


def charset_from_content_type(content_type: str | None) -> str | None:
    """The `charset=` parameter of an HTTP Content-Type value, if any."""
    if not content_type:
        return None
    m = _CHARSET_RE.search(content_type.encode("latin-1", "replace"))
    return m.group(1).decode("ascii") if m else None


def sniff_declared_charset(data: bytes) -> str | None:
    """Charset declared inside the document: XML prolog or HTML `<meta>` (first 16 KB)."""
    head = data[:16384]
    m = _XML_ENC_RE.match(head)
    if m:
        return m.group(1).decode("ascii")
    for meta in re.finditer(rb"<meta\b[^>]*>", head, re.I):
        tag = meta.group(0)
        m = _CHARSET_RE.search(tag)
        if m:
            return m.group(1).decode("ascii")
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KB (after any BOM: UTF-16/32 legitimately contain NULs)."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return False
    return b"\x00" in data[:8192]


# Bytes that are control characters in every ASCII-compatible encoding (tab, LF, VT, FF,
# CR and ESC excepted: ESC starts ISO-2022 sequences).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _mostly_unprintable(data: bytes) -> bool:
    """More than 5% control bytes in the first 8 KB: C speed, no decoding needed."""
    sample = data[:8192]
    return bool(sample) and len(sample.translate(None, _NOT_CONTROL)) / len(sample) > 0.05


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None, *, sniff_document: bool = False) -> tuple[str, str]:
    """Decode `data`; return (text, codec used). Raises BinaryContent.

    `declared` is an outside declaration (HTTP header); `sniff_document` also
    honours a `<meta charset>` / XML prolog inside the bytes.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, codec
    if looks_binary(data):
        raise BinaryContent("binary file, not text")
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and not data.isascii():
        # Valid UTF-8 with multi-byte sequences is practically never an accident, while
        # "charset=iso-8859-1" on UTF-8 pages is a common server default: UTF-8 wins.
        return _check(utf8, data), "utf-8"
    candidates = [normalize_charset(declared)]
    if sniff_document:
        candidates.append(normalize_charset(sniff_declared_charset(data)))
    for codec in candidates:
        # A declaration is trusted only if it decodes cleanly: mislabelled pages
        # (utf-8 declared, cp1251 served) are common, and detection does better.
        if codec and (text := _strict(data, codec)) is not None:
            return _check(text, data), codec
    if utf8 is not None:
        return _check(utf8, data), "utf-8"
    sample = data[:_SAMPLE]
    if len(data) > _SAMPLE:
        cut = sample.rfind(b"\n")
        sample = sample[: cut if cut > _SAMPLE // 2 else _SAMPLE]
    codec = _detect(sample)
    if codec is None:
        raise BinaryContent("binary file, not text")
    text = _strict(data, codec)
    if text is None:  # the sample was clean but the rest is not: keep what decodes
        text = data.decode(codec, errors="replace")
    return _check(text, data), codec


# Codecs of the languages nukewatch reads, in order of preference on ties.
_PREFERRED = ("cp1251", "koi8-r", "koi8-u", "cp1252", "iso8859-15", "cp1250", "mac-cyrillic", "cp866",
              "iso8859-5")
_OK_PUNCT = set("«»—–‒“”„‘’‚…№°€£§©®™•·×\xa0\u2009\u202f")
_MIDCAPS = re.compile(r"[a-z\u0430-\u045f\u0491][A-Z\u0400-\u042f\u0490]")
_LATIN1_RUN = re.compile(r"[\u00c0-\u024f]{2,}")
_MIXED = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")


def _plausibility(text: str) -> float:
    """How much `text` looks like real prose (1.0 best): penalizes symbols/controls,
    mid-word capitals (koi8-r read as cp1251 swaps case), runs of accented Latin
    letters (mojibake of multi-byte or Cyrillic text) and Latin/Cyrillic mixes."""
    counts = Counter(text)
    letters = bad = 0
    for ch, n in counts.items():
        if ch.isalpha():
            letters += n
        elif not (ch.isascii() or ch in _OK_PUNCT or ch.isspace()):
            bad += n
    penalty = bad + 2 * (len(_MIDCAPS.findall(text)) + len(_LATIN1_RUN.findall(text)) + len(_MIXED.findall(text)))
    return 1.0 - penalty / max(letters, 1)


def _detect(sample: bytes) -> str | None:
    """charset_normalizer's candidates plus our languages' codecs, ranked by plausibility.

    charset_normalizer alone misreads short samples (it calls 40 bytes of cp1251
    Russian mac_cyrillic or big5); the plausibility score settles those cases.
    """
    probe = sample[:32768]
    results = list(from_bytes(sample))
    detected = [normalize_charset(r.encoding) or r.encoding for r in results[:3]]
    first: list[str] = []
    if results and results[0].chaos <= 0.05 and results[0].coherence >= 0.3:
        # A confident detection (clean decode, letter frequencies of a known language)
        # wins ties: it is what tells Hebrew cp1255 from cp1251, both all letters.
        first = detected[:1]
    best, best_score = None, float("-inf")
    for codec in dict.fromkeys([*first, *_PREFERRED, *detected]):
        text = _strict(probe, codec)
        if text is None and len(probe) < len(sample):  # probe may end mid-character
            text = probe.decode(codec, errors="ignore") if _strict(sample, codec) is not None else None
        if text is None:
            continue
        score = _plausibility(text)
        if score > best_score + 1e-9:
            best, best_score = codec, score
    return best


def _check(text: str, data: bytes) -> str:
    if _mostly_unprintable(data):
        raise BinaryContent("binary file, not text")
    return text

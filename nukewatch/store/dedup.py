"""Exact and near-duplicate detection: normalized-text hashes and MinHash/LSH.

Exact duplicates: sha256 of the text after NFKC, casefolding and whitespace
collapsing, so that a re-encoded or re-wrapped copy of a text hashes the same.

Near duplicates: a MinHash signature (datasketch, 128 permutations, word
5-shingles) of each document that keeps its text. LSH banding (the band
count and width datasketch's MinHashLSH picks for a 0.7 threshold) turns a
signature into `LSH_BANDS` bucket keys; the store keeps them in the
`lsh_bands` table, so candidate lookup is one indexed query inside the
writing transaction (see docs/store.md for why this beats an in-memory index
rebuilt on open). A candidate joins the story only when the estimated Jaccard
similarity of the two signatures reaches the threshold.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE = 5  # words per shingle
THRESHOLD = 0.7
SCHEME = "affine32"  # datasketch >= 2.0 hashing scheme; persisted signatures depend on it
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """NFKC, casefold, whitespace collapsed and stripped.

    str.split() splits on exactly the characters `\\s` matches in a str pattern,
    and is five times faster than re.sub on a news article.
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """sha256 hex digest of the normalized text: the identity of a document's content."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def lsh_params() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH chooses for THRESHOLD and NUM_PERM."""
    return _lsh_params()


@lru_cache(maxsize=1)
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


def shingles(text: str) -> list[bytes]:
    """Word 5-shingles of the normalized text (the whole text when it is shorter)."""
    words = _WORD.findall(normalize(text))
    if not words:
        return []
    if len(words) < SHINGLE:
        return [" ".join(words).encode("utf-8")]
    return list({" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)})


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32) of a text, or None when it has no words."""
    from datasketch import MinHash

    sh = shingles(text)
    if not sh:
        return None
    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=t.permutations)
    m.update_batch(sh)
    return np.asarray(m.hashvalues, dtype=np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, bucket) pairs: bucket is a signed 64-bit hash of the band's rows."""
    b, r = lsh_params()
    raw = np.asarray(sig, dtype="<u4")
    out = []
    for i in range(b):
        h = hashlib.blake2b(raw[i * r:(i + 1) * r].tobytes(), digest_size=8).digest()
        out.append((i, int.from_bytes(h, "little", signed=True)))
    return out

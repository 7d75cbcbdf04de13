"""ingest stage: readers that turn sources into `Document | InputError`.

files (txt/html/jsonl/dirs/stdin), html (extraction), warc, feeds, gdelt,
fetch (HTTP), sources (dispatch by spec). Readers never raise on bad input:
they yield InputError. `Skipped` marks inputs passed over on purpose
(non-HTML content, HTTP errors, robots.txt) so callers can count them apart.
"""
from __future__ import annotations

from dataclasses import dataclass

from nukewatch.model import InputError


@dataclass(slots=True)
class Skipped(InputError):
    """Not an error in the input: deliberately not read (message says why)."""


__all__ = ["Skipped"]

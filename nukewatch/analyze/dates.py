"""Date expressions in a sentence, resolved against the publication date.

Why not dateparser: its `search_dates` runs at ~60 documents/s and misses
news idioms ("mi-octobre", "fin octobre", "в четверг", "am Donnerstag").
Here each pack lists its weekday, month and relative-day words; the grammar
(day before or after the month, optional year, "the most recent such weekday")
is shared by every language.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nukewatch.analyze.packs import LanguagePack
from nukewatch.analyze.patterns import Scan

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})(?:er|\.|-?го|-?е|º)?\s+(?:de\s+|of\s+)?$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"^\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d.,]\d)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)(?!\d)")
# Announced dates may lie a little ahead of publication ("until 30 October").
_FUTURE_TOLERANCE = dt.timedelta(days=75)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    specific: int  # 2 = a day, 1 = a month, 0 = a bare year: the more specific wins on overlap


def _infer_year(published: dt.date, month: int, day: int = 1) -> int:
    year = published.year
    try:
        if dt.date(year, month, day) - published > _FUTURE_TOLERANCE:
            year -= 1
    except ValueError:
        pass
    return year


def find_dates(text: str, pack: LanguagePack, published: dt.date | None,
               scan: Scan | None = None) -> list[DateMention]:
    """Every resolvable date expression in `text`, sorted by position (`scan`: the text's, if made)."""
    if published is None:
        return [DateMention(m.start(), m.end(), m.group(0), 2) for m in _ISO.finditer(text)]
    found: list[DateMention] = [DateMention(m.start(), m.end(), m.group(0), 2) for m in _ISO.finditer(text)]
    scan = scan or pack.prefilter.scan(text)
    live = scan.live  # most sentences name no month or day: skip their word lists outright
    for month, words in enumerate(pack.months, start=1):
        if words.key not in live:
            continue
        for m in scan.finditer(words, text):
            start, end = m.start(), m.end()
            day = None
            before = _DAY_BEFORE.search(text[max(0, start - 12):start])
            if before:
                day, start = int(before.group(1)), start - len(before.group(0))
            else:
                after = _DAY_AFTER.match(text[end:end + 8])
                if after:
                    day, end = int(after.group(1)), end + after.end()
            ym = _YEAR_AFTER.match(text[m.end():m.end() + 16])
            year = int(ym.group(1)) if ym else _infer_year(published, month, day or 1)
            if ym:
                end = max(end, m.end() + ym.end())
            if day is not None and 1 <= day <= 31:
                try:
                    found.append(DateMention(start, end, dt.date(year, month, day).isoformat(), 2))
                    continue
                except ValueError:
                    pass
            found.append(DateMention(start, end, f"{year:04d}-{month:02d}", 1))
    for weekday, words in enumerate(pack.weekdays):
        if words.key not in live:
            continue
        for m in scan.finditer(words, text):
            back = (published.weekday() - weekday) % 7
            found.append(DateMention(m.start(), m.end(), (published - dt.timedelta(days=back)).isoformat(), 2))
    for words, offset in pack.relative_days:
        if words.key not in live:
            continue
        for m in scan.finditer(words, text):
            found.append(DateMention(m.start(), m.end(), (published + dt.timedelta(days=offset)).isoformat(), 2))
    for words, offset in pack.relative_weeks:
        if words.key in live:
            # A week is dated by its month: the one its Thursday falls in, as ISO weeks are.
            thursday = published - dt.timedelta(days=published.weekday() - 3) + dt.timedelta(weeks=offset)
            found += [DateMention(m.start(), m.end(), f"{thursday:%Y-%m}", 1) for m in scan.finditer(words, text)]
    for words, offset in pack.relative_months:
        if words.key in live:
            y, mo = divmod(published.year * 12 + published.month - 1 + offset, 12)
            found += [DateMention(m.start(), m.end(), f"{y:04d}-{mo + 1:02d}", 1) for m in scan.finditer(words, text)]
    for words, offset in pack.relative_years:  # "last year": a year, background like a bare one
        if words.key in live:
            found += [DateMention(m.start(), m.end(), f"{published.year + offset:04d}", 0)
                      for m in scan.finditer(words, text)]
    if pack.year_before is not None or pack.year_after is not None:
        found += _bare_years(text, pack, published)
    return _drop_overlaps(found)


_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d|\w)")  # not "1980s", a decade


def _bare_years(text: str, pack: LanguagePack, published: dt.date) -> list[DateMention]:
    """"in 1994", "в 2010 году": a year alone, only where the pack's year words frame it
    (a bare number may be a count: "2000 tactical weapons")."""
    out = []
    for m in _YEAR.finditer(text):
        if int(m.group(1)) > published.year:
            continue
        before = text[max(0, m.start() - 20):m.start()]
        if pack.year_since is not None and pack.year_since.search(before):
            continue  # "the first since 1992", "з 1992 року": a span reaching to now dates nothing
        if (pack.year_before is not None and pack.year_before.search(before)) \
                or (pack.year_after is not None and pack.year_after.match(text[m.end():m.end() + 12])):
            out.append(DateMention(m.start(), m.end(), m.group(1), 0))
    return out


def _drop_overlaps(found: list[DateMention]) -> list[DateMention]:
    """A weekday next to a full date ("Jeudi 27 octobre") is one expression: keep the full date."""
    found.sort(key=lambda d: (d.start, -d.specific, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        clash = next((o for o in out if d.start < o.end + 2 and o.start < d.end + 2), None)
        if clash is None:
            out.append(d)
        elif (d.specific, d.end - d.start) > (clash.specific, clash.end - clash.start) and "-" in d.value[5:]:
            # A full date beats an adjacent weekday or bare month.
            if len(d.value) >= len(clash.value):
                out[out.index(clash)] = d
    return sorted(out, key=lambda d: d.start)

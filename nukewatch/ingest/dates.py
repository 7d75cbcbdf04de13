"""Lenient publication-date parsing shared by the readers."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

__all__ = ["parse_date"]

_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
            "%b. %d, %Y")


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO date/datetime, RFC 2822, a few common forms, or a time.struct_time.

    The date is taken as written (a datetime's local date, not converted to UTC):
    that is the day the outlet says it published. Returns None when unparseable.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace(" UTC", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)", s)  # ISO date with an odd time part
    if m:
        try:
            return dt.date(*map(int, m.groups()))
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(s)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None

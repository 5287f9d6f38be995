"""Dates: the publication date, and time expressions resolved against it.

"on Tuesday", "last week", "since March 12", "April 2023" become a ``TimeRange`` (ISO dates, both
ends inclusive) anchored on the publication date, as a news reader resolves them. Without a
publication date, relative expressions stay unresolved (start/end None) rather than being anchored
on the day the analysis happens to run.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from claimgraph.model import Span, TimeRange

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# Expressions that only make sense relative to the publication date.
RELATIVE = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|overnight|last|this|next|ago|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|week|month|earlier|later)\b",
    re.IGNORECASE,
)
NOT_DATES = re.compile(r"^(a few|several|many|the past|recent|the coming)\b|\b(years?|decades?) old\b", re.I)


# Words a tagger marks as dates that name no time: an age after a name ("Um Ahmed, 45,"), a bare
# count, or a span of comparison ("the deadliest in months", "for years").
NO_TIME = re.compile(r"^(\d{1,3}|(in|for|over)?\s*(days|weeks|months|years|decades))$", re.IGNORECASE)


def names_a_time(text: str) -> bool:
    """Whether a date expression the tagger found can date an event (not an age or "in months")."""
    return not NO_TIME.match(text.strip())


def parse_published(value: str | None) -> date | None:
    """The publication date from metadata (ISO 8601 or anything dateparser reads), or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    parsed = _parser(None).get_date_data(value).date_obj
    return parsed.date() if parsed else None


@lru_cache(maxsize=64)
def _parser(base: date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    return DateDataParser(languages=["en"], settings=settings)


def _week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def resolve(text: str, published: date | None) -> tuple[date | None, date | None]:
    """The first and last day a time expression covers, anchored on the publication date."""
    phrase = re.sub(r"^(on|in|at|during|by|from|early|late)\s+", "", text.strip(), flags=re.I).strip()
    if not phrase or NOT_DATES.search(phrase) or not names_a_time(phrase):
        return None, None
    relative = bool(RELATIVE.search(phrase))
    if relative and published is None:
        return None, None
    lower = phrase.lower()
    if published is not None:
        if lower in {"overnight", "last night", "tonight"}:
            return published - timedelta(days=1), published
        weekday = next((WEEKDAYS[w] for w in WEEKDAYS if re.match(rf"^(last\s+)?{w}\b", lower)), None)
        if weekday is not None:
            # News convention: a bare weekday is the latest such day on or before publication.
            back = (published.weekday() - weekday) % 7
            if lower.startswith("last ") and back == 0:
                back = 7
            day = published - timedelta(days=back)
            return day, day
    since = re.match(r"^since\s+(.+)$", phrase, re.I)
    if since:
        start, _ = resolve(since.group(1), published)
        return start, published
    data = _parser(published).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None, None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "week":
        return _week(day)
    if period == "month":
        first = day.replace(day=1)
        return first, first.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def time_range(text: str, published: date | None, span: Span | None = None) -> TimeRange:
    start, end = resolve(text, published)
    return TimeRange(start.isoformat() if start else None, end.isoformat() if end else None, span)

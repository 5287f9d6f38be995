"""Time expressions resolved against the publication date, as a reader of the report would."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.analyse.dates import parse_published, resolve

WEDNESDAY = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on Tuesday", date(2024, 3, 19), date(2024, 3, 19)),
        ("Wednesday", WEDNESDAY, WEDNESDAY),  # published on a Wednesday: that same day
        ("last Wednesday", date(2024, 3, 13), date(2024, 3, 13)),
        ("yesterday", date(2024, 3, 19), date(2024, 3, 19)),
        ("overnight", date(2024, 3, 19), WEDNESDAY),
        ("last week", date(2024, 3, 11), date(2024, 3, 17)),
        ("since March 12", date(2024, 3, 12), WEDNESDAY),
        ("March 4", date(2024, 3, 4), date(2024, 3, 4)),
        ("April 2023", date(2023, 4, 1), date(2023, 4, 30)),
        ("in 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("last month", date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_relative_dates(text: str, start: date, end: date) -> None:
    assert resolve(text, WEDNESDAY) == (start, end)


@pytest.mark.parametrize("text", ["a few days", "several weeks", "the past year"])
def test_durations_are_not_dates(text: str) -> None:
    assert resolve(text, WEDNESDAY) == (None, None)


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve("on Tuesday", None) == (None, None)
    assert resolve("March 4, 2024", None) == (date(2024, 3, 4), date(2024, 3, 4))


def test_published_metadata_forms() -> None:
    assert parse_published("2024-03-20") == WEDNESDAY
    assert parse_published("2024-03-20T08:15:00Z") == WEDNESDAY
    assert parse_published("20 March 2024") == WEDNESDAY
    assert parse_published(None) is None

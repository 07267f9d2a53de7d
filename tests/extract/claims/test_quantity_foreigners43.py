"""People one state counts as foreigners it removed ("900 foreign nationals were deported") and the people of one
nationality another side counts for the same removal ("120 Indonesian citizens") may be some of them
(compare/__init__.py ``_foreigners``, ``_nationals_of_foreigners``): the foreigners' figure at or above the
nationals' holds with it, no conflict. Texts written for these tests, about made-up removals."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 12)


def _quantity_conflicts(text: str) -> list[str]:
    return [c.summary for c in analyze_text(text, DAY).conflicts if c.kind == "quantity"]


def test_more_foreigners_than_nationals_is_no_conflict() -> None:
    """The nationals may be some of the foreigners."""
    assert _quantity_conflicts(
        "Malaysia's immigration department said 900 foreign nationals were deported through the Tebedu post last "
        "week. Indonesia's foreign ministry said 120 Indonesian citizens were deported through Tebedu in the same "
        "week.") == []


def test_foreign_nationals_and_another_people_is_no_conflict() -> None:
    assert _quantity_conflicts(
        "The Thai immigration bureau said 1,500 foreign nationals were deported through the Mae Sot post last week. "
        "Myanmar's labour ministry said 300 Burmese citizens were deported through the Mae Sot post in the same "
        "week.") == []

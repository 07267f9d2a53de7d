"""The Document record at the boundary of the Python API: a publication date given as ISO 8601 text is read as a
date, anything else is refused with a clear InputError instead of failing later inside every extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Document
from newsledger.errors import InputError, MalformedInput


@pytest.mark.parametrize(("given", "expected"), [
    ("2026-03-18", dt.date(2026, 3, 18)),
    (" 2025-11-02 ", dt.date(2025, 11, 2)),
    ("2026-03-18T09:30:00+00:00", dt.datetime(2026, 3, 18, 9, 30, tzinfo=dt.UTC)),
    (dt.date(2024, 1, 5), dt.date(2024, 1, 5)),
    (None, None),
])
def test_publication_dates_are_read(given: object, expected: object) -> None:
    assert Document("Talks resumed.", published=given).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["18 March 2026", "2026-13-01", "yesterday", 20260318])
def test_a_date_that_is_not_one_is_refused_with_its_value(given: object) -> None:
    with pytest.raises(MalformedInput) as err:
        Document("Talks resumed.", published=given, origin="feed.jsonl:4")  # type: ignore[arg-type]
    assert isinstance(err.value, InputError)
    assert err.value.origin == "feed.jsonl:4" and "published" in err.value.reason

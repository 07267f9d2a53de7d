"""A side's account of an event called false disputes how it went, not that it happened (issue 14, helper fa41).

"Reports of a meeting in X were false" denies the meeting; "the Ghanaian account of the meeting was false" presupposes
the meeting and disputes what the other side told of it (claims.yaml ``account_nouns``: account, version,
description, ...). Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_MET = "Ghana's energy ministry says the two sides met in Lome on 5 May. "


def _existence(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "existence"]


def test_an_account_of_a_meeting_called_false_does_not_deny_the_meeting(analyze: Callable[..., Analysis]) -> None:
    for words in ("the Ghanaian account of the Lome meeting was false",
                  "Ghana's version of the Lome meeting is untrue"):
        a = analyze(_MET + f"Togo's foreign ministry said on Tuesday that {words}.")
        assert not _existence(a), words
        assert not any(c.kind == "event" and c.polarity == "negated" for c in a.claims), words


def test_reports_of_a_meeting_called_false_still_deny_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_MET + "Togo's foreign ministry said on Tuesday that reports of a meeting in Lome were false.")
    assert _existence(a)

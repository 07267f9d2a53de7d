"""Speakers told by a description with no name: a title whose first word the tagger took for a proper noun though it
stands in lower case ("the harbour master says": an unnamed person with the title's role), and a body told only by
its kind and the words before it ("the joint fisheries body": an unnamed organisation).
Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsledger.config import load_settings
from newsledger.models import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import statement_speaker as _speaker

SETTINGS = load_settings()


def _analyse(text: str) -> Analysis:
    return analyze_text(text, dt.date(2025, 3, 1), SETTINGS)


def test_a_title_after_according_to_at_the_end_of_a_sentence_speaks() -> None:
    a = _analyse("A tanker lost power outside Varna overnight. The tanker had 19 sailors aboard, according to the "
                 "harbour master.")
    master = _speaker(a, "19 sailors")
    assert master is not None and master.type == "PERSON" and "harbour master" in master.name
    assert any("harbour master" in r for r in master.roles)


def test_a_title_set_after_the_words_it_tells_speaks() -> None:
    a = _analyse("Two ferries were held at the quay on Sunday. The passengers are all unhurt, the harbour "
                 "master says; buses will take them home.")
    master = _speaker(a, "passengers are all unhurt")
    assert master is not None and master.type == "PERSON" and "harbour master" in master.name


def test_a_body_told_only_by_its_kind_and_the_words_before_it_speaks() -> None:
    a = _analyse("Laos and Thailand share the reservoir. The joint water commission's staff met on Monday. About 90 "
                 "boats still fish the reservoir, according to the bilateral fisheries body.")
    body = _speaker(a, "90 boats")
    assert body is not None and body.type == "ORG" and body.name.endswith("fisheries body")

    # a body found is no speaker: "the body of" is no body of people, and it tells nothing
    b = _analyse("The body of a fisherman washed up near the weir on Monday, the river police said.")
    found = _speaker(b, "washed up")
    assert found is not None and "body" not in found.name


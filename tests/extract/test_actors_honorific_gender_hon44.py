"""A gendered honorific picks, of two people who share a surname, the one of its gender (issue 15; stop 44,
helper hon44).

Invented news text in our own words: a married couple of public figures, one named as the other's relative
("his wife, Senator ...", "her husband, former President ..."), then a surname after "Mrs." or "Mr.". The kin
noun that sets the relative off tells that person's gender, so the honorific of the later mention joins the
person of its gender rather than the one named last.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import describe as _describe
from entity_mentions import holder as _holder

Analyze = Callable[..., Analysis]


@pytest.mark.parametrize(("text", "mention", "person"), [
    ("Former President Anton Varga spoke in Budapest on Monday. His wife, Senator Klara Varga, is running for "
     "the presidency. Anton Varga praised the treaty. Mrs. Varga has embraced the plan to cut tariffs, aides said.",
     "Varga#4", "Klara Varga"),
    ("Senator Klara Varga is running for the presidency. Her husband, former President Anton Varga, spoke in "
     "Budapest on Monday. Mrs. Varga has embraced the plan to cut tariffs, aides said.",
     "Varga#3", "Klara Varga"),
    ("Senator Klara Varga is running for the presidency. Her husband, former President Anton Varga, spoke in "
     "Budapest on Monday. Klara Varga thanked the voters. Mr. Varga welcomed the tariff plan in a speech.",
     "Varga#4", "Anton Varga"),
])
def test_honorific_picks_the_spouse_of_its_gender(analyze: Analyze, text: str, mention: str, person: str) -> None:
    a = analyze(text)
    named = _holder(a, person)
    assert named is not None and named.type == "PERSON", _describe(a)
    assert _holder(a, mention) is named, _describe(a)

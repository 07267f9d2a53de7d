"""Both people of a pair, whose act a noun with a "by" is, whose a judged act is (issue 15; stop 42, helper actors42).

Invented news text in our own words: a first name the NER leaves untagged before "and" and a titled person ("<given
name> <surname> and Foreign Minister <name> met"), a first name the parser hangs on the second's title as a modifier
("<name> and Senate Leader <name> pledged"), a request answered by another actor ("the tribunal granted a
request by <name>": the request is the named person's, aimed at the tribunal), and a possessive in what a
verb's object is judged for ("criticized <name> over her refusal": hers, not the critic's).
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


@pytest.mark.parametrize(("first", "title"), [("Ana Quispe", "French President"),
                                              ("Ana Paredes", "Foreign Minister")])
def test_untagged_first_name_of_a_pair(analyze: Analyze, first: str, title: str) -> None:
    a = analyze(f"{first} and {title} Marc Delorme met in Lima on Monday to discuss fishing rights.")
    person, other = _holder(a, first), _holder(a, "Marc Delorme")
    assert person is not None and person.type == "PERSON" and person is not other, _describe(a)
    (ev,) = [e for e in a.events if e.type == "CONSULT"]
    assert ev.source == person.id and ev.target == other.id, _describe(a)


@pytest.mark.parametrize("title", ["House Speaker", "Senate Majority Leader"])
def test_first_name_hung_on_the_second_title(analyze: Analyze, title: str) -> None:
    a = analyze(f"HALIFAX (AP) — Luis Lopez and {title} Tomas Okafor pledged to work together despite their "
                "differences after a meeting Thursday.")
    first, second = _holder(a, "Luis Lopez"), _holder(a, "Tomas Okafor")
    assert first is not None and second is not None, _describe(a)
    pairs = {(e.source, e.target) for e in a.events if e.type == "AGREE"}
    assert (first.id, second.id) in pairs and (second.id, first.id) in pairs, _describe(a)


def test_a_common_word_before_and_is_no_person(analyze: Analyze) -> None:
    a = analyze("Farmers and Trade Minister Ines Varga met in the capital on Tuesday.")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Ines Varga"], _describe(a)


@pytest.mark.parametrize("answer", ["The tribunal granted", "The tribunal on Monday granted"])
def test_a_request_by_someone_is_theirs(analyze: Analyze, answer: str) -> None:
    a = analyze(f"{answer} a request by Rafael Quintero to delay the hearing until spring.")
    asker, court = _holder(a, "Rafael Quintero"), _holder(a, "The tribunal")
    assert asker is not None and court is not None, _describe(a)
    (ev,) = [e for e in a.events if e.type == "REQUEST"]
    assert ev.source == asker.id and ev.target == court.id, _describe(a)


@pytest.mark.parametrize(("verb", "pronoun"), [("criticized Governor Maria Ruiz over", "her"),
                                               ("went after Okafor on Wednesday over", "his"),
                                               ("praised Okafor for", "his")])
def test_a_possessive_in_what_the_object_is_judged_for(analyze: Analyze, verb: str, pronoun: str) -> None:
    a = analyze(f"Senator Lopez met reporters in Dover. Lopez {verb} {pronoun} refusal to release the audit.")
    judged = _holder(a, "Maria Ruiz" if "Ruiz" in verb else "Okafor")
    assert judged is not None and _holder(a, pronoun) is judged, _describe(a)

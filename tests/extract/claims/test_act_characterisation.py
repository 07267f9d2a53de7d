"""What a claimant calls an act (extract/claims/characterisation.py, act_characterisation_claims; the
``characterisation`` frames of data/claims.yaml) and the conflict of two classes of one frame. Sentences written
for these tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.models import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


def _labels(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "characterisation" and c.argument("frame") is not None]


@pytest.mark.parametrize(("text", "claimant", "predicate", "polarity"), [
    ("\"This is a restoration of constitutional order,\" said Colonel Issa Traore, spokesman for the junta.",
     "Issa Traore", "restoration", "asserted"),
    ("The Economic Community of West African States described the takeover in Bamako as \"an unconstitutional "
     "change of government\".", "Economic Community of West African States", "coup", "asserted"),
    ("\"It was not a kidnapping,\" Zimbabwe police spokesman Paul Nyathi said.", "Paul Nyathi", "abduction",
     "negated"),
    ("\"This is hostage diplomacy,\" Canada's foreign minister Anne Leclerc told reporters in Ottawa.",
     "Anne Leclerc", "hostage-taking", "asserted"),
])
def test_label_claim(analyze: Callable[..., Analysis], text: str, claimant: str, predicate: str,
                     polarity: str) -> None:
    analysis = analyze(text)
    found = [c for c in _labels(analysis) if c.predicate == predicate]
    assert found, [c.to_dict() for c in analysis.claims]
    assert found[0].polarity == polarity
    assert claimant in (_name(analysis, found[0].claimant) or "")
    assert analysis.document.text[found[0].evidence.start:found[0].evidence.end] == found[0].evidence.text


def test_contrasted_label_is_denied(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("\"It was a lawful arrest, not an abduction,\" police spokesman Paul Nyathi said in Harare.")
    got = {(c.predicate, c.polarity) for c in _labels(analysis)}
    assert got == {("arrest", "asserted"), ("abduction", "negated")}


def test_two_classes_of_one_frame_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("China's foreign ministry said the Canadian businessman held in Dalian was a criminal case. "
                       "\"This is hostage diplomacy,\" Canada's foreign minister Anne Leclerc told reporters.")
    assert [c.kind for c in analysis.conflicts] == ["characterisation"]


def test_denied_and_other_class_agree(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("\"It was not a coup,\" Gabonese army spokesman Brice Ndong said. \"It was a popular "
                       "revolution,\" opposition leader Marie Oyane said.")
    assert not [c for c in analysis.conflicts if c.kind == "characterisation"]


def test_labels_of_different_frames_do_not_meet(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("\"It was an arrest,\" Peruvian police spokesman Luis Rojas said of the detention in Cusco. "
                       "\"This was an invasion of our land,\" community leader Rosa Quispe said.")
    assert not [c for c in analysis.conflicts if c.kind == "characterisation"]


def test_narrators_label_and_label_as_subject_make_no_claim(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("It was a coup. The coup was condemned by Nigeria's foreign ministry.")
    assert not _labels(analysis)


@pytest.mark.parametrize(("text", "predicate"), [
    ("\"What our people held outside the water office was a sit-in,\" said Aicha Benali, chairwoman of the Oued "
     "Zem Residents' Association.", "peaceful protest"),
    ("Vietnam's defence ministry called the patrol by three frigates \"a deliberate provocation\".", "provocation"),
    ("\"The passage of the frigates was a routine patrol in international waters,\" China's defence ministry said.",
     "routine activity"),
])
def test_protest_and_military_activity_labels(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    """A protest told by its peaceful form; forces near another country called a provocation or routine."""
    analysis = analyze(text)
    assert predicate in {c.predicate for c in _labels(analysis)}, [c.to_dict() for c in analysis.claims]


@pytest.mark.parametrize("text", [
    "Vietnam's defence ministry called the patrol by three frigates \"a deliberate provocation\". China's defence "
    "ministry said the patrol was \"routine training in international waters\".",
    "Morocco's interior ministry called the gathering in Oued Zem \"a riot\". \"It was a peaceful sit-in,\" said "
    "Aicha Benali, chairwoman of the Oued Zem Residents' Association.",
])
def test_provocation_against_routine_and_riot_against_sit_in_conflict(analyze: Callable[..., Analysis],
                                                                      text: str) -> None:
    analysis = analyze(text)
    assert [c.kind for c in analysis.conflicts if c.kind == "characterisation"] == ["characterisation"]


def test_one_side_calling_it_routine_twice_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("China's defence ministry said the patrol was \"routine training\". \"It was a training "
                       "exercise,\" said Chen Hao, a spokesman for China's navy.")
    assert "routine activity" in {c.predicate for c in _labels(analysis)}
    assert not [c for c in analysis.conflicts if c.kind == "characterisation"]


@pytest.mark.parametrize(("text", "predicate"), [
    ("\"From the village it looks like an occupation,\" said Rosa Mamani, president of the Peasant Community of "
     "Ccoto.", "invasion"),
    ("\"This amounts to a coup,\" said Ali Traore, leader of Mali's opposition Union for Democracy.", "coup"),
])
def test_a_verb_of_likeness_labels_the_act(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    """ "looks like a Y", "amounts to a Y": what the claimant calls the act."""
    assert predicate in {c.predicate for c in _labels(analyze(text))}


def test_likeness_to_a_thing_that_is_no_label_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("\"From the village it looks like a fortress,\" said Rosa Mamani, president of the Peasant "
                       "Community of Ccoto.")
    assert not _labels(analysis)

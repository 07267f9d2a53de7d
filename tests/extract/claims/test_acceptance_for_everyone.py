"""Acceptance denied for everyone or by the accepter's own organisation, and acceptance of any thing or act
(extract/claims/acceptance.py): "nobody agreed to anything" and "no one signed anything" deny the acceptance told
before; "the federation had signed nothing" / "it never agreed", said by the body's own spokesperson, are that
body's denial; "agreed to a new depot", "agreed to hand back the land", "gave its consent to widen the road" (in a
speaker's words); "no decision was taken". Sentences written for these tests (invented names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import acceptance_conflicts as _acceptance_conflicts
from claim_views import actual_acceptances as _acceptances
from claim_views import entity_name as _name


@pytest.mark.parametrize(("text", "agent", "evidence"), [
    # a negative pronoun as the accepter, with an indefinite thing, answers the acceptance told before
    ("The Marlow Port Authority said on Monday that the Marlow Dockers Guild had agreed to the new shift plan.\n"
     "\"Nobody agreed to anything,\" said Tomas Berg, the guild's secretary.", "Marlow Dockers Guild",
     "Nobody agreed to anything"),
    # "no one", some sentences later
    ("The Fenwick Water Board said on Tuesday that the Aldmoor Farmers Union had accepted the irrigation timetable."
     " The board posted the minutes online. Farmers in the valley grow barley and beans. Their fields are dry.\n"
     "No one signed anything, said Ines Duarte, who chairs the Aldmoor Farmers Union.", "Aldmoor Farmers Union",
     "No one signed anything"),
    # the speaker's own organisation named by a common noun ("the federation") or a pronoun in reported speech
    ("The Ruvala government said the Northern Herders Federation had accepted a sixty-day truce. Halvard Sten, a "
     "spokesman for the Northern Herders Federation, said that the federation had signed nothing.",
     "Northern Herders Federation", "signed nothing"),
    ("The Ruvala government said the Northern Herders Federation had accepted a sixty-day truce. Halvard Sten, a "
     "spokesman for the Northern Herders Federation, said it had never agreed to the truce.",
     "Northern Herders Federation", "agreed to"),
])
def test_a_denial_for_everyone_or_by_the_accepter_itself(analyze: Callable[..., Analysis], text: str, agent: str,
                                                        evidence: str) -> None:
    a = analyze(text)
    denied = _acceptances(a, "negated")
    assert any(agent in (_name(a, c.argument("agent")) or "") and evidence in c.evidence.text for c in denied)
    assert _acceptance_conflicts(a)


@pytest.mark.parametrize("text", [
    # "nobody else": the one named before is not denied
    ("The Marlow Port Authority said on Monday that the Marlow Dockers Guild had agreed to the new shift plan.\n"
     "\"Nobody else agreed to anything,\" said Tomas Berg, the guild's secretary."),
    # a common noun said by someone who speaks for no body: whose group it is stays open
    ("The Ruvala government said the Northern Herders Federation had accepted a sixty-day truce. Halvard Sten, a "
     "journalist in the capital, said that the group had signed nothing."),
])
def test_no_denial_for_someone_else(analyze: Callable[..., Analysis], text: str) -> None:
    assert not _acceptances(analyze(text), "negated")


@pytest.mark.parametrize(("text", "about"), [
    # "agree to" any noun in a speaker's words
    ("Mayor Clara Voss said the Westbrook Rail Company had agreed to a new freight depot.", "new freight depot"),
    # "agree to" an act on a thing: the complement and its object
    ("The Sorrel Fishers Union said the Kaldor government had agreed to keep its trawlers out of the bay.",
     "keep its trawlers"),
    # consent given to an act
    ("Transport minister Amaru Quispe said the Tiraque council had given its consent to widen the mountain road.",
     "widen the mountain road"),
])
def test_acceptance_of_any_thing_in_a_speakers_words(analyze: Callable[..., Analysis], text: str,
                                                      about: str) -> None:
    got = _acceptances(analyze(text), "asserted")
    assert any(c.about is not None and about in c.about.text for c in got)


def test_the_outlets_own_telling_of_an_act_agreed_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    a = analyze("On Friday the Westbrook Rail Company agreed to build a new freight depot near the river.")
    assert not _acceptances(a, "asserted")


def test_no_decision_taken_denies_the_consent_told_before(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Transport minister Amaru Quispe said the Tiraque council had given its consent to widen the "
                "mountain road. Lucia Mamani, who chairs the Tiraque council, said no decision had been taken.")
    assert any(_name(a, c.argument("agent")) == "Tiraque council" for c in _acceptances(a, "negated"))
    assert _acceptance_conflicts(a)

"""The "counts" labels of an act (the ``act_labels`` frames of data/claims.yaml; extract/claims/labels.py): opposed
labels of one act by two camps, found however the label is put ("calls what is happening the orderly
repatriation", "presents the killings as the result of a confrontation", "denounced the massacre", "described
the operation as a case of restoring order"). Texts written for these tests (invented people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts as _label_conflicts


def _labels(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(c.predicate, c.argument("frame")) for c in analysis.claims
            if c.kind == "characterisation" and c.argument("frame") is not None]


@pytest.mark.parametrize(("text", "predicate", "frame"), [
    ("Pakistan's interior ministry calls the departures from the camps an orderly repatriation of "
     "undocumented migrants.", "voluntary return", "removal of people"),
    ("Peru's interior ministry presents the killings as the result of \"a confrontation started by armed "
     "agitators\".", "armed clash", "killing of people"),
    ("The Andean Rights Observatory denounced the massacre of unarmed civilians.", "massacre", "killing of people"),
    ("Jordan's interior ministry described the police operation as a case of restoring public order.",
     "keeping order", "handling of protest"),
    ("\"They are freedom fighters,\" said Aram Sarkis, a spokesman for the Syrian Democratic Forces.", "resistance",
     "armed group"),
    # a label quoted from a speaker after a verb outside the quote
    ("Peru's police chief, Jorge Vidal, told reporters it was \"a lawful arrest\".", "arrest", "taking of a person"),
])
def test_label_in_its_frame(analyze: Callable[..., Analysis], text: str, predicate: str, frame: str) -> None:
    assert (predicate, frame) in _labels(analyze(text))


def test_a_label_as_a_subject_is_no_claim(analyze: Callable[..., Analysis]) -> None:
    """The label must be said of the act: "the crackdown began on Monday" names it, it does not call it so."""
    assert _labels(analyze("The crackdown began on Monday, Jordan's interior ministry said.")) == []


DISAGREE = [
    "Pakistan's interior ministry calls the departures from the camps an orderly repatriation of undocumented "
    "migrants. \"What we are watching is the forced expulsion of whole villages,\" said Afghanistan's "
    "refugee minister Najib Hotak.",
    "Peru's interior ministry presents the killings as the result of \"a confrontation started by armed agitators\". "
    "The Andean Rights Observatory denounced the massacre of unarmed civilians.",
    "Turkey's interior ministry described the fighters in the hills as terrorists. \"They are freedom fighters,\" "
    "said Aram Sarkis, a spokesman for the Syrian Democratic Forces.",
    "\"What happened in the square was a brutal crackdown,\" said Sami Haddad, a spokesman for the Free Press "
    "Union. Jordan's interior ministry described the police operation as a case of restoring public order.",
    "Ukraine's foreign ministry called the attack on Kherson an act of aggression. \"It is a special operation to "
    "protect civilians,\" said Dmitry Orlov, a Russian defence ministry spokesman.",
    "The African Union described the takeover in Niamey as a coup. \"This is a political transition,\" said "
    "Colonel Amadou Issa, a spokesman for the military council.",
    "\"That was a kidnapping,\" said Ana Ruiz, a spokeswoman for the Citizens' Movement. Peru's police chief, Jorge "
    "Vidal, told reporters it was \"a lawful arrest\".",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_opposed_labels_of_one_act_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_label_conflicts(analysis)) == 1, _labels(analysis)


AGREE = [
    # two words of one class
    "\"The killing in Kasai was a massacre,\" said Jean Mbeki of the Congo Rights League. The Kasai Human Rights "
    "Network described the killing in Kasai as a slaughter.",
    # labels of two different frames never meet
    "Turkey's interior ministry described the fighters in the hills as terrorists. Jordan's interior ministry "
    "described the police operation as a case of restoring public order.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_agreeing_labels_do_not_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _label_conflicts(analysis) == []
    assert len(_labels(analysis)) == 2

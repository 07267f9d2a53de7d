"""Who calls an act so, and how much of the label is the claim (issue 14, helper status16):

* the speaker named beside the subject of calling is the claimant, not the country the subject's title belongs to
  ("Peru's labour minister, Rosa Ilave, calls the plan ...": Rosa Ilave);
* a paper speaks for its author ("a report published by the rights group calls the move ...": the group);
* a label held up as an exemplar ("a model of orderly repatriation") is the label of its ``of`` phrase;
* the claim's evidence keeps what the label's own clause adds ("a forced eviction dressed up as progress").

Texts written for these tests (invented people and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts as _label_conflicts


def _labels(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant or "", None), c.evidence.text) for c in analysis.claims
            if c.kind == "characterisation" and c.argument("frame") is not None]


def test_the_person_named_beside_a_title_calls_it_not_her_country(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Peru's interior minister, Rosa Ilave, calls the deployment a security operation.")
    found = _labels(analysis)
    assert found and all(who == "Rosa Ilave" for _, who, _ in found), found


def test_a_report_speaks_for_its_author(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A report published on Friday by the Delta Tenants Alliance calls the relocation a mass "
                       "eviction.")
    assert [who for _, who, _ in _labels(analysis)] == ["Delta Tenants Alliance"]


def test_a_report_of_nobody_named_calls_nothing(analyze: Callable[..., Analysis]) -> None:
    assert _labels(analyze("A report published on Friday calls the relocation a mass eviction.")) == []


def test_a_model_of_a_label_is_that_label(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Kenya's housing ministry regards the transfer of the families as a model of orderly "
                       "repatriation.")
    assert [p for p, _, _ in _labels(analysis)] == ["voluntary return"]


def test_the_label_keeps_its_own_clause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Delta Tenants Alliance calls the clearance \"a forced eviction in all but name\".")
    assert any(ev.endswith("a forced eviction in all but name") for _, _, ev in _labels(analysis))


def test_a_minister_and_a_union_leader_disagree(analyze: Callable[..., Analysis]) -> None:
    text = ("Kenya's housing minister, Wanjiru Odhiambo, calls the transfer of the families a voluntary return. "
            "\"It is a forced expulsion,\" said Otieno Barasa, who chairs the Mathare Residents' Association.")
    conflicts = _label_conflicts(analyze(text))
    assert len(conflicts) == 1 and "Wanjiru Odhiambo" in conflicts[0], conflicts


def test_one_ministry_in_two_words_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Kenya's housing minister, Wanjiru Odhiambo, calls the transfer of the families a voluntary return. Her "
            "ministry regards it as a model of orderly repatriation.")
    assert _label_conflicts(analyze(text)) == []


# ---- labels of praise or blame (extract/claims/valence.py) -------------------------------------------------------

def _valence(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims if c.argument("frame") == "valence"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile's finance minister, Ignacio Rojas, calls the pension bill a landmark reform.", ("praise", "asserted")),
    ("\"The pension bill is a betrayal of every worker,\" said Marta Quiroga, a spokeswoman for the Santiago "
     "Dockers' Union.", ("blame", "asserted")),
])
def test_a_label_of_praise_or_blame(analyze: Callable[..., Analysis], text: str, expected: tuple[str, str]) -> None:
    assert _valence(analyze(text)) == [expected]


@pytest.mark.parametrize("text", [
    # words of both
    "\"The pension bill is a successful fraud,\" said Marta Quiroga, a spokeswoman for the Santiago Dockers' "
    "Union.",
    # a label denied is often a hedge ("not a perfect solution but a necessary one"): no claim
    "\"The pension bill is not a success,\" said Marta Quiroga, a spokeswoman for the Santiago Dockers' "
    "Union.",
])
def test_no_label_of_praise_or_blame(analyze: Callable[..., Analysis], text: str) -> None:
    assert _valence(analyze(text)) == []


def test_a_pronoun_with_no_thing_labelled_before_claims_nothing(analyze: Callable[..., Analysis]) -> None:
    text = "\"It is a disaster,\" said Marta Quiroga, a spokeswoman for the Santiago Dockers' Union."
    assert _valence(analyze(text)) == []


VALENCE_DISAGREE = [
    # praise and blame of one thing named twice
    "Chile's finance minister, Ignacio Rojas, calls the pension bill a landmark reform. \"The pension bill is a "
    "betrayal of every worker,\" said Marta Quiroga, a spokeswoman for the Santiago Dockers' Union.",
    # the blame said of "it", the thing labelled just before
    "Chile's finance minister, Ignacio Rojas, calls the pension bill a landmark reform.\nMarta Quiroga, a spokeswoman "
    "for the Santiago Dockers' Union, sees it otherwise. \"It is a swindle and a disaster,\" she said.",
]


@pytest.mark.parametrize("text", VALENCE_DISAGREE, ids=["named twice", "a pronoun"])
def test_praise_and_blame_of_one_thing_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_label_conflicts(analyze(text))) == 1


VALENCE_AGREE = [
    # two different things
    "Chile's finance minister, Ignacio Rojas, calls the pension bill a landmark reform. \"The port concession is a "
    "betrayal of every worker,\" said Marta Quiroga, a spokeswoman for the Santiago Dockers' Union.",
    # one camp, a hedge of its own
    "Chile's finance minister, Ignacio Rojas, calls the pension bill a landmark reform. His deputy, Elena Sotomayor, "
    "said the pension bill was not a perfect solution but a necessary one.",
]


@pytest.mark.parametrize("text", VALENCE_AGREE, ids=["two things", "one camp"])
def test_no_valence_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _label_conflicts(analyze(text)) == []

"""Who calls an act so, and how much of the label is the claim (issue 14, helper status16):

* the speaker named beside the subject of calling is the claimant, not the country the subject's title belongs to
  ("Peru's labour minister, Rosa Ilave, calls the plan ...": Rosa Ilave);
* a paper speaks for its author ("a report published by the rights group calls the move ...": the group);
* a label held up as an exemplar ("a model of orderly repatriation") is the label of its ``of`` phrase;
* the claim's evidence keeps what the label's own clause adds ("a forced eviction dressed up as progress").

Texts written for these tests (invented people and bodies).
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _labels(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant or "", None), c.evidence.text) for c in analysis.claims
            if c.kind == "characterisation" and c.argument("frame") is not None]


def _label_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "characterisation"]


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
    analysis = analyze("The Delta Tenants Alliance calls the move \"a forced eviction dressed up as progress\".")
    assert any(ev.endswith("a forced eviction dressed up as progress") for _, _, ev in _labels(analysis))


def test_a_minister_and_a_union_leader_disagree(analyze: Callable[..., Analysis]) -> None:
    text = ("Kenya's housing minister, Wanjiru Odhiambo, calls the transfer of the families a voluntary return. "
            "\"It is a forced expulsion,\" said Otieno Barasa, who chairs the Mathare Residents' Association.")
    conflicts = _label_conflicts(analyze(text))
    assert len(conflicts) == 1 and "Wanjiru Odhiambo" in conflicts[0], conflicts


def test_one_ministry_in_two_words_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Kenya's housing minister, Wanjiru Odhiambo, calls the transfer of the families a voluntary return. Her "
            "ministry regards it as a model of orderly repatriation.")
    assert _label_conflicts(analyze(text)) == []

"""Labels held to no more than themselves ("it is no more than a shelter") and labels said of a clause of "what"
("what they put up is a weather station") (extract/claims/labels.py, extract/claims/open_labels.py). Texts written
for these tests (invented places, bodies and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

REEF = "Satellite images show new buildings on Tamsa reef. The Korvish defence ministry says it is a naval base. "


def _labels(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant) if c.claimant else None, c.polarity) for c in analysis.claims
            if c.kind == "characterisation"]


@pytest.mark.parametrize("said", [
    "it is no more than a shelter for fishing crews",
    "it was nothing more than a shelter for fishing crews",
    "it is little more than a shelter",
])
def test_a_label_held_to_no_more_than_itself(analyze: Callable[..., Analysis], said: str) -> None:
    got = analyze(REEF + f"Lenara's fisheries minister, Odo Peltan, said {said}.")
    assert ("label: shelter", "Odo Peltan", "asserted") in _labels(got)


def test_more_than_a_label_is_not_the_label(analyze: Callable[..., Analysis]) -> None:
    got = analyze(REEF + "Lenara's fisheries minister, Odo Peltan, said it is more than a shelter.")
    assert not any(p == "label: shelter" for p, _, _ in _labels(got))


def test_a_label_of_what_was_done(analyze: Callable[..., Analysis]) -> None:
    got = analyze(REEF + "\"What they put up is a weather station, not a radar post,\" said Lenara's fisheries "
                  "minister, Odo Peltan.")
    assert ("label: weather station", "Odo Peltan", "asserted") in _labels(got)
    got = analyze("Hundreds of migrants reached the Ostrava crossing overnight. \"What we see is organised transport "
                  "to one crossing point,\" the Varnian border guard chief, Eli Moss, told reporters.")
    assert ("label: transport", "Eli Moss", "asserted") in _labels(got)


def test_what_someone_said_is_no_thing_labelled(analyze: Callable[..., Analysis]) -> None:
    """ "what he said is nonsense" judges a telling (reports.py), not a thing."""
    got = analyze("\"What he said is nonsense,\" the Korvish defence ministry said of the minister's remarks.")
    assert not any(p.startswith("label: ") for p, _, _ in _labels(got))


def test_what_the_signers_call_the_document_is_their_word(analyze: Callable[..., Analysis]) -> None:
    """ "signed what they call a memorandum": the signers call it so, not the outlet."""
    got = analyze("Marvia and Selon signed what they call a \"memorandum\" on river trade on Monday.")
    assert [(p, who) for p, who, _ in _labels(got)] == [("memorandum", "Marvia")]


def test_a_light_verb_with_no_is_no_count_of_nought(analyze: Callable[..., Analysis]) -> None:
    """ "adopted no decision" denies an act (deny35's business), never a count of 0 decisions."""
    got = analyze("The Marvian parliament adopted no decision on the river treaty on Tuesday, the speaker, Lia Dosk, "
                  "said.")
    assert not any(c.kind == "quantity" and c.value is not None and c.value.low == 0 for c in got.claims)

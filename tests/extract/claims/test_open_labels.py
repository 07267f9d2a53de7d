"""Labels in any words (issue 14): what a speaker calls a thing where no frame, agreement type or word of praise or
blame reads the label. Each is a characterisation claim "label: <noun>", recorded; compared only as
test_open_labels_compared.py shows.

Sentences are written for these tests (invented officials, unions and levies).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.open_labels import LABEL


def _labels(analysis: Analysis) -> list[tuple[str, str | None, str | None]]:
    """(label, claimant name, about) of each open label claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate[len(LABEL):], names.get(c.claimant or ""), c.about.text if c.about else None)
            for c in analysis.claims if c.kind == "characterisation" and c.predicate.startswith(LABEL)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Finance Minister Oskar Lindqvist said the new levy was a housekeeping measure.",
     ("housekeeping measure", "Oskar Lindqvist", "the new levy")),
    # a pronoun with no labelled thing before it: the speaker's word all the same, about an unnamed thing
    ('The farmers of Vellmar oppose the new levy. "It is a border toll in disguise," union president Mara '
     'Toivonen said.',
     ("border toll", "Mara Toivonen", None)),
])
def test_a_speakers_label_in_any_words_is_its_claim(analyze: Callable[..., Analysis], text: str,
                                                    expected: tuple[str, str, str | None]) -> None:
    assert expected in _labels(analyze(text))


@pytest.mark.parametrize("text", [
    "Finance Minister Oskar Lindqvist said the new levy was not a tax on harvests.",  # denied: echoes' or a hedge
    "Finance Minister Oskar Lindqvist said the new levy was a problem.",  # a word too general to name a thing
    "The new levy is a housekeeping measure.",  # the outlet's own words
    "Finance Minister Oskar Lindqvist said the accord with the farmers was a memorandum.",  # the agreement code's
    "Election official Ana Ferreira said turnout in Vellmar was 47 percent by noon.",  # a figure, the quantity's
    "Union president Mara Toivonen said there was a permit for the quarry.",  # a thing said to exist
    "Union president Mara Toivonen said the complaints were thousands.",  # a figure in words
    "Union president Mara Toivonen said the quarry's paper was no permit.",  # a label denied by "no"
])
def test_no_open_label(analyze: Callable[..., Analysis], text: str) -> None:
    assert _labels(analyze(text)) == []


def test_two_sides_labels_are_recorded_and_a_general_one_is_not_compared(analyze: Callable[..., Analysis]) -> None:
    found = analyze("Finance Minister Oskar Lindqvist said the new levy was a housekeeping measure. Union president "
                    "Mara Toivonen said the levy was a tax on harvests.")
    got = {(label, who) for label, who, _ in _labels(found)}
    assert got == {("housekeeping measure", "Oskar Lindqvist"), ("tax", "Mara Toivonen")}
    assert [c for c in found.conflicts if c.kind == "characterisation"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted phrase before the speaker: the parse gives the calling verb no subject
    ('At the launch in Porto, the port director, Rui Costa, called it "a fishing expedition that keeps the port '
     'busy".', ("fishing expedition", "Rui Costa")),
    # a transcript's label that the parse took for the subject
    ('Q: The port director, Rui Costa, calls it "a fishing expedition of the worst sort".',
     ("fishing expedition", "Rui Costa")),
])
def test_a_label_whose_calling_verb_has_no_subject_is_the_cued_speakers(analyze: Callable[..., Analysis], text: str,
                                                                       expected: tuple[str, str]) -> None:
    assert expected in [(label, who) for label, who, _ in _labels(analyze(text))]

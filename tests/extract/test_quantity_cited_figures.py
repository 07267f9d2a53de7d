"""Figures one side cites as another's (issue 14, helper quantity37b, stop 37).

- "the figures circulated by the authorities of <place>, which speak of N ...": the figure is the owner's of the
  figures (the agent, possessor or "by"/"from" body), not the words of the side that cites them; "speak" and "talk"
  give a figure as "put" and "cite" do (quantities ``reporting_verbs``).
- A nationality whose plural is its singular, numbered by a figure ("9,000 Velmarese"), counts people.
- A past form after a preposition with no object ("speak of 9,000 people expelled") is a participle: its subject
  is the patient, so the count is of the class of the verb.
- Two participles sharing one passive subject ("1,200 citizens were identified and returned to Ostravia"): where the
  first names no class, the second does; people "returned to" a country are sent back (quantities ``deported``).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _counts(a: Analysis, figure: float) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(c.predicate, names.get(c.claimant) if c.claimant else None) for c in a.claims
            if c.kind == "quantity" and c.value is not None and figure in (c.value.low, c.value.high)]


def test_figures_which_speak_of_a_count_are_their_owners(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Ostravian border service said it regretted the reports circulated by the governor of Dunmere, "
                "which speak of more than 9,000 families expelled since June.")
    found = _counts(a, 9000.0)
    assert found and all(who is not None and "Ostravian" not in who for _, who in found), found


def test_a_body_that_speaks_of_a_count_gives_it(analyze: Callable[..., Analysis]) -> None:
    a = analyze("At a rally in Korvena on Sunday, the Velmar interior minister spoke of 4,000 people expelled "
                "from the border villages.")
    found = _counts(a, 4000.0)
    assert found and all(who is not None for _, who in found), found


def test_a_nationality_numbered_by_a_figure_counts_people(analyze: Callable[..., Analysis]) -> None:
    a = analyze('Ostravian officials spoke of "more than 9,000 Velmarese brutally deported" since June.')
    assert [p for p, _ in _counts(a, 9000.0)] == ["deported"], [(c.predicate, c.value) for c in a.claims]


def test_a_past_form_with_its_object_is_no_participle(analyze: Callable[..., Analysis]) -> None:
    # guard: "of 300 soldiers who expelled the villagers": the soldiers did the expelling, no count of the expelled
    a = analyze("The mayor of Dunn spoke of 300 soldiers who expelled the villagers from their homes.")
    assert "deported" not in [p for p, _ in _counts(a, 300.0)]


def test_the_second_of_two_passives_classes_the_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ostravia's border service said 1,200 foreign nationals were identified and returned to Velmar through "
                "the Dunn post in May.")
    assert [p for p, _ in _counts(a, 1200.0)] == ["deported"], [(c.predicate, c.value) for c in a.claims]


def test_people_sent_back_and_people_counted_sent_back_meet(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ostravia's border service said 1,200 people were identified and returned to Velmar in May. "
                "Velmar's interior ministry said more than 9,000 people were deported to Velmar in May.")
    assert len([c for c in a.conflicts if c.kind == "quantity"]) == 1, [(c.predicate, c.claimant) for c in a.claims]


def test_things_returned_are_no_people_sent_back(analyze: Callable[..., Analysis]) -> None:
    # guard: boats handed back are no count of the deported
    a = analyze("The Ostravian navy said 21 fishing boats were seized and returned to their owners in Velmar.")
    assert "deported" not in [p for p, _ in _counts(a, 21.0)]

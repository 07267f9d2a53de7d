"""Pairs of claims that tell two things, not one thing two ways (issue 14, helper fa34).

A count each side sets on its own ground ("on its side") beside one set in a named place of the other, and one
untyped verb acting on two different things ("received visitors" / "has not received the tables"), and
"both sides were invited" read as their agreement against one side's denial, and a year's tally against one
night's denial. Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _summaries(a: Analysis, kind: str | None = None) -> list[str]:
    return [c.summary for c in a.conflicts if kind is None or c.kind == kind]


def test_counts_of_each_sides_own_ground_are_two_counts(analyze: Callable[..., Analysis]) -> None:
    text = ("Floods swept the valley on the frontier between Bolivia and Paraguay on Sunday. Bolivia's civil "
            "defence office says 30 people died in the department of Tarija and about 200 were hurt there. "
            "Paraguay's emergency secretariat says 45 were hurt on its side.")
    assert not _summaries(analyze(text), "quantity")
    # no ground of its own: two figures of one count, still a dispute
    same = ("Floods swept the valley on the frontier between Bolivia and Paraguay on Sunday. Bolivia's civil "
            "defence office says about 200 people were hurt in the department of Tarija. "
            "Paraguay's emergency secretariat says 45 were hurt in the department of Tarija.")
    assert _summaries(analyze(same), "quantity")


def test_one_untyped_verb_acting_on_two_things_is_two_acts(analyze: Callable[..., Analysis]) -> None:
    text = ("MONTEVIDEO, March 4 - Uruguay received 4.1 million holidaymakers in the summer season, the Uruguay "
            "Tourism Board said on Friday. The opposition questioned the figure. The Uruguay Institute of "
            "Statistics said so far it had not received any spreadsheets from the board, so it could not judge.")
    assert not _summaries(analyze(text), "existence")


def test_both_sides_invited_is_no_agreement_of_theirs(analyze: Callable[..., Analysis]) -> None:
    text = ("Cattle disease has been found at six farms along the Pilcomayo river in Paraguay. Paraguay's animal "
            "health service says it came with Bolivian cattle. We spoke by telephone to Dr Rosa Quispe, chief of "
            "animal health in Bolivia's Ministry of Rural Development, in La Paz. Her answers were edited for "
            "length.\nQ: Paraguay blames Bolivian cattle. Do you accept that?\n"
            "A: No. We deny that our cattle brought the sickness south. Every animal we tested was clean.\n"
            "Q: So where did it start?\nA: In the wild pigs on the Paraguayan bank. They carry it without falling "
            "ill.\nMercosur's animal health officer said both countries had now been invited to Asuncion for a "
            "meeting next month, and that testing would be discussed.")
    assert not _summaries(analyze(text), "acceptance")


def test_a_years_tally_and_one_nights_denial_are_two_things(analyze: Callable[..., Analysis]) -> None:
    text = ("NOGALES, June 9 - Mexican villagers say a group of migrants was forced back over the border fence near "
            "Nogales on the night of June 2. The International Organization for Migration said it counted about "
            "3,400 irregular crossings at the fence last year. The US Border Patrol said its agents in the Nogales "
            "sector had seen no crossings on the night of June 2.")
    assert not [s for s in _summaries(analyze(text), "existence") if "International Organization" in s]

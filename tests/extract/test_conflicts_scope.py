"""Pairs of claims that tell two things, not one thing two ways (issue 14, helper fa33).

Counts set in places of their own, the outlet's count as it stands now after a source's first, a denial of an act
only up to the telling ("has not previously"), and "the accusation" judging the telling that names the accused.
Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _summaries(a: Analysis, kind: str | None = None) -> list[str]:
    return [c.summary for c in a.conflicts if kind is None or c.kind == kind]


def test_tolls_of_two_places_are_two_counts(analyze: Callable[..., Analysis]) -> None:
    two = analyze("Heavy rain fell across Peru last week. The Red Cross said on Tuesday that about 5,000 people in "
                  "Lima had lost their homes and that at least 12 had died. In Cusco, Peruvian officials reported "
                  "three dead and said 800 people had been moved to schools.")
    assert not _summaries(two, "quantity")
    # one place, two figures: still a dispute
    scene = "A landslide buried houses on both sides of the border between Peru and Bolivia on Monday. "
    one = analyze(scene + "Peru's National Civil Defence Institute says four people have died in the province of "
                  "Puno. Bolivia's National Civil Defence Office says nine people have died in Puno.")
    assert _summaries(one, "quantity")


def test_the_outlets_count_as_it_stands_now_is_no_dispute_with_a_first_one(
        analyze: Callable[..., Analysis]) -> None:
    text = ("LIVE: Bus falls into a ravine in the Andes\n\n"
            "09:10 - A bus has fallen into a ravine near Huancayo, Peru's transport ministry says. It puts the number "
            "of dead at six so far, with 20 passengers rescued.\n\n"
            "13:45 - Rescuers have lifted four more bodies from the ravine, and 11 people are now confirmed dead.\n")
    assert not _summaries(analyze(text), "quantity")


def test_an_act_denied_only_before_the_telling_is_no_denial(analyze: Callable[..., Analysis]) -> None:
    text = ("Kenya's interior minister said on Tuesday that Somalia had deployed tanks at the Liboi crossing. "
            "Somalia has not previously deployed tanks to the area, according to herders.")
    assert not _summaries(analyze(text), "existence")


def test_the_accusation_rejected_is_the_telling_that_names_the_accused(analyze: Callable[..., Analysis]) -> None:
    text = ("Chile's environment agency said on Tuesday that effluent from a Peruvian smelter had poisoned the "
            "river near Arica. Some 300 dead herons had been gathered by Friday, an agency biologist, Marta Soto, "
            "said. Lima rejected the accusation.")
    a = analyze(text)
    denials = [c for c in a.claims if c.kind == "event" and c.polarity == "negated"]
    assert denials
    assert all("herons" not in c.evidence.text and (c.about is None or "herons" not in c.about.text)
               for c in denials), [(c.evidence.text, c.about) for c in denials]
    assert not [s for c in a.conflicts for s in c.sides if "herons" in s.evidence.text]


def test_a_denied_strike_stays_beside_a_dispute_over_its_cause(analyze: Callable[..., Analysis]) -> None:
    """A cause conflict that sets one side's telling against the other's later account of the cause does not answer
    the other side's plain denial of the act: both conflicts stand. (A guess, "might have been old shells set off by
    a bush fire", is no firm cause claim since stop 38: tests/extract/claims/test_cause_hedged_identity.py.)"""
    text = ("Chad's defence ministry says a Sudanese army drone struck a cattle camp inside Chadian territory on "
            "Friday, killing four herders. A spokesman for the Sudanese Armed Forces said: \"There was no strike on "
            "the camp.\" The spokesman later said the blasts were old shells set off by a bush fire.")
    got = analyze(text)
    assert _summaries(got, "cause"), _summaries(got)
    assert _summaries(got, "existence"), _summaries(got)

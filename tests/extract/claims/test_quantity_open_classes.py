"""Quantity claims for figures no count class names (issue 14): a noun of people counted by a verb no class knows
("admitted 23 patients"), a measure's level given in people ("put the crowd at 3,500 people"), rates ("nine tonnes a
hectare"), shares of a noun ("a cut of 30 percent"), sums of money ("a fund of 200 million euros"), and figures given
by a counting body or in a teller's second "that" clause. Two figures are compared only when their classes are one.
Texts written for these tests (invented bodies and people)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def _quantities(analysis: Analysis) -> list[tuple[str, float | None, float | None, str | None]]:
    """(class, low, high, claimant's name) of each quantity claim (figures recorded only, never compared, left
    out)."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, c.value.low if c.value else None, c.value.high if c.value else None,
             names.get(c.claimant or "")) for c in analysis.claims
            if c.kind == "quantity" and not is_recorded(c.predicate)]


def _classes(analysis: Analysis) -> dict[float | None, str]:
    return {low if low is not None else high: cls for cls, low, high, _ in _quantities(analysis)}


@pytest.mark.parametrize(("text", "figure", "prefix"), [
    # a noun of people whose verb no class names: an open count of that noun by that verb
    ("The Kestrel Bay hospital said it had admitted 23 patients with burns by Sunday night.", 23,
     "count:patient:admit"),
    ("Officials at the Orvane Heritage Authority said 180,000 visitors came to the old citadel in the spring.",
     180000, "count:visitor:come"),
    ('"Nine hundred and twelve thousand children were vaccinated in the valley," the health minister, Petra '
     'Lindqvist, told the radio station.', 912000, "count:child:vaccinate"),
    # a noun of people that takes no plural ending counts its people too
    ("Rasa Lindholm, an opposition lawmaker, said two hotel staff had seen the minister at dinner.", 2,
     "count:staff:see"),
    ("The Kirrin Coast Guard said it had lifted all eleven crew from the trawler.", 11, "count:crew:lift"),
    # a share of a noun, with the verb that tells it
    ("The creditors' committee said it had accepted a cut of 30 percent on the bonds.", 30, "count:percent:cut:accept"),
    ("The Tallow Mining Union says the state keeps a 45 percent stake, according to its chairman.", 45,
     "count:percent:stake:keep"),
    # sums of money, by the currency word after the figure or the sign before it
    ("The finance minister, Lara Voss, said the state has set aside a fund of 200 million euros for the coast.",
     200_000_000, "sum:euro:fund:set"),
    ("The Brennick Water Board said it spent $4.5 million on new pumps this year.", 4_500_000, "sum:dollar:spend"),
    ("The provincial office said farmers burning stubble face fines of up to 8,000 baht.", 8000,
     "sum:baht:fine:face"),
    ("The Ardent Party said it raised $33M in the quarter.", 33_000_000, "sum:dollar:raise"),
    ("The Ministry of Finance said borrowers owe about $1.3 trillion in debt.", 1_300_000_000_000, "sum:dollar:owe"),
])
def test_a_figure_no_class_names_counts_its_own_thing(analyze: Callable[..., Analysis], text: str, figure: float,
                                                       prefix: str) -> None:
    assert _classes(analyze(text)).get(figure) == prefix


@pytest.mark.parametrize(("text", "figure", "prefix"), [
    # the outlet's own sums and counts are its claims (claimant None), set against no side
    ("The new bridge cost 40 million dollars and carries some 9,000 cars a day.", 40_000_000, "sum:dollar:cost"),
    ("About 600 pilgrims walked to the shrine on Friday.", 600, "count:pilgrim:walk"),
])
def test_the_outlets_own_open_figures_are_its_claims(analyze: Callable[..., Analysis], text: str, figure: float,
                                                     prefix: str) -> None:
    analysis = analyze(text)
    assert (prefix, figure, None) in [(cls, low, who) for cls, low, _, who in _quantities(analysis)]
    assert analysis.conflicts == ()


def test_the_level_of_a_crowd_given_in_people(analyze: Callable[..., Analysis]) -> None:
    """ "put the crowd at 3,500 people": the level of the crowd, counted as people at the gathering."""
    rows = _quantities(analyze("Police in Varnholm put the crowd at about 3,500 people on Saturday."))
    assert [(cls, low) for cls, low, _, _ in rows] == [("protesters", 3500)]


def test_a_teller_gives_the_figure_of_a_second_that_clause(analyze: Callable[..., Analysis]) -> None:
    """ "told me X, and that ...": the statement holds the first clause only; the second is the teller's too."""
    text = ("The Union of Ferry Workers held a rally in the port. Its chairman, Oskar Bremholt, told me the quay was "
            "full for an hour, and that at least 12,000 people took part.")
    rows = _quantities(analyze(text))
    assert ("protesters", 12000, None, "Oskar Bremholt") in rows


def test_a_counting_body_gives_an_open_count_in_the_outlets_words(analyze: Callable[..., Analysis]) -> None:
    rows = _quantities(analyze("The Corran Park Service counted some 41,000 hikers on the ridge trail last summer."))
    assert [(cls, low, who) for cls, low, _, who in rows] == [("count:hiker:counted", 41000, "Corran Park Service")]


def test_people_living_in_a_place_conflict_between_two_sides(analyze: Callable[..., Analysis]) -> None:
    text = ("The Marren refugee office says 9,800 people live in the Tolga camp. Ismael Tardu, whom the residents "
            "chose as their leader, said more than 30,000 people live there now.")
    analysis = analyze(text)
    assert {cls for cls, *_ in _quantities(analysis)} == {"residents"}
    assert len(_quantity_conflicts(analysis)) == 1


def test_a_rate_is_not_compared_with_an_amount(analyze: Callable[..., Analysis]) -> None:
    """ "nine tonnes a hectare" is a rate, its unit tonnes per hectare; "about four tonnes" is another figure."""
    text = ("The Pellam Seed Company says its new wheat yields nine tonnes a hectare on dry land. Dr Irma Solberg, "
            "who breeds wheat at Halden University, said the best varieties give about four tonnes there.")
    analysis = analyze(text)
    units = {low: cls for cls, low, _, _ in _quantities(analysis)}
    assert units.get(9) == "count:tonnes per hectare"
    assert _quantity_conflicts(analysis) == []


def test_a_share_accepted_and_a_share_demanded_are_two_figures(analyze: Callable[..., Analysis]) -> None:
    text = ("The labour ministry said the nurses' union had accepted a 12 percent increase in pay. The union's "
            "secretary, Tomas Ekberg, said: \"Our demand remains an increase of 30 percent.\"")
    assert _quantity_conflicts(analyze(text)) == []


def test_two_sides_give_different_sums_for_one_thing(analyze: Callable[..., Analysis]) -> None:
    text = ("The transport ministry said the operator pays a fee of 12 million euros to the port. The dockers' "
            "union, Hamnfolk, said the operator pays a fee of 3 million euros to the port.")
    analysis = analyze(text)
    assert {cls for cls, *_ in _quantities(analysis)} == {"sum:euro:fee:pay"}
    assert len(_quantity_conflicts(analysis)) == 1


def test_the_same_body_named_again_revises_its_figure(analyze: Callable[..., Analysis]) -> None:
    """ "the same office": the body named before, so its second figure is a revision, not a second side."""
    text = ("The Norlund Statistics Office said 2,400 workshops had closed by March. In June the same office "
            "said 3,100 workshops had closed.")
    analysis = analyze(text)
    counts = [c for c in analysis.claims if c.kind == "quantity"]
    assert len({c.claimant for c in counts}) == 1 and len(counts) == 2
    assert counts[1].revises == counts[0].id
    assert _quantity_conflicts(analysis) == []


def test_raising_its_count_to_a_figure_is_a_revision(analyze: Callable[..., Analysis]) -> None:
    """ "raised its count to 31": the new level of the body's own count, a revision of its earlier figure."""
    text = ("The Orvik Civil Protection Agency says 14 people have been injured in the tremor. By the evening the "
            "agency had raised its count to 31, as rescuers reached the hill villages.")
    analysis = analyze(text)
    counts = [c for c in analysis.claims if c.kind == "quantity"]
    assert [(c.predicate, c.value.low if c.value else None) for c in counts] == [("injuries", 14), ("injuries", 31)]
    assert counts[1].revises == counts[0].id
    assert analysis.conflicts == ()


def test_a_bare_figure_a_body_recorded_answers_its_count(analyze: Callable[..., Analysis]) -> None:
    """ "it recorded more than 800,000": a figure with no noun, the object of a verb of counting, counts what the
    count before it counts; the pronoun stands for the body named before."""
    text = ("The Orvane Heritage Authority recorded some 290,000 visitors between January and September. Over "
            "the same period of 2019 it recorded more than 800,000.")
    rows = _quantities(analyze(text))
    assert [(cls, low, who) for cls, low, _, who in rows] == [
        ("count:visitor:counted", 290000, "Orvane Heritage Authority"),
        ("count:visitor:counted", 800000, "Orvane Heritage Authority")]


def test_an_acronym_between_commas_names_the_body_before_it(analyze: Callable[..., Analysis]) -> None:
    """ "the National Rescue Institute, INDAR, says": a later "INDAR" is the same body, so its new figure revises its
    own (and "its count" is that body's, whatever the parse makes of the clause's subject)."""
    text = ("The National Rescue Institute, INDAR, says 14 people have been injured in the tremor. By the evening "
            "INDAR had raised its count to 31.")
    analysis = analyze(text)
    assert any({"National Rescue Institute", "INDAR"} <= {m.text for m in e.mentions} for e in analysis.entities)
    counts = [c for c in analysis.claims if c.kind == "quantity"]
    assert [c.value.low for c in counts if c.value] == [14, 31]
    assert counts[0].claimant is not None and counts[1].claimant == counts[0].claimant
    assert counts[1].revises == counts[0].id
    assert analysis.conflicts == ()


def test_sums_of_two_doers_are_two_things(analyze: Callable[..., Analysis]) -> None:
    """ "Acme gave $5 million", "Borel gave $10 million": each names its own gift, no dispute between the givers."""
    text = ("Halvard Shipping gave $5 million to the fund in March. Orsina Capital gave $10 million to the fund in "
            "March.")
    analysis = analyze(text)
    sums = [c for c in analysis.claims if c.predicate.startswith("sum:")]
    assert len(sums) == 2 and all(c.argument("agent") is not None for c in sums)
    assert _quantity_conflicts(analysis) == []


def test_a_bare_recorded_figure_does_not_answer_the_outlets_count(analyze: Callable[..., Analysis]) -> None:
    """ "the board recorded 9,000" after the outlet's own "about 5,000 people fled": what the board counted is not
    told, and the outlet's count is no one's claim to answer."""
    text = "About 5,000 people fled the Arlen valley on Monday. The Varn Aid Board recorded 9,000."
    analysis = analyze(text)
    assert _quantity_conflicts(analysis) == []
    assert [low for _, low, _, who in _quantities(analysis) if who is not None] == []


def test_a_rate_may_name_its_good_first(analyze: Callable[..., Analysis]) -> None:
    """ "3 million barrels of crude a month" is a rate like "3 million barrels a month": the good named between."""
    text = "The Varna terminal says it handles 3 million barrels of crude a month through its new jetty."
    units = {low: cls for cls, low, _, _ in _quantities(analyze(text))}
    assert units.get(3_000_000) == "count:barrels per month", units

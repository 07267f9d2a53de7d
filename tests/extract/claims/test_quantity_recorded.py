"""Figures recorded as given: every figure of a statement (or of the outlet's words) that no count frame ties to one
counted thing (a duration, a partitive, a change of a share, an increment, a side's distance, a count of a
nationality) is its claimant's quantity claim ("figure:" and its unit or noun), never compared. Texts written for
these tests (invented bodies and people)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded

Row = tuple[str, float | None, float | None, str | None]


def _recorded(analysis: Analysis, speaker: str | None = None) -> list[Row]:
    """(predicate, low, high, hedge) of the recorded figures, of one claimant's name where given."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, c.value.low, c.value.high, c.value.hedge) for c in analysis.claims
            if c.kind == "quantity" and is_recorded(c.predicate) and c.value is not None
            and (speaker is None or speaker in names.get(c.claimant or "", ""))]


def _values(analysis: Analysis) -> list[tuple[float | None, float | None]]:
    return [(c.value.low, c.value.high) for c in analysis.claims if c.kind == "quantity" and c.value is not None]


def test_a_count_of_a_nationality_and_a_partitive_are_recorded(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Harbour master Ilse Brandvold said more than 1,300 Moldovans had landed at Vardo this week, "
                       "and that about 200 of the new arrivals were children.")
    rows = _recorded(analysis, "Brandvold")
    assert ("figure:moldovans", 1300, None, "more than") in rows
    assert ("figure:arrival", 200, 200, "about") in rows


def test_a_duration_and_a_change_of_a_share_are_recorded(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Plant manager Oskar Lindqvist said the turbines stood idle for nearly five hours on Monday "
                       "and that output fell by 12 percent over the quarter.")
    rows = _recorded(analysis, "Lindqvist")
    assert ("figure:hours", 5, 5, "nearly") in rows
    assert ("figure:percent", 12, 12, None) in rows


def test_a_sides_distance_and_an_increment_are_recorded(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Coast guard commander Piet Hulsman said the tanker drifted roughly 14 nautical miles and that "
                       "60 extra tugs were sent from Delfzijl.")
    rows = _recorded(analysis, "Hulsman")
    assert ("figure:nautical miles", 14, 14, "roughly") in rows
    assert ("figure:tug", 60, 60, None) in rows


def test_as_much_as_is_a_cap_and_closer_to_a_hedged_figure(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Farmer Anouk Smeets said hail flattened as much as 300 hectares of wheat near Venlo. "
                       "Her neighbour Ruud Vos said the loss was closer to 90 hectares.")
    assert (None, 300) in _values(analysis)
    assert any(c.value is not None and c.value.low == 90 and c.value.hedge == "closer to" for c in analysis.claims)


def test_no_more_than_negates_nothing(analyze: Callable[..., Analysis]) -> None:
    """The "no" of a hedge is no negation of the count: the figure is a claim, open below."""
    analysis = analyze("Mine director Aigerim Sadykova said the unpaid wages concern no more than 400 miners.")
    assert ("figure:miner", None, 400, "no more than") in _recorded(analysis, "Sadykova")


def test_a_preposition_before_a_figure_is_no_hedge(analyze: Callable[..., Analysis]) -> None:
    """ "over four sessions": the preposition the parse hangs the counted noun on, not "more than four"."""
    analysis = analyze("Union leader Tomasz Wrona said the pay deal was hammered out over four sessions in Gdynia.")
    assert (4, 4) in _values(analysis)
    assert (4, None) not in _values(analysis)


def test_ages_and_points_in_time_are_no_figures(analyze: Callable[..., Analysis]) -> None:
    """An age set off by commas after a noun and a span of time before "ago" are no figures; a duration is one."""
    analysis = analyze("Inspector Marta Kowalczyk said the driver, 52, had left the depot three days ago after a "
                       "shift of ten hours.")
    assert _recorded(analysis) == [("figure:hours", 10, 10, None)]


def test_recorded_figures_are_never_compared(analyze: Callable[..., Analysis]) -> None:
    """Two sides' durations of what may be two things: recorded, no conflict."""
    analysis = analyze("Rail operator Nordbane said the line was closed for about three hours on Friday. Station "
                       "staff union leader Grete Aasen said passengers waited for nine hours on Friday.")
    assert ("figure:hours", 3, 3, "about") in _recorded(analysis)
    assert ("figure:hours", 9, 9, None) in _recorded(analysis)
    assert analysis.conflicts == ()


def test_a_measure_joined_by_a_hyphen_is_recorded_and_an_age_is_not(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Police chief Lev Orlov said the convoy took a 12-kilometre detour and a 9-year-old girl was "
                       "hurt.")
    assert _recorded(analysis, "Orlov") == [("figure:kilometres", 12, 12, None)]

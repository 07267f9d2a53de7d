"""Two sides' figures for one measured thing told far apart (extract/claims/quantity.py, tallies.py, and
statements/speakers.py): "its report" after a place and then a body is the body's report, not the place's; "the
agency's count comes to N hectares" (a count noun the parse may hang elsewhere) answers the earlier count in
hectares by another side, even several sentences back, so the two figures meet. Guards: a figure in another
unit, and a count in that unit by the same side (a side's own update), take no other side's class. Texts written
for these tests, about made-up people and places."""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2030, 10, 9)

BODY = ("Lithuania's Vesna wetland lost more ground to fire this year than in any year on record, a society of "
        "amateur naturalists reported on Wednesday. Its survey, flown by volunteers in light aircraft, finds that "
        "more than 12,000 hectares of peat burned between April and September. The society's founder, Petra Lind, "
        "has walked the marsh since childhood. She says the smoke reached the capital twice. Farmers in the area "
        "say the fires began on land drained for grain. Some have sown barley on the burned peat already. The "
        "agriculture minister, Oskar Brenn, met growers in Kresk on Thursday. Over the same summer, he told "
        "farmers, the agency's count comes to barely {figure}. He promised to send inspectors.")


def _run(figure: str) -> Analysis:
    return analyze_text(BODY.format(figure=figure), DAY)


def _name(a: Analysis, actor: str | None) -> str:
    return next((e.name for e in a.entities if e.id == actor), "")


def _claims(a: Analysis, value: float) -> list[tuple[str, str]]:
    return [(c.predicate, _name(a, c.claimant)) for c in a.claims
            if c.kind == "quantity" and c.value and value in (c.value.low, c.value.high)]


def _types(a: Analysis, value: float) -> set[str]:
    types = {e.id: e.type for e in a.entities}
    return {types.get(c.claimant or "", "") for c in a.claims
            if c.kind == "quantity" and c.value and value in (c.value.low, c.value.high)}


def _speaker_type(text: str) -> str:
    a = analyze_text(text, DAY)
    types = {e.id: e.type for e in a.entities}
    return next(types.get(s.speaker or "", "") for s in a.statements if s.speaker_text == "Its")


def test_its_report_is_the_body_not_the_place() -> None:
    text = ("Spain's Extremadura has never burned like this, a forest group warned on Monday. Its report says "
            "well over 6,000 hectares have burned since May. The government disputes the figure.")
    assert _speaker_type(text) == "GROUP"


def test_its_report_with_no_body_named_since_stays_the_place() -> None:
    text = ("Norway has counted the wolves in its forests for the first time in a decade. Its report, released on "
            "Friday, says fewer than 90 wolves live south of the Arctic circle.")
    assert _speaker_type(text) == "GPE"


def test_a_count_in_hectares_answers_the_other_side() -> None:
    a = _run("three thousand hectares")
    mine, theirs = _claims(a, 3000), _claims(a, 12000)
    assert mine and theirs, (mine, theirs)
    assert mine[0][0] == theirs[0][0], (mine, theirs)
    assert any(c.kind == "quantity" for c in a.conflicts), [c.summary for c in a.conflicts]


def test_a_count_in_another_unit_takes_no_class() -> None:
    a = _run("three thousand farms")
    theirs = {p for p, _ in _claims(a, 12000)}
    assert not any(p in theirs for p, _ in _claims(a, 3000)), _claims(a, 3000)
    assert not any(c.kind == "quantity" for c in a.conflicts), [c.summary for c in a.conflicts]

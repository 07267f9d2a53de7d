"""Two sides' figures for one measured thing told far apart (extract/claims/quantity.py, tallies.py, and
statements/speakers.py): "its report" after a place and then a body is the body's report, not the place's; "the
ministry's own count comes to N hectares" (a count noun the parse may hang elsewhere) answers the earlier count
in hectares by another side, even several sentences back, so the two figures meet. Guards: a figure in another
unit, and a count in that unit by the same side (a side's own update), take no other side's class. Texts written
for these tests, about made-up people and places."""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2030, 10, 9)

BODY = ("PRESENTER: The Vesna marshes, the wetland that fills the south of Lithuania, are draining faster than ever. "
        "That is what a conservation society said today. The figures from the capital are smaller. Our reporter, "
        "Anton Halder, is in Kresk.\n"
        "HALDER: The society is Marsh Watch Baltic, which has mapped the wetland from the air for twenty years. "
        "Its report, published this morning, says well over 12,000 hectares were drained in the province of "
        "Upper Kresk between March and August alone, much of it for new farms. Its chair, Petra Lind, showed me "
        "photographs of the dry channels.\n"
        "PRESENTER: And the agriculture ministry?\n"
        "HALDER: Lithuania's agriculture minister, Oskar Brenn, was in parliament this afternoon. "
        "For the same months and the same province, "
        "he told deputies, the ministry's own count comes to just under {figure}, and most of the draining had "
        "permits.\n"
        "PRESENTER: Thank you.")


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
    text = ("Sweden's Jarvland forest is burning faster than at any time in living memory. That, at least, is what "
            "an environmental group said on Monday. Its report, released in the morning, says well over 6,000 "
            "hectares have burned since May. The government disputes the figure.")
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

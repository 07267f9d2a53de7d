"""Characterisation claims of issue 14 (helper char39): on a transcript's line, a label one names by a verb of calling
("Q: Peru's army command calls the patrols a counter-terrorism operation") is the caller's, where the parse gave the
verb two subjects, the line's tag first. Texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 20)

_INTERVIEW = ("Peruvian soldiers reached the village of Llacta Alta at dawn on Sunday. We reached its elected leader, "
              "Elva Huarachi, by radio.\n"
              "Q: Peru's army command calls the patrols a counter-terrorism operation along the highway. Do people in "
              "Llacta Alta agree?\n"
              "A: Nobody here agrees. The soldiers sleep in our school.\n")


def _labels(analysis: Analysis) -> list[tuple[str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.claimant or ""), c.predicate) for c in analysis.claims if c.kind == "characterisation"]


def test_a_label_the_interviewer_reports_is_the_callers() -> None:
    assert any(p == "security operation" and "army command" in (name or "")
               for name, p in _labels(analyze_text(_INTERVIEW, DAY)))


def test_a_line_with_no_caller_names_no_one() -> None:
    text = _INTERVIEW.replace("Peru's army command calls the patrols", "Some call the patrols")
    assert [p for _, p in _labels(analyze_text(text, DAY)) if p == "security operation"] == []

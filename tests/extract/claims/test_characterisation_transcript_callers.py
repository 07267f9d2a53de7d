"""Characterisation claims of issue 14 (helper char39): on a transcript's line, a label one names by a verb of calling
("Q: Bolivia's defence ministry calls the deployment a preventive operation") is the caller's, where the parse gave
the verb two subjects, the line's label first. Texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 20)

_INTERVIEW = ("Bolivian troops arrived in the valley of Rio Seco on Monday. We spoke to the mayor of Rio Seco, Ana "
              "Quispe, by telephone.\n"
              "Q: Bolivia's defence ministry calls the deployment a preventive operation to protect the road. Is that "
              "how it looks from Rio Seco?\n"
              "A: From here it looks like an occupation. There are soldiers at the school.\n")


def _labels(analysis: Analysis) -> list[tuple[str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.claimant or ""), c.predicate) for c in analysis.claims if c.kind == "characterisation"]


def test_a_label_the_interviewer_reports_is_the_callers() -> None:
    assert ("defence ministry", "security operation") in _labels(analyze_text(_INTERVIEW, DAY))


def test_a_line_with_no_caller_names_no_one() -> None:
    text = _INTERVIEW.replace("Bolivia's defence ministry calls the deployment", "Some call the deployment")
    assert [p for _, p in _labels(analyze_text(text, DAY)) if p == "security operation"] == []

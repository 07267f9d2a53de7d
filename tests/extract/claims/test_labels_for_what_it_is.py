"""A label named after "for what it is" on a verb of presenting (extract/claims/labels.py): "the government regards
the levy for what it is: a tax on wine" calls the levy a tax, as "regards the levy as a tax" would. Sentences
written for these tests (invented ministries and levies).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.open_labels import LABEL


def _labels(analysis: Analysis) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate[len(LABEL):], names.get(c.claimant or "")) for c in analysis.claims
            if c.kind == "characterisation" and c.predicate.startswith(LABEL)]


_FEE = "Argentina's agriculture ministry described the levy as \"a routine phytosanitary fee\". "


def test_a_label_for_what_it_is_conflicts_with_another_sides_label(analyze: Callable[..., Analysis]) -> None:
    got = analyze(_FEE + "The Government of Chile regards this levy for what it is: a tax on Chilean wine, imposed "
                  "without notice.")
    assert ("tax", "Government of Chile") in _labels(got)
    assert len([c for c in got.conflicts if c.kind == "characterisation"]) == 1


@pytest.mark.parametrize("text", [
    # no verb of presenting: the levy praised, not called
    _FEE + "The Government of Chile thanked Argentina for what it is: a partner in the wine trade.",
    # "for" with no "what it is": a purpose, not a label
    _FEE + "The Government of Chile regards this levy for a year.",
])
def test_no_label_without_presenting_for_what_it_is(analyze: Callable[..., Analysis], text: str) -> None:
    assert [label for label, who in _labels(analyze(text)) if who == "Government of Chile"] == []

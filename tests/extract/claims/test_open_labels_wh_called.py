"""A label of a clause of "what" under a verb of calling (extract/claims/open_labels.py): "the navy calls what
happened a training voyage" is the navy's word for the event, though the parse makes the label the object of
"happened". It takes the one thing another country's side labels and meets that side's label. Sentences written
for these tests (invented navies and ministries).
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


def _conflicts(analysis: Analysis) -> int:
    return len([c for c in analysis.conflicts if c.kind == "characterisation"])


@pytest.mark.parametrize(("text", "label"), [
    ("Chile's navy sent three frigates into the strait on Friday. Argentina's foreign minister said the deployment "
     "was a show of muscle. The Chilean navy calls what happened a training voyage.", "training voyage"),
    ("Portugal's coast guard towed the trawler into Porto on Sunday. The Spanish fisheries minister said the "
     "operation was a seizure of a legal vessel. Lisbon's maritime authority calls what took place a safety escort.",
     "safety escort"),
])
def test_a_label_of_what_happened_meets_another_sides_label(analyze: Callable[..., Analysis], text: str,
                                                            label: str) -> None:
    got = analyze(text)
    assert label in [name for name, _ in _labels(got)]
    assert _conflicts(got) == 1


def test_the_same_label_of_what_happened_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Chile's navy sent three frigates into the strait on Friday. Argentina's foreign minister said the "
                  "deployment was a training voyage. The Chilean navy calls what happened a training voyage.")
    assert _conflicts(got) == 0


def test_what_was_said_is_no_thing_labelled(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Argentina's foreign minister said the deployment was a show of muscle. The Chilean navy calls what "
                  "she said a campaign speech.")
    assert "campaign speech" not in [name for name, _ in _labels(got)]

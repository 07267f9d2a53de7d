"""A body's statement that calls a deployment "a routine operation", with a later verb of saying in the same
sentence, is that body's label; any routine work of forces is routine activity (issue 14, helper fa38). Texts
written for these tests (invented bodies).
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _labels(analysis: Analysis) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant or "")) for c in analysis.claims if c.kind == "characterisation"]


def test_a_statement_calling_it_so_and_saying_more_is_its_issuers(analyze: Callable[..., Analysis]) -> None:
    text = ("Chile's navy put out a statement calling the patrols \"a routine operation to deter trawlers\", "
            "and says its ships stay in Chilean waters. Peru's foreign ministry says the patrols were a provocation.")
    a = analyze(text)
    assert ("routine activity", "Chile's navy") in _labels(a)
    assert [c for c in a.conflicts if c.kind == "characterisation"]


def test_a_quote_no_one_is_said_to_call_so_is_not_given_to_the_sentence_subject(
        analyze: Callable[..., Analysis]) -> None:
    # the calling participle hangs on the object of a reporter's verb, not of the quote's speaker
    text = ("Reporters read a leaflet calling the deployment \"a routine operation\", and the navy says the ships "
            "are there to stop trawlers.")
    assert ("routine activity", "navy") not in _labels(analyze(text))

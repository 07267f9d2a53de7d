"""A figure given in a phrase of its own in a speaker's words (issue 14): "Twelve trawlers." is the speaker's count of
trawlers, an open count with the act "given" (no verb tells it).

Sentences are written for these tests (an invented harbour and harbour master).
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _counts(analysis: Analysis) -> list[tuple[float | None, str, str | None]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.value.low, c.predicate, names.get(c.claimant or "")) for c in analysis.claims
            if c.kind == "quantity" and c.value is not None]


def test_a_figure_in_a_phrase_of_its_own_is_the_speakers_count(analyze: Callable[..., Analysis]) -> None:
    found = analyze('"We went down to the pier at dawn. Twelve trawlers. Not one of them flew a flag," said Ilse '
                    "Brandt, the harbour master of Vellmar.")
    assert (12, "count:trawler:given", "Ilse Brandt") in _counts(found)


def test_two_sides_giving_one_count_in_phrases_of_their_own_agree(analyze: Callable[..., Analysis]) -> None:
    found = analyze('"We went down to the pier at dawn. Twelve trawlers. Not one of them flew a flag," said Ilse '
                    'Brandt, the harbour master of Vellmar. "We saw them too. Twelve trawlers. No flags," said Tomas '
                    "Vale, a skipper from the Vellmar fishing cooperative.")
    assert [c for c in found.conflicts if c.kind == "quantity"] == []

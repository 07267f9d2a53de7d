"""Words a body notes, named by their author after a participle of making (issue 14, helper quant40, stop 40).

"has noted remarks made in <place> on <day> by <body> that ...": the that-clause is the author's words, not the
noting body's (cues ``authoring_participles``); one who only carried the words ("carried by state radio") is no
author, and the words stay with whoever the other rules give them to.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speaker_of(a: Analysis, words: str) -> str | None:
    names = {e.id: e.name for e in a.entities}
    return next((names.get(s.speaker or "") for s in a.statements if words in s.content.text), None)


def test_remarks_made_by_a_body_are_its_words(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Faroese Fisheries Board has noted remarks made in Torshavn on Friday by Iceland's coast guard "
                "that the trawlers had fished inside the closed zone. The Board said its own logs showed no such "
                "thing.")
    assert _speaker_of(a, "the trawlers had fished") == "Iceland's coast guard", a.statements


def test_claims_voiced_by_a_union_are_its_words(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Azorean port authority has rejected claims voiced this week by the Dockers' Union of Ponta "
                "Delgada that the cranes had not been inspected for two years.")
    assert _speaker_of(a, "the cranes had not been inspected") == "Dockers' Union of Ponta Delgada", a.statements


def test_remarks_a_body_takes_note_of_are_their_authors_words(analyze: Callable[..., Analysis]) -> None:
    # "has taken note of remarks by X, carried by <medium>, that ...": the parse hangs the clause on "taken"
    a = analyze("The Kazungula Ferry Company has taken note of comments by a spokesman for Zambia's transport "
                "ministry, carried by local radio on Friday, that the pontoon had been overloaded for a month. The "
                "company said its own logs showed otherwise.")
    speaker = next((s.speaker for s in a.statements if "the pontoon had been overloaded" in s.content.text), None)
    country = {e.id: e.country for e in a.entities}.get(speaker or "")
    assert country == "ZMB", [(s.speaker, s.content.text) for s in a.statements]

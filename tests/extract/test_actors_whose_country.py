"""Whose country a speaker, person or body is (issues 14 and 15, stop 38): the classes helper countries38 fixed.

Sentences, places and names are our own (made up, in countries other than the gold articles').
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger.models import Analysis, Entity

Analyze = Callable[..., Analysis]


def _entity(a: Analysis, word: str) -> Entity:
    start = a.document.text.find(word)
    assert start >= 0, f"{word!r} is not in the text"
    found = next((e for e in a.entities if any(m.start <= start < m.end for m in e.mentions)), None)
    assert found is not None, f"no entity has {word!r}: {[(e.name, e.type) for e in a.entities]}"
    return found


def _speaker(a: Analysis, words: str) -> Entity | None:
    st = next(st for st in a.statements if words in st.content.text)
    return next((e for e in a.entities if e.id == st.speaker), None)


def test_a_team_of_a_body_speaks_for_the_body_of_the_other_side(analyze: Analyze) -> None:
    # "the press team of the transition council": the council speaks; the paragraph opens on the other
    # country's answer, so the dateline's country is not the council's.
    a = analyze("KASESE, Uganda, May 4 - Two shells fired from the Congolese side of the river landed in a maize "
                "field near the village of Kitembo, the Ugandan army said.\nKinshasa's answer came by the evening. "
                "\"None of our units fired on Tuesday,\" the press team of the transition council said in a "
                "statement.\n")
    council = _speaker(a, "None of our units")
    assert council is not None and council.name.endswith("transition council")
    assert council.country == "COD"


def test_the_provinces_official_and_the_name_given_to_him_after(analyze: Analyze) -> None:
    # "the province's transport minister" is the minister of the province just named, though a neighbour
    # country stands in the sentence; "X, the minister" is that official, named.
    a = analyze("Officials in Mozambique's Sofala province, next to Zimbabwe, closed two border roads on Monday, "
                "with the province's transport minister blaming their Zimbabwean counterparts.\n\nThe roads "
                "\"should have been cleared days ago,\" said Tomas Macuacua, the minister. \"Nobody answered our "
                "calls,\" he added.\n")
    assert _entity(a, "province's transport minister").country == "MOZ"
    assert _entity(a, "Tomas Macuacua").country == "MOZ"
    assert _speaker(a, "Nobody answered") is _entity(a, "Tomas Macuacua")


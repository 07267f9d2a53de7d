"""The place of a count named by an administrative unit: "Kordel province" or "the Ostrava region" is a place even
where the NER tags the name as a body (extract/actors/entities.py retypes it), so counts of two provinces are told
apart. Texts written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Document
from newsledger.config import Settings
from newsledger.extract import actors, statements, times
from newsledger.extract.actors import entities
from newsledger.extract.claims.context import Context
from newsledger.extract.claims.quantity import quantity_claims
from newsledger.lexicon import Lexicon
from newsledger.parse import parse

Placed = list[tuple[float | None, str | None]]


@pytest.fixture(scope="module")
def placed(nlp: object, settings: Settings, lexicon: Lexicon) -> Callable[[str], Placed]:
    """(figure, name of the claim's place) of each quantity claim of a text."""

    def go(text: str) -> Placed:
        (parsed,) = list(parse([Document(text)], settings))
        doc = parsed.doc
        ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon)
        tms = times.times(doc, parsed.document, lexicon)
        stmts = statements.statements(doc, ents, tms, lexicon)
        names = {e.id: e.name for e in ents}
        claims = quantity_claims(Context(doc, ents, stmts, lexicon), tms)
        return [(c.value.low if c.value else None, names.get(c.place) if c.place else None) for c in claims]

    return go


@pytest.mark.parametrize(("text", "figure", "place"), [
    ("The state news agency said four people died in villages of Kordel province.", 4, "Kordel"),
    ("The interior ministry said 12 people died in the Ostrava region after the storm.", 12, "Ostrava"),
])
def test_a_name_before_a_unit_noun_is_the_place(placed: Callable[[str], Placed], text: str, figure: float,
                                                place: str) -> None:
    found = [p for f, p in placed(text) if f == figure]
    assert found and found[0] is not None and place in found[0], placed(text)


def test_a_body_before_another_noun_is_no_place(placed: Callable[[str], Placed]) -> None:
    found = placed("The Harlow Foundation said 30 families received food parcels on Monday.")
    assert found and all(p is None or "Harlow" not in p for _, p in found), found

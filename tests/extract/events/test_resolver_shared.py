"""One ArgumentResolver per document: the events stage builds it, the agreements take the same one."""

from __future__ import annotations

from newsledger.extract.events.args import ArgumentResolver, resolver_for
from newsledger.lexicon import Lexicon
from newsledger.models import Entity, Span


def test_the_same_document_and_inputs_share_one_resolver(nlp, lexicon: Lexicon) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Valdoria and Peskar signed a water accord in Tirel on Monday.")
    ents = (Entity("E1", "Valdoria", "GPE", mentions=(Span(0, 8, "Valdoria"),)),)
    first = resolver_for(doc, ents, (), lexicon.events)
    assert isinstance(first, ArgumentResolver)
    assert first.by_token.get(0) == "E1"
    assert resolver_for(doc, ents, (), lexicon.events) is first
    other_ents = (Entity("E2", "Peskar", "GPE", mentions=(Span(13, 19, "Peskar"),)),)
    second = resolver_for(doc, other_ents, (), lexicon.events)  # other entities: a resolver of its own
    assert second is not first and second.by_token.get(2) == "E2" and 0 not in second.by_token
    again = nlp("Valdoria and Peskar signed a water accord in Tirel on Monday.")  # another parse of the same words
    assert resolver_for(again, other_ents, (), lexicon.events).doc is again

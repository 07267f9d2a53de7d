"""Stop 40: the reference pass looks back over the owned token positions only (a sorted list kept in step by
``Context.add_mention``), and finds what a plain backward walk over every token finds; the plural-title search
looks only at the words by a full stop, and finds what the walk over every token finds."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsledger.extract.actors import actors
from newsledger.extract.actors.context import Actor, Context
from newsledger.extract.actors.entities import _after_plural_title, entities
from newsledger.lexicon import Lexicon
from newsledger.textutil import form_key, name_key

TEXT = ("Harbour Commissioner Tamsin Orrely-Vask met the Salt Flats Cooperative on Monday. The commissioner said "
        "the cooperative had not paid its dues, and she warned that the board would act. Orrely-Vask later told "
        "reporters in Quenmouth that the group's chairman, Ludo Perrancourt, had promised to pay. He said the "
        "commissioner was right and that his members would vote on it; the chairman added that they were tired.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


def _walk(ctx: Context, before: int, floor: int) -> list[int]:
    return [i for i in range(before - 1, floor - 1, -1) if ctx.owner[i] is not None]


def test_owned_before_agrees_with_a_backward_walk(doc: Doc, lexicon: Lexicon) -> None:
    ctx = Context(doc, lexicon)
    found = [a for a in (ctx.actor_from(e) for e in entities(doc, lexicon)) if a.mentions]
    assert found
    ctx.index(found)
    assert ctx.owned is None  # no kept list outside the reference pass: a fresh one each time
    n = len(doc)
    for before in range(n + 1):
        for floor in (0, max(0, before - 7), before):
            assert ctx.owned_before(before, floor) == _walk(ctx, before, floor)
    ctx.owned = ctx.owned_positions()
    extra = Actor("the board", "ORG", [], named=False)
    for start, end in ((3, 5), (20, 23), (21, 22), (n - 2, n), (0, 1), (10, 10)):
        ctx.add_mention(extra, start, end)
        assert ctx.owned == sorted(set(ctx.owned))
        for before in range(n + 1):
            for floor in (0, max(0, before - 5)):
                assert ctx.owned_before(before, floor) == _walk(ctx, before, floor)
    ctx.index(found)
    assert ctx.owned is None


def test_the_reference_pass_finds_what_the_plain_walk_finds(doc: Doc, lexicon: Lexicon,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def show(found: list[Any]) -> list[tuple[str, str, list[tuple[int, int]]]]:
        return [(a.name, a.type, sorted((m.start, m.end) for m in a.mentions)) for a in found]

    quick = actors(doc, entities(doc, lexicon), lexicon)
    monkeypatch.setattr(Context, "owned_before", _walk)
    plain = actors(doc, entities(doc, lexicon), lexicon)
    assert show(quick) == show(plain)
    assert any(len(a.mentions) > 1 for a in quick)  # pronouns and nouns were tied back to a name


def _plain_after_plural_title(doc: Doc, spans: list[Any], lexicon: Lexicon) -> list[Any]:
    """The start code's walk over every token, for comparison."""
    vocab = lexicon.actors
    taken = {k for span, _, _ in spans for k in range(span.start, span.end)}
    surname_at = {span.start: n for n, (span, _, etype) in enumerate(spans) if etype == "PERSON" and len(span) == 1}
    spans = list(spans)
    added: list[Any] = []
    for t in doc[:-2]:
        word = form_key(t.text).rstrip(".")
        k = t.i + 1
        if k < len(doc) and doc[k].text == "." and not t.whitespace_:
            k += 1
        if not (t.text.endswith(".") or k > t.i + 1) or len(word) < 4 or not word.endswith("s") \
                or word[:-1] not in vocab.abbreviated_titles or k >= len(doc) or k in taken \
                or doc[k].lower_ not in vocab.people.given_names or not doc[k].is_title:
            continue
        if k + 1 in surname_at:
            n = surname_at[k + 1]
            span = SpacySpan(doc, k, k + 2, label="PERSON")
            spans[n] = (span, name_key(span.text), "PERSON")
            continue
        end = k + 1
        while end < len(doc) and end - k < 3 and end not in taken and doc[end].is_title and doc[end].is_alpha \
                and vocab.place(doc[end].text) is None and vocab.title(doc[end].text) is False:
            end += 1
        if end - k >= 2:
            span = SpacySpan(doc, k, end, label="PERSON")
            added.append((span, name_key(span.text), "PERSON"))
    return sorted([*spans, *added], key=lambda item: item[0].start) if added else spans


@pytest.mark.parametrize("text", [
    "Sens. Maria Kovalenko and Pedro Almagro wrote to the port board. Reps. John Tellweather of Brannock agreed.",
    "Govs . David Ostrander and Helen Marsh met, said Reps. Anna. The talks ended at 5 p.m. in St. Brannock.",
    "Sens.", "Sens. Anna", "No title here at all, only words and a full stop.",
])
def test_plural_titles_found_as_the_walk_over_every_token_finds(nlp: Any, lexicon: Lexicon, text: str) -> None:
    doc = nlp(text)
    spans = [(SpacySpan(doc, e.start, e.end, label=e.label_), name_key(e.text), "PERSON" if e.label_ == "PERSON"
              else "ORG") for e in doc.ents]
    single = [(SpacySpan(doc, t.i, t.i + 1, label="PERSON"), name_key(t.text), "PERSON") for t in doc
              if t.text in ("Kovalenko", "Ostrander")]
    for given in (spans, single, []):
        expected = _plain_after_plural_title(doc, given, lexicon)
        assert [(s.start, s.end, k, e) for s, k, e in _after_plural_title(doc, given, lexicon)] \
            == [(s.start, s.end, k, e) for s, k, e in expected]


def test_a_plural_title_opens_a_name(nlp: Any, lexicon: Lexicon) -> None:
    doc = nlp("Sens. Maria Kovalenko and Pedro Almagro wrote to the port board.")
    found = _after_plural_title(doc, [], lexicon)
    assert [(s.start, s.end) for s, _, _ in found] == [(2, 4)]


def test_apposition_sets_agree_with_the_tokens(nlp: Any, lexicon: Lexicon) -> None:
    doc = nlp("Brisk Harvest, a grain trader, said its rival, the Kettleby Mills company, had bought the silo.")
    ctx = Context(doc, lexicon)
    assert ctx.appos == {t.i for t in doc if t.dep_ == "appos"}
    assert ctx.appos_heads == {t.i for t in doc if any(c.dep_ == "appos" for c in t.children)}
    assert ctx.appos and ctx.appos_heads

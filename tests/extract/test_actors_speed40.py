"""Stop 40's cheaper reads in the actors and entities stages give what the per-Token reads they replace gave."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsledger.extract.actors import actors
from newsledger.extract.actors.context import Context
from newsledger.extract.actors.entities import _HYPHENS, _NAME_PART_LABELS, _name_forms, _name_words, _Words, entities
from newsledger.extract.actors.names import NameWords, People
from newsledger.extract.actors.persons import _office_of, _relative_office
from newsledger.extract.actors.refs import _COUNTERPART, _actor_nouns, _Resolver, _words_in
from newsledger.extract.actors.titles import _title_at
from newsledger.extract.walk import doc_tokens
from newsledger.lexicon import Lexicon

TEXT = ("Foreign Minister Odile Varrow-Kintore, who became the chief of the Vellin Ports Authority last spring, "
        "said on Tuesday that she would reopen the eastern quay. Varrow-Kintore told the Quayside Workers Union "
        "and the Board of Tidal Works that her office had asked the Ministry of Coastal Affairs for more money. "
        "She said the union's secretary, Piet Quillane-Lowe, had agreed. The ministry declined to comment; "
        "its spokesman said they would answer next week.")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


def test_name_words_agree_with_the_tokens(doc: Doc) -> None:
    expected = [t.is_title and t.is_alpha and t.ent_type_ in _NAME_PART_LABELS and t.pos_ in ("PROPN", "NOUN", "ADJ")
                and "\n" not in t.whitespace_ for t in doc]
    assert _name_words(doc) == expected
    assert any(expected) and not all(expected)


def test_words_in_finds_what_a_loop_over_tokens_finds(doc: Doc, lexicon: Lexicon) -> None:
    ctx = Context(doc, lexicon)
    resolver = _Resolver(ctx, [])
    pronouns = resolver.pronouns
    nouns, memo = _actor_nouns(lexicon.actors.head_nouns, resolver.head_titles, resolver.back_titles, pronouns)
    assert nouns == lexicon.actors.head_nouns | resolver.head_titles | resolver.back_titles
    expected = [t.i for t in doc if t.lower_ in pronouns or t.lower_ in nouns or t.lower_ in _COUNTERPART]
    assert _words_in(doc, pronouns, nouns, memo) == expected
    assert memo  # the answers are kept, and the second look reads them
    assert _words_in(doc, pronouns, nouns, memo) == expected
    again = _actor_nouns(lexicon.actors.head_nouns, resolver.head_titles, resolver.back_titles, pronouns)
    assert again[0] is nouns and again[1] is memo


def test_a_relative_office_is_read_once_per_name(doc: Doc, lexicon: Lexicon) -> None:
    ctx = Context(doc, lexicon)
    name = next(t for t in doc if t.text == "Kintore")
    head = ctx.head(name.i - 2, name.i + 1)
    first = _relative_office(ctx, head)
    assert head.i in ctx.offices
    assert _relative_office(ctx, head) is first
    assert (first.i if first is not None else None) == (
        found.i if (found := _office_of(ctx, head)) is not None else None)


def test_a_title_stops_at_an_owned_word(doc: Doc, lexicon: Lexicon) -> None:
    ctx = Context(doc, lexicon)
    start = next(t.i for t in doc if t.text == "Foreign")  # "Foreign Minister"
    free = _title_at(ctx, start, len(doc))
    assert free is not None and free[0] > start
    blocked = Context(doc, lexicon)
    blocked.owner[free[0] - 1] = ctx.actor_from(entities(doc, lexicon)[0])  # the title's last word is a name's
    found = _title_at(blocked, start, len(doc))
    assert found is None or found[0] < free[0]


def test_a_name_is_cut_at_a_line_break(nlp: Any, lexicon: Lexicon) -> None:
    doc = nlp("Brackwater Grain Cooperative\nMorrowby, 4 March - The cooperative said prices rose.")
    words = _Words.of(lexicon)
    lines = [words.trim(SpacySpan(doc, 0, k)) for k in range(1, 6)]
    assert lines[2] == (0, 3) and lines[3] == (0, 3) and lines[4] == (0, 3)
    assert doc[3].text == "\n"
    assert words.trim(SpacySpan(doc, 4, 5)) == (4, 5)  # "Morrowby": no line break in it


def test_name_forms_read_the_lower_case_hashes(doc: Doc, lexicon: Lexicon) -> None:
    spans = [SpacySpan(doc, t.i, t.i + 3) for t in doc if t.text == "Varrow"]

    class _Group:
        mentions = spans
        type = "PERSON"

    lowers = [t.lower for t in doc]
    forms, _ = _name_forms([_Group()], People(frozenset(), frozenset()), lowers)  # type: ignore[list-item]
    expected = {tuple(t.lower for t in m if t.text not in _HYPHENS) for m in spans}
    assert {form for options in forms.values() for form, _ in options} == expected
    assert all(len(form) == 2 for form in expected)  # "Varrow" and "Kintore", the hyphen left out


def test_titles_read_from_the_text_as_from_spans(doc: Doc, lexicon: Lexicon) -> None:
    names = NameWords.of(lexicon)
    tokens = doc_tokens(doc)
    start = next(t.i for t in tokens if t.text == "Foreign")
    name = next(t.i for t in tokens if t.text == "Odile")
    assert names.title_end(doc, start, name + 1) == name
    assert names.title_of(doc, start, name) == "foreign minister"
    read = names.read(doc, start, name + 4)
    assert read is not None and read.surname == "varrow-kintore" and read.given == ("odile",)


def test_the_stages_gender_a_person_from_two_sentences(nlp: Any, lexicon: Lexicon) -> None:
    doc = nlp(TEXT)
    found = actors(doc, entities(doc, lexicon), lexicon)
    odile = next(e for e in found if e.name.startswith("Odile"))
    assert odile.type == "PERSON"
    assert any(m.text == "She" for m in odile.mentions)

"""Stop 41 (speed, same output): the quotation mask of the actors' context walks the marks, not every token; a name's
trim reads each word once; ``form_key`` runs a pattern only where the character it needs is in the key; a group's
name counts each distinct mention text once; the plural-title search tests the title before the next word. Each
is checked against the start code's version (a copy here) on texts of our own."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from spacy.tokens import Doc

from newsledger.extract.actors.context import _CLOSE_QUOTES, _OPEN_QUOTES, _QUOTE_CHARS, _quote_mask
from newsledger.extract.actors.entities import _after_plural_title, _Words, entities
from newsledger.lexicon import Lexicon
from newsledger.textutil import form_key, name_key


def _quote_mask_walk(text: str, idx: list[int]) -> list[bool]:
    """The start code's mask: every token, applying the marks before it."""
    mask = [False] * len(idx)
    inside = False
    events = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(text)]
    if not any(ch != "\n" for _, ch in events):
        return mask
    k = 0
    for i, start in enumerate(idx):
        closing = False
        while k < len(events) and events[k][0] <= start:
            ch = events[k][1]
            if ch == "\n":
                inside = False
            elif ch in _OPEN_QUOTES or ch == "``":
                inside = True
            elif ch in _CLOSE_QUOTES or (ch in ('"', "''") and inside):
                inside = False
                closing = events[k][0] == start
            else:
                inside = True
            k += 1
        mask[i] = inside or closing
    return mask


def _form_key_start(text: str) -> str:
    """The start code's ``form_key``, uncached."""
    if re.fullmatch(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*", text):
        return text.lower()
    key = name_key(text)
    key = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group().replace(".", ""), key)
    key = re.sub(r"\s*([\-‐])\s*", r"\1", key)
    key = re.sub(r"\s+'s\b", "'s", key)
    if key.endswith("'s"):
        key = key[:-2].rstrip()
    return key


_PIECES = ["Velka", "said", '"', "“", "”", "''", "``", "«", "»", "\n", "the", "Orbin", ",", ".", "'", "’",
           "it", "was", "fine", "\n\n", "Mr.", "(", ")"]


def _texts(n: int) -> list[tuple[str, list[int]]]:
    """Random texts of the pieces above, some run together, with the offsets of their pieces as tokens."""
    rng = random.Random(41)
    out = []
    for _ in range(n):
        text, idx = "", []
        for _ in range(rng.randint(0, 40)):
            piece = rng.choice(_PIECES)
            idx.append(len(text))
            text += piece + rng.choice(["", " ", " ", "  "])
        out.append((text, idx))
    return out


def test_quote_mask_agrees_with_the_walk_over_every_token() -> None:
    texts = _texts(3000)
    assert any(any(_quote_mask_walk(t, i)) for t, i in texts)  # the texts do open quotations
    for text, idx in texts:
        assert _quote_mask(text, idx) == _quote_mask_walk(text, idx), text


def test_quote_mask_on_written_lines() -> None:
    text = 'Orbin said: “We stay.” Then ``we go'' and "maybe" ”\nVelka: "no'
    idx = [m.start() for m in re.finditer(r"\S+", text)]
    assert _quote_mask(text, idx) == _quote_mask_walk(text, idx)
    assert any(_quote_mask(text, idx)) and not all(_quote_mask(text, idx))


@pytest.mark.parametrize("text", [
    "U.S. envoy", "the U.N. Security Council", "vice - president", "Vice-President", "People 's Republic",
    "Orbin's", "Gen.", "Lt. Col.", "Côte d'Ivoire", "Sens. Velka", "a.b.c. d", "e.g.", "Mark ‐ Orbin", "Velka 's",
    "Velka's office", "  spaced   words ", "Ri Song-chol", "O'Malley", "D.C.'s mayor", "x - y - z 's",
])
def test_form_key_agrees_with_the_start_code(text: str) -> None:
    assert form_key(text) == _form_key_start(text)


def test_form_key_agrees_on_random_strings() -> None:
    rng = random.Random(7)
    alphabet = "abAB. -‐'s’éÉ\t,"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert form_key(text) == _form_key_start(text), repr(text)


TEXT = ("“Sens. Maria Marrow and Tobin Quell wrote to the Harbour Board,” the Velkan daily said. Another Orbin "
        "Freight Co. lorry stood at the gate; 10:40 Orbin Freight said its drivers were safe. Marrow's office "
        "said Reps. John Dorr of Kestland and Maria Marrow would meet. Dorr said: ''we will see.''")


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Doc:
    return nlp(TEXT)


def _trim_start(words: _Words, span: Any) -> tuple[int, int] | None:
    """The start code's trim, reading each word's attributes at every test."""
    from newsledger.extract.actors.entities import _CLOCK, _QUOTES, _TYPED_QUOTE
    from newsledger.extract.walk import doc_text, doc_tokens

    start, end = span.start, span.end
    tokens = doc_tokens(span.doc)
    while start < end and tokens[start].is_space:
        start += 1
    if "\n" in doc_text(span.doc)[span.start_char:span.end_char]:
        end = next((i + (0 if tokens[i].is_space else 1) for i in range(start, end)
                    if "\n" in tokens[i].text or "\n" in tokens[i].whitespace_), end)
    while start < end and (tokens[start].lower_ in words.articles or tokens[start].is_punct
                           or (tokens[start].lower_ in words.determiners and tokens[start].pos_ == "DET")
                           or tokens[start].text in _QUOTES or _TYPED_QUOTE.fullmatch(tokens[start].text)
                           or tokens[start].text in words.possessive
                           or _CLOCK.fullmatch(tokens[start].text)):
        start += 1
    while end > start and (tokens[end - 1].text in words.possessive or tokens[end - 1].is_punct
                           or tokens[end - 1].text in _QUOTES or _TYPED_QUOTE.fullmatch(tokens[end - 1].text)):
        end -= 1
    return (start, end) if end > start else None


def test_trim_agrees_with_the_start_code_on_every_span(doc: Doc, lexicon: Lexicon) -> None:
    words = _Words.of(lexicon)
    n = len(doc)
    for start in range(n):
        for end in range(start + 1, min(n, start + 6) + 1):
            span = doc[start:end]
            assert words.trim(span) == _trim_start(words, span), span.text


def test_entities_and_plural_titles_unchanged(doc: Doc, lexicon: Lexicon) -> None:
    found = entities(doc, lexicon)
    names = {e.name for e in found}
    assert "Maria Marrow" in names and "John Dorr" in names
    marrow = next(e for e in found if e.name == "Maria Marrow")
    assert len(marrow.mentions) >= 2  # "Marrow's office", the second "Maria Marrow"
    assert _after_plural_title(doc, [], lexicon)  # "Sens. Maria Marrow", "Reps. John Dorr": found untagged


def test_tokens_reading_finds_what_a_loop_over_tokens_finds(doc: Doc) -> None:
    from newsledger.extract.actors.descriptions import _tokens_reading

    firsts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    for name in ("Marrow", "Orbin", "Dorr", "said", "Co.", "Reps", "the", "arrow", "s", "Kestland", "QZX"):
        assert _tokens_reading(name, doc.text, firsts, ends) == [t.i for t in doc if t.text == name], name


def test_words_in_over_several_documents(nlp: Any, lexicon: Lexicon) -> None:
    from newsledger.extract.actors.context import Context
    from newsledger.extract.actors.refs import _COUNTERPART, _actor_nouns, _Resolver, _words_in

    texts = [TEXT, "The minister said she would go. Its counterpart, the agency, said they had not.",
             "Nobody here. The spokesman and the group: he, she, it, they.", TEXT.lower()]
    for text in texts * 2:
        doc = nlp(text)
        resolver = _Resolver(Context(doc, lexicon), [])
        pronouns = resolver.pronouns
        nouns, memo = _actor_nouns(lexicon.actors.head_nouns, resolver.head_titles, resolver.back_titles, pronouns)
        expected = [t.i for t in doc if t.lower_ in pronouns or t.lower_ in nouns or t.lower_ in _COUNTERPART]
        assert _words_in(doc, pronouns, nouns, memo) == expected

"""Stop 37 (helper quotes37): quotes around bracketed notes, attributions past a short phrase, "speak of".

Invented texts in our own words about made-up places and people:

- a translator's or editor's note in square brackets pairs its own quotation marks, so a note inside remarks
  leaves the remarks one quote; remarks that open a paragraph and run on over paragraphs without reopening
  marks, to a closing mark that ends a later paragraph, are one quote;
- an opening note "[Remarks by the minister of ..., NAME, ...]" names the person beside the title;
- “…” before setting a date, she said: a short phrase with no clause of its own between the quote and its cue;
- a verb with its particle whose object is what was said: "residents told of ..." (not "spoke about", a topic);
  not in a relative clause ("figures ... which speak of ..."), where the figures' owner gives the count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.statements.marks import quote_spans
from newsledger.extract.times import times
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, Entity, Statement

LEXICON = load_lexicon(load_settings())

REMARKS = (
    "[Translated from Latvian. Remarks by the minister of transport, Ruta Kalnina, to reporters in Liepaja on "
    "2 March. Notes in square brackets are the translator's.]\n"
    "\"As I told the council last week: 14 ferries serve the island route this winter, and no ferry will be "
    "withdrawn before the new pier is built. [T.N.: \"pier\" renders the minister's \"piestatne\", a landing "
    "stage for small boats.]\n"
    "The toll on the causeway stays. We have 30 pilots licensed, and we need 45.\n"
    "Nothing about this plan has changed since the autumn.\"\n"
    "[T.N.: Liepaja is a port city on the Baltic coast.]\n"
)

STRAY = (
    "The harbour master said the \"new rules would start in May.\n"
    "The pilots met on Friday.\n"
    "The season ends in October.\"\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2026, 3, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _with(stmts: tuple[Statement, ...], words: str) -> list[Statement]:
    return [s for s in stmts if words in s.content.text]


def _name(by_id: dict[str, Entity], s: Statement) -> str | None:
    return by_id[s.speaker].name if s.speaker else None


def test_a_bracketed_note_pairs_its_own_marks_inside_a_quote() -> None:
    text = "\"We will open the road [Ed.: \"road\" means the \"old\" highway] in June,\" the governor said."
    spans = quote_spans(text, ())
    outer = [q for q in spans if text[q.start:q.end].startswith("We will open")]
    assert len(outer) == 1
    assert text[outer[0].start:outer[0].end].endswith("in June,")
    assert not any(outer[0].open < q.open < outer[0].close for q in spans)


def test_a_bracketed_note_outside_any_quote_keeps_its_quotes() -> None:
    text = "The mayor spoke. [Ed.: she later called it \"a fair deal\".] The council voted."
    assert [text[q.start:q.end] for q in quote_spans(text, ())] == ["a fair deal"]


def test_remarks_run_on_over_paragraphs_without_reopening_marks() -> None:
    spans = [q for q in quote_spans(REMARKS, ()) if REMARKS[q.start:q.end].startswith("As I told")]
    assert len(spans) == 1
    assert REMARKS[spans[0].start:spans[0].end].endswith("since the autumn.")
    assert spans[0].paragraphs == 3


def test_a_stray_mark_inside_a_paragraph_does_not_run_on() -> None:
    assert not any("pilots met" in STRAY[q.start:q.end] for q in quote_spans(STRAY, ()))


def test_remarks_with_a_note_inside_are_the_noted_persons(nlp: Any) -> None:
    stmts, by_id = _run(nlp, REMARKS)
    found = _with(stmts, "We have 30 pilots licensed")
    assert found and all(_name(by_id, s) == "Ruta Kalnina" for s in found)
    assert _with(stmts, "14 ferries serve the island route")


def test_a_short_phrase_between_quote_and_cue(nlp: Any) -> None:
    stmts, by_id = _run(nlp, "The envoy was asked about the border. \"We will talk to the farmers first\" before "
                             "setting any date, Anna Berzina said on Monday.")
    found = _with(stmts, "We will talk to the farmers first")
    assert [s.kind for s in found] == ["direct"]
    assert _name(by_id, found[0]) == "Anna Berzina"


def test_a_clause_between_quote_and_cue_is_no_attribution(nlp: Any) -> None:
    stmts, _ = _run(nlp, "\"Nothing moves\" when the strike ends, the union said it feared.")
    assert not [s for s in stmts if s.kind == "direct" and "Nothing moves" in s.content.text]


def test_spoke_about_is_a_topic_not_words(nlp: Any) -> None:
    stmts, _ = _run(nlp, "The mayor of Tarnow spoke about the harbour for an hour.")
    assert not _with(stmts, "the harbour")


def test_a_quote_after_a_sentence_that_says_someone_spoke_is_theirs(nlp: Any) -> None:
    stmts, by_id = _run(nlp, "The foreign minister of Benin, Aurelien Agbenonci, spoke at length to reporters in "
                             "Cotonou on Friday.\n\"We have asked Togo to open the crossing at the lagoon. Our "
                             "traders cannot wait another month.\"\n")
    found = _with(stmts, "We have asked Togo")
    assert found and _name(by_id, found[0]) == "Aurelien Agbenonci"


def test_a_quote_after_a_sentence_of_no_speaking_has_no_speaker_from_it(nlp: Any) -> None:
    stmts, by_id = _run(nlp, "The foreign minister of Benin, Aurelien Agbenonci, arrived in Cotonou on Friday.\n"
                             "\"We have asked Togo to open the crossing at the lagoon.\"\n")
    assert all(_name(by_id, s) != "Aurelien Agbenonci" for s in _with(stmts, "We have asked Togo"))

"""What a court decides, a clause after a semicolon, and a clause the parse hung across its verb (issue 14, stop 44,
helper claimants44).

"The tribunal ruled that ...", "..., the district court ruled on Friday": a ruling is the court's word, as "said"
is a speaker's ("ruled out", "ruled the country" report nothing). A reported clause interrupted by "it said" goes
on past a semicolon in the same voice. A reported clause whose words the parse gave out of order (an apposition of
its subject hung after the verb) keeps its last words. A clause of a translator's note in square brackets before
the cue is not what the speaker said.

Texts written for these tests, about made-up places and bodies."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, cast

import spacy
from spacy.tokens import Doc

from newsledger import Analysis
from newsledger.extract.statements.indirect import _content_span


def _contents(analysis: Analysis) -> list[str]:
    return [s.content.text for s in analysis.statements]


def test_a_court_that_rules_or_holds_that_reports_its_ruling(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("ZAGORA - A trawler captain from Velmar does not have to pay the penalty that the Ostrian "
                       "coast guard imposed on him in May, the District Court in Drosk ruled on Friday.\n"
                       "The appeals tribunal ruled that the seizure of the nets was unlawful.")
    contents = _contents(analysis)
    assert any("does not have to pay the penalty" in c for c in contents), contents
    assert any("the seizure of the nets was unlawful" in c for c in contents), contents


def test_ruled_in_its_other_senses_reports_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The party has ruled Ostria since 1990. The ministry ruled out new talks with Velmar.\n"
                       "\"We followed every rule at sea,\" the captain told us. Six sailors, all from Velmar, are "
                       "being held in the port.")
    assert [s.speaker_text for s in analysis.statements] == ["the captain"]


def test_a_clause_after_a_semicolon_goes_on_in_the_interrupted_voice(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Velmar navy did not name the reef. Its ships in the strait, it said, are moored at their "
                       "home port and have made no landing on any reef this year; the only Velmar vessel near the "
                       "reef in June was a survey boat that spent two days measuring the depth.")
    content = next(c for c in _contents(analysis) if "Its ships in the strait" in c)
    assert content.endswith("spent two days measuring the depth"), content


def test_a_semicolon_before_a_new_speaker_ends_the_clause(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Its ships in the strait, the Velmar navy said, are moored at their home port; the Ostrian "
                       "coast guard said a frigate was seen near the reef.")
    content = next(c for c in _contents(analysis) if "Its ships in the strait" in c)
    assert "frigate" not in content, content


def test_a_clause_given_out_of_order_keeps_its_last_words() -> None:
    # "the barge belongs to a firm, Kessa Gold, which holds a permit": the parse hung "Kessa Gold" on "barge"
    words = ["the", "barge", "belongs", "to", "a", "firm", ",", "Kessa", "Gold", ",", "which", "holds", "a", "permit"]
    heads = [1, 2, 2, 2, 5, 3, 2, 8, 1, 8, 11, 8, 13, 11]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "nsubj", "relcl",
            "det", "dobj"]
    spaces = [w not in ("firm", "Gold", "permit") for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    ctx = cast(Any, SimpleNamespace(text=doc.text, doc=doc))
    span = _content_span(ctx, doc[2])
    assert span is not None and span.text == "the barge belongs to a firm, Kessa Gold, which holds a permit", span


def test_a_translators_note_before_the_cue_is_not_what_was_said(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("In Drosk, the Velmar army's press office told a different story. In a message on its website "
                       "[the message calls the army \"the shield\"; we write \"the army\" throughout], it said the "
                       "only plane the army flew over the lake that week was a cargo aircraft bound for Tamba.")
    contents = _contents(analysis)
    assert any(c.startswith("the only plane the army flew over the lake") for c in contents), contents

"""A cue set after the subject of the clause it interrupts, with its speaker after the verb ("The levy, said a
spokesman for the ministry, Ivo Marek, applies to every lorry"): the speaker is the one named after the cue (its
name where an appositive gives one), not the clause's subject, and the statement holds the clause from its subject
(statements/cues.py, inverted_cue). Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers


def test_speaker_after_the_cue_with_a_name(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The toll, said a spokesman for the Brenmoor ministry of roads, Pavel Dorn, applies to every foreign coach "
        "and was set by decree last spring. The bridge, the Brenmoor ministry of roads said on Friday, will reopen "
        "in May.")
    assert _speaker_of(found, "applies to every foreign coach") == "Pavel Dorn"
    assert any(content.startswith("The toll") for content in found)
    # an ordinary parenthetical cue keeps its speaker before the verb
    assert _speaker_of(found, "will reopen in May") == "Brenmoor ministry of roads"


def test_speaker_after_the_cue_without_a_name(nlp: Any) -> None:
    found = _speakers(nlp, "The pier, said a spokeswoman for the Kelmar harbour board, was rebuilt in June.")
    assert "Kelmar" in (_speaker_of(found, "was rebuilt in June") or "")  # the spokeswoman or her board


def test_speaker_named_in_apposition_of_a_copular_clause(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The quota, said an official of the Tessavia fisheries office, Ruta Valk, is binding on every trawler.")
    assert _speaker_of(found, "binding on every trawler") == "Ruta Valk"


def test_inverted_speaker_makes_the_status_theirs(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "VADUZ, May 4 - Liechtenstein's fisheries agency said the new lake quota was unlawful.\n\n"
        "The quota, said a spokeswoman for Andorra's fisheries ministry, Lena Brandt, is lawful and was agreed "
        "by both boards.")
    names = {e.id: e.name for e in analysis.entities}
    statuses = {(c.predicate, names.get(c.claimant or "")) for c in analysis.claims if c.kind == "status"}
    assert ("lawful", "Lena Brandt") in statuses
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_cue_inside_the_clause_whose_verb_the_parse_joined_to_it(analyze: Callable[..., Analysis]) -> None:
    # the parse makes "was erected" a conjunct of "wrote", with both nouns the subjects of "wrote"
    analysis = analyze(
        "VADUZ, May 4 - Liechtenstein's interior ministry says a new barrier on the shared ski road is unlawful.\n\n"
        "Andorra's border office answered on Monday. The barrier, the office wrote in a reply this month, was erected "
        "in full conformity with the treaty.")
    said = [s.content.text for s in analysis.statements]
    assert any(text.startswith("The barrier") and "conformity" in text for text in said)
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_it_after_a_sentence_about_a_bodys_statement_is_that_body(nlp: Any) -> None:
    # "it" stands for the statement the sentence before is about, so for its author, not a place named earlier
    found = _speakers(
        nlp,
        "Andorra protested to Liechtenstein on Monday about a camp on a river island.\n\n"
        "Vaduz answered two days later, though not as Andorra hoped. The Liechtenstein interior ministry's statement "
        "did not name the island. Its police on the river, it said, stay at their usual post upstream and have "
        "carried out no raid this year.")
    assert _speaker_of(found, "have carried out no raid") == "Liechtenstein interior ministry"

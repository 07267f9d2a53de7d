"""Figures a source gives with a plain transitive verb ("they have raised that to seventeen"), the speech that
runs on after a closing cue in a tense of reported speech, "said" with a clause the parse split into an object
and a participle, and a reported clause the parse hung on its closing cue as a modifier.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import in_no_statement as _in_no_statement
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers

# --- figures given by a source that the text refers back to ----------------------------------------------------


def test_revised_figure_of_a_pronoun_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Police in the Varno district first said nine people had been hurt. In the last hour "
        "they have raised that to seventeen.",
    )
    assert "Police" in (_speaker_of(found, "raised that to seventeen") or "")


def test_counted_figure_of_a_nominal_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The Harbour Watch Trust counted 85 boats at anchor outside the port on Monday. In "
        "2018 the same trust recorded fewer than 2,000 landings.",
    )
    assert "Harbour Watch Trust" in (_speaker_of(found, "recorded fewer than 2,000 landings") or "")


def test_no_figure_statement_without_a_figure_or_a_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Somebody counted 40 boats in the bay. The storm put pressure on the dam. The minister "
        "put the meeting at 3 pm.",
    )
    assert _in_no_statement(found, "counted 40 boats")
    assert _in_no_statement(found, "put pressure")
    assert _in_no_statement(found, "put the meeting")
    found = _speakers(nlp, "The prime minister met the envoy on Monday. She gave a dinner at 10 Downing Street.")
    assert _in_no_statement(found, "gave a dinner")


def test_named_source_left_to_the_claims_stage(nlp: Any) -> None:
    # The claims stage gives a named body its figure; a statement here would only repeat it.
    found = _speakers(nlp, "The Seismological Centre of Tarvia put the magnitude at 5.8 on Monday.")
    assert _in_no_statement(found, "put the magnitude")


# --- "said" with a clause the parse read as an object and a participle -----------------------------------------


def test_said_with_a_clause_read_as_object_and_participle(nlp: Any) -> None:
    found = _speakers(nlp, "The organisers said more than 9,000 people registered for the march.")
    assert _speaker_of(found, "9,000 people registered for the march") is not None


# --- a clause with its own subject after a closing cue -------------------------------------------------------


def test_perfect_clause_after_closing_cue_goes_on_with_the_report(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The council met until dawn and voted to strike, its chair, Mira Vance, told reporters, "
        "and nobody from the council has signed the offer.",
    )
    assert _speaker_of(found, "nobody from the council has signed the offer") == "Mira Vance"


def test_plain_past_clause_after_closing_cue_is_the_outlet(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The council met until dawn and voted to strike, its chair, Mira Vance, told reporters, "
        "and the members went home.",
    )
    assert _in_no_statement(found, "the members went home")


# --- a reported clause the parse hung on a closing cue as a modifier -------------------------------------------


def _parsed(nlp: Any, rows: list[tuple[str, int, str, str]]) -> Any:
    """A Doc with the given (word, head index, dependency, tag) rows: the misparse under test, fixed."""
    from spacy.tokens import Doc

    words = [w for w, _, _, _ in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[h for _, h, _, _ in rows],
        deps=[d for _, _, d, _ in rows],
        tags=[t for _, _, _, t in rows],
    )


def test_clause_hung_on_a_closing_cue_as_adverbial(nlp: Any) -> None:
    from newsledger.extract.statements.indirect import _clause_as_adverbial

    # "Some 1,800 people are sleeping in shelters, the office said." with "sleeping" made a modifier of "said"
    doc = _parsed(
        nlp,
        [
            ("Some", 2, "quantmod", "DT"),
            ("1,800", 2, "nummod", "CD"),
            ("people", 4, "nsubj", "NNS"),
            ("are", 4, "aux", "VBP"),
            ("sleeping", 10, "advcl", "VBG"),
            ("in", 4, "prep", "IN"),
            ("shelters", 5, "pobj", "NNS"),
            (",", 10, "punct", ","),
            ("the", 9, "det", "DT"),
            ("office", 10, "nsubj", "NN"),
            ("said", 10, "ROOT", "VBD"),
            (".", 10, "punct", "."),
        ],
    )
    clause = _clause_as_adverbial(doc[10])
    assert clause is not None and clause.i == 4


def test_time_clause_before_a_closing_cue_is_no_report(nlp: Any) -> None:
    from newsledger.extract.statements.indirect import _clause_as_adverbial

    # "When the storm hit, the mayor said." : a time clause, not what was said
    doc = _parsed(
        nlp,
        [
            ("When", 3, "advmod", "WRB"),
            ("the", 2, "det", "DT"),
            ("storm", 3, "nsubj", "NN"),
            ("hit", 7, "advcl", "VBD"),
            (",", 7, "punct", ","),
            ("the", 6, "det", "DT"),
            ("mayor", 7, "nsubj", "NN"),
            ("said", 7, "ROOT", "VBD"),
            (".", 7, "punct", "."),
        ],
    )
    assert _clause_as_adverbial(doc[7]) is None


def test_closing_speaker_with_a_title_of_an_organisation(nlp: Any) -> None:
    # the parse hangs "Lina Osei, operations director of Volta River Freight" on the clause's last noun
    found = _speakers(
        nlp,
        "The barge took on 400 crates of medicine and no weapons of any kind, each crate checked at the quay "
        "by port inspectors, Lina Osei, operations director of Volta River Freight, said by telephone from Accra.",
    )
    assert _speaker_of(found, "took on 400 crates of medicine") == "Lina Osei"


def test_a_cue_interrupting_its_sentence_reports_the_whole_sentence(nlp: Any) -> None:
    # the parse gives the cue no clause ("haul" read as a noun; "announced" made the root)
    found = _speakers(
        nlp,
        "The mayor showed us the empty reservoir. Sixty households, she says, now carry water by "
        "cart from a spring far away.\n",
    )
    assert any(c.startswith("Sixty households, she says, now carry water") and c.endswith("far away") for c in found)
    found = _speakers(
        nlp,
        "The schools board says the work is done. A total of 4,000 classrooms, its chairman announced "
        "on Monday, have been repaired and reopened.",
    )
    assert any(c.startswith("A total of 4,000 classrooms") and "have been repaired" in c for c in found)


def test_an_interjection_before_a_cue_is_no_sentence_of_the_speaker(nlp: Any) -> None:
    found = _speakers(nlp, "Well, she said, maybe.")
    assert _in_no_statement(found, "maybe")


# --- an accusation: the act the "of" phrase charges the accused with ---------------------------------------------


def test_accused_of_an_act_reports_the_act(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Ghana accused police officers from Togo on Friday of entering a farm near the frontier "
        "and burning a storehouse, and recalled its envoy.",
    )
    assert _speaker_of(found, "burning a storehouse") == "Ghana"
    assert _in_no_statement(found, "recalled its envoy")


def test_accused_with_no_act_reports_nothing_of_it(nlp: Any) -> None:
    found = _speakers(nlp, "The minister accused the opposition leader on Monday.")
    assert _in_no_statement(found, "opposition leader")

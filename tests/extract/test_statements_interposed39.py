"""A participle set off by commas between a speaker and a verb of saying (stop 39, helper speakers39).

"The port police, asked about the report, said the collision was an accident": the parse may make the participle
a clause the verb reports, with the speaker as its subject, and leave the verb with none. The words after the
verb are the speaker's; the participle phrase is no statement. Texts written for these tests in our own words.
"""

from __future__ import annotations

from typing import Any

from tests.statement_speakers import in_no_statement, speaker_of, speakers

POLICE = ("Dravno's port police, asked about the report, said the collision was an accident and that nobody had "
          "been hurt.")

MAYOR = "Anna Velkova, the mayor of Dravno, asked about the flood, said the dyke had held."


def test_participle_between_speaker_and_cue(nlp: Any) -> None:
    found = speakers(nlp, POLICE)
    assert speaker_of(found, "the collision was an accident") == "Dravno's port police"
    assert in_no_statement(found, "asked about the report")


def test_participle_after_named_speaker(nlp: Any) -> None:
    found = speakers(nlp, MAYOR)
    assert speaker_of(found, "the dyke had held") == "Anna Velkova"
    assert in_no_statement(found, "asked about the flood")

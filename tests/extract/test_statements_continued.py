"""Statements that run on past their cue's clause, "as X said" clauses, closing cues the parse misread, speakers
behind a line's tag, and group speakers.

Invented news text in our own words, with made-up names. Each test names the statement by words of its content
and checks the entity it is attributed to (or that the words stay the outlet's).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.times import times
from newsledger.models import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import LEXICON
from statement_speakers import in_no_statement as _in_no_statement
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers

# --- a second that-clause the parse joined to the cue's verb ------------------------------------------------

def test_second_that_clause_after_said_in_a_statement(nlp: Any) -> None:
    found = _speakers(nlp, "The Dorven health ministry said in a statement that nine miners had died, and that a "
                           "spark from a faulty cable appeared to have set off the blast.")
    assert "health ministry" in (_speaker_of(found, "a spark from a faulty cable") or "")
    found = _speakers(nlp, "The Zarvian Water Authority said in a statement on Friday that four wells had run dry, "
                           "and that a broken pump at the Hollin station had caused the shortage.")
    assert "Water Authority" in (_speaker_of(found, "a broken pump") or "")


def test_second_that_clause_after_told(nlp: Any) -> None:
    text = ("Mayor Lena Hoffmann told the council on Tuesday that the budget was balanced, and that no teacher "
            "would lose a job.")
    assert _speaker_of(_speakers(nlp, text), "no teacher would lose") == "Lena Hoffmann"


def test_second_that_clause_after_a_phrase_of_the_cue(nlp: Any) -> None:
    text = ("06:20 The Velmar Fire Service says a storm cut power to 3,000 homes, mostly in the hill villages "
            "above Orvik, and that two chapels have lost their roofs.")
    assert "Fire Service" in (_speaker_of(_speakers(nlp, text), "two chapels have lost their roofs") or "")


def test_a_clause_with_its_own_cue_is_not_joined(nlp: Any) -> None:
    text = ("The Kestrel Rail Company said that fares would rise in May, but Senator Ivo Marek said that the "
            "service had only got worse.")
    assert _speaker_of(_speakers(nlp, text), "the service had only got worse") != "Kestrel Rail Company"


# --- a line's tag taken for the subject ---------------------------------------------------------------------

def _speaker_words(nlp: Any, text: str, words: str) -> str | None:
    """The words naming the speaker of the first statement that contains ``words``."""
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    found = [s for s in statements(doc, ents, tms, LEXICON) if words in s.content.text]
    assert found, words
    return found[0].speaker_text


def test_a_transcript_tag_is_not_the_speaker(nlp: Any) -> None:
    text = "LY: The deputy governor of Vorland, Hanno Grieg, says not one soldier went to the village on Sunday.\n"
    assert "Grieg" in (_speaker_words(nlp, text, "not one soldier went") or "")


def test_an_interview_question_reports_a_body(nlp: Any) -> None:
    text = ("We spoke to Piet Alders, who runs the Lanvik ferry line.\n"
            "Q: The fishermen's cooperative in Lanvik says your ferry spilled diesel in the harbour. Did it?\n"
            "A: No. Our tanks were checked on Monday.\n")
    assert "cooperative" in (_speaker_words(nlp, text, "your ferry spilled diesel") or "")
    assert "cooperative" in (_speaker_of(_speakers(nlp, text), "your ferry spilled diesel") or "")


# --- "as X said, ..." --------------------------------------------------------------------------------------

def test_as_clause_before_the_sentence(nlp: Any) -> None:
    text = "As the Marlow Harbour Board stated in June, no new berths will be built before 2030."
    assert _speaker_of(_speakers(nlp, text), "no new berths will be built") == "Marlow Harbour Board"


def test_as_clause_after_the_sentence(nlp: Any) -> None:
    text = "Bus fares in Tarnow will not rise this year, as Transport Minister Olek Brzoza told reporters on Monday."
    assert _speaker_of(_speakers(nlp, text), "will not rise this year") == "Olek Brzoza"


def test_as_clauses_of_time_or_of_the_outlet_give_no_speaker(nlp: Any) -> None:
    found = _speakers(nlp, "As Minister Olek Brzoza was speaking, hundreds of farmers gathered outside.")
    assert _in_no_statement(found, "farmers gathered")
    found = _speakers(nlp, "As we reported on Monday, the Tarnow bridge is closed to lorries.")
    assert all(spk is None for content, spk in found.items() if "bridge is closed" in content)
    found = _speakers(nlp, "The engine failed because of a bird strike, as the pilots radioed soon after.")
    assert _in_no_statement(found, "bird strike")
    found = _speakers(nlp, "As the river rose, Governor Ines Kaur said the levee would hold.")
    assert _speaker_of(found, "the levee would hold") == "Ines Kaur"
    assert _in_no_statement(found, "the river rose")


# --- reported speech continued after a colon, a semicolon or a shared subject ------------------------------

def test_colon_spells_out_the_reported_clause(nlp: Any) -> None:
    text = ("The Dravan Environment Agency says the fish suffocated: the lake is at its lowest in forty years, "
            "the water is above 30 degrees, and there was too little oxygen.")
    assert "Environment Agency" in (_speaker_of(_speakers(nlp, text), "the water is above 30 degrees") or "")


def test_colon_after_an_interrupting_cue(nlp: Any) -> None:
    text = "The licence, the lawyer Sanna Koski argues, is void: it ignores the herders' rights on the fells."
    assert _speaker_of(_speakers(nlp, text), "it ignores the herders") == "Sanna Koski"


def test_semicolon_after_a_closing_cue(nlp: Any) -> None:
    text = ("None of its lorries left the Orvik depot on Tuesday, Halden Freight says; the whole fleet has been "
            "parked inside the yard since the strike began.")
    assert _speaker_of(_speakers(nlp, text), "the whole fleet has been parked") == "Halden Freight"


def test_predicate_sharing_the_reported_subject(nlp: Any) -> None:
    text = ("Deputy Minister Jonas Brandt spent that week at a trade fair in Bergen, a ministry spokeswoman, "
            "Ida Lunde, said on Friday, and has never dealt with the trader.")
    assert _speaker_of(_speakers(nlp, text), "has never dealt with the trader") == "Ida Lunde"


def test_what_follows_a_colon_stays_the_outlets_unless_a_clause(nlp: Any) -> None:
    found = _speakers(nlp, "The Tervan army said it had struck rebel camps near the pass: a claim nobody could check.")
    assert _in_no_statement(found, "a claim nobody could check")
    found = _speakers(nlp, "The Tervan army said its jets had struck two camps; the rebels denied any losses.")
    assert _in_no_statement(found, "the rebels denied") or _speaker_of(found, "the rebels denied") != "Tervan army"
    found = _speakers(nlp, "Fuel ran short in Vell, the mayor said: the port authority, however, says supplies "
                           "are fine.")
    assert _speaker_of(found, "supplies are fine") != "Vell"


# --- a closing cue the parse joined to the reported clause as a conjunct -----------------------------------

def test_closing_cue_joined_to_the_clause_with_a_titled_speaker(nlp: Any) -> None:
    text = ("The port board has issued about 3,000 fishing licences for the season, its chairman, Rui Matos, "
            "said on Monday.")
    assert _speaker_of(_speakers(nlp, text), "has issued about 3,000 fishing licences") == "Rui Matos"


def test_closing_cue_told_reporters(nlp: Any) -> None:
    text = ("The border post at Kelt stays shut to lorries until the floods recede, the regional governor, "
            "Amina Diallo, told reporters by phone.")
    assert _speaker_of(_speakers(nlp, text), "stays shut to lorries") == "Amina Diallo"


def test_a_clause_joined_by_and_is_no_closing_cue(nlp: Any) -> None:
    found = _speakers(nlp, "Bread prices rose by a third in March, and officials in Tarsk said nothing.")
    assert _in_no_statement(found, "Bread prices rose")


def test_a_lexicon_verb_in_another_sense_does_not_stop_the_continuation(nlp: Any) -> None:
    text = ("No truck left the Orvik depot on Tuesday, Halden Freight says; the fleet stayed in the yard all day, "
            "and its tracking logs will show it.")
    assert _speaker_of(_speakers(nlp, text), "the fleet stayed in the yard") == "Halden Freight"


# --- a reported clause the parse split into an object and its modifier --------------------------------------

def test_told_me_a_clause_split_into_object_and_modifier(nlp: Any) -> None:
    text = ("Its chairman, Marek Zelenka, told me the procession filled Lipova street for two kilometres, and "
            "that at least 9,000 people walked.")
    found = _speakers(nlp, text)
    assert _speaker_of(found, "the procession filled Lipova street") == "Marek Zelenka"
    assert _speaker_of(found, "at least 9,000 people walked") == "Marek Zelenka"


def test_a_participle_after_the_object_is_no_clause(nlp: Any) -> None:
    found = _speakers(nlp, "Mayor Ivo Renko showed me the money raised by the fair for the new library.")
    assert _in_no_statement(found, "raised by the fair")


# --- speakers named by a group noun and a word that gives its sector -----------------------------------------

def test_community_leaders_and_village_elders_speak(nlp: Any) -> None:
    found = _speakers(nlp, "14:40 Community leaders say the police fired tear gas at the crowd near the market.")
    assert "leaders" in (_speaker_of(found, "the police fired tear gas") or "").lower()
    found = _speakers(nlp, "Village elders in Morra say the well was poisoned.")
    assert "elders" in (_speaker_of(found, "the well was poisoned") or "").lower()
    # a bare group noun with nothing that says whose it is stays nobody
    found = _speakers(nlp, "Leaders say the well was poisoned.")
    assert _speaker_of(found, "the well was poisoned") is None


def test_closing_cue_after_a_speaker_with_a_relative_clause(nlp: Any) -> None:
    text = ("Four lorries carrying seed for farmers were stopped and looted by armed men near Kolda on Sunday, "
            "the Senegalese Red Cross that organised it said on Tuesday.")
    assert "Red Cross" in (_speaker_of(_speakers(nlp, text), "were stopped and looted") or "")


def test_a_predicate_in_the_cues_own_form_is_the_speakers_act(nlp: Any) -> None:
    found = _speakers(nlp, '"I am backing the mayor," Senator Ivo Marek said, and quickly hung up.')
    assert _in_no_statement(found, "hung up")
    found = _speakers(nlp, "Voters in the south are turning away from the party, the polls show: a Norvik "
                           "University survey this month found the party ten points behind.")
    assert _in_no_statement(found, "ten points behind") or \
        _speaker_of(found, "ten points behind") != _speaker_of(found, "turning away")

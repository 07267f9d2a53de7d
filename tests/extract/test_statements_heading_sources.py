"""Live blogs: an entry that opens on a verbless noun phrase naming a body ("08:45 A first count from the
Red Crescent, whose teams ...") announces whose words follow: "it says" in the next sentence is that body, not
the speaker of the entry before. Invented entries in our own words.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers

HEADED = (
    "LIVE: Mayoral vote in the capital\n"
    "19:10 Polls have closed. The electoral commission says turnout was about 48 percent, up from last time.\n"
    "20:05 Early word from the Civic Monitoring Network, which sent some 900 observers to polling stations. "
    "In two northern districts, it says, ballots were handed out without identity checks.\n"
)

STORM = (
    "LIVE: Storm over the coast\n"
    "08:10 The weather service says winds will reach 120 km/h by noon.\n"
    "08:45 A first count from the Red Crescent, whose teams reached the harbour at dawn. Forty families have "
    "lost their homes, it says, most of them in the old town.\n"
)

NO_BODY = (
    "LIVE: Storm over the coast\n"
    "08:10 The weather service says winds will reach 120 km/h by noon.\n"
    "08:45 More rain in the hills above the old town. The rivers will burst their banks by evening, it says.\n"
)

WITH_VERB = (
    "LIVE: Storm over the coast\n"
    "08:10 The weather service says winds will reach 120 km/h by noon.\n"
    "08:45 Boats from the Red Crescent reached the harbour at dawn. Waves of six metres are expected, it says.\n"
)


def _speaker(nlp: Any, text: str, words: str) -> str | None:
    return speaker_of(speakers(nlp, text), words)


def test_it_after_a_verbless_heading_is_the_body_it_names(nlp: Any) -> None:
    assert _speaker(nlp, HEADED, "without identity checks") == "Civic Monitoring Network"
    assert _speaker(nlp, STORM, "lost their homes") == "Red Crescent"


def test_the_speaker_before_stays_where_the_heading_names_no_body(nlp: Any) -> None:
    assert _speaker(nlp, NO_BODY, "burst their banks") == "weather service"


def test_a_heading_with_a_verb_is_no_announcement(nlp: Any) -> None:
    assert _speaker(nlp, WITH_VERB, "six metres") != "Red Crescent"

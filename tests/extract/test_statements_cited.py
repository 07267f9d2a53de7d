"""A claim reported with the source the reporter cites for it ("State media, citing the border guard, reported
that ..."): the words are the cited source's, not the medium's (statements/indirect.py, citing_verbs).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers


def test_citing_participle_after_the_medium(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "State media, citing the Tarvian Border Guard Service, reported that 40 migrants had crossed the river "
        "overnight.",
    )
    assert _speaker_of(found, "40 migrants had crossed the river") == "Tarvian Border Guard Service"


def test_citing_participle_after_the_cue(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Forty migrants crossed the river overnight, state television reported, citing the Tarvian Border Guard "
        "Service. The Daily Courier reported that the Lenn dam had cracked, citing the Ministry of Water of "
        "Tarvia.",
    )
    assert _speaker_of(found, "Forty migrants crossed the river") == "Tarvian Border Guard Service"
    assert _speaker_of(found, "the Lenn dam had cracked") == "Ministry of Water of Tarvia"


def test_citing_a_record_keeps_the_speaker(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Tomas Brel, the director of the Tarvian Relief Agency, told reporters that 90 people were missing, "
        "citing census records. Local papers, citing the Harbour Police Authority, said two boats had sunk.",
    )
    assert _speaker_of(found, "90 people were missing") == "Tomas Brel"
    assert _speaker_of(found, "two boats had sunk") == "Harbour Police Authority"

"""The TABARI/PETRARCH actor dictionary reader: a dictionary of invented states becomes a user vocabulary that
the event coder uses (the PETRARCH validation suites are scored this way, docs/ACCURACY.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsledger import analyze_text, load_settings
from newsledger.evaluation.tabari import read_actor_dictionary, write_actor_vocabulary
from newsledger.lexicon import LexiconError, load_lexicon

DICTIONARY = """\
<!-- AN INVENTED DICTIONARY FOR TESTS -->
<!--
# a comment block over
# several lines [XXX]
-->
VELMORA_  [VLM]  # a closed name: no endings
+VELMORA_CITY
TARSKEN  [TRK]
KOVAL_MINISTRY_OF_WATER [KVLGOVWTR] # a government body
QUENTARIS
\t[QNT < 20010101]
\t[QNTMIL 20010101 - 20051231]
#\t[ZZZ] a commented code
DROSSEL [---]   # a discard
NOBODY
"""


@pytest.fixture()
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_entries_codes_and_synonyms(dictionary: Path) -> None:
    entries = {e.forms[0]: e for e in read_actor_dictionary(dictionary)}
    assert set(entries) == {"Velmora", "Tarsken", "Koval Ministry Of Water", "Quentaris"}
    assert entries["Velmora"].forms == ("Velmora", "Velmora City")
    assert entries["Velmora"].code == "VLM"
    assert (entries["Koval Ministry Of Water"].country, entries["Koval Ministry Of Water"].sector) == ("KVL", "GOV")
    # The first of several date-restricted codes; the commented one and the comment block's code are not read.
    assert entries["Quentaris"].code == "QNT"
    # An open stem matches as a word prefix in TABARI: it gets demonym and plural endings here.
    assert {"Tarsken", "Tarskens", "Tarskenian", "Tarskeni"} <= set(entries["Tarsken"].forms)


def test_written_vocabulary_loads_and_codes_events(dictionary: Path, tmp_path: Path) -> None:
    vocabulary = write_actor_vocabulary(read_actor_dictionary(dictionary), tmp_path / "vocab.tsv")
    header, *rows = vocabulary.read_text("utf-8").splitlines()
    assert header.split("\t") == ["kind", "form", "country", "sector"]
    assert "institution\tKoval Ministry Of Water\tKVL\tGOV" in rows
    settings = load_settings(actors_file=str(vocabulary))
    load_lexicon(settings)  # validated by the loader like any user file
    text = "Velmora accused Tarsken of shelling its border villages on Monday."
    analysis = analyze_text(text, dt.date(2003, 5, 1), settings=settings)
    countries = {e.id: e.country for e in analysis.entities}
    accusations = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusations, analysis.events
    assert (countries.get(accusations[0].source), countries.get(accusations[0].target)) == ("VLM", "TRK")
    # Without the dictionary the invented states carry no code.
    bare = analyze_text(text, dt.date(2003, 5, 1))
    assert not {"VLM", "TRK"} & {e.country for e in bare.entities}


def test_a_dictionary_with_no_usable_code_gives_no_entries(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("<!-- nothing -->\nGHOST [+++]\nSHADE\n", encoding="utf-8")
    assert read_actor_dictionary(path) == []
    vocabulary = write_actor_vocabulary([], tmp_path / "vocab.tsv")
    assert vocabulary.read_text("utf-8").strip() == "kind\tform\tcountry\tsector"


def test_a_bad_code_in_the_written_vocabulary_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("PLACEHOLDERLAND [P1X]\n", encoding="utf-8")  # not three letters: not a country code
    assert read_actor_dictionary(path) == []
    bad = tmp_path / "vocab.tsv"
    bad.write_text("kind\tform\tcountry\tsector\ncountry\tSomewhere\tlowercase\t\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon(load_settings(actors_file=str(bad)))

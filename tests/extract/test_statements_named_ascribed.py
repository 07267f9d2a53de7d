"""A side's version told with a verb of naming ("the league calls the ruling a scandal") or of ascribing ("the
board traces the fault to a loose cable"), no verb of saying (statements/framed.py).

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

# --- naming: the object and what the side calls it --------------------------------------------------------------


def test_naming_with_object_and_predicate(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Soldiers of the Ostrava Guard entered the village of Brenik at dawn. The Brenik Farmers' League calls "
        "the operation a land grab by the back door.",
    )
    assert "Farmers' League" in (_speaker_of(found, "the operation a land grab") or "")
    # calling that names nothing is no statement
    found = _speakers(
        nlp,
        "The dockers' union called a general strike for Monday. The mayor called for calm, and she called "
        "the harbour master on Friday. A river called the Osk runs through the town. Critics call the plan "
        "reckless.",
    )
    assert _in_no_statement(found, "a general strike")
    assert _in_no_statement(found, "for calm")
    assert _in_no_statement(found, "the harbour master")
    assert _in_no_statement(found, "the Osk")
    assert not _in_no_statement(found, "the plan reckless")


def test_naming_a_wh_clause(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Police removed the tents from Halden Square overnight. The Tarvian interior ministry calls what "
        "happened a scheduled cleaning of the square.",
    )
    assert "interior ministry" in (_speaker_of(found, "a scheduled cleaning of the square") or "")


def test_naming_a_demonstrative_object_the_parse_joins(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The Velmar parliament passed the broadcasting bill on Tuesday. The Union of Velmar Reporters calls "
        "this bill censorship, nothing less.",
    )
    assert "Union of Velmar Reporters" in (_speaker_of(found, "this bill censorship") or "")


# --- ascribing: the object and the cause or doer it is put down to ----------------------------------------------


def test_traced_to_a_cause(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "A bridge over the Lenna collapsed on Sunday. The Korvik roads agency traces the collapse to water "
        "seeping into a cracked pier.",
    )
    assert "roads agency" in (_speaker_of(found, "the collapse to water seeping") or "")
    # a passive verb, or one without the frame's preposition, ascribes nothing
    found = _speakers(
        nlp,
        "The fire was blamed on a faulty heater. Investigators traced the lorry across three borders. She put "
        "the kettle on. The Dorna Coast Guard attributes the sinking to a wave that hit the bow.",
    )
    assert _in_no_statement(found, "a faulty heater")
    assert _in_no_statement(found, "the lorry across")
    assert _in_no_statement(found, "the kettle")
    assert "Coast Guard" in (_speaker_of(found, "the sinking to a wave") or "")


def test_put_down_to_a_cause(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Half the shops on Marrow Street have closed since spring. The Dellan trade ministry puts the closures "
        "down to a fall in visitors from abroad.",
    )
    assert "trade ministry" in (_speaker_of(found, "down to a fall in visitors") or "")


def test_blamed_on_and_blamed_for(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The Ostell Growers' Cooperative blamed the new water tariff for the poor harvest. Mayor Ilse Varga "
        "has blamed the flooding on drains the council never cleared.",
    )
    assert "Growers' Cooperative" in (_speaker_of(found, "the new water tariff for the poor harvest") or "")
    assert "Varga" in (_speaker_of(found, "the flooding on drains") or "")

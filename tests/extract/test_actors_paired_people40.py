"""One actor per person where the NER joins or drops names (issue 15, items 1 and 2; stop 40, helper actors40).

Invented news text in our own words: a person the NER left untagged right after a plural abbreviated title
("Reps. <given name> <surname> of <state> and ..."), two surnames the NER ran into one name over "and" ("Rawlings and
Hendry wrote"), a determiner the NER took into a body's name ("yet another State Department review"), and a
name the NER typed a work of art after the quote it closes ("'...,' Paolo Ricci, a columnist for ..., wrote",
"'...,' Rear Admiral Sigvald Orvik told reporters").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import describe as _describe
from entity_mentions import holder as _holder

Analyze = Callable[..., Analysis]

_PANELS = "The ranking members of the House Ethics and House Rules Committees, "


@pytest.mark.parametrize("given", ["Gideon", "Tobias", "Cornelius"])
def test_untagged_name_after_plural_title(analyze: Analyze, given: str) -> None:
    a = analyze(_PANELS + f"Reps. {given} Rawlings of Wyoming and Tom Hendry of Montana said the memo was vague "
                "and late. \"It told us almost nothing,\" Rawlings and Hendry wrote.")
    person = _holder(a, f"{given} Rawlings")
    assert person is not None and person.type == "PERSON" and person.country == "USA", _describe(a)
    assert _holder(a, "Rawlings#2") is person, _describe(a)
    (st,) = [s for s in a.statements if "told us almost nothing" in s.content.text]
    assert st.speaker == person.id, _describe(a)


@pytest.mark.parametrize("title", ["Reps.", "Sens."])
def test_two_surnames_joined_by_and(analyze: Analyze, title: str) -> None:
    a = analyze(f"The heads of the two farm panels, {title} Hollis Quintero of Wyoming and Lars Pettersen of "
                "Montana, said the bill came too late. \"We cannot wait another season,\" Quintero and Pettersen "
                "wrote.")
    first, second = _holder(a, "Hollis Quintero"), _holder(a, "Lars Pettersen")
    assert first is not None and second is not None and first is not second, _describe(a)
    assert _holder(a, "Quintero#2") is first and _holder(a, "Pettersen#2") is second, _describe(a)
    assert not any(" and " in e.name for e in a.entities), _describe(a)
    (st,) = [s for s in a.statements if "cannot wait another season" in s.content.text]
    assert st.speaker == first.id and first.country == "USA", _describe(a)


def test_honorific_pair_stays_one_name(analyze: Analyze) -> None:
    a = analyze("Mr. and Mrs. Tollefsen said the orchard would stay open through the winter.")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Tollefsen"], _describe(a)


@pytest.mark.parametrize("body", ["Treasury Department", "State Department"])
def test_another_is_no_part_of_a_body_name(analyze: Analyze, body: str) -> None:
    a = analyze(f"Senator Hal Brenning on Monday requested yet another {body} review of the embassy closure. "
                f"The {body} declined to comment on the request.")
    first, second = _holder(a, body), _holder(a, f"{body}#2")
    assert first is not None and first is second, _describe(a)
    assert not any(e.name.lower().startswith("another") for e in a.entities), _describe(a)



@pytest.mark.parametrize(("text", "name", "country"), [
    # A name right after the quote it closes, which the NER types a work of art, with an apposition.
    ("\"The vote was a warning,\" Paolo Ricci, a columnist for the Italian newspaper La Voce Nuova, wrote on "
     "Friday.", "Paolo Ricci", "ITA"),
    ("\"The vote was a warning,\" Paolo Ricci, a reporter for the Italian broadcaster Rete Sette, said on Friday.",
     "Paolo Ricci", "ITA"),
    ("\"The vote was a warning,\" Pablo Ruiz, a columnist for the Spanish newspaper El Diario Nuevo, wrote on "
     "Friday.", "Pablo Ruiz", "ESP"),
])
def test_quoted_writer_typed_a_work_of_art(analyze: Analyze, text: str, name: str, country: str) -> None:
    a = analyze(text)
    person = _holder(a, name)
    assert person is not None and person.type == "PERSON" and person.country == country, _describe(a)
    (st,) = a.statements
    assert st.speaker == person.id, _describe(a)


def test_quoted_titled_speaker_typed_a_work_of_art(analyze: Analyze) -> None:
    a = analyze("A Norwegian official said the embargo should end. \"This is a time for dialogue,\" Rear Admiral "
                "Sigvald Orvik told reporters.")
    person = _holder(a, "Sigvald Orvik")
    assert person is not None and person.type == "PERSON" and person.country == "NOR", _describe(a)
    (st,) = [s for s in a.statements if "time for dialogue" in s.content.text]
    assert st.speaker == person.id, _describe(a)

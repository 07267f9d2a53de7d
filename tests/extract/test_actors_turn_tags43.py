"""A transcript's turn tag is not described by the words that open the turn (issue 14, helper sides43, stop 43).

"OLSEN: The finance minister, in a statement on Tuesday, called it ...": the parse may hang "minister" on the tag as an
apposition, as if the reporter whose turn it is were the minister. The words after the tag's colon open what the
reporter says; the minister is an actor of their own, and the speaker of the label. In our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_TRANSCRIPT = (
    "PRESENTER: Norway's government is putting two billion crowns into Fjordfly, the coastal airline that "
    "grounded half its planes this spring. Maria Olsen reports from Bergen.\n"
    "OLSEN: The finance minister, in a statement on Tuesday, called it \"a sound investment on market terms\", "
    "not a rescue.\n"
    "PRESENTER: And the opposition?\n"
    "OLSEN: I spoke to the opposition MP Ola Haugen outside parliament. \"It's a handout, nothing more,\" he "
    "told me.\n")


def test_turn_opening_title_is_its_own_speaker(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TRANSCRIPT)
    names = {e.id: (e.name, e.country) for e in a.entities}
    label = next(s for s in a.statements if "sound investment" in s.content.text)
    assert names.get(label.speaker or "") == ("finance minister", "NOR"), names.get(label.speaker or "")
    assert [c.kind for c in a.conflicts] == ["characterisation"], [c.summary for c in a.conflicts]


def test_apposition_after_a_comma_still_describes(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ola Haugen, Norway's finance minister, said the airline would repay the money.")
    haugen = next(e for e in a.entities if e.name == "Ola Haugen")
    assert not any(e.name.endswith("finance minister") for e in a.entities if e is not haugen)

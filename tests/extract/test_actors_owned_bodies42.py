"""Bodies named by their owner are as many as their owners (issue 14, helper speak42, stop 42).

"Ostravia's trade ministry said ... Dunmark's finance ministry said ...": two bodies of one kind, owned by two places
or bodies that no gazetteer places, are two actors, each the speaker of its own words; the second is never a new
mention of the first. The same owner's body named twice is one actor. In our own words, with invented places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(a: Analysis) -> list[str | None]:
    names = {e.id: e.name for e in a.entities}
    return [names.get(s.speaker or "") for s in a.statements]


def test_two_owners_two_bodies(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ostravia's trade ministry said on Monday that the levy was illegal. Dunmark's finance ministry "
                "said the levy was lawful.")
    assert _speakers(a) == ["Ostravia's trade ministry", "Dunmark's finance ministry"]
    assert [c.kind for c in a.conflicts] == ["status"]


def test_two_owners_one_kind_of_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Pellavia's health department said the clinic had closed. Corvano's health department said "
                "the clinic was still open.")
    ministries = [e for e in a.entities if e.name.endswith("health department")]
    assert len(ministries) == 2, [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_one_owner_one_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ostravia's trade ministry said on Monday that the levy was illegal. On Tuesday Ostravia's trade "
                "ministry said the levy would be appealed.")
    ministries = [e for e in a.entities if e.name.endswith("trade ministry")]
    assert len(ministries) == 1 and len(ministries[0].mentions) == 2

"""A "she" does not stand for a man a "he" stood for (issue 14, helper sides43, stop 43).

In a broadcast turn, the statement before a "she told me" was a man's ("..., he says"); the woman the reporter put
the question to was named as an object in the sentence before. The pronoun's gender rules the man out, and the
woman named last in that sentence or the one before is the speaker. Where no such person is named, the old choice
stands. In our own words, with invented people.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_TURNS = (
    "PRESENTER: Boat owners on Norway's northern coast accuse a salmon farm of closing their bay. The farm "
    "denies it. Kari Lund has been to the coast.\n"
    "LUND: According to the Vestfjord Boat Owners' Union, the Nordlaks Salmon company stretched a net barrier "
    "a kilometre long across the bay in May. Ola Haugen, who chairs the union, took me down to the quay. "
    "Thirty boats, he says, have not left harbour since.\n"
    "PRESENTER: And the farm?\n"
    "LUND: I asked Nordlaks's site manager, Ingrid Solberg, about the barrier. The company's divers have laid "
    "nothing within two kilometres of the bay, she told me; its pens lie far out at sea.\n")


def _speaker_of(a: Analysis, words: str) -> str | None:
    names = {e.id: e.name for e in a.entities}
    return next((names.get(s.speaker or "") for s in a.statements if words in s.content.text), None)


def test_she_is_not_the_man_before(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TURNS)
    assert _speaker_of(a, "Thirty boats") == "Ola Haugen"
    assert _speaker_of(a, "have laid nothing") == "Ingrid Solberg"


def test_he_after_he_stays(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ola Haugen, who chairs the union, took me down to the quay. Thirty boats, he says, have not left "
                "harbour since. The barrier went up in May, he told me.")
    assert _speaker_of(a, "The barrier went up") == "Ola Haugen"

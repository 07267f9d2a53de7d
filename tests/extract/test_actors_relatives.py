"""One person under two names, and two relatives under one surname (stop 35, helper actors35).

- "X Y, 38, known online as "Z,"": Z is another name of X Y, one actor;
- "X Varga ... his wife, Y Varga, wrote ... Varga said": a relative set off as an aside leaves the bare surname to
  the person the story is about (a relative named without commas is a participant of their own: the nearest full
  name decides, as before).

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis, Entity


def _people(analysis: Analysis, word: str) -> list[Entity]:
    return [e for e in analysis.entities if any(word in m.text for m in e.mentions)]


def test_name_given_with_known_as_is_the_same_person(analyze: Callable[..., Analysis]) -> None:
    a = analyze('The hacker Daniel Mercer Voss, 38, known online as "Nightjar," was sentenced on Friday. '
                "Voss had stolen the files over two years.")
    found = _people(a, "Nightjar")
    assert len(found) == 1 and found[0].name == "Daniel Mercer Voss", [(e.name, e.type) for e in a.entities]


def test_another_name_after_the_name_is_no_alias(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Quillmark posted again on Monday. Tomas Ferenc Halmi, known as the old master, was not involved.")
    assert all("Halmi" not in e.name for e in _people(a, "Quillmark")), [(e.name, e.type) for e in a.entities]


def test_relative_leaves_the_bare_surname_to_the_person_of_the_story(analyze: Callable[..., Analysis]) -> None:
    a = analyze('Peter Varga was sentenced on Monday. "He is a good man," his wife, Ilona Maria Varga, wrote. '
                "Varga told the court he was sorry. Varga will appeal.")
    bare = [e for e in a.entities if any(m.text == "Varga" for m in e.mentions)]
    assert len(bare) == 1 and bare[0].name == "Peter Varga", [(e.name, [m.text for m in e.mentions])
                                                              for e in a.entities]


def test_relative_set_off_after_the_name_leaves_the_surname(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Tomas Brenner won the seat in 2010. Karl Brenner, his son, joined the firm two years later. "
                "Brenner said on Monday that he would retire.")
    bare = [e for e in a.entities if any(m.text == "Brenner" for m in e.mentions)]
    assert len(bare) == 1 and bare[0].name == "Tomas Brenner", [(e.name, [m.text for m in e.mentions])
                                                                for e in a.entities]

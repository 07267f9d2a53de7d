"""Results and standings lines, and bare surnames the NER typed as organisations (issue 15).

Invented sports copy and news text in our own words. A row's names are typed by their place in the row
(``extract/actors/tables.py``): sides are teams, countries or (with a given name or a nationality) people,
scorers in brackets are people; a price table and prose are left to the NER.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.lexicon import Lexicon
from newsledger.models import Analysis, Entity, Span

Analyze = Callable[..., Analysis]


def _typed(a: Analysis) -> dict[str, str]:
    """Each mention's text -> its entity's type."""
    return {m.text: e.type for e in a.entities for m in e.mentions}


ROWS: list[tuple[str, dict[str, str]]] = [
    # Scores: one name per side, never run over the score into the next side.
    ("SOCCER - NORTHERN LEAGUE RESULTS .\nResults of northern league matches on Saturday :\n"
     "Alderbury 2 Westfield Rovers 1\nKestrel Town 0 Marlow Heath 3\n",
     {"Alderbury": "ORG", "Westfield Rovers": "ORG", "Kestrel Town": "ORG", "Marlow Heath": "ORG"}),
    # Standings: a side followed by its record.
    ("Standings ( played , won , drawn , lost , points ) :\nAlderbury 12 8 2 2 26\nMarlow Heath 12 7 3 2 24\n"
     "KESTREL TOWN 11 2 1 8 7\n",
     {"Alderbury": "ORG", "Marlow Heath": "ORG", "KESTREL TOWN": "ORG"}),
    # Fixtures joined by "at", in either case.
    ("Fixtures for Sunday :\nAlderbury at Kestrel Town\nMARLOW HEATH AT WESTFIELD ROVERS\n",
     {"Alderbury": "ORG", "Kestrel Town": "ORG", "MARLOW HEATH": "ORG", "WESTFIELD ROVERS": "ORG"}),
    # National sides are their country.
    ("Qualifying results :\nNorway 3 Portugal 1\nChile 0 Kenya 0\n",
     {"Norway": "GPE", "Portugal": "GPE", "Chile": "GPE", "Kenya": "GPE"}),
    # Players with a nationality in brackets are people, whatever the NER made of them.
    ("Men 's singles :\nRoberto Lindqvist ( Sweden ) beat Marcus Feld ( Austria ) 6-3 6-4\n",
     {"Roberto Lindqvist": "PERSON", "Marcus Feld": "PERSON", "Sweden": "GPE", "Austria": "GPE"}),
    # Scorers in brackets are people; the side after the bracket is a team.
    ("Alderbury 2 ( Pellow 34 , Grange 71 ) Westfield Rovers 1 ( Osei 88 )\n",
     {"Alderbury": "ORG", "Pellow": "PERSON", "Grange": "PERSON", "Westfield Rovers": "ORG", "Osei": "PERSON"}),
    # A team sheet: shirt number, dash, player.
    ("Kestrel Town : 1 - Jonas Wilde , 2 - Tomas Halvorsen ; 3 - Ilona Brandt\n",
     {"Jonas Wilde": "PERSON", "Tomas Halvorsen": "PERSON", "Ilona Brandt": "PERSON"}),
    # Odds on players: a side that starts with a known given name is a person.
    ("Odds to score first :\n9-2 Pedro Almunia 5-1 Carlos Ibarra\n",
     {"Pedro Almunia": "PERSON", "Carlos Ibarra": "PERSON"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_row_names_typed_by_their_place(analyze: Analyze, text: str, expected: dict[str, str]) -> None:
    typed = _typed(analyze(text))
    assert {k: typed.get(k) for k in expected} == expected, typed


def test_prices_and_prose_are_not_rows(nlp: object, lexicon: Lexicon) -> None:
    from newsledger.extract.actors.tables import table_rows

    for text in ("Weekly receipts in tonnes :\nWheat 4320.2 3909.3 288.5\nBarley 129.0 1515.9 1220.6\n",
                 "Alderbury beat Kestrel Town 2 - 1 on Saturday , and Marlow Heath drew 0 - 0 .\n",
                 "GLENFORD 1996-12-06\nThe council met on Friday .\n",
                 "Updated 10:32 GMT 5 May\nThe council met on Friday .\n"):
        doc = nlp(text)  # type: ignore[operator]
        ents = list(doc.ents)
        assert table_rows(doc, ents, lexicon) == ents, text


def test_rows_split_a_name_run_over_the_score(nlp: object, lexicon: Lexicon) -> None:
    from newsledger.extract.actors.tables import table_rows

    doc = nlp("Results :\nHollins Park 4 Kestrel Town 1\n")  # type: ignore[operator]
    names = {(s.text, s.label_) for s in table_rows(doc, list(doc.ents), lexicon)}
    assert {("Hollins Park", "ORG"), ("Kestrel Town", "ORG")} <= names, names
    assert not any(any(ch.isdigit() for ch in text) for text, label in names if label == "ORG"), names


def test_given_names_come_from_the_people_list(lexicon: Lexicon) -> None:
    given = lexicon.actors.people.given_names
    assert {"carlos", "pedro", "john"} <= given
    assert not {"real", "united", "a"} & given


# One person: a bare surname the NER typed as an organisation joins the titled full name.
TEXT = ("General Tomas Varga commands the militia in the north. Varga said on Monday that his men would stay. "
        "Critics of Varga want him tried.")


def _entities(text: str, bare_type: str) -> tuple[Entity, ...]:
    """The entities stage's output as the NER might give it: the full name (with its title) an organisation,
    each bare surname a second entity of ``bare_type``."""
    full = "General Tomas Varga"
    bare = [i for i in range(len(text)) if text.startswith("Varga", i) and i != len(full) - 5]
    return (Entity(id="e1", name=full, type="ORG", mentions=(Span(0, len(full), full),)),
            Entity(id="e2", name="Varga", type=bare_type,  # type: ignore[arg-type]
                   mentions=tuple(Span(i, i + 5, "Varga") for i in bare)))


@pytest.mark.parametrize("bare_type", ["ORG", "NORP"])
def test_bare_surname_typed_otherwise_joins_the_person(nlp: object, lexicon: Lexicon, bare_type: str) -> None:
    from newsledger.extract.actors import actors

    doc = nlp(TEXT)  # type: ignore[operator]
    out = actors(doc, _entities(TEXT, bare_type), lexicon)
    holders = [e for e in out if any(m.text in ("Tomas Varga", "Varga") for m in e.mentions)]
    assert len(holders) == 1 and holders[0].type == "PERSON", out
    assert sum(m.text == "Varga" for m in holders[0].mentions) == 2, holders


def test_bare_surname_of_two_people_stays_apart(nlp: object, lexicon: Lexicon) -> None:
    from newsledger.extract.actors import actors

    text = "General Tomas Varga and his cousin Ilona Varga met the envoy. Varga said the talks had failed."
    doc = nlp(text)  # type: ignore[operator]
    full1, full2 = "General Tomas Varga", "Ilona Varga"
    s2 = text.find(full2)
    bare = text.rfind("Varga")
    ents = (Entity(id="e1", name=full1, type="ORG", mentions=(Span(0, len(full1), full1),)),
            Entity(id="e2", name=full2, type="PERSON", mentions=(Span(s2, s2 + len(full2), full2),)),
            Entity(id="e3", name="Varga", type="ORG", mentions=(Span(bare, bare + 5, "Varga"),)))
    out = actors(doc, ents, lexicon)
    holder = next(e for e in out if any(m.start == bare for m in e.mentions))
    assert not any(m.text != "Varga" for m in holder.mentions), out


def _one(text: str, name: str, etype: str) -> tuple[Entity, ...]:
    start = text.find(name)
    return (Entity(id="e1", name=name, type=etype, mentions=(Span(start, start + len(name), name),)),)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "span", "etype", "person"), [
    # A role noun the NER swallowed into the name is cut off.
    ("Defender Tomas Halvorsen headed the winner in the last minute.", "Defender Tomas Halvorsen", "PERSON",
     "Tomas Halvorsen"),
    ("Surgeon Ilona Brandt led the operation, the hospital said.", "Surgeon Ilona Brandt", "ORG", "Ilona Brandt"),
    # A name after a lower-case role noun is a person, whatever the NER tagged.
    ("The shot beat goalkeeper Jonas Wilde at the near post.", "Jonas Wilde", "ORG", "Jonas Wilde"),
    ("Shares rose, said economist Marta Kowal of a local bank.", "Marta Kowal", "ORG", "Marta Kowal"),
])
def test_role_noun_before_a_name(nlp: object, lexicon: Lexicon, text: str, span: str, etype: str,
                                 person: str) -> None:
    from newsledger.extract.actors import actors

    out = actors(nlp(text), _one(text, span, etype), lexicon)  # type: ignore[operator]
    holder = next(e for e in out if any(m.text == person for m in e.mentions))
    assert holder.type == "PERSON", out
    assert not any(m.text == span for e in out for m in e.mentions if span != person), out


def test_role_noun_before_a_company_name_leaves_it_a_company(nlp: object, lexicon: Lexicon) -> None:
    from newsledger.extract.actors import actors

    text = "Pilot Pen Corp said sales rose."
    out = actors(nlp(text), _one(text, "Pilot Pen Corp", "ORG"), lexicon)  # type: ignore[operator]
    assert [(e.type, e.name) for e in out][:1] == [("ORG", "Pilot Pen Corp")], out


@pytest.mark.parametrize(("text", "span", "etype", "expected"), [
    # The nations of the United Kingdom are places of the country vocabulary, whatever the NER tagged.
    ("The side lost to Wales on Saturday.", "Wales", "ORG", ("GPE", "GBR")),
    ("Scotland will host the next round.", "Scotland", "PERSON", ("GPE", "GBR")),
    # A one-word name the NER tagged a place, which the vocabulary does not know, described as a company.
    ("Shares in brewer Kelmora rose on Monday.", "Kelmora", "GPE", ("ORG", None)),
])
def test_places_and_companies_by_vocabulary(nlp: object, lexicon: Lexicon, text: str, span: str, etype: str,
                                            expected: tuple[str, str | None]) -> None:
    from newsledger.extract.actors import actors

    out = actors(nlp(text), _one(text, span, etype), lexicon)  # type: ignore[operator]
    holder = next(e for e in out if any(m.text == span for m in e.mentions))
    assert (holder.type, holder.country) == expected, out


def test_person_found_by_a_role_noun_joins_the_bare_surname(nlp: object, lexicon: Lexicon) -> None:
    """The full name tagged an organisation is a person only after the role noun is read; the bare surname
    the NER tagged a person then joins it."""
    from newsledger.extract.actors import actors

    text = "The shot beat goalkeeper Jonas Wilde at the near post. Wilde said the pitch was poor."
    full, bare = text.find("Jonas Wilde"), text.rfind("Wilde")
    ents = (Entity(id="e1", name="Jonas Wilde", type="ORG", mentions=(Span(full, full + 11, "Jonas Wilde"),)),
            Entity(id="e2", name="Wilde", type="PERSON", mentions=(Span(bare, bare + 5, "Wilde"),)))
    out = actors(nlp(text), ents, lexicon)  # type: ignore[operator]
    holders = [e for e in out if any(m.text in ("Jonas Wilde", "Wilde") for m in e.mentions)]
    assert len(holders) == 1 and holders[0].type == "PERSON", out


def test_role_noun_is_no_part_of_the_name_in_the_entities_stage(nlp: object, lexicon: Lexicon) -> None:
    """A person span that starts with a role noun groups with the same name without it."""
    from spacy.tokens import Span as SpacySpan

    from newsledger.extract.actors.entities import entities

    doc = nlp("Defender Tomas Halvorsen scored twice. Tomas Halvorsen later thanked the fans.")  # type: ignore[operator]
    doc.ents = [SpacySpan(doc, 0, 3, label="PERSON"), SpacySpan(doc, 6, 8, label="PERSON")]
    out = entities(doc, lexicon)
    people = [e for e in out if e.type == "PERSON"]
    assert len(people) == 1 and [m.text for m in people[0].mentions] == ["Tomas Halvorsen"] * 2, out

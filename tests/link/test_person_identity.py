"""One actor per person across the ledger: other forms of a name link to it, a shared surname alone never does.

Pure cases for :func:`newsledger.link.identity.same_person`, then articles stored on both backends.
"""

from __future__ import annotations

import dataclasses

import pytest

from ledger_backends import document, entity
from newsledger.link.identity import person_facts, same_person
from newsledger.models import Analysis, Statement
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store.queries import Filters

# (name, country, sector), (name, country, sector), same person?
PAIRS = [
    (("Donald J. Trump", "USA", "GOV"), ("Donald Trump", "USA", "GOV"), True),
    (("Donald J. Trump", "USA", None), ("Donald Trump", None, None), True),
    (("Donald Trump", "USA", "GOV"), ("Trump", "USA", None), True),
    (("Hillary Rodham Clinton", "USA", None), ("Hillary Clinton", "USA", None), True),
    (("Joseph R. Biden Jr.", "USA", "GOV"), ("Joseph Biden", "USA", "GOV"), True),
    (("Hassan el-Masri", "EGY", None), ("Masri", "EGY", None), True),
    (("Ana Ortega", None, "GOV"), ("Ortega", None, "GOV"), True),
    (("J. Lindqvist", "SWE", None), ("Johan Lindqvist", "SWE", None), True),
    (("Sean O'Hara", "IRL", None), ("O'Hara", "IRL", None), True),
    (("Rosa Diaz-Ortiz", "MEX", None), ("Diaz-Ortiz", "MEX", None), True),
    # Two people who share a surname.
    (("Mike Warren", "USA", None), ("Elizabeth Warren", "USA", "LEG"), False),
    (("Karl Lindqvist", "SWE", None), ("J. Lindqvist", "SWE", None), False),
    (("Rosa Diaz-Ortiz", "MEX", None), ("Rosa Ortiz", "MEX", None), False),
    # A surname alone, with nothing else that matches.
    (("Trump", None, None), ("Donald Trump", "USA", "GOV"), False),
    (("Ortega", None, "LEG"), ("Ana Ortega", None, "GOV"), False),
    (("Ortega", "CHL", None), ("Ana Ortega", "PER", None), False),
    # Compatible names of two countries.
    (("Ana Ortega", "CHL", None), ("Ana Ortega", "PER", None), False),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_same_person(a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None],
                     expected: bool) -> None:
    fa, fb = person_facts(*a), person_facts(*b)
    assert fa is not None and fb is not None
    assert same_person(fa, fb) is expected
    assert same_person(fb, fa) is expected


def test_person_facts_leave_out_what_is_no_name() -> None:
    facts = person_facts("Ms. Ana de la Cruz Jr.", None, None)
    assert facts is not None and facts.surname == "cruz" and facts.given == ("ana",)
    assert person_facts("3", None, None) is None


def _article(outlet: str, day: str, text: str, people: list[tuple[str, str, str | None, str | None]]) -> Analysis:
    """An article in which each of ``people`` (surface, canonical name, country, sector) says something."""
    doc = document(text, outlet, day)
    ents, stmts = [], []
    for n, (surface, name, country, sector) in enumerate(people, 1):
        e = dataclasses.replace(entity(doc, f"e{n}", name, "PERSON", country, surface), sector=sector)
        ents.append(e)
        stmts.append(Statement(f"s{n}", "indirect", e.mentions[0], f"e{n}", surface, "said"))
    return Analysis(doc, entities=tuple(ents), statements=tuple(stmts))


def _people(ledger: Ledger) -> dict[str, int]:
    with ledger.read() as conn:
        return {a["name"]: a["documents"] for a in q.actors(conn, Filters(type="PERSON"))}


def test_forms_of_one_name_are_one_actor(ledger: Ledger) -> None:
    ledger.add(_article("Wire One", "2025-03-02", "President Donald J. Trump said tariffs would rise.",
                        [("Donald J. Trump", "Donald J. Trump", "USA", "GOV")]))
    ledger.add(_article("Wire Two", "2025-03-03", "Donald Trump told reporters the tariffs were working.",
                        [("Donald Trump", "Donald Trump", "USA", "GOV")]))
    ledger.add(_article("Wire Three", "2025-03-04", "Trump repeated on Tuesday that tariffs would stay.",
                        [("Trump", "Trump", "USA", None)]))
    assert _people(ledger) == {"Donald J. Trump": 3}
    with ledger.read() as conn:
        speakers = {s["speaker"] for s in q.statements(conn, Filters())}
    assert len(speakers) == 1


def test_a_shared_surname_never_merges_two_people(ledger: Ledger) -> None:
    ledger.add(_article("Wire One", "2025-03-02", "Elizabeth Warren said she would vote against the bill.",
                        [("Elizabeth Warren", "Elizabeth Warren", "USA", "LEG")]))
    ledger.add(_article("Wire Two", "2025-03-03", "Mike Warren, a farmer in Iowa, said the bill would help.",
                        [("Mike Warren", "Mike Warren", "USA", None)]))
    # Both fit a bare "Warren" of the same country: it stays an actor of its own.
    ledger.add(_article("Wire Three", "2025-03-04", "Warren said on Friday the bill was flawed.",
                        [("Warren", "Warren", "USA", None)]))
    # Another country's Trump is not the American one; a full name never links to a bare surname.
    ledger.add(_article("Wire Four", "2025-03-05", "Donald Trump said tariffs would rise.",
                        [("Donald Trump", "Donald Trump", "USA", "GOV")]))
    ledger.add(_article("Wire Five", "2025-03-06", "Trump, a Canadian lawyer, said the case was closed.",
                        [("Trump", "Trump", "CAN", None)]))
    assert _people(ledger) == {"Elizabeth Warren": 1, "Mike Warren": 1, "Warren": 1, "Donald Trump": 1, "Trump": 1}
    assert ledger.count("actors") == 5


def _known(article: Analysis, ref: str) -> Analysis:
    """``article`` with its first person known to a people list by the name ``ref``."""
    first = dataclasses.replace(article.entities[0], ref=ref)
    return dataclasses.replace(article, entities=(first, *article.entities[1:]))


def test_a_listed_person_is_one_actor_under_every_form(ledger: Ledger) -> None:
    ledger.add(_known(_article("Wire One", "2015-03-02", "Vladimir V. Putin said gas prices would rise.",
                               [("Vladimir V. Putin", "Vladimir V. Putin", "RUS", "GOV")]), "Vladimir Putin"))
    # A bare surname, which the name rules alone never link to a full name, is the listed person here.
    ledger.add(_known(_article("Wire Two", "2015-03-03", "Putin told reporters the prices were fair.",
                               [("Putin", "Putin", "RUS", "GOV")]), "Vladimir Putin"))
    # Another person of the surname, whom no list knows, stays apart.
    ledger.add(_article("Wire Three", "2015-03-04", "Lyudmila Putin said she would not comment.",
                        [("Lyudmila Putin", "Lyudmila Putin", "RUS", None)]))
    assert _people(ledger) == {"Vladimir V. Putin": 2, "Lyudmila Putin": 1}


def _body(outlet: str, day: str, text: str, surface: str, ref: str | None) -> Analysis:
    """An article in which the body named by ``surface`` (known by the name ``ref``, if any) says something."""
    doc = document(text, outlet, day)
    body = dataclasses.replace(entity(doc, "e1", surface, "ORG", None, surface), sector="UAF", ref=ref)
    return Analysis(doc, entities=(body,), statements=(Statement("s1", "indirect", body.mentions[0], "e1", surface,
                                                                 "said"),))


def test_other_names_of_one_body_are_one_actor(ledger: Ledger) -> None:
    # The actors stage gives every listed other name of a body (aliases.tsv) the body's listed name as its ref.
    ledger.add(_body("Wire One", "2019-03-02", "ISIL said it had taken the town.", "ISIL", "Islamic State"))
    ledger.add(_body("Wire Two", "2019-03-03", "Daesh said the bridge was cut.", "Daesh", "Islamic State"))
    ledger.add(_body("Wire Three", "2019-03-04", "The Sahel Front said it had withdrawn.", "Sahel Front", None))
    with ledger.read() as conn:
        bodies = {a["name"]: a["documents"] for a in q.actors(conn, Filters(type="ORG"))}
    assert sorted(bodies.values()) == [1, 2] and bodies.get("Sahel Front") == 1, bodies

"""Quantity claims: each figure a claimant gives for a counted thing, with its hedge as a range."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Document
from newsledger.config import Settings
from newsledger.extract import actors, statements, times
from newsledger.extract.actors import entities
from newsledger.extract.claims.quantity import quantity_claims
from newsledger.lexicon import Lexicon
from newsledger.models import Claim, Entity
from newsledger.parse import parse

Row = tuple[str, float | None, float | None, str | None, str | None]


@pytest.fixture(scope="module")
def run(nlp: object, settings: Settings, lexicon: Lexicon) -> Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]:
    """The quantity claims of a text, with the entities they point at (the model is loaded once)."""

    def go(text: str) -> tuple[list[Claim], tuple[Entity, ...]]:
        (parsed,) = list(parse([Document(text)], settings))
        doc = parsed.doc
        ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon)
        tms = times.times(doc, parsed.document, lexicon)
        stmts = statements.statements(doc, ents, tms, lexicon)
        return quantity_claims(doc, ents, stmts, tms, lexicon), ents

    return go


def rows(found: tuple[list[Claim], tuple[Entity, ...]]) -> list[Row]:
    claims, ents = found
    names = {e.id: e.name for e in ents}
    out = []
    for c in claims:
        assert c.value is not None and c.value.unit == c.predicate and c.kind == "quantity" and c.id == ""
        out.append((c.predicate, c.value.low, c.value.high, c.value.hedge,
                    names.get(c.claimant) if c.claimant else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact figures, by noun, verb, adjective and toll
        ("Governor Amina Bello said 120 people were killed in the floods.",
         [("deaths", 120, 120, None, "Amina Bello")]),
        ("The strike killed 17 villagers, according to Colonel Ivan Petrov.",
         [("deaths", 17, 17, None, "Ivan Petrov")]),
        ("Rescuers pulled out 9 bodies, and 14 wounded were taken to hospital.",
         [("deaths", 9, 9, None, None), ("injuries", 14, 14, None, None)]),
        ("Nearly 3,000 troops crossed the river at dawn.", [("troops", 2400, 3000, "nearly", None)]),
        ("Maria Gonzalez said the death toll had risen to 63.", [("deaths", 63, 63, None, "Maria Gonzalez")]),
        ("A toll of 31 was announced by the regional office.", [("deaths", 31, 31, None, None)]),
        ("The blast tore through the bus station, killing 40.", [("deaths", 40, 40, None, None)]),
        ("Colonel Ana Ruiz said 10 to 15 fighters were captured.", [("troops", 10, 15, None, "Ana Ruiz")]),
        ("A dozen missiles were fired at the port overnight.", [("missiles", 12, 12, None, None)]),
        ("Roughly 1,500 people were arrested in the capital.", [("arrests", 1200, 1800, "roughly", None)]),
        ("Police detained 250 demonstrators outside parliament.", [("arrests", 250, 250, None, None)]),
        ("More than 1.2 million refugees have crossed into Chad.", [("displaced", 1200001, None, "more than", None)]),
        ("The militia fired 40 rockets at the airfield.", [("rockets", 40, 40, None, None)]),
        ("Air defences intercepted 19 of the missiles, the navy's chief Admiral Rui Costa said.", []),
        ("Aid workers unloaded 35 tonnes of medical supplies at the port.", [("aid_tonnes", 35, 35, None, None)]),
        ("Twelve soldiers died when the convoy hit a mine.", [("deaths", 12, 12, None, None)]),
        ("Two dozen fighters were captured and forty-two civilians fled the town.",
         [("troops", 24, 24, None, None), ("displaced", 42, 42, None, None)]),
        ("Officials said 600 trucks of flour had entered since March.",
         [("aid_trucks", 600, 600, None, "Officials")]),
        # hedges
        ("At least 40 civilians were killed in the market, the mayor Jonas Weber said.",
         [("deaths", 40, None, "at least", "Jonas Weber")]),
        ("Fewer than 500 soldiers remain in the province.", [("troops", 0, 499, "fewer than", None)]),
        ("About 50 protesters gathered in front of the embassy.", [("protesters", 40, 60, "about", None)]),
        ("Up to 200 villagers were displaced by the fighting.", [("displaced", 0, 200, "up to", None)]),
        ("Between 30 and 40 miners were injured in the collapse.", [("injuries", 30, 40, "between", None)]),
        # amounts in words
        ("Dozens of people were wounded, the ministry's spokesman Karim Haddad said.",
         [("injuries", 24, 99, "dozens", "Karim Haddad")]),
        ("Hundreds of protesters marched through the capital.", [("protesters", 200, 999, "hundreds", None)]),
        ("Several drones were shot down over the harbour.", [("drones", 3, 9, "several", None)]),
        ("Tens of thousands of refugees reached the border camps.",
         [("displaced", 20000, 99999, "tens of thousands", None)]),
        ("Nobody was killed in the blast, Captain Lena Berg said.", [("deaths", 0, 0, "nobody", "Lena Berg")]),
        ("A handful of officers were hurt in the clashes.", [("injuries", 2, 9, "a handful", None)]),
        ("A single soldier was wounded and scores of villagers fled.",
         [("injuries", 1, 1, "a single", None), ("displaced", 40, 199, "scores", None)]),
    ],
)
def test_figures(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str,
                 expected: list[Row]) -> None:
    assert rows(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 40-year-old driver was treated at the scene.",  # an age
        "Turnout rose to 62% in the northern districts.",  # a share
        "The ministry spent $40 million on new roads.",  # a sum with no counted thing
        "The second of the 3 reports was published in 2019.",  # a year, an ordinal
        "Convoys used Route 6 after Resolution 2334 was adopted.",  # numbers in names
        "Two F-16 jets flew over the coast.",  # a model number
        "How many soldiers were killed in the ambush?",  # a question
        "If 50 soldiers were killed, the minister would resign.",  # a condition
        "Call 555 0142 for details about the 12 buses.",  # a phone number, buses not counted
        "The first 10 of the detainees were freed on Sunday.",  # a partitive
        "The tank holds about 900 tons of water.",  # tonnes, but not of aid
        "The factory plans to build four rockets for the space agency.",  # rockets, but none fired
        "As many as 70 people may have drowned when the ferry sank.",  # a modal: not asserted
        "Officials said 300 soldiers will be sent next month.",  # a plan, not a count
        "Witnesses said 40 people were not injured.",  # a negated verb
        "Prime Minister Ilse Maas said the figure of 300 dead was false.",  # a figure called wrong
        "The governor rejected reports of 90 arrests as inflated.",
    ],
)
def test_not_claims(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str) -> None:
    assert rows(run(text)) == []


def test_outlet_voice_place_time_about_and_agent(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    text = "The Sudanese army killed 35 civilians in Khartoum on Tuesday."
    claims, ents = run(text)
    assert len(claims) == 1
    claim = claims[0]
    names = {e.id: e.name for e in ents}
    assert claim.claimant is None and claim.statement is None
    assert claim.place is not None and names[claim.place] == "Khartoum"
    assert claim.time is not None
    assert claim.about is not None and claim.about.text.startswith("civilians")
    assert text[claim.about.start:claim.about.end] == claim.about.text
    assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    agent = claim.argument("agent")
    assert agent is not None and "army" in names[agent].lower()


def test_a_partitive_keeps_the_whole(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    assert rows(run("The first 10 of the 40 detainees were freed.")) == [("arrests", 40, 40, None, None)]


def test_two_sides_give_two_figures(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    text = ('The health minister Sara Lind said 80 people were killed. '
            'The rebel commander Omar Diallo said only 6 people died.')
    found = rows(run(text))
    assert found == [("deaths", 80, 80, None, "Sara Lind"), ("deaths", 6, 6, None, "Omar Diallo")]

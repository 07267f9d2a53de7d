"""Quantity claims: each figure a claimant gives for a counted thing, with its hedge as a range."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Document
from newsledger.compare.quantity import is_open
from newsledger.config import Settings
from newsledger.extract import actors, statements, times
from newsledger.extract.actors import entities
from newsledger.extract.claims.context import Context
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
        return quantity_claims(Context(doc, ents, stmts, lexicon), tms), ents

    return go


def rows(found: tuple[list[Claim], tuple[Entity, ...]]) -> list[Row]:
    """The claims of count classes; the outlet's own open counts ("Their club lost 12 players", predicate "count:...")
    are left out: they are tested in test_open_counts.py; so are a side's projections ("will employ 900", modality
    "future"): tested in test_quantity_projections.py."""
    claims, ents = found
    names = {e.id: e.name for e in ents}
    out = []
    for c in claims:
        if (c.claimant is None and is_open(c.predicate)) or c.modality != "actual":
            continue
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
        ("Nearly 3,000 troops crossed the river at dawn.", [("troops", 3000, 3000, "nearly", None)]),
        ("Maria Gonzalez said the death toll had risen to 63.", [("deaths", 63, 63, None, "Maria Gonzalez")]),
        ("A toll of 31 was announced by the regional office.", [("deaths", 31, 31, None, None)]),
        ("The blast tore through the bus station, killing 40.", [("deaths", 40, 40, None, None)]),
        ("Colonel Ana Ruiz said 10 to 15 fighters were captured.", [("troops", 10, 15, None, "Ana Ruiz")]),
        ("A dozen missiles were fired at the port overnight.", [("missiles", 12, 12, None, None)]),
        ("Roughly 1,500 people were arrested in the capital.", [("arrests", 1500, 1500, "roughly", None)]),
        ("Police detained 250 demonstrators outside parliament.", [("arrests", 250, 250, None, None)]),
        ("More than 1.2 million refugees have crossed into Chad.", [("displaced", 1200000, None, "more than", None)]),
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
        ("Fewer than 500 soldiers remain in the province.", [("troops", None, 500, "fewer than", None)]),
        ("About 50 protesters gathered in front of the embassy.", [("protesters", 50, 50, "about", None)]),
        ("Up to 200 villagers were displaced by the fighting.", [("displaced", None, 200, "up to", None)]),
        ("Between 30 and 40 miners were injured in the collapse.", [("injuries", 30, 40, None, None)]),
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
        ("Several hundred residents fled the valley.", [("displaced", 300, 900, "several hundred", None)]),
        ("A few thousand evacuees slept in the stadium.", [("displaced", 2000, 5000, "a few thousand", None)]),
        # "barely" caps a figure, "just over" passes it
        ("Only 12 marines took part in the exercise.", [("troops", 12, 12, None, None)]),  # emphasis, no range
        ("Barely 30 demonstrators turned up in the square.", [("protesters", None, 30, "barely", None)]),
        ("Just over 70 detainees were released on Friday.", [("arrests", 70, None, "just over", None)]),
        # a partitive of a possessive ("of our men") counts those men; martyred and lost lives are deaths
        ("Commander Rafael Ortiz said 9 of our fighters were martyred near the dam.",
         [("deaths", 9, 9, None, "Rafael Ortiz")]),
        ("Twenty of their crew were killed when the trawler capsized.", [("deaths", 20, 20, None, None)]),
        # people in a vehicle
        ("About 60 migrants were aboard the dinghy when it capsized.", [("aboard", 60, 60, "about", None)]),
        ("More than 300 pilgrims had squeezed into the ferry at dawn.", [("aboard", 300, None, "more than", None)]),
        ("The plane was carrying 142 passengers.", [("aboard", 142, 142, None, None)]),
        # the place is on the counted noun (or on the verb reporting them), not on a verb of theirs
        ("The harbour police reported nine people on board the skiff.", [("aboard", 9, 9, None, "harbour police")]),
        ("Italy's coast guard counted 85 migrants aboard before the barge left.",
         [("aboard", 85, 85, None, "coast guard")]),
        # a reporting verb whose subject names no entity: not the outlet's figure, and no claimant to name
        ("Aid groups counted 8,000 villagers who had fled the shelling.", []),
        # a share: the level of turnout, in percent
        ("Turnout was 58 percent in the municipal vote, the returning officer Helga Strand said.",
         [("turnout", 58, 58, None, "Helga Strand")]),
        ("Voter turnout stood at barely 35% in the capital.", [("turnout", None, 35, "barely", None)]),
        ("A turnout of 71 per cent was recorded in the second round.", [("turnout", 71, 71, None, None)]),
    ],
)
def test_figures(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str,
                 expected: list[Row]) -> None:
    assert rows(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 40-year-old driver was treated at the scene.",  # an age
        "Turnout rose by 6% in the northern districts.",  # a change of a share, not its level
        "Turnout climbed from 40 percent in the last election.",  # a starting point
        "Unemployment reached 62% in the northern districts.",  # a share of no class
        "Prices rose to 62% above last year's level.",  # a share of no class
        "Only 3 of the 12 buses arrived on time.",
        "The home side, who have lost four of five, won 3 of their games.",  # games lost, not lives
        "Their club lost 12 players to injury this season.",  # lost is no verb of deaths
        "Hundreds of people waited for the bus at the terminal.",  # near a vehicle, not aboard
        "Two of the workers were hurt, and 40 people were on the platform.",  # a partitive; a platform
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


def test_a_body_that_gives_a_figure_in_the_outlets_words_claims_it(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    text = ("The Kenya Red Cross raised the death toll to 31 on Sunday. "
            "The Kenya Red Cross had put the toll at 18 on Friday. "
            "Rescuers said they feared more victims. It put the toll at 40.")
    found = rows(run(text))
    assert [r[:2] for r in found] == [("deaths", 31), ("deaths", 18), ("deaths", 40)]
    assert found[0][4] is not None and "Red Cross" in found[0][4] and found[1][4] == found[0][4]
    # "It put the toll at 40": the pronoun refers back to the body named before (statements/figures.py), whose
    # figure it is; the three are one claimant's revisions
    assert found[2][4] == found[0][4]


@pytest.mark.parametrize("text", [
    "The interior minister Lena Berg said she had read the report of the Baltic Observers Network, which put the "
    "death toll at 210.",
    "The interior minister Lena Berg said the Baltic Observers Network had put the death toll at 210.",
])
def test_a_named_body_giving_a_figure_inside_a_statement_claims_it(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str) -> None:
    (found,) = rows(run(text))
    assert found[:3] == ("deaths", 210, 210) and "Observers Network" in (found[4] or "")


def test_a_report_inside_a_speakers_words_is_the_speakers(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    text = "The opposition leader Carmen Ruiz said turnout had been barely 30 percent, according to its observers."
    assert rows(run(text)) == [("turnout", None, 30, "barely", "Carmen Ruiz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge keeps the figure as given and leaves the other side open
        ('"Fewer than 20 of our soldiers were killed in the raid," the commander Piet Smit said.',
         [("deaths", None, 20, "fewer than", "Piet Smit")]),
        ("Roughly 70 passengers had been on board the ferry, the coastguard officer Lars Holm said.",
         [("aboard", 70, 70, "roughly", "Lars Holm")]),
        ("The interior ministry said nine people had died and 30 had been hurt.",
         [("deaths", 9, 9, None, "interior ministry"), ("injuries", 30, 30, None, "interior ministry")]),
        ("Some 25 fishermen drowned off the cape, the harbour master Eva Lund said.",
         [("deaths", 25, 25, "some", "Eva Lund")]),
        # an increment is no count of all; the running total beside it is
        ('"We have recovered two more bodies, so the toll is now 14," the police spokesman Juan Vidal said.',
         [("deaths", 14, 14, None, "Juan Vidal")]),
        ("Another 300 troops were sent to the front, and 12 additional deaths were recorded.", []),
    ],
)
def test_figures_as_given(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str,
                          expected: list[Row]) -> None:
    assert rows(run(text)) == expected


def test_a_class_noun_is_about_only_the_words_that_say_which(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    claims, _ = run("The Peruvian army said 2,000 Chilean troops had massed near the border. "
                    "The Chilean defence minister Rosa Vial said fewer than 300 soldiers were in the area. "
                    "Police said 40 civilians were killed.")
    assert [c.about.text if c.about else None for c in claims] == ["Chilean", None, "civilians"]


def test_in_the_state_is_the_place_named_before_it(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    claims, ents = run("Officials in Kerala say 5 people have died in the state.")
    names = {e.id: e.name for e in ents}
    assert len(claims) == 1 and claims[0].place is not None and names[claims[0].place] == "Kerala"
    claims, _ = run("Officials in Kerala say 5 people have died in the accident.")
    assert len(claims) == 1 and claims[0].place is None


def test_since_opens_a_period_and_dates_no_count(
        run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]]) -> None:
    claims, _ = run("At least 12,000 villagers have fled their homes since 3 March.")
    assert len(claims) == 1 and claims[0].time is None
    claims, _ = run("At least 12,000 villagers fled their homes on 3 March.")
    assert len(claims) == 1 and claims[0].time is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage of the voters who voted is the turnout
        ("Only 31% of the electorate voted, the observer mission chief Hanna Koivisto said.",
         [("turnout", 31, 31, None, "Hanna Koivisto")]),
        ("About 45 percent of voters turned out in the capital.", [("turnout", 45, 45, "about", None)]),
        ("Peru's electoral board said turnout in the referendum reached 58 percent of registered voters.",
         [("turnout", 58, 58, None, "Peru")]),
        # a percentage of voters who did something else is no turnout
        ("Some 60 percent of voters backed the proposal.", []),
        ("Nearly 70 percent of voters said they distrust the parties.", []),
        ("About 45 percent of farmers turned out for the count.", []),
    ],
)
def test_a_share_of_voters_who_voted(run: Callable[[str], tuple[list[Claim], tuple[Entity, ...]]], text: str,
                                     expected: list[Row]) -> None:
    assert rows(run(text)) == expected

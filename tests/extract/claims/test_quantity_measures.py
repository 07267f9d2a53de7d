"""Quantity claims beyond deaths and troops: crowds, strike participation, land lost or burned in units,
spills, raised subjects ("feared dead"), and a figure given by a body the outlet names but cannot resolve."""

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
from newsledger.models import Analysis
from newsledger.parse import parse

Row = tuple[str, float | None, float | None, str | None, str | None]


@pytest.fixture(scope="module")
def rows(nlp: object, settings: Settings, lexicon: Lexicon) -> Callable[[str], list[Row]]:
    """(class, low, high, hedge, unit) of each quantity claim of a text, but the outlet's own open counts ("count:",
    "sum:"; tested in test_open_counts.py)."""

    def go(text: str) -> list[Row]:
        (parsed,) = list(parse([Document(text)], settings))
        doc = parsed.doc
        ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon)
        tms = times.times(doc, parsed.document, lexicon)
        stmts = statements.statements(doc, ents, tms, lexicon)
        claims = quantity_claims(Context(doc, ents, stmts, lexicon), tms)
        return [(c.predicate, c.value.low, c.value.high, c.value.hedge, c.value.unit)
                for c in claims if c.value is not None and not (c.claimant is None and is_open(c.predicate))]

    return go


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people at a gathering: by the verb of the people noun, a phrasal verb, a measure noun
        ("Some 5,000 people had gathered outside the court in Lusaka, the interior ministry said.",
         [("protesters", 5000, 5000, "some", "protesters")]),
        ("Fewer than 3,000 people took part in the march in Quito, police said.",
         [("protesters", None, 3000, "fewer than", "protesters")]),
        ("A crowd of 7,000 filled the square in front of the cathedral, police said.",
         [("protesters", 7000, 7000, None, "protesters")]),
        ("The Harare Residents Trust put the crowd outside parliament at as many as 20,000.",
         [("protesters", None, 20000, "as many as", "protesters")]),
        # a noun of its own class keeps it under a gathering verb
        ("About 400 soldiers took part in the parade, the army said.", [("troops", 400, 400, "about", "troops")]),
        # strike participation: a count, and a share of a group (active, passive, "put ... at")
        ("12,000 dockers joined the strike at the port, the union leader Tomas Varga said.",
         [("strikers", 12000, 12000, None, "strikers")]),
        ("The strike was observed by 85 percent of nurses, the union said.",
         [("participation", 85, 85, None, "participation")]),
        ("The health ministry said 30 percent of doctors joined the strike.",
         [("participation", 30, 30, None, "participation")]),
        ("The transport ministry put participation at 12 percent.",
         [("participation", 12, 12, None, "participation")]),
        ("Bus fares rose by 12 percent in March.", []),
        # land in units: the class from the verb or the measure, the unit kept
        ("Wildfires burned more than 12,000 hectares of pine forest in Greece last summer, the fire service said.",
         [("burned_area", 12000, None, "more than", "hectares")]),
        ("Deforestation in Borneo rose to 21,000 hectares last year, the forestry ministry said.",
         [("forest_loss", 21000, 21000, None, "hectares")]),
        ("Loggers cleared about 900 acres of rainforest near the river, the governor Ana Lima said.",
         [("forest_loss", 900, 900, "about", "acres")]),
        # a class counted in units needs a figure in one: "40 homes", "60,000" alone are no burned area (homes
        # burned are homes destroyed, a count of its own)
        ("The fire burned 40 homes in the valley.", [("homes_destroyed", 40, 40, None, "homes_destroyed")]),
        ("Deforestation rose to 60,000 last year, the ministry said.", []),
        # a unit with no class verb or measure: no claim
        ("The farm covers 3,000 hectares near the lake.", []),
        # spills
        ("About 200 tonnes of crude leaked from the pipeline, the operator said.",
         [("spill", 200, 200, "about", "tonnes")]),
        ("The tanker spilled 1,500 barrels of fuel off the coast of Mauritius, Captain Ravi Doolub said.",
         [("spill", 1500, 1500, None, "barrels")]),
        # a raised subject: the verb or adjective under "feared", "thought to be", "believed to have"
        ("Twelve miners are feared dead after the collapse in Zonguldak, the company said.",
         [("deaths", 12, 12, None, "deaths")]),
        ("About 90 villagers are thought to be buried in Sichuan after the landslide.",
         [("missing", 90, 90, "about", "missing")]),
        ("Eleven fishermen are believed to have drowned off the coast of Senegal.",
         [("deaths", 11, 11, None, "deaths")]),
        ("Eleven fishermen are believed to have seen the wreck.", []),
        # people who fled, in a relative clause of a speaker's words
        ("The mayor Ines Duarte said 8,000 villagers who had fled the shelling were sleeping in schools.",
         [("displaced", 8000, 8000, None, "displaced")]),
        # a reporting verb whose subject names no entity: not the outlet's figure, and no claimant to name
        ("Estimates put the crowd at 60,000.", []),
        # organisers are a group actor: their figure is theirs
        ("Organisers put the crowd at 60,000.", [("protesters", 60000, 60000, None, "protesters")]),
    ],
)
def test_measures(rows: Callable[[str], list[Row]], text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_relative_clause_reporter(nlp: object, settings: Settings, lexicon: Lexicon) -> None:
    """A body that gives a figure in a relative clause ("X, which put ... at") is its claimant."""
    text = ("Global Forest Watch, which put forest loss in Laos at more than 40,000 acres for the year, "
            "published its data on Monday.")
    (parsed,) = list(parse([Document(text)], settings))
    doc = parsed.doc
    ents = actors.actors(doc, entities.entities(doc, lexicon), lexicon)
    tms = times.times(doc, parsed.document, lexicon)
    claims = quantity_claims(Context(doc, ents, statements.statements(doc, ents, tms, lexicon), lexicon), tms)
    names = {e.id: e.name for e in ents}
    assert [(c.predicate, names.get(c.claimant or "")) for c in claims] == [("forest_loss", "Global Forest Watch")]


def test_conflicting_forest_figures(analyze: Callable[..., Analysis]) -> None:
    """A ministry and a monitoring group giving land lost in one unit, far apart, conflict."""
    analysis = analyze("Peru's environment ministry said deforestation in the Amazon fell to 20,000 hectares in "
                       "2023. The Amazon Conservation Association said forest loss in 2023 exceeded 60,000 hectares.")
    found = [c for c in analysis.conflicts if c.kind == "quantity"]
    assert found, [c.summary for c in analysis.conflicts]


def test_same_crowd_agreeing(analyze: Callable[..., Analysis]) -> None:
    """Two sides giving crowd figures within the tolerance do not conflict."""
    analysis = analyze("Police in Nairobi said about 3,000 people had gathered in Uhuru Park. The Kenya Human "
                       "Rights Commission said some 3,200 people took part in the rally.")
    assert [c for c in analysis.conflicts if c.kind == "quantity"] == []


@pytest.mark.parametrize("text", [
    "The port authority said 2 million tonnes of cement were loaded onto barges. The trade ministry said the country "
    "produced 45 million tonnes of cement last year.",
    "The shipping agency said 3 million barrels were moved through the strait. The oil ministry said national "
    "output reached 90 million barrels.",
])
def test_a_total_output_is_no_amount_shipped(analyze: Callable[..., Analysis], text: str) -> None:
    """A producer's total output in a unit ("produced 45 million tonnes", "output reached ...") measures another thing
    than an amount moved in that unit: no dispute however far apart."""
    assert [c.summary for c in analyze(text).conflicts if c.kind == "quantity"] == []


def test_two_outputs_far_apart_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The mining ministry said the mines produced 40 million tonnes of coal in 2024. The miners' "
                       "union said the mines produced 90 million tonnes of coal in 2024.")
    assert [c for c in analysis.conflicts if c.kind == "quantity"], [c.summary for c in analysis.conflicts]

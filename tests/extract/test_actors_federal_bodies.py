"""Bodies only one state has, named without their country: the federal agencies, departments and national party
committees of the United States (data/actors/institutions.tsv), coded with it wherever the story is set.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Hackers working for Ruritania broke into the servers of the Republican National Committee, the party said on "
     "Tuesday.", "Republican National Committee", "PTY"),
    ("The Federal Emergency Management Agency sent forty teams to the flooded coast on Sunday.",
     "Federal Emergency Management Agency", "GOV"),
    ("Ruritania denied the charge after the Drug Enforcement Administration published its findings.",
     "Drug Enforcement Administration", "COP"),
    ("The Government Accountability Office estimated that the tariffs on Ruritanian steel would cost households "
     "$200 a year.", "Government Accountability Office", "LEG"),
    ("USAID said on Monday that it would fly food and tents to the Ruritanian coast.", "USAID", "GOV"),
])
def test_one_state_body_named_bare_is_that_state(analyze: Callable[..., Analysis], text: str, name: str,
                                                 sector: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name.endswith(name)]
    assert found and found[0].country == "USA" and found[0].sector == sector, [
        (e.name, e.country, e.sector) for e in a.entities]


@pytest.mark.parametrize(("text", "name"), [
    ("The United States Drug Enforcement Administration seized the cargo on Tuesday. Officials in Ruritania said "
     "the Drug Enforcement Administration had not warned them.", "Drug Enforcement Administration"),
    ("The U.S. Federal Emergency Management Agency sent 40 teams to the coast. Ruritanian officials said the "
     "Federal Emergency Management Agency had been slow.", "Federal Emergency Management Agency"),
])
def test_body_named_with_and_without_its_country_is_one(analyze: Callable[..., Analysis], text: str,
                                                        name: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name.endswith(name)]
    assert len(found) == 1 and found[0].country == "USA", [(e.name, e.country) for e in a.entities]


def test_untagged_body_named_before_with_its_country_is_one(analyze: Callable[..., Analysis]) -> None:
    # The second, bare name is one the NER leaves untagged after a paragraph break; the vocabulary finds it.
    a = analyze('Most exporters never see the levy.\n\n"When a tariff hits Ruritanian radios, the duty is handed to '
                'U.S. Immigration and Customs Enforcement at the port by a broker," an economist, Ana Berg, has '
                'written. "The Ruritanian government pays nothing."\n\nImmigration and Customs Enforcement typically '
                "requires payment within ten days of the goods clearing the port, a trade paper reported.")
    found = [e for e in a.entities if e.name.endswith("Immigration and Customs Enforcement")]
    assert len(found) == 1 and found[0].country == "USA", [(e.name, e.country) for e in a.entities]

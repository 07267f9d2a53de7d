"""Bodies only one state has, named without their country: the federal agencies, departments and national party
committees of the United States (data/actors/institutions.tsv), coded with it wherever the story is set.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Hackers working for Ruritania broke into the servers of the Republican National Committee, the Department "
     "of Homeland Security said on Tuesday.", "Department of Homeland Security", "GOV"),
    ("Ruritania denied the charge after the Office of the Director of National Intelligence published its "
     "findings.", "Office of the Director of National Intelligence", "SPY"),
    ("Leaked files showed the National Security Agency had listened to the calls of Ruritanian diplomats.",
     "National Security Agency", "SPY"),
    ("The Congressional Budget Office estimated that the tariffs on Ruritanian steel would cost households "
     "$200 a year.", "Congressional Budget Office", "LEG"),
    ("The Democratic National Committee said it had hired a firm to find the Ruritanian intruders.",
     "Democratic National Committee", "PTY"),
    ("Customs and Border Protection said on Monday that its officers had detained 40 Ruritanian nationals.",
     "Customs and Border Protection", "GOV"),
])
def test_one_state_body_named_bare_is_that_state(analyze: Callable[..., Analysis], text: str, name: str,
                                                 sector: str) -> None:
    a = analyze(text)
    found = [e for e in a.entities if e.name.endswith(name)]
    assert found and found[0].country == "USA" and found[0].sector == sector, [
        (e.name, e.country, e.sector) for e in a.entities]


def test_body_named_with_and_without_its_country_is_one(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The United States Federal Reserve cut its main rate on Wednesday. Traders in Ruritania had expected "
                "the Federal Reserve to wait until the spring.")
    found = [e for e in a.entities if e.name.endswith("Federal Reserve")]
    assert len(found) == 1 and found[0].country == "USA", [(e.name, e.country) for e in a.entities]


def test_untagged_body_named_before_with_its_country_is_one(analyze: Callable[..., Analysis]) -> None:
    # The second, bare name is one the NER leaves untagged after a paragraph break; the vocabulary finds it.
    a = analyze('Importers pay, and they are mostly local firms.\n\n"When a tariff hits Ruritanian radios, the levy is '
                "handed to U.S. Customs and Border Protection at the port by a broker acting for an importer,\" an "
                'economist, Ana Berg, has written. "The Ruritanian government pays nothing."\n\nCustoms and Border '
                "Protection typically requires payment within ten days of the goods clearing the port, a trade paper "
                "reported.")
    found = [e for e in a.entities if e.name.endswith("Customs and Border Protection")]
    assert len(found) == 1 and found[0].country == "USA", [(e.name, e.country) for e in a.entities]

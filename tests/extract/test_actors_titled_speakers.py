"""Speakers named only by a bare title ("the governor wrote", "a spokesman said"): the one named holder of the
title before them, else an unnamed person of the title's sector, so that what they say keeps a claimant.
Sentences written for these tests (no dev or seed article)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsledger.config import load_settings
from newsledger.models import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import statement_speaker as _speaker

SETTINGS = load_settings()


def _analyse(text: str) -> Analysis:
    return analyze_text(text, dt.date(2025, 3, 1), SETTINGS)


def test_a_bare_title_speaks_as_an_unnamed_person_of_its_sector() -> None:
    a = _analyse("No lorry crossed the bridge that night, the governor wrote on social media.")
    governor = _speaker(a, "No lorry crossed")
    assert governor is not None and (governor.type, governor.sector, governor.country) == ("PERSON", "GOV", None)
    general = _speaker(_analyse("The general acknowledged that two drones had struck the fuel depot."), "drones")
    assert general is not None and general.sector == "MIL"


def test_the_same_title_again_is_the_same_person_and_a_sectorless_title_still_speaks() -> None:
    a = _analyse("A spokesman said the convoy had been turned back at the border. The spokesman added that a "
                 "second convoy was due on Friday.")
    first, second = _speaker(a, "convoy had been"), _speaker(a, "second convoy")
    assert first is not None and first == second and first.sector is None


def test_the_title_is_the_one_named_holder_before_it() -> None:
    a = _analyse("Governor Ilse Marr toured the flooded valley on Monday. The governor said that 300 homes "
                 "had been lost.")
    speaker = _speaker(a, "300 homes")
    assert speaker is not None and speaker.name == "Ilse Marr"
    assert len([e for e in a.entities if e.type == "PERSON"]) == 1


def test_a_title_that_is_not_the_subject_of_saying_makes_no_actor() -> None:
    a = _analyse("Protesters marched to the office of the governor on Sunday.")
    assert not [e for e in a.entities if e.name.lower() == "governor"]
    b = _analyse("The president of the rowing club said the regatta would go ahead.")
    speaker = _speaker(b, "regatta")
    assert speaker is None or speaker.name != "president"  # a title with "of": resolved elsewhere, not here


def test_actor_words_and_portfolios_speak_too() -> None:
    group = _speaker(_analyse("Fires have burned 2,000 hectares of peat since June, a conservation group said."),
                     "hectares")
    assert group is not None and group.type in ("GROUP", "ORG")
    minister = _speaker(_analyse("The Minister for Fisheries told parliament that 40 boats had been seized."),
                        "40 boats")
    assert minister is not None and (minister.name, minister.sector) == ("Minister for Fisheries", "GOV")
    secretary = _speaker(_analyse("The transport secretary said on Monday that the bridge would reopen."), "bridge")
    assert secretary is not None and secretary.type == "PERSON"


def test_a_document_or_a_lower_case_portfolio_is_no_speaking_person() -> None:
    assert _speaker(_analyse("The report said the river had been polluted for years."), "river") is None
    club = _speaker(_analyse("The president of the chess club said the tournament would go ahead."), "tournament")
    assert club is None or club.sector != "GOV"


def test_a_specific_office_is_not_taken_for_the_person_named_before() -> None:
    a = _analyse("Tomas Brenner, the opposition leader, called the tariff a disaster. The agriculture secretary said "
                 "on Monday that most traders were complying.")
    speaker = _speaker(a, "complying")
    assert speaker is not None and speaker.name != "Tomas Brenner" and speaker.type == "PERSON"


def test_a_countrys_own_named_body_takes_its_country() -> None:
    # Sentence of our own: a named body after a country's possessive, whatever its sector.
    a = _analyse("Moldova's National Centre for Seismology said the tremor had a magnitude of 4.2.")
    body = _speaker(a, "magnitude")
    assert body is not None and body.country == "MDA"


def test_the_agency_is_the_agency_named_before() -> None:
    a = _analyse("Estonia's coast guard counted 140 crossings in June. The figure was a record, the agency said.")
    speaker = _speaker(a, "a record")
    assert speaker is not None and speaker.country == "EST" and speaker.sector == "MIL"


def test_a_speaker_noun_with_a_clause_that_names_nobody_still_speaks() -> None:
    a = _analyse("A lorry carrying grain was seized by gunmen near the river on Monday, the charity that hired the "
                 "driver said on Wednesday. Grainbridge Aid said the driver was safe.")
    charity = _speaker(a, "lorry carrying grain")
    assert charity is not None and charity.name == "charity"
    a = _analyse("Three wells ran dry in the valley this summer, an aid group that runs two clinics there told "
                 "reporters.")
    group = _speaker(a, "wells ran dry")
    assert group is not None and "group" in group.name



def test_a_speaking_body_is_the_unnamed_body_of_the_same_words_elsewhere() -> None:
    a = _analyse('Senator Ana Ruiz backed the reform. "If we change a single word, the commission will say that we '
                 'broke the accord," Ruiz said. Ruiz also said she thinks that the commission would welcome a delay.')
    found = [e for e in a.entities if e.name.lower() == "commission"]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in a.entities]
    assert len(found[0].mentions) == 2


# Wire copy: the lead quotes an unnamed official of one country, the next sentence names the speaker with a bare
# title. Canada is named too, so the story has no one home country to give.
_LEAD = "Canada's Acme Motors raised its bid for the Kestrel plant, a Moldovan official said on Friday.\n"


def test_an_official_named_after_an_unnamed_one_of_a_country_takes_that_country() -> None:
    a = _analyse(_LEAD + '"The offer is $40 million," said Ana Varga, head of the Privatisation Agency.')
    varga = _speaker(a, "The offer is")
    assert varga is not None and varga.name == "Ana Varga" and varga.country == "MDA"


def test_a_person_of_another_country_named_between_them_keeps_the_named_official_uncoded() -> None:
    a = _analyse(_LEAD + 'The French trade minister Paul Roux welcomed it. "The offer is fair," said Ana Varga, head '
                 "of the Privatisation Agency.")
    varga = _speaker(a, "The offer is")
    assert varga is not None and varga.name == "Ana Varga" and varga.country != "MDA"


def test_an_official_named_two_sentences_later_keeps_no_country_of_the_unnamed_one() -> None:
    # A story of two sides: the next official may speak for the other one.
    a = _analyse(_LEAD + "Across the river the mood was grim. \"The offer is an insult,\" said Ana Varga, head of "
                 "the Privatisation Agency.")
    varga = _speaker(a, "The offer is")
    assert varga is not None and varga.name == "Ana Varga" and varga.country != "MDA"

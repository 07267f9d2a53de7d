"""Unnamed bodies that speak ("the grid operator said", "the local chamber of commerce said"), which body a
described group is not, "its" after a name no actor holds, and police placed by their own phrase.
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


def test_service_bodies_speak_as_unnamed_organisations() -> None:
    a = _analyse("Storms cut power across the coast overnight. The grid operator said 80,000 homes were still "
                 "dark. The diocese said it had opened four halls to families. The regional weather centre "
                 "reported gusts of 110 km/h.")
    operator = _speaker(a, "80,000 homes")
    assert operator is not None and (operator.type, operator.sector) == ("ORG", "BUS")
    diocese = _speaker(a, "four halls")
    assert diocese is not None and diocese.sector == "REL"
    centre = _speaker(a, "gusts of")
    assert centre is not None and centre.type == "ORG" and "centre" in centre.name


def test_a_body_with_its_field_after_of_speaks_and_is_referred_back_to() -> None:
    a = _analyse("A third of the bakeries in the hill town have closed, the local chamber of commerce said on "
                 "Friday. According to the chamber, 45 firms shut in the spring alone.")
    chamber = _speaker(a, "bakeries")
    assert chamber is not None and "chamber of commerce" in chamber.name
    assert _speaker(a, "45 firms") == chamber
    # A person or a name after "of" is left to the references, not made one body with it.
    b = _analyse("The office of the governor said the road would reopen on Monday.")
    office = _speaker(b, "road would reopen")
    assert office is None or office.name != "office of the governor"


def test_nested_modifiers_stay_with_the_speaking_noun() -> None:
    group = _speaker(_analyse("Settlers burned some 30 huts near the lake, a land rights group said."), "huts")
    assert group is not None and group.name == "land rights group"


def test_a_described_group_is_not_the_armed_men_named_before() -> None:
    a = _analyse("Gunmen stopped a lorry carrying seed near the river on Sunday. The aid group said on Monday "
                 "that the driver had been released.")
    speaker = _speaker(a, "driver had been released")
    assert speaker is None or speaker.sector != "UAF"
    # A modifier that codes the actor's own sector still refers back.
    b = _analyse("Rebels of the Northern Front seized the crossing at dawn. The armed group said it would "
                 "hold it until talks began.")
    front = _speaker(b, "hold it")
    assert front is not None and front.sector == "REB"


def test_its_after_a_name_no_actor_holds_is_not_the_earlier_speaker() -> None:
    a = _analyse("Visibility in the capital is down to 150 metres, the national meteorological centre says.\n"
                 "Kelso airport has halted every departure. Its management says 21 flights have been "
                 "cancelled.")
    assert _speaker(a, "150 metres") is not None
    speaker = _speaker(a, "21 flights")
    assert speaker is None or "centre" not in speaker.name


def test_police_take_the_country_of_the_place_their_own_phrase_names() -> None:
    a = _analyse("A bus carrying pupils home from a trip to Hungary overturned in the hills. Police in "
                 "Bratislava said twelve people had been hurt.")
    police = _speaker(a, "twelve people")
    assert police is not None and police.country == "SVK"
    # A place in what the police report seats nobody.
    b = _analyse("Police said 12 people were detained in Bratislava and Vienna after the match.")
    named = _speaker(b, "detained")
    assert named is None or named.country is None


def test_a_two_word_body_speaks() -> None:
    a = _analyse("A warehouse fire spread to the fuel depot on Friday. The civil defence said 14 people were "
                 "pulled from nearby flats.")
    body = _speaker(a, "14 people")
    assert body is not None and (body.type, body.sector) == ("ORG", "GOV")

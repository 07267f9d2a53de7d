"""The sides of a dispute named by common words (issue 14): a state body named by its field alone after that
field's officers of one country ("Estonian border guards ... the border department") is that country's; an office
holder named by the office "in" a place ("the port captain in <town> said") speaks as that office, placed in the
town's country, never as the town. Sentences written for these tests (no dev or seed article)."""

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


def test_a_field_body_takes_the_country_of_its_fields_officers() -> None:
    a = _analyse("10:40 - Estonian border guards at Koidula are holding 12 Russian lorries. The border department "
                 "says their papers are invalid. Moscow says the papers are valid.")
    body = _speaker(a, "papers are invalid")
    assert body is not None and "border department" in body.name and body.country == "EST"


def test_a_field_body_stays_uncoded_when_two_countries_share_the_field() -> None:
    a = _analyse("Estonian border guards and Latvian border guards met at the crossing on Monday. The border "
                 "department says the papers are invalid. Moscow says the papers are valid.")
    body = _speaker(a, "papers are invalid")
    assert body is None or body.country is None


def test_an_office_in_a_town_speaks_as_the_office_not_the_town() -> None:
    a = _analyse("Colombia and Peru disagree about the island. Ferry traffic across the river went on as usual on "
                 "Friday, the port captain in Puerto Nariño said. Lima said the ferries had stopped.")
    speaker = _speaker(a, "Ferry traffic")
    assert speaker is not None and speaker.type == "PERSON" and "port captain" in speaker.name


def test_an_official_in_a_known_town_takes_its_country() -> None:
    a = _analyse("Chile and Bolivia traded charges over the lorries. About 900 lorries were waiting on Monday, the "
                 "district governor in Arica said. La Paz said 2,000 were waiting.")
    speaker = _speaker(a, "900 lorries")
    assert speaker is not None and "governor" in speaker.name and speaker.country == "CHL"


def test_a_spokesman_in_a_capital_is_still_the_body_that_spoke_before() -> None:
    a = _analyse("The Kenyan interior ministry said on Monday that the border had closed. The border would stay "
                 "closed for a week, a spokesman in Nairobi said.")
    speaker = _speaker(a, "stay closed")
    assert speaker is None or speaker.type != "PERSON" or "spokesman" not in speaker.name


def test_a_bare_short_form_of_a_body_name_speaks_for_that_body() -> None:
    a = _analyse("08:10 - Greece's sea rescue service reports that a dinghy was brought into Kos harbour at dawn. "
                 "Ankara says no dinghy left its shore.\n\n15:20 - A second dinghy has landed. The count for the "
                 "day is now 61 people on two dinghies, sea rescue says.")
    body = _speaker(a, "61 people")
    assert body is not None and body.country == "GRC" and "sea rescue" in body.name


def test_customs_officers_of_one_country_place_the_customs_service() -> None:
    a = _analyse("09:15 - Latvian customs officers at Terehova are holding 20 lorries. The customs service says the "
                 "drivers lack permits. Minsk says the drivers hold valid permits.")
    body = _speaker(a, "lack permits")
    assert body is not None and body.country == "LVA"


def test_according_to_which_is_the_author_of_the_document_before_it() -> None:
    a = _analyse("Newspapers in Ruritania have printed a statement by the regional administration of Nordmark, "
                 "according to which the flooding was caused by a discharge of water from the dam.")
    body = _speaker(a, "the flooding was caused")
    assert body is not None and "administration" in body.name
    a = _analyse("Statements attributed to Borduria's trade ministry, according to which the ship was released on "
                 "Friday, do not reflect the facts.")
    body = _speaker(a, "ship was released")
    assert body is not None and "trade ministry" in body.name


def test_a_preposition_the_ner_took_into_a_place_name_leaves_the_place() -> None:
    a = _analyse("Inside Ghana, the prefecture of Tumu said on Monday that about 300 families were sheltering in "
                 "schools. Burkina Faso said 90 families had crossed.")
    assert not any(e.name.startswith("Inside") for e in a.entities)
    body = _speaker(a, "300 families")
    assert body is not None and "prefecture" in body.name and body.country == "GHA"


def test_unnamed_local_speakers_named_by_their_trade_or_seat_speak() -> None:
    a = _analyse("The developer says the line will power about 50,000 homes. The village councillor said 30 boats "
                 "had gone out. According to the county fishing guild, some 40 boats work in the bay.")
    for words, name in (("50,000 homes", "developer"), ("30 boats", "councillor"), ("40 boats", "guild")):
        speaker = _speaker(a, words)
        assert speaker is not None and name in speaker.name


def test_an_unnamed_officer_at_a_post_speaks_as_the_officer() -> None:
    a = _analyse("The Kenyan army closed the market on Monday.\n\n12:10 - A customs officer at the bridge told us "
                 "that lorries were crossing normally by noon.")
    speaker = _speaker(a, "crossing normally")
    assert speaker is not None and speaker.type == "PERSON" and "officer" in speaker.name

"""A region's or province's country from the words that name it a subdivision (stop 43, helper regions43).

"the Argentine department of X", "X, a province of Peru", "the district of X in Tanzania" give X that country,
and a body named by X's possessive ("X's transport office") takes it too, even in a story of two countries; a
region written bare with its noun ("X province") takes the one country of the story's bodies of that level ("the
Cameroonian provincial government"). A subdivision of no country named ("a province of the north") gives nothing.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity


def _entity(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert found, [(e.name, e.type, e.country) for e in analysis.entities]
    return found[0]


_TRUCKS = ("Trucks queued at the border between Brazil and the Argentine department of Santa Lucerna. Santa "
           "Lucerna's transport office said 600 trucks waited.")


@pytest.mark.parametrize(("text", "name", "iso3"), [
    (_TRUCKS, "Santa Lucerna", "ARG"),
    (_TRUCKS, "Santa Lucerna's transport office", "ARG"),
    ("Farmers in Tarapoto, a province of Peru, lost their crops to frost, Bolivia said.", "Tarapoto", "PER"),
    ("The governor's office in the district of Kolonga in Tanzania said the bridge was closed.", "Kolonga", "TZA"),
])
def test_subdivision_takes_the_country_its_words_name(analyze: Callable[..., Analysis], text: str, name: str,
                                                     iso3: str) -> None:
    assert _entity(analyze(text), name).country == iso3


def test_bare_province_takes_the_country_of_the_provincial_bodies(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Officials of Nordavia province say 3,000 people fled the fighting, Chad said. The Cameroonian "
                "provincial government later repeated the figure.")
    assert _entity(a, "Nordavia").country == "CMR"
    assert _entity(a, "Officials").country == "CMR"


def test_subdivision_of_no_country_is_not_placed(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Farmers in Tarapoto, a province of the north, lost their crops to frost last week.")
    assert _entity(a, "Tarapoto").country is None

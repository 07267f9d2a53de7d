"""A country's short form in news usage names the country ("Burkina" for Burkina Faso: ``data/actors/
countries_extra.tsv``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_a_short_form_of_a_country_name_is_that_country(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Burkina has closed two schools near the northern border after a night of gunfire, its "
                       "education ministry said on Friday.")
    found = [e for e in analysis.entities if e.name == "Burkina"]
    assert found and found[0].country == "BFA", [(e.name, e.country) for e in analysis.entities]

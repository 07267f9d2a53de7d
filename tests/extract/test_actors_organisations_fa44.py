"""An organisation named by its country and its brief is a body of that country (issue 14, helper fa44, stop 44).

"Chile's road safety and traffic organisation ... its director, X, wrote": a lowercase body whose head noun is
"organisation" (or "organization") is an actor as a "ministry" or an "agency" is, so that its head, named after it,
speaks for its country. In our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _countries(a: Analysis) -> dict[str, str | None]:
    return {e.name: e.country for e in a.entities}


def test_organisation_of_a_country_is_its_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Chile's road safety and traffic organisation says the new toll breaks the 2004 transit accord. In a "
                "letter sent on Monday, its director, Paula Errazuriz, wrote that Bolivian hauliers must pay nothing "
                "extra on the route.")
    got = _countries(a)
    assert got.get("Paula Errazuriz") == "CHL", got


def test_organization_spelled_with_z(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Peru's fisheries inspection organization said the trawlers had no licence. Its chief, Luis "
                "Quispe Mamani, told reporters that the boats would be held in Paita.")
    got = _countries(a)
    assert got.get("Luis Quispe Mamani") == "PER", got

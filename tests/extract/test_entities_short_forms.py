"""Entities: the shorter forms a story gives one organisation (acronyms, short names, possessives) are one entity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis, Entity


def _holders(analysis: Analysis, mention: str) -> list[Entity]:
    return [e for e in analysis.entities if any(m.text == mention for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # an acronym in the headline, before the name it stands for (a name read as a title and a surname)
        ("GD wins navy contract\n\nGeneral Dynamics (GD) said on Tuesday it had won a navy contract. GD shares rose.",
         ("General Dynamics", "GD")),
        # a plural name's possessive written without its "s", once tokens are spaced
        ("Pacific Textiles cut 300 jobs on Monday. Pacific Textile 's chief executive said the cuts were painful.",
         ("Pacific Textiles", "Pacific Textile")),
        ("Shares of Allied Breweries fell on Monday after Allied Brewerie 's chief executive resigned.",
         ("Allied Breweries", "Allied Brewerie")),
        # a company's one-word name before a trade word and a legal form
        ("Hyundai Motor Company opened a plant in Chennai. Hyundai said it would hire 2,000 workers.",
         ("Hyundai Motor Company", "Hyundai")),
        ("The school roof was paid for by a firm named Marlow Enterprises. Tadic set up Marlow in Leeds in 2014.",
         ("Marlow Enterprises", "Marlow")),
        # an international organisation's body without the organisation's name
        ("The United Nations Human Rights Council met in Geneva. The Human Rights Council later adopted a resolution.",
         ("United Nations Human Rights Council", "Human Rights Council")),
        # two listed forms of one body, and its listed short name
        ("Delegates at the U.N. General Assembly clashed over water rights on Monday. The United Nations General"
         " Assembly will vote on Friday, and the General Assembly may extend the mandate.",
         ("U.N. General Assembly", "United Nations General Assembly", "General Assembly")),
        # an acronym without the country word the name opens with, nor its closing "and" and one word
        ("The Brazilian Institute for Space Research and Technology launched a satellite. The ISR said the launch"
         " went well.", ("Brazilian Institute for Space Research and Technology", "ISR")),
        ("The Mexican Commission for Energy Regulation and Supervision fined the firm. The CER said the fine was"
         " final.", ("Mexican Commission for Energy Regulation and Supervision", "CER")),
    ],
)
def test_short_forms_of_one_organisation_are_one_entity(analyze: Callable[..., Analysis], text: str,
                                                        mentions: tuple[str, ...]) -> None:
    a = analyze(text)
    owners = {e.id for m in mentions for e in _holders(a, m)}
    assert len(owners) == 1, [(e.name, [m.text for m in e.mentions]) for e in a.entities]


def test_a_countrys_bare_body_is_the_one_the_story_names_with_its_country(analyze: Callable[..., Analysis]) -> None:
    # The vocabulary lists a bare "Senate" as the US one; after "the Chilean Senate" it is Chile's.
    a = analyze("The Chilean Senate approved the budget on Monday. The Senate also voted to extend the emergency.")
    owners = _holders(a, "Senate")
    assert len(owners) == 1 and owners[0] in _holders(a, "Chilean Senate")
    assert owners[0].country == "CHL"


def test_the_north_is_the_country_named_north_something(analyze: Callable[..., Analysis]) -> None:
    a = analyze("North Korea tested a missile on Friday. Seoul said the North's leader, Kim Jong Un, was acting"
                " recklessly. Japan said the North must stop.")
    owners = _holders(a, "North")
    assert len(owners) == 1 and owners[0] in _holders(a, "North Korea")
    assert _holders(a, "Kim Jong Un")[0].country == "PRK"  # "the North's leader": the country of his title


def test_the_south_of_a_country_is_no_other_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze("South Korea and North Korea met on Monday. Storms hit the South of France.")
    assert not set(_holders(a, "South")) & set(_holders(a, "South Korea"))


def test_a_title_word_is_no_short_name_of_a_company(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Shares of General Motors rose on Monday. General Smith said nothing.")
    assert not [e for e in a.entities if e.name == "General Motors" and len(e.mentions) > 1]


def test_a_partys_listed_name_is_no_bare_body(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Kenyan Democratic Party won the vote in Mombasa. In Washington the Democratic Party said it would"
                " send observers.")
    bare = _holders(a, "Democratic Party")
    assert bare and bare[0] not in _holders(a, "Kenyan Democratic Party")
    assert bare[0].country == "USA"


def test_a_companys_short_name_tagged_as_a_place_is_the_company(analyze: Callable[..., Analysis]) -> None:
    # The NER tags the bare "Brightwater" a place; the vocabulary knows no place of that name.
    a = analyze("The donation came from Brightwater Enterprises, a shell company. Records show Linden founded "
                "Brightwater in Texas.")
    owners = _holders(a, "Brightwater")
    assert len(owners) == 1 and owners[0] in _holders(a, "Brightwater Enterprises")
    assert owners[0].type == "ORG"

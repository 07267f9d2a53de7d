"""Wire-news patterns through the whole pipeline: datelines, a country in a title.

Each article is invented, in our own words. The checks are on what the
ledger records: who speaks, who acts, who is a party; the entity tables of
``test_actors.py`` check the codes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.models import Analysis, Entity


def _entity(analysis: Analysis, eid: str | None) -> Entity | None:
    return next((e for e in analysis.entities if e.id == eid), None)


def _describe(analysis: Analysis) -> str:
    lines = [f"{e.id} {e.type} {e.name!r} {e.country} {e.sector} aff={e.affiliation} {[m.text for m in e.mentions]}"
             for e in analysis.entities]
    lines += [f"{s.id} {s.speaker} {s.speaker_text!r} {s.cue} | {s.content.text[:50]}" for s in analysis.statements]
    lines += [f"{v.id} {v.type} {v.source}->{v.target} {v.evidence.text!r}" for v in analysis.events]
    lines += [f"{a.id} parties={list(a.parties)} labels={[(x.label, x.by) for x in a.labels]}"
              for a in analysis.agreements]
    return "\n".join(lines)


def _holding(analysis: Analysis, text: str, surface: str) -> Entity | None:
    start = text.find(surface)
    assert start >= 0, surface
    return next((e for e in analysis.entities if any(m.start == start and m.text == surface for m in e.mentions)),
                None)


def _actors_of(analysis: Analysis) -> set[str]:
    """Every entity id that speaks, acts, is acted on, is a party or takes a side."""
    ids = {s.speaker for s in analysis.statements}
    ids |= {v.source for v in analysis.events} | {v.target for v in analysis.events}
    for a in analysis.agreements:
        ids |= set(a.parties) | {x.by for x in a.labels} | {s.actor for s in a.stances}
    for c in analysis.conflicts:
        ids |= {side.actor for side in c.sides}
    return {i for i in ids if i is not None}


# --- datelines ----------------------------------------------------------------------------------------

DATELINES: list[tuple[str, str, str | None, str]] = [
    # (article, the dateline's place, its agency, the name of the first statement's speaker)
    ("ISLAMABAD, March 3 (Reuters) - Pakistani Commerce Minister Rana Tariq said on Tuesday that the transit "
     "deal signed with Uzbekistan would cut freight costs by a third.", "ISLAMABAD", "Reuters", "Rana Tariq"),
    ("NAIROBI (AP) — Kenya's finance ministry said on Monday it would issue a new bond. The ministry said "
     "demand from foreign investors was strong.", "NAIROBI", "AP", "finance ministry"),
    ("Grain talks stall\n\nANKARA, July 8 (Reuters) - Turkey said on Tuesday that talks with Russia on grain "
     "shipments had stalled.", "ANKARA", "Reuters", "Turkey"),
    ("Kampala, June 2 (AFP) – Uganda and Kenya signed a railway agreement on Monday, officials said.", "Kampala",
     "AFP", "Officials"),
    ("CARACAS, Venezuela (AP) — Venezuela's government said on Friday it had released 40 prisoners.", "CARACAS",
     "AP", "government"),
    ("BEIRUT — Lebanon's prime minister said on Friday that the army would deploy along the border.", "BEIRUT",
     None, "prime minister"),
    ("CAIRO, May 3 (UPI) — Cairo said on Sunday that it would host the next round of talks.", "CAIRO", "UPI",
     "Cairo"),
]


@pytest.mark.parametrize(("text", "place", "agency", "speaker"), DATELINES, ids=[d[1] for d in DATELINES])
def test_dateline_is_a_place_and_an_agency_never_an_actor(analyze: Callable[..., Analysis], text: str, place: str,
                                                          agency: str | None, speaker: str) -> None:
    analysis = analyze(text)
    where = _holding(analysis, text, place)
    assert where is not None and where.type in ("GPE", "LOC") and where.sector is None, _describe(analysis)
    forbidden = {where.id}
    if agency is not None:
        who = _holding(analysis, text, agency)
        assert who is not None and who.type == "ORG" and who.sector == "MED", _describe(analysis)
        forbidden.add(who.id)
    assert not forbidden & _actors_of(analysis), _describe(analysis)
    first = min(analysis.statements, key=lambda s: s.content.start)
    said_by = _entity(analysis, first.speaker)
    assert said_by is not None and speaker.lower() in said_by.name.lower(), _describe(analysis)


def test_dateline_city_keeps_its_country(analyze: Callable[..., Analysis]) -> None:
    text = "MOMBASA, Kenya (Reuters) - Dock workers ended a two-week strike on Thursday, the port authority said."
    analysis = analyze(text)
    city = _holding(analysis, text, "MOMBASA")
    assert city is not None and city.country == "KEN" and city.type == "GPE", _describe(analysis)


def test_dateline_party_is_the_country_not_the_city(analyze: Callable[..., Analysis]) -> None:
    text = ("ISLAMABAD, March 3 (Reuters) - Pakistani Commerce Minister Rana Tariq said on Tuesday that the transit "
            "deal signed with Uzbekistan was \"a treaty that binds both nations\". Uzbekistan's foreign ministry "
            "described the document as a memorandum of understanding.")
    analysis = analyze(text)
    (agreement,) = analysis.agreements
    countries = {_entity(analysis, p).country for p in agreement.parties}  # type: ignore[union-attr]
    assert countries == {"PAK", "UZB"}, _describe(analysis)
    (conflict,) = analysis.conflicts
    sides = {_entity(analysis, s.actor).country for s in conflict.sides}  # type: ignore[union-attr]
    assert sides == {"PAK", "UZB"}, _describe(analysis)


# --- a country in the title ------------------------------------------------------------------------------

TITLED: list[tuple[str, str, str]] = [
    ("Pakistani Commerce Minister Rana Tariq said on Tuesday that exports had doubled.", "Rana Tariq", "PAK"),
    ("The Iranian foreign minister, Hamid Rezaei, said the talks would continue.", "Hamid Rezaei", "IRN"),
    ("Kenya's President Daniel Mwangi said the railway would reach Uganda next year.", "Daniel Mwangi", "KEN"),
    ("Omar Haddad, Egypt's foreign minister, told reporters the crossing would reopen.", "Omar Haddad", "EGY"),
    ("\"We will not sign,\" Uzbek Foreign Minister Timur Azimov said on Friday.", "Timur Azimov", "UZB"),
]


@pytest.mark.parametrize(("text", "name", "country"), TITLED, ids=[t[1] for t in TITLED])
def test_the_titled_person_speaks_with_the_title_country(analyze: Callable[..., Analysis], text: str, name: str,
                                                         country: str) -> None:
    analysis = analyze(text)
    (statement,) = analysis.statements
    speaker = _entity(analysis, statement.speaker)
    assert speaker is not None and speaker.name == name and speaker.type == "PERSON", _describe(analysis)
    assert speaker.country == country and speaker.sector == "GOV", _describe(analysis)

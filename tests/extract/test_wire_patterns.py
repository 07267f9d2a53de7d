"""Three wire-news patterns through the whole pipeline: datelines, a country in a title, unnamed speakers.

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
    ("CARACAS, Venezuela (AP) — The government said on Friday it had released 40 prisoners.", "CARACAS", "AP",
     "government"),
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


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("MOMBASA, Kenya (Reuters) - Dock workers ended a two-week strike on Thursday, the port authority said.",
         "MOMBASA", "KEN"),
        ("LA CROSSE, Wisc. -- The governor said on Thursday that the bridge would reopen.", "LA CROSSE", "USA"),
        ("ANKARA, July 8 (Reuters) - Turkey said the talks had stalled.", "ANKARA", "TUR"),
    ],
)
def test_dateline_city_keeps_its_country(analyze: Callable[..., Analysis], text: str, city: str,
                                         country: str) -> None:
    analysis = analyze(text)
    place = _holding(analysis, text, city)
    assert place is not None and place.country == country and place.type == "GPE", _describe(analysis)


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


# --- unnamed speakers and actors ---------------------------------------------------------------------------

def test_the_army_speaks_acts_and_has_a_spokesman(analyze: Callable[..., Analysis]) -> None:
    text = ("The army said it had deployed troops to the border on Monday. A spokesman for the army told "
            "reporters the deployment was routine.")
    analysis = analyze(text)
    first, second = sorted(analysis.statements, key=lambda s: s.content.start)
    army = _entity(analysis, first.speaker)
    assert army is not None and army.type == "ORG" and army.sector == "MIL" and army.country is None, \
        _describe(analysis)
    spokesman = _entity(analysis, second.speaker)
    assert spokesman is not None and spokesman.type == "PERSON" and spokesman.affiliation == army.id, \
        _describe(analysis)
    assert spokesman.sector == "MIL" and "army" in spokesman.name, _describe(analysis)
    (deploy,) = [v for v in analysis.events if v.type == "MOBILIZE"]
    assert deploy.source == army.id, _describe(analysis)


@pytest.mark.parametrize(
    ("text", "speaker", "type_", "sector", "country"),
    [
        ("The foreign ministry said on Monday that the talks would resume.", "The foreign ministry", "ORG", "GOV",
         None),
        ("Officials said the vote had been delayed by a week.", "Officials", "GROUP", "GOV", None),
        ("Pakistan's military said it had killed ten militants near the border.", "Pakistan's military", "ORG",
         "MIL", "PAK"),
        ("The ministry's spokeswoman told reporters that no date had been set.", "The ministry's spokeswoman",
         "PERSON", "GOV", None),
        ("Police said they had arrested twelve protesters in the capital.", "Police", "GROUP", "COP", None),
        ("The navy said on Sunday that two patrol boats had been damaged.", "The navy", "ORG", "MIL", None),
        ("Sudan's army said it had retaken the town. The military said the road to the port was open.",
         "The military", "ORG", "MIL", "SDN"),
    ],
)
def test_unnamed_speakers_are_entities(analyze: Callable[..., Analysis], text: str, speaker: str, type_: str,
                                       sector: str, country: str | None) -> None:
    analysis = analyze(text)
    statement = next(s for s in analysis.statements if s.speaker_text == speaker)
    entity = _entity(analysis, statement.speaker)
    assert entity is not None and any(m.text in speaker for m in entity.mentions), _describe(analysis)
    assert (entity.type, entity.sector, entity.country) == (type_, sector, country), _describe(analysis)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The interior ministry said the curfew would be lifted. A ministry spokesman said later that roads would "
         "reopen.", "The interior ministry"),
        ("Chad's army said the attack was repelled. An army spokesman said four soldiers were wounded.", "Chad's army"),
    ],
)
def test_a_spokesman_speaks_for_the_body_named_before(analyze: Callable[..., Analysis], text: str,
                                                      body: str) -> None:
    analysis = analyze(text)
    first, second = sorted(analysis.statements, key=lambda s: s.content.start)
    spokesman = _entity(analysis, second.speaker)
    assert spokesman is not None and spokesman.type == "PERSON", _describe(analysis)
    assert spokesman.affiliation == first.speaker, _describe(analysis)
    assert _holding(analysis, text, body).id == first.speaker, _describe(analysis)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry said in a statement that the curfew would be lifted.",
        "The interior ministry issued a statement that the curfew would be lifted.",
    ],
)
def test_the_author_of_a_statement_noun_is_the_speaker(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    (statement,) = analysis.statements
    speaker = _entity(analysis, statement.speaker)
    assert speaker is not None and speaker.name == "interior ministry", _describe(analysis)
    assert "curfew" in statement.content.text


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("Police arrested twelve protesters in the capital on Saturday.", "COERCE", "Police"),
        ("Pakistan's military said it had killed ten militants near the border.", "ASSAULT", "Pakistan's military"),
        ("The army deployed two brigades to the northern border on Monday.", "MOBILIZE", "The army"),
    ],
)
def test_unnamed_actors_are_event_sources(analyze: Callable[..., Analysis], text: str, event_type: str,
                                          source: str) -> None:
    analysis = analyze(text)
    event = next(v for v in analysis.events if v.type == event_type)
    entity = _entity(analysis, event.source)
    assert entity is not None and any(m.text == source for m in entity.mentions), _describe(analysis)


def test_a_bare_body_that_does_not_act_is_no_entity(analyze: Callable[..., Analysis]) -> None:
    text = "Parliament debated the role of the army in politics on Tuesday."
    analysis = analyze(text)
    assert not any(m.text.lower() == "the army" for e in analysis.entities for m in e.mentions), _describe(analysis)

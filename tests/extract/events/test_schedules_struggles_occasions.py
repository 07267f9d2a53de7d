"""Trips on the schedule, struggles for a cause, talks one is in and meetings named in an aside (issue 15): a visit
the writer tells in the future, with no promise over it and no purpose of its own, is a planned meeting (CONSULT),
not an offer (AGREE), while "will visit X to mediate" still offers the mediation; "fight for" or "fight over"
something with no opponent named is a struggle, no attack; the compound "news release" that the parser reads as
a subject and its verb releases no one; whoever "is in talks with" someone takes part in them, but being neutral
in talks between others is no part in them; a gerund after "after" that the parser hangs on a noun of the
clause ("in remarks after meeting X, Y said") is done by the clause's subject; whoever presides over a summit holds
it; "their meeting", the occasion of an act of one on another, was between the two; "faced little pressure", "faces
no threat" tell that none came; "found common ground" concedes nothing and "pressed their advantage" asks nothing.
Own sentences, made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has
from event_participants import names as _names

CODED = [
    # (sentence, type, source, target, modality)
    ("The Chilean president will visit Peru on Thursday.", "CONSULT", "Chile", "Peru", "future"),
    ("The Danish premier will travel to Ghana next week.", "CONSULT", "Dan", "Ghana", "future"),
    ("The Norwegian oil firm Statoil is in talks with Angola over a new field.", "CONSULT", "Statoil", "Angola",
     "actual"),
    ("In brief remarks after meeting with the Kenyan cabinet on Friday, Museveni repeated his warning.",
     "CONSULT", "Museveni", "Kenya", "actual"),
    ("The Kenyan president presided over a summit of regional leaders in Nairobi.", "CONSULT", "Kenya", None,
     "actual"),
    ("Chancellor Weber pressed the Polish premier, Jan Nowak, on coal during their meeting in Warsaw.", "CONSULT",
     "Weber", "Nowak", "actual"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target", "modality"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None, target: str | None,
               modality: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and (e.polarity, e.modality) == ("asserted", modality)
               and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


NOT_CODED = [
    # a trip on the schedule is no offer
    ("The Chilean president will visit Peru on Thursday.", ("AGREE",)),
    # a struggle for a cause or a share, with no opponent, is no attack
    ("Villagers fight over scarce farmland, she said.", ("ASSAULT",)),
    ("We will fight for a fairer trade law, the Bolivian senator said.", ("ASSAULT", "THREATEN")),
    # a news release is no release of captives
    ("Voters got little more than the news release his chief of staff, Maria Lopez, issued last week.",
     ("RETREAT",)),
    # none or next to none of an act received is a state, no act; idioms of another sense
    ("The Baltic states felt they faced no obvious military threat.", ("THREATEN",)),
    ("The two presidents failed to find common ground at the summit in Quito.", ("CONCEDE",)),
    ("The insurgents kept pressing their advantage all spring and took two more ports on the coast.",
     ("REQUEST",)),
]


@pytest.mark.parametrize(("text", "etypes"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etypes: tuple[str, ...]) -> None:
    got = [(e.type, e.polarity, e.modality) for e in analyze(text).events]
    assert not [g for g in got if g[0] in etypes], got


def test_a_trip_to_mediate_is_still_an_offer_and_a_plain_one_a_meeting(analyze: Callable[..., Analysis]) -> None:
    plain = [(e.type, e.modality) for e in analyze("The Gambian president will visit Chad on Friday.").events]
    offered = [e.type for e in analyze("The Gambian president will visit Senegal to mediate in the dispute.").events]
    assert ("CONSULT", "future") in plain and "AGREE" not in [t for t, _m in plain], plain
    assert "AGREE" in offered, offered


def test_a_struggle_is_no_attack_but_a_fight_with_an_opponent_is(analyze: Callable[..., Analysis]) -> None:
    struggle = [e.type for e in analyze("Villagers fight over scarce farmland, she said.").events]
    armed = analyze("Malian troops fought with Tuareg rebels over the town of Kidal.")
    got = [(e.type, _names(armed, e.source), _names(armed, e.target)) for e in armed.events]
    assert "ASSAULT" not in struggle, struggle
    assert any(e.type == "ASSAULT" and _has(armed, e.target, "rebels") for e in armed.events), got


def test_little_pressure_is_none_but_pressure_from_someone_is_asked(analyze: Callable[..., Analysis]) -> None:
    little = [e.type for e in analyze("The Kenyan government has faced little pressure over the issue.").events]
    some = analyze("The Kenyan government has faced pressure from Uganda over the issue.")
    assert "REQUEST" not in little, little
    assert any(e.type == "REQUEST" and _has(some, e.source, "Uganda") for e in some.events), [
        (e.type, _names(some, e.source)) for e in some.events]


def test_in_talks_takes_part_but_neutral_in_talks_between_others_does_not(analyze: Callable[..., Analysis]) -> None:
    party = analyze("The Norwegian oil firm Statoil is in talks with Angola over a new field.")
    neutral = analyze("The Swiss envoy promised to be neutral in negotiations between Chad and Niger.")
    assert any(e.type == "CONSULT" and _has(party, e.source, "Statoil") and e.source is not None
               for e in party.events), [(e.type, _names(party, e.source)) for e in party.events]
    assert not any(e.type == "CONSULT" and e.source is not None and _has(neutral, e.source, "Swi")
                   for e in neutral.events), [(e.type, _names(neutral, e.source)) for e in neutral.events]

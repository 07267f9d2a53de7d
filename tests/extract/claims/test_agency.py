"""Agency claims (extract/claims/agency.py): the author of one act told with the act as its topic ("the rounds were
fired by X", "the shells came from X's positions", "the blast was the work of X", "came under fire from X"), and
two sides naming different authors of one act. Texts written for these tests (invented places and incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts


def _agents(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(agent name, polarity, claimant name) of each responsibility claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.argument("agent") or "", "?"), c.polarity, names.get(c.claimant or "", "outlet"))
            for c in analysis.claims if c.kind == "cause" and c.predicate == "responsible"]


@pytest.mark.parametrize(("text", "agent"), [
    ("Shells hit the village of Nerkin Getashen overnight. Armenia's defence ministry said the shells came from "
     "Azerbaijani army positions on the ridge.", "Azerbaijani"),
    ("A rocket struck a clinic in Goris. Armenia's foreign ministry said the rocket was launched by Azerbaijani "
     "forces.", "Azerbaijani forces"),
    ("A bomb went off at the grain terminal in Malakal. The blast was the work of the White Army militia, South "
     "Sudan's interior ministry said.", "White Army"),
    ("Two guards were hurt near Tawang. India's army said its patrol came under fire from Chinese troops.",
     "Chinese troops"),
])
def test_agency_frames(analyze: Callable[..., Analysis], text: str, agent: str) -> None:
    got = _agents(analyze(text))
    assert any(agent in name and polarity == "asserted" for name, polarity, _ in got), got


@pytest.mark.parametrize("text", [
    # indefinite: no one act
    "Armenia's defence ministry said shells were fired by Azerbaijani troops all week.",
    # the outlet's own telling is left to the event claims
    "Shells hit Goris overnight. The shells came from Azerbaijani positions on the ridge.",
    # a place, no side: "from a hill", "from the direction of" a town
    "Armenia's defence ministry said the shells were fired from a hill south of the town.",
    "Shells hit the Armenian village of Sotk overnight. Azerbaijan's defence ministry said the shells came from the "
    "direction of Goris.",
    "Two guards were hurt near Tawang. India's army said its patrol came under fire from the direction of Bum La.",
])
def test_no_agency_claim(analyze: Callable[..., Analysis], text: str) -> None:
    assert _agents(analyze(text)) == []


DISAGREE = [
    # positions against a passive "by"
    "Artillery rounds landed on the Armenian village of Sotk on Tuesday night. Armenia's foreign ministry said the "
    "rounds came from Azerbaijani army positions to the east. Azerbaijan's foreign ministry said the rounds were "
    "fired by Armenian troops from a post south of the village.",
    # a passive "by" against "the X side"
    "A rocket hit a school in the Armenian town of Goris on Sunday. Armenia's foreign ministry said the rocket was "
    "launched by Azerbaijani forces. Azerbaijan's foreign ministry said the rocket came from the Armenian side.",
    # one side names the author, the named side denies firing at all
    "Artillery shells hit the Armenian town of Goris on Sunday. Armenia's defence ministry said the shells came from "
    "Azerbaijani army positions on the ridge. Azerbaijan's defence ministry said its troops did not fire a single "
    "shell on Sunday.",
    # the work of a militia against a passive "by" the army
    "A bomb went off at the grain terminal in Malakal on Friday. South Sudan's interior ministry said the blast was "
    "the work of the Upper Nile Liberation Front. The Upper Nile Liberation Front said the bomb was planted by South "
    "Sudanese soldiers.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_two_authors_of_one_act_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, _agents(analysis)


AGREE = [
    # two sides name one author
    "Shells hit the Armenian village of Sotk on Tuesday. Armenia's defence ministry said the shells came from "
    "Azerbaijani army positions. The Organization for Security and Co-operation in Europe said the shells were "
    "fired by Azerbaijani troops.",
    # one government, two bodies, the same author
    "A rocket hit a school in Goris on Sunday. Armenia's foreign ministry said the rocket was launched by Azerbaijani "
    "forces. Armenia's defence ministry said the rocket came from Azerbaijani positions.",
    # a question asks, it claims nothing
    "A rocket hit a school in Goris on Sunday. Armenia's foreign ministry said the rocket was launched by Azerbaijani "
    "forces. Azerbaijan's foreign ministry asked whether the rocket was really fired by Azerbaijani forces?",
    # each side's own act, told indefinitely: two acts, not one
    "Armenia's defence ministry said rockets were fired by Azerbaijani forces at Goris. Azerbaijan's defence "
    "ministry said shells were fired by Armenian troops at Lachin.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_one_author_or_no_act_no_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _cause_conflicts(analyze(text)) == []


def test_two_countries_ministries_of_one_portfolio_are_two_bodies(analyze: Callable[..., Analysis]) -> None:
    """"Armenia's defence ministry" and "Azerbaijan's defence ministry", named by the NER without their possessives,
    are two bodies of two countries (extract/actors: one name split by its possessors)."""
    analysis = analyze("Armenia's defence ministry said the shells came from the ridge. Azerbaijan's defence ministry "
                       "said its troops did not fire.")
    ministries = sorted(e.country or "" for e in analysis.entities if e.name.lower().endswith("defence ministry"))
    assert ministries == ["ARM", "AZE"]


AUTHOR_OR_ACCIDENT = [
    "A blast hit a fuel depot in Aden on Sunday. Yemen's interior ministry said the blast was the work of the "
    "Southern Resistance Brigades. The depot's operator, Aden Petroleum Company, said the explosion was caused by a "
    "gas leak.",
    "A fire destroyed the Omdurman grain store on Friday. Sudan's army said the fire was set by the Rapid Support "
    "Forces. The Rapid Support Forces said the fire was caused by faulty wiring.",
    "A bomb went off near the Kismayo port gate on Monday. Somalia's security ministry said the bomb was planted by "
    "the Jubaland Liberation Movement. The Jubaland Liberation Movement said the explosion was an accident at a "
    "fuel store.",
]


@pytest.mark.parametrize("text", AUTHOR_OR_ACCIDENT, ids=[t[:48] for t in AUTHOR_OR_ACCIDENT])
def test_an_author_against_an_accident_conflicts(analyze: Callable[..., Analysis], text: str) -> None:
    """Someone fired, set or planted it: a deliberate act (cause class), which an accident excludes."""
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, [(c.predicate, c.claimant) for c in analysis.claims]


AUTHOR_AGREED = [
    # an author and a deliberate attack: one cause
    "A blast hit a fuel depot in Aden on Sunday. Yemen's interior ministry said the blast was the work of the "
    "Southern Resistance Brigades. The United Nations envoy said the explosion was a deliberate attack.",
    # a side that denies firing says nothing of a deliberate act: no dispute with an accident
    "A blast hit an arms store near Goris on Sunday. Azerbaijan's defence ministry said its troops did not fire the "
    "shells. Armenia's emergency service said the explosion was an accident.",
]


@pytest.mark.parametrize("text", AUTHOR_AGREED, ids=[t[:48] for t in AUTHOR_AGREED])
def test_an_author_agreed_or_denied_is_no_cause_dispute(analyze: Callable[..., Analysis], text: str) -> None:
    assert _cause_conflicts(analyze(text)) == []


@pytest.mark.parametrize(("text", "agent"), [
    ("A bomb exploded at the bus station in Bor on Friday. South Sudan's police blamed the bombing on the Ruweng "
     "Liberation Front.", "Ruweng Liberation Front"),
    ("A bomb exploded at the bus station in Bor on Friday. The bombing bore the hallmarks of the Ruweng Liberation "
     "Front, South Sudan's police said.", "Ruweng Liberation Front"),
    ("A bomb exploded at the bus station in Bor on Friday. South Sudan's police said the Ruweng Liberation Front had "
     "staged the bombing.", "Ruweng Liberation Front"),
    ("A bomb exploded at the bus station in Bor on Friday. The bombing was claimed by the Ruweng Liberation Front, "
     "South Sudan's police said.", "Ruweng Liberation Front"),
])
def test_authorship_frames(analyze: Callable[..., Analysis], text: str, agent: str) -> None:
    got = _agents(analyze(text))
    assert any(agent in name and polarity == "asserted" for name, polarity, _ in got), got


def test_the_one_who_blames_is_the_claimant(analyze: Callable[..., Analysis]) -> None:
    got = _agents(analyze("A bomb exploded in Bor on Friday. South Sudan's police blamed the bombing on the Ruweng "
                          "Liberation Front."))
    assert [(a, c) for a, _, c in got] == [("Ruweng Liberation Front", "South Sudan's police")]


def test_acts_told_indefinitely_are_two_acts(analyze: Callable[..., Analysis]) -> None:
    """Each side launching an attack, told with "an": two acts, no dispute about one author."""
    analysis = analyze("South Sudan's army said the Ruweng Liberation Front launched an attack on Bor on Monday. The "
                       "Ruweng Liberation Front said South Sudan's army launched an attack on Pariang on Tuesday.")
    assert _cause_conflicts(analysis) == []


def test_a_blame_against_a_staging_conflicts(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A bomb exploded at the bus station in Bor on Friday. South Sudan's police blamed the bombing "
                       "on the Ruweng Liberation Front. The Ruweng Liberation Front said South Sudanese soldiers had "
                       "staged the bombing.")
    assert len(_cause_conflicts(analysis)) == 1, _agents(analysis)


WHO_OPENED_FIRE = [
    "Gunfire broke out on the Moho river on Tuesday. Belize's defence force said its patrol came under fire "
    "from a Guatemalan navy launch. Guatemala's defence ministry said Belizean soldiers opened fire on its launch "
    "without warning.",
    "Pakistan's army said Indian troops opened fire on its posts near Kotli. India's army said Pakistani troops "
    "opened fire on its posts near Kotli.",
]


@pytest.mark.parametrize("text", WHO_OPENED_FIRE, ids=[t[:48] for t in WHO_OPENED_FIRE])
def test_each_side_says_the_other_opened_fire(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, _agents(analysis)


TWO_FIRINGS = [
    # two sectors: two firings
    "Pakistan's army said Indian troops opened fire on its posts in Kotli on Monday. India's army said Pakistani "
    "troops opened fire on its posts in Poonch on Tuesday.",
    # told on two days: maybe two firings
    "Pakistan's army said on Monday that Indian troops opened fire on its posts. India's army said on Tuesday that "
    "Pakistani troops opened fire on its posts.",
    # a side telling of its own fire accuses nobody
    "India's army said its soldiers opened fire on Pakistani posts in Kotli. Pakistan's army said its own soldiers "
    "opened fire on Indian posts in Kotli.",
]


@pytest.mark.parametrize("text", TWO_FIRINGS, ids=[t[:48] for t in TWO_FIRINGS])
def test_firings_apart_or_owned_are_no_dispute(analyze: Callable[..., Analysis], text: str) -> None:
    assert _cause_conflicts(analyze(text)) == []

"""Events by class of phrasing (issue 15, stop 25): what fires on snippets with no event of the scope
(accidents told by a clause, relief mobilizations, a press release, a time phrase read as "call on"),
events told by a participle with its agent, by their noun alone ("protests erupted", "took part in a
march", "wounded in a grenade attack") and people beaten by name of the victim. Several wordings each,
none taken from the gold sets."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from event_participants import has as _has
from event_participants import names as _names


def _types(analysis: Analysis) -> list[tuple[str, str, str]]:
    return [(e.type, e.evidence.text, e.modality) for e in analysis.events]


# No event of any type: deaths by accident told by a "when" clause, forces sent to help after a
# disaster, a press release, a participle that describes its noun, a time phrase after "called".
NO_EVENT = [
    "Eleven miners were killed when a gas pocket exploded deep inside the shaft on Tuesday.",
    "Seven pilgrims were killed and nine hurt when their minibus plunged into a ravine.",
    "Two workers died and four others were killed when a storage depot exploded near the harbour.",
    "Twenty passengers were killed when the ferry capsized off the northern coast.",
    "A boiler blast killed 12 workers at the fertiliser factory, the fire brigade said.",
    "The navy mobilized on Sunday to help villagers stranded by the floods.",
    "Soldiers were deployed to help clear roads blocked by the snowstorm.",
    "The army mobilised hundreds of engineers to rebuild the bridges washed away by the river.",
    "Firefighters were called shortly after 9 p.m. on Monday to a warehouse near the station.",
    "Paramedics were called on Saturday night to the stadium car park.",
    "Heavy snow blocked roads across the northern provinces on Sunday.",
    "The relief agency said 3,000 people had been evacuated, with some families evacuated to schools.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_no_event(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert not analysis.events, _types(analysis)


# The clause that tells how keeps an attack an attack; so does a weapon in it.
ATTACKS_KEPT = [
    "Four policemen were killed when a bomb exploded under their patrol car in Mosul.",
    "Three soldiers were killed when militants ambushed their convoy near Kidal.",
    "Six shoppers were killed when a grenade went off in the market of Bunia.",
]


@pytest.mark.parametrize("text", ATTACKS_KEPT, ids=[t[:40] for t in ATTACKS_KEPT])
def test_attacks_with_a_clause_stay_attacks(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert any(e.type == "ASSAULT" for e in analysis.events), _types(analysis)


# (sentence, type, source, target): the participle with its agent is a passive; the noun of a phrase
# is the victim where the phrase says so ("beat a protester").
ROLES = [
    ("Aid convoys were blocked for a week; the prisoners freed by the rebels reached Goma on Friday.",
     "RETREAT", "rebels", None),
    ("Armenian villages shelled by Azerbaijani artillery lie close to the border.", "ASSAULT", "Azerbaijani",
     "Armenian"),
    ("Dozens of students detained by Iranian police were released on bail.", "COERCE", "Iranian", "students"),
    ("Riot police beat a Bolivian student outside the parliament.", "ASSAULT", "police", "Bolivian"),
    ("Soldiers clubbed several Guinean protesters near the stadium.", "ASSAULT", "Soldiers", "Guinean"),
    ("Two journalists were beaten by Belarusian police in Minsk.", "ASSAULT", "Belarusian", "journalists"),
    ("A Kashmiri teenager was wounded in a grenade attack on Friday.", "ASSAULT", None, "Kashmiri"),
    ("Three Iraqi soldiers were injured in a rocket attack near Erbil.", "ASSAULT", None, "Iraqi"),
    ("Two Kurdish shepherds were hurt in an air strike near the village.", "ASSAULT", None, "Kurdish"),
    ("Thousands of Kenyan teachers took part in a march through Nairobi.", "PROTEST", "Kenyan", None),
    ("Chilean students participated in a rally outside the ministry.", "PROTEST", "Chilean", None),
    ("The Kurdish fighters engaged in fierce clashes with Turkish troops.", "ASSAULT", "Kurdish", "Turkish"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), ROLES, ids=[c[0][:40] for c in ROLES])
def test_roles(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


# A participle with no agent describes its noun; one that is no physical act describes it even with one.
DESCRIPTIONS = [
    ("Police displayed the rifles seized last month at a press conference.", "COERCE"),
    ("The militia backed by Rwanda holds the hills above the town.", "SUPPORT"),
    ("A lunch hosted by the Omani envoy closed the visit.", "CONSULT"),
    ("A man accused of theft was found dead in his cell.", "ACCUSE"),
    ("The rebels said the press release by the army was a lie.", "RETREAT"),
    ("The senator promised to release his taxes before the convention.", "RETREAT"),
    ("The mayor released her tax returns on Friday.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), DESCRIPTIONS, ids=[c[0][:40] for c in DESCRIPTIONS])
def test_descriptions_are_no_events(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert not any(e.type == etype for e in analysis.events), _types(analysis)


# An event noun told happening is an event of its own, with no participant named.
OCCURRING = [
    ("Violent protests erupted in several cities on Tuesday.", "PROTEST"),
    ("Heavy fighting broke out near the airport overnight.", "ASSAULT"),
    ("Riots flared up again in the capital after the verdict.", "PROTEST"),
    ("Fresh clashes erupted along the ceasefire line on Sunday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), OCCURRING, ids=[c[0][:40] for c in OCCURRING])
def test_event_nouns_told_occurring(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events), _types(analysis)


# Not every verb of happening makes its noun an event: "the talks broke down" is no fighting, and a
# noun with nothing physical ("the debate erupted") stays out.
NOT_OCCURRING = [
    ("The talks broke down after two hours.", "ASSAULT"),
    ("A furious debate erupted in parliament over the budget.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_OCCURRING, ids=[c[0][:40] for c in NOT_OCCURRING])
def test_not_every_happening_is_an_event(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert not any(e.type == etype for e in analysis.events), _types(analysis)


# Territory regained or forces driven back: told with recover, free, reclaim, push back, drive out.
TERRITORY = [
    ("Government troops recovered three villages from the rebels on Monday.", "COERCE"),
    ("The army freed two towns from the militants after a week of fighting.", "COERCE"),
    ("Kurdish forces reclaimed the district from the jihadists.", "COERCE"),
    ("The army pushed the militants back from the outskirts of the city.", "ASSAULT"),
    ("Government forces drove the rebels out of the mining town.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), TERRITORY, ids=[c[0][:40] for c in TERRITORY])
def test_territory(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events), _types(analysis)


def test_push_back_a_date_is_no_assault(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The electoral commission pushed back the vote to March.")
    assert not any(e.type == "ASSAULT" for e in analysis.events), _types(analysis)


def test_forces_mobilized_against_a_neighbour_still_mobilize(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Armenia mobilized its reserves along the border with Azerbaijan.")
    assert any(e.type == "MOBILIZE" for e in analysis.events), _types(analysis)


# A preposition that only dates the verb is no participant: "demanded on Tuesday that Chile ..." is
# aimed at Chile, not at Tuesday.
DATED = [
    ("Peru on Tuesday demanded that Chile withdraw its ambassador.", "REQUEST", "Peru", "Chile"),
    ("Kenya demanded on Friday that Somalia release the fishermen.", "REQUEST", "Kenya", "Somalia"),
    ("On Monday Bolivia urged Brazil to reopen the border.", "REQUEST", "Bolivia", "Brazil"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), DATED, ids=[c[0][:40] for c in DATED])
def test_a_date_is_no_target(analyze: Callable[..., Analysis], text: str, etype: str, source: str,
                             target: str) -> None:
    analysis = analyze(text)
    got = [(e.type, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got
    assert not any(_names(analysis, e.target) & {"tuesday", "friday", "monday"} for e in analysis.events), got


# The attack told by its noun takes the toll's victims as its target.
NOUN_TOLL = [
    ("A suicide bombing near Kirkuk killed three Iraqi policemen on Sunday.", "Iraqi"),
    ("An Israeli air strike killed four Palestinian fighters in Gaza.", "Palestinian"),
    ("The rebel ambush wounded six Malian soldiers near Gao.", "Malian"),
]


@pytest.mark.parametrize(("text", "target"), NOUN_TOLL, ids=[c[0][:40] for c in NOUN_TOLL])
def test_the_toll_is_the_target_of_the_noun(analyze: Callable[..., Analysis], text: str, target: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.evidence.text, _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == "ASSAULT" and _has(analysis, e.target, target) for e in analysis.events), got


# One act told with its toll is one event, however the toll is told.
ONE_ATTACK = [
    "Gunmen attacked a police post in Zamfara, killing seven officers.",
    "A car bomb killed nine soldiers and wounded twelve others in Mogadishu.",
    "Fighter jets killed 30 villagers in an attack on a market in Darfur.",
    "Militants stormed a hotel in Bamako, killing four guests and wounding three.",
]


@pytest.mark.parametrize("text", ONE_ATTACK, ids=[t[:40] for t in ONE_ATTACK])
def test_one_attack_with_its_toll(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert len({e.evidence.start for e in attacks}) == 1, _types(analysis)


# Harm done by protesters is a riot (the PLOVER manual's PROTEST riot); harm done to them stays an assault.
RIOTS = [
    ("Demonstrators hurled stones at riot police in Tunis.", "PROTEST"),
    ("Protesters clashed with security forces outside the parliament in Nairobi.", "PROTEST"),
    ("Rioters torched two police stations in the port city.", "PROTEST"),
    ("Soldiers shot three protesters in the capital on Sunday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), RIOTS, ids=[c[0][:40] for c in RIOTS])
def test_riots(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events), _types(analysis)
    if etype == "PROTEST":
        assert not any(e.type == "ASSAULT" for e in analysis.events), _types(analysis)
        assert any(e.mode == "riot" for e in analysis.events), _types(analysis)


# Weapons found, captured or made safe are a seizure (COERCE), not an attack; bases and barracks set up
# are deployments; protesters gathering protest.
PHRASINGS = [
    ("Police found a cache of rifles and grenades in a farmhouse near Kandahar.", "COERCE"),
    ("Dozens of pistols and thousands of bullets were captured at the border crossing.", "COERCE"),
    ("Army engineers destroyed a roadside bomb planted on the highway.", "COERCE"),
    ("Sappers defused three landmines near the bridge.", "COERCE"),
    ("The Russian army has built new barracks near the border with Finland.", "MOBILIZE"),
    ("Turkish troops set up a new base in northern Iraq.", "MOBILIZE"),
    ("Hundreds of demonstrators gathered outside the embassy in Lima.", "PROTEST"),
    ("Angry protesters assembled in front of the health ministry.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), PHRASINGS, ids=[c[0][:40] for c in PHRASINGS])
def test_phrasings(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events), _types(analysis)


NOT_PHRASINGS = [
    ("Fighter jets destroyed an arms depot near the border.", "COERCE"),  # an air strike on a depot
    ("Families gathered in the square to watch the fireworks.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_PHRASINGS, ids=[c[0][:40] for c in NOT_PHRASINGS])
def test_not_phrasings(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    assert not any(e.type == etype for e in analysis.events), _types(analysis)


# An act aimed only at one's own: an event for forces, people and attacks (a misread pronoun), none for
# words, wins or views of one's own.
OWN_SIDE = [
    ("Georgia withdrew its peacekeepers from the region on Monday.", "RETREAT", True),
    ("Serbia urged its citizens to leave the province.", "REQUEST", True),
    ("The senator offered his assessment of the budget talks.", "AGREE", False),
    ("President Ruto defended his record on crime.", "SUPPORT", False),
    ("The challenger captured the primary in Ohio, his second win of the night.", "ASSAULT", False),
]


@pytest.mark.parametrize(("text", "etype", "coded"), OWN_SIDE, ids=[c[0][:40] for c in OWN_SIDE])
def test_acts_on_ones_own(analyze: Callable[..., Analysis], text: str, etype: str, coded: bool) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events) is coded, _types(analysis)


# Inquiries told by "a hearing into", bans flouted, agencies forced out.
MORE = [
    ("The supreme court opened a hearing into the deaths of three Kenyan detainees.", "ACCUSE", True),
    ("Parliament began an inquiry into the arms sales to Yemen.", "ACCUSE", True),
    ("The committee's hearing on Tuesday ran late.", "ACCUSE", False),
    ("Thousands of Armenians flouted a curfew imposed by the army.", "REJECT", True),
    ("Zimbabwean opposition activists ignored a court order to stop the march.", "REJECT", True),
    ("Khartoum forced the Norwegian aid agency out of the country.", "SANCTION", True),
]


@pytest.mark.parametrize(("text", "etype", "coded"), MORE, ids=[c[0][:40] for c in MORE])
def test_more_phrasings(analyze: Callable[..., Analysis], text: str, etype: str, coded: bool) -> None:
    analysis = analyze(text)
    assert any(e.type == etype for e in analysis.events) is coded, _types(analysis)

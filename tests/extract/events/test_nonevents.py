"""Acts a sentence names without telling that anyone did them (issue 15, h-events18): prevented or avoided acts,
shared opinions, capabilities, tolls told with nouns, personal and campaign donations, sought inquiries, market
language, stances held, pledges that are none; with the other senses and refusals of the same round (seizing an
opportunity, killing a bill, releasing an ad, hosting a debate, "as demonstrated by", reluctance, bills that propose).
Sentences written for these tests, made-up names."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2022-05-04"

# (text, type): no event of that type is told.
NOT_DONE = [
    # prevented or avoided
    ("The draft law would bar the prime minister from lifting any sanctions on Varnia.", "RETREAT"),
    ("The treaty keeps both navies from firing on fishing boats in the strait.", "ASSAULT"),
    ("The compromise lets Okafor avoid Tory criticism that he is soft on Varnia.", "ACCUSE"),
    # a shared opinion
    ("Most Canadians agree that the chancellor should not raise taxes alone.", "AGREE"),
    ("Many exporters agree that Varnia has long exploited its neighbours.", "AGREE"),
    # a capability
    ("Norway has a navy able to strike targets by firing cruise missiles from frigates.", "MOBILIZE"),
    ("The brigade, capable of shelling the border towns, stayed in its barracks.", "ASSAULT"),
    # a toll told with nouns
    ("The militia, which has lost 3,000 dead and wounded in the south, wants a truce.", "ASSAULT"),
    # money given by people, or for travel and campaigns
    ("Tomas Brennock, who runs a bakery in Leeds and donated $3,100 to Senator Marla Quint, declined to talk.", "AID"),
    ("The foundation quietly funded more than 90 foreign trips for members of parliament.", "AID"),
    ("The foundation quietly funded more than 90 foreign trips for members of parliament.", "CONSULT"),
    ("The charity might have funnelled large sums in illegal gifts to the campaigns of city councillors.", "AID"),
    # sought inquiries
    ("Okafor dismissed the request to investigate the Varnian shipping firm.", "ACCUSE"),
    ("Aides believed Lutvia needed to investigate the Varnian shipping firm.", "ACCUSE"),
    # market language
    ("Lutvia's main index declined 1.2% on Tuesday.", "REJECT"),
    ("Small investors in Ostrava have welcomed the merger.", "SUPPORT"),
    ("While the dollar was supported by recent U.S. data, stocks fell.", "SUPPORT"),
    ("A florist registered at the same street number gave $4,000 to Forward Fund in 2014.", "AID"),
    # stances held, not voiced
    ("Macron's support for pension reform has not hurt him with voters.", "SUPPORT"),
    ("Macron's aversion to foreign wars runs deeper than his opposition to the campaign in Mali.", "ACCUSE"),
    # no pledge, no question asked of anyone
    ("Okafor's reluctance to commit Lutvia to distant wars is well known.", "AGREE"),
    ("Police detained 40 suspects on charges of committing various crimes.", "AGREE"),
    ("The union does not ask members their salaries, Smith said.", "REQUEST"),
    # a summons
    ("The two senators sued the police chief over their invitation by the Lagos Police.", "AGREE"),
    # nobody in particular, a policy backed, a course argued for
    ("A serious opposition would demand more clarity from the cabinet on Varnia.", "REQUEST"),
    ("The law makes sure that no governor could lift the sanctions alone.", "RETREAT"),
    ("Macron called the war an error, though he backs leaving the soldiers where they are for now.", "SUPPORT"),
    ("Scholz advocated for a speedy Mali withdrawal.", "RETREAT"),
    # history named by its year
    ("Aid plans stalled after the 2009 terrorist attack on the embassy.", "ASSAULT"),
    # other senses
    ("The opposition is seizing the chance to embarrass the cabinet.", "COERCE"),
    ("Forty senators would be enough to kill the bill.", "ASSAULT"),
    ("The campaign released a new radio ad on Monday.", "RETREAT"),
    ("Wynn Resorts hosted the latest debate among Conservative candidates.", "CONSULT"),
    ("Governor Marla Quint attended the ribbon cutting for the new library.", "CONSULT"),
    ("Lutvia is wary of him, as demonstrated by his abrupt exit from the summit.", "PROTEST"),
    ("The plague has killed millions of people over the centuries.", "ASSAULT"),
    ("The health agency said it had conducted epidemiological investigations on the passengers.", "ACCUSE"),
]

# (text, type, source or None, target or None): still coded, with its participants.
STILL_DONE = [
    ("Police beat two protesters outside the court after stopping them from entering.", "ASSAULT", "Police", None),
    ("The air strikes on the rebel camps left scores of fighters dead and wounded.", "ASSAULT", None, None),
    ("Lutvia and Ostrava agreed that the border crossing would reopen.", "AGREE", "Lutvia", "Ostrava"),
    ("Ostrava's navy fired cruise missiles at Varnian frigates on Tuesday.", "ASSAULT", "Ostrava", None),
    ("Rebels were able to free the hostages after a week.", "RETREAT", None, None),
    ("Japan donated $5 million to Varnia after the floods.", "AID", "Japan", "Varnia"),
    ("Germany urged Poland to investigate the Varnian shipping firm.", "REQUEST", "Germany", "Poland"),
    ("Ostrava expressed support for the Lutvian government.", "SUPPORT", "Ostrava", None),
    ("Lutvia voiced its opposition to the Varnian blockade.", "ACCUSE", "Lutvia", None),
    ("Germany committed $40 million to the relief fund.", "AGREE", "Germany", None),
    ("Thousands demonstrated outside the Varnian embassy in Ostrava.", "PROTEST", None, None),
    ("The rebels seized the airport and two army depots.", "COERCE", None, None),
    ("The ailing couple was quarantined by Lutvian health officials.", "COERCE", None, None),
    ("Varnia has balked at the terms of the deal.", "REJECT", "Varnia", None),
    ("A Russian warship could attack the convoy, the admiral warned.", "ASSAULT", None, None),
    ("Qatar offered to help Israel and Hamas reach a truce.", "AGREE", "Qatar", "Israel"),
    ("Police were attacked on Monday by a mob in the capital.", "ASSAULT", None, None),
    ("Kenya accepted an invitation by Ethiopia to attend the summit.", "AGREE", "Kenya", "Ethiopia"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_DONE, ids=[f"{c[1]}:{c[0][:40]}" for c in NOT_DONE])
def test_not_done(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype", "source", "target"), STILL_DONE,
                         ids=[f"{c[1]}:{c[0][:40]}" for c in STILL_DONE])
def test_still_done(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
                    target: str | None) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype and _has(got, e.source, source) and _has(got, e.target, target)
            ], [(e.type, e.source, e.target, e.evidence.text) for e in got.events]


def test_reluctance_is_a_refusal(analyze: Callable[..., Analysis]) -> None:
    """ "have been reluctant to commit to a summit": a refusal (REJECT), no agreement."""
    got = analyze("The Varnians have been reluctant to commit to a summit until the tariffs are cut.", PUBLISHED)
    types = {e.type for e in got.events}
    assert "REJECT" in types and "AGREE" not in types, [(e.type, e.evidence.text) for e in got.events]


def test_a_bill_proposes(analyze: Callable[..., Analysis]) -> None:
    """ "introducing a bill to impose sanctions": sanctions proposed, not imposed."""
    got = analyze("Senator Quint tabled a bill on Tuesday that would impose sanctions on Varnia.", PUBLISHED)
    sanctions = [e for e in got.events if e.type == "SANCTION"]
    assert sanctions and all(e.modality != "actual" for e in sanctions), [(e.type, e.modality) for e in got.events]


def test_a_march_led_to_protest_is_one_protest(analyze: Callable[..., Analysis]) -> None:
    """ "led a protest march ... to protest against the result": the march, told as done, is the protest."""
    got = analyze("The three senators led a protest march to the election office on Friday to protest against the"
                  " result.", PUBLISHED)
    protests = [e for e in got.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].modality == "actual", [(e.type, e.modality) for e in got.events]


@pytest.mark.parametrize("text", [
    "The party released a radio ad attacking Governor Marla Quint.",
    "Aides said the bishop was not personally attacking Governor Marla Quint.",
])
def test_attacks_in_words(analyze: Callable[..., Analysis], text: str) -> None:
    """An attack made by an ad, or told "personally", is criticism (ACCUSE), not an assault."""
    got = analyze(text, PUBLISHED)
    types = {e.type for e in got.events}
    assert "ACCUSE" in types and "ASSAULT" not in types, [(e.type, e.evidence.text) for e in got.events]


def test_a_city_before_an_attack_is_the_place_struck(analyze: Callable[..., Analysis]) -> None:
    """ "the Brussels bombings": the city is where the attack struck, not who attacked; a country's name still acts."""
    got = analyze("After the Brussels terrorist attacks, voters worried about security.", PUBLISHED)
    attacks = [e for e in got.events if e.type == "ASSAULT"]
    assert attacks and all(not _has(got, e.source, "Brussels") for e in attacks), [
        (e.source, e.target) for e in attacks]
    got = analyze("U.S. airstrikes killed ten militants near the border.", PUBLISHED)
    assert [e for e in got.events if e.type == "ASSAULT" and _has(got, e.source, "U.S.")]


def test_a_deal_named_after_a_country_is_not_that_country(analyze: Callable[..., Analysis]) -> None:
    """ "opposed the Cuba deal" accuses no one of Cuba; "condemned Russia's invasion" does accuse Russia."""
    got = analyze("Chile opposed the Cuba deal.", PUBLISHED)
    assert not [e for e in got.events if e.target is not None and _has(got, e.target, "Cuba")], [
        (e.type, e.source, e.target) for e in got.events]
    got = analyze("Poland condemned Russia's invasion of Ukraine.", PUBLISHED)
    assert [e for e in got.events if e.type == "ACCUSE" and _has(got, e.target, "Russia")]


def test_a_meeting_not_arranged_did_not_take_place(analyze: Callable[..., Analysis]) -> None:
    """ "were unable to reschedule a meeting between A and B": the meeting is negated."""
    got = analyze("Aides were unable to reschedule a meeting between Macron and Scholz.", PUBLISHED)
    meetings = [e for e in got.events if e.type == "CONSULT"]
    assert meetings and all(e.polarity == "negated" for e in meetings), [(e.type, e.polarity) for e in got.events]


@pytest.mark.parametrize(("text", "coded"), [
    ("The envoy thanked the Arab League for its support.", True),
    ("Kiev won the support of Poland last week.", True),
    ("The treaty will receive wide support in the assembly, Smith said.", False),
    ("Macron is trying to build support for his pension plan.", False),
])
def test_support_shown_or_only_sought(analyze: Callable[..., Analysis], text: str, coded: bool) -> None:
    """Support is an act where it is voiced, thanked for or won; built, foretold or held it is a stance."""
    got = analyze(text, PUBLISHED)
    nouns = [e for e in got.events if e.type == "SUPPORT" and "support" in e.evidence.text.lower()]
    assert bool(nouns) == coded, [(e.type, e.evidence.text) for e in got.events]

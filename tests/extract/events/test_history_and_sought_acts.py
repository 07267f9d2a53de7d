"""Events an analyst would sign on unseen news (issue 15, h-events16): history recalled more than a year before
the publication is not coded; an inquiry only sought is no inquiry; "should be done to X" and "should work
together" ask nothing of another; the doer of a gerund is its possessor; praise of "the efforts by X" is aimed at
X; "the Russian leader" is the Russian president named before. Sentences written for these tests, made-up names."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.config import Settings
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import has as _has

PUBLISHED = "2021-03-10"

# (text, type): history told as such, more than a year before 2021-03-10, by the clause or one it hangs from.
HISTORY = [
    ("In 2012, Ortega accused Costa Rica of smuggling arms.", "ACCUSE"),
    ("Back in 2009 the Danish navy attacked a pirate skiff off Somalia.", "ASSAULT"),
    ("Okafor surprised the press, as he did three years ago by expelling two Ghanaian diplomats.", "SANCTION"),
    ("In March 2017, Lima and Quito signed a border treaty and praised the mediators.", "SUPPORT"),
]

# (text, type): the same acts told as news, or dated by a phrase that is not the clause's own time.
NEWS = [
    ("On Monday, Ortega accused Costa Rica of smuggling arms.", "ACCUSE"),
    ("Last year the Danish navy attacked a pirate skiff off Somalia.", "ASSAULT"),
    ("Rui Tavares, Portugal's envoy to Chile from 2004 to 2011, accused Santiago of spying on Sunday.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "etype"), HISTORY, ids=[c[0][:40] for c in HISTORY])
def test_history_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize(("text", "etype"), NEWS, ids=[c[0][:40] for c in NEWS])
def test_news_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == etype], [(e.type, e.evidence.text) for e in got.events]


def test_a_publication_time_dates_like_its_day(settings: Settings) -> None:
    """Feeds and web archives give a publication time (a datetime), not a day: history is judged from its day."""
    text = HISTORY[0][0]
    at_noon = analyze_text(text, dt.datetime(2021, 3, 10, 12, 30, tzinfo=dt.UTC), settings)
    assert not [e for e in at_noon.events if e.type == "ACCUSE"], [(e.type, e.evidence.text) for e in at_noon.events]
    news = analyze_text(NEWS[0][0], dt.datetime(2021, 3, 10, 12, 30), settings)
    assert [e for e in news.events if e.type == "ACCUSE"]


def test_history_needs_a_publication_date(analyze: Callable[..., Analysis]) -> None:
    got = analyze("In 2012, Ortega accused Costa Rica of smuggling arms.", None)
    assert [e for e in got.events if e.type == "ACCUSE"]


# An inquiry only wanted or sought is none; one opened is.
SOUGHT = [
    "The aide is tied more closely than anyone to the governor's efforts to get Bolivia to investigate Marta Quispe.",
    "Leaked emails showed talks about a need for Paraguay to open an inquiry into Delta Cargo.",
    "Critics said it was time for Norway to launch a probe into the shipping firm Fjordline.",
]
OPENED = [
    "Bolivia opened an investigation into Marta Quispe on Friday.",
    "Paraguay launched an inquiry into Delta Cargo last week.",
    "The African Union sent 30 experts to Chad on Monday to investigate the killings in the east.",
]


@pytest.mark.parametrize("text", SOUGHT, ids=[t[:40] for t in SOUGHT])
def test_sought_inquiry_not_coded(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.mode == "investigate"], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize("text", OPENED, ids=[t[:40] for t in OPENED])
def test_opened_inquiry_coded(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.mode == "investigate" and e.modality in ("actual", "intention")]


# Said with "should"/"must", what is to be done TO the subject, or done together, is no demand on anyone.
NO_DEMAND = [
    "Moreno told the governors that Ecuador should be run by people who keep their word.",
    "Halvorsen said the two kingdoms should be trading happily together for years.",
    "The premier said both nations must work jointly on the pipeline.",
]
DEMAND = [
    "Moreno told the governors that Colombia should close its border crossings.",
    "Halvorsen said Sweden must return the seized trawler.",
]


@pytest.mark.parametrize("text", NO_DEMAND, ids=[t[:40] for t in NO_DEMAND])
def test_no_demand(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == "REQUEST"], [(e.type, e.evidence.text) for e in got.events]


@pytest.mark.parametrize("text", DEMAND, ids=[t[:40] for t in DEMAND])
def test_demand(analyze: Callable[..., Analysis], text: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type == "REQUEST"]


# (text, type, source, target): the doer of a gerund its possessor; praise of an act aimed at its doer.
ROLES = [
    ("Ortega complained loudly about Brazil's backing the rebels in the north.", "SUPPORT", "Brazil", "rebels"),
    ("The senator condemned the decision by Ankara to close the border.", "ACCUSE", "senator", "Ankara"),
    ("Halvorsen praised efforts by Foreign Minister Ines Castro to free the hostages.", "SUPPORT", "Halvorsen",
     "Castro"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), ROLES, ids=[c[0][:40] for c in ROLES])
def test_roles(analyze: Callable[..., Analysis], text: str, etype: str, source: str, target: str) -> None:
    got = analyze(text, PUBLISHED)
    assert any(e.type == etype and _has(got, e.source, source) and _has(got, e.target, target) and e.target
               for e in got.events), [(e.type, e.source, e.target, e.evidence.text) for e in got.events]


# "the Ruritanian leader" is the one head of state or government of that country named before, and a "he" after it
# is that person too; with two such people named, or another country's word, it stays open.
LEADER = [
    ("President Anton Varga of Hungary opened the forum. Varga joked with reporters about the weather.\n\n"
     "The Hungarian leader was in a good mood. Later in the day he praised the efforts of Chancellor Ida Brandt "
     "to end the strike.", "Varga"),
    ("Prime Minister Kofi Mensah of Ghana spoke first. Mensah thanked the hosts.\n\nGhana's leader was calm. "
     "In the evening he condemned the coup in Bamako.", "Mensah"),
]


@pytest.mark.parametrize(("text", "source"), LEADER, ids=[c[1] for c in LEADER])
def test_leader_refers_back(analyze: Callable[..., Analysis], text: str, source: str) -> None:
    got = analyze(text, PUBLISHED)
    assert [e for e in got.events if e.type in ("SUPPORT", "ACCUSE") and _has(got, e.source, source)], \
        [(e.type, e.source, e.target, e.evidence.text) for e in got.events]


def test_leader_of_another_country_stays_open(analyze: Callable[..., Analysis]) -> None:
    text = ("President Anton Varga of Hungary opened the forum. Varga joked with reporters.\n\n"
            "The Slovak leader was in a good mood.")
    got = analyze(text, PUBLISHED)
    varga = next(e for e in got.entities if e.name.endswith("Varga"))
    assert not any(m.text.endswith("leader") for m in varga.mentions)


# A party's attacks are words, aimed at whoever deflects, weathers or faces them.
PARTY_ATTACKS = [
    ("Colonel Tom Becker told lawmakers it was his duty, as he deflected Republican attacks on his loyalty.",
     "Republican", "Becker"),
    ("The minister Anna Kowalczyk weathered Labour attacks over the budget.", "Labour", "Kowalczyk"),
]


@pytest.mark.parametrize(("text", "source", "target"), PARTY_ATTACKS, ids=[c[1] for c in PARTY_ATTACKS])
def test_party_attacks_are_criticism(analyze: Callable[..., Analysis], text: str, source: str, target: str) -> None:
    got = analyze(text, PUBLISHED)
    assert not [e for e in got.events if e.type == "ASSAULT"]
    assert any(e.type == "ACCUSE" and _has(got, e.source, source) and e.target and _has(got, e.target, target)
               for e in got.events), [(e.type, e.source, e.target) for e in got.events]


def test_armed_attacks_stay_attacks(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Rebels repelled army attacks on the town with rockets and machine guns.", PUBLISHED)
    assert not [e for e in got.events if e.type == "ACCUSE"]


# (text, type, source): a side's own forces move with it, never as its target; the one railed at "for" an act did it.
FORCES_AND_BLAME = [
    ("Critics said French troops should be withdrawn from the Sahel.", "RETREAT", "French"),
    ("Hungary withdrew its soldiers from the border on Monday.", "RETREAT", "Hungary"),
    ("The minister railed against Chad for shelling the border town.", "ASSAULT", "Chad"),
    ("Halvorsen lashed out at Sweden for having seized a Norwegian trawler.", "COERCE", "Sweden"),
]
_FORCES = {"troops", "soldiers", "its soldiers"}


@pytest.mark.parametrize(("text", "etype", "source"), FORCES_AND_BLAME, ids=[c[0][:40] for c in FORCES_AND_BLAME])
def test_forces_and_blame(analyze: Callable[..., Analysis], text: str, etype: str, source: str) -> None:
    got = analyze(text, PUBLISHED)
    coded = [e for e in got.events if e.type == etype]
    assert any(e.source and _has(got, e.source, source) for e in coded), \
        [(e.type, e.source, e.target) for e in got.events]
    targets = {m.text.lower() for e in coded for ent in got.entities if ent.id == e.target for m in ent.mentions}
    assert not targets & _FORCES, targets


def test_released_soldiers_stay_the_target(analyze: Callable[..., Analysis]) -> None:
    got = analyze("The rebels released the soldiers on Monday.", PUBLISHED)
    assert any(e.type == "RETREAT" and e.target for e in got.events)


# "pressure on X" is pressing X (REQUEST), with whoever puts, steps up or holds it; pressure on a thing is none.
PRESSURE = [
    ("Brussels increased its pressure on Warsaw over the courts.", "Brussels", "Warsaw"),
    ("Canada stepped up pressure on Venezuela on Monday.", "Canada", "Venezuela"),
]


@pytest.mark.parametrize(("text", "source", "target"), PRESSURE, ids=[c[1] for c in PRESSURE])
def test_pressure_on_someone(analyze: Callable[..., Analysis], text: str, source: str, target: str) -> None:
    got = analyze(text, PUBLISHED)
    assert any(e.type == "REQUEST" and _has(got, e.source, source) and e.target and _has(got, e.target, target)
               for e in got.events), [(e.type, e.source, e.target) for e in got.events]


def test_pressure_on_a_thing(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Pressure on the peso grew after the figures came out.", PUBLISHED)
    assert not [e for e in got.events if e.type == "REQUEST"]


# A noun's own modifier puts its act ahead or leaves it open; without one the act is told as done.
NOMINAL_AHEAD = [
    ("For years analysts forecast an impending Russian withdrawal from the enclave.", "RETREAT", "future"),
    ("The newspaper reported a planned French withdrawal from Mali.", "RETREAT", "future"),
]


@pytest.mark.parametrize(("text", "etype", "modality"), NOMINAL_AHEAD, ids=[c[0][:40] for c in NOMINAL_AHEAD])
def test_nominal_ahead(analyze: Callable[..., Analysis], text: str, etype: str, modality: str) -> None:
    got = analyze(text, PUBLISHED)
    coded = [e for e in got.events if e.type == etype]
    assert coded and all(e.modality == modality for e in coded), [(e.type, e.modality) for e in got.events]


def test_nominal_done(analyze: Callable[..., Analysis]) -> None:
    got = analyze("The Russian withdrawal from the enclave angered its allies.", PUBLISHED)
    assert [e for e in got.events if e.type == "RETREAT" and e.modality == "actual"]


# Lobbying someone to act is a request of them; the act asked for is theirs, not the lobbyist's.
def test_lobbying_is_a_request(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Chile has been lobbying Peru and Bolivia to drop the case at the court.", PUBLISHED)
    assert any(e.type == "REQUEST" and _has(got, e.source, "Chile") and e.target and _has(got, e.target, "Peru")
               for e in got.events), [(e.type, e.source, e.target) for e in got.events]


def test_asked_act_is_the_objects(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norway has been lobbying Denmark to back the treaty on fishing rights.", PUBLISHED)
    assert not [e for e in got.events if e.type == "SUPPORT" and _has(got, e.source, "Norway") and e.source]


# What one faces, draws or wins "from" someone comes from them.
@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Seoul faces a growing threat from North Korea.", "THREATEN", "North Korea", "Seoul"),
    ("Lithuania drew sharp criticism from Belarus over the border fence.", "ACCUSE", "Belarus", "Lithuania"),
])
def test_from_whom(analyze: Callable[..., Analysis], text: str, etype: str, source: str, target: str) -> None:
    got = analyze(text, PUBLISHED)
    assert any(e.type == etype and e.source and _has(got, e.source, source) and e.target
               and _has(got, e.target, target) for e in got.events), [(e.type, e.source, e.target) for e in got.events]


def test_he_met_him(analyze: Callable[..., Analysis]) -> None:
    """"he had one meeting with him": the gerund the parser makes the object of "had" is his, and "him" is not he."""
    text = ("Former envoy Tomas Lindqvist testified on Tuesday. Lindqvist said talking with Karl Obermeyer was part "
            "of the job, and he had one private meeting with him.")
    got = analyze(text, PUBLISHED)
    assert any(e.type == "CONSULT" and e.source and _has(got, e.source, "Lindqvist") and e.target
               and _has(got, e.target, "Obermeyer") for e in got.events), \
        [(e.type, e.source, e.target, e.evidence.text) for e in got.events]

"""The "counts" cause frames (extract/claims/causes.py): a cause class named in a speaker's words about an incident
(tampering, wear and decay, a mishap, natural forces), and two agents of one act of contact ("rammed" against
"steered into the path of"). Texts written for these tests (invented companies, people and incidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts
from claim_views import causes as _causes


@pytest.mark.parametrize(("text", "predicate"), [
    ("A bridge collapsed on the Ruvu road on Monday. \"The girders were badly corroded,\" said Amina Saidi, a "
     "spokeswoman for the Coastal Roads Authority.", "wear and decay"),
    ("A blaze gutted the Mombasa market overnight. \"Someone set it deliberately,\" said Hassan Ali, chairman of "
     "the Mombasa Traders Association.", "tampering"),
    ("The grain silo exploded on Friday. \"Lightning hit the roof,\" said Tom Baraka, a spokesman for Rift Valley "
     "Grain.", "natural"),
    ("Fire swept through the hostel. \"It started because somebody left a cigarette burning,\" said Joyce Njeri, "
     "a spokeswoman for the Nairobi Fire Brigade.", "mishap"),
])
def test_cause_cue_claim(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    """The class named (the two natural classes, of the cue frame and of the older cause words, are one group)."""
    got = _causes(analyze(text))
    if predicate == "natural":
        assert {("natural forces", "asserted"), ("natural cause", "asserted")} & set(got)
    else:
        assert (predicate, "asserted") in got


def test_a_weak_word_needs_a_connective(analyze: Callable[..., Analysis]) -> None:
    """ "the weather" names a cause only where the sentence links it to the incident."""
    who = " said Musa Juma, a spokesman for the Lake Tanganyika Ferry Company."
    plain = analyze("A ferry sank off Kigoma on Tuesday. \"The weather was fine all day,\"" + who)
    linked = analyze("A ferry sank off Kigoma on Tuesday. \"It sank because of the weather,\"" + who)
    assert not [p for p, _ in _causes(plain) if p in ("natural forces", "natural cause")]
    assert [p for p, _ in _causes(linked) if p in ("natural forces", "natural cause")]


def test_no_incident_no_cause(analyze: Callable[..., Analysis]) -> None:
    said = ("\"The old town hall is rotten and its paint is peeling,\" said Amina Saidi, chairwoman of the Tanga "
            "Heritage Trust.")
    assert _causes(analyze(said)) == []
    assert ("wear and decay", "asserted") in _causes(analyze("Part of the old town hall collapsed on Monday. " + said))


def test_a_side_nobody_can_place_claims_no_cause(analyze: Callable[..., Analysis]) -> None:
    """A speaker of no known country who speaks for no one the text names (:mod:`extract.claims.sides`)."""
    text = "Part of the old town hall collapsed on Monday. \"It was rotten,\" said a passer-by, Amina Saidi."
    assert _causes(analyze(text)) == []


DISAGREE = [
    # deliberate against neglect
    "A freight train derailed near Tororo on Sunday. \"Saboteurs had loosened the bolts on that bend,\" said Paul "
    "Okello, a spokesman for the Lakeside Rail Company. \"The sleepers on that bend were rotten,\" said Grace Auma, "
    "chairwoman of the Tororo Trackworkers' Association.",
    # nature against a careless act
    "A fire destroyed the Kisumu grain depot overnight. \"It was struck by lightning,\" said Peter Mboya, "
    "chairman of the Lakeside Grain Cooperative. The fire began with a discarded cigarette near the loading bay, "
    "said Ruth Wekesa, a spokeswoman for the Kisumu Fire Brigade.",
    # worn equipment against a careless act
    "The wildfire near Varna burned for three days. \"A sagging cable touched the trees,\" said Ivan Petrov, a "
    "spokesman for the Varna Forest Guard. \"Farmers clearing stubble with a bonfire probably started it,\" "
    "said Elena Dimova, a spokeswoman for the Black Sea Power Company.",
    # a maintenance fault against a bird strike
    "Flight 212 returned to Quito after its left engine failed. \"A fuel line was badly fitted during "
    "maintenance,\" said Luis Mora, chairman of the Andean Air Safety Board. \"The damage points to the "
    "ingestion of a bird,\" said Rosa Vidal, a spokeswoman for Condor Airways.",
    # contact: rammed against steered into the path
    "A Vietnamese fishing boat and a Chinese coast guard ship collided near the Paracel Islands. \"The Chinese "
    "ship rammed it twice,\" Vietnam's foreign ministry said. \"The Vietnamese boat steered into the path of the "
    "Chinese ship,\" China's coast guard said.",
    # contact: swerved into the path against rammed
    "A Turkish trawler and a Greek patrol boat collided off Lesbos. \"The Turkish trawler swerved into the path of "
    "our patrol boat,\" Greece's coast guard said. \"The Greek patrol boat rammed our trawler,\" said Ahmet Kaya, a "
    "spokesman for the Turkish Coast Guard Command.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_two_causes_of_one_incident_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_cause_conflicts(analysis)) == 1, [c.to_dict() for c in analysis.claims]


AGREE = [
    # two words of one deliberate act
    "A freight train derailed near Tororo on Sunday. \"Saboteurs had loosened the bolts on that bend,\" said Paul "
    "Okello, a spokesman for the Lakeside Rail Company. \"Someone tampered with the track,\" said Grace Auma, "
    "chairwoman of the Tororo Trackworkers' Association.",
    # a theory named, not claimed
    "A freight train derailed near Tororo on Sunday. \"The sleepers on that bend were rotten,\" said Grace Auma, "
    "chairwoman of the Tororo Trackworkers' Association. \"We have heard the sabotage theory and we are looking at "
    "every possibility,\" said Paul Okello, a spokesman for the Lakeside Rail Company.",
    # one agent of the contact, twice
    "A Vietnamese fishing boat and a Chinese coast guard ship collided near the Paracel Islands. \"The Chinese "
    "ship rammed it twice,\" Vietnam's foreign ministry said. \"The Chinese ship rammed the fishing boat,\" said "
    "Maria Santos of the Maritime Watch Institute, who saw it from a nearby vessel.",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_agreeing_causes_do_not_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert _cause_conflicts(analysis) == []
    assert _causes(analysis)  # the frames read the causes, and find no dispute


@pytest.mark.parametrize(("text", "full"), [
    ("Greece's fire service said a sagging cable belonging to the distributor, Attica Grid Networks, touched a pine "
     "tree. Attica Grid said the fire began with rubbish being burned in a ravine.", "Attica Grid Networks"),
    ("The Aegean Meridian Shipping tanker was held at Massawa. Aegean Meridian said the crew was unharmed.",
     "Aegean Meridian Shipping"),
    ("Villagers blamed the Song Lam Paper mill for the dead fish. Song Lam said its effluent was treated.",
     "Song Lam Paper"),
])
def test_a_business_named_without_its_trade_word_is_one_business(analyze: Callable[..., Analysis], text: str,
                                                                   full: str) -> None:
    """ "Attica Grid" after "Attica Grid Networks" (actors: the name without its last ``business_name_words``
    word), whatever the NER tagged the short form; a place never ("Saudi Arabian" of "Saudi Arabian Oil")."""
    analysis = analyze(text)
    named = [e for e in analysis.entities if e.name == full]
    short = " ".join(full.split()[:-1])
    assert named and any(m.text == short for m in named[0].mentions), [(e.name, e.type) for e in analysis.entities]


def test_a_place_is_never_a_business_short_form(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Saudi Arabian Oil said output rose. Saudi Arabian officials said the port was closed.")
    assert not any(e.name == "Saudi Arabian Oil" and any(m.text == "Saudi Arabian" for m in e.mentions)
                   for e in analysis.entities)

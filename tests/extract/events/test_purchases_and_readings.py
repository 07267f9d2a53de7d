"""Events an analyst would sign on real news (issue 15, stop 35): aircraft and firms bought from a named maker or
seller are economic cooperation; a visit framing a clause is the subject's, a pact described by the participle
that makes it ("the deal brokered by X with Y") the agent's, a fugitive "tracked down" an arrest, duties on "$5
billion worth of X goods" aimed at X; a comparison ("as opposed to"), a reception ("was met with suspicion"),
words or problems "deployed" or "attacked" figuratively, a habit told by an adverb of frequency and history set
"years ago" are no events; an event noun with "no" ("held no talks") is negated. Each CODED row: a sentence, the
type it must carry as an actual event, and a name its source and its target must carry (None: not checked);
each NOT_CODED row: a sentence and a type it must not carry."""

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
    # purchases with the maker named on the product, or the seller in a "from" phrase
    ("Qantas has purchased eight new long-haul Embraer jets.", "COOPERATE", "Qantas", "Embraer"),
    ("Lufthansa bought four airliners from Bombardier in May.", "COOPERATE", "Lufthansa", "Bombardier"),
    ("The Hungarian government bought back the carmaker from Kelmar Industries.", "COOPERATE", "Hungarian",
     "Kelmar"),
    # a visit framing the clause is made by the clause's subject, active or passive
    ("President Ruto said that on a trip to Ghana and Togo last week, he signed a trade pact.", "CONSULT", "Ruto",
     "Ghana"),
    ("On a visit to Peru in June, the Chilean foreign minister was asked about the border.", "CONSULT", "Chilean",
     "Peru"),
    # a pact described by the participle that makes it, with its agent
    ("Critics questioned the deal brokered last month by Chancellor Olaf Scholz of Germany with the Polish "
     "government.", "AGREE", "Scholz", "Polish"),
    ("The truce agreed by Ostra and Varnia in June has largely held.", "AGREE", "Ostra", "Varnia"),
    # fugitives tracked or hunted down: an arrest, not a threat
    ("The Belgian police tracked down the last fugitive suspect in Liege on Friday.", "COERCE", "Belgian", None),
    ("French commandos hunted down the gunmen near Lyon.", "COERCE", "French", None),
    # duties on an amount's "worth" of goods: aimed at whose goods they are
    ("Kenya imposed tariffs on $20 billion worth of Ugandan goods.", "SANCTION", "Kenya", "Ugandan"),
    # controls: the same verbs and constructions where they do tell an act
    ("Kenya deployed 400 troops along the border with Somalia.", "MOBILIZE", "Kenya", None),
    ("Two weeks ago, Washington imposed sanctions on Caracas.", "SANCTION", "Washington", "Caracas"),
    ("Rebels attacked an army convoy near Goma on Sunday.", "ASSAULT", "Rebels", None),
    ("The Ghanaian foreign minister met with officials from Togo on Friday.", "CONSULT", "Ghanaian", "Togo"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert any(e.type == etype and (e.polarity, e.modality) == ("asserted", "actual")
               and _has(analysis, e.source, source) and _has(analysis, e.target, target)
               for e in analysis.events), got


NOT_CODED = [
    # a purchase from no one named
    ("Qantas has purchased eight new jets for its Pacific routes.", "COOPERATE"),
    # a comparison
    ("Ostra would rather pass the budget in pieces, as opposed to a single omnibus law, its finance minister said.",
     "ACCUSE"),
    # a reception, no meeting
    ("When Beijing unveiled its port plan in Colombo, it was met with deep suspicion by Indian officials.", "CONSULT"),
    ("The Latvian offer was met with scorn by the Belarusian government.", "CONSULT"),
    # figurative: problems fought by policy, words and wit used
    ("In his second term the governor attacked factory emissions with a new tax.", "ASSAULT"),
    ("Opposition leaders attacked the deal reached in Doha as a sellout.", "ASSAULT"),
    # a description, no act of support
    ("A militia backed by Tehran shelled the town of Saada.", "SUPPORT"),
    ("At every stop the senator kept deploying her favourite slogan about jobs.", "MOBILIZE"),
    ("The Danish prime minister deployed his charm on the visiting Swedish delegates.", "MOBILIZE"),
    # a habit, told by an adverb of frequency with a simple present
    ("The senator routinely attacks reporters on social media.", "ASSAULT"),
    ("The Kenyan foreign minister often meets the Somali envoy in Nairobi.", "CONSULT"),
    # history set "years ago" with no number
    ("Years ago, Washington imposed sanctions on Caracas.", "SANCTION"),
    ("Many years ago, the Ugandan army invaded Rwanda.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.modality, _names(analysis, e.source), _names(analysis, e.target)) for e in analysis.events]
    assert not [e for e in analysis.events if e.type == etype], got


NEGATED = [
    ("The two governments held no talks on the fishing dispute in March.", "CONSULT"),
    ("Varnia imposed no sanctions on Ostra after the border raid.", "SANCTION"),
    ("The rival parties had no talks with the mediators last week.", "CONSULT"),
    ("No talks were held between Marovia and Tessa this spring.", "CONSULT"),
    ("Marovia signed no deal with the Tessan fishing fleet in June.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "etype"), NEGATED, ids=[c[0][:40] for c in NEGATED])
def test_none_held_is_negated(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    analysis = analyze(text)
    got = [(e.type, e.polarity, e.evidence.text) for e in analysis.events]
    found = [e for e in analysis.events if e.type == etype]
    assert found and all(e.polarity == "negated" for e in found), got

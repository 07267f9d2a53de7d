"""The outlet's own argued cause in an editorial (extract/claims/editorial.py, extract/claims/causes.py) and accident
causes named as nouns (data/claims.yaml). An editorial says it is one in its own voice ("we hope", "in our view",
"our reporters found"); there the outlet's cause with a connective is a side against the party it answers. A wire's
narration, a liveblog's "we will be following", a cause told with no connective and a headline stay the story's.
Texts written for these tests (invented bodies, places and incidents).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

_TOLD = ("A blackout left half of Moravia without power for two days last week. The grid operator, CEZ Distribuce, "
         "said a storm had brought down the lines.\n")


def _outlet_causes(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "cause" and c.claimant is None]


def _cause_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "cause"]


_WIRE = "BRNO, Jan 12 (Wire) - " + _TOLD


@pytest.mark.parametrize(("argued", "want"), [
    # the outlet's bill, its "result of", its "because", in a piece that speaks as "we" or "our"
    ("This blackout is the bill for twenty years of neglect: pylons left to rust and crews cut in half. We hope the "
     "ministry is listening.", "wear and decay"),
    ("What our reporters saw on the ridge tells another story. The outage was the predictable result of poorly "
     "maintained pylons.", "wear and decay"),
    ("The lines fell because the operator had let its pylons rust for a decade. In our view the ministry owes the "
     "region an answer.", "cause: operator let pylon rust decade"),
])
def test_an_editorial_argues_a_cause_of_its_own(analyze: Callable[..., Analysis], argued: str, want: str) -> None:
    """The same words in an editorial are the outlet's side against the operator; in a wire, with a liveblog's "we",
    they stay the story's."""
    analysis = analyze("Dark again\n" + _TOLD + "Storms come every winter. " + argued)
    assert (want, "asserted") in _outlet_causes(analysis), _outlet_causes(analysis)
    assert _cause_conflicts(analysis), analysis.conflicts
    wire = analyze(_WIRE + argued.replace("We hope", "We will be following whether").replace("In our view", "Now")
                   .replace("What our reporters saw on the ridge tells", "The ridge tells"))
    assert not _outlet_causes(wire), _outlet_causes(wire)
    assert not _cause_conflicts(wire), _cause_conflicts(wire)


def test_an_editorial_narrating_or_titling_claims_no_cause(analyze: Callable[..., Analysis]) -> None:
    """An editorial's narration with no connective, and a headline that says what not to blame, are no argued
    cause; the connective in the same editorial is."""
    told = "Do not blame the wind\n" + _TOLD + "Pylons were left to rust through twenty years of neglect. {}We hope " \
        "the ministry is listening."
    assert not _outlet_causes(analyze(told.format("")))
    assert ("wear and decay", "asserted") in _outlet_causes(analyze(told.format(
        "This blackout is the bill for rusted pylons. ")))


def test_a_communique_considers_a_cause(analyze: Callable[..., Analysis]) -> None:
    """A body that "considers that" a cause holds states it: a statement of its own."""
    analysis = analyze("[Translated from Czech. Communique of the Czech Ministry of Industry, 3 May.]\nEarly on "
                       "1 May the Temelin plant tripped and stopped. In its reading the Ministry considers that the "
                       "stoppage resulted from a short circuit in a pump motor.")
    assert [c for c in analysis.claims if c.kind == "cause" and c.claimant is not None], analysis.claims


def test_an_outbreak_is_an_incident_with_an_origin(analyze: Callable[..., Analysis]) -> None:
    """A disease's outbreak is an incident whose origin one side places on another's ground."""
    analysis = analyze("Sheep pox was found in goats at six farms in Armenia's Syunik province on Monday. "
                       "Armenia's veterinary inspectorate says the outbreak spread from Iranian herds grazing across "
                       "the Aras river.")
    ents = {e.id: e for e in analysis.entities}
    agents = [ents[a].country for c in analysis.claims if c.kind == "cause" and c.predicate == "responsible"
              for r, a in c.arguments if r == "agent" and a in ents]
    assert "IRN" in agents, agents


@pytest.mark.parametrize(("text", "predicate"), [
    ("A regional jet turned back to Tartu on Sunday. Estonia's Safety Investigation Bureau said the emergency "
     "was caused by an engine failure.", "technical fault"),
    ("A ferry lost power off Turku on Sunday. Finland's Safety Investigation Authority said the blackout on "
     "board was down to a pump failure.", "technical fault"),
])
def test_an_accident_named_as_the_cause(analyze: Callable[..., Analysis], text: str, predicate: str) -> None:
    got = [(c.predicate, c.polarity) for c in analyze(text).claims if c.kind == "cause"]
    assert (predicate, "asserted") in got, got

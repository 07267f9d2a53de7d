"""Cause and status frames that name the same dispute in other words, and the cause classes they compare.

Sentences are written for these tests (invented people and incidents): a status phrase on the verb of the
act ("held in accordance with the law"), a right to act ("had every right to", "had no right to"), a verb of
calling whose object the parser hangs inside the complement, a cause as the subject of a cause noun ("was the
cause of", "was not the reason for"), evidence pointing to a cause, a cause denied by "had nothing to do
with", and the nested cause groups (human error vs technical fault vs natural causes, all accidents).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.compare import Rules, compare, rules_for
from newsledger.lexicon.claims import load_claim_vocabulary
from newsledger.models import Claim, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


def _found(analysis: Analysis, kind: str, predicate: str, polarity: str) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == kind and c.predicate == predicate and c.polarity == polarity
            and c.modality == "actual"]


# (text, kind, predicate, polarity, claimant, about words)
FRAMES = [
    # a status phrase on the verb of the act it judges
    ("Egypt's prosecutor general said the blogger was detained in accordance with the law.", "status",
     "lawful", "asserted", "Egypt", "detained"),
    ("The Norwegian fisheries minister Anne Holt said the coast guard acted within its rights.", "status",
     "lawful", "asserted", "Anne Holt", "acted"),
    # a right to act, held or lacked
    ("Ankara had every right to expel the envoys, the Turkish minister Mehmet Kaya said.", "status", "lawful",
     "asserted", "Mehmet Kaya", "expel"),
    ("The navy had no right to board the tanker, the Danish shipping firm Nordlys said.", "status", "unlawful",
     "asserted", "Nordlys", "board"),
    # a verb of calling, the object parsed as a compound of the complement
    ("Poland's foreign ministry termed the arrest unlawful and the indictment groundless.", "status", "unlawful",
     "asserted", "Poland's foreign ministry", "arrest"),
    # a cause that is the subject of a cause noun
    ("A fire destroyed a warehouse in Arequipa. Lightning was the cause of the fire, the fire chief Luis Soto said.",
     "cause", "natural cause", "asserted", "Luis Soto", "fire"),
    ("A blackout hit Accra on Friday. The heat was not the reason for the outage, Ghana's energy minister, "
     "Kwame Asante, said.",
     "cause", "heat", "negated", "Kwame Asante", "outage"),
    # evidence pointing to a cause: about the incident named before
    ("A bridge collapse killed four people near Genoa on Tuesday. The Italian engineer Marco Ferri said the "
     "evidence pointed to corrosion.", "cause", "technical fault", "asserted", "Marco Ferri", "collapse"),
    # a cause denied: "had nothing to do with it"
    ("A blackout left Nairobi in the dark on Monday. \"The drought had nothing to do with it,\" Kenya's "
     "energy minister, Peter Otieno, said.", "cause", "natural cause", "negated", "Peter Otieno", "blackout"),
    # classes: pilot error is a human error
    ("The Indonesian regulator Bambang Susilo said the crash was caused by pilot error.", "cause", "human error",
     "asserted", "Bambang Susilo", "crash"),
]


@pytest.mark.parametrize(("text", "kind", "predicate", "polarity", "claimant", "about"), FRAMES,
                         ids=[row[0][:48] for row in FRAMES])
def test_frames(analyze: Callable[..., Analysis], text: str, kind: str, predicate: str, polarity: str,
                claimant: str, about: str) -> None:
    analysis = analyze(text)
    found = _found(analysis, kind, predicate, polarity)
    assert found, [c.to_dict() for c in analysis.claims]
    name = _name(analysis, found[0].claimant)
    assert name is not None and (claimant in name or name in claimant), name
    assert found[0].about is not None and about in found[0].about.text, found[0].about


NONE = [
    # a right to something, not every right / no right to act: no status
    ("Farmers in Punjab demanded the right to sell their crops, the union leader Gurnam Singh said.", "status"),
    # "had nothing to do with" a thing that is no incident
    ("The new timetable had nothing to do with the weather, the Kenyan organiser Njeri Wambui said.", "cause"),
    # the reason for something that is no incident
    ("The weather was the reason for the new timetable, the Kenyan organiser Njeri Wambui said.", "cause"),
]


@pytest.mark.parametrize(("text", "kind"), NONE, ids=[row[0][:48] for row in NONE])
def test_no_claim(analyze: Callable[..., Analysis], text: str, kind: str) -> None:
    analysis = analyze(text)
    assert [c.to_dict() for c in analysis.claims if c.kind == kind and c.modality == "actual"] == []


# ---- conflicts in a document ---------------------------------------------------------------------------

def _conflicts(analysis: Analysis, kind: str) -> list[set[str | None]]:
    return [{_name(analysis, s.actor) for s in c.sides} for c in analysis.conflicts if c.kind == kind]


def test_arrest_legal_against_detention_called_unlawful(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Egypt's prosecutor general said a Dutch journalist arrested in Giza was being held in "
                       "accordance with the law. The Netherlands' foreign ministry called the detention unlawful.")
    assert _conflicts(analysis, "status"), [c.to_dict() for c in analysis.claims]


def test_pilot_error_against_technical_fault(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A cargo plane crashed near Medan on Sunday. Indonesia's transport ministry said the crash "
                       "was caused by pilot error. The airline, Garuda Cargo, said the crash was caused by a "
                       "technical fault.")
    assert _conflicts(analysis, "cause"), [c.to_dict() for c in analysis.claims]


def test_accident_and_pilot_error_agree(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A cargo plane crashed near Medan on Sunday. Indonesia's transport ministry said the crash "
                       "was caused by pilot error. The airline, Garuda Cargo, said the crash was an accident.")
    assert _conflicts(analysis, "cause") == []


# ---- cause groups (compare) -----------------------------------------------------------------------------


def _cause(claimant: str, predicate: str) -> Claim:
    about = Span(0, 9, "the crash")
    return Claim(id="k", kind="cause", predicate=predicate, evidence=about, claimant=claimant, about=about)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return rules_for(load_claim_vocabulary())


@pytest.mark.parametrize(("a", "b"), [("human error", "technical fault"), ("pollution", "heat"),
                                      ("negligence", "natural cause"), ("sabotage", "human error")])
def test_rival_causes_conflict(rules: Rules, a: str, b: str, plain_context: Any) -> None:
    finding = compare(_cause("e1", a), _cause("e2", b), plain_context, rules)
    assert finding is not None and finding.verdict == "conflict"


@pytest.mark.parametrize(("a", "b"), [("accident", "human error"), ("accident", "heat"),
                                      ("negligence", "human error"), ("technical fault", "electrical fire")])
def test_compatible_causes_do_not_conflict(rules: Rules, a: str, b: str, plain_context: Any) -> None:
    finding = compare(_cause("e1", a), _cause("e2", b), plain_context, rules)
    assert finding is None or finding.verdict != "conflict"


def test_vocabulary_groups_nest() -> None:
    vocab = load_claim_vocabulary()
    assert vocab.causes_exclude("human error", "technical fault")
    assert not vocab.causes_exclude("accident", "technical fault")
    assert vocab.causes_exclude("accident", "sabotage")

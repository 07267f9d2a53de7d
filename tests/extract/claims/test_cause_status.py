"""Cause, responsibility and status claims: the frames added for issue 14's tuning, and the conflicts they make.

Sentences are written for these tests (invented people and incidents). Each row checks the kind,
predicate, polarity and claimant of a claim, and where given its agent and ``about`` words.
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


def _claims(analysis: Analysis, kind: str, predicate: str, polarity: str) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == kind and c.predicate == predicate and c.polarity == polarity
            and c.modality == "actual"]


# (text, kind, predicate, polarity, claimant, about words or None)
STATUS = [
    # an adverb on the verb of the act judged: about = the verb
    ("Prison officials in Lusaka said the blogger Mwila Banda was being held lawfully.", "lawful", "asserted",
     "Prison officials", "held"),
    ("The Kenyan rights group Haki said police had detained the students arbitrarily.", "unlawful", "asserted",
     "Haki", "detained"),  # the rights group and its name in apposition are one body
    ("The customs agency acted legally at all times, its director Ines Moreau said.", "lawful", "asserted",
     "Ines Moreau", "acted"),
    # a gerund subject, negated through the clause
    ("Jailing a cartoonist for a drawing is not lawful, the lawyer Goran Petrovic said.", "lawful", "negated",
     "Goran Petrovic", "Jailing"),
    # nominal: "arbitrary" is the finding against a lawful detention, the claimant's own status (unlawful)
    ("Amnesty International said the detention of the fishermen was arbitrary.", "unlawful", "asserted",
     "Amnesty International", "detention"),
    # a predicative adjective with an adverb
    ("The Chilean mining ministry said the new permits were entirely lawful.", "lawful", "asserted",
     "Chilean mining ministry", "permits"),
    # abuse of power and of office
    ("The opposition leader Dara Sok said the dismissal of the judges was an abuse of power.", "abuse of power",
     "asserted", "Dara Sok", "dismissal"),
    ("Senator Hugo Ferreira said the transfer of the funds was an abuse of his office.", "abuse of power",
     "asserted", "Hugo Ferreira", "transfer"),
    # breaches of an agreement
    ("Georgia's foreign ministry said the shelling of the village was in violation of the truce.", "violation",
     "asserted", "Georgia's foreign ministry", "shelling"),
    ("The Malian army said the convoy movements contravene the peace accord.", "violation", "asserted",
     "Malian army", "convoy movements"),
]


@pytest.mark.parametrize(("text", "predicate", "polarity", "claimant", "about"), STATUS,
                         ids=[row[0][:48] for row in STATUS])
def test_status_frames(analyze: Callable[..., Analysis], text: str, predicate: str, polarity: str,
                       claimant: str, about: str) -> None:
    analysis = analyze(text)
    found = _claims(analysis, "status", predicate, polarity)
    assert found, [c.to_dict() for c in analysis.claims]
    name = _name(analysis, found[0].claimant)
    assert name is not None and (claimant in name or name in claimant), name
    assert found[0].about is not None and about in found[0].about.text
    assert analysis.document.text[found[0].evidence.start:found[0].evidence.end] == found[0].evidence.text


CAUSE = [
    # a pronoun in a source's words, the incident named several sentences before
    ("A gas explosion destroyed a block of flats in Kharkiv on Monday. Rescuers searched the rubble all day. "
     "The mayor visited the site in the evening. Residents gathered outside a school. "
     "\"This was sabotage,\" the regional governor Oleh Synyehubov said.", "sabotage", "asserted",
     "Oleh Synyehubov", "explosion"),
    # "X caused this, not Y": the parser may hang the pronoun on the contrasted noun
    ("A boiler explosion hit a plant near Derna on Sunday. Engineers inspected it last year. The city council "
     "met on Monday. \"Corrosion caused this, not saboteurs,\" the engineer Salem Fathi said.",
     "technical fault", "asserted", "Salem Fathi", "explosion"),
    # "the wiring" as a cause, denied
    ("A blaze gutted a textile mill in Faisalabad on Friday. The owners spoke to reporters on Saturday. "
     "Workers gathered at the gate. \"It was not the wiring,\" the union leader Asma Bibi said.",
     "electrical fire", "negated", "Asma Bibi", "blaze"),
    # a verb of blaming, the incident far before it; "fire" in "the fire brigade" is no referent
    ("A blaze swept through a market in Kano on Tuesday. The fire brigade arrived an hour later. Traders counted "
     "their losses. Dozens of stalls were lost. The market's chairman, Musa Bello, blamed faulty wiring.",
     "electrical fire", "asserted", "Musa Bello", "blaze"),
]


@pytest.mark.parametrize(("text", "predicate", "polarity", "claimant", "about"), CAUSE,
                         ids=[row[0][:48] for row in CAUSE])
def test_cause_frames(analyze: Callable[..., Analysis], text: str, predicate: str, polarity: str,
                      claimant: str, about: str) -> None:
    analysis = analyze(text)
    found = _claims(analysis, "cause", predicate, polarity)
    assert found, [c.to_dict() for c in analysis.claims]
    name = _name(analysis, found[0].claimant)
    assert name is not None and (claimant in name or name in claimant), name
    assert found[0].about is not None and about in found[0].about.text, found[0].about


FIRST_STRIKE = [
    ("Bolivian troops opened fire first, a Paraguayan army spokesman said.", "asserted", "Bolivian"),
    ("Indian soldiers fired the first shots, the Chinese army spokesman Zhang Shuili said.", "asserted", "Indian"),
    ("\"It was the Eritrean unit that started shooting,\" the Ethiopian army spokesman Getnet Adane said.",
     "asserted", "Eritrean"),
    ("Kyrgyz border guards started the clash, Tajik officials said.", "asserted", "Kyrgyz"),
    ("Peru's army did not open fire first, its commander Jorge Vidal said.", "negated", "Peru"),
]


@pytest.mark.parametrize(("text", "polarity", "agent"), FIRST_STRIKE, ids=[row[0][:48] for row in FIRST_STRIKE])
def test_first_strike_is_responsibility(analyze: Callable[..., Analysis], text: str, polarity: str,
                                        agent: str) -> None:
    analysis = analyze(text)
    found = _claims(analysis, "cause", "responsible", polarity)
    assert found, [c.to_dict() for c in analysis.claims]
    name = _name(analysis, found[0].argument("agent"))
    assert name is not None and agent in name, name


NONE = [
    ("Police opened fire on the protesters in Nairobi, witnesses said.", "cause", "responsible"),  # not "first"
    ("The fire started in a storeroom, the fire brigade in Kano said.", "cause", "responsible"),  # no agent
    ("Ships returned to the port in July. It was sabotage, the union leader Ravi Nair said.", "cause", None),
    ("The referee in Lima waved play on legally, the commentator said.", "status", None),  # no speaker claim here
    ("The arbitrary arrests went on for a month in Minsk.", "status", None),  # attributive: nobody asserts it
]


@pytest.mark.parametrize(("text", "kind", "predicate"), NONE, ids=[row[0][:48] for row in NONE])
def test_no_claim(analyze: Callable[..., Analysis], text: str, kind: str, predicate: str | None) -> None:
    analysis = analyze(text)
    found = [c.to_dict() for c in analysis.claims if c.kind == kind and c.modality == "actual"
             and predicate in (None, c.predicate)]
    assert found == []


# ---- conflicts ------------------------------------------------------------------------------------------

def _conflicts(analysis: Analysis, kind: str) -> list[set[str | None]]:
    return [{_name(analysis, s.actor) for s in c.sides} for c in analysis.conflicts if c.kind == kind]


def test_lawful_detention_against_arbitrary_detention(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Police in Harare said the activist Tendai Moyo was being held lawfully under the security "
                       "act. Her lawyer, Beatrice Mtetwa, said the detention was arbitrary.")
    assert _conflicts(analysis, "status"), [c.to_dict() for c in analysis.claims]


def test_first_strike_named_by_both_sides(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Indian soldiers fired the first shots, a Chinese army spokesman said. Chinese troops opened "
                       "fire first, India's defence minister Rajnath Singh said.")
    assert _conflicts(analysis, "cause"), [c.to_dict() for c in analysis.claims]


def test_first_strike_agreed_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Indian soldiers fired the first shots, a Chinese army spokesman said. Indian troops opened "
                       "fire first, India's defence minister Rajnath Singh said.")
    assert _conflicts(analysis, "cause") == []


def test_sabotage_against_corrosion(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("A blast tore through a gas pipeline near Kirkuk on Monday. The operator, North Oil "
                       "Company, blamed saboteurs. Residents said the line was old. \"Corrosion caused this, not "
                       "saboteurs,\" the local council head Ahmed Salih said.")
    assert _conflicts(analysis, "cause"), [c.to_dict() for c in analysis.claims]


# ---- one act under different words (compare) ---------------------------------------------------------------


def _status(claimant: str, about: str, polarity: str) -> Claim:
    return Claim(id="k", kind="status", predicate="lawful", evidence=Span(0, len(about), about), claimant=claimant,
                 polarity=polarity, about=Span(0, len(about), about))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return rules_for(load_claim_vocabulary())


@pytest.mark.parametrize(("a", "b"), [("held", "her detention"), ("the arrests", "detaining"),
                                      ("the election", "the vote")])
def test_one_act_under_two_words_conflicts(rules: Rules, a: str, b: str, plain_context: Any) -> None:
    finding = compare(_status("e1", a, "asserted"), _status("e2", b, "negated"), plain_context, rules)
    assert finding is not None and finding.verdict == "conflict"


@pytest.mark.parametrize(("a", "b"), [("held", "the deportation"), ("the zones", "its operations")])
def test_different_acts_do_not_conflict(rules: Rules, a: str, b: str, plain_context: Any) -> None:
    assert compare(_status("e1", a, "asserted"), _status("e2", b, "negated"), plain_context, rules) is None

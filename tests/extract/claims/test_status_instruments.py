"""Legal and evaluative status against any legal instrument, and verdicts (issue 14, helper status16).

* conformity with or a breach of a legal instrument of any name ("in line with the mining code", "a breach of the
  fisheries treaty", "contrary to the 2011 statute"; ``lists.legal_instruments`` fills ``<instrument>`` in the
  status phrases) is a lawful or unlawful act; a hyphened modifier counts as one word ("the cross-border protocol");
* a vote's integrity in coordinated words ("free and transparent", "free, credible and peaceful") and in a denied
  verdict ("could not be called free or fair": a finding, not a possibility);
* a verb of verdict with its object ("declared the ballot free and transparent", ``lists.verdict_verbs``).

Texts written for these tests (invented people, bodies and places).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts
from claim_views import statuses as _status


@pytest.mark.parametrize(("text", "expected"), [
    ('The mayor of Velbrook, Oren Talsi, said the tender was "fully in line with the municipal procurement code".',
     ("lawful", "asserted")),
    ("Judge Amira Sollen said the eviction order was consistent with the housing statute.", ("lawful", "asserted")),
    ("The Harrow Bay Fishers' Guild said the new quota is a clear breach of the fisheries treaty.",
     ("unlawful", "asserted")),
    ("Lawyers for the Keldar Residents' Union said the demolition was contrary to the 2011 heritage charter.",
     ("unlawful", "asserted")),
    ("The Ostmark ministry said the dam is a violation of the cross-border river protocol.", ("unlawful", "asserted")),
    # the duties an instrument sets, with their owner ("Chad's obligations")
    ("Niger's water ministry said the dam is in breach of its obligations under the river treaty.",
     ("unlawful", "asserted")),
    ("Niger's water ministry said the dam was built in violation of Chad's obligations under the basin charter.",
     ("unlawful", "asserted")),
    # the clause's own negation turns the conformity round
    ("The Velbrook ombudsman, Petra Ninn, said the tender was not in accordance with the procurement regulations.",
     ("lawful", "negated")),
])
def test_conformity_with_any_instrument_is_a_legal_status(analyze: Callable[..., Analysis], text: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in _status(analyze(text))


def test_a_word_after_in_line_with_that_is_no_instrument_is_no_status(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Velbrook finance office said the deficit was in line with the forecast.")
    assert ("lawful", "asserted") not in _status(analysis)


DISAGREE = [
    # a breach of a protocol against "lawful", one paragraph apart
    "Bolivia's foreign ministry said the new weir on the Tessa river is a breach of the 1994 water-sharing "
    "protocol.\nParaguay's energy ministry said the weir is lawful and that it takes only its agreed share.",
    # conformity with a code against "unconstitutional"
    'The Brannock county council said the dismissal was "in full accordance with the local government code". The '
    "dismissed sheriff, Wendell Orrin, said the dismissal was unconstitutional.",
    # a vote's integrity: coordinated words against a denied verdict
    'Lesotho\'s electoral board said the referendum was "free, transparent and orderly". The Civic Ballot '
    "Network, which sent 300 monitors, found that the referendum could not be called free or fair.",
    # a verdict verb with its object against "rigged"
    "The chair of the Ardenne election authority, Lucienne Marsh, declared the municipal ballot free and transparent. "
    "The opposition Green Hearth Party said the municipal ballot was rigged.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:40] for t in DISAGREE])
def test_opposed_statuses_of_one_thing_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_status_conflicts(analyze(text))) == 1


AGREE = [
    # a breach of a memorandum of two ministries is no breach of the law (the instrument list holds no deal words)
    "Bolivia's foreign ministry said the new weir is lawful. Paraguay's energy ministry said the weir breaches the "
    "2019 memorandum between the two ministries.",
    # one side, two wordings
    'Lesotho\'s electoral board said the referendum was "free and transparent". Its chair, Ottilie Rane, said the '
    "referendum was free and fair.",
    # a possibility, not a verdict
    "The Civic Ballot Network said the referendum was free and fair. Lesotho's opposition asked whether the "
    "referendum could be called free and fair at all?",
    # two different things
    "The Brannock county council said the dismissal was in line with the local government code. The sheriff, Wendell "
    "Orrin, said the new parking levy was unconstitutional.",
]


# ---- a word of deciding judged by a status stands for the act the text ties to it ---------------------------------

TIED_DISAGREE = [
    # "voted to dismiss" ... "the vote was lawful" against "her dismissal was illegal"
    "The board of Tarrow College voted on Friday to dismiss its principal, Ines Varga. The board's chair, Colm "
    "Achebe, said the vote was lawful. Ms Varga, speaking for the Tarrow Staff Association, said the dismissal was "
    "illegal.",
    # "the decision to revoke the licence" against "the revocation"
    "Ghana's communications ministry said its decision to revoke the licence of Radio Fenwick was lawful. The "
    "station's owner, the Fenwick Media Group, said the revocation was unlawful.",
]


@pytest.mark.parametrize("text", TIED_DISAGREE, ids=["voted to", "decision to"])
def test_a_vote_judged_is_the_act_voted(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_status_conflicts(analyze(text))) == 1


def test_a_vote_tied_to_another_act_is_not_this_one(analyze: Callable[..., Analysis]) -> None:
    text = ("The board of Tarrow College voted on Friday to close the library. The board's chair, Colm Achebe, said "
            "the vote was lawful. The Tarrow Staff Association said the new parking levy was unlawful.")
    assert _status_conflicts(analyze(text)) == []


def test_a_status_called_of_a_noun_parsed_as_its_modifier(analyze: Callable[..., Analysis]) -> None:
    """ "calls the whole ballot null and void": the thing is the ballot, not "null"."""
    analysis = analyze("The Fenwick Residents' Association, which campaigned against the plan, calls the whole "
                       "ballot null and void.")
    abouts = [c.about.text for c in analysis.claims if c.kind == "status" and c.about is not None]
    assert abouts and all("ballot" in a and "null" not in a for a in abouts), abouts


@pytest.mark.parametrize("text", AGREE, ids=[t[:40] for t in AGREE])
def test_no_status_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _status_conflicts(analyze(text)) == []


@pytest.mark.parametrize("text", [
    "The count, the Civic Ballot Network said, could not be called free or fair.",
    "The Civic Ballot Network said the count cannot be described as free and fair.",
    "Judge Amira Sollen said the detention can't be considered lawful.",
])
def test_a_denied_verdict_is_a_negated_status(analyze: Callable[..., Analysis], text: str) -> None:
    found = _status(analyze(text))
    assert found and all(polarity == "negated" for _, polarity in found), found


@pytest.mark.parametrize(("text", "words"), [
    ('The Velbrook ombudsman, Petra Ninn, said the tender was "lawful in every respect".', "lawful in every respect"),
    ("Lesotho's electoral board said the referendum was free, transparent and orderly.",
     "free, transparent and orderly"),
])
def test_the_status_keeps_what_it_joins_or_restricts(analyze: Callable[..., Analysis], text: str, words: str) -> None:
    evidence = [c.evidence.text for c in analyze(text).claims if c.kind == "status"]
    assert any(e.endswith(words) for e in evidence), evidence

"""Causes told in words of their own (extract/claims/open_causes.py) and a denied class against a kind of it
(compare: ``_denied_kind``). Texts written for these tests (invented towns, companies and bodies).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.compare import OPEN_CAUSE, compare
from newsledger.models import Claim, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import cause_conflicts as _cause_conflicts


def _open(analysis: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in analysis.claims
            if c.kind == "cause" and c.predicate.startswith(OPEN_CAUSE)]


WAREHOUSE = "A fire destroyed a furniture warehouse in Obervik on Monday. "


def test_two_causes_in_other_words_conflict(analyze: Callable[..., Analysis]) -> None:
    text = (WAREHOUSE + "The Obervik Fire Service said the warehouse fire was caused by an overheated forklift "
            "battery. The Obervik Porters Union said the blaze started because a guard burned leaves behind the "
            "building.")
    got = analyze(text)
    assert ("cause: overheated forklift battery", "asserted") in _open(got)
    assert len(_cause_conflicts(got)) == 1


def test_one_cause_in_two_wordings_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    """Two sides whose cause phrases share a word name one cause, whether the other's words are a class of the
    vocabulary ("faulty": wear and decay) or words of their own."""
    said = WAREHOUSE + "The Obervik Fire Service said the warehouse fire was caused by an overheated forklift battery. "
    for other in ("The Obervik Porters Union said the blaze started because of a faulty battery in a loading truck.",
                  "The Obervik Porters Union said the blaze came from a battery left charging on a forklift."):
        got = analyze(said + other)
        assert _open(got)
        assert _cause_conflicts(got) == []


def test_a_reason_for_an_act_is_no_cause(analyze: Callable[..., Analysis]) -> None:
    """ "closed the harbour because of the fog" gives a reason for someone's act, not the cause of an incident."""
    text = ("A cargo ship ran aground off Tesmar on Friday. The Tesmar Port Authority said it closed the harbour "
            "because of the thick fog over the bay.")
    assert _open(analyze(text)) == []


@pytest.mark.parametrize("clause", [
    "the evacuation of the ward went smoothly because the nurses had drilled it twice in the spring",
    "the patients reached the sister hospital safely because of the police escort",
    "the transfer succeeded because the two hospitals share one radio channel",
])
def test_a_reason_for_a_success_is_no_cause(analyze: Callable[..., Analysis], clause: str) -> None:
    """A thing that went well, with its reason, tells no cause of the story's incident."""
    text = f"A fire broke out in the kitchen of the Tesmar hospital on Sunday. The Tesmar Fire Service said {clause}."
    assert _open(analyze(text)) == []


def test_a_reason_for_a_failure_stays_a_cause(analyze: Callable[..., Analysis]) -> None:
    text = ("A fire broke out in the kitchen of the Tesmar hospital on Sunday. The Tesmar Fire Service said the "
            "blaze started because a porter stacked crates against the boiler.")
    assert _open(analyze(text))


@pytest.mark.parametrize("where", ["the far bank of the lake", "the northern side", "Lakeport"])
def test_a_place_after_a_link_is_no_cause(analyze: Callable[..., Analysis], where: str) -> None:
    """ "it comes from the far bank" tells where a thing came from (origins.py reads whose ground), not a cause."""
    text = (f"Dozens of swans died on Lake Tesmar this month. The Tesmar Wildlife Service said the swans were "
            f"poisoned. \"It is coming from {where},\" its director said.")
    assert _open(analyze(text)) == []


def test_a_cause_owned_by_a_place_stays_a_cause(analyze: Callable[..., Analysis]) -> None:
    text = ("Dozens of swans died on Lake Tesmar this month. The Tesmar Wildlife Service said the deaths were the "
            "result of Lakeport's new marina.")
    assert _open(analyze(text))


def test_no_incident_no_open_cause(analyze: Callable[..., Analysis]) -> None:
    text = "The Obervik Chamber of Trade said sales fell because of the new bypass."
    assert _open(analyze(text)) == []


def test_a_denied_accident_against_a_natural_cause(analyze: Callable[..., Analysis]) -> None:
    """ "a punishment, not an accident" denies the accidental group, which snow (a natural force, a kind of
    accident) belongs to."""
    text = ("A power line near Korvala went dark on Sunday and the town lost electricity. \"The outage was a "
            "punishment, not an accident,\" said the Korvala Energy Ministry. The Marov Grid Company said heavy snow "
            "had knocked out the line.")
    got = analyze(text)
    assert ("accident", "negated") in [(c.predicate, c.polarity) for c in got.claims if c.kind == "cause"]
    assert len(_cause_conflicts(got)) == 1


def _cause(claimant: str, predicate: str, polarity: str = "asserted") -> Claim:
    return Claim(id=claimant, kind="cause", predicate=predicate, evidence=Span(0, 1, "x"), claimant=claimant,
                 polarity=polarity)  # type: ignore[arg-type]


def test_compare_open_causes(plain_context: object) -> None:
    from newsledger.compare import shipped_rules

    rules = shipped_rules()
    ctx = plain_context
    a, b = _cause("A", OPEN_CAUSE + "jammed intake"), _cause("B", OPEN_CAUSE + "burst reservoir wall")
    conflict = compare(a, b, ctx, rules, True)  # type: ignore[arg-type]
    assert conflict is not None and conflict.verdict == "conflict"
    same = compare(a, _cause("B", OPEN_CAUSE + "intake block"), ctx, rules, True)  # type: ignore[arg-type]
    assert same is not None and same.verdict == "corroboration"
    assert compare(a, _cause("A", OPEN_CAUSE + "burst reservoir wall"), ctx, rules, True) is None  # type: ignore[arg-type]
    against_class = compare(a, _cause("B", "sabotage"), ctx, rules, True)  # type: ignore[arg-type]
    assert against_class is not None and against_class.verdict == "conflict"
    worded = replace(_cause("B", "wear and decay"), evidence=Span(0, 20, "a worn intake valve"))
    assert compare(a, worded, ctx, rules, True) is None  # type: ignore[arg-type]


def test_compare_denied_class_against_its_kinds(plain_context: object) -> None:
    from newsledger.compare import shipped_rules

    rules = shipped_rules()
    ctx = plain_context
    no_accident = _cause("A", "accident", "negated")
    kind = compare(no_accident, _cause("B", "natural forces"), ctx, rules, True)  # type: ignore[arg-type]
    assert kind is not None and kind.verdict == "conflict"
    assert compare(no_accident, _cause("B", "sabotage"), ctx, rules, True) is None  # type: ignore[arg-type]
    # one class of several denied leaves the others of its group open: "not sabotage" against "arson"
    assert compare(_cause("A", "sabotage", "negated"), _cause("B", "arson"), ctx, rules, True) is None  # type: ignore[arg-type]


PIPELINE = "Oil stopped flowing through the Varnel pipeline on Tuesday. "


def test_a_cause_ascribed_by_a_side_conflicts_with_another(analyze: Callable[..., Analysis]) -> None:
    """ "X has attributed the outage to Y", "X put the outage down to Y": the ascriber claims Y as the cause (the
    verb of ascribing is its saying), and two sides ascribing causes in other words disagree."""
    text = (PIPELINE + "The Varnel Pipeline Company has attributed the outage to a pressure test at a pumping "
            "station. The Ostrova Refiners Guild said the outage came from a dispute over unpaid transit fees.")
    got = analyze(text)
    assert ("cause: pressure test", "asserted") in _open(got)
    assert len(_cause_conflicts(got)) == 1
    put = analyze(PIPELINE + "The Varnel Pipeline Company has put the outage down to a surge in demand.")
    assert any("surge" in p for p, _ in _open(put))


def test_one_ascribed_cause_in_two_wordings_is_no_conflict(analyze: Callable[..., Analysis]) -> None:
    text = (PIPELINE + "The Varnel Pipeline Company has attributed the outage to a pressure test at a pumping "
            "station. The Ostrova Refiners Guild said the outage came from a botched test of the line's pressure.")
    got = analyze(text)
    assert len(_open(got)) == 2
    assert _cause_conflicts(got) == []


def test_a_cause_told_by_sequence(analyze: Callable[..., Analysis]) -> None:
    """ "the stoppage followed a warning", "the engine failed after a bird strike": a cause told by what came
    before; "after the meeting" (no incident, no cause word) and a remark ascribed to a person tell none."""
    text = (PIPELINE + "The Varnel Pipeline Company has attributed the outage to a pressure test at a pumping "
            "station. The Ostrova Refiners Guild said the stoppage followed a warning from the company about "
            "unpaid transit fees.")
    got = analyze(text)
    assert any(p.startswith("cause: warning") for p, _ in _open(got))
    assert len(_cause_conflicts(got)) == 1
    plane = ("A cargo plane turned back over Lake Sarn on Friday. The Sarn Aviation Authority said the engine "
             "failed after a bird strike on take-off. ")
    after = analyze(plane + "The Polar Freight Company said the engine failed because a fuel pipe had been fitted "
                    "badly.")
    assert any("bird" in p for p, _ in _open(after))
    assert len(_cause_conflicts(after)) == 1
    same = analyze(plane + "The Polar Freight Company said the damage was consistent with a bird being drawn "
                   "into the engine.")
    assert _cause_conflicts(same) == []
    assert _open(analyze("Fighting broke out in the town after the meeting, the Ruritanian defence ministry "
                         "said.")) == []
    assert _open(analyze(PIPELINE + "The Varnel Pipeline Company attributed the remark to Minister Ilse "
                         "Varga.")) == []


def test_a_cause_class_ascribed_in_another_side_s_statement(analyze: Callable[..., Analysis]) -> None:
    """A press release of one side telling that the other "has put the outage down to" a cause word of the
    vocabulary: the cause is the ascriber's, not the release's issuer's."""
    text = ("STATEMENT OF THE OSTROVA POWER WORKERS UNION\n"
            "The lights went out across Ostrova on Monday night. Since Tuesday the grid operator, Ostrova Grid "
            "Networks, has put the outage down to a heatwave that pushed demand to a record.\n")
    got = analyze(text)
    claims = [c for c in got.claims if c.kind == "cause"]
    names = {e.id: e.name for e in got.entities}
    assert claims and all("Grid" in names.get(c.claimant or "", "") for c in claims)
    assert any(c.evidence.text.startswith("put the outage down to") for c in claims)


def test_an_open_cause_beside_a_vocabulary_cause_in_one_sentence(analyze: Callable[..., Analysis]) -> None:
    """A cause the vocabulary reads in one clause ("during the heatwave") leaves an open cause in another clause
    of the sentence standing; only the clause the vocabulary read is left to it."""
    text = (WAREHOUSE + "The Obervik Porters Union said the sprinklers had failed during the heatwave and that the "
            "blaze started because a guard burned leaves behind the building.")
    assert ("cause: guard burn leave building", "asserted") in _open(analyze(text))

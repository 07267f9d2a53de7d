"""The comparison engine on hand-built claim pairs: every rule, and every pair that must not conflict."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pytest

import newsledger.compare as compare_engine
import newsledger.compare.quantity as quantity_module
from newsledger.compare import (
    THRESHOLD,
    Finding,
    Rules,
    compare,
    consistent,
    describe,
    time_key,
    time_relation,
    two_moments,
)
from newsledger.models import Amount, Claim, Span

# Camps of the actors these tests use: a government with its army and a minister, a rival government
# with its forces, a rebel movement, a monitoring group. Places are entities too.
CAMPS = {"gov_n": "N", "army_n": "N", "minister_n": "N", "gov_s": "S", "army_s": "S",
         "rebels": "R", "monitor": "M", "town": "town", "port": "port"}
TIMES = {"t_mon": "2031-03-03", "t_tue": "2031-03-04", "t_month": "2031-03", "t_apr": "2031-04",
         "t_now": "PRESENT_REF"}


@dataclass
class Ctx:
    """A Context of a made-up document."""

    camps: dict[str, str] = field(default_factory=lambda: dict(CAMPS))

    def same_side(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return self.camps.get(a, a) == self.camps.get(b, b)

    def same_actor(self, a: str | None, b: str | None) -> bool:
        return a is not None and a == b

    def time_value(self, time_id: str | None) -> str | None:
        return TIMES.get(time_id or "")

    def places_nest(self, a: str, b: str) -> bool:
        return False

    def name(self, eid: str | None) -> str:
        return eid or "the outlet"


CTX = Ctx()
CAUSES = Rules(cause_groups={"sabotage": "intentional", "terrorism": "intentional", "accident": "accidental",
                             "malfunction": "accidental"})


def claim(kind: Any, predicate: str, claimant: str | None, at: int = 0, about: str | None = None,
          **fields: Any) -> Claim:
    """A claim with made-up evidence at offset ``at``."""
    args = tuple((role, fields.pop(role)) for role in ("agent", "target", "object") if role in fields)
    return Claim(id=f"k{at}", kind=kind, predicate=predicate, evidence=Span(at, at + 10, "some words"),
                 claimant=claimant, arguments=args, about=Span(at, at + len(about), about) if about else None,
                 **fields)


def verdict(f: Finding | None) -> tuple[str, str | None] | None:
    """The verdict and kind of a finding that clears the reporting threshold."""
    if f is None or f.confidence < THRESHOLD:
        return None
    return f.verdict, f.kind


# --- events -------------------------------------------------------------------------------------------

def crossing(claimant: str | None, polarity: str = "asserted", at: int = 0, **fields: Any) -> Claim:
    fields.setdefault("agent", "army_s")
    return claim("event", "MOBILIZE", claimant, at, polarity=polarity, **fields)


def test_event_asserted_and_denied_by_two_sides_is_existence() -> None:
    f = compare(crossing("gov_n", target="gov_n"), crossing("gov_s", "negated", 50), CTX)
    assert verdict(f) == ("conflict", "existence")
    assert f is not None and "gov_n" in f.summary and "gov_s" in f.summary


def test_outlet_account_against_an_actor_denial_is_a_conflict() -> None:
    assert verdict(compare(crossing(None), crossing("gov_s", "negated", 50), CTX)) == ("conflict", "existence")


def test_one_camp_asserting_and_denying_is_a_revision_not_a_conflict() -> None:
    assert verdict(compare(crossing("minister_n"), crossing("gov_n", "negated", 50), CTX)) == ("revision", None)


@pytest.mark.parametrize("modality", ["hypothetical", "future", "intention", "obligation"])
def test_non_actual_claims_claim_nothing(modality: str) -> None:
    assert compare(crossing("gov_n", modality=modality), crossing("gov_s", "negated", 50), CTX) is None
    assert compare(crossing("gov_n"), crossing("gov_s", "negated", 50, modality=modality), CTX) is None


@pytest.mark.parametrize(("t1", "t2", "conflict"), [
    ("t_mon", "t_tue", False),     # two days: two crossings
    ("t_month", "t_apr", False),   # two months
    ("t_month", "t_tue", True),    # a month contains the day
    ("t_mon", None, True),         # one undated
    ("t_mon", "t_mon", True),
    ("t_now", "t_mon", True),      # not a calendar value: no contradiction
])
def test_event_times(t1: str, t2: str | None, conflict: bool) -> None:
    f = compare(crossing("gov_n", time=t1), crossing("gov_s", "negated", 50, time=t2), CTX)
    assert (verdict(f) == ("conflict", "existence")) is conflict


def test_event_in_different_places_is_no_conflict() -> None:
    assert compare(crossing("gov_n", place="town"), crossing("gov_s", "negated", 50, place="port"), CTX) is None
    same = compare(crossing("gov_n", place="town"), crossing("gov_s", "negated", 50, place="town"), CTX)
    assert verdict(same) == ("conflict", "existence")


def test_event_with_different_targets_is_no_conflict() -> None:
    a = crossing("gov_n", target="town")
    b = crossing("gov_s", "negated", 50, target="port")
    assert compare(a, b, CTX) is None


def test_event_without_anchor_needs_one_incident_in_scope() -> None:
    a = claim("event", "ASSAULT", "gov_n", about="the attack")
    b = claim("event", "ASSAULT", "rebels", 40, polarity="negated", about="no attack")
    loose = compare(a, b, CTX)
    assert loose is not None and loose.confidence < THRESHOLD
    assert verdict(compare(a, b, CTX, single=True)) == ("conflict", "existence")


def test_an_answer_copying_what_the_telling_is_about_needs_no_single_incident() -> None:
    # an alibi (or an answer) copies the telling's ``about``: the very same words of the text, not words of the act
    a = claim("event", "act:ram", "gov_n", about="into the pier")
    b = replace(a, id="k40", claimant="rebels", evidence=Span(40, 50, "other words"), polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("conflict", "existence")
    other = claim("event", "act:ram", "rebels", 40, polarity="negated", about="into the pier")  # same words elsewhere
    loose = compare(a, other, CTX)
    assert loose is not None and loose.confidence < THRESHOLD


def test_other_words_for_the_act_lower_confidence_without_vetoing() -> None:
    a = crossing("gov_n", about="the incursion", target="gov_n")
    b = crossing("gov_s", "negated", 50, about="no crossing")
    assert verdict(compare(a, b, CTX)) is None
    assert verdict(compare(a, b, CTX, single=True)) == ("conflict", "existence")


def test_matched_arguments_raise_confidence() -> None:
    plain = compare(crossing("gov_n"), crossing("gov_s", "negated", 50), CTX)
    fuller = compare(crossing("gov_n", target="gov_n", time="t_mon", place="town"),
                     crossing("gov_s", "negated", 50, target="gov_n", time="t_mon", place="town"), CTX)
    assert plain is not None and fuller is not None and fuller.confidence > plain.confidence
    assert 0.0 <= plain.confidence <= 1.0 and fuller.confidence <= 1.0


def test_different_acts_are_not_compared_unless_the_vocabulary_merges_them() -> None:
    a = claim("event", "COERCE", "gov_n", agent="army_s", target="town")
    b = claim("event", "ASSAULT", "gov_s", 50, polarity="negated", agent="army_s", target="town")
    assert compare(a, b, CTX) is None
    merged = Rules(acts={"COERCE": "ASSAULT"})
    assert verdict(compare(a, b, CTX, merged)) == ("conflict", "existence")


def test_two_sides_naming_different_attackers_of_one_target_is_a_cause_conflict() -> None:
    a = claim("event", "ASSAULT", "gov_n", agent="army_s", target="town")
    b = claim("event", "ASSAULT", "gov_s", 60, agent="rebels", target="town")
    assert verdict(compare(a, b, CTX)) == ("conflict", "cause")


def test_attackers_of_one_camp_are_no_dispute() -> None:
    a = claim("event", "ASSAULT", "monitor", agent="army_s", target="town")
    b = claim("event", "ASSAULT", "gov_n", 60, agent="gov_s", target="town")
    assert compare(a, b, CTX) is None


def test_each_side_saying_the_other_fired_first_is_a_cause_conflict_when_anchored() -> None:
    a = claim("event", "ASSAULT", "gov_n", agent="army_s", target="army_n", time="t_tue")
    b = claim("event", "ASSAULT", "gov_s", 80, agent="army_n", target="army_s", time="t_tue")
    assert verdict(compare(a, b, CTX)) == ("conflict", "cause")
    # Undated, with other clashes around: two attacks may both have happened.
    a2 = claim("event", "ASSAULT", "gov_n", agent="army_s", target="army_n")
    b2 = claim("event", "ASSAULT", "gov_s", 80, agent="army_n", target="army_s")
    assert verdict(compare(a2, b2, CTX)) is None


def test_each_side_reporting_its_own_strike_is_no_dispute() -> None:
    a = claim("event", "ASSAULT", "gov_n", agent="army_n", target="army_s", time="t_tue")
    b = claim("event", "ASSAULT", "gov_s", 80, agent="army_s", target="army_n", time="t_tue")
    assert compare(a, b, CTX) is None


def test_each_side_blaming_the_other_camp_is_a_cause_conflict_beyond_one_entity() -> None:
    # The northern government says the southern army shelled its army; the southern government says the
    # northern minister's forces (another actor of the north) struck its army first.
    a = claim("event", "ASSAULT", "gov_n", agent="army_s", target="army_n", time="t_tue")
    b = claim("event", "ASSAULT", "gov_s", 80, agent="minister_n", target="army_s", time="t_tue")
    assert verdict(compare(a, b, CTX)) == ("conflict", "cause")
    # A third party struck by the north is telling of another attack, not answering the north's account.
    c = claim("event", "ASSAULT", "rebels", 80, agent="army_n", target="rebels", time="t_tue")
    assert verdict(compare(a, c, CTX)) is None
    # A side telling of its own camp's strike elsewhere blames nobody; telling the same strike corroborates.
    d = claim("event", "ASSAULT", "gov_s", 80, agent="army_s", target="town", time="t_tue")
    assert verdict(compare(a, d, CTX)) is None
    e = claim("event", "ASSAULT", "gov_s", 80, agent="army_s", target="army_n", time="t_tue")
    assert verdict(compare(a, e, CTX)) == ("corroboration", None)


def test_mutual_accusations_are_not_a_responsibility_dispute() -> None:
    a = claim("event", "ACCUSE", "gov_n", agent="gov_n", target="gov_s", time="t_tue")
    b = claim("event", "ACCUSE", "gov_s", 80, agent="gov_s", target="gov_n", time="t_tue")
    assert verdict(compare(a, b, CTX)) is None


def test_two_sides_telling_the_same_event_corroborate() -> None:
    f = compare(crossing("gov_n", target="town"), crossing("monitor", at=70, target="town"), CTX)
    assert verdict(f) == ("corroboration", None)
    assert compare(crossing("gov_n", target="town"), crossing("army_n", at=70, target="town"), CTX) is None


def test_the_outlet_reporting_a_strike_and_the_striker_confirming_it_corroborate() -> None:
    # "Northern jets struck a rebel camp on Tuesday"; the army: "we bombed that base on Tuesday"
    told = claim("event", "ASSAULT", None, agent="army_n", target="rebels", time="t_tue")
    confirmed = claim("event", "ASSAULT", "army_n", 60, agent="army_n", target="rebels", time="t_tue")
    assert verdict(compare(told, confirmed, CTX)) == ("corroboration", None)
    # ... not a strike of another day
    assert compare(told, replace(confirmed, time="t_mon"), CTX) is None


def test_a_claimant_repeating_itself_is_nothing() -> None:
    assert compare(crossing("gov_n"), crossing("gov_n", at=90), CTX) is None


def test_claims_of_different_kinds_are_not_compared() -> None:
    a = crossing("gov_n")
    b = claim("status", "MOBILIZE", "gov_s", 50, polarity="negated")
    assert compare(a, b, CTX) is None


# --- quantities ---------------------------------------------------------------------------------------

def _ranges(a: Amount, b: Amount) -> str:
    """A stand-in for the quantity relation: exact equal figures are the same, disjoint ranges incompatible."""
    if (a.low, a.high) == (b.low, b.high):
        return "same"
    lo_a, hi_a = a.low or 0, a.high if a.high is not None else float("inf")
    lo_b, hi_b = b.low or 0, b.high if b.high is not None else float("inf")
    return "incompatible" if hi_a < lo_b or hi_b < lo_a else "compatible"


@pytest.fixture
def ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quantity_module, "relation", _ranges)


def toll(claimant: str | None, low: float | None, high: float | None, at: int = 0, hedge: str | None = None,
         **fields: Any) -> Claim:
    return claim("quantity", "deaths", claimant, at, value=Amount(low, high, "deaths", hedge), **fields)


@pytest.mark.usefixtures("ranges")
def test_figures_that_cannot_both_hold_are_a_quantity_conflict() -> None:
    f = compare(toll("monitor", 120, 120), toll("gov_n", 0, 9, 40, "fewer than"), CTX)
    assert verdict(f) == ("conflict", "quantity")
    assert f is not None and "120 deaths" in f.summary and "fewer than" in f.summary


@pytest.mark.usefixtures("ranges")
def test_overlapping_ranges_are_no_conflict() -> None:
    assert compare(toll("monitor", 40, None, hedge="at least"), toll("gov_n", 55, 55, 40), CTX) is None


@pytest.mark.usefixtures("ranges")
def test_the_same_figure_from_two_sides_corroborates() -> None:
    assert verdict(compare(toll("monitor", 31, 31), toll("gov_s", 31, 31, 40), CTX)) == ("corroboration", None)


def test_figures_that_agree_as_given_corroborate() -> None:
    # "nearly 80 were deported" and "80 were deported"; "thousands of shootings" and "3,417 shootings"
    assert verdict(compare(toll(None, None, 80, hedge="nearly"), toll("gov_s", 80, 80, 40), CTX)) == (
        "corroboration", None)
    assert verdict(compare(toll("monitor", 2000, 9999, hedge="thousands"), toll("gov_s", 3417, 3417, 40), CTX)) == (
        "corroboration", None)
    # an open bound that merely allows the other figure is no second report of it
    assert compare(toll("monitor", 30, None, hedge="at least"), toll("gov_s", 95, 95, 40), CTX) is None


@pytest.mark.usefixtures("ranges")
def test_one_camp_changing_its_figure_is_a_revision() -> None:
    assert verdict(compare(toll("gov_n", 12, 12), toll("minister_n", 20, 20, 40), CTX)) == ("revision", None)
    # ... even on another day; repeating the figure is nothing.
    assert verdict(compare(toll("gov_n", 12, 12, time="t_mon"), toll("gov_n", 20, 20, 40, time="t_tue"),
                           CTX)) == ("revision", None)
    assert compare(toll("gov_n", 12, 12), toll("minister_n", 12, 12, 40), CTX) is None


@pytest.mark.usefixtures("ranges")
def test_counts_of_other_days_places_or_agents_are_not_compared() -> None:
    assert compare(toll("monitor", 120, 120, time="t_mon"), toll("gov_n", 3, 3, 40, time="t_tue"), CTX) is None
    assert compare(toll("monitor", 120, 120, place="town"), toll("gov_n", 3, 3, 40, place="port"), CTX) is None
    assert compare(toll("monitor", 120, 120, agent="army_n"), toll("gov_n", 3, 3, 40, agent="rebels"), CTX) is None


@pytest.mark.usefixtures("ranges")
def test_different_classes_or_units_are_not_compared() -> None:
    injured = claim("quantity", "injuries", "gov_n", 40, value=Amount(3, 3, "injuries"))
    assert compare(toll("monitor", 120, 120), injured, CTX) is None
    odd = claim("quantity", "deaths", "gov_n", 40, value=Amount(3, 3, "households"))
    assert compare(toll("monitor", 120, 120), odd, CTX) is None


@pytest.mark.usefixtures("ranges")
def test_hypothetical_figures_claim_nothing() -> None:
    assert compare(toll("monitor", 120, 120), toll("gov_n", 3, 3, 40, modality="hypothetical"), CTX) is None


def test_quantity_conflict_with_the_shipped_relation() -> None:
    assert verdict(compare(toll("monitor", 120, 120), toll("gov_n", 0, 9, 40, "fewer than"), CTX)) == (
        "conflict", "quantity")
    assert verdict(compare(toll("monitor", 40, None, hedge="at least"), toll("gov_n", 15, 15, 40), CTX)) == (
        "conflict", "quantity")


# --- cause and responsibility ---------------------------------------------------------------------------

def cause(predicate: str, claimant: str | None, at: int = 0, about: str | None = "the blast at the depot",
          **fields: Any) -> Claim:
    return claim("cause", predicate, claimant, at, about=about, **fields)


def test_intentional_and_accidental_causes_conflict() -> None:
    f = compare(cause("sabotage", "gov_n"), cause("accident", "monitor", 60, "the depot blast"), CTX, CAUSES)
    assert verdict(f) == ("conflict", "cause")


def test_causes_of_unknown_groups_are_never_incompatible() -> None:
    assert compare(cause("sabotage", "gov_n"), cause("accident", "monitor", 60), CTX) is None


def test_causes_of_one_group_corroborate_and_one_camp_revises() -> None:
    same_group = compare(cause("sabotage", "gov_n"), cause("terrorism", "gov_s", 60), CTX, CAUSES)
    assert verdict(same_group) == ("corroboration", None)
    assert verdict(compare(cause("sabotage", "gov_n"), cause("accident", "army_n", 60), CTX, CAUSES)) == (
        "revision", None)


def test_a_cause_asserted_and_denied_conflicts() -> None:
    f = compare(cause("accident", "gov_n"), cause("accident", "monitor", 60, polarity="negated"), CTX, CAUSES)
    assert verdict(f) == ("conflict", "cause")


def test_denying_one_cause_does_not_contradict_another() -> None:
    f = compare(cause("sabotage", "gov_n", polarity="negated"), cause("accident", "monitor", 60), CTX, CAUSES)
    assert f is None


def test_causes_of_different_incidents_need_one_incident_in_scope() -> None:
    a = cause("sabotage", "gov_n", about="the fire at the refinery")
    b = cause("accident", "monitor", 60, about="the derailment near the bridge")
    assert verdict(compare(a, b, CTX, CAUSES)) is None
    assert verdict(compare(a, b, CTX, CAUSES, single=True)) == ("conflict", "cause")


def test_responsibility_denied_by_the_accused() -> None:
    a = cause("responsible", "gov_n", about="the attack on the convoy", agent="rebels")
    b = cause("responsible", "rebels", 60, about="the convoy attack", agent="rebels", polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("conflict", "cause")


def test_responsibility_put_on_different_parties() -> None:
    a = cause("responsible", "gov_n", about="the shelling", agent="army_s")
    b = cause("responsible", "gov_s", 60, about="the shelling", agent="rebels")
    assert verdict(compare(a, b, CTX)) == ("conflict", "cause")
    c = cause("responsible", "monitor", 60, about="the shelling", agent="gov_s")
    # the army and its government are one party: both lay the shelling on it
    assert verdict(compare(a, c, CTX)) == ("corroboration", None)
    d = cause("responsible", "gov_s", 60, about="the shelling", agent="gov_s", polarity="negated")
    assert verdict(compare(a, d, CTX)) == ("conflict", "cause")  # its government denies it


def test_responsibility_without_agents_or_denied_for_others_says_nothing() -> None:
    a = cause("responsible", "gov_n", about="the shelling", agent="army_s", polarity="negated")
    b = cause("responsible", "gov_s", 60, about="the shelling", agent="rebels", polarity="negated")
    assert compare(a, b, CTX) is None
    assert compare(cause("responsible", "gov_n", about="the shelling"), b, CTX) is None


# --- status and acceptance -----------------------------------------------------------------------------

def test_status_asserted_and_denied_about_one_thing() -> None:
    a = claim("status", "lawful", "gov_n", about="the naval blockade")
    b = claim("status", "lawful", "monitor", 60, about="the blockade", polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("conflict", "status")


def test_status_about_different_things_or_predicates_is_no_conflict() -> None:
    a = claim("status", "lawful", "gov_n", about="the naval blockade")
    b = claim("status", "lawful", "monitor", 60, about="the detentions", polarity="negated")
    assert compare(a, b, CTX) is None
    c = claim("status", "proportionate", "monitor", 60, about="the naval blockade", polarity="negated")
    assert compare(a, c, CTX) is None


def test_status_flipped_by_one_camp_is_a_revision_and_agreement_a_corroboration() -> None:
    a = claim("status", "free and fair", "gov_s", about="the vote")
    b = claim("status", "free and fair", "army_s", 60, about="the vote", polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("revision", None)
    c = claim("status", "free and fair", "monitor", 60, about="the vote")
    assert verdict(compare(a, c, CTX)) == ("corroboration", None)


def test_acceptance_claimed_and_denied_for_one_agent() -> None:
    a = claim("acceptance", "accepted", "gov_n", about="the prisoner swap", agent="rebels")
    b = claim("acceptance", "accepted", "rebels", 60, about="the swap", agent="rebels", polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("conflict", "acceptance")


def test_acceptance_of_different_agents_or_without_agent_is_no_conflict() -> None:
    a = claim("acceptance", "accepted", "gov_n", about="the timetable", agent="rebels")
    b = claim("acceptance", "accepted", "rebels", 60, about="the timetable", agent="gov_n", polarity="negated")
    assert compare(a, b, CTX) is None
    c = claim("acceptance", "accepted", "rebels", 60, about="the timetable", polarity="negated")
    assert compare(a, c, CTX) is None


def test_acceptance_of_one_camps_two_actors_is_one_accepter() -> None:
    # "the country agreed" and "its government did not": two actors of one camp accept or refuse as one
    a = claim("acceptance", "accepted", "gov_s", about="the timetable", agent="gov_n")
    b = claim("acceptance", "accepted", "minister_n", 60, about="the timetable", agent="army_n", polarity="negated")
    assert verdict(compare(a, b, CTX)) == ("conflict", "acceptance")
    c = claim("acceptance", "accepted", "monitor", 60, about="the timetable", agent="rebels", polarity="negated")
    assert compare(a, c, CTX) is None  # another camp's refusal answers nothing


def test_characterisation_is_left_to_the_label_code_but_corroborates() -> None:
    a = Claim("k1", "characterisation", "memorandum", Span(0, 5, "memo"), "gov_n", (("agreement", "a1"),))
    b = Claim("k2", "characterisation", "treaty", Span(20, 25, "pact"), "gov_s", (("agreement", "a1"),))
    c = Claim("k3", "characterisation", "memorandum", Span(40, 45, "memo"), "monitor", (("agreement", "a1"),))
    assert compare(a, b, CTX) is None
    assert verdict(compare(a, c, CTX)) == ("corroboration", None)


# --- helpers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2031-03-03", "2031-03-03", "same"), ("2031-03-03", "2031-03-04", "different"),
    ("2031-03", "2031-03-04", "compatible"), ("2031", "2032-01", "different"),
    ("2031-03-03T10:00", "2031-03-03", "compatible"), (None, "2031", "compatible"),
    ("PRESENT_REF", "2031-03-03", "compatible"), ("2031-W10", "2031-W11", "compatible"),
    # two posts of one live blog: two moments, but a post's stamp does not date what it tells
    ("2031-03-03T09:05", "2031-03-03T17:50", "compatible"), ("2031-03-03T09:05", "2031-03-03T09:05", "same"),
    ("2031-03-03T09:05", "2031-03-04T09:05", "different"),
])
def test_time_relation(a: str | None, b: str, expected: str) -> None:
    assert time_relation(a, b) == expected


def test_time_key_orders_days_and_clock_times() -> None:
    values = ["2031-03-03T17:50", "2031-03-04", "2031-03-03T09:05", "2031-03-03", "2031-02"]
    assert sorted(values, key=lambda v: time_key(v) or "") == [
        "2031-02", "2031-03-03", "2031-03-03T09:05", "2031-03-03T17:50", "2031-03-04"]
    assert time_key("PRESENT_REF") is None and time_key(None) is None and time_key("2031-W10") is None


def test_consistent_and_describe() -> None:
    assert consistent(crossing("gov_n", time="t_mon"), crossing("gov_s", time="t_month"), CTX)
    assert not consistent(crossing("gov_n", place="town"), crossing("gov_s", place="port"), CTX)
    assert describe(crossing("gov_n", "negated"), CTX) == "it did not happen"
    assert describe(toll(None, 40, None, hedge="at least"), CTX) == "at least 40 deaths"


@pytest.mark.parametrize(("low", "high", "hedge", "expected"), [
    (300, None, "more than", "more than 300 deaths"),  # hedged bounds keep the figure: "more than 300"
    (None, 12, "fewer than", "fewer than 12 deaths"),
    (None, 25, "up to", "up to 25 deaths"),
    (60, 60, "about", "about 60 deaths"),  # the comparison widens "about 60", the record keeps 60
    (2000, 9000, "a few thousand", "a few thousand deaths"),  # a vague amount has no figure of its own
    (35, 35, None, "35 deaths"),
])
def test_describe_gives_the_figure_as_the_text_gave_it(low: float | None, high: float | None, hedge: str | None,
                                                      expected: str) -> None:
    assert describe(toll("monitor", low, high, hedge=hedge), CTX) == expected
    assert describe(cause("accident", "gov_n", polarity="negated"), CTX) == "not accident"


def test_actor_refusing_what_another_side_says_it_agreed_to_is_an_acceptance_conflict() -> None:
    said_yes = claim("event", "AGREE", "monitor", 0, agent="rebels", target="gov_n")
    said_no = claim("event", "REJECT", "rebels", 40, agent="rebels")
    assert verdict(compare(said_yes, said_no, CTX, single=True)) == ("conflict", "acceptance")
    assert describe(said_no, CTX) == "rebels did not agree"


def test_refusal_by_a_third_party_or_of_another_actor_is_no_acceptance_conflict() -> None:
    said_yes = claim("event", "AGREE", "monitor", 0, agent="rebels")
    by_other = claim("event", "REJECT", "gov_s", 40, agent="rebels")  # someone else says the rebels refused
    other_agent = claim("event", "REJECT", "gov_s", 40, agent="gov_s")  # a different actor refusing
    assert verdict(compare(said_yes, by_other, CTX, single=True)) is None
    assert verdict(compare(said_yes, other_agent, CTX, single=True)) is None
    own_word = claim("event", "AGREE", "army_n", 0, agent="gov_n")  # the actor's own side said yes: revision
    assert verdict(compare(own_word, claim("event", "REJECT", "gov_n", 40, agent="gov_n"), CTX, single=True)) is None


def test_shipped_rules_are_read_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ledger asks for the shipped rules for every stored document: the vocabulary file is read only once."""
    from newsledger.lexicon import claims as claims_lexicon

    compare_engine.shipped_rules.cache_clear()
    reads: list[str | None] = []
    original = claims_lexicon.load_claim_vocabulary

    def counted(user_file: str | None = None) -> claims_lexicon.ClaimVocabulary:
        reads.append(user_file)
        return original(user_file)

    monkeypatch.setattr(claims_lexicon, "load_claim_vocabulary", counted)
    first = compare_engine.shipped_rules()
    assert compare_engine.shipped_rules() is first
    assert reads == [None]
    assert first.families  # the shipped act families are in it


def test_two_clock_times_are_two_moments() -> None:
    assert two_moments("2031-05-02T05:50", "2031-05-02T08:15")
    assert not two_moments("2031-05-02T05:50", "2031-05-02T05:50")
    assert not two_moments("2031-05-02", "2031-05-02T08:15")
    assert not two_moments(None, "2031-05-02T08:15")


# --- stricter pairing: background figures, sites inside a town, one count under two nouns --------------

def test_the_outlets_amount_in_words_is_background_not_a_dispute() -> None:
    # "the war has killed hundreds in the region" (the outlet) beside a source's toll of one raid
    background = toll(None, 200, 999, hedge="hundreds")
    assert compare(background, toll("gov_n", 7, 7, 40), CTX) is None
    assert compare(toll("gov_n", 7, 7, 40), background, CTX) is None
    # a source's own amount in words against another source's figure is still a dispute
    assert verdict(compare(toll("monitor", 200, 999, hedge="hundreds"), toll("gov_n", 7, 7, 40), CTX)) == (
        "conflict", "quantity")
    # and the outlet's own exact figure against a source's is too
    assert verdict(compare(toll(None, 60, 60), toll("gov_n", 7, 7, 40), CTX)) == ("conflict", "quantity")


@dataclass
class NestingCtx(Ctx):
    """A context where the port's quay lies in the town: a site inside it."""

    def places_nest(self, a: str, b: str) -> bool:
        return {a, b} == {"town", "quay"}


def test_a_site_inside_a_town_does_not_set_two_counts_apart() -> None:
    ctx = NestingCtx()
    in_town = toll("monitor", 120, 120, place="town")
    assert verdict(compare(in_town, toll("gov_n", 3, 3, 40, place="quay"), ctx)) == ("conflict", "quantity")
    assert compare(in_town, toll("gov_n", 3, 3, 40, place="port"), ctx) is None  # two towns: two counts


COUNTED = Rules(counted={"household": "family", "family": "family", "home": "house", "house": "house"})


def open_count(predicate: str, claimant: str, figure: float, unit: str, at: int = 0,
               hedge: str | None = None) -> Claim:
    return claim("quantity", predicate, claimant, at, about=unit, value=Amount(figure, figure, unit, hedge))


def test_open_counts_of_one_noun_class_and_verb_are_one_count() -> None:
    # "350 families were moved out" vs "some 2,100 households were moved out"
    families = open_count("count:family:move", "gov_n", 350, "families")
    households = open_count("count:household:move", "monitor", 2100, "households", 40, "some")
    assert verdict(compare(families, households, CTX, COUNTED)) == ("conflict", "quantity")
    # without the class the two nouns are two things; another verb is another count
    assert compare(families, households, CTX) is None
    moved_in = open_count("count:household:arrive", "monitor", 2100, "households", 40)
    assert compare(families, moved_in, CTX, COUNTED) is None
    # nouns of two classes never meet
    assert compare(families, open_count("count:home:move", "monitor", 2100, "homes", 40), CTX, COUNTED) is None
    # and figures that agree under the class corroborate
    assert verdict(compare(families, open_count("count:household:move", "monitor", 350, "households", 40), CTX,
                           COUNTED)) == ("corroboration", None)


def test_the_shipped_rules_know_households_and_families_as_one_class() -> None:
    rules = compare_engine.shipped_rules()
    assert rules.count_key("count:household:leave") == rules.count_key("count:family:leave")
    assert rules.count_key("count:household:leave") != rules.count_key("count:family:arrive")
    assert rules.count_key("deaths") == "deaths"


def told(claimant: str | None, words: str, polarity: str = "asserted", at: int = 0) -> Claim:
    """An act the lexicon does not type, named only by its words."""
    return claim("event", "OCCURRENCE", claimant, at, about=words, polarity=polarity, agent="army_s")


def test_an_untyped_act_in_other_words_is_another_act() -> None:
    # "the soldiers burned the granary" vs "the soldiers never looted anything"
    # (even as the only two claims of their family in the article)
    assert compare(told("gov_n", "burned the granary"), told("gov_s", "looted anything", "negated", 40), CTX,
                   single=True) is None
    # the same words (or their stems) name one act: asserted and denied is a dispute
    assert verdict(compare(told("gov_n", "burned the granary"), told("gov_s", "never burned it", "negated", 40),
                           CTX)) == ("conflict", "existence")


def test_a_status_of_nothing_named_in_common_is_no_dispute_unless_alone() -> None:
    # "the decree is lawful" against a bare "that is unlawful" (no thing named): maybe two things
    decree = claim("status", "lawful", "gov_n", about="the decree")
    bare = claim("status", "lawful", "monitor", 60, polarity="negated")
    assert compare(decree, bare, CTX) is None
    # the only two claims of their proposition in the article, or one named thing, are one thing
    assert verdict(compare(decree, bare, CTX, single=True)) == ("conflict", "status")
    assert verdict(compare(decree, claim("status", "lawful", "monitor", 60, about="this decree",
                                         polarity="negated"), CTX)) == ("conflict", "status")

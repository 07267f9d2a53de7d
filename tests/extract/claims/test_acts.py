"""Acts told or denied by one side only (extract/claims/acts.py): a speaker's reported clause with an action verb
that no event pattern codes and no denial pairs is an ``act:`` event claim of its own, asserted or negated; a
hedged, subordinate, stative or subjectless clause, the outlet's words and the making of an accord are not.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.extract.claims.acts import ACT_PREFIX
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _acts(a: Analysis) -> list[tuple[str, str, str, str]]:
    """(claimant name, predicate, polarity, evidence) of each act claim."""
    names = {e.id: e.name for e in a.entities}
    return [(names.get(c.claimant or "", "@outlet"), c.predicate, c.polarity, c.evidence.text) for c in a.claims
            if c.predicate.startswith(ACT_PREFIX)]


# Another side denies an act in each story.
_DENIED = " Kpone Dredging said its barges had not left the harbour that week."


@pytest.mark.parametrize(("text", "polarity", "words"), [
    # a material act no event pattern maps, told through a cue
    ("The fishermen's association said the dredging firm had scraped a trench across the lagoon floor.",
     "asserted", "scraped a trench across the lagoon floor"),
    # a quoted sentence's own verb
    ('"Their crews hauled the nets onto the barge at night," said Amina Diallo, who heads the cooperative.',
     "asserted", "hauled the nets onto the barge"),
    # a passive with a past auxiliary
    ("The villagers' council said the sluice gates had been unbolted on Tuesday evening.",
     "asserted", "the sluice gates had been unbolted"),
    # a negated act, no denial verb
    ("The port authority said its tugs had not towed any barge past the breakwater that week.",
     "negated", "had not towed any barge past the breakwater"),
    # a negative pronoun as the doer
    ('"Nobody unbolted the pipeline valve," the plant manager, Kofi Asante, told reporters.',
     "negated", "Nobody unbolted the pipeline valve"),
    # a finite verb the parse hung on the cue's object ("told me a bulldozer rolled in"), and its conjunct
    ("Fishermen told me a crane from the port rolled along the quay at dawn and knocked down the sheds.",
     "asserted", "knocked down the sheds"),
    # "none of" as the doer
    ("Kigoma Haulage Ltd says none of its lorries rolled past the checkpoint on Sunday.",
     "negated", "none of its lorries rolled past the checkpoint"),
])
def test_a_speakers_reported_act_is_a_claim(text: str, polarity: str, words: str) -> None:
    found = _acts(_run(text + _DENIED))
    assert any(p == polarity and words in ev and who != "@outlet" for who, _, p, ev in found), found


@pytest.mark.parametrize("text", [
    # hedged
    ('"Perhaps the guards towed the barge away," said Amina Diallo, who heads the cooperative.'),
    # a state, not something done
    ("The port authority said the two barges are not connected to the pier."),
    # the outlet's own words
    ("Crews hauled the nets onto the barge at night."),
    # a relative clause, not what the statement reports
    ("The fishermen's association said the firm, which had scraped a trench, wanted a new permit."),
    # said of things told before
    ("Kigoma Haulage Ltd said none of them rolled past the checkpoint."),
    # the making of an accord is the acceptance claims'
    ('"We signed nothing in Lome," said Kodjo Mensah, a spokesman for the rebels.'),
])
def test_no_act_claim(text: str) -> None:
    found = [f for f in _acts(_run(text + _DENIED)) if "barges had not left" not in f[3]]
    assert not found, found


def test_none_of_them_is_no_act_denied() -> None:
    text = ("Kigoma Haulage Ltd said four drivers were on the ferry. The Lake Rescue Agency said none of them "
            "survived.")
    assert not [f for f in _acts(_run(text)) if f[2] == "negated"]


_TOLD = "The Volta Fishers Association said a barge had towed sand past the lighthouse on Monday. "


@pytest.mark.parametrize(("denial", "conflict"), [
    # the same act and place, told and denied by two sides
    ("Kpone Dredging said its tugs had not towed anything past the lighthouse on Monday.", True),
    # the same act somewhere else: a shared date alone does not make it one act
    ("Kpone Dredging said its tugs had not towed anything across the shipping lane on Monday.", False),
])
def test_act_claims_meet_only_about_one_thing(denial: str, conflict: bool) -> None:
    a = _run(_TOLD + denial)
    found = [c for c in a.conflicts if c.kind == "existence"]
    assert bool(found) == conflict, found


def test_a_plan_is_claimed_as_to_come_never_as_done() -> None:
    found = _run("The port authority said its tugs will tow the barge past the breakwater next week." + _DENIED)
    plans = [c.modality for c in found.claims if c.predicate == ACT_PREFIX + "tow"]
    assert plans == ["future"]

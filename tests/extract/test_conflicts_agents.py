"""Who the agent of a disputed act is, across two sides' words (issue 14, conflicts33).

One country's forces named by two common nouns ("his gunners", "Umbrian gunners") are one agent; an act of force one
side denies its own forces began while it blames the other side is a dispute about who struck (``cause``); a side
that denies an acceptance in a name of its own ("the Council of Elders gave no undertaking") speaks of itself; a label
denied as a name ("this is not a ceasefire") disputes what a thing is; as a thing ("there is no ceasefire"), that it is;
an account denied whole whose words name a cause disputes the cause.
Claims and entities written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.extract.conflicts import DocumentContext, _Camps, conflicts
from newsledger.lexicon import Lexicon
from newsledger.models import Claim, Conflict, Entity, Span


def _ent(eid: str, name: str, type_: Any, country: str | None = None, sector: str | None = None,
         affiliation: str | None = None) -> Entity:
    return Entity(eid, name, type_, (Span(0, len(name), name),), country=country, sector=sector,
                  affiliation=affiliation)


def _claim(cid: str, kind: Any, predicate: str, claimant: str | None, words: str, start: int,
           polarity: Any = "asserted", **args: str) -> Claim:
    return Claim(cid, kind, predicate, Span(start, start + len(words), words), claimant,
                 arguments=tuple(args.items()), polarity=polarity, statement=f"s{cid}")


def _detect(nlp: Any, lexicon: Lexicon, entities: tuple[Entity, ...],
            claims: tuple[Claim, ...]) -> tuple[Conflict, ...]:
    return conflicts(nlp(""), entities, (), (), (), (), claims, lexicon)[1]


# --- one country's forces under two common nouns ------------------------------------------------------------

FORCES = (_ent("e1", "Rui Tavares", "PERSON", "KEN", "MIL"),
          _ent("e2", "his gunners", "GROUP", "KEN", "MIL", affiliation="e1"),
          _ent("e3", "Kenyan gunners", "GROUP", "KEN", "MIL"),
          _ent("e4", "Kenyan police", "GROUP", "KEN", "COP"),
          _ent("e5", "Tanzanian gunners", "GROUP", "TZA", "MIL"),
          _ent("e6", "traders", "GROUP", "KEN", "CVL"),
          _ent("e7", "Kenyan traders", "GROUP", "KEN", "CVL"))


def test_two_groups_of_one_countrys_forces_are_one_agent(lexicon: Lexicon) -> None:
    context = DocumentContext(_Camps(FORCES, lexicon.agreements, lexicon.actors.challenger_sectors), {})
    assert context.same_actor("e2", "e3")
    assert not context.same_actor("e3", "e4")  # soldiers and police: two forces
    assert not context.same_actor("e3", "e5")  # two countries
    assert not context.same_actor("e6", "e7")  # civilians are no force: "traders" may be any traders


def _gunfire(*extra: Claim) -> tuple[Claim, ...]:
    return (_claim("k1", "event", "ASSAULT", "e1", "his gunners never fired first", 0, "negated", agent="e2"),
            _claim("k2", "event", "ASSAULT", "e8", "Kenyan gunners shelled the ferry without warning", 40,
                   agent="e3"),
            *extra)


GUNFIRE = (*FORCES, _ent("e8", "Tanzanian defence ministry", "ORG", "TZA", "MIL"),
           _ent("e9", "Tanzanian", "NORP", "TZA"))


def test_an_act_of_force_denied_by_its_agents_side_and_told_by_the_other_is_disputed(
        nlp: Any, lexicon: Lexicon) -> None:
    found = _detect(nlp, lexicon, GUNFIRE, _gunfire())
    assert [c.kind for c in found] == ["existence"]


def test_a_side_that_denies_striking_first_and_blames_the_other_disputes_who_struck(
        nlp: Any, lexicon: Lexicon) -> None:
    blame = _claim("k3", "cause", "responsible", "e1", "the ferry's crew opened fire first", 100, agent="e9")
    found = _detect(nlp, lexicon, GUNFIRE, _gunfire(blame))
    assert [c.kind for c in found] == ["cause"]
    assert {s.actor for s in found[0].sides} >= {"e8"}


# --- a side that denies an acceptance under a name of its own ------------------------------------------------

def _acceptance(agent: str) -> tuple[Claim, ...]:
    return (_claim("k1", "acceptance", "accepted", "e2", "the Kenyan delegation agreed to share the rainfall logs",
                   0, agent="e3"),
            _claim("k2", "acceptance", "accepted", "e4", "the Council of Elders gave no undertaking on the logs", 60,
                   "negated", agent=agent))


ACCEPTANCE = (_ent("e1", "Tanzania", "GPE", "TZA"), _ent("e2", "Amina Juma", "PERSON", "TZA", "GOV"),
              _ent("e3", "Kenyan", "NORP", "KEN"), _ent("e4", "Kenya", "GPE", "KEN"),
              _ent("e5", "Council of Elders", "ORG"), _ent("e6", "Rui Tavares", "PERSON"),
              _ent("e7", "Ugandan delegation", "GROUP", "UGA", "GOV"))


def test_a_side_denying_its_own_acceptance_in_a_name_of_no_country_is_the_agent_the_other_names(
        nlp: Any, lexicon: Lexicon) -> None:
    found = _detect(nlp, lexicon, ACCEPTANCE, _acceptance("e5"))
    assert [c.kind for c in found] == ["acceptance"]


def test_a_denial_naming_a_person_or_another_countrys_agent_answers_nothing(nlp: Any, lexicon: Lexicon) -> None:
    assert _detect(nlp, lexicon, ACCEPTANCE, _acceptance("e6")) == ()  # a person may be anyone's
    assert _detect(nlp, lexicon, ACCEPTANCE, _acceptance("e7")) == ()  # another country did not accept


# --- a label denied as a name, or as a thing ----------------------------------------------------------------

@pytest.mark.parametrize(("denial", "kind"), [
    ("\"This is not a ceasefire,\" a spokesman for the Mau Front rebels said.", "characterisation"),
    ("\"There is no ceasefire,\" a spokesman for the Mau Front rebels said.", "existence"),
])
def test_a_label_denied_as_a_name_disputes_what_the_thing_is(analyze: Callable[..., Analysis], denial: str,
                                                               kind: str) -> None:
    found = analyze("Kenya's army said on Friday that the two sides had signed \"a ceasefire agreement\" in Nakuru. "
                    + denial).conflicts
    assert [c.kind for c in found] == [kind], [c.summary for c in found]


# --- an account denied whole, whose words name a cause ------------------------------------------------------

TOLD = "the ferry capsized after a Kenyan patrol boat struck its bow at speed"


def _account(*extra: Claim) -> tuple[Claim, ...]:
    return (_claim("k1", "event", "OCCURRENCE", "e1", TOLD, 0),
            _claim("k2", "event", "OCCURRENCE", "e2", "dismissed the account", 80, "negated"), *extra)


ACCOUNT = (_ent("e1", "Tanzanian transport ministry", "ORG", "TZA", "GOV"), _ent("e2", "Kenya", "GPE", "KEN"),
           _ent("e3", "Kenyan patrol boat", "GROUP", "KEN", "MIL"))


def test_a_denied_account_whose_words_name_the_cause_disputes_the_cause(nlp: Any, lexicon: Lexicon) -> None:
    plain = _detect(nlp, lexicon, ACCOUNT, _account())
    assert [c.kind for c in plain] == ["existence"]
    start = TOLD.index("a Kenyan patrol boat")
    cause = _claim("k3", "cause", "responsible", "e1", "a Kenyan patrol boat struck its bow", start, agent="e3")
    found = _detect(nlp, lexicon, ACCOUNT, _account(cause))
    assert [c.kind for c in found] == ["cause"], [c.summary for c in found]


def test_a_cause_that_is_the_act_told_leaves_a_denial_of_it_an_existence_conflict(nlp: Any, lexicon: Lexicon) -> None:
    told = "the Kenyan patrol boat struck the ferry's bow"
    act = Claim("k1", "event", "OCCURRENCE", Span(0, len(told), told), "e1", statement="sk1",
                about=Span(told.index("struck"), told.index("struck") + 6, "struck"))
    denial = _claim("k2", "event", "OCCURRENCE", "e2", "dismissed the account", 80, "negated")
    cause = _claim("k3", "cause", "responsible", "e1", told, 0, agent="e3")
    found = _detect(nlp, lexicon, ACCOUNT, (act, denial, cause))
    assert [c.kind for c in found] == ["existence"], [c.summary for c in found]

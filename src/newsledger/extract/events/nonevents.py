"""Acts a sentence names without telling that anyone did them: left out of the ledger.

Each rule is one construction, its words from the lexicon's lists (``data/events.yaml``):

- prevented: "barred the president from waiving sanctions", "avoided a war": the act was kept from happening
  (``lists.prevention_verbs``, ``lists.avoidance_verbs``);
- a shared opinion: "most economists agree that the plan will fail" is a view held, no agreement with anyone
  (``lists.opinion_quantifiers``, ``lists.opinion_holders``);
- a capability: "a fleet able to fire missiles", "the capacity to strike": what an actor could do
  (``lists.capability_words``);
- a toll told with nouns: "lost 6,000 dead and wounded": the wounded are people, no one wounded them here
  (``lists.casualty_adjectives``);
- a personal donation: "the businessman donated $2,000 to the senator": money a person gives to politicians
  or causes is a contribution, not aid between states and peoples (``lists.donation_verbs``);
- market language: "the index declined 0.3%" (``lists.market_units``), "small investors welcomed the deal"
  (``lists.market_actors``);
- a purpose the act itself carries out: "led a protest march ... to protest against the result" is one protest
  (:func:`purposes_done`);
- an object noun in another sense, told by a verb phrase: "conducted epidemiological investigations" (the
  noun entry's ``unless_modifiers``);
- a sought act of a mode coded only when done (``lists.sought_only_modes``): "the request to investigate the
  firm", "believed Kiev needed to investigate them" (``lists.sought_heads``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from .candidates import Candidate
from .syntax import children
from .triggers import noun_entry, noun_ok

__all__ = ["not_done", "purposes_done"]

_PLACES = ("GPE", "NORP", "LOC")


def not_done(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """``cand`` names an act nobody is told to have done (one of the module's constructions)."""
    return (_prevented(cand, lex) or _opinion(cand, lex) or _capability(cand, lex) or _toll(cand, lex)
            or _personal_donation(cand, lex, person) or _sought(cand, lex) or _market_move(cand, lex)
            or _market_actors(cand, lex) or _other_sense_object(cand, lex))


def _prevented(cand: Candidate, lex: Lexicon) -> bool:
    """ "prohibit the president from waiving sanctions", "kept them from attacking", "avoided criticism"."""
    lists = lex.lists
    anchor = cand.anchor
    if cand.verbal:
        verb = anchor.head if anchor.dep_ == "conj" and anchor.head.tag_ == "VBG" else anchor
        return (verb.dep_ == "pcomp" and verb.head.lower_ == "from"
                and verb.head.head.lemma_.lower() in lists.prevention_verbs)
    noun = anchor
    if noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lists.avoidance_verbs


def _opinion(cand: Candidate, lex: Lexicon) -> bool:
    """ "Most Democrats agree that a president should not ...", "analysts agree that ...": a view shared, told
    with a clause and no party agreed with."""
    lists = lex.lists
    anchor = cand.anchor
    if cand.trigger.type != "AGREE" or anchor.lemma_.lower() != "agree" or not children(anchor, "ccomp"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in anchor.children):
        return False
    for subj in children(anchor, "nsubj"):
        if subj.lemma_.lower() in lists.opinion_holders or subj.lower_ in lists.opinion_quantifiers:
            return True
        if any(c.lower_ in lists.opinion_quantifiers for c in subj.children if c.dep_ in ("amod", "det", "advmod",
                                                                                     "compound")):
            return True
    return False


def _capability(cand: Candidate, lex: Lexicon) -> bool:
    """ "a triad able to deliver weapons by firing missiles", "missiles capable of striking", "its capacity to
    strike": what an actor could do, described through a noun; "was able to free them" tells an act done."""
    words = lex.lists.capability_words
    tok = cand.anchor
    for _ in range(7):  # through a gerund's phrases: "able to deliver them through dropping bombs and firing"
        if tok.head.i == tok.i:
            return False
        child, tok = tok, tok.head
        if tok.lemma_.lower() not in words:
            continue
        if tok.pos_ == "NOUN":
            return child.dep_ in ("acl", "prep", "relcl") or any(c.i == child.i for c in tok.children)
        return tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN")
    return False


def _toll(cand: Candidate, lex: Lexicon) -> bool:
    """ "has lost 6,000 dead and wounded", "the dead and injured": participles coordinated with "dead" are the
    people harmed, named as nouns."""
    anchor = cand.anchor
    if not cand.verbal or anchor.lemma_.lower() not in lex.lists.casualty_verbs:
        return False
    adjectives = lex.lists.casualty_adjectives
    doc, i = anchor.doc, anchor.i
    if i >= 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].lower_ in adjectives:
        return True  # (the parser may hang "wounded" from the verb before "dead")
    return anchor.dep_ == "conj" and anchor.head.lower_ in adjectives


def _personal_donation(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "Smith donated $2,400 to the senator", "donating to the congressman was Jones": a person's gift of money
    to people or campaigns, not aid (a gift to a country or a people stays aid)."""
    lists = lex.lists
    if cand.trigger.type != "AID" or cand.anchor.lemma_.lower() not in lists.donation_verbs:
        return False
    if any(t.ent_type_ in _PLACES for t in cand.targets):
        return False
    if cand.sources and all(person(s) or s.ent_type_ == "PERSON" for s in cand.sources):
        return True
    return bool(cand.targets) and all(person(t) or t.ent_type_ == "PERSON" for t in cand.targets)


def _sought(cand: Candidate, lex: Lexicon) -> bool:
    """An act of a sought-only mode asked for or held necessary: "the request to investigate the firm",
    "believed Kiev needed to investigate them" (the request is the event, the investigation is not)."""
    lists = lex.lists
    if cand.trigger.mode not in lists.sought_only_modes or not cand.verbal:
        return False
    tok = cand.anchor
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lists.sought_heads:
            return True
    return False


def _market_move(cand: Candidate, lex: Lexicon) -> bool:
    """ "Japan's index declined 0.3%", "the shares dropped 2 points": a figure moved by a measure, no act."""
    units = lex.lists.market_units
    return cand.verbal and cand.noun is None and any(
        c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in units for c in cand.anchor.children)


def _market_actors(cand: Candidate, lex: Lexicon) -> bool:
    """ "Small investors in Hong Kong have welcomed the deal": traders and markets act on prices, not on states."""
    actors = lex.lists.market_actors
    return bool(cand.sources) and all(s.lemma_.lower() in actors for s in cand.sources)


def purposes_done(cands: list[Candidate]) -> None:
    """ "led a march to the commission to protest against the result", "struck the base to punish the attack":
    a "to" clause of the same type as the act it hangs on tells that act's aim, not a second act to come."""
    acts = {c.anchor.i: c for c in cands if c.verbal and not c.dropped}
    for cand in cands:
        anchor = cand.anchor
        if cand.dropped or not cand.verbal or anchor.dep_ != "advcl" or not any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children):
            continue
        head = acts.get(anchor.head.i)
        cand.dropped = head is not None and head is not cand and head.trigger.type == cand.trigger.type


def _other_sense_object(cand: Candidate, lex: Lexicon) -> bool:
    """ "conducted epidemiological investigations": a verb coded by its object noun ("conduct" + "investigation"),
    where a modifier gives the noun another sense its own entry rules out (no one is investigated)."""
    if not cand.verbal:
        return False
    for obj in (cand.noun, *children(cand.anchor, "dobj")):
        if obj is None:
            continue
        entry = noun_entry(obj, lex)
        if entry is not None and entry.type == cand.trigger.type and entry.unless_modifiers and not noun_ok(obj, entry):
            return True
    return False

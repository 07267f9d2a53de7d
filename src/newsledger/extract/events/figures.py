"""Figures of speech: words of talk, struggle and force used for something else, left out of the ledger.

Each rule is one construction, its words from the lexicon's lists (``data/events.yaml``):

- a cognate object: "talks the talk", "refused to walk the walk", "fought the good fight": a verb whose object is
  its own noun (or the object of the verb a trigger governs) is an idiom, no talk, refusal or fight;
- a struggle against no one: "fighting back against graft", "battling poverty", "has been fighting all her life",
  "we fought the battle", "fighting smog": a verb of struggle (``lists.struggle_verbs``) with no target, whose
  against-phrase or object names no actor, whose object is a struggle noun (``lists.struggle_nouns``) or names
  neither an actor nor an act, or whose only party is a person told by name with nothing fought at all;
- a joint statement: "Dube and Mensah issued a statement describing their meeting" (``lists.statement_nouns``):
  a position two parties state together, no complaint lodged (CAMEO's "issue" + "statement" row);
- going on the offensive: "the senator went on the offensive against her rival" (``lists.offensive_nouns`` after
  a verb of ``lists.offensive_verbs``) is a war of words when a person named goes on it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ..walk import kids_of
from .candidates import Candidate
from .triggers import actor_like, noun_entry

__all__ = ["figure_of_speech"]


def figure_of_speech(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """``cand`` is a figure of speech (one of the module's constructions), no act."""
    return (_cognate_object(cand) or _struggle(cand, lex, person) or _offensive(cand, lex, person)
            or _joint_statement(cand, lex))


def _cognate(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in kids_of(verb))


def _cognate_object(cand: Candidate) -> bool:
    """ "is talking the talk", "refuses to walk the walk": a verb with its own noun as object, or a trigger whose
    complement is one."""
    verb = cand.anchor
    if not cand.verbal:
        return False
    return _cognate(verb) or any(c.dep_ == "xcomp" and _cognate(c) for c in kids_of(verb))


def _struggle(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "fighting back against graft", "has been fighting throughout her career", "we have fought
    the battle": a struggle with no one named as the one fought."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "ASSAULT" or verb.lemma_.lower() not in lex.lists.struggle_verbs:
        return False
    if any(actor_like(t, lex) and t.lemma_.lower() not in lex.lists.struggle_nouns and not _abstract(t, lex)
           for t in cand.targets):
        return False
    heads = [verb, *(c for c in kids_of(verb) if c.dep_ in ("advmod", "prt") and c.lower_ == "back")]
    against = [o for h in heads for p in kids_of(h) if p.dep_ == "prep" and p.lower_ in ("against", "with")
               for o in kids_of(p) if o.dep_ == "pobj"]
    objects = [c for c in kids_of(verb) if c.dep_ == "dobj"]
    if against or objects:
        return all(not actor_like(o, lex) or _abstract(o, lex) for o in against) and all(
            o.lemma_.lower() in lex.lists.struggle_nouns or _no_foe(o, lex) for o in objects)
    return bool(cand.sources) and all(person(s) for s in cand.sources)


def _no_foe(obj: Token, lex: Lexicon) -> bool:
    """ "fighting smog", "battling the virus": an object that names no actor and no act (a war, an attack) is a
    problem fought, no one."""
    return not actor_like(obj, lex) and noun_entry(obj, lex) is None


def _abstract(tok: Token, lex: Lexicon) -> bool:
    """ "Russophobia", "extremism": a word with an ending of ``lists.abstract_endings`` names no one, even where the
    tagger takes it for a name."""
    return tok.lower_.endswith(tuple(lex.lists.abstract_endings))


def _offensive(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "the senator went on the offensive against her rival": a person named goes on the offensive in words."""
    noun = cand.noun if cand.noun is not None else cand.anchor
    if cand.trigger.type != "ASSAULT" or noun.lemma_.lower() not in lex.lists.offensive_nouns:
        return False
    prep = noun.head
    verb = prep.head if prep.dep_ == "prep" and prep.lower_ == "on" else None
    return verb is not None and verb.lemma_.lower() in lex.lists.offensive_verbs and bool(cand.sources) and all(
        person(s) for s in cand.sources)


def _joint_statement(cand: Candidate, lex: Lexicon) -> bool:
    """ "Dube and Mensah issued a statement describing their meeting": a statement issued by parties together (a
    coordinated subject) is their shared position, no complaint lodged by one of them."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "ACCUSE" or cand.noun is not None:
        return False
    said = [c for c in kids_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in lex.lists.statement_nouns]
    issuers = [c for c in kids_of(verb) if c.dep_ == "nsubj"]
    return bool(said) and any(c.dep_ == "conj" for s in issuers for c in kids_of(s))

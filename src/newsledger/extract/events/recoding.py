"""PLOVER recoding: what is promised, intended, refused or made conditional is coded as the statement
that happened (the manual's rule), with the types, CAMEO codes and modes of ``recoding`` and
``content_modes`` in ``data/events.yaml``.

- an event in the complement of "threatened to", "urged X to", "agreed to" folds into its governor,
  whose mode (or CAMEO code) then says what was demanded, refused or promised;
- a promised, intended or future event of cooperation is AGREE, of force THREATEN, a withdrawal CONCEDE;
- "did not agree to" is a REJECT; "will withdraw unless ..." a THREATEN;
- a call for a boycott or protests against someone rallies opposition to it (ACCUSE, CAMEO 113).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ...lexicon.events import Recode, Trigger, with_type
from ..walk import kids_of
from .candidates import Candidate, acted_on
from .syntax import children, dates_only, pobjs
from .triggers import actor_like, hyphenated, nominal_trigger

__all__ = ["absorb_object", "fold_governed", "recode"]


def _recoded(trigger: Trigger, rule: Recode, lex: Lexicon, content: str | None = None) -> Trigger:
    """``trigger`` recoded by ``rule``; with ``content`` (the type of what is promised or threatened),
    its CAMEO code and mode follow the content where the data says so."""
    if content is None:
        return with_type(trigger, rule.type, rule.cameo, rule.mode)
    mode = lex.content_modes.get(rule.type, {}).get(content, rule.mode)
    return with_type(trigger, rule.type, rule.cameo_for(content), mode)


def _content_mode(trigger: Trigger, content: str, lex: Lexicon) -> Trigger:
    """A request, refusal or threat with no mode of its own takes the mode of its content."""
    modes = lex.content_modes.get(trigger.type)
    if modes is not None and trigger.mode is None:
        return replace(trigger, mode=modes.get(content))
    return trigger


def absorb_object(cand: Candidate, lex: Lexicon, taken: set[int]) -> None:
    """ "threatened sanctions", "demanded talks", "rejected the offer", "called for the lifting of sanctions": the
    object noun is the content of the request, refusal or threat, not an event of its own."""
    objs = children(cand.anchor, "dobj")
    objs += [o for p in kids_of(cand.anchor) if p.dep_ == "prep" and p.lower_ == "for" for o in pobjs(p)]
    for obj in objs:
        inner = nominal_trigger(obj, lex) or lex.nouns.get(obj.lemma_.lower())
        if inner is None:
            continue
        taken.add(obj.i)
        taken.update(o.i for o in acted_on(obj, lex))  # "called for the lifting of sanctions": no sanctions either
        against = _protested_against(obj, lex) if cand.trigger.type == "REQUEST" and inner.type == "PROTEST" else []
        if against:
            cand.trigger = _recoded(cand.trigger, lex.recoding.rally, lex)
            cand.targets = against
            continue
        cand.trigger = _content_mode(cand.trigger, inner.type, lex)


def _protested_against(noun: Token, lex: Lexicon) -> list[Token]:
    """Whom a protest noun is aimed at: "a boycott against Peru", "protests against the junta", "a boycott of Peru"
    (not "a boycott of Peruvian goods": no one)."""
    return [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ in ("against", "of") for o in pobjs(p)
            if p.lower_ == "against" or actor_like(o, lex)]


def _fold_into(outer: Candidate, inner: Candidate, lex: Lexicon) -> None:
    """The governed event ``inner`` becomes the content of its governor ``outer``."""
    inner.dropped = True
    rules = lex.recoding
    otype, inner_type = outer.trigger.type, inner.trigger.type
    if otype == "AGREE" and inner_type not in lex.type_groups.cooperative \
            and outer.anchor.lemma_.lower() != "agree":
        # "offered to withdraw" is a concession, "vowed to strike" a threat.
        if inner_type == "RETREAT":
            outer.trigger = _recoded(outer.trigger, rules.concession, lex)
        elif inner_type in rules.threat.by_content:
            outer.trigger = _recoded(outer.trigger, rules.threat, lex, inner_type)
    elif otype == "AGREE" and inner_type in rules.promise.by_content:
        outer.trigger = replace(outer.trigger, cameo=rules.promise.by_content[inner_type])
    else:
        outer.trigger = _content_mode(outer.trigger, inner_type, lex)
    if not outer.targets:
        outer.targets.extend(inner.targets)


def _aimed(cand: Candidate, lex: Lexicon) -> bool:
    """The event is aimed at someone: an actor among its targets, or "against" someone ("deploy troops against
    the rebels")."""
    return any(actor_like(t, lex) for t in cand.targets) or any(
        p.dep_ == "prep" and p.lower_ == "against" for h in (cand.anchor, *([cand.noun] if cand.noun is not None
                                                                            else [])) for p in kids_of(h))


def _promised(cand: Candidate, lex: Lexicon) -> bool:
    """Recode an asserted promise, intention or future as the PLOVER type of the statement; True if done."""
    fact = cand.fact
    rules = lex.recoding
    inner_type = cand.trigger.type
    # (a future someone else hopes or expects for the actor, "is hoping the union will back the plan", or aid told by
    # the side that gets it, "will receive loans from Canada", is no promise)
    received = cand.trigger.swap and inner_type == "AID"
    promised = fact.governor_kind == "commissive" or (fact.future and not received and not (
        fact.governor_kind is None and fact.modality == "hypothetical"))
    intended = fact.governor_kind == "intention"
    planned = fact.governor is not None and fact.governor.lemma_.lower() in lex.lists.planning_verbs
    if inner_type == "SUPPORT" and intended and not promised:
        return False  # "wants to thank" stays SUPPORT
    if inner_type == "SUPPORT" and fact.future and fact.governor_kind is None and \
            cand.trigger.cameo in lex.lists.backing_codes:
        # "the senator will support the bill": backing told in the future tense, planned, no pledge made ("will sign
        # an accord", a formal agreement, is the offer of one: AGREE)
        return False
    if inner_type == "CONSULT" and intended and planned and not promised:
        return False  # "plans to visit", "hopes to meet": a meeting planned, no offer made ("is willing to talk" is)
    if _scheduled_trip(cand):
        return False  # "she will visit Congress on Thursday": a trip on the schedule, no offer made
    if inner_type in lex.type_groups.cooperative and (promised or intended):
        # "promised to visit", "will hold talks", "intends to send aid": cooperation offered (AGREE)
        cand.trigger = _recoded(cand.trigger, rules.promise, lex, inner_type)
    elif inner_type == "RETREAT" and (promised or intended):
        cand.trigger = _recoded(cand.trigger, rules.concession, lex)
    elif inner_type in rules.threat.by_content and promised and (
            inner_type.lower() not in lex.lists.aimed_threat_types or _aimed(cand, lex)):
        # "vowed to strike again" threatens; "will increase patrols in the strait", aimed at no one, is a
        # planned show of force
        cand.trigger = _recoded(cand.trigger, rules.threat, lex, inner_type)
    else:
        return False
    return True


def _scheduled_trip(cand: Candidate) -> bool:
    """A visit told in the future tense with no promise or intention over it and no purpose of its own: the writer
    telling the schedule ("the premier will visit Oslo next week"), a planned meeting (CONSULT), not an offer;
    "will visit Chad to mediate" offers the mediation (AGREE)."""
    fact, anchor = cand.fact, cand.anchor
    if cand.trigger.type != "CONSULT" or cand.trigger.mode != "visit" or not fact.future or fact.governor is not None:
        return False
    return not any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in children(c, "aux"))
                   for c in kids_of(anchor))


def fold_governed(cands: list[Candidate], lex: Lexicon) -> None:
    """Fold an event in the complement of "threatened to", "urged X to", "agreed to" into its governor;
    recode promised, intended and future events as PLOVER does (AGREE, THREATEN, CONCEDE)."""
    by_anchor = {c.anchor.i: c for c in cands if c.verbal}
    for cand in cands:
        anchor = cand.anchor
        governed = cand.verbal and anchor.dep_ in ("xcomp", "ccomp")
        outer = by_anchor.get(anchor.head.i) if governed else None
        if cand.verbal and outer is None and _to_as_preposition(anchor):
            outer = by_anchor.get(anchor.head.head.i)  # "threatening to assault a judge", "to" parsed as a preposition
        threatened = _threatened_conjunct(cand, by_anchor, lex)
        if threatened:
            cand.dropped = True  # "threatened to attack and burn the town": the second act is threatened too
            continue
        if outer is not None and outer.anchor.lemma_.lower() in lex.fact_denial:
            outer = None  # "denied that troops attacked": the attack stays, negated by the denial
        if outer is not None and (outer.trigger.type in lex.type_groups.governing or
                                  outer.anchor.lemma_.lower() in lex.commissive):
            _fold_into(outer, cand, lex)
            continue
        fact = cand.fact
        if fact.polarity != "asserted" or not _promised(cand, lex):
            continue
        if fact.governor is not None:
            cand.evidence.append(fact.governor)
        cand.fact = replace(fact, modality="actual")


def _to_as_preposition(verb: Token) -> bool:
    """ "pleaded guilty to threatening to assault a judge": a bare verb the parser makes the object of a "to"
    preposition on a verb is that verb's infinitive complement."""
    prep = verb.head
    return (verb.dep_ == "pobj" and verb.tag_ == "VB" and prep.lower_ == "to" and prep.dep_ == "prep"
            and prep.head.pos_ == "VERB" and prep.head.i != prep.i)


def _threatened_conjunct(cand: Candidate, by_anchor: dict[int, Candidate], lex: Lexicon) -> bool:
    """The event is a later conjunct, with no subject of its own, of an act of force of the same type folded into a
    threat ("threatened to attack and burn the town", "vowed to bomb and burn"): threatened too, no act of its own."""
    anchor = cand.anchor
    if not cand.verbal or anchor.dep_ != "conj" or cand.trigger.type not in lex.recoding.threat.by_content:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False
    first = anchor.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("xcomp", "ccomp"):
        gov = first.head
    elif _to_as_preposition(first):
        gov = first.head.head
    else:
        return False
    outer, inner = by_anchor.get(gov.i), by_anchor.get(first.i)
    # (another kind of act in the list is a threat of its own: "to bomb them, bring back torture and deport")
    return outer is not None and outer.trigger.type == "THREATEN" and inner is not None and inner.dropped and (
        inner.trigger.type == cand.trigger.type)


def _in_condition(cand: Candidate, lex: Lexicon) -> bool:
    """The event is the condition of another: its clause, or the clause its noun sits in, opens with "if" or
    "unless" ("if the envoys do not meet", "unless there is no accord")."""
    clause = cand.anchor
    for _ in range(4):  # up from a noun or an infinitive to the clause that carries the mark
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("xcomp", "conj"):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.condition_marks
                                          for m in kids_of(clause))


def _refusal(cand: Candidate, lex: Lexicon) -> Trigger | None:
    """ "did not agree to", "would not provide support", "will not lift the ban": the refusal that
    happened, or None."""
    fact = cand.fact
    if not cand.verbal or fact.polarity != "negated":
        return None
    refusal = fact.future or fact.governor_kind is not None or fact.modality == "future"
    etype = cand.trigger.type
    if etype == "AGREE" or (etype in lex.type_groups.cooperative and refusal):
        return _recoded(cand.trigger, lex.recoding.refusal, lex)
    if refusal and etype in lex.type_groups.yielding:
        return _recoded(cand.trigger, lex.recoding.refusal_to_yield, lex)  # declining to yield (CAMEO 124)
    return None


def _conditional(cand: Candidate, lex: Lexicon) -> bool:
    """An asserted future or hypothetical event under an "if"/"unless" clause."""
    fact = cand.fact
    if not cand.verbal or fact.polarity != "asserted" or not (
            fact.future or fact.modality in ("hypothetical", "future")):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.condition_marks
                                         for m in kids_of(c)) for c in kids_of(cand.anchor))


def _riot(cand: Candidate, lex: Lexicon) -> bool:
    """ "Demonstrators threw rocks at the police": harm done by protesters, told by a verb."""
    return (cand.verbal and cand.trigger.type in lex.type_groups.violent and bool(cand.sources)
            and all(s.lemma_.lower() in lex.lists.protesters for s in cand.sources))


def _verbal_attack(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "Clinton's attack on Trump", "she attacks her rival's record", "attacked the minister over the
    leak", "attacked him for backing the plan": one person attacking another, or an attack over something or for
    something said or done, with no arm or harm named in the sentence, is criticism; so is a clash of named people
    or office holders ("the ministers clashed over")."""
    lists = lex.lists
    anchor = cand.anchor
    if cand.trigger.type != "ASSAULT":
        return False
    lemma = anchor.lemma_.lower()
    clash = lemma in lists.verbal_clash_words
    # "launched a fresh attack on the senator over the budget": the attack is the light verb's object
    noun = cand.noun if cand.verbal and cand.noun is not None and cand.noun.head.i == anchor.i else None
    if not clash and lemma not in lists.verbal_attack_words and (
            noun is None or noun.lemma_.lower() not in lists.verbal_attack_words):
        return False
    if any(t.lemma_.lower() in lists.weapons or t.lemma_.lower() in lists.arms for t in anchor.sent):
        return False
    if clash:
        # "the two ministers clashed over the budget": people in office clash in words; police, troops and
        # gangs clash in the street.
        return bool(cand.sources) and all(_office_holder(s, lex, person) for s in cand.sources)
    if any(c.dep_ == "prep" and c.lower_ == "over" and not dates_only(c)
           for h in (anchor, *([noun] if noun is not None else [])) for c in kids_of(h)):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in kids_of(c))
           for c in kids_of(anchor)):
        return True  # "was attacked by the senator for saying ...": blamed for what one said or did
    if any(c.dep_ == "advmod" and c.lower_ in lists.verbal_manners for c in kids_of(anchor)):
        return True  # "was not personally attacking him", "publicly attacked the minister"
    told_by = [*cand.sources, *([anchor.head] if anchor.dep_ in ("acl", "relcl") else [])]
    if any(s.lemma_.lower() in lists.media_words for s in told_by):
        return True  # "a radio ad attacking the senator", "the editorial attacked the governor"
    if any(hyphenated(t) in lists.political_roles for t in cand.targets) or any(
            c.dep_ == "dobj" and hyphenated(c) in lists.political_roles for c in kids_of(anchor)) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") and hyphenated(o) in lists.political_roles
            for c in kids_of(anchor) for o in pobjs(c)):
        return True  # "attacking the incumbent", "attacks her rival's record", "an attack on a judge's heritage"
    if cand.sources:
        # "Republican attacks": a party's attacks are words
        return any(person(s) or s.lemma_.lower() in lists.partisan_words for s in cand.sources)
    return any(person(t) and t.pos_ != "PRON" for t in cand.targets)


def _office_holder(tok: Token, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """A named person, a title ("the ministers") or a name under its title ("Prime Minister Tembo")."""
    return person(tok) or tok.lemma_.lower() in lex.pair_titles or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in lex.pair_titles for c in kids_of(tok))


def recode(cands: list[Candidate], lex: Lexicon, person: Callable[[Token], bool] = lambda _t: False) -> None:
    """Refusals and conditional threats: "did not agree to" is a REJECT; "will withdraw unless",
    "may halt talks if" are THREATENs that happened; harm done by protesters is a riot; one person's
    attack on another is criticism (``person`` says whether a token names a person)."""
    for cand in cands:
        if cand.fact.polarity == "negated" and _in_condition(cand, lex):
            # "will recall its envoy if the talks do not resume": a condition, neither a refusal nor an act denied
            cand.dropped = True
            continue
        if _riot(cand, lex):
            cand.trigger = _recoded(cand.trigger, lex.recoding.riot, lex)
        elif _verbal_attack(cand, lex, person):
            cand.trigger = _recoded(cand.trigger, lex.recoding.verbal_attack, lex)
        refused = _refusal(cand, lex)
        if refused is not None:
            cand.trigger = refused
            cand.fact = replace(cand.fact, polarity="asserted", modality="actual")
            continue
        if _conditional(cand, lex):
            etype = cand.trigger.type
            if etype in lex.type_groups.cooperative:  # "would meet the envoy if ...": a conditional offer
                cand.trigger = _recoded(cand.trigger, lex.recoding.promise, lex, etype)
            elif etype in (lex.recoding.promise.type, lex.recoding.conditional_threat.type):
                pass  # "said they would meet the mediator if ...", "would strike if ...": already the offer or threat
            else:
                cand.trigger = _recoded(cand.trigger, lex.recoding.conditional_threat, lex, etype)
            cand.fact = replace(cand.fact, modality="actual")


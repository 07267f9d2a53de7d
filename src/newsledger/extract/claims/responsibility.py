"""Responsibility claims: who carried out an act, as its claimant says (predicate ``responsible``).

"X carried out the attack", "X was behind the bombing", "X is responsible for the blast", "X claimed
responsibility for the raid", "X admitted carrying out the raid" assert it; "X did not carry out the attack", "X
denied carrying out the attack", "X denied responsibility for the blast", "X had nothing to do with the shooting"
deny it (a denial the outlet tells is X's own claim). "X had no role in the raid" and "X was not involved in the
raid" deny it too ("played a role in", "was involved in" assert it). "Z blamed X for the attack" and "Z accused X
of (carrying out) the attack" are Z's claims that X did it. The act must be an incident noun and X an actor the
text names (or "we" inside a quote: the speaker); otherwise no claim.

Blame laid on someone is a responsibility claim with or without the act named: "responsibility (for the crush)
lies with the police", "the fault rests with the operator", "the blame does not lie with us" (``blame_nouns`` as the
subject of ``resting_verbs`` with ``resting_preps``), "X is to blame (for the sinking)" (``blame_infinitives``); with
no act named, only in a document that names an incident, and ``about`` is then left open.

Who struck first is a responsibility claim too, with no incident noun needed: "X opened fire first", "X
fired the first shots", "it was X that started shooting", "X started the fighting" (each side naming the
other is a conflict about one act with two agents).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ...models import Claim, Polarity
from ..walk import kids_of
from .context import Context, Voice
from .sides import placed

__all__ = ["responsibility_claims"]

PREDICATE = "responsible"


def _perpetration(verb: Token, ctx: Context) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ctx.words.perpetration_verbs:
        return True
    return any(f"{lemma} {c.lower_}" in ctx.words.perpetration_verbs for c in kids_of(verb) if c.dep_ == "prt")


def _agent_of(verb: Token, ctx: Context) -> Token | None:
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    return subj


def _for_object(resp: Token, ctx: Context) -> tuple[Token, Token, bool] | None:
    """ "is responsible for", "claimed / denied responsibility for": (verb, agent, denied)."""
    verb = resp.head
    if resp.dep_ in ("acomp", "attr") and verb.lemma_.lower() in ctx.words.link_verbs:
        agent = _agent_of(verb, ctx)
        return (verb, agent, False) if agent is not None else None
    if resp.dep_ == "dobj":
        lemma = verb.lemma_.lower()
        agent = _agent_of(verb, ctx)
        if agent is None:
            return None
        if lemma in ctx.words.denial_verbs:
            return verb, agent, True
        if lemma in ctx.words.admission_verbs:
            return verb, agent, False
    return None


def _nothing_to_do(prep: Token, ctx: Context) -> tuple[Token, Token, bool] | None:
    """ "had nothing to do with the attack", "did not have anything to do with it"."""
    do = prep.head
    if do.lemma_ != "do" or do.dep_ not in ("relcl", "acl"):
        return None
    pron = do.head
    have = pron.head
    if pron.dep_ != "dobj" or have.lemma_ != "have":
        return None
    agent = _agent_of(have, ctx)
    if agent is None:
        return None
    if pron.lower_ in ctx.words.nothing_words:
        return have, agent, True
    if pron.lower_ == "anything":
        return have, agent, False  # negated through the clause ("did not have anything to do with")
    return None


def _involvement(prep: Token, ctx: Context) -> tuple[Token, Token, bool] | None:
    """ "had no role in the attack", "played a part in", "was (not) involved in": (verb, agent, denied)."""
    head = prep.head
    lemma = head.lemma_.lower()
    lists = ctx.lexicon.claims.lists
    if lemma in lists.involvement_words and head.pos_ == "VERB":  # "was involved in"
        agent = ctx.subject(head)
        return (head, agent, False) if agent is not None and agent.dep_ in ("nsubj", "nsubjpass") else None
    if lemma in lists.role_verbs:  # "played a role in", the preposition on the verb
        role = next((c for c in kids_of(head) if c.dep_ == "dobj" and c.lemma_.lower() in lists.role_nouns), None)
        if role is None:
            return None
        head = role
    elif lemma not in lists.role_nouns or head.dep_ != "dobj":
        return None
    verb = head.head
    agent = _agent_of(verb, ctx)
    if agent is None or verb.lemma_.lower() not in lists.role_verbs:
        return None
    return verb, agent, any(c.lower_ in ctx.words.negative_determiners for c in kids_of(head) if c.dep_ == "det")


def _blamed(act: Token, ctx: Context) -> tuple[Token, Token, Token] | None:
    """ "Z blamed X for the attack", "Z accused X of (carrying out) the attack": (verb, X, Z)."""
    lists = ctx.lexicon.claims.lists
    verbs = lists.blame_verbs | lists.accuse_verbs
    cur = act
    for _ in range(4):
        head = cur.head
        if head is cur:
            return None
        if cur.dep_ in ("pobj", "dobj", "pcomp") or (cur.dep_ == "prep" and cur.lower_ in ("for", "of")):
            if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
                if cur.dep_ != "prep":
                    return None
                agent = next((c for c in kids_of(head) if c.dep_ == "dobj"), None)
                blamer = _agent_of(head, ctx)
                return (head, agent, blamer) if agent is not None and blamer is not None else None
            if cur.dep_ == "dobj" and not _perpetration(head, ctx):
                return None
            cur = head
            continue
        return None
    return None


def _frame(act: Token, ctx: Context) -> tuple[Token, Token, bool] | None:
    """(the verb, the agent, denied by its words) of a responsibility frame around the act ``act``."""
    head = act.head
    if act.dep_ == "dobj" and _perpetration(head, ctx):
        agent = _agent_of(head, ctx)
        if agent is None and head.dep_ == "xcomp":  # "X denied carrying out the attack", "X admitted carrying out"
            over = head.head
            agent, lemma = _agent_of(over, ctx), over.lemma_.lower()
            if agent is None or lemma not in ctx.words.denial_verbs | ctx.words.admission_verbs:
                return None
            return over, agent, lemma in ctx.words.denial_verbs
        return (head, agent, False) if agent is not None else None
    if act.dep_ == "nsubjpass" and _perpetration(head, ctx):
        by = next((c for c in kids_of(head) if c.dep_ == "agent"), None)
        agent = next((p for p in kids_of(by) if p.dep_ == "pobj"), None) if by is not None else None
        return (head, agent, False) if agent is not None else None
    if act.dep_ != "pobj" or head.dep_ not in ("prep", "agent"):
        return None
    word = head.lower_
    if word in ctx.words.responsibility_words and head.head.lemma_.lower() in ctx.words.link_verbs:
        agent = _agent_of(head.head, ctx)  # "was behind the attack"
        return (head.head, agent, False) if agent is not None else None
    if word == "for" and head.head.lemma_.lower() in ctx.words.responsibility_words:
        return _for_object(head.head, ctx)
    if word == "with":
        return _nothing_to_do(head, ctx)
    if word == "in":
        return _involvement(head, ctx)
    return None


def _hostile(verb: Token, ctx: Context) -> bool:
    """A verb of opening hostilities: "fire", "shoot", "open fire" (the verb with its object)."""
    hostile = ctx.lexicon.claims.lists.hostile_verbs
    lemma = verb.lemma_.lower()
    return lemma in hostile or any(
        f"{lemma} {c.lemma_.lower()}" in hostile or f"{lemma} {c.lower_}" in hostile
        for c in kids_of(verb) if c.dep_ == "dobj")


def _first_mark(verb: Token, ctx: Context) -> Token | None:
    """The word that makes the act the first: "opened fire first", "fired the first shots"."""
    firsts = ctx.lexicon.claims.lists.first_words
    for c in kids_of(verb):
        if c.dep_ == "advmod" and c.lower_ in firsts:
            return c
        if c.dep_ == "dobj":
            mark = next((a for a in kids_of(c) if a.dep_ == "amod" and a.lower_ in firsts), None)
            if mark is not None:
                return c
    return None


def _first_strike(verb: Token, ctx: Context) -> Token | None:
    """The last token of a first-strike phrase on ``verb`` ("opened fire first", "started shooting",
    "started the clash"), or None."""
    if _hostile(verb, ctx):
        return _first_mark(verb, ctx)
    if verb.lemma_.lower() not in ctx.lexicon.claims.lists.initiation_verbs:
        return None
    for c in kids_of(verb):
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and _hostile(c, ctx):
            return c  # "started shooting"
        if c.dep_ == "dobj" and c.lemma_.lower() in ctx.words.incident_nouns:
            return c  # "started the fighting"
    return None


def _initiator(verb: Token, ctx: Context) -> Token | None:
    """The subject of ``verb``; for a relative clause, the noun it qualifies ("the patrol that started")."""
    subj = ctx.subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return None
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


@functools.cache
def _strike_lemmas(hostile: frozenset[str], initiation: frozenset[str]) -> frozenset[str]:
    """The lemmas at which :func:`_first_strike` may find a first strike: a verb of starting, or the first words of a
    hostile verb's phrase ("open" of "open fire"), its every prefix (built once per list)."""
    prefixes = {" ".join(words[:k]) for words in (h.split(" ") for h in hostile) for k in range(1, len(words) + 1)}
    return initiation | frozenset(prefixes)


def _first_strike_claims(ctx: Context) -> list[Claim]:
    """ "X opened fire first", "it was X that started shooting": X is responsible for the hostilities."""
    out: list[Claim] = []
    lists = ctx.lexicon.claims.lists
    starts = frozenset(ctx.with_words(frozenset(), _strike_lemmas(lists.hostile_verbs, lists.initiation_verbs)))
    for verb in ctx.tokens(pos=("VERB",)):
        if verb.i not in starts:
            continue  # neither a verb of hostilities nor one of starting: no first strike
        last = _first_strike(verb, ctx)
        agent_tok = _initiator(verb, ctx) if last is not None else None
        if last is None or agent_tok is None:
            continue
        end = max(last.idx + len(last), verb.idx + len(verb))
        voice = ctx.voice(verb.idx, end)
        agent = ctx.actor(agent_tok, voice) if voice is not None else None
        if voice is None or agent is None:
            continue
        act = last if last.pos_ == "NOUN" and last.lemma_.lower() in ctx.words.incident_nouns else None
        polarity, modality = ctx.factuality(verb)
        start = min(ctx.phrase(agent_tok).start, verb.idx)
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end),
            claimant=voice.claimant, arguments=(("agent", agent),), polarity=polarity, modality=modality,
            statement=voice.statement.id if voice.statement else None,
            about=ctx.phrase(act) if act is not None else None,
        ))
    return out


def _laid_on(tok: Token, ctx: Context) -> tuple[Token, Token, Token | None] | None:
    """(the verb, the one blamed, the act named or None) of "responsibility lies with X", "X is to blame (for Y)"."""
    lists = ctx.lexicon.claims.lists
    lemma = tok.lemma_.lower()
    verb = tok.head
    if lemma in lists.blame_nouns and tok.dep_ == "nsubj" and verb.lemma_.lower() in lists.resting_verbs:
        prep = next((c for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ in lists.resting_preps), None)
        agent = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        owner = tok
    elif (lemma in lists.blame_infinitives and tok.dep_ == "xcomp" and verb.lemma_.lower() == "be"
          and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))):
        agent, owner = _agent_of(verb, ctx), tok
    else:
        return None
    if agent is None:
        return None
    act = next((o for p in kids_of(owner) if p.dep_ == "prep" and p.lower_ == "for"
                for o in kids_of(p) if o.dep_ == "pobj"), None)
    nouns = ctx.words.incident_nouns
    if act is not None and act.lemma_.lower() not in nouns and act.lower_ not in nouns:
        return None  # "responsibility for the budget lies with the ministry": no incident's
    return verb, agent, act


def _blame_laid_claims(ctx: Context) -> list[Claim]:
    """ "responsibility lies with X", "X is to blame": X is responsible (see the module docstring)."""
    lists = ctx.lexicon.claims.lists
    words = lists.blame_nouns | lists.blame_infinitives
    out: list[Claim] = []
    incident: bool | None = None
    for tok in ctx.tokens(pos=("NOUN", "VERB")):
        if tok.lemma_.lower() not in words:
            continue
        found = _laid_on(tok, ctx)
        if found is None:
            continue
        verb, agent_tok, act = found
        if act is None:
            if incident is None:
                verbs = {v.split()[0] for v in ctx.lexicon.claims.cues.incident_verbs}
                incident = any(t.lemma_.lower() in (ctx.words.incident_nouns if t.pos_ == "NOUN" else verbs)
                               for t in ctx.tokens(pos=("NOUN", "VERB")))
            if not incident:
                continue
        end = agent_tok.right_edge.idx + len(agent_tok.right_edge)
        if act is not None:
            end = max(end, act.idx + len(act))
        start = min(tok.idx, agent_tok.left_edge.idx)
        voice = ctx.voice(start, end)
        agent = ctx.actor(agent_tok, voice) if voice is not None else None
        if voice is None or agent is None:
            continue
        polarity, modality = ctx.factuality(verb)
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end), claimant=voice.claimant,
            arguments=(("agent", agent),), polarity=polarity, modality=modality,
            statement=voice.statement.id if voice.statement else None,
            about=ctx.phrase(act) if act is not None else None,
        ))
    return out


def _supply_cut(verb: Token, ctx: Context) -> Token | None:
    """The object of a cut of a supply ("cut deliveries", "halted the flow of gas", "cut off power"), or None."""
    lists = ctx.lexicon.claims.lists
    lemma = verb.lemma_.lower()
    if lemma not in lists.supply_cut_verbs and not any(
            f"{lemma} {c.lower_}" in lists.supply_cut_verbs for c in kids_of(verb) if c.dep_ == "prt"):
        return None
    obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in lists.supply_nouns:
        return obj
    return next((p for c in kids_of(obj) if c.dep_ == "prep" and c.lower_ == "of"  # "the flow of gas"
                 for p in kids_of(c) if p.dep_ == "pobj" and p.lemma_.lower() in lists.supply_nouns), None)


def _supply_cut_claims(ctx: Context) -> list[Claim]:
    """ "X had cut deliveries, and the drop was the direct result": X is responsible, where a side's sentence that
    tells X cut a supply also names a link of cause (``lists.supply_cut_links``: "the result", "caused", "because",
    "to blame"). A cut told with no such link ("X cut deliveries for a week") is an act, not a cause."""
    lists = ctx.lexicon.claims.lists
    out: list[Claim] = []
    for verb in ctx.tokens(pos=("VERB",)):
        obj = _supply_cut(verb, ctx)
        agent_tok = _agent_of(verb, ctx) if obj is not None else None
        if obj is None or agent_tok is None:
            continue
        sent = verb.sent
        if not any(t.lemma_.lower() in lists.supply_cut_links or t.lower_ in lists.supply_cut_links
                   for t in sent if t.i != verb.i):
            continue
        start = min(agent_tok.left_edge.idx, verb.idx)
        last = max(obj.right_edge, verb, key=lambda t: t.i)
        end = last.idx + len(last)
        voice = ctx.voice(start, end)
        if voice is None or voice.statement is None or not placed(voice.claimant, ctx):
            continue
        agent = ctx.actor(agent_tok, voice)
        if agent is None or agent == voice.claimant:
            continue
        polarity, modality = ctx.factuality(verb)
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end), claimant=voice.claimant,
            arguments=(("agent", agent),), polarity=polarity, modality=modality, statement=voice.statement.id,
        ))
    return out


def responsibility_claims(ctx: Context) -> list[Claim]:
    """The document's responsibility claims, in text order."""
    out: list[Claim] = _first_strike_claims(ctx) + _blame_laid_claims(ctx) + _supply_cut_claims(ctx)
    incidents = ctx.words.incident_nouns
    for tok in ctx.tokens(pos=("NOUN",)):
        if tok.lemma_.lower() not in incidents:
            continue
        frame = _frame(tok, ctx)
        blamer: Token | None = None
        if frame is None:
            blamed = _blamed(tok, ctx)
            if blamed is None:
                continue
            frame = (blamed[0], blamed[1], False)
            blamer = blamed[2]
        verb, agent_tok, denied = frame
        about = ctx.phrase(tok)
        voice = ctx.voice(verb.idx, about.end)
        if voice is None:
            continue
        if blamer is not None:
            claimant = ctx.actor(blamer, voice) or next(
                (e for e in (ctx.entity(c) for c in kids_of(blamer) if c.dep_ == "appos") if e), None)
            if claimant is None:
                continue
            voice = voice if voice.claimant == claimant else Voice(claimant, None)
        agent = ctx.actor(agent_tok, voice)
        if agent is None:
            continue
        if voice.claimant is None and blamer is None and verb.lemma_.lower() in ctx.words.denial_verbs \
                and agent_tok.i < verb.i:
            voice = Voice(agent, None)  # "X denied carrying out the attack": X's own denial, told by the outlet
        polarity, modality = ctx.factuality(verb)
        negated = (polarity == "negated") != denied
        final: Polarity = "negated" if negated else "asserted"
        start = min(agent_tok.idx, about.start, blamer.idx if blamer is not None else about.start)
        # to the end of the doer's name where it follows the verb ("the attack was carried out by the X Front")
        end = max(about.end, verb.idx + len(verb), ctx.phrase(agent_tok).end if agent_tok.i > verb.i else 0)
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(start, end),
            claimant=voice.claimant, arguments=(("agent", agent),), polarity=final, modality=modality,
            statement=voice.statement.id if voice.statement else None, about=about,
        ))
    out.sort(key=lambda c: c.evidence.start)
    return out

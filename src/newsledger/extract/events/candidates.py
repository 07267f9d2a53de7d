"""Event candidates: a trigger with its participants, place and factuality, before recoding.

A verb candidate takes its source from the subject (inherited through control,
coordination and participles), its target from the object, the indirect object
or a target preposition, and, for a demand, refusal or threat, from its
complement clause. A noun candidate takes its source from the possessive or
an actor modifier ("Israeli airstrikes") and its target from a preposition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ...lexicon.events import EventLexicon as Lexicon
from ...lexicon.events import Trigger
from ..walk import kids_of, tokens_where
from .args import conjuncts
from .factuality import Factuality, alleged, factuality, nominal_factuality
from .syntax import (
    children,
    coordinated_with,
    dates_only,
    pobjs,
    prep_phrases,
    reciprocal,
    same_line,
    stranded_subject,
)
from .triggers import (
    actor_like,
    counted,
    hyphenated,
    is_passive,
    nominal_trigger,
    noun_entry,
    noun_ok,
    object_infinitive,
    participle,
    patients,
    perfect_misread,
    verb_trigger,
    withheld,
)

__all__ = ["Candidate", "acted_on", "adjective_candidate", "demands", "noun_candidate", "verb_candidate"]


@dataclass
class Candidate:
    """One event found in the parse, its participants as tokens; the recoding steps change it in place."""

    trigger: Trigger
    anchor: Token  # decides factuality: the verb, or the noun of a nominal event
    noun: Token | None = None
    verbal: bool = True
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    locations: list[Token] = field(default_factory=list)
    fallback: list[Token] = field(default_factory=list)  # targets to use only if they name an entity
    evidence: list[Token] = field(default_factory=list)
    fact: Factuality = field(default_factory=Factuality)
    dropped: bool = False
    reciprocal: bool = False  # "accused each other": every source is also a target
    alone: bool = False  # told happening with no participant ("protests erupted"): an event all the same


def subjects(verb: Token, lex: Lexicon, depth: int = 0) -> list[Token]:
    """The subject of ``verb``, inherited through control, coordination and participles where it has none."""
    deps = ("nsubj", "nsubjpass") if perfect_misread(verb) else ("nsubj",)  # "he's consistently denied it"
    subj = _own_subject(verb, deps)
    if subj and subj[-1].lower_ in lex.third_person and verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in lex.speech and depth <= 3:
        # "Obama and Putin said they will attack": the speakers, all of them.
        speakers = subjects(verb.head, lex, depth + 1)
        if speakers and speakers[0].pos_ != "PRON":
            return speakers
    if subj:
        return conjuncts(subj[-1])
    if depth > 3:
        return []
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return []
    if dep == "xcomp":
        objs = children(head, "dobj")
        if objs and head.lemma_.lower() not in lex.commissive | lex.intention:
            return conjuncts(objs[0])  # object control: "urged Kenya to release"
        if head.lemma_.lower() == "be" and any(s.lower_ == "it" for s in children(head, "nsubj")):
            # "she said it was an honour to win his praise": who says so wins it, not "it"
            return subjects(head.head, lex, depth + 1) if head.dep_ == "ccomp" else []
        return subjects(head, lex, depth + 1)
    if dep == "conj":
        return _conjunct_subjects(verb, lex, depth)
    misread = _misread_clause(verb, head, lex)
    if misread is not None:
        return conjuncts(misread) if misread.i != head.i else subjects(head, lex, depth + 1)
    if dep == "advcl" or (dep == "acomp" and head.pos_ in ("AUX", "VERB")):
        return subjects(head, lex, depth + 1)  # "... is likely to send troops": the subject of "is"
    if dep == "acl":
        return _participle_subjects(verb, lex, depth)
    if dep == "relcl":
        return [head]
    return _gerund_subjects(verb, lex, depth)


def _gerund_subjects(verb: Token, lex: Lexicon, depth: int) -> list[Token]:
    """Who does what a gerund tells: after a preposition (:func:`_clause_subjects`), or as the subject of what a
    speaker says ("Berg said meeting with Ortega was useful": :func:`_own_meeting`)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.head.i != head.i:
        return _clause_subjects(head, lex, depth)
    if verb.tag_ == "VBG":
        return _own_meeting(verb, None, lex)
    return []


def _conjunct_subjects(verb: Token, lex: Lexicon, depth: int) -> list[Token]:
    """A conjunct verb's subject: a name the parser stranded in the clause before (``syntax.stranded_subject``),
    else the subject of the verb it is coordinated with."""
    stranded = stranded_subject(verb, lex.actor_nouns)
    if stranded is not None:
        return [stranded]
    return subjects(coordinated_with(verb, lex.actor_nouns) or verb.head, lex, depth + 1)


def _misread_clause(verb: Token, head: Token, lex: Lexicon) -> Token | None:
    """Where the parser misreads the verb's clause, who does it: the light verb ``head`` (whose subject does it:
    "he had one meeting with him", a gerund made the object of "had"), or the object of a request verb ("lobbied
    the countries to back X", a "to" clause made a purpose: the countries back it); None otherwise."""
    if verb.dep_ == "dobj" and verb.tag_ == "VBG" and head.lemma_.lower() in lex.light_verbs:
        return head
    if verb.dep_ == "advcl" and _asked_of_object(verb, head, lex):
        return children(head, "dobj")[0]
    return None


def _asked_of_object(verb: Token, head: Token, lex: Lexicon) -> bool:
    """``verb`` is the "to" clause of a request verb after its object, which the parser took for a purpose:
    "urged the allies to back X" (the allies would back it)."""
    trig = lex.verbs.get(head.lemma_.lower())
    if trig is None or trig.type != "REQUEST":
        return False
    clause = object_infinitive(head)
    return clause is not None and clause.i == verb.i and actor_like(children(head, "dobj")[0], lex)


def _own_subject(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The subject the verb's own clause names: its subject, one the parser hangs on an auxiliary cut off by commas
    ("say Ruiz did, in fact, meet them"), or a gerund's possessor ("complained about Washington's backing X",
    whether the parser hangs the possessive on the gerund or on the preposition before it)."""
    subj = [s for s in children(verb, *deps) if same_line(s, verb)]
    if not subj:
        subj = [s for a in children(verb, "aux") for s in children(a, *deps) if same_line(s, verb)]
    if subj or verb.tag_ != "VBG":
        return subj
    owner = [c for c in kids_of(verb) if c.dep_ == "poss"]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if not owner and before is not None and before.tag_ == "POS" and before.head.i < before.i \
            and before.head.pos_ in ("PROPN", "NOUN"):
        owner = [before.head]
    return owner[-1:]


def _clause_subjects(prep: Token, lex: Lexicon, depth: int) -> list[Token]:
    """Who does what a clause after a preposition tells: "before ending a trip": the subject of the clause;
    "accused Kiev of shelling", "blamed X for starting": the one accused."""
    verb_head = prep.head
    if verb_head.dep_ == "prep" and verb_head.lemma_.lower() == "include" and verb_head.head.i != verb_head.i:
        # "tried to disrupt the vote, including by hacking the commission": the one who tried hacked
        verb_head = verb_head.head
        if verb_head.pos_ in ("VERB", "AUX"):
            return subjects(verb_head, lex, depth + 1)
    if verb_head.dep_ == "dobj" and prep.lower_ in ("of", "for") and verb_head.head.lemma_.lower() in lex.verbs:
        return conjuncts(verb_head)  # the parser hangs "of showing" on the one accused
    objs = children(verb_head, "dobj")
    if objs and prep.lower_ in ("of", "for") and verb_head.lemma_.lower() in lex.verbs:
        return conjuncts(objs[0])
    if prep.lower_ == "for" and verb_head.pos_ == "VERB":
        # "lashed out at Turkey for having shot down a jet", "railed against Chad for shelling": the one railed at
        # did it
        aimed = [o for p in kids_of(verb_head) if p.dep_ == "prep" and p.lower_ in ("at", "against")
                 and p.i < prep.i for o in pobjs(p)]
        if aimed:
            return conjuncts(aimed[0])
    if verb_head.pos_ not in ("VERB", "AUX") and prep.lower_ == "than":
        # "has kept quiet, with rare exceptions, rather than criticising X": the parser hangs "rather
        # than" on a noun of the clause; who would have criticised is the clause's subject.
        for _ in range(4):
            if verb_head.pos_ in ("VERB", "AUX") or verb_head.head.i == verb_head.i:
                break
            verb_head = verb_head.head
    if verb_head.pos_ == "NOUN" and prep.lower_ == "of" and (
            verb_head.lemma_.lower() in lex.lists.aim_nouns or verb_head.lemma_.lower() in lex.lists.attitude_nouns):
        # "achieved its goal of taking in refugees", "Peru's plan of sending troops": whose the aim is does it
        owner = children(verb_head, "poss")
        if owner:
            return conjuncts(owner[0])
    if verb_head.pos_ in ("NOUN", "PROPN") and prep.lower_ in lex.lists.occasion_preps and verb_head.dep_ == "pobj":
        # "in remarks after meeting the cabinet, Brannigan said": the parser hangs the gerund's "after" on a noun of the
        # clause's own adjunct; who met is whose the remarks are, else the subject of the clause
        owner = children(verb_head, "poss")
        if owner:
            return conjuncts(owner[0])
        verb_head = verb_head.head.head
    if verb_head.lemma_.lower() in lex.lists.query_verbs and any(
            s.lower_ in lex.first_person for s in children(verb_head, "nsubj")):
        return []  # "without rolling back the tariffs, I would ask what ...": the speaker asks; who would act is open
    return subjects(verb_head, lex, depth + 1) if verb_head.pos_ in ("VERB", "AUX") else []


def _participle_subjects(verb: Token, lex: Lexicon, depth: int) -> list[Token]:
    """Who does what a clause describing a noun tells: "hundreds of farmers protesting" (the noun, an actor),
    "issued a statement condemning" (who issued it), "his proposal to ban", "an attempt by the army to
    free them", "signalled a readiness to back X" (whose the attitude is)."""
    head = verb.head
    if verb.tag_ == "VBG" and actor_like(head, lex):
        return conjuncts(head)
    if verb.tag_ == "VBG" and head.head.i != head.i:
        return subjects(head.head, lex, depth + 1)
    if head.lemma_.lower() in lex.lists.attitude_nouns:
        owners = children(head, "poss") or [o for p in kids_of(head) if p.dep_ == "prep" and p.lower_ == "by"
                                            for o in pobjs(p)]
        if owners:
            return conjuncts(owners[0])
        if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
            return subjects(head.head, lex, depth + 1)
    return []


def prep_arguments(cand: Candidate, holders: Iterable[Token], lex: Lexicon) -> None:
    """Targets and places from prepositional phrases of the trigger (and its event noun)."""
    trig = cand.trigger
    for holder in holders:
        if trig.mode == "investigate":
            cand.targets.extend(_inquired_into(holder, trig.preps))
        for word, objs in prep_phrases(holder):
            if not objs:
                continue
            if word == "between" and ("between" in trig.preps or trig.symmetric):
                if not cand.sources:
                    cand.sources.append(objs[0])
                    cand.targets.extend(objs[1:])
                else:
                    cand.targets.extend(objs)
            elif word == "by" and (not cand.verbal or (cand.noun is not None and holder.i == cand.noun.i)):
                cand.sources.extend(objs)
            elif word in trig.preps:
                cand.targets.extend(objs)
                if not cand.verbal or cand.noun is not None:
                    # "a ban on arms sales to Peru": the measure is aimed at whom the thing it bans goes to.
                    cand.targets.extend(inner for o in objs if not actor_like(o, lex) for p in kids_of(o)
                                        if p.dep_ == "prep" and p.lower_ in ("to", "against") for inner in pobjs(p))
            elif word in lex.locative_preps:
                cand.locations.extend(objs)
            if word in trig.preps and word in lex.locative_preps:
                cand.locations.extend(objs)  # "arrived in Kabul": target and place


def _inquired_into(holder: Token, preps: frozenset[str]) -> list[Token]:
    """ "an investigation into whether her firm had broken the law", "a probe into how Ruiz spent the funds": the one
    whose conduct a clause after the preposition asks about (the clause's subject, or its owner: "her firm" -> her)."""
    out: list[Token] = []
    for prep in kids_of(holder):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for clause in kids_of(prep):
            if clause.dep_ != "pcomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            for subj in children(clause, "nsubj", "nsubjpass"):
                owners = children(subj, "poss")
                out.extend(owners if owners and subj.pos_ == "NOUN" else [subj])
    return out


def _noun_agent(cand: Candidate, verb: Token, noun: Token, lex: Lexicon) -> None:
    """ "The court granted a request by Ana Ruiz": an event noun with an actor of its own in a "by" phrase is that
    actor's act; the verb's subject only answers it (the one asked, where no other target is named)."""
    if is_passive(verb) or noun.i == verb.i:
        return
    agents = [o for p in kids_of(noun) if p.dep_ in ("prep", "agent") and p.lower_ == "by" for o in pobjs(p)
              if actor_like(o, lex)]
    if not agents:
        return
    doers = {t.i for t in subjects(verb, lex)}
    if not doers or doers & {t.i for t in agents}:
        return
    moved = [s for s in cand.sources if s.i in doers]
    cand.sources = [s for s in cand.sources if s.i not in doers]
    if not cand.targets:
        cand.targets.extend(moved)


def _core_arguments(cand: Candidate, verb: Token, lex: Lexicon) -> None:
    """Source and target from subject, object, passive agent and indirect object."""
    noun = cand.noun
    moves = (cand.trigger.mode or "").lower() in lex.lists.force_moves
    if is_passive(verb) and verb.lemma_.lower() in lex.lists.stance_participles and not children(verb, "agent"):
        # "it was resolutely opposed to the test": a stance held by the subject, aimed at the "to" phrase
        cand.sources.extend(t for s in children(verb, "nsubjpass")[:1] for t in conjuncts(s))
        cand.targets.extend(o for p in children(verb, "prep") if p.lower_ == "to" for o in pobjs(p))
    elif is_passive(verb):
        # (a "by" phrase the parser left a plain preposition: "workers held hostage by Chile")
        for agent in children(verb, "agent") or [p for p in children(verb, "prep") if p.lower_ == "by"]:
            cand.sources.extend(pobjs(agent))
        patient = patients(verb)
        if patient and moves and not cand.sources and _own_forces(patient[0], lex):
            cand.sources.extend(conjuncts(patient[0]))  # "U.S. troops should be withdrawn": the U.S. withdraws
        elif patient and (noun is None or patient[0].i != noun.i):
            cand.targets.extend(conjuncts(patient[0]))
        elif patient and noun is not None and cand.trigger.type in lex.type_groups.yielding:
            cand.sources.extend(children(noun, "poss"))  # "Tokyo's ban was lifted": whose ban it was lifts it
        elif patient and noun is not None:
            cand.fallback.extend(children(noun, "poss"))  # "Washington's ban was lifted": whose ban
    else:
        cand.sources.extend(subjects(verb, lex))
        for obj in children(verb, "dobj"):
            # "imposed sanctions": the event noun is no target; "expelled the ambassador": an actor is, but
            # not one's own forces ("deployed troops").
            if moves and _own_forces(obj, lex):
                continue  # "withdrew its troops": the side's own forces, no target
            # (a phrase told only with its target is never aimed at its own noun: "delivered tanks to")
            if noun is None or obj.i != noun.i or (actor_like(obj, lex) and not cand.trigger.requires_preps
                                                   and cand.trigger.type not in lex.type_groups.own_side):
                cand.targets.extend(conjuncts(obj))
        stray = _stranded_object(verb) if noun is None and not children(verb, "dobj") else None
        if stray is not None:
            cand.targets.extend(conjuncts(stray))
    if cand.trigger.dative:
        for d in children(verb, "dative", "iobj"):
            cand.targets.extend(conjuncts(d))


def _own_forces(tok: Token, lex: Lexicon) -> bool:
    """Forces or envoys a side moves: "troops", "its soldiers", "U.S. forces" (no named actor of their own)."""
    return tok.lemma_.lower() in lex.lists.own_forces and tok.ent_type_ not in ("ORG", "PERSON")


def _stranded_object(verb: Token) -> Token | None:
    """A name right after the verb that the parser took for something else than its object: hung higher up, as an
    adverbial ("ready to back Ana Ruiz", with "Ruiz" on "ready"), or made a predicate of an object the verb
    lacks ("to back Sharp", an "oprd"). Only a name (a date is no object)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or nxt.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    head = nxt
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.dep_ == "oprd" and head.head.i == verb.i:
        return head
    if head.dep_ not in ("npadvmod", "dep") or head.head.i == verb.i or not head.head.is_ancestor(verb):
        return None
    return head


def _relative_target(cand: Candidate, verb: Token) -> None:
    """ "a shipping company it accused of smuggling": the noun the clause describes is the one accused."""
    if is_passive(verb) or not children(verb, "nsubj") or any(c.dep_ in ("ccomp", "xcomp") for c in kids_of(verb)):
        return
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ in ("NOUN", "PROPN"):
        cand.targets.extend(conjuncts(first))


def _content_party(child: Token, comp: Token, asked_for: bool, lex: Lexicon) -> list[Token]:
    """Who the content ``comp`` (``asked_for``: a "for" object) is about, as told by its dependent ``child``."""
    if child.dep_ in ("dobj", "dative", "iobj"):
        # ... or, where the object names no one, whom it is for: "refused to hold hearings for the nominee"
        return [*conjuncts(child), *(o for p in children(child, "prep") if p.lower_ in lex.lists.content_party_preps
                                     for o in pobjs(p))]
    if child.dep_ in ("prep", "agent"):
        # (not what the content acts on, "the repeal of the law", nor where the talks are held)
        return [] if asked_for and (child.lower_ == "of" or child.lower_ in lex.locative_preps) else pobjs(child)
    if child.dep_ == "ccomp" and comp.dep_ == "xcomp":
        return children(child, "nsubj")[:1]  # "offered to help Kiev and Minsk reach a deal"
    if child.dep_ == "attr" and comp.lemma_.lower() == "be" and child.pos_ == "NOUN":
        # "pledged that he would be a friend to Chile", "vowed to be a partner of Kiev": whom the role is held towards
        return [o for p in children(child, "prep") if p.lower_ in ("to", "of") for o in pobjs(p)]
    return []


def _named_as(comp: Token, lex: Lexicon) -> Token | None:
    """ "what Boric called Peru's reckless actions": a free relative whose verb names its object
    (``lists.naming_verbs``) is the thing named; that thing, else None."""
    if comp.lemma_.lower() not in lex.lists.naming_verbs or not any(
            c.dep_ == "dobj" and c.tag_ == "WP" for c in kids_of(comp)):
        return None
    named = children(comp, "oprd", "xcomp")
    return named[0] if named else None


def _demanded_of(noun: Token) -> list[Token]:
    """ "his request that Norway extradite the cleric", "its demand that Peru withdraw": the subject of a noun's
    content clause in the bare (subjunctive) form, the one the demand is made on."""
    for clause in children(noun, "acl", "ccomp"):
        subj = children(clause, "nsubj")
        if clause.tag_ == "VB" and not children(clause, "aux") and subj and subj[0].pos_ != "PRON":
            return conjuncts(subj[0])
    return []


def _demanded(cand: Candidate, noun: Token, lex: Lexicon) -> list[Token]:
    """The one a demand told by a noun is made on, where the candidate names no target yet."""
    return _demanded_of(noun) if not cand.targets and cand.trigger.type in lex.type_groups.addressed else []


def _noun_aimed_at(cand: Candidate, verb: Token) -> None:
    """ "would end a decades-old emergency against Vallis": whom the act's noun is aimed at, if it names someone
    and the verb names no target."""
    if not cand.targets and cand.noun is not None and cand.noun.i != verb.i:
        cand.fallback.extend(o for p in children(cand.noun, "prep") if p.lower_ in ("against", "on")
                             for o in pobjs(p))


def _complement_targets(cand: Candidate, verb: Token, lex: Lexicon) -> None:
    """The one a demand, refusal or threat is about, from its complement, where it names none itself."""
    groups = lex.type_groups
    etype = cand.trigger.type
    if verb.lemma_.lower() in lex.fact_denial:
        return
    if cand.noun is not None:
        cand.targets.extend(_demanded(cand, cand.noun, lex))  # "renewed its demand that Peru withdraw"
    if cand.trigger.actor_beneficiary and not cand.targets:
        # "allowed the opposition leader to hold a rally", read as a clause: the one allowed is its subject
        cand.targets.extend(s for c in children(verb, "ccomp", "xcomp") for s in children(c, "nsubj")[:1])
    if not cand.targets and etype in groups.addressed:
        # "demanded that the US cancel", "accused Peru of", "warned Israel to": the one the
        # demand, refusal or threat is about is the subject of its complement clause.
        for comp in children(verb, "ccomp"):
            named = _named_as(comp, lex)
            if named is not None:
                # "denounced what Boric called Peru's reckless actions": the thing so named (its owner) is the target,
                # not the one who named it
                cand.fallback.append(named)
                break
            subj = children(comp, "nsubj", "nsubjpass")
            if subj and subj[0].pos_ != "PRON":
                cand.targets.extend(conjuncts(subj[0]))
                break
    if not cand.targets and etype in groups.governing | groups.addressed:
        # "threatened to ban voting in East Jerusalem", "offered to hand over to Britain",
        # "demanded an admission by Moscow", "called for talks with Kiev": whoever the content is about, if it is
        # someone.
        content = [o for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ == "for" for o in pobjs(p)]
        content_ids = {c.i for c in content}
        for comp in (*children(verb, "xcomp", "ccomp"), *children(verb, "dobj"), *content):
            for child in kids_of(comp):
                cand.fallback.extend(_content_party(child, comp, comp.i in content_ids, lex))
        for clause in children(verb, "advcl"):
            marks = {m.lower_ for m in kids_of(clause) if m.dep_ == "mark"}
            if marks & lex.condition_marks:
                cand.fallback.extend(children(clause, "nsubj"))  # "unless Israel rescinded"
            elif "for" in marks:
                cand.targets.extend(children(clause, "nsubj"))  # "called for the governor to resign"
        if etype == "THREATEN":
            # "threatened to halt the shipments unless Peru paid": the condition the parser hangs inside the
            # threatened act names whom the threat is aimed at.
            cand.fallback.extend(s for comp in children(verb, "xcomp", "ccomp") for clause in comp.subtree
                                 if clause.dep_ == "advcl" and clause.i != comp.i
                                 and {m.lower_ for m in kids_of(clause) if m.dep_ == "mark"} & lex.condition_marks
                                 for s in children(clause, "nsubj"))


def _titled(verb: Token) -> bool:
    """ "said on the show ''Ask the Mayor''", "wrote in 'Fight the Power'": a capitalised verb opening a quoted
    or possessed title, mid-sentence, names a show or a work, not an act."""
    if not verb.text[:1].isupper() or verb.is_sent_start or verb.i == 0:
        return False  # (the cheap tests first: Token.sent builds the sentence span)
    before = verb.doc[verb.i - 1]
    if before.is_sent_start:
        return False  # a quote opening the sentence: '"Stop the shelling," she said'
    return before.is_quote or before.text in ("''", "``") or before.tag_ == "POS"


def _asked_about(verb: Token, lex: Lexicon) -> bool:
    """The clause of an indirect question ("asked which side she would back", "wondered whether troops had left")
    asks about an act; it tells none."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.lists.question_verbs:
        return False
    return any(m.dep_ == "mark" and m.lower_ in lex.lists.question_marks for m in kids_of(verb)) or any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.doc[verb.left_edge.i:verb.i])


def _aim(verb: Token, lex: Lexicon) -> bool:
    """A gerund that says what an aim is ("our focus is on negotiating with the bloc", "the priority is rebuilding
    ties") names the aim, not an act told."""
    if verb.tag_ != "VBG":
        return False
    copula = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if copula.lemma_.lower() != "be" or (verb.dep_ != "pcomp" and verb.dep_ not in ("attr", "xcomp", "acomp")):
        return False
    return any(s.lemma_.lower() in lex.lists.aim_nouns for s in children(copula, "nsubj"))


def _course(verb: Token, lex: Lexicon) -> bool:
    """A bare gerund, subject or alternative ("rather than", "instead of") of a clause that weighs it with a
    modal, names a course spoken of, not an act told: "attacking the front-runner would only help him", "rather
    than scolding its allies, the envoy should ..." ("banning rallies has closed off ..." is told)."""
    if verb.tag_ != "VBG" or children(verb, "nsubj", "poss", "aux"):
        return False
    if verb.dep_ == "csubj":
        clause = verb.head
    elif verb.dep_ == "pcomp" and (
            (verb.head.lower_ == "than" and any(c.lower_ == "rather" for c in kids_of(verb.head)))
            or (verb.head.lower_ == "of" and any(c.lower_ == "instead" for c in kids_of(verb.head)))):
        clause = verb.head.head
    else:
        return False
    return any(a.lower_ in lex.modal_aux for a in children(clause, "aux"))


def _no_one_blamed(cand: Candidate, lex: Lexicon) -> bool:
    """A blaming verb's targets are the actors blamed; with none, a cause is named ("blamed the slump in
    prices", "blamed the losses on the weather") and no one is accused."""
    if not cand.trigger.blame:
        return False
    cand.targets = [t for t in cand.targets if actor_like(t, lex)]
    return not cand.targets


def _dismissed(verb: Token, trig: Trigger, noun: Token | None) -> bool:
    """ "claims he was fired for his views": a passive verb whose entry needs a target preposition, with a person
    as its subject and no preposition of its own (stranded or not: "the convoy was fired on", "were fired upon") nor
    agent, tells of a person dismissed, no shot ("not one round was fired by its soldiers" is shooting)."""
    if not trig.requires_preps or noun is not None or not is_passive(verb):
        return False
    subj = children(verb, "nsubjpass")
    return bool(subj) and (subj[0].ent_type_ == "PERSON" or subj[0].lower_ in _PERSONAL) and not any(
        c.dep_ in ("prep", "prt", "agent") and (c.lower_ in trig.preps or c.lower_ in ("upon", "by"))
        for c in kids_of(verb))


_PERSONAL = frozenset({"i", "he", "she", "we", "you"})  # a pronoun that stands for a person


def verb_candidate(verb: Token, lex: Lexicon) -> Candidate | None:
    """The event a verb triggers, with its participants, or None."""
    if _titled(verb) or _course(verb, lex) or _asked_about(verb, lex) or _aim(verb, lex):
        return None
    found = verb_trigger(verb, lex)
    if found is None or _dismissed(verb, *found):
        return None
    trig, noun = found
    if trig.object_target:
        noun = None  # "beat a protester": the protester is the target
    if (trig.type not in lex.type_groups.material and participle(verb) and not _charged(verb, trig, lex)
            and not _settled(verb, noun, lex)) or (
            noun is not None and noun.i == verb.head.i and not participle(verb)):
        # "a militia backed by X", "a lunch hosted by Y", "weapons seized last year": a description of
        # the noun, not a told act
        return None
    if trig.joint is not None and noun is not None and (
            any(c.lower_ in lex.joint_modifiers for c in kids_of(noun))
            or any(len(conjuncts(s)) > 1 for s in children(verb, "nsubj"))
            or any(len(conjuncts(m)) > 1 for s in children(verb, "nsubj") for m in kids_of(s)
                   if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE"))):
        # "French and Egyptian warships launched war games": forces of two countries together
        trig = trig.joint  # joint exercises are cooperation; one country's are a show of force
    cand = Candidate(trig, verb, noun=noun)
    _core_arguments(cand, verb, lex)
    # The object's own prepositional phrases count too: "demanded an apology from India".
    holders = [verb, *(children(verb, "dobj") if noun is None else [noun, *acted_on(noun, lex)])]
    prep_arguments(cand, holders, lex)
    if noun is not None:
        _noun_agent(cand, verb, noun, lex)
    if not cand.targets and trig.type in lex.type_groups.addressed and verb.dep_ == "relcl":
        _relative_target(cand, verb)
    cand.targets = [t for t in cand.targets if t.lemma_.lower() not in lex.lists.empty_targets]
    _mark_reciprocal(cand, verb, lex)
    _complement_targets(cand, verb, lex)
    _noun_aimed_at(cand, verb)
    if _no_one_blamed(cand, lex) or (trig.type not in lex.type_groups.material and any(
            counted(s, lex).lemma_.lower() in lex.lists.poll_subjects for s in children(verb, "nsubj", "npadvmod"))):
        return None  # "less than a third agreed", "most respondents opposed": poll answers, not acts
    if trig.requires_preps and not cand.targets:
        cand.targets.extend(_aimed_at(verb, noun, lex))  # "fired a missile targeting a group of youths"
    if trig.requires_preps and not cand.targets:
        alt = lex.phrase_fallbacks.get((verb.lemma_.lower(), hyphenated(noun))) if noun is not None else None
        if alt is None or is_passive(verb) or verb.dep_ == "acl":
            return None
        trig = cand.trigger = alt  # "launched a rocket" with no target: the phrase it shadowed (a test)
    if trig.unless_preps and not (trig.symmetric and cand.targets) and any(
            c.dep_ == "prep" and c.lower_ in trig.unless_preps and not dates_only(c) and not _aimed_nowhere(c, lex)
            for h in holders for c in kids_of(h)):
        return None  # "fired a missile into the town" is no test; "talked about the weather" no talks
    if verb.lemma_.lower() in lex.lists.invitation_verbs:
        trig = cand.trigger = _invitation(trig, verb, lex)
    cand.evidence = [verb, *children(verb, "neg", "prt"), *([noun] if noun is not None else [])]
    cand.evidence.extend(c for c in kids_of(verb) if c.dep_ == "aux" and c.lower_ in lex.modal_aux)
    cand.fact = factuality(verb, lex, noun)
    if cand.fact.modality in ("actual", "future") and alleged(verb, lex):
        cand.fact = replace(cand.fact, modality="hypothetical")  # one side's word, not a fact
    return cand


def _mark_reciprocal(cand: Candidate, verb: Token, lex: Lexicon) -> None:
    """ "accused each other", "pledged to work together": every source is also a target."""
    if any(reciprocal(t) for t in cand.targets):
        cand.targets = [t for t in cand.targets if not reciprocal(t)]
        cand.reciprocal = True
    elif not cand.targets and len(cand.sources) > 1 and _together(verb, lex) and cand.trigger.mode != "visit":
        # "Osei and Mensah pledged to work together": each with the other ("Osei and his wife were travelling
        # together" is one party's journey, no visit paid to each other)
        cand.reciprocal = True


def _together(verb: Token, lex: Lexicon) -> bool:
    """ "pledged to work together", "agreed to act jointly": the verb or the clause it governs says that its
    subjects act with one another."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.lists.together_words
               for clause in (verb, *children(verb, "xcomp")) for c in kids_of(clause))


def _aimed_nowhere(prep: Token, lex: Lexicon) -> bool:
    """ "fired three missiles into the sea", "launched a rocket into space": a phrase that names no one struck, only
    open water or the sky (``lists.empty_targets``); the launch is a show of force, not an attack."""
    objs = pobjs(prep)
    return bool(objs) and all(o.lemma_.lower() in lex.lists.empty_targets for o in objs)


def _charged(verb: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "a professor, accused by the government of coordinating the coup": a participle of an act aimed at someone,
    with its agent and what it charges, tells the act (not so "a militia backed by Rwanda", a description)."""
    return trig.type in lex.type_groups.addressed and any(
        c.dep_ == "prep" and c.lower_ in lex.lists.charge_preps and any(g.dep_ in ("pcomp", "pobj") for g in kids_of(c))
        for c in kids_of(verb))


def _settled(verb: Token, noun: Token | None, lex: Lexicon) -> bool:
    """ "the deal brokered last week by Scholz with Warsaw", "the accord signed by 40 countries": a pact (``lists.
    pact_nouns``) described by the participle that makes it, with its agent, tells who made it (not so "a militia
    backed by Rwanda", a description)."""
    return noun is not None and noun.i == verb.head.i and noun.lemma_.lower() in lex.lists.pact_nouns


def acted_on(noun: Token, lex: Lexicon) -> list[Token]:
    """What a nominal form acts on ("the lifting of sanctions on Cuba"): its phrases name the parties too."""
    if hyphenated(noun) not in lex.lists.nominal_forms:
        return []
    return [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]


def _aimed_at(verb: Token, noun: Token | None, lex: Lexicon) -> list[Token]:
    """ "fired a missile targeting a group of youths", "launched rockets aimed at the town": the target told
    by a participle of aiming."""
    for holder in (verb, *([noun] if noun is not None else [])):
        for clause in kids_of(holder):
            if clause.dep_ in ("acl", "advcl") and clause.lemma_.lower() in lex.lists.aiming_verbs:
                objs = children(clause, "dobj") or [o for p in kids_of(clause) if p.dep_ == "prep" for o in pobjs(p)]
                if objs:
                    return conjuncts(counted(objs[0], lex))
    return []


def _invitation(trig: Trigger, verb: Token, lex: Lexicon) -> Trigger:
    """ "invited Kiev to attend talks" offers a meeting (AGREE 036); "invited Moscow to dig up the emails"
    asks for an act (REQUEST)."""
    for comp in children(verb, "xcomp"):
        inner = lex.verbs.get(comp.lemma_.lower())
        if inner is None or inner.type not in ("CONSULT", "AGREE"):
            rule = lex.recoding.demand
            return Trigger(rule.type, cameo=rule.cameo, mode=rule.mode, preps=trig.preps)
    return trig


def adjective_candidate(adj: Token, lex: Lexicon) -> Candidate | None:
    """ "was critical of Brussels", "has been supportive of the plan": the act a predicate adjective tells of the
    subject of its copula, or None."""
    trig = lex.adjectives.get(adj.lemma_.lower())
    copula = adj.head
    if trig is None or adj.dep_ != "acomp" or copula.i == adj.i:
        return None
    cand = Candidate(trig, copula, sources=subjects(copula, lex))
    prep_arguments(cand, [adj], lex)
    if trig.requires_preps and not cand.targets:
        return None
    cand.evidence = [adj, *children(copula, "neg")]
    cand.fact = factuality(copula, lex)
    return cand


def _claimant(noun: Token, lex: Lexicon) -> list[Token]:
    """ "Y claimed responsibility for the bombing": Y, who carried out what the noun names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in lex.claim_nouns:
        return []
    claim = prep.head
    verb = claim.head
    if claim.dep_ != "dobj" or verb.lemma_.lower() not in lex.claim_verbs:
        return []
    return subjects(verb, lex)


def _own_meeting(noun: Token, trig: Trigger | None, lex: Lexicon) -> list[Token]:
    """ "Berg said meeting with Ortega was part of the process", "Kenya says talks with Uganda went well": a bare
    meeting noun (or gerund) with its counterpart after "with", the subject of what a speaker says, is the
    speaker's own."""
    if (trig is not None and trig.type != "CONSULT") or noun.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in kids_of(noun)) or not any(
            p.dep_ == "prep" and p.lower_ == "with" and pobjs(p) for p in kids_of(noun)):
        return []
    clause = noun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.speech:
        return []
    return [s for s in subjects(clause.head, lex) if s.pos_ != "PRON" or s.lower_ not in lex.first_person]


def _given_by(noun: Token, trig: Trigger) -> list[Token]:
    """ "assurances sent by Ostrava", "the offer made by Lutvia", "the pledge from Lutvia", "an invitation from Kiev":
    a promise or an offer comes from the one who makes it ("the threat posed by Varnia" is a danger, no act)."""
    if trig.type != "AGREE":
        return []
    return [o for v in children(noun, "acl") if v.tag_ == "VBN" for a in children(v, "agent") for o in pobjs(a)] or [
        o for p in children(noun, "prep") if p.lower_ == "from" for o in pobjs(p)]


def _governor(noun: Token) -> tuple[Token, str] | None:
    """The verb a noun hangs from, with the preposition between them ("" for a subject or object)."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return noun.head, ""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.head.i != prep.i:
        return prep.head, prep.lower_
    return None


def _phrase_keys(verb: Token) -> list[str]:
    """The verb's lemma alone, with its particle and with its object: "break out", "take place"."""
    lemma = verb.lemma_.lower()
    return [lemma, *(f"{lemma} {c.lower_}" for c in kids_of(verb) if c.dep_ in ("prt", "dobj", "acomp"))]


def _casualties(noun: Token, lex: Lexicon) -> list[Token]:
    """ "a villager was wounded in a grenade attack", "a roadside bombing killed two soldiers": the one
    harmed is the target of the attack."""
    gov = _governor(noun)
    if gov is None or gov[0].lemma_.lower() not in lex.lists.casualty_verbs:
        return []
    verb = gov[0]
    if noun.dep_ == "nsubj":
        own = lex.verbs.get(verb.lemma_.lower())
        if own is not None and noun.lemma_.lower() in own.unless_subjects and not any(
                m.lemma_.lower() in lex.lists.weapons for m in noun.subtree if m.i < noun.i):
            return []  # "the blasts killed 50": a disaster's deaths, unless a weapon is named
        harmed = [o for v in (verb, *verb.conjuncts) for o in children(v, "dobj")]
        return conjuncts(harmed[0]) if harmed else []
    if gov[1] not in lex.lists.casualty_preps:
        return []
    if verb.lemma_.lower() in lex.verbs:
        return []  # "were killed in an attack": the killing is the event told, with its own target
    harmed = children(verb, "nsubjpass", "nsubj")
    return conjuncts(harmed[0]) if harmed and harmed[0].pos_ in ("NOUN", "PROPN") else []


def _occurs(noun: Token, lex: Lexicon) -> bool:
    """ "violent protests erupted", "fighting broke out": the noun is an event of its own, told happening."""
    return (noun.dep_ == "nsubj" and any(k in lex.lists.occurrence_verbs for k in _phrase_keys(noun.head))) or (
        _placed(noun, lex))


def _placed(noun: Token, lex: Lexicon) -> bool:
    """ "the attacks in Paris", "the bombing in Lima": a definite act told with the place it happened is one the story
    knows happened."""
    return any(c.dep_ == "det" and c.lower_ in lex.lists.definite_determiners for c in kids_of(noun)) and any(
        p.dep_ == "prep" and p.lower_ in lex.locative_preps and any(o.ent_type_ in ("GPE", "LOC") for o in pobjs(p))
        for p in kids_of(noun))


def _participants(noun: Token, lex: Lexicon) -> list[Token]:
    """ "students took part in the march", "the firm is in talks with Peru", "she presided over the summit": who takes
    part in the event (or chairs it) does it."""
    gov = _governor(noun)
    if gov is None or not gov[1]:
        return []
    verb, prep = gov
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "took part in" with "in" on "part"
        verb = verb.head
    words = lex.lists.participation_verbs
    keys = _phrase_keys(verb)
    if not any((prep == "in" and k in words) or f"{k} {prep}" in words for k in keys) or any(
            c.dep_ in ("acomp", "attr") for c in kids_of(verb)):
        return []  # ("to be neutral in negotiations": a stance toward them, no part taken)
    return subjects(verb, lex)


def _needed_by(noun: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """ "the army needs a wider air campaign against the rebels": whoever needs a use of force would be the one to
    wage it (not so for aid: "the country needs aid" is the one helped)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.lists.need_verbs \
            or trig.type not in ("ASSAULT", "MOBILIZE", "COERCE"):
        return []
    return subjects(verb, lex)


def _described(noun: Token, trig: Trigger, lex: Lexicon) -> bool:
    """The noun says what something is rather than tells an act: a predicate ("the strikes are a grave threat
    to the junta", "this is an attack on democracy"), none of it received ("faced little pressure") or the audience
    of a speech ("told the party congress", "addressed the summit"), none of it given ("offered no apology")."""
    if noun.dep_ == "attr":
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.lists.recipient_verbs and any(
            c.dep_ in ("det", "amod") and (c.lower_ in lex.negative_determiners or c.lower_ in lex.lists.scant_words)
            for c in kids_of(noun)):
        return True  # "has faced little pressure", "faces no threat": a state, none came
    if noun.dep_ == "dobj" and withheld(noun.head.lemma_.lower(), noun, lex):
        return True  # "has made no apology for": none given, a stance
    # A rally told to is still a rally; a meeting told to is an audience.
    return (trig.type == "CONSULT" and noun.dep_ in ("dobj", "dative")
            and noun.head.lemma_.lower() in lex.lists.audience_verbs)


def _given_from(cand: Candidate, recipient: Token) -> None:
    """ "cited his endorsements from 40 judges": where a "from" phrase names the giver, the owner got them."""
    given = [o for holder in (recipient, cand.anchor) for p in kids_of(holder) if p.dep_ == "prep"
             and p.lower_ == "from" for o in pobjs(p)]
    if given and cand.sources and all(s.dep_ == "poss" for s in cand.sources):
        cand.sources = given


def _backing_touted(noun: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "cited his endorsements from 40 judges", "touted the support of the union": backing the subject boasts of
    (``lists.touting_verbs``), given by whoever it comes "from" or "of" (only backing: "cited threats" is none)."""
    return trig.type == "SUPPORT" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.lists.touting_verbs


def _shown(noun: Token, lex: Lexicon) -> bool:
    """A stance shown to someone: "won the support of Kiev", "thanked the League for its support"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lex.lists.touting_verbs:
        return True  # "touted the support of the union"
    if noun.dep_ == "dobj":  # (not foretold: "the bill will receive wide support")
        return head.lemma_.lower() in lex.lists.recipient_verbs and not any(
            c.dep_ == "aux" and c.lower_ in lex.modal_aux for c in kids_of(head))
    return (noun.dep_ == "pobj" and head.lower_ == "for"
            and head.head.lemma_.lower() in lex.lists.acknowledgment_verbs)


def _occasion_holders(cand: Candidate, lex: Lexicon) -> list[Token]:
    """ "Kenyatta said during a meeting with Ruto", "after a phone call with Macron, Scholz announced": a
    consultation told as the occasion of something said or settled was held by whoever says or settles it (active
    clauses only)."""
    noun, trig = cand.anchor, cand.trigger
    if cand.sources or not cand.targets or trig.type != "CONSULT" or not (trig.symmetric or trig.mode == "phone") \
            or noun.dep_ != "pobj":
        return []
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in lex.lists.occasion_preps or prep.dep_ != "prep" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lex.lists.occasion_verbs or is_passive(verb):
        return []
    return [s for s in subjects(verb, lex) if actor_like(s, lex)]


def _instigated(cand: Candidate, lex: Lexicon) -> None:
    """ "At the urging of the ministry, the bureau waited", "at the behest of Kiev, the envoy flew in": who asked (the
    "of" phrase of ``lists.instigation_nouns``) and whom (the subject of the clause the phrase frames), for a noun
    with no party of its own yet."""
    noun = cand.anchor
    prep = noun.head
    if cand.sources or cand.targets or noun.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep" or \
            noun.lemma_.lower() not in lex.lists.instigation_nouns or prep.head.pos_ not in ("VERB", "AUX"):
        return
    askers = [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
    asked = [s for s in subjects(prep.head, lex) if actor_like(s, lex)] if askers else []
    if asked:
        cand.sources.extend(askers)
        cand.targets.extend(asked)


def _travellers(cand: Candidate, lex: Lexicon) -> list[Token]:
    """ "on a trip to Accra, he would sign the deal", "during a visit to Ghana the minister was asked to": a visit
    told as the frame of the clause (``lists.trip_preps``) is made by the clause's subject, active or passive."""
    noun, trig = cand.anchor, cand.trigger
    if cand.sources or trig.mode != "visit" or noun.dep_ != "pobj" or not any(
            t.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP") for t in cand.targets):
        return []  # (a place the tagger did not name is no one visited)
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in lex.lists.trip_preps or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t for s in (subjects(verb, lex) or children(verb, "nsubjpass")) if actor_like(s, lex)
            for t in conjuncts(s)]


def _their_meeting(cand: Candidate, lex: Lexicon) -> bool:
    """ "Lula pressed Macron on trade during their meeting in Paris": a consultation that "their" owns, told as the
    occasion of an act of one on the other, was between the two (the act's subject and its object); True if so
    taken."""
    noun, trig = cand.anchor, cand.trigger
    owner = children(noun, "poss")
    if trig.type != "CONSULT" or noun.dep_ != "pobj" or len(owner) != 1 or cand.targets:
        return False
    word = owner[0].lower_
    if word not in lex.third_person or word in lex.personal_pronouns | lex.neuter_pronouns:
        return False  # only a plural owner ("their") stands for both
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in lex.lists.occasion_preps or verb.pos_ != "VERB" or is_passive(verb):
        return False
    other = children(verb, "dobj", "dative")
    actors = [s for s in subjects(verb, lex) if actor_like(s, lex)]
    if not other or not actors or not actor_like(other[0], lex):
        return False
    cand.sources = actors
    cand.targets = conjuncts(other[0])
    return True


def noun_candidate(noun: Token, lex: Lexicon) -> Candidate | None:
    """The event a noun names, where it has a participant of its own, or None."""
    nominal = nominal_trigger(noun, lex)
    trig = nominal or noun_entry(noun, lex)
    if trig is None or (trig.stance and not _shown(noun, lex)) or not noun_ok(noun, trig) or _described(
            noun, trig, lex) or _text_put_out(noun, trig, lex):
        return None  # (a stance, "his opposition to the plan", is an act only where a verb voices it)
    # "the resumption of ties between Chile and Peru": the parties hang from what the noun acts on.
    holders = [noun, *acted_on(noun, lex)] if nominal is not None else [noun]
    cand = Candidate(trig, noun, noun=noun, verbal=False)
    # "to secure their release", "his arrest": with no "of" phrase, the possessor of such a noun undergoes it
    undergone = noun.lemma_.lower() in lex.lists.undergone_nouns and not any(
        p.dep_ == "prep" and p.lower_ == "of" for p in kids_of(noun))
    for poss in children(noun, "poss"):
        (cand.targets if undergone else cand.sources).extend(conjuncts(poss))
    if not cand.sources:
        # "a rebel attack", "Israeli airstrikes": the modifier names who acts.
        cand.sources.extend(c for c in kids_of(noun) if c.dep_ in ("amod", "compound")
                            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lemma_.lower() in lex.actor_nouns))
    if not cand.sources:
        cand.sources.extend(_claimant(noun, lex) or _needed_by(noun, trig, lex) or _given_by(noun, trig)
                            or _own_meeting(noun, trig, lex))
    if not cand.sources:
        cand.sources.extend(_participants(noun, lex))
        # "thousands took part in marches": what someone took part in happened, named or not
        cand.alone = bool(cand.sources) and trig.type in lex.type_groups.material
    recipient = noun.head if (noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.lists.recipient_verbs and (
        trig.type in lex.type_groups.addressed | {"SUPPORT"} or noun.lemma_.lower() in lex.lists.verbal_attack_words
    )) or _backing_touted(noun, trig, lex) else None
    if recipient is not None:
        # "has faced criticism", "won praise from Kiev", "deflected attacks": the subject is whom the act is
        # aimed at.
        cand.targets.extend(subjects(recipient, lex))
        _given_from(cand, recipient)
        if not cand.sources:
            # "won praise from Kiev", "faces a threat from North Korea": whoever it comes from; "drew the ire of
            # Peru", "won the support of France": the one whose feeling or backing it is
            whose = ("from", "of") if noun.lemma_.lower() in lex.lists.subjective_nouns else ("from",)
            cand.sources.extend(o for holder in (recipient, noun) for p in kids_of(holder)
                                if p.dep_ == "prep" and p.lower_ in whose for o in pobjs(p))
    _instigated(cand, lex)
    prep_arguments(cand, holders, lex)
    cand.targets.extend(_undergone_by(cand, noun, lex))
    cand.targets.extend(_demanded(cand, noun, lex))  # "his request that Norway extradite the cleric"
    cand.sources.extend(_occasion_holders(cand, lex) or _travellers(cand, lex))
    _their_meeting(cand, lex)
    if trig.type == "CONSULT" and trig.mode == "visit" and not cand.targets:
        # "her Indian trip", "a Chinese tour": the country visited, told by its adjective.
        cand.targets.extend(c for c in kids_of(noun) if c.dep_ in ("amod", "compound")
                            and c.ent_type_ in ("NORP", "GPE") and c not in cand.sources)
    if trig.requires_preps and not cand.targets:
        return None  # "the committee's hearing": only "a hearing into ..." is an inquiry
    if not cand.targets:
        cand.targets.extend(_casualties(noun, lex))
    if not cand.sources and not cand.targets:
        if not (trig.type in lex.type_groups.material and _occurs(noun, lex)):
            return None
        cand.alone = True
    cand.evidence = [noun, *children(noun, "poss")]
    for prep in kids_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in trig.preps | {"between", "by"}:
            cand.evidence.extend(pobjs(prep)[:1])
    cand.fact = nominal_factuality(noun, lex)
    return cand


def _text_put_out(noun: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "according to the ministry release", "said in the release": a release with no one released (no "of"
    phrase, no possessor: "the release of the crew", "their release") is a text put out."""
    return trig.mode == "release" and noun.lemma_.lower() in lex.lists.undergone_nouns and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in kids_of(noun))


def _undergone_by(cand: Candidate, noun: Token, lex: Lexicon) -> list[Token]:
    """ "he had been under investigation by the police": the subject of the verb that "under" hangs from undergoes
    the act, where the noun names who does it and no target yet."""
    prep = noun.head
    if cand.targets or not cand.sources or noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.i == prep.i:
        return []
    verb = prep.head
    if verb.lemma_.lower() not in lex.lists.under_verbs:
        return []
    return children(verb, "nsubjpass")[:1] or subjects(verb, lex)[:1]  # (a subject shared: "he spoke and was under")


def _wishes(doc: Doc, lex: Lexicon, taken: set[int]) -> list[Candidate]:
    """ "Ankara wants Sweden to extradite him": a demand of the wisher on the one named, where what is
    wished is an event (which stays an event of its own, hypothetical)."""
    out: list[Candidate] = []
    rule = lex.recoding.demand
    hoping = lex.lists.hope_verbs
    for verb in tokens_where(doc, lemmas=lex.wish_verbs | hoping):
        lemma = verb.lemma_.lower()
        if lemma not in lex.wish_verbs | hoping or verb.i in taken or any(c.dep_ == "neg" for c in kids_of(verb)):
            continue
        # "wants Sweden to extradite": the parser gives an object and an xcomp, or a ccomp with "to"
        # and its own subject; "hopes that Sweden will extradite him": a ccomp with a future of its own.
        content = [x for x in children(verb, "xcomp") if x.i in taken]
        objs = [o for o in children(verb, "dobj") if o.pos_ != "PRON"] if content and lemma in lex.wish_verbs else []
        for comp in children(verb, "ccomp"):
            if comp.i in taken and any(c.dep_ == "aux" and (
                    (c.tag_ == "TO" and lemma in lex.wish_verbs)
                    or (lemma in hoping and lex.modal_aux.get(c.lower_) == "future")) for c in kids_of(comp)):
                objs.extend(o for o in children(comp, "nsubj") if o.pos_ != "PRON")
        wisher = subjects(verb, lex)
        if not objs or not wisher:
            continue
        trig = Trigger(rule.type, cameo=rule.cameo, mode=rule.mode)
        cand = Candidate(trig, verb, sources=wisher, targets=conjuncts(objs[0]))
        cand.evidence = [verb, objs[0]]
        cand.fact = factuality(verb, lex)
        out.append(cand)
    return out


def _own_side(verb: Token, subject: Token, lex: Lexicon) -> bool:
    """A body named by a common noun ("the government") whose task the speaker tells with "we", "our" or "us"
    ("the government must rethink our strategy"): the speaker counts herself in; "Russia must return our
    sailors" and "our allies must do more" are demands on another."""
    if subject.pos_ != "NOUN" or children(subject, "poss", "compound", "amod"):
        return False
    inside = {t.i for t in subject.subtree}
    return any(t.lower_ in lex.lists.own_side_words and t.i not in inside for t in verb.subtree)


def demands(doc: Doc, lex: Lexicon, taken: set[int]) -> list[Candidate]:
    """ "Russia said Sudan must return the helicopter": a demand of the speaker on the clause's subject;
    "Ankara wants Sweden to extradite him": a demand of the wisher on the one named."""
    out: list[Candidate] = _wishes(doc, lex, taken)
    rule = lex.recoding.demand
    for tok in tokens_where(doc, lowers=lex.obligation_modals):
        if tok.lower_ not in lex.obligation_modals or tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.speech or verb.head.i in taken:
            continue
        if any(c.dep_ == "neg" for c in kids_of(verb)):
            continue  # "must not": a warning rather than a demand
        speaker = subjects(verb.head, lex)
        subject = children(verb, "nsubj", "nsubjpass")
        if not speaker or not subject:
            continue
        if any(counted(s, lex).lemma_.lower() in lex.lists.poll_subjects for s in speaker):
            continue  # "38 percent of voters said he should step down": a poll answer, not a demand
        if verb.i in taken and not (actor_like(subject[0], lex) and subject[0].pos_ != "PRON"):
            continue  # beside the event demanded, only a demand on someone named ("X must agree", not "we")
        if _own_side(verb, subject[-1], lex):
            continue  # "the ministry must review our approach": the speaker's own side, no demand on another
        if subject[-1].dep_ == "nsubjpass" or any(c.lower_ in lex.lists.mutual_words for c in kids_of(verb)):
            # "the country should be run by ...": what should be done to the subject asks nothing of it;
            # "the two nations should work together": a hope of joint work, not a demand on one.
            continue
        trig = Trigger(rule.type, cameo=rule.cameo, mode=rule.mode)
        # The subject nearest the verb: "a bridge, which she said the state must fund" hangs "which" on "fund" too.
        cand = Candidate(trig, verb.head, sources=speaker, targets=conjuncts(subject[-1]))
        # Beside the event demanded (coded on its own, with its own words), the demand is the speaker's words up
        # to the one it is made on ("announced that Kagame"); else the clause that tells it.
        cand.evidence = [verb.head, subject[-1]] if verb.i in taken else [verb.head, tok, verb]
        out.append(cand)
    out.extend(_mandates(doc, lex, taken))
    return out


def _mandates(doc: Doc, lex: Lexicon, taken: set[int]) -> list[Candidate]:
    """ "Russia insisted that Peru refrain from further tests": a clause in the bare (subjunctive) form under a verb
    of insisting (``lists.mandative_verbs``) is a demand of the speaker on its subject."""
    out: list[Candidate] = []
    rule = lex.recoding.demand
    for verb in tokens_where(doc, lemmas=lex.lists.mandative_verbs):
        if verb.lemma_.lower() not in lex.lists.mandative_verbs or verb.i in taken or children(verb, "neg"):
            continue
        for clause in children(verb, "ccomp"):
            subject = children(clause, "nsubj")
            if clause.tag_ != "VB" or children(clause, "aux", "auxpass") or not subject or subject[0].pos_ == "PRON":
                continue
            speaker = subjects(verb, lex)
            if speaker:
                cand = Candidate(Trigger(rule.type, cameo=rule.cameo, mode=rule.mode), verb, sources=speaker,
                                 targets=conjuncts(subject[0]))
                cand.evidence = [verb, subject[0]]
                cand.fact = factuality(verb, lex)
                out.append(cand)
    return out

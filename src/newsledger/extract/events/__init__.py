"""Events: who did what to whom, coded as PLOVER events with their factuality.

A pass over the parse finds event triggers from the pattern lexicon
(``data/events.yaml``, see :mod:`newsledger.lexicon.events`):

- a verb ("attacked", "met with", "called on");
- a light verb or a deciding verb with its object noun ("held talks", "imposed
  sanctions", "signed an agreement");
- a noun with a participant of its own ("Chad's raids on Sudan", "a meeting
  between Oman and Qatar").

Participants come from the dependency parse (subject, object, prepositional
and passive agent, coordination, possessive, "between A and B") and are mapped
to entities through their mentions (:mod:`.event_args`); factuality comes from
negation, modal auxiliaries and the governing verbs (:mod:`.event_factuality`).
Following the PLOVER manual, a promise, intention or future of cooperation is
coded AGREE, a vow or future of force THREATEN and a promised withdrawal
CONCEDE, as the statement that happened. An event inside a statement links to
it (``reported_by``); its date is a time expression attached to its own clause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon as FullLexicon
from ...lexicon.events import COOPERATIVE, Trigger, with_type
from ...lexicon.events import EventLexicon as Lexicon
from ...models import Entity, Event, Span, Statement, TimeExpr
from .args import ArgumentResolver, conjuncts
from .factuality import Factuality, factuality, nominal_factuality
from .dating import TimeLinker

__all__ = ["events"]

_MAX_PER_SIDE = 4  # coordinated participants expanded into dyads, at most this many per side
_LOCATIVE = {"in", "at", "near", "inside"}
_MEASURES = {"ton", "tonne", "kg", "kilogram", "dozen", "hundred", "thousand", "million", "billion", "lot",
             "number", "amount", "batch", "shipment", "day", "week", "month", "hour", "round", "series", "wave",
             "string", "spate", "barrage", "volley", "flurry"}
_THIRD_PERSON = {"he", "she", "they", "it"}
_ADDRESSED = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
_MATERIAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "SANCTION", "COOPERATE"}
_NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
_GOVERNING = {"AGREE", "REQUEST", "REJECT", "THREATEN"}
_YIELDING = {"CONCEDE", "RETREAT"}
# The content of a request, refusal or threat as its PLOVER mode.
_CONTENT_MODE = {
    "REQUEST": {"CONSULT": "meet", "AGREE": "meet", "COOPERATE": "assist", "AID": "assist", "SUPPORT": "assist",
                "RETREAT": "yield", "CONCEDE": "yield"},
    "REJECT": {"CONSULT": "meet", "AGREE": "meet", "COOPERATE": "assist", "AID": "assist", "SUPPORT": "assist",
               "RETREAT": "yield", "CONCEDE": "yield"},
    "THREATEN": {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict", "MOBILIZE": "violence"},
}
# A promise of cooperation, by what is promised (CAMEO 03x).
_AGREE_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "030"}
_THREAT_CAMEO = {"ASSAULT": "138", "COERCE": "130", "SANCTION": "1312", "MOBILIZE": "138"}


@dataclass
class _Candidate:
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


def _noun_ok(noun: Token, trig: Trigger) -> bool:
    if trig.tags and noun.tag_ not in trig.tags:
        return False
    return not trig.requires or any(c.lemma_.lower() in trig.requires for c in noun.children
                                    if c.dep_ in ("compound", "amod", "nmod"))


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(prep: Token) -> list[Token]:
    out: list[Token] = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.extend(conjuncts(c))
    return out


def _same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens: a headline glued to the next line by the parser is apart."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    # Token by token: Doc.text would rebuild the whole text on every call.
    return not any("\n" in t.whitespace_ or "\n" in t.text for t in lo.doc[lo.i:hi.i])


def _subjects(verb: Token, lex: Lexicon, depth: int = 0) -> list[Token]:
    """The subject of ``verb``, inherited through control, coordination and participles where it has none."""
    subj = [s for s in _children(verb, "nsubj") if _same_line(s, verb)]
    if subj and subj[-1].lower_ in _THIRD_PERSON and verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in lex.speech and depth <= 3:
        # "Obama and Putin said they will attack": the speakers, all of them.
        speakers = _subjects(verb.head, lex, depth + 1)
        if speakers and speakers[0].pos_ != "PRON":
            return speakers
    if subj:
        return conjuncts(subj[-1])
    if depth > 3:
        return []
    head, dep = verb.head, verb.dep_
    if head is verb:
        return []
    if dep == "xcomp":
        objs = _children(head, "dobj")
        if objs and head.lemma_.lower() not in lex.commissive | lex.intention:
            return conjuncts(objs[0])  # object control: "urged Kenya to release"
        return _subjects(head, lex, depth + 1)
    if dep in ("conj", "advcl"):
        return _subjects(head, lex, depth + 1)
    if dep == "acl" and verb.tag_ == "VBG" and head.head.i != head.i:
        return _subjects(head.head, lex, depth + 1)  # "issued a statement condemning"
    if dep == "relcl":
        return [head]
    return []


def _verb_trigger(verb: Token, lex: Lexicon) -> tuple[Trigger, Token | None] | None:
    """The trigger a verb carries, with the event noun it takes from its object, if any."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    objs = _children(verb, "dobj") or (_children(verb, "nsubjpass") if passive else [])
    theme = objs[0] if objs else None
    if theme is not None and theme.lemma_.lower() in _MEASURES:
        # "25,000 tons of food aid", "10 days of war games": the event is what is measured.
        inner = [o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]
        theme = inner[0] if inner else theme
    parts = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    if theme is None and lemma == "go":  # "went on strike"
        theme = next((p for c in verb.children if c.dep_ == "prep" for p in _pobjs(c)), None)
    if theme is not None:
        tl = theme.lemma_.lower()
        for key in (*(f"{lemma} {p}" for p in parts), lemma):
            found = lex.phrases.get((key, tl))
            if found is not None:
                return found, theme
        if lemma in lex.light_verbs or any(f"{lemma} {p}" in lex.light_verbs for p in parts):
            # "held talks"; "launched a mediation effort": the event is the object or its modifier.
            for noun in (theme, *(c for c in theme.children if c.dep_ == "compound")):
                nt = lex.nouns.get(noun.lemma_.lower())
                if nt is not None and _noun_ok(noun, nt):
                    return nt, theme
    keys = [f"{lemma} {p}" for p in parts]
    if theme is not None:
        keys.append(f"{lemma} {theme.lower_}")  # "open fire"
    keys.append(lemma)
    for key in keys:
        trig = lex.verbs.get(key)
        if trig is None:
            continue
        if trig.objects and (theme is None or theme.lemma_.lower() not in trig.objects):
            continue
        if trig.unless_objects and theme is not None and theme.lemma_.lower() in trig.unless_objects:
            continue
        if trig.subjects and not any(c.lemma_.lower() in trig.subjects for c in verb.children
                                     if c.dep_ in ("nsubj", "nsubjpass")):
            continue
        if trig.tags and verb.tag_ not in trig.tags:
            continue  # "were beaten" is an assault; "will beat her in the election" is not
        if trig.intransitive and _children(verb, "dobj"):
            continue
        if trig.unless_clause and _children(verb, "ccomp"):
            continue
        return trig, None
    return None


def _verb_candidate(verb: Token, lex: Lexicon) -> _Candidate | None:
    found = _verb_trigger(verb, lex)
    if found is None:
        return None
    trig, noun = found
    if trig.joint is not None and noun is not None and (
            any(c.lower_ in ("joint", "combined") for c in noun.children)
            or any(len(conjuncts(s)) > 1 for s in _children(verb, "nsubj"))):
        trig = trig.joint  # joint exercises are cooperation; one country's are a show of force
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    cand = _Candidate(trig, verb, noun=noun)
    if passive:
        for agent in _children(verb, "agent"):
            cand.sources.extend(_pobjs(agent))
        patient = _children(verb, "nsubjpass")
        if patient and patient[0] is not noun:
            cand.targets.extend(conjuncts(patient[0]))
    else:
        cand.sources.extend(_subjects(verb, lex))
        for obj in _children(verb, "dobj"):
            if obj is not noun:
                cand.targets.extend(conjuncts(obj))
    if trig.dative:
        for d in _children(verb, "dative", "iobj"):
            cand.targets.extend(conjuncts(d))
    # The object's own prepositional phrases count too: "demanded an apology from India".
    holders = [verb, *(_children(verb, "dobj") if noun is None else [noun])]
    _prep_arguments(cand, holders)
    if not cand.targets and trig.type in _ADDRESSED and verb.dep_ == "relcl" and not passive \
            and _children(verb, "nsubj") and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # "a shipping company it accused of smuggling": the noun the clause describes is the one accused.
        first = verb.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ in ("NOUN", "PROPN"):
            cand.targets.extend(conjuncts(first))
    if any(_reciprocal(t) for t in cand.targets):
        cand.targets = [t for t in cand.targets if not _reciprocal(t)]
        cand.reciprocal = True
    if not cand.targets and trig.type in _ADDRESSED and verb.lemma_.lower() not in _DENYING:
        # "demanded that the US cancel", "accused Peru of", "warned Israel to": the one the
        # demand, refusal or threat is about is the subject of its complement clause.
        for comp in _children(verb, "ccomp"):
            subj = _children(comp, "nsubj", "nsubjpass")
            if subj and subj[0].pos_ != "PRON":
                cand.targets.extend(conjuncts(subj[0]))
                break
    if not cand.targets and trig.type in _GOVERNING | _ADDRESSED and verb.lemma_.lower() not in _DENYING:
        # "threatened to ban voting in East Jerusalem", "offered to hand over to Britain",
        # "demanded an admission by Moscow": whoever the content is about, if it is someone.
        for comp in (*_children(verb, "xcomp", "ccomp"), *_children(verb, "dobj")):
            for child in comp.children:
                if child.dep_ in ("dobj", "dative", "iobj"):
                    cand.fallback.extend(conjuncts(child))
                elif child.dep_ in ("prep", "agent"):
                    cand.fallback.extend(_pobjs(child))
        for clause in _children(verb, "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children):
                cand.fallback.extend(_children(clause, "nsubj"))  # "unless Israel rescinded"
    if trig.requires_preps and not cand.targets:
        return None
    if trig.unless_preps and any(c.dep_ == "prep" and c.lower_ in trig.unless_preps
                                 for h in holders for c in h.children):
        return None
    cand.evidence = [verb, *_children(verb, "neg", "prt"), *([noun] if noun is not None else [])]
    cand.evidence.extend(c for c in verb.children if c.dep_ == "aux" and c.lower_ in lex.modal_aux)
    cand.fact = factuality(verb, lex)
    return cand


_DENYING = {"deny", "refute"}  # "denied that X attacked": X is whose act is denied, not the one addressed


def _reciprocal(tok: Token) -> bool:
    """The object "each other" / "one another"."""
    if tok.lower_ == "other":
        return any(c.lower_ == "each" for c in tok.children)
    if tok.lower_ == "one":
        return any(c.lower_ == "another" for c in tok.children)
    return False


def _prep_phrases(holder: Token) -> list[tuple[str, list[Token]]]:
    """(preposition, objects) of ``holder``: "to Turkey" (also spaCy's "dative"), "out of Somalia" -> "of"."""
    out: list[tuple[str, list[Token]]] = []
    for prep in holder.children:
        if prep.dep_ not in ("prep", "dative") or prep.pos_ != "ADP":
            continue
        objs = _pobjs(prep)
        if objs:
            out.append((prep.lower_, objs))
            if prep.lower_ == "with":
                # "opened fire with mortars on a checkpoint": the instrument's phrase is the verb's.
                out.extend((inner.lower_, _pobjs(inner)) for o in objs for inner in o.children
                           if inner.dep_ == "prep" and inner.lower_ != "of")
            continue
        for inner in prep.children:
            if inner.dep_ == "prep":
                out.append((inner.lower_, _pobjs(inner)))
            elif inner.dep_ == "pcomp" and inner.tag_ == "VBG":
                # "fired on civilians repairing a canal", parsed as a clause: its subject is the object.
                out.extend((prep.lower_, conjuncts(c)) for c in inner.children if c.dep_ == "nsubj")
    return out


def _prep_arguments(cand: _Candidate, holders: Iterable[Token]) -> None:
    """Targets and places from prepositional phrases of the trigger (and its event noun)."""
    trig = cand.trigger
    for holder in holders:
        for word, objs in _prep_phrases(holder):
            if not objs:
                continue
            if word == "between" and ("between" in trig.preps or trig.symmetric):
                if not cand.sources:
                    cand.sources.append(objs[0])
                    cand.targets.extend(objs[1:])
                else:
                    cand.targets.extend(objs)
            elif word == "by" and (not cand.verbal or holder is cand.noun):
                cand.sources.extend(objs)
            elif word in trig.preps:
                cand.targets.extend(objs)
            elif word in _LOCATIVE:
                cand.locations.extend(objs)
            if word in trig.preps and word in _LOCATIVE:
                cand.locations.extend(objs)  # "arrived in Kabul": target and place


def _noun_candidate(noun: Token, lex: Lexicon) -> _Candidate | None:
    trig = lex.nouns.get(noun.lemma_.lower())
    if trig is None or not _noun_ok(noun, trig):
        return None
    cand = _Candidate(trig, noun, noun=noun, verbal=False)
    for poss in _children(noun, "poss"):
        cand.sources.extend(conjuncts(poss))
    if not cand.sources:
        # "a rebel attack", "Israeli airstrikes": the modifier names who acts.
        cand.sources.extend(c for c in noun.children if c.dep_ in ("amod", "compound")
                            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lemma_.lower() in lex.actor_nouns))
    _prep_arguments(cand, [noun])
    if not cand.sources and not cand.targets:
        return None
    cand.evidence = [noun, *_children(noun, "poss")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in trig.preps | {"between", "by"}:
            cand.evidence.extend(_pobjs(prep)[:1])
    cand.fact = nominal_factuality(noun, lex)
    return cand


def _absorb_object(cand: _Candidate, lex: Lexicon, taken: set[int]) -> None:
    """ "threatened sanctions", "demanded talks", "rejected the offer": the object noun is the content
    of the request, refusal or threat, not an event of its own."""
    objs = _children(cand.anchor, "dobj")
    objs += [o for p in cand.anchor.children if p.dep_ == "prep" and p.lower_ == "for" for o in _pobjs(p)]
    for obj in objs:
        inner = lex.nouns.get(obj.lemma_.lower())
        if inner is None:
            continue
        taken.add(obj.i)
        otype = cand.trigger.type
        if otype in _CONTENT_MODE and cand.trigger.mode is None:
            cand.trigger = replace(cand.trigger, mode=_CONTENT_MODE[otype].get(inner.type))


def _fold_governed(cands: list[_Candidate], lex: Lexicon) -> None:
    """Fold an event in the complement of "threatened to", "urged X to", "agreed to" into its governor;
    recode promised, intended and future events as PLOVER does (AGREE, THREATEN, CONCEDE)."""
    by_anchor = {c.anchor.i: c for c in cands if c.verbal}
    for cand in cands:
        anchor = cand.anchor
        governed = cand.verbal and anchor.dep_ in ("xcomp", "ccomp")
        outer = by_anchor.get(anchor.head.i) if governed else None
        if outer is not None and outer.anchor.lemma_.lower() in _DENYING:
            outer = None  # "denied that troops attacked": the attack stays, negated by the denial
        inner_type = cand.trigger.type
        if outer is not None and (outer.trigger.type in _GOVERNING or
                                  outer.anchor.lemma_.lower() in lex.commissive):
            cand.dropped = True
            otype = outer.trigger.type
            if otype == "AGREE" and inner_type not in COOPERATIVE and outer.anchor.lemma_.lower() != "agree":
                if inner_type == "RETREAT":
                    outer.trigger = with_type(outer.trigger, "CONCEDE", "080")
                elif inner_type in _THREAT_CAMEO:
                    outer.trigger = with_type(outer.trigger, "THREATEN", _THREAT_CAMEO[inner_type],
                                              _CONTENT_MODE["THREATEN"].get(inner_type))
            elif otype == "AGREE" and inner_type in _AGREE_CAMEO:
                outer.trigger = replace(outer.trigger, cameo=_AGREE_CAMEO[inner_type])
            elif otype in _CONTENT_MODE and outer.trigger.mode is None:
                outer.trigger = replace(outer.trigger, mode=_CONTENT_MODE[otype].get(inner_type))
            if not outer.targets:
                outer.targets.extend(cand.targets)
            continue
        fact = cand.fact
        if fact.polarity != "asserted":
            continue
        promised = fact.governor_kind == "commissive" or fact.future
        intended = fact.governor_kind == "intention"
        if inner_type in COOPERATIVE and (promised or (intended and inner_type != "SUPPORT")):
            # "plans to visit" is an intention to meet (AGREE); "wants to thank" stays SUPPORT.
            cand.trigger = with_type(cand.trigger, "AGREE", _AGREE_CAMEO.get(inner_type, "030"))
        elif inner_type == "RETREAT" and (promised or intended):
            cand.trigger = with_type(cand.trigger, "CONCEDE", "080")
        elif inner_type in _THREAT_CAMEO and promised:
            cand.trigger = with_type(cand.trigger, "THREATEN", _THREAT_CAMEO[inner_type],
                                     _CONTENT_MODE["THREATEN"].get(inner_type))
        else:
            continue
        if fact.governor is not None:
            cand.evidence.append(fact.governor)
        cand.fact = replace(fact, modality="actual")


def _recode(cands: list[_Candidate], lex: Lexicon) -> None:
    """Refusals and conditional threats: "did not agree to" is a REJECT; "will withdraw unless",
    "may halt talks if" are THREATENs that happened."""
    for cand in cands:
        fact = cand.fact
        refusal = fact.future or fact.governor_kind is not None or fact.modality == "future"
        if cand.verbal and fact.polarity == "negated" and (
                cand.trigger.type == "AGREE" or (cand.trigger.type in COOPERATIVE and refusal)):
            # "did not agree to", "would not provide support": a refusal that happened.
            cand.trigger = with_type(cand.trigger, "REJECT", "120")
            cand.fact = replace(fact, polarity="asserted", modality="actual")
            continue
        if cand.verbal and fact.polarity == "negated" and refusal and cand.trigger.type in _YIELDING:
            # "will not lift the ban", "would not withdraw": declining to yield (CAMEO 124) happened.
            cand.trigger = with_type(cand.trigger, "REJECT", "124", "yield")
            cand.fact = replace(fact, polarity="asserted", modality="actual")
            continue
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                                    for m in c.children) for c in cand.anchor.children)
        if conditional and cand.verbal and fact.polarity == "asserted" and (
                fact.future or fact.modality in ("hypothetical", "future")):
            if cand.trigger.type in COOPERATIVE:  # "would meet the envoy if ...": a conditional offer
                cand.trigger = with_type(cand.trigger, "AGREE", _AGREE_CAMEO.get(cand.trigger.type, "030"))
            else:
                mode = _CONTENT_MODE["THREATEN"].get(cand.trigger.type, "relations")
                cand.trigger = with_type(cand.trigger, "THREATEN", "130", mode)
            cand.fact = replace(fact, modality="actual")


def _demands(doc: Doc, lex: Lexicon, taken: set[int]) -> list[_Candidate]:
    """ "Russia said Sudan must return the helicopter": a demand of the speaker on the clause's subject."""
    out: list[_Candidate] = []
    for tok in doc:
        if tok.lower_ not in ("must", "should") or tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.speech or verb.i in taken:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "must not": a warning rather than a demand
        speaker = _subjects(verb.head, lex)
        subject = _children(verb, "nsubj", "nsubjpass")
        if not speaker or not subject:
            continue
        trig = Trigger("REQUEST", cameo="100")
        cand = _Candidate(trig, verb.head, sources=speaker, targets=conjuncts(subject[0]))
        cand.evidence = [verb.head, tok, verb]
        out.append(cand)
    return out


def _ids(toks: list[Token], res: ArgumentResolver, owner: bool) -> tuple[list[str | None], bool]:
    """Entity ids of argument tokens (None where none resolves), and whether any names a participant."""
    out: list[str | None] = []
    named = False
    for tok in toks:
        pair = res.members(tok)
        if pair:  # "the two sides", "the ministers": both parties named before
            out.extend(e for e in pair if e not in out)
            named = True
            continue
        eid = res.resolve(tok, agent=not owner)
        if eid is None and owner:
            eid = res.owner(tok, adjectives=True)
        named = named or eid is not None or res.is_actorish(tok)
        if eid not in out:
            out.append(eid)
    resolved: list[str | None] = [e for e in out if e is not None]
    return (resolved[:_MAX_PER_SIDE] if resolved else [None]), named


def events(
    doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...], times: tuple[TimeExpr, ...],
    lexicon: FullLexicon,
) -> tuple[Event, ...]:
    """PLOVER events of ``doc``, with participants, place, date, factuality and reporting statement."""
    lex = lexicon.events
    res = ArgumentResolver(doc, entities, statements, lex)
    cands: list[_Candidate] = []
    taken: set[int] = set()
    for tok in doc:
        if tok.pos_ == "VERB":
            cand = _verb_candidate(tok, lex)
            if cand is not None:
                cands.append(cand)
                if cand.noun is not None:
                    taken.add(cand.noun.i)
                elif cand.trigger.type in _GOVERNING and tok.lemma_.lower() not in _DENYING:
                    _absorb_object(cand, lex, taken)  # a denied event stays an event, negated
    nominal = {}
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.i not in taken:
            cand = _noun_candidate(tok, lex)
            if cand is not None:
                cands.append(cand)
                nominal[tok.i] = cand
    for cand in cands:
        # "Chad's shelling of the town killed dozens": one assault, told by its noun.
        if cand.verbal and any(s.i in nominal and nominal[s.i].trigger.type == cand.trigger.type
                               for s in cand.sources):
            cand.dropped = True
    for cand in cands:
        cand.sources = [t for t in cand.sources if _same_line(t, cand.anchor)]
        cand.targets = [t for t in cand.targets if _same_line(t, cand.anchor)]
    _fold_governed(cands, lex)
    _recode(cands, lex)
    cands.extend(_demands(doc, lex, {c.anchor.i for c in cands}))
    linker = TimeLinker(doc, times)
    out: list[Event] = []
    seen: set[tuple[str, str | None, str | None, int]] = set()
    for cand in sorted((c for c in cands if not c.dropped), key=lambda c: min(t.i for t in c.evidence)):
        out.extend(_records(cand, doc, res, linker, seen, len(out)))
    return tuple(out)


def _records(cand: _Candidate, doc: Doc, res: ArgumentResolver, linker: TimeLinker,
             seen: set[tuple[str, str | None, str | None, int]], numbered: int) -> list[Event]:
    trig = cand.trigger
    sources, src_named = _ids(cand.sources, res, owner=False)
    targets, tgt_named = _ids(cand.targets, res, owner=True)
    if targets == [None] and cand.fallback:
        named_ids: list[str | None] = [e for e in (res.resolve(t) for t in cand.fallback) if e is not None]
        fallback = [e for e in named_ids if e not in sources][:1]
        targets = fallback or [None]
    if trig.owner_target and cand.noun is not None and targets == [None]:
        targets = [res.owner(cand.noun, adjectives=True)]
    if not cand.locations:
        # "protesters in Lima attacked ...": the participants' own place.
        for arg in (*cand.sources, *cand.targets):
            for word, objs in _prep_phrases(arg):
                if word in _LOCATIVE:
                    cand.locations.extend(objs)
    if not (src_named or tgt_named) and sources == [None] and targets == [None] and not (
            trig.type in _MATERIAL and ((cand.noun is not None and cand.verbal) or any(
                t.pos_ in ("NOUN", "PROPN") for t in (*cand.sources, *cand.targets)))):
        # Nobody did anything to anybody: not an event for the ledger. A physical event
        # ("two firearms were seized", "a bomb went off") stands on its own.
        return []
    if not cand.verbal and trig.type in _NEEDS_RECIPIENT and targets == [None] and not tgt_named:
        return []  # "our security assistance": PLOVER codes aid, cooperation and sanctions with a recipient
    if trig.swap and targets != [None]:
        sources, targets = targets, sources
    if trig.type == "REJECT" and targets != [None] and all(t is None or t in sources for t in targets):
        targets = [None]  # "Indonesia will not lift its ban": a refusal about its own measure
    if cand.reciprocal and targets == [None] and len(sources) > 1:
        targets = list(sources)  # "A and B accused each other": A -> B and B -> A
    elif trig.symmetric and targets == [None] and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    place_ids = [res.place(t) for t in cand.locations]
    location = next((p for p in place_ids if p is not None and p not in targets), None)
    start = min(t.i for t in cand.evidence)
    end = max(t.i for t in cand.evidence) + 1
    span = doc[start:end]
    stmt = res.statement_at(span.start_char)
    date = linker.date_for([cand.anchor, *([cand.noun] if cand.noun is not None else [])])
    records: list[Event] = []
    for src in sources:
        for tgt in targets:
            if src is not None and src == tgt:
                continue
            key = (trig.type, src, tgt, start)
            if key in seen:
                continue
            seen.add(key)
            records.append(Event(
                id=f"v{numbered + len(records) + 1}",
                type=trig.type,
                evidence=Span(span.start_char, span.end_char, span.text),
                mode=trig.mode,
                cameo=trig.cameo,
                source=src,
                target=tgt,
                date=date,
                location=location,
                polarity=cand.fact.polarity,
                modality=cand.fact.modality,
                reported_by=stmt.id if stmt is not None else None,
            ))
    return records


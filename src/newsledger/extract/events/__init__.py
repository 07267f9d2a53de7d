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
to entities through their mentions (:mod:`.args`); factuality comes from
negation, modal auxiliaries and the governing verbs (:mod:`.factuality`).
Following the PLOVER manual, a promise, intention or future of cooperation is
coded AGREE, a vow or future of force THREATEN and a promised withdrawal
CONCEDE, as the statement that happened. An event inside a statement links to
it (``reported_by``); its date is a time expression attached to its own clause
(:mod:`.dating`).

Where no hand-written pattern fits a verb, the CAMEO verb dictionary
(``data/event_verbs.tsv``) may: its verb + object and verb + prepositional-phrase
patterns, for an active finite clause (:func:`.triggers.generated_trigger`).

The steps, one module each: :mod:`.triggers` (which entry a word carries),
:mod:`.candidates` (the trigger with its participants), :mod:`.recoding` (the
manual's recoding of promises, refusals and conditions), :mod:`.records`
(entities, dyads, place, date and statement), :mod:`.nonevents` (acts named but not told done:
prevented, only possible, sought). Every word list and code table
comes from the lexicon (``data/events.yaml``, ``data/english.yaml``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...lexicon.events import EventLexicon
from ...models import Entity, Event, Statement, TimeExpr
from ...textutil import form_key
from ..walk import doc_text, kids_of, sentence_bounds, tokens_where, word_forms
from .args import ArgumentResolver, resolver_for
from .candidates import Candidate, acted_on, adjective_candidate, demands, noun_candidate, verb_candidate
from .dating import TimeLinker
from .nonevents import named_after, not_done, purposes_done
from .recoding import absorb_object, fold_governed, recode
from .records import Seen, event_records
from .syntax import children, pobjs, same_line
from .triggers import forget_passives, may_trigger_noun, may_trigger_verb

__all__ = ["events"]


def _candidates(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every verb and noun candidate of ``doc``; a noun taken by a verb's trigger is no event of its own."""
    lex = lexicon.events
    cands: list[Candidate] = []
    taken: set[int] = set()
    blamed: dict[int, set[int]] = {}
    lowers, lemmas = word_forms(doc)
    for tok in tokens_where(doc, pos=("VERB",)):
        if not may_trigger_verb(lemmas[tok.i], lex):
            continue  # verb_candidate finds nothing for it (a quarter of the verbs)
        cand = verb_candidate(tok, lex)
        if cand is not None:
            cands.append(cand)
            blamed.update(_blamed(cand))
            if cand.noun is not None:
                taken.add(cand.noun.i)
                taken.update(o.i for o in acted_on(cand.noun, lex))
            elif cand.trigger.type in lex.type_groups.governing and tok.lemma_.lower() not in lex.fact_denial:
                absorb_object(cand, lex, taken)  # a denied event stays an event, negated
    if lex.adjectives:
        for tok in tokens_where(doc, lemmas=lex.adjectives):
            cand = adjective_candidate(tok, lex) if tok.pos_ == "ADJ" else None
            if cand is not None:
                cands.append(cand)
    nominal = {}
    for tok in tokens_where(doc, pos=("NOUN",)):
        i = tok.i
        if i not in taken and may_trigger_noun(i, lowers, lemmas, lex):  # (most nouns carry no trigger)
            cand = noun_candidate(tok, lex)
            if cand is not None:
                cand.targets = [t for t in cand.targets if t.i not in blamed.get(tok.i, ())]
                cands.append(cand)
                nominal[i] = cand
                taken.update(o.i for o in acted_on(tok, lex))
    for cand in cands:
        # "Chad's shelling of the town killed dozens": one assault, told by its noun.
        if cand.verbal and any(s.i in nominal and nominal[s.i].trigger.type == cand.trigger.type
                               for s in cand.sources):
            cand.dropped = True
    _one_attack(cands, lex.lists.casualty_verbs)
    _places_named_before(cands, lexicon)
    for cand in cands:
        cand.dropped = cand.dropped or _contribution(cand, lex.lists.campaign_words, lex.lists.donation_verbs)
        cand.sources = [t for t in cand.sources if same_line(t, cand.anchor)]
        cand.targets = [t for t in cand.targets if same_line(t, cand.anchor)]
    return cands


def _shared_targets(cands: list[Candidate], pressing: frozenset[str]) -> None:
    """ "would end the emergency against Chile and ease its sanctions": coordinated verbs of one type tell acts on
    one party; a conjunct that names no target takes the one its partner names. So do coordinated acts of
    pressure (``lists.pressing_types``): "condemned Chad and threatened new sanctions" threatens Chad."""
    verbal = {c.anchor.i: c for c in cands if c.verbal and not c.dropped}
    for cand in verbal.values():
        if cand.targets:
            continue
        anchor = cand.anchor
        partners = [verbal.get(anchor.head.i)] if anchor.dep_ == "conj" else []
        partners.extend(verbal.get(c.i) for c in kids_of(anchor) if c.dep_ == "conj")
        for other in partners:
            if other is not None and other is not cand and (other.trigger.type == cand.trigger.type or (
                    cand.trigger.type.lower() in pressing and other.trigger.type.lower() in pressing)):
                cand.targets.extend(other.targets)
                cand.fallback.extend(other.fallback)
                break


def _places_named_before(cands: list[Candidate], lexicon: Lexicon) -> None:
    """ "the Paris attacks", "the Beijing talks": a city, a capital or a region put before an event noun (not
    possessive) is no one who acts (only a country's name, "U.S. airstrikes", or people, "Israeli raids", is): the
    place struck by a physical act, else where the event happened."""
    places = lexicon.actors.places
    material = lexicon.events.type_groups.material
    for cand in cands:
        if cand.verbal:
            continue
        where = [t for t in cand.sources if t.dep_ == "compound" and t.head.i == cand.anchor.i and t.ent_type_ in (
            "GPE", "LOC") and getattr(places.get(form_key(t.text)), "kind", "region") not in ("country", "demonym")]
        if where:
            cand.sources = [t for t in cand.sources if t not in where]
            (cand.targets if cand.trigger.type in material and not cand.targets else cand.locations).extend(where)


def _home_trip(cand: Candidate, lexicon: Lexicon, res: ArgumentResolver) -> bool:
    """ "flew to the naval hospital for a check-up", "the Mexican president toured Jalisco and Sonora", "the senator
    flew to Ohio for a fundraiser", "began a tour of coastal provinces": a visit meets a counterpart only in another
    country; one whose every destination is a place of care (``lists.care_places``), a region of the gazetteer (no
    country, no capital) of the traveller's own country (the one the traveller's entity is coded with; any country,
    for a named person with none coded) or regions named by a kind (``lists.home_region_nouns``, with no country's
    or people's name: "a tour of Gulf states" stays) is no consultation ("toured Jalisco and Guatemala", "flew to
    Kenya" stay)."""
    trig = cand.trigger
    if trig.type != "CONSULT" or trig.mode != "visit" or trig.swap or not cand.targets:
        return False
    lists = lexicon.events.lists
    places = lexicon.actors.places
    homes: set[str | None] | None = set()
    for src in cand.sources:
        eid = res.resolve(src)
        ent = res.entities.get(eid) if eid is not None else None
        if ent is None or (ent.country is None and not res.is_person(src)):
            homes = None  # whose country is not known: no region is "its own"
            break
        homes.add(ent.country)  # type: ignore[union-attr]
    for tgt in cand.targets:
        if tgt.lemma_.lower() in lists.care_places or (tgt.i > 0 and f"{tgt.nbor(-1).lower_} {tgt.lower_}" in (
                lists.care_places)) or any(c.lemma_.lower() in lists.care_places for c in children(tgt, "appos")):
            continue
        toured = [o for p in children(tgt, "prep") if p.lower_ in ("of", "through", "across", "around")
                  for o in pobjs(p)]
        if toured and all(o.lemma_.lower() in lists.home_region_nouns and not any(
                c.ent_type_ in ("GPE", "LOC", "NORP") for c in o.subtree) for o in toured):
            continue  # "a tour of swing states", "a trip across rural provinces"
        if tgt.ent_type_ in ("PERSON", "NORP") or not homes:  # (the NER may type a province as an organisation)
            return False
        span = next((e for e in tgt.doc.ents if e.start <= tgt.i < e.end), None)  # "New Hampshire"
        place = places.get(form_key(span.text if span is not None else tgt.text))
        if place is None or place.kind != "region" or not (place.iso3 in homes or homes == {None}):
            return False
    return True


def _blamed(cand: Candidate) -> dict[int, set[int]]:
    """ "blamed the raid on Chad": the raid stands, but Chad is the one blamed, not the one raided (the object
    noun's position, with the positions of the ones blamed)."""
    if not cand.trigger.blame:
        return {}
    return {o.i: {t.i for t in cand.targets} for o in kids_of(cand.anchor) if o.dep_ == "dobj"}


def _contribution(cand: Candidate, campaign_words: frozenset[str], donation_verbs: frozenset[str]) -> bool:
    """Money given to campaigns or donated to people ("gave $5,000 to a super PAC", "donated to the senator"): a
    contribution, no aid (only a donation verb's person counts: the NER takes some countries for people)."""
    donated = cand.anchor.lemma_.lower() in donation_verbs
    return cand.trigger.type == "AID" and bool(cand.targets) and all(
        (donated and t.ent_type_ == "PERSON") or t.lemma_.lower() in campaign_words for t in cand.targets)


def _one_attack(cands: list[Candidate], casualty_verbs: frozenset[str]) -> None:
    """One act told with its toll is one event: "killed two and wounded five", "attacked the camp,
    killing 40" (the toll's verb goes with the act it follows), "killed 46 civilians in an attack on a
    village" (the noun goes with the verb that tells it)."""
    verbal = {c.anchor.i: c for c in cands if c.verbal and not c.dropped}
    for cand in cands:
        anchor = cand.anchor
        if cand.dropped:
            continue
        if cand.verbal and anchor.lemma_.lower() in casualty_verbs and anchor.dep_ in ("conj", "advcl"):
            head = verbal.get(anchor.head.i)
            cand.dropped = head is not None and head is not cand and head.trigger.type == cand.trigger.type
        elif not cand.verbal and anchor.dep_ == "pobj" and anchor.head.head.i != anchor.head.i:
            verb = anchor.head.head
            head = verbal.get(verb.i)
            cand.dropped = (head is not None and verb.lemma_.lower() in casualty_verbs
                            and head.trigger.type == cand.trigger.type)


def events(
    doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...], times: tuple[TimeExpr, ...],
    lexicon: Lexicon, published: dt.date | dt.datetime | None = None,
) -> tuple[Event, ...]:
    """PLOVER events of ``doc``, with participants, place, date, factuality and reporting statement; with the
    publication date, events told as history more than a year before it are left out (:mod:`.dating`)."""
    lex = lexicon.events
    forget_passives()
    res = resolver_for(doc, entities, statements, lex)
    cands = _candidates(doc, lexicon)
    fold_governed(cands, lex)
    recode(cands, lex, res.is_person)
    # (after the recoding: "end the embargo and ease tariffs" are both concessions by then)
    _shared_targets(cands, lex.lists.pressing_types)
    for cand in cands:
        cand.dropped = cand.dropped or not_done(cand, lex, res.is_person)  # prevented, capable of, sought ...
        cand.dropped = cand.dropped or _home_trip(cand, lexicon, res)
    purposes_done(cands)
    named_after(cands, lex)
    cands.extend(demands(doc, lex, {c.anchor.i for c in cands}))
    linker = TimeLinker(doc, times, published, lex.lists.history_spans,
                        (lex.lists.back_time_words, lex.lists.forward_time_words), lex.lists.sequence_verbs)
    out: list[Event] = []
    seen: Seen = set()
    named: set[str] = set()  # events told by a noun with a determiner or an owner: perhaps one told before
    several: set[str] = set()  # events told by a plural noun ("its investigations"): no one act to tell again
    unowned: set[str] = set()  # events told by a noun, or a verb with no subject but a pronoun: parties may be lost
    for cand in sorted((c for c in cands if not c.dropped), key=lambda c: min(t.i for t in c.evidence)):
        records = event_records(cand, doc, res, linker, lex, seen, len(out))
        if _definite_noun(cand, lex):
            named.update(ev.id for ev in records)
        elif not cand.verbal and cand.anchor.tag_ == "NNS":
            several.update(ev.id for ev in records)
        if not cand.verbal or all(t.pos_ == "PRON" for t in cand.sources):
            unowned.update(ev.id for ev in records)
        out.extend(records)
    kept = _headline_repeats(out, doc_text(doc))  # Doc.text makes a Token of every word
    kept = _retellings(kept, named, several, doc)
    kept = _partyless(kept, unowned, lex.lists.party_types)
    if len(kept) == len(out):
        return tuple(out)
    return tuple(dataclasses.replace(ev, id=f"v{n}") for n, ev in enumerate(kept, 1))


# A headline, a deck or a subhead: a line of at most this many words above the first longer paragraph.
_HEADLINE_WORDS = 16


def _body_start(text: str) -> int:
    """Where the body begins: after the headline lines (:data:`_HEADLINE_WORDS`) above the first longer paragraph."""
    body = 0
    for line in text.split("\n"):
        if len(line.split()) > _HEADLINE_WORDS:
            break
        body += len(line) + 1
    return body


def _definite_noun(cand: Candidate, lex: EventLexicon) -> bool:
    """ "the meeting with Okafor", "Dube's latest request", "his refusal": an event named by a noun with a definite
    determiner (``lists.definite_determiners``) or an owner, the way a story names an act it has told."""
    if cand.verbal or cand.anchor.tag_ == "NNS" or cand.trigger.type in lex.type_groups.material:
        return False  # "her attacks", "his promises" may name acts never told; a second physical act is another one
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lex.lists.definite_determiners)
               for c in kids_of(cand.anchor))


def _retellings(out: list[Event], named: set[str], several: set[str], doc: Doc) -> list[Event]:
    """ "Senator Dube on Monday asked the ministry to open an inquiry into Mensah. ... A spokeswoman declined to comment
    on Dube's request.": an event named by a definite noun (:func:`_definite_noun`) whose parties are all parties of
    an event of its type told, with as many parties, in an earlier sentence of the body is that event told again: it
    goes (the headline's events are no first telling, nor acts told by a plural noun; an event with no party is left
    alone)."""
    if not named:
        return out
    text = doc_text(doc)  # Doc.text makes a Token of every word
    body = _body_start(text)
    starts = sorted(start for _, _, start, _ in sentence_bounds(doc))  # no Span per sentence

    def sentence(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, pos) - 1
        start = starts[k] if k >= 0 else 0
        return start, (starts[k + 1] if k + 1 < len(starts) else len(text))

    dropped: set[str] = set()
    for ev in out:
        parties = {p for p in (ev.source, ev.target) if p is not None}
        if ev.id not in named or not parties:
            continue
        own = sentence(ev.evidence.start)
        if any(earlier.type == ev.type and earlier.id not in dropped | several and body <= earlier.evidence.start
               and earlier.evidence.end <= own[0] and parties <= {earlier.source, earlier.target}
               and len({earlier.source, earlier.target} - {None}) >= len(parties) for earlier in out):
            dropped.add(ev.id)
    if not dropped:
        return out
    return [ev for ev in out if ev.id not in dropped]


def _partyless(out: list[Event], unowned: set[str], party_types: frozenset[str]) -> list[Event]:
    """ "He called on leaders to stay calm" (the speaker not found), "trips to non-competitive states", "the
    pressures on the regime": an act of words, of aid or of relations (``lists.party_types``) told by a noun or by
    a verb whose subject is a pronoun or none (``unowned``), with neither a source nor a target found, tells no
    one's act an analyst could sign ("dozens of groups called for a ban" stays: someone is named, if no entity);
    physical acts ("shootings in the capital", "the attacks") stay, told with no party."""
    return [ev for ev in out if ev.source is not None or ev.target is not None or ev.id not in unowned
            or ev.type.lower() not in party_types]


def _headline_repeats(out: list[Event], text: str) -> list[Event]:
    """ "Administration accuses Moscow of meddling." above "The administration on Friday accused Russia of ...": an
    event of a headline line (:data:`_HEADLINE_WORDS`) that the body tells again, with more of its parties, is the
    body's; the headline's telling goes (one as complete as the body's stays)."""
    body = _body_start(text)
    heads = [ev for ev in out if ev.evidence.end <= body]
    if not heads:
        return out

    def filled(ev: Event) -> int:
        return (ev.source is not None) + (ev.target is not None)

    dropped = {ev.id for ev in heads if any(o.type == ev.type and o.evidence.start >= body and filled(o) > filled(ev)
                                           for o in out)}
    return [ev for ev in out if ev.id not in dropped]

"""Event records: a candidate's argument tokens mapped to entities, expanded into source -> target dyads.

Coordinated participants become one record per dyad (at most ``MAX_PER_SIDE``
per side); an event with nobody doing anything to anybody is no record, unless
it is a physical event that stands on its own ("a bomb went off").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon.events import EventLexicon as Lexicon
from ...models import Event, Span
from .args import ArgumentResolver
from .candidates import Candidate
from .dating import TimeLinker
from .syntax import prep_phrases

__all__ = ["MAX_PER_SIDE", "Seen", "event_records"]

MAX_PER_SIDE = 4  # coordinated participants expanded into dyads, at most this many per side
Seen = set[tuple[str, str | None, str | None, int]]  # (type, source, target, first evidence token) written


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
        if eid is None and not owner:
            eid = res.issuer(tok)  # "the statement urged ...": whoever issued it
        if eid is None and owner:
            eid = res.owner(tok, adjectives=True) or res.earlier_owner(tok)
        named = named or eid is not None or res.is_actorish(tok)
        if eid not in out:
            out.append(eid)
    resolved: list[str | None] = [e for e in out if e is not None]
    return (resolved[:MAX_PER_SIDE] if resolved else [None]), named


def _stands_alone(cand: Candidate, lex: Lexicon) -> bool:
    """A physical event that is one without a named participant ("two firearms were seized"), where it
    happened: "if he ordered the raid", "entered without fighting" name nothing that did."""
    if cand.fact.polarity != "asserted" or cand.fact.modality != "actual":
        return False
    return cand.trigger.type in lex.type_groups.material and (
        cand.alone or (cand.noun is not None and cand.verbal)
        or any(t.pos_ in ("NOUN", "PROPN") for t in (*cand.sources, *cand.targets)))


def _participants(cand: Candidate, res: ArgumentResolver, lex: Lexicon
                  ) -> tuple[list[str | None], list[str | None]] | None:
    """Source and target entity ids (``[None]`` for a side nobody names), or None for no event."""
    trig = cand.trigger
    sources, src_named = _ids(cand.sources, res, owner=False)
    targets, tgt_named = _ids(cand.targets, res, owner=True)
    if targets == [None] and cand.fallback:
        named_ids: list[str | None] = [e for e in (res.resolve(t) for t in cand.fallback) if e is not None]
        fallback = [e for e in named_ids if e not in sources][:1]
        targets = fallback or [None]
    if trig.owner_target and cand.noun is not None and targets == [None]:
        targets = [res.owner(cand.noun, adjectives=True)]
    if (trig.requires_target and targets == [None]) or (trig.requires_source and sources == [None]):
        return None  # "raised concerns about the weather": no one it is aimed at
    if not (src_named or tgt_named) and sources == [None] and targets == [None] and not _stands_alone(cand, lex):
        return None  # nobody did anything to anybody: not an event for the ledger
    if not cand.verbal and trig.type in lex.type_groups.needs_recipient and targets == [None] and not tgt_named:
        return None  # "our security assistance": PLOVER codes aid, cooperation and sanctions with a recipient
    if trig.object_target and trig.type in lex.type_groups.needs_recipient and targets == [None]:
        return None  # "the airline bought ten jets": a purchase from no one named
    if trig.swap and (targets != [None] or trig.type in lex.type_groups.needs_recipient):
        # "Halden received $4 billion in loans": the one who gets aid is its recipient, the giver named or not
        sources, targets = targets, sources
        if targets == [None] and trig.type in lex.type_groups.needs_recipient:
            return None  # "have received loans", the receiver unknown: aid to no one named
    if not cand.verbal and trig.symmetric and trig.mode is None and trig.type == "CONSULT" and targets == [None] \
            and len(sources) == 1 and sources[0] is not None and res.entity_type(sources[0]) == "ORG":
        return None  # "the league's annual meeting", "skipped the party's talks": a body's own gathering, no one met
    if trig.mode == "visit" and _at_home(sources, targets, res):
        return None  # "the president flew to Ohio for a speech": a trip at home, no one visited
    if trig.type == "REJECT" and targets != [None] and all(t is None or t in sources for t in targets):
        targets = [None]  # "Indonesia will not lift its ban": a refusal about its own measure
    if cand.reciprocal and targets == [None] and len(sources) > 1:
        targets = list(sources)  # "A and B accused each other": A -> B and B -> A
    elif trig.symmetric and targets == [None] and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    return sources, targets


def _at_home(sources: list[str | None], targets: list[str | None], res: ArgumentResolver) -> bool:
    """Every place visited lies in the visitor's own country (a province, a city, the capital)."""
    home = {res.entities[s].country for s in sources if s is not None} - {None}
    return bool(home) and targets != [None] and all(
        t is not None and res.entity_type(t) in ("GPE", "LOC") and res.entities[t].country in home for t in targets)


def _sought(cand: Candidate, lex: Lexicon) -> bool:
    """The act is only wanted ("a need for Peru to act") or tried for ("efforts to get Peru to act"); one done for a
    purpose ("sent experts to investigate") is done."""
    if cand.fact.modality == "hypothetical":
        return True
    if cand.fact.modality != "intention":
        return False
    tok = cand.anchor
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.attempt_nouns:
            return True
    return False


def _location(cand: Candidate, res: ArgumentResolver, lex: Lexicon, targets: list[str | None]) -> str | None:
    """The place of the event: its own locative phrase, else that of its participants."""
    if not cand.locations:
        # "protesters in Lima attacked ...": the participants' own place.
        for arg in (*cand.sources, *cand.targets):
            for word, objs in prep_phrases(arg):
                if word in lex.locative_preps:
                    cand.locations.extend(objs)
    place_ids = [res.place(t) for t in cand.locations]
    return next((p for p in place_ids if p is not None and p not in targets), None)


def event_records(cand: Candidate, doc: Doc, res: ArgumentResolver, linker: TimeLinker, lex: Lexicon,
                  seen: Seen, numbered: int) -> list[Event]:
    """The records of one candidate, numbered after the ``numbered`` written before; none already ``seen``."""
    if cand.trigger.mode in lex.lists.sought_only_modes and _sought(cand, lex):
        return []  # "a need for Peru to launch an inquiry": no inquiry yet
    found = _participants(cand, res, lex)
    if found is None:
        return []
    sources, targets = found
    trig = cand.trigger
    location = _location(cand, res, lex, targets)
    start = min(t.i for t in cand.evidence)
    end = max(t.i for t in cand.evidence) + 1
    span = doc[start:end]
    stmt = res.statement_at(span.start_char)
    date = linker.date_for([cand.anchor, *([cand.noun] if cand.noun is not None else [])])
    if linker.background(cand.anchor, date):
        return []  # "In 2008, he complained ...": history the story recalls, not news to code
    out: list[Event] = []
    for src in sources:
        own = [t for t in targets if src is None or t != src]
        if trig.requires_target and not own:
            continue  # "comments which raised concerns about himself": no one else it is aimed at
        if not own and trig.type in lex.type_groups.own_side:
            # "Armenia mobilized its reserves", "Greece urged its partners to ...": the act happened, aimed
            # at no one else named; "offered his assessment" is no offer to himself
            own = [None]
        for tgt in own:
            key = (trig.type, src, tgt, start)
            if key in seen:
                continue
            seen.add(key)
            out.append(Event(
                id=f"v{numbered + len(out) + 1}",
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
    return out

"""Cause claims of the "counts" frames: a cause class named in a claimant's words about an incident, and who
made contact in a collision (issue 14).

* **cause cues** (:func:`cause_cue_claims`): where a sentence names a cause class of the ``cause_cues``
  vocabulary (tampering, wear and decay, a mishap, natural forces, and the classes under ``cause:``) and the
  document names an incident, the sentence's claimant claims that class. A *sign* ("the
  sleepers were rotten", "saboteurs", "lightning") names a cause on its own; other words ("rubbish", "a
  cable", "the weather") only in a sentence with a causal connective ("began with", "because", "the reason",
  "traced to"). Only a statement's speaker claims a cause here: the outlet's own telling ("the weather is not
  the reason for the blackouts") would be an editorial's side, but a press release's text is its issuer's and
  a wire story's is nobody's, and the text does not say which it is; but for an editorial that says it is one and
  argues the cause with a connective (:mod:`.editorial`). A sentence whose cause the richer frames
  of :mod:`.predicates`
  already read is left to them; someone's version named as such ("the sabotage theory") claims nothing.
* **cause verbs** (:func:`cause_verb_claims`): a class's ``verbs`` said of the incident or of what it struck with
  no doer or cause phrase of the clause's own ("the fire was set", "the fish were poisoned", "the fish
  suffocated"); a cue that is the subject of a clause clearing it ("the wiring had nothing to do with it", "the
  discharge played no part") is denied.
* **contact acts** (:func:`contact_claims`): "the Chinese ship rammed the boat", "the Philippine boat steered
  into the path of the Chinese ship" say who is responsible (predicate ``responsible``) for one collision, the
  agent being the subject the text names, the claimant the speaker of the statement over it or in its sentence
  ("According to the coast guard, the reverse was true: the boat steered into ..."); two sides naming each
  other's vessel disagree.

Claimants are those :func:`.sides.placed` lets stand as a side. Polarity and modality are the clause's
(:meth:`.Context.factuality`) with a "not" just before the cue. One
pass over the sentences, reading the phrase matches :class:`.Context` finds once per sentence.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon.claims import CauseCues, ClaimVocabulary
from ...models import Claim, Polarity
from ..walk import among, kids_of, word_keys
from .context import Context, Match, Voice
from .editorial import outlet_argues
from .responsibility import PREDICATE
from .sides import placed

__all__ = ["ascriber", "cause_cue_claims", "cause_verb_claims", "contact_claims", "first_incident", "verb_over"]

_NEGATORS = frozenset({"not", "never", "n't", "no"})


def _has(sent: SpacySpan, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` (tuples of lower-case words, matched on the word or its lemma) is in ``sent``."""
    firsts = {p[0] for p in phrases}
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in firsts and tok.lemma_.lower() not in firsts:
            continue
        for phrase in phrases:
            end = tok.i + len(phrase)
            if end <= sent.end and all(doc[tok.i + k].lower_ == w or doc[tok.i + k].lemma_.lower() == w
                                       for k, w in enumerate(phrase)):
                return True
    return False


def _with_lemmas(ctx: Context, lemmas: frozenset[str]) -> list[Token]:
    """The tokens whose lemma (lower case) is one of ``lemmas``, from one array of the document's lemmas (kept in
    the context: the cause and contact frames both ask)."""
    arr = ctx.cache.get("lemma_ids")
    if not isinstance(arr, np.ndarray):
        doc = ctx.doc
        arr = doc.to_array([LEMMA]).reshape(len(doc)) if len(doc) else np.zeros(0, dtype="uint64")
        ctx.cache["lemma_ids"] = arr
    return [ctx.doc[int(i)] for i in np.flatnonzero(among(arr, _lemma_keys(lemmas)))]


@functools.lru_cache(maxsize=64)
def _lemma_keys(lemmas: frozenset[str]) -> np.ndarray:
    """The hashes of ``lemmas`` and of their capitalised forms, for :func:`among` (once per word set)."""
    return word_keys(frozenset({*lemmas, *(w.capitalize() for w in lemmas)}))


def _first_incident(ctx: Context) -> int | None:
    """The token index of the first incident the document names (an incident noun or verb), or None. A cause word
    is no incident of its own ("It was sabotage" names the cause of something it does not name), but for a force of
    nature that does the harm as a clause's subject ("a landslide buried the houses", ``natural_incidents``)."""
    nouns, verbs = ctx.words.incident_nouns, ctx.lexicon.claims.cues.incident_verbs
    causes = _cause_words(ctx.lexicon.claims)
    natural = ctx.lexicon.claims.lists.natural_incidents
    for tok in _with_lemmas(ctx, _incident_lemmas(ctx.lexicon.claims, nouns | natural)):
        lemma = tok.lemma_.lower()
        if lemma in natural and tok.pos_ == "NOUN":
            verb: Token | None = None
            if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
                verb = tok.head
            elif tok.dep_ == "ROOT":  # the parser may read "A landslide buried ..." as the noun with its clause
                verb = next((c for c in kids_of(tok) if c.dep_ == "acl" and c.pos_ == "VERB"), None)
            if verb is not None and ctx.factuality(verb) == ("asserted", "actual"):
                return tok.i
        if lemma in causes or tok.lower_ in causes:
            continue
        if (tok.pos_ == "NOUN" and lemma in nouns) or (tok.pos_ == "VERB" and (lemma in verbs or any(
                f"{lemma} {c.lower_}" in verbs for c in kids_of(tok) if c.dep_ in ("dobj", "prt", "advmod", "acomp")))):
            return tok.i
    return None


def first_incident(ctx: Context) -> int | None:
    """The token index of the first incident the document names, or None (see :func:`_first_incident`)."""
    return _first_incident(ctx)


@functools.lru_cache(maxsize=8)
def _incident_lemmas(vocab: ClaimVocabulary, nouns: frozenset[str]) -> frozenset[str]:
    """The lemmas an incident may start with: the incident nouns and the first words of the incident verbs."""
    return nouns | frozenset(v.split()[0] for v in vocab.cues.incident_verbs)


@functools.lru_cache(maxsize=8)
def _contact_lemmas(vocab: ClaimVocabulary) -> frozenset[str]:
    """The verb lemmas of the contact acts ("ram", "steer" of "steer into")."""
    return frozenset(v.split()[0] for v in vocab.cues.contact_verbs)


@functools.lru_cache(maxsize=8)
def _cause_words(vocab: ClaimVocabulary) -> frozenset[str]:
    """The one-word cause phrases of the vocabulary (built once per vocabulary)."""
    return frozenset(e.words[0] for entries in vocab.phrases.values() for e in entries
                     if e.kind == "cause" and len(e.words) == 1)


def verb_over(tok: Token) -> Token:
    """The verb over ``tok`` (itself if a verb; the root where none within eight steps up)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _reported(match: Match, cues: CauseCues, blame: frozenset[str]) -> bool:
    """The cue names someone's version, not the speaker's cause: "the sabotage theory", "talk of sabotage"; or
    what someone is blamed for, which the blame frames of :mod:`.predicates` read ("easier to blame a saboteur")."""
    head = match.head
    if head.dep_ in ("dobj", "pobj") and verb_over(head).lemma_.lower() in blame:
        return True
    if head.dep_ in ("compound", "amod", "nmod") and head.head.lower_ in cues.reported_heads:
        return True
    up = head.head
    return (head.dep_ == "pobj" and up.lower_ in ("of", "about") and up.head.lower_ in cues.reported_heads)


def _names_doer(match: Match, ctx: Context) -> bool:
    """The cue only says who someone is, as a word before a noun of someone (``open_cause_harm_doers``): "the
    dredging contractor works only in daylight", "the logging firm has stopped" name a doer, not a cause."""
    head = match.head
    return (head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i
            and head.head.lemma_.lower() in ctx.lexicon.claims.lists.open_cause_harm_doers)


def _negated(match: Match, ctx: Context) -> bool:
    """A "not" or "no" just before the cue (its determiners between): "not sabotage", "no lightning"."""
    i = match.start - 1
    while i >= 0 and ctx.doc[i].pos_ == "DET" and ctx.doc[i].lower_ != "no":
        i -= 1
    return i >= 0 and ctx.doc[i].lower_ in _NEGATORS


def _explained(found: list[Claim], ctx: Context) -> set[int]:
    """The sentences whose cause the frames of :mod:`.predicates` already read."""
    starts = [sent.start_char for sent in ctx.sents]
    return {max(0, bisect_right(starts, c.evidence.start) - 1)
            for c in found if c.kind == "cause" and c.predicate != PREDICATE}


def cause_cue_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """The cause classes claimants name in sentences about an incident (see the module docstring); ``found`` are the
    claims made so far (a sentence with a cause claim among them is left alone)."""
    cues = ctx.lexicon.claims.cues
    if not cues.signs:
        return []
    done = _explained(found, ctx)
    out: list[Claim] = []
    incident: bool | None = None  # looked for once, where a sentence names a cause
    for n, sent in enumerate(ctx.sents):
        if n in done:
            continue
        matches = [m for m in ctx.matches(sent) if m.entry.kind == "cause"]
        if not matches:
            continue
        if incident is None:
            incident = _first_incident(ctx) is not None
        if not incident:
            return []
        linked = _has(sent, cues.connectives)
        named: set[str] = set()
        for match in matches:
            claim = _cue_claim(match, ctx, cues, linked)
            if claim is not None and claim.predicate not in named:
                named.add(claim.predicate)
                out.append(claim)
    return out


def _disclaimed(head: Token, ctx: Context) -> bool:
    """The cue is the subject of a clause that clears it: "the wiring had nothing to do with it", "the discharge
    played no part" (``role_verbs`` with a ``role_nouns`` object denied by "no")."""
    if head.dep_ != "nsubj":
        return False
    verb, lists = head.head, ctx.lexicon.claims.lists
    for c in kids_of(verb):
        if c.dep_ != "dobj":
            continue
        if c.lower_ == "nothing" and verb.lemma_ == "have" and any(
                t.lemma_ == "do" for t in kids_of(c)):  # "had nothing to do with it"
            return True
        if verb.lemma_.lower() in lists.role_verbs and c.lemma_.lower() in lists.role_nouns and any(
                d.dep_ == "det" and d.lower_ == "no" for d in kids_of(c)):
            return True
    return False


def _held_for(head: Token, ctx: Context) -> bool:
    """The cue is what someone is held responsible for ("not responsible for the accident", "denied any
    responsibility for the sabotage"; ``responsibility_words``): the incident the responsibility is about, whose
    class the denial of responsibility does not deny."""
    up = head.head
    return (head.dep_ == "pobj" and up.lower_ == "for"
            and up.head.lemma_.lower() in ctx.lexicon.claims.lists.responsibility_words)


def _denied_twice(verb: Token, match: Match) -> bool:
    """The clause over a sign that begins with its own "not" is denied by another word too ("it is not true that it
    was not on the chart" is rare; "never", "no" outside the sign)."""
    return any(c.dep_ == "neg" and not match.start <= c.i < match.end for c in kids_of(verb))


_MAX_CLAUSE = 30  # tokens of a clause whose subject is the cause, from its first word to its last
_OWN_CUT = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "relcl", "parataxis", "mark", "csubj"})


def _clause_end(subj: Token | None, verb: Token, first: Token, last: Token) -> Token:
    """The last token of the evidence: where the cue is (in) the clause's subject, or holds the clause's verb, the
    end of the clause ("a bloom of algae, brought on by warm water, *starved the lagoon of oxygen*", "had pulled the
    emergency brake *while the train was running at full speed*"), at most :data:`_MAX_CLAUSE` tokens from the
    clause's first word; else the cue's own last token."""
    in_subject = subj is not None and subj.left_edge.i <= first.i and last.i <= subj.right_edge.i and verb.i > last.i
    if not (in_subject or first.i <= verb.i <= last.i):
        return last
    begin = subj.left_edge.i if subj is not None and subj.i < verb.i else first.i
    for end in (verb.right_edge, _own_end(verb)):  # a long sentence: the verb's own words, not the next clause
        while end.i > max(verb.i, last.i) and (end.is_punct or end.dep_ == "cc"):
            end = end.doc[end.i - 1]
        if end.i > last.i and end.i - begin <= _MAX_CLAUSE:
            return end
    return last


def _own_end(verb: Token) -> Token:
    """The last token of ``verb``'s own clause: its objects and circumstances after it up to the first word of a
    clause of its own, a conjunct or a parenthesis ("the valve had been opened *by hand at the pumping station*,
    officials say, and ...")."""
    end = verb
    for c in kids_of(verb):
        if c.i < verb.i:
            continue
        if c.dep_ in _OWN_CUT:
            break
        end = max(end, c.right_edge, key=lambda t: t.i)
    return end


def _called(head: Token, ctx: Context) -> bool:
    """The cue is what the incident is called: the complement of a link verb whose subject is an incident or stands
    for one, or joined to such a complement ("This was no accident", "The outage was a punishment, not
    an accident", "the collapse was a pure accident")."""
    lists = ctx.lexicon.claims.lists
    cur = head
    if cur.dep_ in ("conj", "appos"):  # joined to the complement, or (an odd parse) to a word inside it
        for _ in range(5):
            cur = cur.head
            if cur.dep_ == "attr" or cur.head.i == cur.i:
                break
    if cur.dep_ != "attr" or cur.head.lemma_.lower() not in lists.link_verbs:
        return False
    subj = ctx.subject(cur.head)
    return subj is not None and (subj.lower_ in lists.incident_anaphors
                                 or subj.lemma_.lower() in ctx.words.incident_nouns)


def ascriber(cause: Token, ctx: Context) -> tuple[str, Token] | None:
    """The entity that ascribes an effect to ``cause`` (the head of the phrase after "to", or "on" for "blame",
    or a word inside it), as the subject of a verb of ascribing (``open_cause_ascribers``): "the operator has put
    the outage down to record demand" is the operator's cause, whoever's statement the sentence stands in.
    Returns the entity and the verb."""
    for cur in (cause, *cause.ancestors):  # "down to *record demand during the heatwave*": the cue inside it
        if cur.pos_ in ("VERB", "AUX"):
            return None
        if cur.dep_ == "pobj" and cur.head.lower_ in ("to", "on"):
            break
    else:
        return None
    verb = cur.head.head
    if verb.dep_ in ("prep", "prt") and verb.lower_ in ("down", "up"):  # "put the outage down to"
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {
            w.split()[0] for w in ctx.lexicon.claims.lists.open_cause_ascribers}:
        return None
    if (cur.head.lower_ == "on") != (verb.lemma_.lower() == "blame"):
        return None
    subj = ctx.subject(verb)
    who = ctx.entity(subj) if subj is not None and subj.dep_ == "nsubj" else None
    return (who, verb) if who is not None and placed(who, ctx, office=True) else None


def _cue_claim(match: Match, ctx: Context, cues: CauseCues, linked: bool) -> Claim | None:
    disclaimed = _disclaimed(match.head, ctx)
    if not (linked or disclaimed or match.entry.words in cues.signs or _called(match.head, ctx)) or _reported(
            match, cues, ctx.lexicon.claims.lists.blame_verbs) or (not linked and _names_doer(match, ctx)):
        return None
    first, last = ctx.doc[match.start], ctx.doc[match.end - 1]
    voice = ctx.voice(first.idx, last.idx + len(last))
    ascribed = ascriber(match.head, ctx)
    who = ascribed[0] if ascribed is not None else None
    if who is not None and (voice is None or voice.claimant != who):
        voice = Voice(who, voice.statement if voice is not None and voice.statement is not None
                      and voice.statement.speaker == who else None)
    elif voice is not None and outlet_argues(voice, linked, match.head, ctx):
        pass  # an editorial's own argued cause: "these blackouts are the bill for years of neglect"
    elif voice is None or voice.statement is None or not placed(voice.claimant, ctx, office=True):
        return None  # the outlet's own telling of a cause is left out (see the module docstring)
    verb = verb_over(match.head)
    polarity, modality = ctx.factuality(verb)
    if polarity == "negated" and _held_for(match.head, ctx):
        return None  # "it was not responsible for the accident": responsibility denied, not the class
    if _negated(match, ctx) or disclaimed:
        polarity = "negated"
    elif match.entry.words[0] in _NEGATORS and polarity == "negated" and not _denied_twice(verb, match):
        polarity = "asserted"  # a sign with its own "not" ("not on the chart") names its class
    subj = ctx.subject(verb)  # the evidence runs from the clause's subject: "the fire started in ... wires"
    start = subj.left_edge if subj is not None and subj.i < first.i and first.i - subj.left_edge.i <= 12 else first
    end = _clause_end(subj, verb, first, last)
    if end.i == last.i and match.head.dep_ == "amod" and 0 < match.head.head.i - last.i <= 3:
        end = match.head.head  # "a faulty battery": the thing the cue describes
    if subj is not None and end.i != last.i and subj.left_edge.i <= first.i <= subj.right_edge.i:
        start = subj.left_edge  # "*a* bloom of algae ... starved the lagoon of oxygen": the whole subject
    if ascribed is not None and ascribed[1].i < start.i:
        start = ascribed[1]  # "*put the outage down to* record demand during the heatwave"
    return Claim(
        id="", kind="cause", predicate=match.entry.predicate, evidence=ctx.token_span(start, end),
        claimant=voice.claimant, polarity=polarity, modality=modality,
        statement=voice.statement.id if voice.statement is not None else None,
    )


@functools.lru_cache(maxsize=8)
def _verb_classes(vocab: ClaimVocabulary) -> dict[str, tuple[tuple[str | None, str], ...]]:
    """The cause verbs by lemma: (the one noun it takes as its thing, or None for any; the class)."""
    out: dict[str, list[tuple[str | None, str]]] = {}
    for entry, cls in sorted(vocab.cues.verbs):
        lemma, *thing = entry.split()
        out.setdefault(lemma, []).append((thing[0] if thing else None, cls))
    return {k: tuple(v) for k, v in out.items()}


def _verb_thing(verb: Token) -> tuple[Token, bool] | None:
    """What a cause verb is said of, and whether the clause names no doer of its own: the passive subject ("the
    fish were poisoned"), the subject of a verb with no object and no preposition ("the fish suffocated"; not
    "suffocated in the crush"), or the object of a transitive verb ("men set the fire")."""
    subj = next((c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
    if subj is not None and subj.dep_ == "nsubjpass":
        return subj, True
    if obj is not None:
        return obj, False
    if subj is None or any(c.dep_ in ("prep", "agent", "advcl", "xcomp", "ccomp") for c in kids_of(verb)):
        return None
    return subj, True


def cause_verb_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """Cause classes named by a clause's verb (``verbs`` of the ``cause_cues`` classes): "the fire was set"
    (tampering), "the fish were poisoned" (a discharge), "the fish suffocated" (natural forces: only with no doer
    or cause phrase of the clause's own). Said by a statement's speaker, in a document that names an incident; a
    class the sentence's claims already hold is not claimed again."""
    classes = _verb_classes(ctx.lexicon.claims)
    if not classes or _first_incident(ctx) is None:
        return []
    starts = [sent.start_char for sent in ctx.sents]
    held = {(max(0, bisect_right(starts, c.evidence.start) - 1), c.predicate) for c in found if c.kind == "cause"}
    out: list[Claim] = []
    for verb in _with_lemmas(ctx, frozenset(classes)):
        got = _verb_thing(verb) if verb.pos_ == "VERB" else None
        if got is None:
            continue
        thing, undone = got
        if thing.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        for noun, cls in classes[verb.lemma_.lower()]:
            if noun is None and not undone:
                continue  # "the smoke suffocated them", "the plant poisoned the river": the doer's, other frames'
            if noun is not None and (thing.lemma_.lower() != noun or not any(
                    c.dep_ in ("det", "poss") for c in kids_of(thing))):
                continue  # "set fire to the houses" tells the act; "the fire was set", "set the fires" its cause
            sent = ctx.sentence_of(verb)
            if (sent, cls) in held:
                continue
            first = min(thing.left_edge, verb, key=lambda t: t.i)
            last = max([verb, *(c for c in kids_of(verb) if c.dep_ == "prt")], key=lambda t: t.i)
            if thing.i > verb.i:
                last = thing
            voice = ctx.voice(first.idx, last.idx + len(last))
            if voice is None or voice.statement is None or voice.claimant is None:
                continue
            held.add((sent, cls))
            polarity, modality = ctx.factuality(verb)
            out.append(Claim(
                id="", kind="cause", predicate=cls, evidence=ctx.token_span(first, last), claimant=voice.claimant,
                polarity=polarity, modality=modality, statement=voice.statement.id,
            ))
    return out


def _contact(verb: Token, cues: CauseCues) -> Token | None:
    """What a verb of contact struck or moved into ("rammed it", "steered into the path of the ship"), or None."""
    lemma = verb.lemma_.lower()
    for c in kids_of(verb):
        obj: Token | None = None
        if c.dep_ == "dobj" and lemma in cues.contact_verbs:
            obj = c
        elif c.dep_ == "prep" and f"{lemma} {c.lower_}" in cues.contact_verbs:
            obj = next((o for o in kids_of(c) if o.dep_ == "pobj"), None)
        elif c.dep_ == "prt" and f"{lemma} {c.lower_}" in cues.contact_verbs:
            obj = next((o for o in kids_of(verb) if o.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in cues.contact_objects:
            return obj
    return None


def _sentence_voice(verb: Token, ctx: Context) -> Voice | None:
    """The speaker of a statement in the sentence of ``verb`` ("According to the coast guard, the reverse was
    true: the boat steered into the path of the ship"), or None: the telling around a statement is its speaker's."""
    sent = ctx.sents[ctx.sentence_of(verb)]
    for stmt in ctx.statements.values():
        if stmt.speaker is not None and sent.start_char <= stmt.content.start < sent.end_char:
            return Voice(stmt.speaker, stmt)
    return None


def contact_claims(ctx: Context) -> list[Claim]:
    """ "X rammed the boat", "X steered into the path of the ship": X (an actor the text names) is responsible for
    the contact, in the words of the statement's speaker (the outlet's own telling claims nothing)."""
    cues = ctx.lexicon.claims.cues
    if not cues.contact_verbs:
        return []
    out: list[Claim] = []
    for verb in _with_lemmas(ctx, _contact_lemmas(ctx.lexicon.claims)):
        obj = _contact(verb, cues) if verb.pos_ == "VERB" else None
        subj = ctx.subject(verb) if obj is not None else None
        if obj is None or subj is None or subj.dep_ != "nsubj":
            continue
        end = obj.idx + len(obj)
        voice = ctx.voice(subj.idx, end)
        if voice is not None and voice.statement is None:
            voice = _sentence_voice(verb, ctx)
        if voice is None or voice.statement is None:
            continue
        agent = ctx.actor(subj, voice)
        if agent is None or agent == voice.claimant or not placed(voice.claimant, ctx):
            continue
        polarity: Polarity
        polarity, modality = ctx.factuality(verb)
        out.append(Claim(
            id="", kind="cause", predicate=PREDICATE, evidence=ctx.span(min(subj.left_edge.idx, verb.idx), end),
            claimant=voice.claimant, arguments=(("agent", agent),), polarity=polarity, modality=modality,
            statement=voice.statement.id,
        ))
    return out

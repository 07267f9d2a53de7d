"""Causes named in any words (issue 14): a claimant links an effect to a cause phrase the cause vocabulary has no
class for ("the pumps stopped because of a jammed intake", "the smell comes from the tannery", "the roof fell
in because nobody repaired it").

The frames (``open_cause`` in the claims vocabulary, ``lists.open_cause_links`` and ``lists.open_cause_verbs``):

* **a link phrase before the cause** ("because of", "due to", "owing to", "caused by", "came from", "the
  result of"): the cause is the noun phrase the link's last preposition governs;
* **a link of evidence** (``lists.open_cause_evidence_links``: "consistent with") after an effect noun only ("the
  damage to the hull is consistent with a mine");
* **"because" with a clause**: the cause is the clause ("the wall fell because nobody shored it up");
* **a "by" phrase of an incident verb or a verb of striking in the passive** ("the streets were flooded by a burst
  main", "the depot was hit by drones launched from the north", ``lists.open_cause_strikes``): the cause is the
  thing the phrase names (never a doer), a strike's only in a document that names an incident;
* **a verb of causing with the incident as its object** ("a jammed intake caused the flood"): the cause is the
  subject's phrase; a verb of accounting for one (``lists.open_cause_explainers``: "warm water alone explains the
  die-off") only with a subject that names no one;
* **the cause named by a cause noun** ("the cause was a jammed intake", "the source of the smoke is ...");
* **a verb of ascribing** (``lists.open_cause_ascribers``: "has attributed the stop to a repair", "put the outage
  down to the heat", "blamed the leak on corrosion"): the cause is the phrase after "to" ("on"), the claimant the
  verb's subject where it names a side (the ascribing is its saying), else the statement's speaker;
* **a cause told by sequence**: an effect noun that "followed" a happening ("the stoppage followed a warning from
  the supplier"), an incident "after" or "following" a happening that is an incident itself or holds a cause word
  ("the engine failed after a bird strike"; not "after the meeting", "after midnight"), in a clause that tells
  what happened ("a landslide could follow the rains" tells a fear).

The effect must be a happening, not someone's act nor a thing that went well ("the evacuation went smoothly because
the crews had drilled together" gives the reason for a success, ``lists.open_cause_successes``): the clause the
link hangs on has no first-person or named doer ("we closed the road because of the flood" gives a reason for an
act, not a cause of an incident), and the clause names an incident or an effect of its own ("the loss was caused
by ...") or the document names an incident (:func:`.causes.first_incident`). Only a statement's speaker who can
stand as a side (:func:`.sides.placed`) claims such a cause, or an editorial's own voice (:mod:`.editorial`), in
a clause whose cause no vocabulary frame read already (another clause of the sentence may hold one: "the river
backed up because the sluices stayed shut, not because of rain").

An effect told as an inability ("the barges could not sail because the lock keepers were on strike") is what
happened: its cause is asserted and actual, not denied nor hypothetical. A "not" on a link's own verb ("was not
caused by", "did not come from") denies the cause once.

The claim's predicate is ``OPEN_CAUSE`` followed by the content lemmas of the cause phrase ("cause: intake jam");
:mod:`newsledger.compare` reads two such causes with no word in common, told by two sides, as two causes of one
incident.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...compare import OPEN_CAUSE
from ...models import Claim
from ..walk import doc_tokens, kids_of, word_forms
from .causes import first_incident, verb_over
from .context import Context, Voice
from .editorial import outlet_argues
from .sides import caller_entity, placed

__all__ = ["open_cause_claims"]

_CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")
_MAX_WORDS = 6  # content lemmas kept of one cause phrase
_DOERS = ("PERSON", "ORG", "NORP", "GPE")


def _link_at(sent: SpacySpan, i: int, links: tuple[tuple[str, ...], ...]) -> int:
    """The number of tokens of the longest link phrase of ``links`` (those whose first word the token at ``i``
    has) starting at token ``i`` of ``sent`` (words matched on the form or the lemma), 0 where none does. An adverb
    of degree may stand between two of its words ("came largely from", "was caused mostly by"); a negation may not
    (it denies the link: :func:`_negated_link` reads only the one before it)."""
    doc = doc_tokens(sent.doc)
    lowers, lemmas = word_forms(sent.doc)  # each token's lower-case form and lower-cased lemma
    best = 0
    for phrase in links:
        j = i
        for k, w in enumerate(phrase):
            while k and j < sent.end and doc[j].pos_ == "ADV" and doc[j].dep_ != "neg" and not (
                    lowers[j] == w or lemmas[j] == w):
                j += 1
            if j >= sent.end or not (lowers[j] == w or lemmas[j] == w):
                break
            j += 1
        else:
            best = max(best, j - i)
    return best


def _content(toks: list[Token], ctx: Context) -> tuple[str, ...]:
    """The content lemmas of a cause phrase, in text order, without the words that name no cause of their own."""
    skip = ctx.lexicon.claims.lists.open_cause_fillers
    out: list[str] = []
    for t in toks:
        lemma = t.lemma_.lower()
        if t.pos_ in _CONTENT and t.is_alpha and lemma not in skip and lemma not in out:
            out.append(lemma)
    return tuple(out[:_MAX_WORDS])


def _doer(verb: Token, ctx: Context) -> bool:
    """The clause of ``verb`` tells someone's act: its subject is a person, a body or a place that acts, a
    pronoun of a person, or the speaker ("we"); or the clause has an object ("the crew closed the valve")."""
    subj = ctx.subject(verb)
    lists = ctx.lexicon.claims.lists
    if any(c.dep_ == "dobj" for c in kids_of(verb)) and verb.lemma_.lower() not in lists.open_cause_verbs:
        return True
    if subj is None:
        return False
    if subj.lower_ in lists.open_cause_doer_pronouns or subj.ent_type_ in _DOERS:
        return True
    return ctx.entity(subj) is not None


def _negated_link(first: Token) -> bool:
    """A "not" just before the link: "not because of the rain"."""
    i = first.i - 1
    return i >= 0 and first.doc[i].lower_ in ("not", "n't", "never")


_CAN = ("can", "could", "ca")  # "ca" of "can't" as the tokenizer splits it


def _unable(effect: Token) -> bool:
    """The clause of ``effect`` tells an inability: "could not sail", "cannot move" (a "can" with a "not", no
    "have": "could not have been caused by" doubts the cause). What did not happen is the effect the cause
    explains, so the cause is told as actual and asserted."""
    kids = kids_of(effect)
    return (any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in _CAN for c in kids)
            and not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be") for c in kids))


def _claim(ctx: Context, voice: Voice, effect: Token, cause: list[Token], first: Token, last: Token,
           negated: bool, unable: bool = False) -> Claim | None:
    words = _content(cause, ctx)
    if not words:
        return None
    polarity, modality = ctx.factuality(effect)
    if unable and _unable(effect):  # "the barges could not sail because ...": the cause of what happened
        polarity = "asserted"
        modality = "hypothetical" if ctx.in_question(effect) or ctx.conditional(effect) else "actual"
    if negated:
        polarity = "negated" if polarity == "asserted" else "asserted"
    return Claim(
        id="", kind="cause", predicate=OPEN_CAUSE + " ".join(words), evidence=ctx.token_span(first, last),
        claimant=voice.claimant, polarity=polarity, modality=modality,
        statement=voice.statement.id if voice.statement is not None else None,
    )


def _voice(ctx: Context, first: Token, last: Token) -> Voice | None:
    voice = ctx.voice(first.idx, last.idx + len(last))
    if outlet_argues(voice, True, first, ctx):
        return voice  # an editorial's own cause: "the water had nowhere to go because the county ..."
    if voice is None or voice.statement is None or voice.claimant is None:
        return None
    return voice if placed(voice.claimant, ctx, office=True) else None


def _incidental(tok: Token, ctx: Context) -> bool:
    """``tok`` (an object of a verb of causing) names an incident, or stands for one ("it", "this")."""
    lists = ctx.lexicon.claims.lists
    lemma = tok.lemma_.lower()
    return (lemma in ctx.words.incident_nouns or lemma in lists.natural_incidents
            or tok.lower_ in lists.incident_anaphors or lemma in lists.open_cause_effects
            or lemma in lists.open_cause_growths
            or bool(_forms(tok, form=False) & lists.open_cause_effects))  # "die-off", split at its hyphen


def _linked(tok: Token, size: int, ctx: Context) -> Claim | None:
    """A link phrase of ``size`` words from ``tok``: "because of X", "caused by X", "came from X"."""
    link = ctx.doc[tok.i:tok.i + size]
    obj = next((c for t in link for c in t.children if c.dep_ == "pobj" and c.i >= link.end), None)
    if obj is None or _place(obj, ctx):
        return None
    effect = verb_over(tok if tok.pos_ in ("VERB", "AUX") else tok.head)
    if _doer(effect, ctx) or _success(effect, ctx):
        return None
    if " ".join(t.lower_ for t in link) in ctx.lexicon.claims.lists.open_cause_evidence_links and not _effect_noun(
            ctx.subject(effect), ctx):
        return None  # "the damage is consistent with a bird strike", not "the figures are consistent with ours"
    phrase = list(obj.subtree)
    subj = ctx.subject(effect)
    first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    voice = _voice(ctx, first, phrase[-1])
    own = link.start <= effect.i < link.end  # the link's own verb: "caused by", "came from"
    # "was not caused by rail work": the "not" the clause's polarity already counts denies the link once
    negated = _negated_link(tok) and not (own and ctx.factuality(effect)[0] == "negated")
    return None if voice is None else _claim(ctx, voice, effect, phrase, first, phrase[-1], negated, not own)


def _passive_by(tok: Token, ctx: Context) -> Claim | None:
    """An incident verb or a verb of striking (:func:`_strike`) in the passive with the cause as its "by" phrase:
    "the low streets were flooded by a burst main", "the hull was split by ice", "the depot was hit by drones". The
    cause is a thing: a noun, no entity, nobody (a person, a crew, a body: "the bridge was burned by the militia" is
    responsibility's), no incident noun of its own ("flooded by the floods" names no cause); the clause tells what
    happened."""
    if not any(c.dep_ == "auxpass" for c in kids_of(tok)):
        return None
    by = next((c for c in kids_of(tok) if c.dep_ == "agent"), None)
    cause = next((c for c in kids_of(by) if c.dep_ == "pobj"), None) if by is not None else None
    if cause is None or cause.pos_ != "NOUN" or ctx.entity(cause) is not None or cause.ent_type_ in _DOERS:
        return None
    lemma = cause.lemma_.lower()
    if _someone_or_incident(cause, ctx) or lemma.startswith(tok.lemma_.lower()) or not _told(tok, ctx):
        return None
    phrase = list(cause.subtree)
    subj = ctx.subject(tok)
    first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    voice = _voice(ctx, first, phrase[-1])
    return None if voice is None else _claim(ctx, voice, tok, phrase, first, phrase[-1], False)


def _strike(tok: Token, ctx: Context) -> bool:
    """``tok`` is a verb of striking (``lists.open_cause_strikes``, with its particle where the entry has one: "was
    brought down by a missile"), whose "by" phrase names what did the harm as an incident verb's does."""
    strikes = ctx.lexicon.claims.lists.open_cause_strikes
    lemma = tok.lemma_.lower()
    return lemma in strikes or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in strikes for c in kids_of(tok))


def _struck(tok: Token, ctx: Context) -> Claim | None:
    """A verb of striking in the passive with what struck as its "by" phrase (:func:`_passive_by`), said by a
    statement's speaker of a thing struck: not the outlet's own background ("the country is struck by twenty storms
    a year"), nor a place ("the province was hit by heavy rain")."""
    subj = ctx.subject(tok)
    if subj is None or subj.ent_type_ in ("GPE", "LOC", "NORP") or _place(subj, ctx):
        return None
    claim = _passive_by(tok, ctx)
    return claim if claim is not None and claim.statement is not None else None


def _success(effect: Token, ctx: Context) -> bool:
    """The clause of ``effect`` tells that a thing went well ("the evacuation went smoothly", "the convoy arrived
    safely", "the drill succeeded", "the launch was a success"), not denied: its reason is no cause of an incident."""
    words = ctx.lexicon.claims.lists.open_cause_successes
    if ctx.factuality(effect)[0] != "asserted":
        return False
    if effect.lemma_.lower() in words:
        return True
    return any(c.dep_ in ("advmod", "acomp", "attr", "oprd") and c.lemma_.lower() in words for c in effect.children)


def _place(tok: Token, ctx: Context) -> bool:
    """``tok`` names a place, not a cause: a country's ground ("it comes from the far bank", "from their side",
    ``lists.onset_ground_nouns``; :mod:`.origins` reads whose ground it is) or a place the text names ("came from
    Lakeport")."""
    if tok.lemma_.lower() in ctx.lexicon.claims.lists.onset_ground_nouns:
        return True
    eid = ctx.entity(tok) if tok.pos_ == "PROPN" else None  # not "Lakeport's new marina"
    ent = ctx.entities.get(eid) if eid is not None else None
    return ent is not None and ent.type in ("GPE", "LOC")


def _because(tok: Token, ctx: Context) -> Claim | None:
    """ "because" with a clause: "the wall fell because nobody shored it up"."""
    clause, effect = tok.head, tok.head.head
    if _doer(effect, ctx) or _success(effect, ctx):
        return None
    phrase = [t for t in clause.subtree if t.i > tok.i]
    if not phrase:
        return None
    first = (ctx.subject(effect) or effect).left_edge
    if first.i > tok.i:
        first = tok
    last = max(phrase, key=lambda t: t.i)
    voice = _voice(ctx, first, last)
    return None if voice is None else _claim(ctx, voice, effect, phrase, first, last, _negated_link(tok), True)


def _caused(tok: Token, ctx: Context) -> Claim | None:
    """A verb of causing with the incident as its object: "a jammed intake caused the flood"."""
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj"), None)
    subj = ctx.subject(tok)
    if obj is None or subj is None or subj.dep_ != "nsubj" or not _incidental(obj, ctx):
        return None
    if subj.lower_ in ctx.lexicon.claims.lists.incident_anaphors or subj.pos_ == "PRON" or ctx.entity(subj):
        return None  # "it caused the flood" names no cause; "the company caused it" is responsibility's
    if tok.lemma_.lower() in ctx.lexicon.claims.lists.open_cause_explainers and _someone_or_incident(subj, ctx):
        return None  # "the engineer explained the die-off" tells a telling, not a cause
    phrase = list(subj.subtree)
    last = max(obj.subtree, key=lambda t: t.i)
    voice = _voice(ctx, phrase[0], last)
    return None if voice is None else _claim(ctx, voice, tok, phrase, phrase[0], last, False)


def _named_cause(tok: Token, ctx: Context) -> Claim | None:
    """A cause noun over an incident, linked by "be" to the cause: "the cause of the flood was a jammed intake"
    (the noun the subject), "a jammed intake was the cause of the flood" (the noun the complement). A cause
    that is a pronoun or names an entity ("the company was the cause") is responsibility's; a complement that
    says the cause is not known ("the cause of the fire is a mystery", ``open_cause_unknowns``) names none."""
    verb = tok.head
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "NOUN" or verb.lemma_ != "be" or tok.lemma_.lower() not in lists.cause_nouns:
        return None
    of = next((p for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ in ("of", "for", "behind")), None)
    incident = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if incident is None or not (_incidental(incident, ctx)
                                or (incident.pos_ == "NOUN" and ctx.entity(incident) is None)):
        return None  # another thing than an incident noun ("the cause of the contact"): the story must name one
    if tok.dep_ == "nsubj":
        cause = next((c for c in kids_of(verb) if c.dep_ == "attr" and c.i > tok.i), None)
    elif tok.dep_ == "attr":
        cause = ctx.subject(verb)
    else:
        return None
    if (cause is None or cause.pos_ not in ("NOUN", "PROPN") or ctx.entity(cause) is not None
            or cause.lemma_.lower() in lists.open_cause_unknowns or cause.lemma_.lower() in lists.cause_nouns):
        return None
    phrase = list(cause.subtree)
    first = min(tok.left_edge, phrase[0], key=lambda t: t.i)
    last = max(max(tok.subtree, key=lambda t: t.i), phrase[-1], key=lambda t: t.i)
    voice = _voice(ctx, first, last)
    return None if voice is None else _claim(ctx, voice, verb, phrase, first, last, False)


def _ascribed(tok: Token, ctx: Context) -> Claim | None:
    """A verb of ascribing with the effect as its object and the cause after "to" ("has attributed the stop to a
    repair", "put the outage down to the heat", "the halt was traced to a faulty valve"); "blamed X on Y" too.
    The effect is a thing or a pronoun that stands for the story's incident ("blamed it on"), not someone (the
    object or the passive subject, no entity: "attributed the remark to the minister" ascribes words); the cause is
    no entity nor pronoun ("blamed the blast on the rebels" is responsibility's)."""
    lists = ctx.lexicon.claims.lists
    lemma = tok.lemma_.lower()
    particles = [c for c in kids_of(tok) if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("down", "up"))]
    prts = {c.lower_ for c in particles}  # the parser reads "put the outage down to" with "down" a preposition too
    if not any(w.split()[0] == lemma and all(p in prts for p in w.split()[1:]) for w in lists.open_cause_ascribers):
        return None
    effect = next((c for c in kids_of(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    if effect is not None and _blamed_bare(tok, effect, ctx):
        return _blamed(tok, effect, ctx)
    if effect is None or not ((effect.pos_ == "NOUN" and ctx.entity(effect) is None)
                              or (effect.pos_ == "PRON" and effect.lower_ in lists.incident_anaphors)):
        return None  # "blamed it on a faulty hose": "it" stands for the story's incident
    blamed_for = _blamed_for(tok)
    cause: Token | None
    if blamed_for is not None:  # "blamed the new levy for the slump": the object is the cause, no one (no entity)
        if effect.ent_type_ in _DOERS:
            return None
        cause, effect = effect, blamed_for
    else:
        preps = ("on",) if lemma == "blame" else ("to",)
        to = next((p for h in (tok, effect, *particles) for p in kids_of(h)
                   if p.dep_ == "prep" and p.lower_ in preps), None)
        cause = next((c for c in kids_of(to) if c.dep_ == "pobj"), None) if to is not None else None
    if cause is None or not _nominal(cause) or ctx.entity(cause) is not None:
        return None
    phrase = list(cause.subtree)
    start = min(effect.left_edge, cause.left_edge, key=lambda t: t.i)
    end = max(phrase[-1], effect.right_edge, key=lambda t: t.i) if blamed_for is not None else phrase[-1]
    first = min(tok, start, key=lambda t: t.i)
    voice = _voice(ctx, start, end)
    subj = ctx.subject(tok)
    who = ctx.entity(subj) if subj is not None and subj.dep_ == "nsubj" else None
    if who is not None and (voice is None or voice.claimant != who) and placed(who, ctx, office=True):
        # the ascriber says it: "the utility put the outage down to the heat" in the outlet's telling
        stmt = ctx.attribution.statement_at(first.idx, phrase[-1].idx + len(phrase[-1]))
        voice = Voice(who, stmt if stmt is not None and stmt.speaker == who else None)
    if voice is None or voice.claimant is None:
        return None
    return _claim(ctx, voice, tok, phrase, first, phrase[-1], False)


def _blamed_bare(tok: Token, obj: Token, ctx: Context) -> bool:
    """ "the agency blames a faulty pump": "blame" with a thing as its object and no "on" or "for" after it
    names that thing as the cause of the story's incident. The thing is a noun, no entity, nobody ("blames the
    rebels" is responsibility's), no incident or effect noun ("blames the flood" says what it blames, not why)."""
    if tok.lemma_.lower() != "blame" or obj.dep_ != "dobj" or any(
            c.dep_ == "prep" and c.lower_ in ("on", "for") for c in (*kids_of(tok), *kids_of(obj))):
        return False
    return obj.pos_ == "NOUN" and ctx.entity(obj) is None and not _someone_or_incident(obj, ctx)


def _someone_or_incident(tok: Token, ctx: Context) -> bool:
    """``tok`` names someone (a doer: a person, a crew, a body; an entity of a doer's type) or an incident or effect
    of its own: no thing that can be the cause of one."""
    lists = ctx.lexicon.claims.lists
    words = _forms(tok)
    return (tok.ent_type_ in _DOERS or any(ctx.lexicon.quantities.people_noun(w) for w in words) or bool(words & (
        ctx.words.incident_nouns | lists.natural_incidents | lists.open_cause_effects | lists.group_nouns
        | lists.member_nouns | lists.office_roles | lists.open_cause_harm_doers | lists.onset_doers)))


def _blamed(tok: Token, cause: Token, ctx: Context) -> Claim | None:
    """The cause a side blames in so many words (:func:`_blamed_bare`): the claimant the verb's subject where it
    names a side (the blaming is its saying), else the statement's speaker."""
    phrase = list(cause.subtree)
    subj = ctx.subject(tok)
    first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    voice = _voice(ctx, first, phrase[-1])
    who = _side_of(subj, ctx) if subj is not None and subj.dep_ == "nsubj" else None
    if who is not None and (voice is None or voice.claimant != who) and placed(who, ctx, office=True):
        stmt = ctx.attribution.statement_at(first.idx, phrase[-1].idx + len(phrase[-1]))
        voice = Voice(who, stmt if stmt is not None and stmt.speaker == who else None)
    if voice is None or voice.claimant is None:
        return None
    return _claim(ctx, voice, tok, phrase, first, phrase[-1], False)


def _blamed_for(tok: Token) -> Token | None:
    """The effect of "blame Y for X" (the object of "for": "blamed the levy for the slump", "for driving
    customers away"), where no "on" names the cause ("blamed the slump on the levy"); None otherwise."""
    if tok.lemma_.lower() != "blame" or any(c.dep_ == "prep" and c.lower_ == "on" for c in kids_of(tok)):
        return None
    for_ = next((c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "for"), None)
    return next((c for c in kids_of(for_) if c.dep_ in ("pobj", "pcomp")), None) if for_ is not None else None


def _nominal(tok: Token) -> bool:
    """``tok`` heads a noun phrase: a noun, or a word the tagger took for an adjective with an article before it
    ("a go-slow", "a walk-out")."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in kids_of(tok)))


_TIMES = ("DATE", "TIME")


def _event_phrase(tok: Token, ctx: Context) -> bool:
    """``tok`` heads a phrase that may name a cause told by sequence: a noun, no entity, no time ("after
    midnight", "after two days") and no word that names no cause of its own."""
    lists = ctx.lexicon.claims.lists
    return (tok.pos_ == "NOUN" and ctx.entity(tok) is None and tok.ent_type_ not in _TIMES
            and tok.lemma_.lower() not in lists.open_cause_fillers)


def _followed(tok: Token, ctx: Context) -> Claim | None:
    """An effect that "followed" a happening: "the stoppage followed a warning from the supplier" tells the
    warning as the cause by sequence. The subject names the effect itself (an incident or effect noun)."""
    subj = ctx.subject(tok)
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj"), None)
    if subj is None or subj.dep_ != "nsubj" or not _effect_noun(subj, ctx) or obj is None or not _event_phrase(
            obj, ctx) or ctx.factuality(tok)[1] != "actual":
        return None  # "a landslide could follow the rains" tells a fear, not a cause
    phrase = list(obj.subtree)
    voice = _voice(ctx, subj.left_edge, phrase[-1])
    return None if voice is None else _claim(ctx, voice, tok, phrase, subj.left_edge, phrase[-1], False)


def _after(tok: Token, ctx: Context) -> Claim | None:
    """An incident "after" or "following" a happening that names a cause: "the engine failed after a bird strike".
    Only where the happening is an incident itself or holds a cause word of the vocabulary ("after a storm",
    "after the explosion"; not "after the meeting"), on a clause with no doer of its own whose verb is an incident
    verb or whose subject names the effect."""
    obj = _filled(next((c for c in kids_of(tok) if c.dep_ == "pobj"), None), ctx)
    if obj is None or not _event_phrase(obj, ctx):
        return None
    phrase = list(obj.subtree)
    lists = ctx.lexicon.claims.lists
    lemmas = {t.lemma_.lower() for t in phrase}
    cue = any(m.entry.kind == "cause" and phrase[0].i <= m.start and m.end - 1 <= phrase[-1].i
              for m in ctx.matches(ctx.sents[ctx.sentence_of(tok)]))
    if not (cue or lemmas & ctx.words.incident_nouns or lemmas & lists.natural_incidents):
        return None
    effect = verb_over(tok.head)
    if effect.pos_ != "VERB" or _doer(effect, ctx) or ctx.factuality(effect)[1] != "actual":
        return None
    subj = ctx.subject(effect)
    incident = (effect.lemma_.lower() in ctx.lexicon.claims.cues.incident_verbs
                or (subj is not None and _effect_noun(subj, ctx)))
    if not incident:
        return None
    first = subj.left_edge if subj is not None and subj.i < tok.i else effect
    voice = _voice(ctx, first, phrase[-1])
    return None if voice is None else _claim(ctx, voice, effect, phrase, first, phrase[-1], False)


def _filled(obj: Token | None, ctx: Context) -> Token | None:
    """``obj``, or what a span of time it names was filled with: "weeks" of "after weeks of heavy rain", "days" of
    "following days of shelling" (``lists.open_cause_spans``) stand for the rain, the shelling."""
    if obj is None or obj.lemma_.lower() not in ctx.lexicon.claims.lists.open_cause_spans:
        return obj
    of = next((p for p in kids_of(obj) if p.dep_ == "prep" and p.lower_ == "of"), None)
    inner = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None and inner.pos_ == "NOUN" else obj


def _onset(tok: Token, ctx: Context) -> Claim | None:
    """An incident that "started" or "began" when something happened, or with something: "the crush started when
    fans climbed the fence" (the cause is the clause), "the blackout began with a fault at a substation" (the
    phrase). The subject names the incident or stands for it; the verb has no object ("started the fire" is a
    verb of causing, :func:`_caused`); the clause tells what happened, not a fear."""
    lists = ctx.lexicon.claims.lists
    subj = ctx.subject(tok)
    if (subj is None or subj.dep_ != "nsubj" or any(c.dep_ == "dobj" for c in kids_of(tok))
            or not (_effect_noun(subj, ctx) or subj.lower_ in lists.incident_anaphors)
            or ctx.factuality(tok)[1] != "actual"):
        return None
    marks = lists.open_cause_onset_marks
    phrase: list[Token] = []
    # the clause may hang under a word the parser took for a verb of no clause of its own ("started in the boat
    # shed when ...": "shed" a verb with no subject, the "when" clause under it)
    misread = [g for c in kids_of(tok) if c.dep_ == "dep" and c.i > tok.i for g in kids_of(c) if g.dep_ == "advcl"]
    for c in [*kids_of(tok), *misread]:
        mark = next((m for m in kids_of(c) if m.dep_ in ("advmod", "mark") and m.lower_ in marks
                     and m.i < c.i), None) if c.dep_ == "advcl" and c.i > tok.i else None
        if mark is not None:
            phrase = [t for t in c.subtree if t.i > mark.i]
            break
        if c.dep_ == "prep" and c.lower_ == "with":
            obj = next((o for o in kids_of(c) if o.dep_ == "pobj"), None)
            if obj is not None and _event_phrase(obj, ctx):
                phrase = list(obj.subtree)
                break
    if not phrase:
        return None
    first, last = subj.left_edge, max(phrase, key=lambda t: t.i)
    voice = _voice(ctx, first, last)
    return None if voice is None else _claim(ctx, voice, tok, phrase, first, last, False)


def _pointed(tok: Token, ctx: Context) -> Claim | None:
    """A side that points to a thing as the cause: "experts of the fire service point to a faulty heater as the
    cause of the fire". The claimant is the subject where it names a side (the pointing is its saying), else the
    statement's speaker; the thing is no entity nor pronoun (a doer is responsibility's)."""
    lists = ctx.lexicon.claims.lists
    to = next((c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "to"), None)
    cause = next((c for c in kids_of(to) if c.dep_ == "pobj"), None) if to is not None else None
    if cause is None or not _nominal(cause) or ctx.entity(cause) is not None:
        return None
    as_ = next((p for h in (tok, cause) for p in kids_of(h) if p.dep_ == "prep" and p.lower_ == "as"), None)
    noun = next((c for c in kids_of(as_) if c.dep_ == "pobj"), None) if as_ is not None else None
    if noun is None or noun.lemma_.lower() not in lists.cause_nouns:
        return None
    phrase = [t for t in cause.subtree if as_ is None or t.i < as_.i]
    last = max(noun.subtree, key=lambda t: t.i)
    subj = ctx.subject(tok)
    first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    voice = _voice(ctx, first, last)
    who = _side_of(subj, ctx) if subj is not None and subj.dep_ == "nsubj" else None
    if who is not None and (voice is None or voice.claimant != who) and placed(who, ctx, office=True):
        stmt = ctx.attribution.statement_at(first.idx, last.idx + len(last))
        voice = Voice(who, stmt if stmt is not None and stmt.speaker == who else None)
    if voice is None or voice.claimant is None:
        return None
    return _claim(ctx, voice, tok, phrase, first, last, False)


def _harm_at(tok: Token, ctx: Context) -> bool:
    """``tok`` is the verb of a harm a thing does of ``lists.open_cause_harms`` ("smothered the gills", "let the
    water in", "brought down the pylons"): its lemma with the particle a phrase names, and an object or a clause
    ("let water gather on the deck")."""
    lemma = tok.lemma_.lower()
    parts = {c.lower_ for c in kids_of(tok) if c.dep_ in ("prt", "advmod", "ccomp", "prep")}
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids_of(tok)):
        return False
    for phrase in ctx.lexicon.claims.lists.open_cause_harms:
        words = phrase.split()
        if words[0] == lemma and all(w in parts or any(c.lower_ == w for c in tok.subtree if c.i > tok.i)
                                     for w in words[1:]):
            return True
    return False


def _harmed(tok: Token, lede: frozenset[str], ctx: Context) -> Claim | None:
    """A cause told as a thing that did harm: "the fissures the blasts opened let the rainwater in", "silt from the
    dredging smothered the gills of the fish", "ice on the line brought down two pylons". The subject is the cause:
    a thing (a noun, no entity, no person or crew, no incident or effect noun, nothing the sentence of the story's
    first incident names); the clause tells what happened. "The crew let the water in" is someone's act."""
    lists = ctx.lexicon.claims.lists
    subj = ctx.subject(tok) or _said_object(tok)
    if (subj is None or subj.dep_ not in ("nsubj", "dobj") or subj.pos_ != "NOUN" or ctx.entity(subj) is not None
            or subj.ent_type_ in _DOERS):
        return None
    lemma = subj.lemma_.lower()
    if (lemma in lede or lemma in ctx.words.incident_nouns or lemma in lists.natural_incidents
            or lemma in lists.open_cause_effects or lemma in lists.group_nouns or lemma in lists.office_roles
            or lemma in lists.open_cause_harm_doers or not _told(tok, ctx)):
        return None
    phrase = list(subj.subtree)
    first, last = subj.left_edge, max(tok.subtree, key=lambda t: t.i)
    if last.is_punct:
        last = ctx.doc[last.i - 1]
    voice = _voice(ctx, first, last) or (_voice(ctx, tok, last) if subj.dep_ == "dobj" else None)
    return None if voice is None else _claim(ctx, voice, tok, phrase, first, last, False)


def _told(tok: Token, ctx: Context) -> bool:
    """The clause of ``tok`` tells what happened: as a fact, or as a finding a verb of thinking above it reports
    ("the ministry considers that the silt smothered the gills"), with no modal of its own ("could have
    smothered"), no condition and no question."""
    modality = ctx.factuality(tok)[1]
    if modality == "actual":
        return True
    return (modality == "hypothetical" and not any(c.tag_ == "MD" for c in kids_of(tok))
            and not ctx.in_question(tok) and not ctx.conditional(tok))


def _said_object(tok: Token) -> Token | None:
    """The subject of a reported clause the parser took for the object of the verb of saying: "said the silt,
    stirred up by the dredgers, choked the gills" reads "silt" as the object of "said" and "choked" as a clause
    with no subject."""
    if tok.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids_of(tok)):
        return None
    return next((c for c in kids_of(tok.head) if c.dep_ == "dobj" and c.i < tok.i), None)


def _failure_at(tok: Token, ctx: Context) -> bool:
    """``tok`` is the verb of a failure of ``lists.open_cause_failures`` ("failed", "tripped", "caught fire", "gave
    way"): its lemma with the particle or object a phrase names, and no other object."""
    lemma = tok.lemma_.lower()
    rest = {c.lower_ for c in kids_of(tok) if c.dep_ in ("dobj", "prt", "advmod")}
    for phrase in ctx.lexicon.claims.lists.open_cause_failures:
        words = phrase.split()
        if words[0] == lemma and all(w in rest for w in words[1:]):
            return len(words) > 1 or not any(c.dep_ == "dobj" for c in kids_of(tok))
    return False


def _failed(tok: Token, lede: frozenset[str], ctx: Context) -> Claim | None:
    """A cause told as a failure of a thing: "a transformer at the substation caught fire", "a valve seal failed on
    a flow line", "the relays tripped under overload". The subject is a thing (a noun, no entity, no incident noun,
    nothing the sentence of the story's first incident names: there the failure is the incident itself, "the
    engine failed" of a story of an engine failure); the clause tells what happened."""
    lists = ctx.lexicon.claims.lists
    subj = ctx.subject(tok)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or ctx.entity(subj) is not None:
        return None
    lemma = subj.lemma_.lower()
    if (lemma in lede or lemma in ctx.words.incident_nouns or lemma in lists.natural_incidents
            or lemma in lists.open_cause_effects or ctx.factuality(tok)[1] != "actual"):
        return None
    ends = [t for c in kids_of(tok) if c.dep_ in ("dobj", "prt", "prep", "advmod", "npadvmod") and c.i > tok.i
            for t in c.subtree]
    first, last = subj.left_edge, max([tok, *ends], key=lambda t: t.i)
    phrase = [*subj.subtree, tok, *(c for c in kids_of(tok) if c.dep_ in ("dobj", "prt"))]
    voice = _voice(ctx, first, last)
    return None if voice is None else _claim(ctx, voice, tok, phrase, first, last, False)


def _lede(ctx: Context) -> frozenset[str]:
    """The noun lemmas of the sentence of the story's first incident (none where it names none)."""
    at = first_incident(ctx)
    if at is None:
        return frozenset()
    sent = ctx.sents[ctx.sentence_of(ctx.doc[at])]
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN"))


def _side_of(subj: Token, ctx: Context) -> str | None:
    """The side the subject names (the person named beside it first: "its fire chief, A. B."), or the one its "of" or
    "from" phrase names ("experts from the fire service")."""
    who = caller_entity(subj, ctx)
    if who is not None:
        return who
    for p in kids_of(subj):
        if p.dep_ == "prep" and p.lower_ in ("of", "from", "at"):
            for o in kids_of(p):
                if o.dep_ == "pobj" and ctx.entity(o) is not None:
                    return ctx.entity(o)
    return None


@functools.cache
def _links_by_first(links: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The link phrases by their first word (built once per list)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in links:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in out.items()}


@functools.cache
def _union(*sets: frozenset[str]) -> frozenset[str]:
    """The words of all ``sets`` (built once per tuple of sets)."""
    return frozenset().union(*sets)


@functools.cache
def _frame_starts(phrases: frozenset[str], verbs: frozenset[str], nouns: frozenset[str], ascribers: frozenset[str],
                  onsets: frozenset[str], incidents: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case forms, lemmas) at which a frame of :func:`_framed_claims` may start, with the link ``phrases``:
    every word its first test lets through (built once per lexicon)."""
    links = frozenset(w for w, found in _links_by_first(phrases).items() if found)
    return (_union(links, frozenset({"because", "after", "following"})),
            _union(links, verbs, nouns, ascribers, onsets, incidents, frozenset({"follow", "point"})))


@functools.cache
def _firsts(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of ``phrases``."""
    return frozenset(p.split()[0] for p in phrases)


def _effect_noun(tok: Token | None, ctx: Context) -> bool:
    """``tok`` names an incident or an effect itself ("the loss", "the flood", "the die-off"), not a pronoun standing
    for one."""
    if tok is None:
        return False
    lists = ctx.lexicon.claims.lists
    return any(w in ctx.words.incident_nouns or w in lists.natural_incidents or w in lists.open_cause_effects
               or w in lists.open_cause_growths
               for w in _forms(tok, form=False))  # the lemma, or the whole hyphenated word


def _forms(tok: Token, form: bool = True) -> set[str]:
    """The word's lemma and (with ``form``) its form, lower case, and the hyphenated word it ends or starts: the
    tokenizer splits "the die-off" into "die", "-", "off", the vocabulary holds it whole."""
    words = {tok.lower_, tok.lemma_.lower()} if form else {tok.lemma_.lower()}
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        words.add(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        words.add(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
    return words


def _named_effect(tok: Token, frame: str, ctx: Context) -> bool:
    """The clause of the cue ``tok`` (of the ``frame`` "link", "because", "verb" or "noun") names its own effect:
    the subject of the clause over a link or "because" ("the loss was caused by the swells"), the object of a verb
    of causing, the noun after a cause noun ("the cause of the flood")."""
    if frame == "noun":
        return any(_effect_noun(c, ctx) for p in kids_of(tok) if p.dep_ == "prep" for c in kids_of(p)
                   if c.dep_ == "pobj")
    if frame == "because":
        return _effect_noun(ctx.subject(tok.head.head), ctx)
    if frame == "verb":
        return any(_effect_noun(c, ctx) for c in kids_of(tok) if c.dep_ == "dobj")
    if frame == "follow":
        return True  # the subject is an effect noun (:func:`_followed`)
    if frame == "after":
        return _effect_noun(ctx.subject(verb_over(tok.head)), ctx)
    if frame == "onset":
        return _effect_noun(ctx.subject(tok), ctx)
    if frame == "point":
        return True  # "as the cause of the fire" or of what the text tells before: the story's incident
    if frame == "passive":
        return True  # the incident verb names the incident itself ("were flooded by")
    if frame == "strike":
        return _effect_noun(ctx.subject(tok), ctx)  # "the depot was hit": an incident the text names elsewhere
    if frame == "ascribe":
        blamed_for = _blamed_for(tok)  # "blamed the levy for driving customers away": an act is an effect too
        if blamed_for is not None:
            return blamed_for.pos_ == "VERB" or _effect_noun(blamed_for, ctx)
        return any(_effect_noun(c, ctx) for c in kids_of(tok) if c.dep_ in ("dobj", "nsubjpass"))
    return _effect_noun(ctx.subject(verb_over(tok if tok.pos_ in ("VERB", "AUX") else tok.head)), ctx)


def _sentence_claims(sent: SpacySpan, ctx: Context) -> list[tuple[Claim, bool]]:
    """The open causes of ``sent``, each with whether its clause names its own effect (:func:`_named_effect`); a
    failure (:func:`_failed`) only where no other frame reads a cause at its words ("the engine failed after a bird
    strike" names the strike)."""
    got = _framed_claims(sent, ctx)
    failures = _failures(sent, ctx)
    return got + [(f, True) for f in failures if not any(_overlap(f, c) for c, _ in got)]


def _failures(sent: SpacySpan, ctx: Context) -> list[Claim]:
    """The failures of things and the harms things did that ``sent`` tells as causes (:func:`_failed`,
    :func:`_harmed`)."""
    firsts = _firsts(frozenset(ctx.lexicon.claims.lists.open_cause_failures))
    harms = _firsts(frozenset(ctx.lexicon.claims.lists.open_cause_harms))
    lowers, lemmas = ctx.forms()
    out: list[Claim] = []
    lede: frozenset[str] | None = None
    for i in range(sent.start, sent.end):
        if lemmas[i] not in firsts and lemmas[i] not in harms:
            continue
        tok = sent.doc[i]
        failure = lemmas[i] in firsts and tok.pos_ == "VERB" and _failure_at(tok, ctx)
        if not failure and not (lemmas[i] in harms and tok.pos_ == "VERB" and _harm_at(tok, ctx)):
            continue
        if lede is None:
            lede = _lede(ctx)
            if not lede:
                return []
        claim = _failed(tok, lede, ctx) if failure else _harmed(tok, lede, ctx)
        if claim is not None:
            out.append(claim)
    return out


def _framed_claims(sent: SpacySpan, ctx: Context) -> list[tuple[Claim, bool]]:
    """The open causes of ``sent`` told in a frame of links, verbs and nouns (the module docstring)."""
    lists = ctx.lexicon.claims.lists
    all_links = _union(lists.open_cause_links, lists.open_cause_evidence_links)
    by_first = _links_by_first(all_links)
    verbs = _union(lists.open_cause_verbs, lists.open_cause_explainers)
    nouns = lists.cause_nouns
    ascribers = _firsts(frozenset(lists.open_cause_ascribers))
    onsets = lists.open_cause_onsets
    incidents = _union(ctx.lexicon.claims.cues.incident_verbs, _firsts(frozenset(lists.open_cause_strikes)))
    lowers, lemmas = ctx.forms()  # strings read once per document: no Token made for a word that starts nothing
    out: list[tuple[Claim, bool]] = []
    # the words a frame may start at, found once per document; the test below stays the one that decides
    starts = ctx.with_words(*_frame_starts(all_links, verbs, nouns, ascribers, onsets,
                                           incidents))
    for i in starts[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
        lower, lemma = lowers[i], lemmas[i]
        links = by_first.get(lower, ()) + (by_first.get(lemma, ()) if lemma != lower else ())
        if (not links and lower != "because" and lemma not in verbs and lemma not in nouns
                and lemma not in ascribers and lemma != "follow" and lower not in ("after", "following")
                and lemma not in onsets and lemma != "point" and lemma not in incidents):
            continue
        tok = sent.doc[i]
        claim: Claim | None = None
        size = _link_at(sent, i, links) if links else 0
        if size:
            claim, frame = _linked(tok, size, ctx), "link"
        elif lower == "because" and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            claim, frame = _because(tok, ctx), "because"
        elif tok.pos_ == "VERB" and lemma in verbs:
            claim, frame = _caused(tok, ctx), "verb"
        elif lemma in nouns:
            claim, frame = _named_cause(tok, ctx), "noun"
        elif tok.pos_ == "VERB" and lemma in ascribers:
            claim, frame = _ascribed(tok, ctx), "ascribe"
        elif tok.pos_ == "VERB" and lemma == "follow":
            claim, frame = _followed(tok, ctx), "follow"
        elif lower in ("after", "following") and tok.dep_ == "prep":
            claim, frame = _after(tok, ctx), "after"
        if claim is None and tok.pos_ == "VERB" and lemma in onsets:
            claim, frame = _onset(tok, ctx), "onset"
        elif claim is None and tok.pos_ == "VERB" and lemma == "point":
            claim, frame = _pointed(tok, ctx), "point"
        elif claim is None and tok.pos_ == "VERB" and lemma in ctx.lexicon.claims.cues.incident_verbs:
            claim, frame = _passive_by(tok, ctx), "passive"
        elif claim is None and tok.pos_ == "VERB" and lemma in incidents and _strike(tok, ctx):
            claim, frame = _struck(tok, ctx), "strike"
        if claim is not None:
            out.append((claim, _named_effect(tok, frame, ctx)))
    return out


def _overlap(a: Claim, b: Claim) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def open_cause_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """The open causes of the document (see the module docstring); ``found`` are the claims made so far: an open
    cause whose evidence meets that of a cause claim among them is left out (the vocabulary read that clause)."""
    if "open_cause_links" not in ctx.lexicon.claims.lists:
        return []
    starts = [sent.start_char for sent in ctx.sents]
    done: dict[int, list[Claim]] = {}
    for c in found:
        if c.kind == "cause":
            done.setdefault(max(0, bisect_right(starts, c.evidence.start) - 1), []).append(c)
    incident: bool | None = None
    out: list[Claim] = []
    for n, sent in enumerate(ctx.sents):
        got = _sentence_claims(sent, ctx)
        if n in done:  # a cause the vocabulary read: only an open cause in another clause of the sentence stands
            got = [(claim, named) for claim, named in got if not any(_overlap(claim, c) for c in done[n])]
        if not got:
            continue
        if incident is None and not all(named for _, named in got):
            incident = first_incident(ctx) is not None
        seen: set[str] = set()
        for claim, named in got:
            if not named and not incident:
                continue  # a cause of "it" in a document that names no incident: of nothing the text tells
            if claim.predicate not in seen:
                seen.add(claim.predicate)
                out.append(claim)
    return out

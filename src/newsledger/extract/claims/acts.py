"""Acts told or denied by one side only: the claims of a source's account that no event pattern codes and that
:mod:`.denials` pairs with nothing ("the company dug a channel two kilometres long", "our soldiers had not left
their side of the river", "nobody set foot on the ship", "none of its trucks left the gate").

:mod:`.denials` reads every clause that tells a past act (an action verb, asserted and actual) and every clause
that denies one (a negated verb, a negative subject or object: "not one", "none of", "nobody", "nothing"; here also
a reported clause that a cue of denial alone negates: "denied that any wall had been built"), and
makes claims only of a denial and another side's telling that share an entity or words. A source's account
stays a claim when the other side answers it in other words ("we have built nothing near the stream" against
"they dug a channel"), or when nobody answers it: here each such clause in a speaker's words becomes an ``event``
claim of its own, of predicate ``act:<act>`` (the verb's class in ``existence_classes`` / ``act_families``,
else its lemma), asserted or negated: an asserted one may answer a telling with a counter-fact ("the trawler was
fishing 90 miles away"). Only the clause a statement reports is taken: the verb its cue introduces ("said that
the soldiers *had not left*"; "told me a bulldozer *rolled in*", where the parse hung a finite verb on the cue's
object), a quoted sentence's main verb, or a verb conjoined to one of these; not a subordinate, relative or
conditional clause, a hedged one ("perhaps"), a state ("are not connected"; being somewhere only where the place
is one: "the tug was alongside the ferry" claims ``act:enter``, "was never on the table" nothing), a clause with no
subject, one said of things told before ("none of them survived"), the making or refusing of an accord (the
acceptance claims'), nor a clause another claim of the speaker already tells (an event, an acceptance, a state),
nor the outlet's own telling.

An act under way or to come in a speaker's reported clause (:func:`.denials.ongoing_acts`: a progressive, "they are
rerouting the freight", or a modal of the future, "the schools will stay shut", "we will not cut our price")
is a claim of its own on the same conditions but for the tense, asserted or negated, its modality the clause's
("future" after "will").

A claim's ``about`` is what the act was done to and where (its object and first place: "its anchor across the
research cable"; not a time, not a vague "anything"), else its subject: two such claims of one act meet in the
comparison only where those words have something in common, so "the troops left the town" is no answer to "none
of the trucks left the gate".
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Claim, Modality, Span
from ..walk import kids_of
from .context import Context
from .denials import ActClause, act_of, at_place, is_presence, ongoing_acts, spoken_acts

__all__ = ["ACT_PREFIX", "act_claims"]

ACT_PREFIX = "act:"
_REPORTED = frozenset({"ccomp", "ROOT"})  # the verb a cue introduces, a quoted sentence's own verb
_CONJ = "conj"
_SUBJECTS = ("nsubj", "nsubjpass")
_TIMES = frozenset({"DATE", "TIME"})
_KINDS = frozenset({"event", "acceptance", "status"})  # a claim of these kinds at the verb already tells the act


def _reported(verb: Token, ctx: Context) -> bool:
    """``verb`` is the main verb of a statement's content with a speaker: the clause its cue introduces ("said the
    troops had not crossed"), a quoted sentence's own verb, or a verb conjoined to one of them."""
    while verb.dep_ == _CONJ and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in _REPORTED and not _told_object(verb):
        return False
    voice = ctx.voice(verb.idx, verb.idx + len(verb))
    if voice is None or voice.statement is None or voice.claimant is None:
        return False
    content = voice.statement.content
    if not content.start <= verb.idx < content.end:
        return False
    # A "ccomp" whose head is inside the content is a clause of another verb of the quote ("we know they left"),
    # but for the speaker's own denial ("we deny that any of our boats fired"): that clause is what is said.
    cue = verb.head.head if _told_object(verb) else verb.head
    return verb.dep_ == "ROOT" or not content.start <= cue.idx < content.end or _own_denial(verb, cue, ctx)


def _own_denial(verb: Token, cue: Token, ctx: Context) -> bool:
    """ "We deny that any of our patrols crossed", "I deny that it happened": ``verb`` is the clause of a denial verb
    whose subject is the speaker in the first person."""
    if verb.dep_ != "ccomp" or cue.lemma_.lower() not in ctx.words.denial_verbs:
        return False
    english = ctx.lexicon.english
    first = english["first_person_plural"] | english["first_person_singular"]
    return any(c.dep_ == "nsubj" and c.lower_ in first for c in kids_of(cue))


def _told_object(verb: Token) -> bool:
    """ "told me a bulldozer rolled in": a finite past verb that the parse hung on the cue's object as a modifier
    (a reduced relative is a participle, "a bulldozer escorted by police", not a finite verb)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "dobj"


def _about(clause: ActClause, ctx: Context) -> Span:
    """What the act was done to and where: the phrases of its object and of its first prepositional object that
    are neither vague ("anything", "a lot") nor a time ("on Monday"), with the preposition ("sand past the
    lighthouse", "through the blockade"); else its subject phrase, else the verb."""
    verb = clause.verb
    lists = ctx.lexicon.claims.lists
    vague = lists["vague_nouns"] | lists["indefinite_things"] | lists["no_time_nouns"]
    spans: list[Span] = []
    kinds: set[str] = set()
    for c in kids_of(verb):
        kind = "object" if c.dep_ == "dobj" else "place" if c.dep_ == "prep" else None
        if kind is None or kind in kinds:
            continue
        noun = next((p for p in kids_of(c) if p.dep_ == "pobj"), None) if kind == "place" else c
        if noun is None or noun.ent_type_ in _TIMES or noun.lemma_.lower() in vague or noun.lower_ in vague:
            continue
        kinds.add(kind)
        phrase = ctx.phrase(noun)
        spans.append(ctx.span(min(c.idx, phrase.start), phrase.end))
    if spans:
        return ctx.span(min(s.start for s in spans), max(s.end for s in spans))
    subject = _subject(verb)
    return ctx.phrase(subject) if subject is not None else ctx.token_span(verb, verb)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is conjoined to ("was ordered or carried out"); of a finite verb
    hung on the cue's object, that object ("told me a bulldozer rolled in")."""
    while True:
        subject = next((c for c in kids_of(verb) if c.dep_ in _SUBJECTS), None)
        if subject is None and _told_object(verb):
            return verb.head
        if subject is not None or verb.dep_ != _CONJ or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _done(verb: Token) -> bool:
    """The clause tells something done: a past verb (a participle with no auxiliary is one the tagger took for
    one), or a past or perfect auxiliary, its own or that of the verb it is conjoined to ("had been opened",
    "was ordered or carried out"); a participle with a present "be" tells a state ("the two are not connected")."""
    while True:
        auxes = [c for c in kids_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
            return True
        if auxes:
            return False
        if verb.dep_ != _CONJ or verb.head.i == verb.i:
            return verb.tag_ in ("VBD", "VBN")
        verb = verb.head


def _none_of_them(subject: Token, ctx: Context) -> bool:
    """ "none of them survived": a negative pronoun over a third-person one says something of things told before
    (how many of them came to harm), not that an act took place or not."""
    english = ctx.lexicon.english
    third = english["third_person_plural"] | english["third_person_neuter"]
    return subject.lower_ in ctx.words.negative_determiners and any(
        p.dep_ == "pobj" and p.lower_ in third for c in kids_of(subject) if c.dep_ == "prep" for p in kids_of(c))


def _claimed(clause: ActClause, ctx: Context, ongoing: bool = False) -> bool:
    """The clause is an act of its own: done (:func:`_done`; or ``ongoing``, under way or to come), being somewhere
    only at a place (:func:`.at_place`: "was never on the table" is an idiom as often as a place), not said of things
    told before (:func:`_none_of_them`), with a subject (a clause without one is mostly a misparse: "no aircraft,
    crewed or uncrewed, had flown" hung the subject on "crewed"), not hedged ("perhaps she made it up"), not the
    making, giving or withholding of an accord or consent ("signed nothing", "no deal was reached", "gave their
    consent": the acceptance claims'), not a part played ("played no part": the responsibility claims'), not a
    fabrication ("it was fabricated": a denial of a report, :mod:`.reports`)."""
    verb = clause.verb
    lists = ctx.lexicon.claims.lists
    subject = _subject(verb)
    if subject is None or not (ongoing or _done(verb)) or _none_of_them(subject, ctx):
        return False
    if verb.lemma_ == "be" and not (is_presence(verb, ctx) and at_place(verb, ctx)):
        return False
    if verb.lemma_.lower() in lists["role_verbs"] and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lists["role_nouns"] for c in kids_of(verb)):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lists["fabrication_verbs"] or any(
            c.dep_ == "advmod" and c.lower_ in lists["hedge_adverbs"] for c in kids_of(verb)):
        return False
    if lemma in ctx.lexicon.agreements.making_verbs | lists["consent_verbs"] | lists["withhold_verbs"]:
        things = lists["accord_nouns"] | lists["acceptance_objects"] | lists["indefinite_things"]
        if any(c.dep_ in (*_SUBJECTS, "dobj") and c.lemma_.lower() in things for c in kids_of(verb)):
            return False
    return True


def _claim(clause: ActClause, polarity: str, ctx: Context, modality: Modality = "actual") -> Claim:
    voice = clause.voice
    agent = next((eid for role, eid in clause.entities.values() if role == "agent"), None)
    targets = [eid for role, eid in clause.entities.values() if role == "target"]
    # "crossed near the village of Ndiaye into Gambia": a place of no known country is the scene, a state the target
    target = next((eid for eid in targets if (ent := ctx.entities.get(eid)) is not None and ent.country is not None),
                  targets[0] if targets else None)
    args = tuple((r, e) for r, e in (("agent", agent), ("target", target)) if e is not None)
    return Claim(
        id="", kind="event", predicate=f"{ACT_PREFIX}{act_of(clause, ctx)}", evidence=clause.evidence,
        claimant=voice.claimant, arguments=args, polarity="negated" if polarity == "negated" else "asserted",
        modality=modality, statement=voice.statement.id if voice.statement is not None else None,
        about=_about(clause, ctx),
    )


def _told(clause: ActClause, claims: list[Claim], ctx: Context) -> bool:
    """A claim of the same claimant already tells the clause's act: an event (typed, or a paired denial), an
    acceptance or a state whose evidence holds the clause's verb; not the standing of one who acts lacking a paper
    ("was fishing without a licence": the fishing is told as well)."""
    at = clause.verb.idx
    lacking = _lacking(clause.verb, ctx)
    return any(c.kind in _KINDS and c.claimant == clause.voice.claimant and c.evidence.start <= at < c.evidence.end
               and not (lacking and c.kind == "status") for c in claims)


def _lacking(verb: Token, ctx: Context) -> bool:
    """The act is done lacking a paper of standing: "built the wall without any permit"."""
    lists = ctx.lexicon.claims.lists
    return any(c.dep_ == "prep" and c.lower_ in lists["lacking_preps"] and any(
        p.dep_ == "pobj" and p.lower_ in lists["held_states"] for p in kids_of(c)) for c in kids_of(verb))


def act_claims(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """The claims of the acts told or denied in a speaker's reported clause that no event claim of ``claims``
    holds yet (see the module's doc); in no particular order."""
    reported: dict[int, bool] = {}  # _reported of each verb asked, by token index: asked up to three times a verb

    def told(verb: Token) -> bool:
        found = reported.get(verb.i)
        if found is None:
            found = reported[verb.i] = _reported(verb, ctx)
        return found

    denials, tellings = spoken_acts(ctx, told)
    out: list[Claim] = []
    for clause in denials:
        if told(clause.verb) and _claimed(clause, ctx) and not _told(clause, claims, ctx):
            out.append(_claim(clause, "negated", ctx))
    for clause in tellings:
        if _claimed(clause, ctx) and not _told(clause, claims, ctx):
            out.append(_claim(clause, "asserted", ctx))
    for clause in ongoing_acts(ctx, told):
        if _claimed(clause, ctx, ongoing=True) and not _told(clause, claims, ctx):
            polarity, modality = ctx.factuality(clause.verb)
            out.append(_claim(clause, polarity, ctx, modality))
    return out

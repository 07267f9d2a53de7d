"""Existence claims about things: one side tells of something done to or by a thing, the other that no such
thing was there ("crews unloaded crates of rifles at night" against "no crate of any kind left the vessel").

The event stage codes acts of the PLOVER ontology; many existence disputes are about acts it has no type for
(unloading, discharging, handing over a person at a gate). Here a noun quantified by a negative determiner in
someone's words ("no crate left", "not one crate", "not a single minor was handed over", "there was no
discharge", "not a crate" as a subject) is that speaker's claim that no such thing took part in what the
clause tells: an ``event`` claim of predicate ``thing:<lemma>``, negated, whether or not another side tells of
the thing. Only where a document has such a denial, the same noun as the subject or object of an actual,
asserted verb in another speaker's words ("unloaded crates", "the crates were carried") gives the matching
asserted claim, so the comparison sets the two against each other as an ``existence`` conflict. The object
of a verb that tells no act (``non_act_verbs``: "the order had no legal force", "we need no permit") denies no
thing.

Nouns that "no" quantifies without denying a thing (``absence_not_things``: "no comment", "no doubt", "no
evidence") claim nothing; nor do hypotheticals and questions (the clause's factuality), nor the outlet's own
words (a denial needs a speaker). A trace denied (``absence_trace_nouns``: "there was no sign of a leak", "found no
record of the firm buying land") denies the thing it is of, or the act that thing does: a claim of its own, recorded
and never set against a telling. A claim's evidence is the whole clause, with where and when the thing was
not ("no officer was sent to the offices at any point last night"), with the verbs conjoined to it that share its
subject ("no search was ordered or carried out at the address").

A denial scoped to "any" of a second thing ("no fire has reached any of the villages", "no truck crossed the
border at any of its posts") says that no such thing met that other thing, not that there was none: it meets
only an asserted clause that names the other thing (by its lemma); against the rest it is no answer (fires
burned forest land, and none reached a village).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from ...models import Claim, Polarity, Span
from ..walk import kids_of
from .context import Context, Voice
from .denials import act_classes, at_place, verb_class

__all__ = ["THING_PREFIX", "absence_claims"]

THING_PREFIX = "thing:"
_UNDERGOING = frozenset({"nsubjpass", "dobj"})  # the thing an act is done to: "no tree was felled", "cut no tree"
_ACT_PREFIX = "act:"  # the act claims' prefix (acts.py), which imports this module's neighbours
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_NEGATIVE = frozenset({"no"})
_NOT_ONE = frozenset({"one", "single"})
_ARTICLES = frozenset({"a", "an"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOT = frozenset({"not"})
_ANY = frozenset({"any"})
_PAST = frozenset({"VBD", "VBN"})
_OTHER = frozenset({"other", "further", "additional"})  # "no other vessel": a thing besides the one told of
_SEASONS = frozenset({"year", "season", "summer", "winter", "time"})  # "in past years", "in previous seasons"
_GONE_BY = frozenset({"past", "previous", "earlier", "former", "prior"})
_KINDS = frozenset({"kind", "sort", "type", "description"})  # "no convoy of any kind"


def _denied_noun(tok: Token) -> bool:
    """``tok`` is a noun quantified as none: "no crate", "not one crate", "not a single crate"; a subject also
    with a bare "not a" ("not a crate left the ship"; as an object or a complement, "it is not a crate", the "not"
    denies what the thing is, not that it was there)."""
    doc = tok.doc
    for child in kids_of(tok):
        if child.dep_ == "det" and child.lower_ in _NEGATIVE:
            return True
        if child.lower_ in _NOT_ONE and child.i < tok.i and "not" in (
                doc[child.i - 1].lower_ if child.i > 0 else "", doc[child.i - 2].lower_ if child.i > 1 else ""):
            return True
        if (child.dep_ == "det" and child.lower_ in _ARTICLES and tok.dep_ in _SUBJECT_DEPS and child.i > 0
                and doc[child.i - 1].lower_ == "not" and child.i < tok.i):
            return True
    return False


def _other_seasons(verb: Token) -> bool:
    """The clause of ``verb``, or one it hangs in, is set in times gone by as a habit ("in past years the crowds were
    managed by opening extra lanes", "in previous seasons", "in the past"): what was done then, not a telling of
    the time the denial speaks of."""
    for tok in (verb, *verb.ancestors):
        for prep in kids_of(tok):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in kids_of(prep):
                if obj.dep_ != "pobj":
                    continue
                lemma = obj.lemma_.lower()
                if lemma == "past" and any(c.lower_ == "the" for c in kids_of(obj)):
                    return True  # "in the past"
                if lemma in _SEASONS and obj.tag_ == "NNS" and obj.i > 0 and obj.doc[obj.i - 1].lower_ in _GONE_BY:
                    return True  # "in past years", "in previous seasons" (the parse may hang "past" on "in")
        if tok.dep_ in ("ROOT", "ccomp"):
            break
    return False


def _others(noun: Token) -> bool:
    """A denied noun of things besides the one told of: "no other boats", "no further shells", "no additional
    troops"."""
    return any(c.dep_ == "amod" and c.lower_ in _OTHER and c.i < noun.i for c in kids_of(noun))


def _clause_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of, through a preposition ("crates of rifles" is the crates)."""
    if noun.dep_ not in _ARG_DEPS:
        return _any_kind_verb(noun)
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _any_kind_verb(noun: Token) -> Token | None:
    """ "No convoy of any kind left the town": the parse may read the verb as a participle of "kind" ("kind left")
    and leave the noun with no verb; the verb in the past right after "of any kind/sort/type" is the noun's."""
    for prep in kids_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in kids_of(prep):
            if obj.lemma_.lower() not in _KINDS or not any(c.lower_ in _ANY for c in kids_of(obj)):
                continue
            verb = next((c for c in kids_of(obj) if c.dep_ == "acl" and c.i == obj.i + 1 and c.tag_ in _PAST), None)
            if verb is not None:
                return verb
    return None


def _held(noun: Token, verb: Token, ctx: Context) -> bool:
    """The noun is the object of a verb that tells no act ("the order had no legal force", "we need no permit"):
    having or wanting no such thing says nothing about what took place; but having no things of a kind (a plural)
    at a place says none of them was there ("the navy had no frigates at the river mouth"). A verb of perceiving
    told in the past ("residents heard no shots") is a witness's account that the thing was not there: it is held
    to tell one."""
    lists = ctx.lexicon.claims.lists
    lemma = verb.lemma_.lower()
    if lemma in lists["witness_verbs"] and verb.tag_ in _PAST:
        return False
    if noun.dep_ != "dobj" or lemma not in lists["non_act_verbs"]:
        return False
    there = noun.tag_ == "NNS" and lemma in lists["state_have_verbs"]
    return not (there and (at_place(noun, ctx) or at_place(verb, ctx)))


def _scope(noun: Token, verb: Token, vague: frozenset[str]) -> frozenset[str]:
    """The lemmas of the nouns "any" quantifies in the clause of ``verb`` outside the denied ``noun``'s own
    phrase ("no fire entered the core of any park", "any of the parks": park; "no crate of any kind left":
    none). A vague noun (``vague_nouns``, ``no_time_nouns``: "at any time", "in any way") scopes nothing: it
    makes the denial total."""
    own = range(noun.left_edge.i, noun.right_edge.i + 1)
    out: set[str] = set()
    for t in verb.subtree:
        if t.lower_ not in _ANY or t.i in own:
            continue
        # "any park": the noun it determines; "any of the parks": the noun of its "of"
        things = [t.head] if t.dep_ == "det" else [g for p in kids_of(t) if p.lower_ == "of" for g in kids_of(p)
                                                   if g.dep_ == "pobj"]
        out.update(_lemma(g) for g in things if g.pos_ in ("NOUN", "PROPN") and g.i not in own
                   and _lemma(g) not in vague and g.lower_ not in vague)
    return frozenset(out)


def _names(verb: Token, scope: frozenset[str]) -> bool:
    """The clause of ``verb`` names one of the ``scope`` lemmas."""
    return any(_lemma(t) in scope for t in verb.subtree)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _harm(noun: Token, verb: Token, ctx: Context) -> str | None:
    """The class of people counts of ``absence_harm_counts`` (``quantities.yaml``: deaths, injuries) whose verb
    tells what ``noun`` underwent in the clause of ``verb`` ("no pupil was hurt": injuries; "no guard died":
    deaths), or None. A denial of such a harm says that no such person came to it, not that no such person was
    there: it meets only a telling of the same class ("the blast injured two pupils"), never one of what such
    people did or had done to them otherwise ("200 pupils attended the school")."""
    qv = ctx.lexicon.quantities
    lemma = _lemma(verb)
    cls = qv.patient_verbs.get(lemma) if noun.dep_ in _UNDERGOING else (
        qv.subject_verbs.get(lemma) if noun.dep_ == "nsubj" else None)
    return cls if cls in ctx.lexicon.claims.lists["absence_harm_counts"] else None


def _speaker_voice(tok: Token, ctx: Context) -> Voice | None:
    voice = ctx.voice(tok.idx, tok.idx + len(tok.text))
    if voice is None or voice.claimant is None or voice.statement is None:
        return None
    return voice


def _evidence(verb: Token, first: Token, ctx: Context) -> Span:
    """The clause of ``verb``, with the verbs conjoined to it that share its subject ("no search was ordered or
    carried out at the address")."""
    clause = ctx.clause_span(verb, first)
    end = clause.end
    for conj in kids_of(verb):
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ in _SUBJECT_DEPS for c in kids_of(conj)):
            end = max(end, ctx.clause_span(conj, conj).end)
    return ctx.span(clause.start, end)


def _traced(noun: Token, ctx: Context) -> Token | None:
    """The thing a denied trace noun is of ("no sign *of a leak*", "no record *of the firm* buying land": the act
    its noun does, where one hangs on it), or None where ``noun`` is no trace noun or is of nothing named."""
    lists = ctx.lexicon.claims.lists
    if noun.lemma_.lower() not in lists["absence_trace_nouns"] and noun.lower_ not in lists["absence_trace_nouns"]:
        return None
    for of in (c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"):
        for thing in kids_of(of):
            if thing.dep_ == "pcomp" and thing.pos_ == "VERB":  # "of the firm buying land"
                return thing
            if thing.dep_ == "pobj" and thing.pos_ == "NOUN":
                return next((c for c in kids_of(thing) if c.dep_ == "acl" and c.tag_ == "VBG"), thing)
    return None


def _trace_claim(noun: Token, ctx: Context) -> Claim | None:
    """The negated claim of the thing a denied trace noun ``noun`` is of (:func:`_traced`), in a speaker's actual
    clause."""
    traced = _traced(noun, ctx)
    verb, voice = _clause_verb(noun), _speaker_voice(noun, ctx)
    if traced is None or verb is None or voice is None or ctx.factuality(verb)[1] != "actual":
        return None
    return _claim(traced, verb, voice, "negated", ctx, first=noun)


def _claim(noun: Token, verb: Token, voice: Voice, polarity: Polarity, ctx: Context,
           first: Token | None = None) -> Claim:
    first = min(noun.left_edge if first is None else first.left_edge, verb, key=lambda t: t.i)
    return Claim(
        id="", kind="event", predicate=f"{THING_PREFIX}{_lemma(noun)}", evidence=_evidence(verb, first, ctx),
        claimant=voice.claimant, arguments=(), polarity=polarity,
        modality="actual", statement=voice.statement.id if voice.statement else None,
        about=ctx.phrase(noun),
    )


def _denied_act(noun: Token, verb: Token, voice: Voice, ctx: Context) -> Claim | None:
    """The denial of a thing told as the denial of its verb's act, where the verb is in an act class ("no oak
    was felled": the act of felling, of any tree): an ``event`` claim of predicate ``act:<class>``, negated,
    ``about`` the denied phrase with its negative word ("no oak"), so that the pairing of a denial of any thing
    of a class (extract/conflicts.py) sets it against another side's act of that class told in other words
    ("crews cut down the forest"). None where the verb is in no class, or where the noun is the doer and not the
    thing the act is done to."""
    act = verb_class(verb, ctx.lexicon)
    if act is None or noun.dep_ not in _UNDERGOING:
        return None  # the doer denied ("no soldier of ours crossed") is a denial of who, not of any act of the class
    doc = ctx.doc
    first = noun.left_edge
    if first.i > 0 and doc[first.i - 1].lower_ in _NOT:
        first = doc[first.i - 1]  # "not a single tree"
    if first.lower_ not in _NEGATIVE and first.lower_ not in _NOT:
        return None  # the phrase does not open with its negative word: no denial of any thing of the class
    claim = _claim(noun, verb, voice, "negated", ctx)
    end = noun.idx + len(noun.text)
    return dataclasses.replace(claim, predicate=f"{_ACT_PREFIX}{act}", about=ctx.span(first.idx, end))


def _named_act(noun: Token, verb: Token, voice: Voice, ctx: Context) -> Claim | None:
    """The denial of an act named by a noun of an act class, whose clause only says that it took place ("no pursuit
    took place", "there was no inspection", "no raid was carried out": a verb of ``act_noun_verbs``, alone or with
    its particle or object): an ``event`` claim of predicate ``act:<class>``, negated, ``about`` the denied phrase,
    so that it meets another side's act of that class told by its verb ("chased the boats", "boarded the trawler").
    None where the noun names no act, a thing of a class of things (``thing_classes``: "there was no vessel in the
    bay" denies a vessel, not an act), or the verb tells an act of its own ("no shots were fired": the verb's)."""
    classes = act_classes(ctx.lexicon)
    lemma = _lemma(noun)
    act = classes.get(lemma) or classes.get(noun.lower_)
    lists = ctx.lexicon.claims.lists
    verbs = lists["act_noun_verbs"]
    lemma_v = _lemma(verb)
    forms = {lemma_v, *(f"{lemma_v}_{c.lemma_.lower()}" for c in kids_of(verb) if c.dep_ in ("prt", "dobj"))}
    if act is None or not forms & verbs or noun.dep_ not in _ARG_DEPS:
        return None
    if any(line.split()[0] == act for line in lists["thing_classes"]):
        return None
    first = noun.left_edge
    if first.i > 0 and ctx.doc[first.i - 1].lower_ in _NOT:
        first = ctx.doc[first.i - 1]
    claim = _claim(noun, verb, voice, "negated", ctx)
    about = ctx.span(first.idx, noun.idx + len(noun.text))
    return dataclasses.replace(claim, predicate=f"{_ACT_PREFIX}{act}", about=about)


def absence_claims(ctx: Context) -> list[Claim]:
    """The negated thing claims of the document and, for their nouns only, the asserted ones they meet."""
    stop = ctx.lexicon.claims.lists["absence_not_things"]
    vague = ctx.lexicon.claims.lists["vague_nouns"] | ctx.lexicon.claims.lists["no_time_nouns"]
    denied: list[Claim] = []
    acts: list[Claim] = []  # the same denials told as of their verb's act ("no oak was felled": felling)
    lemmas: dict[str, set[str | None]] = {}
    scopes: dict[str, list[frozenset[str]]] = {}  # per lemma, the scope of each denial (empty: unscoped)
    harms: dict[str, list[str | None]] = {}  # per lemma, the harm each denial denies (None: any telling answers)
    # The nouns "no", "one", "single" or "not a" hang on: the few candidates, without a Token for every noun.
    found: dict[int, Token] = {}
    doc = ctx.doc
    for q in ctx.tokens(lowers=_NEGATIVE | _NOT_ONE | _NOT):
        if q.lower_ in _NOT:
            if q.i + 1 >= len(doc) or doc[q.i + 1].lower_ not in _ARTICLES:
                continue
            q = doc[q.i + 1]
        if q.head.pos_ == "NOUN" and _denied_noun(q.head):
            found.setdefault(q.head.i, q.head)
    for noun in found.values():
        lemma = _lemma(noun)
        if lemma in stop or noun.lower_ in stop or not lemma.isalpha() or len(lemma) < 3:
            continue
        verb = _clause_verb(noun)
        voice = _speaker_voice(noun, ctx)
        if verb is None or voice is None or _held(noun, verb, ctx):
            continue
        if ctx.factuality(verb)[1] != "actual":
            continue
        lemmas.setdefault(lemma, set()).add(voice.claimant)
        scopes.setdefault(lemma, []).append(_scope(noun, verb, vague))
        harms.setdefault(lemma, []).append(_harm(noun, verb, ctx))
        if _others(noun):
            continue  # "saw no other boats": others than the one told of, no denial of it (the telling is kept)
        denied.append(_claim(noun, verb, voice, "negated", ctx))  # the clause's polarity reads the "no" already
        if (act := _denied_act(noun, verb, voice, ctx) or _named_act(noun, verb, voice, ctx)) is not None:
            acts.append(act)
    traces = [c for noun in found.values() if (c := _trace_claim(noun, ctx)) is not None]  # recorded, never paired
    if not lemmas:
        return traces
    return denied + traces + _told(ctx, lemmas, scopes, harms) + acts


def _told(ctx: Context, lemmas: dict[str, set[str | None]], scopes: dict[str, list[frozenset[str]]],
          harms: dict[str, list[str | None]]) -> list[Claim]:
    """The asserted claims of the denied nouns (``lemmas``, with the claimants who denied them) in the words of other
    speakers: an actual, asserted clause that names the thing, within the scope of some denial of it and telling the
    harm it denies, if any (:func:`_harm`)."""
    told: list[Claim] = []
    for noun in ctx.tokens(pos=("NOUN",)):
        lemma = _lemma(noun)
        if lemma not in lemmas or _denied_noun(noun) or any(c.dep_ == "neg" for c in kids_of(noun)):
            continue
        verb = _clause_verb(noun)
        voice = _speaker_voice(noun, ctx)
        if verb is None or voice is None or voice.claimant in lemmas[lemma] or _held(noun, verb, ctx):
            continue
        polarity, modality = ctx.factuality(verb)
        if (modality == "actual" and polarity == "asserted" and not _other_seasons(verb)
                and any((not scope or _names(verb, scope)) and (harm is None or _harm(noun, verb, ctx) == harm)
                        for scope, harm in zip(scopes[lemma], harms[lemma], strict=True))):
            told.append(_claim(noun, verb, voice, "asserted", ctx))
    return told

"""Status and cause claims: a phrase of the claims vocabulary in one of its frames.

* a link verb: "the strikes were illegal", "the raid amounted to a war crime", "the blast was sabotage",
  "the fire was the result of a technical fault" (about = the subject);
* a verb of causing: "the blaze was caused by faulty wiring", "heat caused the fire", also under a raising
  verb (``raising_verbs``): "a faulty heater appeared to have started the fire";
* a verb of calling: "X called the vote rigged", "X described the strikes as unlawful" (about = the
  object; the claimant is X);
* a verb of blaming, with the cause as its object: "X blamed the fire on faulty wiring", "X blamed
  saboteurs for the blast", "X issued a statement blaming a short circuit" (about = the incident named
  with it or just before; the claimant is X);
* the predicate as a verb: "the strikes violate international law";
* a status of an act named by its verb (about = the verb, object = the one it is done to): an adverb
  ("the activist was being held lawfully", "police detained him arbitrarily") or a gerund subject
  ("holding a reporter without charge is not lawful").

Acceptance phrases are :mod:`.acceptance`'s.

A cause needs an incident to be about ("the blast"; "it" or "this" only when an incident noun stands in
the two sentences before it: "An explosion hit the depot. 'This was sabotage,' police said."); a status
needs a noun phrase (not a pronoun). Otherwise no claim.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...compare import rules_for
from ...models import Claim, Polarity, Span
from ..walk import kids_of
from .context import Context, Match, Voice
from .open_labels import _free_relative
from .sides import caller_entity

__all__ = ["predicate_claims"]

_LINK_DEPS = ("acomp", "attr", "oprd", "dobj")
_VERB_DEPS = (*_LINK_DEPS, "prep", "agent", "xcomp", "ccomp", "nsubj")
_UP_DEPS = ("pobj", "pcomp")
_NOMINAL = ("NOUN", "PROPN")
_PEOPLE = ("PERSON", "NORP")
_WHAT = "what"


@dataclass(frozen=True, slots=True)
class _Frame:
    verb: Token
    about: Token
    agent: Token | None = None
    caller: Token | None = None  # the subject of a verb of calling: the claimant
    via: tuple[str, ...] = ()  # words between the predicate and its verb ("the result of"): causes only
    anchor: Token | None = None  # the pronoun that stood for ``about`` in the clause ("this was sabotage")
    act: bool = False  # ``about`` is a verb: the act judged ("was held lawfully", "holding him is unlawful")
    negated: bool = False  # the frame's own words deny the predicate ("heat had nothing to do with it")


def _climb(match: Match) -> tuple[Token, Token, tuple[str, ...]] | None:
    """(verb, the token under it, the nouns and adjectives on the way) for a nominal or adjectival predicate."""
    cur = match.head
    via: tuple[str, ...] = ()
    for _ in range(6):
        dep, head = cur.dep_, cur.head
        if head is cur:
            return None
        if dep in _UP_DEPS or dep == "conj":
            cur = head
            continue
        if dep in ("prep", "agent", "amod") and head.pos_ not in ("VERB", "AUX"):
            via += (head.lemma_.lower(),)
            cur = head
            continue
        if dep in _VERB_DEPS and head.pos_ in ("VERB", "AUX"):
            return head, cur, via
        return None
    return None


def _object(verb: Token, match: Match) -> Token | None:
    for c in kids_of(verb):
        if c.dep_ == "dobj":
            return c
    preps = [t for t in verb.doc[match.start:match.end] if t.dep_ == "prep"] + [
        c for c in kids_of(verb) if c.dep_ == "prep" and c.i >= match.end]
    for p in preps[:2]:
        for c in kids_of(p):
            if c.dep_ == "pobj":
                return c
    return None


def _verb_frame(match: Match, ctx: Context) -> _Frame | None:
    verb = match.head
    subj = ctx.subject(verb)
    kind = match.entry.kind
    if subj is None:
        return None
    if kind == "status":  # "the vote was rigged"; "the strikes violate international law" (with an object)
        if subj.dep_ == "nsubjpass" or _object(verb, match) is not None:
            return _Frame(verb, subj, subj)
        return None
    return _Frame(verb, subj) if subj.dep_ == "nsubjpass" else None


def _blamer(verb: Token, ctx: Context) -> Token | None:
    """Who blames or calls: the subject of the verb, or of the verb whose object the blaming clause qualifies
    ("issued a statement blaming ...", "said in a statement blaming ...", "wrote a letter calling ...")."""
    cur = verb
    for _ in range(3):
        subj = ctx.subject(cur)
        if subj is not None:
            return subj if subj.dep_ == "nsubj" else None
        if cur.dep_ not in ("acl", "advcl", "xcomp", "dobj", "pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _blame_frame(verb: Token, under: Token, ctx: Context) -> _Frame | None:
    """ "blamed the fire on X" (about: the object), "blamed X for the fire" (about: the object of for),
    "blamed X" (about: the incident named just before)."""
    caller = _blamer(verb, ctx)
    if caller is None:
        return None
    if under.dep_ == "prep":
        if under.lower_ != "on":
            return None
        about = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        return _Frame(verb, about, caller=caller) if about is not None else None
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in kids_of(under)):
        return _Frame(verb, under, caller=caller)  # "blamed the blaze on arsonists", attached to the noun
    for p in kids_of(verb):
        if p.dep_ == "prep" and p.lower_ == "for":
            about = next((c for c in kids_of(p) if c.dep_ == "pobj"), None)
            return _Frame(verb, about, caller=caller) if about is not None else None
    about = _antecedent(verb, ctx) or _antecedent(verb, ctx, far=True)
    return _Frame(verb, about, caller=caller, anchor=under) if about is not None else None


def _act_frame(match: Match, ctx: Context) -> _Frame | None:
    """A status adverb or prepositional phrase on the verb of the act it judges: "was being held lawfully",
    "detained him arbitrarily", "was held in accordance with the law", "acted within its rights" (not on a
    verb of telling: "said in line with the law" judges no act)."""
    head = match.head
    verb = head.head
    lemma = verb.lemma_.lower()
    if (head.dep_ not in ("advmod", "prep") or verb.pos_ != "VERB" or lemma in ctx.words.link_verbs
            or lemma in ctx.lexicon.claims.lists.telling_verbs):
        return None
    return _Frame(verb, verb, act=True)


def _status_of_act(match: Match, ctx: Context) -> _Frame | None:
    """The frame of a status that judges an act named by its verb: an adverb or a prepositional phrase on the
    verb ("held lawfully", "held in accordance with the law"), or a right to act ("had every right to expel")."""
    head = match.head
    if head.pos_ == "ADV" or head.dep_ == "prep":
        return _act_frame(match, ctx)
    return _right_to(match) if head.pos_ == "NOUN" else None


def _right_to(match: Match) -> _Frame | None:
    """A right held or lacked, and the act it is a right to: "had every right to expel them", "had no right
    to seize the ship" (about: the verb of the act)."""
    head = match.head
    if head.dep_ != "dobj":
        return None
    act = next((c for c in kids_of(head) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c))), None)
    return _Frame(act, act, act=True) if act is not None else None


def _incident_after(noun: Token, ctx: Context) -> Token | None:
    """The incident a cause noun names: "the cause of the fire", "the reason for the outage"."""
    if noun.lemma_.lower() not in ctx.lexicon.claims.lists.cause_nouns:
        return None
    for p in kids_of(noun):
        if p.dep_ == "prep" and p.lower_ in ("of", "for", "behind"):
            return next((c for c in kids_of(p) if c.dep_ == "pobj"), None)
    return None


def _cause_subject(verb: Token, under: Token, ctx: Context) -> _Frame | None:
    """A cause that is the subject of a link verb whose complement is a cause noun: "lightning was the cause of
    the fire", "the heat was not the reason for the outage" (about: the incident after the noun)."""
    if under.dep_ != "nsubj":
        return None
    for c in kids_of(verb):
        if c.dep_ in ("attr", "acomp"):
            about = _incident_after(c, ctx)
            return _Frame(verb, about) if about is not None else None
    return None


def _evidence_frame(verb: Token, match: Match, ctx: Context) -> _Frame | None:
    """A cause named by evidence: "samples pointed to pollution", "the findings suggest pilot error" (about: the
    verb's subject where it is an incident, else the incident named before; in a source's words or the
    outlet's). A subject that names a side points to the cause itself and claims it ("the fire service points to a
    faulty heater as the cause")."""
    subj = ctx.subject(verb)
    if subj is not None and subj.lemma_.lower() in ctx.words.incident_nouns:
        return _Frame(verb, subj)
    caller = subj if subj is not None and subj.dep_ == "nsubj" and caller_entity(subj, ctx) is not None else None
    about = _antecedent(verb, ctx) or _antecedent(verb, ctx, far=True)
    return _Frame(verb, about, anchor=match.head, caller=caller) if about is not None else None


def _nothing_to_do(verb: Token, ctx: Context) -> _Frame | None:
    """A cause denied: "the heat had nothing to do with the die-off", "corrosion had nothing to do with it"
    (about: the object of "with", a pronoun standing for the incident before it)."""
    for obj in kids_of(verb):
        if obj.dep_ != "dobj" or obj.lower_ not in ctx.words.nothing_words:
            continue
        for do in kids_of(obj):
            if do.dep_ not in ("relcl", "acl") or do.lemma_ != "do":
                continue
            with_ = next((p for p in kids_of(do) if p.dep_ == "prep" and p.lower_ == "with"), None)
            about = next((c for c in kids_of(with_) if c.dep_ == "pobj"), None) if with_ is not None else None
            if about is None:
                return None
            if about.lower_ in ctx.lexicon.claims.lists.incident_anaphors:
                noun = _antecedent(about, ctx) or _antecedent(about, ctx, far=True)
                return _Frame(verb, noun, anchor=about, negated=True) if noun is not None else None
            return _Frame(verb, about, negated=True)
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """The gerund clause that is the subject of a link verb: "holding a reporter without charge is unlawful"."""
    return next((c for c in kids_of(verb) if c.dep_ == "csubj" and c.tag_ == "VBG"), None)


def _allowed_what(match: Match, ctx: Context) -> _Frame | None:
    """ "the levy is (not) what the treaty allows": a clause of "what" a law allows after a link verb judges the link
    verb's subject (its negation the status's)."""
    verb = match.head
    link = verb.head
    if verb.dep_ not in ("ccomp", "attr", "xcomp") or link.lemma_.lower() not in ctx.words.link_verbs:
        return None
    subj = ctx.subject(link)
    return _Frame(link, subj) if subj is not None else None


def _noun_read_verb(match: Match, ctx: Context) -> _Frame | None:
    """ "the new quota complies with the treaty" tagged as one noun phrase ("complies" a plural noun): a verb of
    keeping or breaking a rule (``status_verb_forms``) read as the head of a noun, with a noun compound before it,
    says its status of that noun."""
    head = match.head
    if head.tag_ != "NNS" or head.lower_ not in ctx.lexicon.claims.lists.status_verb_forms:
        return None
    subj = next((c for c in reversed(list(kids_of(head))) if c.dep_ == "compound" and c.i == head.i - 1
                 and c.pos_ in _NOMINAL), None)
    return _Frame(head, subj) if subj is not None else None


def _plain_frame(match: Match, ctx: Context) -> tuple[_Frame | None] | None:
    """The frame of a status the general frames do not place (in a 1-tuple; None where they do): an act judged, no
    frame for a lone adverb, a clause of "what" a law allows, a verb of keeping a rule tagged as a noun."""
    if (act := _status_of_act(match, ctx)) is not None:
        return (act,)
    if match.head.pos_ == "ADV":
        return (None,)
    if ctx.doc[match.start].lower_ == _WHAT:
        return (_allowed_what(match, ctx),)
    if match.head.pos_ == "NOUN" and (misread := _noun_read_verb(match, ctx)) is not None:
        return (misread,)
    return None


def _verb_headed(match: Match, ctx: Context) -> bool:
    """The match's head is a verb of its own, not a link verb's complement: "the strikes violate international law"."""
    head = match.head
    return head.pos_ == "VERB" and head.lemma_.lower() not in ctx.words.link_verbs and head.dep_ not in _LINK_DEPS


def _frame(match: Match, ctx: Context) -> _Frame | None:
    head = match.head
    if match.entry.kind == "status" and (plain := _plain_frame(match, ctx)) is not None:
        return plain[0]
    if _verb_headed(match, ctx):
        return _verb_frame(match, ctx)
    climbed = _climb(match)
    if (climbed is None and match.entry.kind == "status" and head.dep_ == "advcl"
            and head.head.lemma_.lower() in ctx.lexicon.claims.lists.state_verbs and _as_state(head, (), ctx)):
        climbed = head.head, head, ()  # 'stands "as valid"', the complement parsed as a clause of its own
    if climbed is None and match.entry.kind == "status" and _rejected_as(head.head.lemma_.lower(), head, ctx):
        climbed = head.head, head, ()  # "rejects the detention as illegitimate", parsed the same way
    if climbed is None:
        return None
    verb, under, via = climbed
    lemma = verb.lemma_.lower()
    if match.entry.kind == "cause" and (found := _cause_frame(verb, under, match, ctx)) is not None:
        return found
    if (match.entry.kind == "cause" and lemma in ctx.words.link_verbs and under.dep_ == "nsubj"
            and any(c.dep_ == "acomp" for c in kids_of(verb))):
        return None  # "flooding is less severe downstream": the cause word's own degree, no cause of anything
    if lemma in ctx.words.link_verbs:
        return _link_frame(verb, via, match, ctx)
    if lemma in ctx.words.cause_links:
        if under.dep_ == "nsubj":  # "heat caused the fire"
            obj = _pronoun_object(verb, next((c for c in kids_of(verb) if c.dep_ == "dobj"), None), ctx)
            return _Frame(verb, obj) if obj is not None else None
        subj = ctx.subject(verb)
        return _Frame(verb, subj) if subj is not None and subj.dep_ == "nsubjpass" else None
    if match.entry.kind == "status" and lemma in ctx.lexicon.claims.lists.state_verbs and _as_state(under, via, ctx):
        subj = ctx.subject(verb)  # "the plebiscite stands as lawful", "the decree stands as void"
        return _Frame(verb, subj) if subj is not None else None
    if lemma in ctx.lexicon.claims.lists.blame_verbs and under.dep_ in ("dobj", "prep"):
        return _blame_frame(verb, under, ctx)
    if lemma in ctx.words.call_verbs or lemma in ctx.lexicon.claims.lists.verdict_verbs or (
            under.dep_ == "prep" and under.lower_ in ctx.words.as_words) or _rejected_as(lemma, under, ctx):
        return _call_frame(verb, under, via, match, ctx)
    return None


def _link_frame(verb: Token, via: tuple[str, ...], match: Match, ctx: Context) -> _Frame | None:
    """The frame of a link verb: about its subject ("the strikes were illegal"), a gerund clause for a status with
    nothing between ("holding him is unlawful": the act), or a clause of "what" for a status on the noun of an act
    ("what the firm does there is unlawful quarrying": the doing judged, :func:`_judged_act`)."""
    subj = ctx.subject(verb)
    if subj is None and match.entry.kind == "status" and not via:
        gerund = _gerund_subject(verb)
        return _Frame(verb, gerund, act=True) if gerund is not None else None
    if subj is None and match.entry.kind == "status":
        subj = next((c for c in kids_of(verb) if c.dep_ == "csubj" and _free_relative(c, ctx)), None)
    return _Frame(verb, subj, via=via) if subj is not None else None


def _rejected_as(lemma: str, under: Token, ctx: Context) -> bool:
    """ "rejects the detention as illegitimate", "dismissed the permit as void": a verb of rejecting or presenting
    whose status, after "as", the parse hangs on it as a clause of its own."""
    lists = ctx.lexicon.claims.lists
    return under.dep_ == "advcl" and (lemma in lists.presenting_verbs or lemma in lists.rebuttal_verbs) and any(
        c.lower_ in ctx.words.as_words and c.i < under.i for c in kids_of(under))


def _as_state(under: Token, via: tuple[str, ...], ctx: Context) -> bool:
    """ "stands as lawful": the status after "as" on a verb of being, however the parser hangs it (the adjective the
    complement with "as" on it, or the object of "as")."""
    as_words = ctx.words.as_words
    if under.dep_ in ("acomp", "advcl"):
        return not via and any(c.lower_ in as_words for c in kids_of(under))
    return under.dep_ == "prep" and under.lower_ in as_words and all(w in as_words for w in via)


def _call_frame(verb: Token, under: Token, via: tuple[str, ...], match: Match, ctx: Context) -> _Frame | None:
    """ "X called the vote rigged", "declared the elections free and fair", "described the strikes as unlawful"
    (about: the object; the claimant X); in the passive, "the vote could not be called free or fair" (about: the
    subject; the claimant the speaker, or the agent of "by")."""
    via = tuple(w for w in via if w not in ctx.words.as_words)  # "described as free": "as" is the frame's own word
    if under.dep_ == "dobj" and via == (under.lemma_.lower(),) and match.head.dep_ == "amod" and \
            match.head.i > under.i:
        return _Frame(verb, under, caller=_blamer(verb, ctx))  # "declared the elections 'free ...'": a complement
    passive = next((c for c in kids_of(verb) if c.dep_ == "nsubjpass"), None)
    if passive is not None and under.dep_ in ("oprd", "prep", "acomp", "attr"):
        agent = next((p for a in kids_of(verb) if a.dep_ == "agent" for p in kids_of(a) if p.dep_ == "pobj"), None)
        return _Frame(verb, passive, caller=agent, via=via)
    obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
    if obj is not None and match.start <= obj.i < match.end:  # "calls the vote null", parsed with "null" the object
        obj = next((c for c in kids_of(obj) if c.dep_ == "compound" and c.pos_ in _NOMINAL and c.i < match.start), None)
    if obj is None:  # "called the detention unlawful", parsed with the object inside the complement
        obj = next((c for c in kids_of(under) if c.dep_ in ("compound", "nsubj") and c.pos_ in _NOMINAL), None)
    if obj is None:  # "called the land act unconstitutional", parsed with two complements of the verb
        obj = next((c for c in kids_of(verb) if c.dep_ in ("oprd", "attr") and c.i < under.i
                    and c.pos_ in _NOMINAL), None)
    caller = _blamer(verb, ctx)  # also the subject of the clause a participle hangs on: "wrote ..., calling"
    if obj is None or caller is None:
        return None
    return _Frame(verb, obj, caller=caller, via=via)


def _cause_frame(verb: Token, under: Token, match: Match, ctx: Context) -> _Frame | None:
    """The frames of a cause under a raising verb, around a cause noun, a verb of evidence or "nothing to do
    with", or None."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.lexicon.claims.lists.raising_verbs and under.dep_ == "nsubj":
        caused = _raised_cause(verb, ctx)  # "a faulty heater appears to have started the fire"
        if caused is not None:
            return caused
    if lemma in ctx.words.link_verbs:
        named = _cause_subject(verb, under, ctx)  # "lightning was the cause of the fire"
        if named is not None:
            return named
        subj = ctx.subject(verb)
        incident = _incident_after(subj, ctx) if subj is not None else None
        return _Frame(verb, incident) if incident is not None else None  # "the cause of the fire was lightning"
    if lemma in ctx.lexicon.claims.lists.evidence_verbs and under.dep_ in ("prep", "dobj", "ccomp"):
        return _evidence_frame(verb, match, ctx)  # "the samples pointed to pollution"
    if lemma == "have" and under.dep_ == "nsubj":
        return _nothing_to_do(verb, ctx)  # "the heat had nothing to do with it"
    return None


def _raised_cause(verb: Token, ctx: Context) -> _Frame | None:
    """The frame of a verb of causing under a raising verb whose subject is the cause: "a faulty heater
    appeared to have started the fire" (about: the object of "started"; the verb: "started")."""
    for c in kids_of(verb):
        if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.words.cause_links:
            obj = _pronoun_object(c, next((d for d in kids_of(c) if d.dep_ == "dobj"), None), ctx)
            return _Frame(c, obj) if obj is not None else None
    return None


def _pronoun_object(verb: Token, obj: Token | None, ctx: Context) -> Token | None:
    """The object of a verb of causing: a pronoun for an incident just after the verb ("corrosion caused this,
    not vandals", however the parser hangs it), else the parsed object."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if after.lower_ in ctx.lexicon.claims.lists.incident_anaphors and after.pos_ in ("PRON", "DET"):
        return after
    return obj


def _antecedent(pron: Token, ctx: Context, far: bool = False) -> Token | None:
    """The incident noun nearest before ``pron`` in its sentence or the two before, not itself a cause word
    or a predicate ("it was not an accident; it was sabotage": "accident" is no referent), nor a modifier of
    another noun ("the fire service"). With ``far``, the nearest such noun anywhere before it: for a pronoun
    in a source's words and for a cause a blamer names, which answer the story's incident."""
    sents = ctx.sents
    k = ctx.sentence_of(pron)
    first = 0 if far else sents[max(0, k - 2)].start
    phrases = ctx.lexicon.claims.phrases
    for i in range(pron.i - 1, first - 1, -1):
        tok = ctx.doc[i]
        lemma = tok.lemma_.lower()
        if (tok.pos_ != "NOUN" or lemma not in ctx.words.incident_nouns or tok.dep_ in _LINK_DEPS
                or tok.dep_ == "compound"):
            continue
        if any(e.kind == "cause" for e in phrases.get(lemma, ()) + phrases.get(tok.lower_, ())):
            continue
        return tok
    return None


_IT = "it"


def _clause_mate(frame: _Frame, ctx: Context) -> Token | None:
    """The noun subject of an earlier clause of one report that the clause with "it" for subject follows: "said that
    the fee applies to all trucks, that it was set by decree and that it complies with the treaty" (the fee)."""
    verb = frame.verb
    speech = ctx.lexicon.cues.speech_verbs
    for _ in range(4):
        if verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i or verb.head.lemma_.lower() in speech:
            return None
        verb = verb.head
        subj = next((c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ != _IT:
            return subj if subj.pos_ in _NOMINAL and subj.ent_type_ not in _PEOPLE else None
    return None


def _resolved(frame: _Frame, match: Match, ctx: Context) -> _Frame | None:
    """The frame with a pronoun standing for an incident replaced by the incident (causes only), or "it" for the
    subject of the clause it is coordinated with (statuses)."""
    about = frame.about
    if (match.entry.kind == "status" and about.lower_ == _IT and about.dep_ in ("nsubj", "nsubjpass")
            and (mate := _clause_mate(frame, ctx)) is not None):
        return replace(frame, about=mate, anchor=about)
    if (match.entry.kind != "cause" or frame.anchor is not None
            or about.lower_ not in ctx.lexicon.claims.lists.incident_anaphors):
        return frame
    if about.dep_ not in ("nsubj", "nsubjpass", "dobj") and about.i != frame.verb.i + 1:
        return None
    noun = _antecedent(about, ctx)
    if noun is None and ctx.attribution.statement_at(about.idx, about.idx + len(about)) is not None:
        noun = _antecedent(about, ctx, far=True)
    return replace(frame, about=noun, anchor=about) if noun is not None else None


_TIE_PREPS = ("on", "of", "over")


def _tied(tok: Token) -> Token | None:
    """The act a word of deciding names with its own words: "the decision *to grant the permit*", "voted *to
    remove the governor*", "the vote *on the removal*", "the result *of the referendum*"."""
    for c in kids_of(tok):
        if c.dep_ in ("acl", "xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c)):
            return c
    for c in kids_of(tok):
        if c.dep_ == "prep" and c.lower_ in _TIE_PREPS:
            obj = next((p for p in kids_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
            if obj is not None:
                return obj
    return None


def _decided(noun: Token, ctx: Context) -> Token | None:
    """The act that a word of deciding (``lists.decision_nouns``: "the vote", "the decision") judged by a status
    stands for, where the document ties one to it: its own words ("the decision to grant the permit was lawful"),
    else the same word (a noun or its verb) tied to an act earlier in the document ("The council voted to remove the
    governor. ... the vote was lawful"). None where nothing ties it (then the status is of the word itself)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in ctx.lexicon.claims.lists.decision_nouns:
        return None
    own = _tied(noun)
    if own is not None:
        return own
    for tok in ctx.doc[:noun.i]:
        if tok.lemma_.lower() == lemma and tok.pos_ in ("NOUN", "VERB"):
            act = _tied(tok)
            if act is not None:
                return act
    return None


def _act_span(act: Token, ctx: Context) -> Span:
    """The words of an act: a noun's phrase, or a verb with its object ("remove the province's governor")."""
    if act.pos_ != "VERB":
        return ctx.phrase(act)
    obj = next((c for c in kids_of(act) if c.dep_ == "dobj"), None)
    if obj is None:
        return ctx.token_span(act, act)
    words = ctx.phrase(obj)
    return ctx.span(act.idx, words.end) if words.end - act.idx <= 80 else ctx.token_span(act, obj)


_MAX_TAIL = 8  # tokens a status's own words may add after it


def _status_end(match: Match) -> Token:
    """The last word of a status with what it joins or restricts after it: "free, transparent *and credible*",
    "lawful *in every respect*", "fully lawful *and protected*" (a conjoined adjective, a prepositional phrase on
    the status word), at most :data:`_MAX_TAIL` tokens after the phrase; else the phrase's last word."""
    doc = match.head.doc
    last = doc[match.end - 1]
    words = [match.head, *(c for c in kids_of(match.head) if c.dep_ == "conj" and _predicative(c))]
    tail = [c for w in words for c in kids_of(w)
            if c.i >= match.end and ((c.dep_ == "conj" and _predicative(c)) or (c.dep_ == "prep" and w.pos_ == "ADJ"))]
    if not tail:
        return last
    end = max(c.right_edge.i for c in tail)
    return doc[end] if end - last.i <= _MAX_TAIL and end < match.head.sent.end else last


def _predicative(tok: Token) -> bool:
    return tok.pos_ == "ADJ" or tok.tag_ == "VBN"  # "lawful and protected"


def _thing_done(verb: Token, ctx: Context) -> Token | None:
    """The thing a status of an act judges where the verb only tells that it was done: the subject of a passive
    verb of doing ("the decision was lawfully made", ``conduct_verbs``) or of any passive verb whose subject is a
    word of an act family ("the vote was held freely and fairly": the vote, not a detention). None otherwise
    (then the act is the verb: "the journalists were held lawfully")."""
    subj = next((c for c in kids_of(verb) if c.dep_ == "nsubjpass"), None)
    if subj is None and any(c.dep_ == "auxpass" for c in kids_of(verb)):
        subj = ctx.subject(verb)  # "The levy, said an official, applies to all and was set lawfully": shared
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in _PEOPLE:
        return None
    lemma = verb.lemma_.lower()
    conduct = ctx.lexicon.claims.lists.conduct_verbs
    if lemma in conduct or any(f"{lemma} {c.lower_}" in conduct for c in kids_of(verb) if c.dep_ == "prt"):
        return subj
    return subj if subj.lemma_.lower() in rules_for(ctx.lexicon.claims).families else None


def _undergoer(verb: Token, ctx: Context) -> str | None:
    """The entity an act is done to: the subject of a passive verb, else its object ("was held", "held him")."""
    for dep in ("nsubjpass", "dobj"):
        tok = next((c for c in kids_of(verb) if c.dep_ == dep), None)
        if tok is not None:
            return ctx.entity(tok)
    return None


_ABILITY = frozenset({"can", "could", "ca"})  # "ca" is the parser's "can" of "can't"


def _cannot_be_called(verb: Token, ctx: Context) -> bool:
    """ "the vote could not be called free", "it cannot be described as lawful", "can't be considered valid": a
    passive verb of calling or of a verdict under a negated "can", which denies the status (the speaker's finding)
    rather than leaving it open."""
    lemma = verb.lemma_.lower()
    if lemma not in ctx.words.call_verbs and lemma not in ctx.lexicon.claims.lists.verdict_verbs:
        return False
    kids = [c for c in kids_of(verb)]
    return (any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "neg" for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in kids))


_ONLY = frozenset({"only", "merely"})


def _can_only_be(verb: Token, match: Match, ctx: Context) -> bool:
    """ "a local vote can only be advisory": a link verb under "can" with "only" and no negation says what the
    subject is at most, a finding rather than a possibility."""
    if verb.lemma_.lower() not in ctx.words.link_verbs:
        return False
    kids = list(kids_of(verb))
    return (any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in kids) and not any(c.dep_ == "neg" for c in kids)
            and any(c.dep_ == "advmod" and c.lower_ in _ONLY for c in (*kids, *kids_of(match.head))))


def _flip(polarity: Polarity, negated: bool) -> Polarity:
    if not negated:
        return polarity
    return "asserted" if polarity == "negated" else "negated"


def _voice(frame: _Frame, match: Match, ctx: Context) -> Voice | None:
    doc = ctx.doc
    outer = ctx.voice(doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1]))
    if frame.caller is None:
        return outer
    if frame.caller.lower_ in ctx.words.first_person:
        caller = ctx.actor(frame.caller, outer)
    else:  # the person or body named beside the subject first ("its president, A. B., declared ...")
        caller = caller_entity(frame.caller, ctx)
    for appos in (c for c in kids_of(frame.caller) if c.dep_ == "appos"):
        caller = caller or ctx.entity(appos)  # "the owner, Rui Costa, blamed ..."
    if caller is None:
        return None
    return Voice(caller, outer.statement if outer is not None and outer.claimant == caller else None)


def _usable(frame: _Frame, match: Match, ctx: Context) -> bool:
    about = frame.about
    if frame.act:
        return match.entry.kind == "status" and not frame.via
    if about.pos_ == "PRON" and about.ent_type_ == "" and _of_person(about, match, ctx):
        return True  # "he is not eligible": the pronoun stands for the person judged
    if frame.via and _free_relative(about, ctx):
        return _judged_act(frame, match, ctx)  # "what the firm does there is unlawful quarrying": the doing judged
    if about.pos_ not in _NOMINAL or about.lower_ in ctx.words.first_person:
        return False  # "it was an accident": about what, the text does not say here
    kind = match.entry.kind
    if kind == "cause":
        return all(w in ctx.words.cause_links for w in frame.via) and about.lemma_.lower() in ctx.words.incident_nouns
    if frame.via:  # "the subject of an inquiry into violations": the status is not the subject's
        return _judged_act(frame, match, ctx)
    if _person_status(match, ctx):
        return True  # "she is eligible": a status of a person
    return about.ent_type_ not in _PEOPLE  # a status judges an act or a thing, not a person or a people


_QUOTED_MIN = 4  # tokens of a quotation that make it someone's words, not a label in scare quotes


def _quoted_words(match: Match, ctx: Context) -> bool:
    """The status stands inside a quotation of :data:`_QUOTED_MIN` tokens or more in a sentence with a verb of
    saying ('and that Chile "has honoured the accord in every detail"'): someone's words no statement holds, not
    the outlet's (a label in scare quotes, '"reform"', may be)."""
    doc = ctx.doc
    sent = doc[match.start].sent
    opens = [t.i for t in doc[sent.start:match.start] if t.is_quote]
    if len(opens) % 2 == 0:
        return False
    close = next((t.i for t in doc[match.end:sent.end] if t.is_quote), sent.end)
    speech = ctx.lexicon.cues.speech_verbs
    return close - opens[-1] - 1 >= _QUOTED_MIN and any(
        t.pos_ == "VERB" and t.lemma_.lower() in speech for t in sent)


def _named_before_colon(match: Match, ctx: Context) -> bool:
    """The status follows a colon after a clause whose subject a named actor is, in its sentence: "the commission is
    adamant: the ballot is valid" tells the commission's position, words no statement holds, not the outlet's."""
    doc = ctx.doc
    sent = doc[match.start].sent
    colon = next((t for t in doc[sent.start:match.start] if t.text == ":"), None)
    if colon is None:
        return False
    return any(t.dep_ == "nsubj" and ctx.entity(t) is not None for t in doc[sent.start:colon.i])


def _judged_act(frame: _Frame, match: Match, ctx: Context) -> bool:
    """A status adjective on the noun of an act that the subject is, or that a caller calls the object: "the
    boarding was an unlawful act of piracy", "called the raid an unlawful use of force", "described the ban as a
    lawful measure" (``judged_acts``); not "a legal matter", "a constitutional crisis"."""
    head = match.head
    noun = head.head
    described = noun.dep_ == "pobj" and noun.head.lower_ in ctx.words.as_words  # "described X as a lawful measure"
    return (match.entry.kind == "status" and head.dep_ == "amod" and len(frame.via) == 1
            and frame.via[0] == noun.lemma_.lower() and (noun.dep_ in ("attr", "oprd", "dobj") or described)
            and frame.via[0] in ctx.lexicon.claims.lists.judged_acts)


def _person_status(match: Match, ctx: Context) -> bool:
    """The match is a status of a person (``person_statuses``, or the opposite of one: "ineligible")."""
    entry = match.entry
    vocabulary = ctx.lexicon.claims
    return entry.kind == "status" and (
        vocabulary.positive(entry.predicate, entry.polarity)[0] in vocabulary.lists.person_statuses)


def _of_person(pron: Token, match: Match, ctx: Context) -> bool:
    """``pron`` is a personal pronoun ("he", "she", "they") and the status one of a person."""
    english = ctx.lexicon.english
    personal = english.third_person_male | english.third_person_female | english.third_person_plural
    return pron.lower_ in personal and _person_status(match, ctx)


def predicate_claims(ctx: Context) -> list[Claim]:
    """Status and cause claims of the document, in text order (acceptance phrases are :mod:`.acceptance`'s)."""
    out: list[Claim] = []
    for sent in ctx.sents:
        for match in ctx.matches(sent):
            if match.entry.kind not in ("status", "cause"):
                continue
            claim = _claim(match, ctx)
            if (claim is None and match.entry.kind == "status" and _frame(match, ctx) is None
                    and ctx.doc[match.start].lower_ != _WHAT):  # "what the law allows" judges its link verb's subject
                claim = _said_status(match, ctx)  # no frame at all (a frame that judged it unusable stands)
            if claim is not None:
                out.append(claim)
    return out


def _pronoun_judged(frame: _Frame, match: Match, ctx: Context) -> bool:
    """A status whose subject is a pronoun for a thing ("it", "this", "that": ``incident_anaphors``) under a link
    verb, with no caller: "It is entirely lawful", "This is a violation of the fishing treaty", "This is an unlawful
    seizure" (a status adjective on the noun of an act, ``judged_acts``). In someone's
    words the pronoun stands for what the story is about; read as :func:`_said_status` reads a status no frame
    places (no ``about``), the status adjective of a judged act's noun (``judged``) included."""
    about = frame.about
    return (match.entry.kind == "status" and frame.caller is None and not frame.act
            and (not frame.via or _judged_act(frame, match, ctx))  # "This is an unlawful seizure"
            and about.pos_ == "PRON" and about.dep_ in ("nsubj", "nsubjpass")
            and about.lower_ in ctx.lexicon.claims.lists.incident_anaphors
            and frame.verb.lemma_.lower() in ctx.words.link_verbs)


def _said_status(match: Match, ctx: Context, judged: bool = False) -> Claim | None:
    """A legal or evaluative status in someone's words that no frame places: "holding a crew over a licence, it
    says, is a flagrant violation of international law" (the parse broken by the inserted "it says"), "As
    illegal from beginning to end" (an answer). The speaker judges what the story is about: the claim names
    no ``about``, so it meets another side's opposite status only where nothing sets the two apart (dates,
    places, arguments, their own ``about`` words). Not in the outlet's voice, nor a person's status."""
    doc = ctx.doc
    voice = ctx.voice(doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1]))
    if voice is None or voice.claimant is None or voice.statement is None or _person_status(match, ctx):
        return None
    word = match.head
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "safe and legal gun ownership": as the first of the coordination
    if word.dep_ in ("amod", "compound", "nmod", "poss") and word.head.pos_ in _NOMINAL and not judged:
        return None  # "a constitutional crisis", "the legality question": a modifier judges nothing (an "amod" of
        # no noun is the parser's: "As unlawful from start to finish", an answer)
    verb = match.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    polarity, modality = ctx.factuality(verb)
    if modality != "actual":
        return None  # "would be illegal", "if it were lawful": a hypothetical judges nothing
    entry = match.entry
    last = _status_end(match)
    return Claim(
        id="", kind="status", predicate=entry.predicate,
        evidence=ctx.span(doc[match.start].idx, last.idx + len(last)),
        claimant=voice.claimant, arguments=(), polarity=_flip(entry.polarity, polarity == "negated"),
        modality=modality, statement=voice.statement.id, about=None,
    )


def _claim(match: Match, ctx: Context) -> Claim | None:
    frame = _frame(match, ctx)
    if frame is not None:
        frame = _resolved(frame, match, ctx)
    if frame is not None and _pronoun_judged(frame, match, ctx):
        # "It is entirely lawful", "This is a violation of the treaty", "This is an unlawful seizure"
        return _said_status(match, ctx, judged=bool(frame.via))
    if frame is None or not _usable(frame, match, ctx):
        return None
    voice = _voice(frame, match, ctx)
    if voice is not None and voice.claimant is None and frame.verb.pos_ == "NOUN":
        return None  # a verb read as a noun: the parse that lost it may have lost the verb of saying over it too
    if voice is None or (voice.claimant is None and (_named_before_colon(match, ctx) or _quoted_words(match, ctx))):
        return None
    polarity, modality = ctx.factuality(frame.verb)
    if modality != "actual" and _cannot_be_called(frame.verb, ctx):
        polarity, modality = "negated", "actual"  # "could not be called free": a verdict, not a possibility
    elif modality != "actual" and _can_only_be(frame.verb, match, ctx):
        polarity, modality = "asserted", "actual"  # "can only be advisory": the most it is, a verdict
    entry = match.entry
    about = ctx.phrase(frame.about)
    doc = ctx.doc
    thing: Token | None = frame.about
    if frame.act:
        thing = _thing_done(frame.about, ctx)
        about = ctx.phrase(thing) if thing is not None else ctx.token_span(frame.about, frame.about)
    elif about.start < doc[match.start].idx < about.end:  # "declared the elections free and fair": the thing only
        about = ctx.span(about.start, frame.about.idx + len(frame.about))
    at = ctx.phrase(frame.anchor) if frame.anchor is not None else about  # the words said here
    if entry.kind == "status" and thing is not None:
        act = _decided(thing, ctx)  # "the vote was lawful": the act voted, where the text ties one to it
        about = _act_span(act, ctx) if act is not None else about
    pred_start, pred_end = doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1])
    if entry.kind == "status":
        last = _status_end(match)
        pred_end = max(pred_end, last.idx + len(last))
    arguments: tuple[tuple[str, str], ...] = ()
    if entry.kind == "status":
        obj = _undergoer(frame.about, ctx) if frame.act else ctx.entity(frame.about)
        arguments = (("object", obj),) if obj else ()
    start, end = min(at.start, pred_start), max(at.end, pred_end)
    if entry.kind == "status":  # the clause that gives the status, with what qualifies it ("lawfully made after ...")
        clause = ctx.clause_span(frame.verb, frame.verb)
        if clause.start <= start < clause.end:
            end = max(end, clause.end)
    return Claim(
        id="", kind=entry.kind, predicate=entry.predicate,  # type: ignore[arg-type]
        evidence=ctx.span(start, end), claimant=voice.claimant, arguments=arguments,
        polarity=_flip(entry.polarity, (polarity == "negated") != frame.negated), modality=modality,
        statement=voice.statement.id if voice.statement else None, about=about,
    )

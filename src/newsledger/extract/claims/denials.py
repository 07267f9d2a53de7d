"""Existence disagreements found by what a denial and a telling share, however differently they are worded.

One side *tells* an act: an asserted, actual, past clause with an action verb, in a statement with a
speaker or in the outlet's voice ("police searched the offices", "a plane flew into its airspace").
Another *denies* one: an actual, past clause whose verb is negated ("she never visited the site"), whose subject
or object is a negative quantifier ("not one soldier had entered the town", "no officer was sent",
"none of its jets were in the air", "we fired no shots") or that holds "at no point". The two are
one disagreement when their claimants are not one side and they share what they are about:

* the act: the verb's lemma, or its word class in the claims vocabulary (``existence_classes``,
  ``act_families``: cross/enter/set foot, touch/grab/push); being somewhere ("none of its jets were in the
  air") denies entering it (``presence_acts``); leaving a side's ground (``left_territories``: "did not leave
  Estonian airspace") is crossing, met only by a telling of a move into a place ("flew into Finnish airspace", not
  "flew along the frontier");
* at least one entity of their arguments, by country where the entity has one ("Ethiopian troops", "Ethiopian
  soldier"); a first-person pronoun, or a third-person one in reported speech ("the ministry says none of
  its jets"), is the speaker;
* and no other doer: "a bodyguard shoved her" is no answer to "he never pushed her".

Of each other side's tellings the one that shares most (entities, and argument nouns by lemma or class:
soldier/troop/officer, jet/drone/helicopter) is taken. The pair becomes two event claims (predicate that of the
typed event claim covering the telling, else ``OCCURRENCE``; asserted and negated) with the shared entities
as their arguments (the telling's ids in the telling's roles) and the telling's verb as ``about`` of both, so
that the comparison engine pairs them, by those arguments, and not with the claims of another pair.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...models import Claim, Span
from ..walk import kids_of
from .context import Context, Voice
from .posts import voice_at
from .reports import OCCURRENCE

__all__ = [
    "ActClause",
    "act_classes",
    "act_of",
    "at_place",
    "existence_disagreements",
    "is_presence",
    "one_side",
    "ongoing_acts",
    "spoken_acts",
    "verb_class",
]

_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "attr", "oprd")
_ORIGIN = "from"  # "crossed from the forest", "fired from across the river": where the act started, no target
_PAST = ("VBD", "VBN")
_ONE = "one"  # "no one": the pronoun under a negative determiner
_NO = "no"  # a sentence's first "No" the parse took for an interjection of the verb
_HUNG_NO = frozenset({"intj", "advmod", "dep"})
_CROSS = "cross"  # the class of crossing into a place (``existence_classes``)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
_TIMES = frozenset({"DATE", "TIME"})
_CLAUSE_CUT = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "relcl", "parataxis", "mark", "csubj"})


@dataclass(frozen=True, slots=True)
class _Words:
    """The claims vocabulary's words for existence matching (built once per lexicon)."""

    classes: dict[str, str]  # a word, or "verb_object" / "verb_particle", -> its class's first word
    acts: dict[str, frozenset[str]]  # a word of an act -> every class it is in ("bomb": firing and flying over)
    vague: frozenset[str]
    non_acts: frozenset[str]
    no_time: frozenset[str]
    presence: str  # the act that being somewhere denies: entering it
    presence_preps: frozenset[str]  # "were in / near / over the area"
    undergone: frozenset[str]  # acts whose subject undergoes them ("came under fire"): their "from" is the doer
    totals: frozenset[str]  # negative pronouns that deny every act of a class ("nothing", "nobody")
    witness: frozenset[str]  # verbs of perceiving ("saw", "observed"): an act where a thing is their object
    reports: frozenset[str]  # nouns of what is said or written ("saw the report"): no thing perceived
    particles: frozenset[str]  # adverbs of place read as a verb's particle ("climbed aboard")
    wider: dict[str, frozenset[str]]  # an act -> the acts its denial denies too ("touch" -> destroy)
    departures: frozenset[str] = frozenset()  # verbs of leaving a place ("left", "moved from")
    own_ground: frozenset[str] = frozenset()  # places whose leaving is a crossing ("did not leave our airspace")
    entry_preps: frozenset[str] = frozenset()  # "crossed into the district"
    entry_places: frozenset[str] = frozenset()  # "entered Vestian airspace"


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    """The existence word classes and lists of ``lexicon`` (built once per lexicon)."""
    lists = lexicon.claims.lists
    classes: dict[str, str] = {}
    acts: dict[str, set[str]] = {}
    for line in sorted(lists["existence_classes"] | lists["act_families"] | lists["absence_classes"]):
        parts = line.split()
        for w in parts:
            classes.setdefault(w, parts[0])
            acts.setdefault(w, set()).add(parts[0])
    for line in sorted(lists["thing_classes"]):  # nouns only: the things a telling and a denial name
        parts = line.split()
        for w in parts:
            classes.setdefault(w, parts[0])
    cues = lexicon.cues
    non_acts = (lists["non_act_verbs"] | lists["link_verbs"] | cues.speech_verbs | cues.belief_verbs
                | cues.characterising_verbs | cues.xcomp_verbs | cues.object_verbs)
    wider = {line.split()[0]: frozenset(line.split()[1:]) for line in lists["wider_denials"]}
    return _Words(classes, {k: frozenset(v) for k, v in acts.items()}, lists["vague_nouns"], non_acts,
                  lists["no_time_nouns"], min(lists["presence_acts"]), lists["presence_preps"], lists["undergone_acts"],
                  lexicon.english.negative_determiners - {"no", "neither"}, lists["witness_verbs"],
                  lists.report_nouns | lexicon.agreements.report_nouns, lists["place_particles"], wider,
                  lists["alibi_departure_verbs"], lists["left_territories"], lists["entry_preps"],
                  lists["entry_places"])


@dataclass(frozen=True, slots=True)
class ActClause:
    """A telling or a denial: its verb, voice, what it is about, and its evidence."""

    verb: Token
    voice: Voice
    entities: dict[str, tuple[str, str]]  # key (country, else entity id) -> (role, entity id)
    acts: frozenset[str]  # the verb's lemma or class ("cross" for "set foot"); being somewhere is entering it
    words: frozenset[str]  # the argument nouns' lemmas or classes
    evidence: Span
    act: Span  # the verb and its particle: what a pair's claims are ``about``
    agent: str | None  # the key of the doer (subject or "by" agent), "" where the clause names none
    dates: frozenset[str] = frozenset()  # the words of the clause's dates ("friday")
    total: bool = False  # a denial by a negative pronoun: "nothing left the dam", "nobody crossed"
    unnamed_place: bool = False  # the place is an adverb alone, the one told before: "climbed aboard"
    leaves: bool = False  # a crossing told by leaving a side's ground: "did not leave its airspace"
    enters: bool = False  # a move into a place: "flew into its airspace", "crossed the border"


def _phrasal(verb: Token, particles: frozenset[str] = frozenset()) -> list[str]:
    """The verb's lemma with its particle and with its object's lemma ("drive_off", "set_foot"), with an adverb of
    place of ``particles`` ("climb_aboard": the parse makes it no particle), with a preposition ("run_into") and with
    a preposition and its object ("come_under_fire")."""
    lemma = verb.lemma_.lower()
    out = [f"{lemma}_{c.lemma_.lower()}" for c in kids_of(verb)
           if c.dep_ in ("prt", "dobj") or (c.dep_ == "advmod" and c.lower_ in particles)]
    for c in kids_of(verb):
        if c.dep_ == "prep":
            out.append(f"{lemma}_{c.lower_}")
            out += [f"{lemma}_{c.lower_}_{p.lemma_.lower()}" for p in kids_of(c) if p.dep_ == "pobj"]
    return out


def _past(verb: Token) -> bool:
    """The clause tells something done: a past verb, or a past or perfect auxiliary ("did not cross", "has
    crossed"); a present or future one tells a habit or a plan ("does not cross", "will not cross")."""
    return verb.tag_ in _PAST or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                     for c in kids_of(verb))


def _is_act(verb: Token, w: _Words) -> bool:
    """An action verb: one of a class, or any verb but those of linking, speech, belief and the like; or a verb of
    perceiving with a thing as its object ("our patrols saw fresh trenches", "observed new fencing"): a witness
    tells that the thing was there (not "saw the report", "saw that ...")."""
    lemma = verb.lemma_.lower()
    if any(p in w.acts for p in _phrasal(verb, w.particles)):
        return True
    if verb.pos_ == "VERB" and lemma in w.witness:
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in w.reports
                   for c in kids_of(verb))
    return verb.pos_ == "VERB" and lemma not in w.non_acts


def _negative_noun(tok: Token, ctx: Context) -> Token | None:
    """The thing a negative quantifier denies: "no officer" -> officer, "not one soldier" -> soldier, "none of its
    jets" -> jets; None where ``tok`` is no such phrase."""
    neg = ctx.words.negative_determiners
    if tok.lower_ in neg:  # "none of its jets", "nobody"
        return next((p for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                     for p in kids_of(c) if p.dep_ == "pobj"), tok)
    for c in kids_of(tok):
        if c.dep_ == "det" and c.lower_ in neg:
            return tok
        if c.dep_ == "nummod" and c.lower_ == "one" and any(n.dep_ == "neg" for n in kids_of(c)):
            return tok
    # "No ferry carrying cattle has crossed": a first "No" the parse hung on the verb, right before its subject
    first = tok.left_edge.i - 1
    if tok.dep_ in _SUBJECTS and first >= 0 and (no := tok.doc[first]).lower_ == _NO and no.head.i == tok.head.i \
            and no.dep_ in _HUNG_NO:
        return tok
    return None


def _denied(verb: Token, ctx: Context, w: _Words) -> Token:
    """The token that would make ``verb``'s clause a denial: its negative subject or object, "at no point", else
    its negator, else the verb itself (whose clause is then a denial only if it is negated)."""
    for c in kids_of(verb):
        if c.dep_ in (*_SUBJECTS, "dobj") and _negative_noun(c, ctx) is not None:
            return c
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in w.no_time
                                    and any(d.dep_ == "det" and d.lower_ in ctx.words.negative_determiners
                                            for d in kids_of(p))
                                    for p in kids_of(c)):
            return c
    return next((c for c in kids_of(verb) if c.dep_ == "neg"), verb)


def _presence(verb: Token, w: _Words) -> bool:
    """ "were in the air", "was at the scene": a form of "be" with a place, the act of being there."""
    return verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ in w.presence_preps for c in kids_of(verb))


def _arguments(verb: Token, undergone: bool = False) -> Iterable[tuple[str, Token]]:
    """(role, head) of the clause's subject, objects and prepositional objects; of an act the subject undergoes
    ("a patrol came under fire from the bank"), the subject is the target and "from" names the doer; of another act,
    "from" names where it started ("crossed from the forest", "rounds fired from the far bank"): an ``origin``, not
    what the act was done to. A verb conjoined to another with no subject of its own has that one's ("a digger drove
    in and knocked down nine shops")."""
    for c in _borrowed_subjects(verb):
        yield "agent" if c.dep_ != "nsubjpass" and not undergone else "target", c
    for c in kids_of(verb):
        if c.dep_ in _SUBJECTS:
            yield "agent" if c.dep_ == "nsubj" and not undergone else "target", c
        elif c.dep_ in _OBJECTS:
            yield "target", c
        elif c.dep_ == "agent" or c.dep_ == "prep":
            role = "agent" if c.dep_ == "agent" or c.lower_ == "by" or (undergone and c.lower_ == _ORIGIN) else \
                "origin" if c.lower_ == _ORIGIN else "target"
            for p in kids_of(c):
                if p.dep_ == "pobj":
                    yield role, p
                    for pp in kids_of(p):  # "anywhere near the border": one level down
                        if pp.dep_ == "prep":
                            yield "origin" if role == "origin" else "target", next(
                                (x for x in kids_of(pp) if x.dep_ == "pobj"), p)
        elif c.dep_ == "advmod":
            for pp in kids_of(c):
                if pp.dep_ == "prep":
                    yield "target", next((x for x in kids_of(pp) if x.dep_ == "pobj"), c)


def _borrowed_subjects(verb: Token) -> list[Token]:
    """The subject a verb without one of its own takes from the verb it is conjoined to ("a digger drove in and
    knocked down nine shops"), or, for a finite verb the parse hung on a cue's object, that object ("told me a
    bulldozer rolled in"); none where the verb has a subject."""
    seen = 0
    while not any(c.dep_ in _SUBJECTS for c in kids_of(verb)) and seen < 4:
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "dobj":
            return [verb.head]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return []
        verb, seen = verb.head, seen + 1
        if own := [c for c in kids_of(verb) if c.dep_ in _SUBJECTS]:
            return own
    return []


def _speaker_pronoun(tok: Token, voice: Voice, ctx: Context) -> str | None:
    """The speaker, where ``tok`` is a first-person pronoun, or a third-person one in reported speech."""
    if voice.statement is None or voice.claimant is None:
        return None
    english = ctx.lexicon.english
    third = english["third_person_neuter"] | english["third_person_plural"] | english["third_person_male"] | \
        english["third_person_female"]
    if tok.lower_ in ctx.words.first_person or (voice.statement.kind == "indirect" and tok.lower_ in third):
        return voice.claimant
    return None


def _key(eid: str, ctx: Context) -> str:
    """What an entity counts as when two clauses are matched: its country, else itself."""
    ent = ctx.entities.get(eid)
    return ent.country if ent is not None and ent.country else eid


def _clause(verb: Token, voice: Voice, ctx: Context, w: _Words, first: Token) -> ActClause:
    """The clause of ``verb`` as matched against others: its entities, act, argument words and evidence."""
    entities: dict[str, tuple[str, str]] = {}
    words: set[str] = set()
    acts = {a for p in _phrasal(verb, w.particles) for a in w.acts.get(p, ())}
    lemma = verb.lemma_.lower()
    if lemma in w.acts:
        acts |= w.acts[lemma]
    elif _presence(verb, w):
        acts |= w.acts.get(w.presence, {w.presence})
    elif verb.pos_ == "VERB" and (lemma not in w.non_acts or _is_act(verb, w)):
        acts.add(lemma)
    leaves = _leaves_ground(verb, w) and not acts & w.acts.get(_CROSS, {_CROSS})
    if leaves:
        acts |= w.acts.get(_CROSS, {_CROSS})
    agent: str | None = ""
    undergone = any(p in w.undergone for p in _phrasal(verb, w.particles))
    for role, arg in _arguments(verb, undergone):
        arg = _negative_noun(arg, ctx) or arg
        if role == "agent" and agent == "":
            agent = None
        for tok in (arg, *_named_in(arg)):
            eid = ctx.entity(tok) if tok.pos_ != "PRON" else _speaker_pronoun(tok, voice, ctx)
            if eid is not None:
                entities.setdefault(_key(eid, ctx), (role, eid))
                if role == "agent" and agent is None:
                    agent = _key(eid, ctx)
        words |= _nouns(arg, w)
    last = max([verb, *(c for c in kids_of(verb) if c.dep_ == "prt")], key=lambda t: t.i)
    total = first.lower_ in w.totals and first.dep_ in _SUBJECTS
    unnamed = any(c.dep_ == "advmod" and c.lower_ in w.particles for c in kids_of(verb)) and not any(
        c.dep_ in ("dobj", "pobj") for c in kids_of(verb))
    return ActClause(verb, voice, entities, frozenset(acts), frozenset(words), ctx.clause_span(verb, first),
                   ctx.token_span(verb, last), agent, _dates(verb, w), total, unnamed, leaves, _enters(verb, w))


def _leaves_ground(verb: Token, w: _Words) -> bool:
    """Leaving a side's ground (``left_territories``: "did not leave Ruthenian airspace", "never moved out of its
    waters") is crossing out of it: the act of crossing into the other's, told by its other end."""
    if verb.lemma_.lower() not in w.departures:
        return False
    places = [c for c in kids_of(verb) if c.dep_ == "dobj"] + [
        p for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in kids_of(c)
        if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in w.own_ground for p in places)


def _enters(verb: Token, w: _Words) -> bool:
    """The clause tells a move into a place: a preposition of entry ("flew into", "crossed over") or a place of
    entry as the object ("crossed the border", "entered Vestian airspace"); not a flight along a frontier."""
    return any((c.dep_ == "prep" and c.lower_ in w.entry_preps) or (c.dep_ == "dobj" and c.lemma_.lower() in
                                                                    w.entry_places) for c in kids_of(verb))


def _named_in(arg: Token) -> list[Token]:
    """The tokens of an argument that may name its entity besides its head: modifiers and possessors, an
    apposition ("the deputy minister, Anna Roth"), and the noun it comes from or belongs to ("a truck from the
    company's convoy", "the gates of the compound")."""
    out = [c for c in kids_of(arg) if c.dep_ in ("poss", "amod", "compound", "appos")]
    out += [p for c in kids_of(arg) if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for p in kids_of(c) if p.dep_ == "pobj"]
    return out


def _nouns(arg: Token, w: _Words) -> set[str]:
    """The lemmas (or classes) of an argument's noun and of the nouns it comes from or belongs to ("sludge from
    the *dam*", "the gates of the *compound*")."""
    found = set()
    for tok in (arg, *(p for c in kids_of(arg) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                       for p in kids_of(c) if p.dep_ == "pobj")):
        noun = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and not tok.ent_type_ and noun not in w.vague:
            found.add(w.classes.get(noun, noun))
    return found


def _dates(verb: Token, w: _Words) -> frozenset[str]:
    """The words of the dates the clause names ("on Friday": "friday"), without vague ones ("that night")."""
    return frozenset(t.lower_ for c in kids_of(verb) if c.dep_ not in _CLAUSE_CUT for t in c.subtree
                     if t.ent_type_ == "DATE" and t.is_alpha and not t.is_stop and t.lower_ not in w.vague)


def one_side(a: str | None, b: str | None, ctx: Context) -> bool:
    """The claimants speak for one camp: one actor, a person and their organisation, or two state bodies of
    one country (the comparison would read their disagreement as a revision, not a conflict)."""
    if a == b:
        return True
    ea, eb = ctx.entities.get(a or ""), ctx.entities.get(b or "")
    if ea is None or eb is None:
        return False
    if ea.affiliation == eb.id or eb.affiliation == ea.id or (ea.affiliation and ea.affiliation == eb.affiliation):
        return True
    state = all(e.sector in _STATE_SECTORS or (e.sector is None and e.type == "GPE") for e in (ea, eb))
    return state and ea.country is not None and ea.country == eb.country


def _bare_total(clause: ActClause, marker: Token, ctx: Context) -> bool:
    """ "no one was hurt", "nobody was arrested": a clause whose subject is a negative pronoun alone (no "of"
    phrase) denies the act outright, with nothing a telling could share; it stands as a claim of its own."""
    if marker.dep_ not in _SUBJECTS or not clause.acts or any(c.dep_ != "det" for c in kids_of(marker)):
        return False
    negative = ctx.words.negative_determiners
    return marker.lower_ in negative or (
        marker.lower_ == _ONE and any(c.dep_ == "det" and c.lower_ in negative for c in kids_of(marker)))


def _denials(ctx: Context, w: _Words, bare: bool = False) -> list[ActClause]:
    """The denial clauses of the document with an act and an entity a telling could share (found from its
    negators and negative quantifiers); with ``bare``, also those whose negative pronoun subject denies the act
    outright with nothing else to share (:func:`_bare_total`: "no one was hurt")."""
    found: dict[int, ActClause] = {}
    seen: set[int] = set()
    for tok in ctx.tokens(lowers=ctx.words.negators | ctx.words.negative_determiners):
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in seen:
            continue
        seen.add(verb.i)
        if verb.pos_ not in ("VERB", "AUX") or not (_is_act(verb, w) or _presence(verb, w)) or not _past(verb):
            continue
        marker = _denied(verb, ctx, w)
        voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
        if voice is None:
            continue
        clause = _clause(verb, voice, ctx, w, marker)
        if wider := frozenset().union(*(w.wider.get(a, frozenset()) for a in clause.acts)):
            clause = dataclasses.replace(clause, acts=clause.acts | wider)  # "no structure was touched": razed
        if not clause.acts or (not (clause.entities or clause.words)
                               and not (bare and _bare_total(clause, marker, ctx))):
            continue  # nothing a telling could share with it
        polarity, modality = ctx.factuality(verb)
        by_negator = marker.i == verb.i or marker.dep_ == "neg"  # no negative quantifier: the clause must be negated
        if modality == "actual" and (polarity == "negated" or not by_negator):
            found[verb.i] = clause
    return list(found.values())


def _telling(verb: Token, ctx: Context, w: _Words) -> ActClause | None:
    """The telling whose verb is ``verb``: asserted, actual, past, with no negative subject or object."""
    if not _past(verb) or not _is_act(verb, w) or ctx.factuality(verb) != ("asserted", "actual"):
        return None
    if any(c.dep_ in (*_SUBJECTS, "dobj") and _negative_noun(c, ctx) is not None for c in kids_of(verb)):
        return None
    voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
    if voice is None:
        return None
    return _clause(verb, voice, ctx, w, verb)


def _other_doer(telling: ActClause, denial: ActClause) -> bool:
    """The telling names another doer than the one the denial clears: "a bodyguard shoved her" is no answer to
    "he never pushed her" (a denial by nobody named, "no one fired", answers any telling)."""
    if telling.agent == "" or denial.agent in ("", None):
        return False
    return telling.agent != denial.agent


def _other_target(telling: ActClause, denial: ActClause) -> bool:
    """Both name whom or what the act was done to, and they share none of them: "he never met B" is no answer to
    "he dined with A"."""
    told = {k for k, (role, _) in telling.entities.items() if role == "target"}
    denied = {k for k, (role, _) in denial.entities.items() if role == "target"}
    return bool(told and denied and not told & denied)


def _same_thing(telling: ActClause, denial: ActClause) -> bool:
    """Without an entity in common, the two are about one thing by their words: two argument nouns (or classes)
    in common, or one and a date ("no aircraft ... on Friday", "two jets ... on Friday"), or one where the
    denial denies every act of the class ("nothing left the dam", "sludge from the dam ran into the canals"); or
    none, where such a denial names the place and the telling leaves it to an adverb ("nobody set foot on the
    Sea Lark", "armed men climbed aboard"); and the telling is a named source's (the outlet's, matched by words
    alone, is too often a source's words that the statements extractor did not attribute)."""
    if telling.voice.claimant is None:
        return False  # the outlet's telling, matched by words alone: too often a source's words misattributed
    shared = len(telling.words & denial.words)
    if denial.total and telling.unnamed_place and denial.entities:
        return True  # "nobody set foot on the Sea Lark" / "armed men climbed aboard": aboard the vessel named
    return shared >= 2 or (shared == 1 and (bool(telling.dates & denial.dates) or denial.total))


def _best_tellings(denial: ActClause, tellings: Iterable[ActClause | None],
                   ctx: Context) -> list[tuple[ActClause, frozenset[str]]]:
    """Of each other side's tellings of the act ``denial`` denies (the same verb or verb class), the one that
    shares most entities and argument words with it (at least one entity; the first in text order among
    equals), with the entity keys shared."""
    best: dict[str | None, tuple[int, ActClause, frozenset[str]]] = {}
    for telling in tellings:
        if telling is None or telling.verb.i == denial.verb.i:
            continue
        teller = _voice_of(telling.voice.claimant, ctx)
        if one_side(telling.voice.claimant, denial.voice.claimant, ctx):
            continue
        ents = frozenset(telling.entities) & frozenset(denial.entities)
        if telling.dates and denial.dates and not telling.dates & denial.dates:
            continue  # "on Friday" and "on Saturday": two times, two acts
        if not telling.acts & denial.acts or _other_doer(telling, denial) or not (ents or _same_thing(telling, denial)):
            continue
        if _other_target(telling, denial) or (denial.leaves and not telling.enters):
            continue  # another target; or a side's ground not left, against no move into the other's
        shared = len(ents) + len(telling.words & denial.words)
        if (teller not in best or shared > best[teller][0]):
            best[teller] = (shared, telling, ents)
    return [(telling, ents) for _, telling, ents in best.values()]


def _voice_of(claimant: str | None, ctx: Context) -> str | None:
    """Whose voice a teller is, for taking one telling each: an unnamed group of no country or organisation
    ("families say", "residents told me") is one voice with the other such groups of its sector, else itself."""
    ent = ctx.entities.get(claimant or "")
    if ent is not None and ent.type == "GROUP" and ent.country is None and ent.affiliation is None:
        return f"group:{ent.sector}"
    return claimant


def _told(telling: ActClause, claims: list[Claim]) -> Claim | None:
    """The typed, asserted event claim of the teller whose evidence holds the telling's verb."""
    at = telling.verb.idx
    return next((c for c in claims if c.kind == "event" and c.claimant == telling.voice.claimant
                 and c.polarity == "asserted" and c.modality == "actual" and c.predicate != OCCURRENCE
                 and c.evidence.start <= at < c.evidence.end), None)


def _claim(clause: ActClause, predicate: str, args: tuple[tuple[str, str], ...], polarity: str,
           about: Span) -> Claim:
    """The event claim of a telling (asserted) or a denial (negated) in a pair."""
    stmt = clause.voice.statement
    return Claim(id="", kind="event", predicate=predicate, evidence=clause.evidence,
                 claimant=clause.voice.claimant, arguments=args,
                 polarity="negated" if polarity == "negated" else "asserted", about=about,
                 statement=stmt.id if stmt is not None else None)


def existence_disagreements(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """For each denial, the claims of it and of the telling of another side that shares most with it (see the
    module's doc); the event ``claims`` found so far type the telling. In no particular order."""
    w = _words(ctx.lexicon)
    denials = _denials(ctx, w)
    if not denials:
        return []
    wanted = frozenset().union(*(d.acts for d in denials))
    # The verbs that may tell a denied act: the acts themselves and the words (first words of the "verb_object"
    # entries) of their classes.
    verbs = wanted | {word.split("_")[0] for word, cls in w.acts.items() if cls & wanted}
    tellings: dict[int, ActClause | None] = {}
    out: list[Claim] = []
    told_out: set[tuple[int, str]] = set()
    for verb in ctx.tokens(pos=("VERB",)):
        lemma = verb.lemma_.lower()
        if lemma not in verbs:
            continue
        if w.acts.get(lemma, {lemma}) & wanted or any(w.acts.get(p, frozenset()) & wanted
                                                      for p in _phrasal(verb, w.particles)):
            tellings[verb.i] = _telling(verb, ctx, w)
    for denial in denials:
        for telling, ents in _best_tellings(denial, tellings.values(), ctx):
            args = tuple(sorted({telling.entities[k] for k in ents}))
            roles: dict[str, str] = {}
            for role, eid in args:
                roles.setdefault(role, eid)
            told = _told(telling, claims)
            predicate = told.predicate if told is not None else OCCURRENCE
            out.append(_claim(denial, predicate, tuple(roles.items()), "negated", telling.act))
            covered = told is not None and set(roles.items()) <= set(told.arguments)
            if not covered and (telling.verb.i, predicate) not in told_out:
                told_out.add((telling.verb.i, predicate))
                out.append(_claim(telling, predicate, tuple(roles.items()), "asserted", telling.act))
    return out


def spoken_acts(ctx: Context, told: Callable[[Token], bool]) -> tuple[list[ActClause], list[ActClause]]:
    """(the denials, the tellings) of the document as :func:`existence_disagreements` reads them, for the claims
    of an act told or denied by one side only (:mod:`.acts`); the tellings only of the verbs ``told`` keeps. The
    denials add those of the verbs ``told`` keeps whose clause a cue of denial negates, with no negator or negative
    quantifier of its own ("denied that any new wall had been built")."""
    w = _words(ctx.lexicon)
    tellings: list[ActClause] = []
    denials = _denials(ctx, w, bare=True)
    denied = {d.verb.i for d in denials}
    for verb in ctx.tokens(pos=("VERB", "AUX")):
        if verb.i in denied or not told(verb):
            continue
        t = _telling(verb, ctx, w) if verb.pos_ == "VERB" else _presence_telling(verb, ctx, w)
        if t is not None:
            tellings.append(t)
        elif (d := _cue_denial(verb, ctx, w)) is not None:
            denials.append(d)
    return denials, tellings


def ongoing_acts(ctx: Context, told: Callable[[Token], bool]) -> list[ActClause]:
    """The clauses of the verbs ``told`` keeps that tell an act under way or to come, asserted or negated: an
    action verb (:func:`_is_act`) in the progressive ("are rerouting the freight", "is setting up a night rota") or
    under a modal of the future ("will stay shut", "would try a new radio link", "will not cut our price");
    not a past one (:func:`spoken_acts` reads those), nor one with a negative subject or object."""
    w = _words(ctx.lexicon)
    future = ctx.lexicon.claims.lists["future_act_auxiliaries"]
    out: list[ActClause] = []
    for verb in ctx.tokens(pos=("VERB",)):
        if _past(verb) or not told(verb) or not _is_act(verb, w):
            continue
        auxes = [c for c in kids_of(verb) if c.dep_ in ("aux", "auxpass")]
        progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)
        if not progressive and not any(c.lower_ in future for c in auxes):
            continue
        if any(c.dep_ in (*_SUBJECTS, "dobj") and _negative_noun(c, ctx) is not None for c in kids_of(verb)):
            continue
        voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
        if voice is not None:
            out.append(_clause(verb, voice, ctx, w, verb))
    return out


def is_presence(verb: Token, ctx: Context) -> bool:
    """ "were in the air", "was alongside the ferry": a form of "be" with a place (:func:`_presence`)."""
    return _presence(verb, _words(ctx.lexicon))


def at_place(head: Token, ctx: Context) -> bool:
    """``head`` (a form of "be", or a thing had or not) has a phrase of place whose object is a place the words mark
    as one (a name, or a noun with a determiner, a possessor or a modifier: "alongside the ferry", "inside Chilean
    waters"), not a time, not a vague word and not a figure of speech (``figurative_places``: "on the table", "in the
    dark"); a bare noun is mostly a state ("in talks", "at war", "on strike")."""
    lists = ctx.lexicon.claims.lists
    skip = lists["figurative_places"] | lists["vague_nouns"] | lists["indefinite_things"] | lists["no_time_nouns"]
    preps = lists["presence_preps"]
    for c in kids_of(head):
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for p in kids_of(c):
            if p.dep_ == "pobj" and p.lemma_.lower() in lists["vague_nouns"]:  # "in one part of a harbour": the harbour
                p = next((g for o in kids_of(p) if o.dep_ == "prep" and o.lower_ == "of"
                          for g in kids_of(o) if g.dep_ == "pobj"), p)
            if p.dep_ != "pobj" or p.ent_type_ in _TIMES or p.lemma_.lower() in skip:
                continue
            if p.pos_ == "PROPN" or p.ent_type_ or any(
                    d.dep_ in ("det", "poss", "amod", "compound") for d in kids_of(p)):
                return True
    return False


def _presence_telling(verb: Token, ctx: Context, w: _Words) -> ActClause | None:
    """The telling of being somewhere whose verb is ``verb`` ("the tug was alongside the ferry"): asserted,
    actual, past, with no negative subject."""
    if not _presence(verb, w) or not _past(verb) or ctx.factuality(verb) != ("asserted", "actual"):
        return None
    if any(c.dep_ in _SUBJECTS and _negative_noun(c, ctx) is not None for c in kids_of(verb)):
        return None
    voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
    return _clause(verb, voice, ctx, w, verb) if voice is not None else None


def _cue_denial(verb: Token, ctx: Context, w: _Words) -> ActClause | None:
    """The denial whose verb is ``verb``, a past act negated by the cue that reports it alone: no negator, no
    negative subject or object in its clause."""
    if verb.pos_ != "VERB" or not _is_act(verb, w) or not _past(verb) or ctx.factuality(verb) != ("negated", "actual"):
        return None
    if _denied(verb, ctx, w).i != verb.i:
        return None
    voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
    return _clause(verb, voice, ctx, w, verb) if voice is not None else None


@functools.lru_cache(maxsize=8)
def act_classes(lexicon: Lexicon) -> dict[str, str]:
    """The act class of each word of an act class (``existence_classes``, ``act_families``, ``absence_classes``):
    "pursuit" -> chase, "inspection" -> inspect; nouns of things have none."""
    w = _words(lexicon)
    return {word: w.classes[word] for word in w.acts}


def verb_class(verb: Token, lexicon: Lexicon) -> str | None:
    """The act class of ``verb`` (with its object or particle first: "cut_down"), None where it is in none."""
    w = _words(lexicon)
    for p in _phrasal(verb, w.particles):
        if p in w.acts:
            return w.classes[p]
    lemma = verb.lemma_.lower()
    return w.classes[lemma] if lemma in w.acts else None


def act_of(clause: ActClause, ctx: Context) -> str:
    """The act a clause tells or denies: the class of its verb (or verb and object or particle, "set_foot"),
    else the verb's lemma."""
    w = _words(ctx.lexicon)
    verb = clause.verb
    for p in _phrasal(verb, w.particles):
        if p in w.classes:
            return w.classes[p]
    lemma = verb.lemma_.lower()
    if _presence(verb, w):
        return w.presence
    return w.classes.get(lemma, lemma)

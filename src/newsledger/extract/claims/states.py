"""States of a thing: what a copular or resultative clause says its subject is in, as status claims.

Two sides often disagree about a state without a word of denial: "the crossing is open again" against "the
crossing is closed in both directions", "we are a registered party" against "the party is suspended", "the
resolution has no legal effect" against a decree said to be in force. The claims vocabulary's ``states`` give
each state predicate the words that assert it and the opposites that deny it ("closed" is ``open`` denied), so
the comparison sets two sides' claims about one subject against each other as a ``status`` conflict. A claim made
with an opposite's word names that opposite where the vocabulary names it, as the claimant words it ("the crossing is
closed": ``closed`` asserted; "is not closed": ``closed`` denied); the comparison reads it as its predicate denied.

The frames, each of one clause and its subject:

* a state after a verb of being ("is open", "remains closed", "stays shut", "is in custody", "is, and remains,
  chief executive"), or as the adjective of such a verb's noun ("we are a registered party");
* a passive participle of a state ("is suspended", "has been lifted"), a present participle without an object
  ("the fire is still raging", "the truce is holding"), a state noun after "has" ("has no legal effect");
* an office: a person who "is" or "remains" one of ``office_roles`` holds it (predicate ``office``), one removed
  "as" one or "from" a post, or who resigned or was ousted, does not;
* a paper of standing held or lost (``held_states`` as the object of ``holding_verbs`` / ``losing_verbs``): "the
  university holds full accreditation", "the channel lost its licence", "has no permit" (predicate ``registered``);
* an agreement said to have ended (``ended_things`` as the subject of ``ending_verbs``, no object): "the truce died
  on Saturday", "the deal has broken down" is no longer in force (predicate ``valid``, denied).

Only a present state is read ("is", "remains", "has been"), or a past one in reported speech, whose tense
follows the verb of saying ("said the party was suspended"); a past state the outlet tells is history ("the
crossing was closed for three weeks"), and a future one a forecast. The subject must name the thing by words
the comparison can match (a noun phrase of a word of four letters or more, or an entity); a first-person
subject is the speaker, and "which" in a relative clause is the noun it hangs on. A state in the outlet's voice
in a sentence with a verb of saying is someone's words no statement holds: no claim. A word the status, cause or
characterisation vocabularies read is theirs ("free and fair"). Subjects of one noun told apart by other words
("the northern crossing", "the southern crossing") are two things: their states claim nothing.

A state holds at a moment: one told on a live blog's entry takes the entry's clock time as its time ("05:50 A fire is
burning ..."; "08:15 The fire is under control, the department says"), so the comparison sees two moments of an
incident as they unfold, not two sides at odds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...lexicon.claims import PhraseEntry
from ...models import Claim, Polarity, Span, TimeExpr
from ..walk import kids_of
from .context import Context, Voice
from .posts import voice_at

__all__ = ["state_claims"]

OFFICE = "office"
_LINK_DEPS = ("acomp", "attr", "oprd", "xcomp")
_PRESENT = frozenset({"VBZ", "VBP"})
_RELATIVES = frozenset({"which", "that", "who"})
_WORD = re.compile(r"[a-z]{4,}")
_MAX_EVIDENCE = 25  # tokens from the subject to the state at most
_EXTENT = 10  # tokens after the state its complements may reach ("unsafe for anything heavier than a car")
_BREAKS = frozenset({":", ";", "-", "--", "\u2013", "\u2014", '"'})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_LABEL = re.compile(r"[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?: \([^)\n]*\))?:")  # "A:", "OSORIO:", "Q:"
_COMPLEMENTS = frozenset({"dobj", "auxpass", "prep", "xcomp", "ccomp", "acomp", "attr", "oprd", "dative", "prt"})


@dataclass(frozen=True, slots=True)
class _Words:
    """The state vocabulary of one lexicon (built once per lexicon)."""

    index: dict[str, tuple[PhraseEntry, ...]]
    link: frozenset[str]
    progressive: frozenset[str]
    have: frozenset[str]
    roles: frozenset[str]
    removal: frozenset[str]
    removal_places: frozenset[str]
    attributive: frozenset[str]  # states that class a thing as the adjective of its noun ("a registered party")
    seconds: dict[str, frozenset[str]]  # the first word of a phrase -> the second words of its phrases
    perfect: frozenset[str]  # states a present perfect gives without "been" ("has reopened", "has collapsed")
    lasting: frozenset[str]  # state predicates an act leaves standing ("the licence was revoked")
    held: frozenset[str]  # papers of standing a body holds ("accreditation", "licence")
    holding: frozenset[str]  # verbs that hold them ("holds", "has")
    losing: frozenset[str]  # verbs that lose them ("lost")
    lacking: frozenset[str]  # prepositions of an act done lacking them ("without")
    owners: frozenset[str]  # verbs by which a thing's owner or operator is named ("belongs to", "run by")
    degree: frozenset[str]  # words of comparison ("the most striking"): no state
    ending: frozenset[str]  # verbs by which an agreement ends ("die", "break down")
    ended: frozenset[str]  # the agreements that end so ("truce", "deal")
    firsts: frozenset[str]  # lower-case forms that start a state phrase or name an office or a removal
    speech: frozenset[str]  # verbs of saying, whose reported clause may give a state in the simple past


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    vocab = lexicon.claims
    lists = vocab.lists
    removal = lists["removal_verbs"]
    roles = lists["office_roles"]
    ending = lists["ending_verbs"]
    firsts = frozenset(vocab.state_phrases) | roles | frozenset(
        form for w in (*removal, *ending) for form in _forms(w.split()[0])) | _IRREGULAR | lists["held_states"] | (
        lists["ending_forms"])
    return _Words(vocab.state_phrases, lists["state_verbs"], lists["progressive_states"], lists["state_have_verbs"],
                  roles, removal, lists["removal_places"], lists["attributive_states"],
                  {k: frozenset(e.words[1] for e in v if len(e.words) > 1) for k, v in vocab.state_phrases.items()},
                  lists["perfect_states"], lists["lasting_states"], lists["held_states"], lists["holding_verbs"],
                  lists["losing_verbs"], lists["lacking_preps"], lists["owner_verbs"], lists["degree_words"], ending,
                  lists["ended_things"],
                  firsts,
                  frozenset(lexicon.cues.speech_verbs))


_IRREGULAR = frozenset({"overthrew", "overthrown", "stood", "quit"})


def _forms(verb: str) -> set[str]:
    """The written forms a verb may take ("remove": removes, removed, removing; "strip": stripped), to find its
    tokens by their form in one pass; a wrong guess finds nothing."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", verb + "d", verb + "ed", stem + "ing", verb + verb[-1] + "ed",
            verb + verb[-1] + "ing"}


@dataclass(frozen=True, slots=True)
class _State:
    """A state found: its predicate and polarity, the clause's verb, the subject, and the state's tokens."""

    predicate: str
    polarity: Polarity
    verb: Token
    subject: Token
    first: int
    last: int
    noun: Token | None = None  # the noun the state qualifies after a verb of being ("we are a *registered party*")


def _phrase_at(tok: Token, w: _Words) -> tuple[PhraseEntry, int] | None:
    """The longest state phrase starting at ``tok`` and the index after it, matched on the words as written (the
    table lists the forms of a state: "closed", not the verb "close" of "closes the meeting")."""
    entries = w.index.get(tok.lower_)
    if not entries:
        return None
    n = len(entries[0].words)  # the longest comes first
    if n > 1 and len(entries[-1].words) > 1:  # "in custody", "out of service": look at the next word first
        doc = tok.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in w.seconds.get(tok.lower_, ()):
            return None
    ahead = tuple(t.lower_ for t in tok.doc[tok.i:tok.i + n])
    for entry in entries:
        n = len(entry.words)
        if ahead[:n] == entry.words:
            return entry, tok.i + n
    return None


def _head(first: int, end: int, tok: Token) -> Token:
    """The token of ``first``..``end`` whose head lies outside it."""
    doc = tok.doc
    for k in range(first, end):
        t = doc[k]
        if not first <= t.head.i < end or t.head.i == t.i:
            return t
    return doc[first]


def _link(tok: Token, w: _Words) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in w.link


def _first_conjunct(tok: Token, w: _Words) -> Token:
    """ "open and operational": the first of conjoined states, whose dependency places them (not a clause of its
    own: "35 were killed and two trucks were destroyed")."""
    while (tok.dep_ == "conj" and not _link(tok.head, w) and tok.head.i != tok.i
           and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in kids_of(tok))):
        tok = tok.head
    return tok


def _verb_of(head: Token, w: _Words) -> Token | None:
    """The verb of the clause that gives its subject the state headed by ``head``, or None."""
    cur = _first_conjunct(head, w)
    dep, up = cur.dep_, cur.head
    own = dep == "conj" and any(c.dep_ in ("aux", "auxpass", "neg") for c in kids_of(cur))
    if dep in (*_LINK_DEPS, "prep", "conj") and _link(up, w) and not own:
        return up  # "is open", "remains in force", "is, and remains, chief executive" (not "and had not been ...")
    if dep == "amod" and up.dep_ == "attr" and _link(up.head, w) and cur.lower_ in w.attributive:
        return up.head  # "is a registered party" (not "is a closed primary": only words that class a thing)
    if dep == "dobj" and up.lemma_.lower() in w.have and any(c.lower_ == "no" for c in kids_of(cur)):
        return up  # "has no legal effect"
    if cur.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids_of(cur)) and not any(
            c.lower_ == "being" or c.dep_ == "xcomp" for c in kids_of(cur)):
        return cur  # "is suspended", "has been lifted" (not "are being wounded", an act under way; not "was allowed
        # to call his family", a permission to act)
    if (cur.tag_ == "VBN" and cur.lower_ in w.perfect and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                               for c in kids_of(cur))
            and not any(c.dep_ in _COMPLEMENTS for c in kids_of(cur))):
        return cur  # "the crossing has reopened", "the truce has collapsed" (not "has closed the road")
    if (cur.tag_ == "VBG" and cur.lower_ in w.progressive and any(c.dep_ == "aux" and c.lemma_ == "be"
                                                                  for c in kids_of(cur))
            and not any(c.dep_ == "dobj" for c in kids_of(cur))):
        return cur  # "is still raging", "the truce is holding"
    return None


_OBJECTS = frozenset({"dobj", "auxpass", "attr", "oprd", "dative", "xcomp", "ccomp", "acomp"})


def _lapsed(head: Token, entry: PhraseEntry, w: _Words) -> bool:
    """A lasting state (``lasting_states``) given by the simple past of a verb of change in reported speech, with no
    object: "said the licence expired in March", "says your permit lapsed last year"."""
    return (_simple_past(head) and head.lower_ in w.perfect and entry.predicate in w.lasting
            and head.dep_ in ("ccomp", "conj") and head.head.lemma_.lower() in w.speech
            and not any(c.dep_ in _OBJECTS for c in kids_of(head)))


def _simple_past(verb: Token) -> bool:
    """A simple past, or a past participle with no auxiliary (the parser's reading of some: "says it lapsed")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids_of(verb)))


def _tense_ok(verb: Token, voice: Voice, lasting: bool = False) -> bool:
    """A present state, or a past one in reported speech with no time of its own ("said it was closed", "said he
    had been removed"; not a simple past passive, which tells an act: "said 40 were detained"). A ``lasting`` state
    (standing: "said the licence was revoked on Monday") holds from the act on, whenever that was."""
    auxes = [c for c in kids_of(verb) if c.dep_ in ("aux", "auxpass")]
    tags = [verb.tag_, *(c.tag_ for c in auxes)]
    if not auxes and _simple_past(verb):
        tags = ["VBD"]
    if "MD" in tags:
        return False
    if any(t in _PRESENT for t in tags):
        return True
    if "VBD" not in tags or voice.statement is None or voice.statement.kind != "indirect":
        return False
    if lasting:
        return True
    if verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in auxes) and not any(
            c.lower_ == "still" for c in kids_of(verb)):
        return False  # "said 40 were detained" tells an act; "were still being held" a state
    return not any(t.ent_type_ in _TIME_ENTS for c in kids_of(verb) if c.dep_ in ("npadvmod", "prep", "advmod")
                   for t in c.subtree)


def _no_longer(verb: Token) -> bool:
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in kids_of(c)) for c in kids_of(verb))


def _subject(verb: Token, ctx: Context) -> Token | None:
    subj = ctx.subject(verb)
    if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head  # "the crossing, which is closed"
    said = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else None
    if said is not None and said.lemma_.lower() in ctx.lexicon.cues.speech_verbs and (
            subj is None or subj.lower_ in _RELATIVES):
        return said.head  # "a move she said had no legal standing", "the road, which the union says is shut"
    return subj


def _office(tok: Token, w: _Words, ctx: Context) -> _State | None:
    """An office held ("remains chief executive") or left ("was removed as chief executive", "resigned")."""
    if tok.lemma_.lower() in w.roles and tok.pos_ == "NOUN":
        verb = _verb_of(tok, w) if tok.dep_ in ("attr", "conj") else None
        if verb is None or verb.tag_ == "VBN":
            return None
        subj = _subject(verb, ctx)
        return _State(OFFICE, "asserted", verb, subj, tok.i, tok.i) if subj is not None else None
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in kids_of(tok) if c.dep_ == "prt"), None)
    if lemma not in w.removal and f"{lemma} {prt}" not in w.removal:
        return None
    if not _removal_place(tok, w):
        return None
    passive = next((c for c in kids_of(tok) if c.dep_ == "nsubjpass"), None)
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj"), None)
    subj = passive or obj or ctx.subject(tok)
    return _State(OFFICE, "negated", tok, subj, tok.i, tok.i) if subj is not None else None


def _removal_place(verb: Token, w: _Words) -> bool:
    """ "as chief executive", "from his post": the office a removal verb takes away."""
    for c in kids_of(verb):
        if c.dep_ != "prep" or c.lower_ not in ("as", "from"):
            continue
        for p in kids_of(c):
            lemma = p.lemma_.lower()
            if p.dep_ == "pobj" and (lemma in w.roles or (c.lower_ == "from" and lemma in w.removal_places)):
                return True
    return False


REGISTERED = "registered"


def _held(tok: Token, w: _Words, ctx: Context) -> _State | None:
    """A paper of standing held or lost: "holds full accreditation", "has a valid licence", "lost its licence",
    "has no permit" (the verb's subject is the one it is about); or lacked by one who acts: "was fishing without a
    licence", "built the wall without any permit"."""
    if tok.lower_ not in w.held or tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in w.lacking and tok.head.dep_ == "prep" and tok.head.head.pos_ in (
            "VERB", "AUX"):
        verb = tok.head.head  # "was fishing without a licence": the one who acts lacks it
        subj = _subject(verb, ctx)
        return _State(REGISTERED, "negated", verb, subj, tok.head.i, tok.i) if subj is not None else None
    if tok.dep_ != "dobj":
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma not in w.holding and lemma not in w.losing:
        return None
    subj = _subject(verb, ctx)
    if subj is None:
        return None  # "no permit" is the clause's own negation, read with its factuality
    subj = _owned(subj, w) or subj
    return _State(REGISTERED, "negated" if lemma in w.losing else "asserted", verb, subj, tok.i, tok.i)


def _owned(holder: Token, w: _Words) -> Token | None:
    """The thing whose owner or operator holds the paper, where the text names the holder only as that: "the barge
    belongs to a local firm, which holds a valid permit", "the trawler is run by a company that has a licence"
    (``owner_verbs``): the paper is the standing the thing works under, so the state is the thing's. None where the
    holder is named otherwise."""
    if holder.dep_ == "appos":
        holder = holder.head  # "a local firm, Kofi Sands, which holds ..."
    verb = holder.head.head if holder.dep_ == "pobj" and holder.head.dep_ in ("prep", "agent") else None
    if verb is None or verb.lemma_.lower() not in w.owners or holder.head.lower_ not in ("to", "by"):
        return None
    return next((c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)


VALID = "valid"


def _ended(tok: Token, w: _Words) -> _State | None:
    """An agreement that ended: "the truce died on Saturday", "the deal has broken down", "the accord fell apart"
    (its subject one of ``ended_things``; not "ended the talks", an act done to something else)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids_of(tok)):
        return None
    lemma = tok.lemma_.lower()
    parts = [c.i for c in kids_of(tok) if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in w.ending]
    if lemma not in w.ending and not parts:
        return None
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in w.ended:
        return None
    return _State(VALID, "negated", tok, subj, tok.i, max([tok.i, *parts]))


def _state_at(tok: Token, w: _Words, ctx: Context) -> _State | None:
    found = _phrase_at(tok, w)
    if found is None:
        return _held(tok, w, ctx) or _office(tok, w, ctx) or _ended(tok, w)
    entry, end = found
    head = _head(tok.i, end, tok)
    if head.tag_ in ("JJR", "JJS") or any(c.lower_ in w.degree for c in kids_of(head)):
        return None  # "the most striking", "safer": a comparison, not a state
    if end - tok.i == 1 and head.pos_ == "ADP" and any(c.dep_ == "pobj" for c in kids_of(head)):
        return None  # "look out over the bay": a preposition with its object, not "over" (complete)
    verb = _verb_of(head, w)
    if verb is None and "being" in entry.words and head.tag_ == "VBN":
        verb = head  # "are still being held": a phrase of the vocabulary that holds its "being"
    if verb is None and _lapsed(head, entry, w):
        verb = head  # "said the licence lapsed in May": a standing lost then, and lost since
    if verb is None:
        return _ended(tok, w)  # "the deal had broken down": a state word ("broken") as an agreement's end
    subj = _subject(verb, ctx)
    if subj is None or any(c.dep_ == "nummod" for c in kids_of(subj)):
        return None  # "12 people were injured": a count, the quantity claims' (and no one thing)
    noun = head.head if head.dep_ == "amod" and head.head.dep_ == "attr" else None
    return _State(entry.predicate, entry.polarity, verb, subj, tok.i, end - 1, noun)


def _taken(state: _State, ctx: Context) -> bool:
    """A phrase of the status or characterisation vocabulary, or a cause class of its own, covers the state's words
    ("free and fair"). A cause cue (:mod:`.causes`: "bolts were removed" tells tampering) does not: "removed as
    chairman" is still an office left; nor does a label of an act on a paper held ("holds a valid concession": the
    paper a side holds, not what it calls a deal)."""
    sent = ctx.sents[ctx.sentence_of(state.verb)]
    cues = ctx.lexicon.claims.cue_classes
    held = state.predicate == REGISTERED
    return any(m.start <= state.last and state.first < m.end and m.entry.predicate not in cues
               and not (held and m.entry.kind == "characterisation")
               and not _inside(m.start, m.end - 1, state) for m in ctx.matches(sent))


def _inside(first: int, last: int, state: _State) -> bool:
    """Tokens ``first``..``last`` are a part of the state's longer phrase: "legal" in "is without legal effect" is the
    state's word, not a status of its own."""
    return state.first <= first and last <= state.last and last - first < state.last - state.first


def _about(state: _State, voice: Voice, ctx: Context) -> tuple[Span, str | None] | None:
    """What the state is about: the subject's words and entity; for "we" or "I", the speaker holding an office,
    the noun they say they are ("we are a registered *party*"), else the speaker's organisation; None where the
    words name nothing the comparison can match ("it", "the dam")."""
    subj = state.subject
    if subj.lower_ in ctx.words.first_person:
        eid = ctx.actor(subj, voice)
        ent = ctx.entities.get(eid or "")
        if ent is None:
            return None
        if state.predicate == OFFICE:
            return ent.mentions[0] if ent.mentions else ctx.token_span(subj, subj), eid
        if state.noun is not None:
            return ctx.phrase(state.noun), None
        org = ctx.entities.get(ent.affiliation or "")
        return (org.mentions[0], org.id) if org is not None and org.mentions else None
    eid = ctx.entity(subj)
    if subj.pos_ == "PRON" and eid is None:
        return None
    about = ctx.phrase(subj)
    if eid is None and not _WORD.search(about.text.lower()):
        return None
    return about, eid


def _unattributed(state: _State, ctx: Context) -> bool:
    """The state is told in the outlet's voice in a sentence with a verb of saying, or on a transcript's line
    under a speaker's label ("A: Both boats are licensed"): someone's words that no statement holds, not the
    outlet's own."""
    speech = ctx.lexicon.cues.speech_verbs
    sent = ctx.sents[ctx.sentence_of(state.verb)]
    if any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in sent):
        return True
    text = ctx.text
    return _LABEL.match(text, text.rfind("\n", 0, state.verb.idx) + 1) is not None


def _entry_time(idx: int, ctx: Context, times: tuple[TimeExpr, ...]) -> str | None:
    """The id of the clock time that opens the line holding character ``idx`` (a live blog's entry stamp,
    "08:15 The fire is under control"), or None."""
    text = ctx.text
    start = text.rfind("\n", 0, idx) + 1
    while start < idx and text[start] in " \t":
        start += 1
    return next((t.id for t in times if t.span.start == start and t.value is not None and "T" in t.value), None)


def _complement_end(state: _State) -> int:
    """The last token of the state with the phrases that say for what or in what respect it holds, on the state's
    word or its verb after it ("is unsafe *for anything heavier than a car*", "stands as valid *in every
    respect*", "is still unfit *for bathing*"), within the sentence and :data:`_EXTENT` tokens; not past a clause
    after a colon, a semicolon or a dash."""
    doc = state.verb.doc
    tok = doc[state.last]
    end = state.last
    limit = min(tok.sent.end - 1, state.last + _EXTENT)
    for head in (tok, state.verb):
        for child in kids_of(head):
            if child.dep_ == "prep" and state.last < child.i <= limit and child.right_edge.i <= limit:
                end = max(end, child.right_edge.i)
    while end > state.last and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if any(t.text in _BREAKS for t in doc[state.last + 1:end + 1]):
        return state.last
    return end


def _claim(state: _State, ctx: Context, times: tuple[TimeExpr, ...] = ()) -> Claim | None:
    doc = ctx.doc
    voice = voice_at(ctx, doc[state.first].idx, doc[state.last].idx + len(doc[state.last]))
    lasting = state.predicate in _words(ctx.lexicon).lasting
    if voice is None or not _tense_ok(state.verb, voice, lasting) or (
            voice.claimant is None and _unattributed(state, ctx)):
        return None
    if state.predicate == OFFICE and ctx.entity(state.subject) is None and \
            state.subject.lower_ not in ctx.words.first_person:
        return None  # an office is a person's, named
    about = _about(state, voice, ctx)
    if about is None:
        return None
    span, eid = about
    polarity, modality = ctx.factuality(state.verb)
    if modality != "actual":
        return None
    if (polarity == "negated") != _no_longer(state.verb):  # "is not closed", "is no longer president"
        polarity = "negated" if state.polarity == "asserted" else "asserted"
    else:
        polarity = state.polarity
    # an antonym's claim as the claimant words it: "is closed" is ``closed`` asserted, "is not closed" denied
    predicate, polarity = (ctx.lexicon.claims.named(state.predicate, polarity) if state.polarity == "negated"
                           else (state.predicate, polarity))
    first = min(state.subject.left_edge.i if state.subject.i < state.first else state.first, state.first)
    last = _complement_end(state)
    if last - first > _MAX_EVIDENCE:
        first = state.subject.i if state.subject.i < state.first else state.first
    return Claim(id="", kind="status", predicate=predicate, evidence=ctx.token_span(doc[first], doc[last]),
                 claimant=voice.claimant, arguments=(("object", eid),) if eid else (), polarity=polarity,
                 modality=modality, statement=voice.statement.id if voice.statement else None, about=span,
                 time=_entry_time(doc[first].idx, ctx, times))


_MODIFIERS = ("amod", "compound", "nummod", "poss")


def _modifiers(subj: Token) -> frozenset[str]:
    """The words that tell one thing of a kind from another: "the *northern* crossing", "the crossing *at Humera*",
    "*Sudan's* crossing"."""
    found = {c.lower_ for c in kids_of(subj) if c.dep_ in _MODIFIERS and c.pos_ in ("ADJ", "PROPN", "NOUN", "NUM")}
    found |= {p.lower_ for c in kids_of(subj) if c.dep_ == "prep" for p in kids_of(c)
              if p.dep_ == "pobj" and p.pos_ == "PROPN"}
    return frozenset(found)


def _distinct(found: list[tuple[Claim, _State]]) -> list[Claim]:
    """The claims, less those whose subject is told from another state's subject of the same noun by different
    words ("the northern crossing is open", "the southern crossing is closed": two crossings, no dispute)."""
    marks = [(st.subject.lemma_.lower(), _modifiers(st.subject)) for _, st in found]
    out = []
    for (claim, _), (noun, mods) in zip(found, marks, strict=True):
        if mods and any(n == noun and other and not other & mods for n, other in marks):
            continue
        out.append(claim)
    return out


def _past(state: _State) -> bool:
    """The state is told in the past ("said the licence was revoked"), not as it is ("is revoked")."""
    tags = [state.verb.tag_, *(c.tag_ for c in kids_of(state.verb) if c.dep_ in ("aux", "auxpass"))]
    return not any(t in _PRESENT for t in tags)


def _renewed(ctx: Context, w: _Words) -> frozenset[str]:
    """The state predicates the document says hold anew ("the licence is valid again", "the crossing is open
    again"): a state word in the clause of a renewal word."""
    renewal = ctx.lexicon.claims.lists.renewal_words
    found: set[str] = set()
    for tok in ctx.tokens(lowers=renewal):
        if tok.dep_ != "advmod":
            continue
        clause = tok.head
        for t in clause.subtree:
            hit = _phrase_at(t, w)
            if hit is not None:
                found.add(hit[0].predicate)
        # the status vocabulary's words too ("valid", "lawful"): its matches inside the clause
        first, last = clause.left_edge.i, clause.right_edge.i
        found |= {m.entry.predicate for m in ctx.matches(ctx.sents[ctx.sentence_of(clause)])
                  if first <= m.start and m.end - 1 <= last}
    return frozenset(found)


def _history(found: list[tuple[Claim, _State]], ctx: Context, w: _Words) -> list[tuple[Claim, _State]]:
    """The states, less past ones of a predicate the document says holds anew ("said in March the licence was
    revoked" beside "the licence is valid again": the revocation is history the second speaker grants)."""
    renewed = _renewed(ctx, w) if any(_past(st) for _, st in found) else frozenset()
    return [(claim, st) for claim, st in found if not (st.predicate in renewed and _past(st))]


def state_claims(ctx: Context, times: tuple[TimeExpr, ...] = ()) -> list[Claim]:
    """Status claims of the states the document gives its things and people, in text order; ``times`` give a live
    blog's entry stamps."""
    w = _words(ctx.lexicon)
    found: list[tuple[Claim, _State]] = []
    seen: set[int] = set()
    end = -1  # the last token of the state found before: "fully operational" is not "operational" again
    for tok in ctx.tokens(lowers=w.firsts):
        if tok.i <= end:
            continue
        state = _state_at(tok, w, ctx)
        if state is None or (state.verb.i in seen and state.predicate == OFFICE) or _taken(state, ctx):
            continue
        end = state.last
        claim = _claim(state, ctx, times)
        if claim is not None:
            seen.add(state.verb.i)
            found.append((claim, state))
    return _distinct(_history(found, ctx, w))

"""Acceptance denied in other words than "reject" or "never agreed" (issue 14): the frames :mod:`.acceptance` reads
besides its verbs, consent nouns and accords.

* the thing kept off the table (``offer_places``): "the timetable was never on the table", "a tribunal is off the
  agenda": a denial that the thing (the subject, else the thing named before) was accepted;
* an act said not to be an acceptance (``assent_nouns``): "being willing to listen is not a yes", "hearing them out
  is no endorsement";
* a thing heard or noted and no more (``acknowledgement_verbs``): "we took note of the proposal, nothing more", "we
  only listened", "we listened. That is all.": a verb of hearing with a limiter (``acknowledgement_limiters``, or a
  sentence of ``limiting_sentences`` just after), or "take note of" a proposal noun, which in a ministry's words
  says the proposal was received, not taken up;
* a thing never weighed (``deliberation_verbs``, negated, with the thing as a noun object): "the cabinet has not
  discussed the seawall", "the board never considered the plan": a side that did not weigh a thing did not accept it;
* talk of an accord too early (``speculation_nouns`` with ``premature_words``): "talk of a deal is premature";
* a thing that exists only in the other side's words (``existence_verbs`` with "only" and ``hearsay_places``): "the
  timetable exists only in their statement", "that deal lives only in their imagination".

Each frame is a denial. Where it names its accepter ("we took note") the accepter is its subject; otherwise it has
none of its own and answers the acceptance claim before it, as "nothing was signed" does (:mod:`.acceptance`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.claims import phrase_words
from ...lexicon.loader import WordLists
from ...models import Polarity
from ..walk import kids_of
from .context import Context

__all__ = ["Idiom", "idiom", "idiom_lemmas"]

_ON = "on"
_OFF = "off"
_ONLY = "only"
_PLACE_PREPS = frozenset({"in", "on"})  # "only in their statement", "only on their website"


@dataclass(frozen=True, slots=True)
class Idiom:
    """One denial in other words: its verb, its words (first to last), its accepter (None: the claim before's) and
    its thing (None: the thing named before)."""

    verb: Token
    first: Token
    last: Token
    agent: Token | None
    thing: Token | None
    polarity: Polarity = "negated"


def idiom_lemmas(lists: WordLists) -> frozenset[str]:
    """The lemmas that may start a frame of this module, from the claims vocabulary's ``lists``."""
    heads = {phrase_words(w)[-1] for w in lists.assent_nouns}
    verbs = {phrase_words(w)[0] for w in lists.acknowledgement_verbs}
    return frozenset(lists.offer_places | heads | verbs | lists.premature_words | lists.existence_verbs
                     | lists.deliberation_verbs)


def idiom(tok: Token, ctx: Context) -> Idiom | None:
    """The denial in other words ``tok`` starts, else None."""
    return _off_table(tok, ctx) or _not_assent(tok, ctx) or _noted(tok, ctx) or _unweighed(tok, ctx) or _premature(
        tok, ctx) or _hearsay(tok, ctx)


def _thing(verb: Token, ctx: Context) -> Token | None:
    """The clause's subject where it is a noun (the thing denied), else None (the thing named before)."""
    subj = ctx.subject(verb)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") else None


def _off_table(tok: Token, ctx: Context) -> Idiom | None:
    """ "the timetable was never on the table", "the tribunal is off the table": ``tok`` the place's noun."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "NOUN" or tok.lower_ not in lists.offer_places or tok.dep_ != "pobj":
        return None
    prep, verb = tok.head, tok.head.head
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_of(tok)) or prep.dep_ != "prep":
        return None
    if verb.lemma_.lower() not in ctx.lexicon.claims.lists.link_verbs:
        return None
    polarity, _ = ctx.factuality(verb)
    if not ((prep.lower_ == _ON and polarity == "negated") or (prep.lower_ == _OFF and polarity == "asserted")):
        return None  # "the offer is on the table": offered, not accepted; nor refused
    return Idiom(verb, verb, tok, None, _thing(verb, ctx))


def _not_assent(tok: Token, ctx: Context) -> Idiom | None:
    """ "being willing to listen is not a yes", "hearing them out is no endorsement": ``tok`` the noun of assent."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or not _assent(tok, ctx):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in lists.link_verbs:
        return None
    polarity, _ = ctx.factuality(verb)
    denied = any(c.dep_ == "det" and c.lower_ in ctx.words.negative_determiners for c in kids_of(tok))
    if (polarity == "negated") != denied:
        return Idiom(verb, verb, tok, None, None)
    replier = _replier(verb, ctx)
    if replier is None or polarity == "negated":
        return None  # "it was a yes" names no accepter; "it is not no yes" is no English
    return Idiom(verb, ctx.subject(verb) or verb, tok, replier, None, "asserted")


def _replier(verb: Token, ctx: Context) -> Token | None:
    """ "the reply from the union was a yes", "the council's answer is a yes": who gave the reply the subject names
    (``reply_nouns``), by its "from" phrase or its possessor."""
    subj = ctx.subject(verb)
    if subj is None or subj.lemma_.lower() not in ctx.lexicon.claims.lists.reply_nouns:
        return None
    for c in kids_of(subj):
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((p for p in kids_of(c) if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")), None)
    return None


def _assent(tok: Token, ctx: Context) -> bool:
    """``tok`` heads a phrase of ``assent_nouns`` ("yes", "the green light")."""
    doc = ctx.doc
    for phrase in ctx.lexicon.claims.lists.assent_nouns:
        words = phrase_words(phrase)
        start = tok.i - len(words) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start:tok.i + 1]) == words:
            return True
    return False


def _noted(tok: Token, ctx: Context) -> Idiom | None:
    """ "we took note of the proposal, nothing more", "we only listened", "we listened. That is all.", "took note of
    the proposals": ``tok`` the verb of hearing or noting."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    phrase = next((words for words in map(phrase_words, lists.acknowledgement_verbs)
                   if words[0] == tok.lemma_.lower() and _follows(tok, words[1:])), None)
    if phrase is None:
        return None
    subj = ctx.subject(tok)
    if subj is None or subj.dep_ != "nsubj":
        return None
    polarity, _ = ctx.factuality(tok)
    if polarity == "negated":
        return None
    last = ctx.doc[tok.i + len(phrase) - 1]
    thing = next((p for c in kids_of(tok) if c.dep_ == "prep" for p in kids_of(c) if p.dep_ == "pobj"), None)
    proposal = thing is not None and thing.lemma_.lower() in ctx.words.acceptance_objects
    limit = _limited(tok, ctx)
    if not (limit or (len(phrase) > 1 and proposal)):
        return None
    if isinstance(limit, Token):
        last = limit  # "we listened. That is all.": the words reach the sentence that limits them
    # "we took note": the speaker's side answers the claim before for its accepters, as "nothing was signed" does
    agent = None if subj.lower_ in ctx.lexicon.english.first_person_plural else subj
    return Idiom(tok, tok, last, agent, thing if proposal else None)


def _unweighed(tok: Token, ctx: Context) -> Idiom | None:
    """ "the cabinet has not discussed the seawall", "the board never considered the plan": ``tok`` a verb of weighing
    (``deliberation_verbs``) denied, actual, whose subject (a noun: the accepter) and object (a noun: the thing) the
    parse gives. Not a pronoun object ("has not even discussed it"): after a denial it may stand for the claim or the
    meeting as well as for the thing."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lexicon.claims.lists.deliberation_verbs:
        return None
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.pos_ not in ("NOUN", "PROPN") or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if ctx.factuality(tok) != ("negated", "actual"):
        return None
    return Idiom(tok, subj.left_edge, obj.right_edge, subj, obj)


def _follows(tok: Token, words: tuple[str, ...]) -> bool:
    """The words after ``tok`` are ``words`` ("took" then "note")."""
    doc = tok.doc
    return tok.i + len(words) < len(doc) and all(doc[tok.i + 1 + n].lower_ == w for n, w in enumerate(words))


def _limited(verb: Token, ctx: Context) -> bool | Token:
    """The hearing went no further: "only" or "merely" on the verb, "nothing more" after it in its sentence, or a
    sentence "That is all." just after it (its last word)."""
    lists = ctx.lexicon.claims.lists
    if any(c.dep_ == "advmod" and c.lower_ in lists.acknowledgement_limiters for c in kids_of(verb)):
        return True
    sent = verb.sent
    tail = " ".join(t.lower_ for t in ctx.doc[verb.i + 1:sent.end] if not t.is_punct)
    if any(tail.endswith(" " + w) or tail == w for w in lists.limiting_sentences):
        return True
    if sent.end < len(ctx.doc):  # the sentence after, to its first stop: "That is all," the minister said.
        after = ctx.doc[sent.end].sent
        stop = next((t.i for t in after if t.is_punct), after.end)
        words = " ".join(t.lower_ for t in ctx.doc[after.start:stop])
        return ctx.doc[stop - 1] if stop > after.start and words in lists.limiting_sentences else False
    return False


def _premature(tok: Token, ctx: Context) -> Idiom | None:
    """ "talk of a deal is premature": ``tok`` the adjective; the thing the accord or proposal talked of."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lower_ not in lists.premature_words:
        return None
    verb = tok.head
    subj = ctx.subject(verb)
    if subj is None or subj.lemma_.lower() not in lists.speculation_nouns:
        return None
    thing = next((p for c in kids_of(subj) if c.dep_ == "prep" and c.lower_ in ("of", "about")
                  for p in kids_of(c) if p.dep_ == "pobj"), None)
    if thing is None or thing.lemma_.lower() not in (lists.accord_nouns | ctx.words.acceptance_objects):
        return None
    polarity, _ = ctx.factuality(verb)
    if polarity == "negated":
        return None
    return Idiom(verb, subj, tok, None, thing if thing.lemma_.lower() in ctx.words.acceptance_objects else None)


def _hearsay(tok: Token, ctx: Context) -> Idiom | None:
    """ "the timetable exists only in their statement": ``tok`` the verb of existing."""
    lists = ctx.lexicon.claims.lists
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lists.existence_verbs:
        return None
    for prep in kids_of(tok):
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        only = any(c.lower_ == _ONLY for c in (*prep.children, *tok.children) if c.dep_ == "advmod")
        place = next((p for p in kids_of(prep) if p.dep_ == "pobj"), None)
        if only and place is not None and place.lemma_.lower() in lists.hearsay_places:
            subj = _thing(tok, ctx)
            if subj is None:
                return None
            return Idiom(tok, subj, place, None, subj)
    return None

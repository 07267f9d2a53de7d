"""Joint speakers: one phrase that stands for several parties speaking together.

A story about two or three countries often lets their sides speak as one: "both governments say ...", "the two
ministries said in a joint statement", "the three foreign ministers agreed", "officials on both sides say",
"scientists of the two countries recommended". No name covers such a phrase, so without an actor of its own its
words are nobody's. :func:`joint_groups` makes each such phrase that stands where a speaker does (the subject of a
verb of saying, or the source of "according to") a GROUP actor named by its words; :func:`joint_size` says how
many parties a phrase names. The claims stage gives what such a group says to each of the parties as well
(:mod:`newsledger.extract.claims.joint`), so that two sides saying one thing together corroborate each other
and a third party's contrary claim meets both.

The words (``data/actors/lists.yaml``): ``joint_determiners`` ("both": two parties; a number word of the times
vocabulary after "the" or "their" gives the number: "the three ministers"), and ``joint_party_nouns`` (sides,
countries, governments, ...), the parties that a phrase of people names by after a word of
``joint_party_prepositions`` ("officials on both sides", "scientists of the two countries": any plural noun so
qualified). A quantified head must be a plural noun the vocabulary knows as a person, group or body word, or a
party noun itself ("the two countries said"); "both reports say" names no side. Speakers in another's account of
an act ("the ministry says the two governments agreed") are no joint speakers: the account is the teller's.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from spacy.attrs import TAG
from spacy.tokens import Token

from ...lexicon.actors import Vocabulary, WordKind
from ...textutil import form_key
from ..walk import among, doc_tokens, kids_of, word_keys
from .context import Actor, Context

__all__ = ["joint_groups", "joint_size"]

_PLURAL_TAGS = ("NNS", "NNPS")
_QUANTIFIER_DEPS = ("det", "predet", "preconj", "nummod", "amod", "quantmod")
_SPEAKING_DEPS = ("nsubj", "nsubjpass")
_MOST_PARTIES = 9  # "the twelve ministers" is a body, not a joint side of named parties


def _count(noun: Token, vocab: Vocabulary, numbers: Mapping[str, int]) -> int | None:
    """How many parties the quantifier of the plural ``noun`` names: 2 for "both", the number after "the" or
    "their" ("the three ministers"), else None."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their") for c in kids_of(noun))
    for child in kids_of(noun):
        if child.dep_ not in _QUANTIFIER_DEPS:
            continue
        if child.lower_ in vocab.lists["joint_determiners"]:
            return 2
        n = numbers.get(child.lower_) if not child.is_digit else int(child.text)
        if definite and n is not None and 2 <= n <= _MOST_PARTIES:
            return n
    return None


def _actor_word(noun: Token, vocab: Vocabulary) -> bool:
    """The noun is one the vocabulary knows as a person, group or body word ("officials", "ministries")."""
    kinds: tuple[WordKind, ...] = ("person", "group", "body")
    return any(vocab.word(kind, w) is not None for kind in kinds for w in (form_key(noun.text), noun.lemma_.lower()))


def joint_size(head: Token, vocab: Vocabulary, numbers: Mapping[str, int]) -> int | None:
    """The number of parties the plural noun phrase headed by ``head`` speaks for ("both governments": 2, "officials
    on both sides": 2, "the three foreign ministers": 3), or None where it names no joint side."""
    if head.tag_ not in _PLURAL_TAGS:
        return None
    parties = vocab.lists["joint_party_nouns"]
    own = _count(head, vocab, numbers)
    if own is not None:
        return own if _actor_word(head, vocab) or head.lower_ in parties else None
    for prep in kids_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in vocab.lists["joint_party_prepositions"]:
            continue
        for obj in kids_of(prep):
            if obj.dep_ == "pobj" and obj.lower_ in parties and (n := _count(obj, vocab, numbers)) is not None:
                return n
    return None


def _phrase_end(head: Token, prepositions: frozenset[str]) -> int:
    """The token after the phrase: the head, or the party phrase that follows it ("officials on both sides")."""
    end = head.i + 1
    for prep in kids_of(head):
        if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in prepositions:
            end = max(end, prep.right_edge.i + 1)
    return end


def _speaking(ctx: Context, head: Token) -> bool:
    """``head`` stands where a speaker does, in the story's own words: the subject of a verb of saying that is no
    clause of another's words ("the ministry says the two governments agreed" is the ministry's account of an
    act, not the two speaking), or the source of "according to"."""
    verb, cues = head.head, ctx.cues
    if head.dep_ == "pobj":
        return verb.lower_ == "to" and verb.i > 0 and ctx.tokens[verb.i - 1].lower_ == "according"
    if head.dep_ not in _SPEAKING_DEPS or verb.lemma_.lower() in cues.xcomp_verbs:
        return False
    if not (verb.lemma_.lower() in cues.speech_verbs or verb.lemma_.lower() in cues.object_verbs):
        return False
    return not (verb.dep_ in ("ccomp", "xcomp", "advcl") and cues.is_verb_cue(verb.head.lemma_.lower()))


def joint_groups(ctx: Context, work: list[Actor]) -> list[Actor]:
    """New GROUP actors for the joint phrases that stand where a speaker does, outside quotation marks."""
    doc, vocab = ctx.doc, ctx.vocab
    new: list[Actor] = []
    if not len(doc):
        return new
    tokens = doc_tokens(doc)
    plural = np.flatnonzero(among(doc.to_array([TAG]).reshape(len(doc)), word_keys(_PLURAL_TAGS))).tolist()
    for head in [tokens[i] for i in plural]:  # the plural nouns only: no Token for every word
        if ctx.quoted[head.i] or ctx.owner[head.i] is not None:
            continue
        if not _speaking(ctx, head) or joint_size(head, vocab, ctx.numbers) is None:
            continue
        start = head.left_edge.i
        end = _phrase_end(head, vocab.lists["joint_party_prepositions"])
        if any(ctx.owner[i] is not None for i in range(start, end)):
            continue  # a name inside it ("both Kenyan ministries" is fine, "Kenya's and Uganda's ministers" is not)
        name_start = start
        while name_start < head.i and doc[name_start].lower_ in ctx.articles:
            name_start += 1
        word = vocab.word("group", form_key(head.text)) or vocab.word("body", head.lemma_.lower()) \
            or vocab.word("person", head.lemma_.lower())
        actor = Actor(ctx.text(name_start, end), "GROUP", [], sector=word[1] if word else None, named=False,
                      plural=True)
        ctx.add_mention(actor, start, end)
        new.append(actor)
    return new

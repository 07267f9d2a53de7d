"""States in any words (issue 14): what a speaker says a thing is, where no word of the states, status, cause or
characterisation vocabularies reads it ("the asphalt is cracked right down to the gravel", "these files were
unsigned at the time", "the fishing grounds are Chilean").

The frame is a verb of being (``link_verbs``) with an adjective as its complement, or a present passive with no
doer ("is cracked", "are flooded": a state the thing is in, where a past passive tells an act), in a speaker's words
only; its subject names the thing: a noun or a name, not a pronoun and not a person or a noun of people (a
person's "is happy" is a mood, not a state of a thing). A question, a condition, a hedge ("perhaps", "maybe") or a
clause of the future or of what may be claims nothing, nor does a state another claim of the speaker already
reads at these words, nor a word that begins a phrase of the status or state vocabularies (their frames decide
where such a word claims: "the criticism was fair" judges no vote).

Each gives a ``status`` claim of predicate :data:`OPEN_STATE` + the adjective's lemma or the participle
("state: cracked"), ``about`` the subject's phrase, with the clause as evidence, asserted or denied as the clause
says: the ledger records who says the thing is in what state, and the comparison never sets two such states
against each other (two sides' words for a thing's state are as often one account as two).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ...compare import OPEN_STATE
from ...lexicon.claims import ClaimVocabulary
from ...models import Claim
from ..walk import kids_of
from .context import Context

__all__ = ["open_state_claims"]

_READ = frozenset({"status", "cause", "characterisation"})  # kinds of claims that already read a state's words
_PRESENT = frozenset({"VBZ", "VBP"})
_NOT_THINGS = frozenset({"PERSON", "NORP"})


def _state(verb: Token, ctx: Context) -> Token | None:
    """The state word of a clause: a link verb's adjective complement, or the participle of a present passive with
    no doer."""
    if verb.lemma_.lower() in ctx.words.link_verbs:
        return next((c for c in kids_of(verb) if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids_of(verb)) and any(
            c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in kids_of(verb)):
        return verb
    return None


@functools.lru_cache(maxsize=8)
def _known(vocab: ClaimVocabulary) -> frozenset[str]:
    """The first words of the vocabulary's status and state phrases: a state word their frames read, or decided
    not to read alone ("the criticism was fair": "fair" judges a vote only), is theirs (built once per vocabulary)."""
    status = {k for k, group in vocab.phrases.items() if any(e.kind == "status" for e in group)}
    return frozenset(status | set(vocab.state_phrases))


def _word(state: Token) -> str:
    """The state's word: a participle as written ("cracked"), an adjective's lemma."""
    return state.lower_ if state.pos_ == "VERB" else state.lemma_.lower()


def _person(subj: Token, ctx: Context) -> bool:
    """The subject is a person or people: a name of one, a noun of people ("residents") or of an office
    ("minister")."""
    eid = ctx.entity(subj)
    ent = ctx.entities.get(eid) if eid is not None else None
    return (subj.ent_type_ in _NOT_THINGS or (ent is not None and ent.type == "PERSON")
            or ctx.lexicon.quantities.people_noun(subj.lower_)
            or subj.lemma_.lower() in ctx.lexicon.claims.lists["office_roles"])


def _read(tok: Token, claimant: str, found: list[Claim]) -> bool:
    at = tok.idx
    return any(c.kind in _READ and c.claimant == claimant and c.evidence.start <= at < c.evidence.end for c in found)


def open_state_claims(ctx: Context, found: list[Claim]) -> list[Claim]:
    """One claim per state in any words a named speaker says of a thing, in text order; ``found`` are the claims
    made so far (a state one of them reads is theirs)."""
    out: list[Claim] = []
    for verb in ctx.tokens(pos=("VERB", "AUX")):
        state = _state(verb, ctx)
        if state is None or not state.lemma_.isalpha() or _known(ctx.lexicon.claims) & {
                state.lower_, state.lemma_.lower()}:
            continue
        subj = next((c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _person(subj, ctx):
            continue
        voice = ctx.voice(state.idx, state.idx + len(state))
        if voice is None or voice.claimant is None or voice.statement is None:
            continue
        content = voice.statement.content
        if not content.start <= subj.idx < content.end or _read(state, voice.claimant, found):
            continue
        polarity, modality = ctx.factuality(verb)
        hedges = ctx.lexicon.claims.lists["hedge_adverbs"]
        if modality != "actual" or any(c.dep_ == "advmod" and c.lower_ in hedges for c in kids_of(verb)):
            continue
        out.append(Claim(
            id="", kind="status", predicate=OPEN_STATE + _word(state),
            evidence=ctx.clause_span(verb, subj), claimant=voice.claimant, polarity=polarity, modality=modality,
            statement=voice.statement.id, about=ctx.phrase(subj),
        ))
    return out

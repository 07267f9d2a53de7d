"""Small walks over the dependency parse that every step of the events extractor uses."""

from __future__ import annotations

from spacy.tokens import Token

from ..walk import kids_of
from .args import conjuncts

__all__ = ["children", "coordinated_with", "dates_only", "pobjs", "prep_phrases", "reciprocal", "same_line"]

_TIME_LABELS = ("DATE", "TIME")  # spaCy's entity labels for a date or a time of day
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` attached by one of ``deps``."""
    return [c for c in kids_of(tok) if c.dep_ in deps]


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("with Norway and Qatar")."""
    out: list[Token] = []
    for c in kids_of(prep):
        if c.dep_ == "pobj":
            out.extend(conjuncts(c))
    return out


def dates_only(prep: Token) -> bool:
    """A preposition that only dates its head ("on Tuesday", "at 10 p.m."): no participant, no place."""
    objs = pobjs(prep)
    return bool(objs) and all(o.ent_type_ in _TIME_LABELS for o in objs)


def same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens: a headline glued to the next line by the parser is apart."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    # Token by token: Doc.text would rebuild the whole text on every call.
    return not any("\n" in t.whitespace_ or "\n" in t.text for t in lo.doc[lo.i:hi.i])


def reciprocal(tok: Token) -> bool:
    """The object "each other" / "one another"."""
    if tok.lower_ == "other":
        return any(c.lower_ == "each" for c in kids_of(tok))
    if tok.lower_ == "one":
        return any(c.lower_ == "another" for c in kids_of(tok))
    return False


def prep_phrases(holder: Token) -> list[tuple[str, list[Token]]]:
    """(preposition, objects) of ``holder``: "to Turkey" (also spaCy's "dative"), "out of Somalia" -> "of"."""
    out: list[tuple[str, list[Token]]] = []
    for prep in kids_of(holder):
        if prep.dep_ == "advcl":
            out.extend(_with_clause(prep))
        if prep.dep_ not in ("prep", "dative") or prep.pos_ != "ADP" or dates_only(prep):
            continue
        objs = pobjs(prep)
        if objs:
            out.append((prep.lower_, objs))
            if prep.lower_ == "with":
                # "opened fire with mortars on a checkpoint": the instrument's phrase is the verb's.
                out.extend((inner.lower_, pobjs(inner)) for o in objs for inner in kids_of(o)
                           if inner.dep_ == "prep" and inner.lower_ != "of")
            continue
        for inner in kids_of(prep):
            if inner.dep_ == "prep":
                out.append((inner.lower_, pobjs(inner)))
            elif inner.dep_ == "pcomp" and prep.lower_ == "with":
                out.extend(_with_clause(inner, prep))  # "pleaded with the ministry to reconsider"
            elif inner.dep_ == "pcomp" and inner.tag_ == "VBG":
                # "fired on civilians repairing a canal", parsed as a clause: its subject is the object.
                out.extend((prep.lower_, conjuncts(c)) for c in kids_of(inner) if c.dep_ == "nsubj")
    return out


def _with_clause(clause: Token, prep: Token | None = None) -> list[tuple[str, list[Token]]]:
    """ "pleaded with the ministry to reconsider": the parser may read "with" + name + "to" clause as a clause of
    its own ("with" its marker or its preposition, the name its subject); the name is the object of "with" all
    the same."""
    marks = [prep] if prep is not None else [m for m in kids_of(clause) if m.dep_ == "mark" and m.lower_ == "with"]
    if not marks or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in kids_of(clause)):
        return []
    subj = [s for s in kids_of(clause) if s.dep_ == "nsubj" and s.i > marks[0].i]
    return [("with", conjuncts(subj[0]))] if subj else []


def stranded_subject(verb: Token, actor_nouns: frozenset[str]) -> Token | None:
    """ "... that Ostra met the terms of the accord and the Union lifted sanctions": the parser may hang the second
    clause's subject on the first clause's object ("accord and the Union"); the name just before a finite conjunct
    with no subject of its own, a conjunct of a word inside an object, is that conjunct's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "conj" or prev.head.i >= prev.i or prev.head.dep_ in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "cc" for c in kids_of(prev.head) if c.i < prev.i):
        return None
    if prev.head.dep_ not in ("dobj", "pobj", "attr", "appos", "conj") or not same_line(prev, verb):
        return None
    return prev if (prev.pos_ == "PROPN" or prev.ent_type_ in _ACTOR_LABELS
                    or prev.lemma_.lower() in actor_nouns) else None


def coordinated_with(verb: Token, actor_nouns: frozenset[str]) -> Token | None:
    """The verb a conjunct ``verb`` is coordinated with: its head, except where the parser hung a finite verb on a
    bare one that has an auxiliary of its own, which the conjunct cannot share ("said the minister did not
    understand ..., and accused X", "did not attend and criticised the plan"): then the nearest verb above of the
    conjunct's own form whose subject may be an actor (a name, a pronoun or one of ``actor_nouns``: "said", not "the
    letter proved"; "police stopped the convoy because it did not have papers, and arrested the drivers":
    "stopped"), or None where there is none (the conjunct keeps its own factuality, and its head's subject)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" \
            or not any(c.dep_ == "aux" for c in kids_of(head)):
        return head
    cur = head
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.tag_ == verb.tag_ and cur.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ in _ACTOR_LABELS
                                       or c.lemma_.lower() in actor_nouns) for c in kids_of(cur)):
            return cur
    return None

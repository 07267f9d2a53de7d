"""Quantity claims: every figure a claimant gives for a counted thing ("at least 40 people were killed").

One pass over the tokens that look like numbers or start an amount in words (``data/quantities.yaml``).
A figure becomes a claim only when the parse ties it to a count class: the noun it numbers ("3,000
troops"), the verb or adjective its thing is the patient of ("killing 40", "40 dead"), or a toll ("the
toll rose to 55"). Dates, ages, ordinals, partitives ("10 of the 40") and numbers in names find no class
or are dropped first; figures in questions, conditionals or under a negated verb are not claims
(precision first). Figures no class names, in someone's words or given by a named body, are open counts
compared within one article only: of the noun they number with its verb ("count:patient:admit"), of a
share of a noun ("count:percent:stake:take"), of a sum of money ("sum:euro:fund:set"), of a rate ("twelve
tonnes a hectare": "count:tonnes per hectare"); each keeps the doer of its act, so two doers' figures
are never compared.

A value keeps the figure as given, its hedge saying how far it reaches: "more than 40" and "at least 40"
are 40..open, "fewer than 10", "up to 10" and "barely 10" open..10, "about 40" and "nearly 40" 40..40 with
their hedge (the comparison, :mod:`newsledger.compare.quantity`, reads a hedged single figure as ±20%),
"30 to 40" and "between 30 and 40" 30..40, an amount in words its range ("a few thousand" 2000..5000).

The claimant is the family's (:meth:`.Context.voice`): the speaker of the statement whose words hold the
figure, else a named body that gives it in the outlet's words ("the agency raised the toll to 20"), else
the outlet.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LIKE_NUM, LOWER, SENT_START
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...compare.quantity import OPEN_PREFIX, SUM_PREFIX, is_open
from ...lexicon.quantities import QuantityVocabulary
from ...models import Amount, Claim, Entity, Span, TimeExpr
from .context import Context, Voice
from .sides import placed
from .tallies import anaphor_source, level_noun, of_noun, prepositional_class, thing_class, thing_verb

__all__ = ["quantity_claims"]

_SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "LAW", "PRODUCT", "FAC", "WORK_OF_ART",
                        "EVENT", "ORG", "GPE", "LOC", "PERSON", "NORP"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_BETWEEN = "between"  # "between 30 and 40": the one word that makes "and" a range
_NOT_LEVEL = frozenset({"by", "from"})  # "rose by 5 percent", "from 40 percent": a change, a starting point
_SHARE_DEPS = frozenset({"attr", "acomp", "dobj", "npadvmod", "oprd", "appos"})
_SECOND_DEPS = frozenset({"prt", "dobj", "advmod", "acomp", "oprd"})  # "took part", "turned out", "made redundant"
_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp"})  # "feared dead", "thought to be buried"
_RELATIVES = frozenset({"which", "who", "that"})
_UNRESOLVED = "?"  # a reporter that is not the outlet but names no entity ("organisers put the crowd at ...")
_ASKED, _HOW = "many", "how"  # "how many nurses": the count a question asks for (:func:`_asked`)
_ANSWER_LEAD = 3  # tokens before a bare figure that answers a question at most ("A:", "Roughly")
_COUNTED = "counted"  # the act of an open count given by a verb of counting alone ("the office counted 5,000 hikers")


@dataclass(frozen=True, slots=True)
class _Figure:
    first: int  # token index of the first word of the figure (the hedge not included)
    last: int  # token index of its last word
    head: Token  # the token the parse attaches the figure by
    low: float | None
    high: float | None
    hedge: str | None
    hedge_start: int
    share: bool = False  # a percentage ("69 percent"): counts only as the level of a share noun
    money: str | None = None  # the currency of a sum ("340 million euros", "$7.9 million")


def _word_value(tok: Token, vocab: QuantityVocabulary) -> float | None:
    text = tok.lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        found = vocab.numbers.get(text)
        return None if found is None else float(found)
    return value if math.isfinite(value) else None


def _number_run(doc: Doc, i: int, vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """The figure starting at ``i`` ("1.2 million", "two dozen", "twenty-one", "a dozen"): last index, value."""
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(doc):
        tok = doc[j]
        mult = vocab.multipliers.get(tok.lower_)
        if mult is not None:
            current = (current or 1.0) * mult
            if mult >= 1000:
                total, current = total + current, 0.0
        elif tok.lower_ == "a" and not seen and j + 1 < len(doc) and doc[j + 1].lower_ in vocab.multipliers:
            current = 1.0
        elif (tok.text == "-" and seen and j + 1 < len(doc) and not tok.whitespace_
              and doc[j - 1].lower_ in vocab.numbers):
            j += 1
            continue
        elif tok.lower_ == "and" and seen and _and_within(doc, i, j, vocab):
            j += 1  # "three hundred and forty-six", "nine hundred and twelve thousand"
            continue
        else:
            value = _word_value(tok, vocab) if tok.lower_ != "a" else None
            if value is None or (seen and not vocab.numbers.get(tok.lower_)):
                break
            current += value
        seen = True
        j += 1
    if not seen or j == i:
        return None
    return j - 1, total + current


def _and_within(doc: Doc, i: int, j: int, vocab: QuantityVocabulary) -> bool:
    """The "and" at ``j`` joins the words of one number in words: after a multiplier, before a number word smaller
    than it ("hundred and forty"); not the "and" of a range ("between two hundred and three hundred")."""
    if j + 1 >= len(doc) or (i > 0 and doc[i - 1].lower_ == _BETWEEN):
        return False
    mult = vocab.multipliers.get(doc[j - 1].lower_)
    after = vocab.numbers.get(doc[j + 1].lower_)
    return mult is not None and after is not None and doc[j + 1].lower_ != "a" and 0 < after < mult


def _vague_at(doc: Doc, i: int, vocab: QuantityVocabulary) -> tuple[int, str] | None:
    """The longest amount in words starting at ``i`` ("tens of thousands", "a handful"): last index, phrase."""
    best = None
    words: list[str] = []
    for j in range(i, min(i + 3, len(doc))):
        words.append(doc[j].lower_)
        if " ".join(words) in vocab.vague:
            best = (j, " ".join(words))
    return best


def _hedge_before(doc: Doc, i: int, sent_start: int, vocab: QuantityVocabulary) -> tuple[int, str | None]:
    for n in range(vocab.longest_hedge, 0, -1):
        if i - n < sent_start:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - n:i])
        if phrase in vocab.hedges:
            return i - n, phrase
    return i, None


def _apply_hedge(value: float, effect: str | None) -> tuple[float | None, float | None]:
    """(low, high) of a figure under a hedge: the figure as given, open on the side the hedge leaves open."""
    if effect in ("at_least", "above"):
        return value, None
    if effect in ("below", "up_to"):
        return None, value
    return value, value  # exact, "about", "nearly": the hedge stays on the amount


def _named_or_dated(tok: Token, vocab: QuantityVocabulary) -> bool:
    """In a name, date, share or sum. The model takes a bare range ("between 30 and 40") for a date now
    and then, and a number in words for a sum: a date entity of figures and range words alone, none of them a year,
    and a sum with no currency in it, are let through."""
    if tok.ent_type_ not in _SKIP_ENTS:
        return False
    if tok.ent_type_ not in {"DATE", "MONEY"}:
        return True
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if tok.ent_type_ == "MONEY":  # a number in words the model takes for a sum, with no currency in it
        return any(t.lower_ in vocab.currencies or t.lower_ in vocab.not_counts for t in doc[start:end])
    return not all(
        (t.like_num and not (len(t.text) == 4 and t.text.isdigit())) or t.lower_ in vocab.range_words
        or t.lower_ in vocab.hedges or t.lower_ == _BETWEEN for t in doc[start:end])


def _excluded(doc: Doc, first: int, last: int, vocab: QuantityVocabulary) -> bool:
    """Not a count: a date, share, sum, ordinal, part of a name ("F-16"), a partitive ("10 of the 40"), or
    an increment ("eight more victims", "another 300 troops")."""
    tok = doc[first]
    if _named_or_dated(tok, vocab) or _named_or_dated(doc[last], vocab):
        return True
    before = doc[first - 1] if first > 0 else None
    if first == last and tok.lower_ == "one" and tok.dep_ != "nummod" and before is not None and (
            before.pos_ == "DET" or (before.pos_ == "ADJ" and first > 1 and doc[first - 2].pos_ == "DET")):
        return True  # "the only one that counts", "the one": a pronoun, no count
    if before is not None and before.lower_ in vocab.increment_before:
        return True
    if last + 1 < len(doc) and doc[last + 1].lower_ in vocab.increment_after:
        return True
    if before is not None and (before.lower_ in vocab.not_counts or before.ent_type_ == "ORDINAL"
                               or (before.text in "-/" and not before.whitespace_)):
        return True
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and (after.lower_ in vocab.not_counts or (after.text == "-" and not doc[last].whitespace_)):
        return True
    return (after is not None and after.lower_ == "of" and last + 2 < len(doc)
            and doc[last + 2].pos_ in {"DET", "PRON"} and doc[last + 2].tag_ != "PRP$" and tok.like_num)


def _percent_end(doc: Doc, last: int, vocab: QuantityVocabulary) -> int | None:
    """The last index of the percent word after a figure ("69 percent", "40%", "12 per cent"), if any."""
    if last + 1 >= len(doc):
        return None
    if doc[last + 1].lower_ in vocab.percent_words:
        return last + 1
    if last + 2 < len(doc) and f"{doc[last + 1].lower_} {doc[last + 2].lower_}" in vocab.percent_words:
        return last + 2
    return None


def _share_group(pct: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The share class of a percentage of a group that did the class's act, with the group's noun: "69
    percent of registered voters cast ballots", "40% of the electorate voted", "the strike was observed by
    85 percent of teachers"."""
    if pct.dep_ == "nsubj":
        verb = pct.head
    elif pct.dep_ == "pobj" and pct.head.dep_ == "agent":
        verb = pct.head.head
    else:
        return None
    of = next((c for c in pct.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return None
    for cls, (nouns, verbs) in vocab.share_groups.items():
        if (noun.lower_ in nouns or noun.lemma_.lower() in nouns) and _verb_in(verb, verbs):
            return cls, noun
    return None


def _share_class(pct: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The share a percentage is the level of, with its noun: "turnout was 69 percent", "a turnout of 40
    percent", "turnout stood at 52 percent", "69 percent turnout"; None for a change ("by 5 percent")."""
    def share(noun: Token) -> tuple[str, Token] | None:
        cls = vocab.shares.get(noun.lower_) or vocab.shares.get(noun.lemma_.lower())
        return (cls, noun) if cls else None

    holder = pct.head
    if holder.i == pct.i:
        return None
    group = _share_group(pct, vocab)
    if group is not None:
        return group
    if pct.dep_ in {"compound", "amod", "nmod", "nummod"}:
        return share(holder)
    verb = holder
    if pct.dep_ == "pobj":
        if holder.lower_ in _NOT_LEVEL:
            return None
        if holder.lower_ == "of":
            return share(holder.head)
        verb = holder.head
    elif pct.dep_ not in _SHARE_DEPS:
        return None
    if pct.dep_ == "appos":
        return share(holder)
    if verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"acomp", "advmod", "attr"}:
        verb = verb.head  # "turnout was 69 percent nationwide": the figure hangs on the adverb
    if holder.lower_ == "at":  # "put participation at 23 percent": the object is the share
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return share(obj)
    subject = _subject(verb, frozenset({"nsubj", "nsubjpass"}))
    return share(subject) if subject is not None else None


def _subject(verb: Token, deps: frozenset[str]) -> Token | None:
    """The subject of a verb: of two (a speaker label taken for one, "Q: The ministry puts ..."), the one
    nearest the verb."""
    found = None
    for child in verb.lefts:
        if child.dep_ in deps:
            found = child
    return found or next((c for c in verb.rights if c.dep_ in deps), None)


def _figure_at(doc: Doc, i: int, sent: SpacySpan, vocab: QuantityVocabulary) -> _Figure | None:
    vague = _vague_at(doc, i, vocab)
    hedge_start, hedge = _hedge_before(doc, i, sent.start, vocab)
    if vague is not None:
        last, phrase = vague
        vlow, vhigh = vocab.vague[phrase]
        mult = vocab.multipliers.get(doc[last + 1].lower_) if last + 1 < len(doc) else None
        if mult is not None and vhigh < 100:  # "a few thousand", "several hundred", "a handful of dozen"
            last, vlow, vhigh = last + 1, vlow * mult, vhigh * mult
            phrase = f"{phrase} {doc[last].lower_}"
        return _Figure(i, last, doc[last], vlow, vhigh, " ".join(p for p in (hedge, phrase) if p), hedge_start)
    run = _number_run(doc, i, vocab)
    if run is None:
        return None
    last, value = run
    low: float | None
    high: float | None
    low, high = _apply_hedge(value, vocab.hedges.get(hedge or ""))
    money = _sum_at(doc, i, last, value, sent, vocab)
    if money is not None:
        return money
    pct = _percent_end(doc, last, vocab)
    if pct is not None:  # a share: "from 40 percent" or "by 5 percent" is no level
        before = doc[hedge_start - 1] if hedge_start > sent.start else None
        if before is not None and before.lower_ in _NOT_LEVEL and before.dep_ != "agent":
            return None  # "rose by 5 percent"; the agent of a passive is a group ("observed by 85 percent of")
        return _Figure(i, pct, doc[pct], low, high, hedge, hedge_start, share=True)
    if _excluded(doc, i, last, vocab):
        return None
    # A range: "30 to 40", "between 30 and 40", "30-40"; its ends are the figures as given.
    if last + 2 < sent.end and doc[last + 1].lower_ in vocab.range_words:
        second = _number_run(doc, last + 2, vocab)
        between = i > sent.start and doc[i - 1].lower_ == _BETWEEN
        if second is not None and second[1] > value and (doc[last + 1].lower_ != "and" or between):
            last, low, high, hedge = second[0], value, second[1], None  # the range is the figure as given
            if between:
                hedge_start = i - 1
    # The word the parse attaches the whole figure by: the one whose head lies outside it.
    head = next((t for t in doc[i:last + 1] if not i <= t.head.i <= last), doc[last])
    return _Figure(i, last, head, low, high, hedge, hedge_start)


def _sum_at(doc: Doc, i: int, last: int, value: float, sent: SpacySpan, vocab: QuantityVocabulary) -> _Figure | None:
    """The sum of money at ``i``..``last``: a currency sign before the figure ("$7.9 million", "about US$ 700
    billion") or a currency word after it ("340 million euros", "up to 10,000 baht"), with the hedge before it all."""
    first = i
    if i > sent.start and doc[i - 1].lower_ in vocab.currencies and not doc[i - 1].is_alpha:
        first, currency = i - 1, vocab.currencies[doc[i - 1].lower_]
        short = vocab.sum_multipliers.get(doc[last + 1].lower_) if last + 1 < sent.end else None
        if short is not None and not doc[last].whitespace_:  # "$33M", "€2bn"
            last, value = last + 1, value * short
    elif last + 1 < sent.end and doc[last + 1].lower_ in vocab.currencies:
        last, currency = last + 1, vocab.currencies[doc[last + 1].lower_]
    else:
        return None
    hedge_start, hedge = _hedge_before(doc, first, sent.start, vocab)
    low, high = _apply_hedge(value, vocab.hedges.get(hedge or ""))
    head = next((t for t in doc[first:last + 1] if not first <= t.head.i <= last), doc[last])
    return _Figure(first, last, head, low, high, hedge, hedge_start, money=currency)


def _sum_counted(fig: _Figure, vocab: QuantityVocabulary) -> _Counted | None:
    """What a sum is the sum of, as a class "sum:" with its currency and the noun it is the amount of ("a fund of 340
    million euros": the fund; "a $5 million contract"), else the verb it is told by ("was paid $7.9 million"); a sum
    per a noun ("12 million euros a year") is a rate in that unit."""
    head, doc = fig.head, fig.head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        what = head.head.head
    elif head.dep_ in {"compound", "nmod", "amod", "nummod"} and head.head.pos_ == "NOUN":
        what = head.head
    else:
        what = head
        while what.pos_ not in {"VERB", "AUX"} and what.head.i != what.i:
            what = what.head
        if what.pos_ not in {"VERB", "AUX"}:
            return None
    act = what.lemma_.lower()
    if not act.isalpha() or act in vocab.open_count_stop:
        return None
    if what.pos_ not in {"VERB", "AUX"}:  # the verb too, as for a share: "offered a fee of" and "asked a fee of"
        verb = what
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        act = f"{act}:{verb.lemma_.lower()}" if verb.pos_ in {"VERB", "AUX"} else act
    unit = fig.money or ""
    after = fig.last + 1
    if (after + 1 < len(doc) and doc[after].lower_ in vocab.rate_words and doc[after + 1].pos_ == "NOUN"
            and doc[after + 1].i < fig.head.sent.end):
        unit = f"{unit} per {doc[after + 1].lemma_.lower()}"
    return _Counted(f"{SUM_PREFIX}{unit}:{act}", None, what if what.pos_ in {"VERB", "AUX"} else None, unit)


def _verb_lookup(verb: Token, single: Mapping[str, str], phrasal: Mapping[str, Mapping[str, str]]) -> str | None:
    """The class of a verb by its lemma, else by its lemma with its particle or object ("took part",
    "turned out", "joined the strike")."""
    lemma = verb.lemma_.lower()
    found = single.get(lemma)
    if found is not None or lemma not in phrasal:
        return found
    seconds = phrasal[lemma]
    for child in verb.children:
        if child.dep_ in _SECOND_DEPS:
            found = seconds.get(child.lower_) or seconds.get(child.lemma_.lower())
            if found is not None:
                return found
    return None


def _verb_in(verb: Token, entries: frozenset[str]) -> bool:
    """Whether a verb is one of ``entries``: its lemma, or its lemma and its particle or object ("walk out")."""
    lemma = verb.lemma_.lower()
    return lemma in entries or any(
        c.dep_ in _SECOND_DEPS and (f"{lemma} {c.lower_}" in entries or f"{lemma} {c.lemma_.lower()}" in entries)
        for c in verb.children)


def _subject_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    return _verb_lookup(verb, vocab.subject_verbs, vocab.phrasal_subject)


def _patient_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    return _verb_lookup(verb, vocab.patient_verbs, vocab.phrasal_patient) or prepositional_class(verb, vocab)


def _raised(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of the verb or adjective under a raising verb whose subject is counted: "40 people are
    feared dead", "about 90 are thought to be buried", "12 are believed to have died"."""
    for comp in verb.children:
        if comp.dep_ not in _COMPLEMENT_DEPS:
            continue
        cls = vocab.adjectives.get(comp.lower_)
        if cls is None and comp.tag_ == "VBN":
            cls = _patient_class(comp, vocab) if any(c.dep_ == "auxpass" for c in comp.children) else None
            cls = cls or _subject_class(comp, vocab)
        elif cls is None and comp.pos_ == "VERB":
            cls = _subject_class(comp, vocab)
        if cls:
            return cls, comp
    return None


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _verb_class(target: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of the verb or adjective ``target`` is the patient of, with that verb."""
    for child in target.children:  # "civilians killed in the shelling", "40 people dead"
        if child.dep_ in {"acl", "amod", "relcl"}:
            cls = (_patient_class(child, vocab) if child.tag_ == "VBN"
                   else vocab.adjectives.get(child.lower_))
            if (not cls and child.dep_ == "acl" and child.tag_ == "VBN"
                    and not any(c.dep_ == "auxpass" for c in child.children)):
                cls = vocab.subject_verbs.get(child.lemma_.lower())  # "15,000 people registered": a past tense
            if child.dep_ == "relcl" and not cls and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"}
                                                         for c in child.children):
                cls = _subject_class(child, vocab)  # "people who have fled", "people who took part"
            if cls:
                return cls, child
    role = _first_conjunct(target)
    verb, dep = role.head, role.dep_
    if verb.i == role.i:
        return None
    lemma = verb.lemma_.lower()
    if dep in {"nsubj", "nsubjpass"} and lemma in vocab.raising:
        raised = _raised(verb, vocab)
        if raised is not None:
            return raised
    patient = _patient_class(verb, vocab)
    if dep in _PATIENT_DEPS and patient:
        return patient, verb
    if dep == "nsubj":
        cls = _subject_class(verb, vocab) or vocab.adjectives.get(verb.lower_)
        if cls is None and verb.tag_ == "VBN":
            cls = patient
        if cls is None and not patient:
            cls = _placed(verb, vocab)
        if cls:
            return cls, verb
        return _passive_adjunct(verb, vocab)
    return None


def _passive_adjunct(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of a passive participle clause whose understood subject is the verb's subject: "150
    migrants flew home after being deported", "40 men were freed, having been detained for a month"."""
    # the clause's own adjuncts, and those of a subjectless clause beside it ("returned home broke after being
    # deported": the parser hangs "after" on "broke")
    near = [c for c in verb.children if c.dep_ in {"prep", "advcl"}]
    near += [g for c in near if c.dep_ == "advcl" and not any(d.dep_ in _SUBJECT_DEPS for d in c.children)
             for g in c.children if g.dep_ == "prep"]
    for child in near:
        part = child
        if child.dep_ == "prep":  # "after being deported": the clause hangs on the preposition
            part = next((c for c in child.children if c.dep_ == "pcomp"), child)
        if (part.tag_ == "VBN" and part.lemma_.lower() in vocab.patient_verbs
                and any(c.dep_ == "auxpass" for c in part.children)
                and not any(c.dep_ in _SUBJECT_DEPS for c in part.children)):
            return vocab.patient_verbs[part.lemma_.lower()], part
    return None


def _placed(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a place the verb puts its subject in: "were on board", "climbed into the boat"."""
    for child in verb.children:
        if child.dep_ in {"advmod", "prt"} and child.lower_ in vocab.locatives:
            return vocab.locatives[child.lower_]
        if child.dep_ == "prep" and child.lower_ in vocab.locative_prepositions:
            if child.lower_ in vocab.locatives and not any(c.dep_ == "pobj" for c in child.children):
                return vocab.locatives[child.lower_]
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = vocab.locatives.get(obj.lower_) or vocab.locatives.get(obj.lemma_.lower()) \
                        or _compound_place(obj, vocab)
                    if found:
                        return found
    return None


def _compound_place(obj: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a two-word place whose first word is a compound of the object ("evacuation centres")."""
    before = obj.doc[obj.i - 1] if obj.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != obj.i:
        return None
    first = before.lower_
    return vocab.locatives.get(f"{first} {obj.lower_}") or vocab.locatives.get(f"{first} {obj.lemma_.lower()}")


def _measure_of(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The class whose amount a noun names: a toll ("death toll", "casualty toll") or a measure noun of a
    class, alone or with the word before or after it ("the crowd", "forest loss", "area burned")."""
    lemma = noun.lemma_.lower()
    if lemma in vocab.tolls or noun.lower_ in vocab.tolls:
        for child in noun.children:
            if child.dep_ == "compound" and child.lower_ in vocab.toll_compounds:
                return vocab.toll_compounds[child.lower_]
        return vocab.toll_default
    for child in noun.children:
        if child.dep_ in {"compound", "amod"} and child.i < noun.i:
            found = vocab.measures.get(f"{child.lower_} {lemma}") or vocab.measures.get(f"{child.lower_} {noun.lower_}")
        elif child.dep_ in {"acl", "amod"} and child.i > noun.i:
            found = vocab.measures.get(f"{lemma} {child.lower_}")
        else:
            continue
        if found:
            return found
    return vocab.measures.get(lemma) or vocab.measures.get(noun.lower_)


def _toll_class(head: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a toll or measure the figure gives the level of: "a death toll of 40", "the toll rose to
    55", "put the toll at 9", "put the crowd at 60,000", "deforestation fell to 61,000 hectares"."""
    holder = head.head if head.dep_ == "pobj" else head if head.dep_ in {"attr", "dobj"} else None
    if holder is None:
        return None
    candidates = [holder.head] if head.dep_ == "pobj" else []
    verb = holder.head if head.dep_ == "pobj" else head.head
    candidates += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i != head.i]
    for cand in candidates:
        found = _measure_of(cand, vocab)
        if found:
            return found
    return None


def _attach(fig: _Figure) -> Token:
    """The token the parse attaches the figure with its hedge by ("at as many as 60,000": "many")."""
    doc = fig.head.doc
    if fig.hedge_start >= fig.first:
        return fig.head
    span = range(fig.hedge_start, fig.last + 1)
    return next((t for t in doc[fig.hedge_start:fig.last + 1] if t.head.i not in span), fig.head)


def _unit_of(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The unit a noun names ("hectares", "ha", "square kilometres"), or None."""
    found = vocab.units.get(noun.lower_) or vocab.units.get(noun.lemma_.lower())
    if found is None and noun.i > 0:
        found = vocab.units.get(f"{noun.doc[noun.i - 1].lower_} {noun.lower_}")
    return found


def _in_context(noun: Token, figure: Token, context: frozenset[str] | None) -> bool:
    """Whether a word of ``context`` is among the noun's own words, the two heads above it, or the head of
    the figure ("to purchase 30 of the jets")."""
    if context is None:
        return True
    near = [t for t in noun.subtree if t.i <= noun.i + 4]
    head = noun
    for _ in range(2):
        head = head.head
        near.append(head)
    near.append(figure.head)
    return any(t.lemma_.lower() in context or t.lower_ in context for t in near)


def _nationals(noun: Token) -> bool:
    """A plural nationality or party as a noun of people: "150 Indians", "three Democrats"."""
    return noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"}


def _noun_class(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of the counted noun: its word or lemma, else with a compound before it ("shooting incidents")."""
    cls = vocab.nouns.get(noun.lower_) or vocab.nouns.get(noun.lemma_.lower())
    if cls is None and noun.n_lefts:
        for c in noun.lefts:
            if c.dep_ == "compound" and c.i == noun.i - 1:
                return vocab.nouns.get(f"{c.lower_} {noun.lower_}")
    return cls


@dataclass(frozen=True, slots=True)
class _Counted:
    """What a figure counts: its class, the counted noun, the verb that gave the class, the unit it is in."""

    cls: str
    noun: Token | None
    verb: Token | None
    unit: str | None = None


def _in_units(fig: _Figure, noun: Token, unit: str, vocab: QuantityVocabulary) -> _Counted | None:
    """What a figure given in a unit measures ("12,000 hectares"): the class of the verb it is the patient or
    subject of ("the fires burned 12,000 hectares", "40 tonnes of oil spilled"), else of the measure it is
    the level of ("deforestation fell to 61,000 hectares"); only a class counted in that unit."""
    target = noun if noun.i == fig.head.head.i else fig.head
    found = _verb_class(target, vocab)
    if found is not None and unit in vocab.class_units.get(found[0], ()):
        return _Counted(found[0], noun, found[1], unit)
    measure = _toll_class(noun, vocab)
    if measure is not None and unit in vocab.class_units.get(measure, ()):
        return _Counted(measure, noun, None, unit)
    return None


def _counted(fig: _Figure, vocab: QuantityVocabulary) -> _Counted | None:
    """What a figure counts, or None when it counts nothing the vocabulary knows; a class counted in units
    needs a figure given in one of them."""
    found = _counted_as(fig, vocab)
    if found is None or (found.unit is None and found.cls in vocab.class_units):
        return None
    return found


def _counted_as(fig: _Figure, vocab: QuantityVocabulary) -> _Counted | None:
    """What a figure counts by its noun, verb, unit or measure, before the unit check of :func:`_counted`."""
    head = fig.head
    if fig.share:
        share = _share_class(head, vocab)
        return _Counted(share[0], share[1], None) if share is not None else None
    noun: Token | None = None
    if head.dep_ in {"nummod", "amod", "det", "quantmod", "compound"} and (
            head.head.pos_ in _NOUNISH or head.head.lower_ in vocab.nouns):  # "14 wounded": a VBN as noun
        noun = head.head
    else:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
            noun = pobj
    # The word whose role in the clause says what happened to the counted: the noun a figure numbers
    # ("40 people were killed"), else the figure itself ("dozens of people were wounded", "killing 12").
    unit = _unit_of(noun, vocab) if noun is not None else None
    if noun is not None and unit is not None:
        measured = _in_units(fig, noun, unit, vocab)
        if measured is not None:
            return measured
    target = noun if noun is not None and noun.i == head.head.i else head
    if noun is not None and _thing(noun, vocab):
        return _thing_counted(noun, vocab)
    word = noun.lower_ if noun is not None else ""
    lemma = noun.lemma_.lower() if noun is not None else ""
    cls = _noun_class(noun, vocab) if noun is not None else None
    if noun is None or vocab.people_noun(word) or vocab.people_noun(lemma) or _nationals(noun):
        found = _verb_class(target, vocab)
        if found is not None and not (cls and found[0] in vocab.keep_nouns):
            return _Counted(found[0], noun, found[1])
    context = vocab.noun_context.get(word) or vocab.noun_context.get(lemma) or vocab.context.get(cls or "")
    if cls and noun is not None and _in_context(noun, head, context):
        return _Counted(cls, noun, None)
    if noun is None:
        toll = _toll_class(_attach(fig), vocab)
        if toll:
            return _Counted(toll, None, None)
    elif noun.i == head.head.i and (vocab.people_noun(word) or vocab.people_noun(lemma)):
        toll = _toll_class(noun, vocab)  # "put the crowd at around 4,000 people": the level of a measure, in people
        if toll and toll not in vocab.class_units:
            return _Counted(toll, noun, None)
    return None


def _open_counted(fig: _Figure, vocab: QuantityVocabulary) -> _Counted | None:
    """A count of a thing no class names ("1,850 measles cases had been recorded", "we issued 41 notices", "17
    patients were admitted"): a plural common noun (or a noun of people: "two hotel staff") the figure numbers
    itself, that is no measure, unit or sum, with the verb it is the subject or object of. Its class is the noun's
    lemma and the verb's after :data:`OPEN_PREFIX` ("count:case:record"); a percentage's is :func:`_open_share`'s."""
    head = fig.head
    if fig.share:
        return _open_share(head, vocab)
    if (head.dep_ != "nummod" and not _asking(head)) or (fig.low is None and fig.high is None):
        return None
    noun = head.head
    lemma = noun.lemma_.lower()
    unit = _unit_of(noun, vocab) if noun.pos_ == "NOUN" else None
    if unit is not None:
        # An amount in a unit no class counts ("locusts settled on 18,000 hectares", "the land affected came to
        # under 2,500 hectares"): one article's figures in one unit, given by two sides, measure one thing.
        return _Counted(f"{OPEN_PREFIX}{unit}", noun, None, unit)
    plural = noun.tag_ == "NNS" or vocab.people_noun(noun.lower_)  # "two hotel staff", "a crew" of people
    if (noun.pos_ != "NOUN" or not plural or noun.ent_type_ or len(lemma) < 4 or not lemma.isalpha()
            or lemma in vocab.open_count_stop or noun.lower_ in vocab.not_counts or _unit_of(noun, vocab)
            or _nationals(noun)):
        return None  # a noun of people no class verb counts ("290,000 visitors came", "people live") is one too
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ in {"pobj", "prep", "conj"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    # The verb is part of what is counted: "1,300 emails contained classified material" and "18 emails were
    # withheld" are two counts, "41 notices were issued" and "we issued 12 notices" one; verbs of one thing class
    # are one ("120 stalls have burned", "310 stalls have been destroyed": the class of what befell them).
    if not verb.lemma_.isalpha():
        return None  # a clitic the parse made the verb ("there's a couple")
    act = thing_class(verb, vocab) or verb.lemma_.lower()
    if act in vocab.reporting_verbs and noun.dep_ == "dobj":
        # a body counting ("counted 52,000 trekkers", "records 11 elephants killed"): the act is what befell them,
        # where told, else the counting itself
        told = next((c for c in noun.rights if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)
        act = (thing_class(told, vocab) or told.lemma_.lower()) if told is not None else _COUNTED
    return _Counted(f"{OPEN_PREFIX}{lemma}:{act}", noun, None, noun.lower_)


def _open_share(pct: Token, vocab: QuantityVocabulary) -> _Counted | None:
    """A percentage no share class names, as an open count of the noun it is a share of ("60 percent of its gas
    imports", "a haircut of 28 percent", "a 40 percent stake"): class "count:percent:", the noun's lemma and the
    lemma of the verb it is told by."""
    of = next((c for c in pct.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None and pct.dep_ in {"compound", "amod", "nmod", "nummod"}:
        noun = pct.head
    elif noun is None and pct.dep_ == "pobj" and pct.head.lower_ == "of":
        noun = pct.head.head
    if noun is None or noun.pos_ != "NOUN" or noun.i == pct.i:
        return None
    lemma = noun.lemma_.lower()
    if not lemma.isalpha() or lemma in vocab.open_count_stop:
        return None
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    # the verb is part of the share, as of an open count: "accepted a 15 percent rise" and "demands a rise of 35
    # percent" are two figures, the one taken and the one asked for
    act = verb.lemma_.lower() if verb.pos_ in {"VERB", "AUX"} else ""
    return _Counted(f"{OPEN_PREFIX}percent:{lemma}:{act}", noun, None, "percent")


def _thing(noun: Token, vocab: QuantityVocabulary) -> bool:
    """A noun of a thing counted by what befell it ("homes", "houses"): its class names it already."""
    return noun.lower_ in vocab.things or noun.lemma_.lower() in vocab.things


def _thing_counted(noun: Token, vocab: QuantityVocabulary) -> _Counted | None:
    """What a count of things ("110,000 homes") counts: the class of the verb that says what befell them, the
    verb it is the object of ("the flood destroyed 2,000 homes") or the first of a thing class after it."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in vocab.thing_verbs:
        return _Counted(vocab.thing_verbs[head.lemma_.lower()], noun, head)
    found = thing_verb(noun, noun.doc[noun.sent.start:noun.sent.end], vocab)
    return _Counted(found[0], noun, found[1]) if found is not None else None


def _of_counted(noun: Token, vocab: QuantityVocabulary) -> _Counted | None:
    """What the ``of`` phrase of a reference noun counts: "the number of workers laid off", "the number of people
    detained", "the number of deaths", "the number of homes rebuilt"."""
    if _thing(noun, vocab):
        return _thing_counted(noun, vocab)
    if vocab.people_noun(noun.lower_) or vocab.people_noun(noun.lemma_.lower()) or _nationals(noun):
        found = _verb_class(noun, vocab)
        if found is not None:
            return _Counted(found[0], noun, found[1])
    cls = _noun_class(noun, vocab)
    return _Counted(cls, noun, None) if cls is not None else None


def _level_counted(fig: _Figure, sent: SpacySpan, vocab: QuantityVocabulary) -> _Counted | None:
    """What a figure given as the level of a reference noun counts ("puts the number of people detained at 22");
    a class "" where the noun names none ("put the figure at 5,000": the class is that of the count answered).
    The reference noun stands as the counted's verb: the claim's clause and reporter are around it."""
    if fig.share or (fig.high is None and fig.low is None):
        return None
    ref = level_noun(fig.hedge_start, _attach(fig), sent, vocab)
    if ref is None:
        return None
    noun = of_noun(ref)
    if noun is None:
        return _Counted("", None, ref)  # anaphoric: the class is the count it answers
    found = _of_counted(noun, vocab)
    return replace(found, verb=ref) if found is not None else None


def _bare_recorded(fig: _Figure, vocab: QuantityVocabulary) -> bool:
    """A bare figure a verb of counting takes as its object ("in 2023 it recorded more than 800,000", "the census
    counted 12,400"): anaphoric, its class that of the count it answers (:func:`_answered`)."""
    head = fig.head
    if fig.share or not head.like_num or head.dep_ != "dobj" or (fig.low is None and fig.high is None):
        return False
    return (head.head.lemma_.lower() in vocab.reporting_verbs
            and not any(c.dep_ == "prep" for c in head.children))


def _disputed(head: Token, vocab: QuantityVocabulary) -> bool:
    """The figure is named as a figure ("the figure of 300 dead") in a clause that calls it wrong."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in vocab.reference_nouns and tok.i != head.i:
            clause = tok.head
            near = [clause, *clause.children]
            return any(t.dep_ == "neg" or t.lemma_.lower() in vocab.disputing or t.lower_ in vocab.disputing
                       for t in near)
    return False


def _uncertain(sent: SpacySpan, anchor: Token, conditional: frozenset[str], modals: frozenset[str]) -> bool:
    """A question, a condition, a modal ("may have died", "will be sent") or a negated verb over the
    figure: not asserted as a count."""
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
        return True
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return True
    tok: Token | None = anchor
    for _ in range(6):
        if tok is None:
            break
        if any((c.dep_ == "mark" and c.lower_ in conditional) or c.dep_ == "neg" for c in tok.children):
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


class _Places:
    """Mentions of places (GPE, LOC) by offset, for the place of a figure."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        rows = sorted((m.start, m.end, e.id) for e in entities if e.type in {"GPE", "LOC"} for m in e.mentions)
        self._rows = rows
        self._starts = [r[0] for r in rows]

    def last(self, start: int, end: int) -> str | None:
        """The last place mentioned within ``start``..``end``."""
        found = None
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            if self._rows[i][1] <= end:
                found = self._rows[i][2]
            i += 1
        return found

    def place(self, start: int, end: int) -> str | None:
        """The first place (GPE, LOC) mentioned within ``start``..``end``."""
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            if self._rows[i][1] <= end:
                return self._rows[i][2]
            i += 1
        return None


def _agent(verb: Token | None, vocab: QuantityVocabulary, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The doer of the killing, wounding or arrest, where an entity names it ("the army killed 12")."""
    if verb is None or verb.lemma_.lower() not in vocab.patient_verbs:
        return ()
    for child in verb.children:
        tok = None
        if child.dep_ == "nsubj" and verb.tag_ != "VBN":
            tok = child
        elif child.dep_ == "agent":
            tok = next((c for c in child.children if c.dep_ == "pobj"), None)
        if tok is not None:
            eid = ctx.entity(tok)
            if eid is not None:
                return (("agent", eid),)
    return ()


def _open_agent(fig: _Figure, found: _Counted, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The doer of the act an open count or a sum is told by, where an entity names it ("Acme gave $5 million",
    "the rebels seized 40 trucks"): two such figures of different doers are about two things, never compared."""
    if not is_open(found.cls):
        return ()
    verb = found.verb or found.noun or fig.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return ()
    for child in verb.children:
        tok = child if child.dep_ == "nsubj" else None
        if child.dep_ == "agent":
            tok = next((c for c in child.children if c.dep_ == "pobj"), None)
        if tok is not None and tok.i != fig.head.i and (found.noun is None or tok.i != found.noun.i):
            eid = ctx.entity(tok)
            return (("agent", eid),) if eid is not None else ()
    return ()


def _reporter(head: Token, vocab: QuantityVocabulary, ctx: Context) -> str | None:
    """The named body that gives a figure in the outlet's words: the subject of a reporting verb over it
    ("the agency raised the toll to 20", "the ministry reported 40 deaths", "the network, which put forest
    loss at 90,000 hectares"); None for no reporting verb (the outlet's own figure), :data:`_UNRESOLVED`
    for a subject that names no entity ("organisers put the crowd at 60,000": not the outlet's figure)."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            break
    if tok.lemma_.lower() not in vocab.reporting_verbs:
        return None
    subject = _subject(tok, frozenset({"nsubj"}))
    if subject is not None and subject.lower_ in _RELATIVES and tok.dep_ == "relcl":
        subject = tok.head  # "the network, which put ...": the noun the clause is about
    if subject is None:
        return None
    if subject.pos_ == "PRON":  # "it recorded more than 800,000": the body the pronoun stands for, if resolved
        return None if subject.lower_ in ctx.words.first_person else ctx.entity(subject)
    return ctx.entity(subject) or _UNRESOLVED


def _own_partitive(doc: Doc, fig: _Figure, noun: Token, vocab: QuantityVocabulary) -> bool:
    """ "150 of its members", "200 of our supporters": a figure of the claimant's own people (``generic_people``)."""
    after = fig.last + 1
    return (after + 2 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].tag_ == "PRP$"
            and doc[after + 2].i == noun.i and noun.lemma_.lower() in vocab.generic_people)


def _about(doc: Doc, fig: _Figure, noun: Token | None, cls: str, vocab: QuantityVocabulary) -> Span | None:
    """The words naming what is counted: the counted noun's phrase ("civilians in the north"); for a noun of
    the class itself ("troops", "servicemen", "bodies") only the words before it that say which ones
    ("Azerbaijani"), the class naming the thing already; None where no words are left, and for the group
    of a share ("69 percent of voters cast ballots") and of a claimant's own people ("150 of its members": who
    they are is the claimant's side, not which of the counted)."""
    if noun is None or _own_partitive(doc, fig, noun, vocab):
        return None
    if fig.share and cls not in (vocab.shares.get(noun.lower_), vocab.shares.get(noun.lemma_.lower())):
        return None  # the group of a share ("of registered voters"): the class says what it counts
    if cls in (vocab.nouns.get(noun.lower_), vocab.nouns.get(noun.lemma_.lower())) or _thing(noun, vocab):
        mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.left_edge.i > fig.last]
        if not mods:
            return None
        first, last = doc[min(m.left_edge.i for m in mods)], doc[noun.i - 1]
        return Span(first.idx, last.idx + len(last.text), doc[first.i:last.i + 1].text)
    start = fig.last + 1
    if start < len(doc) and doc[start].lower_ == "of":
        start += 1
    start = max(start, noun.left_edge.i) if noun.i >= start else noun.i
    right = max([c.right_edge.i for c in noun.rights if c.dep_ not in {"conj", "cc", "punct", "appos"}] + [noun.i])
    end = min(right, noun.sent.end - 1, noun.i + 8)
    while end > noun.i and doc[end].is_punct:
        end -= 1
    first, last = doc[start], doc[end]
    return Span(first.idx, last.idx + len(last.text), doc[first.i:last.i + 1].text)


def _dated_clause(clause: Token, times: tuple[TimeExpr, ...]) -> str | None:
    """The time a relative "when" clause over the count hangs on ("since 2019, when floods killed 31 people",
    "on 12 March, when 40 protesters were killed, ..."): that earlier event's date, whatever the telling's."""
    tok = clause
    for _ in range(3):
        if tok.dep_ in {"relcl", "advcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
            at = tok.head.idx
            return next((t.id for t in times if t.span.start <= at < t.span.end), None)
        if tok.head.i == tok.i or tok.dep_ in {"ccomp", "ROOT"}:
            return None
        tok = tok.head
    return None


def _time(sent: SpacySpan, clause: Token, voice: Voice, times: tuple[TimeExpr, ...],
          vocab: QuantityVocabulary) -> str | None:
    """The time of a count: the date a "when" clause over it hangs on, else its statement's, else the first
    time expression of its sentence that dates it (not one that opens the period a running count covers:
    "since 9 May" counts up to the report)."""
    dated = _dated_clause(clause, times)
    if dated is not None:
        return dated
    if voice.statement is not None and voice.statement.time is not None:
        return voice.statement.time
    doc = sent.doc
    for t in times:
        if sent.start_char <= t.span.start and t.span.end <= sent.end_char:
            first = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            before = doc[first.start - 1].lower_ if first is not None and first.start > sent.start else ""
            if first is not None and (first[0].lower_ in vocab.open_periods or before in vocab.open_periods):
                continue
            return t.id
    return None


def _place(clause: Token, places: _Places, vocab: QuantityVocabulary) -> str | None:
    """The place of a count: the first named in its clause, else the one named before "in the state" (an
    administrative unit referring back) in its sentence."""
    left, right = clause.doc[clause.left_edge.i], clause.doc[clause.right_edge.i]
    found = places.place(left.idx, right.idx + len(right.text))
    if found is not None:
        return found
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.lemma_.lower() in vocab.place_nouns
                    and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in obj.children)):
                return places.last(obj.sent.start_char, obj.idx)
    return _scene(clause, places)


def _scene(clause: Token, places: _Places) -> str | None:
    """The place a fronted "In X," sets for the report a count is told in ("In Paraguay, the Red Cross said
    12 people had died"): a place in an "in" phrase before the subject of a verb above the count's clause
    (not "said in Geneva", where the telling was)."""
    tok = clause
    for _ in range(3):
        if tok.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        subject = min((c.i for c in tok.children if c.dep_ in _SUBJECT_DEPS), default=tok.i)
        for prep in tok.lefts:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < subject:
                end = prep.doc[prep.right_edge.i]
                found = places.place(prep.idx, end.idx + len(end.text))
                if found is not None:
                    return found
    return None


def _level_place(found: _Counted, places: _Places, vocab: QuantityVocabulary) -> str | None:
    """The place of a count given as the level of a reference noun: the one its ``of`` phrase names ("the number
    of people held in El Alto"), not the reporter's ("Bolivia's ministry puts ...")."""
    ref, noun = found.verb, found.noun
    if ref is None or noun is None or ref.lemma_.lower() not in vocab.level_nouns:
        return None
    doc = noun.doc
    last = doc[noun.right_edge.i]
    return places.place(doc[noun.left_edge.i].idx, last.idx + len(last.text))


def _claim(ctx: Context, fig: _Figure, found: _Counted, sent: SpacySpan, claimant: str | None, voice: Voice,
           places: _Places, times: tuple[TimeExpr, ...]) -> Claim:
    """The claim of one figure by ``claimant`` (the statement's speaker, else a body giving it, else the
    outlet), in the unit it is given in or its class."""
    doc, vocab = ctx.doc, ctx.lexicon.quantities
    cls, noun, verb = found.cls, found.noun, found.verb
    anchor = verb or noun or fig.head
    clause = anchor
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    stmt = voice.statement
    return Claim(
        id="", kind="quantity", predicate=cls,
        evidence=Span(sent.start_char, sent.end_char, sent.text),
        claimant=claimant,
        arguments=_agent(verb, vocab, ctx) or _open_agent(fig, found, ctx),
        value=Amount(fig.low, fig.high, unit=found.unit or cls, hedge=fig.hedge),
        time=_time(sent, clause, voice, times, vocab),
        place=_level_place(found, places, vocab) or _place(clause, places, vocab),
        statement=stmt.id if stmt is not None else None,
        about=_about(doc, fig, noun, cls, vocab),
    )


def _candidates(doc: Doc, vocab: QuantityVocabulary) -> Iterator[tuple[int, SpacySpan]]:
    """Indexes of the tokens that may start a figure, with their sentences, from one array of the doc's
    attributes (no token objects built for the rest). "a" counts only before a multiplier or as the
    start of an amount in words ("a dozen", "a handful")."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    starts = {strings[w] for w in vocab.vague_starts | vocab.numbers.keys() | vocab.multipliers.keys()}
    article = strings["a"]
    follows = {strings[w] for w in vocab.multipliers} | {strings[v.split()[1]] for v in vocab.vague
                                                          if v.startswith("a ") and len(v.split()) > 1}
    arr = doc.to_array([LIKE_NUM, LOWER, SENT_START])
    bounds = [int(b) for b in numpy.flatnonzero(arr[:, 2] == 1)]
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    bounds.append(len(doc))
    which = 0
    wanted = numpy.isin(arr[:, 1], numpy.array(sorted(starts), dtype="uint64").astype(arr.dtype))
    lowers: list[int] = arr[:, 1].tolist()
    for i in numpy.flatnonzero((arr[:, 0] == 1) | wanted).tolist():
        if lowers[i] == article and not (i + 1 < len(doc) and lowers[i + 1] in follows):
            continue
        while bounds[which + 1] <= i:
            which += 1
        yield i, doc[bounds[which]:bounds[which + 1]]


def _figure_key(fig: _Figure, noun: Token | None) -> tuple[str, float] | None:
    """(noun lemma, figure) of a single figure numbering a noun, to find it again ("150 Indians")."""
    value = fig.low if fig.low is not None else fig.high
    if noun is None or value is None or (fig.high is not None and fig.high != value):
        return None
    return noun.lemma_.lower(), value


def _referring_back(fig: _Figure, seen: dict[tuple[str, float], Claim], definite: frozenset[str]
                    ) -> tuple[_Counted, Claim] | None:
    """The class of a figure that refers back to one counted before ("these 150 Indians" after "150
    Indians were deported"), with the earlier claim: a demonstrative, the same noun and the same figure."""
    head = fig.head
    if fig.share or fig.hedge or head.dep_ != "nummod":
        return None
    noun = head.head
    if not any(c.dep_ == "det" and c.lower_ in definite and c.i < head.i for c in noun.children):
        return None
    key = _figure_key(fig, noun)
    earlier = seen.get(key) if key is not None else None
    if earlier is None:
        return None
    unit = earlier.value.unit if earlier.value is not None and earlier.value.unit != earlier.predicate else None
    return _Counted(earlier.predicate, noun, None, unit), earlier


def _said_by_someone(head: Token, ctx: Context) -> bool:
    """The figure is told in a clause a verb of telling with a third-person pronoun subject frames ("well over 150
    were taken into custody, it says"; "150 were held, they said"): someone's words the statements missed, not
    the outlet's."""
    telling = ctx.lexicon.claims.lists.telling_verbs

    def pronoun_told(verb: Token) -> bool:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (verb.lemma_.lower() in telling and subject is not None and subject.pos_ == "PRON"
                and subject.lower_ not in ctx.words.first_person)

    tok = head
    for _ in range(8):
        if tok.dep_ == "ccomp" and pronoun_told(tok.head):
            return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return any(t.dep_ == "parataxis" and pronoun_told(t) for t in tok.subtree)


def _worded(found: _Counted, vocab: QuantityVocabulary) -> bool:
    """The count was read by a frame of :mod:`.tallies`: a thing class, the level of a reference noun, an anaphor."""
    return (found.cls in vocab.thing_classes or not found.cls
            or (found.verb is not None and found.verb.lemma_.lower() in vocab.level_nouns))


def _claimant(ctx: Context, fig: _Figure, found: _Counted, voice: Voice) -> str | None:
    """The statement's speaker; else the body that gives the figure, by the verb over the figure or, for the
    level of a reference noun ("the survey puts the number of workers laid off at 7,500"), over that noun.
    A body named as giving the figure is its claimant even inside someone else's statement ("we have seen
    the network's estimate, which put the loss at 140,000 hectares": the network's figure)."""
    vocab = ctx.lexicon.quantities
    if voice.statement is not None:
        named = _reporter(_attach(fig), vocab, ctx)
        return named if named is not None and named != _UNRESOLVED else voice.claimant
    if _said_by_someone(fig.head, ctx):
        return _UNRESOLVED
    claimant = _reporter(_attach(fig), vocab, ctx) or _second_complement(fig.head, ctx)
    ref = found.verb
    if claimant is None and ref is not None and ref.lemma_.lower() in vocab.level_nouns:
        claimant = _reporter(ref, vocab, ctx) or _count_owner(ref, ctx)
    return claimant if claimant is not None else _level_owner(_attach(fig), vocab, ctx)


def _count_owner(ref: Token, ctx: Context) -> str | None:
    """The body whose count a reference noun is ("had raised its count to 31", "the agency's tally"): its possessor,
    a pronoun where it stands for a body named before; None for none (or "our", "my")."""
    owner = next((c for c in ref.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ctx.words.first_person:
        return None
    return ctx.entity(owner)


def _second_complement(head: Token, ctx: Context) -> str | None:
    """The teller of a second "that" clause joined to a verb of telling, which the statements leave to the outlet ("the
    chairman told me the march was long, and that at least 20,000 people took part"): the telling verb's subject
    entity, or one in apposition to it ("its chairman, Ada Brun, told me ..."); None for none."""
    clause = head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    teller = clause.head
    if (clause.dep_ != "conj" or teller.lemma_.lower() not in ctx.lexicon.claims.lists.telling_verbs
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
        return None
    subject = next((c for c in teller.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = ctx.entity(subject)
    if named is None:
        named = next((e for c in subject.children if c.dep_ == "appos" and (e := ctx.entity(c)) is not None), None)
    return named


def _level_owner(head: Token, vocab: QuantityVocabulary, ctx: Context) -> str | None:
    """The body whose figure the outlet gives as the level of its reference noun: "The ministry's figure is 1,240
    cases and 26 deaths" (the ministry's, each figure of the attribute of "be"), or None."""
    tok = head.head if head.dep_ == "nummod" else head
    for _ in range(3):  # "is 1,240 cases ..., and 26 deaths": up the conjuncts to the attribute
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in vocab.level_nouns:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return ctx.entity(owner) if owner is not None else None


def _answered(ctx: Context, fig: _Figure, sent: SpacySpan, claimant: str | None, out: list[Claim]
              ) -> tuple[_Counted | None, Claim | None]:
    """The class of an anaphoric figure ("put the figure at 5,000", "the real number is 900"): the nearest
    earlier count by another claimant (:func:`.tallies.anaphor_source`), with that claim; (None, None) for none."""
    source = anaphor_source(claimant, sent.start_char, out, ctx.sents, ctx.sentence_of(fig.head))
    if source is None or source.value is None:
        return None, None
    unit = source.value.unit if source.value.unit != source.predicate else None
    return _Counted(source.predicate, None, None, unit), source


def _asking(tok: Token) -> bool:
    """``tok`` is the "many" of "how many <noun>": the word a question asks a count by."""
    return (tok.lower_ == _ASKED and tok.head.pos_ == "NOUN"
            and any(c.dep_ == "advmod" and c.lower_ == _HOW for c in tok.children))


def _asked(fig: _Figure, sent: SpacySpan, ctx: Context) -> _Counted | None:
    """What a bare figure that answers a question counts: "Q: How many nurses have left since January? A: About
    140, most of them abroad." The figure opens a sentence (a label or a hedge before it at most) and hangs on no
    verb, and the sentence before it asks "how many <noun>": the count is the one a figure numbering that
    noun in the question would have (its class, else an open count of the noun and the question's verb)."""
    if fig.share or fig.money is not None or fig.hedge_start - sent.start > _ANSWER_LEAD:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in _attach(fig).ancestors):
        return None  # "About 140 have left": the answer's own clause says what is counted
    at = ctx.sentence_of(sent[0])
    if at == 0:
        return None
    question = ctx.sents[at - 1]
    if not any(t.text == "?" for t in question[-2:]):
        return None
    many = next((t for t in question if _asking(t)), None)
    if many is None:
        return None
    vocab = ctx.lexicon.quantities
    asked = _Figure(many.i, many.i, many, fig.low, fig.high, fig.hedge, many.i)
    return _counted(asked, vocab) or _open_counted(asked, vocab)


def _what_counted(fig: _Figure, sent: SpacySpan, seen: dict[tuple[str, float], Claim], definite: frozenset[str],
                  vocab: QuantityVocabulary) -> tuple[_Counted | None, Claim | None, bool]:
    """(what the figure counts, the earlier claim it refers back to, whether it is an open count): by a class
    (:func:`_counted`), by referring back, as the level of a reference noun, else as an open count."""
    if fig.money is not None:
        return _sum_counted(fig, vocab), None, True
    found = _counted(fig, vocab)
    earlier: Claim | None = None
    if found is None and seen:
        back = _referring_back(fig, seen, definite)
        if back is not None:
            found, earlier = back
    if found is None:
        found = _level_counted(fig, sent, vocab)
        attach = _attach(fig)
        if found is not None and attach.dep_ == "pobj" and attach.head.lower_ == "to":
            return found, None, True  # "raised its count to 31": a new level someone gives, never the outlet's
    if found is None and _bare_recorded(fig, vocab):
        return _Counted("", None, None), None, True  # the class of the count it answers; a claimant needed
    if found is None:
        found = _open_counted(fig, vocab)
        return (_as_rate(found, vocab) if found is not None else None), None, True
    rate = _as_rate(found, vocab)
    if rate is not found:
        return rate, None, True
    return found, earlier, False


def _as_rate(found: _Counted, vocab: QuantityVocabulary) -> _Counted:
    """A count whose noun a rate word ties to a second noun ("twelve tonnes a hectare", "40 trucks a day") as a rate,
    an open count in that unit ("tonnes per hectare"): never the class of a plain amount, nor compared with one."""
    noun = found.noun
    if noun is None or noun.i + 2 >= len(noun.doc):
        return found
    word, per = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    if word.lower_ not in vocab.rate_words or per.pos_ != "NOUN" or per.head.i not in (noun.i, noun.head.i):
        return found
    unit = f"{found.unit or _unit_of(noun, vocab) or noun.lemma_.lower()} per {per.lemma_.lower()}"
    return _Counted(f"{OPEN_PREFIX}{unit}", noun, found.verb, unit)


def quantity_claims(ctx: Context, times: tuple[TimeExpr, ...]) -> list[Claim]:
    """Every figure a claimant gives for a counted thing, in text order (ids left empty for the family). A
    figure that refers back to an earlier one ("these 150 Indians") counts its class at its time."""
    doc, vocab, english = ctx.doc, ctx.lexicon.quantities, ctx.lexicon.english
    modals = english["modal_hypothetical"] | english["modal_future"]
    places = _Places(tuple(ctx.entities.values()))
    definite = english["definite_determiners"] - english["articles"]
    out: list[Claim] = []
    seen: dict[tuple[str, float], Claim] = {}  # (noun lemma, figure) -> its first claim
    next_free = 0
    for i, sent in _candidates(doc, vocab):
        if i < next_free:
            continue
        fig = _figure_at(doc, i, sent, vocab)
        if fig is None:
            continue
        next_free = fig.last + 1
        found, earlier, open_count = _what_counted(fig, sent, seen, definite, vocab)
        if found is None:
            found = _asked(fig, sent, ctx)
            open_count = open_count or found is not None
        if (found is None or _uncertain(sent, found.verb or found.noun or fig.head, ctx.words.conditional_markers,
                                        modals) or _disputed(fig.head, vocab)):
            continue
        voice = ctx.voice(doc[fig.hedge_start].idx, doc[fig.last].idx + len(doc[fig.last].text))
        if voice is None:
            continue  # someone said it, but who is not resolved: no claimant
        claimant = _claimant(ctx, fig, found, voice)
        # given by someone the outlet names, but not as an entity; an open count in no one's words (a named body
        # that counts, records or puts it gives it: "the board counted 52,000 trekkers")
        if claimant == _UNRESOLVED or (open_count and claimant is None):
            continue
        if _worded(found, vocab) and not placed(claimant, ctx):
            continue  # a count read by the counts frames needs a claimant the text places (:mod:`.sides`)
        if not found.cls:
            bare = found.verb is None  # a bare figure recorded: it answers a count someone gave, not the outlet's
            found, earlier = _answered(ctx, fig, sent, claimant, out)
            if found is None or (bare and earlier is not None and earlier.claimant is None):
                continue
        claim = _claim(ctx, fig, found, sent, claimant, voice, places, times)
        if earlier is not None and claim.time is None:
            claim = replace(claim, time=earlier.time, place=claim.place or earlier.place)
        key = _figure_key(fig, found.noun)
        if key is not None:
            seen.setdefault(key, claim)
        out.append(claim)
    return out

"""Figures as the text gives them: where a number or an amount in words starts and ends, its value and hedge.

The first step of the quantity claims (:mod:`.quantity`): one pass over the tokens that look like numbers or start
an amount in words (``data/quantities.yaml``) yields :class:`Figure` records: the figure's tokens, the token the
parse attaches it by, its low and high value after its hedge ("more than 40" is 40..open, "fewer than 10"
open..10, "30 to 40" 30..40, "a few thousand" 2000..5000), whether it is a percentage and the currency of a sum.
Dates, ages, ordinals and numbers in names are no figures; a duration ("for six days"), a measure joined by a hyphen
("a 60-day truce"), the change of a share ("by 5 percent"), a partitive ("200 of the evacuees") and an increment
("60 extra tugs") are figures recorded only.
What a figure counts is :mod:`.counted`'s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import LIKE_NUM, LOWER, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon.quantities import QuantityVocabulary
from ...textutil import MONTH_ABBREVIATIONS, MONTH_NAMES
from ..walk import among, distinct, kids_of, word_forms

__all__ = ["Figure", "attachment", "figure_at", "figure_starts", "share_class", "subject_of"]

_SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "LAW", "PRODUCT", "FAC", "WORK_OF_ART",
                        "EVENT", "ORG", "GPE", "LOC", "PERSON", "NORP"})
_BETWEEN = "between"  # "between 30 and 40": the one word that makes "and" a range
_POINT = "point"  # "two point four million": digits in words after it
_NOT_LEVEL = frozenset({"by", "from"})  # "rose by 5 percent", "from 40 percent": a change, a starting point
_DURATION_ENTS = frozenset({"", "DATE", "TIME", "CARDINAL", "QUANTITY"})  # the model's types of a span of time
_SHARE_DEPS = frozenset({"attr", "acomp", "dobj", "npadvmod", "oprd", "appos"})
SECOND_DEPS = frozenset({"prt", "dobj", "advmod", "acomp", "oprd"})  # "took part", "turned out", "made redundant"
_FRACTION_STARTS = frozenset({"half", "a", "one"})  # a fraction with no number before it: "half", "a third"
# "1.5bn", "40k", "2mn": a figure and its short multiplier written as one word
_COMPACT = re.compile(r"^(\d+(?:\.\d+)?)(bn|mn|mln|m|k|b)$")


@dataclass(frozen=True, slots=True)
class Figure:
    first: int  # token index of the first word of the figure (the hedge not included)
    last: int  # token index of its last word
    head: Token  # the token the parse attaches the figure by
    low: float | None
    high: float | None
    hedge: str | None
    hedge_start: int
    share: bool = False  # a percentage ("69 percent"): counts only as the level of a share noun
    money: str | None = None  # the currency of a sum ("340 million euros", "$7.9 million")
    # A figure recorded as given and never compared: a duration, a change of a share, a partitive, an increment ("for
    # six days", "rose by 5 percent", "about 200 of the evacuees", "60 extra tugs"), with the unit it is given
    # in (None for a partitive or an increment).
    recorded: bool = False
    unit: str | None = None


def _word_value(tok: Token, vocab: QuantityVocabulary) -> float | None:
    text = tok.lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        found = vocab.numbers.get(text)
        return None if found is None else float(found)
    return value if math.isfinite(value) else None


def _number_run(doc: Doc, i: int, vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """The figure starting at ``i`` ("1.2 million", "two dozen", "twenty-one", "a dozen", "one and a half million",
    "two point four million", "140 000", "1.5bn", "2.4m tonnes"): last index, value."""
    lowers = word_forms(doc)[0]  # each token's lower_, read once per document
    compact = _COMPACT.match(lowers[i])
    if compact is not None:
        return i, float(compact.group(1)) * vocab.sum_multipliers[compact.group(2)]
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(doc):
        tok = doc[j]
        lower = lowers[j]
        mult = vocab.multipliers.get(lower)
        if (lower == "and" and seen and j + 2 < len(doc) and lowers[j + 1] in {"a", "one"}
                and lowers[j + 2] in vocab.fractions and not lowers[j + 2].endswith("s")):
            current += vocab.fractions[lowers[j + 2]]  # "one and a half million", "two and a quarter"
            j += 3
            continue
        step = _decimal_or_grouped(doc, i, j, current, vocab) if seen else None
        if step is not None:
            size, current = step  # "two point four million", "140 000"
            j += size
            continue
        if mult is not None:
            current = (current or 1.0) * mult
            if mult >= 1000:
                total, current = total + current, 0.0
        elif lower == "a" and not seen and j + 1 < len(doc) and lowers[j + 1] in vocab.multipliers:
            current = 1.0
        elif (tok.text == "-" and seen and j + 1 < len(doc) and not tok.whitespace_
              and lowers[j - 1] in vocab.numbers and lowers[j + 1] not in vocab.fractions):
            j += 1
            continue
        elif lower == "and" and seen and _and_within(doc, i, j, vocab):
            j += 1  # "three hundred and forty-six", "nine hundred and twelve thousand"
            continue
        else:
            value = _word_value(tok, vocab) if lower != "a" else None
            if value is None or (seen and not vocab.numbers.get(lower)):
                break
            current += value
        seen = True
        j += 1
    if not seen or j == i:
        return None
    last = j - 1
    short = vocab.sum_multipliers.get(doc[j].lower_) if j < len(doc) else None
    if short is not None and doc[last].like_num and not doc[last].whitespace_ and doc[last].text[:1].isdigit() and (
            doc[j].lower_ != "m" or (j + 1 < len(doc) and doc[j + 1].tag_ == "NNS")):
        # "2.4m tonnes", "1.5 bn": "m" is a million only before a plural noun ("a 5m wall" is metres)
        return j, (total + current) * short
    return last, total + current


def _digit_words(doc: Doc, j: int, vocab: QuantityVocabulary) -> str:
    """The digits told one word each from ``j`` ("four one" after "two point"): "41", "" where none is."""
    digits = ""
    while j < len(doc) and doc[j].lower_ != "a" and vocab.numbers.get(doc[j].lower_, 10) < 10:
        digits += str(int(vocab.numbers[doc[j].lower_]))
        j += 1
    return digits


def _decimal_or_grouped(doc: Doc, i: int, j: int, current: float,
                        vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """A part of the figure from ``i`` at ``j`` that the word-by-word reading misses: (tokens it takes, the running
    value after it), or None. Digits in words after "point" ("two point four one million", "zero point five"; not
    "at one point two ..."), a group of three digits after a short number ("140 000": thousands written with a
    space)."""
    prev = doc[j - 1]
    if doc[j].lower_ == _POINT and prev.lower_ in vocab.numbers and prev.i >= i:
        digits = _digit_words(doc, j + 1, vocab)
        idiom = doc[i].lower_ == "one" and i > 0 and doc[i - 1].pos_ == "ADP"  # "at one point two men ..."
        return (1 + len(digits), current + float(f"0.{digits}")) if digits and not idiom else None
    if (doc[j].text.isdigit() and len(doc[j].text) == 3 and prev.text.isdigit() and len(prev.text) <= 3
            and prev.whitespace_ == " " and prev.i >= i and j - 1 == i):
        return 1, current * 1000 + float(doc[j].text)
    return None


def _fraction(doc: Doc, i: int, vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """The fraction in words at ``i`` ("half", "a quarter", "one third", "three-quarters", "two thirds"): the
    index of its fraction word and its value."""
    word = doc[i].lower_
    if word in vocab.fractions:  # a bare "half", not "the first half", "the other half"
        before = doc[i - 1] if i > 0 else None
        plain = before is None or (before.pos_ not in {"DET", "ADJ", "NUM"} and before.ent_type_ != "ORDINAL")
        return (i, vocab.fractions[word]) if word == "half" and plain else None
    at = i + 1
    if at < len(doc) and doc[at].text == "-" and not doc[i].whitespace_:
        at += 1  # "three-quarters"
    if at >= len(doc) or doc[at].lower_ not in vocab.fractions or doc[at].lower_ == "half":
        return None
    if word in _FRACTION_STARTS:
        return at, vocab.fractions[doc[at].lower_]
    count = vocab.numbers.get(word)
    if count is None or not 1 < count < 10 or not doc[at].lower_.endswith("s"):
        return None
    return at, count * vocab.fractions[doc[at].lower_]


def _fraction_figure(doc: Doc, i: int, sent: SpacySpan, vocab: QuantityVocabulary) -> Figure | None:
    """A fraction at ``i`` that is a figure: of a multiplier an amount ("half a million", "a quarter of a million",
    "three-quarters of a million"), of a group a share in percent ("three-quarters of the voters", "half of
    them"); None otherwise ("the first half", "a quarter past")."""
    found = _fraction(doc, i, vocab)
    if found is None:
        return None
    at, frac = found
    hedge_start, hedge = _hedge_before(doc, i, sent.start, vocab)
    j = at + 1
    if j < sent.end and doc[j].lower_ == "of":
        j += 1
    if j + 1 < sent.end and doc[j].lower_ == "a" and doc[j + 1].lower_ in vocab.multipliers:
        last, value = j + 1, frac * vocab.multipliers[doc[j + 1].lower_]
        low, high = _apply_hedge(value, vocab.hedges.get(hedge or ""))
        head = next((t for t in doc[i:last + 1] if not i <= t.head.i <= last), doc[last])
        return Figure(i, last, head, low, high, hedge, hedge_start)
    if at + 2 < sent.end and doc[at + 1].lower_ == "of" and doc[at + 2].pos_ in {"DET", "PRON", "NOUN", "ADJ"}:
        low, high = _apply_hedge(round(frac * 100, 1), vocab.hedges.get(hedge or ""))
        return Figure(i, at, doc[at], low, high, hedge, hedge_start, share=True)
    return None


def _ratio(doc: Doc, last: int, value: float, sent: SpacySpan, vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """A share given as a ratio after the figure ending at ``last`` ("one in five", "one out of every four"): the
    last index and the share in percent."""
    j = last + 1
    if j >= sent.end or doc[j].lower_ not in vocab.ratio_words:
        return None
    j += 1
    if doc[j - 1].lower_ == "out":
        if j >= sent.end or doc[j].lower_ != "of":
            return None
        j += 1
    if j < sent.end and doc[j].lower_ in {"every", "each"}:
        j += 1
    whole = _number_run(doc, j, vocab) if j < sent.end else None
    if whole is None or not 0 < value < whole[1]:
        return None
    return whole[0], round(100 * value / whole[1], 1)


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
    lowers = word_forms(doc)[0]
    for j in range(i, min(i + 3, len(doc))):
        words.append(lowers[j])
        if " ".join(words) in vocab.vague:
            best = (j, " ".join(words))
    return best


def _hedge_before(doc: Doc, i: int, sent_start: int, vocab: QuantityVocabulary) -> tuple[int, str | None]:
    """The hedge right before the figure at ``i`` (the longest of the vocabulary's), with its first index. A one-word
    hedge the parse takes for a preposition whose object is the noun the figure numbers is that preposition, no
    hedge ("agreed over three sessions", "talks ran over three days"); so is a verb's particle ("handed over 340
    people")."""
    lowers = word_forms(doc)[0]
    for n in range(vocab.longest_hedge, 0, -1):
        if i - n < sent_start:
            continue
        phrase = " ".join(lowers[i - n:i])
        if phrase in vocab.hedges:
            prep = doc[i - 1]
            if n == 1 and prep.dep_ == "prep" and doc[i].head.dep_ == "pobj" and doc[i].head.head.i == prep.i:
                return i, None
            if n == 1 and prep.dep_ == "prt" and prep.head.i < prep.i:
                return i, None  # the particle of the verb before it: "handed over 340 people", "took over 30 posts"
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
    and then, a number in words for a sum and a hedged amount ("as much as 300 hectares") for a share: a date entity
    of figures and range words alone, none of them a year, a sum with no currency in it and a share with no percent
    word in it are let through."""
    if tok.ent_type_ not in _SKIP_ENTS:
        return False
    if tok.ent_type_ not in {"DATE", "MONEY", "PERCENT"}:
        return True
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if tok.ent_type_ == "MONEY":  # a number in words the model takes for a sum, with no currency in it
        return any(t.lower_ in vocab.currencies or t.lower_ in vocab.not_counts for t in doc[start:end])
    if tok.ent_type_ == "PERCENT":  # "as much as 300 hectares": a share only with a percent word in it
        return any(t.lower_ in vocab.not_counts for t in doc[start:end])
    return not all(
        (t.like_num and not (len(t.text) == 4 and t.text.isdigit())) or t.lower_ in vocab.range_words
        or t.lower_ in vocab.fractions or t.lower_ == "a"
        or t.lower_ in vocab.hedges or t.lower_ in {_BETWEEN, _POINT} for t in doc[start:end])


def _excluded(doc: Doc, first: int, last: int, vocab: QuantityVocabulary) -> bool:
    """Not a count: a date, share, sum, ordinal or part of a name ("F-16"). An increment ("eight more victims") and a
    partitive ("10 of the 40") are :func:`_increment`'s and :func:`_partitive`'s."""
    tok = doc[first]
    if (_named_or_dated(tok, vocab) or _named_or_dated(doc[last], vocab) or _paragraph_number(doc, first, last)
            or _day_of_month(doc, first, last) or _digit_string(doc, first, last)):
        return True
    before = doc[first - 1] if first > 0 else None
    if first == last and tok.lower_ == "one" and tok.dep_ != "nummod" and before is not None and (
            before.pos_ == "DET" or (before.pos_ == "ADJ" and first > 1 and doc[first - 2].pos_ == "DET")):
        return True  # "the only one that counts", "the one": a pronoun, no count
    if before is not None and (before.lower_ in vocab.not_counts or before.ent_type_ == "ORDINAL"
                               or (before.text in "-/" and not before.whitespace_)):
        return True
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is not None and (after.lower_ in vocab.not_counts or (after.text == "-" and not doc[last].whitespace_))


def _is_month(tok: Token) -> bool:
    """A month's name or abbreviation as a date writes it, capitalised ("August", "Aug", "Sept."): never "may"."""
    word = tok.text.rstrip(".")
    return word[:1].isupper() and (word in MONTH_NAMES or word in MONTH_ABBREVIATIONS)


def _day_of_month(doc: Doc, first: int, last: int) -> bool:
    """The day of a date the model left untyped, as a dateline writes it ("KIGALI, Feb 14 -", "Nov 8, 18:40 -") or a
    text does ("on 3 August"): one or two digits of 1-31 right after or right before a month's name."""
    tok = doc[first]
    if first != last or not tok.text.isdigit() or len(tok.text) > 2 or not 1 <= int(tok.text) <= 31:
        return False
    return (first > 0 and _is_month(doc[first - 1])) or (first + 1 < len(doc) and _is_month(doc[first + 1]))


def _digit_string(doc: Doc, first: int, last: int) -> bool:
    """Groups of digits written one after another, as a telephone number is ("on the free number 0800 00 12 12"): a
    run of three or more bare digit groups, or of two where one opens with a nought, is a number to dial, not a
    count; thousands set apart by spaces ("140 000", "1 250 000": groups of three after the first) are one figure."""
    def digits(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isdigit()

    start, end = first, last
    while digits(start - 1) and doc[start - 1].whitespace_:
        start -= 1
    while digits(end + 1) and doc[end].whitespace_:
        end += 1
    run = [doc[i].text for i in range(start, end + 1) if doc[i].text.isdigit()]
    if len(run) < 2:
        return False
    if len(run[0]) <= 3 and not run[0].startswith("0") and all(len(g) == 3 for g in run[1:]):
        return False  # thousands set apart by spaces: "140 000 tonnes"
    return len(run) >= 3 or (len(run) == 2 and any(g.startswith("0") for g in run))


def _paragraph_number(doc: Doc, first: int, last: int) -> bool:
    """The number of a paragraph or a point ("2. According to the consulate, ...", "3) The ministry rejects ..."):
    digits that open a line, a full stop or a bracket right after them and a space, no count of anything."""
    tok = doc[first]
    if first != last or not tok.text.isdigit() or tok.whitespace_ or last + 2 >= len(doc):
        return False
    mark, after = doc[last + 1], doc[last + 2]
    opens_line = first == 0 or doc[first - 1].text_with_ws.endswith("\n") or doc[first - 1].is_space
    return opens_line and mark.text in {".", ")"} and bool(mark.whitespace_) and not after.is_space


def _increment(doc: Doc, first: int, last: int, vocab: QuantityVocabulary) -> bool:
    """A figure added to one told before ("eight more victims", "another 300 troops", "60 extra tugs")."""
    return ((first > 0 and doc[first - 1].lower_ in vocab.increment_before)
            or (last + 1 < len(doc) and doc[last + 1].lower_ in vocab.increment_after))


def _partitive(doc: Doc, first: int, last: int) -> bool:
    """A part of a group named after it ("10 of the 40", "four of them"): no count of a class of its own."""
    return (last + 2 < len(doc) and doc[last + 1].lower_ == "of" and doc[last + 2].pos_ in {"DET", "PRON"}
            and doc[last + 2].tag_ != "PRP$" and doc[first].like_num)


def _duration(doc: Doc, first: int, last: int, sent: SpacySpan, vocab: QuantityVocabulary) -> str | None:
    """The unit of time a figure gives a span of time in ("for six days", "about nine hours", "after 40 days"): a word
    of :attr:`~.QuantityVocabulary.durations` right after it, no year among its words, no name around it, and no word
    after the unit that makes it a point in time or an age ("three days ago", "30 years old"); None otherwise. A
    lone "one" ("one day he will ...") is no measure."""
    unit_at = last + 1
    if unit_at >= sent.end or not doc[last].whitespace_ or doc[first].lower_ == "one":
        return None
    unit = vocab.durations.get(doc[unit_at].lower_) or vocab.durations.get(doc[unit_at].lemma_.lower())
    if unit is None or any(t.ent_type_ not in _DURATION_ENTS or (len(t.text) == 4 and t.text.isdigit())
                           for t in doc[first:unit_at + 1]):
        return None
    after = doc[unit_at + 1] if unit_at + 1 < sent.end else None
    if after is not None and (after.lower_ in vocab.duration_not_after or after.text == "-"):
        return None
    return unit


def _hyphened_unit(doc: Doc, last: int, sent: SpacySpan, vocab: QuantityVocabulary) -> str | None:
    """The unit a figure joined to it by a hyphen gives a measure in ("a 60-day truce", "a 12-kilometre road"): a unit
    of time, of distance or of the vocabulary's units right after the hyphen, no further hyphen after it (an age: "a
    9-year-old"); None otherwise."""
    hyphen, word = last + 1, last + 2
    if (word >= sent.end or doc[hyphen].text != "-" or doc[last].whitespace_ or doc[hyphen].whitespace_
            or (word + 1 < sent.end and doc[word + 1].text == "-")):
        return None
    text, lemma = doc[word].lower_, doc[word].lemma_.lower()
    for table in (vocab.durations, vocab.outlet_measures, vocab.units):
        unit = table.get(text) or table.get(lemma)
        if unit is not None:
            return unit
    return None


def _percent_end(doc: Doc, last: int, vocab: QuantityVocabulary) -> int | None:
    """The last index of the percent word after a figure ("69 percent", "40%", "12 per cent"), if any."""
    if last + 1 >= len(doc):
        return None
    if doc[last + 1].lower_ in vocab.percent_words:
        return last + 1
    if last + 2 < len(doc) and f"{doc[last + 1].lower_} {doc[last + 2].lower_}" in vocab.percent_words:
        return last + 2
    return None


def _share_range(doc: Doc, first: int, last: int, value: float, sent: SpacySpan,
                 vocab: QuantityVocabulary) -> tuple[int, float] | None:
    """(the last index of the percent word, the high end) of a range of shares whose percent word follows its second
    end only ("between 36 and 40 per cent", "30 to 35 percent"), or None."""
    if last + 2 >= sent.end or doc[last + 1].lower_ not in vocab.range_words:
        return None
    if doc[last + 1].lower_ == "and" and not (first > sent.start and doc[first - 1].lower_ == _BETWEEN):
        return None  # "36 and 40 per cent" without "between": two figures
    second = _number_run(doc, last + 2, vocab)
    if second is None or second[1] <= value:
        return None
    pct = _percent_end(doc, second[0], vocab)
    return (pct, second[1]) if pct is not None and pct < sent.end else None


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
    of = next((c for c in kids_of(pct) if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return None
    for cls, (nouns, verbs) in vocab.share_groups.items():
        if (noun.lower_ in nouns or noun.lemma_.lower() in nouns) and _verb_in(verb, verbs):
            return cls, noun
    return None


def group_share(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The share class of a group noun with the verb it is the subject of ("how many teachers joined the strike":
    participation), for a bare percentage that answers a question about that group; None for none."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i:
        return None
    return next((cls for cls, (nouns, verbs) in vocab.share_groups.items()
                 if (noun.lower_ in nouns or noun.lemma_.lower() in nouns) and _verb_in(verb, verbs)), None)


def share_class(pct: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
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
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
        if obj is not None:
            return share(obj)
    subject = subject_of(verb, frozenset({"nsubj", "nsubjpass"}))
    return share(subject) if subject is not None else None


def subject_of(verb: Token, deps: frozenset[str]) -> Token | None:
    """The subject of a verb: of two (a speaker label taken for one, "Q: The ministry puts ..."), the one
    nearest the verb."""
    found = None
    for child in verb.lefts:
        if child.dep_ in deps:
            found = child
    return found or next((c for c in verb.rights if c.dep_ in deps), None)


def figure_at(doc: Doc, i: int, sent: SpacySpan, vocab: QuantityVocabulary) -> Figure | None:
    worded = _worded_at(doc, i, sent, vocab)
    if worded is not None or doc[i].lower_ in vocab.fractions:
        return worded
    hedge_start, hedge = _hedge_before(doc, i, sent.start, vocab)
    run = _number_run(doc, i, vocab)
    if run is None:
        return None
    last, value = run
    ratio = _ratio(doc, last, value, sent, vocab)
    if ratio is not None:  # "one in five children": a share of the group, never a count of one or five
        head = next((t for t in doc[i:ratio[0] + 1] if not i <= t.head.i <= ratio[0]), doc[ratio[0]])
        rlow, rhigh = _apply_hedge(ratio[1], vocab.hedges.get(hedge or ""))
        return Figure(i, ratio[0], head, rlow, rhigh, hedge, hedge_start, share=True)
    last, hedge = _hedge_following(doc, last, sent, vocab, hedge)
    low: float | None
    high: float | None
    low, high = _apply_hedge(value, vocab.hedges.get(hedge or ""))
    money = _sum_at(doc, i, last, value, sent, vocab)
    if money is not None:
        return money
    pct = _percent_end(doc, last, vocab)
    shared = _share_range(doc, i, last, value, sent, vocab) if pct is None and hedge is None else None
    if shared is not None:  # "between 36 and 40 per cent": one share given as a range, its unit after the second end
        pct, high = shared
        low, hedge_start = value, (i - 1 if doc[i - 1].lower_ == _BETWEEN else hedge_start)
    if pct is not None:  # a share: "from 40 percent" or "by 5 percent" is no level
        before = doc[hedge_start - 1] if hedge_start > sent.start else None
        # "rose by 5 percent" is a change, recorded only; the agent of a passive is a group ("observed by 85
        # percent of")
        recorded = before is not None and before.lower_ in _NOT_LEVEL and before.dep_ != "agent"
        return Figure(i, pct, doc[pct], low, high, hedge, hedge_start, share=True, recorded=recorded,
                      unit="percent" if recorded else None)
    duration = _duration(doc, i, last, sent, vocab)
    hyphened = None if duration is not None else _hyphened_unit(doc, last, sent, vocab)
    if hyphened is not None and all(t.ent_type_ in _DURATION_ENTS for t in doc[i:last + 3]):
        return Figure(i, last + 2, doc[last + 2], low, high, hedge, hedge_start, recorded=True, unit=hyphened)
    if duration is not None:
        head = next((t for t in doc[i:last + 1] if not i <= t.head.i <= last), doc[last])
        return Figure(i, last, head, low, high, hedge, hedge_start, recorded=True, unit=duration)
    if _excluded(doc, i, last, vocab):
        return None
    if _increment(doc, i, last, vocab) or _partitive(doc, i, last):
        if doc[i].lower_ == "one":
            return None  # "one of the reasons": a pronoun as often as a count
        head = next((t for t in doc[i:last + 1] if not i <= t.head.i <= last), doc[last])
        return Figure(i, last, head, low, high, hedge, hedge_start, recorded=True)
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
    return Figure(i, last, head, low, high, hedge, hedge_start)


def _worded_at(doc: Doc, i: int, sent: SpacySpan, vocab: QuantityVocabulary) -> Figure | None:
    """An amount in words at ``i`` ("a few thousand", "several hundred", "tens of thousands") or a fraction
    (:func:`_fraction_figure`)."""
    vague = _vague_at(doc, i, vocab)
    if vague is None:
        return _fraction_figure(doc, i, sent, vocab)
    hedge_start, hedge = _hedge_before(doc, i, sent.start, vocab)
    last, phrase = vague
    vlow, vhigh = vocab.vague[phrase]
    mult = vocab.multipliers.get(doc[last + 1].lower_) if last + 1 < len(doc) else None
    if mult is not None and vhigh < 100:  # "a few thousand", "several hundred", "a handful of dozen"
        last, vlow, vhigh = last + 1, vlow * mult, vhigh * mult
        phrase = f"{phrase} {doc[last].lower_}"
        more = vocab.multipliers.get(doc[last + 1].lower_) if last + 1 < len(doc) else None
        if more is not None and more > mult:  # "several hundred thousand": the second multiplier scales the first
            last, vlow, vhigh = last + 1, vlow * more, vhigh * more
            phrase = f"{phrase} {doc[last].lower_}"
    low: float | None = vlow
    if hedge is None and _capped_after(doc, last, sent, vocab):  # "a few thousand people at most"
        low = None
    return Figure(i, last, doc[last], low, vhigh, " ".join(p for p in (hedge, phrase) if p), hedge_start)


def _capped_after(doc: Doc, last: int, sent: SpacySpan, vocab: QuantityVocabulary) -> bool:
    """A phrase of ``caps_after`` right after the figure ending at ``last``, or after the noun it numbers, past a comma:
    "a few thousand people at most", "two hundred, at the most"."""
    j = last + 1
    if j < sent.end and doc[j].pos_ in ("NOUN", "PROPN") and doc[last].head.i == j:
        j += 1
    if j < sent.end and doc[j].text == ",":
        j += 1
    lowers = word_forms(doc)[0]
    return any(j + n <= sent.end and " ".join(lowers[j:j + n]) in vocab.caps_after for n in range(2, 5))


def _hedge_following(doc: Doc, last: int, sent: SpacySpan, vocab: QuantityVocabulary,
                     hedge: str | None) -> tuple[int, str | None]:
    """The figure's last index and hedge, with a hedge after it: joined by a hyphen ("two million-odd", "40-plus"),
    unless one before says more, or a cap after it or its noun ("200 people at most")."""
    after = _hedge_after(doc, last, sent, vocab)
    if after is not None:
        return last + 2, hedge or after
    if hedge is None and _capped_after(doc, last, sent, vocab):
        return last, "at most"
    return last, hedge


def _hedge_after(doc: Doc, last: int, sent: SpacySpan, vocab: QuantityVocabulary) -> str | None:
    """The hedge a figure ending at ``last`` carries joined by a hyphen after it ("million-odd", "40-plus")."""
    if last + 2 >= sent.end or doc[last + 1].text != "-" or doc[last].whitespace_ or doc[last + 1].whitespace_:
        return None
    return vocab.hedges_after.get(doc[last + 2].lower_)


def _sum_at(doc: Doc, i: int, last: int, value: float, sent: SpacySpan, vocab: QuantityVocabulary) -> Figure | None:
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
    return Figure(first, last, head, low, high, hedge, hedge_start, money=currency)


def _verb_in(verb: Token, entries: frozenset[str]) -> bool:
    """Whether a verb is one of ``entries``: its lemma, or its lemma and its particle or object ("walk out")."""
    lemma = verb.lemma_.lower()
    return lemma in entries or any(
        c.dep_ in SECOND_DEPS and (f"{lemma} {c.lower_}" in entries or f"{lemma} {c.lemma_.lower()}" in entries)
        for c in kids_of(verb))


def attachment(fig: Figure) -> Token:
    """The token the parse attaches the figure with its hedge by ("at as many as 60,000": "many")."""
    doc = fig.head.doc
    if fig.hedge_start >= fig.first:
        return fig.head
    span = range(fig.hedge_start, fig.last + 1)
    return next((t for t in doc[fig.hedge_start:fig.last + 1] if t.head.i not in span), fig.head)


_START_KEYS: dict[int, tuple[QuantityVocabulary, tuple[int, ...], frozenset[int], int, frozenset[int]]] = {}
_COMPACT_KEYS: dict[int, bool] = {}  # a lower-case form's hash -> whether it is a compact figure ("5bn")
_COMPACT_KEPT = 1 << 16


def _start_keys(strings: StringStore, vocab: QuantityVocabulary) -> tuple[frozenset[int], int, frozenset[int]]:
    """For :func:`figure_starts`: the hashes of the words that start a figure, of "a", and of the words that make
    "a" one; built once per vocabulary (and again should a table grow: a hash does not depend on the document)."""
    sizes = (len(vocab.vague_starts), len(vocab.numbers), len(vocab.multipliers), len(vocab.vague),
             len(vocab.fractions))
    kept = _START_KEYS.get(id(vocab))
    if kept is not None and kept[0] is vocab and kept[1] == sizes:
        return kept[2], kept[3], kept[4]
    starts = frozenset({strings[w] for w in vocab.vague_starts | vocab.numbers.keys() | vocab.multipliers.keys()}
                       | {strings["half"]})
    follows = frozenset({strings[w] for w in vocab.multipliers} | {strings[v.split()[1]] for v in vocab.vague
                                                                    if v.startswith("a ") and len(v.split()) > 1}
                        | {strings[w] for w in vocab.fractions})
    if len(_START_KEYS) >= 8:
        _START_KEYS.clear()
    _START_KEYS[id(vocab)] = (vocab, sizes, starts, strings["a"], follows)
    return starts, strings["a"], follows


def figure_starts(doc: Doc, vocab: QuantityVocabulary) -> Iterator[tuple[int, SpacySpan]]:
    """Indexes of the tokens that may start a figure, with their sentences, from one array of the doc's
    attributes (no token objects built for the rest). "a" counts only before a multiplier or as the
    start of an amount in words ("a dozen", "a handful")."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    fixed, article, follows = _start_keys(strings, vocab)
    arr = doc.to_array([LIKE_NUM, LOWER, SENT_START])
    starts = set(fixed)
    for h in distinct(arr[:, 1]).tolist():
        compact = _COMPACT_KEYS.get(h)
        if compact is None:
            if len(_COMPACT_KEYS) > _COMPACT_KEPT:
                _COMPACT_KEYS.clear()
            compact = _COMPACT_KEYS[h] = _COMPACT.match(strings[h]) is not None
        if compact:
            starts.add(h)
    bounds = [int(b) for b in numpy.flatnonzero(arr[:, 2] == 1)]
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    bounds.append(len(doc))
    which = 0
    wanted = among(arr[:, 1], numpy.array(sorted(starts), dtype="uint64"))
    lowers: list[int] = arr[:, 1].tolist()
    sent: SpacySpan | None = None  # the sentence of the last start, made once for all the starts in it
    for i in numpy.flatnonzero((arr[:, 0] == 1) | wanted).tolist():
        if lowers[i] == article and not (i + 1 < len(doc) and lowers[i + 1] in follows):
            continue
        while bounds[which + 1] <= i:
            which += 1
            sent = None
        if sent is None:
            sent = doc[bounds[which]:bounds[which + 1]]
        yield i, sent

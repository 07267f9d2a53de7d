"""What a figure counts: the count class the parse ties a :class:`.figures.Figure` to.

A class comes from the noun the figure numbers ("3,000 troops"), the verb or adjective its thing is the patient
or subject of ("killing 40", "40 dead"), a toll ("the toll rose to 55"), a share of a noun ("69 percent of the
stake"), a sum of money ("sum:euro:fund:set") or a rate ("twelve tonnes a hectare": "count:tonnes per hectare").
Figures no class names are open counts ("count:patient:admit"), compared within one article only. The claims
built on these classes are :mod:`.quantity`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...compare.quantity import OPEN_PREFIX, RECORDED_PREFIX, SUM_PREFIX
from ...lexicon.quantities import QuantityVocabulary
from ..walk import kids_of, sentence_at
from .figures import SECOND_DEPS, Figure, attachment, share_class
from .tallies import LEVEL_PREPS, level_noun, of_noun, prepositional_class, recorded_as, thing_class, thing_verb

__all__ = ["Counted", "as_rate", "asks_how_many", "bare_recorded", "counted_by_class", "is_thing", "level_counted",
           "open_counted", "recorded_counted", "sum_counted"]

_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp"})  # "feared dead", "thought to be buried"
_ASKED, _HOW = "many", "how"  # "how many nurses": the count a question asks for (:func:`.quantity._asked`)
_SWEPT = frozenset({"through", "across"})  # "burned through 3,100 hectares": the land a verb of its patient swept
_AVERAGE = "average"  # "on average": a count told as a mean, a rate of no named period (:func:`_verb_period`)
_SINGLE = frozenset({"one", "1", "a", "an", "single"})  # figures that number one of a people, no plural
COUNTED = "counted"  # the act of an open count given by a verb of counting alone ("the office counted 5,000 hikers")
GIVEN = "given"  # the act of an open count given in a phrase of its own, with no verb ("Twelve boats.")
OUTPUT = "output"  # the act of an amount in a unit that a producer's output gives ("produced 88 million tonnes")
PRESENT = "present"  # the act of an open count of those at a place ("3,000 people are waiting", "registered 900 here")


def sum_counted(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
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
    return Counted(f"{SUM_PREFIX}{unit}:{act}", None, what if what.pos_ in {"VERB", "AUX"} else None, unit)


def _verb_lookup(verb: Token, single: Mapping[str, str], phrasal: Mapping[str, Mapping[str, str]]) -> str | None:
    """The class of a verb by its lemma, else by its lemma with its particle or object ("took part",
    "turned out", "joined the strike")."""
    lemma = verb.lemma_.lower()
    found = single.get(lemma)
    if found is not None or lemma not in phrasal:
        return found
    seconds = phrasal[lemma]
    for child in kids_of(verb):
        if child.dep_ in SECOND_DEPS:
            found = seconds.get(child.lower_) or seconds.get(child.lemma_.lower())
            if found is not None:
                return found
    return None


def _subject_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    return _verb_lookup(verb, vocab.subject_verbs, vocab.phrasal_subject)


def _patient_class(verb: Token, vocab: QuantityVocabulary) -> str | None:
    return _verb_lookup(verb, vocab.patient_verbs, vocab.phrasal_patient) or prepositional_class(verb, vocab)


def _raised(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of the verb or adjective under a raising verb whose subject is counted: "40 people are
    feared dead", "about 90 are thought to be buried", "12 are believed to have died"."""
    for comp in kids_of(verb):
        if comp.dep_ not in _COMPLEMENT_DEPS:
            continue
        cls = vocab.adjectives.get(comp.lower_)
        if cls is None and comp.tag_ == "VBN":
            cls = _patient_class(comp, vocab) if any(c.dep_ == "auxpass" for c in kids_of(comp)) else None
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
    for child in kids_of(target):  # "civilians killed in the shelling", "40 people dead"
        if child.dep_ in {"acl", "amod", "relcl"}:
            cls = (_patient_class(child, vocab) if child.tag_ == "VBN"
                   else vocab.adjectives.get(child.lower_))
            if (not cls and child.dep_ == "acl" and child.tag_ == "VBN"
                    and not any(c.dep_ == "auxpass" for c in kids_of(child))):
                cls = vocab.subject_verbs.get(child.lemma_.lower())  # "15,000 people registered": a past tense
            if child.dep_ == "relcl" and not cls and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"}
                                                         for c in kids_of(child)):
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
    suffered = _suffered(verb, dep, patient, vocab)
    if suffered is not None:
        return suffered
    if dep == "nsubj":
        cls = _subject_class(verb, vocab) or vocab.adjectives.get(verb.lower_)
        if cls is None and (verb.tag_ == "VBN" or _participle_after_preposition(verb)):
            cls = patient
        if cls is None and not patient:
            cls = _placed(verb, vocab)
        if cls:
            return cls, verb
        return _passive_adjunct(verb, vocab) or _placed_noun(target, vocab)
    return _placed_noun(target, vocab)


def _suffered(verb: Token, dep: str, patient: str | None, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of the verb the counted is the patient of (``patient``, where ``dep`` makes it one), else, for a
    passive subject of a verb of no class, of a participle conjoined to it ("were identified and deported")."""
    if dep in _PATIENT_DEPS and patient:
        return patient, verb
    if dep != "nsubjpass" or patient:
        return None
    return _shared_passive(verb, vocab) or _recorded_as(verb, vocab)


def _recorded_as(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of what befell the counted people as the word after a verb of recording's "as" names it ("were
    registered as missing": missing, not registered; "confirmed as dead": deaths)."""
    word = recorded_as(verb, vocab)
    if word is None:
        return None
    cls = vocab.adjectives.get(word.lower_) or (_patient_class(word, vocab) if word.tag_ == "VBN" else None)
    return (cls, word) if cls else None


def _shared_passive(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of a participle conjoined to a passive verb of no class, sharing its subject ("1,200 citizens were
    identified and deported"): what befell the counted is told by the second verb; None for none."""
    for conj in kids_of(verb):
        # the model may tag the second participle a past tense ("were identified and returned"): no subject of its
        # own, it shares the passive one
        if (conj.dep_ == "conj" and conj.tag_ in {"VBN", "VBD"}
                and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in kids_of(conj))):
            cls = _patient_class(conj, vocab)
            if cls:
                return cls, conj
    return None


def _participle_after_preposition(verb: Token) -> bool:
    """A past form with no object after a preposition ("speak of 14,000 people expelled"): no finite verb stands
    there, so the model's past tense is a participle, its subject the patient."""
    return (verb.tag_ == "VBD" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
            and not any(c.dep_ == "dobj" for c in kids_of(verb)))


def _total_of(target: Token, vocab: QuantityVocabulary) -> Token:
    """The word whose role says what befell the counted: the noun itself, else the level noun of an indefinite "a total
    of" it hangs on ("a total of 3,100 nationals passed through": the total is the verb's subject)."""
    of = target.head
    if target.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return target
    holder = of.head
    if holder.lemma_.lower() in vocab.level_nouns and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                          for c in kids_of(holder)):
        return holder
    return target


def _placed_noun(target: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of a place the counted noun itself is put in, where no verb classes it: "reported four crew on
    board", "found 30 people aboard" (the verb reports or finds them; the phrase says where they are)."""
    if target.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    cls = _placed(target, vocab)
    if cls is None and target.dep_ == "dobj":  # "counted 45 people aboard": the place hangs on the verb
        cls = _placed(target.head, vocab)
    return (cls, target) if cls else None


def _passive_adjunct(verb: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of a passive participle clause whose understood subject is the verb's subject: "150
    migrants flew home after being deported", "40 men were freed, having been detained for a month"."""
    # the clause's own adjuncts, and those of a subjectless clause beside it ("returned home broke after being
    # deported": the parser hangs "after" on "broke")
    near = [c for c in kids_of(verb) if c.dep_ in {"prep", "advcl"}]
    near += [g for c in near if c.dep_ == "advcl" and not any(d.dep_ in SUBJECT_DEPS for d in kids_of(c))
             for g in kids_of(c) if g.dep_ == "prep"]
    for child in near:
        part = child
        if child.dep_ == "prep":  # "after being deported": the clause hangs on the preposition
            part = next((c for c in kids_of(child) if c.dep_ == "pcomp"), child)
        if (part.tag_ == "VBN" and part.lemma_.lower() in vocab.patient_verbs
                and any(c.dep_ == "auxpass" for c in kids_of(part))
                and not any(c.dep_ in SUBJECT_DEPS for c in kids_of(part))):
            return vocab.patient_verbs[part.lemma_.lower()], part
    return None


def _placed(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a place the verb puts its subject in: "were on board", "climbed into the boat"."""
    for child in kids_of(verb):
        if child.dep_ in {"advmod", "prt"} and child.lower_ in vocab.locatives:
            return vocab.locatives[child.lower_]
        if child.dep_ == "prep" and child.lower_ in vocab.locative_prepositions:
            if child.lower_ in vocab.locatives and not any(c.dep_ == "pobj" for c in kids_of(child)):
                return vocab.locatives[child.lower_]
            for obj in kids_of(child):  # "on board the skiff": the parse makes "board" a pcomp
                if obj.dep_ == "pobj" or (obj.dep_ == "pcomp" and obj.pos_ == "NOUN"):
                    found = vocab.locatives.get(obj.lower_) or vocab.locatives.get(obj.lemma_.lower()) \
                        or _compound_place(obj, vocab)
                    if found:
                        return found
    return _passage(verb, vocab)


def _passage(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of a place the verb takes its subject through: "passed out through the checkpoint", "came in
    across the frontier", "left via the border crossing" (a verb of any motion; the place says the line was crossed)."""
    for child in kids_of(verb):
        if child.dep_ != "prep" or child.lower_ not in vocab.passage_prepositions:
            continue
        for obj in kids_of(child):
            if obj.dep_ == "pobj":
                found = vocab.passages.get(obj.lower_) or vocab.passages.get(obj.lemma_.lower()) \
                    or _compound_place(obj, vocab, vocab.passages)
                if found:
                    return found
    return None


def _compound_place(obj: Token, vocab: QuantityVocabulary, places: Mapping[str, str] | None = None) -> str | None:
    """The class of a two-word place whose first word is a compound of the object ("evacuation centres"), in
    ``places`` (the vocabulary's locatives by default)."""
    before = obj.doc[obj.i - 1] if obj.i > 0 else None
    if before is None or before.dep_ not in {"compound", "amod"} or before.head.i != obj.i:
        return None
    first = before.lower_
    table = vocab.locatives if places is None else places
    return table.get(f"{first} {obj.lower_}") or table.get(f"{first} {obj.lemma_.lower()}")


def _measure_of(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The class whose amount a noun names: a toll ("death toll", "casualty toll") or a measure noun of a
    class, alone or with the word before or after it ("the crowd", "forest loss", "area burned")."""
    lemma = noun.lemma_.lower()
    if lemma in vocab.tolls or noun.lower_ in vocab.tolls:
        for child in kids_of(noun):
            if child.dep_ == "compound" and child.lower_ in vocab.toll_compounds:
                return vocab.toll_compounds[child.lower_]
        return vocab.toll_default
    for child in kids_of(noun):
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
    candidates += [c for c in kids_of(verb) if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i != head.i]
    if verb.dep_ == "relcl" and any(c.tag_ == "WDT" for c in candidates):
        candidates.append(verb.head)  # "in a queue that stretches for 22 kilometres": the noun the clause is on
    for cand in candidates:
        found = _measure_of(cand, vocab)
        if found:
            return found
    return None


def _unit_of(noun: Token, vocab: QuantityVocabulary, table: Mapping[str, str] | None = None) -> str | None:
    """The unit a noun names in ``table`` (the vocabulary's units by default: "hectares", "ha", "square kilometres"),
    the two-word form with the word before it first ("nautical miles" before "miles"), or None."""
    units = vocab.units if table is None else table
    pair = f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 else ""
    return units.get(pair) or units.get(noun.lower_) or units.get(noun.lemma_.lower())


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
    """A plural nationality or party as a noun of people: "150 Indians", "three Democrats", or one whose plural is
    its singular numbered by a figure above one ("14,000 Congolese", which the model tags as a singular)."""
    if noun.ent_type_ != "NORP":
        return False
    return noun.tag_ in {"NNS", "NNPS"} or (noun.tag_ == "NNP" and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in _SINGLE for c in kids_of(noun)))


def _noun_class(noun: Token, vocab: QuantityVocabulary) -> str | None:
    """The class of the counted noun: its word or lemma, else with a compound before it ("shooting incidents")."""
    cls = vocab.nouns.get(noun.lower_) or vocab.nouns.get(noun.lemma_.lower())
    if cls is None and noun.n_lefts:
        for c in noun.lefts:
            if c.dep_ == "compound" and c.i == noun.i - 1:
                return vocab.nouns.get(f"{c.lower_} {noun.lower_}")
    return cls


@dataclass(frozen=True, slots=True)
class Counted:
    """What a figure counts: its class, the counted noun, the verb that gave the class, the unit it is in."""

    cls: str
    noun: Token | None
    verb: Token | None
    unit: str | None = None


def _in_units(fig: Figure, noun: Token, unit: str, vocab: QuantityVocabulary) -> Counted | None:
    """What a figure given in a unit measures ("12,000 hectares"): the class of the verb it is the patient or
    subject of ("the fires burned 12,000 hectares", "40 tonnes of oil spilled"), else of the measure it is
    the level of ("deforestation fell to 61,000 hectares"); only a class counted in that unit."""
    target = noun if noun.i == fig.head.head.i else fig.head
    found = _verb_class(target, vocab) or _swept(noun, vocab)
    if found is not None and unit in vocab.class_units.get(found[0], ()):
        return Counted(found[0], noun, found[1], unit)
    measure = _toll_class(noun, vocab)
    if measure is not None and unit in vocab.class_units.get(measure, ()):
        return Counted(measure, noun, None, unit)
    return None


def _swept(noun: Token, vocab: QuantityVocabulary) -> tuple[str, Token] | None:
    """The class of a verb of a measured patient whose land it went "through" or "across" with no object of its
    own ("fires have burned through 3,100 hectares", "the blaze burned across 900 acres"): the land is its
    patient, as in "burned 3,100 hectares"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SWEPT:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in _PATIENT_DEPS for c in kids_of(verb)):
        return None
    cls = _patient_class(verb, vocab)
    return (cls, verb) if cls else None


def counted_by_class(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """What a figure counts, or None when it counts nothing the vocabulary knows; a class counted in units
    needs a figure given in one of them."""
    found = _counted_as(fig, vocab)
    if found is None or (found.unit is None and found.cls in vocab.class_units):
        return None
    return found


def _counted_as(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """What a figure counts by its noun, verb, unit or measure, before the unit check of :func:`counted_by_class`."""
    head = fig.head
    if fig.share:
        share = share_class(head, vocab)
        return Counted(share[0], share[1], None) if share is not None else None
    noun: Token | None = None
    if head.dep_ in {"nummod", "amod", "det", "quantmod", "compound"} and (
            head.head.pos_ in _NOUNISH or head.head.lower_ in vocab.nouns):  # "14 wounded": a VBN as noun
        noun = head.head
    else:
        of = next((c for c in kids_of(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
            noun = pobj
    # The word whose role in the clause says what happened to the counted: the noun a figure numbers
    # ("40 people were killed"), else the figure itself ("dozens of people were wounded", "killing 12").
    unit = _unit_of(noun, vocab) if noun is not None else None
    # a length is a count only as the level of a class's measure ("the tailback stretched for 18 kilometres")
    length = _unit_of(noun, vocab, vocab.outlet_measures) if noun is not None and unit is None else None
    if noun is not None and (unit or length) is not None:
        measured = _in_units(fig, noun, unit or length or "", vocab)
        if measured is not None:
            return measured
    target = noun if noun is not None and noun.i == head.head.i else head
    target = _total_of(target, vocab)
    if noun is not None and is_thing(noun, vocab):
        return _thing_counted(noun, vocab)
    word = noun.lower_ if noun is not None else ""
    lemma = noun.lemma_.lower() if noun is not None else ""
    cls = _noun_class(noun, vocab) if noun is not None else None
    if noun is None or vocab.people_noun(word) or vocab.people_noun(lemma) or _nationals(noun):
        found = _verb_class(target, vocab)
        if found is not None and not (cls and found[0] in vocab.keep_nouns):
            return Counted(found[0], noun, found[1])
    context = vocab.noun_context.get(word) or vocab.noun_context.get(lemma) or vocab.context.get(cls or "")
    if cls and noun is not None and _in_context(noun, head, context):
        return Counted(cls, noun, None)
    if noun is None:
        toll = _toll_class(attachment(fig), vocab)
        if toll:
            return Counted(toll, None, None)
    elif noun.i == head.head.i and (vocab.people_noun(word) or vocab.people_noun(lemma)):
        toll = _toll_class(noun, vocab)  # "put the crowd at around 4,000 people": the level of a measure, in people
        if toll and toll not in vocab.class_units:
            return Counted(toll, noun, None)
    return None


def outlet_measure(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """A distance or length the figure gives in a unit of :attr:`~.QuantityVocabulary.outlet_measures` ("roughly 15
    kilometres north of the harbour", "a good 25 nautical miles out"): an open count of that unit, the outlet's claim
    only (the caller drops it in anyone else's words)."""
    head = fig.head
    if head.dep_ != "nummod" or fig.low is None or fig.share or fig.money is not None:
        return None
    noun = head.head
    unit = _unit_of(noun, vocab, vocab.outlet_measures)
    return Counted(f"{OPEN_PREFIX}{unit}", noun, None, unit) if unit is not None else None


def recorded_counted(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """What a figure no frame ties to a counted thing measures, to record it as given and never compare it
    (:data:`RECORDED_PREFIX`): the unit it is given in (a duration's, "percent" for a change of a share, a unit or
    a measure of length), else the noun it numbers ("1,300 Moldovans"), else the group after a partitive ("200 of
    the evacuees"), else nothing ("figure:"); None for a bare figure set off by a comma after a noun (an age:
    "the driver, 52,") or before a noun that reads as a name's number."""
    head = fig.head
    doc = head.doc
    if (fig.unit is None and fig.hedge_start == fig.first and fig.first > 1 and doc[fig.first - 1].text == ","
            and doc[fig.first - 2].pos_ in {"NOUN", "PROPN"} and head.dep_ != "nummod"):
        return None
    noun: Token | None = None
    unit = fig.unit
    if unit is None and head.dep_ == "nummod" and head.head.pos_ in _NOUNISH:
        noun = head.head
        unit = _unit_of(noun, vocab) or _unit_of(noun, vocab, vocab.outlet_measures)
    elif unit is None and fig.recorded and fig.last + 2 < len(doc):
        after = doc[fig.last + 1]
        noun = next((c for c in kids_of(after) if c.dep_ == "pobj"), None) if after.lower_ == "of" else None
    what = unit or (noun.lemma_.lower() if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else "")
    return Counted(f"{RECORDED_PREFIX}{what}", noun, None, unit)


def open_counted(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """A count of a thing no class names ("1,850 measles cases had been recorded", "we issued 41 notices", "17
    patients were admitted"): a plural common noun (or a noun of people: "two hotel staff") the figure numbers
    itself, that is no measure, unit or sum, with the verb it is the subject or object of. Its class is the noun's
    lemma and the verb's after :data:`OPEN_PREFIX` ("count:case:record"), a noun that roots a phrase with no verb
    :data:`GIVEN` ("count:boat:given"); a percentage's is :func:`_open_share`'s."""
    head = fig.head
    if fig.share:
        return _open_share(head, vocab)
    # "one of its patrols" names one of them, no count
    whole = _owned_whole(head) if head.dep_ != "nummod" and (fig.low or 0) > 1 else None
    if (head.dep_ != "nummod" and whole is None and not asks_how_many(head)) or (fig.low is None and fig.high is None):
        return None
    noun = whole or head.head
    lemma = noun.lemma_.lower()
    unit = _unit_of(noun, vocab) if noun.pos_ == "NOUN" else None
    if unit is not None:
        # An amount in a unit no class counts ("locusts settled on 18,000 hectares", "the land affected came to
        # under 2,500 hectares"): one article's figures in one unit, given by two sides, measure one thing; but a
        # producer's total output ("produced 88 million tonnes", "output reached ...") is no amount shipped,
        # agreed or lost, and is compared only with another output.
        if _output(noun, vocab):
            return Counted(f"{OPEN_PREFIX}{unit}:{OUTPUT}", noun, None, unit)
        return Counted(f"{OPEN_PREFIX}{unit}", noun, None, unit)
    what = _classified(noun, vocab) or noun  # "2.1 million head of livestock": the livestock are counted
    lemma = what.lemma_.lower()
    plural = what.i != noun.i or noun.tag_ == "NNS" or vocab.people_noun(noun.lower_)  # "two hotel staff"
    if (what.pos_ != "NOUN" or not plural or what.ent_type_ or len(lemma) < 4 or not lemma.isalpha()
            or lemma in vocab.open_count_stop or what.lower_ in vocab.not_counts or _unit_of(what, vocab)
            or _nationals(what)):
        return None  # a noun of people no class verb counts ("290,000 visitors came", "people live") is one too
    if _after_level_colon(fig, noun, vocab):
        return Counted(f"{OPEN_PREFIX}{lemma}:{COUNTED}", what, None, what.lower_)
    holder = _total_of(noun, vocab)  # "a total of 215 cattle have been culled": the total's verb tells their act
    if whole is not None:
        holder = noun = head  # "600 of its trucks are held up": the figure's own clause tells their act
    verb = holder.head if holder.i != noun.i else noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ in {"pobj", "prep", "conj"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        # a figure given in a phrase of its own ("Twelve boats, all of them ours.", after a colon: "...: some 300
        # stalls"): the sentence's root is the counted noun, the figure told by no verb
        return Counted(f"{OPEN_PREFIX}{lemma}:{GIVEN}", what, None, what.lower_) if noun.dep_ == "ROOT" else None
    # The verb is part of what is counted: "1,300 emails contained classified material" and "18 emails were
    # withheld" are two counts, "41 notices were issued" and "we issued 12 notices" one; verbs of one thing class
    # are one ("120 stalls have burned", "310 stalls have been destroyed": the class of what befell them).
    if not verb.lemma_.isalpha():
        return None  # a clitic the parse made the verb ("there's a couple")
    # a thing class is what befalls things: people "handed back" or "affected" are no homes handed over or struck
    act = (None if vocab.people_noun(what.lower_) else thing_class(verb, vocab)) or verb.lemma_.lower()
    filed = recorded_as(verb, vocab) if not vocab.people_noun(what.lower_) else None
    if filed is not None and (as_class := thing_class(filed, vocab)) is not None:
        act = as_class  # "200 houses were recorded as destroyed": what befell them, as the record files them
    if act == "be" and noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() in vocab.level_nouns
                                                   for c in kids_of(verb)):
        # "the navy's figure is 48 people": a count given as the level of a reference noun, as "counted" tells one
        # (quantity40)
        return Counted(f"{OPEN_PREFIX}{lemma}:{COUNTED}", what, None, what.lower_)
    told_to = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.head.i == verb.i)  # "speak of 4,000 families"
    if (act in vocab.reporting_verbs or act in vocab.record_verbs) and told_to:
        # a body counting ("counted 52,000 trekkers", "records 11 elephants killed"), telling ("spoke of 4,000
        # families expelled") or a record showing ("the log showed 520 vans parked there"): the act is what befell
        # them, where told, else the counting
        # itself (of those present, where "here": "registered 900 people here")
        told = _told_of(noun)
        act = (thing_class(told, vocab) or told.lemma_.lower()) if told is not None else (
            PRESENT if _counted_here(noun, verb, vocab) else COUNTED)
    if _present(act, what, vocab):
        act = PRESENT
    return Counted(f"{OPEN_PREFIX}{lemma}:{act}", what, None, what.lower_)


def _owned_whole(head: Token) -> Token | None:
    """The plural noun of a part of an owner's things the figure stands for ("more than 600 of its trucks are held
    up", "900 of the company's lorries"): an owner, no figure, for the whole, so the figure counts those things (a
    part of a group named by a figure or a determiner, "10 of the 40", "four of them", is no count:
    :func:`.figures._partitive`); None otherwise."""
    of = next((c for c in kids_of(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not any(c.dep_ == "poss" for c in kids_of(noun)):
        return None
    return None if any(c.like_num for c in kids_of(noun)) else noun


def _after_level_colon(fig: Figure, noun: Token, vocab: QuantityVocabulary) -> bool:
    """The figure opens what a colon gives as the level of a reference noun told before it in its sentence ("puts its
    number in writing: 500,000 people", "published its own count for Sunday: 41 hotspots"): a count, as "counted"
    tells one, whatever the parse hangs the counted noun on; not where a verb after the colon tells what befell the
    counted ("updated its count: 310 stalls have now been destroyed")."""
    doc = fig.head.doc
    start, end, _, _ = sentence_at(fig.head)
    colon = fig.hedge_start - 1
    if colon <= start or doc[colon].text != ":" or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[colon + 1:end] if t.i in {a.i for a in noun.ancestors}):
        return False
    return any(t.lemma_.lower() in vocab.level_nouns and t.dep_ in {"dobj", "nsubj", "nsubjpass"}
               for t in doc[start:colon])


def _told_of(noun: Token) -> Token | None:
    """The verb of a clause after a counted noun that tells what befell the counted ("11 elephants killed"), also
    past a phrase the parse hung it on ("520 vans with foreign plates parked at the yard")."""
    for c in noun.rights:
        if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB":
            return c
        if c.dep_ == "prep":
            for p in kids_of(c):
                if p.dep_ == "pobj":
                    found = next((v for v in p.rights if v.dep_ == "acl" and v.pos_ == "VERB"), None)
                    if found is not None:
                        return found
    return None


def _output(noun: Token, vocab: QuantityVocabulary) -> bool:
    """An amount in a unit that is a producer's output: the object of a verb of producing ("the country produced
    88 million tonnes", "mines extracted ..."), or the level of a noun of output ("output reached 40 million
    barrels", "production was ...", "a harvest of 12 million tonnes")."""
    tok = noun
    while tok.head.i != tok.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
        if tok.lemma_.lower() in vocab.output_nouns:
            return True
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    subject = next((c for c in kids_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return tok.lemma_.lower() in vocab.output_verbs or (
        subject is not None and subject.lemma_.lower() in vocab.output_nouns)


def _classified(noun: Token, vocab: QuantityVocabulary) -> Token | None:
    """The noun a classifier counts ("head" of "2.1 million head of livestock", "300 head of cattle"), or None."""
    if noun.lower_ not in vocab.classifier_nouns:
        return None
    of = next((c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in kids_of(of) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None


def _counted_here(noun: Token, verb: Token, vocab: QuantityVocabulary) -> bool:
    """What a body counted "here" or "there" ("it has registered 900 people here"): those present at a place."""
    return any(c.dep_ == "advmod" and c.lower_ in vocab.presence_adverbs for t in (noun, verb) for c in kids_of(t))


def _open_share(pct: Token, vocab: QuantityVocabulary) -> Counted | None:
    """A percentage no share class names, as an open count of the noun it is a share of ("60 percent of its gas
    imports", "a haircut of 28 percent", "a 40 percent stake"): class "count:percent:", the noun's lemma and the
    lemma of the verb it is told by."""
    of = next((c for c in kids_of(pct) if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
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
    return Counted(f"{OPEN_PREFIX}percent:{lemma}:{act}", noun, None, "percent")


def is_thing(noun: Token, vocab: QuantityVocabulary) -> bool:
    """A noun of a thing counted by what befell it ("homes", "houses"): its class names it already."""
    return noun.lower_ in vocab.things or noun.lemma_.lower() in vocab.things


def _thing_counted(noun: Token, vocab: QuantityVocabulary) -> Counted | None:
    """What a count of things ("110,000 homes") counts: the class of the verb that says what befell them, the
    verb it is the object of ("the flood destroyed 2,000 homes") or the first of a thing class after it."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in vocab.thing_verbs:
        return Counted(vocab.thing_verbs[head.lemma_.lower()], noun, head)
    found = thing_verb(noun, noun.doc[noun.sent.start:noun.sent.end], vocab)
    return Counted(found[0], noun, found[1]) if found is not None else None


def _of_counted(noun: Token, vocab: QuantityVocabulary, ref: Token | None = None) -> Counted | None:
    """What the ``of`` phrase of a reference noun counts: "the number of workers laid off", "the number of people
    detained", "the number of deaths", "the number of homes rebuilt"."""
    if is_thing(noun, vocab):
        return _thing_counted(noun, vocab)
    if vocab.people_noun(noun.lower_) or vocab.people_noun(noun.lemma_.lower()) or _nationals(noun):
        found = _verb_class(noun, vocab)
        if found is not None:
            return Counted(found[0], noun, found[1])
    cls = _noun_class(noun, vocab)
    if cls is not None and _in_context(noun, noun, vocab.context.get(cls)):
        return Counted(cls, noun, None)
    return _of_open(noun, ref, vocab) if ref is not None else None


def _of_open(noun: Token, ref: Token, vocab: QuantityVocabulary) -> Counted | None:
    """An open count of the plural noun of a reference noun's ``of`` phrase that no class names, its act the verb of
    a clause on the noun or, where the parse hangs it there, on the reference noun ("the highest number of trucks
    waiting at the gate": those present); None where no such verb tells what is counted."""
    lemma = noun.lemma_.lower()
    if (noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not lemma.isalpha() or lemma in vocab.open_count_stop
            or _unit_of(noun, vocab) is not None):
        return None
    told = _told_of(noun) or _told_of(ref)
    if told is None:  # "the number of stranded travellers": those present
        return Counted(f"{OPEN_PREFIX}{lemma}:{PRESENT}", noun, None, noun.lower_) if _present_before(noun, vocab) \
            else None
    act = thing_class(told, vocab) or told.lemma_.lower()
    return Counted(f"{OPEN_PREFIX}{lemma}:{PRESENT if _present(act, noun, vocab) else act}", noun, None, noun.lower_)


def _present_before(noun: Token, vocab: QuantityVocabulary) -> Token | None:
    """A participle of presence before the counted noun ("the number of stranded travellers", "of stuck lorries"):
    it tells those present, as a clause after the noun would ("travellers stranded at the border")."""
    def present(word: Token) -> bool:  # the model may keep the participle its own lemma ("stranded" as an adjective)
        lower = word.lower_
        forms = {word.lemma_.lower(), lower, *((lower[:-2], lower[:-1]) if lower.endswith("ed") else ())}
        return any(_present(f, noun, vocab) for f in forms)

    if vocab.people_noun(noun.lower_) or vocab.people_noun(noun.lemma_.lower()):
        return None  # a noun of people has its classes' and verbs' paths
    return next((c for c in noun.lefts if c.dep_ == "amod" and present(c)), None)


def _present(act: str, noun: Token, vocab: QuantityVocabulary) -> bool:
    """The act of an open count tells those present at a place (``presence_verbs``; ``thing_presence_verbs`` for
    things only: "trucks held at the crossing" are there, people held are detained)."""
    return act in vocab.presence_verbs or (act in vocab.thing_presence_verbs and not (
        vocab.people_noun(noun.lower_) or vocab.people_noun(noun.lemma_.lower()) or _nationals(noun)))


def level_counted(fig: Figure, sent: SpacySpan, vocab: QuantityVocabulary) -> Counted | None:
    """What a figure given as the level of a reference noun counts ("puts the number of people detained at 22");
    a class "" where the noun names none ("put the figure at 5,000": the class is that of the count answered).
    The reference noun stands as the counted's verb: the claim's clause and reporter are around it."""
    if fig.share or (fig.high is None and fig.low is None):
        return None
    ref = level_noun(fig.hedge_start, attachment(fig), sent, vocab)
    if ref is None:
        return _leveled_noun(fig, vocab)
    noun = of_noun(ref)
    if noun is None:
        # anaphoric: the class is the count it answers; "the tally comes to 700 tonnes" keeps the unit it answers in
        measured = fig.head.head if fig.head.dep_ == "nummod" and fig.head.head.pos_ == "NOUN" else None
        return Counted("", None, ref, _unit_of(measured, vocab) if measured is not None else None)
    found = _of_counted(noun, vocab, ref)
    return replace(found, verb=ref) if found is not None else None


def _leveled_noun(fig: Figure, vocab: QuantityVocabulary) -> Counted | None:
    """The things a verb of reporting puts at a figure ("the customs service puts the maize trucks at fewer than
    200", "estimated the stranded buses at 90"): a plural noun as the verb's object, no reference noun, with the
    figure after "at" or "as". Its class is no word's here: that of the earlier count of the same noun it answers
    (``cls`` "", the noun kept: :func:`.quantity._answered`)."""
    attach = attachment(fig)
    prep = attach.head
    if attach.dep_ != "pobj" or prep.lower_ not in LEVEL_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.reporting_verbs:
        return None
    obj = next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NNS" or obj.i > fig.hedge_start \
            or obj.lemma_.lower() in vocab.level_nouns or any(c.like_num for c in kids_of(obj)):
        return None
    return Counted("", obj, verb)


def bare_recorded(fig: Figure, vocab: QuantityVocabulary) -> bool:
    """A bare figure a verb of counting takes as its object ("in 2023 it recorded more than 800,000", "the census
    counted 12,400"): anaphoric, its class that of the count it answers (:func:`.quantity._answered`)."""
    head = fig.head
    if fig.share or not head.like_num or head.dep_ != "dobj" or (fig.low is None and fig.high is None):
        return False
    return (head.head.lemma_.lower() in vocab.reporting_verbs
            and not any(c.dep_ == "prep" for c in kids_of(head)))


def asks_how_many(tok: Token) -> bool:
    """``tok`` is the "many" of "how many <noun>" (a plural nationality too: "how many Ghanaians"): the word a
    question asks a count by."""
    return (tok.lower_ == _ASKED and (tok.head.pos_ == "NOUN" or _nationals(tok.head))
            and any(c.dep_ == "advmod" and c.lower_ == _HOW for c in kids_of(tok)))


def as_rate(found: Counted, vocab: QuantityVocabulary) -> Counted:
    """A count whose noun a rate word ties to a second noun ("twelve tonnes a hectare", "40 trucks a day") as a rate,
    an open count in that unit ("tonnes per hectare"): never the class of a plain amount, nor compared with one."""
    noun = found.noun
    if noun is None:
        return found
    doc, at = noun.doc, noun.i + 1
    of = doc[at] if at < len(doc) and doc[at].lower_ == "of" and doc[at].head.i == noun.i else None
    if of is not None:  # "1.5 million tonnes of oil a year": the good named, then the rate
        good = next((c for c in kids_of(of) if c.dep_ == "pobj"), None)
        if good is None or any(t.dep_ in {"prep", "relcl", "acl"} or t.pos_ == "VERB" for t in good.subtree):
            return found
        at = max(t.i for t in good.subtree) + 1
    if at + 1 >= len(doc):
        return found
    word, per = doc[at], doc[at + 1]
    anchors = (noun.i, noun.head.i) if of is None else (noun.i, noun.head.i, noun.head.head.i)
    if word.lower_ not in vocab.rate_words or per.pos_ != "NOUN" or per.head.i not in anchors:
        period = _verb_period(found.verb or noun.head, vocab)
        if period is None:
            return found
        unit = f"{found.unit or _unit_of(noun, vocab) or noun.lemma_.lower()} {period}"
        return Counted(f"{OPEN_PREFIX}{unit}", noun, found.verb, unit)
    unit = f"{found.unit or _unit_of(noun, vocab) or noun.lemma_.lower()} per {per.lemma_.lower()}"
    return Counted(f"{OPEN_PREFIX}{unit}", noun, found.verb, unit)


def _verb_period(verb: Token, vocab: QuantityVocabulary) -> str | None:
    """The period the verb of a count tells it per, making the count a rate ("per day"): a unit of time with a rate
    word on the verb, bare or after "on" or "per" ("400 vans cross on a normal day", "cross each week"), an adverb
    of a period ("cross daily"), or "on average" (a mean, no total: "on average")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in kids_of(verb):
        period = vocab.rate_adverbs.get(child.lower_) if child.dep_ in {"advmod", "npadvmod"} else None
        if period is not None:
            return f"per {period}"
        noun = child
        if child.dep_ == "prep" and child.lower_ in vocab.rate_prepositions:
            noun = next((c for c in kids_of(child) if c.dep_ in {"pobj", "amod"}), child)  # "on average": amod
            if noun.lower_ == _AVERAGE:
                return f"on {_AVERAGE}"
        elif child.dep_ not in {"npadvmod", "advmod"}:
            continue
        if noun.pos_ != "NOUN" or vocab.durations.get(noun.lower_) is None:
            continue
        det = next((c for c in kids_of(noun) if c.dep_ in {"det", "predet"}), None)
        if (det is not None and det.lower_ in vocab.rate_words) or child.lower_ in vocab.rate_words:
            return f"per {noun.lemma_.lower()}"
    return None

"""Event triggers: which entry of the pattern lexicon a verb or a noun carries.

A verb carries a trigger of its own ("attacked"), or takes one from its object:
a verb + noun phrase ("imposed sanctions") or a light verb with an event noun
("held talks"). A noun carries a trigger when it has the tags and modifiers its
entry asks for ("talks" in the plural, "air strike" with its modifier).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ...lexicon.events import EventLexicon as Lexicon
from ...lexicon.events import Trigger
from ..walk import kids_of
from .syntax import children, dates_only, pobjs

__all__ = ["actor_like", "counted", "generated_trigger", "hyphenated", "is_passive", "may_trigger_noun",
           "may_trigger_verb", "nominal_trigger", "noun_entry", "noun_ok", "object_infinitive", "participle",
           "patients", "perfect_misread", "verb_trigger"]


def participle(verb: Token) -> bool:
    """``verb`` is a past participle with its agent that modifies a noun ("the prisoners freed by the
    rebels"); without an agent it describes the noun ("a man accused of theft") rather than tells an act."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in kids_of(verb)))


# is_passive's answers for the last document asked, by token index (asked of one verb up to six times per document)
_passive_doc: Doc | None = None
_passive_size = -1
_passive: dict[int, bool] = {}


def is_passive(verb: Token) -> bool:
    """``verb`` is in the passive voice ("were beaten", "was seized", "the town shelled by rebels"); not "he's
    denied it", where the parser reads "'s" (has) as a passive auxiliary. Kept per token for the last document
    asked (:func:`forget_passives` empties it)."""
    global _passive_doc, _passive_size
    doc = verb.doc
    if doc is not _passive_doc or _passive_size != len(doc):
        _passive.clear()
        _passive_doc, _passive_size = doc, len(doc)
    i = verb.i
    found = _passive.get(i)
    if found is None:
        found = _passive[i] = _is_passive(verb)
    return found


def forget_passives() -> None:
    """Empty :func:`is_passive`'s answers (called as the events stage starts a document: its parse may have changed
    since, a named entity set on the same Doc)."""
    global _passive_doc
    _passive_doc = None
    _passive.clear()


def _is_passive(verb: Token) -> bool:
    kids = list(kids_of(verb))  # read once: each walk over Token.children makes its Tokens again
    if _perfect_misread(kids):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or participle(verb) or _bare_participle(verb, kids)


def _bare_participle(verb: Token, kids: list[Token]) -> bool:
    """ "said the prisoners released by Norway were ...", "agonized over workers held hostage by Varnia": a participle
    with its "by" agent and no auxiliary that the parser hung as a clause of its own (not as a noun's modifier)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "acl" or any(
            c.dep_ in ("aux", "auxpass", "nsubjpass") for c in kids):
        return False
    # the agent, or a "by" phrase naming someone on a subjectless adverbial clause ("workers held hostage by Chile")
    return any(c.dep_ == "agent" for c in kids) or (verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in kids)
                                                    and any(_by_someone(c) for c in kids))


def _by_someone(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "by" and any(
        o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in pobjs(prep))


def perfect_misread(verb: Token) -> bool:
    """ "He's consistently denied it": a perfect with its object that the parser took for a passive."""
    return _perfect_misread(list(kids_of(verb)))


def _perfect_misread(kids: list[Token]) -> bool:
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids) and any(c.dep_ == "dobj" for c in kids)


def patients(verb: Token) -> list[Token]:
    """What a passive verb acts on: its passive subject, or the noun its participle modifies."""
    found = children(verb, "nsubjpass")
    if not found and participle(verb):
        return [verb.head]
    if not found and _bare_participle(verb, list(kids_of(verb))):
        # its parsed subject, else the noun right before it ("workers held hostage by Varnia")
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        found = children(verb, "nsubj") or ([before] if before is not None and before.pos_ in ("NOUN", "PROPN") else [])
    return found


def noun_ok(noun: Token, trig: Trigger) -> bool:
    """``noun`` carries the tag and the modifier its entry asks for, if any, and no modifier or "of"
    object that makes it another act ("a verbal attack", "the release of a video")."""
    if trig.tags and noun.tag_ not in trig.tags:
        return False
    if trig.unless_modifiers and any(c.lemma_.lower() in trig.unless_modifiers for c in kids_of(noun)
                                     if c.dep_ in ("compound", "amod", "nmod")):
        return False
    if trig.unless_objects and any(o.lemma_.lower() in trig.unless_objects for p in kids_of(noun)
                                   if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)):
        return False
    return not trig.requires or any(c.lemma_.lower() in trig.requires for c in kids_of(noun)
                                    if c.dep_ in ("compound", "amod", "nmod")) or (trig.named_partner and any(
        o.ent_type_ == "PERSON" for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ in trig.preps
        for o in pobjs(p)))  # "his July 25 call with President Ruto": a phone call, the modifier left out


def _object_of_participle(verb: Token) -> list[Token]:
    """ "announced a new tariff on steel being dumped in the market": the parser made the object the subject of the
    participle after it (a clause with no finite verb, only "being"); the object is the verb's all the same."""
    for clause in children(verb, "ccomp"):
        auxes = children(clause, "aux", "auxpass")
        if clause.i > verb.i and auxes and all(a.lower_ == "being" for a in auxes):
            subj = children(clause, "nsubjpass", "nsubj")
            if subj and subj[0].pos_ == "NOUN" and subj[0].i > verb.i:
                return subj[:1]
    return []


def _theme(verb: Token, lemma: str, lex: Lexicon) -> Token | None:
    """The noun a verb acts on: its object (the subject of a passive), what a measure measures."""
    objs = children(verb, "dobj") or (patients(verb) if is_passive(verb) else []) or _object_of_participle(verb)
    if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN":
        objs = [verb.head]  # "a gas released from a tank": what the participle says of its noun
    elif not objs and verb.tag_ == "VBN" and not children(verb, "aux"):
        objs = children(verb, "nsubj")  # "with 6,800 people evacuated": a participle's subject undergoes it
        if not objs:
            objs = _reduced_relative(verb)
    theme = objs[0] if objs else None
    if theme is not None and (theme.lemma_.lower() in lex.measure_nouns or theme.pos_ == "NUM"
                              or theme.lower_ in lex.lists.partitives):
        # "25,000 tons of food aid", "10 days of war games": the event is what is measured; "imposed some of the
        # toughest sanctions", "one of the largest raids": what the part is taken from.
        inner = [o for p in kids_of(theme) if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
        theme = inner[0] if inner else theme
    if theme is None and lemma == "go":  # "went on strike"
        theme = next((p for c in kids_of(verb) if c.dep_ == "prep" for p in pobjs(c)), None)
    return theme


def noun_entry(noun: Token, lex: Lexicon, lemma: str | None = None) -> Trigger | None:
    """The noun entry of ``noun`` by its lemma, else, for an "-es" plural of a sibilant the lemmatizer got wrong
    ("marches" read "marche"), by the word less its ending (not "aides" -> "aid": no sibilant)."""
    found = lex.nouns.get(lemma if lemma is not None else noun.lemma_.lower())
    low = noun.lower_
    if found is None and noun.tag_ == "NNS" and low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return lex.nouns.get(low[:-2])
    return found


def may_trigger_noun(i: int, lowers: list[str], lemmas: list[str], lex: Lexicon) -> bool:
    """False where the noun at ``i`` can carry no trigger of its own (neither :func:`nominal_trigger` nor
    :func:`noun_entry` finds one), from the document's lower-case forms and lemmas (``walk.word_forms``), no Token
    read: the tests of those two on the word's forms, less the tests on its tag, its head and its spacing (True
    may still find none)."""
    lemma, low = lemmas[i], lowers[i]
    nouns, nominal = lex.nouns, lex.lists.nominal_forms
    return lemma in nouns or low[:-2] in nouns or lemma in nominal or (
        i >= 2 and lowers[i - 1] == "-" and f"{lowers[i - 2]}-{low}" in nominal)


def may_trigger_verb(lemma: str, lex: Lexicon) -> bool:
    """False where :func:`verb_trigger` finds nothing for a verb of this lower-cased lemma (no table has it)."""
    return lemma in _verb_keys(lex)


def hyphenated(tok: Token) -> str:
    """The lemma of ``tok``, with the word the parser split off by a hyphen ("sit-in", "walk-out")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].head.i == i and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def _object_trigger(lemma: str, parts: list[str], theme: Token, lex: Lexicon) -> Trigger | None:
    """The trigger of a verb + object phrase ("imposed sanctions"; also told by the modifier of a frame noun,
    ``lists.frame_nouns``: "violated the ceasefire agreement", "halted mediation efforts") or of a light verb's
    event noun."""
    keys = (*(f"{lemma} {p}" for p in parts), lemma)
    framed = hyphenated(theme) in lex.lists.frame_nouns
    for noun in (theme, *(c for c in kids_of(theme) if c.dep_ == "compound" and framed)):
        tl = hyphenated(noun)
        if market_sense(noun, lex):
            continue  # "the jets will meet growing demand": the market's, no one's demand met
        for key in keys:
            found = lex.phrases.get((key, tl))
            if found is not None:
                return found
    if lemma in lex.light_verbs or any(f"{lemma} {p}" in lex.light_verbs for p in parts):
        # "held talks"; "launched a mediation effort": the event is the object or its modifier;
        # "announced a suspension of air links": the phrase its noun names.
        nominal = nominal_trigger(theme, lex)
        if nominal is not None:
            return nominal
        # (a noun the parser made a modifier counts too: "went on a looting spree")
        for noun in (theme, *(c for c in kids_of(theme) if c.dep_ == "compound" or (c.dep_ == "amod"
                                                                                 and c.pos_ == "NOUN"))):
            nt = noun_entry(noun, lex, hyphenated(noun))
            if nt is not None and noun_ok(noun, nt) and (not nt.stance or lemma in lex.lists.voicing_verbs):
                return nt  # (a stance only where voiced: "voiced opposition", not "goes beyond his opposition")
    return None


def withheld(lemma: str, theme: Token, lex: Lexicon) -> bool:
    """A light verb gives none of a stance or a concession ("lent no backing to", "has made no apology for"):
    a stance held, no act (``lists.withheld_types``)."""
    if lemma not in lex.light_verbs or not any(c.dep_ in ("det", "neg") and c.lower_ in lex.negative_determiners
                                               for c in kids_of(theme)):
        return False
    nt = noun_entry(theme, lex, hyphenated(theme))
    return nt is not None and (nt.stance or nt.type.lower() in lex.lists.withheld_types)


def market_sense(noun: Token, lex: Lexicon) -> bool:
    """A noun of ``lists.market_nouns`` in the singular with no determiner, owner or number is the market's
    ("meet demand", "growing demand for oil"); what someone demands is told with one ("the strikers' demand",
    "their demands", "a demand that")."""
    return (noun.lemma_.lower() in lex.lists.market_nouns and noun.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in kids_of(noun)))


def nominal_trigger(noun: Token, lex: Lexicon) -> Trigger | None:
    """The verb + object phrase a noun of ``lists.nominal_forms`` names with its "of" object ("the suspension
    of air links", "the resumption of ties"): the phrases of the file list these nouns among their verbs."""
    lemma = hyphenated(noun)
    if lemma not in lex.lists.nominal_forms:
        return None
    for prep in kids_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in pobjs(prep):
            obj = counted(obj, lex)
            for form in (obj, *(c for c in kids_of(obj) if c.dep_ == "compound")):
                found = lex.phrases.get((lemma, hyphenated(form)))
                if found is not None:
                    return found
    return None


def _state_trigger(verb: Token, lemma: str, lex: Lexicon) -> tuple[Trigger, Token] | None:
    """ "placed under house arrest", "was put under investigation", "remained on high alert": a state told by
    the noun after a preposition, from the phrases keyed by verb and preposition ("put under" + "arrest")."""
    for prep in kids_of(verb):
        if prep.dep_ != "prep":
            continue
        key = f"{lemma} {prep.lower_}"
        for obj in pobjs(prep):
            trig = lex.phrases.get((key, hyphenated(obj)))
            if trig is None:
                continue
            if trig.subjects:
                # who is in that state: the subject, the one put in it, or the passive subject
                held = [counted(c, lex).lemma_.lower() for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass",
                                                                                          "dobj")]
                if not any(h in trig.subjects for h in held):
                    continue
            return trig, obj
    return None


def _circumstances(verb: Token, lex: Lexicon) -> list[Token]:
    """ "were killed when a bus plunged off a bridge": the clause that tells how, and its subject, where
    that subject is no weapon ("when a bomb went off" tells an attack)."""
    weapons = lex.lists.weapons
    marks = lex.lists.circumstance_marks
    out: list[Token] = []
    # "were killed and two others injured when ...": the clause may hang from the last of the verbs, or from
    # the participle the parser made of it ("and more than a dozen injured when ...").
    verbs = [verb, *verb.conjuncts]
    verbs.extend(c for v in verb.conjuncts for c in kids_of(v) if c.dep_ == "acl" and c.tag_ == "VBN")
    for clause in (c for v in verbs for c in kids_of(v)):
        if clause.dep_ != "advcl" or not any(m.lower_ in marks for m in kids_of(clause)
                                              if m.dep_ in ("advmod", "mark")):
            continue
        subj = [s for s in kids_of(clause) if s.dep_ in ("nsubj", "nsubjpass")]
        if not any(s.lemma_.lower() in weapons for s in subj):
            out.extend((clause, *subj))
    return out


def _causes(verb: Token, lex: Lexicon, depth: int = 0) -> list[str]:
    """Lemmas of what does the act: the subject (inherited by "..., killing hundreds"), the passive
    agent, the "in" phrase of a passive ("were killed in a crash") and the clause that tells how ("were
    killed when a plant exploded"); a cause with a weapon among its modifiers ("a car bomb explosion")
    is left out: that is an attack."""
    found = [c for c in kids_of(verb) if c.dep_ == "nsubj"]
    if is_passive(verb):
        found.extend(o for c in kids_of(verb) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")
                     for o in pobjs(c))
        if not children(verb, "agent"):
            found.extend(_circumstances(verb, lex))
    elif not found and depth < 2 and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        return _causes(verb.head, lex, depth + 1)
    elif not found and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ == "NOUN":
        # "stranded after an outbreak of cholera killed a farmer": a finite verb the parser hung on the noun
        # before it as a modifier has that noun for its subject
        found = [verb.head]
    weapons = lex.lists.weapons
    return [t.lemma_.lower() for t in found
            if not any(m.lemma_.lower() in weapons for m in t.subtree if m.i < t.i)]


def _holds(trig: Trigger, verb: Token, lex: Lexicon) -> bool:
    """A verb + object phrase holds unless what does it is no one ("snow blocked the roads") or its end
    makes it another act ("troops sent to help flood victims")."""
    if trig.unless_subjects and any(w in trig.unless_subjects for w in _causes(verb, lex)):
        return False
    if trig.subjects and not any(w in trig.subjects for w in _doers(verb, lex)):
        return False  # "the editors removed the article": only censors, the state or the platform censor
    return not (trig.unless_purposes and any(w in trig.unless_purposes for w in _purposes(verb)))


def _doers(verb: Token, lex: Lexicon) -> list[str]:
    """The head words of who does it: the subject, or the agent of a passive ("was taken down by censors")."""
    found = [c for c in kids_of(verb) if c.dep_ in ("nsubj", "dobj")]  # (one put on alert: "put troops on alert")
    found.extend(o for c in kids_of(verb) if c.dep_ == "agent" for o in pobjs(c))
    return [counted(c, lex).lemma_.lower() for c in found]


def _purposes(verb: Token) -> list[str]:
    """Lemmas of what an act is for: "mobilized to help", "mobilized efforts to help"."""
    holders = [verb, *children(verb, "dobj")]
    return [c.lemma_.lower() for h in holders for c in kids_of(h)
            if c.dep_ in ("xcomp", "advcl", "acl") and any(a.tag_ == "TO" for a in kids_of(c))]


def _reduced_relative(verb: Token) -> list[Token]:
    """ "told the paper in an interview recorded and released on Monday": a bare participle right after a noun,
    which the parser hung on the clause's verb, says what is done to that noun."""
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ in ("VBN", "VBD") else verb  # (taken for a past)
    if first.dep_ not in ("xcomp", "advcl", "ccomp") or children(first, "aux", "auxpass", "nsubj", "nsubjpass", "dobj"):
        return []
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return [prev] if prev is not None and prev.pos_ == "NOUN" and prev.head.i < prev.i else []


def _published(trig: Trigger, verb: Token, theme: Token | None, lex: Lexicon) -> bool:
    """ "before releasing them to the public": made public, no captive freed; "the transcripts that the chairman plans
    to release": what a relative clause's verb acts on is one of the entry's other senses."""
    if trig.mode == "release" and any(o.lemma_.lower() in lex.lists.published_audiences for p in children(verb, "prep")
                                      if p.lower_ == "to" for o in pobjs(p)):
        return True
    told = _relative_object(verb) if trig.unless_objects and (theme is None or theme.tag_ in ("WDT", "WP")) else None
    return told is not None and any(f in trig.unless_objects for f in _forms(told))


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause tells of, where the verb (or a verb it completes: "the report that she said
    she will release") acts on it: the relative pronoun, if any, is no subject, and the clause has a subject of
    its own."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and len(chain) < 4 and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    clause = chain[-1]
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = [c for v in chain for c in kids_of(v)]
    if any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None  # "the group that plans to release": the group acts
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(clause)):
        return None
    return clause.head


def counted(noun: Token, lex: Lexicon) -> Token:
    """What a count or a measure counts ("hundreds of demonstrators"), else the noun itself."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in lex.measure_nouns:
        inner = [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
        if inner:
            return inner[0]
    return noun


def _fits(trig: Trigger, verb: Token, theme: Token | None, lex: Lexicon) -> bool:
    """The verb's own entry holds here: its object, subject, tag and clause conditions are met."""
    forms = _forms(theme) if theme is not None else ()  # the word and its lemma ("taxes" is read "taxis")
    if trig.objects and not any(f in trig.objects for f in forms):
        return False
    if _idiom_object(trig, verb, theme, lex) or _published(trig, verb, theme, lex):
        return False
    if trig.subjects and not any(counted(c, lex).lemma_.lower() in trig.subjects for c in kids_of(verb)
                                 if c.dep_ in ("nsubj", "nsubjpass")):
        return False
    if trig.unless_subjects and any(w in trig.unless_subjects for w in _causes(verb, lex)):
        return False  # "a tsunami killed 40", "were killed in a plane crash": no one's act
    if trig.unless_purposes and any(w in trig.unless_purposes for w in _purposes(verb)):
        return False  # "the army mobilized to help flood victims": relief, not a show of force
    if trig.unless_modifiers and any(c.lemma_.lower() in trig.unless_modifiers for c in kids_of(verb)
                                     if c.dep_ == "advmod"):
        return False  # "attacked the plan verbally"
    if trig.unless_particles and any(c.lower_ in trig.unless_particles and (c.dep_ == "prt" or c.i == verb.i + 1)
                                     and not (c.dep_ == "prep" and dates_only(c))
                                     for c in children(verb, "prt", "prep")):
        return False  # "talk down the economy", "talked up the deal" (a particle taken for a preposition): no talks
    if trig.tags and verb.tag_ not in trig.tags:
        return False  # "were beaten" is an assault; "will beat her in the election" is not
    if trig.intransitive and (children(verb, "dobj", "ccomp", "agent") or is_passive(verb)):
        return False  # "demonstrated their resolve", "demonstrated that it can", "as demonstrated by" show
        # something; "demonstrated outside" protests
    if (trig.requires_content and not _has_content(verb, lex)) or (trig.requires_object and theme is None):
        return False  # "was asked about the vote", "Asked whether he ...", "I promise you": no content, no act;
        # "accused her of pushing to indict him": the one pressed is not told
    if trig.unless_content and any(x.lemma_.lower() in trig.unless_content for x in children(verb, "xcomp", "ccomp")):
        return False  # "declined to comment", "refused to elaborate": silence, not a refusal of anything; "cannot
        # allow her to win": an outcome, no restriction eased
    if trig.actor_object and theme is not None and not actor_like(theme, lex):
        return False  # "defended its reputation", "defending the region's traditions": no one is defended
    if trig.actor_subject and not _actor_subject(verb, lex):
        return False  # "activities that threatened the country's security": no one threatens
    if trig.actor_beneficiary and not _actor_beneficiary(verb, lex):
        return False  # "was allowed to remain", "allowed himself to", "allowing it to happen": no one let in
    return not (trig.unless_clause and children(verb, "ccomp"))


def actor_like(tok: Token, lex: Lexicon) -> bool:
    """``tok`` may stand for an actor: a name, a pronoun, an actor noun ("officials", "the army") or a
    noun an actor word modifies ("Chinese interests")."""
    if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.lemma_.lower() in lex.actor_nouns:
        return True
    return any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in kids_of(tok))


def _actor_beneficiary(verb: Token, lex: Lexicon) -> bool:
    """An active verb whose beneficiary (its object, or the subject of its complement: "allowed the envoy to
    visit") is an actor other than a reflexive or a neuter pronoun."""
    if is_passive(verb) or verb.dep_ == "acl" or children(verb, "csubj") or (
            not children(verb, "nsubj") and verb.dep_ not in ("xcomp", "conj")):
        return False  # also "an equation to allow Assad to stay", "Putting the show together allowed him to"
    found = children(verb, "dobj") or [s for c in children(verb, "ccomp", "xcomp") for s in children(c, "nsubj")]
    return bool(found) and found[0].lower_ not in lex.neuter_pronouns and not found[0].lower_.endswith(
        ("self", "selves")) and actor_like(found[0], lex)


def _has_content(verb: Token, lex: Lexicon) -> bool:
    """What is asked for or promised is told: a "to" clause, a "that" clause (not "if" or "whether": a
    question), a "for" phrase, or an object that is a thing rather than the one addressed."""
    if children(verb, "xcomp") or object_infinitive(verb):
        return True
    for comp in children(verb, "ccomp"):
        if not any(m.dep_ == "mark" and m.lower_ in lex.lists.question_marks for m in kids_of(comp)):
            return True
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids_of(verb)):
        return True
    return any(not actor_like(o, lex) and o.lemma_.lower() not in lex.lists.question_nouns
               for o in children(verb, "dobj"))


def object_infinitive(verb: Token) -> Token | None:
    """ "lobbied the countries to back X": the "to" clause the parser hangs on the verb as a purpose, after its
    object, which is what is asked of the object (None where there is none)."""
    if not children(verb, "dobj"):
        return None
    return next((c for c in children(verb, "advcl") if c.i > verb.i and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in kids_of(c)) and not any(
        m.dep_ in ("mark", "nsubj") for m in kids_of(c))), None)


def _discourse(prep: Token, lex: Lexicon) -> bool:
    """A preposition whose phrase frames the sentence ("for its part", "in turn", "at least"): no particle."""
    return any(f"{prep.lower_} {o.lemma_.lower()}" in lex.lists.discourse_phrases for o in pobjs(prep)) or (
        not pobjs(prep) and any(f"{prep.lower_} {c.lower_}" in lex.lists.discourse_phrases for c in kids_of(prep)))


_VERB_KEYS: dict[int, tuple[Lexicon, tuple[int, ...], frozenset[str], frozenset[str]]] = {}


def _verb_keys(lex: Lexicon) -> frozenset[str]:
    """Every lemma ``verb_trigger`` can find something for: the keys of the tables it looks a verb up in
    (``verbs``, ``phrases``, ``light_verbs``: "<lemma>" or "<lemma> <word>", so each key and each of its
    word-boundary prefixes), ``lists.state_verbs`` and ``generated``. A lookup added to ``verb_trigger`` adds its
    table here. Built once per lexicon (and again should a table grow)."""
    sizes = (len(lex.verbs), len(lex.phrases), len(lex.light_verbs), len(lex.lists.state_verbs), len(lex.generated))
    kept = _VERB_KEYS.get(id(lex))
    if kept is not None and kept[0] is lex and kept[1] == sizes:
        return kept[2]
    keys: set[str] = set(lex.lists.state_verbs) | set(lex.generated)
    parted: set[str] = set()
    for key in (*lex.verbs, *(k for k, _ in lex.phrases), *lex.light_verbs):
        keys.add(key)
        parted.update(key[:j] for j, ch in enumerate(key) if ch == " ")
    keys |= parted
    found = frozenset(keys)
    if len(_VERB_KEYS) >= 8:
        _VERB_KEYS.clear()
    _VERB_KEYS[id(lex)] = (lex, sizes, found, frozenset(parted))
    return found


def _parted_lemmas(lex: Lexicon) -> frozenset[str]:
    """The lemmas some key of ``verbs``, ``phrases`` or ``light_verbs`` continues with a word ("<lemma> <word>"):
    for any other lemma ``verb_trigger`` finds the same with or without the verb's particles and prepositions, so
    it does not read them (five verbs in six)."""
    _verb_keys(lex)
    return _VERB_KEYS[id(lex)][3]


def verb_trigger(verb: Token, lex: Lexicon) -> tuple[Trigger, Token | None] | None:
    """The trigger a verb carries, with the event noun it takes from its object, if any."""
    lemma = verb.lemma_.lower()
    if lemma not in _verb_keys(lex):
        return None  # no table has the lemma: nothing below can find a trigger (a quarter of the verbs)
    theme = _theme(verb, lemma, lex)
    parts: list[str] = []
    if lemma in _VERB_KEYS[id(lex)][3]:  # (_parted_lemmas, as _verb_keys just made sure of the tables' entry)
        # no table key goes on after the other lemmas: their parts change nothing
        # Particles, also where the parser took them for adverbs ("pushed the militants back"), and
        # prepositions, but not one that only dates the verb.
        # (and an adjective the verb takes: "pleaded guilty")
        parts = [c.lower_ for c in kids_of(verb) if c.dep_ in ("prt", "advmod", "acomp") or (
            c.dep_ == "prep" and not dates_only(c) and not _discourse(c, lex))]
        # "called for the governor to resign": the parser makes "for" the mark of the clause.
        parts.extend(m.lower_ for c in kids_of(verb) if c.dep_ == "advcl" for m in kids_of(c)
                     if m.dep_ == "mark" and m.lower_ == "for")
        # "pleaded guilty Monday": the parser hangs the verb's adjective on the date after it.
        parts.extend(a.lower_ for c in kids_of(verb) if c.dep_ == "npadvmod" for a in kids_of(c)
                     if a.dep_ == "amod" and a.i == verb.i + 1)
    if theme is not None and withheld(lemma, theme, lex):
        return None
    if theme is not None:
        found = _object_trigger(lemma, parts, theme, lex)
        if found is not None:
            # A phrase that does not hold here ("snow blocked the roads") decides: no event.
            return (found, theme) if _holds(found, verb, lex) else None
    if lemma in lex.lists.state_verbs:
        state = _state_trigger(verb, lemma, lex)
        if state is not None:
            return state
    keys = [f"{lemma} {p}" for p in parts]
    if theme is not None:
        keys.append(f"{lemma} {theme.lower_}")  # "open fire"
    keys.append(lemma)
    for key in keys:
        trig = lex.verbs.get(key)
        if trig is not None and _fits(trig, verb, theme, lex):
            return trig, None
    own = lex.verbs.get(lemma)
    if own is not None and theme is not None and any(f in own.unless_objects for f in _forms(theme)):
        return None  # the hand-written entry names this object as another sense ("captured the primary")
    if lemma in lex.generated and not is_passive(verb) and not (verb.tag_ in ("VBG", "VBN") and verb.dep_ in (
            "acl", "advcl")):
        # The dictionary's patterns are active clauses ("rushed food to"); a passive or a participle
        # phrase ("were shipped out", "using missiles", "their car overturned on a road") is left to the
        # hand-written patterns.
        if theme is not None and (entry := noun_entry(theme, lex)) is not None and entry.unless_modifiers \
                and not noun_ok(theme, entry):
            return None  # "will continue their legislative attacks": the noun's own entry rules this sense out
        trig = generated_trigger(verb, lex.generated[lemma], theme, lex.lists.generated_exceptions)
        if trig is not None and _actor_subject(verb, lex) and not _partyless(trig, verb, theme, lex):
            return trig, None
    return None


def _partyless(trig: Trigger, verb: Token, theme: Token | None, lex: Lexicon) -> bool:
    """ "announced new measures to curb inflation", "starts a restructuring programme": the dictionary codes these
    objects (``lists.party_objects``) as acts on another party ("measures against", "a programme with"); with no
    such phrase they are one side's own business, no event."""
    return (theme is not None and theme.lemma_.lower() in lex.lists.party_objects
            and not any(c.dep_ == "prep" and c.lower_ in trig.preps and pobjs(c)
                        for c in (*verb.children, *theme.children)))


def _actor_subject(verb: Token, lex: Lexicon, depth: int = 0) -> bool:
    """The dictionary's patterns code what actors do: "the scandal boosted the prospects of", "remarks,
    which raised concerns" have no actor for a subject. A clause whose subject is not told passes."""
    subj = children(verb, "nsubj")
    if not subj:
        if depth < 2 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            return _actor_subject(verb.head, lex, depth + 1)
        return True
    first = subj[0]
    if first.lower_ in lex.relative_pronouns and verb.dep_ == "relcl":
        first = verb.head  # "remarks, which raised concerns": the remarks
    first = counted(first, lex)  # "thousands of people took to the streets"
    return actor_like(first, lex) or first.lemma_.lower() in lex.lists.protesters


def _idiom_object(trig: Trigger, verb: Token, theme: Token | None, lex: Lexicon) -> bool:
    """The verb's object, or one it shares with a joined word, is of ``unless_objects`` ("struck a cautious tone",
    "meet the polling and fundraising thresholds", "meeting or exceeding expectations")."""
    if not trig.unless_objects:
        return False
    objs = [theme] if theme is not None else []
    return any(f in trig.unless_objects for o in (*objs, *_shared_objects(verb, theme, lex)) for f in _forms(o))


def _shared_objects(verb: Token, theme: Token | None, lex: Lexicon) -> list[Token]:
    """The object a verb shares with a joined one ("meeting or exceeding expectations": the second verb's), or the
    noun the parser joined to a bare modifier it took for the object ("the polling and fundraising thresholds")."""
    if theme is None:
        return [o for c in kids_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB" for o in children(c, "dobj")]
    if actor_like(theme, lex) or noun_entry(theme, lex) is not None:
        return []  # "met the envoy and the deadline" is still a meeting
    return [c for c in kids_of(theme) if c.dep_ == "conj" and not any(d.dep_ == "det" for d in kids_of(c))]


def _forms(tok: Token) -> tuple[str, ...]:
    return (tok.lower_, tok.lemma_.lower())


def generated_trigger(verb: Token, table: Mapping[str, Trigger | None], theme: Token | None,
                      exceptions: frozenset[str] = frozenset()) -> Trigger | None:
    """The CAMEO dictionary's coding of ``verb`` (see ``EventLexicon.generated``): the most specific of
    particle + object, object and prepositional phrase. The dictionary's bare verbs, bare prepositions
    and bare particles are not used: on the dev sets they coded far more non-events than events.
    ``exceptions`` (``lists.generated_exceptions``) names lemmas, or lemma + pattern, whose coding is
    another sense in news ("this means war", "launched a bid for office"): no event."""
    lemma = verb.lemma_.lower()
    if lemma in exceptions:
        return None
    particles = [c.lower_ for c in kids_of(verb) if c.dep_ == "prt"]
    objs = _forms(theme) if theme is not None else ()
    keys = [f"t:{p} o:{o}" for p in particles for o in objs]
    keys.extend(f"o:{o}" for o in objs)
    for prep in kids_of(verb):
        if prep.dep_ == "prep":
            keys.extend(f"p:{prep.lower_} {o}" for obj in pobjs(prep) for o in _forms(obj))
    for key in keys:
        if key in table:
            if f"{lemma} {key}" in exceptions:
                return None
            return table[key]  # None: the dictionary says this is no event
    return None

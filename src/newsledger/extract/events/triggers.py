"""Event triggers: which entry of the pattern lexicon a verb or a noun carries.

A verb carries a trigger of its own ("attacked"), or takes one from its object:
a verb + noun phrase ("imposed sanctions") or a light verb with an event noun
("held talks"). A noun carries a trigger when it has the tags and modifiers its
entry asks for ("talks" in the plural, "air strike" with its modifier).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ...lexicon.events import Trigger
from .syntax import children, pobjs

__all__ = ["generated_trigger", "is_passive", "noun_ok", "verb_trigger"]


def is_passive(verb: Token) -> bool:
    """``verb`` is in the passive voice ("were beaten", "was seized")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def noun_ok(noun: Token, trig: Trigger) -> bool:
    """``noun`` carries the tag and the modifier its entry asks for, if any."""
    if trig.tags and noun.tag_ not in trig.tags:
        return False
    return not trig.requires or any(c.lemma_.lower() in trig.requires for c in noun.children
                                    if c.dep_ in ("compound", "amod", "nmod"))


def _theme(verb: Token, lemma: str, lex: Lexicon) -> Token | None:
    """The noun a verb acts on: its object (the subject of a passive), what a measure measures."""
    objs = children(verb, "dobj") or (children(verb, "nsubjpass") if is_passive(verb) else [])
    theme = objs[0] if objs else None
    if theme is not None and theme.lemma_.lower() in lex.measure_nouns:
        # "25,000 tons of food aid", "10 days of war games": the event is what is measured.
        inner = [o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
        theme = inner[0] if inner else theme
    if theme is None and lemma == "go":  # "went on strike"
        theme = next((p for c in verb.children if c.dep_ == "prep" for p in pobjs(c)), None)
    return theme


def _object_trigger(lemma: str, parts: list[str], theme: Token, lex: Lexicon) -> Trigger | None:
    """The trigger of a verb + object phrase ("imposed sanctions") or of a light verb's event noun."""
    tl = theme.lemma_.lower()
    for key in (*(f"{lemma} {p}" for p in parts), lemma):
        found = lex.phrases.get((key, tl))
        if found is not None:
            return found
    if lemma in lex.light_verbs or any(f"{lemma} {p}" in lex.light_verbs for p in parts):
        # "held talks"; "launched a mediation effort": the event is the object or its modifier.
        for noun in (theme, *(c for c in theme.children if c.dep_ == "compound")):
            nt = lex.nouns.get(noun.lemma_.lower())
            if nt is not None and noun_ok(noun, nt):
                return nt
    return None


def _fits(trig: Trigger, verb: Token, theme: Token | None) -> bool:
    """The verb's own entry holds here: its object, subject, tag and clause conditions are met."""
    theme_lemma = theme.lemma_.lower() if theme is not None else None
    if trig.objects and (theme_lemma is None or theme_lemma not in trig.objects):
        return False
    if trig.unless_objects and theme_lemma is not None and theme_lemma in trig.unless_objects:
        return False
    if trig.subjects and not any(c.lemma_.lower() in trig.subjects for c in verb.children
                                 if c.dep_ in ("nsubj", "nsubjpass")):
        return False
    if trig.tags and verb.tag_ not in trig.tags:
        return False  # "were beaten" is an assault; "will beat her in the election" is not
    if trig.intransitive and children(verb, "dobj"):
        return False
    return not (trig.unless_clause and children(verb, "ccomp"))


def verb_trigger(verb: Token, lex: Lexicon) -> tuple[Trigger, Token | None] | None:
    """The trigger a verb carries, with the event noun it takes from its object, if any."""
    lemma = verb.lemma_.lower()
    theme = _theme(verb, lemma, lex)
    parts = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    if theme is not None:
        found = _object_trigger(lemma, parts, theme, lex)
        if found is not None:
            return found, theme
    keys = [f"{lemma} {p}" for p in parts]
    if theme is not None:
        keys.append(f"{lemma} {theme.lower_}")  # "open fire"
    keys.append(lemma)
    for key in keys:
        trig = lex.verbs.get(key)
        if trig is not None and _fits(trig, verb, theme):
            return trig, None
    if lemma in lex.generated:
        trig = generated_trigger(verb, lex.generated[lemma], theme)
        if trig is not None:
            return trig, None
    return None


def _forms(tok: Token) -> tuple[str, ...]:
    return (tok.lower_, tok.lemma_.lower())


def generated_trigger(verb: Token, table: Mapping[str, Trigger | None], theme: Token | None) -> Trigger | None:
    """The CAMEO dictionary's coding of ``verb`` (see ``EventLexicon.generated``): the most specific of
    particle + object, object and prepositional phrase. The dictionary's bare verbs, bare prepositions
    and bare particles are not used: on the dev sets they coded far more non-events than events."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    objs = _forms(theme) if theme is not None else ()
    keys = [f"t:{p} o:{o}" for p in particles for o in objs]
    keys.extend(f"o:{o}" for o in objs)
    for prep in verb.children:
        if prep.dep_ == "prep":
            keys.extend(f"p:{prep.lower_} {o}" for obj in pobjs(prep) for o in _forms(obj))
    for key in keys:
        if key in table:
            return table[key]  # None: the dictionary says this is no event
    return None

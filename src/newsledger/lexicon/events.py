"""The event pattern lexicon: verbs, nouns and verb + noun phrases -> PLOVER type, mode, CAMEO code;
with the word lists and code tables of the events extractor (measure nouns, groups of types, the
modes of a request's content, the PLOVER manual's recoding rules with their CAMEO codes).

The shipped lexicon is ``data/events.yaml``; the user's file (setting ``events_file``) is merged
over it by the loader's one rule. Modal auxiliaries, negators and conditional markers are
closed-class English words (``data/english.yaml``) and come from there.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ConfigError
from .loader import WordLists, read_table, read_yaml
from .loader import words as _words

__all__ = ["PLOVER_TYPES", "EventLexicon", "Recode", "Recoding", "Trigger", "TypeGroups", "build_event_lexicon",
           "cameo_scale", "load_event_lexicon", "with_type"]

VERSION = 1

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """How one word (or phrase) is coded, and where its target is found."""

    type: str
    cameo: str | None = None
    mode: str | None = None
    preps: frozenset[str] = frozenset()
    symmetric: bool = False
    swap: bool = False  # the subject is the recipient ("hosted", "received")
    tags: frozenset[str] = frozenset()  # fine-grained tags the word must carry ("talks": NNS)
    requires: frozenset[str] = frozenset()  # a modifier the noun must carry ("air strike")
    objects: frozenset[str] = frozenset()  # object nouns the verb needs ("received a delegation")
    unless_objects: frozenset[str] = frozenset()  # object nouns that make it idiom ("struck a cautious tone")
    subjects: frozenset[str] = frozenset()  # subject nouns the verb needs ("a bomb exploded", not a boiler)
    unless_subjects: frozenset[str] = frozenset()  # subject nouns that make it another act ("shells landed in")
    unless_modifiers: frozenset[str] = frozenset()  # modifiers that make it another act ("a verbal attack")
    dative: bool = False  # an indirect object is the target ("gave Chad aid")
    requires_preps: bool = False  # only with a target prepositional phrase ("fired rockets at")
    intransitive: bool = False  # only without a direct object ("rallied", not "rallied supporters")
    unless_clause: bool = False  # not with a clausal object ("asked, 'Do you think ...'")
    unless_preps: frozenset[str] = frozenset()  # not with a prepositional phrase headed by one of these
    owner_target: bool = False  # the owner of the object is the target ("crossed Peru's border")
    joint: Trigger | None = None  # the coding when the object is "joint" ("joint exercises")


@dataclass(frozen=True, slots=True)
class TypeGroups:
    """Groups of PLOVER types that the rules treat alike (``type_groups`` of the data file)."""

    cooperative: frozenset[str]  # promised, intended or future, coded AGREE
    addressed: frozenset[str]  # aimed at someone: the target may sit in the complement
    material: frozenset[str]  # physical acts: events even without a named participant
    needs_recipient: frozenset[str]  # told by a noun alone, coded only with a recipient
    governing: frozenset[str]  # the complement is the content ("agreed to meet")
    yielding: frozenset[str]  # declining to do one is a refusal to yield


@dataclass(frozen=True, slots=True)
class Recode:
    """One recoding rule of the PLOVER manual: the type and CAMEO code (by content type where given)."""

    type: str
    cameo: str
    mode: str | None = None
    by_content: Mapping[str, str] = field(default_factory=dict)  # content type -> CAMEO code

    def cameo_for(self, content_type: str) -> str:
        """The CAMEO code for content of ``content_type``, else the rule's own."""
        return self.by_content.get(content_type, self.cameo)


@dataclass(frozen=True, slots=True)
class Recoding:
    """The recoding rules (``recoding`` of the data file), one per case the manual names."""

    promise: Recode  # a promise, intention or future of cooperation, a conditional offer: AGREE
    threat: Recode  # a vow or future of force: THREATEN; ``by_content`` says which content is force
    concession: Recode  # a promised or intended withdrawal: CONCEDE
    refusal: Recode  # "did not agree to": REJECT
    refusal_to_yield: Recode  # "will not lift the ban": REJECT 'yield'
    conditional_threat: Recode  # "will withdraw unless": THREATEN
    demand: Recode  # "X said Y must Z": REQUEST


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class EventLexicon:
    """Everything the events extractor looks up, as plain dictionaries."""

    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    phrases: dict[tuple[str, str], Trigger]
    light_verbs: frozenset[str]
    commissive: frozenset[str]
    intention: frozenset[str]
    denial: frozenset[str]
    fact_denial: frozenset[str]  # denials of a fact, not refusals aimed at someone ("denied that ...")
    failure: frozenset[str]
    allegation: frozenset[str]  # "claimed that": the complement is one side's word, not a fact
    attempt_nouns: frozenset[str]  # "an attempt to free them": tried, not done
    collapse: frozenset[str]  # "the attempt collapsed": what was tried did not happen
    claim_verbs: frozenset[str]  # "claimed responsibility for the bombing": the claimant is its source ...
    claim_nouns: frozenset[str]  # ... "responsibility", "credit"
    speech: frozenset[str]
    obligation: frozenset[str]
    hypothetical: frozenset[str]
    future_frames: frozenset[str]  # "is going to", "is set to": with "be", a future
    modal_aux: dict[str, str]  # auxiliary -> modality
    hypothetical_marks: frozenset[str]
    condition_marks: frozenset[str]  # "if", "unless": a real condition (english condition_subordinators)
    negators: frozenset[str]
    negative_determiners: frozenset[str]
    negative_adverbials: frozenset[str]  # "at no time", "in no way": a preposition phrase that negates its clause
    actor_nouns: frozenset[str]
    first_person: frozenset[str]  # pronouns that stand for the speaker's side inside a quote
    personal_pronouns: frozenset[str]  # third person, male or female: a PERSON antecedent
    neuter_pronouns: frozenset[str]  # "it", "its": a country or organisation antecedent
    third_person: frozenset[str]  # any third-person pronoun
    relative_pronouns: frozenset[str]
    obligation_modals: frozenset[str]  # "X said Y must Z" is a demand
    measure_nouns: frozenset[str]  # "tons of aid": the event is what is measured
    locative_preps: frozenset[str]
    joint_modifiers: frozenset[str]  # "joint exercises"
    type_groups: TypeGroups
    content_modes: Mapping[str, Mapping[str, str]]  # request/refusal/threat type -> content type -> mode
    recoding: Recoding
    pair_nouns: frozenset[str]  # "the two sides": a plural reference to both parties
    pair_titles: frozenset[str]  # "the two ministers"
    pair_words: frozenset[str]  # "two", "both"
    lists: WordLists  # the other named word lists of the file (``lists:``)
    # The CAMEO verb dictionary (data/event_verbs.tsv): lemma -> pattern key -> trigger, None where the
    # dictionary says the pattern is no event ("averted an attack"). Keys: "-" (the bare verb),
    # "o:aid" (object), "p:to border" / "p:to" (prepositional phrase), "t:down" / "t:up o:checkpoint"
    # (particle). Consulted after the hand-written patterns, which win.
    generated: Mapping[str, Mapping[str, Trigger | None]] = field(default_factory=dict)


def _trigger(spec: dict[str, Any], type_preps: dict[str, frozenset[str]], where: str) -> Trigger:
    etype = str(spec.get("type", "")).upper()
    if etype not in PLOVER_TYPES:
        raise ConfigError(f"{where}: event type {spec.get('type')!r} is not one of {', '.join(PLOVER_TYPES)}")
    preps = _words(spec["preps"]) if "preps" in spec else type_preps.get(etype, frozenset())
    joint = spec.get("joint")
    return Trigger(
        type=etype,
        cameo=str(spec["cameo"]) if spec.get("cameo") is not None else None,
        mode=spec.get("mode") or None,
        preps=preps,
        symmetric=bool(spec.get("symmetric")),
        swap=bool(spec.get("swap")),
        tags=frozenset(str(t) for t in spec.get("tags") or ()),
        requires=_words(spec.get("requires")),
        objects=_words(spec.get("objects")),
        unless_objects=_words(spec.get("unless_objects")),
        subjects=_words(spec.get("subjects")),
        unless_subjects=_words(spec.get("unless_subjects")),
        unless_modifiers=_words(spec.get("unless_modifiers")),
        dative=bool(spec.get("dative")),
        requires_preps=bool(spec.get("requires_preps")),
        intransitive=bool(spec.get("intransitive")),
        unless_clause=bool(spec.get("unless_clause")),
        unless_preps=_words(spec.get("unless_preps")),
        owner_target=bool(spec.get("owner_target")),
        joint=_trigger({**spec, **joint, "joint": None}, type_preps, where) if isinstance(joint, dict) else None,
    )


_GROUPS = tuple(TypeGroups.__dataclass_fields__)
_RECODES = tuple(Recoding.__dataclass_fields__)


def _type_groups(data: Mapping[str, Any], where: str) -> TypeGroups:
    found = {str(k): frozenset(str(t).upper() for t in v or ()) for k, v in (data or {}).items()}
    missing = [g for g in _GROUPS if g not in found]
    if missing:
        raise ConfigError(f"{where}: type_groups lacks {', '.join(missing)}")
    return TypeGroups(**{g: found[g] for g in _GROUPS})


def _recoding(data: Mapping[str, Any], where: str) -> Recoding:
    missing = [r for r in _RECODES if not (data or {}).get(r)]
    if missing:
        raise ConfigError(f"{where}: recoding lacks {', '.join(missing)}")
    return Recoding(**{r: Recode(type=str(data[r]["type"]).upper(), cameo=str(data[r]["cameo"]),
                                 mode=data[r].get("mode") or None,
                                 by_content={str(k).upper(): str(v) for k, v in
                                             (data[r].get("by_content") or {}).items()})
                       for r in _RECODES})


def generated_verbs(type_preps: Mapping[str, frozenset[str]],
                    types: frozenset[str]) -> dict[str, dict[str, Trigger | None]]:
    """The lookups of ``data/event_verbs.tsv`` (see :data:`EventLexicon.generated`), set names expanded,
    for the PLOVER ``types`` the data file's ``generated_types`` lets through."""
    rows = list(read_table("event_verbs.tsv", schema="event_verbs", version=VERSION))
    sets = {r["verbs"]: r["pattern"].split() for r in rows if r["verbs"].startswith("&")}
    out: dict[str, dict[str, Trigger | None]] = {}
    made: dict[tuple[str, str, str], Trigger] = {}
    for row in rows:
        if row["verbs"].startswith("&"):
            continue
        etype, code, mode = row["type"], row["cameo"], row["mode"]
        if etype != "-" and etype not in types:
            continue
        trig = None
        if etype != "-":
            trig = made.get((etype, code, mode))
            if trig is None:
                trig = made[(etype, code, mode)] = Trigger(type=etype, cameo=code, mode=mode or None,
                                                           preps=type_preps.get(etype, frozenset()))
        pattern = row["pattern"]
        name = next((w for w in pattern.replace(":", " ").split() if w.startswith("&")), None)
        keys = [pattern.replace(name, w) for w in sets.get(name, ())] if name else [pattern]
        for verb in row["verbs"].split(","):
            table = out.setdefault(verb, {})
            for key in keys:
                table.setdefault(key, trig)  # the first coding in the dictionary wins
    return out


def build_event_lexicon(data: dict[str, Any], english: Mapping[str, frozenset[str]],
                        where: str = "data/events.yaml",
                        generated: Mapping[str, Mapping[str, Trigger | None]] | None = None) -> EventLexicon:
    """An :class:`EventLexicon` from the parsed layout of ``data/events.yaml`` and the closed-class words."""
    type_preps = {str(k).upper(): _words(v) for k, v in (data.get("type_preps") or {}).items()}
    verbs = {str(k).lower(): _trigger(v, type_preps, f"{where} verbs.{k}") for k, v in
             (data.get("verbs") or {}).items() if v}
    nouns = {str(k).lower(): _trigger(v, type_preps, f"{where} nouns.{k}") for k, v in
             (data.get("nouns") or {}).items() if v}
    phrases: dict[tuple[str, str], Trigger] = {}
    for n, spec in enumerate(data.get("phrases") or ()):
        trig = _trigger(spec, type_preps, f"{where} phrases[{n}]")
        particle = f" {spec['particle']}" if spec.get("particle") else ""  # "called off the strike"
        for verb in _words(spec.get("verbs")):
            for obj in _words(spec.get("objects")):
                phrases[(verb + particle, obj)] = trig
    gov = data.get("governors") or {}
    aux: dict[str, str] = {}
    for modality in ("future", "obligation", "hypothetical"):
        for w in english[f"modal_{modality}"]:
            aux[w] = modality
    return EventLexicon(
        verbs=verbs,
        nouns=nouns,
        phrases=phrases,
        light_verbs=_words(data.get("light_verbs")),
        commissive=_words(gov.get("commissive")),
        intention=_words(gov.get("intention")),
        denial=_words(gov.get("denial")),
        fact_denial=_words(gov.get("fact_denial")),
        failure=_words(gov.get("failure")),
        allegation=_words(gov.get("allegation")),
        attempt_nouns=_words(gov.get("attempt_nouns")),
        collapse=_words(gov.get("collapse")),
        claim_verbs=_words(gov.get("claim_verbs")),
        claim_nouns=_words(gov.get("claim_nouns")),
        speech=_words(gov.get("speech")),
        obligation=_words(gov.get("obligation")),
        hypothetical=_words(gov.get("hypothetical")),
        future_frames=_words(gov.get("future")),
        modal_aux=aux,
        hypothetical_marks=english["conditional_markers"],
        condition_marks=english["condition_subordinators"],
        negators=english["negators"],
        negative_determiners=english["negative_determiners"],
        negative_adverbials=english["negative_adverbials"],
        actor_nouns=_words(data.get("actor_nouns")),
        first_person=english["first_person_singular"] | english["first_person_plural"],
        personal_pronouns=english["third_person_male"] | english["third_person_female"],
        neuter_pronouns=english["third_person_neuter"],
        third_person=(english["third_person_male"] | english["third_person_female"] | english["third_person_neuter"]
                      | english["third_person_plural"]),
        relative_pronouns=english["relative_pronouns"],
        obligation_modals=english["modal_obligation"],
        measure_nouns=_words(data.get("measure_nouns")),
        locative_preps=_words(data.get("locative_preps")),
        joint_modifiers=_words(data.get("joint_modifiers")),
        type_groups=_type_groups(data.get("type_groups") or {}, where),
        content_modes={str(k).upper(): {str(c).upper(): str(m) for c, m in (v or {}).items()}
                       for k, v in (data.get("content_modes") or {}).items()},
        recoding=_recoding(data.get("recoding") or {}, where),
        pair_nouns=_words(data.get("pair_nouns")),
        pair_titles=_words(data.get("pair_titles")),
        pair_words=_words(data.get("pair_words")),
        lists=WordLists(data.get("lists") or {}, where),
        generated=generated or {},
    )


def load_event_lexicon(user_file: str | None, english: Mapping[str, frozenset[str]]) -> EventLexicon:
    """The shipped lexicon with the user's file (setting ``events_file``) merged over it."""
    data = read_yaml("events.yaml", user_file, schema="events", version=VERSION)
    type_preps = {str(k).upper(): _words(v) for k, v in (data.get("type_preps") or {}).items()}
    return build_event_lexicon(data, english, "data/events.yaml" + (f" + {user_file}" if user_file else ""),
                               generated_verbs(type_preps, frozenset(str(t).upper() for t in
                                                                     data.get("generated_types") or ())))


@functools.cache
def cameo_scale() -> dict[str, tuple[int, float]]:
    """CAMEO root code (two digits) -> (QuadClass, intensity), from the shipped ``cameo_roots`` table.

    The ledger's queries and exports read it to give each stored event the GDELT-style columns; a
    code whose root the table lacks (or an event without a code) gets neither.
    """
    data = read_yaml("events.yaml", None, schema="events", version=VERSION)
    return {root: (int(v["quad_class"]), float(v["intensity"])) for root, v in (data.get("cameo_roots") or {}).items()}


def with_type(trigger: Trigger, etype: str, cameo: str | None, mode: str | None = None) -> Trigger:
    """``trigger`` recoded as another type (a promise to meet is AGREE, a vow to strike THREATEN)."""
    return replace(trigger, type=etype, cameo=cameo, mode=mode)

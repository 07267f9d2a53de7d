"""The quantity vocabulary (``data/quantities.yaml``): what is counted, hedges and vague amounts.

Read once per run into look-up tables: a word (or lemma) to its count class, a hedge phrase to what it
does to a figure, an amount in words to its range. The quantity claims (``extract/claims/quantity.py``)
read nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .loader import WordLists, read_yaml, words

__all__ = ["QuantityVocabulary", "load_quantity_vocabulary"]

VERSION = 1


def _index(classes: Mapping[str, Any], key: str, phrases: bool = False) -> dict[str, str]:
    """word -> class for the one-word entries of the ``key`` list of every class, and its two-word ones
    too with ``phrases`` (nouns: "shooting incidents"); a word in two classes keeps the first."""
    out: dict[str, str] = {}
    for name, spec in classes.items():
        for word in words(spec.get(key)):
            if phrases or " " not in word:
                out.setdefault(word, str(name))
    return out


def _phrasal(classes: Mapping[str, Any], key: str) -> dict[str, dict[str, str]]:
    """verb lemma -> {second word -> class} for the two-word entries of the ``key`` list of every class
    ("take part", "turn out", "join strike")."""
    out: dict[str, dict[str, str]] = {}
    for name, spec in classes.items():
        for entry in words(spec.get(key)):
            parts = entry.split()
            if len(parts) == 2:
                out.setdefault(parts[0], {}).setdefault(parts[1], str(name))
    return out


def _units(data: Mapping[str, Any]) -> dict[str, str]:
    """A unit word or two-word phrase (lower case) -> the unit's name ("ha" -> hectares)."""
    return {" ".join(str(w).lower().split()): str(name) for name, forms in (data.get("units") or {}).items()
            for w in [name, *forms]}


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class QuantityVocabulary:
    """The words of ``data/quantities.yaml``, indexed for look-up (every key lower case)."""

    lists: WordLists
    nouns: Mapping[str, str]
    """A counted noun (plural, singular) -> its class ("soldiers" -> troops)."""
    patient_verbs: Mapping[str, str]
    """A verb lemma whose object or passive subject is counted -> its class ("kill" -> deaths)."""
    subject_verbs: Mapping[str, str]
    """An intransitive verb lemma whose subject is counted -> its class ("die" -> deaths)."""
    phrasal_patient: Mapping[str, Mapping[str, str]]
    """A verb lemma -> {its particle or object -> class} for two-word patient verbs."""
    phrasal_subject: Mapping[str, Mapping[str, str]]
    """A verb lemma -> {its particle or object -> class} for two-word subject verbs ("take part", "turn out",
    "join strike": the subject of "took part" is counted)."""
    measures: Mapping[str, str]
    """A noun (or "compound noun") naming the amount of a class -> the class: "the crowd" (put the crowd at
    60,000), "deforestation" (fell to 61,000 hectares), "forest loss"."""
    units: Mapping[str, str]
    """A unit word or two-word phrase -> the unit's name ("hectare", "ha" -> hectares; "per cent" no)."""
    class_units: Mapping[str, frozenset[str]]
    """A class counted in units -> the unit names it takes ("forest_loss" -> hectares, acres, ...)."""
    raising: frozenset[str]
    """Verb lemmas whose subject belongs to the verb below them ("40 people are feared dead", "90 are thought
    to be buried")."""
    adjectives: Mapping[str, str]
    """A predicate adjective of the counted thing -> its class ("dead" -> deaths)."""
    context: Mapping[str, frozenset[str]]
    """A class -> lemmas one of which must be near its noun ("rockets" only where fired or launched)."""
    noun_context: Mapping[str, frozenset[str]]
    """A noun that counts its class only near one of these lemmas, whatever the class's other nouns need
    ("9,000 jobs were lost" counts job losses, "9,000 jobs were created" nothing)."""
    human: frozenset[str]
    """Classes that count people, whose nouns a class verb may re-class ("killed 20 soldiers": deaths)."""
    people: frozenset[str]
    """Nouns of people with no class of their own ("civilians")."""
    keep_nouns: frozenset[str]
    """Classes whose verbs class only nouns of :attr:`people` ("12 marines took part" stays troops)."""
    tolls: frozenset[str]
    toll_default: str
    toll_compounds: Mapping[str, str]
    hedges: Mapping[str, str]
    """A hedge phrase -> its effect: at_least, above, below, up_to, about, nearly."""
    vague: Mapping[str, tuple[float, float]]
    """An amount in words -> its range ("dozens" -> 24..99)."""
    numbers: Mapping[str, float]
    multipliers: Mapping[str, float]
    range_words: frozenset[str]
    locative_prepositions: frozenset[str]
    """Prepositions whose object places counted people (with ``locatives``): "on board", "in evacuation centres"."""
    open_periods: frozenset[str]
    increment_after: frozenset[str]
    """Words after a figure that make it an increment ("eight more victims"): not a count of all."""
    increment_before: frozenset[str]
    """Words before a figure that make it an increment ("another 300 troops")."""
    place_nouns: frozenset[str]
    """Nouns of an administrative unit that refer back to a place ("in the state", "in the province")."""
    """Words before a time that opens the period a running count covers ("since 9 May"): not its date."""
    not_counts: frozenset[str]
    reference_nouns: frozenset[str]
    """Nouns that name a figure as someone's ("the figure of 300", "reports of 40 arrests")."""
    disputing: frozenset[str]
    """Words of a clause that calls such a figure wrong ("false", "denied", "inflated")."""
    locatives: Mapping[str, str]
    """A word placing counted people (an adverb, or a preposition's object) -> its class ("aboard" -> aboard)."""
    shares: Mapping[str, str]
    """A noun whose level is given in percent -> its class ("turnout" -> turnout)."""
    share_groups: Mapping[str, tuple[frozenset[str], frozenset[str]]]
    """A share class -> (group nouns, verb lemmas): "69 percent of voters cast ballots" -> turnout."""
    percent_words: frozenset[str]
    """Words (or two-word phrases) after a figure that make it a percentage ("percent", "%", "per cent")."""
    reporting_verbs: frozenset[str]
    """Verb lemmas by which a named body gives a figure in the outlet's words ("the agency raised the toll")."""
    longest_hedge: int
    """Words in the longest hedge phrase, so a look-back need go no further."""
    vague_starts: frozenset[str]
    """First words of the vague amounts, to find them in one pass over the tokens."""
    level_nouns: frozenset[str] = frozenset()
    sum_verbs: frozenset[str] = frozenset()  # "add up", "amount": a bare figure after "to" is a level of the subject
    """Nouns a figure gives the level of ("put the number of people detained at 22", "the real figure is 900")."""
    things: frozenset[str] = frozenset()
    """Nouns of things counted by what befell them ("homes", "houses"): the class is the verb's."""
    thing_verbs: Mapping[str, str] = field(default_factory=dict)
    """A verb lemma (or "lemma particle") of a thing class -> the class ("rebuild" -> homes_rebuilt)."""
    thing_classes: frozenset[str] = frozenset()
    """The classes of :attr:`thing_verbs` ("homes_destroyed", "homes_rebuilt")."""
    presence_verbs: frozenset[str] = frozenset()
    """Verb lemmas that count people by their being at a place ("3,000 people are waiting", "400 families are
    sheltering"): an open count of them is of those present (act :data:`PRESENT`), whatever the verb."""
    classifier_nouns: frozenset[str] = frozenset()
    """Nouns a figure numbers that only measure the noun after "of" ("300 head of cattle"): that noun is counted."""
    thing_presence_verbs: frozenset[str] = frozenset()
    """Verbs of presence of things only ("2,500 trucks were held at the crossing"): people held are detained."""
    presence_adverbs: frozenset[str] = frozenset()
    """Adverbs that put a counted group at the place of the telling ("registered 900 people here")."""
    record_verbs: frozenset[str] = frozenset()
    """Verb lemmas by which a record shows an open count ("the log showed 520 vans parked there", "the
    bulletin listed 90 names"): like a body's counting, the act counted is what the record tells of them."""
    open_count_stop: frozenset[str] = frozenset()
    """Lemmas never counted as an open count ("years", "dollars", "points"): measures and words too general."""
    generic_people: frozenset[str] = frozenset()
    """Nouns of a group's own people in a partitive ("150 of its members"): they say nothing of who was counted."""
    rate_words: frozenset[str] = frozenset()
    """Words between an amount and a noun that make it a rate ("12 tonnes a hectare", "100 dollars per night")."""
    rate_adverbs: Mapping[str, str] = field(default_factory=dict)
    """An adverb of a period on a count's verb -> the period ("daily" -> day): the count is a rate per it."""
    rate_prepositions: frozenset[str] = frozenset()
    """Prepositions on a count's verb whose period with a rate word makes it a rate ("on an average day")."""
    passages: Mapping[str, str] = field(default_factory=dict)
    """A place (word or two-word phrase) a verb takes its subject through -> its class ("checkpoint" -> crossed)."""
    passage_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object is one of :attr:`passages` ("through the checkpoint", "across the frontier")."""
    outlet_measures: Mapping[str, str] = field(default_factory=dict)
    """A unit of distance or length (word or two-word phrase, lower case) -> its name ("km" -> kilometres): the
    outlet's own measures of a scene, its claims only."""
    durations: Mapping[str, str] = field(default_factory=dict)
    """A unit of time (lower case) -> its name ("day" -> days): a figure in one is a duration, recorded only."""
    duration_not_after: frozenset[str] = frozenset()
    """Words after a duration that make it a point in time or an age ("ago", "old", "later"): no figure."""
    prepositional: Mapping[tuple[str, str, str], str] = field(default_factory=dict)
    currencies: Mapping[str, str] = field(default_factory=dict)
    """A currency word or sign (lower case) -> the currency's name ("euros", "€" -> euro; "$", "us$" -> dollar)."""
    sum_multipliers: Mapping[str, float] = field(default_factory=dict)
    """A short multiplier of a sum's figure ("m" in "$33M", "bn") -> its factor; read only in a sum."""
    fractions: Mapping[str, float] = field(default_factory=dict)
    """A fraction word -> its value ("half" -> 0.5, "quarters" -> 0.25): "half a million", "three-quarters of"."""
    ratio_words: frozenset[str] = frozenset()
    """Words between two figures that make a share of a group ("one in five", "one out of four")."""
    hedges_after: Mapping[str, str] = field(default_factory=dict)
    caps_after: frozenset[str] = frozenset()
    """Phrases after a figure, or after the noun it numbers, that make it a cap ("a few thousand people at most",
    "200, at the most"): the figure's high end, its low end open."""
    output_verbs: frozenset[str] = frozenset()
    """Verbs of producing (lemmas): an amount in a unit they take is a total output ("produced 88 million tonnes")."""
    output_nouns: frozenset[str] = frozenset()
    """Nouns of output (lemmas): an amount in a unit that gives their level is a total output ("output reached ...")."""
    publishing_verbs: frozenset[str] = frozenset()
    """Verbs by which a body puts out figures of its own ("has published its own readings"): the outlet's figures in
    the next sentence of the paragraph are that body's."""
    published_nouns: frozenset[str] = frozenset()
    """Nouns of the figures a body puts out (lemmas: "readings", "numbers"), owned by a possessive ("its own")."""
    """A word joined to a figure by a hyphen after it -> the hedge it is ("million-odd" -> about)."""
    """(verb lemma, preposition, noun lemma) -> the class of the verb's patient ("take into custody" -> arrests)."""

    def people_noun(self, word: str) -> bool:
        """Whether ``word`` names people: a noun of a human class or of the people list."""
        return word in self.people or self.nouns.get(word) in self.human


def _build(data: Mapping[str, Any]) -> QuantityVocabulary:
    classes: Mapping[str, Any] = data.get("classes") or {}
    tolls: Mapping[str, Any] = data.get("tolls") or {}
    hedges = {" ".join(str(k).lower().split()): str(v) for k, v in (data.get("hedges") or {}).items()}
    vague = {" ".join(str(k).lower().split()): (float(v[0]), float(v[1]))
             for k, v in (data.get("vague") or {}).items()}
    return QuantityVocabulary(
        lists=WordLists(data.get("lists") or {}, "data/quantities.yaml"),
        nouns={**_index(classes, "context_nouns"), **_index(classes, "nouns", phrases=True)},
        patient_verbs=_index(classes, "patient_verbs"),
        subject_verbs=_index(classes, "subject_verbs"),
        adjectives=_index(classes, "adjectives"),
        phrasal_patient=_phrasal(classes, "patient_verbs"),
        phrasal_subject=_phrasal(classes, "subject_verbs"),
        measures={" ".join(str(w).lower().split()): str(k) for k, v in classes.items()
                  for w in (v.get("measures") or [])},
        units=_units(data),
        class_units={str(k): words(v["units"]) for k, v in classes.items() if v.get("units")},
        raising=words(data.get("raising")),
        context={str(k): words(v["context"]) for k, v in classes.items() if v.get("context")},
        noun_context={w: words(v.get("noun_context")) for v in classes.values() for w in words(v.get("context_nouns"))},
        human=frozenset(str(k) for k, v in classes.items() if v.get("human")),
        people=words(data.get("people")),
        keep_nouns=frozenset(str(k) for k, v in classes.items() if v.get("reclass") is False),
        tolls=words(tolls.get("nouns")),
        toll_default=str(tolls.get("default") or "deaths"),
        toll_compounds={str(k).lower(): str(v) for k, v in (tolls.get("compounds") or {}).items()},
        hedges=hedges,
        vague=vague,
        numbers={str(k).lower(): float(v) for k, v in (data.get("numbers") or {}).items()},
        multipliers={str(k).lower(): float(v) for k, v in (data.get("multipliers") or {}).items()},
        range_words=words(data.get("range_words")),
        locative_prepositions=words(data.get("locative_prepositions")),
        open_periods=words(data.get("open_periods")),
        increment_after=words(data.get("increment_after")),
        increment_before=words(data.get("increment_before")),
        place_nouns=words(data.get("place_nouns")),
        not_counts=words(data.get("not_counts")),
        reference_nouns=words(data.get("reference_nouns")),
        disputing=words(data.get("disputing")),
        locatives=_index(classes, "locatives", phrases=True),
        shares={str(w).lower(): str(k) for k, v in (data.get("shares") or {}).items() for w in v},
        share_groups={str(k): (words(v.get("nouns")), words(v.get("verbs")))
                      for k, v in (data.get("share_groups") or {}).items()},
        percent_words=words(data.get("percent_words")),
        reporting_verbs=words(data.get("reporting_verbs")),
        longest_hedge=max((len(h.split()) for h in hedges), default=0),
        vague_starts=frozenset(v.split()[0] for v in vague),
        **_counts_frames(data),
    )


def _counts_frames(data: Mapping[str, Any]) -> dict[str, Any]:
    """The tables of the "counts" frames (``level_nouns``, ``things``, ``prepositional_verbs``)."""
    things: Mapping[str, Any] = data.get("things") or {}
    thing_verbs = {" ".join(str(w).lower().split()): str(cls)
                   for cls, verbs in (things.get("classes") or {}).items() for w in verbs or []}
    prepositional: dict[tuple[str, str, str], str] = {}
    for cls, phrases in (data.get("prepositional_verbs") or {}).items():
        for phrase in phrases or []:
            parts = str(phrase).lower().split()
            if len(parts) == 3:
                prepositional.setdefault((parts[0], parts[1], parts[2]), str(cls))
    return {"level_nouns": words(data.get("level_nouns")), "sum_verbs": words(data.get("sum_verbs")),
            "things": words(things.get("nouns")),
            "thing_verbs": thing_verbs, "prepositional": prepositional,
            "generic_people": words(data.get("generic_people")), "open_count_stop": words(data.get("open_count_stop")),
            "presence_verbs": words(data.get("presence_verbs")),
            "thing_presence_verbs": words(data.get("thing_presence_verbs")),
            "presence_adverbs": words(data.get("presence_adverbs")),
            "record_verbs": words(data.get("record_verbs")),
            "classifier_nouns": words(data.get("classifier_nouns")),
            "rate_words": words(data.get("rate_words")),
            "rate_adverbs": {str(k).lower(): str(v) for k, v in (data.get("rate_adverbs") or {}).items()},
            "rate_prepositions": words(data.get("rate_prepositions")),
            "passages": _index(data.get("classes") or {}, "passages", phrases=True),
            "publishing_verbs": words(data.get("publishing_verbs")),
            "published_nouns": words(data.get("published_nouns")),
            "passage_prepositions": words(data.get("passage_prepositions")),
            "outlet_measures": _units({"units": data.get("outlet_measures")}),
            "durations": _units({"units": data.get("durations")}),
            "duration_not_after": words(data.get("duration_not_after")),
            "currencies": {str(w).lower(): str(name) for name, forms in (data.get("currencies") or {}).items()
                           for w in [name, *(forms or [])]},
            "sum_multipliers": {str(k).lower(): float(v) for k, v in (data.get("sum_multipliers") or {}).items()},
            "fractions": {str(k).lower(): float(v) for k, v in (data.get("fractions") or {}).items()},
            "ratio_words": words(data.get("ratio_words")),
            "output_verbs": words(data.get("output_verbs")),
            "output_nouns": words(data.get("output_nouns")),
            "hedges_after": {str(k).lower(): str(v) for k, v in (data.get("hedges_after") or {}).items()},
            "caps_after": words(data.get("caps_after")),
            "thing_classes": frozenset(thing_verbs.values())}


def load_quantity_vocabulary() -> QuantityVocabulary:
    """The shipped quantity vocabulary."""
    data = read_yaml("quantities.yaml", None, schema="quantities", version=VERSION)
    return _build(data)

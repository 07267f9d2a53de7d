"""Learned conflicts between statements (issue 14, stop 25): a pair classifier over generic features.

The claim frames (:mod:`.claims`, :mod:`.conflicts`) find a disagreement when its wording fits one of their
patterns. This detector looks at every pair of attributed statements of one article whose speakers stand for
different parties (never one speaker, one camp or one state's bodies) and scores the pair with the logistic
regression of ``data/conflict_pairs.yaml`` (:class:`~newsledger.lexicon.PairModel`), fitted on the dev gold by
``tools/train_conflict_pairs.py``. Its features carry to unseen wording: how many content words, nouns and
entities the two statements share (with each other and with each other's sentence), negation or a denial
on one side only, rebuttal, contrast, insistence and agreement words, numbers on both sides and whether the
quantity claims' ranges can both hold, the claim kinds of each side, the distance in sentences, question and
hypothesis markers, dates of different values around the two statements (counts at different times) and
whether the parties are of different countries. Words come from the model's word
classes and ``english.yaml``'s negators, never from code.

A pair is a candidate only where the later statement answers the earlier (a negation, a denial or rebuttal
word, a contrast or insistence in its sentence) or both count the same class of thing: the gate keeps the
look-alike pairs of agreeing sources (two speakers on one topic, neither answering) out of the model's way.
A pair of parties is one *bag*: its probability is that of its best statement pair, reported when it reaches
the model's threshold and the rules report no conflict between those parties (the rules' conflict wins).
The conflict's kind comes from the claims of the two statements (same quantity class -> ``quantity``, a
cause, status or acceptance claim -> that kind), else ``existence``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
from spacy.attrs import DEP, IDX, IS_STOP, LEMMA, LIKE_NUM, LOWER, POS, SENT_START
from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..models import Claim, Entity, Side, Statement, TimeExpr

__all__ = ["FEATURES", "Candidates", "PairFeatures", "PairReport", "Parties", "candidates", "kind_of", "report"]

MAX_STATEMENTS = 60
"""Attributed statements of one article paired at most (in text order): bounds the work on long articles."""

class PairFeatures(NamedTuple):
    """The features of one statement pair (``u`` the one told first in the pair, ``later`` the other by sentence)."""

    content_jaccard: float
    shared_nouns: float
    shared_entities: float
    cross_context: float
    context_jaccard: float
    negation_one_side: float
    negation_any: float
    denial_cue: float
    rebuttal: float
    contrast: float
    insistence: float
    agreement: float
    numbers_both: float
    numbers_one: float
    quantity_same_class: float
    quantity_apart: float
    claims_same_kind: float
    claims_opposite_polarity: float
    claims_both: float
    sentence_distance: float
    adjacent: float
    question_or_hypothesis: float
    distinct_countries: float
    same_country: float
    mentions_other_party: float
    both_quoted: float
    common_noun_side: float
    update_words: float
    names_overlap: float
    denial_later: float
    negation_later: float
    bag_size: float
    person_without_party: float
    same_sector: float
    places_apart: float
    tensor_cosine: float
    shared_verbs: float
    main_parties: float
    party_share: float
    reply_names_earlier: float
    reply_signal: float
    times_apart: float


FEATURES: tuple[str, ...] = PairFeatures._fields
"""The feature columns :func:`candidates` computes; a model weighs these or a subset of them, by name."""

_CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
_NOUN_POS = ("NOUN", "PROPN")
_PLACE_TYPES = ("GPE", "LOC")
_KIND_ORDER = ("quantity", "cause", "status", "acceptance", "characterisation")


class Parties:
    """What the pair detector needs to know of the document's actors (given by :mod:`.conflicts`)."""

    def __init__(self, party: Callable[[str | None], str | None], same_side: Callable[[str | None, str | None], bool],
                 key: Callable[[str | None], str], country: Callable[[str | None], str | None],
                 common_noun: Callable[[str | None], bool], canonical: dict[str, str],
                 name: Callable[[str | None], str], loose: Callable[[str | None], bool],
                 sector: Callable[[str | None], str | None]) -> None:
        self.party = party
        self.same_side = same_side
        self.key = key
        self.country = country
        self.common_noun = common_noun
        self.canonical = canonical
        self.name = name
        self.loose = loose  # a person of no known country nor organisation
        self.sector = sector


@dataclass(frozen=True, slots=True)
class _Flags:
    """What one statement's words (and its sentence's) say, as booleans."""

    negation: bool  # a negated verb or a negative quantifier in the content
    denial: bool  # a verb of denying or rejecting in the sentence
    rebuttal: bool  # a word that calls a claim untrue or names another version
    contrast: bool  # a contrast word opening the sentence or in the content
    insistence: bool
    agreement: bool
    hypothesis: bool  # a question mark or a hypothesis word in the content
    number: bool
    update: bool  # a word that dates or orders a figure
    quoted: bool  # a direct quote


@dataclass(frozen=True, slots=True)
class _Unit:
    """One attributed statement, reduced to the sets and flags the features compare."""

    statement: Statement
    party: str
    party_words: frozenset[str]  # the capitalised words of the party's name
    names: frozenset[str]  # those of the party's and the speaker's names
    content: frozenset[int]
    nouns: frozenset[int]
    context: frozenset[int]
    entities: frozenset[str]
    context_entities: frozenset[str]
    countries: frozenset[str]
    places: frozenset[str]
    times: frozenset[str]
    verbs: frozenset[int]
    vector: np.ndarray
    sentence: int
    flags: _Flags
    claims: tuple[Claim, ...]
    # (kind, predicate, polarity) of each claim with a named opposite read as its predicate denied ("closed"
    # asserted is "open" denied), so that two sides' words of one proposition meet
    propositions: frozenset[tuple[str, str, str]] = frozenset()


@dataclass(frozen=True, slots=True)
class Candidates:
    """The statement pairs of one article, their features and the party pair (bag) each belongs to."""

    pairs: tuple[tuple[Statement, Statement, str, str], ...]  # (statement, statement, party, party)
    bags: tuple[frozenset[str], ...]  # the parties' keys of each pair
    x: np.ndarray  # one row per pair, columns as FEATURES
    claims: tuple[tuple[tuple[Claim, ...], tuple[Claim, ...]], ...]


@dataclass(frozen=True, slots=True)
class PairReport:
    """A conflict the pair model reports: its kind, both sides, a summary and the probability."""

    kind: str
    about: str  # the id of the earlier statement of the pair
    sides: tuple[Side, Side]
    summary: str
    confidence: float


def _hashes(doc: Doc, words: frozenset[str]) -> np.ndarray:
    strings = doc.vocab.strings
    return np.array(sorted({strings.as_int(w) for w in words if w in strings}), dtype=np.uint64)


class _DocArrays:
    """The document's token attributes as arrays, read once."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        arr = doc.to_array([LEMMA, LOWER, POS, DEP, IDX, SENT_START, IS_STOP, LIKE_NUM])
        self.lemma, self.lower, pos, dep = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        self.idx = arr[:, 4].astype(np.int64)
        starts = arr[:, 5] == 1
        if len(starts):
            starts[0] = True
        self.sent = np.cumsum(starts) - 1
        self.sent_first = np.flatnonzero(starts)
        strings = doc.vocab.strings
        stop = arr[:, 6] == 1
        self.content = np.isin(pos, [strings.as_int(p) for p in _CONTENT_POS]) & ~stop
        self.noun = np.isin(pos, [strings.as_int(p) for p in _NOUN_POS]) & ~stop
        self.verb = (pos == strings.as_int("VERB")) & ~stop
        tensor = doc.tensor if doc.tensor is not None and len(doc.tensor) == len(doc) else np.zeros((len(doc), 1))
        self.tensor = np.asarray(tensor, dtype=float)
        self.number = (arr[:, 7] == 1) | (pos == strings.as_int("NUM"))
        english = lexicon.english
        negators = english.negators | english.negative_determiners
        self.negation = (dep == strings.as_int("neg")) | np.isin(self.lower, _hashes(doc, negators))
        self.question = self.lower == strings.as_int("?")
        lists = lexicon.pairs.lists
        self.classes = {}
        for name in lists:
            hashes = _hashes(doc, lists[name])
            self.classes[name] = np.isin(self.lemma, hashes) | np.isin(self.lower, hashes)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """The token range [i, j) of the characters [start, end)."""
        i = max(int(np.searchsorted(self.idx, start, side="right")) - 1, 0)
        j = int(np.searchsorted(self.idx, end, side="left"))
        return i, max(j, i + 1)

    def sentences(self, i: int, j: int) -> tuple[int, int]:
        """The token range of the sentences that tokens [i, j) touch."""
        first, last = int(self.sent[i]), int(self.sent[j - 1])
        a = int(self.sent_first[first])
        b = int(self.sent_first[last + 1]) if last + 1 < len(self.sent_first) else len(self.sent)
        return a, b


def _entity_tokens(entities: Sequence[Entity], arrays: _DocArrays,
                   canonical: dict[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for e in entities:
        for m in e.mentions:
            i, j = arrays.tokens(m.start, m.end)
            out.append((i, j, canonical.get(e.id, e.id)))
    return out


def _unit(s: Statement, party: str, names: tuple[frozenset[str], frozenset[str]], arrays: _DocArrays,
          mentions: list[tuple[int, int, str]], entities: dict[str, Entity], claims: tuple[Claim, ...],
          times: Sequence[tuple[int, int, str]]) -> _Unit:
    i, j = arrays.tokens(s.content.start, s.content.end)
    a, b = arrays.sentences(i, j)
    sl, ctx = slice(i, j), slice(a, b)
    ents = frozenset(eid for x, y, eid in mentions if x < j and y > i)
    around = frozenset(eid for x, y, eid in mentions if x < b and y > a)
    around |= frozenset(c for c in (entities[e].country for e in around if e in entities) if c)
    countries = frozenset(c for c in (entities[e].country for e in ents if e in entities) if c)
    places = frozenset(e for e in ents if e in entities and entities[e].type in _PLACE_TYPES)
    when = frozenset(value for x, y, value in times if x < b and y > a)
    classes = arrays.classes
    lead = slice(a, min(a + 3, b))
    flags = _Flags(
        negation=bool(arrays.negation[sl].any()),
        denial=bool(classes["denial_cues"][ctx].any()),
        rebuttal=bool(classes["rebuttal"][ctx].any()),
        contrast=bool(classes["contrast"][lead].any() or classes["contrast"][sl].any()),
        insistence=bool(classes["insistence"][ctx].any()),
        agreement=bool(classes["agreement"][ctx].any()),
        hypothesis=bool(arrays.question[sl].any() or classes["hypothetical"][sl].any()),
        number=bool(arrays.number[sl].any()),
        update=bool(classes["update_words"][sl].any()),
        quoted=s.kind == "direct",
    )
    return _Unit(s, party, names[0], names[0] | names[1], frozenset(arrays.lemma[sl][arrays.content[sl]].tolist()),
                 frozenset(arrays.lemma[sl][arrays.noun[sl]].tolist()),
                 frozenset(arrays.lemma[ctx][arrays.content[ctx]].tolist()), ents, around, countries, places, when,
                 frozenset(arrays.lemma[sl][arrays.verb[sl]].tolist()), _unit_vector(arrays.tensor[sl]),
                 int(arrays.sent[i]), flags, claims)


def _unit_vector(rows: np.ndarray) -> np.ndarray:
    v = rows.mean(axis=0) if len(rows) else np.zeros(rows.shape[1])
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _range(c: Claim) -> tuple[float, float] | None:
    if c.value is None or (c.value.low is None and c.value.high is None):
        return None
    low = c.value.low if c.value.low is not None else 0.0
    high = c.value.high if c.value.high is not None else math.inf
    return low, high


def _quantities(u: _Unit, v: _Unit) -> tuple[bool, bool]:
    """(a quantity claim of each side counts the same class, two such claims' ranges cannot both hold)."""
    same = apart = False
    for a in u.claims:
        for b in v.claims:
            if a.kind != "quantity" or b.kind != "quantity" or a.predicate != b.predicate:
                continue
            same = True
            ra, rb = _range(a), _range(b)
            if ra is not None and rb is not None and (ra[1] < rb[0] or rb[1] < ra[0]):
                apart = True
    return same, apart


def _claim_features(u: _Unit, v: _Unit) -> tuple[float, float, float]:
    kinds_u = {c.kind for c in u.claims}
    kinds_v = {c.kind for c in v.claims}
    same = kinds_u & kinds_v
    opposite = any(ka == kb and pa == pb and sa != sb for ka, pa, sa in u.propositions for kb, pb, sb in v.propositions)
    return float(bool(same)), float(opposite), float(bool(kinds_u) and bool(kinds_v))


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in name.replace(".", " ").split() if len(w) > 2 and w[:1].isupper())


def _one_name(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """The capitalised words of one name are all in the other ("the Acme Group" and "Acme Group Ltd."): two
    forms of one actor's name."""
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _features(u: _Unit, v: _Unit, parties: Parties, share: dict[str, float], main: set[str]) -> PairFeatures:
    fu, fv = u.flags, v.flags
    later = v if v.sentence >= u.sentence else u
    same_class, apart = _quantities(u, v)
    same_kind, opposite, both = _claim_features(u, v)
    cu, cv = parties.country(u.party), parties.country(v.party)
    other_u = {parties.canonical.get(v.party, v.party)} | ({cv} if cv else set())
    other_v = {parties.canonical.get(u.party, u.party)} | ({cu} if cu else set())
    mentions = bool((u.entities | u.countries) & other_u) or bool((v.entities | v.countries) & other_v)
    distance = abs(u.sentence - v.sentence)
    earlier = u if later is v else v
    ce = parties.country(earlier.party)
    named = {parties.canonical.get(earlier.party, earlier.party)} | ({ce} if ce else set())
    signal = _answers(later)
    return PairFeatures(
        content_jaccard=_jaccard(u.content, v.content),
        shared_nouns=min(len(u.nouns & v.nouns), 4) / 4,
        shared_entities=min(len((u.entities | u.countries) & (v.entities | v.countries)), 3) / 3,
        cross_context=max(_jaccard(u.content, v.context), _jaccard(v.content, u.context)),
        context_jaccard=_jaccard(u.context, v.context),
        negation_one_side=float(fu.negation != fv.negation),
        negation_any=float(fu.negation or fv.negation),
        denial_cue=float(fu.denial or fv.denial),
        rebuttal=float(later.flags.rebuttal),
        contrast=float(later.flags.contrast),
        insistence=float(fu.insistence or fv.insistence),
        agreement=float(later.flags.agreement),
        numbers_both=float(fu.number and fv.number),
        numbers_one=float(fu.number != fv.number),
        quantity_same_class=float(same_class),
        quantity_apart=float(apart),
        claims_same_kind=same_kind,
        claims_opposite_polarity=opposite,
        claims_both=both,
        sentence_distance=math.log1p(distance) / 3,
        adjacent=float(distance <= 1),
        question_or_hypothesis=float(fu.hypothesis or fv.hypothesis),
        distinct_countries=float(cu is not None and cv is not None and cu != cv),
        same_country=float(cu is not None and cu == cv),
        mentions_other_party=float(mentions),
        both_quoted=float(fu.quoted and fv.quoted),
        common_noun_side=float(parties.common_noun(u.party) or parties.common_noun(v.party)),
        update_words=float(fu.update or fv.update),
        names_overlap=float(bool(u.names & v.names)),
        denial_later=float(later.flags.denial),
        negation_later=float(later.flags.negation),
        bag_size=0.0,  # filled in once the pairs are grouped
        person_without_party=float(parties.loose(u.party) or parties.loose(v.party)),
        same_sector=float(parties.sector(u.party) is not None and parties.sector(u.party) == parties.sector(v.party)),
        places_apart=float(bool(u.places) and bool(v.places) and not u.places & v.places),
        tensor_cosine=float(u.vector @ v.vector),
        shared_verbs=min(len(u.verbs & v.verbs), 2) / 2,
        main_parties=float(u.party in main and v.party in main),
        party_share=min(share[u.party], share[v.party]),
        reply_names_earlier=float(bool(later.context_entities & named)),
        reply_signal=float(signal),
        times_apart=float(bool(u.times) and bool(v.times) and not u.times & v.times),
    )


def _answers(unit: _Unit) -> bool:
    f = unit.flags
    return f.negation or f.denial or f.rebuttal or f.contrast or f.insistence


def _gate(u: _Unit, v: _Unit) -> bool:
    """The later statement answers (negation, denial, rebuttal, contrast, insistence) or both count one class."""
    later = v if v.sentence >= u.sentence else u
    return _answers(later) or _quantities(u, v)[0]


def candidates(doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...], claims: tuple[Claim, ...],
               times: tuple[TimeExpr, ...], parties: Parties, lexicon: Lexicon) -> Candidates:
    """Every pair of attributed statements of ``doc`` whose speakers stand for different sides, with features."""
    speaking = [s for s in statements if s.speaker is not None][:MAX_STATEMENTS]
    if len(speaking) < 2:
        return Candidates((), (), np.zeros((0, len(FEATURES))), ())
    arrays = _DocArrays(doc, lexicon)
    mentions = _entity_tokens(entities, arrays, parties.canonical)
    by_id = {e.id: e for e in entities}
    dated = [(*arrays.tokens(t.span.start, t.span.end), t.value) for t in times if t.value]
    of_statement: dict[str, list[Claim]] = {}
    positive = lexicon.claims.positive
    for c in claims:
        if c.statement is not None:
            of_statement.setdefault(c.statement, []).append(c)
    units = []
    for s in speaking:
        party = parties.party(s.speaker) or s.speaker
        assert party is not None
        names = (_words(parties.name(party)), _words(parties.name(s.speaker)))
        said = tuple(of_statement.get(s.id, ()))
        props = frozenset((c.kind, *positive(c.predicate, c.polarity)) for c in said)
        units.append(replace(_unit(s, party, names, arrays, mentions, by_id, said, dated), propositions=props))
    count: dict[str, int] = {}
    for u in units:
        count[u.party] = count.get(u.party, 0) + 1
    share = {p: n / len(units) for p, n in count.items()}
    main = set(sorted(count, key=lambda p: -count[p])[:2])
    pairs, bags, rows, cl = [], [], [], []
    for n, u in enumerate(units):
        for v in units[n + 1:]:
            if parties.same_side(u.statement.speaker, v.statement.speaker) or parties.same_side(u.party, v.party):
                continue
            cu, cv = parties.canonical.get(u.party, u.party), parties.canonical.get(v.party, v.party)
            if cu == cv or _one_name(u.party_words, v.party_words) or not _gate(u, v):
                continue
            row = _features(u, v, parties, share, main)
            pairs.append((u.statement, v.statement, u.party, v.party))
            bags.append(frozenset((cu, cv)))
            rows.append(row)
            cl.append((u.claims, v.claims))
    x = np.array(rows, dtype=float) if rows else np.zeros((0, len(FEATURES)))
    if rows:
        size: dict[frozenset[str], int] = {}
        for bag in bags:
            size[bag] = size.get(bag, 0) + 1
        x[:, FEATURES.index("bag_size")] = [math.log1p(size[bag]) / 3 for bag in bags]
    return Candidates(tuple(pairs), tuple(bags), x, tuple(cl))


def kind_of(row: np.ndarray, claims: tuple[tuple[Claim, ...], tuple[Claim, ...]]) -> str:
    """The conflict kind of a pair: a quantity class both sides count, else a cause, status, acceptance or
    characterisation claim on either side (both sides first), else ``existence``."""
    if row[FEATURES.index("quantity_same_class")]:
        return "quantity"
    a, b = ({c.kind for c in side} for side in claims)
    for pool in (a & b, a | b):
        for kind in _KIND_ORDER:
            if kind in pool and kind != "quantity":
                return kind
    if row[FEATURES.index("numbers_both")] and "quantity" in (a | b):
        return "quantity"
    return "existence"


def report(found: Candidates, lexicon: Lexicon, taken: set[frozenset[str]],
           name: Callable[[str | None], str], key: Callable[[str | None], str]) -> list[PairReport]:
    """The bags whose best pair reaches the model's threshold and whose parties (``key``: their country and side,
    as the rules count conflicts) no conflict of the rules (``taken``) nor an earlier bag already sets against
    each other, one conflict each, in text order of the pair."""
    model = lexicon.pairs
    if not found.pairs or not model.active or not set(model.features) <= set(FEATURES):
        return []
    prob = model.probabilities(found.x[:, [FEATURES.index(f) for f in model.features]])
    best: dict[frozenset[str], int] = {}
    for n, bag in enumerate(found.bags):
        if bag not in best or prob[n] > prob[best[bag]]:
            best[bag] = n
    out = []
    seen = set(taken)
    for _bag, n in sorted(best.items(), key=lambda kv: -prob[kv[1]]):
        s, t, pa, pb = found.pairs[n]
        keys = frozenset((key(pa), key(pb)))
        if prob[n] < model.threshold or keys in seen:
            continue
        seen.add(keys)
        kind = kind_of(found.x[n], found.claims[n])
        ca, cb = found.claims[n]
        sides = (Side(pa, s.content.text, s.content, ca[0].id if ca else None),
                 Side(pb, t.content.text, t.content, cb[0].id if cb else None))
        out.append(PairReport(kind, s.id, sides, f"{name(pa)} and {name(pb)} give incompatible accounts",
                              round(float(prob[n]), 3)))
    return out

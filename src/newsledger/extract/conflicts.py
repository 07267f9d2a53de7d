"""Conflicts within one article: where actors describe one thing incompatibly.

Attributed characterisations, never truth judgements. Four kinds:

- ``characterisation``: two actors label one agreement with document types of
  different rank (``data/agreements.yaml``: treaty > agreement/ceasefire >
  protocol > framework > memorandum > declaration), or one denies the label
  the other uses ("not a treaty");
- ``existence``: one actor asserts what another denies (an agreement one side
  signed and the other says does not exist; an event reported as happened by
  one speaker and negated by another; an accusation the accused rejects);
- ``stance``: one actor supports and another opposes the same agreement;
- ``fact``: two speakers give different numbers for the same thing, or
  different dates for the same event; two parties accuse each other.

No conflict is reported between an actor and itself, nor between a person and
the organisation they speak for, nor with a joint side ("both governments"): its
parties stand in its place (:mod:`.claims.joint`).

Claims (issue 14) add the kinds ``quantity``, ``cause``, ``status`` and
``acceptance``, and ``existence`` between event claims: :func:`conflicts`
compares the claims of each proposition family (kind and predicate; every cause
class together) pairwise with :func:`newsledger.compare.compare`, at most
:data:`MAX_BUCKET` claims a family, and reports the conflicts whose confidence
reaches :data:`newsledger.compare.THRESHOLD`. A side's later claim that changes
its own figure or position *revises* the earlier one (``Claim.revises``; the
superseded claim is compared no more): in the order of stated times (dates,
then a live blog's clock times; text order otherwise), each claim revises the
latest earlier one it changes, so revisions form a chain, never a loop; two
sides saying the same corroborate (``Claim.corroborates``). The outlet
(claimant ``None``) is a side of its own.
Every conflict side names the claim it rests on (``Side.claim_id``) where there
is one: label and accusation conflicts find it by actor and evidence.

A claim conflict's side names the party its claimant speaks for (a spokesman of
no stated country: their organisation, or the one state body of their sector);
one conflict is reported per kind, proposition family and pair of parties, the
pair with the most specific actors (named organisations of known countries
first). One disagreement told through two families (an acceptance pair and the
AGREE/REJECT events of the same words, a denied report and the negated event it
tells) is reported once, through the most specific family. In a count some side
revises in the article (a running tally), stages
of the count are not set against each other, nor the outlet's later, higher
figure against a source's earlier one (the outlet giving the latest count).
Two sides' figures for a count that only grows (``growing_counts``: the dead,
the wounded), each dated by the day it was told and set apart by nothing else,
are one count: a later telling that is lower conflicts, a higher one does not.
Other counts so dated, each told as of an act already over (the past perfect: "fifty barrels had
escaped"), are one finished act: figures that cannot both hold conflict in either order.

Agents across two sides' words: two groups of one country's forces ("his soldiers", "Belizean soldiers") are one agent;
an act of force denied by its agent's own side, which blames another party, is a ``cause`` dispute (who struck), not
an ``existence`` one; an account denied whole whose words name a cause of what happened is a ``cause`` dispute; an
acceptance denied by a side in a name of no known country is the side speaking of itself.

Pairs that never meet and whom a claimant stands for (:mod:`.pairing`): an outlet claim and a speaker's claim
told in one sentence; a count over years ("since 2019") and a count dated to one day; a claimant named by a
demonym several countries share ("Dominican") stands for the one of those countries the document names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import combinations, pairwise

from spacy.tokens import Doc, Token

from ..compare import (
    ECHO,
    LABEL,
    THING,
    THRESHOLD,
    VALENCE,
    Finding,
    Rules,
    blame_answered,
    compare,
    consistent,
    describe,
    rules_for,
    time_key,
    time_relation,
    two_moments,
)
from ..compare.quantity import is_open, is_recorded
from ..lexicon import Lexicon
from ..lexicon.agreements import AgreementVocabulary
from ..models import Agreement, Claim, Conflict, Entity, Event, Label, Polarity, Side, Span, Statement, TimeExpr
from .claims.acts import ACT_PREFIX as ACT
from .claims.denials import act_classes, verb_class
from .claims.joint import joint_entities
from .claims.reports import OCCURRENCE
from .pairing import (
    demonym_parties,
    denied_before,
    group_body,
    local_body,
    other_windows,
    outlet_borrowed,
    outlet_history,
    outlet_in_speech,
    past_year,
    people_count_class,
    places_nest,
    tally_and_day,
    told_as_done,
    union_peoples,
    voyage_end,
)
from .pairs import Candidates, Parties, candidates, report
from .walk import doc_text, doc_tokens, sentence_at

__all__ = ["DocumentContext", "conflicts", "pair_candidates", "taken_parties"]

MAX_BUCKET = 60
"""Claims of one proposition compared pairwise at most (in text order): bounds the work on long articles."""

# Sectors of a state's executive and forces: two of one country speak for one government.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
# The words before a place that set a count in it: "in", "in the", "in the district of".
_LOCATIVE = re.compile(r"\b[Ii]n (?:the (?:[a-z]+ )?[a-z]+ of )?(?:the )?$")
_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a TIMEX3 day
# The words that may open a sentence before the day it opens on: "On", "Late on", a transcript's "REPORTER: On".
_OPENING_DAY = re.compile(r"(?:[A-Z]+:\s*)?(?:(?:[Ee]arly|[Ll]ate) )?(?:[Oo]n )?")
# An administrative unit's noun before a name ("in the province of", "in the region of"): the name is a place's.
_UNIT_OF = re.compile(r"\b[Ii]n the ([a-z]+) of $")
# A subject of two that a passive verb follows ("both sides have been invited", "the two were asked to talk"): the
# act is done to them by another, not agreed by them.
_PASSIVE_OF_SUBJECT = re.compile(
    r"(?:(?![a-z]+ed\b|says?\b|agrees?\b|accepts?\b)[a-z'-]+\s+){1,5}(?:ha(?:ve|s|d)\s+|will\s+|would\s+)?"
    r"(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b", re.IGNORECASE)
# A count its teller sets in its own ground: "on its side", "on our side of the border", "in their own territory".
_OWN_GROUND = re.compile(r"\b(?:on|in|within) (?:its|our|their) (?:own )?(?:side|soil|territory|ground)\b")
# A count set on one people's side of a border: "on the Tajik side", "on the Chadian side of the river".
_PEOPLE_SIDE = re.compile(r"\b(?:on|in) the ([A-Z][\w'-]*) side\b")
# A name right after a preposition of place ("around X, where ...", "in the X district"), and what follows it: a
# unit noun ("in Lolo and Vaka districts"), or a "where" clause of that place ("near Koya, where the council counts").
_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]round|[Nn]ear|[Aa]t) (?:the )?$")
_UNIT_AFTER = re.compile(r" ([a-z]+)\b")
_WHERE_AFTER = re.compile(r",? where\b")
# A count told over several places at once: "across the five areas listed above", "in all three districts",
# "nationwide": a total the counts of each of those places are parts of.
_OVER_PLACES = re.compile(
    r"\b(?:[Aa]cross|[Ii]n all|[Ff]or all|[Oo]ver) (?:all )?(?:the |these |those )?(?:[a-z]+ )?(?:affected )?"
    r"(?:areas|districts|regions|provinces|states|counties|towns|villages|places|sites|camps|municipalities|zones"
    r"|localities|departments|cantons|prefectures|governorates)\b|\b(?:nationwide|countrywide)\b"
    r"|\b[Aa]cross the (?:whole )?country\b")
# A count set in a place named as lying next to the one spoken of ("in the neighbouring province of X", "in
# neighbouring X", "in an adjacent district"): another place than the one a count without such words is set in.
_NEIGHBOUR_PLACE = re.compile(r"\b[Ii]n (?:the |an? )?(?:neighbou?ring|adjacent|nearby) (?:([a-z]+) (?:of )?)?"
                              r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?")


class _Camps:
    """Who speaks for whom: a person and the organisation they are affiliated with are one camp."""

    def __init__(self, entities: Iterable[Entity], vocab: AgreementVocabulary, challengers: frozenset[str],
                 demonyms: Mapping[str, frozenset[str]] | None = None) -> None:
        self.entities = {e.id: e for e in entities}
        # A party named by a demonym of several countries ("Dominican officials"): the one of those countries the
        # document names otherwise is its country, and the entity naming that country names its party.
        self.stands_for = demonym_parties(self.entities, demonyms or {})
        for eid, country_entity in self.stands_for.items():
            self.entities[eid] = dataclasses.replace(self.entities[eid],
                                                     country=self.entities[country_entity].country)
        # Entities of one proper name, type and country are one actor ("the ELN" told twice where the actor
        # index kept two): each id maps to the first of its kind. A common noun ("officials", "the company")
        # may stand for different groups and names no one actor.
        first: dict[tuple[str, str, str | None], str] = {}
        self.canonical = {e.id: first.setdefault((e.name.lower(), e.type, e.country), e.id)
                          if e.name.lower() != e.name else e.id for e in self.entities.values()}
        # A people named for a union of states ("the Europeans") is the union the story names: one actor with it.
        for eid, body in union_peoples(self.entities).items():
            self.canonical[eid] = self.canonical[body]
        self.vocab = vocab  # the document types that labels name, and the counted nouns
        # Sectors that challenge a state from inside it: a government and these are two parties of one country.
        self.challengers = challengers

    def same(self, a: str, b: str) -> bool:
        """One actor (the same id, or one name, type and country), or one speaking for the other's organisation
        or both for one."""
        if a == b:
            return True
        ea, eb = self.entities.get(a), self.entities.get(b)
        if ea is None or eb is None:
            return False
        ca, cb = self.canonical[a], self.canonical[b]
        fa, fb = self._one(ea.affiliation), self._one(eb.affiliation)
        return ca == cb or fa == cb or fb == ca or (fa is not None and fa == fb)

    def _one(self, eid: str | None) -> str | None:
        return None if eid is None else self.canonical.get(eid, eid)

    def distinct_parties(self, a: str, b: str) -> bool:
        """Two sides that stand for different parties: different known countries, or one country's
        government and those who fight or oppose it (a government and a rebel group it signs with)."""
        ca, cb = self.country(a), self.country(b)
        if ca is None or cb is None:
            return False
        if ca != cb:
            return True
        sa, sb = self.sector(a), self.sector(b)
        return (sa in self.challengers) != (sb in self.challengers) and None not in (sa, sb)

    def on_side_of(self, a: str, b: str) -> bool:
        """``a`` speaks or acts for ``b``'s party: the same actor or camp, or the same country and side."""
        if self.same(a, b):
            return True
        ca, cb = self.country(a), self.country(b)
        return ca is not None and ca == cb and not self.distinct_parties(a, b) \
            and not self.private(a) and not self.private(b)

    def state_country(self, eid: str) -> str | None:
        """The country a state official speaks for: their own, else, for a person of a state sector with no
        country or affiliation ("army spokesman X"), the one country of all the state bodies of that sector
        in the document (None where they belong to several)."""
        ent = self.entities.get(eid)
        if ent is None or ent.country is not None or ent.type != "PERSON" or ent.affiliation is not None:
            return ent.country if ent is not None else None
        if ent.sector not in _STATE_SECTORS:
            return None
        countries = {e.country for e in self.entities.values()
                     if e.type == "ORG" and e.sector == ent.sector and e.country is not None}
        return next(iter(countries)) if len(countries) == 1 else None

    def party(self, eid: str | None) -> str | None:
        """The actor that names ``eid``'s party in a conflict: a person of no stated country stands for the
        organisation they speak for (their affiliation), else, for a state official, the state body of their
        sector and country (:meth:`state_country`: "army spokesman X" for the army); anyone else for itself."""
        ent = self.entities.get(eid or "")
        if eid in self.stands_for:
            return self.stands_for[eid]
        if ent is None or ent.type != "PERSON" or ent.country is not None:
            return eid
        if ent.affiliation in self.entities:
            return ent.affiliation
        country = self.state_country(ent.id)
        bodies = [e.id for e in self.entities.values()
                  if e.type == "ORG" and e.sector == ent.sector and e.country == country]
        return bodies[0] if country is not None and len(bodies) == 1 else eid  # of several, which one is unsaid

    def party_against(self, eid: str | None, other: str | None) -> str | None:
        """:meth:`party`, where a state official of no known country or organisation (a "government spokeswoman")
        disputes a side of one of the story's two countries: the official speaks for the other country (one
        country's state bodies are one side), named by that country's entity."""
        party = self.party(eid)
        ent = self.entities.get(party or "")
        if ent is None or ent.type != "PERSON" or ent.country is not None or ent.affiliation is not None \
                or ent.sector not in _STATE_SECTORS:
            return party
        theirs = self.country(self.party(other))
        countries = {e.country for e in self.entities.values() if e.country is not None
                     and (e.type in ("GPE", "NORP") or e.sector in _STATE_SECTORS)}
        if theirs is None or len(countries) != 2 or theirs not in countries:
            return party
        mine = next(iter(countries - {theirs}))
        named = [e for e in self.entities.values() if e.country == mine and e.type in ("GPE", "NORP")]
        return min(named, key=lambda e: (e.type != "GPE", int(e.id[1:]) if e.id[1:].isdigit() else 0)).id \
            if named else party

    def specificity(self, eid: str | None) -> int:
        """How well ``eid`` names a party: 3 for the outlet, +2 for a known country, +1 for a named
        organisation or country (not a person or an anonymous group such as "officials")."""
        if eid is None:
            return 3
        ent = self.entities.get(eid)
        if ent is None:
            return 0
        return 2 * (ent.country is not None) + (ent.type in ("ORG", "GPE") and not self.common_noun(eid))

    def named_by_noun(self, a: str, b: str) -> bool:
        """One of two organisations is named only by a common noun whose head word the other's name holds ("your
        university", "St. Paul River University"): a reader takes the noun for the named one."""
        ea, eb = self.entities.get(a), self.entities.get(b)
        if ea is None or eb is None or ea.type != "ORG" or eb.type != "ORG":
            return False
        return any(noun.name == noun.name.lower() and named.name != named.name.lower() and noun.name.split()
                   and noun.name.split()[-1] in named.name.lower().split() and noun.country in (None, named.country)
                   for noun, named in ((ea, eb), (eb, ea)))

    def one_force(self, a: str, b: str) -> bool:
        """Two groups named by common nouns ("his soldiers", "Belizean soldiers"), of one known country and one state
        sector: one country's forces, whatever words name them (an argument of an act, not a speaker)."""
        ea, eb = self.entities.get(a), self.entities.get(b)
        return (ea is not None and eb is not None and ea.type == eb.type == "GROUP" and ea.country is not None
                and ea.country == eb.country and ea.sector in _STATE_SECTORS and ea.sector == eb.sector)

    def common_noun(self, eid: str | None) -> bool:
        """An actor named only by a common noun ("the company", "officials") and of no known country."""
        ent = self.entities.get(eid or "")
        return ent is not None and ent.country is None and ent.name == ent.name.lower()

    def loose(self, eid: str | None) -> bool:
        """A person of no known country, organisation or sector: whom they speak for is unknown."""
        ent = self.entities.get(eid or "")
        return ent is not None and ent.type == "PERSON" and ent.country is None and ent.affiliation is None \
            and ent.sector is None

    def sector(self, eid: str | None) -> str | None:
        ent = self.entities.get(eid or "")
        return ent.sector if ent else None

    def country(self, eid: str | None) -> str | None:
        ent = self.entities.get(eid or "")
        return ent.country if ent else None

    def private(self, eid: str | None) -> bool:
        """A person of no office and no organisation (a citizen of the story's country): they speak for themselves,
        not for their country, so two of one country are two parties."""
        ent = self.entities.get(eid or "")
        return ent is not None and ent.type == "PERSON" and ent.sector is None and ent.affiliation is None

    def key(self, eid: str | None) -> str:
        """What a side stands for when counting conflicts: its country (and challenger sector) where known; a
        private person stands for themselves."""
        ent = self.entities.get(eid or "")
        if ent is None:
            return "?"
        if not ent.country or self.private(ent.id):
            return self.canonical[ent.id]
        return f"{ent.country}/{ent.sector in self.challengers}"

    def name(self, eid: str | None) -> str:
        ent = self.entities.get(eid or "")
        return ent.name if ent else "an unnamed source"


class DocumentContext:
    """The comparison :class:`~newsledger.compare.Context` of one document: camps from its entities, time
    values from its times."""

    def __init__(self, camps: _Camps, times: Mapping[str, TimeExpr],
                 statements: Mapping[str, Statement] | None = None, site_nouns: frozenset[str] = frozenset(),
                 window_words: frozenset[str] = frozenset(), done: frozenset[str] = frozenset(),
                 before: frozenset[str] = frozenset(), verb_acts: Mapping[str, str] | None = None,
                 voyage_ends: Mapping[str, str] | None = None, place_nouns: frozenset[str] = frozenset(),
                 moments: Mapping[str, str] | None = None, days: Mapping[str, str] | None = None) -> None:
        self.camps = camps
        self.place_nouns = place_nouns  # administrative units ("province"): "in the province of X" names a place
        self.moments = moments or {}  # claims -> the clock time of the live blog entry they are told in
        self.days = days or {}  # event claims -> the one day their sentence dates what it tells (:func:`_told_days`)
        self.voyage_ends = voyage_ends or {}  # counts of people aboard -> their end of a voyage (:func:`voyage_end`)
        self.verb_acts = verb_acts or {}  # typed event claims' verbs' act classes (:func:`_verb_acts`)
        self.before = before  # the ids of acts denied only up to the telling (:func:`.pairing.denied_before`)
        self.done = done  # the ids of claims told in the past perfect (:func:`.pairing.told_as_done`)
        self.times = times
        self.statements = statements or {}
        self.site_nouns = site_nouns  # head words of a site's name inside a town (claims.yaml ``site_nouns``)
        self.window_words = window_words  # words that open a window a count runs over ("since")

    def other_windows(self, a: Claim, b: Claim) -> bool:
        """One count runs over years and the other is dated to one day (:func:`.pairing.other_windows`), or one is
        dated to a past year and the other to no time (:func:`.pairing.past_year`)."""
        return other_windows(a, b, self.times, self.window_words) or past_year(a, b, self.times)

    def told_then(self, claim: Claim) -> bool:
        """The claim's time is the date of its telling (its statement's cue time: "said on Tuesday"), not of
        what it counts."""
        stmt = self.statements.get(claim.statement or "")
        return claim.time is not None and stmt is not None and stmt.time == claim.time

    def told_now(self, claim: Claim) -> bool:
        """The claim's words tell its figure as of now ("11 are now confirmed dead"): a time of the present in them."""
        ev = claim.evidence
        return self.time_value(claim.time) == "PRESENT_REF" or any(
            t.value == "PRESENT_REF" and ev.start <= t.span.start and t.span.end <= ev.end for t in self.times.values())

    def words_said(self, claim: Claim) -> frozenset[str]:
        """The lower-case words of the claim's statement."""
        stmt = self.statements.get(claim.statement or "")
        return frozenset(_WORDS.findall(stmt.content.text.lower())) if stmt is not None else frozenset()

    def places_said(self, claim: Claim) -> frozenset[str]:
        """The places (GPE, LOC, FAC entities) named in the words of the claim's statement."""
        stmt = self.statements.get(claim.statement or "")
        if stmt is None:
            return frozenset()
        start, end = stmt.content.start, stmt.content.end
        return frozenset(e.id for e in self.camps.entities.values() if e.type in ("GPE", "LOC", "FAC")
                         and any(start <= m.start and m.end <= end for m in e.mentions))

    def places_in(self, claim: Claim) -> frozenset[str]:
        """The places (GPE, LOC, FAC entities) the claim's own words set its count in: named after "in", or after
        "in the <noun> of" ("in the province of Oruro"), inside the claim's evidence; a name of any type after "in
        the <unit> of" with a unit of ``place_nouns`` ("in the province of Loma", the NER's body)."""
        ev = claim.evidence
        out: set[str] = set()
        for e in self.camps.entities.values():
            for m in e.mentions:
                if not (ev.start <= m.start and m.end <= ev.end):
                    continue
                before = ev.text[:m.start - ev.start]
                if e.type in ("GPE", "LOC", "FAC") and _LOCATIVE.search(before):
                    out.add(e.id)
                elif e.type in ("GPE", "LOC", "FAC", "ORG") and (unit := _UNIT_OF.search(before)) is not None \
                        and unit.group(1) in self.place_nouns:
                    out.add(e.id)  # "in the province of Loma": a place whatever type the NER gave its name
                elif _AT_PLACE.search(before) and self._placed_by_what_follows(ev.text[m.end - ev.start:], e.type):
                    out.add(e.id)  # "in Lolo and Vaka districts", "around Koya, where": a place whatever its type
        return frozenset(out)

    def _placed_by_what_follows(self, after: str, etype: str) -> bool:
        """The words after a name that follows a preposition of place make it a place, whatever type the NER gave
        it: a unit noun of ``place_nouns`` ("in Lolo and Vaka districts"), or, for a name of no organisation nor
        person, a "where" clause ("around Koya, where the council counts 300 displaced")."""
        unit = _UNIT_AFTER.match(after)
        if unit is not None:
            word = unit.group(1)
            stem = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
            if word in self.place_nouns or stem in self.place_nouns:
                return True
        return etype not in ("ORG", "PERSON") and _WHERE_AFTER.match(after) is not None

    def part_of_total(self, a: Claim, b: Claim) -> bool:
        """One count is told over several places at once ("across the five areas listed above, about 9,000 are
        displaced"), the other is set in one place and is no more than it: a part of the total, not a second figure
        for it. A part above the total still conflicts: a total cannot be less than one of its parts."""
        for total, part in ((a, b), (b, a)):
            if (_OVER_PLACES.search(total.evidence.text) and not _OVER_PLACES.search(part.evidence.text)
                    and self.places_in(part) and not self.places_in(total) and _figure(part) <= _figure(total)):
                return True
        return False

    def other_places(self, a: Claim, b: Claim) -> bool:
        """Each claim sets its count in places of its own, none shared nor nested ("in Oruro, six died" / "in
        the department of Tarija, eleven died"): counts of two places, not two figures for one count."""
        pa, pb = self.places_in(a), self.places_in(b)
        if bool(pa and pb and not pa & pb
                and not any(self.places_nest(x, y) or self.places_nest(y, x) for x in pa for y in pb)):
            return True
        # "60 were injured on its side" against a count set in a named place, or one of the other side's own
        # ground: two sides' counts each of its own ground are counts of two places.
        own_a, own_b = self._own_ground(a), self._own_ground(b)
        if ((own_a or own_b) and (own_a or bool(pa)) and (own_b or bool(pb))
                and not self.same_side(a.claimant, b.claimant)):
            return True
        return _neighbour_of(a.evidence.text, b.evidence.text) or _neighbour_of(b.evidence.text, a.evidence.text)

    def _own_ground(self, claim: Claim) -> bool:
        """The claim sets its count on its teller's own ground: "on its side", "in our territory", or "on the <people>
        side" naming the teller's own people ("on the Tajik side", told by Tajikistan's emergency committee)."""
        ev = claim.evidence
        if _OWN_GROUND.search(ev.text):
            return True
        for m in _PEOPLE_SIDE.finditer(ev.text):
            start = ev.start + m.start(1)
            if any(mention.start == start and self.same_side(e.id, claim.claimant)
                   for e in self.camps.entities.values() if e.type in ("NORP", "GPE") for mention in e.mentions):
                return True
        return False

    def voyage_apart(self, a: Claim, b: Claim) -> bool:
        """One count of people aboard is told as the voyage set off ("52 people boarded it"), the other as it arrived
        ("was found with 41 people on board"), and the second is no more than the first: counts at two ends of a
        voyage, the difference lost or left on the way (:func:`.pairing.voyage_end`)."""
        ends = {self.voyage_ends.get(a.id): a, self.voyage_ends.get(b.id): b}
        off, came = ends.get("set off"), ends.get("arrived")
        return off is not None and came is not None and off is not came and _figure(came) <= _figure(off)

    def same_side(self, a: str | None, b: str | None) -> bool:
        """One actor, a person and their organisation, or two state bodies of one country; the outlet
        (``None``) is a side of its own."""
        if a is None or b is None:
            return a is None and b is None
        if self.camps.same(a, b):
            return True
        ca, cb = self.camps.state_country(a), self.camps.state_country(b)
        return ca is not None and ca == cb and self._state(a) and self._state(b) and self._local(a) == self._local(b)

    def _local(self, eid: str) -> bool:
        """A body of a locality of no known country (:func:`.pairing.local_body`): a side apart from the national
        state bodies of its country."""
        ent = self.camps.entities.get(eid)
        return ent is not None and local_body(ent, self.camps.entities.values())

    def _state(self, eid: str) -> bool:
        """A state body, or the country itself speaking ("Chile said") or named by its people ("Chilean"); a body
        named for a group of people ("the students' committee") is the group's (:func:`.pairing.group_body`)."""
        ent = self.camps.entities.get(eid)
        return ent is not None and not group_body(ent) and (ent.sector in _STATE_SECTORS
                                                            or (ent.sector is None and ent.type in ("GPE", "NORP")))

    def same_actor(self, a: str | None, b: str | None) -> bool:
        """Equal entity ids, a person and the organisation they speak for, or a thing named by a common noun and
        one whose name holds that noun ("your university" and "St. Paul River University")."""
        return a is not None and b is not None and (self.camps.same(a, b) or self.camps.named_by_noun(a, b)
                                                    or self.camps.one_force(a, b))

    def places_nest(self, a: str, b: str) -> bool:
        """A town and a site inside a town (:func:`.pairing.places_nest`)."""
        ea, eb = self.camps.entities.get(a), self.camps.entities.get(b)
        return ea is not None and eb is not None and places_nest(ea, eb, self.site_nouns)

    def time_value(self, time_id: str | None) -> str | None:
        """The TIMEX3 value of a time id."""
        t = self.times.get(time_id or "")
        return t.value if t is not None else None

    def name(self, eid: str | None) -> str:
        """The entity's name; "the outlet" for None."""
        return "the outlet" if eid is None else self.camps.name(eid)


def _neighbour_of(near: str, other: str) -> bool:
    """``near`` sets its count in a place named as the neighbour of the one spoken of ("In the neighbouring
    province of X, the office counts 3 deaths") and ``other`` neither does so nor names that place: counts of two
    places ("9 people died in the province")."""
    found = _NEIGHBOUR_PLACE.search(near)
    if found is None or _NEIGHBOUR_PLACE.search(other):
        return False
    name = found.group(2)
    return not name or name not in other


def _type_of(label: str, types: AgreementVocabulary) -> tuple[str, int | None]:
    return types.type_of(label) or ("", None)


def _characterisations(agreement: Agreement, camps: _Camps) -> list[tuple[str, list[Side], str]]:
    by_actor: dict[str, list[Label]] = {}
    for label in agreement.labels:
        if label.by is not None:
            by_actor.setdefault(label.by, []).append(label)
    found: list[tuple[str, list[Side], str]] = []
    for a, b in combinations(by_actor, 2):
        if camps.same(a, b):
            continue
        mates = {x: [lb for y, labels in by_actor.items() if y != x and camps.same(x, y) for lb in labels]
                 for x in (a, b)}  # "This is not a ceasefire," says a spokesman; his group calls it a pause
        result = _compare(a, by_actor[a], b, by_actor[b], camps, mates)
        if result is not None:
            found.append(result)
    return found


_Typed = tuple[Label, str, int | None]


def _split(labels: list[Label], types: AgreementVocabulary) -> tuple[list[_Typed], list[_Typed]]:
    asserted: list[_Typed] = []
    denied: list[_Typed] = []
    for lb in labels:
        doc_type, rank = _type_of(lb.label, types)
        (denied if lb.negated else asserted).append((lb, doc_type, rank))
    return asserted, denied


def _no_such(label: Label) -> bool:
    """The label is denied as a thing that does not exist ("there is no truce", "no ceasefire was signed"), not as
    the name of a thing that does ("this is not a ceasefire")."""
    return label.evidence.text.lower().startswith(("no ", "never "))


def _compare(a: str, la: list[Label], b: str, lb: list[Label], camps: _Camps,
             mates: dict[str, list[Label]] | None = None) -> tuple[str, list[Side], str] | None:
    """The characterisation conflict between ``a``'s and ``b``'s labels of one agreement, if any; ``mates``
    holds the labels of each one's camp, which name what a side that denies a label calls it instead."""
    a_yes, a_no = _split(la, camps.vocab)
    b_yes, b_no = _split(lb, camps.vocab)
    mates = mates or {}
    na, nb = camps.name(a), camps.name(b)
    # One denies the very type the other asserts.
    for (yes_side, yes, no_side, no, yes_name, no_name) in ((a, a_yes, b, b_no, na, nb), (b, b_yes, a, a_no, nb, na)):
        for lab_yes, t_yes, _ in yes:
            for lab_no, t_no, _ in no:
                if t_yes and t_yes == t_no:
                    own = b_yes if no_side == b else a_yes
                    camp = _split(mates.get(no_side, []), camps.vocab)[0]
                    others = [x for x, t, r in own + camp if r is not None and t != t_yes]
                    # "This is not a ceasefire" disputes what the thing is; "there is no ceasefire" that it is
                    kind = "existence" if not others and _no_such(lab_no) else "characterisation"
                    # A side's claim is the label as the format writes it ("not memorandum").
                    sides = [Side(yes_side, lab_yes.text, lab_yes.evidence),
                             Side(no_side, lab_no.text, lab_no.evidence)]
                    summary = f"{yes_name} calls it {lab_yes.label!r}; {no_name} denies it is {lab_no.label!r}"
                    if others:
                        sides.append(Side(others[0].by or no_side, others[0].text, others[0].evidence))
                        summary += f" and calls it {others[0].label!r}"
                    return kind, sides, summary
    # Both characterise it, with types of different rank: only between actors of known, different
    # countries (officials of one government using two words is not a dispute between parties).
    if not camps.distinct_parties(a, b):
        return None
    ranked_a = [(x, t, r) for x, t, r in a_yes if r is not None]
    ranked_b = [(x, t, r) for x, t, r in b_yes if r is not None]
    types_a, types_b = {t for _, t, _ in ranked_a}, {t for _, t, _ in ranked_b}
    if ranked_a and ranked_b and not (types_a & types_b):
        x, _, _ = ranked_a[0]
        y, _, _ = ranked_b[0]
        return ("characterisation", [Side(a, x.text, x.evidence), Side(b, y.text, y.evidence)],
                f"{na} calls it {x.label!r}; {nb} calls it {y.label!r}")
    return None


def _stance_conflicts(agreement: Agreement, camps: _Camps) -> list[tuple[str, list[Side], str]]:
    found = []
    support = [s for s in agreement.stances if s.stance == "support" and s.actor]
    oppose = [s for s in agreement.stances if s.stance == "oppose" and s.actor]
    pairs: set[tuple[str, str]] = set()
    for s in support:
        for o in oppose:
            if s.actor is None or o.actor is None or camps.same(s.actor, o.actor) or (s.actor, o.actor) in pairs:
                continue
            pairs.add((s.actor, o.actor))
            found.append(("stance", [Side(s.actor, "supports it", s.evidence), Side(o.actor, "opposes it", o.evidence)],
                          f"{camps.name(s.actor)} supports it; {camps.name(o.actor)} opposes it"))
    return found


def _speaker_of(event: Event, statements: dict[str, Statement]) -> str | None:
    stmt = statements.get(event.reported_by or "")
    return stmt.speaker if stmt is not None else None


def _event_conflicts(events: tuple[Event, ...], statements: dict[str, Statement], times: dict[str, TimeExpr],
                     camps: _Camps, claimed: frozenset[str]) -> list[tuple[str | None, str, list[Side], str]]:
    """Events of one type and dyad told by two camps: one says it happened, the other not (unless both events
    have claims: the claims' comparison decides then), or they date it differently."""
    found: list[tuple[str | None, str, list[Side], str]] = []
    for e1, e2 in combinations(events, 2):
        if e1.type != e2.type:
            continue
        s1, s2 = _speaker_of(e1, statements), _speaker_of(e2, statements)
        if s1 is None or s2 is None or camps.same(s1, s2):
            continue
        dyad1, dyad2 = {e1.source, e1.target} - {None}, {e2.source, e2.target} - {None}
        if not dyad1 or dyad1 != dyad2:
            continue
        if e1.polarity != e2.polarity and "actual" in (e1.modality, e2.modality):
            if e1.id in claimed and e2.id in claimed:
                continue
            yes, no = (e1, e2) if e1.polarity == "asserted" else (e2, e1)
            sy, sn = (s1, s2) if yes is e1 else (s2, s1)
            found.append((yes.id, "existence",
                          [Side(sy, "it happened", yes.evidence), Side(sn, "it did not happen", no.evidence)],
                          f"{camps.name(sy)} reports {yes.type.lower()}; {camps.name(sn)} denies it"))
            continue
        v1 = times.get(e1.date or "")
        v2 = times.get(e2.date or "")
        if v1 and v2 and v1.value and v2.value and v1.value != v2.value:
            sides = [Side(s1, f"on {v1.value}", e1.evidence), Side(s2, f"on {v2.value}", e2.evidence)]
            found.append((e1.id, "fact", sides,
                          f"{camps.name(s1)} dates it {v1.value}; {camps.name(s2)} dates it {v2.value}"))
    return found


def _accusation_conflicts(events: tuple[Event, ...], camps: _Camps) -> list[tuple[str | None, str, list[Side], str]]:
    """An accusation the accused denies or rejects ("X accused Y of ..."; "Y denied any wrongdoing"), and
    two parties accusing each other: one side's account is what the other disputes."""
    actual = [e for e in events if e.polarity == "asserted" and e.modality == "actual"
              and e.source is not None]
    found: list[tuple[str | None, str, list[Side], str]] = []
    pairs: set[frozenset[str]] = set()
    for acc in actual:
        accuser, accused = acc.source, acc.target
        if acc.type != "ACCUSE" or accuser is None or accused is None or not camps.distinct_parties(accuser, accused):
            continue
        others = [o for o in actual if o is not acc and o.source is not None and camps.on_side_of(o.source, accused)
                  and camps.distinct_parties(o.source, accuser)]
        denial = next((o for o in others if o.type == "REJECT"
                       and (o.target is None or camps.on_side_of(o.target, accuser))), None)
        counter = next((o for o in others if o.type == "ACCUSE" and o.target is not None
                        and camps.on_side_of(o.target, accuser)), None)
        if denial is None and counter is None:
            continue
        pair = frozenset({camps.key(accuser), camps.key(accused)})
        if pair in pairs:
            continue  # one conflict per pair of parties
        pairs.add(pair)
        if denial is not None and denial.source is not None:
            found.append((acc.id, "existence", [Side(accuser, "accuses", acc.evidence),
                                                Side(denial.source, "rejects it", denial.evidence)],
                          f"{camps.name(accuser)} accuses {camps.name(accused)}; "
                          f"{camps.name(denial.source)} rejects it"))
        elif counter is not None and counter.source is not None:
            found.append((None, "fact", [Side(accuser, "blames the other side", acc.evidence),
                                         Side(counter.source, "blames the other side", counter.evidence)],
                          f"{camps.name(accuser)} and {camps.name(counter.source)} accuse each other"))
    return found


def _predicate_of(noun: Token) -> str:
    """The lemma of the verb (or adjective) a counted noun is said of: its nearest verbal ancestor, else ""."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "ADJ"):
            return tok.lemma_.lower()
    return ""


def _number_conflicts(doc: Doc, statements: tuple[Statement, ...], camps: _Camps) -> list[tuple[str, list[Side], str]]:
    """Two speakers giving different counts of the same thing ("12 people" vs "30 people")."""
    claims: dict[tuple[str, str], list[tuple[str, str, Span]]] = {}
    for stmt in statements:
        if stmt.speaker is None:
            continue
        span = doc.char_span(stmt.content.start, stmt.content.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in doc_tokens(doc)[span.start:span.end]:  # the span's Tokens, not a new one per word
            if tok.like_num and tok.dep_ == "nummod" and tok.head.lemma_.lower() in camps.vocab.counted_nouns:
                number = " ".join(t.text for t in tok.subtree if t.like_num or t.dep_ in ("quantmod", "compound"))
                ev = doc[min(tok.left_edge.i, tok.i):tok.head.i + 1]
                # The same thing counted: the same noun, said of the same predicate ("killed", "wounded").
                key = (tok.head.lemma_.lower(), _predicate_of(tok.head))
                claims.setdefault(key, []).append((stmt.speaker, number, Span(ev.start_char, ev.end_char, ev.text)))
    found = []
    for (noun, _), items in claims.items():
        for (s1, n1, ev1), (s2, n2, ev2) in combinations(items, 2):
            if n1 != n2 and not camps.same(s1, s2):
                found.append(("fact", [Side(s1, f"{n1} {noun}", ev1), Side(s2, f"{n2} {noun}", ev2)],
                              f"{camps.name(s1)} says {n1}; {camps.name(s2)} says {n2} ({noun})"))
                break
    return found


_Found = tuple[Claim, Claim, Finding]


def _bucket_key(claim: Claim, rules: Rules) -> tuple[str, str] | None:
    """The proposition family a claim is compared within: claims of other families never meet."""
    if claim.modality != "actual":
        return None
    if claim.kind == "characterisation":  # an agreement's labels are the agreement code's; an act's meet by frame
        frame = claim.argument("frame")
        return ("characterisation", frame) if frame is not None else None
    if claim.kind == "event":
        return "event", rules.act(claim.predicate)
    if claim.kind == "cause":
        return "cause", "responsible" if claim.predicate == "responsible" else ""
    if claim.kind == "quantity" and ((claim.claimant is None and is_open(claim.predicate))
                                     or is_recorded(claim.predicate)):
        return None  # the outlet's own open count or measure sets the scene ("a staff of nine"): no side's figure;
        # a figure recorded as given names no one counted thing
    if claim.kind == "quantity":  # "2,800 households" meets "420 families"
        return claim.kind, rules.count_key(rules.positive(claim)[0])
    return claim.kind, rules.positive(claim)[0]  # "unlawful" meets "lawful"


def _figure(claim: Claim) -> float:
    """The figure of a quantity claim (its lower bound, else its upper one; 0 without a value)."""
    v = claim.value
    if v is None:
        return 0.0
    return float(v.low if v.low is not None else v.high or 0.0)


def _parts_of_totals(bucket: list[Claim], kind: str) -> frozenset[frozenset[str]]:
    """The pairs of counts of one thing that are parts and a whole: two exact counts ("6 died in this district",
    "3 died there") whose sum is a third count of the bucket ("at least 9 people", "9 in all"), the total they make
    up. Each part against the other and against the total counts different things (two places, two groups and all
    of them), so none of these pairs is a dispute. A part is an exact figure (low equal to high); a total an exact
    figure or a lower bound. Only a bucket of quantities (``kind``) has any."""
    if kind != "quantity":
        return frozenset()
    exact = [c for c in bucket if c.value is not None and c.value.low is not None and c.value.low == c.value.high
             and c.value.low > 0]
    totals: dict[float, list[Claim]] = {}
    for c in bucket:
        if c.value is not None and c.value.low is not None and c.value.high in (None, c.value.low):
            totals.setdefault(c.value.low, []).append(c)
    out: set[frozenset[str]] = set()
    for a, b in combinations(exact, 2):
        sum_ = _figure(a) + _figure(b)
        for whole in totals.get(sum_, ()):
            if whole.id in (a.id, b.id) or _overlap(whole.evidence, a.evidence) or _overlap(whole.evidence, b.evidence):
                continue
            out.update((frozenset((a.id, b.id)), frozenset((a.id, whole.id)), frozenset((b.id, whole.id))))
    return frozenset(out)


def _overlap(x: Span, y: Span) -> bool:
    return x.start < y.end and y.start < x.end


def _same_time(a: Claim, b: Claim, context: DocumentContext) -> bool:
    """Both claims carry one stated time."""
    ta, tb = context.time_value(a.time), context.time_value(b.time)
    return ta is not None and ta == tb


def _in_time_order(claims: list[Claim], context: DocumentContext) -> list[Claim]:
    """The claims (in text order) in the order of their stated times: a date, or a live blog's clock time
    ("the toll had been 12 on Monday" told after "it is now 20"); a claim without a calendar time takes
    the time of the claim before it in the text, and claims of one time keep their text order."""
    keyed: list[tuple[str, int, Claim]] = []
    current = ""
    for i, c in enumerate(claims):
        current = time_key(context.time_value(c.time)) or current
        keyed.append((current, i, c))
    return [c for _k, _i, c in sorted(keyed, key=lambda x: (x[0], x[1]))]


def _said(claim: Claim, rules: Rules) -> tuple[str, str]:
    """(predicate, polarity) with a named opposite read as its predicate denied ("closed" asserted: "open" denied)."""
    positive = rules.opposites.get(claim.predicate)
    if positive is None:
        return claim.predicate, claim.polarity
    return positive, "negated" if claim.polarity == "asserted" else "asserted"


def _repeats(earlier: Claim, later: Claim, context: DocumentContext, rules: Rules) -> bool:
    """``later`` says again what ``earlier`` said, on the same side: the same proposition ("is closed" and "is not
    open" are one), polarity and figure."""
    return (context.same_side(earlier.claimant, later.claimant) and _said(earlier, rules) == _said(later, rules)
            and earlier.value == later.value)


def _chain(bucket: list[Claim], pairs: set[frozenset[str]], context: DocumentContext,
           rules: Rules) -> dict[str, str]:
    """Which claim each revising claim revises: in time order, the latest earlier claim it was found to revise
    (``pairs``), unless it repeats a claim in between (then it revises nothing). A chain, never a loop: a
    claim only ever revises one before it."""
    ordered = _in_time_order(bucket, context)
    out: dict[str, str] = {}
    for i, cur in enumerate(ordered):
        for prev in reversed(ordered[:i]):
            if frozenset((prev.id, cur.id)) in pairs:
                out[cur.id] = prev.id
                break
            if _repeats(prev, cur, context, rules):
                break
    return out


def _outlet_update(a: Claim, b: Claim) -> bool:
    """The outlet, after a source's figure, gives a figure at least as high in its own voice: in a running
    count, the latest stage it reports ("Latest: 26 dead"), not a dispute with the source's earlier one."""
    return b.claimant is None and a.claimant is not None and _figure(b) >= _figure(a)


def _told_apart(a: Claim, b: Claim, context: DocumentContext, others: frozenset[str],
                one_place: bool = True) -> tuple[str, str] | None:
    """The TIMEX3 keys of two claims each dated by the different day it was told, where nothing else tells two
    incidents apart (the places and the words of their statements); None otherwise. ``one_place``: the two
    statements must name the same places; else only no two sets of places with none in common."""
    ta, tb = context.time_value(a.time), context.time_value(b.time)
    if not (context.told_then(a) and context.told_then(b)) or time_relation(ta, tb) != "different":
        return None
    pa, pb = context.places_said(a), context.places_said(b)
    if (pa != pb) if one_place else (pa and pb and not pa & pb):
        return None  # "five were killed in Tawila" after "43 in the strike": maybe another incident
    if (context.words_said(a) | context.words_said(b)) & others:
        return None  # "in the second strike", "in another attack": another incident
    ka, kb = time_key(ta), time_key(tb)
    return None if ka is None or kb is None else (ka, kb)


def _told_done(a: Claim, b: Claim, context: DocumentContext, rules: Rules,
               others: frozenset[str] = frozenset()) -> Finding | None:
    """Two sides' figures for a count that does not only grow, each dated by the day it was told and each told as of
    an act already over ("said on Saturday that fifty barrels had escaped", "said on Monday that 2,000 barrels had
    leaked"): one finished act, so the figures are compared as of one time, in either order."""
    if a.id not in context.done or b.id not in context.done or _told_apart(a, b, context, others, False) is None:
        return None
    finding = compare(dataclasses.replace(a, time=None), dataclasses.replace(b, time=None), context, rules, True)
    return finding if finding is not None and finding.verdict == "conflict" else None


def _told_later_lower(a: Claim, b: Claim, context: DocumentContext, rules: Rules,
                      others: frozenset[str] = frozenset()) -> Finding | None:
    """Two sides' figures for a count that only grows (the dead and the wounded of one incident), each dated by the
    day it was told ("said on Tuesday that 43 were killed", "said on Wednesday that five died"): a later telling
    may give a higher figure (more were found), never one too low to hold beside the earlier one. Compared as one
    time, for the caller knows the two are its only count (:func:`_one_count`); a conflict only where the later
    figure is the lower."""
    keys = _told_apart(a, b, context, others)
    if keys is None:
        return None
    ka, kb = keys
    early, late = (a, b) if ka < kb else (b, a)
    if _figure(late) >= _figure(early):
        return None  # a toll told later may have risen
    finding = compare(dataclasses.replace(a, time=None), dataclasses.replace(b, time=None), context, rules, True)
    return finding if finding is not None and finding.verdict == "conflict" else None


_Findings = list[tuple[tuple[str, str], _Found]]


def _two_times(kind: str, a: Claim, b: Claim, context: DocumentContext) -> bool:
    """Two claims told of two times the claims themselves do not carry: two acts told in sentences of two days ("On
    Tuesday a fire destroyed forty stalls" / "On Wednesday a second fire broke out ... and no stalls were damaged
    there"), a count told in two live blog entries of two clock times, the later told as of now ("09:10 450 lorries are
    queuing" / "15:25 the committee now says 80 lorries remain": a count that changed, where two entries' figures
    for one thing told once are a dispute); a year's tally and one day's act (:func:`.pairing.tally_and_day`)."""
    if kind == "event":
        return tally_and_day(a, b, context.times) or _two_days(a, b, context)
    ma, mb = context.moments.get(a.id), context.moments.get(b.id)
    if kind != "quantity" or ma is None or mb is None or not two_moments(ma, mb):
        return False
    return context.told_now(b if (time_key(mb) or "") > (time_key(ma) or "") else a)  # the later one: "now 80"


def _two_days(a: Claim, b: Claim, context: DocumentContext) -> bool:
    """Two undated event claims each told in a sentence of another calendar day (:func:`_told_days`)."""
    da, db = context.days.get(a.id), context.days.get(b.id)
    return da is not None and db is not None and time_relation(da, db) == "different"


def _entry_moments(doc: Doc, claims: Iterable[Claim], times: Iterable[TimeExpr]) -> dict[str, str]:
    """Each claim told on a line a live blog's entry stamp opens ("15:25 The agency now says 80 lorries remain"): the
    stamp's TIMEX3 value (a clock time of a day). Two counts in entries of two clock times are counts at two
    moments of an unfolding story, as two states are (:func:`.compare.two_moments`)."""
    text = doc_text(doc)  # Doc.text makes a Token of every word on each call
    stamps = {t.span.start: t.value for t in times if t.value is not None and "T" in t.value}
    out: dict[str, str] = {}
    for c in claims if stamps else ():
        if c.evidence.end > len(text):
            continue  # a claim of another text than ``doc``'s
        start = text.rfind("\n", 0, c.evidence.start) + 1
        while start < c.evidence.start and text[start] in " \t":
            start += 1
        if (value := stamps.get(start)) is not None:
            out[c.id] = value
    return out


def _told_days(doc: Doc, claims: Iterable[Claim], times: Iterable[TimeExpr],
               statements: Iterable[Statement]) -> dict[str, str]:
    """Each undated event claim whose sentence opens on one calendar day, not the day of a statement's telling ("On
    Tuesday a fire destroyed forty stalls, the police say"): that day, the day of what the sentence tells. Two acts
    told in sentences of two different days are two acts ("On Wednesday a second fire broke out ... and no stalls were
    damaged there"), though neither claim carries the day itself. A day later in the sentence may date something else
    ("has stayed shut since the 28th", "rejected that account on Thursday")."""
    told = {s.time for s in statements if s.time is not None}
    days = [t for t in times if t.id not in told and t.value is not None and _CALENDAR_DAY.fullmatch(t.value)]
    text = doc_text(doc)  # Doc.text makes a Token of every word on each call
    out: dict[str, str] = {}
    for c in claims:
        if c.kind != "event" or c.time is not None or not days or c.evidence.end > len(text):
            continue
        sent = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        if sent is None:
            continue
        first, last = sentence_at(sent[0])[2], sentence_at(sent[-1])[3]
        found = {t.value or "" for t in days if first <= t.span.start and t.span.end <= last
                 and _OPENING_DAY.fullmatch(text[first:t.span.start])}
        if len(found) == 1:
            out[c.id] = found.pop()
    return out


def _one_count(bucket: list[Claim], context: DocumentContext) -> bool:
    """Nothing but their dates sets the figures of ``bucket`` apart (no other argument, place or words): one count
    of one incident, told on several days."""
    untimed = [dataclasses.replace(c, time=None) for c in bucket]
    return all(consistent(x, y, context) for x, y in combinations(untimed, 2))


def _points_back(about: Span | None, referring: frozenset[str], deciding: frozenset[str]) -> bool:
    """The words of a claim's thing point back to a thing told before: a word of ``referring`` first ("these
    zones", "its operations") or after a partitive's "of" ("most of them", "four of these"), or a word of deciding
    with "the" that its words tie to no act ("the decision", "the ruling": ``lists.decision_nouns``; a decision of
    what is told elsewhere, as a pronoun would be)."""
    words = about.text.lower().split() if about is not None else []
    if not words:
        return False
    if words[0] in referring or (len(words) > 2 and words[1] == "of" and words[2] in referring):
        return True  # "these zones"; a part of a thing told before: "most of them", "four of these"
    last = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return words[0] == "the" and len(words) <= 3 and last in deciding


def _decided_thing(bucket: list[Claim], rules: Rules) -> bool:
    """Some claim's thing is named by a word of an act family (``lists.act_families``: "the permit", "the
    licence", "the ban"): a thing a decision may make, which "the decision" of another side may stand for ("the
    new parking levy" is none)."""
    return any(c.about is not None and (w := c.about.text.lower().split()) and w[-1] in rules.families for c in bucket)


def _two_camps(bucket: list[Claim], context: DocumentContext, rules: Rules,
               referring: frozenset[str] | None = None, deciding: frozenset[str] = frozenset()) -> bool:
    """The status claims of one scale in the article come from two sides, each of one position, the two opposed
    ("the zones are unlawful", "every contract is illegal" / "its operations are lawful"): one thing the two
    sides dispute, whatever words each names it by. The outlet is no side here. With ``referring`` (words that
    point back: "these", "its"), some claim must name its thing by one of them, or by a word of deciding of
    ``deciding`` untied to an act ("the decision was lawful" / "the permit is unlawful"): "the dismissal was
    lawful" and "the new parking levy was unlawful" name two things in their own words, and are not read as one."""
    if any(c.claimant is None for c in bucket):
        return False
    if referring is not None and not any(_points_back(c.about, referring, deciding if _decided_thing(bucket, rules)
                                                      else frozenset()) for c in bucket):
        return False
    sides: list[tuple[str, str]] = []  # (a claimant of the side, its position)
    for c in bucket:
        polarity = rules.positive(c)[1]
        mine = next((s for s in sides if context.same_side(s[0], c.claimant)), None)
        if mine is None:
            sides.append((c.claimant or "", polarity))
        elif mine[1] != polarity:
            return False
    return len(sides) == 2 and sides[0][1] != sides[1][1]


def _strong(finding: Finding | None, retry: bool) -> Finding | None:
    """``finding``, or None where another reading is to be tried (``retry``) and it falls below the threshold."""
    return None if retry and finding is not None and finding.confidence < THRESHOLD else finding


def _denied_whole(bucket: list[Claim], blanket: frozenset[str]) -> bool:
    """Some claim of the bucket denies the act of any thing of a class ("no fresh shed was put up", "not a
    single canister was fired"): its words name no one thing, so they answer another side's act in its own words
    ("raised a fence") whatever those words are; so does a denial whose evidence opens on two such determiners ("any
    such trucks had entered the republic", "no such raid took place"): the act of a thing of the class just told,
    whatever its object. ``blanket``: the determiners of no particular thing."""
    for c in bucket:
        words = c.about.text.lower().split() if c.about is not None else []
        if c.polarity == "negated" and words and (words[0] in blanket or words[0] == "not"):
            return True
        told = c.evidence.text.lower().split()  # "denied that any such trucks had entered the republic": its subject
        if c.polarity == "negated" and len(told) > 2 and told[0] in blanket and told[1] in blanket:
            return True
    return False


def _head_words(about: Span | None, openers: frozenset[str]) -> list[str]:
    """The first words of a claim's thing after an opening determiner or possessive of ``openers``, up to an "of" or
    three ("the crew of the trawler": crew; "the kidnapped passengers"); none without a thing."""
    words = about.text.lower().split() if about is not None else []
    if words and words[0] in openers:
        words = words[1:]
    return words[:words.index("of")] if "of" in words else words[:3]


def _whole_and_part(bucket: list[Claim], wholes: frozenset[str], parts: frozenset[str],
                    openers: frozenset[str]) -> bool:
    """Some status claim of the bucket is about a group named by a group noun (``wholes``: "the crew", "the
    hostages") and another about one of its members named by a noun of a member (``parts``: "the captain", "one
    hostage"): what is said of the whole is said of each member ("the crew was freed" / "the captain remains
    held"), so the two are read as about one thing where the two sides are opposed (:func:`_two_camps`)."""
    heads = [_head_words(c.about, openers) for c in bucket]
    return (any(w in wholes for h in heads for w in h) and any(w in parts for h in heads for w in h)
            and not any(w in wholes and v in parts for h in heads for w in h for v in h))


def _under_two_names(a: Claim, b: Claim, context: DocumentContext, rules: Rules) -> Finding | None:
    """The two sides' opposed positions of :func:`_two_camps`, compared as about one thing: the words of ``about``
    set aside; a conflict only."""
    finding = compare(dataclasses.replace(a, about=None), dataclasses.replace(b, about=None), context, rules, True)
    return finding if finding is not None and finding.verdict == "conflict" else None


def _own_refusal(a: Claim, b: Claim, context: DocumentContext, rules: Rules) -> Finding | None:
    """One side says an actor accepted a thing; the actor's own side denies it, naming the one who did not accept
    by a name of no known country or organisation ("the Afghan delegation agreed", Kabul's ministry: "the Islamic
    Emirate made no commitment"): the denier speaks of itself, so its agent is read as the one the other side names;
    compared so, a conflict only."""
    if a.polarity == b.polarity:
        return None
    denied, told = (a, b) if a.polarity == "negated" else (b, a)
    mine, theirs = denied.argument("agent"), told.argument("agent")
    ent = context.camps.entities.get(mine or "")
    if (ent is None or theirs is None or denied.claimant is None or ent.type == "PERSON" or ent.country is not None
            or ent.affiliation is not None or not context.same_side(denied.claimant, theirs)
            or context.same_side(told.claimant, theirs)):
        return None
    own = dataclasses.replace(denied, arguments=tuple((r, theirs if r == "agent" else e) for r, e in denied.arguments))
    finding = compare(own, told, context, rules)
    return finding if finding is not None and finding.verdict == "conflict" else None


def _denied_by_own_side(a: Claim, b: Claim, context: DocumentContext, rules: Rules,
                        refused: frozenset[str]) -> Finding | None:
    """One side says an actor accepted a thing; the actor's own side says it did not commit, in words of no
    refusal ("Ruritania agreed to joint patrols" / Ruritania's ministry: "our negotiators took note of a
    proposal"): the accepting actor's own word on what came of the talks answers the other side's, whatever each
    names the thing by; compared with the words of ``about`` set aside, a conflict only. A refusal of a thing
    (``refused``: the denials told by a verb of refusing, "rejected a request to raise the fee") may refuse
    another thing than the one accepted, and is left to :func:`.compare.compare`."""
    if a.polarity == b.polarity:
        return None
    denied, told = (a, b) if a.polarity == "negated" else (b, a)
    if denied.id in refused:
        return None
    agent, theirs = denied.argument("agent"), told.argument("agent")
    if (agent is None or theirs is None or denied.claimant is None or told.claimant is None
            or not context.same_side(denied.claimant, agent) or not context.same_side(agent, theirs)
            or context.same_side(told.claimant, theirs) or context.same_side(told.claimant, denied.claimant)):
        return None
    return _under_two_names(a, b, context, rules)


def _joint_refusal(a: Claim, b: Claim, context: DocumentContext, rules: Rules,
                   joint: frozenset[str]) -> Finding | None:
    """One side says the two parties agreed together, naming no one agent ("the two governments agreed to keep it
    open", "both sides agreed"); the other refuses in its own name ("denied that it had agreed"): the joint agreement
    names the refuser too, so it is read as the refuser's agreement; compared so, a conflict only. ``joint``: the
    words that open a subject of two ("the two", "both")."""
    refused, agreed = (a, b) if rules.refusal(a.predicate) else (b, a)
    agent = refused.argument("agent")
    words = agreed.evidence.text.lower().split()
    if (rules.refusal(agreed.predicate) or not rules.refusal(refused.predicate) or agent is None
            or agreed.argument("agent") is not None or agreed.polarity != "asserted" or refused.claimant is None
            or not context.same_side(refused.claimant, agent) or context.same_side(agreed.claimant, agent)
            or not any(" ".join(words[:len(j.split())]) == j for j in joint)
            or _PASSIVE_OF_SUBJECT.match(agreed.evidence.text)):
        return None
    finding = compare(dataclasses.replace(agreed, arguments=(*agreed.arguments, ("agent", agent))), refused, context,
                      rules, True)
    return finding if finding is not None and finding.verdict == "conflict" else None


def _claim_findings(claims: tuple[Claim, ...], context: DocumentContext, rules: Rules,
                    growing: frozenset[str] = frozenset(),
                    others: frozenset[str] = frozenset(),
                    referring: frozenset[str] | None = None,
                    deciding: frozenset[str] = frozenset(),
                    blanket: frozenset[str] = frozenset(),
                    joint: frozenset[str] = frozenset(),
                    wholes_parts: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None,
                    scales: frozenset[str] = frozenset(), nonbinding: frozenset[str] = frozenset(),
                    ) -> tuple[tuple[Claim, ...], _Findings]:
    """Compare the claims of each proposition family pairwise (at most :data:`MAX_BUCKET` each); record
    revisions and corroborations on the claims and return the conflicts found, with their family."""
    buckets: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        key = _bucket_key(claim, rules)
        if key is not None and claim.id not in context.before:  # "had not previously sent troops": the past
            buckets.setdefault(key, []).append(claim)
    _join_typed_tellings(claims, buckets, context)
    refusals = [c.evidence for c in claims if c.kind == "event" and rules.refusal(c.predicate)]
    refused = frozenset(c.id for c in buckets.get(("acceptance", "accepted"), ()) if c.polarity == "negated"
                        and any(e.start < c.evidence.end and c.evidence.start < e.end for e in refusals))
    revises: dict[str, str] = {}
    corroborates: dict[str, list[str]] = {}
    found: list[tuple[tuple[str, str], _Found]] = []
    for key, members in buckets.items():
        bucket = sorted(members, key=lambda c: c.evidence.start)[:MAX_BUCKET]
        if len(bucket) < 2:
            continue
        single = all(consistent(x, y, context) for x, y in combinations(bucket, 2))
        told = key[0] == "quantity" and _one_count(bucket, context)
        later = _told_later_lower if key[1] in growing else _told_done
        one_thing = key[0] == "status" and (_two_camps(bucket, context, rules, referring, deciding) or (
            wholes_parts is not None and _whole_and_part(bucket, *wholes_parts) and _two_camps(bucket, context, rules)))
        # an act one side tells and the other denies of any thing of its class: a weak finding, read as about one act
        whole = key[0] == "event" and _denied_whole(bucket, blanket) and _two_camps(bucket, context, rules)
        findings = [(a, b, f) for a, b in combinations(bucket, 2)
                    if (f := _strong(compare(a, b, context, rules, single), whole or key[0] == "acceptance") or (
                        _under_two_names(a, b, context, rules) if whole else None) or (
                        later(a, b, context, rules, others) if told else None) or (
                        _under_two_names(a, b, context, rules) if one_thing else None) or (
                        _own_refusal(a, b, context, rules) if key[0] == "acceptance" else None) or (
                        _denied_by_own_side(a, b, context, rules, refused) if key[0] == "acceptance" else None) or (
                        _joint_refusal(a, b, context, rules, joint) if key[1] in rules.refusals.values() else None)
                        ) is not None
                    and f.confidence >= THRESHOLD]
        pairs = {frozenset((a.id, b.id)) for a, b, f in findings if f.verdict == "revision"}
        if pairs:
            revises.update(_chain(bucket, pairs, context, rules))
        # A claim its own side revised later is superseded: the side's latest word is compared.
        superseded = frozenset(revises.values())
        # A count some side revises in the article is a running tally: figures within its range are stages of
        # it, compared between sides only at one stated time (a toll at noon and one in the evening both hold).
        tally = max((_figure(c) for a, b, f in findings if f.verdict == "revision" and key[0] == "quantity"
                     for c in (a, b)), default=None)
        parts = _parts_of_totals(bucket, key[0])
        for a, b, finding in findings:
            if finding.verdict == "revision" or a.id in superseded or b.id in superseded:
                continue
            if (finding.verdict == "conflict" and tally is not None and not _same_time(a, b, context)
                    and (max(_figure(a), _figure(b)) <= tally or _outlet_update(a, b))):
                continue
            if finding.verdict == "conflict" and key[0] == "quantity" and context.other_windows(a, b):
                continue  # "3,000 killed since 2019" and "12 killed on Sunday" count two things
            if (finding.verdict == "conflict" and key[1] in growing and _outlet_update(a, b)
                    and context.told_now(b)):
                continue  # "the ministry puts the dead at nine" ... "14 are now confirmed dead": the count now
            if finding.verdict == "conflict" and _two_times(key[0], a, b, context):
                continue  # "some 5,200 crossings last year" and "no crossing on the night of May 5": two things
            if finding.verdict == "conflict" and key[0] == "quantity" and (
                    context.other_places(a, b) or frozenset((a.id, b.id)) in parts or context.voyage_apart(a, b)
                    or context.part_of_total(a, b)):
                continue  # "in Oruro, six died" and "in Tarija, eleven died" count two places; "6 died in this
                # district" and "3 died there" are two parts of "at least 9 people"
            if finding.verdict == "corroboration":
                corroborates.setdefault(b.id, []).append(a.id)
            else:
                found.append((key, (a, b, finding)))
    found += _blames_answered(buckets, frozenset(revises.values()), found, context)
    found += _scales_answered(buckets, frozenset(revises.values()), found, context, rules, scales, nonbinding)
    if revises or corroborates:
        claims = tuple(dataclasses.replace(c, revises=revises.get(c.id, c.revises),
                                           corroborates=(*c.corroborates, *corroborates.get(c.id, ())))
                       if c.id in revises or c.id in corroborates else c for c in claims)
    return claims, found


def _class_label(c: Claim) -> bool:
    """An act label of a class of a frame of the ``characterisation`` vocabulary, asserted ("a peaceful protest")."""
    frame = c.argument("frame")
    return (c.kind == "characterisation" and c.modality == "actual" and c.polarity == "asserted" and frame is not None
            and not frame.startswith((THING, ECHO)) and frame != VALENCE)


_WHAT = ("what ", "whatever ")  # a thing named by a clause of "what" ("calls what happened a transfer")


def _unnamed_label(c: Claim) -> bool:
    """A label in words of its own of no thing the text names ("It is a blockade" with nothing labelled before it,
    "calls what happened a transfer of management"), asserted: like a class label, the speaker's word for what the
    story is about."""
    return (c.kind == "characterisation" and c.modality == "actual" and c.polarity == "asserted"
            and c.predicate.startswith(LABEL) and not c.arguments
            and (c.about is None or c.about.text.lower().startswith(_WHAT)))


def _unnamed_subjects(doc: Doc, claims: tuple[Claim, ...], pointers: frozenset[str]) -> frozenset[str]:
    """The ids of the class labels (:func:`_class_label`) whose words open with a subject that names no thing: a
    pronoun ("this is a confiscation", ``pointers``) or a clause of "what" ("what is happening there is a peaceful
    protest"); "This law is a lifeline" names its thing."""
    out = set()
    for c in claims:
        if not _class_label(c):
            continue
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        first = span[0] if span is not None and len(span) else None
        if first is not None and first.pos_ in ("VERB", "AUX"):  # the words open at the link verb: its subject
            first = next((k for k in first.children if k.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if first is None:
            continue
        wh = any(f"{w.lower_} " in _WHAT for w in (first, *(k for k in first.children if k.i < first.i)))
        if (first.dep_ == "csubj" and wh) or (first.dep_ in ("nsubj", "nsubjpass") and (
                (first.pos_ == "PRON" and first.lower_ in pointers) or f"{first.lower_} " in _WHAT)):
            out.add(c.id)
    return frozenset(out)


def _labels_against_classes(claims: tuple[Claim, ...], found: list[tuple[tuple[str, str], _Found]],
                            context: DocumentContext, unnamed: frozenset[str]) -> list[tuple[tuple[str, str], _Found]]:
    """A side's label of a class of a vocabulary frame and another side's label in words of its own, neither naming
    the thing it labels ("What is happening there is a peaceful protest" / "It is a blockade"): the two sides' words
    for the one act the story is about, which meet in no frame of their own. A conflict where the two speakers are of
    two countries, or one of a known country and a named actor of none (a church, a firm, a union: its own side),
    each the only one of its country to use such labels, the open label's noun is not a word of the class label ("a
    protest" says nothing against "a peaceful protest"), and no other conflict of labels sets the two against each
    other already."""
    met = {frozenset((a.claimant, b.claimant)) for key, (a, b, f) in found if key[0] == "characterisation"}
    classes = [c for c in claims if _class_label(c) and c.id in unnamed]
    opens = [c for c in claims if _unnamed_label(c)]
    camps = context.camps

    def country(c: Claim) -> str | None:
        party = camps.party(c.claimant)
        return camps.state_country(party) if party is not None else None

    by_country: dict[str | None, set[str]] = {}
    for c in (*classes, *opens):
        by_country.setdefault(country(c), set()).add("class" if c in classes else "open")
    out: list[tuple[tuple[str, str], _Found]] = []
    for cls in classes:
        for label in opens:
            mine, theirs = country(cls), country(label)
            pair = frozenset((cls.claimant, label.claimant))
            if (cls.claimant is None or label.claimant is None or mine == theirs or pair in met
                    or by_country.get(mine) != {"class"} or by_country.get(theirs) != {"open"}
                    or context.same_side(cls.claimant, label.claimant)):
                continue
            noun = label.predicate.split()[-1]
            if noun in {w.strip(".,;:'\"").lower() for w in cls.evidence.text.split()}:
                continue
            frame = cls.argument("frame") or ""
            summary = f"{context.name(cls.claimant)} says {cls.predicate}; {context.name(label.claimant)} says " \
                      f"{describe(label, context)}"
            met.add(pair)
            out.append((("characterisation", frame), (cls, label, Finding("conflict", "characterisation", THRESHOLD,
                                                                           summary))))
    return out


def _blames_answered(buckets: Mapping[tuple[str, str], list[Claim]], superseded: frozenset[str],
                     found: list[tuple[tuple[str, str], _Found]], context: DocumentContext,
                     ) -> list[tuple[tuple[str, str], _Found]]:
    """The causes a blamed side names against the side that holds it responsible (:func:`.compare.blame_answered`):
    the claims of the two cause families meet only here, once per pair of claimants that no cause conflict
    ``found`` already sets against each other."""
    met = {frozenset((a.claimant, b.claimant)) for key, (a, b, f) in found if key[0] == "cause"}
    out: list[tuple[tuple[str, str], _Found]] = []
    for blame in buckets.get(("cause", "responsible"), [])[:MAX_BUCKET]:
        for other in buckets.get(("cause", ""), [])[:MAX_BUCKET]:
            pair = frozenset((blame.claimant, other.claimant))
            if pair in met or blame.id in superseded or other.id in superseded:
                continue
            answered = blame_answered(blame, other, context)
            if answered is not None and answered.confidence >= THRESHOLD:
                met.add(pair)
                out.append((("cause", "responsible"), (blame, other, answered)))
    return out


def _scales_answered(buckets: Mapping[tuple[str, str], list[Claim]], superseded: frozenset[str],
                     found: list[tuple[tuple[str, str], _Found]], context: DocumentContext, rules: Rules,
                     scales: frozenset[str], nonbinding: frozenset[str] = frozenset(),
                     ) -> list[tuple[tuple[str, str], _Found]]:
    """The status claims of two scales that answer each other (``scales``: lines of two positive predicates,
    "valid lawful": "the permit has no legal standing" / "the permit complies fully with the law"), set against
    each other only here, where the claims of the two scales come from two sides, each of one position on both,
    the two opposed (:func:`_two_camps`), and no status conflict ``found`` already sets the two claimants against
    each other: the first scale's claim is read on the second's, the words of ``about`` set aside; a conflict
    only. Kept out of one bucket, so that each scale's own pairs keep their confidence."""
    met = {frozenset((a.claimant, b.claimant)) for key, (a, b, f) in found if key[0] == "status"}
    out: list[tuple[tuple[str, str], _Found]] = []
    for line in sorted(scales):
        first, second = line.split()[:2]
        xs = [c for c in buckets.get(("status", first), [])[:MAX_BUCKET] if c.id not in superseded
              and not _nonbinding(c, first, nonbinding)]
        ys = [c for c in buckets.get(("status", second), [])[:MAX_BUCKET] if c.id not in superseded
              and not _nonbinding(c, second, nonbinding)]
        if not xs or not ys or not _two_camps(xs + ys, context, rules):
            continue
        for x in xs:
            for y in ys:
                pair = frozenset((x.claimant, y.claimant))
                if pair in met:
                    continue
                polarity: Polarity = "negated" if rules.positive(x)[1] == "negated" else "asserted"
                restated = dataclasses.replace(x, predicate=second, polarity=polarity, about=None)
                finding = compare(restated, dataclasses.replace(y, about=None), context, rules, True)
                if finding is not None and finding.verdict == "conflict" and finding.confidence >= THRESHOLD:
                    met.add(pair)
                    out.append((("status", second), (x, y, finding)))
    return out


def _nonbinding(claim: Claim, scale: str, instruments: frozenset[str]) -> bool:
    """A compliance claim judged against an instrument that binds no one in law ("violates the 1998 memorandum",
    "in line with the guidelines"): no answer to a claim of lawfulness."""
    if scale != "compliant":
        return False
    text = claim.evidence.text.lower()
    if claim.about is not None:
        text = text.replace(claim.about.text.lower(), " ", 1)
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in instruments)


def _join_typed_tellings(claims: tuple[Claim, ...], buckets: dict[tuple[str, str], list[Claim]],
                         context: DocumentContext) -> None:
    """An act denied in its class's words ("no raid was carried out": ``act:raid``) meets a typed telling whose verb
    is of that class ("police raided the warehouse": COERCE): where another side denies an act of the class by its
    noun, the telling joins the class's family as that act (a copy in ``buckets``, of the same id). A denial of a
    thing ("no building was demolished") meets the tellings of its class that name the thing, not these."""
    denials: list[tuple[Claim, list[Claim], str]] = []
    for claim in claims:
        act = context.verb_acts.get(claim.id)
        members = buckets.get(("event", f"{ACT}{act}")) if act is not None else None
        if not members:
            continue
        if claim.polarity == "negated":  # joined below, after the tellings: a typed denial is no noun's denial
            denials.append((claim, members, act or ""))
        elif any(m.polarity == "negated" and m.id in context.verb_acts
                 and not context.same_side(m.claimant, claim.claimant) for m in members):
            members.append(dataclasses.replace(claim, predicate=f"{ACT}{act}"))
    # The other way round: an act told in words the event lexicon does not type ("rounds fired from across the
    # river": act:fire) meets a typed denial by another side whose verb is of that class ("no gun crew of ours
    # fired at their soil": ASSAULT), which joins the act's family as that act.
    for claim, members, act in denials:
        if any(m.polarity == "asserted" and m.id not in context.verb_acts and m.claimant is not None
               and claim.claimant is not None and not context.same_side(m.claimant, claim.claimant)
               for m in members):
            members.append(dataclasses.replace(claim, predicate=f"{ACT}{act}"))


def _lemma_at(doc: Doc, start: int, end: int) -> str:
    """The lower-case lemma of the first word of the characters ``start``-``end`` of ``doc`` ("" where none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else ""


def _kinds_of_denials(found: _Findings, claims: tuple[Claim, ...], context: DocumentContext,
                      rules: Rules, causing: frozenset[int] = frozenset()) -> _Findings:
    """The existence findings of event families that dispute something else than whether the act happened, with
    their kind set to ``cause``; the claims are read once.

    Who struck: an act of force told as done and the same act denied by the agent's own side ("Belizean soldiers
    opened fire" / "our soldiers did not shoot first"), where the denying side names an agent of another party for
    the act (its own claim that the other side fired, or holds it responsible). What caused it: an account told and
    its denial, where the account's own words name the cause of what happened (a claim of cause of its claimant
    inside its evidence, apart from the words of the act told: "the dhow sank after a patrol boat rammed it" /
    "rejected the claim"; not "came under fire from X's soldiers" / "not one round was fired", where the cause is
    the act told, nor "X's soldiers fired on the post" / "there was no firing from our side", where the cause claim
    starts where the account does: its subject and verb are the act told); or an act told and denied whose verb is a
    verb of causing (``causing``: the offsets of the words of ``open_cause_verbs``; "the crash was caused by a worn
    rudder" / "the crash was not caused by the rudder" dispute the cause, not the crash).

    Whether a side agreed: an act of agreeing (the act a refusal refuses: ``Rules.refusals``) told by one side and
    denied by another ("Chile says Peru agreed to reopen it" / "Peru says no date was agreed") is an
    ``acceptance`` dispute, told through the event family."""
    blamers = [c for c in claims if c.polarity == "asserted" and c.modality == "actual"
               and c.argument("agent") is not None and (c.predicate == "responsible" or c.kind == "event")]
    causes: dict[str | None, list[Span]] = {}
    for c in claims:
        if c.kind == "cause" and c.polarity == "asserted" and c.modality == "actual":
            causes.setdefault(c.claimant, []).append(c.evidence)
    blames: dict[tuple[str, str], bool] = {}
    out: _Findings = []
    for family, (a, b, finding) in found:
        if finding.kind == "existence" and family[0] == "event" and a.polarity != b.polarity:
            denied, told = (a, b) if a.polarity == "negated" else (b, a)
            if (family[1] in rules.responsibility_acts and _own_act(denied, context)
                    and _blames(denied.claimant or "", family[1], blamers, blames, context, rules)) \
                    or any(told.evidence.start < e.start and e.end <= told.evidence.end
                           and not (told.about is not None and e.start <= told.about.start < e.end)
                           for e in causes.get(told.claimant, ())) \
                    or (told.about is not None and told.about.start in causing):
                finding = dataclasses.replace(finding, kind="cause")
            elif family[1] in rules.refusals.values():
                finding = dataclasses.replace(finding, kind="acceptance")  # "X agreed" / "X never agreed"
        out.append((family, (a, b, finding)))
    return out


def _own_act(denied: Claim, context: DocumentContext) -> bool:
    """The agent of a denied act is the denier's own side, or of its country ("our soldiers never fired first")."""
    agent, country = denied.argument("agent"), context.camps.country(denied.claimant)
    return agent is not None and denied.claimant is not None and (
        context.same_side(agent, denied.claimant)
        or (country is not None and context.camps.country(agent) == country))


def _blames(claimant: str, act: str, blamers: list[Claim], seen: dict[tuple[str, str], bool],
            context: DocumentContext, rules: Rules) -> bool:
    """``claimant``'s side names an agent of another party for ``act`` (an event of that act, or who is
    responsible); memoised in ``seen``."""
    key = (claimant, act)
    if key not in seen:
        seen[key] = any(context.same_side(c.claimant, claimant)
                        and context.camps.distinct_parties(c.argument("agent") or "", claimant)
                        and (c.predicate == "responsible" or rules.act(c.predicate) == act) for c in blamers)
    return seen[key]


_ClaimIndex = dict[tuple[str | None, int, int], str | None]


def _claim_index(claims: tuple[Claim, ...], events: tuple[Event, ...]) -> _ClaimIndex:
    """Claim ids by (claimant, evidence start, end), and by (``"*"``, start, end) where one claim alone has that
    evidence (an event narrated by the outlet whose side is its agent). An event's claim is also found at the
    event's own evidence (its claim's evidence is the whole clause), which the sides of event conflicts carry."""
    spans = {e.id: e.evidence for e in events}
    index: _ClaimIndex = {}
    for c in claims:
        index[(c.claimant, c.evidence.start, c.evidence.end)] = c.id
        key = ("*", c.evidence.start, c.evidence.end)
        index[key] = None if key in index else c.id
    for c in claims:
        told = spans.get(c.event or "")
        if told is not None and told != c.evidence:
            index.setdefault((c.claimant, told.start, told.end), c.id)
            key = ("*", told.start, told.end)
            index[key] = None if key in index else c.id
    return index


def _with_claim_ids(sides: list[Side], index: _ClaimIndex, claims: tuple[Claim, ...]) -> list[Side]:
    """The sides, each with the id of the claim its actor makes at its evidence, where there is one: at that exact
    evidence, else the one claim of that actor whose evidence is the narrowest to hold the side's (a claim's
    evidence may be its whole phrase, wider than the words a side quotes)."""
    out = []
    for s in sides:
        at = (s.evidence.start, s.evidence.end)
        claim_id = s.claim_id or index.get((s.actor, *at)) or index.get(("*", *at)) or _holding(s, claims)
        out.append(dataclasses.replace(s, claim_id=claim_id))
    return out


def _holding(side: Side, claims: tuple[Claim, ...]) -> str | None:
    """The id of the claim of the side's actor whose evidence holds the side's evidence: the one whose predicate
    the side names (a label "framework" beside a denied "treaty" in one phrase), else the narrowest; None where
    there is none, or where two claims tie."""
    named = side.claim.removeprefix("not ")
    holding = sorted((c.predicate != named, c.evidence.end - c.evidence.start, c.id) for c in claims
                     if c.claimant == side.actor and c.evidence.start <= side.evidence.start
                     and side.evidence.end <= c.evidence.end)
    if not holding or (len(holding) > 1 and holding[0][:2] == holding[1][:2]):
        return None
    return holding[0][2]


def _specific(family: tuple[str, str]) -> int:
    """How specific a proposition family is: a told event the lexicon does not type (``OCCURRENCE``) 0, a typed
    event 1, a claim of its own kind (an acceptance, a figure, a cause, a status) 2."""
    if family[0] != "event":
        return 2
    return 0 if family[1] == OCCURRENCE else 1


def _rank(family: tuple[str, str], found: _Found, camps: _Camps) -> tuple[int, int, float, int]:
    """Sort key of a claim conflict: the most specific parties first (a named ministry of a known country
    before anonymous "officials"), then the most specific family, the most confident, then text order."""
    a, b, finding = found
    named = camps.specificity(camps.party(a.claimant)) + camps.specificity(camps.party(b.claimant))
    return -named, -_specific(family), -finding.confidence, a.evidence.start


def _one_utterance(x: Claim, y: Claim) -> bool:
    """Two claims of one claimant drawn from one utterance: the same statement, or overlapping evidence
    ("Russia has not agreed to any extension" and its "not agreed")."""
    if x.claimant != y.claimant:
        return False
    if x.statement is not None and x.statement == y.statement:
        return True
    return x.evidence.start < y.evidence.end and y.evidence.start < x.evidence.end


_Reported = tuple[tuple[str, str], Claim, Claim]


def _restates(family: tuple[str, str], a: Claim, b: Claim, done: list[_Reported]) -> bool:
    """The disagreement of ``a`` and ``b`` is one already reported, told through claims of another family
    where one of the two is an event family (an acceptance pair and the AGREE/REJECT events of the same
    words; a denied report and the negated event it tells; who is responsible and who struck): each side's
    claim comes from the same utterance as one side of a reported pair. Two figures of one sentence ("40
    killed and 100 wounded") are two propositions, never one."""
    return any(f != family and "event" in (f[0], family[0])
               and ((_one_utterance(a, x) and _one_utterance(b, y)) or (_one_utterance(a, y) and _one_utterance(b, x)))
               for f, x, y in done)


def _same_pair(x: str | None, y: str | None, a: str | None, b: str | None, context: DocumentContext) -> bool:
    """The claimants ``a`` and ``b`` speak for the camps of ``x`` and ``y`` (in either order)."""
    return ((context.same_side(x, a) and context.same_side(y, b))
            or (context.same_side(x, b) and context.same_side(y, a)))


def _named(summary: str, a: Claim, b: Claim, camps: _Camps) -> str:
    """The summary with each claimant's name followed by the party it speaks for, where the side names that
    party rather than the claimant ("Luis Prado (Peruvian army) says ...")."""
    for c, other in ((a, b), (b, a)):
        party = camps.party_against(c.claimant, other.claimant)
        if party != c.claimant and c.claimant is not None:
            name = camps.name(c.claimant)
            summary = summary.replace(name, f"{name} ({camps.name(party)})", 1)
    return summary


def _side_parties(a: Claim, b: Claim, camps: _Camps) -> dict[str, str | None]:
    """The party each claim's side names (:meth:`_Camps.party_against`), by claim id; where both would name one
    party (two of one organisation: a person answering for themselves against the board that removed them), each
    claimant itself."""
    named = {c.id: camps.party_against(c.claimant, o.claimant) for c, o in ((a, b), (b, a))}
    if a.claimant is not None and b.claimant is not None and named[a.id] == named[b.id]:
        return {a.id: a.claimant, b.id: b.claimant}
    return named


def _echoes(a: Claim, b: Claim, done: list[_Reported], agreeing: set[frozenset[str]], camps: _Camps) -> bool:
    """One side of ``a`` / ``b`` is an actor named only by a common noun ("the company said") that says what a
    named side of a reported conflict says (their claims corroborate) against the very claim that side was
    set against: the descriptor most likely refers back to the named actor, whose conflict stands for both."""
    for mine, other in ((a, b), (b, a)):
        if not camps.common_noun(mine.claimant):
            continue
        for _f, x, y in done:
            named = y if other.id == x.id else x if other.id == y.id else None
            if named is not None and frozenset((mine.id, named.id)) in agreeing:
                return True
    return False


def _jointly_said(claims: tuple[Claim, ...], joint: Mapping[str, int],
                  camps: _Camps) -> dict[tuple[int, int], set[str]]:
    """The camps of the parties each joint group's claim is told by, by the claim's evidence: a claim "officials of
    both countries" make is each party's, so it answers no claim of one of those parties (:mod:`.claims.joint`)."""
    jointly = {(c.evidence.start, c.evidence.end) for c in claims if (c.claimant or "") in joint}
    out: dict[tuple[int, int], set[str]] = {}
    for c in claims:
        where = (c.evidence.start, c.evidence.end)
        if where in jointly and c.claimant is not None and c.claimant not in joint:
            out.setdefault(where, set()).add(camps.key(c.claimant))
    return out


def _said_jointly_by_other(sides: list[Side], said_jointly: Mapping[tuple[int, int], set[str]], camps: _Camps) -> bool:
    """One side's words are a joint group's ("officials of both countries said ...") that the other side's camp is a
    party of: the other side said them too."""
    return any(o.actor is not None and camps.key(o.actor) in said_jointly.get((s.evidence.start, s.evidence.end), ())
               for s in sides for o in sides if o is not s)


def _joint_side(sides: list[Side], joint: Mapping[str, int]) -> bool:
    """A side is a joint group ("both governments"): its parties stand as the sides instead."""
    return any((s.actor or "") in joint for s in sides)


def conflicts(
    doc: Doc,
    entities: tuple[Entity, ...],
    statements: tuple[Statement, ...],
    events: tuple[Event, ...],
    times: tuple[TimeExpr, ...],
    agreements: tuple[Agreement, ...],
    claims: tuple[Claim, ...],
    lexicon: Lexicon,
) -> tuple[tuple[Claim, ...], tuple[Conflict, ...]]:
    """Conflicts between actors in ``doc``: characterisation, existence, stance and fact.

    Returns the claims (with ``revises`` and ``corroborates`` filled in) and the conflicts. The figures recorded
    as given (:func:`.compare.quantity.is_recorded`) take no part: they are returned as they came.
    """
    given = claims
    joint = joint_entities(doc, entities, lexicon)  # a joint side's parties are the sides (claims.joint)
    claims = tuple(c for c in claims if not (c.kind == "quantity" and is_recorded(c.predicate))
                   and (c.claimant or "") not in joint)
    camps = _Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors, lexicon.actors.shared_demonyms)
    out: list[Conflict] = []
    tms = {t.id: t for t in times}
    lists = lexicon.claims.lists
    finished = frozenset(c.id for c in claims if c.kind == "quantity" and told_as_done(doc, c))
    before = frozenset(c.id for c in claims if c.kind == "event" and denied_before(doc, c, lists.before_words))
    ends = {c.id: end for c in claims if (end := voyage_end(doc, c, lists["departure_verbs"], lists["arrival_verbs"]))}
    context = DocumentContext(camps, tms, {s.id: s for s in statements}, lists.site_nouns, lists.window_words, finished,
                              before, _verb_acts(doc, claims, lexicon), ends, lexicon.quantities.place_nouns,
                              _entry_moments(doc, claims, times), _told_days(doc, claims, times, statements))
    english = lexicon.english
    referring = (english["definite_determiners"] - english["articles"]) | english["third_person_neuter"] \
        | english["third_person_plural"]
    rules = rules_for(lexicon.claims)
    people_counts = _people_counts(doc, claims, rules, lexicon)
    claims = tuple(dataclasses.replace(c, predicate=people_counts[c.id], value=c.value and dataclasses.replace(
        c.value, unit=people_counts[c.id])) if c.id in people_counts else c for c in claims)  # in the class's unit
    claims, found = _claim_findings(claims, context, rules, lists.growing_counts,
                                    lists.other_incident_words, frozenset(referring), lists.decision_nouns,
                                    english["negative_determiners"] | english["nonspecific_determiners"],
                                    lists.joint_subjects,
                                    (lists.group_nouns, lists.member_nouns, lists.thing_openers),
                                    lists["answering_scales"], frozenset(lists["nonbinding_instruments"]))
    causing = frozenset(c.about.start for c in claims if c.kind == "event" and c.about is not None
                        and _lemma_at(doc, c.about.start, c.about.end) in lists.open_cause_verbs)
    found = _kinds_of_denials(found, claims, context, rules, causing)
    pointers = english["third_person_neuter"] | (english["definite_determiners"] - english["articles"])
    found += _labels_against_classes(claims, found, context, _unnamed_subjects(doc, claims, pointers))
    told = {c.id: c for c in given}
    claims = tuple(dataclasses.replace(c, predicate=told[c.id].predicate, value=told[c.id].value)
                   if c.id in people_counts else c for c in claims)
    index = _claim_index(claims, events)

    seen: set[tuple[str, str | None, frozenset[str]]] = set()

    def borrowed(evidence: Span, against: str | None) -> bool:
        """The outlet's words at ``evidence`` are not its own voice against ``against``
        (:func:`.pairing.outlet_borrowed`; one camp: one country, or one actor)."""
        return outlet_borrowed(doc, evidence, against, statements,
                               lambda x, y: camps.key(x) == camps.key(y) or camps.same(x, y), lists.relay_participles)

    def background(sides: list[Side]) -> bool:
        """An outlet side tells the story's history against a side's words of its own days
        (:func:`.pairing.outlet_history`)."""
        return any(s.actor is None and outlet_history(doc, s.evidence, o.evidence, times)
                   for s in sides for o in sides if o is not s)

    said_jointly = _jointly_said(given, joint, camps)

    def add(kind: str, about: str | None, sides: list[Side], summary: str, confidence: float = 1.0) -> None:
        # One conflict per thing, kind and pair of countries (or actors where no country is known).
        key = (kind, about, frozenset("outlet" if s.actor is None else camps.key(s.actor) for s in sides))
        if key in seen or any(s.actor is None and borrowed(s.evidence, o.actor) for s in sides for o in sides
                              if o is not s) or background(sides) or _joint_side(sides, joint) \
                or _said_jointly_by_other(sides, said_jointly, camps):
            return
        seen.add(key)
        out.append(Conflict(id=f"c{len(out) + 1}", kind=kind, about=about,  # type: ignore[arg-type]
                            sides=tuple(_with_claim_ids(sides, index, claims)), summary=summary, confidence=confidence))

    for agreement in agreements:
        for kind, sides, summary in _characterisations(agreement, camps) + _stance_conflicts(agreement, camps):
            add(kind, agreement.id, sides, summary)
    stmts = {s.id: s for s in statements}
    claimed = frozenset(c.event for c in claims if c.event is not None and c.kind == "event")
    for about, kind, sides, summary in _event_conflicts(events, stmts, tms, camps, claimed):
        add(kind, about, sides, summary)
    for about, kind, sides, summary in _accusation_conflicts(events, camps):
        add(kind, about, sides, summary)
    counted = frozenset(c.statement for c in claims if c.kind == "quantity" and c.statement is not None)
    for kind, sides, summary in _number_conflicts(doc, tuple(s for s in statements if s.id not in counted), camps):
        add(kind, None, sides, summary)
    reported: list[tuple[str, str, str | None, str | None]] = []
    done: dict[str, list[_Reported]] = {}  # the claim pairs reported, with their family, by conflict kind
    agreeing = {frozenset((c.id, o)) for c in claims for o in c.corroborates}
    for family, (a, b, finding) in sorted(found, key=lambda f: _rank(f[0], f[1], camps)):
        if finding.kind is None or _restates(family, a, b, done.get(finding.kind, [])) or _echoes(
                a, b, done.get(finding.kind, []), agreeing, camps) or outlet_in_speech(doc, a, b) or any(
                x.claimant is None and (borrowed(x.evidence, y.claimant) or outlet_history(doc, x.evidence, y.evidence,
                                                                                           times))
                for x, y in ((a, b), (b, a))):
            continue
        about = a.event or b.event or a.id
        # One conflict per proposition family, kind and pair of parties: the family stands for the thing, and
        # the first pair (the most specific parties) stands for its camps.
        family_key = f"{family[0]}:{family[1]}"
        # The parties as the sides name them (an official of no known country speaks for the other country of a
        # two-country story: :meth:`_Camps.party_against`), so that one pair of parties is reported once.
        named = _side_parties(a, b, camps)
        parties = frozenset("outlet" if c.claimant is None else camps.key(named[c.id]) for c in (a, b))
        if (finding.kind, family_key, parties) in seen or any(
                k == finding.kind and f == family_key and _same_pair(x, y, a.claimant, b.claimant, context)
                for k, f, x, y in reported):
            continue
        seen.add((finding.kind, family_key, parties))
        reported.append((finding.kind, family_key, a.claimant, b.claimant))
        done.setdefault(finding.kind, []).append((family, a, b))
        sides = [Side(named[a.id], describe(a, context), a.evidence, a.id),
                 Side(named[b.id], describe(b, context), b.evidence, b.id)]
        add(finding.kind, about, sides, _named(finding.summary, a, b, camps), finding.confidence)
    # The pair model's conflicts (extract/pairs.py) where the rules report none between the two parties.
    if lexicon.pairs.active:
        taken = taken_parties(out, claims, _parties(context))
        pairs = candidates(doc, entities, statements, claims, times, _parties(context), lexicon)
        for r in report(pairs, lexicon, taken, camps.name, camps.key):
            add(r.kind, r.about, list(r.sides), r.summary, r.confidence)
    compared = {c.id: c for c in claims}
    final = _other_words_relations(tuple(compared.get(c.id, c) for c in given), out, context, lexicon, joint)
    return final, answered_in_kind(tuple(out), camps.key)


def _updated_tolls(claims: tuple[Claim, ...], context: DocumentContext, toll: Callable[[Claim], bool],
                   cues: frozenset[str], weak: frozenset[str] = frozenset({"now"}),
                   telling: frozenset[str] = frozenset()) -> dict[str, str]:
    """Revisions of a count of people by its own side in other words: a later figure of the side, told with a word
    of updating ("has updated its figure: seventeen people are being treated", "raised that to twenty-three"), revises
    the side's latest earlier figure of people or of a toll class (``toll``) where the two differ and neither is
    already a revision's or revised. The later figure may name no noun ("raised that to 23"). A ``weak`` cue alone
    ("now") revises only a figure of the same predicate ("40 people are now sheltering"), unless a verb of ``telling``
    follows it ("it now says 52 workers signed in": the telling is new). By the later id."""
    taken = {c.revises for c in claims if c.revises} | {c.id for c in claims if c.revises}
    ordered = sorted((c for c in claims if c.kind == "quantity" and c.claimant is not None and c.modality == "actual"
                      and c.polarity == "asserted" and c.value is not None and c.id not in taken),
                     key=lambda c: c.evidence.start)
    out: dict[str, str] = {}
    for i, b in enumerate(ordered):
        told = _WORDS.findall(b.evidence.text.lower())
        words = set(told) | context.words_said(b)
        if not words & cues or not (toll(b) or b.predicate == "figure:"):
            continue
        if any(w in weak and n in telling for w, n in pairwise(told)):
            words |= cues - weak  # "now says": a new telling, as strong as "updated"
        earlier = [a for a in ordered[:i] if context.same_side(a.claimant, b.claimant) and toll(a)
                   and a.evidence.end <= b.evidence.start and a.id not in out.values()]
        if not earlier or (not words & cues - weak and earlier[-1].predicate != b.predicate):
            continue  # "now" alone revises only a count of one class: "40 people are now sheltering" is no toll
        if _figure(earlier[-1]) != _figure(b) and not context.other_places(earlier[-1], b):
            out[b.id] = earlier[-1].id
    return out


def _other_words_relations(claims: tuple[Claim, ...], found: list[Conflict], context: DocumentContext,
                            lexicon: Lexicon, joint: Iterable[str]) -> tuple[Claim, ...]:
    """``claims`` with the corroborations (:func:`_agreeing_tolls`) and revisions (:func:`_updated_tolls`) of counts
    of people told in other words added; the conflicts ``found`` are as they were."""
    lists, qv = lexicon.claims.lists, lexicon.quantities

    def people(word: str) -> bool:
        return qv.people_noun(word) or word in lists.group_nouns or word in lists.member_nouns

    opposed = {frozenset(str(s.claim_id) for s in c.sides) for c in found if all(s.claim_id for s in c.sides)}
    agree = _agreeing_tolls(claims, context, opposed, people, joint)
    for bid, aids in _agreeing_in_words(claims, context, opposed, people, qv.human, lists.sameness_words,
                                         joint).items():
        agree.setdefault(bid, []).extend(a for a in aids if a not in agree.get(bid, ()))
    for bid, aids in _agreeing_officials(claims, context, opposed, joint).items():
        agree.setdefault(bid, []).extend(a for a in aids if a not in agree.get(bid, ()))
    if agree:
        claims = tuple(dataclasses.replace(c, corroborates=(*c.corroborates, *agree[c.id])) if c.id in agree else c
                       for c in claims)
    updates = _updated_tolls(claims, context, lambda c: c.predicate in qv.human or (
        _people_figure(c, people, hedged=True) is not None), lists.update_words, telling=lists.now_telling)
    if updates:
        claims = tuple(dataclasses.replace(c, revises=updates[c.id]) if c.id in updates else c for c in claims)
    return claims


def _people_figure(claim: Claim, people: Callable[[str], bool], hedged: bool = False) -> float | None:
    """The exact figure (two or more) of an asserted, actual open count or recorded figure of people ("23 people
    were rescued", "23 survivors"), told by a named side; None for any other claim."""
    v = claim.value
    if (claim.kind != "quantity" or claim.claimant is None or claim.modality != "actual"
            or claim.polarity != "asserted" or v is None or (v.hedge and not hedged) or v.low is None or v.low != v.high
            or v.low < 2 or not is_open(claim.predicate)):
        return None
    noun = claim.predicate.split(":")[1] if ":" in claim.predicate else ""
    words = {noun, f"{noun}s", (v.unit or "").split(":")[-1]}
    return float(v.low) if any(w and people(w) for w in words) else None


def _agreeing_tolls(claims: tuple[Claim, ...], context: DocumentContext, opposed: set[frozenset[str]],
                    people: Callable[[str], bool], joint: Iterable[str] = ()) -> dict[str, list[str]]:
    """Corroborations between two sides that give one exact count of people in other words ("23 people had been
    rescued" and "23 survivors"; "all seven crew recovered" and "seven people, all alive"): the two counts fall into
    two families, so no comparison meets them, yet the same figure of people told by two sides of one story is the
    same toll. Only where nothing sets the two claims against each other (no conflict between them, no other date or
    place, neither revised); by the later claim's id, the earlier claims it corroborates."""
    joint = frozenset(joint)
    figures = [(c, f) for c in claims if (f := _people_figure(c, people)) is not None and c.claimant not in joint]
    revised = {c.revises for c in claims if c.revises} | {c.id for c in claims if c.revises}
    out: dict[str, list[str]] = {}
    for (a, fa), (b, fb) in combinations(sorted(figures, key=lambda x: x[0].evidence.start), 2):
        if (fa != fb or a.id in revised or b.id in revised or a.id in b.corroborates or b.id in a.corroborates
                or frozenset((a.id, b.id)) in opposed or context.same_side(a.claimant, b.claimant)
                or time_relation(context.time_value(a.time), context.time_value(b.time)) == "different"
                or context.other_places(a, b)):
            continue
        out.setdefault(b.id, []).append(a.id)
    return out


def _agreeing_officials(claims: tuple[Claim, ...], context: DocumentContext, opposed: set[frozenset[str]],
                        joint: Iterable[str] = ()) -> dict[str, list[str]]:
    """Corroborations within one government: two bodies or officials of one state side, neither speaking for the
    other ("the health ministry: 48 cases have been recorded"; "the state health department's director: 48 cases
    had been confirmed"), give the very same exact figure of the same counted thing. :func:`compare` reads one side's
    two figures as one side telling its count (a revision where they differ), yet two offices saying the same are
    two sources agreeing. The thing is the class, or an open count's noun, whatever the verb; a figure given bare
    ("figure:") names none and meets nothing. Never where anything sets the two apart (a conflict between them,
    another month or place, either revised). By the later claim's id, the earlier claims."""
    joint = frozenset(joint)

    def thing(c: Claim) -> str | None:
        v = c.value
        if (c.kind != "quantity" or c.claimant is None or c.claimant in joint or c.modality != "actual"
                or c.polarity != "asserted" or v is None or v.low is None or v.low != v.high or v.low < 2):
            return None
        if not is_open(c.predicate):
            return c.predicate
        parts = c.predicate.split(":")
        return f"{parts[0]}:{parts[1]}" if len(parts) > 1 and parts[1] else None

    revised = {c.revises for c in claims if c.revises} | {c.id for c in claims if c.revises}
    figures = sorted(((c, t) for c in claims if (t := thing(c)) is not None and c.id not in revised),
                     key=lambda x: x[0].evidence.start)
    out: dict[str, list[str]] = {}
    for (a, ta), (b, tb) in combinations(figures, 2):
        if (ta != tb or a.value != b.value or a.claimant is None or b.claimant is None
                or not context.same_side(a.claimant, b.claimant) or context.camps.same(a.claimant, b.claimant)
                or a.id in b.corroborates or b.id in a.corroborates or frozenset((a.id, b.id)) in opposed
                or _months_apart(context.time_value(a.time), context.time_value(b.time))
                or context.other_places(a, b)):
            continue
        out.setdefault(b.id, []).append(a.id)
    return out


def _months_apart(ta: str | None, tb: str | None) -> bool:
    """Two times that cannot be one month: the very same figure told on two days of one month ("as of 18 November",
    "this morning") is one count told twice, one told of another month or year another count."""
    if time_relation(ta, tb) != "different":
        return False
    return ta is None or tb is None or len(ta) < 7 or ta[:7] != tb[:7]


def _agreeing_in_words(claims: tuple[Claim, ...], context: DocumentContext, opposed: set[frozenset[str]],
                       people: Callable[[str], bool], human: frozenset[str], cues: frozenset[str],
                       joint: Iterable[str] = ()) -> dict[str, list[str]]:
    """Corroborations a side states in words: a later figure told with a word of sameness ("gave the same figures",
    "likewise puts the number at 63", "confirmed ...") agrees with an earlier figure of another side that is the
    very same number, where both count people, or one names no noun ("all 14 were in hospital"), or both name the
    same noun ("41 centres, the same as the government's list"). The word says the two are one figure, so the two may
    be told at different hours; never where anything sets them against each other (a conflict between them, other
    places, either revised). Exact figures of two or more only. By the later claim's id, the earlier claims."""
    joint = frozenset(joint)

    def exact(c: Claim) -> float | None:
        v = c.value
        if (c.kind != "quantity" or c.claimant is None or c.claimant in joint or c.modality != "actual"
                or c.polarity != "asserted" or v is None or v.low is None or v.low != v.high or v.low < 2
                or not (is_open(c.predicate) or c.predicate in human)):
            return None
        return float(v.low)

    def noun(c: Claim) -> str:
        return c.predicate.split(":")[1] if ":" in c.predicate else c.predicate

    def of_people(c: Claim) -> bool:
        return c.predicate in human or _people_figure(c, people, hedged=True) is not None

    def kin(a: Claim, b: Claim) -> bool:
        na, nb = noun(a), noun(b)
        return not na or not nb or na == nb or (of_people(a) and of_people(b))

    revised = {c.revises for c in claims if c.revises} | {c.id for c in claims if c.revises}
    figures = sorted(((c, f) for c in claims if (f := exact(c)) is not None and c.id not in revised),
                     key=lambda x: x[0].evidence.start)
    out: dict[str, list[str]] = {}
    for i, (b, fb) in enumerate(figures):
        if not set(_WORDS.findall(b.evidence.text.lower())) & cues:
            continue
        for a, fa in figures[:i]:
            if (fa != fb or a.evidence.end > b.evidence.start or a.id in b.corroborates or b.id in a.corroborates
                    or frozenset((a.id, b.id)) in opposed or context.same_side(a.claimant, b.claimant)
                    or context.other_places(a, b) or not kin(a, b)):
                continue
            out.setdefault(b.id, []).append(a.id)
    return out


_ANSWERED = ("cause", "status", "acceptance")


def answered_in_kind(found: tuple[Conflict, ...], key: Callable[[str], str]) -> tuple[Conflict, ...]:
    """``found`` less each ``existence`` conflict of two parties whose denial's words a conflict of a kind that says
    more (a cause, status or acceptance) of the same parties also holds: "Morocco rejected the accusation" of a
    breach disputes the breach, not whether the road was built (:func:`.claims.reports.typed_report_denials`). Each
    side of the existence conflict must share words with the other conflict: "there was no shelling" against "the army
    shelled the village" stays, though a cause conflict sets the same telling against a later guess at the cause."""
    def parties(c: Conflict) -> frozenset[str]:
        return frozenset("outlet" if s.actor is None else key(s.actor) for s in c.sides)

    def overlap(a: Side, b: Side) -> bool:
        return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end

    typed = [c for c in found if c.kind in _ANSWERED]
    kept = [c for c in found if c.kind != "existence" or not any(
        parties(t) == parties(c) and all(any(overlap(s, u) for u in t.sides) for s in c.sides) for t in typed)]
    if len(kept) == len(found):
        return found
    return tuple(dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(kept, 1))


def _verb_acts(doc: Doc, claims: tuple[Claim, ...], lexicon: Lexicon) -> dict[str, str]:
    """The act class (``existence_classes``, ``act_families``) of the verb of each actual event claim the
    event lexicon typed (a PLOVER type: "police raided the warehouse", COERCE), by claim id, where the verbs of its
    words are of one class; and of each act denied by the noun that names it ("no raid was carried out")."""
    out: dict[str, str] = {}
    classes = act_classes(lexicon)
    for c in claims:
        words = c.about.text.lower().split() if c.about is not None else []
        if c.kind == "event" and c.polarity == "negated" and c.predicate.startswith(ACT) and words \
                and classes.get(words[-1]) == c.predicate[len(ACT):]:
            out[c.id] = c.predicate[len(ACT):]  # an act denied by its noun ("no raid"): the act it names
            continue
        if c.kind != "event" or c.modality != "actual" or ":" in c.predicate:
            continue
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        toks = doc_tokens(doc)[span.start:span.end] if span is not None else []  # not a new Token per word
        acts = {a for t in toks if t.pos_ == "VERB" and (a := verb_class(t, lexicon)) is not None}
        if len(acts) == 1:
            out[c.id] = acts.pop()
    return out


def _people_counts(doc: Doc, claims: tuple[Claim, ...], rules: Rules, lexicon: Lexicon) -> dict[str, str]:
    """The open counts of people whose verb tells the class of people they count (:func:`.pairing.people_count_class`:
    "detained 45 traders" and "20 drivers were held" count arrests), by claim id: compared within that class."""
    qv = lexicon.quantities
    verbs = {v: c for table in (qv.patient_verbs, qv.subject_verbs) for v, c in table.items() if c in qv.human}

    def demonym(word: str) -> bool:
        place = lexicon.actors.place(word)
        return place is not None and place.kind == "demonym"

    return {c.id: cls for c in claims
            if (cls := people_count_class(doc, c, verbs, rules.families, qv.people_noun, demonym)) is not None}


def taken_parties(found: Iterable[Conflict], claims: Iterable[Claim], parties: Parties) -> set[frozenset[str]]:
    """The pairs of parties the rules' conflicts set against each other (the pair model reports no other conflict
    between them): each conflict's sides, and for a claim conflict also its claimants' own parties (a side may
    name the country an official speaks for: :meth:`_Camps.party_against`)."""
    by_id = {c.id: c for c in claims}
    out: set[frozenset[str]] = set()
    for c in found:
        out.add(frozenset("outlet" if s.actor is None else parties.key(s.actor) for s in c.sides))
        own = [by_id[s.claim_id] for s in c.sides if s.claim_id in by_id]
        if len(own) == len(c.sides):
            out.add(frozenset("outlet" if k.claimant is None else parties.key(parties.party(k.claimant)) for k in own))
    return out


def _parties(context: DocumentContext) -> Parties:
    camps = context.camps
    return Parties(camps.party, context.same_side, camps.key, camps.country, camps.common_noun, camps.canonical,
                   camps.name, camps.loose, camps.sector)


def pair_candidates(doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...],
                    claims: tuple[Claim, ...], times: tuple[TimeExpr, ...],
                    lexicon: Lexicon) -> tuple[Candidates, Parties]:
    """The statement pairs the pair model scores in ``doc``, and the document's parties (for
    ``tools/train_conflict_pairs.py``)."""
    camps = _Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors, lexicon.actors.shared_demonyms)
    parties = _parties(DocumentContext(camps, {}))
    return candidates(doc, entities, statements, claims, times, parties, lexicon), parties

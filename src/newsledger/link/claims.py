"""Claims across articles: a new document's claims compared with what other documents claimed.

When a document is stored, each of its claims whose arguments all name ledger
actors is looked up, through the ``ix_claims_proposition`` index, among the
claims of *other* documents about the same proposition: the same kind, the same
predicate, the same arguments (as ledger actors). At most ``CANDIDATE_LIMIT``
of the most recent are read, and for events and quantities two claims whose
times both have a day must lie within ``WINDOW`` of each other. Each pair goes
to the comparison function (by default :func:`newsledger.compare.compare`, the
one rule the in-article detector uses too) with a :class:`LedgerContext`, where
one claimant is one ledger actor and sides are told apart by actor identity,
affiliation and, for officials, country.

A contradiction becomes a ledger-scope row of the ``conflicts`` table, with a
side per claim (document, offsets and the claim's local id), through the same
rows the cross-source label and event conflicts use; a later document that
contradicts a claim already in one joins that conflict instead of starting
another. A revision (one camp changing its own figure or position from one
document to another) and a corroboration (two sides saying the same) become
rows of ``claim_links`` between the two stored claims, the later one first.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, or_, select, update
from sqlalchemy.engine import Connection

from .. import compare as compare_engine
from ..compare.quantity import is_open
from ..models import Amount, Analysis, Claim, Span
from ..store import rows
from ..store import schema as t
from . import conflicts as xconflicts
from .actors import LinkedActor
from .actors import actor_pk as link_actors_pk
from .identity import ledger_id

__all__ = ["CANDIDATE_LIMIT", "WINDOW", "Comparator", "LedgerContext", "Party", "StoredClaim", "arguments_key",
           "claim_shown", "link_claims"]

Comparator = Callable[[Claim, Claim, compare_engine.Context], "compare_engine.Finding | None"]
"""Two claims (the earlier first) and who is who -> what they are to each other (see :mod:`newsledger.compare`)."""

CANDIDATE_LIMIT = 200  # most recent claims of other documents about one proposition compared with a new one
WINDOW = dt.timedelta(days=30)  # how far apart two dated event or quantity claims may be and still be one thing
WINDOWED_KINDS = frozenset({"event", "quantity"})
# Officials of one country speak for one camp: sectors of the state (CAMEO agent codes).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
OUTLET = "outlet:"  # the claimant key of an outlet's own voice: "outlet:" + the outlet's name


@dataclass(frozen=True, slots=True)
class Party:
    """A claimant as the ledger knows it: a ledger actor, or an outlet speaking in its own voice."""

    key: str  # the ledger actor id, or OUTLET + the outlet's name
    name: str
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None  # the ledger actor id of the organisation it speaks for, if known


class LedgerContext:
    """The :class:`~newsledger.compare.Context` of claims across documents, whose ids are ledger ids.

    Claims compared here have their claimant, arguments and place as ledger actor ids (or
    ``OUTLET`` keys) and their time as its TIMEX3 value (see :func:`link_claims`).
    """

    def __init__(self, parties: Mapping[str, Party]) -> None:
        self._parties = dict(parties)

    def add(self, party: Party) -> None:
        """Know ``party`` too."""
        self._parties.setdefault(party.key, party)

    def same_side(self, a: str | None, b: str | None) -> bool:
        """One actor, one speaking for the other or both for one organisation, or officials of one country."""
        if a is None or b is None:
            return a is b
        if a == b:
            return True
        pa, pb = self._parties.get(a), self._parties.get(b)
        if pa is None or pb is None:
            return False
        if (pa.affiliation is not None and pa.affiliation in (b, pb.affiliation)) or pb.affiliation == a:
            return True
        return (pa.country is not None and pa.country == pb.country
                and pa.sector in STATE_SECTORS and pb.sector in STATE_SECTORS)

    def same_actor(self, a: str | None, b: str | None) -> bool:
        """One ledger actor."""
        return a is not None and a == b

    def time_value(self, time_id: str | None) -> str | None:
        """The claims carry their TIMEX3 value as their time already."""
        return time_id

    def places_nest(self, a: str, b: str) -> bool:
        """Places of two articles are told apart by their ledger ids alone: never nested here."""
        return False

    def name(self, eid: str | None) -> str:
        """The actor's name, the outlet's name, or "the outlet"."""
        if eid is None:
            return "the outlet"
        party = self._parties.get(eid)
        if party is not None:
            return party.name
        return eid.removeprefix(OUTLET)


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """One document's claim as the comparison sees it, with where it is stored."""

    doc_pk: int
    doc_id: str
    local_id: str
    claim: Claim  # ledger-scoped: actor ids for entity ids, the TIMEX3 value for the time id
    party: Party
    claimant_actor_pk: int | None
    claimant_local: str | None
    outlet: str | None
    time_date: dt.date | None
    pk: int | None = None  # the stored claim's row, once it is stored


def arguments_key(arguments: Sequence[tuple[str, str]], ents: Mapping[str, LinkedActor]) -> str | None:
    """"role=actor id" pairs, sorted and joined; None unless there are arguments and each names a ledger actor.

    Without an argument nothing ties two claims to one thing across documents, so none is compared.
    """
    if not arguments or any(eid not in ents for _role, eid in arguments):
        return None
    return ";".join(sorted(f"{role}={ents[eid].actor_id}" for role, eid in arguments))


def claim_shown(c: Claim) -> str:
    """A claim as a conflict side shows it: "not ASSAULT", "deaths: at least 40", "unlawful"."""
    head = ("not " if c.polarity == "negated" else "") + c.predicate
    if c.value is None:
        return head
    low, high = c.value.low, c.value.high
    if c.value.hedge and (low is None or high is None or low == high):  # the figure as given: "fewer than 15"
        return f"{head}: {c.value.hedge} {_num(low if low is not None else high)}"
    figure = (_num(low) if low == high else f"{_num(low)}-{_num(high)}" if low is not None and high is not None
              else f">= {_num(low)}" if low is not None else f"<= {_num(high)}" if high is not None else "?")
    return f"{head}: {c.value.hedge + ' ' if c.value.hedge else ''}{figure}"


def _num(x: float | None) -> str:
    return "?" if x is None else str(int(x)) if float(x).is_integer() else str(x)


def link_claims(conn: Connection, doc_pk: int, a: Analysis, ents: Mapping[str, LinkedActor],
                dates: Mapping[str, dt.date | None], compare: Comparator | None = None) -> int:
    """Compare ``a``'s claims (stored as document ``doc_pk``) with other documents' claims; record contradictions.

    ``compare`` defaults to :func:`newsledger.compare.compare`. Returns how many contradicting pairs were found.
    """
    names = compare_engine.shipped_rules()  # which predicates state one proposition
    if compare is None:
        rules = names

        def compare(x: Claim, y: Claim, ctx: compare_engine.Context) -> compare_engine.Finding | None:
            return compare_engine.compare(x, y, ctx, rules)
    sectors = {e.id: e.sector for e in a.entities}
    affiliations = {e.id: e.affiliation for e in a.entities}
    context = LedgerContext({})
    values = {x.id: x.value for x in a.times}
    found = 0
    own: dict[str, int] | None = None  # this document's claims' rows, read when a first link needs them
    cache: dict[tuple[str, str, str], list[StoredClaim]] = {}
    for c in a.claims:
        key = arguments_key(c.arguments, ents)
        if key is None or is_open(c.predicate):
            continue  # an open count ("count:case") names too many things to meet another article's
        party = _party(c.claimant, ents, sectors, affiliations, a.document.source)
        context.add(party)
        mine = replace(_ledger_claim(c, ents, values), id=f"{a.document.id}:{c.id}", claimant=party.key)
        new = StoredClaim(doc_pk, a.document.id, c.id, mine, party,
                          link_actors_pk(ents, c.claimant), c.claimant,
                          a.document.source, dates.get(c.time or ""))
        props = [(c.kind, p, key) for p in names.names(c.predicate)]  # "unlawful" meets "lawful"
        for prop in props:
            if prop not in cache:
                cache[prop] = _candidates(conn, doc_pk, *prop)
        against, links = _findings(compare, context, new, (o for prop in props for o in cache[prop]))
        for kind in sorted({f.kind for _o, f in against if f.kind is not None}):
            pairs = [(o, f) for o, f in against if f.kind == kind]
            _record(conn, kind, pairs, new)
            found += len(pairs)
        if links:
            if own is None:
                own = dict(conn.execute(select(t.claims.c.local_id, t.claims.c.pk)
                                        .where(t.claims.c.doc_pk == doc_pk)).tuples().all())
            _record_links(conn, replace(new, pk=own.get(c.id)), links)
    return found


_Pair = tuple[StoredClaim, compare_engine.Finding]  # an earlier claim and what the new one is to it


def _findings(compare: Comparator, context: LedgerContext, new: StoredClaim,
              olds: Iterable[StoredClaim]) -> tuple[list[_Pair], list[_Pair]]:
    """What ``new`` is to each earlier claim about its proposition: contradictions, then revisions and
    corroborations (each at or above the reporting threshold)."""
    against: list[_Pair] = []
    links: list[_Pair] = []
    for old in olds:
        if not _in_window(new.claim.kind, old.time_date, new.time_date):
            continue
        context.add(old.party)
        finding = compare(old.claim, new.claim, context)
        if finding is None or finding.confidence < compare_engine.THRESHOLD:
            continue
        if finding.verdict == "conflict":
            # one camp never contradicts itself: that is a revision or a repetition
            if finding.kind is not None and not context.same_side(old.party.key, new.party.key):
                against.append((old, finding))
        else:
            links.append((old, finding))
    return against, links


def _record_links(conn: Connection, new: StoredClaim, links: Sequence[_Pair]) -> None:
    """Store each revision or corroboration of ``new``, the later claim first (by their own dates where both
    have one, else by the order they were stored); a link stored already is left as it is.

    One statement for all of them (``ON CONFLICT DO NOTHING`` on ``uq_claim_links``): a claim of a story
    reprinted a hundred times has a hundred links, which were two round trips each.
    """
    if new.pk is None:
        return
    out: dict[tuple[str, int | None, int | None], dict[str, Any]] = {}
    for old, finding in links:
        if old.pk is None:
            continue
        later, earlier = ((old, new) if old.time_date is not None and new.time_date is not None
                          and old.time_date > new.time_date else (new, old))
        key = (finding.verdict, later.pk, earlier.pk)
        if key not in out:  # the first finding of a pair is the one kept
            out[key] = {"kind": finding.verdict, "claim_pk": later.pk, "other_claim_pk": earlier.pk,
                        "confidence": finding.confidence, "summary": finding.summary}
    if out:
        conn.execute(rows.insert(conn, t.claim_links).on_conflict_do_nothing(), list(out.values()))


def _in_window(kind: str, x: dt.date | None, y: dt.date | None) -> bool:
    if kind not in WINDOWED_KINDS or x is None or y is None:
        return True
    return abs(x - y) <= WINDOW


def _party(local: str | None, ents: Mapping[str, LinkedActor], sectors: Mapping[str, str | None],
           affiliations: Mapping[str, str | None], outlet: str | None) -> Party:
    if local is None or local not in ents:
        return Party(OUTLET + (outlet or "unknown outlet"), outlet or "unknown outlet")
    who = ents[local]
    aff = affiliations.get(local)
    return Party(who.actor_id, who.name, who.country, sectors.get(local),
                 ents[aff].actor_id if aff is not None and aff in ents else None)


def _ledger_claim(c: Claim, ents: Mapping[str, LinkedActor], values: Mapping[str, str | None]) -> Claim:
    """``c`` with ledger actor ids for entity ids and its TIMEX3 value for its time id."""
    return Claim(id=c.id, kind=c.kind, predicate=c.predicate, evidence=c.evidence, claimant=None,
                 arguments=tuple(sorted(((role, ents[eid].actor_id) for role, eid in c.arguments if eid in ents),
                                        key=lambda x: f"{x[0]}={x[1]}")),
                 value=c.value, polarity=c.polarity, modality=c.modality, time=values.get(c.time or ""),
                 place=ents[c.place].actor_id if c.place is not None and c.place in ents else None, about=c.about)


@functools.cache
def _candidates_query(limit: int) -> Select[Any]:
    """The statement behind :func:`_candidates`, built once (building it costs more than running it)."""
    c, d, ac = t.claims, t.documents, t.actors
    voice = case((c.c.claimant_actor_pk.is_(None), d.c.source), else_=None).label("voice")
    same = (c.c.claimant_actor_pk, voice, c.c.polarity, c.c.modality, c.c.has_value, c.c.value_low, c.c.value_high,
            c.c.value_unit, c.c.value_hedge, c.c.time_value, c.c.about_text)
    recent = (select(c.c.pk, *same).join(d, d.c.pk == c.c.doc_pk)
              .where(c.c.kind == bindparam("kind"), c.c.predicate == bindparam("predicate"),
                     c.c.arguments_key == bindparam("key"), c.c.doc_pk != bindparam("doc_pk"))
              .order_by(c.c.pk.desc()).limit(limit).subquery())
    latest = select(func.max(recent.c.pk)).group_by(*(recent.c[x.name] for x in same))
    ce, af = t.entities.alias("claimant_entity"), t.entities.alias("affiliation_entity")
    aa, pa = t.actors.alias("affiliation_actor"), t.actors.alias("place_actor")
    return (select(c, d.c.id.label("doc_id"), d.c.source, ac.c.id.label("actor_id"), ac.c.name.label("actor_name"),
                   ac.c.country.label("actor_country"), ce.c.sector.label("claimant_sector"),
                   aa.c.id.label("affiliation_id"), pa.c.id.label("place_id"))
            .join(d, d.c.pk == c.c.doc_pk)
            .outerjoin(ac, ac.c.pk == c.c.claimant_actor_pk)
            .outerjoin(ce, and_(ce.c.doc_pk == c.c.doc_pk, ce.c.local_id == c.c.claimant))
            .outerjoin(af, and_(af.c.doc_pk == c.c.doc_pk, af.c.local_id == ce.c.affiliation))
            .outerjoin(aa, aa.c.pk == af.c.actor_pk)
            .outerjoin(pa, pa.c.pk == c.c.place_actor_pk)
            .where(c.c.pk.in_(latest)).order_by(c.c.pk.desc()))


def _candidates(conn: Connection, doc_pk: int, kind: str, predicate: str, key: str) -> list[StoredClaim]:
    """Claims of other documents about one proposition: the most recent ``CANDIDATE_LIMIT``, through the
    proposition index, and of those one (the latest) per distinct claim: the same claimant (or outlet
    voice) with the same polarity, modality, figure, time and object says the same thing in every
    report, so a story reprinted a hundred times is compared once."""
    q = _candidates_query(CANDIDATE_LIMIT)
    found = conn.execute(q, {"kind": kind, "predicate": predicate, "key": key, "doc_pk": doc_pk})
    args = tuple((role, actor) for role, actor in (x.split("=", 1) for x in key.split(";")))
    out: list[StoredClaim] = []
    for r in found:
        party = (Party(r.actor_id, r.actor_name, r.actor_country, r.claimant_sector, r.affiliation_id)
                 if r.actor_id is not None else
                 Party(OUTLET + (r.source or "unknown outlet"), r.source or "unknown outlet"))
        value = Amount(r.value_low, r.value_high, r.value_unit, r.value_hedge) if r.has_value else None
        about = Span(r.about_start_char, r.about_end_char, r.about_text) if r.about_start_char is not None else None
        claim = Claim(id=f"{r.doc_id}:{r.local_id}", kind=r.kind, predicate=r.predicate,
                      evidence=Span(r.evidence_start_char, r.evidence_end_char, r.evidence_text),
                      claimant=party.key, arguments=args, value=value, polarity=r.polarity, modality=r.modality,
                      time=r.time_value, place=r.place_id, about=about)
        out.append(StoredClaim(r.doc_pk, r.doc_id, r.local_id, claim, party, r.claimant_actor_pk, r.claimant,
                               r.source, r.time_date, r.pk))
    return out


def _side(s: StoredClaim) -> xconflicts.Claim:
    ev = s.claim.evidence
    return xconflicts.Claim(s.doc_pk, claim_shown(s.claim), ev.start, ev.end, ev.text, s.claimant_actor_pk,
                            s.claimant_local, s.party.name if s.claimant_actor_pk is not None else None, s.outlet,
                            claim_id=s.local_id)


def _record(conn: Connection, kind: str, pairs: Sequence[tuple[StoredClaim, Any]], new: StoredClaim) -> None:
    """Add ``new`` and the claims it contradicts to the ledger conflict one of those is in, or start one."""
    c, s = t.conflicts, t.conflict_sides
    olds = [o for o, _f in pairs]
    confidence = max(f.confidence for _o, f in pairs)
    holders = [(o.doc_pk, o.local_id) for o in olds]
    # Through ix_conflict_sides_claim: one seek per contradicted claim.
    existing = conn.execute(
        select(c.c.pk, c.c.summary, c.c.outlets, c.c.confidence).join(s, s.c.conflict_pk == c.c.pk)
        .where(c.c.scope == "ledger", c.c.kind == kind,
               or_(*(and_(s.c.doc_pk == dp, s.c.claim_local_id == lid) for dp, lid in holders)))
        .order_by(c.c.pk).limit(1)).first()
    sides = [_side(o) for o in olds] + [_side(new)]
    if existing is None:
        first = olds[-1]  # the oldest stored claim it contradicts names the conflict
        about = ledger_id("clm", f"{first.doc_id}:{first.local_id}")
        pk = conn.execute(c.insert().values(
            id=ledger_id("con", f"{kind}|claim|{first.doc_id}:{first.local_id}"), scope="ledger", kind=kind,
            about=about, summary=_summary(pairs[0][1].summary, kind, sides), confidence=confidence,
            n_documents=len({x.doc_pk for x in sides}),
            outlets=rows.merge_rollup("[]", [x.outlet for x in sides])).returning(c.c.pk)).scalar_one()
        rows.insert_sides(conn, pk, sides)
        return
    rows.insert_sides(conn, existing.pk, sides)
    n_docs = conn.execute(select(func.count(func.distinct(s.c.doc_pk))).where(s.c.conflict_pk == existing.pk))
    conn.execute(update(c).where(c.c.pk == existing.pk).values(
        summary=xconflicts.extend_summary(existing.summary, kind, sides), n_documents=n_docs.scalar_one(),
        confidence=max(confidence, existing.confidence),
        outlets=rows.merge_rollup(existing.outlets, [x.outlet for x in sides])))


def _summary(lead: str, kind: str, sides: Sequence[xconflicts.Claim]) -> str:
    """The comparison's own words, then who says what where."""
    parts = xconflicts.extend_summary("", kind, sides).lstrip("; ")
    return f"{lead} across sources; {parts}" if lead else xconflicts.summary(kind, sides, "a claim")


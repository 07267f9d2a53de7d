"""Agreements in the ledger: the agreements of many documents that are one agreement share a ledger row.

Identity is :func:`.identity.same_agreement` (parties, subject, dates); the
ledger row keeps the earliest dates, the first subject and party names, and a
roll-up of every label and outlet. When labels or stances of one agreement
disagree across documents, it gets a ``characterisation`` or ``stance``
conflict.

The store calls :func:`link_agreements` before it writes the document's
agreement rows (each row points at its ledger agreement) and
:func:`roll_up_agreements` after (the new labels and stances are among the
claims compared).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection

from ..models import Agreement, Analysis
from ..store import rows
from ..store import schema as t
from . import conflicts as xconflicts
from .actors import LinkedActor
from .identity import SEEN_WINDOW, SIGNED_WINDOW, AgreementFacts, first_match, ledger_id, party_token, subject_words
from .ledger_conflicts import update_conflict

__all__ = ["LedgerAgreement", "link_agreements", "roll_up_agreements"]

CANDIDATE_LIMIT = 500  # ledger agreements with the same parties compared with a new one, oldest first


@dataclass(frozen=True, slots=True)
class LedgerAgreement:
    """The ledger agreement one of the document's agreements is linked to."""

    pk: int
    id: str


def link_agreements(conn: Connection, a: Analysis, ents: Mapping[str, LinkedActor],
                    dates: Mapping[str, dt.date | None], pub: dt.date | None) -> list[LedgerAgreement]:
    """The ledger agreement of each of ``a``'s agreements, in order; new ones are created, known ones updated."""
    out: list[LedgerAgreement] = []
    for g in a.agreements:
        parties = frozenset(party_token(ents[p].country, ents[p].actor_id) for p in g.parties if p in ents)
        signed = dates.get(g.signed or "")
        facts = AgreementFacts(parties, subject_words(g.subject), signed, pub)
        # Without parties nothing identifies the agreement across documents: it stands alone.
        ledger_pk = first_match(facts, _candidates(conn, facts)) if parties else None
        if ledger_pk is None:
            out.append(_create(conn, a.document.id, g, facts, signed, pub))
        else:
            out.append(_update(conn, ledger_pk, g, signed, pub))
    return out


def _candidates(conn: Connection, facts: AgreementFacts) -> list[tuple[int, AgreementFacts]]:
    la = t.ledger_agreements
    query = select(la).where(la.c.parties_key == facts.parties_key)
    near = facts.signed or facts.seen
    if near is not None:  # a superset of what same_agreement can accept, to keep the candidates few
        low, high = _around(near, SEEN_WINDOW + SIGNED_WINDOW)
        query = query.where(or_(la.c.first_seen.is_(None), la.c.first_seen.between(low, high),
                                la.c.signed_date.between(low, high)))
    return [(r.pk, AgreementFacts(facts.parties, subject_words(r.subject), r.signed_date, r.first_seen))
            for r in conn.execute(query.order_by(la.c.pk).limit(CANDIDATE_LIMIT))]


def _around(day: dt.date, reach: dt.timedelta) -> tuple[dt.date, dt.date]:
    """``day`` minus and plus ``reach``, held to the calendar (an agreement dated in year 1 or 9999)."""
    low = day - reach if day - dt.date.min >= reach else dt.date.min
    high = day + reach if dt.date.max - day >= reach else dt.date.max
    return low, high


def _create(conn: Connection, doc_id: str, g: Agreement, facts: AgreementFacts, signed: dt.date | None,
            pub: dt.date | None) -> LedgerAgreement:
    la = t.ledger_agreements
    agr_id = ledger_id("agr", f"{doc_id}:{g.id}")
    pk = conn.execute(la.insert().values(id=agr_id, parties_key=facts.parties_key, subject=g.subject,
                                         signed_date=signed, first_seen=pub).returning(la.c.pk)).scalar_one()
    return LedgerAgreement(pk, agr_id)


def _update(conn: Connection, pk: int, g: Agreement, signed: dt.date | None, pub: dt.date | None) -> LedgerAgreement:
    """Fill what the ledger agreement lacks (signing date, subject) and move its first sighting earlier."""
    la = t.ledger_agreements
    current = conn.execute(select(la).where(la.c.pk == pk)).one()
    changes: dict[str, Any] = {}
    if current.signed_date is None and signed is not None:
        changes["signed_date"] = signed
    if pub is not None and (current.first_seen is None or pub < current.first_seen):
        changes["first_seen"] = pub
    if current.subject is None and g.subject:
        changes["subject"] = g.subject
    if changes:
        conn.execute(update(la).where(la.c.pk == pk).values(**changes))
    return LedgerAgreement(pk, current.id)


@dataclass
class _Touched:
    """What one document says about one ledger agreement (several of its agreements may be the same one)."""

    id: str
    what: str  # how summaries name it
    party_names: str  # the first naming's parties, for a ledger row that has none yet
    shown: list[str]  # its labels as the roll-up shows them
    labels: bool = False
    stances: bool = False


def roll_up_agreements(conn: Connection, doc_pk: int, a: Analysis, ents: Mapping[str, LinkedActor],
                       ledger: Sequence[LedgerAgreement]) -> None:
    """Count document ``doc_pk`` in its ledger agreements' roll-ups and update their conflicts.

    Call it once the document's agreement rows, labels and stances are stored.
    """
    touched: dict[int, _Touched] = {}
    outlet = a.document.source
    for g, link in zip(a.agreements, ledger, strict=True):
        names = [ents[p].name for p in g.parties if p in ents]
        what = xconflicts.agreement_name(g.subject, names)
        entry = touched.setdefault(link.pk, _Touched(link.id, what, "; ".join(names), []))
        entry.what = what  # the last naming in the document, as summaries have always used
        entry.shown.extend(xconflicts.label_shown(lb.text, _name(ents, lb.by), outlet) for lb in g.labels)
        entry.labels = entry.labels or bool(g.labels)
        entry.stances = entry.stances or bool(g.stances)
    la = t.ledger_agreements
    for pk, entry in sorted(touched.items()):
        row = conn.execute(select(la.c.parties, la.c.labels, la.c.outlets).where(la.c.pk == pk)).one()
        conn.execute(update(la).where(la.c.pk == pk).values(
            n_documents=la.c.n_documents + 1, parties=row.parties or entry.party_names,
            labels=rows.merge_rollup(row.labels, entry.shown), outlets=rows.merge_rollup(row.outlets, [outlet])))
    for pk, entry in sorted(touched.items()):
        if entry.labels:
            _conflict(conn, doc_pk, pk, entry, "characterisation")
        if entry.stances:
            _conflict(conn, doc_pk, pk, entry, "stance")


def _name(ents: Mapping[str, LinkedActor], local: str | None) -> str | None:
    return ents[local].name if local is not None and local in ents else None


# conflict kind -> (table of claims, its claim column, its local actor column)
_CLAIMS = {"characterisation": (t.agreement_labels, "label", "by"),
           "stance": (t.agreement_stances, "stance", "actor")}


def _conflict(conn: Connection, doc_pk: int, pk: int, entry: _Touched, kind: str) -> None:
    """Only the kinds this document adds claims to can change (new sides come from this document alone)."""
    table, claim_col, actor_col = _CLAIMS[kind]
    g, d, ac = t.agreements, t.documents, t.actors
    negation = [table.c.negated] if kind == "characterisation" else []  # only labels can be denied
    q = (select(g.c.doc_pk, table.c[claim_col], table.c.evidence_start_char, table.c.evidence_end_char,
                table.c.evidence_text, d.c.source, table.c.actor_pk, table.c[actor_col], ac.c.name, *negation)
         .join(g, g.c.pk == table.c.agreement_pk).join(d, d.c.pk == g.c.doc_pk)
         .outerjoin(ac, ac.c.pk == table.c.actor_pk).where(g.c.ledger_pk == pk))
    detect = xconflicts.characterisation if kind == "characterisation" else xconflicts.stance
    update_conflict(conn, kind, entry.id, entry.what, q, g.c.doc_pk == doc_pk, detect)

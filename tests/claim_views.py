"""Shared by the claims tests: readable views of an analysis's claims and conflicts (the summaries of the conflicts
of one kind, the claims of one kind as tuples, the name of an entity), so that the test modules do not each keep a
copy."""

from __future__ import annotations

from newsledger.models import Analysis, Claim


def conflict_summaries(analysis: Analysis, kind: str) -> list[str]:
    """The summaries of the conflicts of ``kind``."""
    return [c.summary for c in analysis.conflicts if c.kind == kind]


def cause_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "cause")


def acceptance_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "acceptance")


def quantity_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "quantity")


def status_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "status")


def label_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "characterisation")


def existence_conflicts(analysis: Analysis) -> list[str]:
    return conflict_summaries(analysis, "existence")


def entity_name(analysis: Analysis, eid: str | None) -> str | None:
    """The name of the entity ``eid`` (None where there is none)."""
    return next((e.name for e in analysis.entities if e.id == eid), None) if eid else None


def causes(analysis: Analysis) -> list[tuple[str, str]]:
    """(predicate, polarity) of every cause claim."""
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "cause"]


def causes_by_claimant(analysis: Analysis) -> list[tuple[str, str | None]]:
    """(predicate, claimant name) of every cause claim."""
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant) if c.claimant else None) for c in analysis.claims
            if c.kind == "cause"]


def statuses(analysis: Analysis) -> list[tuple[str, str]]:
    """(predicate, polarity) of every status claim."""
    return [(c.predicate, c.polarity) for c in analysis.claims if c.kind == "status"]


def acceptances_by_claimant(analysis: Analysis) -> list[tuple[str, str]]:
    """(claimant name, polarity) of every acceptance claim ("" for the outlet's)."""
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(c.claimant or "", ""), c.polarity) for c in analysis.claims if c.kind == "acceptance"]


def actual_acceptances(analysis: Analysis, polarity: str) -> list[Claim]:
    """The actual acceptance claims of ``polarity``."""
    return [c for c in analysis.claims if c.kind == "acceptance" and c.modality == "actual"
            and c.polarity == polarity]


def acceptance_evidence(analysis: Analysis, polarity: str) -> list[str]:
    """The evidence texts of the acceptance claims of ``polarity``."""
    return [c.evidence.text for c in analysis.claims if c.kind == "acceptance" and c.polarity == polarity]

"""Conflicts across articles and outlets: attributed characterisations that disagree.

Within one article the conflicts extractor finds them; here the same test runs
over everything the ledger holds about one agreement or one event, so two
articles from different outlets, on different days, can disagree:

- **characterisation**: labels of one agreement naming different document
  types (``label_class``, by the same vocabulary as the in-article check)
  from different actors (or, where the label is not attributed, different
  outlets); a generic label ("the deal") characterises nothing and takes no
  side;
- **stance**: one actor supports an agreement that another opposes;
- **existence**: one report asserts an event that another denies.

Only disagreements that span at least two documents are reported here, and
every claim about the thing becomes a side, so each source stays visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import label_text
from .identity import GENERIC, label_class

__all__ = ["Claim", "agreement_name", "characterisation", "event_name", "existence", "extend_summary", "label_shown",
           "stance", "summary"]


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed claim about an agreement or event, in one document."""

    doc_pk: int
    claim: str  # the label's words, "support"/"oppose", or "asserted"/"negated"
    start: int
    end: int
    text: str
    actor_pk: int | None = None
    actor: str | None = None  # local entity id in that document
    actor_name: str | None = None
    outlet: str | None = None
    negated: bool = False  # a denied label ("not treaty"): the label's own field, stored with it
    claim_id: str | None = None  # the local id of the document's claim record this side is, if any

    @property
    def shown(self) -> str:
        """The claim as sides and summaries show it: a denied label as the analysis format writes it."""
        return label_text(self.claim, self.negated)

    @property
    def attribution(self) -> str:
        """Who makes the claim: the actor where known, else the outlet, else the document."""
        if self.actor_pk is not None:
            return f"actor:{self.actor_pk}"
        return f"outlet:{self.outlet}" if self.outlet else f"doc:{self.doc_pk}"


def _disagree(claims: Sequence[Claim], cls_of: dict[Claim, str]) -> bool:
    if len({c.doc_pk for c in claims}) < 2:
        return False
    by_class: dict[str, set[str]] = {}
    for c in claims:
        by_class.setdefault(cls_of[c], set()).add(c.attribution)
    if len(by_class) < 2:
        return False
    # Two classes held by exactly the same single attribution is one source changing its wording.
    attributions = set().union(*by_class.values())
    return len(attributions) >= 2


def _sorted(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    return tuple(sorted(claims, key=lambda c: (c.doc_pk, c.start, c.end, c.claim)))


def characterisation(labels: Sequence[Claim]) -> tuple[Claim, ...]:
    """All labels of one agreement as sides, when they disagree across documents; else ()."""
    cls_of = {c: label_class(c.claim, c.negated) for c in labels}
    labels = [c for c in labels if cls_of[c] != GENERIC]
    return _sorted(labels) if _disagree(labels, cls_of) else ()


def stance(stances: Sequence[Claim]) -> tuple[Claim, ...]:
    """Support and opposition of one agreement from different actors in different documents."""
    return _sorted(stances) if _disagree(stances, {c: c.claim for c in stances}) else ()


def existence(mentions: Sequence[Claim]) -> tuple[Claim, ...]:
    """Reports of one event, when one document asserts it and another denies it."""
    return _sorted(mentions) if _disagree(mentions, {c: c.claim for c in mentions}) else ()


def _parts(kind: str, sides: Sequence[Claim]) -> list[str]:
    parts: list[str] = []
    for c in sides:
        who = c.actor_name or c.outlet or "an unattributed source"
        where = f" ({c.outlet})" if c.outlet and c.actor_name else ""
        part = f"{who}{where}: {c.shown!r}" if kind == "characterisation" else f"{who}{where}: {c.shown}"
        if part not in parts:
            parts.append(part)
    return parts


def summary(kind: str, sides: Sequence[Claim], what: str) -> str:
    """One readable line: who says what, where."""
    lead = {"characterisation": "characterised differently", "stance": "opposite stances",
            "existence": "asserted and denied"}.get(kind, kind)
    return f"{what}: {lead} across sources; " + "; ".join(_parts(kind, sides))


def extend_summary(text: str, kind: str, sides: Sequence[Claim]) -> str:
    """``text`` with the claims of ``sides`` that it does not mention yet appended."""
    new = [p for p in _parts(kind, sides) if p not in text]
    return "; ".join([text, *new]) if new else text


def agreement_name(subject: str | None, party_names: Sequence[str]) -> str:
    """How a summary names an agreement: "the security agreement between A and B"."""
    names = " and ".join(party_names)
    return f"the {subject + ' ' if subject else ''}agreement" + (f" between {names}" if names else "")


def event_name(type_: str, cluster_id: str) -> str:
    """How a summary names a ledger event: its PLOVER type and cluster id."""
    return f"{type_} event {cluster_id}"


def label_shown(label: str, by: str | None, outlet: str | None) -> str:
    """One label as an agreement's roll-up lists it: the words, who used them, where.

    The ledger's ``agreements`` query finds an actor's labels by the ``by NAME`` part.
    """
    return f"{label!r} by {'unattributed' if by is None else by} ({outlet or 'unknown outlet'})"

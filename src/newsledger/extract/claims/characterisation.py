"""Characterisation claims: one per agreement label, the document type its author calls the agreement."""

from __future__ import annotations

from ...models import Agreement, Claim
from .context import Context

__all__ = ["characterisation_claims"]


def characterisation_claims(ctx: Context, agreements: tuple[Agreement, ...]) -> list[Claim]:
    """One claim per label whose words name a document type of the agreement vocabulary.

    The claimant is the label's author (None: the outlet); a denied label ("there is no pact") is a
    negated claim; the agreement is carried as the argument ``agreement`` (agreements are not entities).
    """
    out: list[Claim] = []
    vocab = ctx.lexicon.agreements
    for agreement in agreements:
        for label in agreement.labels:
            typed = vocab.type_of(label.label)
            if typed is None:
                continue
            stmt = ctx.attribution.statement_at(label.evidence.start, label.evidence.end)
            if label.by is None and stmt is not None and stmt.speaker is None:
                continue  # inside a quote of nobody the text names: not the outlet's word either
            out.append(Claim(
                id="", kind="characterisation", predicate=typed[0], evidence=label.evidence, claimant=label.by,
                arguments=(("agreement", agreement.id),), polarity="negated" if label.negated else "asserted",
                statement=stmt.id if stmt is not None and stmt.speaker == label.by and label.by else None,
                about=label.evidence,
            ))
    return out

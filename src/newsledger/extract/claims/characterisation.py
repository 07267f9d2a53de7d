"""Characterisation claims: one per agreement label, the document type its author calls the agreement."""

from __future__ import annotations

from ...models import Agreement, Claim, Span
from .context import Context

__all__ = ["characterisation_claims"]


def characterisation_claims(ctx: Context, agreements: tuple[Agreement, ...]) -> list[Claim]:
    """One claim per label whose words name a document type of the agreement vocabulary.

    The claimant is the label's author (None: the outlet); a denied label ("there is no pact") is a
    negated claim; the agreement is carried as the argument ``agreement`` (agreements are not entities).
    The evidence is the label with what it says the document is about ("a memorandum on a feasibility study").
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
            evidence = _with_subject(label.evidence, ctx)
            out.append(Claim(
                id="", kind="characterisation", predicate=typed[0], evidence=evidence, claimant=label.by,
                arguments=(("agreement", agreement.id),), polarity="negated" if label.negated else "asserted",
                statement=stmt.id if stmt is not None and stmt.speaker == label.by and label.by else None,
                about=evidence,
            ))
    return out


def _with_subject(evidence: Span, ctx: Context) -> Span:
    """``evidence`` (a label) stretched over the phrase after its head that names the document's subject
    ("a memorandum" + "on a joint feasibility study"), at most twelve tokens of it."""
    span = ctx.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None:
        return evidence
    head = span.root
    preps = ctx.lexicon.agreements.subject_prepositions
    for c in head.children:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (c.dep_ == "prep" and c.lower_ in preps and c.i == span.end and c.right_edge.i - c.i < 12
                and pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "PERSON")):
            last = c.right_edge
            return ctx.span(evidence.start, last.idx + len(last))
    return evidence

"""Claims: what each claimant asserts or denies, as normalised propositions (issue 14).

A stub of the contract: ``claims`` returns every claim of one document, in text order, ids ``k1``,
``k2``, ... Kinds: event (one per reported or narrated event), quantity, cause, status, acceptance,
characterisation (one per agreement label).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Agreement, Claim, Entity, Event, Statement, TimeExpr

__all__ = ["claims"]


def claims(
    doc: Doc,
    entities: tuple[Entity, ...],
    statements: tuple[Statement, ...],
    events: tuple[Event, ...],
    times: tuple[TimeExpr, ...],
    agreements: tuple[Agreement, ...],
    lexicon: Lexicon,
) -> tuple[Claim, ...]:
    """Every claim in ``doc``."""
    return ()

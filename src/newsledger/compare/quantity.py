"""Whether two claimed amounts can both hold: the quantity rule of :mod:`newsledger.compare`.

A stub of the contract (issue 14): the quantity part fills it in.
"""

from __future__ import annotations

from typing import Literal

from ..models import Amount

__all__ = ["Relation", "relation"]

Relation = Literal["same", "compatible", "incompatible"]


def relation(a: Amount, b: Amount) -> Relation:
    """``same`` where the figures agree, ``incompatible`` where their ranges (hedges allowed for) cannot
    both hold, else ``compatible``."""
    return "compatible"

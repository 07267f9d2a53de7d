"""The quantity vocabulary (``data/quantities.yaml``): what is counted, hedges and vague amounts.

A stub of the contract (issue 14): the quantity claims fill it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .loader import WordLists, read_yaml

__all__ = ["QuantityVocabulary", "load_quantity_vocabulary"]

VERSION = 1


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class QuantityVocabulary:
    """The words of ``data/quantities.yaml``, indexed for look-up."""

    lists: WordLists


def load_quantity_vocabulary() -> QuantityVocabulary:
    """The shipped quantity vocabulary."""
    data = read_yaml("quantities.yaml", None, schema="quantities", version=VERSION)
    return QuantityVocabulary(WordLists(data.get("lists") or {}, "data/quantities.yaml"))

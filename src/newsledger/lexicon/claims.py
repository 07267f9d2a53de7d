"""The claims vocabulary (``data/claims.yaml``): status, cause and acceptance predicates, and denials.

A stub of the contract (issue 14): the extract/claims family fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .loader import WordLists, read_yaml

__all__ = ["ClaimVocabulary", "load_claim_vocabulary"]

VERSION = 1


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: built once per run
class ClaimVocabulary:
    """The words of ``data/claims.yaml``, indexed for look-up."""

    lists: WordLists


def load_claim_vocabulary(user_file: str | None = None) -> ClaimVocabulary:
    """The shipped claims vocabulary, with ``user_file`` merged over it."""
    data = read_yaml("claims.yaml", user_file, schema="claims", version=VERSION)
    return ClaimVocabulary(WordLists(data.get("lists") or {}, "data/claims.yaml"))

"""Adapters that run newsledger over the gold sets in ``../shared/eval`` and score it.

Used by the quality-gate tests (floors pinned there) and by the scripts that
write ``docs/ACCURACY.md``. The gold data itself is never copied into the
project: every function takes the path of the eval folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon


def shipped_lexicon() -> Lexicon:
    """The lexicon the evaluations score: the shipped vocabularies with the current settings' user files."""
    from ..config import load_settings
    from ..lexicon import load_lexicon

    return load_lexicon(load_settings())

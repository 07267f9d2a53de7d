"""Adapters that run newsledger over the gold sets in ``../shared/eval`` and score it.

Used by the quality-gate tests (floors pinned there) and by the scripts that
write ``docs/ACCURACY.md``. The gold data itself is never copied into the
project: every function takes the path of the eval folder.
"""

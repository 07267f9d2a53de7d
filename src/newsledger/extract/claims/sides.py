"""Who may stand as a side of the "counts" frames (issue 14): a claimant the reader can place.

The frames of :mod:`.causes`, :mod:`.labels` and the count frames of :mod:`.tallies` read broad vocabularies
in many sentence shapes, so their claims are kept to claimants the text places: the outlet's own voice, an
actor of a known country, a named organisation or group, or a person speaking for one (their affiliation). A
body named only by a common noun of no known country ("the railway ministry", "the provincial department") or
a person who speaks for no one the text names (a correspondent whose report a broadcast label gave them, a
bystander) is where a broad frame is likeliest to have the wrong side: such a claim is not made (a false
alarm costs more than a miss).
"""

from __future__ import annotations

from .context import Context

__all__ = ["placed"]

_BODIES = ("ORG", "GROUP", "GPE", "NORP", "LOC")


def placed(claimant: str | None, ctx: Context) -> bool:
    """Whether ``claimant`` (an entity id, None for the outlet) can stand as a side of the counts frames."""
    if claimant is None:
        return True
    ent = ctx.entities.get(claimant)
    if ent is None:
        return False
    if ent.country is not None or ent.affiliation is not None:
        return True
    return ent.type in _BODIES and ent.name != ent.name.lower()

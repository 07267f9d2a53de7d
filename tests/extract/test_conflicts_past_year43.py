"""A count dated to a past year is no answer to this story's own count (issue 14, helper sides43, stop 43).

"the coffee board estimated last year that some 90,000 tonnes of the harvest left the country illegally in
the 2022/23 season" against "9 tonnes of coffee had been seized" (told of this week, with no time of its own): a past
season's tally and one raid's haul count two things, whichever sides tell them. In our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_RAID = (
    "NAIROBI, May 4 - Kenyan and Ugandan border officers agreed on Sunday about a raid on coffee "
    "smugglers, and both gave the haul as 9 tonnes.\n\n"
    "Kenya's Revenue Division said its team and Ugandan officers stopped two lorries on a dirt road near "
    "Kapsoya early on Saturday. The lorries held 9 tonnes of green coffee in plain sacks, the division "
    "said in a statement, and the drivers were detained.\n\n"
    "In Kampala, the Ugandan revenue directorate gave the same account. Its spokesman, Major Okello "
    "Peter, told reporters that 9 tonnes of coffee had been seized with help from Kenya.\n\n"
    "Kenya's coffee board estimated last year that some 90,000 tonnes of the harvest left the country "
    "illegally in the 2022/23 season.\n")


def test_past_season_tally_is_no_dispute(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_RAID, "2026-05-04")
    assert not a.conflicts, [c.summary for c in a.conflicts]


def test_same_season_counts_still_disagree(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Norway's customs directorate said on Sunday that 9 tonnes of coffee had been seized from the lorry. "
                "Sweden's coast guard said on Sunday that 800 tonnes of coffee had been seized from the lorry.",
                "2026-05-04")
    assert [c.kind for c in a.conflicts] == ["quantity"], [c.summary for c in a.conflicts]

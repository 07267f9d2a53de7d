"""A report noun that tells what went on at a thing ("account", "version") called untrue, of a definite thing ("the
Malawian account of the meeting was false"), disputes what the report says happened there, not that the thing took
place: no denial of the meeting, and no existence conflict with the outlet's word that the meeting is on (helper
kinds41, stop 41). "Reports of a raid were fabricated" still denies the raid. Texts written for these
tests (invented people)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

MEETING = ("LUSAKA, March 3 - Officials of Zambia and Malawi are meeting in Chipata today to discuss the shared border "
           "road. Malawi's transport ministry says the Zambian delegation agreed to pave the road from June.\n")


def test_an_account_of_the_meeting_called_false_denies_no_meeting(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(MEETING + "A Zambian transport official, Mwila Banda, said the Malawian account of the "
                       "meeting was false.")
    assert not [c for c in analysis.claims if c.kind == "event" and c.polarity == "negated"]
    assert not [c for c in analysis.conflicts if c.kind == "existence"]


def test_its_version_of_the_talks_called_untrue_denies_no_talks(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(MEETING + "Zambia's transport ministry said Malawi's version of the talks was untrue.")
    assert not [c for c in analysis.conflicts if c.kind == "existence"]


def test_reports_of_a_raid_called_fabricated_still_deny_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("LILONGWE, March 3 - Malawi's defence ministry said Zambian soldiers had raided the village "
                       "of Mchinji on Sunday. A Zambian army spokesman, Mwila Banda, said reports of a raid "
                       "were fabricated.")
    assert [c.kind for c in analysis.conflicts] == ["existence"]

"""A live blog's timed entry opened by a body whose name ends in a body's head noun (issue 14, helper fa44, stop 44).

"14:05 Kenya Power Transmission Board, in a notice on its website: ..." gives the rest of the line to that board, as
"14:10 Interior ministry: ..." gives it to the ministry, though no word of its name tells a sector ("Board",
"Authority", "Commission" end the names of public bodies: ``name_body_heads``). In our own words.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_BLOG = (
    "LIVE: East Africa grid day\n\n"
    "09:20 Uganda's energy ministry says it sent 30 megawatts to Kenya over the Tororo line throughout Tuesday.\n\n"
    "13:45 Kenya Power Transmission Board, in a notice on its website: an average of 9 megawatts came in at the "
    "Lessos substation on Tuesday.\n\n"
    "14:10 The operators have not yet explained the gap.\n")


def _speakers(a: Analysis) -> list[tuple[str | None, str]]:
    ents = {e.id: e.name for e in a.entities}
    return [(ents.get(s.speaker or ""), s.content.text) for s in a.statements]


def test_board_opening_a_timed_entry_speaks(analyze: Callable[..., Analysis]) -> None:
    got = _speakers(analyze(_BLOG))
    assert any(who == "Kenya Power Transmission Board" and text.startswith("an average of 9 megawatts")
               for who, text in got), got


def test_place_opening_a_timed_entry_is_no_speaker(analyze: Callable[..., Analysis]) -> None:
    got = _speakers(analyze("LIVE: storm day\n\n10:05 Mombasa, at the harbour: waves of four metres broke on the "
                            "sea wall this morning.\n"))
    assert not any(text.startswith("waves") for _, text in got), got

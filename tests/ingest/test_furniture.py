"""Page furniture: the vocabulary's lines are dropped, prose is kept, furniture-only text is named."""

from __future__ import annotations

import pytest

from newsledger.ingest.furniture import furniture_only, strip_furniture

PROSE = "The two ministers agreed to meet again in the spring to review the border patrols, an aide said."


@pytest.mark.parametrize("line", [
    "Read more: Harvest festival draws record crowds",
    "READ MORE: Port strike enters its third day",
    "[Related: Ten photos of the new bridge]",
    "Related stories",
    "Sign up for our morning briefing",
    "Thanks for signing up!",
    "Subscribe to the weekly digest",
    "Click here to download the app",
    "Copyright 2021 The Valley Gazette. All rights reserved.",
    "© Valley Gazette",
    "https://valley-gazette.example/news/2021/05/bridge-opens",
])
def test_furniture_lines_are_dropped(line: str) -> None:
    assert strip_furniture(f"{PROSE}\n{line}\n{PROSE}") == f"{PROSE}\n{PROSE}"


@pytest.mark.parametrize("line", [
    "Related talks between the two finance ministries broke down in March, officials said.",
    "- Sign up for the loyalty card before the first purchase",
    "Watchdogs read more into the figures than the ministry did.",
    "He said he would subscribe to the plan only if the two parliaments approved it first and the treasury "
    "published its costs in full.",
])
def test_prose_is_kept(line: str) -> None:
    text = f"{PROSE}\n{line}"
    assert strip_furniture(text) == text


def test_furniture_only_names_a_caption_on_a_big_page() -> None:
    caption = "Fishing boats return to the harbour at dusk after the storm. Photo: agency."
    assert furniture_only(caption, 50_000) is not None
    assert furniture_only(caption, 900) is None  # a small page: a brief, not a teaser on a large page
    story = [PROSE, "Both sides said the patrols had cut smuggling by half since the summer.",
             "Farmers on the border asked for the crossings to stay open at night during the harvest.",
             "The customs posts will share one building on the bridge, the agreement says."]
    assert furniture_only("\n".join(story * 2), 50_000) is None  # enough text, even if it repeats
    menu = "\n".join(["Home", "World", "Sport", "Weather"] * 20)
    assert furniture_only(f"{menu}\n{caption}", 50_000) is not None  # menu entries are no article text


def test_repeated_teaser_is_named_as_such() -> None:
    teaser = "Ferry crews vote to end the strike on Friday"
    why = furniture_only("\n".join([teaser] * 3), 40_000)
    assert why is not None and "3 lines repeating 1" in why

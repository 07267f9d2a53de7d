"""False alarms on agreeing articles, by class (issue 14, stop 42, helper fa42).

Each class was found on articles written for it, where no conflict is there but one is easy to imagine, and is
removed in the conflict decision (``extract/conflicts.py``), with a near article that keeps its real conflict:

- a count told in two live blog entries of two clock times is a count at two moments, not two figures for one
  count ("09:10 ... 450 lorries are queuing", "15:25 ... 80 lorries remain");
- a count set "in the province of X" is set in a place whatever type the NER gave the name, so it and a count set
  in another named place count two places;
- two acts of one kind told in sentences of two different days ("On Tuesday a fire destroyed forty stalls", "On
  Wednesday a second fire broke out ... and no stalls were damaged there") are two acts, not one told and denied;
- a count set "on the <people> side" by a teller of that people is set on its own ground, so it and a count set in
  a named place count two places ("50 homes were destroyed on the Tajik side" / "20 homes ... in Darwaz district");
- "X was not responsible for the accident" denies X's responsibility, not that it was an accident: no cause class
  denied (``extract/claims/causes.py``), so no dispute with another side's cause of the accident.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_QUEUE = (
    "Live: queue at the Sadakhlo border crossing\n\n"
    "09:10 Georgia's border police say 450 lorries are queuing on the Armenian side of the Sadakhlo "
    "crossing after a computer failure overnight.\n\n"
    "11:40 The system is back. Armenia's state revenue committee says 300 lorries are still waiting.\n\n"
    "15:25 Armenia's state revenue committee now says 80 lorries remain in the queue, and expects it to "
    "clear by evening.\n\n"
    "18:00 Georgian border police: the queue has cleared.\n"
)

_QUEUE_ONE_ENTRY = (
    "Live: queue at the Sadakhlo border crossing\n\n"
    "09:10 Georgia's border police say 450 lorries are queuing on the Armenian side of the Sadakhlo "
    "crossing after a computer failure overnight. Armenia's state revenue committee says 80 lorries are "
    "waiting there.\n\n"
    "18:00 Georgian border police: the queue has cleared.\n"
)

_FLOOD = (
    "FLOOD BULLETIN No. 4\n\n"
    "Ecuador's risk management secretariat reports that 1,300 people have left their homes in the "
    "province of Loja after the Catamayo river burst its banks.\n"
    "Peru's civil defence institute reports that 540 people have left their homes in the region of "
    "Tumbes, downstream.\n"
    "Both agencies say the water is still rising. Next bulletin at 18:00.\n"
)

_FLOOD_ONE_PLACE = (
    "FLOOD BULLETIN No. 4\n\n"
    "Ecuador's risk management secretariat reports that 1,300 people have left their homes in the "
    "province of Loja after the Catamayo river burst its banks.\n"
    "Peru's civil defence institute reports that 540 people have left their homes in the province of "
    "Loja.\n"
    "Both agencies say the water is still rising. Next bulletin at 18:00.\n"
)

_FIRES = (
    "ANCHOR: Two fires in two days on the Mekong border.\n"
    "REPORTER: On Tuesday a fire destroyed forty stalls at the market in Chau Doc, Vietnam's fire police "
    "say. On Wednesday a second fire broke out at a warehouse in the Cambodian town of Kaam Samnor, "
    "Cambodian officials said, and no stalls were damaged there. Officials on both sides said the two "
    "fires were not linked.\n"
)

_FIRES_ONE_DAY = (
    "ANCHOR: A fire on the Mekong border.\n"
    "REPORTER: On Tuesday a fire destroyed forty stalls at the market in Chau Doc, Vietnam's fire police "
    "say. Cambodian officials said on Wednesday that on Tuesday no stalls were damaged at the market in "
    "Chau Doc.\n"
)


def _kinds(a: Analysis) -> list[str]:
    return [c.kind for c in a.conflicts]


def test_a_count_in_two_live_blog_entries_is_two_moments(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" not in _kinds(analyze(_QUEUE, "2026-11-20"))


def test_two_figures_in_one_live_blog_entry_still_conflict(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" in _kinds(analyze(_QUEUE_ONE_ENTRY, "2026-11-20"))


def test_a_count_in_the_province_of_a_name_is_set_in_a_place(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" not in _kinds(analyze(_FLOOD, "2026-11-20"))


def test_two_counts_in_one_province_still_conflict(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" in _kinds(analyze(_FLOOD_ONE_PLACE, "2026-11-20"))


def test_acts_told_in_sentences_of_two_days_are_two_acts(analyze: Callable[..., Analysis]) -> None:
    assert "existence" not in _kinds(analyze(_FIRES, "2026-11-20"))


def test_an_act_told_and_denied_of_one_day_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    assert "existence" in _kinds(analyze(_FIRES_ONE_DAY, "2026-11-20"))


_HOMES = (
    "KHOROG (Wire) - Floods in the mountains destroyed 70 homes, officials said on Friday. Tajikistan's emergency "
    "committee said 50 homes were destroyed on the Tajik side of the river. Afghanistan's disaster authority said 20 "
    "homes were destroyed in Darwaz district.\n"
)

_HOMES_ONE_SIDE = (
    "DUSHANBE (Wire) - An earthquake in the Pamir mountains destroyed houses, officials said on Thursday. "
    "Tajikistan's emergency committee said 95 houses were destroyed on the Tajik side. Afghanistan's disaster "
    "authority said 45 houses were destroyed on the Tajik side.\n"
)

_FERRY = (
    "BOGOTA (Wire) - A ferry sank on the Orinoco near Puerto Carreno on Sunday. Colombia's navy said an overloaded "
    "deck caused the sinking, and Venezuela's river authority agreed that the boat had been overloaded.\n"
    "A Venezuelan fuel company said it was not responsible for the accident. No one had suggested otherwise.\n"
)

_BARGE = (
    "MANAUS (Wire) - A barge capsized on the Rio Negro on Monday. Brazil's navy said a sudden squall caused the "
    "capsizing, and Colombia's river authority agreed. A Colombian shipping firm said it bore no responsibility for "
    "the accident.\n"
)

_FERRY_DENIED = (
    "BOGOTA (Wire) - A ferry sank on the Orinoco near Puerto Carreno on Sunday. Colombia's navy said an overloaded "
    "deck caused the sinking. A Venezuelan fuel company said the sinking was not an accident.\n"
)


def test_a_count_on_the_tellers_own_side_and_one_in_a_named_place_are_two_places(
        analyze: Callable[..., Analysis]) -> None:
    assert "quantity" not in _kinds(analyze(_HOMES, "2026-11-20"))


def test_two_counts_on_one_side_still_conflict(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" in _kinds(analyze(_HOMES_ONE_SIDE, "2026-11-20"))


def _denied_causes(a: Analysis) -> list[str]:
    return [c.predicate for c in a.claims if c.kind == "cause" and c.predicate != "responsible"
            and c.polarity == "negated"]


def test_responsibility_denied_for_an_accident_denies_no_cause(analyze: Callable[..., Analysis]) -> None:
    ferry = analyze(_FERRY, "2026-11-20")
    assert "cause" not in _kinds(ferry)
    assert not _denied_causes(ferry)
    barge = analyze(_BARGE, "2026-11-20")
    assert not _denied_causes(barge)
    assert any(c.predicate == "responsible" and c.polarity == "negated" for c in barge.claims)


def test_a_cause_class_denied_in_its_own_words_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_FERRY_DENIED, "2026-11-20")
    assert _denied_causes(a)
    assert "cause" in _kinds(a)

"""False alarms on agreeing articles, by class (issue 14, stop 43, helper fa43).

Each class is removed where it arises, with a near article that keeps its real conflict:

- a count set in a place by the words after the name, whatever type the NER gave it: a unit noun ("in Lolo and Vaka
  districts combined") or a "where" clause of the place ("around Koya, where the council reports ..."); so it and a
  count set in another place count two places;
- a count told over several places at once ("across the three areas listed above") is a total: a count set in one
  of the places, no larger than it, is a part of it, not a second figure (a part above the total still conflicts);
- a cause word that is the subject of a link verb with an adjective ("flooding is worst around the town") tells the
  thing's degree, not the cause of anything (``extract/claims/predicates.py``);
- "found no other boats", "no further shells": things besides the one told of, not a denial that it was there
  (``extract/claims/absence.py``);
- a thing told of times gone by as a habit ("in past years long queues were cleared by sending extra barges") is not
  the thing another side says it did not see this time (``extract/claims/absence.py``).

And one wrong side of a right conflict: "its spokesman, X" right after a sentence whose subject is a state body of
one country ("Chad's customs directorate gave a much lower number.") speaks for that country
(``extract/actors/sides.py``).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_HEADER = (
    "FLOOD SITUATION REPORT No. 2\n"
    "Issued by Mozambique's National Institute for Disaster Risk Management, Maputo, 14 March 2027\n\n"
)

_DISTRICTS = _HEADER + (
    "Nhamatanda. A dyke near Tica gave way on Mar 9. The Sofala provincial administration reports about 14,000 people "
    "displaced in Nhamatanda district.\n\n"
    "Buzi. The water is lower around Guara-Guara, where the Mbaluze local council reports some 4,300 people "
    "displaced.\n\n"
    "Gondola. The Chiwawa area committee reports about 2,600 people displaced in Bandula and Matsinho districts "
    "together.\n\n"
    "Overall. Across the three areas above, some 20,900 people are displaced.\n"
)

_ONE_DISTRICT = _HEADER + (
    "Nhamatanda. The Sofala provincial administration reports about 14,000 people displaced in Nhamatanda district. "
    "The Mbaluze local council reports some 4,300 people displaced in Nhamatanda district.\n"
)

_TOTAL_BELOW_PART = _HEADER + (
    "Nhamatanda. The Sofala provincial administration reports about 14,000 people displaced in Nhamatanda "
    "district.\n\n"
    "Overall. Across the three areas above, the Mbaluze local council reports about 3,900 people displaced.\n"
)

_DAM = (
    "MONROVIA (Wire) - A dam on the St. John river gave way on Sunday night, flooding farms in Nimba county. "
    "Liberia's public works ministry said sabotage had caused the dam to fail. Flooding is worst around Ganta, "
    "where hundreds of fields are under water.\n"
)

_DAM_TWO_CAUSES = (
    "MONROVIA (Wire) - A dam on the St. John river gave way on Sunday night, flooding farms in Nimba county. "
    "Liberia's public works ministry said sabotage had caused the dam to fail. Guinea's water authority said heavy "
    "rain had caused the failure.\n"
)

_BOAT = (
    "PORT LOUIS, Mauritius, Feb 3 - A fishing boat went down off Agalega on Sunday and its seven crew were picked "
    "up, Mauritius's coast guard said. The boat had sailed from Durban on Jan 26, according to its owner, "
    "Imvula Shipping of Richards Bay. \"We stayed out until dawn and found no other boats in trouble,\" said "
    "Commander Anil Ramgoolam of the coast guard.\n"
)

_BOAT_DENIED = (
    "PORT LOUIS, Mauritius, Feb 3 - A fishing boat went down off Agalega on Sunday and its seven crew were picked "
    "up, Mauritius's coast guard said. The boat had sailed from Durban on Jan 26, according to its owner, "
    "Imvula Shipping of Richards Bay. \"No boat sailed from Durban for Agalega that week,\" said Commander Anil "
    "Ramgoolam of the coast guard.\n"
)

def _kinds(a: Analysis) -> list[str]:
    return [c.kind for c in a.conflicts]


def test_counts_of_districts_and_their_total_are_no_dispute(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" not in _kinds(analyze(_DISTRICTS, "2027-03-14"))


def test_two_counts_of_one_district_still_conflict(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" in _kinds(analyze(_ONE_DISTRICT, "2027-03-14"))


def test_a_total_below_one_of_its_parts_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    assert "quantity" in _kinds(analyze(_TOTAL_BELOW_PART, "2027-03-14"))


def test_a_cause_word_described_by_an_adjective_names_no_cause(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_DAM, "2027-03-14")
    assert "cause" not in _kinds(a)
    assert not [c for c in a.claims if c.kind == "cause" and c.claimant is None]


def test_two_sides_naming_two_causes_still_conflict(analyze: Callable[..., Analysis]) -> None:
    assert "cause" in _kinds(analyze(_DAM_TWO_CAUSES, "2027-03-14"))


def test_no_other_boats_denies_no_boat_told_of(analyze: Callable[..., Analysis]) -> None:
    assert "existence" not in _kinds(analyze(_BOAT, "2027-02-03"))


def test_no_boat_at_all_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    assert "existence" in _kinds(analyze(_BOAT_DENIED, "2027-02-03"))


_BARGES = (
    "DAKAR (Wire) - Lorries waited for two days at the Rosso ferry this week. Truck drivers in Rosso say that in past "
    "years long queues were cleared by sending extra barges. Senegalese drivers waiting on Monday said they had seen "
    "no extra barges.\n"
)

_BARGES_THIS_WEEK = (
    "DAKAR (Wire) - Lorries waited for two days at the Rosso ferry this week. The ferry company cleared the queue "
    "on Monday by sending extra barges, a Mauritanian official said. Senegalese drivers waiting on Monday said "
    "they had seen no extra barges.\n"
)


def test_a_thing_of_past_years_is_not_denied_by_no_such_thing_now(analyze: Callable[..., Analysis]) -> None:
    assert "existence" not in _kinds(analyze(_BARGES, "2026-11-16"))


def test_a_thing_of_the_day_told_and_denied_still_conflicts(analyze: Callable[..., Analysis]) -> None:
    assert "existence" in _kinds(analyze(_BARGES_THIS_WEEK, "2026-11-16"))


_TRUCKS = (
    "YAOUNDE, Nov 12 - A new weighing rule on the Chadian side has left cotton trucks backed up at the Kousseri "
    "bridge. Cameroon's transport ministry said more than 300 trucks were queuing at the bridge on Tuesday, some "
    "for a fifth day.\n\n"
    "Chad's customs directorate gave a much lower number. Its spokesman, Idriss Mahamat Abakar, told state radio "
    "that at most 45 trucks were waiting at the bridge on Tuesday.\n"
)


def test_its_spokesman_after_a_state_body_speaks_for_its_country(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TRUCKS, "2026-11-12")
    countries = {e.id: e.country for e in a.entities}
    sides = [{countries.get(s.actor or "") for s in c.sides} for c in a.conflicts if c.kind == "quantity"]
    assert {"CMR", "TCD"} in sides

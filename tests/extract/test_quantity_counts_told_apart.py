"""One count told by two sides in different words (issue 14, helper quantity38, stop 38).

- A body that checked its data and "found no more than 50 trawlers" counts them as one whose aircraft "counted at
  least 400" does (quantities ``record_verbs``: find), and a count of those at a place ("counted 340 hotspots
  there", "registered 900 people here") is the same count as one told by counting alone (claims
  ``count_act_families``: counted, present, given).
- A figure after a colon that gives the level of a reference noun ("puts its number in writing: 300,000 people")
  is a count of its noun, as "counted" tells one.
- The length of a queue in a unit of length ("the line of lorries stretched for at least 25 kilometres", "putting
  the tailback at no more than three kilometres") is a count (class ``queue_length``); a participle's figure is
  the figure of the subject of the verb it hangs on ("the agency disputed the figure, putting ..."). Any other
  distance stays a measure, never compared.
- A record owned by a body ("the ministry's weekly bulletin lists 160 foreign nationals removed") gives that
  body's count; people "removed" across a border are sent back (``deported``).
- "several hundred thousand" is hundreds of thousands, not "several hundred" and a "thousand".

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _counts(a: Analysis, figure: float) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(c.predicate, names.get(c.claimant) if c.claimant else None) for c in a.claims
            if c.kind == "quantity" and c.value is not None and figure in (c.value.low, c.value.high)]


def _quantity_conflicts(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_a_count_found_in_data_meets_a_count_counted(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Norway's coast guard said its patrol aircraft counted at least 400 Russian trawlers inside Norway's "
                "waters on Sunday. Russia's foreign ministry said on Monday that its own satellite data had found no "
                "more than 50 Russian trawlers near the line that day.")
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.claimant, c.arguments) for c in a.claims]


def test_a_count_of_those_there_meets_a_count_given_after_a_colon(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Our fisheries department counted 260 fires there on Sunday, the Finnish minister said. Estonia's "
                "forestry agency published its own count for Sunday: 30 fires in the whole county.")
    assert [p for p, _ in _counts(a, 30.0)] == ["count:fire:counted"], [(c.predicate, c.value) for c in a.claims]
    assert [p for p, _ in _counts(a, 260.0)] == ["count:fire:present"]


def test_a_number_given_after_a_colon_is_a_count(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The Chilean police estimate 20,000 people in and around the central square, a police statement "
                "said. The Unitary Workers' Confederation later puts its number in writing: 300,000 people between "
                "the station and the square.")
    assert _counts(a, 300000.0) == [("count:people:counted", "Unitary Workers' Confederation")], a.claims


def test_two_lengths_of_one_queue_are_compared(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Hungary's border police said on Monday the line of trucks queuing at the Nadlac crossing stretched "
                "for at least 25 kilometres. Serbia's highway authority rejected that number, putting the "
                "tailback at under three kilometres.")
    assert [p for p, _ in _counts(a, 3.0)] == ["queue_length"], [(c.predicate, c.value) for c in a.claims]
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.claimant) for c in a.claims]


def test_other_distances_stay_measures(analyze: Callable[..., Analysis]) -> None:
    # guard: a slick's length and a village's distance are no queue
    a = analyze("The rescue team said the slick stretched for at least six kilometres downstream. A Danish "
                "official said the village lies 12 kilometres north of the port.")
    assert "queue_length" not in [c.predicate for c in a.claims if c.kind == "quantity"]


def test_a_bodys_record_gives_its_count_of_people_removed(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Ecuador's migration agency says 1,300 Ecuadorian citizens were expelled from Peru through the "
                "Huaquillas bridge last week. The Peruvian interior ministry's weekly bulletin lists 160 foreign "
                "nationals removed through the Huaquillas bridge over the same week.")
    assert _counts(a, 160.0) == [("deported", "Peruvian interior ministry")], a.claims


def test_things_removed_are_no_people_sent_back(analyze: Callable[..., Analysis]) -> None:
    # guard: rubble cleared is no count of the deported
    a = analyze("Crews removed 40 tonnes of rubble from the square, the city council said.")
    assert "deported" not in [p for p, _ in _counts(a, 40.0)]


def test_several_hundred_thousand(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Peru hosts several hundred thousand Venezuelans without valid residence documents, according to "
                "government estimates.")
    values = [(c.value.low, c.value.high) for c in a.claims if c.kind == "quantity" and c.value is not None]
    assert (300000.0, 900000.0) in values and (1000.0, 1000.0) not in values, values


def test_a_count_of_our_body_is_the_speakers(analyze: Callable[..., Analysis]) -> None:
    a = analyze('"Our Department of Fisheries counted 75 fishing boats there on Friday," Ghana\'s fisheries minister, '
                "Ama Mensah, said.")
    assert [who for _, who in _counts(a, 75.0)] == ["Ama Mensah"], [(c.predicate, c.claimant) for c in a.claims]


def test_a_count_updated_after_a_colon_keeps_its_verb(analyze: Callable[..., Analysis]) -> None:
    # guard: "updated its count: 310 stalls have been destroyed" tells what befell the stalls, a revision of the
    # destroyed stalls told before
    a = analyze("The city fire department says about 90 stalls have burned. Later the fire department updated its "
                "count: 250 stalls have now been destroyed, it says.")
    assert [p for p, _ in _counts(a, 250.0)] == [p for p, _ in _counts(a, 90.0)], a.claims


def test_a_count_spoken_of_takes_the_act_told_of_it(analyze: Callable[..., Analysis]) -> None:
    # "spoke of 4,000 families expelled": the families were expelled; the speaker told it, and did not do it
    a = analyze("At a rally in Tamale on Sunday, Ghana's interior minister spoke of 4,000 families expelled from the "
                "border villages. Togo's government spoke of 900 families expelled from the border villages.")
    assert [p for p, _ in _counts(a, 4000.0)] == ["count:family:expel"], [(c.predicate, c.arguments) for c in a.claims]
    assert len(_quantity_conflicts(a)) == 1, [(c.predicate, c.arguments) for c in a.claims]

"""Who a claim belongs to (stop 41, claims41; issue 14).

- a body named with its own name in apposition ("the Romanian water authority, Apele Romane, dismissed the Hungarian
  figure") denies the figure itself, though the NER reads the name as a person of no country;
- a demonym the wires give one of two states ("Congolese") names the other where the story names that other state
  alone (its name, capital or a body of its) and never the first: the speakers it codes are of that state.

Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _countries(analysis: Analysis, name: str) -> set[str | None]:
    return {e.country for e in analysis.entities if name in e.name}


def test_a_body_named_in_apposition_denies_the_count(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Hungarian disaster agency said 40 tonnes of dead carp were gathered from the Tisza banks "
                       "since Monday. The Romanian water authority, Apele Romane, dismissed the Hungarian figure as "
                       "inflated. Its spokesman, Ion Popa, said about five tonnes had been gathered on the same "
                       "stretch.")
    names = {e.id: e.name for e in analysis.entities}
    denials = [c for c in analysis.claims if c.kind == "quantity" and c.polarity == "negated"]
    assert [names.get(c.claimant or "") for c in denials] == ["Romanian water authority"]


def test_a_yielding_demonym_names_the_state_the_story_names(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Tar balls covered beaches in southern Gabon this week. Gabon's environment ministry blamed an "
                       "oil terminal across the border in the Republic of the Congo for the spill. The Congolese "
                       "oil minister, Jean Mokoko, said in Brazzaville that the oil came from a passing tanker. "
                       "Congolese fishermen say their nets are clean.")
    assert _countries(analysis, "Jean Mokoko") == {"COG"}
    assert _countries(analysis, "Congolese fishermen") == {"COG"}


def test_a_yielding_demonym_keeps_the_wires_state_otherwise(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Angola said on Monday that Congolese soldiers had crossed the border near Luvo. The "
                       "Congolese defence minister, Paul Mbemba, said in Kinshasa that no soldier had left his post.")
    assert _countries(analysis, "Congolese soldiers") == {"COD"}
    # a story that names no Congo at all keeps the wires' reading
    analysis = analyze("Tar balls covered beaches in southern Gabon this week. The Congolese oil minister, Jean "
                       "Mokoko, said the oil came from a passing tanker.")
    assert _countries(analysis, "Jean Mokoko") == {"COD"}

"""Claims extraction: a table of sentences and the claims they must (and must not) yield.

Each row runs the whole pipeline; a claim is picked by kind, predicate and polarity and then its
claimant, agent and ``about`` words are checked by name, so a row fails if any of them is wrong. The
rows under ``NONE`` must yield no actual claim of the given kind (and polarity, where given).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.models import Claim
from newsledger.schema import validate

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


@dataclass(frozen=True)
class Want:
    """One expected claim: ``claimant`` and ``agent`` are entity names (None: the outlet / no agent)."""

    text: str
    kind: str
    predicate: str
    polarity: str = "asserted"
    claimant: str | None = None
    agent: str | None = None
    about: str | None = None  # words the claim's ``about`` must contain
    modality: str = "actual"


def _find(analysis: Analysis, want: Want) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == want.kind and c.predicate == want.predicate
            and c.polarity == want.polarity]


WANTS = [
    # ---- event claims: the events, by their reporter or the outlet ----
    # the agent is Peru's army (an entity of its own, coded PER and MIL since the actors lists of stop 23)
    Want("The army of Peru crossed the border into Chile on Monday, officials in Santiago said.",
         "event", "ASSAULT", claimant="officials", agent="army"),
    Want("Brazilian troops shelled a village near the frontier on Sunday.", "event", "ASSAULT",
         claimant=None, agent="Brazilian"),
    # ---- denials of existence without a denial verb on the event ----
    Want("Defence Minister Ana Sorel said that no crossing occurred.", "event", "ASSAULT", "negated",
         claimant="Ana Sorel", about="crossing"),
    Want("Peru's defence ministry said the strike never took place.", "event", "ASSAULT", "negated",
         claimant="Peru's defence ministry", about="strike"),
    Want("There was no incursion into Bolivian territory, the Chilean army said.", "event", "ASSAULT", "negated",
         claimant="the Chilean army", about="incursion"),
    Want("Officials in Quito said reports of a visit by the envoy were fabricated.", "event", "CONSULT",
         "negated", claimant="Officials", about="visit"),
    Want("Colombia's army shelled the town on Monday. Ecuador's president Rafael Mora said that nothing "
         "of the kind happened.", "event", "ASSAULT", "negated", claimant="Rafael Mora", agent="Colombia",
         about="nothing of the kind"),
    # ---- cause ----
    Want("Police said the blast at the depot was caused by a technical fault.", "cause", "technical fault",
         claimant="Police", about="blast at the depot"),
    Want("Officials in Lima said the explosion at the refinery was sabotage.", "cause", "sabotage",
         claimant="Officials", about="explosion at the refinery"),
    Want("The fire was not deliberate, fire chief Tom Hale said.", "cause", "deliberate attack", "negated",
         claimant="Tom Hale", about="fire"),
    Want("According to the regional governor Maria Quispe, the crash was an accident.", "cause", "accident",
         claimant="Maria Quispe", about="crash"),
    Want("The warehouse fire was the result of faulty wiring, Bergen police said.", "cause",
         "electrical fire", claimant="Bergen police", about="fire"),
    # a pronoun for the incident named just before
    Want("A gas explosion tore through a block of flats in Lyon. \"This was sabotage,\" the owner, Marc Dubois, "
         "said.", "cause", "sabotage", claimant="Marc Dubois", about="explosion"),
    Want("A fire swept through a textile mill overnight. The owner, Kiran Shah, said it was an accident.",
         "cause", "accident", claimant="Kiran Shah", about="fire"),
    Want("The engineer Lars Berg said corrosion caused the collapse of the bridge.", "cause", "technical fault",
         claimant="Lars Berg", about="collapse"),
    # a verb of blaming with the cause as its object: the claimant is the one who blames
    Want("A fire gutted a warehouse in Porto on Friday. The owner, Rui Costa, blamed faulty wiring.", "cause",
         "electrical fire", claimant="Rui Costa", about="fire"),
    Want("Police chief Ana Silva blamed the blaze on arsonists.", "cause", "arson", claimant="Ana Silva",
         about="blaze"),
    Want("The union leader Joao Reis blamed saboteurs for the derailment.", "cause", "sabotage",
         claimant="Joao Reis", about="derailment"),
    # ---- responsibility ----
    Want("The rebels did not carry out the attack, their spokesman Juan Ruiz told reporters.", "cause",
         "responsible", "negated", claimant="rebels", agent="rebels", about="attack"),  # their spokesman
    Want("The Kenyan army said the Red Hand militia was behind the ambush.", "cause", "responsible",
         claimant="Kenyan army", agent="Red Hand", about="ambush"),
    Want("Bolivia had nothing to do with the shooting, its foreign minister Rosa Vidal said.", "cause",
         "responsible", "negated", claimant="Rosa Vidal", agent="Bolivia", about="shooting"),
    Want("The Red Hand militia claimed responsibility for the bombing.", "cause", "responsible",
         claimant=None, agent="Red Hand", about="bombing"),
    Want("Venezuela had no role in the ambush, its interior minister Diosdado Cabello said.", "cause", "responsible",
         "negated", claimant="Diosdado Cabello", agent="Venezuela", about="ambush"),
    Want("Hamas was not involved in the shooting, the group's spokesman Fawzi Barhoum said.", "cause",
         "responsible", "negated", claimant="Fawzi Barhoum", agent="Hamas", about="shooting"),
    Want("Ecuador played a key role in the raid, Colombian police chief Jorge Nieto said.", "cause",
         "responsible", claimant="Jorge Nieto", agent="Ecuador", about="raid"),
    Want("Peru blamed Chile for the attack on the border post.", "cause", "responsible", claimant="Peru",
         agent="Chile", about="attack"),
    Want("Greece accused Turkey of carrying out the raid.", "cause", "responsible", claimant="Greece",
         agent="Turkey", about="raid"),
    # ---- status ----
    Want("Chile's foreign ministry said the strikes were illegal under international law.", "status", "unlawful",
         claimant="Chile's foreign ministry", about="strikes"),
    Want("The opposition party said the vote was rigged.", "status", "unfair",
         claimant="opposition party", about="vote"),
    Want("Monitors from the African Union said the election was free and fair.", "status", "free and fair",
         claimant="African Union", about="election"),
    Want("UN experts described the settlement expansion as a violation of international law.", "status", "unlawful",
         claimant="UN", about="settlement expansion"),
    Want("The Kenyan government said the raid amounted to a war crime.", "status", "war crime",
         claimant="Kenyan government", about="raid"),
    Want("Peru denied that the strikes were disproportionate.", "status", "disproportionate", "negated",
         claimant="Peru", about="strikes"),
    Want("The blockade is not legitimate, said Uruguay's president Pablo Ortiz.", "status", "legitimate",
         "negated", claimant="Pablo Ortiz", about="blockade"),
    # breaking the law, the law named as the verb's object, is the finding against a lawful act
    Want("Chilean officials said the strikes violate international law.", "status", "unlawful",
         claimant="Chilean", about="strikes"),
    Want("Chilean officials said the strikes violate the truce.", "status", "violation",
         claimant="Chilean", about="strikes"),
    Want("The electoral commission rejected claims that the ballot was rigged.", "status", "unfair", "negated",
         claimant="electoral commission", about="ballot"),
    Want("The opposition leader Maria Lopez said the runoff was neither free nor fair.", "status",
         "unfair", claimant="Maria Lopez", about="runoff"),
    Want("Opposition leader Nelson Chamisa said the count was marred by fraud.", "status", "unfair",
         claimant="Nelson Chamisa", about="count"),
    Want("The new levy is unconstitutional, the Kenyan opposition leader Raila Odinga said.", "status", "unlawful",
         claimant="Raila Odinga", about="levy"),
    # ---- acceptance ----
    Want("Paraguay has never agreed to any amnesty, its justice minister Rosa Vera said.", "acceptance",
         "accepted", "negated", claimant="Rosa Vera", agent="Paraguay", about="amnesty"),
    Want("Peru said yes to the extension, the Chilean foreign ministry said.", "acceptance", "accepted",
         claimant="Chilean foreign ministry", agent="Peru", about="extension"),
    Want("\"We never agreed to anything of the sort,\" said Bolivian President Luis Arce.", "acceptance",
         "accepted", "negated", claimant="Luis Arce", agent="Luis Arce", about="anything of the sort"),
    Want("Argentina accepted the timetable on Tuesday.", "acceptance", "accepted", claimant=None,
         agent="Argentina", about="timetable"),
    Want("Chile rejected the prisoner exchange, the Peruvian foreign minister Ana Rojas said.", "acceptance",
         "accepted", "negated", claimant="Ana Rojas", agent="Chile", about="prisoner exchange"),
    Want("Uruguay did not accept the proposal, a spokesman for Uruguay's foreign ministry said.", "acceptance",
         "accepted", "negated", claimant="Uruguay", agent="Uruguay", about="proposal"),
    Want("Paraguay will accept the ruling, its president Santiago Pena said.", "acceptance", "accepted",
         claimant="Santiago Pena", agent="Paraguay", about="ruling", modality="future"),
    # ---- characterisation ----
    Want("Ecuador signed a security pact with Peru on Friday, but Peru's president called it a memorandum.",
         "characterisation", "memorandum", claimant="Peru"),
    # ---- modality ----
    Want("If the vote was rigged, the court in Lima will annul it.", "status", "unfair",
         about="vote", modality="hypothetical"),
    Want("Was the blockade legal?", "status", "lawful", about="blockade", modality="hypothetical"),
]


@pytest.mark.parametrize("want", WANTS, ids=[w.text[:48] for w in WANTS])
def test_sentence_yields_claim(analyze: Callable[..., Analysis], want: Want) -> None:
    analysis = analyze(want.text)
    found = _find(analysis, want)
    assert found, f"no {want.kind} {want.predicate} {want.polarity} in {[c.to_dict() for c in analysis.claims]}"
    claim = found[0]
    claimant = _name(analysis, claim.claimant)
    if want.claimant is None:
        assert claim.claimant is None
    else:
        assert claimant is not None and (want.claimant in claimant or claimant in want.claimant), claimant
    if want.agent is not None:
        agent = _name(analysis, claim.argument("agent"))
        assert agent is not None and (want.agent in agent or agent in want.agent), agent
    if want.about is not None:
        assert claim.about is not None and want.about in claim.about.text
    assert claim.modality == want.modality
    assert analysis.document.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    validate(analysis.to_dict())


NONE = [
    ("It was an accident, the mayor of Lima said.", "cause", None),  # no incident named
    ("The delay was caused by heat, the airline said.", "cause", None),  # a delay is not an incident
    ("The illegal strikes continued for a week.", "status", None),  # attributive: nobody asserts it here
    ("The car was stolen from a street in Quito.", "status", None),
    ("The rebels agreed to meet in Geneva.", "acceptance", None),  # no thing accepted
    ("The company accepted responsibility for the blast.", "acceptance", None),  # responsibility, not acceptance
    ("Reports of a visit by the envoy were confirmed by officials in Lima.", "event", "negated"),
    ("The attack took place on Monday near the border.", "event", "negated"),  # no event coded, nothing denied
    ("\"The vote was rigged,\" someone shouted from the crowd.", "status", None),  # no resolved speaker
    ("The crash site was cleared on Monday, police in Lima said.", "cause", None),
    ("Apple began accepting orders for the new laptop on Wednesday.", "acceptance", None),  # not a proposal
    ("The minister rejected the claim on Tuesday.", "acceptance", None),
    ("The singer will be honoured at a gala in Paris.", "status", None),  # a person, not a judged act
    ("The criticism was fair, the senator from Ohio said.", "status", None),  # "fair" alone judges no vote
    ("The firm is the subject of an inquiry into violations of the law.", "status", None),
    ("Nobody knows whether the blast was sabotage.", "cause", None),  # an open question
    # a pronoun with no incident noun close before it, or only a cause word before it
    ("The meeting in Lima ran late. It was an accident, the mayor of Lima said.", "cause", None),
    ("A storm hit the coast in May. The port reopened in June. Ships returned in July. It was sabotage, "
     "a union leader in Lima said.", "cause", None),
    ("\"It was no accident,\" the mayor of Lima said.", "cause", None),
    ("Voters in Lima blamed the heat for the delays.", "cause", None),  # a delay is no incident
    ("Peru accused Chile of lying about the attack.", "cause", None),  # lying about it is not doing it
    ("Juan Ruiz played a role in the talks in Lima.", "cause", None),  # talks are no incident
    ("A constitutional crisis gripped Lima after the vote, officials said.", "status", None),  # attributive
]


@pytest.mark.parametrize(("text", "kind", "polarity"), NONE, ids=[t[:48] for t, _, _ in NONE])
def test_sentence_yields_no_claim(analyze: Callable[..., Analysis], text: str, kind: str,
                                  polarity: str | None) -> None:
    analysis = analyze(text)
    actual = [c.to_dict() for c in analysis.claims if c.kind == kind and c.modality == "actual"
              and polarity in (None, c.polarity)]
    assert actual == []


def test_ids_are_in_text_order(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Officials in Lima said the explosion at the refinery was sabotage. The fire was not "
                       "deliberate, fire chief Tom Hale said. Argentina accepted the timetable on Tuesday.")
    ids = [c.id for c in analysis.claims]
    assert ids == [f"k{n}" for n in range(1, len(ids) + 1)]
    starts = [c.evidence.start for c in analysis.claims]
    assert starts == sorted(starts) and len(ids) >= 3


@pytest.mark.parametrize(("text", "agents"), [
    ("Kenya and Uganda have both agreed to the truce, mediators in Addis Ababa said.", {"Kenya", "Uganda"}),
    ("Bolivia and Chile rejected the proposal on Monday.", {"Bolivia", "Chile"}),
    ("U.S. Customs and Border Protection did not accept the offer.", {"U.S. Customs and Border Protection"}),
])
def test_conjoined_agents_each_accept(analyze: Callable[..., Analysis], text: str, agents: set[str]) -> None:
    analysis = analyze(text)
    found = {_name(analysis, c.argument("agent")) for c in analysis.claims if c.kind == "acceptance"}
    assert found == agents

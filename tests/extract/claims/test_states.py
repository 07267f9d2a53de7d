"""States of a thing (extract/claims/states.py): two sides giving one subject opposed states in a copular or
resultative clause ("is open again" / "remains closed", "has been revoked" / "is still in effect", "remains
chairman" / "had been removed as chairman") disagree about one status. Texts written for these tests."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.lexicon import Lexicon
from newsledger.lexicon.claims import load_claim_vocabulary
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status

DAY = dt.date(2031, 3, 14)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _said(a: Analysis) -> set[tuple[str, str]]:
    """The status claims as propositions: an opposite's name read as its predicate denied ("closed" asserted is
    "open" denied)."""
    vocab = load_claim_vocabulary()
    return {vocab.positive(c.predicate, c.polarity) for c in a.claims if c.kind == "status"}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Kenya's transport ministry said the Namanga border post is open again to lorries. The Namanga border post "
     "remains closed, Tanzania's interior ministry said on Tuesday.", "open"),
    ("Sahel Gold said its mining licence is still in effect. Mali's mines ministry said the mining licence has been "
     "revoked.", "valid"),
    ("Hungary's health ministry said the water in the Tisza river is safe to drink. Romania's environment agency "
     "said the Tisza river water is contaminated.", "safe"),
    ("The plant's operator, Energoatom, said the main cooling pump is fully operational. Ukraine's energy ministry "
     "said the main cooling pump is out of service.", "operational"),
    ("The party's executive committee said on Monday that Emeka Okafor had been removed as chairman. Emeka Okafor "
     "remains the chairman of the party, his spokesman Tunde Bello said.", "office"),
    ("Bolivia's electoral court said the Alianza Verde party is banned from the vote. \"We are a registered party "
     "and our candidates will run,\" said Marta Quispe, who leads it.", "registered"),
    # a present perfect of a state, against a state after a verb of being
    ("Thailand's army said the ceasefire along the border is holding. \"The ceasefire has collapsed,\" Cambodia's "
     "defence ministry said on Monday.", "intact"),
    ("Ethiopia's trade ministry said the Metema crossing has reopened. \"The Metema crossing is shut,\" Sudan's "
     "Gedaref state governor, Ahmed Tayeb, said.", "open"),
])
def test_opposed_states_of_one_subject_are_a_status_conflict(text: str, predicate: str) -> None:
    a = _run(text)
    assert _status(a)
    assert {(predicate, "asserted"), (predicate, "negated")} <= _said(a)


@pytest.mark.parametrize("text", [
    # two sides giving one state
    ("Kenya's transport ministry said the Namanga border post is closed to lorries. The Namanga border post "
     "remains closed, Tanzania's interior ministry said on Tuesday."),
    # two subjects of one noun told apart by other words
    ("The northern crossing is open, Ethiopia's trade ministry said. The southern crossing at Humera remains "
     "closed, Sudan's foreign ministry said."),
    # a past state the outlet tells is history, not a claim against today's state
    ("The Namanga border post was closed for three weeks in January. Kenya's transport ministry said on Tuesday "
     "that the Namanga border post is open again."),
    # a forecast is no state
    ("Kenya's transport ministry said the Namanga border post is open. Tanzania's interior ministry said the "
     "Namanga border post will be closed next month."),
    # an interview's answer line no statement holds is not the outlet's word
    ("Senegal's fisheries ministry says two Spanish trawlers are fishing inside its waters.\n"
     "Q: The ministry says your boats are unlicensed. Is that right?\n"
     "A: Both boats are licensed until December."),
])
def test_no_status_conflict_without_opposed_present_states(text: str) -> None:
    assert not _status(_run(text))


@pytest.mark.parametrize(("text", "predicate"), [
    ("Lusa Freight said on Monday that Ana Duarte is no longer its chief executive.", "office"),
    ("Lusa Freight said on Monday that the Porto warehouse is no longer operational.", "operational"),
])
def test_no_longer_denies_the_state(text: str, predicate: str) -> None:
    a = _run(text)
    assert [(c.predicate, c.polarity) for c in a.claims if c.kind == "status"] == [(predicate, "negated")]


def test_the_state_table_is_broad_and_its_own() -> None:
    vocab = load_claim_vocabulary()
    entries = [e for es in vocab.state_phrases.values() for e in es]
    by_predicate: dict[str, list[int]] = {}
    for e in entries:
        by_predicate.setdefault(e.predicate, [0, 0])[e.polarity == "negated"] += 1
    pairs = sum(yes * no for yes, no in by_predicate.values())
    assert len(by_predicate) >= 30 and pairs >= 60
    status_words = {e.words for es in vocab.phrases.values() for e in es}
    assert not status_words & {e.words for e in entries}  # a word is read by one vocabulary only


@pytest.mark.parametrize("text", [
    # a fire under control still burns: "burning" is no answer to "under control"
    ("A warehouse fire is burning in the port of Mombasa's container yard. The fire is under control, the Kenya "
     "Ports Authority said on Tuesday."),
    # a live blog's entries tell one incident as it unfolds: the state at 04:10 and the state at 07:35 both held
    ("04:10 A fire is raging through the Kariakoo wholesale market in Dar es Salaam.\n"
     "05:20 Tanzania's fire and rescue force says around 90 shops have been destroyed.\n"
     "07:35 The blaze is now under control, the fire and rescue force says."),
])
def test_states_of_an_unfolding_incident_are_no_conflict(text: str) -> None:
    assert not _status(_run(text))


def test_two_sides_at_one_moment_still_disagree_about_a_fire() -> None:
    text = ("The fire at the Kariakoo market is still raging, traders' association chairman Saidi Mwinyi said. "
            "The fire is under control, Tanzania's fire and rescue force said.")
    a = _run(text)
    assert _status(a)


def test_a_state_on_a_live_blog_entry_takes_the_entry_time() -> None:
    a = _run("06:05 The border crossing at Rusumo is closed, Rwanda's interior ministry says.")
    times = {t.id: t.value for t in a.times}
    [claim] = [c for c in a.claims if c.kind == "status"]
    assert claim.time is not None and (times[claim.time] or "").endswith("T06:05")


def test_a_body_and_the_head_of_another_body_of_one_country_disagree() -> None:
    # "Its president" heads the college of doctors, not the state: two sides, not one government revising itself
    text = ("The Ministry of Health of Ecuador said the new clinic in Manta is safe. There is another view from the "
            "provincial college of doctors. Its president, Rosa Vera, said the clinic is unsafe.")
    assert _status(_run(text))


def test_a_standing_revoked_on_a_date_still_stands_against_remains_valid() -> None:
    # a licence revoked on Monday is still revoked: the act leaves the state standing
    text = ("Moldova's broadcasting council said the licence of TV Prut was revoked on Monday. TV Prut's director, "
            "Ion Rusu, said the licence remains valid until 2028.")
    a = _run(text)
    assert _status(a)
    assert ("valid", "negated") in _said(a)


def test_a_standing_said_to_hold_again_grants_the_earlier_act() -> None:
    # "valid again": the speaker grants the licence was revoked before; the revocation is history, not a dispute
    text = ("Moldova's broadcasting council said in March that the licence of TV Prut was revoked. On Tuesday, after a "
            "court ruling, the channel's director Ion Rusu said the licence is valid again.")
    assert not _status(_run(text))


def test_a_past_act_that_leaves_no_standing_is_no_state() -> None:
    a = _run("Police in Gori said 40 protesters were detained on Sunday. The interior ministry said the protesters "
             "were released.")
    assert not [c for c in a.claims if c.kind == "status"]


@pytest.mark.parametrize(("text", "polarity"), [
    ("The college's president, John Toe, said: \"This college holds full accreditation.\"", "asserted"),
    ("Moldova's broadcasting council said on Monday that TV Prut lost its licence.", "negated"),
    ("TV Prut's director, Ion Rusu, said the channel has a valid licence until 2028.", "asserted"),
])
def test_a_paper_of_standing_held_or_lost_is_a_state(text: str, polarity: str) -> None:
    a = _run(text)
    assert [load_claim_vocabulary().positive(c.predicate, c.polarity) for c in a.claims if c.kind == "status"] == [
        ("registered", polarity)]


def test_a_paper_held_answers_a_denied_standing() -> None:
    text = ("Liberia's higher education commission said the Kakata college is not accredited. The college's "
            "president, John Toe, said: \"This college holds full accreditation.\"")
    assert _status(_run(text))


def test_a_thing_named_by_its_noun_is_the_named_one() -> None:
    # "your institute" in the question and the institute's name in the answer are one thing
    text = ("Kenya's Commission for University Education has struck Rift Valley University off its list of approved "
            "institutions. We spoke to Grace Chebet, who heads the university, in Nakuru.\n"
            "Q: The commission tells us your university is not accredited.\n"
            "A: Rift Valley University holds full accreditation. The commission is reading an old file.\n"
            "Q: What happens to your students?\n"
            "A: Classes go on as usual.")
    a = _run(text)
    assert len({c.argument("object") for c in a.claims if c.kind == "status"}) == 2  # two entities, one thing
    assert _status(a)


def _valid(a: Analysis) -> list[tuple[str, str]]:
    return [p for p in _said(a) if p[0] == "valid"]


@pytest.mark.parametrize("text", [
    "Chad's rebel spokesman, Colonel Idriss Mahamat, said the truce died when the army moved north.",
    "Togo's trade minister, Afi Mensah, said the port deal had broken down over fees.",
    "Guinea's mines minister, Sekou Conde, said the accord fell apart in May.",
])
def test_an_agreement_said_to_have_ended_is_no_longer_in_force(text: str) -> None:
    assert ("valid", "negated") in _valid(_run(text))


@pytest.mark.parametrize("text", [
    "Togo's trade minister, Afi Mensah, said the deal ended the dispute over fees.",  # an act on another thing
    "Togo's trade minister, Afi Mensah, said the talks broke down over fees.",  # talks are no agreement
    "Togo's trade minister, Afi Mensah, said the deal had not broken down.",  # denied: still in force
])
def test_an_agreement_not_ended_claims_no_end(text: str) -> None:
    assert ("valid", "negated") not in _valid(_run(text))


def test_an_ended_truce_against_one_in_force_is_a_status_conflict() -> None:
    text = ("Fighting broke out near Bria on Saturday. The government's spokesman, Paul Ndama, said the ceasefire "
            "with the rebels remains fully in force. The rebels' spokesman, Colonel Ali Mahamat, said the truce died "
            "on Saturday when the army attacked.")
    assert len(_status(_run(text))) == 1


@pytest.mark.parametrize(("text", "claim"), [
    # an opposite's word is its named opposite asserted, as the claimant words it; its denial denies that opposite
    ("The port authority of Walvis Bay said the northern quay is closed.", ("closed", "asserted")),
    ("The port authority of Walvis Bay said the northern quay is not closed.", ("closed", "negated")),
    ("The port authority of Walvis Bay said the northern quay is open.", ("open", "asserted")),
    ("The port authority of Walvis Bay said the northern quay is not open.", ("open", "negated")),
    ("Zambia's health ministry said the water of the Kafue river is contaminated.", ("unsafe", "asserted")),
    ("The board of Copperbelt Mining said Mulenga Banda had been removed as chairman.", ("out of office", "asserted")),
    ("Zambia's media authority said on Monday that Radio Lusaka lost its licence.", ("unregistered", "asserted")),
    ("Zambia's trade minister, Chanda Phiri, said the border truce died when the shelling began.",
     ("invalid", "asserted")),
])
def test_a_state_claim_is_worded_as_the_claimant_words_it(text: str, claim: tuple[str, str]) -> None:
    a = _run(text)
    assert [(c.predicate, c.polarity) for c in a.claims if c.kind == "status"] == [claim]



def test_closed_and_not_open_by_one_side_are_one_proposition_said_twice(lexicon: Lexicon) -> None:
    # "is closed" and "is not open" repeat each other (no revision between them); "is open" does not repeat either
    from newsledger.compare import rules_for
    from newsledger.extract.conflicts import DocumentContext, _Camps, _repeats
    from newsledger.models import Claim, Span

    rules = rules_for(lexicon.claims)
    context = DocumentContext(_Camps((), lexicon.agreements, lexicon.actors.challenger_sectors), {})
    span = Span(0, 4, "quay")
    closed = Claim("k1", "status", "closed", span, "e1")
    not_open = Claim("k2", "status", "open", span, "e1", polarity="negated")
    is_open = Claim("k3", "status", "open", span, "e1")
    assert _repeats(closed, not_open, context, rules)
    assert not _repeats(closed, is_open, context, rules) and not _repeats(not_open, is_open, context, rules)


@pytest.mark.parametrize(("text", "claim", "about"), [
    # the subject of a state told in a relative clause of saying is the noun the clause hangs on
    ("The council of Tarija voted to dismiss the mayor, Ana Rojas, a move she said had no legal standing and that "
     "she would ignore.", ("invalid", "asserted"), "a move"),
    ("The ministry closed the mountain road, which the drivers' union says is unsafe.", ("unsafe", "asserted"),
     "the mountain road"),
])
def test_a_state_said_in_a_relative_clause_is_of_the_noun_it_hangs_on(text: str, claim: tuple[str, str],
                                                                      about: str) -> None:
    a = _run(text)
    got = [((c.predicate, c.polarity), c.about.text if c.about else None) for c in a.claims if c.kind == "status"]
    assert got == [(claim, about)]


@pytest.mark.parametrize(("text", "states"), [
    ("The harbour master of Mombasa said the dredging work is complete.", [("complete", "asserted")]),
    ("The old lighthouse stands over the harbour of Lamu.", []),  # a preposition with its object, no state
])
def test_a_state_word_that_is_a_preposition_with_its_object_is_no_state(text: str, states: list[tuple[str, str]]
                                                                         ) -> None:
    assert [(c.predicate, c.polarity) for c in _run(text).claims if c.kind == "status"] == states


@pytest.mark.parametrize(("text", "states"), [
    # a lasting standing lost, told in the simple past in reported speech
    ("Zambia's media authority said the licence of Radio Kafue expired in March.", [("invalid", "asserted")]),
    ("Q: Ghana's tertiary education commission says your licence lapsed in 2022.\nA: That is wrong.",
     [("invalid", "asserted")]),
    ("The union said the strike collapsed last week.", []),  # not a lasting standing: an event told
    # a detention that goes on, in reported speech
    ("Kenya's coast guard said three of the nine fishermen were still being held in Somalia.",
     [("detained", "asserted")]),
    ("Police in Gori said 40 protesters were detained on Sunday.", []),  # an act told, not a state
])
def test_a_state_told_in_the_past_that_still_holds(text: str, states: list[tuple[str, str]]) -> None:
    assert [(c.predicate, c.polarity) for c in _run(text).claims if c.kind == "status"] == states


def test_a_permission_to_act_in_a_clause_of_its_own_is_no_standing() -> None:
    # "had not been allowed to call his family": a clause with its own auxiliaries and a permission to act, not the
    # skipper's standing (and not "remained ... allowed")
    text = ("Senegal's fisheries ministry said the skipper, Moussa Ndiaye, remained in detention in Nouadhibou and had "
            "not been allowed to call his family.")
    assert [(c.predicate, c.polarity) for c in _run(text).claims if c.kind == "status"] == [("detained", "asserted")]

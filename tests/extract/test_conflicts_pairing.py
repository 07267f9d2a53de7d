"""Stricter pairing and party resolution in the in-article conflict detector (issue 14, pairing18).

Who a claimant's party is (a demonym several countries share), which pairs never meet (an outlet claim told in a
speaker's own sentence, a pronoun "one" taken for a count), and where two places do not set counts apart (a site
inside a town). Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsledger import Analysis
from newsledger.compare.quantity import is_recorded
from newsledger.extract.conflicts import DocumentContext, _Camps
from newsledger.extract.pairing import (
    demonym_parties,
    group_body,
    local_body,
    outlet_borrowed,
    outlet_history,
    outlet_in_speech,
    union_peoples,
)
from newsledger.lexicon import Lexicon
from newsledger.models import Claim, Entity, Span, Statement, TimeExpr

SHARED = {"dominican": frozenset({"DMA", "DOM"})}


def ent(eid: str, name: str, type_: Any, country: str | None = None, sector: str | None = None) -> Entity:
    return Entity(eid, name, type_, (Span(0, len(name), name),), country=country, sector=sector)


# --- a demonym of several countries ----------------------------------------------------------------------

def test_the_shipped_vocabulary_keeps_the_countries_of_a_shared_demonym(lexicon: Lexicon) -> None:
    assert lexicon.actors.shared_demonyms["dominican"] == frozenset({"DMA", "DOM"})
    assert "dominican" not in lexicon.actors.places  # the table alone cannot decide it


def test_a_shared_demonym_stands_for_the_one_country_the_story_names() -> None:
    entities = {e.id: e for e in (
        ent("e1", "Puerto Plata", "GPE", "DOM"),
        ent("e2", "Dominican", "NORP"),
        ent("e3", "Dominican fishermen", "GROUP", sector="CVL"),
        ent("e4", "Venezuela", "GPE", "VEN"),
        ent("e5", "Dominican Navy", "ORG", "DOM", "MIL"),
    )}
    assert demonym_parties(entities, SHARED) == {"e2": "e1", "e3": "e1"}
    # a story that names both countries of the demonym decides nothing
    both = {**entities, "e6": ent("e6", "Roseau", "GPE", "DMA")}
    assert demonym_parties(both, SHARED) == {}
    # nor does one that names neither
    assert demonym_parties({"e2": entities["e2"], "e4": entities["e4"]}, SHARED) == {}


def test_a_claimant_named_by_a_shared_demonym_is_a_side_of_its_country(lexicon: Lexicon) -> None:
    entities = (ent("e1", "Puerto Plata", "GPE", "DOM"), ent("e2", "Dominican", "NORP"),
                ent("e3", "Venezuela", "GPE", "VEN"), ent("e4", "Dominican Navy", "ORG", "DOM", "MIL"))
    camps = _Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors, SHARED)
    assert camps.party("e2") == "e1"
    assert camps.country("e2") == "DOM"
    assert camps.key("e2") == camps.key("e4") != camps.key("e3")
    plain = _Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors)
    assert plain.party("e2") == "e2" and plain.country("e2") is None


# --- pairs that never meet ------------------------------------------------------------------------------

def claim(cid: str, claimant: str | None, text: str, words: str) -> Claim:
    start = text.index(words)
    return Claim(cid, "event", "OCCURRENCE", Span(start, start + len(words), words), claimant)


def test_an_outlet_claim_in_a_speakers_own_sentence_is_not_set_against_the_speaker(nlp: Any) -> None:
    text = ("The mayor said the contractor had dumped the rubble in the river, although the records show the "
            "rubble never left the yard. The contractor said on Friday that the rubble was never dumped.")
    doc = nlp(text)
    mayor = claim("k1", "e1", text, "had dumped the rubble")
    outlet = claim("k2", None, text, "never left the yard")
    contractor = claim("k3", "e2", text, "was never dumped")
    assert outlet_in_speech(doc, mayor, outlet)
    assert not outlet_in_speech(doc, outlet, contractor)  # another sentence
    assert not outlet_in_speech(doc, mayor, contractor)  # two speakers


def _stmt(sid: str, speaker: str | None, text: str, words: str) -> Statement:
    start = text.index(words)
    return Statement(sid, "indirect", Span(start, start + len(words), words), speaker)


def _same(a: str, b: str) -> bool:
    return a == b


def test_an_act_the_outlet_names_as_reported_or_alleged_is_not_its_own(nlp: Any, lexicon: Lexicon) -> None:
    relay = lexicon.claims.lists.relay_participles
    text = "UPDATE: Rocket attack reported near the Chadian border\nAn alleged raid on the depot left two guards dead."
    doc = nlp(text)
    for words in ("Rocket attack reported near the Chadian border", "raid on the depot"):
        ev = claim("k1", None, text, words).evidence
        assert outlet_borrowed(doc, ev, "e2", (), _same, relay), words
    for text, words in (("A rocket attack hit the depot near the Chadian border on Monday.", "A rocket attack hit"),
                        ("Police reported three deaths near the Chadian border.", "three deaths")):
        ev = claim("k1", None, text, words).evidence
        assert not outlet_borrowed(nlp(text), ev, "e2", (), _same, relay), text


def test_outlet_words_cut_short_by_a_statement_or_after_another_camps_words_are_not_its_own(
        nlp: Any, lexicon: Lexicon) -> None:
    relay = lexicon.claims.lists.relay_participles
    text = ('Mr Paz said Chile\'s exports "meet every rule in the treaty".\n'
            "Peru's minister said the treaty was broken. The mines, the minister went on, sold ore abroad in May.\n"
            "Copper prices fell by a tenth in May.")
    doc = nlp(text)
    paz = _stmt("s1", "e1", text, "meet every rule in the treaty")
    peru = _stmt("s2", "e2", text, "the treaty was broken")
    cut = claim("k1", None, text, 'Chile\'s exports "meet every rule').evidence
    assert outlet_borrowed(doc, cut, "e2", (paz, peru), _same, relay)
    after = claim("k2", None, text, "sold ore abroad in May").evidence
    assert outlet_borrowed(doc, after, "e1", (paz, peru), _same, relay)  # Peru's words run on, against Chile
    assert not outlet_borrowed(doc, after, "e2", (paz, peru), _same, relay)  # the outlet may answer Peru itself
    prices = claim("k3", None, text, "Copper prices fell").evidence
    assert not outlet_borrowed(doc, prices, "e1", (paz, peru), _same, relay)  # a paragraph of the outlet's own


def _time(tid: str, text: str, words: str, value: str) -> TimeExpr:
    start = text.index(words)
    return TimeExpr(tid, Span(start, start + len(words), words), value)


def test_the_outlets_background_dated_years_back_answers_no_side_about_this_week(nlp: Any) -> None:
    text = ("The minister said on Tuesday that no patrol boat had rammed the ferry. "
            "The island has been split since 1983, when the army occupied its north.")
    doc = nlp(text)
    times = (_time("t1", text, "Tuesday", "2025-05-06"), _time("t2", text, "1983", "1983"))
    side = claim("k1", "e1", text, "no patrol boat had rammed the ferry").evidence
    history = claim("k2", None, text, "when the army occupied its north").evidence
    assert outlet_history(doc, history, side, times)
    # a side that speaks of that same year is answered
    text2 = text.replace("no patrol boat had rammed the ferry", "in 1983 no army occupied the north")
    doc2 = nlp(text2)
    times2 = (_time("t1", text2, "Tuesday", "2025-05-06"), _time("t2", text2, "1983 no", "1983"),
              _time("t3", text2, "1983,", "1983"))
    side2 = claim("k1", "e1", text2, "no army occupied the north").evidence
    history2 = claim("k2", None, text2, "when the army occupied its north").evidence
    assert not outlet_history(doc2, history2, side2, times2)
    # an outlet sentence of this year is no background
    text3 = "The minister denied the ramming. The patrol boat rammed the ferry on Sunday, 4 May 2025."
    times3 = (_time("t1", text3, "4 May 2025", "2025-05-04"),)
    assert not outlet_history(nlp(text3), claim("k2", None, text3, "rammed the ferry").evidence,
                              claim("k1", "e1", text3, "denied the ramming").evidence, times3)


def test_a_pronoun_one_is_no_count(analyze: Callable[..., Analysis]) -> None:
    text = ("Organisers said 80,000 people marched to the harbour. The city police estimated 12,000 people. "
            "The police say their figure, from aerial photographs, \"is the one that is not a guess\".")
    a = analyze(text)
    figures = [c.value.low for c in a.claims if c.kind == "quantity" and c.value is not None]
    assert 12000.0 in figures and 1.0 not in figures
    assert not [c for c in a.conflicts if "1 people" in c.summary]


# --- places that do not set counts apart ---------------------------------------------------------------

def test_a_site_inside_a_town_nests_in_it_a_region_does_not(lexicon: Lexicon) -> None:
    entities = (ent("e1", "Valparaiso", "GPE", "CHL"), ent("e2", "Sotomayor Square", "LOC"),
                ent("e3", "Atacama region", "LOC"), ent("e4", "Lima", "GPE", "PER"),
                ent("e5", "Victoria Plaza", "FAC", "PER"))
    camps = _Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors)
    context = DocumentContext(camps, {}, {}, lexicon.claims.lists["site_nouns"])
    assert context.places_nest("e1", "e2") and context.places_nest("e2", "e1")
    assert not context.places_nest("e1", "e3")  # a region may lie anywhere
    assert not context.places_nest("e1", "e4")  # two towns
    assert not context.places_nest("e1", "e5")  # a site of another country


# --- counts over a window -------------------------------------------------------------------------------

def test_a_count_over_a_window_is_not_set_against_one_incidents(analyze: Callable[..., Analysis]) -> None:
    raid = "Gunmen raided the village of Kasoma overnight. Police said 12 people were killed there on Sunday. "
    since = analyze(raid + "The regional governor said the rebels have killed more than 3,000 "
                    "people since 2019.")
    span_of_years = analyze(raid + "A United Nations report said the rebellion has killed more than 3,000 people "
                            "over the past five years.")
    for a in (since, span_of_years):
        assert len([c for c in a.claims if c.kind == "quantity" and not is_recorded(c.predicate)]) == 2
        assert not [c for c in a.conflicts if c.kind == "quantity"], [c.summary for c in a.conflicts]
    # a second toll of the raid itself is still a dispute
    chief = analyze(raid + "A local chief said 45 people were killed.")
    assert [c.kind for c in chief.conflicts] == ["quantity"]



# --- camps: a union's people, a group's own body (pairing19) ----------------------------------------------

def test_a_people_named_for_a_union_is_the_union() -> None:
    entities = {e.id: e for e in (
        ent("e1", "Senegal", "GPE", "SEN"),
        ent("e2", "African Union", "ORG", sector="IGO"),
        ent("e3", "the Africans", "NORP"),
        ent("e4", "African Commission", "ORG", sector="IGO"),
        ent("e5", "Senegalese", "NORP", "SEN"),
        ent("e6", "Nordics", "NORP"),
        ent("e7", "African", "NORP"),
    )}
    # the first union named of that word; a people of a country or of no union named, or an adjective of origin
    # ("African migrants"), is not mapped
    assert union_peoples(entities) == {"e3": "e2"}
    assert union_peoples({k: v for k, v in entities.items() if k != "e2"}) == {"e3": "e4"}
    # a person's or a country's name is no union
    assert union_peoples({"e3": entities["e3"], "e7": ent("e7", "African Queen", "ORG", "GBR", "BUS")}) == {}


def test_the_union_and_its_people_are_one_actor(lexicon: Lexicon) -> None:
    entities = (ent("e1", "Senegal", "GPE", "SEN"), ent("e2", "African Union", "ORG", sector="IGO"),
                ent("e3", "Africans", "NORP"), ent("e4", "Kenya", "GPE", "KEN"))
    context = DocumentContext(_Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors), {})
    assert context.same_actor("e3", "e2")
    assert not context.same_actor("e3", "e1") and not context.same_actor("e2", "e4")


def test_a_body_named_for_a_group_of_people_is_not_a_state_body(lexicon: Lexicon) -> None:
    assert group_body(ent("e1", "the dockworkers' strike council", "ORG", "CHL", "GOV"))
    assert group_body(ent("e1", "the parents’ action committee", "ORG", "CHL", "GOV"))
    assert not group_body(ent("e1", "the Philippines' interior ministry", "ORG", "PHL", "GOV"))  # a proper name
    assert not group_body(ent("e1", "Chile's transport ministry", "ORG", "CHL", "GOV"))  # a country's own
    assert not group_body(ent("e1", "Ministry of Labour", "ORG", "CHL", "GOV"))
    assert not group_body(ent("e1", "dockworkers", "GROUP", "CHL"))  # a group, not a body of it
    entities = (ent("e1", "Chile's transport ministry", "ORG", "CHL", "GOV"),
                ent("e2", "the dockworkers' strike council", "ORG", "CHL", "GOV"),
                ent("e3", "Chilean navy", "ORG", "CHL", "MIL"))
    context = DocumentContext(_Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors), {})
    assert not context.same_side("e1", "e2")
    assert context.same_side("e1", "e3")  # two state bodies of one country are still one side


def test_a_groups_body_disputes_the_states_count(analyze: Callable[..., Analysis]) -> None:
    text = ("Dockworkers blocked the port of Antofagasta on Monday. Chile's transport ministry said 14 people were "
            "detained during the blockade. The dockworkers' strike council said more than 90 people were "
            "detained during the blockade.")
    a = analyze(text)
    assert [c.kind for c in a.conflicts] == ["quantity"], [c.summary for c in a.conflicts]


# --- a finished act told on two days (pairing19) ----------------------------------------------------------

def test_a_finished_act_counted_on_two_days_is_one_count(analyze: Callable[..., Analysis]) -> None:
    done = analyze("Farmers near Lake Kivu said on Thursday that at least 3,000 litres of diesel had leaked from a "
                   "broken storage tank. The depot's owner, Ruzizi Fuels, said on Tuesday that about 40 litres had "
                   "leaked before the valve was closed.")
    assert [c.kind for c in done.conflicts] == ["quantity"], [c.summary for c in done.conflicts]
    # told as still going on, the later, higher figure may be a new stage: no dispute
    going = analyze("Farmers near Lake Kivu said on Thursday that at least 3,000 litres of diesel are leaking from a "
                    "broken storage tank. The depot's owner, Ruzizi Fuels, said on Tuesday that about 40 litres are "
                    "leaking from the valve.")
    assert not [c for c in going.conflicts if c.kind == "quantity"], [c.summary for c in going.conflicts]


# --- a locality's body, and a person answering for themselves (pairing20) ------------------------------------

def test_a_body_named_for_a_locality_of_no_known_country_is_not_a_state_body(lexicon: Lexicon) -> None:
    places = (ent("e1", "Vilo", "GPE"), ent("e2", "Tbilisi", "GPE", "GEO"), ent("e3", "Georgia", "GPE", "GEO"))
    harbour = ent("e4", "Harbour Council of Vilo", "ORG", "GEO", "GOV")
    assert local_body(harbour, places)
    assert not local_body(ent("e5", "Tbilisi City Hall", "ORG", "GEO", "GOV"), places)  # a known town
    assert not local_body(ent("e6", "Georgia's election commission", "ORG", "GEO", "GOV"), places)
    assert not local_body(ent("e7", "Vilo", "GPE"), places)  # the place itself is no body
    entities = (*places, harbour, ent("e6", "Georgia's election commission", "ORG", "GEO", "GOV"),
                ent("e8", "Georgian interior ministry", "ORG", "GEO", "GOV"))
    context = DocumentContext(_Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors), {})
    assert not context.same_side("e4", "e6")
    assert context.same_side("e6", "e8")  # two national state bodies of one country are still one side


def test_a_person_answering_for_their_own_standing_is_a_side_of_their_own() -> None:
    from newsledger.compare import _answers_for_self

    def status(cid: str, claimant: str | None, predicate: str, *args: tuple[str, str]) -> Claim:
        return Claim(cid, "status", predicate, Span(0, 4, "text"), claimant, arguments=args)

    board = status("k1", "e2", "out of office", ("object", "e1"))
    herself = status("k2", "e1", "office", ("object", "e1"))
    assert _answers_for_self(board, herself) and _answers_for_self(herself, board)
    # about a third person, or told by the outlet, two of one organisation stay one side
    assert not _answers_for_self(status("k3", "e2", "office", ("object", "e3")),
                                 status("k4", "e1", "office", ("object", "e3")))
    assert not _answers_for_self(board, status("k5", None, "office", ("object", "e1")))
    # a claim that names both claimants is no answer of one for themselves
    assert not _answers_for_self(status("k6", "e2", "office", ("object", "e1"), ("agent", "e2")), herself)


def test_a_director_disputes_the_board_that_removed_her(lexicon: Lexicon) -> None:
    from newsledger.compare import compare, rules_for

    company = ent("e1", "Norrvik Ferries", "ORG", sector="BUS")
    director = Entity("e2", "Elin Dahl", "PERSON", (Span(0, 9, "Elin Dahl"),), affiliation="e1")
    chair = Entity("e3", "chair of the board of Norrvik Ferries", "PERSON", (Span(0, 5, "chair"),), affiliation="e1")
    context = DocumentContext(_Camps((company, director, chair), lexicon.agreements,
                                     lexicon.actors.challenger_sectors), {})
    assert context.same_side("e2", "e3")  # one organisation's camp
    removed = Claim("k1", "status", "out of office", Span(0, 7, "removed"), "e3", arguments=(("object", "e2"),))
    remains = Claim("k2", "status", "office", Span(20, 27, "remains"), "e2", arguments=(("object", "e2"),))
    finding = compare(removed, remains, context, rules_for(lexicon.claims), True)
    assert finding is not None and (finding.verdict, finding.kind) == ("conflict", "status"), finding
    # the chair changing its own word about a third person is still a revision of one side
    other = Claim("k3", "status", "office", Span(30, 37, "remains"), "e2", arguments=(("object", "e4"),))
    about_other = Claim("k4", "status", "out of office", Span(40, 47, "removed"), "e3", arguments=(("object", "e4"),))
    finding = compare(about_other, other, context, rules_for(lexicon.claims), True)
    assert finding is not None and finding.verdict == "revision", finding


def test_a_towns_committee_disputes_the_national_commission(analyze: Callable[..., Analysis]) -> None:
    text = ("Voters in Porvello, a fishing town in Portugal, were asked on Sunday whether the old harbour should be "
            "sold.\nPortugal's National Election Commission said on Monday that the result was valid.\nThe Harbour "
            "Committee of Porvello said the whole vote was null and void.")
    a = analyze(text)
    assert [c.kind for c in a.conflicts] == ["status"], [c.summary for c in a.conflicts]


def test_two_sides_dispute_one_standing_under_two_names(analyze: Callable[..., Analysis]) -> None:
    text = ("The new trade zones on the island of Kelo were approved in 2019.\n"
            "\"These zones were unconstitutional from the first day, and so is every contract made in them,\" "
            "Finance Minister "
            "Aroha Tane of New Zealand told reporters.\nIn a statement, the developer Kelo Harbour Holdings said its "
            "activities were fully lawful.")
    a = analyze(text)
    assert [c.kind for c in a.conflicts] == ["status"], [c.summary for c in a.conflicts]


def test_one_thing_under_two_names_only_between_two_opposed_sides(lexicon: Lexicon) -> None:
    from newsledger.compare import rules_for
    from newsledger.extract.conflicts import _two_camps

    entities = (ent("e1", "Aroha Tane", "PERSON", "NZL", "GOV"),
                ent("e2", "Kelo Harbour Holdings", "ORG", None, "BUS"),
                ent("e3", "Kelo Fishers Union", "ORG", None, "LAB"))
    context = DocumentContext(_Camps(entities, lexicon.agreements, lexicon.actors.challenger_sectors), {})
    rules = rules_for(lexicon.claims)

    def status(cid: str, claimant: str | None, predicate: str, about: str) -> Claim:
        return Claim(cid, "status", predicate, Span(0, len(about), about), claimant, about=Span(0, len(about), about))

    zones, lease = status("k1", "e1", "unlawful", "these zones"), status("k2", "e1", "unlawful", "every lease")
    works = status("k3", "e2", "lawful", "its activities")
    assert _two_camps([zones, lease, works], context, rules)
    # a third side, a side of two positions, the outlet, or two sides of one position: maybe several things
    assert not _two_camps([zones, works, status("k4", "e3", "lawful", "the port")], context, rules)
    assert not _two_camps([zones, status("k5", "e1", "lawful", "the old permit"), works], context, rules)
    assert not _two_camps([zones, status("k6", None, "lawful", "the port")], context, rules)
    assert not _two_camps([zones, status("k7", "e2", "unlawful", "the tax")], context, rules)
    # with the words that point back: some side must name its thing by one ("these zones", "its activities");
    # "the dismissal" against "the new levy" are two things each named in its own words
    referring = frozenset({"these", "this", "its", "their"})
    assert _two_camps([zones, lease, works], context, rules, referring)
    dismissal, levy = status("k8", "e1", "lawful", "the dismissal"), status("k9", "e2", "unlawful", "the new levy")
    assert _two_camps([dismissal, levy], context, rules)
    assert not _two_camps([dismissal, levy], context, rules, referring)

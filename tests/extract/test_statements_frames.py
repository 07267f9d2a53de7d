"""Statements whose speaker stands in an awkward frame: participles, documents, live-blog headers, split names.

Invented news text in our own words. Each test names the statement by words of its content and checks the
entity it is attributed to (or that it yields none).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    return speakers(nlp, text, dt.date(2025, 3, 9))


# --- ", saying that ...": a free participle speaks for its sentence's subject ---------------------------------

def test_participle_after_a_quoted_subject_takes_the_sentence_subject(nlp: Any) -> None:
    text = ('Toyota admitted that " a handful of drivers " had reported brake faults, but rejected talk of a '
            'recall, saying that every new model has teething problems.')
    assert _speaker_of(_speakers(nlp, text), "every new model") == "Toyota"


def test_participle_after_an_object_takes_the_subject(nlp: Any) -> None:
    text = "Qantas defended its pilots, saying that the storm had given them no choice."
    assert _speaker_of(_speakers(nlp, text), "the storm had given") == "Qantas"


def test_adding_after_said_in_a_statement(nlp: Any) -> None:
    text = ("The Kenyan health ministry said in a statement on Monday that 40 people had been treated, "
            "adding that no deaths had been recorded.")
    assert "ministry" in (_speaker_of(_speakers(nlp, text), "no deaths") or "")


# --- documents speak for their authors ----------------------------------------------------------------------

def test_according_to_a_statement_by_names_the_author(nlp: Any) -> None:
    text = "According to a statement by the Ghanaian police, four officers were injured in the clashes."
    assert "police" in (_speaker_of(_speakers(nlp, text), "four officers") or "")


def test_the_statement_points_back_to_who_issued_it(nlp: Any) -> None:
    text = "The Chilean navy issued a statement on Tuesday. The statement said the trawler had ignored three warnings."
    assert _speaker_of(_speakers(nlp, text), "ignored three warnings") == "Chilean navy"


def test_the_letter_read_points_back_to_its_sender(nlp: Any) -> None:
    text = ('A letter from the Mineworkers Union of Zambia reached the company on Friday. '
            '"We will strike on Monday," the letter read.')
    assert "Union" in (_speaker_of(_speakers(nlp, text), "strike on Monday") or "")


def test_a_statement_said_in_by_someone_then_added(nlp: Any) -> None:
    text = ("The Ghana Police Service said in a statement that two officers were hurt. "
            "The statement added that no arrests had been made.")
    assert "Police" in (_speaker_of(_speakers(nlp, text), "no arrests") or "")


def test_a_statement_with_no_earlier_author_stays_unattributed(nlp: Any) -> None:
    text = "The statement said the trawler had ignored three warnings."
    assert _speaker_of(_speakers(nlp, text), "ignored three warnings") is None


# --- live-blog headers -----------------------------------------------------------------------------------------

def test_latest_from_a_followed_source_is_its_statement(nlp: Any) -> None:
    text = ("10:15 The Kenyan interior ministry says 9 people were hurt in the floods.\n"
            "14:20 Latest from the ministry: 14 dead and 30 missing.\n")
    assert "ministry" in (_speaker_of(_speakers(nlp, text), "14 dead") or "")


def test_headers_without_a_header_word_or_with_a_verb_are_prose(nlp: Any) -> None:
    for text in ("The Peruvian coast guard rescued nine people.\nTravel from the coast guard: boats are delayed.\n",
                 "She came back from Lima: the trip had been long.\n",
                 "The dispute from 2019: a timeline of events.\n"):
        found = _speakers(nlp, text)
        assert not any(c.startswith(("boats are", "the trip", "a timeline")) for c in found), (text, found)


def test_a_header_source_never_named_before_yields_nothing(nlp: Any) -> None:
    text = "09:00 Storm warnings were raised overnight.\n11:00 Update from Manila: flights are delayed.\n"
    assert not any(c.startswith("flights") for c in _speakers(nlp, text))


# --- a quote whose attribution the parser split ---------------------------------------------------------------

def test_name_read_as_a_verb_does_not_end_the_attribution(nlp: Any) -> None:
    text = '"This is no truce. It is a pause, and our demands stand," the front\'s spokesman, Saw Htoo Lay, wrote.'
    found = {c: spk for c, spk in _speakers(nlp, text).items() if c.startswith("This is no truce")}
    assert found and all("Htoo" in (spk or "") for spk in found.values()), found


def test_title_phrase_between_quote_and_cue(nlp: Any) -> None:
    text = '"We will not sign this offer," the union\'s general secretary, Oluwaseun Adebayo, told reporters.'
    assert "Adebayo" in (_speaker_of(_speakers(nlp, text), "not sign this offer") or "")


def test_a_title_phrase_needs_the_comma_that_hands_over_to_the_attribution(nlp: Any) -> None:
    """Without a comma closing the quote, nouns before a later verb are no speaker's title: a scare quote stays
    unattributed."""
    text = 'Senators voted down the bill over "poison pill" clauses added by the committee.'
    assert not any(c.startswith("poison pill") for c in _speakers(nlp, text))


# --- a title phrase with "of" and "and" between a quote and its cue ------------------------------------------

def test_title_with_prepositions_between_quote_and_cue(nlp: Any) -> None:
    """The parse gives "says" no subject here: the title phrase, "of" and "and" included, still hands over."""
    found = _speakers(nlp, '10:20 "We signed no contract. We took their offer home to read it, that is all," '
                           "Peru's vice-minister of energy and mines, Raul Paredes, says.\n")
    assert "Paredes" in (_speaker_of(found, "signed no contract") or ""), found


def test_a_verb_phrase_between_quote_and_cue_still_blocks_it(nlp: Any) -> None:
    found = _speakers(nlp, '"Rates will rise," which worried the bankers of Lima and Quito, analysts at the '
                           'central bank said.\n')
    assert all(not (spk or "").startswith("analysts") for spk in found.values()), found


# --- "X's account is that ...": the owner of an account, version or position speaks ----------------------------

def test_an_owned_account_or_position_is_a_statement_of_its_owner(nlp: Any) -> None:
    found = _speakers(nlp, "The Kenyan navy's account is that the trawler ignored three warnings before it was "
                           "boarded. The Somali fisheries ministry's position is that the trawler held a valid "
                           "licence. The Malian army's version of events was that the convoy had been attacked "
                           "first.")
    assert "navy" in (_speaker_of(found, "the trawler ignored three warnings") or "").lower()
    assert "fisheries ministry" in (_speaker_of(found, "held a valid licence") or "").lower()
    assert "army" in (_speaker_of(found, "had been attacked first") or "").lower()


def test_an_account_without_an_owner_is_no_statement(nlp: Any) -> None:
    found = _speakers(nlp, "The account is that the trawler ignored three warnings. The fact is that nobody "
                           "checked the licence.")
    assert not any("ignored three warnings" in c or "nobody checked" in c for c in found), found


def test_a_count_given_or_updated_after_a_colon_is_its_owners(nlp: Any) -> None:
    found = _speakers(nlp, "The Tarvian coast guard said about 40 boats had sunk. By evening it gave a new count: "
                           "95 boats, now that its crews had reached the northern bays.")
    assert "coast guard" in (_speaker_of(found, "95 boats") or "").lower()
    found = _speakers(nlp, "10:15 The Norvian health ministry has updated its tally: 312 people are now in "
                           "hospital across the province.")
    assert "health ministry" in (_speaker_of(found, "312 people are now in hospital") or "").lower()
    found = _speakers(nlp, "Mayor Ines Kaur spoke first. The Tarvian coast guard then gave its own figure: 95 boats "
                           "lost along the northern bays.")
    assert "coast guard" in (_speaker_of(found, "95 boats lost") or "").lower()
    found = _speakers(nlp, "The final tally was grim: 95 boats lost along the northern bays.")
    assert _speaker_of(found, "95 boats lost") is None if any("95 boats" in c for c in found) else True


# --- ", it reads, ...": a document's words set in the clause they report ----------------------------------------


def test_it_reads_speaks_for_the_author_of_the_document_named_before(nlp: Any) -> None:
    found = _speakers(nlp, "Residents of Tororo say soldiers raided a school on Friday. The district police have "
                           "issued a statement. There was no raid at the school on Friday, it reads, and nobody was "
                           "arrested in the district this week.")
    assert _speaker_of(found, "There was no raid at the school") == "district police"
    assert _speaker_of(found, "nobody was arrested") == "district police"


def test_the_notice_reads_speaks_for_its_author(nlp: Any) -> None:
    found = _speakers(nlp, "Fishermen in Tanga say a patrol boat seized their nets. The notice from the Tanzania "
                           "Ports Authority is two lines long. No nets were seized in the harbour, the notice reads.")
    assert _speaker_of(found, "No nets were seized") == "Tanzania Ports Authority"


def test_reading_aloud_is_no_statement(nlp: Any) -> None:
    found = _speakers(nlp, "At the memorial in Kigali, the mayor read the names of the victims aloud.")
    assert not any("names of the victims" in content for content in found)


# --- "a company lawyer said": a person named by their organisation's kind speaks for it -------------------------


def test_a_company_lawyer_speaks_for_the_company_named_before(nlp: Any) -> None:
    found = _speakers(nlp, "Kestrel Mining said on Monday that it had paid every royalty it owed. The export "
                           "licence, a company lawyer added, runs until 2030.")
    assert _speaker_of(found, "runs until 2030") == "Kestrel Mining"


def test_a_kind_with_no_such_body_before_resolves_to_no_one(nlp: Any) -> None:
    found = _speakers(nlp, "Farmers in Gulu said the rains had come late. Prices will rise, a company lawyer said.")
    assert _speaker_of(found, "Prices will rise") is None


# --- "said the mayor of X, NAME": the name the parse hangs on the place or body is the speaker ------------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("\"We have not seen a single soldier,\" said the mayor of Bunagana, Jean Habimana.", "a single soldier",
     "Jean Habimana"),
    ("The chair of the board of Kivu Mining, Paul Mbeki, told reporters the mine had never spilled any waste.",
     "never spilled", "Paul Mbeki"),
])
def test_a_name_after_a_title_of_a_place_or_body_speaks(nlp: Any, text: str, words: str, speaker: str) -> None:
    assert _speaker_of(_speakers(nlp, text), words) == speaker


# --- "X has a different explanation: ...": an account announced by a noun of telling, given after a colon ------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Kenya's police have a different explanation: the crowd threw stones first.", "threw stones", "Kenya's police"),
    ("Residents of Kisumu say the water is unsafe. The Kisumu Water Company tells a different story: the water "
     "passed every test this month.", "passed every test", "Kisumu Water Company"),
    ("14:20 Latest figure from the Civil Protection Agency: at least 31 people have died in the landslide.",
     "31 people have died", "Civil Protection Agency"),
])
def test_an_account_given_after_a_colon_is_its_owners(nlp: Any, text: str, words: str, speaker: str) -> None:
    assert _speaker_of(_speakers(nlp, text), words) == speaker


@pytest.mark.parametrize("text", [
    "Our account is simple: we were there.",  # the outlet's own
    "The background: two ships collided off Mombasa in May.",  # no noun of telling
    "The story from Mombasa: two ships collided off the port in May.",  # a place says nothing
])
def test_no_account_without_an_owner_or_a_noun_of_telling(nlp: Any, text: str) -> None:
    assert not [c for c in _speakers(nlp, text) if "ships collided" in c or "we were there" in c]


def test_a_document_attributed_to_a_body_speaks_for_it(nlp: Any) -> None:
    found = _speakers(nlp, "A statement attributed to Sudan's army said the bridge was destroyed.")
    assert _speaker_of(found, "the bridge was destroyed") == "Sudan's army"


def test_a_that_clause_coordinated_after_a_quoted_clause_is_the_same_speakers(nlp: Any) -> None:
    # pass 1 has the first clause's quote; the second quote has no cue of its own, but its clause is the cue's
    found = _speakers(nlp, "The reply came from the head of the Chilean delegation, Rodrigo Paz. Speaking at the "
                           "summit, he said Chile's exports \"meet every rule in the treaty\", and that Chile \"has "
                           "kept the accord in full even as our own mines close\".")
    assert _speaker_of(found, "has kept the accord") == "Rodrigo Paz"
    assert _speaker_of(found, "meet every rule") == "Rodrigo Paz"
    # an unquoted clause after a quote and no "that" is no clause of the cue's
    found = _speakers(nlp, "Rodrigo Paz said Chile's exports \"meet every rule in the treaty\". Copper prices "
                           "fell by a tenth in May.")
    assert not any("Copper prices" in c for c in found)


def test_as_someone_tells_it_is_their_version_whoever_they_are(nlp: Any) -> None:
    found = _speakers(nlp, "Oman's transport ministry said the tanker was towed to Sohar. As the ministry tells it, "
                           "the crew abandoned the ship before the fire spread.")
    assert "ministry" in (_speaker_of(found, "the crew abandoned the ship") or "")
    # a common-noun subject without "it" is no version ("as the pilots radioed soon after")
    found = _speakers(nlp, "As the pilots radioed soon after, the fire spread from the engine room to the deck.")
    assert not any("the fire spread" in c for c in found)


def test_an_answer_a_line_or_a_reason_after_a_colon_is_its_owners(nlp: Any) -> None:
    found = _speakers(nlp, "Peru's navy boarded the trawler at dawn. Chile's fisheries ministry gave its reason: "
                           "the transponder had been broken by a storm. The navy's answer: the boat switched it off.")
    assert "fisheries ministry" in (_speaker_of(found, "broken by a storm") or "")
    assert "navy" in (_speaker_of(found, "switched it off") or "")
    found = _speakers(nlp, "The bottom line: the trawler will stay in port until the inquiry ends.")
    assert not any("stay in port" in c for c in found)


def test_in_a_reply_before_a_verb_of_saying_leaves_the_statement_to_the_verb(nlp: Any) -> None:
    found = _speakers(nlp, "The reporter, Lena Vogt, wrote to the mayor in May. In his reply, Mayor Tomas Berg said "
                           "the permits had been issued lawfully.")
    assert not any(c.startswith("Mayor Tomas Berg said") for c in found)
    assert _speaker_of(found, "issued lawfully") == "Tomas Berg"


def test_a_live_blog_entry_opening_on_a_named_speaker_and_a_colon_is_theirs(nlp: Any) -> None:
    text = ("LIVE: Fishermen march on Lima\n"
            "16:40 Police put the crowd at about 20,000 people.\n"
            "17:10 Union leader Rosa Quispe, on state radio: more than 100,000 fishermen marched today.\n"
            "17:30 Interior minister Carlos Vera: the square cannot hold more than 30,000 people.\n"
            "18:00 Lima: the march ended peacefully at dusk.\n"
            "18:15 Our correspondent: the crowd is thinning.\n")
    found = _speakers(nlp, text)
    assert _speaker_of(found, "100,000 fishermen marched") == "Rosa Quispe"
    assert _speaker_of(found, "cannot hold more than") == "Carlos Vera"
    # a place or the outlet's own staff before the colon is no speaker
    assert not any("ended peacefully" in c or "is thinning" in c for c in found)
    # a name alone before a colon, with no entry time, is a heading
    found = _speakers(nlp, "Marlow Harbour Depot: contract remains valid\nThe depot's owner says the lease runs to "
                           "2031.\n")
    assert not any(c.startswith("contract remains valid") for c in found)
    # ... but a name alone in the headline is the source of the headline's words
    found = _speakers(nlp, "Maria Lopez: the bridge cost twice what the city says\nMaria Lopez, a senator, said on "
                           "Monday that the bridge cost 24 million euros.\n")
    assert _speaker_of(found, "cost twice what") == "Maria Lopez"


def test_a_statement_which_adds_is_its_authors(nlp: Any) -> None:
    found = _speakers(nlp, "Chile's navy seized a Peruvian trawler on Sunday. \"We acted lawfully,\" the navy said in "
                           "a statement, which added that the trawler had been warned three times.")
    assert "navy" in (_speaker_of(found, "warned three times") or "")
    # a statement with no author named anywhere stays with no speaker
    found = _speakers(nlp, "A statement, which added that the trawler had been warned, was read out at the port.")
    assert all(spk is None for c, spk in found.items() if "had been warned" in c)

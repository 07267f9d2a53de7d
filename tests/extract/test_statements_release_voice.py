"""A press release's own third-person voice: "The Ministry rejects ...", "The Embassy regrets ..." (stop 35).

An issuing body writes of itself by a short form of its name, in the present tense, under a letterhead the NER
may cut or mistype; paragraphs may be numbered; a translator's line may come before the header. The releases
here are written for these tests in our own words.
"""

from __future__ import annotations

from typing import Any

from tests.statement_speakers import in_no_statement, speaker_of, speakers

NUMBERED = (
    "COMMUNIQUE No. 8/2025\n"
    "1. The Ministry of Fisheries of Norland expresses its concern at the closure of the northern fishing grounds.\n"
    "2. The Ministry rejects the figure of 40 trawlers given on Monday by the coastal agency of Vestmark.\n"
    "3. No Norland vessel entered the protected zone during the spawning season.\n"
)

TRANSLATED = (
    "Translated from French. Statement by the Office of the Harbour Master of Port Ulmen, 3 May 2025.\n"
    "The harbour was closed for six hours on Sunday because of fog.\n"
    "No ship was damaged, and the pilot boats returned to their berths before noon.\n"
)

LETTERHEAD = (
    "EMBASSY OF THE REPUBLIC OF KARVENIA IN THE KINGDOM OF ESTRELAND\n"
    "Statement, Brenholm, 4 May 2025\n"
    "On 2 May the Estreland Coast Guard stated that a Karvenian trawler had cut a telephone cable.\n"
    "The Embassy regrets that the accusation was made public before any joint inquiry.\n"
    "The trawler Morvik never left the port of Halsen that week.\n"
)

STORY = (
    "Norland's fisheries ministry spoke out on Monday about the northern fishing grounds.\n"
    "The ministry rejects the figure of 40 trawlers given by the coastal agency of Vestmark.\n"
    "Fishermen in the harbour of Kelby have seen no patrol boat for weeks.\n"
)


def test_a_numbered_release_speaks_through_the_body_that_opens_its_first_paragraph(nlp: Any) -> None:
    found = speakers(nlp, NUMBERED)
    for words in ("No Norland vessel entered", "The Ministry rejects the figure of 40 trawlers"):
        assert "Ministry of Fisheries" in (speaker_of(found, words) or ""), (words, found)


def test_a_header_after_a_translators_line_names_the_issuer(nlp: Any) -> None:
    found = speakers(nlp, TRANSLATED)
    assert "Harbour Master" in (speaker_of(found, "No ship was damaged") or ""), found


def test_a_marked_release_is_the_voice_of_the_body_it_calls_by_a_short_name(nlp: Any) -> None:
    found = speakers(nlp, LETTERHEAD)
    speaker = speaker_of(found, "never left the port of Halsen")
    assert speaker is not None and "embassy" in speaker.lower(), found


def test_a_story_that_quotes_a_body_in_the_present_tense_is_no_release(nlp: Any) -> None:
    found = speakers(nlp, STORY)
    assert in_no_statement(found, "have seen no patrol boat")


JOINT = (
    "PRESS RELEASE\n"
    "Ministry of Interior of Norland\n"
    "Kelby, 2 October 2025\n"
    "Our negotiators spent two days in Halsen discussing cross-border smuggling with their neighbours.\n"
    "The two delegations agreed to share customs records on livestock twice a year.\n"
)


def test_both_parties_in_a_release_tell_the_issuers_own_side(nlp: Any) -> None:
    found = speakers(nlp, JOINT)
    assert "Ministry of Interior" in (speaker_of(found, "to share customs records on livestock") or ""), found


NOTED = (
    "PRESS RELEASE\n"
    "Ministry of Interior of Norland\n"
    "Kelby, 2 October 2025\n"
    "The road to Halsen was closed for six hours on Sunday because of a landslide.\n"
    "Note from the distributing agency: the ministry of Karvenia gave its own account of the closure.\n"
    "Background: Norland has about 2.1 million people and a long border with Karvenia.\n"
)


def test_a_distributors_note_ends_the_issuers_own_text(nlp: Any) -> None:
    found = speakers(nlp, NOTED)
    assert "Ministry of Interior" in (speaker_of(found, "closed for six hours") or ""), found
    assert in_no_statement(found, "about 2.1 million people"), found

"""Who says it (stop 37, speakers37).

- a noun of saying with its author named after it ("has noted remarks by the deputy premier that ...", "took note
  of a warning from the harbour board that ...") is the author's statement, not the statement of the body that
  takes note of it;
- a bare definite title ("the Minister told the meeting") is the person the text gave that title as a role before
  ("Minister of Roads Ana Lutz"), where the parse reads the title as a proper noun;
- a header line "COMMUNIQUE OF <body>" makes the text the body's release, its sentences the body's own.

Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(analysis: Analysis, words: str) -> list[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    return [names.get(s.speaker or "") for s in analysis.statements if words in s.content.text]


def test_remarks_by_a_named_author_are_the_authors(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Foreign Ministry of Norland has noted remarks by Deputy Premier Olaf Brenn that the "
                       "harbour treaty was never ratified. It gave no answer.")
    assert _speakers(analysis, "never ratified") == ["Olaf Brenn"]
    analysis = analyze("The Interior Ministry took note of a warning from the Harbour Board of Velta that the dam "
                       "could burst within days.")
    assert _speakers(analysis, "could burst") == ["Harbour Board of Velta"]
    # a place after "from" is where the words came from, not who said them
    analysis = analyze("The Energy Ministry issued a statement from Velta that the dam was safe.")
    assert _speakers(analysis, "the dam was safe") == ["Energy Ministry"]


def test_the_bare_title_is_the_person_given_that_role_before(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("PRESS RELEASE\nMinistry of Roads of the Republic of Osterland\nVelta, 2 March 2026\n"
                       "Minister Ana Lutz confirms the timetable for the Velta ring road\n"
                       "At a meeting with hauliers in Velta today, Minister of Territorial Planning and Transport "
                       "Ana Lutz spoke about the new ring road around the capital.\n\"The road will open in May,\" "
                       "the Minister told the meeting. The Minister noted that 70 percent of the work is done.")
    assert _speakers(analysis, "will open in May") == ["Ana Lutz"]
    assert _speakers(analysis, "70 percent of the work") == ["Ana Lutz"]


def test_a_communique_of_a_body_is_its_release(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("COMMUNIQUE OF THE MINISTRY OF FISHERIES OF THE REPUBLIC OF OSTERLAND\nVelta, 4 May 2026\n"
                       "Since 1 May, trawlers from Osterland have been kept out of the northern bay. As of today, "
                       "48 boats are idle in port. The Ministry calls this measure a plain blockade.")
    assert [s for s in _speakers(analysis, "48 boats are idle")] == ["MINISTRY OF FISHERIES OF THE REPUBLIC OF "
                                                                      "OSTERLAND"]


def test_quoted_paragraphs_under_a_line_naming_a_side_are_that_sides(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("[Translated from Dutch. Remarks by the spokeswoman of Osterland's transport ministry to the "
                       "press in Velta, 3 June, followed by a reply from Zembla's interior ministry.]\n"
                       "Osterland's transport ministry:\n"
                       "\"Three of our lorries were stopped at the border for nine hours.\"\n"
                       "Zembla's interior ministry (excerpt, from Zemblan):\n"
                       "\"The lorries waited for one hour, the normal time for a customs check.\"\n"
                       "Neither side has given the number of lorries still waiting.")
    assert _speakers(analysis, "normal time for a customs check") == ["Zembla's interior ministry"]
    assert _speakers(analysis, "Three of our lorries") == ["Osterland's transport ministry"]


def test_the_outlets_own_correspondent_speaks_in_its_voice(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Floods have cut the coast road in Osterland. Our correspondent in Velta says the old "
                       "bridge has been shut since the morning.")
    assert _speakers(analysis, "shut since the morning") == [None]
    # someone else's correspondent is no staff of the outlet's
    analysis = analyze("A correspondent for the Velta Courier said the old bridge had been shut since the morning.")
    assert _speakers(analysis, "shut since the morning") != [None]

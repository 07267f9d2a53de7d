"""Press releases: first-person sentences of a text an organisation issues are statements of the organisation.

Releases written for these tests in our own words; a news story that says "we" as the outlet, or quotes an
organisation, must yield no release statement.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.times import times
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, Entity, Statement

LEXICON = load_lexicon(load_settings())

UNION = (
    "Valparaiso, 4 May 2024\n"
    "We, the Pacific Dockworkers Union, reject the claim that the strike at the container terminal has ended.\n"
    "Our members remain on the picket lines at all three gates.\n"
    "The port authority said on Friday that cargo handling was back to normal.\n"
    "We did not sign any agreement with the terminal operator.\n"
)

SHIPPING = (
    "Bergen, 2 February 2025\n"
    "Nordhavn Shipping confirms that two of our vessels ran aground near Tromso on Sunday night.\n"
    "None of our crew members was hurt, and we have informed the coastal administration.\n"
)

NEWS = (
    "The Pacific Dockworkers Union said on Friday that its members would stay on strike.\n"
    '"We will not go back until the contract is signed," said the union leader, Rosa Vidal.\n'
    "We could not confirm how many workers were on the picket lines.\n"
    "Our correspondent at the terminal saw several hundred people at the main gate.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speaker_of(stmts: tuple[Statement, ...], by_id: dict[str, Entity], words: str) -> str | None:
    """The speaker's name of the innermost statement whose content holds ``words`` (None: no speaker)."""
    found = [s for s in stmts if words in s.content.text]
    assert found, f"no statement holds {words!r}: {[s.content.text for s in stmts]}"
    inner = min(found, key=lambda s: s.content.end - s.content.start)
    return by_id[inner.speaker].name if inner.speaker else None


def test_we_the_organisation_makes_its_first_person_sentences_its_statements(nlp: Any) -> None:
    stmts, by_id = _run(nlp, UNION)
    for words in ("Our members remain on the picket lines", "We did not sign any agreement"):
        speaker = _speaker_of(stmts, by_id, words)
        assert speaker is not None and "Dockworkers Union" in speaker, (words, speaker)


def test_others_reported_in_a_release_keep_their_own_speaker(nlp: Any) -> None:
    stmts, by_id = _run(nlp, UNION)
    speaker = _speaker_of(stmts, by_id, "cargo handling was back to normal")
    assert speaker is None or "Dockworkers" not in speaker, speaker


def test_an_opening_line_by_the_organisation_about_our_vessels_is_a_release(nlp: Any) -> None:
    stmts, by_id = _run(nlp, SHIPPING)
    for words in ("two of our vessels ran aground", "None of our crew members was hurt"):
        speaker = _speaker_of(stmts, by_id, words)
        assert speaker is not None and "Nordhavn" in speaker, (words, speaker)


def test_a_news_story_that_says_we_is_no_release(nlp: Any) -> None:
    stmts, _ = _run(nlp, NEWS)
    for s in stmts:
        assert "verify the number" not in s.content.text, s
        assert "several hundred people" not in s.content.text or s.speaker is None, s



def test_no_words_to_read_past_the_end_of_a_line(nlp: Any) -> None:
    from newsledger.extract.statements.context import QuoteContext
    from newsledger.extract.statements.release import _own_words

    text = "Ministry of Fisheries\nWe seized two trawlers.\n"
    doc = nlp(text)
    ctx = QuoteContext(doc, (), (), LEXICON)
    assert _own_words(ctx, 22, len(text)) is True
    assert _own_words(ctx, 21, 12) is False  # a name running past its line: an empty, reversed range



def test_two_names_opening_at_the_same_place_on_a_header_line(nlp: Any) -> None:
    """A body and a longer name over it start at one character: the first listed is the issuer, no TypeError."""
    from newsledger.extract.statements.context import QuoteContext
    from newsledger.extract.statements.release import _header_issuer
    from newsledger.models import Span

    text = "Issued by Harbour Board Lyttel, 2 May\nWe closed the quay.\n"
    doc = nlp(text)
    at = text.index("Harbour")
    board = Entity("e1", "Harbour Board", "ORG", (Span(at, at + 13, "Harbour Board"),))
    whole = Entity("e2", "Harbour Board Lyttel", "ORG", (Span(at, at + 20, "Harbour Board Lyttel"),))
    ctx = QuoteContext(doc, (board, whole), (), LEXICON)
    found = _header_issuer(ctx, (board, whole), [(0, text.index("\n"))])
    assert found is not None and found[0] is board


ISSUED = (
    "PRESS STATEMENT\n"
    "Issued by Delacroix Avocats, lawyers for the Orlen Valley Water Cooperative, Lyon, 3 March 2025\n"
    "On Monday the regional prefect told reporters that the cooperative's licence had been withdrawn.\n"
    "The licence is valid until 2031 and has never been suspended.\n"
    "No inspector has visited the pumping station this year.\n"
)

FROM = (
    "Statement from the Baltic Ferry Operators Association\n"
    "Riga, 14 October 2024\n"
    "The new port fee was introduced without any consultation of the operators.\n"
    "Ferry crossings to Stockholm will run on the normal timetable this week.\n"
)

STORY = (
    "A statement issued by the Baltic Ferry Operators Association on Monday said fees had doubled.\n"
    "The port authority said the fee had risen by a tenth.\n"
    "Ferry crossings to Stockholm ran on the normal timetable.\n"
)


def test_a_header_naming_the_issuer_makes_every_own_sentence_its_statement(nlp: Any) -> None:
    stmts, by_id = _run(nlp, ISSUED)
    assert "Delacroix" in (_speaker_of(stmts, by_id, "The licence is valid until 2031") or "")
    assert "Delacroix" in (_speaker_of(stmts, by_id, "No inspector has visited") or "")
    # the prefect's words stay the prefect's (unresolved here), never the issuer's
    assert "Delacroix" not in (_speaker_of(stmts, by_id, "licence had been withdrawn") or "")


def test_a_statement_from_header_names_the_issuer(nlp: Any) -> None:
    stmts, by_id = _run(nlp, FROM)
    assert "Ferry Operators" in (_speaker_of(stmts, by_id, "introduced without any consultation") or "")


def test_a_story_that_mentions_an_issued_statement_is_no_release(nlp: Any) -> None:
    stmts, by_id = _run(nlp, STORY)
    assert not any("normal timetable" in s.content.text for s in stmts)


MARKED = (
    "Ontario Tenants Federation\n"
    "Toronto, 9 September 2024\n"
    "FOR IMMEDIATE RELEASE\n"
    "Forty families were evicted from the Birchmount towers on Tuesday without the notice the law requires.\n"
    "The landlord's letter presents the evictions as \"a routine renovation\".\n"
    "The network will hold a public meeting on Thursday evening.\n"
)


def test_a_marked_release_is_the_voice_of_the_name_standing_alone_at_its_head(nlp: Any) -> None:
    stmts, by_id = _run(nlp, MARKED)
    assert "Tenants Federation" in (_speaker_of(stmts, by_id, "Forty families were evicted") or "")
    assert "Tenants Federation" in (_speaker_of(stmts, by_id, "public meeting on Thursday") or "")
    # what the landlord's letter says is the letter's, not the network's
    assert "Tenants Federation" not in (_speaker_of(stmts, by_id, "a routine renovation") or "")


def test_a_story_with_a_name_on_its_first_line_but_no_marker_is_no_release(nlp: Any) -> None:
    stmts, _by_id = _run(nlp, MARKED.replace("FOR IMMEDIATE RELEASE\n", ""))
    assert not any("Forty families were evicted" in s.content.text for s in stmts)


TITLED = (
    "Baltic Ferry Lines Ltd. (BFL)\n"
    "Statement on the grounding of the Saule near Ventspils, 2 March 2025\n"
    "Baltic Ferry Lines regrets the disruption to passengers on the Ventspils route.\n"
    "The vessel left port with every inspection certificate in order.\n"
    "Our crew followed the harbour pilot's instructions at all times.\n"
)


def test_a_release_titled_by_its_marker_under_the_issuers_name_is_the_issuers_voice(nlp: Any) -> None:
    stmts, by_id = _run(nlp, TITLED)
    assert "Baltic Ferry Lines" in (_speaker_of(stmts, by_id, "every inspection certificate") or "")
    # a story whose first line merely mentions a statement on something is no release
    story = ("Baltic Ferry Lines issued a statement on the grounding on Monday.\n"
             "The vessel left port with every inspection certificate in order, port officials said.\n")
    stmts, by_id = _run(nlp, story)
    assert "Baltic Ferry Lines" not in (_speaker_of(stmts, by_id, "every inspection certificate") or "")


# --- a release headed by its issuer, a marker and a dateline on one line ------------------------------------

DATELINED = (
    "Kestrel Valley Conservancy\n"
    "Media statement, Port Elin, 12 March 2025\n"
    "Closing the upper river\n"
    "The upper Kestrel has been closed to anglers since Monday after a spill of slurry from a dairy farm.\n"
    "Samples taken by our wardens show oxygen levels too low for trout.\n"
)

LETTERHEAD = (
    "NORDVIK FERRY COMPANY, KINGDOM OF NORWAY\n"
    "Press communique, Tromso, 2 May 2025\n"
    "Nordvik Ferry Company regrets the delays on the Senja route this week.\n"
    "The vessel left port with every certificate in order and a full crew.\n"
)

COLON_MARKED = (
    "Mare Libero Rescue Alliance: Press Release\n"
    "Brindisi, 18 June 2024\n"
    "The crew of the rescue boat brought 41 people ashore before dawn on Sunday.\n"
)


def test_a_marker_before_a_dateline_makes_the_name_above_it_the_issuer(nlp: Any) -> None:
    stmts, by_id = _run(nlp, DATELINED)
    assert "Kestrel Valley Conservancy" in (_speaker_of(stmts, by_id, "closed to anglers since Monday") or "")


def test_a_letterhead_in_capitals_is_the_issuer_named_in_the_body(nlp: Any) -> None:
    stmts, by_id = _run(nlp, LETTERHEAD)
    assert "nordvik ferry" in (_speaker_of(stmts, by_id, "every certificate in order") or "").lower()


def test_a_marker_after_the_name_and_a_colon(nlp: Any) -> None:
    stmts, by_id = _run(nlp, COLON_MARKED)
    assert "Mare Libero Rescue Alliance" in (_speaker_of(stmts, by_id, "brought 41 people ashore") or "")


def test_a_dateline_under_a_headline_that_names_nobody_is_no_release(nlp: Any) -> None:
    text = ("FERRY STRIKE ENDS AFTER NINE DAYS\n"
            "Press release, Tromso, 2 May 2025\n"
            "The strike on the Senja route ended on Friday night.\n")
    stmts, _by_id = _run(nlp, text)
    assert not any(s.speaker for s in stmts if "Senja route ended" in s.content.text)
    # a news story's first lines with a dateline but no marker stay the outlet's
    stmts, _by_id = _run(nlp, DATELINED.replace("Media statement, ", ""))
    assert not any("closed to anglers" in s.content.text for s in stmts)


def test_a_marked_release_with_no_name_alone_is_the_voice_of_its_opening_subject(nlp: Any) -> None:
    text = ("PRESS RELEASE\n"
            "Valletta, 3 May 2025\n"
            "Marlow Harbour Lines, operator of the ferry Saule, wishes to correct reports published this weekend.\n"
            "The Saule was never detained, and her papers were returned to the master on Friday.\n")
    stmts, by_id = _run(nlp, text)
    assert "Marlow Harbour Lines" in (_speaker_of(stmts, by_id, "was never detained") or "")
    # a marked text that opens on no organisation has no issuer
    text = ("PRESS RELEASE\n"
            "Valletta, 3 May 2025\n"
            "The ferry Saule was never detained.\n"
            "Her papers were returned to the master on Friday.\n")
    stmts, by_id = _run(nlp, text)
    assert not any(s.speaker for s in stmts if "papers were returned" in s.content.text)


def test_a_letterhead_name_with_the_place_it_serves_named_apart_is_the_issuer(nlp: Any) -> None:
    # The NER names the ministry and its country apart ("Ministry of Home Affairs" + "Kenya"), with or without
    # the "of" between them: the line still names the issuer, whose voice the whole release is.
    for name, issuer in (("Ministry of Home Affairs of Kenya", "Ministry of Home Affairs"),
                         ("Port Authority, Chile", "Port Authority")):
        text = ("PRESS RELEASE\n"
                f"{name}\n"
                "Tallinn, 9 May 2025\n"
                "Statement on the blaze at our Muuga terminal\n"
                "At 03:15 on 7 May, a fuel tank at the depot caught fire. Two workers were slightly hurt.\n"
                "The fire was started deliberately.\n")
        stmts, by_id = _run(nlp, text)
        assert issuer in (_speaker_of(stmts, by_id, "started deliberately") or ""), name
        assert issuer in (_speaker_of(stmts, by_id, "slightly hurt") or ""), name


def test_a_numbered_release_marker_marks_the_release(nlp: Any) -> None:
    text = ("REPUBLIC OF PANAMA\n"
            "MINISTRY OF PUBLIC WORKS\n"
            "PRESS RELEASE No. 17/2024\n"
            "Panama City, 2 July 2024\n"
            "Clarification on the Chame highway works\n"
            "The Ministry of Public Works informs the public that the contract was signed on 28 June.\n"
            "The works are a repair of the existing road and nothing more.\n")
    stmts, by_id = _run(nlp, text)
    assert (_speaker_of(stmts, by_id, "a repair of the existing road") or "").upper() == "MINISTRY OF PUBLIC WORKS"
    # a story that only mentions a numbered release is no release
    text = ("Panama's public works ministry put out press release no. 17 on Tuesday.\n"
            "The works are a repair of the existing road, the ministry said.\n"
            "Drivers on the Chame highway have faced long queues for weeks.\n")
    stmts, by_id = _run(nlp, text)
    assert not any("long queues" in s.content.text for s in stmts)


def test_a_notice_headed_by_the_issuers_name_and_a_colon_is_its_release(nlp: Any) -> None:
    text = (
        "Halvorsen Marine Ltd: update on the grounding of the tanker Solund\n"
        "Update 2, 3 March 2025, 09:00\n"
        "Our divers now estimate that some 12 tonnes of fuel leaked from the hull overnight.\n"
        "We will publish a further update this evening.\n"
    )
    stmts, by_id = _run(nlp, text)
    for words in ("12 tonnes of fuel leaked", "We will publish a further update"):
        speaker = _speaker_of(stmts, by_id, words)
        assert speaker is not None and "Halvorsen Marine" in speaker, (words, speaker)

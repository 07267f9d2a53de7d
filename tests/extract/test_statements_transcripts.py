"""Broadcast transcripts: "NAME: words" turns are direct statements of the person named elsewhere.

Invented transcripts in our own words; staff turns (role tags, a name introduced as the outlet's own
correspondent or editor) and prose with colons must yield no turn.
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
from newsledger.models import Document, Entity, Span, Statement

LEXICON = load_lexicon(load_settings())

MINING = (
    "HOST: A copper mine in the north has been closed after a dispute over water. Our reporter Tom Fairley "
    "is at the site.\n"
    "FAIRLEY: The regional governor, Maria Quispe, ordered the closure yesterday.\n"
    "QUISPE: The company poisoned the river for two years and nobody stopped it.\n"
    "HOST: The operator's chief executive, Daniel Whitcombe, disagrees.\n"
    "WHITCOMBE (translated): Our water tests were clean every single month.\n"
)

RADIO = (
    "PRESENTER: The city council voted last night on the new tram line. Councillor Hana Novak joins us.\n"
    "NOVAK: We approved the budget by a wide margin, and work starts in spring.\n"
    "PRESENTER: The opposition leader, Petr Dvorak, sent us a statement.\n"
)

PROSE = (
    "The minister, Ana Ruiz, spoke to parliament: she said the budget was final.\n"
    "RUIZ said nothing more, and the session closed at noon.\n"
)

DATELINES = (
    "NAIROBI: The electoral board, led by Grace Wanjiru, said counting would finish on Friday.\n"
    "MOMBASA: Port workers said they would strike on Monday.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _turns(stmts: tuple[Statement, ...], by_id: dict[str, Entity]) -> dict[str, str]:
    """Speaker name -> content of each direct statement whose speaker text is an all-capitals tag."""
    return {by_id[s.speaker].name: s.content.text for s in stmts
            if s.kind == "direct" and s.speaker and s.speaker_text and s.speaker_text.isupper()}


def test_party_turns_are_direct_statements(nlp: Any) -> None:
    stmts, by_id = _run(nlp, MINING)
    turns = _turns(stmts, by_id)
    assert any("Quispe" in n and "poisoned the river" in c for n, c in turns.items()), turns
    assert any("Whitcombe" in n and c.startswith("Our water tests") for n, c in turns.items()), turns


def test_staff_turns_are_the_outlets_voice(nlp: Any) -> None:
    stmts, by_id = _run(nlp, MINING)
    turns = _turns(stmts, by_id)
    assert not any("Fairley" in n for n in turns), turns
    assert all(not (s.speaker_text or "").startswith(("HOST", "FAIRLEY")) for s in stmts)


def test_first_person_inside_a_turn_is_the_turns_speaker(nlp: Any) -> None:
    stmts, by_id = _run(nlp, RADIO)
    turns = _turns(stmts, by_id)
    assert any("Novak" in n and "approved the budget" in c for n, c in turns.items()), turns
    assert not any(s.speaker_text and s.speaker_text.lower() == "we" for s in stmts)


def test_no_turns_outside_transcripts(nlp: Any) -> None:
    for text in (PROSE, DATELINES):
        stmts, by_id = _run(nlp, text)
        assert _turns(stmts, by_id) == {}, text


LIVE_BLOG = (
    "14:05 The port authority says two cranes collapsed during the storm.\n"
    "15.30 Harbour master Ingrid Lunde told us the quay would stay closed.\n"
)


def test_live_blog_entry_time_is_not_part_of_the_speaker(nlp: Any) -> None:
    stmts, _ = _run(nlp, LIVE_BLOG)
    texts = [s.speaker_text for s in stmts if s.speaker_text]
    assert any("port authority" in t for t in texts), texts
    assert not any(t[:1].isdigit() for t in texts), texts


def test_reporters_aside_hands_the_quote_back(nlp: Any) -> None:
    text = ('The harbour master, Ingrid Lunde, told the inquiry, and I quote, "The quay was never inspected."\n'
            'I asked her again, and she said: "Nobody came."\n')
    stmts, by_id = _run(nlp, text)
    quoted = [s for s in stmts if "never inspected" in s.content.text]
    assert quoted and quoted[0].speaker and "Lunde" in by_id[quoted[0].speaker].name, quoted


PANEL = (
    "PRESENTER: Fishermen and the navy blame each other for a collision off the coast. Captain Rui Tavares "
    "of the trawler spoke to us this morning.\n"
    "TAVARES: The frigate came at our boat without any signal, and our crew had no time to turn.\n"
    "PRESENTER: The navy gave us a different account. Its press officer, Commander Ines Moura, joins us now.\n"
    "MOURA: Our frigate sounded its horn five times before the trawler crossed its bow.\n"
)


def test_host_lines_saying_us_are_no_guests_words(nlp: Any) -> None:
    """A guest's first-person turn makes no press release of the transcript: the host's "joins us" lines
    are the outlet's voice, not the guest before them."""
    stmts, by_id = _run(nlp, PANEL)
    for s in stmts:
        assert "spoke to us" not in s.content.text and "joins us" not in s.content.text, s
        assert "different account" not in s.content.text, s
    turns = _turns(stmts, by_id)
    assert any("Tavares" in n and "frigate came" in c for n, c in turns.items()), turns
    assert any("Moura" in n and "sounded its horn" in c for n, c in turns.items()), turns


HANDOFF = (
    "ANCHOR: Flooding has closed the main road to the airport. Lena Varga reports from Szeged.\n"
    "VARGA: The regional water board says the river rose two metres overnight.\n"
    "ANCHOR: The mayor, Zoltan Kiss, spoke to us this afternoon.\n"
    "KISS: The dykes held. Nobody in the city lost a home.\n"
)


def test_a_name_handed_the_report_is_staff(nlp: Any) -> None:
    stmts, by_id = _run(nlp, HANDOFF)
    turns = _turns(stmts, by_id)
    assert not any("Varga" in n for n in turns), turns
    assert any("Kiss" in n and "dykes held" in c for n, c in turns.items()), turns


def _ent(eid: str, name: str, kind: str, *spans: tuple[int, str]) -> Entity:
    return Entity(id=eid, name=name, type=kind,  # type: ignore[arg-type]
                  mentions=tuple(Span(s, s + len(t), t) for s, t in spans))


def test_a_surname_the_parser_cut_off_a_name() -> None:
    from newsledger.extract.statements.transcript import _person
    text = "I reached the commander, General Amos Deng Kuol, by phone.\nKUOL: We accepted nothing.\n"
    first = text.index("Amos")
    people = [_ent("e1", "Amos Deng", "PERSON", (first, "Amos Deng"))]
    cut = _ent("e2", "Kuol", "NORP", (text.index("Kuol"), "Kuol"), (text.index("KUOL"), "KUOL"))
    assert _person("KUOL", people, [cut], text) is cut
    alone = _ent("e3", "Kuol", "NORP", (text.index("KUOL"), "KUOL"))  # never written after a person's name
    assert _person("KUOL", people, [alone], text) is None


FOR_US = (
    "ANCHOR: Flooding has closed the main road into the valley. Ines Moreau is in the town of Lacanau for us.\n"
    "MOREAU: The water came up overnight. The French interior ministry says two bridges are shut until further "
    "notice.\n"
    "ANCHOR: The regional councillor, Marie Dubois, joins us now.\n"
    "DUBOIS: We warned the state about that embankment three winters ago.\n"
)


def test_a_name_reporting_for_us_is_staff_and_a_guest_who_joins_us_is_not(nlp: Any) -> None:
    stmts, by_id = _run(nlp, FOR_US)
    turns = _turns(stmts, by_id)
    assert not any("Moreau" in n for n in turns), turns
    assert any("Dubois" in n and "embankment" in c for n, c in turns.items()), turns
    # inside the reporter's turn, the source she names keeps its own words
    said = {s.content.text: by_id[s.speaker].name for s in stmts if s.speaker}
    assert any("two bridges are shut" in c and "ministry" in n.lower() for c, n in said.items()), said


FOLLOWING = (
    "PRESENTER: The strike at the northern smelter is in its third week. Tomas Lindqvist has been following it.\n"
    "LINDQVIST: The Swedish labour ministry says talks will resume on Monday. The company calls that optimistic.\n"
    "PRESENTER: Greta Holm, the union's negotiator, is with us now.\n"
    "HOLM: We have not been offered a single krona more since the strike began.\n"
)


def test_a_bare_name_handed_the_story_is_staff_and_its_sources_speak(nlp: Any) -> None:
    stmts, by_id = _run(nlp, FOLLOWING)
    turns = _turns(stmts, by_id)
    assert not any("Lindqvist" in n for n in turns), turns
    assert any("Holm" in n and "single krona" in c for n, c in turns.items()), turns
    said = {s.content.text: by_id[s.speaker].name for s in stmts if s.speaker}
    assert any("talks will resume" in c and "ministry" in n.lower() for c, n in said.items()), said


STAFF_ONLY = (
    "HOST: Hackers claim to have copied the records of a national pension fund. Our technology reporter, "
    "Lea Brandt, is with me.\n"
    "BRANDT: The group posted a sample overnight.\n"
    "HOST: Has the fund answered?\n"
    "BRANDT: Not yet. We've asked twice today and our calls went unanswered.\n"
)


def test_a_transcript_of_staff_turns_only_is_no_press_release(nlp: Any) -> None:
    stmts, by_id = _run(nlp, STAFF_ONLY)
    assert not any(s.speaker and "Brandt" in by_id[s.speaker].name for s in stmts), stmts


BRIEFING = (
    "Excerpts from the weekly briefing of the foreign ministry, as released by its press office.\n"
    "SPOKESMAN PAVEL DRUMEV: Good morning. The minister signed a water accord in Vienna on Monday.\n"
    "QUESTION (Radio Sofia): Does the accord set a price?\n"
    "DRUMEV: No price was set. The two sides will talk again in the autumn.\n"
    "DEPUTY MINISTER OF AGRICULTURE IVO PETKOV: Farmers will get about 40 million euros from the fund.\n"
    "PETKOV: Nothing more has been promised.\n"
)


def test_a_briefing_tags_a_title_before_the_name(nlp: Any) -> None:
    stmts, by_id = _run(nlp, BRIEFING)
    said = {s.content.text: by_id[s.speaker].name for s in stmts if s.kind == "direct" and s.speaker}
    for words, name in (("signed a water accord", "Drumev"), ("No price was set", "Drumev"),
                        ("about 40 million euros", "Petkov"), ("Nothing more has been", "Petkov")):
        assert any(words in c and name in n for c, n in said.items()), (words, said)


ASIDES = (
    "ANCHOR: Two neighbours dispute how many sheep died in the hill fire. Our reporter Ola Berg is there.\n"
    "BERG: The county vet, Kari Haugen, counted the carcasses herself, and the farmers' union, led by Rolf "
    "Dahl, has its own tally.\n"
    "HAUGEN (RECORDED): We counted more than four hundred animals on the slope.\n"
    "DAHL (VOICE OF INTERPRETER): Forty animals. Not four hundred.\n"
    "HAUGEN (on the phone): The count stands.\n"
)


def test_a_tag_with_a_capitalised_aside_is_still_a_turn(nlp: Any) -> None:
    """A broadcast tag may carry an aside in capitals, "(RECORDED)" or "(VOICE OF INTERPRETER)", as well
    as a lower-case "(translated)": the turn is still the named person's."""
    stmts, by_id = _run(nlp, ASIDES)
    turns = [(by_id[s.speaker].name, s.content.text) for s in stmts
             if s.kind == "direct" and s.speaker and s.speaker_text and s.speaker_text.isupper()]
    assert any("Haugen" in n and "four hundred animals" in c for n, c in turns), turns
    assert any("Dahl" in n and c.startswith("Forty animals") for n, c in turns), turns
    assert not any("Berg" in n for n, _ in turns), turns

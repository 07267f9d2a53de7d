"""Interviews printed as "Q: ..." / "A: ..." lines: every answer is the guest's direct statement.

Invented interviews in our own words: the guest is named in the introduction ("We spoke to ...",
"... answered our questions"); questions are the outlet's, a third party a question reports keeps its
own statement, and a text with no guest named or no question lines yields no answer statements.
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

HARBOUR = (
    "Chile says an Argentine patrol boat entered its waters near Ushuaia on Monday. We spoke to the navy's "
    "chief of staff, Admiral Rosa Pereira, in Valparaiso. The conversation has been shortened.\n"
    "Q: What did your crews see?\n"
    "A: A patrol boat sailed two miles into Chilean waters and stayed for an hour. Our sailors filmed it.\n"
    "Q: Buenos Aires says none of its vessels left port that day.\n"
    "A: I have seen that. The film speaks for itself.\n"
    "Q: Will you protest?\n"
    "A: We already have.\n"
)

CLINIC = (
    "The mining town of Oruro lost its only maternity ward last month after the regional health board "
    "cut its budget. Dr Lucia Mamani, who ran the ward for nine years, answered our questions by email.\n"
    "Question: How many births did the ward handle?\n"
    "Answer: About 600 a year. Now mothers travel three hours to La Paz.\n"
    "Question: The board says the ward was underused.\n"
    "Answer: That is simply wrong. We were full every winter.\n"
)

DETAINED = (
    "The journalist Kemal Arslan was detained in Izmir on Monday and has not been charged. We spoke to his "
    "lawyer, Derya Yilmaz of the Bar Association, by phone.\n"
    "Q: Where is he being held?\n"
    "A: Nobody will tell us. The police say he is at the central station, the prosecutor says he is not.\n"
    "Q: Has he been questioned?\n"
    "A: Not in my presence, and that is unlawful.\n"
)

NO_GUEST = (
    "The harbour of Constanta reopened on Friday after the storm.\n"
    "Q: When will ferries run again?\n"
    "A: The port authority expects the first crossing on Sunday.\n"
    "Q: Were any ships damaged?\n"
    "A: Two tugs were pushed onto the breakwater.\n"
)

NO_QUESTIONS = (
    "We spoke to the farmer Tomasz Wrona near Lublin about the drought.\n"
    "A: grade wheat fetched a low price this year, he said.\n"
    "A: grade barley did no better.\n"
)


def _run(nlp: Any, text: str) -> tuple[tuple[Statement, ...], dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speaker(s: Statement, by_id: dict[str, Entity]) -> str | None:
    return by_id[s.speaker].name if s.speaker else None


def _by_content(stmts: tuple[Statement, ...], words: str) -> list[Statement]:
    return [s for s in stmts if words in s.content.text]


def test_answers_are_the_guests_direct_statements(nlp: Any) -> None:
    stmts, by_id = _run(nlp, HARBOUR)
    for words in ("sailed two miles", "I have seen that", "We already have"):
        found = _by_content(stmts, words)
        assert found and all(s.kind == "direct" and "Pereira" in (_speaker(s, by_id) or "") for s in found), \
            (words, [(s.content.text, _speaker(s, by_id)) for s in stmts])


def test_questions_are_no_statement_of_the_guest(nlp: Any) -> None:
    stmts, by_id = _run(nlp, HARBOUR)
    for s in stmts:
        if "Pereira" in (_speaker(s, by_id) or ""):
            assert "What did your crews" not in s.content.text and "Will you protest" not in s.content.text, s


def test_a_question_reporting_a_third_party_keeps_its_speaker(nlp: Any) -> None:
    stmts, by_id = _run(nlp, HARBOUR)
    found = _by_content(stmts, "none of its vessels left port")
    assert found and all(_speaker(s, by_id) == "Buenos Aires" for s in found), \
        [(s.content.text, s.speaker_text, _speaker(s, by_id)) for s in stmts]


def test_long_tags_and_a_guest_named_as_subject(nlp: Any) -> None:
    stmts, by_id = _run(nlp, CLINIC)
    for words in ("About 600 a year", "simply wrong"):
        found = _by_content(stmts, words)
        assert found and all("Mamani" in (_speaker(s, by_id) or "") for s in found), \
            (words, [(s.content.text, _speaker(s, by_id)) for s in stmts])


def test_the_guest_not_a_person_the_introduction_refers_to(nlp: Any) -> None:
    stmts, by_id = _run(nlp, DETAINED)
    found = _by_content(stmts, "Not in my presence")
    assert found and all("Yilmaz" in (_speaker(s, by_id) or "") for s in found), \
        [(s.content.text, _speaker(s, by_id)) for s in stmts]


def test_no_guest_named_no_answer_statements(nlp: Any) -> None:
    stmts, by_id = _run(nlp, NO_GUEST)
    assert not any(s.kind == "direct" and s.cue is None and "Two tugs" in s.content.text for s in stmts), stmts


def test_no_question_lines_no_interview(nlp: Any) -> None:
    stmts, by_id = _run(nlp, NO_QUESTIONS)
    assert not _by_content(stmts, "barley did no better"), stmts


ASKED_HIM = (
    "The port authority of Mombasa signed a twenty-year deal with a Dubai operator last week. Councillor Otieno "
    "Wafula has his doubts about it. We asked him why.\n"
    "Q: What worries you?\n"
    "A: The operator sets every fee for twenty years and the county has no seat on its board.\n"
    "Q: The authority says the county keeps the land.\n"
    "A: On paper it does. In practice it has given the quay away.\n"
)


def test_the_guest_named_by_the_pronoun_the_questions_are_put_to(nlp: Any) -> None:
    # "We asked him why.": the introduction's interview sentence names the guest by a pronoun only.
    stmts, by_id = _run(nlp, ASKED_HIM)
    for words in ("sets every fee", "given the quay away"):
        found = _by_content(stmts, words)
        assert found and all("Wafula" in (_speaker(s, by_id) or "") for s in found), \
            (words, [(s.content.text, _speaker(s, by_id)) for s in stmts])


def test_an_interview_whose_guest_is_not_found_is_no_release_of_the_first_subject(nlp: Any) -> None:
    # the outlet's "We put their complaint to ..." after a group as the first subject makes no press release
    text = ("Residents of Velm say the new cranes have cost forty jobs. We put their complaint to the port's "
            "director. The interview has been edited.\n"
            "Q: The residents say forty jobs have gone. Is that right?\n"
            "A: No. We have hired twelve people since the cranes arrived.\n"
            "Q: Will there be more cuts?\n"
            "A: Not this year. We have no plans for any.\n")
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    found = statements(doc, ents, tms, LEXICON)
    assert not any(("hired twelve people" in s.content.text or "We put their complaint" in s.content.text)
                   and "Residents" in by_id.get(s.speaker or "", "") for s in found)


def test_a_guest_the_ner_typed_as_an_organisation_is_found_as_the_one_spoken_to(nlp: Any) -> None:
    text = ("A hard winter has killed camels across the south. We spoke to Oyunbileg Dashdorj, who chairs the Gobi "
            "Camel Breeders' Union, in Dalanzadgad.\n"
            "Q: The province says 40,000 camels have died. Is that right?\n"
            "A: Far more. Our branches have counted more than 90,000.\n"
            "Q: What do herders need?\n"
            "A: Hay and fuel before the spring storms.\n")
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    found = [s for s in statements(doc, ents, tms, LEXICON) if "counted more than 90,000" in s.content.text]
    assert found and "Dashdorj" in by_id.get(found[0].speaker or "", "")
    # an organisation merely mentioned in the introduction is not taken for the guest
    text = text.replace("We spoke to Oyunbileg Dashdorj, who chairs the Gobi Camel Breeders' Union, in Dalanzadgad.",
                        "The Gobi Camel Breeders' Union has asked for help.")
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    assert not any(s.speaker for s in statements(doc, ents, tms, LEXICON) if "counted more" in s.content.text)


def test_a_guest_the_ner_typed_as_a_place_is_found_as_the_one_spoken_to(nlp: Any) -> None:
    text = ("The region passed a law this week that makes press clubs register as foreign agents. We spoke to "
            "Tomas Paris, director of the Harbour Press Club, one of many groups that must register.\n"
            "Q: The ministry calls it a transparency rule. Is it?\n"
            "A: No. It is a leash, and we will not wear it.\n"
            "Q: Will you register?\n"
            "A: Not this month.\n")
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    found = [s for s in statements(doc, ents, tms, LEXICON) if "It is a leash" in s.content.text]
    assert found and "Paris" in by_id.get(found[0].speaker or "", "")


BRIDGE = (
    "The old river bridge at Kanta was closed after cracks appeared in its piers. We asked the Minister of Public "
    "Works, Rakesh Seeraj, about it.\n"
    "Q: Engineers say the piers were never inspected. Were they?\n"
    "A: Every pier was inspected in March. The cracks are new.\n"
    "Q: When will it reopen?\n"
    "A: Not before the rains end.\n"
)


def test_a_guest_the_ner_missed_after_a_title_and_a_comma(nlp: Any) -> None:
    stmts, by_id = _run(nlp, BRIDGE)
    for words in ("Every pier was inspected", "Not before the rains"):
        found = _by_content(stmts, words)
        assert found and all("Seeraj" in (_speaker(s, by_id) or "") for s in found), \
            (words, [(s.content.text, _speaker(s, by_id)) for s in stmts])

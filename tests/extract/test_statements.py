"""Statements: quotes in every style, partial quotes, indirect speech, speakers, cues and times.

Each case is invented news text in our own words and the statements it must
yield: ``(kind, words the content contains, speaker)``, where the speaker is
matched against the resolved entity's name or, failing that, the
``speaker_text``; ``None`` means no speaker. ``only`` cases also forbid any
other quoted (direct/partial) statement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.extract.statements import statements
from newsledger.extract.statements.marks import quote_spans
from newsledger.extract.statements.words import statement_words
from newsledger.extract.times import times
from newsledger.lexicon import Lexicon, WordLists, load_lexicon
from newsledger.lexicon.cues import load_cues
from newsledger.models import Document, Entity, Span, Statement, TimeExpr

LEXICON = load_lexicon(load_settings())  # the shipped vocabularies
ELISIONS = statement_words(LEXICON).elisions

Want = tuple[str, str, str | None]

CASES: list[tuple[str, str, list[Want], bool]] = [
    # --- quote styles -------------------------------------------------------------------------------
    # A definite noun that describes the person named last as a subject ("the businessman", "the president").
    ("epithet-businessman", "Karl Weber toured the port of Bremen on Monday. \u201cWe will build here,\u201d the "
     "shipping magnate said.", [("direct", "We will build here", "Karl Weber")], False),
    ("epithet-title", "Gabriel Boric defended the new export rules on Friday. The president said the rules "
     "protect farmers.", [("indirect", "the rules protect farmers", "Gabriel Boric")], False),
    # The parse hangs the cue on the quoted clause and lends it that clause's subject ("Its permit"):
    # the words between the closing quote and the cue still name the speaker.
    ("split-subject-then-title-name", "The river authority said the permit had been withdrawn. Its permit "
     "\"remains fully valid until 2030\", the port's manager, Tomasz Wrona, told reporters in Gdynia.",
     [("partial", "remains fully valid until 2030", "Tomasz Wrona")], False),
    ("split-subject-unknown-speaker", "The ministry said the contract was void. The contract \"remains entirely "
     "lawful\", the firm's lawyer, Anna Berg, told reporters in Oslo.",
     [("partial", "remains entirely lawful", "Anna Berg")], False),
    ("curly-after", "“The border will stay open,” Kenyan Interior Minister Amos Kiptoo said on Monday.",
     [("direct", "The border will stay open", "Amos Kiptoo")], True),
    ("straight-after", '"We have not received any request," said Lena Vogt, a German government spokeswoman.',
     [("direct", "We have not received any request", "Lena Vogt")], True),
    ("single-curly", "‘Nothing has been decided yet,’ Prime Minister Aroha Ngata told reporters in Wellington.",
     [("direct", "Nothing has been decided yet", "Aroha Ngata")], True),
    ("single-straight", "'Our troops will remain,' said General Tomas Ruiz of the Chilean army.",
     [("direct", "Our troops will remain", "Tomas Ruiz")], True),
    ("guillemets", "«Nous ne céderons pas», a déclaré le ministre. Later, Claire Dubois said «La France est prête».",
     [("direct", "La France est prête", "Claire Dubois")], False),
    ("mixed-marks", "“The talks in Doha were constructive,\" Qatari envoy Faisal Al-Mansouri said.",
     [("direct", "The talks in Doha were constructive", "Faisal Al-Mansouri")], True),
    ("low-high-marks", "„Wir bleiben im Gespräch“, sagte Kanzlerin Marta Keller. Marta Keller said later: "
     "“We remain in contact with Warsaw.”",
     [("direct", "We remain in contact with Warsaw", "Marta Keller")], False),
    ("apostrophes-inside", "“We don’t accept Moscow’s terms and we won’t,” Ukrainian diplomat Oksana Melnyk said.",
     [("direct", "We don’t accept Moscow’s terms and we won’t", "Oksana Melnyk")], True),
    ("nested-single", "“The envoy told us ‘no deal’ and left,” said Brazilian senator Paulo Mendes.",
     [("direct", "The envoy told us ‘no deal’ and left", "Paulo Mendes")], True),
    ("nested-straight", "\"He called it a 'red line' for Seoul,\" South Korean official Park Ji-hoon said.",
     [("direct", "He called it a 'red line' for Seoul", "Park Ji-hoon")], True),
    # --- where the attribution stands ---------------------------------------------------------------------
    ("before-colon", "Nigerian President Bola Adeyemi said: “We will not negotiate with kidnappers.”",
     [("direct", "We will not negotiate with kidnappers", "Bola Adeyemi")], True),
    ("before-comma", "Finance Minister Rahul Mehta said, “The rupee is stable and reserves are ample.”",
     [("direct", "The rupee is stable and reserves are ample", "Rahul Mehta")], True),
    ("before-that", "Turkish Foreign Minister Selim Kaya said that “Ankara will not accept a buffer zone.”",
     [("direct", "Ankara will not accept a buffer zone", "Selim Kaya")], True),
    ("inverted", "“Sanctions will follow,” said Danish Foreign Minister Freja Holm.",
     [("direct", "Sanctions will follow", "Freja Holm")], True),
    ("interrupted", "“The ceasefire is holding,” Egyptian mediator Hassan Fahmy said, “but it remains fragile.”",
     [("direct", "The ceasefire is holding", "Hassan Fahmy"), ("direct", "but it remains fragile", "Hassan Fahmy")],
     True),
    ("interrupted-pronoun", "Vietnam's trade minister Nguyen Van Long spoke briefly. “Exports grew,” he said, "
     "“and they will grow again next year.”",
     [("direct", "Exports grew", "Nguyen Van Long"), ("direct", "they will grow again", "Nguyen Van Long")], True),
    ("multi-sentence", "“We signed the accord. It protects our fishermen. It took two years,” Peruvian minister "
     "Lucia Paredes said.",
     [("direct", "We signed the accord. It protects our fishermen", "Lucia Paredes")], True),
    ("multi-paragraph", "Mexican President Elena Robles described the plan at length.\n\n“The first phase builds "
     "roads.\n\n“The second phase builds schools,” Robles said.",
     [("direct", "The second phase builds schools", "Elena Robles")], True),
    ("colon-previous-sentence", "Japanese Prime Minister Kenji Sato issued a short statement:\n“Japan stands with "
     "its partners in the region.”",
     [("direct", "Japan stands with its partners", "Kenji Sato")], True),
    ("colon-no-cue", "The answer from Canadian minister Rachel Dubé was blunt: “There will be no exemption.”",
     [("direct", "There will be no exemption", "Rachel Dubé")], True),
    ("dash-introduced", "Polish President Jan Zielinski had one message — “Warsaw will defend every inch.”",
     [("direct", "Warsaw will defend every inch", "Jan Zielinski")], True),
    ("continuation", "“Our port is open to all ships,” Greek shipping minister Nikos Papadakis said.\n"
     "“We expect traffic to double by spring.”",
     [("direct", "Our port is open", "Nikos Papadakis"), ("direct", "We expect traffic to double", "Nikos Papadakis")],
     True),
    ("according-to-quote", "“The dam is safe,” according to Ethiopian engineer Abebe Tadesse.",
     [("direct", "The dam is safe", "Abebe Tadesse")], True),
    # --- pronoun, nominal and anonymous speakers ---------------------------------------------------------
    ("pronoun-she", "Australian trade minister Kate Rowe met her Chinese counterpart on Friday. “The meeting was "
     "useful,” she said.",
     [("direct", "The meeting was useful", "Kate Rowe")], True),
    ("pronoun-he-added", "“Inflation will ease,” Brazilian central banker Luiz Carvalho said. “Rates can then "
     "fall,” he added.",
     [("direct", "Inflation will ease", "Luiz Carvalho"), ("direct", "Rates can then fall", "Luiz Carvalho")], True),
    ("pronoun-it", "The Kenyan Foreign Ministry responded within hours. It said that “Nairobi remains a neutral "
     "host.”",
     [("direct", "Nairobi remains a neutral host", "Kenyan Foreign Ministry")], True),
    ("his-office", "Chilean President Gabriel Soto met miners in Antofagasta. Soto “listened to their concerns "
     "about wages and safety,” his office said.",
     [("partial", "listened to their concerns", "Gabriel Soto")], True),
    ("nominal-ministry", "Egypt's Ministry of Water Resources published new figures. The ministry said the "
     "reservoir was at record levels.",
     [("indirect", "the reservoir was at record levels", "Ministry of Water Resources")], False),
    ("nominal-title", "Government spokesperson Maria Lopez spoke after the cabinet meeting. The spokesperson said "
     "the budget would pass by June.",
     [("indirect", "the budget would pass by June", "Maria Lopez")], False),
    ("anonymous-official", "“There is no timetable for a withdrawal,” a senior Saudi official said.",
     [("direct", "There is no timetable for a withdrawal", "a senior Saudi official")], True),
    ("anonymous-diplomats", "Two diplomats familiar with the talks said the draft had been shelved.",
     [("indirect", "the draft had been shelved", "Two diplomats")], False),
    ("metonym-capital", "Beijing, for its part, has argued the tariffs violate trade rules.",
     [("indirect", "the tariffs violate trade rules", "Beijing")], False),
    ("document-subject", "A statement from the Philippine Coast Guard said two vessels had collided near the "
     "shoal.",
     [("indirect", "two vessels had collided near the shoal", "Philippine Coast Guard")], False),
    # --- partial quotes -----------------------------------------------------------------------------------
    ("partial-called", "Indonesian President Budi Santoso called the negotiations \"productive\" after the "
     "summit.",
     [("partial", "productive", "Budi Santoso")], True),
    ("partial-dismissed", "Norway's foreign minister Ola Berg dismissed the report as “baseless and harmful.”",
     [("partial", "baseless and harmful", "Ola Berg")], True),
    ("partial-inside-indirect", "Argentine economy minister Sofia Ibarra said the deal would bring \"real "
     "relief\" to exporters.",
     [("partial", "real relief", "Sofia Ibarra"), ("indirect", "the deal would bring", "Sofia Ibarra")], True),
    ("partial-object", "The agreement contains “binding limits on emissions from heavy industry,” Swedish "
     "minister Karin Lind said.",
     [("partial", "binding limits on emissions", "Karin Lind")], True),
    # --- indirect speech --------------------------------------------------------------------------------
    ("said-that", "Moroccan Foreign Minister Youssef Alami said that the border crossing would reopen next week.",
     [("indirect", "the border crossing would reopen next week", "Youssef Alami")], False),
    ("said-bare", "Irish Taoiseach Siobhan Kelly said the referendum would be held in the autumn.",
     [("indirect", "the referendum would be held in the autumn", "Siobhan Kelly")], False),
    ("told-reporters", "Pakistan's army chief Asim Raza told reporters the operation had ended.",
     [("indirect", "the operation had ended", "Asim Raza")], False),
    ("according-to", "According to Colombian prosecutors, the suspects crossed the border in March.",
     [("indirect", "the suspects crossed the border in March", "Colombian prosecutors")], False),
    ("according-to-end", "The pipeline was damaged by an explosion, according to Lithuanian police.",
     [("indirect", "The pipeline was damaged by an explosion", "Lithuanian police")], False),
    ("stressed", "Ghana's finance minister Kwame Mensah stressed that the debt deal protected pensions.",
     [("indirect", "the debt deal protected pensions", "Kwame Mensah")], False),
    ("insisted", "Serbian President Milan Petrovic insisted that no troops had crossed the line.",
     [("indirect", "no troops had crossed the line", "Milan Petrovic")], False),
    ("denied", "Thai Prime Minister Anong Chai denied that the election would be postponed.",
     [("indirect", "the election would be postponed", "Anong Chai")], False),
    ("emphasized", "The Estonian Defence Ministry emphasized that the exercise was planned months ago.",
     [("indirect", "the exercise was planned months ago", "Estonian Defence Ministry")], False),
    ("has-argued", "Canadian Prime Minister Mark Ellis has argued the levy hurts farmers.",
     [("indirect", "the levy hurts farmers", "Mark Ellis")], False),
    ("participle-stressing", "Spain's Foreign Ministry issued a note on Tuesday, stressing that the embassy "
     "remained open.",
     [("indirect", "the embassy remained open", "Spain's Foreign Ministry")], False),
    ("parenthetical", "The harvest, Ukrainian agriculture minister Taras Bondar said, would be the smallest in "
     "a decade.",
     [("indirect", "would be the smallest in a decade", "Taras Bondar")], False),
    ("reporting-noun", "Kazakh President Nurlan Abenov made a promise that gas prices would stay frozen.",
     [("indirect", "gas prices would stay frozen", "Nurlan Abenov")], False),
    ("relative-who", "The plan was criticised by Zambian MP Grace Phiri, who said it ignored rural clinics.",
     [("indirect", "it ignored rural clinics", "Grace Phiri")], False),
    ("passive-no-source", "It was reported that the Lebanese cabinet would meet again.",
     [("indirect", "the Lebanese cabinet would meet again", None)], False),
    ("xcomp-vowed", "Sudanese army chief Idris Omar vowed to retake the capital within weeks.",
     [("indirect", "to retake the capital", "Idris Omar")], False),
    ("stance-adjective", "Croatian Prime Minister Ivo Horvat is confident that the euro will lower prices.",
     [("indirect", "that the euro will lower prices", "Ivo Horvat")], False),
    ("object-announced", "Belgian Prime Minister Sofie Peeters announced new limits on gas exports.",
     [("indirect", "new limits on gas exports", "Sofie Peeters")], False),
    ("typewriter-marks", "''We will rebuild the bridge,'' Serbian engineer Dragan Ilic said.",
     [("direct", "We will rebuild the bridge", "Dragan Ilic")], True),
    ("pronoun-recency", "“The vote was fair,” Kenyan observer Amina Wanjiru said. Later, opposition leader "
     "Peter Otieno arrived in Nakuru. “We reject the count,” he said.",
     [("direct", "The vote was fair", "Amina Wanjiru"), ("direct", "We reject the count", "Peter Otieno")], True),
    ("pronoun-titled-subject", "The Chilean president's spokeswoman, Carla Reyes, said Santiago had summoned "
     "the Bolivian envoy and threatened to recall its ambassador. “We will not accept these insults,” she said.",
     [("direct", "We will not accept these insults", "Carla Reyes")], True),
    ("pronoun-own-sentence-subject", "“Aid must reach the valleys,” Chilean envoy Ana Torres said. Peru's "
     "ambassador, Rosa Quispe, thanked the council but rejected the criticism, which she called “unfounded.”",
     [("direct", "Aid must reach the valleys", "Ana Torres"), ("direct", "unfounded", "Rosa Quispe")], True),
    ("second-cue-after-would", "Egyptian minister Samir Fahmy said the canal would reopen soon and called the "
     "closure “a temporary measure.”",
     [("partial", "a temporary measure", "Samir Fahmy"), ("indirect", "the canal would reopen soon", "Samir Fahmy")],
     True),
    ("second-cue-after-but", "Greek envoy Nikos Petrou said Athens would not veto the plan but warned that “the "
     "islands are not negotiable.”",
     [("direct", "the islands are not negotiable", "Nikos Petrou"),
      ("indirect", "Athens would not veto the plan", "Nikos Petrou")], True),
    # --- no quote, stray marks -------------------------------------------------------------------------
    ("scare-quotes", "Critics in Rome dubbed the bill the “salva-banche” measure, and the vote was delayed.",
     [], True),
    ("title-quotes", "The Hungarian film “Autumn Light” won the top prize in Berlin.", [], True),
    ("title-with-cue", "Czech director Pavel Novak said his film “Winter Over Prague” was about exile.",
     [("indirect", "his film “Winter Over Prague” was about exile", "Pavel Novak")], True),
    ("stray-open", "“The minister left early. Belgian Prime Minister Luc Janssens said the summit would "
     "continue.",
     [("indirect", "the summit would continue", "Luc Janssens")], True),
    ("stray-close", "Officials in Lima were cautious.” Peruvian minister Ana Quispe said the talks would resume.",
     [("indirect", "the talks would resume", "Ana Quispe")], True),
    ("odd-marks", 'He said " and then Danish minister Mette Lund said the ferry would run daily.',
     [("indirect", "the ferry would run daily", "Mette Lund")], False),
]


def _run(nlp: Any, text: str, extra_times: tuple[TimeExpr, ...] | None = None) -> tuple[tuple[Statement, ...],
                                                                                        dict[str, Entity]]:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    tms = times(doc, Document(text=text, published=dt.date(2025, 3, 14)), LEXICON) if extra_times is None \
        else extra_times
    return statements(doc, ents, tms, LEXICON), {e.id: e for e in ents}


def _speaker_ok(stmt: Statement, by_id: dict[str, Entity], want: str | None) -> bool:
    if want is None:
        return stmt.speaker is None and not stmt.speaker_text
    entity = by_id.get(stmt.speaker or "")
    names = [entity.name, *(m.text for m in entity.mentions)] if entity else []
    return any(want.lower() in n.lower() or n.lower() in want.lower() for n in names if len(n) > 2) or \
        want.lower() in (stmt.speaker_text or "").lower()


def _describe(stmts: tuple[Statement, ...], by_id: dict[str, Entity]) -> str:
    rows = []
    for s in stmts:
        who = by_id[s.speaker].name if s.speaker in by_id else None
        rows.append(f"  {s.kind:8s} cue={s.cue!r:12} speaker={who!r} text={s.speaker_text!r} | {s.content.text!r}")
    return "\n".join(rows) or "  (none)"


@pytest.mark.parametrize(("name", "text", "wants", "only"), CASES, ids=[c[0] for c in CASES])
def test_statement_table(nlp: Any, name: str, text: str, wants: list[Want], only: bool) -> None:
    stmts, by_id = _run(nlp, text)
    for s in stmts:
        assert s.content.text == text[s.content.start:s.content.end]
    for kind, words, speaker in wants:
        hits = [s for s in stmts if s.kind == kind and words in s.content.text]
        assert hits, f"no {kind} statement containing {words!r}:\n{_describe(stmts, by_id)}"
        assert any(_speaker_ok(s, by_id, speaker) for s in hits), \
            f"wrong speaker for {words!r}, want {speaker!r}:\n{_describe(stmts, by_id)}"
    if only:
        quoted = [s for s in stmts if s.kind != "indirect"]
        wanted = [w for w in wants if w[0] != "indirect"]
        assert len(quoted) == len(wanted), f"unexpected quoted statements:\n{_describe(stmts, by_id)}"


def test_case_table_is_large() -> None:
    assert len(CASES) >= 50


def test_cue_and_time_from_time_records(nlp: Any) -> None:
    """The statement's own date: a TimeExpr on the cue's clause ("said Tuesday"), matched by its span."""
    text = "“The grain corridor stays open,” Turkish minister Ayse Demir said Tuesday."
    start = text.index("Tuesday")
    tuesday = TimeExpr(id="t9", span=Span(start, start + 7, "Tuesday"), value="2025-03-11", precision="day")
    stmts, _ = _run(nlp, text, extra_times=(tuesday,))
    assert [(s.cue, s.time) for s in stmts] == [("said", "t9")]


def test_time_not_taken_from_the_content(nlp: Any) -> None:
    text = "Romanian minister Dan Popa said the vote would take place in May."
    start = text.index("May")
    may = TimeExpr(id="t1", span=Span(start, start + 3, "May"), value="2025-05", precision="month")
    stmts, _ = _run(nlp, text, extra_times=(may,))
    assert [(s.kind, s.time) for s in stmts] == [("indirect", None)]


@pytest.mark.parametrize("text", [
    "", "“", "”", '"', "'", "‘’", "“”", '""', "« »", "He said “", "“Unclosed\n\nand more", "a ' b ' c",
    "’Tis the season, she said’", "“a” “b” “c", "\n\n“\n\n”\n",
])
def test_marks_never_raise(nlp: Any, text: str) -> None:
    for q in quote_spans(text, ELISIONS):
        assert 0 <= q.open < q.start <= q.end <= q.close < len(text)
    stmts, _ = _run(nlp, text) if text.strip() else ((), {})
    assert all(s.content.text == text[s.content.start:s.content.end] for s in stmts)


@pytest.mark.parametrize(("text", "quoted"), [
    ("“A b,” he said, “c d.”", ["A b", "c d."]),
    ("She said \"yes,\" then \"no\".", ["yes", "no"]),
    ("“Mixed marks,\" she said.", ["Mixed marks"]),
    ("“Para one.\n\n“Para two,” he said.", ["Para one.\n\n“Para two"]),
    ("The countries’ leaders don't say 'never' about the '90s.", ["never"]),
    ("Stray “ mark, then \"real\" quote.", ["real"]),
])
def test_quote_spans(text: str, quoted: list[str]) -> None:
    assert [text[q.start:q.end].rstrip(",") for q in quote_spans(text, ELISIONS)] == quoted


def test_user_cue_file_extends_the_lexicon(tmp_path: Any) -> None:
    from newsledger.errors import ConfigError

    extra = tmp_path / "cues.yaml"
    extra.write_text("speech_verbs: [harrumph]\nspeech_nouns: [missive]\n", "utf-8")
    shipped = load_cues(None)
    assert "harrumph" not in shipped.speech_verbs and "say" in shipped.speech_verbs
    extended = load_cues(str(extra))
    assert {"harrumph", "say"} <= extended.speech_verbs
    assert "missive" in extended.speech_nouns
    with pytest.raises(ConfigError, match="cannot be read"):
        load_cues(str(tmp_path / "missing.yaml"))


@pytest.mark.parametrize("text", ["   ", "\n\n", "“ ”", "Hello."])
def test_degenerate_documents(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert statements(doc, (), (), LEXICON) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved, according to a diplomat who asked not to be named.",
        "A senior official, who asked not to be identified, confirmed the visit had been postponed.",
    ],
)
def test_anonymity_requests_are_not_statements(analyze, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("to be named" in s.content.text or "to be identified" in s.content.text
                   for s in analyze(text).statements)


def _with_cue_lists(**lists: list[str]) -> Lexicon:
    """The shipped lexicon with some word lists of ``data/cues.yaml`` replaced."""
    merged = {name: sorted(words) for name, words in LEXICON.cues.lists.items()} | lists
    return dataclasses.replace(LEXICON, cues=dataclasses.replace(LEXICON.cues, lists=WordLists(merged, "test")))


def test_rule_words_are_read_from_the_lexicon(nlp: Any) -> None:
    """Without its anonymity verbs, "asked not to be identified" is reported speech like any other."""
    text = "A senior official, who asked not to be identified, confirmed the visit had been postponed."
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    shipped = [s.content.text for s in statements(doc, ents, (), LEXICON)]
    bare = [s.content.text for s in statements(doc, ents, (), _with_cue_lists(anonymity_verbs=[]))]
    assert not any("identified" in c for c in shipped)
    assert any("identified" in c for c in bare)


def test_elisions_are_read_from_the_lexicon() -> None:
    text = "Rock 'n' roll is back, the promoter said."
    assert quote_spans(text, ELISIONS) == []
    assert [text[q.start:q.end] for q in quote_spans(text, ())] == ["n"]  # both apostrophes read as marks


def test_user_cue_file_extends_the_word_lists(tmp_path: Any) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("lists:\n  elisions: [cept]\n", "utf-8")
    cues = load_cues(str(extra))
    assert {"cept", "em"} <= cues.lists.elisions
    assert "cept " in statement_words(dataclasses.replace(LEXICON, cues=cues)).elisions


def test_finite_modals_are_the_central_modals_of_english_yaml() -> None:
    english = LEXICON.english
    modals = statement_words(LEXICON).finite_modals
    assert {"would", "can", "will", "must", "'ll"} <= modals
    assert not modals & english.marginal_modals
    assert modals <= english.modal_future | english.modal_obligation | english.modal_hypothetical


def test_a_plural_or_possessive_description_refers_to_no_one(analyze: Any) -> None:
    """Only a singular description ("the shipping magnate") is taken for the person named before: "the party leaders"
    are several people, and "the magnate's aides" speak for someone, not as him."""
    analysis = analyze("Rosa Lind filed the appeal on Monday. The party leaders said the ruling was wrong.")
    (stmt,) = [s for s in analysis.statements if "ruling was wrong" in s.content.text]
    lind = next(e for e in analysis.entities if e.name == "Rosa Lind")
    speaker = next((e for e in analysis.entities if e.id == stmt.speaker), None)
    # Not the person named before: no one, or the leaders themselves as a group of their own.
    assert speaker is None or (speaker.id != lind.id and speaker.type == "GROUP")

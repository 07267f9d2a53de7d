"""Datelines: where they are found, and the sentence boundary the parse component sets after them.

Every text is invented; the forms are the ones wire services and newspapers use.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.ingest.dateline import find_dateline
from newsledger.parse.components import DATELINE_COMPONENT, dateline_tokens


def _parts(text: str) -> tuple[str, str | None, str | None, str] | None:
    found = find_dateline(text)
    if found is None:
        return None
    region = text[slice(*found.region)] if found.region else None
    agency = text[slice(*found.agency)] if found.agency else None
    return text[slice(*found.place)], region, agency, text[found.body:found.body + 12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISLAMABAD, March 3 (Reuters) - Pakistani officials said", ("ISLAMABAD", None, "Reuters", "Pakistani of")),
        ("NAIROBI (AP) — The Kenyan shilling fell", ("NAIROBI", None, "AP", "The Kenyan s")),
        ("Kampala, June 2 (AFP) – Uganda and Kenya signed", ("Kampala", None, "AFP", "Uganda and K")),
        ("GENEVA, May 12, 2025 — The talks resumed", ("GENEVA", None, None, "The talks re")),
        ("LIMA, 14 June 2024 (Reuters) - Peru's", ("LIMA", None, "Reuters", "Peru's")),
        ("CARACAS, Venezuela (AP) — The government", ("CARACAS", "Venezuela", "AP", "The governme")),
        ("MANCHESTER, N.H. — It was a cold morning", ("MANCHESTER", "N.H.", None, "It was a col")),
        ("LA CROSSE, Wisc. -- The governor said", ("LA CROSSE", "Wisc.", None, "The governor")),
        ("BEIRUT —\u00a0Lebanon's cabinet met", ("BEIRUT", None, None, "Lebanon's ca")),
        ("RIO DE JANEIRO, Brazil, Sept. 9 (AP) — Police", ("RIO DE JANEIRO", "Brazil", "AP", "Police")),
        ("Port-au-Prince (AFP) - Gangs blocked", ("Port-au-Prince", None, "AFP", "Gangs blocke")),
        ("WASHINGTON/BRUSSELS (Reuters) - The allies", ("WASHINGTON/BRUSSELS", None, "Reuters", "The allies")),
        ("Ports reopen after strike\n\nMOMBASA, Kenya (Reuters) - Dock workers",
         ("MOMBASA", "Kenya", "Reuters", "Dock workers")),
        # Not datelines: headlines in capitals, kickers, a title-case word before a dash, a dash mid-line.
        ("SOCCER - LATE GOALS GIVE HOSTS WIN .", None),
        ("EXCLUSIVE – Minister Plans New Tax", None),
        ("FEATURE - Singapore sees a chance in hosting the summit", None),
        ("Mwangi — who had led the talks — resigned.", None),
        ("Kenya and Uganda signed - at last - a deal.", None),
        ("The minister said on Monday - without giving details - that", None),
    ],
)
def test_find_dateline(text: str, expected: tuple[str, str | None, str | None, str] | None) -> None:
    assert _parts(text) == expected


def test_the_dateline_component_runs_before_the_parser(nlp: Any) -> None:
    names = nlp.pipe_names
    assert DATELINE_COMPONENT in names and names.index(DATELINE_COMPONENT) < names.index("parser")


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("ISLAMABAD, March 3 (Reuters) - Pakistani Commerce Minister Rana Tariq said on Tuesday that the "
         "transit deal would cut freight costs.", "Pakistani"),
        ("NAIROBI (AP) — Kenya's finance ministry said on Monday it would issue a new bond.", "Kenya"),
        ("Grain talks stall\n\nANKARA, July 8 (Reuters) - Turkey said the grain talks had stalled.", "Turkey"),
        ("Kampala, June 2 (AFP) – Uganda and Kenya signed a railway agreement on Monday.", "Uganda"),
        ("CARACAS, Venezuela (AP) — The government said it had released 40 prisoners.", "The"),
    ],
)
def test_the_story_after_the_dash_is_its_own_sentence(nlp: Any, text: str, first_word: str) -> None:
    doc = nlp(text)
    found = dateline_tokens(doc)
    assert found is not None
    body = doc[found.body]
    assert body.text == first_word and body.is_sent_start
    sentence = body.sent
    assert sentence.start == found.body
    # Nothing of the story hangs on the dateline's words, and the dateline has no verb of the story.
    assert all(t.head.i >= found.body for t in sentence)
    assert all(t.head.i < found.body for t in doc[found.start:found.body])


def test_text_without_a_dateline_is_parsed_as_before(nlp: Any) -> None:
    doc = nlp("Kenya's finance ministry said on Monday - in a short statement - that it would issue a bond.")
    assert dateline_tokens(doc) is None
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # A paragraph's last sentence does not run into the next paragraph.
        ('The minister called it "a landmark agreement".\nUzbekistan\'s ministry disagreed.', ["Uzbekistan"]),
        ("Talks resume in Doha\n\nQatar said the talks would resume on Monday.", ["Qatar"]),
        ("The envoy arrived on Monday.\n\n“We are ready,” she said.", ["“"]),
    ],
)
def test_a_new_paragraph_starts_a_sentence(nlp: Any, text: str, starts: list[str]) -> None:
    doc = nlp(text)
    firsts = {s[0].text for s in doc.sents if not s[0].is_space}
    assert set(starts) <= firsts, [s.text for s in doc.sents]


def test_a_line_wrapped_inside_a_sentence_stays_one_sentence(nlp: Any) -> None:
    doc = nlp("The foreign minister said on Monday that the\nborder would reopen once the talks had ended.")
    assert len([s for s in doc.sents if not all(t.is_space for t in s)]) == 1, [s.text for s in doc.sents]


def test_a_heading_line_of_a_text_of_long_lines_is_its_own_sentence(nlp: Any) -> None:
    # Paragraphs on single long lines: the letterhead and the title lines have no full stop, yet end there.
    body = ("In its bulletin of 3 June, the Water Board of Kandy counted 310 wells that had run dry across the "
            "district, and its engineers have since inspected the springs above the town.")
    doc = nlp(f"WATER BOARD OF KANDY\nBulletin no. 7, Kandy, 9 June 2031\n{body}")
    firsts = {s[0].text for s in doc.sents if not s[0].is_space}
    assert {"Bulletin", "In"} <= firsts, [s.text for s in doc.sents]


def test_a_wrapped_text_keeps_its_line_breaks_inside_sentences(nlp: Any) -> None:
    # Lines wrapped at a fixed width (all short): a break after a word that ends no sentence is left to the parser.
    text = ("The harbour master said on Friday that the two\nferries would sail again once the storm had\n"
            "passed over the strait and the swell had eased.")
    doc = nlp(text)
    assert len([s for s in doc.sents if not all(t.is_space for t in s)]) == 1, [s.text for s in doc.sents]

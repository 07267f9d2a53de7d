"""Statements the extractor missed (helper quotes20): a firm stance told before a colon, "the minister was adamant:
..." (statements/accounts.py); a cue opening the next line; a typewriter quote run over two lines; a proposal told
by a gerund after "of".

Invented news text in our own words, with made-up names and places.
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
from newsledger.models import Document

LEXICON = load_lexicon(load_settings())


def _found(nlp: Any, text: str) -> dict[str, tuple[str, str | None]]:
    """Content -> (kind, name of the resolved speaker or None) of every statement of ``text``."""
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return {s.content.text: (s.kind, by_id.get(s.speaker) if s.speaker else None)
            for s in statements(doc, ents, tms, LEXICON)}


def _of(found: dict[str, tuple[str, str | None]], words: str) -> tuple[str, str | None]:
    hits = sorted((len(content), value) for content, value in found.items() if words in content)
    assert hits, (words, found)
    return hits[0][1]


def _absent(found: dict[str, tuple[str, str | None]], words: str) -> bool:
    return not any(words in content for content in found)


# --- a firm stance told right before a colon (statements/accounts.py) ------------------------------------------


def test_stance_adjective_before_a_colon(nlp: Any) -> None:
    found = _found(nlp, "The Finance Minister, Karl Brandt, was adamant: no school will close this year.")
    assert _of(found, "no school will close this year") == ("indirect", "Karl Brandt")
    found = _found(nlp, "The harbour master, Olu Bankole, is just as firm: the tanker never entered the bay.")
    assert _of(found, "the tanker never entered the bay") == ("indirect", "Olu Bankole")


def test_no_stance_before_a_colon_for_other_adjectives_or_the_first_person(nlp: Any) -> None:
    found = _found(nlp, "The weather was clear: blue skies all day. We are confident: the vote will pass.")
    assert _absent(found, "blue skies all day")
    assert _absent(found, "the vote will pass")


# --- a quote's attribution on the next line, the text broken mid-sentence (statements/context.py) --------------


def test_cue_opening_the_next_line_in_lower_case(nlp: Any) -> None:
    text = ("Farmers will receive drought loans from the government of Ruritania .\n"
            "`` This is a painful but needed measure to keep the farms alive . ''\n"
            "said Anna Berg , Prime Minister of Ruritania .\n"
            "`` We will not let our villages empty out . ''\n"
            "said Paul Novak , President of Moravia .\n")
    found = _found(nlp, text)
    assert _of(found, "a painful but needed measure") == ("direct", "Anna Berg")
    assert _of(found, "let our villages empty out") == ("direct", "Paul Novak")


def test_a_capitalised_next_line_is_no_attribution(nlp: Any) -> None:
    text = ("`` This is a painful but needed measure to keep the farms alive . ''\n"
            "Said Anna Berg is the name of a ferry in the harbour of Ruritania .\n")
    found = _found(nlp, text)
    assert _of(found, "a painful but needed measure")[1] is None


# --- a typewriter quote run over two lines of a one-sentence-per-line text (statements/marks.py) ----------------


def test_typewriter_quote_closed_on_the_next_line(nlp: Any) -> None:
    text = ("Farmers will receive drought loans from the government of Ruritania .\n"
            "`` This is a painful but needed measure to keep the farms alive .\n"
            "We cannot afford a collapse of the harvest . ''\n"
            "said Anna Berg , Prime Minister of Ruritania .\n")
    found = _found(nlp, text)
    assert _of(found, "We cannot afford a collapse of the harvest") == ("direct", "Anna Berg")
    assert _of(found, "a painful but needed measure") == ("direct", "Anna Berg")


def test_curly_quote_left_open_at_a_line_end_stays_stray(nlp: Any) -> None:
    from newsledger.extract.statements.marks import quote_spans

    text = "The mayor spoke of “a new start for the valley.\nThe council met later. Nobody objected.”\n"
    assert quote_spans(text, ()) == []


# --- a proposal put forward, told by a gerund after "of" (statements/indirect.py) ------------------------------


def test_proposal_told_by_a_gerund(nlp: Any) -> None:
    found = _found(nlp, "The finance minister, Karl Brandt, raised the idea of selling the state airline.")
    assert _of(found, "selling the state airline") == ("indirect", "Karl Brandt")
    found = _found(nlp, "At the party congress, Anna Berg floated the notion on Tuesday of hiring nurses from "
                        "Moravia but not doctors.")
    assert _of(found, "hiring nurses from Moravia") == ("indirect", "Anna Berg")
    # the gerund is no cue of its own: no statement of "nurses" alone
    assert "nurses from Moravia but not doctors" not in found


def test_no_proposal_without_a_proposal_verb_or_a_gerund(nlp: Any) -> None:
    found = _found(nlp, "The council raised the price of parking in the centre. The mayor has a plan for the "
                        "harbour and an idea about the old mill.")
    assert _absent(found, "parking in the centre")
    assert _absent(found, "the old mill")

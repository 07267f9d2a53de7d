"""Figures a source gives with a plain transitive verb ("they have raised that to seventeen") and the speech that
runs on after a closing cue in a tense of reported speech.

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


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    """Content -> name of the resolved speaker (None for none) of every statement of ``text``."""
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    by_id = {e.id: e.name for e in ents}
    tms = times(doc, Document(text=text, published=dt.date(2025, 6, 2)), LEXICON)
    return {s.content.text: by_id.get(s.speaker) if s.speaker else None for s in statements(doc, ents, tms, LEXICON)}


def _speaker_of(found: dict[str, str | None], words: str) -> str | None:
    hits = sorted((len(content), spk) for content, spk in found.items() if words in content)
    assert hits, (words, found)
    return hits[0][1]


def _in_no_statement(found: dict[str, str | None], words: str) -> bool:
    return not any(words in content for content in found)


# --- figures given by a source that the text refers back to ----------------------------------------------------


def test_revised_figure_of_a_pronoun_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Police in the Varno district first said nine people had been hurt. In the last hour "
        "they have raised that to seventeen.",
    )
    assert "Police" in (_speaker_of(found, "raised that to seventeen") or "")


def test_counted_figure_of_a_nominal_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The Harbour Watch Trust counted 85 boats at anchor outside the port on Monday. In "
        "2018 the same trust recorded fewer than 2,000 landings.",
    )
    assert "Harbour Watch Trust" in (_speaker_of(found, "recorded fewer than 2,000 landings") or "")


def test_no_figure_statement_without_a_figure_or_a_source(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "Somebody counted 40 boats in the bay. The storm put pressure on the dam. The minister "
        "put the meeting at 3 pm.",
    )
    assert _in_no_statement(found, "counted 40 boats")
    assert _in_no_statement(found, "put pressure")
    assert _in_no_statement(found, "put the meeting")


def test_named_source_left_to_the_claims_stage(nlp: Any) -> None:
    # The claims stage gives a named body its figure; a statement here would only repeat it.
    found = _speakers(nlp, "The Seismological Centre of Tarvia put the magnitude at 5.8 on Monday.")
    assert _in_no_statement(found, "put the magnitude")


# --- "said" with a clause the parse read as an object and a participle -----------------------------------------


def test_said_with_a_clause_read_as_object_and_participle(nlp: Any) -> None:
    found = _speakers(nlp, "The organisers said more than 9,000 people registered for the march.")
    assert _speaker_of(found, "9,000 people registered for the march") is not None


# --- a clause with its own subject after a closing cue -------------------------------------------------------


def test_perfect_clause_after_closing_cue_goes_on_with_the_report(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The council met until dawn and voted to strike, its chair, Mira Vance, told reporters, "
        "and nobody from the council has signed the offer.",
    )
    assert _speaker_of(found, "nobody from the council has signed the offer") == "Mira Vance"


def test_plain_past_clause_after_closing_cue_is_the_outlet(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The council met until dawn and voted to strike, its chair, Mira Vance, told reporters, "
        "and the members went home.",
    )
    assert _in_no_statement(found, "the members went home")

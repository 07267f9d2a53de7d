"""Event participants told by reference (issue 15): a bare title ("the president", "the prince"), a pronoun
whose gender the text tells elsewhere, and a name the parser hangs away from its verb still name the actor."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import names as _names

CASES = [
    # (text, event type, a name of the source, a name of the target)
    ("President Maria Solano of Paraguay flew to Lisbon on Monday. The president met Portuguese Prime Minister Rui "
     "Costa on Tuesday.", "CONSULT", "maria solano", "rui costa"),
    ("Saudi Prince Khalid bin Salman praised the deal on Monday. Weeks earlier, the prince had urged Jordan to "
     "reopen the crossing.", "REQUEST", "khalid bin salman", "jordan"),
    # "she" is Anna Bauer: the two sentences on Ferri tell he is a man.
    ("Marco Ferri criticised Anna Bauer on Monday. In a speech, she accused Ferri of lying. Ferri later defended "
     "his budget. Ferri said his offer stood.", "ACCUSE", "anna bauer", "ferri"),
    # A demand told in a relative clause: the one asked is the clause's own subject, not "which".
    ("Governor Maria Lopez wants a new bridge, which she said the federal government must pay for.", "REQUEST",
     "maria lopez", "federal government"),
    # A lifted measure: whose it was lifts it, and it was aimed at whom the banned goods go to.
    ("Officials said Tokyo's ban on rice exports to Peru would be eased.", "CONCEDE", "tokyo", "peru"),
    ("Tokyo lifted its ban on arms sales to Peru.", "CONCEDE", "tokyo", "peru"),
    ("The European Union imposed sanctions on exports to Belarus.", "SANCTION", "european union", "belarus"),
    # "rather than" hung on a noun: who would have acted is the subject of the clause.
    ("Since March the Bolivian cabinet has kept quiet, with rare exceptions, rather than openly criticising "
     "Ortega.", "ACCUSE", "bolivian cabinet", "ortega"),
    # Quotation marks printed as doubled apostrophes: "he" in the quote is not the speaker, but the one talked of.
    ("Ortega was asked about Mena on Sunday. ''If he jailed those reporters, that would be a scandal,'' Mr. Ortega "
     "said. ''He has always rejected the charge.''", "COERCE", "mena", None),
    ("Ortega was asked about Mena on Sunday. ''If he jailed those reporters, that would be a scandal,'' Mr. Ortega "
     "said. ''He has always rejected the charge.''", "REJECT", "mena", None),
    # "them": the people of a nationality, or a group, named before in the sentence; not the subject of its verb.
    ("President Ana Ruiz angered the Dutch people by threatening them with new tariffs on flowers.", "THREATEN",
     "ana ruiz", "dutch"),
    ("The soldiers said the rebels had attacked them near the border.", "ASSAULT", "rebels", "soldiers"),
    # A threat's condition, hung inside the threatened act, names whom it is aimed at.
    ("Ortega threatened to halt the shipments unless Peru paid its debts.", "THREATEN", "ortega", "peru"),
    # Who needs a use of force would wage it.
    ("Experts say the army needs a wider air campaign against the rebels.", "ASSAULT", "army", "rebels"),
    # A collective is the people it is made of.
    ("A group of Houthis attacked the post.", "ASSAULT", "houthis", None),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CASES)
def test_participants_told_by_reference(analyze: Callable[..., Analysis], text: str, etype: str, source: str,
                                        target: str | None) -> None:
    analysis = analyze(text)
    found = [e for e in analysis.events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in analysis.events]
    got = [(_names(analysis, e.source), _names(analysis, e.target)) for e in found]
    assert any(source in s and (target is None or target in t) for s, t in got), got


def test_a_date_after_the_verb_is_no_object(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Thousands of farmers will protest Monday in the capital.")
    assert all(e.target is None for e in analysis.events if e.type == "PROTEST")


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_name_the_parser_hung_on_an_adjective_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract.events.candidates import _stranded_object

    # "he may be willing to back Young", with "Young" on "willing" as an adverbial (a misparse seen on
    # surnames that are also common words).
    words = ["he", "may", "be", "willing", "to", "back", "Young", "."]
    heads = [2, 2, 2, 2, 5, 3, 3, 2]
    deps = ["nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "npadvmod", "punct"]
    pos = ["PRON", "AUX", "AUX", "ADJ", "PART", "VERB", "PROPN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, ["O", "O", "O", "O", "O", "O", "B-PERSON", "O"])
    found = _stranded_object(doc[5])
    assert found is not None and found.text == "Young"
    # Not a date, nor a name the verb itself holds as an adverbial.
    doc = _parsed(nlp, [*words[:6], "Monday", "."], heads, deps, pos, ["O"] * 6 + ["B-DATE", "O"])
    assert _stranded_object(doc[5]) is None
    # A name made a predicate ("oprd") of a verb that has no object.
    oprd = ["nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "oprd", "punct"]
    doc = _parsed(nlp, words, [2, 2, 2, 2, 5, 3, 5, 2], oprd, pos, ["O"] * 6 + ["B-PERSON", "O"])
    found = _stranded_object(doc[5])
    assert found is not None and found.text == "Young"


@pytest.mark.parametrize(("text", "etype", "source", "polarity"), [
    # "accused" cannot share "did not" with "know": it is the speaker's act, coordinated with "said".
    ("Union chief Jan Kowal said the letter proved that the minister did not understand the dispute, and accused "
     "the cabinet of hiding the figures.", "ACCUSE", "jan kowal", "asserted"),
    ("The minister did not attend the meeting and criticised the plan.", "ACCUSE", "minister", "asserted"),
    # The nearest verb of its form whose subject is an actor: the police arrested, not the convoy's papers.
    ("Officials said police stopped the convoy because it did not have papers, and arrested the drivers.", "COERCE",
     "police", "asserted"),
    # A bare conjunct shares the auxiliary and its negation.
    ("Rebels will not attack the town or seize the port.", "COERCE", "rebels", "negated"),
])
def test_a_finite_conjunct_does_not_share_a_bare_verb_s_auxiliary(analyze: Callable[..., Analysis], text: str,
                                                                  etype: str, source: str, polarity: str) -> None:
    analysis = analyze(text)
    found = [e for e in analysis.events if e.type == etype]
    assert found and source in _names(analysis, found[0].source), [(e.type, e.source) for e in analysis.events]
    assert found[0].polarity == polarity

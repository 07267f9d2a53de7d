"""Statements whose speaker the parse hides: a second cue joined to the first one's quoted complement, and a
quote that runs on in the paragraph of an attributed one, closes its sentence inside its marks and is followed
by narration.

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _speaker_of(analysis: Analysis, words: str) -> str | None:
    names = {e.id: e.name for e in analysis.entities}
    hits = sorted((len(s.content.text), names.get(s.speaker or "")) for s in analysis.statements
                  if words in s.content.text)
    assert hits, (words, [s.content.text for s in analysis.statements])
    return hits[0][1]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The mayor of Dunmore, Carla Reyes, faced questions about the budget on Tuesday.\n\nShe called the cuts"
         ' "painful" and called on councillors "not to give up on the libraries."',
         "not to give up on the libraries", "Carla Reyes"),
        ('Senator Owen Marsh spoke after the vote. He branded the ruling "a disgrace" and urged judges "to think'
         ' again before the next hearing."', "to think again", "Owen Marsh"),
    ],
)
def test_a_cue_joined_to_a_quoted_complement_keeps_the_subject(analyze: Callable[..., Analysis], text: str,
                                                               words: str, speaker: str) -> None:
    assert _speaker_of(analyze(text), words) == speaker


def test_a_quote_closing_its_sentence_before_narration_continues_the_speaker(
        analyze: Callable[..., Analysis]) -> None:
    text = ("Defence Minister Ilona Varga wanted a bigger order.\n\n“My team had a deal for 300 tanks done,” Ms. Varga"
            " recounted at a party meeting on Oct. 3. “And I said, ‘I want more.’ They said, ‘The factory can’t"
            " build them.’ I said, ‘Tell them to build a bigger factory.’” The ministers around Ms. Varga laughed.")
    assert _speaker_of(analyze(text), "build a bigger factory") == "Ilona Varga"


def test_a_quote_in_a_new_paragraph_followed_by_narration_is_nobodys(analyze: Callable[..., Analysis]) -> None:
    text = ("“We will close the mine,” Ms. Varga said on Monday.\n\n“Enough is enough.” That was the message on the"
            " banners of the miners who marched through Kovar.")
    a = analyze(text)
    assert not any("Enough is enough" in s.content.text and s.speaker for s in a.statements)

"""Speakers that are a document's author, a translated release's issuer or a group of people (stop 36, speakers36).

- a translator's head line ("[Translated from Spanish. Communique of X ...]", "Unofficial translation ...,
  distributed by the press office of X") makes the text a release of X where X is a body with a known country
  named after "of" (else "by"); an office of no country, or a translated news report, makes none;
- a definite document noun with no earlier use of its own ("the post says") is by the owner of the channel named
  just before ("on the ministry's Telegram channel");
- a document that gives a figure ("the ministry's weekly bulletin lists 120 cases", "its statement gave a toll
  of 30") is its author's statement;
- "agreed" inside a release's own text is the issuer's sentence, not the other party's statement;
- "X has put it plainly: ..." gives the words after the colon to X;
- plural people named by their trade ("several hotel managers told us", "truck drivers say") are a group speaker;
- "You said ..." in an interview's question is the guest's statement.

Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(analysis: Analysis, words: str) -> list[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    return [names.get(s.speaker or "") for s in analysis.statements if words in s.content.text]


def test_a_translated_communique_is_its_issuers_release(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("[Translated from Spanish. Communique of Peru's Ministry of Energy, 4 May. Translator's "
                       "notes in brackets.]\nOn the night of 2 May the pipeline near our border was closed. The "
                       "Ministry considers that the closure was caused by a landslide. No oil reached the river.")
    assert _speakers(analysis, "caused by a landslide") == ["Ministry of Energy"]
    assert _speakers(analysis, "No oil reached the river") == ["Ministry of Energy"]


def test_a_distributed_translation_is_the_release_of_the_body_named_after_of(
        analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Unofficial translation from Turkish, distributed by the press office of the Ministry of "
                       "Agriculture of the Republic of Azerbaijan, 9 June.\nWe inform the public that no cattle "
                       "crossed the border. Some 300 trucks are waiting at the gate.")
    assert _speakers(analysis, "300 trucks are waiting") == ["Ministry of Agriculture of the Republic of Azerbaijan"]
    # an office of no country is no issuer, nor is a newspaper whose report is translated
    analysis = analyze("Unofficial English translation from Swahili, distributed by the spokesman's office of the "
                       "Ministry of Public Security, 5 May 2026.\nAt the meeting on 1 May the delegation received "
                       "a draft and undertook to study it. Nothing was signed.")
    assert all(s is None for s in _speakers(analysis, "Nothing was signed"))
    analysis = analyze("[Translated from Spanish. Report by the regional daily El Sur of Peru, Tacna.]\nTACNA - "
                       "The quarrel over the canal went on. Chile's water directorate said 40 wells had dried up. "
                       "The river is lower than last year.")
    assert not _speakers(analysis, "The river is lower")


def test_a_post_is_by_the_owner_of_the_channel_named_before_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The warning appeared on the Interior Ministry's Telegram channel on Sunday. The post says "
                       "40 drones were shot down over the coast.")
    assert _speakers(analysis, "40 drones") == ["Interior Ministry"]


def test_a_bulletin_that_lists_a_figure_speaks_for_its_author(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The World Health Organization's weekly bulletin lists 120 cases of cholera in the province.")
    assert _speakers(analysis, "120 cases") == ["World Health Organization"]


def test_a_statement_that_gives_a_figure_speaks_for_its_author(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Red Cross sent out a note on Friday. Its statement gave a toll of 30 dead.")
    assert _speakers(analysis, "30 dead") == ["Red Cross"]


def test_an_agreement_told_in_a_release_is_the_issuers_sentence(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("HARBOUR PORTERS UNION\nPress statement, Mombasa, 3 May 2025\nDismissals: a promise must be "
                       "kept\nOn 29 April, after two days of talks, the management of Coastline Cargo agreed to "
                       "rehire all 120 porters it dismissed in March. The company has not kept its word.")
    assert _speakers(analysis, "120 porters") == ["HARBOUR PORTERS UNION"]


def test_people_named_by_their_trade_are_a_group_speaker(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Truck drivers at the crossing say they have waited for nine days.")
    assert _speakers(analysis, "nine days") == ["Truck drivers"]
    analysis = analyze("Several hotel managers told us that bookings had fallen by half.")
    assert "hotel managers" in _speakers(analysis, "fallen by half")


def test_a_telling_of_it_before_a_colon_gives_the_words_after_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The province's flood committee has put it plainly: the villages were flooded by water "
                       "released from the dam upstream.")
    assert _speakers(analysis, "villages were flooded") == ["flood committee"]


def test_you_in_an_interview_question_is_the_guest(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Chad's deputy minister of energy, Idriss Mahamat, came back from the talks on Monday. We "
                       "asked him about it.\nQ: You said last week that the grid would reach Abeche by June. How?\n"
                       "A: The loan was signed, and the poles are already there.\nQ: And the fuel?\n"
                       "A: It comes next month.")
    assert _speakers(analysis, "reach Abeche") == ["Idriss Mahamat"]

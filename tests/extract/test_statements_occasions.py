"""The occasion of a saying set inside the report, and the figures or logs that speak for their author (stop 35):
"told reporters during a visit to X that ...", "said that he would, on a trip to X, sign ...", "..., she said when she
visited X, and ...", "the log shows ...".

The parse hangs the reported clause on the occasion's noun, cuts it at the phrase set inside it, or hangs the clause
after the cue on the occasion's "when" clause; the reported words are the same either way. Texts written for these
tests in our own words.
"""

from __future__ import annotations

from typing import Any

from tests.statement_speakers import speaker_of, speakers


def test_a_that_clause_after_a_visit_is_what_was_told(nlp: Any) -> None:
    found = speakers(nlp, "The prime minister, Ana Lind, told reporters during a visit to Kelby that the port "
                          "would reopen in May.")
    assert speaker_of(found, "the port would reopen in May") == "Ana Lind", found


def test_a_trip_set_inside_the_clause_does_not_cut_it(nlp: Any) -> None:
    found = speakers(nlp, "The foreign minister, Jan Brod, said on Tuesday that he would, on a trip to Varna next "
                          "week, sign the fisheries accord with Karvenia.")
    assert speaker_of(found, "sign the fisheries accord with Karvenia") == "Jan Brod", found


def test_a_clause_after_the_cue_and_its_occasion_is_the_same_report(nlp: Any) -> None:
    found = speakers(nlp, "Norland's energy minister, Maria Holt, visited Kelby on Monday. The state will pay for "
                          "retraining, she said when she visited the town in September, and a new fund of 90 "
                          "million euros will bring factories to the valley.")
    assert speaker_of(found, "a new fund of 90 million euros") == "Maria Holt", found


def test_what_the_speaker_did_next_is_not_what_she_said(nlp: Any) -> None:
    found = speakers(nlp, "Prices rose, the minister said when she visited the market, and she left soon after.")
    assert not any("left soon after" in content for content in found), found


def test_government_figures_speak_for_the_government_their_adjective_names(nlp: Any) -> None:
    found = speakers(nlp, "Some 40,000 people crossed the border last year, according to Brazilian government "
                          "estimates.")
    assert speaker_of(found, "Some 40,000 people crossed the border") is not None, found


def test_a_log_a_source_published_speaks_for_it(nlp: Any) -> None:
    # figures, logs, records and surveys stand for their author as a statement does ("the log shows ...")
    found = speakers(nlp, "The Norland coast guard released its radio log on Monday. The log shows the cutter "
                          "Vesta tied up at the Halsen pier all night.")
    assert speaker_of(found, "tied up at the Halsen pier") == "Norland coast guard", found

"""The real-pages scorer: shingle precision/recall and whole, garbled and missing sentences."""

from __future__ import annotations

from newsledger.evaluation.pages import score_text

GOLD = ("The regional council voted on Monday to close the old harbour bridge to lorries. "
        "Engineers had warned that the span could not carry heavy traffic for another winter.")


def test_identical_text_scores_one() -> None:
    s = score_text(GOLD, GOLD)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert (s.whole, s.garbled, s.missing) == (2, 0, 0)


def test_dropped_link_words_garble_a_sentence() -> None:
    dropped = GOLD.replace(" the old harbour", "")
    s = score_text(dropped, GOLD)
    assert (s.whole, s.garbled, s.missing) == (1, 1, 0)
    assert s.recall < 1.0 and s.precision < 1.0  # shingles across the gap are new words in a row


def test_furniture_lowers_precision_and_a_lost_sentence_is_missing() -> None:
    first = GOLD.split(". ")[0] + "."
    s = score_text(first + "\nSign up for our daily newsletter and never miss a story again", GOLD)
    assert s.precision < 1.0 and s.recall < 1.0
    assert (s.whole, s.garbled, s.missing) == (1, 0, 1)

"""The claims vocabulary (data/claims.yaml): predicates with their opposites, cause groups, the user's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.lexicon import LexiconError
from newsledger.lexicon.claims import load_claim_vocabulary, phrase_words


def _entries(vocab, first: str):  # type: ignore[no-untyped-def]
    return {(e.words, e.kind, e.predicate, e.polarity) for e in vocab.phrases.get(first, ())}


def test_antonyms_assert_the_named_opposite() -> None:
    vocab = load_claim_vocabulary()
    assert (("illegal",), "status", "unlawful", "asserted") in _entries(vocab, "illegal")
    assert (("arbitrary",), "status", "unlawful", "asserted") in _entries(vocab, "arbitrary")
    assert (("lawful",), "status", "lawful", "asserted") in _entries(vocab, "lawful")
    assert (("rigged",), "status", "unfair", "asserted") in _entries(vocab, "rigged")
    assert (("violate",), "status", "violation", "asserted") in _entries(vocab, "violate")
    # acceptance names no opposite: a refusal still denies the acceptance
    assert (("reject",), "acceptance", "accepted", "negated") in _entries(vocab, "reject")


def test_every_status_with_antonyms_names_its_opposite() -> None:
    vocab = load_claim_vocabulary()
    named = set(vocab.opposites.values())
    with_antonyms = {e.predicate for entries in vocab.phrases.values() for e in entries
                     if e.kind == "status" and e.polarity == "negated"}
    assert not with_antonyms, with_antonyms  # every antonym of a status asserts a named opposite
    assert {"lawful", "legitimate", "compliant", "free and fair", "justified", "proportionate"} <= named


def test_positive_reads_an_opposite_as_its_predicate_denied() -> None:
    vocab = load_claim_vocabulary()
    assert vocab.positive("unlawful", "asserted") == ("lawful", "negated")
    assert vocab.positive("unlawful", "negated") == ("lawful", "asserted")
    assert vocab.positive("lawful", "negated") == ("lawful", "negated")
    assert vocab.positive("accepted", "negated") == ("accepted", "negated")


def test_user_file_names_an_opposite(tmp_path: Path) -> None:
    user = tmp_path / "claims.yaml"
    user.write_text("version: 1\nstatus:\n  humane:\n    opposite: inhumane\n    words: [humane]\n"
                    "    opposites: [inhumane, cruel]\n", "utf-8")
    vocab = load_claim_vocabulary(str(user))
    assert (("cruel",), "status", "inhumane", "asserted") in _entries(vocab, "cruel")
    assert vocab.positive("inhumane", "asserted") == ("humane", "negated")


def test_an_opposite_named_like_a_predicate_is_refused(tmp_path: Path) -> None:
    user = tmp_path / "claims.yaml"
    user.write_text("version: 1\nstatus:\n  humane:\n    opposite: lawful\n    words: [humane]\n", "utf-8")
    with pytest.raises(LexiconError, match="already a predicate"):
        load_claim_vocabulary(str(user))


def test_longest_phrase_of_a_first_word_comes_first() -> None:
    vocab = load_claim_vocabulary()
    lengths = [len(e.words) for e in vocab.phrases["technical"]]
    assert lengths == sorted(lengths, reverse=True) and lengths[0] >= 2


@pytest.mark.parametrize(("a", "b", "exclude"), [
    ("sabotage", "technical fault", True),
    ("electrical fire", "terrorism", True),
    ("sabotage", "terrorism", False),  # one group: both may hold
    ("accident", "heat", False),
    ("sabotage", "lawful", False),  # not a cause class
])
def test_cause_classes_of_different_groups_exclude_each_other(a: str, b: str, exclude: bool) -> None:
    assert load_claim_vocabulary().causes_exclude(a, b) is exclude


def test_phrases_are_split_like_the_parser() -> None:
    assert phrase_words("Self-defence") == ("self", "-", "defence")
    assert phrase_words("free and fair") == ("free", "and", "fair")


def test_user_file_adds_a_cause_class_and_extends_a_list(tmp_path: Path) -> None:
    user = tmp_path / "claims.yaml"
    user.write_text("version: 1\ncause:\n  accidental:\n    frost: [frost damage]\nlists:\n"
                    "  incident_nouns: [landslide]\n", "utf-8")
    shipped, merged = load_claim_vocabulary(), load_claim_vocabulary(str(user))
    assert shipped.cause_group("frost") is None and merged.cause_group("frost") == "accidental"
    assert "landslide" in merged.lists.incident_nouns and "landslide" not in shipped.lists.incident_nouns
    assert merged.causes_exclude("frost", "sabotage")


def test_a_bad_user_file_names_itself(tmp_path: Path) -> None:
    user = tmp_path / "claims.yaml"
    user.write_text("version: 1\nstatus:\n  seemly: {opposites: [unseemly]}\n", "utf-8")  # no "words"
    with pytest.raises(LexiconError, match="claims.yaml"):
        load_claim_vocabulary(str(user))

"""The claims context's per-document look-ups (stop 40, speed): the tokens holding some words, found once per
document, agree with spaCy's own attributes; a clause's factuality, asked again, is the same answer; the words a
sub-extractor's first test lets through are all among the words it now starts from."""

from __future__ import annotations

from typing import Any

from newsledger.extract.claims.context import Context
from newsledger.extract.claims.events import _denial_starts
from newsledger.extract.claims.reports import _judged_words
from newsledger.lexicon import Lexicon


def _context(nlp: Any, lexicon: Lexicon, text: str) -> Context:
    return Context(nlp(text), (), (), lexicon)


def test_with_words_agrees_with_the_tokens_own_forms_and_lemmas(nlp: Any, lexicon: Lexicon) -> None:
    ctx = _context(nlp, lexicon, "The Harbour Board said the work crews were digging again. Nobody stopped them, "
                                 "and the diggers kept digging until the tide rose.")
    lowers, lemmas = frozenset({"nobody", "board"}), frozenset({"dig", "rise"})
    found = ctx.with_words(lowers, lemmas)
    assert found == [t.i for t in ctx.doc if t.lower_ in lowers or t.lemma_.lower() in lemmas]
    assert [ctx.doc[i].text for i in found] == ["Board", "digging", "Nobody", "digging", "rose"]
    assert ctx.with_words(lowers, lemmas) is found  # asked again: the same answer
    assert ctx.with_words(frozenset(), frozenset()) == []
    other = _context(nlp, lexicon, "Nobody came to the meeting.")
    assert [other.doc[i].text for i in other.with_words(lowers, lemmas)] == ["Nobody"]  # each document its own


def test_factuality_asked_again_is_the_same(nlp: Any, lexicon: Lexicon) -> None:
    ctx = _context(nlp, lexicon, "The carriers did not unload the grain, and if the strike ends they may sail.")
    unload = next(t for t in ctx.doc if t.lemma_ == "unload")
    sail = next(t for t in ctx.doc if t.lemma_ == "sail")
    first = ctx.factuality(unload)
    assert first[0] == "negated"
    assert ctx.factuality(unload) == first
    assert ctx.factuality(sail)[1] == "hypothetical"
    fresh = _context(nlp, lexicon, ctx.doc.text)  # a context that never asked: the same answers
    assert fresh.factuality(fresh.doc[sail.i]) == ctx.factuality(sail)


def test_the_words_event_denials_start_from_hold_every_word_their_tests_read(lexicon: Lexicon) -> None:
    class _Ctx:
        pass

    ctx: Any = _Ctx()
    ctx.lexicon = lexicon
    lowers, lemmas = _denial_starts(ctx)
    lists, events = lexicon.claims.lists, lexicon.events
    assert lists.incident_anaphors <= lowers and lists.entry_nouns <= lowers
    assert set(events.nouns) <= lemmas and set(events.verbs) <= lemmas and lists.entry_verbs <= lemmas
    assert lists["happening_nouns"] <= lemmas
    seize = next(v for v in events.verbs if v.endswith("e") and len(v) >= 4)  # a gerund names the act: "seizing"
    assert seize[:-1] + "ing" in lemmas
    lowers, lemmas = _judged_words(ctx)
    assert lists["report_anaphors"] <= lowers and lists["truth_words"] <= lowers and lists["telling_verbs"] <= lemmas


def test_first_strikes_start_at_every_first_word_of_a_hostile_phrase(lexicon: Lexicon) -> None:
    from newsledger.extract.claims.responsibility import _strike_lemmas

    lemmas = _strike_lemmas(frozenset({"shell", "open fire", "lay siege to"}), frozenset({"begin"}))
    assert {"shell", "open", "lay", "lay siege", "begin"} <= lemmas
    assert "fire" not in lemmas and "siege" not in lemmas

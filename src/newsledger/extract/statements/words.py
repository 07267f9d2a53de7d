"""The closed-class words the statements extractor tests tokens against, read from the run's lexicon.

Pronouns, modals and expletives come from ``data/english.yaml`` (defined once for every extractor); the
words of single rules (anonymity verbs, speaker-phrase prepositions, elisions, ...) from the ``lists:``
of ``data/cues.yaml``. :func:`statement_words` gathers them once per lexicon (a lexicon is one run's, compared
by identity), so the rules read plain frozensets instead of looking lists up by name on every token.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..walk import kids_of

__all__ = ["StatementWords", "document_verb", "statement_words"]

_APOSTROPHES = ("'", "’")


@dataclass(frozen=True, slots=True)
class StatementWords:
    """Lower-case word sets by the rule that uses them (see ``data/english.yaml`` and ``data/cues.yaml``)."""

    person_pronouns: frozenset[str]  # he, she, his, ...: a speaker that is a person
    male_pronouns: frozenset[str]  # he, him, his: a person a "she" does not stand for
    female_pronouns: frozenset[str]  # she, her, hers: a person a "he" does not stand for
    thing_pronouns: frozenset[str]  # it, its: an organisation or a country
    group_pronouns: frozenset[str]  # they, their: an organisation-like group
    relative_pronouns: frozenset[str]  # who, which, that: the noun the relative clause hangs on
    first_second_person: frozenset[str]  # I, we, you: the reporter or the reader, never a resolved speaker
    first_person_plural: frozenset[str]  # we, our, us: in a press release, the issuing organisation
    second_person: frozenset[str]  # you, your: in an interview's question, the guest
    non_speakers: frozenset[str]  # there, this, one: no speaker at all
    group_members: frozenset[str]  # one, another: "one said" after a group's words is a member of that group
    expletives: frozenset[str]  # it, there: "it was reported that ..."
    finite_modals: frozenset[str]  # would, can, will, ...: a reported clause in present time
    anaphoric_determiners: frozenset[str]  # "the ministry": a noun pointing back at a named entity
    person_epithets: frozenset[str]  # businessman, president: "the businessman said" is the person named before
    speaker_prepositions: frozenset[str]  # "a spokesman for the ministry": the phrase goes on
    author_prepositions: frozenset[str]  # "a statement from the ministry": the author follows
    document_nouns: frozenset[str]  # statement, letter, post: "the statement said" speaks for its author
    speech_nouns: frozenset[str]  # reply, statement: "X said in a written reply" is a document of X's
    saying_verbs: frozenset[str]  # say, state: the verbs a speech noun is said "in"
    issuing_verbs: frozenset[str]  # issue, publish: "a statement issued by X", "the report it published" are X's
    speaking_verbs: frozenset[str]  # speak: "X spoke at length. “...”" gives the quote to X
    telling_particles: frozenset[str]  # speak of: "figures which speak of 300 dead" report what the object says
    document_verbs: frozenset[str]  # read, go on: "..., it reads, ..." is the words of the document named before
    channel_nouns: frozenset[str]  # channel, page: "on X's channel ... the post says" is X's post
    kind_nouns: Mapping[str, frozenset[str]]  # company: "a company lawyer" speaks for the company named before
    spokesperson_titles: frozenset[str]  # spokeswoman: "a spokeswoman said" after a body's words speaks for it
    locative_prepositions: frozenset[str]  # in, at: "a spokesman in the capital" is there, not the capital's
    place_names: Mapping[str, object]  # form key -> place: countries and capitals, whatever the NER typed them
    anonymity_verbs: frozenset[str]  # "asked not to be named"
    title_words: frozenset[str]  # lower-case words inside a title ("Tales of the City")
    reporter_asides: frozenset[str]  # quote: "and I quote" hands a quote back to the speaker before it
    transcript_hosts: frozenset[str]  # anchor, presenter, correspondent: a transcript's own staff
    header_words: frozenset[str]  # latest, update: "Latest from the ministry: ..." hands the line to the ministry
    transcript_handoffs: frozenset[str]  # reports: "Jane Roe reports." makes Roe the outlet's staff
    release_markers: frozenset[str]  # for immediate release: a line of its own that marks a press release
    release_headers: frozenset[str]  # issued by: a header line "Issued by X" makes the text X's release
    transcript_guest_phrases: frozenset[str]  # joins us: "X joins us" introduces a guest, not a reporter
    transcript_staff_phrases: frozenset[str]  # for us: "Jane Roe is in the capital for us" makes Roe staff
    question_tags: frozenset[str]  # q, question: an interview's "Q: ..." lines
    answer_tags: frozenset[str]  # a, answer: an interview's "A: ..." lines, the guest's words
    interview_words: frozenset[str]  # speak, interview: an introduction sentence that names the guest
    elisions: tuple[str, ...]  # what follows an apostrophe that is not a quotation mark ("em ", "n'")


@functools.lru_cache(maxsize=8)
def statement_words(lexicon: Lexicon) -> StatementWords:
    """The word sets of ``lexicon`` that the statements extractor reads."""
    english, cues = lexicon.english, lexicon.cues.lists
    modals = english.modal_future | english.modal_obligation | english.modal_hypothetical
    # An elided word is recognised by what follows it: a space ("'em ", "'tis ") or, for a word elided at
    # both ends, the closing apostrophe ("'n'").
    elisions = tuple(sorted(w + " " for w in cues.elisions)) + tuple(
        sorted(w + a for w in cues.elisions_both_ends for a in _APOSTROPHES))
    return StatementWords(
        person_pronouns=english.third_person_male | english.third_person_female,
        male_pronouns=english.third_person_male,
        female_pronouns=english.third_person_female,
        thing_pronouns=english.third_person_neuter,
        group_pronouns=english.third_person_plural,
        relative_pronouns=english.relative_pronouns,
        first_second_person=english.first_person_singular | english.first_person_plural | english.second_person,
        first_person_plural=english.first_person_plural,
        second_person=english.second_person,
        non_speakers=cues.non_speakers,
        group_members=cues["group_members"],
        expletives=english.expletives,
        finite_modals=modals - english.marginal_modals,
        anaphoric_determiners=cues.anaphoric_determiners,
        person_epithets=frozenset(w for w in cues.person_epithets if " " not in w)
        | frozenset(t for t in lexicon.actors.titles if " " not in t),
        speaker_prepositions=cues.speaker_prepositions,
        author_prepositions=cues.author_prepositions,
        document_nouns=lexicon.cues.document_nouns,
        speech_nouns=lexicon.cues.speech_nouns,
        saying_verbs=lexicon.cues.speech_verbs,
        issuing_verbs=cues["issuing_verbs"],
        document_verbs=cues.document_verbs,
        telling_particles=cues["telling_particles"],
        speaking_verbs=cues["speaking_verbs"],
        channel_nouns=cues["channel_nouns"],
        kind_nouns=lexicon.actors.kind_nouns,
        spokesperson_titles=lexicon.actors.lists["spokesperson_titles"],
        locative_prepositions=lexicon.events.locative_preps,
        place_names=lexicon.actors.places,
        anonymity_verbs=cues.anonymity_verbs,
        title_words=english.articles | cues.title_lowercase_words,
        reporter_asides=cues.reporter_asides,
        transcript_hosts=cues.transcript_hosts,
        header_words=cues.header_words,
        transcript_handoffs=cues.transcript_handoffs,
        transcript_staff_phrases=cues.transcript_staff_phrases,
        transcript_guest_phrases=cues.transcript_guest_phrases,
        release_headers=cues.release_headers,
        release_markers=cues.release_markers,
        question_tags=cues.interview_question_tags,
        answer_tags=cues.interview_answer_tags,
        interview_words=cues.interview_words,
        elisions=elisions,
    )


def document_verb(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is a verb a document says its words with (``document_verbs``): a lemma ("reads",
    "continues") or a lemma with its particle ("the note goes on", "the statement went on")."""
    lemma = tok.lemma_.lower()
    # the particle right after the verb, with no object of its own (the parse may call it an adverb; not "goes
    # on Monday")
    return lemma in verbs or any(c.i == tok.i + 1 and c.dep_ in ("prt", "advmod") and not any(c.children)
                                 and f"{lemma} {c.lower_}" in verbs for c in kids_of(tok))


def telling_object(tok: Token, particles: frozenset[str]) -> Token | None:
    """The object of a verb with its particle of ``telling_particles`` ("speak of", "talk of"): the noun or quote
    the particle takes ("which speak of "more than 300 dead""), else None."""
    if tok.dep_ == "relcl":
        # "figures ... which speak of 9,000 expelled": the figures' owner gives them (claims.quantity._reporter);
        # as a statement of its own, the count inside would lose its reading as a count
        return None
    lemma = tok.lemma_.lower()
    for prep in kids_of(tok):
        if prep.dep_ == "prep" and prep.i > tok.i and f"{lemma} {prep.lower_}" in particles:
            return next((o for o in kids_of(prep) if o.dep_ in ("pobj", "pcomp")), None)
    return None

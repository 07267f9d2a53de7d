"""Pass 2 of the statements extractor: indirect speech, each statement the content a cue token governs.

The cues: a reporting verb from the cue lexicon with a clause complement
(said (that) …, told reporters …, has argued …), an infinitive (vowed to …)
or an object (announced new limits …) where the lexicon allows it; a
reporting noun or stance adjective with a that-clause; and "according to X,
…". The content is the reported clause, "that" included; a clause that is
mostly a quote is left to pass 1.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...models import Span
from ..walk import doc_tokens, kids_of, misread_content_clause, sentence_at
from .context import QuoteContext, in_subtree, is_verb
from .continued import continued_spans
from .cues import (
    Cue,
    interposed_participle,
    inverted_cue,
    make_cue,
    noun_holder,
    outer_speaker_verb,
    owner_phrase,
    parenthetical_clause,
    reduced_relative_clause,
    source_phrase_at,
    stray_subjects,
    subject_of,
    trailing_attribution,
)
from .records import Attribution, clean_span, cue_time, speaker_fields
from .words import document_verb, telling_object

__all__ = ["indirect_records"]

_CUE_REACH = 12  # tokens before a cue that an adjacent subject may stand


def indirect_records(ctx: QuoteContext, first_group: int, held: tuple[Span, ...] = ()) -> list[Attribution]:
    """Indirect statements in text order, their groups numbered on from ``first_group``; ``held`` are the contents
    of the quotes pass 1 attributed."""
    doc, out = ctx.doc, []
    group = first_group
    for i in ctx.candidates:
        tok = doc[i]
        content = _content(ctx, tok)
        if content is None:
            continue
        if _mostly_quoted(ctx, content):
            # Pass 1 has the clause's quote; a that-clause coordinated after it whose quote pass 1 found no cue
            # for is still this cue's (said X "is ...", and that Y "has ..."): reported on its own.
            parts = [p for p in (*_inner_parts(ctx, content), *_further_parts(ctx, tok, content))
                     if not (_mostly_quoted(ctx, p) and _held(ctx, p, held))]
            if not parts:
                continue
        else:
            content = _further_clauses(ctx, tok, content)
            parts = [content]
        cue = _cue(ctx, tok)
        cited = _cited_source(ctx, tok, cue.subject) or _misread_noted(ctx, tok) or _noted_object(ctx, tok)
        if cited is not None:
            cue = replace(cue, subject=cited, antecedent=None)
        group += 1
        span, head, antecedent = speaker_fields(ctx, cue)
        skip = {t.i for p in parts for t in doc.char_span(p.start, p.end, alignment_mode="expand") or ()}
        time = cue_time(ctx, cue.anchors, skip)
        for part in (*parts, *continued_spans(ctx, tok, content)):
            out.append(Attribution(
                kind="indirect", content=part, cue=cue.text, cue_span=cue.span, speaker_span=span,
                speaker_head=head, antecedent=antecedent, time=time, group=group))
    return out


def _cited_source(ctx: QuoteContext, tok: Token, subject: Token | None) -> Token | None:
    """The source a reporter cites for what it reports: "Citing the border guard, state media reported that ...",
    "local papers, citing the police, said ...". The words are the cited source's claim, not the medium's; only a
    source that names an actor counts ("citing census records" leaves the speaker as it is)."""
    verbs = ctx.cues.lists.citing_verbs
    around = [c for c in kids_of(tok) if c.dep_ == "advcl"]
    # "reported that the dam had cracked, citing the ministry": the parse hangs the participle on the clause
    around += [c for comp in kids_of(tok) if comp.dep_ == "ccomp" for c in kids_of(comp)
               if c.dep_ == "advcl" and c.i > 0 and tok.doc[c.i - 1].text == ","]
    if subject is not None:
        around += [c for c in kids_of(subject) if c.dep_ == "acl"]
    for part in around:
        if part.tag_ != "VBG" or part.lemma_.lower() not in verbs:
            continue
        source = next((c for c in kids_of(part) if c.dep_ == "dobj"), None)
        entity = ctx.speakers.by_token.get(source.i) if source is not None else None
        if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "GROUP", "NORP"):
            return source
    return None


def _content(ctx: QuoteContext, tok: Token) -> Span | None:
    """What a cue candidate reports, by the kind of cue it is; None where it reports nothing."""
    if source_phrase_at(ctx, tok):
        return _phrase_content(ctx, tok)
    lemma = tok.lemma_.lower()
    if is_verb(tok) and (told := telling_object(tok, ctx.words.telling_particles)) is not None:
        return _content_span(ctx, told)  # "figures which speak of 300 dead": the object is what they say
    if is_verb(tok) and ctx.cues.is_verb_cue(lemma):
        if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and any(
                _proposed(ctx, n) is not None and _proposed(ctx, n) == tok for n in tok.head.head.subtree
                if n.dep_ == "dobj" and n.pos_ == "NOUN"):
            return None  # "floated the idea of admitting ...": the proposal's words, not a cue of their own
        return _verb_content(ctx, tok, lemma)
    if is_verb(tok) and " " not in lemma and _document_told(ctx, tok):
        # "..., the note goes on, ...": a document verb with its particle reports as "continue" does
        return _verb_content(ctx, tok, "continue")
    if tok.pos_ == "ADJ" and lemma in ctx.cues.stance_adjectives:
        return _that_clause(ctx, tok, ("ccomp",))  # "is confident that ..."
    if tok.pos_ == "NOUN" and (proposed := _proposed(ctx, tok)) is not None:
        return _content_span(ctx, proposed)  # "floated the idea of selling the airline"
    if tok.pos_ == "NOUN" and lemma in ctx.cues.speech_nouns:
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "The army's account is that ...": the clause of the copula, when the noun has an owner
            owned = any(c.dep_ == "poss" for c in kids_of(tok))
            return _that_clause(ctx, tok.head, ("ccomp",)) if owned else None
        return _that_clause(ctx, tok, ("acl", "ccomp")) or _noted_clause(ctx, tok)  # "a statement that ..."
    return None


def _noted_clause(ctx: QuoteContext, noun: Token) -> Span | None:
    """The that-clause of words a body takes note of, hung by the parse on the verb of the noting phrase ("has taken
    note of remarks by the harbour board, carried by local radio, that ..."; the phrase's noun one of
    ``noting_nouns``): the clause after the noun is the noun's (quantity40)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    verb = noun.head.head
    if not is_verb(verb) or not any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.cues.lists.noting_nouns
                                    for c in kids_of(verb)):
        return None
    comp = next((c for c in kids_of(verb) if c.dep_ == "ccomp" and c.i > noun.i and _has_that(c)), None)
    return _content_span(ctx, comp) if comp is not None else None


def _proposed(ctx: QuoteContext, noun: Token) -> Token | None:
    """The gerund of a proposal put forward: "floated the idea of selling the airline", "raised the possibility on
    Monday of closing the border" (a noun of ``proposal_nouns``, the object of a verb of ``proposal_verbs``; the
    "of" phrase on the noun or, past a time word, on the verb), else None."""
    words = ctx.cues.lists
    if noun.lemma_.lower() not in words.proposal_nouns or noun.dep_ != "dobj" or \
            noun.head.lemma_.lower() not in words.proposal_verbs:
        return None
    for head in (noun, noun.head):
        for prep in kids_of(head):
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i:
                gerund = next((c for c in kids_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
                if gerund is not None:
                    return gerund
    return None


def _phrase_content(ctx: QuoteContext, tok: Token) -> Span | None:
    """ "According to X, ...": the clause of the verb the phrase hangs on, less the phrase."""
    verb = tok.head
    while not is_verb(verb) and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == tok.i:
        return None
    # "Two jets made three passes and the hall was flattened, according to X": a phrase closing the sentence
    # after a comma sources every clause joined before it, not only the last one it hangs on.
    end = max(t.i for t in tok.subtree)
    if tok.i > 0 and ctx.doc[tok.i - 1].text == "," and (end + 1 >= len(ctx.doc) or ctx.doc[end + 1].is_punct):
        while verb.dep_ == "conj" and verb.head.i < verb.i and is_verb(verb.head):
            verb = verb.head
    return _content_span(ctx, verb, minus=tok)


def _clause_comps(ctx: QuoteContext, tok: Token) -> list[Token]:
    """The clause complements a reporting verb reports, in order, less those the parse misread."""
    # a lone word is no clause (a transcript tag "NAME: X says ..." parsed as one): the next complement
    comps = [c for c in kids_of(tok) if c.dep_ == "ccomp" and c.right_edge.i > c.left_edge.i
             and not _relative_misread(ctx, c)]
    interposed = interposed_participle(tok)
    if interposed is not None:
        comps = [c for c in comps if c != interposed[0]]  # "The police, asked about it, said ...": no clause
    comps = [c for c in comps if not _bracket_note(tok, c)]
    if len(comps) > 1:
        # "That is not how X sees it: the party says the count was rigged": a clause the parse gave the cue
        # across a colon or semicolon before it is the sentence's own; the cue reports the one after it.
        after = [c for c in comps if c.i > tok.i]
        before = [c for c in comps if c.i < tok.i]
        # "Asked about reports that ..., X says the figure has not moved": a "clause" before the cue headed by a
        # noun is a phrase the parse misread (an object of an opening participle); the clause after it is reported.
        misread = bool(before) and not any(is_verb(c) for c in before)
        misread = misread or reduced_relative_clause(tok) is not None  # "Dockers assembled at the gate say ..."
        if after and (misread or any(t.text in (":", ";") for c in before
                                     for t in tok.doc[c.right_edge.i + 1:tok.i])):
            comps = after
    return comps


def _bracket_note(tok: Token, comp: Token) -> bool:
    """``comp`` is a clause of a translator's or editor's note in square brackets before the cue ("In a statement
    [the statement uses the word X; we translate it as Y], it said ..."): the note's words, not the speaker's."""
    doc = tok.doc
    if comp.i > tok.i:
        return False
    opening = next((t for t in reversed(doc[tok.sent.start:comp.i]) if t.text in "[]"), None)
    if opening is None or opening.text != "[":
        return False
    return any(t.text == "]" for t in doc[comp.i + 1:tok.i])


def _verb_content(ctx: QuoteContext, tok: Token, lemma: str) -> Span | None:
    """A reporting verb's clause, infinitive or object complement, or the clause it interrupts."""
    cues = ctx.cues
    interrupted = inverted_cue(tok) or parenthetical_clause(tok)
    if interrupted is not None:
        # "The levy, said a spokesman for the ministry, Ivo Marek, applies to every lorry", "The fence, the ministry
        # wrote on Friday, was built lawfully": the clause from its subject before the cue to the end of its verb's
        # words after the cue
        first, clause = interrupted[-2].left_edge, interrupted[-1]
        last = max((t for t in clause.subtree if t.i > tok.i), key=lambda t: t.i)
        while last.i > clause.i and (last.is_space or last.is_punct) and last.text not in "”\"’'»":
            last = ctx.doc[last.i - 1]
        return clean_span(ctx, first.idx, last.idx + len(last))
    comps = _clause_comps(ctx, tok)
    comp = comps[0] if comps else None
    if comp is None:
        comp = _clause_after_occasion(ctx, tok)  # "told reporters during a visit to X that ...", hung on "visit"
    if comp is not None and comp.pos_ == "ADP" and (split := _split_clause(ctx, tok, comp)) is not None:
        return split  # "said that he would, on a trip to X, sign the accord"
    if comp is None and lemma in cues.xcomp_verbs:
        comp = _child(tok, "xcomp")
        if comp is not None and _anonymity(ctx, comp):
            return None
    if comp is None and lemma in cues.object_verbs:
        comp = next((c for c in kids_of(tok) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if comp is None:
        comp = _clause_as_object(tok, lemma in ctx.cues.lists.clause_only_verbs)  # "told me the column filled ..."
    if comp is None:
        return _uncomplemented(ctx, tok, lemma)
    if comp.i < tok.i and tok.dep_ == "parataxis" and tok.head.i > tok.i and is_verb(tok.head):
        # "Nobody was hurt, but ..., the force says, two holes were found": a cue set in the middle reports
        # the clauses on both sides of it (the parse gave it the first and hung it on the second).
        return _content_span(ctx, tok.head, minus=tok, keep=(comp,))
    if comp.i < tok.i and (more := _said_and_more(ctx, tok)) is not None:
        # "The state will pay, she said when she visited the county, and a new fund will ...": both clauses
        first, last = comp.left_edge, more.right_edge
        while last.i > more.i and last.is_punct and last.text not in "”\"’'»":
            last = ctx.doc[last.i - 1]
        return clean_span(ctx, first.idx, last.idx + len(last))
    if comp.i < tok.i and _document_told(ctx, tok):
        return _content_span(ctx, tok)  # "There was no raid, it reads, and nobody was held": the clauses around it
    if lemma in cues.quote_only_verbs and not _has_that(comp):
        return None
    # "said X would help and called it ...": the second cue is not part of what was said.
    outer = next((c for c in kids_of(comp) if c.dep_ == "conj" and outer_speaker_verb(ctx, c) == tok), None)
    return _listed_clauses(ctx, _content_span(ctx, comp, minus=outer),
                           comps[1:] if outer is None and comps[:1] == [comp] and comp.i > tok.i else [])


def _listed_clauses(ctx: QuoteContext, content: Span | None, later: list[Token]) -> Span | None:
    """``content`` with the clauses listed after it that the parse gave the cue as further complements: "said
    the alarm came at 06:10, the crew was ashore at 06:40 and the last boat docked at 07:05". Only a comma lies
    between, the list ends with "and", and a listed clause holds no quote and no cue of its own."""
    if content is None:
        return None
    doc = ctx.doc
    for clause in later:
        first, last = clause.left_edge, clause.right_edge
        while first.i < clause.i and first.is_punct:  # the parse hangs the comma before it on the clause
            first = doc[first.i + 1]
        gap = [t for t in doc[max(0, first.i - 3):first.i] if t.idx >= content.end]
        if [t.text for t in gap] != [","] or any(ctx.quoted[t.i] or t.i in ctx.cue_set
                                                 for t in doc[first.i:last.i + 1]):
            break
        if not any(c.dep_ == "conj" and is_verb(c) for c in clause.children) or \
                not any(c.dep_ == "cc" for c in clause.children):
            break  # a list ends "... and C": two clauses spliced by a comma may be two voices
        while last.i > first.i and last.is_punct:
            last = doc[last.i - 1]
        content = clean_span(ctx, content.start, last.idx + len(last)) or content
    return content


def _said_and_more(ctx: QuoteContext, tok: Token) -> Token | None:
    """The clause joined by "and" after a cue set between two clauses, with the occasion of the saying between them
    ("The state will pay, she said when she visited the county, and a new fund will bring factories"): the parse
    hangs the second clause on the cue or on its "when" clause. Its subject is a noun of its own (not "she", which
    tells what the speaker did next), and it says nothing of its own (no cue, no quote)."""
    for conj in (t for t in tok.subtree if t.i > tok.i and t.dep_ == "conj" and is_verb(t)):
        if conj.head.i != tok.i and not (conj.head.dep_ == "advcl" and conj.head.head.i == tok.i):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in kids_of(conj.head) if tok.i < c.i < conj.i):
            continue
        subject = next((c for c in kids_of(conj) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or ctx.quoted[conj.i] \
                or ctx.cues.is_verb_cue(conj.lemma_.lower()):
            continue
        return conj
    return None


def _clause_after_occasion(ctx: QuoteContext, tok: Token) -> Token | None:
    """A that-clause with its own subject that the parse hung as a relative clause on the noun of an occasion in
    the verb's phrase ("told reporters during a visit to Varna that the port would reopen", "said on a trip to
    the north that ..."): the verb's reported clause. A true relative clause has "that" as its subject or object,
    never as a complementizer; a noun of saying ("said in a statement that ...") has its own rule."""
    for prep in kids_of(tok):
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for noun in (t for t in prep.subtree if t.dep_ == "pobj" and t.pos_ == "NOUN"
                     and t.lemma_.lower() not in ctx.cues.speech_nouns and t.lower_ not in ctx.cues.speech_nouns):
            clause = next((c for c in kids_of(noun) if c.dep_ in ("relcl", "acl") and c.i > noun.i and _has_that(c)
                           and any(g.dep_ in ("nsubj", "nsubjpass") for g in kids_of(c))), None)
            if clause is not None:
                return clause
    return None


def _split_clause(ctx: QuoteContext, tok: Token, comp: Token) -> Span | None:
    """A that-clause cut in two by a phrase of its own, which the parse read as the complement ("said that he would,
    on a trip to Varna, sign the accord": the phrase "on ..." as the clause, the verb "sign" hung on "said"): from the
    "that" to the end of the bare verb after the phrase, where the phrase holds the clause's subject and modal."""
    before = [t for t in comp.subtree if t.i < comp.i]
    if not (any(t.dep_ == "nsubj" for t in before) and any(t.dep_ == "aux" and t.tag_ == "MD" for t in before)):
        return None
    rest = next((c for c in kids_of(tok) if c.dep_ in ("advcl", "conj", "dep") and c.i > comp.right_edge.i
                 and c.tag_ == "VB"), None)
    if rest is None:
        return None
    first, last = comp.left_edge, rest.right_edge
    while last.i > rest.i and last.is_punct and last.text not in "”\"’'»":
        last = ctx.doc[last.i - 1]
    return clean_span(ctx, first.idx, last.idx + len(last))


def _uncomplemented(ctx: QuoteContext, tok: Token, lemma: str) -> Span | None:
    """What a reporting verb the parse gave no complement reports: the clause before a closing speaker, a clause
    hung on it as a modifier, the sentence of an "as" clause, or the clause or sentence it interrupts."""
    if (charge := _charge(ctx, tok, lemma)) is not None:
        return charge  # "Zambia accused Congolese soldiers of setting fire to a customs post"
    if (trailing := trailing_attribution(tok)) is not None:
        # "Its hold carried only cement, the firm's director, Ana Ruiz, said": the clause before the speaker.
        start, end = tok.sent.start, trailing[1].i
        return clean_span(ctx, ctx.doc[start].idx, ctx.doc[end].idx + len(ctx.doc[end]))
    if (clause := _clause_as_adverbial(tok)) is not None:
        return _content_span(ctx, clause)  # "2,300 people are living in tents, the office said": a misparse
    if _as_clause(ctx, tok):
        return _content_span(ctx, tok.head, minus=tok)  # "As the board stated in May, no cuts are planned"
    # "The talks, she said, had failed": a parenthetical cue reports the clause around it.
    if lemma in ctx.cues.quote_only_verbs and not _document_told(ctx, tok):
        return None
    if tok.dep_ == "parataxis" and is_verb(tok.head):
        content = _content_span(ctx, tok.head, minus=tok, keep=(*stray_subjects(tok), *_shared_predicates(ctx, tok)))
        return _semicolon_sequel(ctx, tok.head, content)
    return _interrupted_sentence(ctx, tok)


def _semicolon_sequel(ctx: QuoteContext, clause: Token, content: Span | None) -> Span | None:
    """``content`` (the words of ``clause``) with the clause joined to it by a semicolon, which goes on in the same
    voice: "Its ships, it said, are in port and have made no landing this year; the only vessel near the reef was a
    survey boat". The parse makes the clause before the semicolon a complement of the one after it; the sentence
    opens with the reported clause, and the sequel holds no quote and no cue of its own."""
    doc = ctx.doc
    head = clause.head
    if content is None or clause.dep_ not in ("ccomp", "conj") or head.i <= clause.right_edge.i or not is_verb(head):
        return content
    semi = next((c for c in kids_of(head) if c.text == ";" and clause.right_edge.i < c.i < head.i), None)
    if semi is None or any(not (t.is_punct or t.is_space) for t in doc[head.left_edge.i:clause.left_edge.i]):
        return content
    last = head.right_edge
    sequel = doc[semi.i + 1:last.i + 1]
    if any(ctx.quoted[t.i] or (t.i in ctx.cue_set and is_verb(t)) for t in sequel):
        return content
    while last.i > semi.i and (last.is_punct or last.is_space) and last.text not in "”\"’'»":
        last = doc[last.i - 1]
    if last.i <= semi.i:
        return content
    return clean_span(ctx, content.start, last.idx + len(last)) or content


def _shared_predicates(ctx: QuoteContext, tok: Token) -> tuple[Token, ...]:
    """Predicates the parse coordinated with a parenthetical cue that belong to the clause it interrupts: "Its
    staff visited the site, an official said, and found ...": a verb after the cue, with no subject of its own,
    shares the reported clause's subject, not the speaker's, unless it reports (:func:`_reports`) or is a verb
    of the cue lexicon with no noun object ("and said nothing more")."""
    cues = ctx.cues
    return tuple(c for c in kids_of(tok)
                 if c.dep_ == "conj" and c.i > tok.i and is_verb(c) and not ctx.quoted[c.i]
                 and not _reports(ctx, c)
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in kids_of(c))
                 and (not cues.is_verb_cue(c.lemma_.lower())
                      or any(g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN") for g in kids_of(c))))


def _reports(ctx: QuoteContext, verb: Token) -> bool:
    """A verb that reports here: a cue with a clause or infinitive complement ("and added that ..."), or a verb
    of the cue lexicon that takes its object or a characterisation as what is said ("and denied the charge")."""
    lemma, cues = verb.lemma_.lower(), ctx.cues
    if lemma in cues.object_verbs or lemma in cues.characterising_verbs:
        return True
    return cues.is_verb_cue(lemma) and any(g.dep_ in ("ccomp", "xcomp") and not _relative_misread(ctx, g)
                                           for g in kids_of(verb))


def _relative_misread(ctx: QuoteContext, clause: Token) -> bool:
    """A clause complement that is a relative clause the parse misread: set off by a comma after the verb's own
    words, with a relative pronoun in its subject ("found 120 workers, all of whom have filed complaints"; not
    "a plan, which it says will ...", whose relative pronoun stands before the verb)."""
    doc = clause.doc
    first = clause.left_edge.i
    return first > clause.head.i + 1 and doc[first - 1].text == "," and any(
        t.lower_ in ctx.words.relative_pronouns for c in kids_of(clause) if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree)


def _charge(ctx: QuoteContext, tok: Token, lemma: str) -> Span | None:
    """What a verb of ``accusation_verbs`` charges its object with: "accused the army of bombing a school" reports
    "the army ... of bombing a school", from the one accused to the end of the gerund the "of" phrase holds."""
    if lemma not in ctx.cues.lists.accusation_verbs:
        return None
    obj = next((c for c in kids_of(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
    prep = next((c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "of" and obj is not None and c.i > obj.i),
                None)
    act = next((c for c in kids_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if prep is not None else None
    if obj is None or act is None:
        return None
    last = act.right_edge
    return clean_span(ctx, obj.left_edge.idx, last.idx + len(last))


def _clause_as_object(tok: Token, clause_only: bool) -> Token | None:
    """The object of a reporting verb that the parse gave the verb of the reported clause as a modifier: "told me
    the column filled the street" (object "column", "filled" a clause of it). A finite verb (past or present
    tense, not a participle) cannot modify a noun, so the object and its modifier are the clause. For a verb
    that reports a clause and never a thing (``clause_only_verbs``: "said", not "showed"), a past form the parse
    read as a participle with words of its own is the clause too: "said 15,000 people registered for the
    rally" (nobody "says" people)."""
    tags = ("VBD", "VBZ", "VBP", "VBN") if clause_only else ("VBD", "VBZ", "VBP")
    for obj in kids_of(tok):
        if obj.dep_ == "dobj" and obj.i > tok.i and obj.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "acl" and c.i > obj.i and c.tag_ in tags and
                (c.tag_ != "VBN" or any(g.dep_ in ("prep", "dobj", "advmod", "npadvmod") for g in kids_of(c)))
                for c in kids_of(obj)):
            return obj
    return None


_FINITE = ("VBD", "VBZ", "VBP", "MD")
_ADJUNCT_DEPS = ("prep", "npadvmod", "advmod", "tmod", "punct", "nsubj", "dative", "dobj")


def _interrupted_sentence(ctx: QuoteContext, tok: Token) -> Span | None:
    """The sentence a cue interrupts, set off by commas with its subject and adjuncts only, where the parse gave
    the cue no clause: "Forty families, he says, now haul water", "A total of 9,000 homes, its director announced
    last week, have been rebuilt" (the parse may even read "haul" as a noun). Two words or more stand on each side
    ("Well, she said, ..." is no sentence of hers), nothing of either is quoted, and the cue's object is at most
    "reporters" or "me"."""
    doc = tok.doc
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(
            c.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "conj") and c.i < tok.i for c in kids_of(tok)):
        return None
    first = subj.left_edge.i
    if first - 1 <= sentence_at(tok)[0] or doc[first - 1].text != ",":
        return None
    sent = tok.sent
    # the cue's own words run from its subject to the next comma, every one of them the cue's or an adjunct's
    last = tok.i
    while last + 1 < sent.end and doc[last + 1].text != ",":
        last += 1
        word = doc[last]
        if not (in_subtree(word, tok) and any(in_subtree(word, c) for c in kids_of(tok)
                                               if c.dep_ in _ADJUNCT_DEPS and c.i > tok.i)):
            return None
    if last + 2 >= sent.end or any(c.dep_ == "dobj" and c.tag_ not in ("NNS", "PRP") for c in kids_of(tok)):
        return None
    before, after = doc[sent.start:first - 1], doc[last + 2:sent.end]
    if any(ctx.quoted[t.i] for t in (*before, *after)) or sum(1 for t in before if not t.is_punct) < 2 or \
            sum(1 for t in after if not t.is_punct) < 2:
        return None
    end = sent.end - 1
    while end > last and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return clean_span(ctx, doc[sent.start].idx, doc[end].idx + len(doc[end]))


def _clause_as_adverbial(tok: Token) -> Token | None:
    """The reported clause before a closing cue that the parse hung on the cue as a modifier instead of a
    complement: "Across the islands, 2,300 people are living in tents, the office said on Sunday" ("living" an
    adverbial clause of "said"). The cue is finite with its subject right after a comma and no complement of its
    own (adjuncts, "reporters" or "me" at most); the clause ends at that comma, has a finite verb, and opens with
    no subordinator or question word ("When asked, the minister said" reports nothing)."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("ccomp", "xcomp", "csubj") or (c.dep_ == "dobj" and c.tag_ not in ("NNS", "PRP"))
            for c in kids_of(tok)):
        return None
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    end = subj.left_edge.i - 2  # the clause's last token, before the comma
    for child in tok.lefts:
        if child.dep_ not in ("advcl", "npadvmod", "dep") or child.right_edge.i != end:
            continue
        if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in kids_of(child)):
            return None
        if any(t.tag_ in _FINITE for t in child.subtree):
            return child
    return None


def _further_clauses(ctx: QuoteContext, tok: Token, content: Span) -> Span:
    """``content`` with the that-clauses coordinated after it that the parse joined to the cue's verb (or to a
    phrase of it) instead of to the first clause: "said in a statement that seven had died, and that a leak
    started the fire", "says 14 were hurt, most of them by falling stone, and that two churches cracked". The
    words between must be no clause of their own (no subject, no quote)."""
    parts = _further_parts(ctx, tok, content)
    if not parts:
        return content
    return clean_span(ctx, content.start, parts[-1].end) or content


def _further_parts(ctx: QuoteContext, tok: Token, content: Span) -> list[Span]:
    """The that-clauses coordinated after ``content`` that :func:`_further_clauses` adds to it, each on its own
    (from its "that" to its last word). The words before each must be no clause of their own (no subject, no
    quote); a quote inside the first clause does not count (said X "is ...", and that ...)."""
    verb = tok
    if tok.pos_ == "NOUN":  # "said in a statement that ...", "issued a statement that ...": the verb
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if not is_verb(verb):
        return []
    doc, end, out = ctx.doc, content.end, []
    lo, hi = verb.left_edge.i, verb.right_edge.i
    for conj in (t for t in doc_tokens(doc)[max(tok.i + 1, lo):hi + 1] if t.dep_ == "conj" and _has_that(t) and
                 in_subtree(t, verb)):
        first = conj.left_edge
        if first.idx < end or ctx.quoted[first.i]:
            continue
        gap = [t for t in doc[max(0, first.i - 40):first.i] if t.idx >= end]
        # the closing mark and comma of a quote that ends the first clause ("... the deal," and that ...) are no
        # other words: only a quoted word is
        if any((ctx.quoted[t.i] and not t.is_punct) or t.dep_ in ("nsubj", "nsubjpass") or not in_subtree(t, verb)
               for t in gap):
            break  # another clause or another speaker's words between: no longer the same report
        last = conj.right_edge
        while last.i > first.i and last.is_punct and last.text not in "”\"’'»":
            last = doc[last.i - 1]
        part = clean_span(ctx, first.idx, last.idx + len(last))
        if part is not None:
            out.append(part)
        end = last.idx + len(last)
    return out


def _as_clause(ctx: QuoteContext, tok: Token) -> bool:
    """ "As the board stated in May, ...", "..., as she told reporters": a clause of "as" with a speech verb of
    ``as_clause_verbs`` and a subject of its own, a name or a pronoun (not "we" or "I": the outlet's "as we
    reported"; not "as the crew reported") or, telling "it" with a verb of ``as_it_verbs``, any ("as the ministry
    tells it"), that hangs on the verb of the sentence it reports. Not a time clause
    ("as she was speaking") nor one with its own complement."""
    if tok.dep_ != "advcl" or tok.tag_ == "VBG" or not is_verb(tok.head) or \
            tok.lemma_.lower() not in ctx.cues.lists.as_clause_verbs:
        return False
    kids = list(kids_of(tok))
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) or \
            any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ctx.words.first_second_person or subj.lower_ in ctx.words.expletives:
        return False
    # a name or a pronoun standing for one ("as the Authority stated", "as she told reporters"), not a common
    # noun that may name nobody in particular ("as the crew reported at the time"), but for a telling of "it"
    # ("as the ministry tells it", "as the union puts it"), which is a version of what the sentence tells
    told_it = tok.lemma_.lower() in ctx.cues.lists.as_it_verbs and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in kids)
    return told_it or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _document_told(ctx: QuoteContext, tok: Token) -> bool:
    """ "There was no raid, it reads, and ...": a document verb whose subject is a document noun or a pronoun
    standing for one reports the clause it interrupts (not "he read the names out")."""
    if not document_verb(tok, ctx.words.document_verbs):
        return False
    subj = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in ctx.words.document_nouns
                                 or subj.lower_ in ctx.words.thing_pronouns)


def _that_clause(ctx: QuoteContext, tok: Token, deps: tuple[str, ...]) -> Span | None:
    """The that-clause of a reporting noun or stance adjective."""
    comp = next((c for c in kids_of(tok) if c.dep_ in deps and _has_that(c)), None)
    if comp is not None:
        return _content_span(ctx, comp)
    for clause in kids_of(tok):
        if (last := misread_content_clause(clause)) is not None:
            return clean_span(ctx, clause.left_edge.idx, last.idx + len(last))
    return None


def _child(tok: Token, dep: str) -> Token | None:
    return next((c for c in kids_of(tok) if c.dep_ == dep), None)


def _has_that(comp: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids_of(comp))


def _anonymity(ctx: QuoteContext, comp: Token) -> bool:
    """ "asked not to be named / identified": how a source is protected, not what it said."""
    return comp.lemma_.lower() in ctx.words.anonymity_verbs and any(c.dep_ == "auxpass" for c in kids_of(comp))


def _cue(ctx: QuoteContext, tok: Token) -> Cue:
    """The cue of ``tok`` with its subject: for an adjective or a noun, the one who holds or issued it."""
    cue = make_cue(ctx, tok, max(0, tok.i - _CUE_REACH))
    if tok.pos_ == "ADJ":
        subject = subject_of(ctx, tok.head)[0] if tok.dep_ == "acomp" else None
        return replace(cue, subject=subject, anchors=(tok.head,))
    if tok.pos_ == "NOUN":
        # "the rebels' claim that ...", "remarks by the port authority that ...", "notes reports in <place> that
        # ...": whoever the noun names as holder, or the parse misread (see :func:`_misread_noted`)
        owner = noun_holder(ctx, tok) or _misread_noted(ctx, tok)
        # "issued a statement that ...", "said in a statement that ...": whoever issued or said it.
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subject = owner or (subject_of(ctx, verb)[0] if tok.dep_ in ("dobj", "pobj") else None)
        return replace(cue, subject=subject, anchors=(tok.head,))
    return cue


def _misread_noted(ctx: QuoteContext, tok: Token) -> Token | None:
    """The owner of noted words the parse misread as a verb whose subject is the noting verb ("The Ministry notes
    reports in <place> that ...", "reports" taken for the verb and "notes" for its subject): as
    :func:`~.cues.owner_phrase` gives it."""
    if tok.lemma_.lower() not in ctx.cues.speech_nouns or not tok.lower_.endswith("s"):
        return None
    noting = any(c.dep_ == "nsubj" and c.tag_ in ("VBZ", "VBD", "VBP", "NNS")
                 and c.lemma_.lower() in ctx.cues.lists.noting_verbs for c in tok.children)
    return owner_phrase(ctx, tok) if noting else None


def _noted_object(ctx: QuoteContext, tok: Token) -> Token | None:
    """The owner of the words a noting verb's object names, where the verb is the cue ("notes reports in <place> that
    ...": the clause hangs on "reports"), as :func:`~.cues.owner_phrase` gives it."""
    if not is_verb(tok) or tok.lemma_.lower() not in ctx.cues.lists.noting_verbs:
        return None
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ctx.cues.speech_nouns), None)
    return owner_phrase(ctx, noun) if noun is not None else None


def _content_span(ctx: QuoteContext, head: Token, minus: Token | None = None,
                  keep: tuple[Token, ...] = ()) -> Span | None:
    """The words of ``head``'s subtree (less ``minus``'s, but for the subtrees of ``keep`` inside it), trimmed of
    edge punctuation and a dangling "and"."""
    # in text order: a phrase the parse hung across the verb ("the dredge belongs to a firm, Gold Star, which ...",
    # the name as an apposition of "the dredge") comes after it in the subtree but ends the clause
    toks = sorted((t for t in head.subtree
                   if minus is None or not in_subtree(t, minus) or any(in_subtree(t, k) for k in keep)),
                  key=lambda t: t.i)
    if not toks:
        return None
    # The complementizer stays: "that the talks had failed" is the reported clause, as PolNeAR marks it.
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and ((toks[-1].is_punct and toks[-1].text not in "”\"’'»") or toks[-1].is_space or
                    toks[-1].dep_ == "cc"):  # "X would not block it but [warned ...]"
        toks.pop()
    if len(toks) < 2:
        return None
    return clean_span(ctx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _inner_parts(ctx: QuoteContext, content: Span) -> list[Span]:
    """The that-clauses coordinated inside ``content`` after its first clause (X "is ...", and that Y "has
    ..."), each from its "that" to its last word."""
    doc = ctx.doc
    toks = doc.char_span(content.start, content.end, alignment_mode="expand")
    if toks is None:
        return []
    out = []
    for conj in toks:
        first, last = conj.left_edge, conj.right_edge
        if conj.dep_ != "conj" or not _has_that(conj) or first.i <= toks.start or last.i >= toks.end + 1:
            continue
        while last.i > first.i and last.is_punct and last.text not in "”\"’'»":
            last = doc[last.i - 1]
        part = clean_span(ctx, first.idx, min(content.end, last.idx + len(last)))
        if part is not None:
            out.append(part)
    return out


def _held(ctx: QuoteContext, span: Span, held: tuple[Span, ...]) -> bool:
    """Every quote inside ``span`` overlaps a quote that pass 1 attributed (``held``)."""
    return all(any(h.start <= q.close and q.open < h.end for h in held) for q in ctx.quotes
               if q.open < span.end and q.close >= span.start)


def _mostly_quoted(ctx: QuoteContext, span: Span) -> bool:
    """At least half of ``span`` lies inside quotation marks: pass 1 has it."""
    inside = sum(max(0, min(span.end, q.close + 1) - max(span.start, q.open)) for q in ctx.quotes
                 if q.open < span.end and q.close >= span.start)
    return inside * 2 >= span.end - span.start

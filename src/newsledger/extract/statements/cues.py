"""Cues and their subjects: the verb or phrase that attributes a statement, and who it names.

A quote's cue is looked for in the words after its closing mark
(:func:`cue_after`), before its opening mark (:func:`cue_before`), or before a
colon (:func:`colon_cue`); :func:`make_cue` finds a cue's subject: its own,
inherited up participles and conjuncts ("..., stressing that"), or the author
behind a document noun ("a statement from the ministry said").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..walk import kids_of, sentence_at
from .context import QuoteContext, before_frame, in_subtree, is_verb
from .words import telling_object

__all__ = ["Cue", "colon_cue", "cue_after", "cue_before", "interposed_participle", "inverted_cue", "make_cue",
           "noun_holder", "outer_speaker_verb", "owner_phrase", "parenthetical_clause", "reckoning_of",
           "reduced_relative_clause", "source_phrase_at", "subject_of", "trailing_attribution"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl"}
_COMPLEMENT_DEPS = ("oprd", "dobj", "acomp", "attr")  # a verb's complement that a later verb may be misjoined to
# Parts of speech of a speaker phrase between a quote and its cue ("“…,” the group's chief negotiator, X, said").
# Prepositions and conjunctions may join its nouns ("the vice-minister of mines and energy, X, says").
_HOLDER_PREPOSITIONS = frozenset({"by", "from"})  # "claims by X that", "accusations from X that"
_SPEAKER_PHRASE_POS = ("ADV", "AUX", "PART", "PROPN", "DET", "ADJ", "NOUN", "NUM", "ADP", "CCONJ")
_SMALL_POS = ("ADV", "AUX", "PART", "PROPN")
_RELATIVE_REACH = 24  # words back from "according to which" to the document noun it stands for
_WHEN_TYPES = ("DATE", "TIME")  # an "of" phrase that dates a document names no author
_WHERE_TYPES = ("GPE", "LOC", "FAC")  # "a statement from <town>": where the words came from, not who said them


def reckoning_of(ctx: QuoteContext, tok: Token) -> Token | None:
    """ "by her office's reckoning", "by the ministry's count": the owner of the count after "by" (``tok``), else
    None. A figure given so is its owner's, as after "according to"."""
    if tok.lower_ != "by" or tok.dep_ != "prep":
        return None
    nouns = ctx.cues.lists.reckoning_nouns
    # the count noun is the object of "by", or (a name with "of" parsed as the object: "by the Congress of Trade
    # Unions' count") the first count noun in the phrase, a few words on
    count = next((t for t in tok.subtree if t.i > tok.i and t.i - tok.i <= 10 and t.lemma_.lower() in nouns
                  and t.dep_ == "pobj" and any(c.dep_ == "poss" for c in kids_of(t))), None)
    if count is None:
        return None
    return next((c for c in kids_of(count) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def source_phrase_at(ctx: QuoteContext, tok: Token) -> int:
    """Length in tokens of a source phrase ("according to", "by the ministry's count") starting at ``tok``, else
    0."""
    if tok.i not in ctx.cue_set:
        return 0
    owner = reckoning_of(ctx, tok)
    if owner is not None:
        count = owner.head
        return count.i - tok.i + 1
    doc = ctx.doc
    for phrase in ctx.cues.source_phrases:
        n = len(phrase)
        if tok.lower_ == phrase[0] and tok.i + n <= len(doc) and \
                all(doc[tok.i + k].lower_ == phrase[k] for k in range(1, n)):
            return n
    return 0


def _phrase_source(ctx: QuoteContext, tok: Token, n: int) -> Token | None:
    """The object of "according to X": the noun after the phrase; the owner of "by X's count"."""
    owner = reckoning_of(ctx, tok)
    if owner is not None:
        return owner
    last = ctx.doc[tok.i + n - 1]
    for child in kids_of(last):
        if child.dep_ == "pobj":
            return _relative_source(ctx, tok, child)
    for child in kids_of(tok):
        if child.dep_ == "pobj":
            return _relative_source(ctx, tok, child)
    for k in range(tok.i + n, min(len(ctx.doc), tok.i + n + 6)):
        t = ctx.doc[k]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return t
    return None


def _relative_source(ctx: QuoteContext, tok: Token, source: Token) -> Token:
    """The source of "according to" (at ``tok``) where it is a relative pronoun ("a statement by the regional
    administration, according to which the flood was caused by ..."): the author of the document the phrase before
    the comma names, in its own sentence and a few words back, else ``source`` as it is (the parse seldom hangs
    such a clause on its noun)."""
    if source.tag_ != "WDT" or source.lower_ not in ctx.words.relative_pronouns:
        return source
    doc = ctx.doc
    if tok.i == 0 or doc[tok.i - 1].text != ",":
        return source
    nouns = ctx.cues.document_nouns
    start = doc[tok.i].sent.start
    for k in range(tok.i - 2, max(start, tok.i - _RELATIVE_REACH) - 1, -1):
        t = doc[k]
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and not ctx.quoted[k]:
            after = doc[k + 1]
            if after.lower_ in ctx.words.author_prepositions:
                # "a statement by the agency, according to which": its author is named right after it, wherever
                # the parse hung the "by" (and whoever circulated the statement)
                named = next((o for o in kids_of(after) if o.dep_ == "pobj" and o.ent_type_ not in _WHEN_TYPES),
                             None)
                if named is not None:
                    return named
            return _attributed(t) or _author(ctx, t)
    return source


def _attributed(noun: Token) -> Token | None:
    """The one a document noun is attributed to ("statements attributed to the ministry"), else None."""
    for child in kids_of(noun):
        if child.dep_ == "acl" and child.lemma_.lower() == "attribute":
            for prep in kids_of(child):
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    return next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
    return None


def _is_cue(ctx: QuoteContext, tok: Token) -> bool:
    return tok.i in ctx.cue_set and tok.pos_ in ("VERB", "AUX") and (
        ctx.cues.is_verb_cue(tok.lemma_.lower()) or telling_object(tok, ctx.words.telling_particles) is not None)


def subject_of(ctx: QuoteContext, cue: Token) -> tuple[Token | None, Token | None]:
    """(subject, antecedent) of a cue verb; the subject is inherited up participles and conjuncts.

    A free participle after a comma (", saying that ...") whose climb finds no subject (the parse hung it on
    an object, or on a reported clause whose subject is quoted) takes the subject of its sentence's root.
    """
    inverted = inverted_cue(cue)
    if inverted is not None:
        return _author(ctx, inverted[0]), None
    appositive = _appositive_speaker(cue)
    if appositive is not None:
        return _author(ctx, appositive), None
    interposed = interposed_participle(cue)
    if interposed is not None:
        return _author(ctx, interposed[1]), None
    trailing = trailing_attribution(cue)
    if trailing is not None:
        return _author(ctx, trailing[0]), None
    subject, antecedent = _inherited_subject(ctx, cue)
    if subject is None and _free_participle(cue) and not _impersonal(ctx, cue):
        return _root_subject(ctx, cue), None
    return subject, antecedent


def noun_holder(ctx: QuoteContext, cue: Token) -> Token | None:
    """Who holds what a noun of saying reports, named on the noun itself; None where the noun names none (then the
    verb it hangs on gives one). Their words, not those of the one who answers or notes them. In turn:

    - its owner ("the rebels' claim that ...") or the object of "by"/"from" right after it ("rejected remarks by the
      port authority that ...", "disputes accusations from the company that ...");
    - any owner, quoted or not;
    - an author named further on ("has noted remarks made by the deputy premier that ...", "a warning from the
      harbour board that ..."), not a date ("the statement of 3 March") nor a place ("a statement from the
      capital");
    - the owner of words a body only notes or answers (the noun the object of one of ``noting_verbs``: "notes
      reports in <place> that ...", "dismissed claims from <body> that ..."), as :func:`owner_phrase` gives it.
    """
    if cue.pos_ != "NOUN":
        return None
    if cue.lemma_.lower() in ctx.cues.speech_nouns:
        for child in cue.children:
            if child.dep_ == "poss" and not ctx.quoted[child.i]:
                return child
            if child.dep_ == "prep" and child.lower_ in _HOLDER_PREPOSITIONS and child.i == cue.i + 1:
                obj = next((o for o in child.children if o.dep_ == "pobj" and o.ent_type_ not in _WHEN_TYPES
                            and not (child.lower_ == "from" and o.ent_type_ in _WHERE_TYPES)), None)
                if obj is not None and not ctx.quoted[obj.i] and obj.pos_ in ("NOUN", "PROPN"):
                    return _author(ctx, obj)
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in ctx.words.author_prepositions:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in (*_WHEN_TYPES, *_WHERE_TYPES) \
                and obj.pos_ in ("PROPN", "NOUN") and not ctx.quoted[obj.i]:
            return obj
    if cue.dep_ == "dobj" and cue.head.lemma_.lower() in ctx.cues.lists.noting_verbs:
        return owner_phrase(ctx, cue)
    return None


def owner_phrase(ctx: QuoteContext, noun: Token) -> Token | None:
    """The actor of a "by" or "from" phrase on ``noun``, or the place of an "in" phrase on it; else the actor of the
    "by" phrase of a participle of making on it (``authoring_participles``: "has noted remarks made in the capital
    this week by the port authority that ..."), never of one of relaying ("carried by state media")."""
    for part in noun.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in ctx.cues.lists.authoring_participles:
            continue
        for agent in part.children:
            source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent.lower_ == "by" else None
            entity = ctx.speakers.by_token.get(source.i) if source is not None else None
            if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "GROUP", "NORP"):
                return source
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "from", "in"):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        entity = ctx.speakers.by_token.get(source.i) if source is not None else None
        if entity is None:
            continue
        if entity.type in (("GPE",) if prep.lower_ == "in" else ("PERSON", "ORG", "GPE", "GROUP", "NORP")):
            return source
    return None


def _free_participle(cue: Token) -> bool:
    """ ", saying ...", ", adding ...": a present participle right after a comma, with no subject of its own."""
    return cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == "," and \
        not any(c.dep_ in _SUBJECT_DEPS for c in kids_of(cue))


def _root_subject(ctx: QuoteContext, tok: Token) -> Token | None:
    """The subject of the root verb of ``tok``'s sentence (outside quotes, not an expletive), else None."""
    root = tok
    for _ in range(12):
        if root.head.i == root.i:
            break
        root = root.head
    if root.head.i != root.i or not is_verb(root):
        return None
    for child in kids_of(root):
        if child.dep_ in _SUBJECT_DEPS and not ctx.quoted[child.i] and child.lower_ not in ctx.words.expletives:
            return _author(ctx, child)
    return None


def _inherited_subject(ctx: QuoteContext, cue: Token) -> tuple[Token | None, Token | None]:
    reduced = _reduced_relative_subject(cue)
    if reduced is not None and not ctx.quoted[reduced.i]:
        return _author(ctx, reduced), None
    verb = cue
    for _ in range(4):
        for child in _subjects(verb):
            if not ctx.quoted[child.i]:
                if child.lower_ in ctx.words.expletives and any(c.dep_ == "auxpass" for c in kids_of(verb)):
                    return None, None  # "it was reported that ...": no source
                antecedent = verb.head if verb.dep_ == "relcl" else None
                if antecedent is not None and child.tag_ == "WDT" and \
                        antecedent.lemma_.lower() in ctx.cues.document_nouns:
                    # "said in a statement, which added that ...": the document's author
                    return _author(ctx, antecedent), None
                return _author(ctx, child), antecedent
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, None
        outer = outer_speaker_verb(ctx, verb)
        if outer is None and (verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i):
            break
        joined = outer is None and verb.dep_ == "conj" and is_verb(verb)
        verb = outer or verb.head
        if verb.dep_ == "prep" and verb.lower_ == "as" and is_verb(verb.head):
            verb = verb.head  # "X was quoted as saying ...": the subject of "quoted"
        elif joined and not is_verb(verb) and verb.dep_ in _COMPLEMENT_DEPS and is_verb(verb.head):
            # "She called the plan "reckless" and urged ...": the parse joined the second verb to the first one's
            # complement; the subject is the first verb's
            verb = verb.head
        if not is_verb(verb):
            if verb.pos_ == "NOUN" and verb.lemma_.lower() in ctx.cues.document_nouns and cue.dep_ == "acl" \
                    and cue.head.i == verb.i:
                # "a statement by the union claiming that ...": the participle speaks for the document's author
                author = _author(ctx, verb)
                return (author, None) if author.i != verb.i else (None, None)
            return (verb, None) if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _SUBJECT_DEPS else (None, None)
    return None, None


def _reduced_relative_subject(cue: Token) -> Token | None:
    """ "Traders gathered outside the market say ...": the parse took the participle of a reduced relative for the
    main verb and left the plural cue with no subject; the participle's plural subject is the cue's."""
    if cue.tag_ not in ("VBP", "VB") or any(c.dep_ in _SUBJECT_DEPS for c in kids_of(cue)):
        return None
    participle = reduced_relative_clause(cue)
    if participle is not None:  # or the participle parsed as a clause the cue reports, before it
        return next(c for c in kids_of(participle) if c.dep_ == "nsubj")
    head = cue.head
    if cue.dep_ not in ("dep", "advcl") or head.i >= cue.i or head.tag_ not in ("VBD", "VBN"):
        return None
    # the plain present of the cue ("say", not "says") agrees with a plural subject only
    return next((c for c in kids_of(head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and c.i < head.i), None)


def reduced_relative_clause(cue: Token) -> Token | None:
    """ "Dockers assembled at the gate say the rota was never agreed", parsed as two clauses of "say": the one
    before the subjectless plain-present cue, a participle with a noun subject, is the reduced relative of the
    speaker; None where the parse gave no such pair."""
    if cue.tag_ not in ("VBP", "VB") or any(c.dep_ in _SUBJECT_DEPS for c in kids_of(cue)):
        return None
    comps = [c for c in kids_of(cue) if c.dep_ == "ccomp"]
    before = [c for c in comps if c.i < cue.i]
    if len(before) != 1 or not any(c.i > cue.i for c in comps) or before[0].tag_ not in ("VBD", "VBN"):
        return None
    subj = next((c for c in kids_of(before[0]) if c.dep_ == "nsubj"), None)
    return before[0] if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i < before[0].i else None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, without a line's turn tag the parse took for one ("Q: The ministry says ...")
    where another subject is left."""
    found = [_past_tag(c) for c in kids_of(verb) if c.dep_ in _SUBJECT_DEPS]
    if len(found) > 1:
        doc = verb.doc
        kept = [c for c in found if not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":")] or found
        # "The permit, lawyer X said, is unlawful", parsed with both nouns the subjects of "said": the one next to
        # the verb speaks, the other is the subject of the clause the cue interrupts (see stray_subjects).
        return sorted(kept, key=lambda c: abs(verb.i - c.i))
    return found


def _past_tag(subject: Token) -> Token:
    """A line's turn tag the parse made the subject and the real subject its appositive ("LEE: The deputy
    mayor, Ann Fry, says ...", "Q: The union says ..."): the noun after the colon; else ``subject``."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ":" or \
            not (subject.i == 0 or "\n" in doc[subject.i - 1].text_with_ws):
        return subject
    app = next((c for c in kids_of(subject) if c.dep_ == "appos" and c.i > subject.i + 1), None)
    if app is None:
        return subject
    # "The deputy governor of Vorland, Hanno Grieg": the person's name, wherever the parse hung it
    return next((t for t in app.subtree if t.dep_ == "appos" and t.i > app.i and
                 (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and doc[t.left_edge.i - 1].text == ","))), app)


_TRAILING_HOSTS = frozenset({"dobj", "appos", "npadvmod", "attr", "conj", "pobj", "oprd"})


def trailing_attribution(cue: Token) -> tuple[Token, Token] | None:
    """(speaker, last token of the reported clause) of a cue that closes its sentence after the clause and a
    speaker set off by commas, where the parse hung the speaker on the clause and left the cue with no subject:
    "Its hold carried only cement, the firm's director, Ana Ruiz, said by telephone" ("director" made the
    object of "carried"). The speaker is the name of an appositive chain where there is one; the clause must
    have a verb of its own before the speaker."""
    joined = _joined_trailer(cue) or _relative_trailer(cue)
    if joined is not None:
        return joined
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 4 or doc[cue.i - 1].text != "," \
            or any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in kids_of(cue)):
        return None
    head = doc[cue.i - 2]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.head.i < head.i:
        head = head.head.head  # "..., Ana Ruiz, director of Acme Shipping, said": the title the "of" phrase is of
    if head.pos_ not in ("NOUN", "PROPN") or head.right_edge.i != cue.i - 2:
        return None
    top = head  # up the chain of appositives set off by commas ("cement, the firm's director, Ana Ruiz")
    while top.dep_ == "appos" and top.head.i < top.i and doc[top.head.left_edge.i - 1].text == ",":
        top = top.head
    first = top.left_edge.i
    if top.dep_ not in _TRAILING_HOSTS or first < 2 or doc[first - 1].text != "," or top.head.i >= first \
            or top.sent.start != cue.sent.start:
        return None
    clause_end = doc[first - 2]
    if not any(is_verb(t) for t in doc[top.sent.start:first - 1]):
        return None
    name = next((t for t in (head, top) if t.pos_ == "PROPN"), None)
    return name or top, clause_end


_TRAILER_DEPS = frozenset({"nsubj", "punct", "prep", "npadvmod", "advmod", "tmod", "dobj", "dative", "cc", "conj"})


def _joined_trailer(cue: Token) -> tuple[Token, Token] | None:
    """(speaker, last token of the reported clause) of a cue that closes its sentence after the clause and a
    speaker set off by a comma, where the parse made the cue a conjunct of the clause's verb with the speaker
    its subject: "The agency has issued 9,000 permits, its director, Ana Ruiz, said on Monday", "..., the
    governor told reporters by phone". Only a comma stands between the clause and the speaker (not "and": "prices
    rose, and officials said nothing"), and the cue has nothing of its own but adjuncts, "reporters" or "me"."""
    doc = cue.doc
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or not is_verb(head) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in kids_of(cue) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ not in _TRAILER_DEPS for c in kids_of(cue)):
        return None
    subj = subjects[0]
    first = subj.left_edge.i
    if subj.i > cue.i or first < 2 or doc[first - 1].text != "," or doc[first - 2].i <= head.i or \
            any(c.dep_ == "cc" and c.i < cue.i for c in kids_of(cue)) or \
            any(c.dep_ == "dobj" and c.tag_ not in ("NNS", "PRP") for c in kids_of(cue)):
        return None
    if any(c.dep_ == "cc" and first - 3 <= c.i < first for c in kids_of(head)):
        return None
    name = next((c for c in kids_of(subj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name or subj, doc[first - 2]


def _relative_trailer(cue: Token) -> tuple[Token, Token] | None:
    """(speaker, last token of the reported clause) of a closing cue after a speaker with a relative clause, where
    the parse took the relative clause's object for the cue's subject and made the cue a second relative clause:
    "A convoy was looted on Sunday, the relief group that organised it said on Tuesday" ("it said")."""
    doc = cue.doc
    noun = cue.head
    if cue.dep_ != "relcl" or cue.tag_ not in ("VBD", "VBZ", "VBP") or noun.i >= cue.i or \
            any(c.dep_ not in _TRAILER_DEPS for c in kids_of(cue)):
        return None
    subjects = [c for c in kids_of(cue) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != cue.i - 1 or subjects[0].pos_ != "PRON" or \
            any(c.dep_ == "dobj" for c in kids_of(cue)):
        return None
    inner = subjects[0].i - 1  # the verb of the speaker's own relative clause, which lost its object
    if not any(c.dep_ == "relcl" and c.i == inner and not any(o.dep_ == "dobj" for o in kids_of(c))
               for c in kids_of(noun)):
        return None
    first = noun.left_edge.i
    if first < 2 or doc[first - 1].text != "," or noun.sent.start != cue.sent.start:
        return None
    return noun, doc[first - 2]


def interposed_participle(cue: Token) -> tuple[Token, Token] | None:
    """(participle, speaker) where a participle set off by commas stands between the speaker and a cue that has
    no subject, and the parse made it a clause the cue reports, with the speaker as its subject: "The port
    police, asked about the report, said ...", "The firm, contacted by telephone, said ...". Else None."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != "," or any(c.dep_ in _SUBJECT_DEPS for c in kids_of(cue)):
        return None
    for comp in kids_of(cue):
        if comp.dep_ != "ccomp" or comp.tag_ not in ("VBN", "VBD") or comp.i >= cue.i or \
                comp.right_edge.i < cue.i - 2 or doc[comp.i - 1].text != ",":
            continue
        speaker = next((c for c in kids_of(comp) if c.dep_ == "nsubj" and c.i < comp.i), None)
        if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and comp.i - 2 <= speaker.right_edge.i < comp.i:
            return comp, speaker
    return None


def inverted_cue(cue: Token) -> tuple[Token, Token, Token] | None:
    """(speaker, fronted subject, verb of the interrupted clause) of a cue set in a clause after its subject, with the
    speaker after the verb, all set off by commas: "The levy, said a spokesman for the ministry, Ivo Marek, applies to
    every lorry" (Marek; "The levy"; "applies"). The parse gives the cue both nouns as subjects, or the speaker as its
    object; the subject is a noun phrase with no comma in it, the speaker must open right after the cue and end at a
    comma (or its name, an appositive after that comma, must), and a verb of the interrupted clause must follow.
    Else None."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    fronted = next((c for c in kids_of(cue) if c.dep_ in _SUBJECT_DEPS and c.i < cue.i
                    and c.right_edge.i >= cue.i - 2
                    and all(t.is_space for t in doc[sentence_at(cue)[0]:c.left_edge.i])), None)
    # the speaker as the cue's subject or object, or as the subject of the clause after it ("said [a spokesman ...,
    # was introduced]", as the parse may read it)
    after = [c for c in kids_of(cue) if c.i > cue.i]
    speaker = next((c for c in (*after, *(g for c in after if c.dep_ == "ccomp" for g in kids_of(c)))
                    if c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.left_edge.i == cue.i + 1
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if fronted is None or speaker is None or fronted.pos_ not in ("NOUN", "PROPN", "PRON") or \
            any(t.text == "," for t in doc[fronted.left_edge.i:cue.i - 1]):
        return None  # "Its commissioner, Ann Roe, said the camp, built for 900, ...": the speaker set off before
    end = speaker.right_edge.i
    if doc[end].text == ",":
        end -= 1  # the comma that closes the speaker, hung on it
    name = next((c for c in kids_of(speaker) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        # "said a spokesman for the ministry, Ivo Marek, ...": the name hung on the cue after the speaker's comma
        name = next((c for c in kids_of(cue) if c.dep_ in ("npadvmod", "appos", "nsubj") and c.pos_ == "PROPN"
                     and c.left_edge.i == end + 2 and doc[end + 1].text == ","), None)
        if name is not None:
            end = name.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    clause = next((c for c in kids_of(cue) if c.dep_ in ("ccomp", "conj") and c.i > end + 1 and is_verb(c)), None)
    if clause is None and cue.dep_ == "parataxis" and cue.head.i > end + 1 and is_verb(cue.head):
        clause = cue.head
    if clause is None:
        return None
    return (name or speaker), fronted, clause


def parenthetical_clause(cue: Token) -> tuple[Token, Token] | None:
    """(fronted subject, verb of the interrupted clause) of a cue set off by commas inside a clause, where the parse
    gave the cue both subjects and made the clause's verb a conjunct of the cue: "The fence, the ministry wrote in a
    letter this week, was built lawfully" ("The fence"; "built"). The subject is a noun phrase with no comma in it
    that opens the sentence; the verb follows a comma, with no conjunction before it and no subject of its own."""
    doc = cue.doc
    subjects = [c for c in kids_of(cue) if c.dep_ in _SUBJECT_DEPS and c.i < cue.i]
    if len(subjects) != 2 or cue.dep_ != "ROOT":
        return None
    fronted, speaker = sorted(subjects, key=lambda c: c.i)
    if not all(t.is_space for t in doc[cue.sent.start:fronted.left_edge.i]) or \
            doc[speaker.left_edge.i - 1].text != "," or \
            any(t.text == "," for t in doc[fronted.left_edge.i:speaker.left_edge.i - 1]):
        return None
    clause = next((c for c in kids_of(cue) if c.dep_ == "conj" and c.i > cue.i and is_verb(c)
                   and doc[c.left_edge.i - 1].text == ","
                   and not any(g.dep_ in _SUBJECT_DEPS for g in kids_of(c))), None)
    if clause is None or any(c.dep_ == "cc" and cue.i < c.i < clause.i for c in kids_of(cue)):
        return None
    return fronted, clause


def _appositive_speaker(cue: Token) -> Token | None:
    """The speaker of a parenthetical cue that the parse made an appositive of the interrupted clause's subject,
    itself made the cue's subject: "The permit, its lawyer Jane Roe argues, is unlawful" (Roe). The appositive
    must end right before the cue; nested appositives lead to the name ("its lawyer" -> "Jane Roe")."""
    if cue.dep_ != "parataxis":
        return None
    found = _subjects(cue)
    if len(found) != 1:
        return None
    app = next((c for c in found[0].children if c.dep_ == "appos" and c.i > found[0].i), None)
    if app is None or app.right_edge.i != cue.i - 1:
        return None
    for _ in range(3):
        inner = next((c for c in kids_of(app) if c.dep_ == "appos"), None)
        if inner is None:
            break
        app = inner
    return app


def stray_subjects(cue: Token) -> list[Token]:
    """Subjects the parse gave a parenthetical cue besides its speaker: those before a comma that stands between
    them and the cue's nearest subject ("The permit, lawyer X said, ...": "The permit"), or the one whose
    appositive speaks ("The permit, its lawyer X argues, ..."). They belong to the clause the cue interrupts."""
    inverted = inverted_cue(cue)
    if inverted is not None:
        return [inverted[1]]
    found = _subjects(cue)
    if len(found) == 1 and _appositive_speaker(cue) is not None:
        return found
    if len(found) < 2 or cue.dep_ != "parataxis":
        return []
    speaker = found[0]
    doc = cue.doc
    first = min(t.i for t in speaker.subtree)
    return [c for c in found[1:] if c.i < first and any(doc[k].text == "," for k in range(c.i + 1, first))]


def outer_speaker_verb(ctx: QuoteContext, verb: Token) -> Token | None:
    """The speech verb a past-tense cue is coordinated with, where the parse joined it to the reported clause.

    "She said the plan would help and called it 'a start'": "called" cannot share
    "would", so it goes with "said" (and its subject), not with "the plan". "He said
    X but warned that ...", parsed as a second complement of "said" with no subject
    of its own, goes with "said" too.
    """
    if verb.tag_ != "VBD" or not _is_cue(ctx, verb):
        return None
    if verb.dep_ == "ccomp":
        speech = verb.head
        joined = verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
        if joined and _is_cue(ctx, speech) and not any(c.dep_ in _SUBJECT_DEPS for c in kids_of(verb)):
            return speech
        return None
    if verb.dep_ != "conj":
        return None
    inner = verb.head
    speech = inner.head
    if inner.dep_ != "ccomp" or not _is_cue(ctx, speech):
        return None
    modals = ctx.words.finite_modals
    finite_now = inner.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and (c.lower_ in modals or c.tag_ in ("VBZ", "VBP")) for c in kids_of(inner))
    return speech if finite_now else None


def _impersonal(ctx: QuoteContext, verb: Token) -> bool:
    """ "It was reported that ...", "it is believed ...": a passive cue with an expletive subject."""
    return any(c.dep_ == "auxpass" for c in kids_of(verb)) and \
        any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ctx.words.expletives for c in kids_of(verb))


def _author(ctx: QuoteContext, head: Token) -> Token:
    """The author behind a document noun: "a statement from the ministry" -> "ministry"; "the navy said in a
    statement" -> "navy" (the subject of the verb of saying the document is "in")."""
    if head.lemma_.lower() not in ctx.cues.document_nouns:
        return head
    for child in kids_of(head):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ctx.words.author_prepositions:
            for obj in kids_of(child):
                if obj.dep_ == "pobj" and obj.ent_type_ not in _WHEN_TYPES:  # not "the statement of 3 March"
                    return obj
    prep = head.head
    if head.dep_ == "dobj" and prep.lemma_.lower() in ctx.words.issuing_verbs and is_verb(prep):
        # "the ministry issued a statement that spoke of ...": the subject of the verb that issued it
        issuer = next((c for c in kids_of(prep) if c.dep_ == "nsubj" and not ctx.quoted[c.i] and c.pos_ != "PRON"
                       and c.lower_ not in ctx.words.expletives), None)
        if issuer is not None:
            return issuer
    if head.dep_ == "pobj" and prep.lower_ == "in" and is_verb(prep.head) and _is_cue(ctx, prep.head):
        subject = next((c for c in kids_of(prep.head) if c.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted[c.i]
                        and c.lower_ not in ctx.words.expletives), None)
        if subject is not None:
            return subject
    return head


def _adjacent_subject(ctx: QuoteContext, cue: Token, lo: int) -> Token | None:
    """When the parse gave the cue no subject: the nearest noun before it (from ``lo``) or right after it."""
    doc = ctx.doc
    for i in range(cue.i - 1, lo - 1, -1):
        if _could_speak(ctx, doc[i]) and not ctx.quoted[i]:
            tok = doc[i]
            while tok.dep_ in ("compound", "flat") and cue.i > tok.head.i > tok.i:
                tok = tok.head
            return _relative_antecedent(tok, cue) or tok
    for i in range(cue.i + 1, min(len(doc), cue.i + 7)):
        t = doc[i]
        if t.is_punct or ctx.quoted[i]:
            break
        if _could_speak(ctx, t):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return t
    return None


def _relative_antecedent(tok: Token, cue: Token) -> Token | None:
    """The noun whose relative clause, ending right before the cue, holds ``tok``: "a company that few people in
    Nairobi had heard of until last year says ...": the company speaks, not Nairobi; else None."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return None
        if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < tok.i and \
                t.right_edge.i == cue.i - 1 and t.head.head.i != cue.i:
            return t.head
        t = t.head
    return None


def _could_speak(ctx: QuoteContext, tok: Token) -> bool:
    """A fallback speaker must look like one: a name, a pronoun, or a named organisation's noun."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ not in ctx.words.expletives
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


@dataclass(frozen=True, slots=True)
class Cue:
    token: Token
    text: str
    span: tuple[int, int]
    subject: Token | None
    antecedent: Token | None
    anchors: tuple[Token, ...]


def make_cue(ctx: QuoteContext, tok: Token, lo: int) -> Cue:
    n = source_phrase_at(ctx, tok)
    if n:
        end_tok = ctx.doc[tok.i + n - 1]
        return Cue(tok, ctx.doc[tok.i:tok.i + n].text, (tok.idx, end_tok.idx + len(end_tok)),
                    _phrase_source(ctx, tok, n), None, (tok.head,))
    subject, antecedent = subject_of(ctx, tok)
    if subject is None and not _impersonal(ctx, tok):
        subject = _adjacent_subject(ctx, tok, lo)
    anchors = (tok,) if subject is None or subject.head.i == tok.i else (tok, subject.head)
    return Cue(tok, tok.text, (tok.idx, tok.idx + len(tok)), subject, antecedent, anchors)


def cue_after(ctx: QuoteContext, frame: list[Token]) -> Cue | None:
    """“…,” she said / “…,” said the minister / “…,” according to X / “…” before the vote, he said."""
    cue = _cue_after(ctx, frame)
    if cue is not None or not frame or frame[0].text == ",":
        return cue
    rest = _past_adjunct(frame)
    if rest is None:
        return None
    cue = _cue_after(ctx, rest)
    if cue is None or cue.subject is None or cue.subject.i < rest[0].i:
        return None
    # the attribution closes the sentence: nothing after the cue but its speaker's words
    tail = [t for t in rest if t.i > cue.token.i and not t.is_punct and not in_subtree(t, cue.subject)]
    return cue if not any(is_verb(t) or t.dep_ in _SUBJECT_DEPS or t.pos_ == "SCONJ" for t in tail) else None


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _past_adjunct(frame: list[Token]) -> list[Token] | None:
    """The frame from the comma on, where the words between the closing mark and that comma are a short phrase that
    carries the quote on with no clause of its own ("“...” before discussing details, he said": a preposition or
    a participle, no finite verb, no subject), else None."""
    comma = next((k for k, t in enumerate(frame[:9]) if t.text == ","), None)
    if comma is None or comma == 0:
        return None
    words = frame[:comma]
    if words[0].pos_ not in ("ADP", "SCONJ", "VERB") or words[0].tag_ in _FINITE:
        return None
    if any(t.tag_ in _FINITE or t.dep_ in _SUBJECT_DEPS or t.is_punct or t.is_quote for t in words):
        return None
    return frame[comma:]


def _cue_after(ctx: QuoteContext, frame: list[Token]) -> Cue | None:
    # A quote that ends with a comma ("“…,” the union's general secretary, X, said") hands over to its
    # attribution, so a title phrase may stand before the cue; otherwise only names and small words may.
    handed = frame[0].text == "," or (frame[0].i >= 2 and ctx.doc[frame[0].i - 2].text == ",")
    phrase_pos = _SPEAKER_PHRASE_POS if handed else _SMALL_POS
    for k, tok in enumerate(frame[:24]):
        if source_phrase_at(ctx, tok) or (_is_cue(ctx, tok) and tok.tag_ != "VBG"):
            cue = make_cue(ctx, tok, frame[0].i)
            between = frame[:k]
            subj = cue.subject
            if handed and (subj is None or subj.i < frame[0].i) and any(not t.is_punct for t in between):
                # “…,” the channel's director, X, told reporters: the parse hung the cue on the quoted clause
                # and lent it that clause's subject; the words between the quote and the cue are the speaker.
                near = _adjacent_subject(ctx, tok, frame[0].i)
                if near is not None and near.i < tok.i:
                    cue = replace(cue, subject=near, antecedent=None,
                                  anchors=(tok,) if near.head.i == tok.i else (tok, near.head))
                    subj = near
            ok = all(t.is_punct or t.pos_ in phrase_pos or t.i in ctx.speakers.by_token or
                     (subj is not None and in_subtree(t, subj)) for t in between)
            return cue if ok else None
        if (is_verb(tok) and tok.pos_ != "AUX" and not _named(ctx, tok)) or tok.pos_ == "SCONJ":
            return None  # another clause starts before any cue
    return None


def _named(ctx: QuoteContext, tok: Token) -> bool:
    """A token inside a person's or organisation's name that the parser tagged as a verb ("Khaing"), or a
    capitalised word right before a person's name (a first name left out of it: "Saw Htoo Lay")."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.i in ctx.speakers.by_token:
        return True
    doc = ctx.doc
    return tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON"


def cue_before(ctx: QuoteContext, frame: list[Token], first_content: Token) -> tuple[Cue | None, bool]:
    """(cue, introduces) for he said: “…” / saying that “…” / called the talks “…”."""
    for k in range(len(frame) - 1, -1, -1):
        tok = frame[k]
        n = source_phrase_at(ctx, tok)
        if not n and not _is_cue(ctx, tok):
            continue
        cue = make_cue(ctx, tok, frame[0].i)
        if _aside(ctx, cue):
            continue  # "X told reporters, and I quote, “…”": the quote is X's
        between = frame[k + max(n, 1):]
        # Introducing: nothing but the cue's own objects and a colon, comma or "that" before the quote.
        introduces = all(t.is_punct or t.lower_ == "that" or in_subtree(t, tok) for t in between) and \
            (not between or between[-1].is_punct or between[-1].lower_ == "that")
        governs = in_subtree(first_content, tok) or in_subtree(first_content.head, tok)
        if introduces or governs:
            return cue, introduces
        return None, False
    return None, False


def _aside(ctx: QuoteContext, cue: Cue) -> bool:
    """A reporter's aside before a quote ("and I quote"): a first-person subject of an aside verb."""
    subj = cue.subject
    return subj is not None and subj.pos_ == "PRON" and subj.lower_ in ctx.words.first_second_person and \
        cue.token.lemma_.lower() in ctx.words.reporter_asides


def colon_cue(ctx: QuoteContext, frame: list[Token], open_: int) -> Cue | None:
    """The minister was blunt: “…” / Her reply — “…” — (a subject before a colon or dash)."""
    doc = ctx.doc
    if not frame:
        # A quote that opens its paragraph or sentence: the previous sentence may end with a colon.
        i = open_ - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
            return None
        frame = before_frame(ctx, i + 1)[:-1] if i + 1 <= open_ else []
        if not frame:
            return None
        cues = [t for t in frame if _is_cue(ctx, t)]
        if cues:
            return make_cue(ctx, cues[-1], frame[0].i)
    elif frame[-1].text not in (":", "—", "–", "--"):
        return None
    for t in frame:
        if t.dep_ in _SUBJECT_DEPS and t.lower_ not in ctx.words.expletives:
            mark = frame[-1] if frame[-1].text in (":", "—", "–", "--") else t.head
            return Cue(mark, mark.text, (mark.idx, mark.idx + len(mark)), _author(ctx, t), None, (t.head,))
    return None

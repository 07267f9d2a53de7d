"""Characterisation claims: what a claimant calls a thing. Two sources:

* agreement labels: the document type its author calls the agreement ("a framework", "not a treaty");
* acts (:func:`act_characterisation_claims`): what a claimant calls an act, in the classes of one frame of the
  ``characterisation`` vocabulary ("That is an abduction", "the council described the takeover as a coup", "it
  was a normal arrest, not a kidnapping", "it looks like an occupation"; verbs of presenting, frame nouns and
  condemning: :mod:`.labels`). The frame is carried as the argument ``frame`` (a frame is not an entity), so only
  labels of one kind of dispute meet.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Agreement, Claim, Modality, Polarity, Span
from ..walk import kids_of
from .context import Context, Match, Voice
from .editorial import outlet_labels
from .labels import called_around, limited
from .sides import caller_entity

__all__ = ["act_characterisation_claims", "called_by", "characterisation_claims"]

_CONTRAST_DEPS = ("appos", "conj", "npadvmod", "attr", "dobj")
_CALLED_BY = "characterisation.called_by"  # Context.cache key: each label head's called_by, once per document


def characterisation_claims(ctx: Context, agreements: tuple[Agreement, ...]) -> list[Claim]:
    """One claim per label whose words name a document type of the agreement vocabulary.

    The claimant is the label's author (None: the outlet); a denied label ("there is no pact") is a
    negated claim; the agreement is carried as the argument ``agreement`` (agreements are not entities).
    The evidence is the label with what it says the document is about ("a memorandum on a feasibility study").
    """
    out: list[Claim] = []
    vocab = ctx.lexicon.agreements
    for agreement in agreements:
        for label in agreement.labels:
            typed = vocab.type_of(label.label)
            if typed is None:
                continue
            stmt = ctx.attribution.statement_at(label.evidence.start, label.evidence.end)
            if label.by is None and stmt is not None and stmt.speaker is None:
                continue  # inside a quote of nobody the text names: not the outlet's word either
            evidence = _with_subject(label.evidence, ctx)
            out.append(Claim(
                id="", kind="characterisation", predicate=typed[0], evidence=evidence, claimant=label.by,
                arguments=(("agreement", agreement.id),), polarity="negated" if label.negated else "asserted",
                statement=stmt.id if stmt is not None and stmt.speaker == label.by and label.by else None,
                about=evidence,
            ))
    return out


def _with_subject(evidence: Span, ctx: Context) -> Span:
    """``evidence`` (a label) stretched over the phrase after its head that names the document's subject
    ("a memorandum" + "on a joint feasibility study"), at most twelve tokens of it."""
    span = ctx.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None:
        return evidence
    head = span.root
    preps = ctx.lexicon.agreements.subject_prepositions
    for c in kids_of(head):
        pobj = next((p for p in kids_of(c) if p.dep_ == "pobj"), None)
        if (c.dep_ == "prep" and c.lower_ in preps and c.i == span.end and c.right_edge.i - c.i < 12
                and pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "PERSON")):
            last = c.right_edge
            return ctx.span(evidence.start, last.idx + len(last))
    return evidence


def act_characterisation_claims(ctx: Context) -> list[Claim]:
    """One claim per act label a claimant calls an act by: the attribute of a link verb ("That is an abduction",
    "the case was a criminal matter"), what a call verb names it ("described the takeover as a coup", "called it
    an invasion"), or the label contrasted with it ("a normal arrest, not a kidnapping": negated).

    The claimant is the statement's speaker; outside a statement, the subject of a call verb. The narrator's own
    "it was a coup" makes no claim (the outlet's word for an act is not one side of a dispute), but in an editorial
    or a column ("This bailout is a handout": :func:`.editorial.outlet_labels`), where it is the outlet's claim.
    The predicate is the label's class, the argument ``frame`` its frame."""
    frames = ctx.lexicon.claims.act_frames
    out: list[Claim] = []
    for sent in ctx.sents:
        labelled: dict[int, tuple[Token, Voice, Polarity, str | None]] = {}  # label head -> verb, voice, polarity
        for match in ctx.matches(sent):
            if match.entry.kind != "characterisation":
                continue
            head = _label_head(match)
            found = _called(head, ctx) or called_around(head, ctx, _called) or outlet_labels(head, ctx)
            contrasted = False
            if found is None and head.head.i in labelled and head.dep_ in _CONTRAST_DEPS:
                verb, voice, _, _ = labelled[head.head.i]  # "a normal arrest, not a kidnapping"
                found = (verb, voice)
                contrasted = True
            if found is None:
                continue
            verb, voice = found
            polarity: Polarity
            modality: Modality = "actual"
            if contrasted:
                polarity = "negated" if _not_before(match, ctx) else "asserted"
            else:
                polarity, modality = ctx.factuality(verb)
                if _not_before(match, ctx) or _refused(verb, ctx):  # "was not a coup", "refused to call it a coup"
                    polarity = "negated"
            labelled[head.i] = (verb, voice, polarity, match.entry.predicate)
            evidence = _act_evidence(verb, match, ctx, contrasted)
            out.append(Claim(
                id="", kind="characterisation", predicate=match.entry.predicate, evidence=evidence,
                claimant=voice.claimant, arguments=(("frame", frames[match.entry.predicate]),), polarity=polarity,
                modality=modality, statement=voice.statement.id if voice.statement is not None else None,
            ))  # no ``about``: "This" and "the takeover" name one act in other words
    return out


def _refused(verb: Token, ctx: Context) -> bool:
    """ "refused to call it an invasion", "declined to describe it as a coup": the calling verb under a verb of refusal
    (``label_refusals``), the label denied."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.lexicon.claims.lists["label_refusals"]


def called_by(head: Token, ctx: Context, cued: bool = False) -> tuple[Token, Voice] | None:
    """The verb by which a claimant calls a thing the label ``head`` and the claimant's voice, in the plain frames
    ("is a Y", "calls it a Y", "described it as a Y") or those of :mod:`.labels`; None elsewhere. With ``cued``, a
    calling verb to which the parse gave no subject the text names is the speaker's whose statement it cues
    (:func:`_cued`)."""
    memo = ctx.cache.get(_CALLED_BY)
    if not isinstance(memo, dict):
        memo = ctx.cache[_CALLED_BY] = {}  # the valence and open-label walks ask of the same label heads
    if head.i not in memo:
        memo[head.i] = _called(head, ctx) or called_around(head, ctx, _called)
    found: tuple[Token, Voice] | None = memo[head.i]
    return found or (_cued(head, ctx) if cued else None)


def _cued(head: Token, ctx: Context) -> tuple[Token, Voice] | None:
    """The calling verb of the label ``head`` ("calls it a Y", "describes it as a Y") and the voice of the
    statement the verb cues, whose words hold the label: the attribution found who calls the thing so where the
    parse gave the verb no subject (a speaker named after a fronted phrase, or under a transcript's label); None
    where no such statement names a speaker."""
    verb = head.head
    thing = quoted_label(head, ctx)
    if head.dep_ == "pobj" and verb.lower_ in ctx.words.as_words:
        verb = verb.head
    elif thing is not None:
        verb = thing.head
    elif head.dep_ != "oprd":
        return None
    if verb.lemma_.lower() not in ctx.words.call_verbs:
        return None
    stmt = ctx.attribution.statement_at(head.idx, head.idx + len(head))
    if stmt is None or stmt.speaker is None or (stmt.cue or "").lower() != verb.lower_:
        return None
    return verb, Voice(stmt.speaker, stmt)


def _label_head(match: Match) -> Token:
    """The noun a label heads, or the one it modifies right after it: "a concession partnership", "a coup
    attempt" are labels whose last word the vocabulary leaves out (the frame reads the noun that is said)."""
    head = match.head
    nxt = head.head
    if head.dep_ in ("compound", "amod") and nxt.pos_ == "NOUN" and nxt.i == match.end:
        return nxt
    return head


def split_thing(head: Token, ctx: Context) -> Token | None:
    """ "calls this law censorship", "branded the vote fraud": a label with no article after the thing called so,
    which the parse reads as one noun, the thing compounded to the label; the thing's noun, else None. Only a word of
    praise or blame (``lists.praise_words``, ``lists.blame_words``) is read so: "called the budget vote" is a vote
    called, not a budget labelled."""
    if head.dep_ != "dobj" or head.pos_ != "NOUN" or head.head.lemma_.lower() not in ctx.words.call_verbs:
        return None
    lists = ctx.lexicon.claims.lists
    if head.lemma_.lower() not in lists.praise_words and head.lemma_.lower() not in lists.blame_words:
        return None
    if any(c.dep_ in ("oprd", "attr") for c in kids_of(head.head)):
        return None
    doc = head.doc
    thing = doc[head.i - 1] if head.i >= 2 else None
    if thing is None or thing.dep_ != "compound" or thing.head.i != head.i or thing.pos_ != "NOUN":
        return None
    det = doc[thing.i - 1]
    return thing if det.dep_ in ("det", "poss") and det.head.i == head.i else None


def quoted_label(head: Token, ctx: Context) -> Token | None:
    """ 'called the line "a wall built on water"': a quoted label right after the object of a calling verb, which the
    parse hung on that object as an apposition or on the verb as a second object; the object (the thing called so),
    else None. The quote mark must open the label just after the object: "called the envoy, a veteran" is no label."""
    if head.pos_ != "NOUN" or head.dep_ not in ("appos", "dobj"):
        return None
    objects = [c for c in kids_of(head.head) if c.dep_ == "dobj" and c.i < head.i]
    thing = head.head if head.dep_ == "appos" else objects[0] if objects else None
    if thing is None or thing.dep_ != "dobj" or thing.pos_ not in ("NOUN", "PROPN", "PRON") or (
            thing.head.lemma_.lower() not in ctx.words.call_verbs):
        return None
    start = head.left_edge.i
    if start < 2 or not ctx.doc[start - 1].is_quote:
        return None
    last = ctx.doc[start - 2]  # the object's last word, just before the quote mark
    return thing if last.i == thing.i or any(a.i == thing.i for a in last.ancestors) else None


def _called(head: Token, ctx: Context) -> tuple[Token, Voice] | None:
    """The verb by which a claimant calls an act ``head`` (a link verb or a call verb) and the claimant's voice;
    None where ``head`` is not said of an act (a subject, an object of another verb) or nobody the text names
    says it. A label held to no more than itself ("it is no more than a shelter") is called by the verb of the word
    in its place (:func:`.labels.limited`)."""
    limit = limited(head, ctx)
    if limit is not None:
        return _called(limit, ctx)
    quoted_of = quoted_label(head, ctx)  # 'called the line "a wall ..."': the parse's apposition or second object
    verb = head.head if quoted_of is None else quoted_of.head
    lemma = verb.lemma_.lower()
    linked = False  # a link verb or a likeness ("it was X", "it looks like X"): nobody calls it by the verb
    if head.dep_ in ("attr", "acomp") and lemma in ctx.words.link_verbs:
        caller, linked = None, True
    elif (head.dep_ == "oprd" or split_thing(head, ctx) is not None or quoted_of is not None) and (
            lemma in ctx.words.call_verbs):
        caller = ctx.subject(verb)
    elif head.dep_ == "pobj" and verb.lower_ in ctx.words.as_words and verb.head.lemma_.lower() in ctx.words.call_verbs:
        verb = verb.head
        caller = ctx.subject(verb)
    elif head.dep_ == "pobj" and f"{verb.head.lemma_.lower()} {verb.lower_}" in ctx.lexicon.claims.lists[
            "likeness_phrases"]:
        verb, caller, linked = verb.head, None, True  # "it looks like an occupation", "this amounts to a coup"
    else:
        return None
    doc = ctx.doc
    if caller is not None and caller.i + 1 < len(doc) and doc[caller.i + 1].text == ":":
        # "IDRIS: The minister ... called it X": the parse took a transcript's speaker label for the subject, the
        # caller its apposition or the verb's other subject ("Q: The army command calls the patrols an operation")
        label = caller
        caller = next((c for c in kids_of(label) if c.dep_ == "appos"), None) or next(
            (c for c in kids_of(verb) if c.dep_ == "nsubj" and c.i > label.i + 1), None)
        if caller is None:
            return None
    voice = ctx.voice(verb.idx, head.idx + len(head))
    if voice is None or voice.statement is None:
        # 'told us it was "a routine arrest"': the label in a speaker's quoted words; after a calling verb, the
        # speaker the verb names or cues
        quoted = _quoted(head, ctx) if linked else _quoted_call(head, verb, caller, ctx)
        if quoted is not None:
            return verb, quoted
    if voice is None:
        return None
    if voice.statement is None:  # the narrator: only "X described it as ...", then X's word
        eid = caller_entity(caller, ctx) if caller is not None and caller.dep_ in ("nsubj", "appos") else None
        return (verb, Voice(eid, None)) if eid is not None else None
    if caller is not None and caller.pos_ in ("NOUN", "PROPN") and caller.dep_ in ("nsubj", "appos"):
        # "The minister called it X" told by a correspondent: the minister's word, not the teller's; a caller the
        # text names no actor for gives no claim rather than the teller's.
        eid = caller_entity(caller, ctx)
        if eid is None:
            return None
        if eid != voice.claimant:
            return verb, Voice(eid, None)
    return verb, voice


def _quoted_call(head: Token, verb: Token, caller: Token | None, ctx: Context) -> Voice | None:
    """ 'the minister called it "a partnership that ..."': the calling verb is the narrator's, the label the caller's
    quoted words; the quote's speaker's voice, where the caller names her or, where the parse found no caller, where
    the quote is the one this verb cues."""
    quoted = _quoted(head, ctx)
    if quoted is None or quoted.statement is None:
        return None
    if caller is not None:
        named = caller.dep_ in ("nsubj", "appos") and caller_entity(caller, ctx) == quoted.claimant
        return quoted if named else None
    if (quoted.statement.cue or "").lower() == verb.lower_:
        return quoted
    # "X has put out a statement calling it "a Y", and says ...": a calling verb with no subject of its own under the
    # clause of the quote's speaker (the quote cued by the later verb)
    return quoted if _inherited_caller(verb, ctx) == quoted.claimant else None


def _inherited_caller(verb: Token, ctx: Context) -> str | None:
    """The actor of the subject of the clause a subjectless calling participle hangs in ("the ministry issued a
    statement calling it ..."), up at most three heads."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("acl", "advcl", "xcomp", "dobj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        subject = next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return caller_entity(subject, ctx) if subject.pos_ in ("NOUN", "PROPN") else None
    return None


def _quoted(head: Token, ctx: Context) -> Voice | None:
    """The voice of a label quoted on its own, the words of a partial quote whose speaker the text names ('a police
    spokesman told us it was "a routine arrest"', where the link verb before the quote is the teller's line); None
    elsewhere."""
    stmt = ctx.attribution.statement_at(head.idx, head.idx + len(head))
    if stmt is None or stmt.kind != "partial" or stmt.speaker is None:
        return None
    return Voice(stmt.speaker, stmt)


def _not_before(match: Match, ctx: Context) -> bool:
    """ "not a kidnapping", "not an arrest": a "not" just before the label (its determiner between)."""
    i = match.start - 1
    while i >= 0 and ctx.doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and ctx.doc[i].lower_ in ("not", "never")


def _emphasis_end(last: Token, ctx: Context) -> Token:
    """``last``, or the end of words that insist on the label right after it ("a handout*, pure and simple*")."""
    doc = ctx.doc
    i = last.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    for tail in sorted(ctx.lexicon.claims.lists["emphatic_tails"], key=lambda t: -len(t)):
        words = tail.split()
        end = i + len(words)
        if end <= last.sent.end and [t.lower_ for t in doc[i:end]] == words:
            return doc[end - 1]
    return last


def _act_evidence(verb: Token, match: Match, ctx: Context, contrasted: bool) -> Span:
    """From the subject of the link verb (or the call verb) to the end of the label, with words that insist on it."""
    doc = ctx.doc
    last = _emphasis_end(_label_end(doc[match.end - 1], match), ctx)
    start = doc[match.start]
    if not contrasted:
        start = verb
        subj = ctx.subject(verb)
        if subj is not None and subj.i < verb.i and verb.i - subj.right_edge.i <= 3:
            start = subj.left_edge
    while start.i > 0 and doc[start.i - 1].pos_ == "DET" and start.i == match.start:
        start = doc[start.i - 1]
    return ctx.token_span(start, last)


_LABEL_TAIL = ("acl", "relcl", "prep")
_MAX_TAIL = 12  # tokens of what the label's own clause or phrase adds after it


def _label_end(last: Token, match: Match) -> Token:
    """The last token of a label with what its noun's own clause or phrase adds after it ("a forced eviction
    *dressed up as development*", "a fair deal *that leaves no one behind*") or the label it is set against ("a
    routine arrest, *not an abduction*"), at most :data:`_MAX_TAIL` tokens of
    it and inside its sentence; else ``last``."""
    head = match.head
    doc = head.doc
    tail = [c for c in kids_of(head) if c.i > last.i and (c.dep_ in _LABEL_TAIL or (  # "an arrest, *not an abduction*"
        c.dep_ in _CONTRAST_DEPS and any(t.lower_ in ("not", "never") for t in doc[last.i + 1:c.i])))]
    if not tail:
        return last
    end = max(c.right_edge.i for c in tail)
    if end - last.i > _MAX_TAIL or end >= head.sent.end:
        return last
    while end > last.i and head.doc[end].is_punct:
        end -= 1
    return head.doc[end]

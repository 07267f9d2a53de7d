"""Denials whose object names another side's figure, word or version (issue 14): "the ministry rejects the figure
of 350 vehicles given by the customs service", "she dismissed the navy's count as inflated", "the numbers the agency
cites are exaggerated", "Minsk rejected the words 'hybrid attack'", "Lima objects to the term 'incursion'", "Havana
rejected that description", "does not support the ministry's explanation".

The denial is a clause whose verb denies its object (``rebuttal_verbs``: reject, dispute, dismiss, ...; or one of
``rebuttal_negated_verbs`` negated: "does not accept the figure"), or a link clause that calls its subject wrong
(``rebuttal_falsity``: "is inflated", "is a fabrication"), or a verb of calling that calls it so ("called the
estimate a fabrication"); the object is a noun that names a figure (``rebuttal_figure_nouns``), a word
(``rebuttal_word_nouns``) or a version (``rebuttal_version_nouns``). Its claimant is the verb's subject (the speaker
for "we"), else the speaker whose words hold it; the figure's, word's or version's owner is the noun's possessor,
its "by"/"from" phrase ("given by", "published by"), the subject of a relative clause on it ("the numbers the agency
cites") or an entity named in it ("the Chilean figure"), never one side with the denier. Both must be sides the text
places (:func:`.sides.placed`), of a country the text gives (their own, or that of the body they speak for): the
sides of a figure or a word denied by name are where a wrong side costs most, and a side of no known country is the
likeliest wrong one.

A figure noun with no owner and no figure that the speaker calls wrong or groundless ("the figure is invented",
"That number has no basis": ``rebuttal_groundless``) denies the counts one other side gave just before it
(:func:`_pointed_back`). The figure alone denied in a speaker's words ("It is not four thousand.", "Not sixty-three.")
denies another side's count holding it, and a bare figure just before ("Eleven. Not sixty-three.") is the speaker's
count of the same thing (:func:`_bare_corrections`).

What is denied resolves to the claim it names:

* a figure: the owner's count that holds the figure the noun gives ("of 350"), else the owner's count whose words
  share the noun's ("count" and "counted"), else its latest; without an owner, a count holding the figure (a bare
  "disputed the figure" does not say which of the counts told before it denies). The denial copies that claim,
  negated. A figure named with an owner who gives it nowhere else ("rejects the estimate of 300 barrels published
  by X") is the owner's claim, as the denial reports it, and its denial;
* a version ("account", "explanation", ``rebuttal_version_nouns``), only where its owner is named: the cause,
  status or label of an act the owner gave before, where it gave one (of the thing the noun's "of" phrase names,
  where it names one), copied and negated;
* the content clause of a noun of a claim ("contested the claim that the blast was sabotage",
  ``rebuttal_content_nouns``): the denier's own readings of the clause (a cause, status, label or act) are denied,
  not asserted;
* a word: the owner's (or any other side's) status, label of an act or cause whose words hold the quoted word
  ("rejects the label 'unlawful'"), copied and negated; else their words that hold it ("the words 'hybrid attack'")
  give a label of one frame asserted by its user and negated by the denier (``ECHO`` + the word: :mod:`.echoes`); a noun
  without the word ("that description") denies the label of an act (a characterisation with a frame) or the
  status another side gave just before, copied and negated. Without an owner, a version with a demonstrative that
  points back ("rejected that assessment", "waved away this explanation"; not "the explanation") is the one version
  another side gave in the sentences just before.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...compare import ECHO
from ...compare.quantity import is_recorded
from ...lexicon import Lexicon
from ...models import Claim, Span, TimeExpr
from ..walk import doc_tokens, kids_of
from .context import Context, Voice
from .denials import one_side
from .figures import Figure, figure_at
from .posts import voice_at
from .quantity import named_figure
from .sides import caller_entity, placed

__all__ = ["rebuttal_claims"]

_LOOKBACK_SENTS = 2  # a word denied without its words ("that description") names a label this many sentences back
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_PREDICATES = ("acomp", "attr", "oprd")
_TYPED = ("status", "characterisation", "cause")  # the kinds of claim a word may hold: "unlawful", "a blockade"


@dataclass(frozen=True, slots=True)
class _Words:
    verbs: frozenset[str]
    negated_verbs: frozenset[str]
    figures: frozenset[str]
    words: frozenset[str]
    versions: frozenset[str]
    contents: frozenset[str]
    falsity: frozenset[str]
    groundless: frozenset[str]
    calling: frozenset[str]


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    lists = lexicon.claims.lists
    return _Words(lists["rebuttal_verbs"], lists["rebuttal_negated_verbs"], lists["rebuttal_figure_nouns"],
                  lists["rebuttal_word_nouns"], lists["rebuttal_version_nouns"], lists["rebuttal_content_nouns"],
                  lists["rebuttal_falsity"], lists["rebuttal_groundless"],
                  lexicon.cues.characterising_verbs)


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _false(tok: Token, w: _Words) -> bool:
    """``tok`` or the object of its "as" calls something wrong ("inflated", "as exaggerated", "a fabrication")."""
    if _is(tok, w.falsity):
        return True
    return tok.lower_ == "as" and any(p.dep_ == "pobj" and _is(p, w.falsity) for p in kids_of(tok))


def _denying(noun: Token, ctx: Context, w: _Words) -> tuple[Token, Token | None] | None:
    """(the verb that denies ``noun``, the token naming the denier: its subject or "by" agent, None where the
    speaker denies it), or None where no clause denies it."""
    if noun.dep_ in ("nmod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the term "incursion"" parsed as a modifier of the word it names
    head = noun.head
    dep = noun.dep_
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":  # "objects to the term", "quarrel with"
        verb = head.head
        if f"{verb.lemma_.lower()}_{head.lower_}" not in w.verbs:
            return None
        dep, head = "dobj", verb
    if head.pos_ not in ("VERB", "AUX"):
        return None
    polarity, modality = ctx.factuality(head)
    if modality != "actual":
        return None
    subj = ctx.subject(head)
    if dep == "oprd" and _is(head, w.calling) and polarity == "asserted" and any(
            c.dep_ == "oprd" and c.i > noun.i and _false(c, w) for c in kids_of(head)):
        return head, subj  # "called the estimate a fabrication", parsed as two predicates
    if dep == "dobj":
        if _is(head, w.verbs) or (head.pos_ == "VERB" and any(  # "objects to", "brushed aside", "waved away"
                f"{head.lemma_.lower()}_{c.lower_}" in w.verbs for c in kids_of(head)
                if c.dep_ in ("prep", "prt", "advmod"))):
            return (head, subj) if polarity == "asserted" else None
        if _is(head, w.negated_verbs):
            return (head, subj) if polarity == "negated" else None
        if _is(head, w.calling) and any(c.dep_ in (*_PREDICATES, "prep") and _false(c, w) for c in kids_of(head)):
            return (head, subj) if polarity == "asserted" else None  # "called the estimate a fabrication"
        return None
    if dep == "nsubjpass" and _is(head, w.falsity) and polarity == "asserted":
        return head, None  # "the figure given by X was inflated": the speaker calls it so
    if dep == "nsubjpass" and _is(head, w.verbs) and polarity == "asserted":  # "the figure was rejected by X"
        agent = next((p for c in kids_of(head) if c.dep_ == "agent" for p in kids_of(c) if p.dep_ == "pobj"), None)
        return head, agent
    if dep == "nsubj" and head.dep_ == "csubj" and head.head.pos_ in ("VERB", "AUX"):
        head, dep = head.head, "nsubj"  # "the version put out by X is false", the participle parsed as the subject
        polarity, modality = ctx.factuality(head)
    if dep == "nsubj" and modality == "actual" and (_groundless(head, polarity == "negated", w) or (
            polarity == "asserted" and any(c.dep_ in _PREDICATES and _is(c, w.falsity) for c in kids_of(head)))):
        # "the numbers the agency cites are inflated", "that number has no basis": the speaker calls them so
        return head, None
    return None


def _groundless(verb: Token, negated: bool, w: _Words) -> bool:
    """``verb`` is "have" with an object that says its subject lacks grounds: "has no basis", "does not have any
    foundation" (``negated``)."""
    return verb.lemma_ == "have" and any(
        c.dep_ == "dobj" and _is(c, w.groundless) and (negated or any(
            d.dep_ == "det" and d.lower_ == "no" for d in kids_of(c))) for c in kids_of(verb))


def _denier(verb: Token, who: Token | None, voice: Voice, ctx: Context) -> str | None:
    """The claimant of the denial: the entity its subject (or agent) names, the speaker for "we" or where it names
    none in a speaker's words."""
    if who is not None:
        if who.lower_ in ctx.words.first_person:
            return voice.claimant if voice.statement is not None else None
        eid = caller_entity(who, ctx)
        if eid is not None:
            return eid
        if who.pos_ == "PRON" and voice.statement is not None:
            return voice.claimant
        return None
    return voice.claimant if voice.statement is not None else None


def _owner(noun: Token, ctx: Context) -> str | None:
    """The entity whose figure or word ``noun`` names: its possessor, an entity named in it ("the Chilean figure"),
    its "by" or "from" phrase (directly or on a participle: "given on Monday by X"), or the subject of a relative
    clause on it ("the numbers the agency cites")."""
    for c in kids_of(noun):
        if c.dep_ in ("poss", "compound", "amod"):
            eid = caller_entity(c, ctx) or ctx.entity(c)
            if eid is not None:
                return eid
    # "the version put out by X is false", the participle parsed as the clause's subject
    reduced = noun.head.i if noun.dep_ == "nsubj" and noun.head.dep_ == "csubj" else -1
    for tok in [*noun.subtree, *(noun.head.children if reduced >= 0 else ())]:
        if tok.dep_ in ("agent", "prep") and tok.lower_ in ("by", "from") and (
                tok.head.i in (noun.i, reduced) or tok.head.dep_ in ("acl", "relcl")):
            for p in kids_of(tok):
                if p.dep_ == "pobj":
                    eid = caller_entity(p, ctx)
                    if eid is not None:
                        return eid
        if tok.dep_ == "relcl" and tok.head.i == noun.i:
            subj = next((c for c in kids_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
            eid = caller_entity(subj, ctx) if subj is not None else None
            if eid is not None:
                return eid
    return None


def _country(eid: str | None, ctx: Context) -> str | None:
    """The country of an entity, or of the body it speaks for."""
    ent = ctx.entities.get(eid or "")
    for _ in range(3):  # a person, the body they speak for, the body it belongs to
        if ent is None or ent.country is not None:
            break
        ent = ctx.entities.get(ent.affiliation or "")
    return ent.country if ent is not None else None


def _owner_of(claimant: str | None, owner: str, ctx: Context) -> bool:
    """``claimant`` is the owner, or speaks for it: one side with it, or of the country the owner names ("the
    Kenyan estimate": any Kenyan body's)."""
    if claimant == owner or one_side(claimant, owner, ctx):
        return True
    ent = ctx.entities.get(owner)
    if ent is None or ent.type not in ("GPE", "NORP") or ent.country is None:
        return False
    return _country(claimant, ctx) == ent.country


def _owned(claim: Claim, owner: str, ctx: Context) -> bool:
    return _owner_of(claim.claimant, owner, ctx)


def _stem(word: str) -> str:
    return word.lower()[:5]


def _pointed_back(noun: Token, counts: list[Claim], ctx: Context) -> list[Claim]:
    """The counts a figure noun with no owner and no figure points back to, where it is the subject the speaker
    calls wrong or names with a demonstrative ("the figure is invented", "That number has no basis"): those another
    side gave in the sentence of the noun or the :data:`_LOOKBACK_SENTS` before it, before the noun, where one side
    alone gave them (two sides' counts just before leave which one open)."""
    at = ctx.sentence_of(noun)
    start = ctx.sents[max(0, at - _LOOKBACK_SENTS)].start_char
    near = [c for c in counts if start <= c.evidence.start and c.evidence.end <= noun.idx]
    sides = {c.claimant for c in near}
    if not sides or any(not one_side(a, b, ctx) for a in sides for b in sides if a != b):
        return []
    return near


def _figure_denial(noun: Token, denier: str, owner: str | None, voice: Voice, evidence: Span, claims: list[Claim],
                   times: tuple[TimeExpr, ...], ctx: Context, pointing: bool = False) -> list[Claim]:
    """The denial of the count ``noun`` names (see the module's doc), with the owner's claim where the denial alone
    reports it; ``pointing``: the noun points back to a count just told (:func:`_pointed_back`)."""
    named = named_figure(ctx, noun, times)
    value = named.value if named is not None else None
    figure = None if value is None else (value.low if value.low is not None else value.high)
    counts = [c for c in claims if c.kind == "quantity" and c.polarity == "asserted" and c.modality == "actual"
              and c.value is not None and not is_recorded(c.predicate) and c.claimant is not None
              and not one_side(c.claimant, denier, ctx) and _country(c.claimant, ctx) is not None
              and not (c.evidence.start <= noun.idx < c.evidence.end and c.claimant == denier)]
    if owner is not None:
        counts = [c for c in counts if _owned(c, owner, ctx)]
    if figure is not None:
        counts = [c for c in counts if c.value is not None and _holds(c, figure)]
    elif owner is None:
        if not pointing:
            return []  # "disputed the figure": of the counts told before, which one is not said
        counts = _pointed_back(noun, counts, ctx)  # "That number has no basis": the one count just told
    stem = _stem(noun.lemma_)
    denied = max(counts, key=lambda c: (any(_stem(t) == stem for t in c.evidence.text.split()),
                                        c.evidence.end <= noun.idx, c.evidence.start), default=None)
    stmt = voice.statement.id if voice.statement is not None else None
    if denied is not None:
        return [replace(denied, id="", claimant=denier, polarity="negated", evidence=evidence, statement=stmt,
                        revises=None, corroborates=(), event=None)]
    if named is None or owner is None:
        return []
    told = replace(named, claimant=owner, evidence=ctx.phrase(noun), statement=None)
    return [told, replace(named, claimant=denier, polarity="negated", evidence=evidence, statement=stmt)]


def _holds(claim: Claim, figure: float) -> bool:
    v = claim.value
    assert v is not None
    low = v.low if v.low is not None else v.high
    high = v.high if v.high is not None else v.low
    return low is not None and high is not None and low <= figure <= high


def _quoted(noun: Token) -> str | None:
    """The words ``noun`` names as its word, in quotation marks after it ("the words 'hybrid attack'"), else an
    apposition or a compound of it in quotation marks ("the term 'incursion'"), or the one noun just after it that it
    is compounded to ("the word blockade"); lower-case."""
    doc = noun.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].text in _QUOTES:
        end = next((k for k in range(i + 1, min(len(doc), i + 8)) if doc[k].text in _QUOTES), None)
        if end is not None and end > i + 1:
            return doc[i + 1:end].text.lower()
    head = noun.head
    if noun.dep_ == "compound" and head.i == i and head.pos_ == "NOUN":
        return head.lower_  # "rejects the word blockade", unquoted: the parse compounds the word noun to it
    return None


def _word_denial(noun: Token, denier: str, owner: str | None, voice: Voice, evidence: Span, claims: list[Claim],
                 ctx: Context) -> list[Claim]:
    """The denial of the word ``noun`` names (see the module's doc), with the owner's use of it."""
    stmt = voice.statement.id if voice.statement is not None else None
    word = _quoted(noun)
    if word is None:
        lower = ctx.sents[max(0, ctx.sentence_of(noun) - _LOOKBACK_SENTS)].start_char
        labels = [c for c in claims if c.kind in ("characterisation", "status") and c.polarity == "asserted"
                  and c.modality == "actual" and c.claimant is not None
                  and (c.kind == "status" or c.argument("frame") is not None)
                  and not one_side(c.claimant, denier, ctx) and _country(c.claimant, ctx) is not None
                  and (owner is None or _owned(c, owner, ctx))
                  and lower <= c.evidence.start and c.evidence.end <= noun.idx]
        if len({(c.claimant, c.predicate) for c in labels}) != 1:
            return []
        label = max(labels, key=lambda c: c.evidence.end)
        return [replace(label, id="", claimant=denier, polarity="negated", evidence=evidence, statement=stmt,
                        revises=None, corroborates=(), event=None)]
    typed = [c for c in claims if c.kind in _TYPED and c.polarity == "asserted" and c.modality == "actual"
             and c.claimant is not None and (c.kind != "characterisation" or c.argument("frame") is not None)
             and not one_side(c.claimant, denier, ctx) and _country(c.claimant, ctx) is not None
             and (owner is None or _owned(c, owner, ctx)) and word in c.evidence.text.lower()
             and not (c.evidence.start < evidence.end and evidence.start < c.evidence.end)]
    if typed:  # "rejects the label 'unlawful'": the status (or label of an act) the owner gave in that word
        told = max(typed, key=lambda c: (c.evidence.end <= evidence.start, c.evidence.end))
        return [replace(told, id="", claimant=denier, polarity="negated", evidence=evidence, statement=stmt,
                        revises=None, corroborates=(), event=None)]
    for st in sorted(ctx.statements.values(), key=lambda s: s.content.start):
        if st.speaker is None or (st.content.start < evidence.end and evidence.start < st.content.end):
            continue  # the denial's own words
        if one_side(st.speaker, denier, ctx) or (owner is not None and not _owner_of(st.speaker, owner, ctx)):
            continue
        if not placed(st.speaker, ctx, office=True) or _country(st.speaker, ctx) is None:
            continue
        at = st.content.text.lower().find(word)
        if at < 0:
            continue
        start = st.content.start + at
        use = Claim(id="", kind="characterisation", predicate=ECHO + word, evidence=st.content,
                    claimant=st.speaker, arguments=(("frame", ECHO + word),), statement=st.id,
                    about=ctx.span(start, start + len(word)))
        denial = Claim(id="", kind="characterisation", predicate=ECHO + word, evidence=evidence,
                       claimant=denier, arguments=(("frame", ECHO + word),), polarity="negated", statement=stmt)
        return [use, denial]
    return []


def _definite(noun: Token, ctx: Context) -> bool:
    """``noun`` points back to one version told before: "that assessment", "this explanation"; not "the
    explanation", which may be any side's, nor "an account"."""
    pointing = ctx.lexicon.claims.lists.referring_determiners
    return any(c.dep_ == "det" and c.lower_ in pointing for c in kids_of(noun))


def _version_denial(noun: Token, denier: str, owner: str | None, voice: Voice, evidence: Span, claims: list[Claim],
                    ctx: Context) -> list[Claim]:
    """The denial of the owner's version ``noun`` names: the cause, status or label of an act the owner gave before
    the denial, of one proposition (where the noun's "of" phrase names a thing, "account of the fire", of that
    thing's words); copied and negated. Without an owner ("rejected that assessment"), the version another side of a
    known country gave in the sentence of the denial or the :data:`_LOOKBACK_SENTS` before it, where one side gave
    one."""
    lower = ctx.sents[max(0, ctx.sentence_of(noun) - _LOOKBACK_SENTS)].start_char if owner is None else 0
    told = [c for c in claims if c.kind in _TYPED and c.polarity == "asserted" and c.modality == "actual"
            and c.claimant is not None and (c.kind != "characterisation" or c.argument("frame") is not None)
            and (_owned(c, owner, ctx) if owner is not None else _country(c.claimant, ctx) is not None)
            and not one_side(c.claimant, denier, ctx)
            and lower <= c.evidence.start and c.evidence.end <= evidence.start]
    if owner is None and len({c.claimant for c in told}) != 1:
        return []  # "rejected the explanation" after two sides' versions: whose is not told
    of = {p.lemma_.lower() for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
          for p in kids_of(c) if p.dep_ == "pobj"}
    if of:
        told = [c for c in told if of & {t.lower().strip(".,;:") for t in c.evidence.text.split()}] or told
    if len({(c.kind, c.predicate) for c in told}) != 1:
        return []  # none, or versions of two things: which one is denied is not told
    version = max(told, key=lambda c: c.evidence.end)
    stmt = voice.statement.id if voice.statement is not None else None
    return [replace(version, id="", claimant=denier, polarity="negated", evidence=evidence, statement=stmt,
                    revises=None, corroborates=(), event=None)]


def rebuttal_claims(ctx: Context, claims: list[Claim], times: tuple[TimeExpr, ...]) -> list[Claim]:
    """``claims`` (those found so far) with the denials of a figure or a word of another side named as the object of a
    denial (see the module's doc), and the owner's claim where the denial alone reports it; less the denier's own
    readings of a word it quotes to deny ("rejected the label 'unlawful'" does not call anything unlawful)."""
    w = _words(ctx.lexicon)
    out: list[Claim] = []
    quoted: list[tuple[int, int]] = []
    denied: dict[tuple[int, int], str] = {}  # a content clause denied -> its denier
    for noun in ctx.tokens(pos=("NOUN",)):
        figure, version = _is(noun, w.figures), _is(noun, w.versions)
        content = _content(noun, w)
        if not figure and not version and content is None and not _is(noun, w.words):
            continue
        denying = _denying(noun, ctx, w)
        if denying is None:
            continue
        verb, who = denying
        voice = voice_at(ctx, verb.idx, verb.idx + len(verb))
        if voice is None:
            continue
        denier = _denier(verb, who, voice, ctx)
        if denier is None or not placed(denier, ctx, office=True) or _country(denier, ctx) is None:
            continue
        owner = _owner(noun, ctx)
        if owner is not None and (one_side(owner, denier, ctx) or _country(owner, ctx) is None):
            continue
        if content is not None:  # "contested the claim that the blast was sabotage": the clause, denied
            last = content.right_edge
            denied[(content.left_edge.idx, last.idx + len(last))] = denier
            continue
        first = who if who is not None and who.i < verb.i else min(noun.left_edge, verb, key=lambda t: t.i)
        evidence = ctx.clause_span(verb, first)
        if figure:
            pointing = who is None or _definite(noun, ctx)
            out += _figure_denial(noun, denier, owner, voice, evidence, claims, times, ctx, pointing)
            continue
        if version:
            out += _version_denial(noun, denier, owner, voice, evidence, claims, ctx) if owner is not None or _definite(
                noun, ctx) else []
            continue
        denials = _word_denial(noun, denier, owner, voice, evidence, claims, ctx)
        word = _quoted(noun)
        if denials and word is not None:
            quoted.append((noun.idx + len(noun.text), noun.idx + len(noun.text) + len(word) + 4))
        out += denials
    out += _bare_corrections(ctx, claims)
    if quoted:
        claims = [c for c in claims if not any(a <= c.evidence.start and c.evidence.end <= b for a, b in quoted)]
    if denied:
        claims = [_negate(c, denied) for c in claims]
    return [*claims, *out]


def _denied_figure(sent: SpacySpan, ctx: Context) -> Figure | None:
    """The figure a sentence denies and nothing more: "It is not three thousand." (a pronoun, "be" negated, the
    figure) or "Not sixty-three." (a bare correction), the figure closing the sentence or a quotation."""
    words = _first_words(sent, 4)  # all it reads (every sentence of the document is asked)
    if len(words) < 2:
        return None
    lower = [t.lower_ for t in words]
    if lower[0] == "not":
        at = 1
    elif len(words) >= 4 and lower[0] in ctx.lexicon.english["third_person_neuter"] | {"that", "this"} and (
            words[1].lemma_ == "be") and lower[2] in ("not", "n't"):
        at = 3
    else:
        return None
    vocab = ctx.lexicon.quantities
    doc = ctx.doc
    fig = None
    for i in range(words[at].i, min(words[at].i + 3, sent.end)):  # a hedge may open it: "not even 300"
        fig = figure_at(doc, i, sent, vocab)
        if fig is not None:
            break
    if fig is None or fig.money is not None or fig.share or fig.low is None:
        return None
    rest = [t for t in sent if t.i > fig.last and not t.is_space]
    if rest and not rest[0].is_punct:
        return None  # "It is not 300 people who left": a clause of its own
    return fig


def _first_words(sent: SpacySpan, n: int) -> list[Token]:
    """The first ``n`` tokens of ``sent`` that are neither punctuation nor space (fewer where it has fewer)."""
    words: list[Token] = []
    for t in doc_tokens(sent.doc)[sent.start:sent.end]:
        if not (t.is_punct or t.is_space):
            words.append(t)
            if len(words) == n:
                break
    return words


def _bare_figure(sent: SpacySpan, ctx: Context) -> Figure | None:
    """The figure a sentence is made of and nothing more ("Eleven."), with its hedge ("About forty.")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > 4:
        return None
    fig = figure_at(ctx.doc, words[0].i, sent, ctx.lexicon.quantities)
    for i in range(words[0].i + 1, min(words[-1].i + 1, words[0].i + 3)):
        if fig is not None:
            break
        fig = figure_at(ctx.doc, i, sent, ctx.lexicon.quantities)
    if fig is None or fig.money is not None or fig.share or fig.low is None:
        return None
    return fig if fig.hedge_start == words[0].i and fig.last == words[-1].i else None


def _bare_corrections(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Denials of another side's figure by the figure alone in a speaker's words: "It is not three thousand." or
    "Eleven. Not sixty-three.": the latest count another side of a known country gave before it that holds the
    figure, copied and negated (the denier's counter-figure, where it gives one, is a claim of its own)."""
    out: list[Claim] = []
    for sent in ctx.sents:
        fig = _denied_figure(sent, ctx)
        if fig is None or fig.low is None:
            continue
        first = ctx.doc[fig.hedge_start]
        voice = voice_at(ctx, first.idx, first.idx + len(first))
        if voice is None or voice.statement is None or voice.claimant is None:
            continue
        denier = voice.claimant
        if not placed(denier, ctx, office=True) or _country(denier, ctx) is None:
            continue
        counts = [c for c in claims if c.kind == "quantity" and c.polarity == "asserted" and c.modality == "actual"
                  and c.value is not None and not is_recorded(c.predicate) and c.claimant is not None
                  and c.evidence.end <= sent.start_char and not one_side(c.claimant, denier, ctx)
                  and _country(c.claimant, ctx) is not None and _holds(c, fig.low)]
        denied = max(counts, key=lambda c: c.evidence.start, default=None)
        if denied is None:
            continue
        last = sent[-1]
        out.append(replace(denied, id="", claimant=denier, polarity="negated",
                           evidence=ctx.span(sent.start_char, last.idx + len(last)), statement=voice.statement.id,
                           revises=None, corroborates=(), event=None))
        at = ctx.sentence_of(sent[0])
        counter = _bare_figure(ctx.sents[at - 1], ctx) if at > 0 else None
        if counter is None or denied.value is None:
            continue
        before = ctx.sents[at - 1]
        one = ctx.doc[counter.hedge_start]
        other = voice_at(ctx, one.idx, one.idx + len(one))
        if other is None or other.claimant != denier:
            continue
        told = replace(denied.value, low=counter.low, high=counter.high, hedge=counter.hedge)
        out.append(replace(denied, id="", claimant=denier, value=told, evidence=ctx.span(
            before.start_char, last.idx + len(last)), statement=voice.statement.id, revises=None, corroborates=(),
            event=None))  # "Eleven. Not sixty-three.": the count the speaker gives instead
    return out


def _content(noun: Token, w: _Words) -> Token | None:
    """The content clause of a noun of a claim ("the claim that the blast was sabotage"): a clause on it opened by
    "that" (not a relative clause: "the claim that Rabat made")."""
    if not _is(noun, w.contents):
        return None
    return next((c for c in kids_of(noun) if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in kids_of(c))), None)


def _negate(claim: Claim, denied: dict[tuple[int, int], str]) -> Claim:
    """``claim`` denied where it is the denier's reading of a content clause it denies ("contested the claim that
    the blast was sabotage" does not call the blast sabotage)."""
    if claim.polarity != "asserted" or claim.modality != "actual" or claim.kind == "quantity":
        return claim
    for (start, end), denier in denied.items():
        if start <= claim.evidence.start and claim.evidence.end <= end and claim.claimant == denier:
            return replace(claim, polarity="negated")
    return claim
